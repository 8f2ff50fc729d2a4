"""Check a hand-labelled development set: every file exists, every gold quotation is in its file.

    python -m benchmarks.devcheck            # all of benchmarks/data/dev/gold/*.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DEV = Path(__file__).resolve().parent / "data" / "dev"
EVENTS = {"beijing-2022", "johannesburg-2023", "kazan-2024", "rio-2025", None}
KINDS = {"speech", "document", "uncertain"}
SPEAKER_KINDS = {"person", "organization", "document", "unknown"}


def _normal(text: str) -> str:
    return " ".join(text.split())


def check(gold_file: Path) -> list[str]:
    problems = []
    entries = json.loads(gold_file.read_text(encoding="utf-8"))
    for entry in entries:
        where = f"{gold_file.name}: {entry.get('file')}"
        path = DEV / "news" / entry["file"]
        if not path.is_file():
            problems.append(f"{where}: file missing")
            continue
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            problems.append(f"{where}: no front matter")
        body = _normal(text)
        if entry.get("event") not in EVENTS:
            problems.append(f"{where}: unknown event {entry.get('event')!r}")
        if entry.get("lang") not in ("en", "ru", "zh"):
            problems.append(f"{where}: lang must be en, ru or zh")
        for quote in entry.get("quotes", []):
            if _normal(quote["text"]) not in body:
                problems.append(f"{where}: quote not in file: {quote['text'][:60]!r}")
            if quote.get("kind") not in KINDS:
                problems.append(f"{where}: bad kind {quote.get('kind')!r}")
            if quote.get("speaker_kind") not in SPEAKER_KINDS:
                problems.append(f"{where}: bad speaker_kind {quote.get('speaker_kind')!r}")
            if (quote.get("speaker") is None) != (quote.get("speaker_kind") == "unknown"):
                problems.append(f"{where}: speaker null exactly when speaker_kind is unknown")
    return problems


def main() -> int:
    problems = []
    files = sorted((DEV / "gold").glob("*.json"))
    for gold_file in files:
        problems += check(gold_file)
    for problem in problems:
        print(problem)
    total = sum(len(json.loads(f.read_text(encoding="utf-8"))) for f in files)
    print(f"{len(files)} gold files, {total} texts, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
