"""Measure ingestion, event grouping and quote extraction against the hand-made gold labels.

    python -m benchmarks.quality                 # seed corpus, gold in benchmarks/data/
    python -m benchmarks.quality --json          # the same figures as JSON
    python -m benchmarks.quality --gold PATH --corpus DIR

Scoring follows benchmarks/data/GOLD_FORMAT.md:
- a unit is found when a unit of the same file and post contains `body_first_words`;
- chrome left: boilerplate (and page header) lines whose text still appears in some unit;
- duplicates left: duplicate lines whose text appears more than once across all units;
- lost: content lines (5+ words, not chrome, not a quoted reply, not a bare URL) whose words
  appear in no unit (compared case- and punctuation-insensitively, links removed: a link glued
  to a headline is stored in the unit's URLs, the headline in its text);
- events: a unit is right when its event is the gold event or an accepted alternative;
- quotes: a predicted quotation matches a gold one when the texts are equal after trimming
  quotation marks, outer punctuation and whitespace, or one contains the other at 80 %+ of its
  length; precision and recall over `speech` and `document` quotes (`uncertain` ones neither
  count for nor against); the speaker is right when the gold surname (or "declaration") is in
  the predicted speaker.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from briefgen.catalog import load_catalog
from briefgen.corpus import read_corpus
from briefgen.dedupe import normal_form
from briefgen.facts import find_urls
from briefgen.grouping import assign_events
from briefgen.quotes import extract_quotes
from benchmarks.devset import print_devset, quotes_match, score_devset

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "data" / "seed_gold.json"
DEFAULT_CORPUS = HERE.parent / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--dev-only", action="store_true", help="only the development sets of real news")
    parser.add_argument("--hide-held-out", action="store_true",
                        help="do not score the held-out sets (while developing, so their figures stay unseen)")
    args = parser.parse_args(argv)
    if args.dev_only:
        figures = {"devset": score_devset()}
        if not args.hide_held_out:
            figures["held_out"] = score_devset(held_out=True)
        if args.json:
            print(json.dumps(figures, indent=2, ensure_ascii=False))
        else:
            print_devset(figures["devset"], args.details)
            if "held_out" in figures:
                print_devset(figures["held_out"], False, "Held-out set")  # scored, never read miss by miss
        return 0

    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    events_file = args.corpus / "events.yaml"
    corpus = read_corpus(args.corpus, exclude=(events_file,), today=dt.date(2026, 1, 1))
    catalog = load_catalog(events_file)
    figures = {
        "ingestion": score_ingestion(gold, corpus, args.corpus),
        "events": score_events(gold, corpus, catalog),
        "quotes": score_quotes(gold, corpus, catalog),
        "devset": score_devset(),
        "held_out": score_devset(held_out=True),
    }
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print_report(figures, args.details)
        print_devset(figures["devset"], args.details)
        print_devset(figures["held_out"], False, "Held-out set")  # scored, never read miss by miss
    return 0


def _unit_for(corpus, file: str, post):
    suffix = f"#{post}" if post is not None else None
    for unit in corpus.units:
        if unit.source == file and (unit.post == post if suffix else unit.post is None):
            return unit
    return None


def score_ingestion(gold: dict, corpus, corpus_dir: Path) -> dict:
    texts = [unit.text for unit in corpus.units]
    everything = "\n".join(texts)
    normal_everything = normal_form(everything)
    files = {doc["file"]: (corpus_dir / doc["file"]).read_text(encoding="utf-8").splitlines()
             for doc in gold["documents"]}

    def line(file: str, number: int) -> str:
        return files[file][number - 1].strip()

    found, authors, misses = 0, 0, []
    chrome_lines = [(gold["header"]["file"], n) for n in gold["header"]["lines"]]
    duplicate_lines, quoted_lines, content_lines = [], set(), []
    for doc in gold["documents"]:
        unit = _unit_for(corpus, doc["file"], doc["post"])
        if unit and doc["body_first_words"] in unit.text:
            found += 1
            authors += unit.author == doc["author"]
            if unit.author != doc["author"]:
                misses.append(f"author of {unit.id}: {unit.author!r} != {doc['author']!r}")
        else:
            misses.append(f"unit not found: {doc['file']} post {doc['post']}")
        chrome_lines += [(doc["file"], n) for n in doc["boilerplate_lines"]]
        duplicate_lines += [(doc["file"], n) for n in doc["duplicate_lines"]]
        quoted_lines |= {(doc["file"], n) for n in doc["quoted_reply_lines"]}
    chrome_set = set(chrome_lines)
    for doc in gold["documents"]:
        for number in range(doc["first_line"], min(doc["last_line"], len(files[doc["file"]])) + 1):
            key = (doc["file"], number)
            text = line(*key)
            bare_url = bool(re.fullmatch(r"https?://\S+", text))
            if key in chrome_set or key in quoted_lines or bare_url or len(text.split()) < 5:
                continue
            content_lines.append(key)

    chrome_left = [key for key in chrome_lines if _appears(line(*key), everything)]
    duplicates_left = [key for key in duplicate_lines
                       if not re.fullmatch(r"https?://\S+", line(*key)) and everything.count(line(*key)) > 1]
    lost = []
    for key in content_lines:
        words = line(*key)
        for url in find_urls(words):
            words = words.replace(url, " ")
        if normal_form(words) not in normal_everything:
            lost.append(key)
    misses += [f"chrome left: line {n}: {line(f, n)[:60]}" for f, n in chrome_left]
    misses += [f"duplicate left: line {n}: {line(f, n)[:60]}" for f, n in duplicates_left]
    misses += [f"content lost: line {n}: {line(f, n)[:60]}" for f, n in lost]
    return {
        "units_expected": len(gold["documents"]),
        "units_found": found,
        "authors_right": authors,
        "units_total": len(corpus.units),
        "chrome_lines": len(chrome_lines),
        "chrome_left": len(chrome_left),
        "duplicate_lines": len(duplicate_lines),
        "duplicates_left": len(duplicates_left),
        "content_lines": len(content_lines),
        "content_lost": len(lost),
        "duplicates_removed": corpus.duplicates_removed,
        "rejected": len(corpus.rejected),
        "misses": misses,
    }


def _appears(text: str, everything: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(text)}(?!\w)", everything) is not None


def score_events(gold: dict, corpus, catalog) -> dict:
    assignments = {a.unit_id: a for a in assign_events(corpus.units, catalog)}
    right, misses = 0, []
    for doc in gold["documents"]:
        unit = _unit_for(corpus, doc["file"], doc["post"])
        if unit is None:
            misses.append(f"no unit for {doc['file']} post {doc['post']}")
            continue
        predicted = assignments[unit.id].event_id
        accepted = [doc["event"], *doc.get("event_alternatives", [])]
        if predicted in accepted:
            right += 1
        else:
            misses.append(f"{unit.id}: predicted {predicted}, gold {doc['event']} (also {doc['event_alternatives']})")
    total = len(gold["documents"])
    return {"units": total, "right": right, "accuracy": round(right / total, 3) if total else 0.0,
            "misses": misses}


def score_quotes(gold: dict, corpus, catalog) -> dict:
    predicted = []
    for unit in corpus.units:
        predicted += [(unit, quote) for quote in extract_quotes(unit, catalog.people)]
    counted = [q for q in gold["quotes"] if q["kind"] in ("speech", "document")]
    uncertain = [q for q in gold["quotes"] if q["kind"] == "uncertain"]
    recalled, speaker_right, matched_predictions = 0, 0, 0
    misses = []
    for gold_quote in counted:
        hits = [(unit, quote) for unit, quote in predicted
                if unit.source == gold_quote["file"] and unit.post == gold_quote["post"]
                and quotes_match(quote.text, gold_quote["text"])]
        if not hits:
            misses.append(f"missed (line {gold_quote['line']}): {gold_quote['text'][:70]}")
            continue
        recalled += 1
        speaker = hits[0][1].speaker or ""
        if _speaker_right(speaker, gold_quote["speaker"]):
            speaker_right += 1
        else:
            misses.append(f"speaker (line {gold_quote['line']}): {speaker!r} != {gold_quote['speaker']!r}")
    false_positives = []
    for unit, quote in predicted:
        if any(quotes_match(quote.text, g["text"]) for g in counted if g["file"] == unit.source):
            matched_predictions += 1
        elif not any(quotes_match(quote.text, g["text"]) for g in uncertain if g["file"] == unit.source):
            false_positives.append(quote)
    misses += [f"not a gold quote: {q.text[:70]}" for q in false_positives]
    judged = matched_predictions + len(false_positives)
    return {
        "gold_quotes": len(counted),
        "predicted": len(predicted),
        "recall": round(recalled / len(counted), 3) if counted else 0.0,
        "precision": round(matched_predictions / judged, 3) if judged else 0.0,
        "speaker_accuracy": round(speaker_right / recalled, 3) if recalled else 0.0,
        "misses": misses,
    }


def _speaker_right(predicted: str, gold_speaker: str) -> bool:
    predicted = predicted.casefold()
    if "declaration" in gold_speaker.casefold():
        return "declaration" in predicted
    return gold_speaker.split()[-1].casefold() in predicted.split()  # a word of the name, not a letter of it


def print_report(figures: dict, details: bool) -> None:
    ingestion, events, quotes = figures["ingestion"], figures["events"], figures["quotes"]
    print("Ingestion (seed corpus vs gold)")
    print(f"  units found            {ingestion['units_found']}/{ingestion['units_expected']}"
          f"   authors right {ingestion['authors_right']}/{ingestion['units_expected']}")
    print(f"  chrome lines left      {ingestion['chrome_left']}/{ingestion['chrome_lines']}")
    print(f"  duplicate lines left   {ingestion['duplicates_left']}/{ingestion['duplicate_lines']}")
    print(f"  content lines lost     {ingestion['content_lost']}/{ingestion['content_lines']}")
    print(f"  paragraphs removed as repeats {ingestion['duplicates_removed']}, files rejected {ingestion['rejected']}")
    print("Event grouping")
    print(f"  units on the right event   {events['right']}/{events['units']} = {events['accuracy']:.1%}")
    print("Quotes (speech + document)")
    print(f"  precision {quotes['precision']:.3f}   recall {quotes['recall']:.3f}   "
          f"speaker right {quotes['speaker_accuracy']:.3f}   ({quotes['predicted']} predicted, "
          f"{quotes['gold_quotes']} gold)")
    if details:
        for section in ("ingestion", "events", "quotes"):
            for miss in figures[section]["misses"]:
                print(f"  [{section}] {miss}")


if __name__ == "__main__":
    sys.exit(main())
