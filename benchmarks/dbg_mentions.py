"""The people the Chinese reader finds in one development file: `python -m benchmarks.dbg_mentions zh/k-07`."""
import datetime as dt
import sys

from benchmarks.devset import DEV
from briefgen.catalog import load_catalog
from briefgen.corpus import read_corpus
from briefgen.languages import rules_for

catalog = load_catalog(DEV / "brics" / "events.yaml")
corpus = read_corpus(DEV / "news", today=dt.date(2026, 1, 1))
unit = next(u for u in corpus.units if u.post is None and u.source.startswith(sys.argv[1]))
analysis = rules_for(unit.lang).analyze(unit, catalog.people, [])
for start, end, entity in analysis.mentions:
    print(start, analysis.simplified[start:end], entity.name, entity.descriptors, sorted(entity.subject_positions))
