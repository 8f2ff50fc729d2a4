"""How far two annotators agree on the same texts: the ceiling any attribution can reach on our labels.

    python -m benchmarks.agreement benchmarks/data/dev/second/en-bb-bd.json [more files ...]

Each file holds a second annotator's labels (LABELLING.md) for texts that gold/ already labels. The
quotations both annotators count (speech or document) are matched as the scorer matches briefgen's,
and the speakers compared with the scorer's own rule (`speaker_verdict`), in both directions: the
figures read like briefgen's, with the first annotator as gold and the second as the system.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.devset import DEV, load_gold, quotes_match, speaker_verdict
from briefgen.catalog import load_catalog

COUNTED = ("speech", "document")


def agreement(first: list[dict], second: list[dict], catalog) -> Counter:
    """Counts of quotations and speaker verdicts, the first annotator's labels taken as gold."""
    counts: Counter = Counter()
    by_file = {entry["file"]: entry for entry in second}
    for entry in first:
        other = by_file.get(entry["file"])
        if other is None:
            continue
        counts["texts"] += 1
        theirs = other["quotes"]
        for quote in (q for q in entry["quotes"] if q["kind"] in COUNTED):
            counts["first"] += 1
            match = next((q for q in theirs if quotes_match(q["text"], quote["text"])), None)
            if match is None or match["kind"] not in COUNTED:
                continue
            counts["both"] += 1
            counts[_verdict(match, quote, catalog)] += 1
        counts["second"] += sum(q["kind"] in COUNTED for q in theirs)
    return counts


def _verdict(second: dict, first: dict, catalog) -> str:
    """'right' when the two name the same speaker either way round (or both a document)."""
    if first["speaker_kind"] == "document" and second["speaker_kind"] == "document":
        return "right"
    verdicts = {speaker_verdict(second["speaker"], first["speaker"], catalog),
                speaker_verdict(first["speaker"], second["speaker"], catalog) if first["speaker"] else "unknown"}
    if "right" in verdicts:
        return "right"
    return "unknown" if second["speaker"] is None else "wrong"


def main(argv: list[str] | None = None) -> int:
    paths = [Path(arg) for arg in (argv if argv is not None else sys.argv[1:])]
    if not paths:
        print(__doc__.strip().splitlines()[2].strip())
        return 2
    catalog = load_catalog(DEV / "brics" / "events.yaml")
    gold = load_gold(DEV, held_out=False) + load_gold(DEV, held_out=True)
    print("  lang  texts  quotations (first / second / both)  speaker agrees  other name  no name")
    for path in paths:
        second = json.loads(path.read_text("utf-8"))
        language = second[0]["lang"] if second else "?"
        counts = agreement([entry for entry in gold if entry["lang"] == language], second, catalog)
        both = counts["both"] or 1
        print(f"  {language:4}  {counts['texts']:5}  {counts['first']:10} / {counts['second']:6} / {counts['both']:4}"
              f"  {counts['right'] / both:20.3f}  {counts['wrong'] / both:10.3f}  {counts['unknown'] / both:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
