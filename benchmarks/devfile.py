"""One development file as briefgen reads it, for working on a miss that `quality --details` listed:

    python -m benchmarks.devfile en/k-06            # its quotations: speaker, cue, text
    python -m benchmarks.devfile zh/k-07 --people   # the people its language module finds

Files of the held-out sets are refused: they are scored, never read miss by miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from benchmarks.devset import DEV, HELD_OUT_SETS
from briefgen.catalog import load_catalog
from briefgen.corpus import read_corpus
from briefgen.languages import rules_for
from briefgen.quotes import extract_quotes


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="<lang>/<set>-<NN>, e.g. en/k-06")
    parser.add_argument("--people", action="store_true", help="the people found, not the quotations")
    args = parser.parse_args(argv)
    if args.file.split("/")[-1].split("-")[0] in HELD_OUT_SETS:
        print(f"{args.file}: a held-out set; not shown", file=sys.stderr)
        return 2
    catalog = load_catalog(DEV / "brics" / "events.yaml")
    corpus = read_corpus(DEV / "news", today=dt.date(2026, 1, 1))
    unit = next((u for u in corpus.units if u.post is None and u.source.startswith(args.file)), None)
    if unit is None:
        print(f"{args.file}: no such development file", file=sys.stderr)
        return 2
    if args.people:
        analysis = rules_for(unit.lang).analyze(unit, catalog.people, [])
        cast = getattr(analysis, "cast", analysis)
        for entity in cast.entities:
            print(f"{entity.name:30} at {entity.positions[:6]} subject at {sorted(entity.subject_positions)[:6]} "
                  f"{entity.descriptors[:2]} {sorted(entity.nationalities())}")
    else:
        for quote in extract_quotes(unit, catalog.people):
            print(f"{quote.speaker!r:30} {quote.cue[:40]!r:44} {quote.text[:60]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
