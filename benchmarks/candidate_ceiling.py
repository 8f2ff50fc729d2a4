"""How much a learned speaker chooser could add: the ceiling of choosing among simple candidates.

For every recalled labelled quotation this counts, by the rules' verdict (right, wrong, unknown), how often
each simple candidate would name the gold speaker: the previous attributed quotation's speaker (`previous`),
the nearest known person mentioned before the quotation (`before`), the first person mentioned within
AFTER_REACH characters after it (`after`), and any of the three (`any`).  The `any` count of the wrong and
unknown rows is what a perfect chooser among these candidates could turn into right speakers.

    python -m benchmarks.candidate_ceiling [--held-out]

Held-out sets print counts only, never a quotation.
"""

from __future__ import annotations

import argparse
from collections import Counter

import benchmarks.devset as devset
from briefgen.catalog import load_catalog
from briefgen.languages import rules_for
from briefgen.quotes import extract_quotes

AFTER_REACH = 300
CANDIDATES = ("previous", "before", "after")


def count_candidates(held_out: bool) -> dict[str, dict[str, Counter]]:
    """{lang: {verdict: Counter(quotations, gold_none, previous, before, after, any)}}."""
    gold = devset.load_gold(held_out=held_out)
    catalog = load_catalog(devset.DEV / "brics" / "events.yaml")
    units = devset.read_units(gold)
    counts: dict[str, dict[str, Counter]] = {}
    for entry in gold:
        unit = units.get(entry["file"])
        if unit is None:
            continue
        predicted = extract_quotes(unit, catalog.people)
        analysis = rules_for(unit.lang).analyze(unit, catalog.people, [(q.start, q.end) for q in predicted])
        cast = getattr(analysis, "cast", analysis)
        by_verdict = counts.setdefault(entry["lang"], {})
        for labelled in entry["quotes"]:
            if labelled["kind"] not in ("speech", "document"):
                continue
            index = next((i for i, q in enumerate(predicted) if devset.quotes_match(q.text, labelled["text"])), None)
            if index is None:
                continue
            quote = predicted[index]
            verdict = devset.quote_verdict(quote, labelled, catalog)
            before = cast.mentions_before(quote.start, strong=True)
            after = [entity for at, entity in cast.mentions_after(quote.end) if at - quote.end < AFTER_REACH]
            candidates = {
                "previous": next((p.speaker for p in reversed(predicted[:index]) if p.speaker), None),
                "before": before[0][1].name if before else None,
                "after": after[0].name if after else None,
            }
            tally = by_verdict.setdefault(verdict, Counter())
            tally["quotations"] += 1
            tally["gold_none"] += labelled["speaker"] is None
            right = [name for name, candidate in candidates.items() if candidate is not None
                     and devset.speaker_verdict(candidate, labelled["speaker"], catalog) == "right"]
            tally.update(right)
            tally["any"] += bool(right)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", action="store_true", help="count the held-out sets instead")
    counts = count_candidates(parser.parse_args().held_out)
    columns = ("quotations", "gold_none", *CANDIDATES, "any")
    print("lang  verdict  " + "  ".join(f"{column:>10}" for column in columns))
    for language, by_verdict in counts.items():
        for verdict in ("right", "wrong", "unknown"):
            tally = by_verdict.get(verdict, Counter())
            print(f"{language:4}  {verdict:7}  " + "  ".join(f"{tally[column]:10}" for column in columns))


if __name__ == "__main__":
    main()
