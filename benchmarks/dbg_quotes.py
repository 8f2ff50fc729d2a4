"""Quotes of one development file with speaker and cue: `python -m benchmarks.dbg_quotes zh/i-06`."""
import datetime as dt
import sys

from benchmarks.devset import DEV
from briefgen.catalog import load_catalog
from briefgen.corpus import read_corpus
from briefgen.quotes import extract_quotes

catalog = load_catalog(DEV / "brics" / "events.yaml")
corpus = read_corpus(DEV / "news", today=dt.date(2026, 1, 1))
for unit in corpus.units:
    if unit.post is None and unit.source.startswith(sys.argv[1]):
        for quote in extract_quotes(unit, catalog.people):
            print(f"{quote.speaker!r:28} {quote.cue[:40]!r:44} {quote.text[:60]}")
