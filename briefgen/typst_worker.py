"""Typst compiles in child processes, so that each compile can be given a budget.

A compile running inside briefgen's own process could not be stopped (a house template's
`#for i in range(100000) { for j in range(100000) {} }` would hang the build), so PDFs are
compiled by worker processes, each used by one rendering thread at a time.  A worker loads
the fonts once and compiles one source after another; it caps its own address space before Typst
starts.  A compile past its time is killed with its worker (a new one starts for the next PDF);
one that runs out of memory ends its worker too, and is tried once more in a fresh worker when
the old one had compiled before (its caches may have filled the budget), so only a PDF that
alone needs too much memory fails.

Protocol, one request at a time: the parent writes a JSON line {"root", "timestamp", "size"}
and `size` bytes of Typst source; the worker answers a JSON line {"pdf": size, "warnings": [...]}
followed by the PDF, or {"error": message} (Typst's own), or {"out_of_memory": true} and exits.
"""

from __future__ import annotations

import json
import os
import resource
import selectors
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import BinaryIO

from briefgen.budget import Budget
from briefgen.errors import RenderError

EXIT_OUT_OF_MEMORY = 4
RECYCLE_AFTER = 64  # compiles per worker: Typst's caches grow with every document


# the worker (child process) ------------------------------------------------------------------------

def limit_memory(limit: int) -> None:
    """Cap the address space (never raising a lower limit someone already set)."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _reply(stream: BinaryIO, header: dict, payload: bytes = b"") -> None:
    stream.write(json.dumps(header).encode("utf-8") + b"\n" + payload)
    stream.flush()


def serve(settings: dict, requests: BinaryIO, replies: BinaryIO) -> int:
    """Compile every request until the parent closes the pipe."""
    limit_memory(int(settings["memory"]))
    try:
        import typst

        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=settings["fonts"])
        compiler = typst.Compiler(font_paths=fonts, ignore_system_fonts=True)
    except (ImportError, MemoryError):  # under a small limit, even the library cannot be mapped
        _reply(replies, {"out_of_memory": True})
        return EXIT_OUT_OF_MEMORY
    while header := requests.readline():
        request = json.loads(header)
        source = requests.read(request["size"])
        try:
            pdf, warnings = compiler.compile_with_warnings(input=source, root=request["root"], format="pdf",
                                                           timestamp=request["timestamp"])
        except typst.TypstError as error:
            _reply(replies, {"error": error.message})
            continue
        except MemoryError:
            _reply(replies, {"out_of_memory": True})
            return EXIT_OUT_OF_MEMORY
        _reply(replies, {"pdf": len(pdf), "warnings": [warning.message for warning in warnings]}, pdf)
    return 0


# the parent's side -----------------------------------------------------------------------------------

class _WorkerEnded(Exception):
    def __init__(self, out_of_memory: bool, detail: str = ""):
        super().__init__(detail)
        self.out_of_memory = out_of_memory
        self.detail = detail


class TypstWorker:
    """One worker process, used by one thread at a time."""

    def __init__(self, folders: tuple[str, ...], budget: Budget):
        self.folders = folders
        self.budget = budget
        self._process: subprocess.Popen | None = None
        self._errors: BinaryIO | None = None
        self._compiles = 0
        self._buffer = b""

    def compile(self, source: bytes, root: str, timestamp: int) -> tuple[bytes, list[str]]:
        """The PDF and Typst's warnings; RenderError for a Typst error or a compile over budget."""
        while True:
            if self._process is None or self._compiles >= RECYCLE_AFTER:
                self.start()
            fresh = self._compiles == 0
            try:
                return self._exchange(source, root, timestamp)
            except _WorkerEnded as ended:
                self.stop()
                if ended.out_of_memory and not fresh:
                    continue  # the caches of earlier compiles may have used the budget: once more, alone
                if ended.out_of_memory:
                    raise self.budget.too_big("Typst") from None
                raise RenderError(f"Typst stopped: {ended.detail}") from None

    def start(self) -> None:
        """Start the process (it loads Typst and the fonts while the caller goes on)."""
        self.stop()
        settings = json.dumps({"fonts": list(self.folders), "memory": self.budget.memory_bytes})
        self._errors = tempfile.TemporaryFile()
        # `python -m` puts its working folder first on sys.path: run where briefgen itself is installed,
        # so a typst.py in the user's project cannot stand in for the library
        self._process = subprocess.Popen([sys.executable, "-m", "briefgen.typst_worker", settings],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._errors,
                                         cwd=Path(__file__).resolve().parent.parent)
        self._compiles = 0
        self._buffer = b""

    def _exchange(self, source: bytes, root: str, timestamp: int) -> tuple[bytes, list[str]]:
        deadline = time.monotonic() + self.budget.seconds
        self._compiles += 1
        try:
            self._process.stdin.write(json.dumps({"root": root, "timestamp": timestamp, "size": len(source)})
                                      .encode("utf-8") + b"\n" + source)
            self._process.stdin.flush()
        except (BrokenPipeError, OSError):
            raise self._ended() from None
        reply = json.loads(self._read_line(deadline))
        if reply.get("out_of_memory"):
            raise _WorkerEnded(True)
        if "error" in reply:
            raise RenderError(f"Typst could not compile the PDF: {reply['error']}")
        return self._read(reply["pdf"], deadline), reply["warnings"]

    def _read_line(self, deadline: float) -> bytes:
        while b"\n" not in self._buffer:
            self._fill(deadline)
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line

    def _read(self, size: int, deadline: float) -> bytes:
        while len(self._buffer) < size:
            self._fill(deadline)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def _fill(self, deadline: float) -> None:
        """Read what the worker wrote, waiting no later than the deadline (then the worker is killed)."""
        stream = self._process.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(stream, selectors.EVENT_READ)
            if not selector.select(max(0.0, deadline - time.monotonic())):
                self.stop()
                raise self.budget.too_slow("Typst")
        chunk = os.read(stream, 1 << 20)
        if not chunk:
            raise self._ended()
        self._buffer += chunk

    def _ended(self) -> _WorkerEnded:
        """Why the worker went away: its memory limit (an exit, or Rust's allocator aborting), or a crash."""
        try:
            code = self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:  # it closed its output but lives on: end it
            self._process.kill()
            code = self._process.wait()
        self._errors.seek(0)
        errors = self._errors.read().decode("utf-8", "replace")
        out_of_memory = code in (EXIT_OUT_OF_MEMORY, -signal.SIGABRT) or "memory allocation" in errors
        return _WorkerEnded(out_of_memory, f"exit {code}: {' '.join(errors.split())[-300:]}")

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                stream.close()
            self._process = None
        if self._errors is not None:
            self._errors.close()
            self._errors = None


class TypstWorkers:
    """The workers of one build: a rendering thread borrows an idle worker for its font set (or a
    new one) for each compile.  `start` launches workers ahead of need, so that their start-up
    (Python, Typst, the fonts) runs on another core while the build reads its inputs."""

    def __init__(self, budget: Budget):
        self.budget = budget
        self._idle: dict[tuple[str, ...], list[TypstWorker]] = {}
        self._workers: list[TypstWorker] = []
        self._lock = threading.Lock()

    def start(self, folders: tuple[str, ...], count: int) -> None:
        for _ in range(count):
            worker = self._new_worker(folders)
            worker.start()
            with self._lock:
                self._idle.setdefault(folders, []).append(worker)

    def compile(self, folders: tuple[str, ...], source: bytes, root: str, timestamp: int) -> tuple[bytes, list[str]]:
        """TypstWorker.compile on an idle worker for `folders`, given back afterwards."""
        with self._lock:
            idle = self._idle.get(folders)
            worker = idle.pop() if idle else None
        worker = worker or self._new_worker(folders)
        try:
            return worker.compile(source, root, timestamp)
        finally:
            with self._lock:
                self._idle.setdefault(folders, []).append(worker)

    def _new_worker(self, folders: tuple[str, ...]) -> TypstWorker:
        worker = TypstWorker(folders, self.budget)
        with self._lock:
            self._workers.append(worker)
        return worker

    def close(self) -> None:
        with self._lock:
            for worker in self._workers:
                worker.stop()
            self._workers.clear()
            self._idle.clear()

    def __enter__(self) -> TypstWorkers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


if __name__ == "__main__":
    sys.exit(serve(json.loads(sys.argv[1]), sys.stdin.buffer, sys.stdout.buffer))
