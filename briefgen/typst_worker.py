"""Compile one Typst source to PDF in a child process, so that a compile can be given a budget.

A compile running inside briefgen's own process could not be stopped (a house template's
`#for i in range(10000000000) {}` would hang the build), so render.py runs this module:

    python -m briefgen.typst_worker '{"root": ..., "fonts": [...], "timestamp": ..., "memory": ...}'
        < briefing.typ > briefing.pdf

It limits its own address space to `memory` bytes before Typst starts.  Exit 0: the PDF on
stdout and {"warnings": [...]} on stderr; exit 3: {"error": "..."} on stderr (Typst's message);
exit 4: out of memory (a Rust allocation failure aborts instead: SIGABRT).
"""

from __future__ import annotations

import json
import resource
import sys

EXIT_TYPST_ERROR = 3
EXIT_OUT_OF_MEMORY = 4


def limit_memory(limit: int) -> None:
    """Cap the address space (never raising a lower limit someone already set)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main(argv: list[str] | None = None) -> int:
    request = json.loads((argv if argv is not None else sys.argv[1:])[0])
    source = sys.stdin.buffer.read()
    limit_memory(int(request["memory"]))
    try:
        import typst
    except (ImportError, MemoryError):  # under a small limit, even the library cannot be mapped
        return EXIT_OUT_OF_MEMORY
    fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=request["fonts"])
    compiler = typst.Compiler(font_paths=fonts, ignore_system_fonts=True)
    try:
        pdf, warnings = compiler.compile_with_warnings(input=source, root=request["root"], format="pdf",
                                                       timestamp=request["timestamp"])
    except typst.TypstError as error:
        sys.stderr.write(json.dumps({"error": error.message}))
        return EXIT_TYPST_ERROR
    except MemoryError:
        return EXIT_OUT_OF_MEMORY
    sys.stdout.buffer.write(pdf)
    sys.stderr.write(json.dumps({"warnings": [warning.message for warning in warnings]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
