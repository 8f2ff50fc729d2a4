"""Speed benchmarks: grouping, summarizer scaling, ingestion and full builds.  Figures, not tests.

    python -m benchmarks.run                  # everything (about two minutes on 2 cores)
    python -m benchmarks.run grouping summarize build ingest
    python -m benchmarks.run --json           # the figures as JSON

- grouping: 10,000 units through assign_events: the seed units repeated under new ids, and the
  development set's news (English, Russian, Chinese) against its BRICS catalog.
- summarize: events of 2,000, 10,000 and 50,000 sentences drawn from the corpus vocabulary with its
  word frequencies; the LexRank summary end to end (median of 3), and agreement with sumy's own
  LexRank on small inputs (identical top sentences) and of the large-event path with exact LexRank
  at 2,000 and 10,000 sentences (min and mean over 5 and 3 independently drawn corpora).
- quotes: 10,000 units, a third Russian, through quotation extraction and attribution.
- ingest: 200 copies of the seed files (every paragraph a repeat after the first copy).
- build: every event x 4 locales (en, ru, zh, fa) from the seed corpus with --jobs 2, twice: the
  issue's 48 artifacts (md, docx, pdf; #16 targets cold <= 3 s, warm <= 0.3 s) and all 64 (with html);
  cold (empty output, no project cache; py3langid's model decompressed in the user's cache, as after
  the first run since install), then warm (nothing changed), medians of 3 runs; per-artifact times
  and the warm build's phases from the JSON log (html_seconds_per_pack: the HTML page of one pack,
  target <= 0.05 s).
- locales: one event in all 11 locales (44 artifacts), one command.
- scale (`--scale [ARTICLES]`, not in the default run): a news archive of 100,000 articles as JSONL
  crawl exports, built with the seed catalog; wall time and peak memory, then 1,000 more articles.
- dask (named only, not in the default run; needs briefgen[dask]): read_and_group on a LocalCluster of 1
  and of 2 workers against the local engine, 4,000 JSONL records in 8 files, one in ten pasted again.
- hostile: inputs built to be slow: a paragraph of 2,500 quotation-and-tag pairs in English, Russian
  and Chinese; a 31 KB line repeating a summit's evidence words; a megabyte of prose on one line.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
EPOCH = "1767225600"
HTML_TARGET_SECONDS = 0.05


def seed_corpus():
    from briefgen.corpus import read_corpus

    return read_corpus(CORPUS, exclude=(CORPUS / "events.yaml",))


def bench_grouping(units_wanted: int = 10_000, jobs: int = os.cpu_count() or 1) -> dict:
    """10,000 units through assign_events: the seed units repeated (long English posts), and a mix of the
    development set's news in English, Russian and Chinese against its own catalog."""
    from briefgen.catalog import load_catalog
    from briefgen.corpus import read_corpus
    from briefgen.grouping import assign_events

    figures = {}
    dev = ROOT / "benchmarks" / "data" / "dev"
    for name, units, catalog in (
            ("seed", seed_corpus().units, load_catalog(CORPUS / "events.yaml")),
            ("news_en_ru_zh", read_corpus(dev / "news").units, load_catalog(dev / "brics" / "events.yaml"))):
        units = [replace(units[i % len(units)], id=f"copy{i}#{units[i % len(units)].id}") for i in range(units_wanted)]
        words = sum(unit.words for unit in units)
        timings = {}
        for processes in sorted({1, jobs}):
            started = time.perf_counter()
            assignments = assign_events(units, catalog, processes)
            timings[processes] = time.perf_counter() - started
        figures[name] = {"units": len(units), "words": words, "languages": dict(Counter(u.lang for u in units)),
                         "seconds": round(timings[jobs], 2), "jobs": jobs, "seconds_one_process": round(timings[1], 2),
                         "units_per_second": round(len(units) / timings[jobs]),
                         "assigned": sum(a.event_id is not None for a in assignments)}
    return figures


def _synthetic_units(sentence_count: int, seed: int = 1):
    """Units of 20 sentences whose words follow the corpus's own word frequencies."""
    from briefgen.model import Paragraph, Unit
    from briefgen.text import words

    vocabulary = Counter(word for unit in seed_corpus().units for word in words(unit.text))
    terms, weights = zip(*vocabulary.most_common())
    rng = random.Random(seed)
    units, paragraphs = [], []
    for number in range(sentence_count):
        length = rng.randint(12, 30)
        sentence = " ".join(rng.choices(terms, weights=weights, k=length))
        paragraphs.append(Paragraph(sentence[0].upper() + sentence[1:] + ".", number % 20 + 1))
        if len(paragraphs) == 20 or number == sentence_count - 1:
            units.append(Unit(id=f"synthetic-{len(units)}.txt", source=f"synthetic-{len(units)}.txt",
                              paragraphs=tuple(paragraphs), first_line=1, last_line=len(paragraphs), lang="en"))
            paragraphs = []
    return units


def bench_summarize(sizes=(2_000, 10_000, 50_000), repeats: int = 3) -> dict:
    """The LexRank summary end to end; median wall and CPU seconds of `repeats` runs (the CPU figure
    is steadier on a shared machine), and the CPU seconds of finding the candidate sentences alone
    (splitting sentences and words, dropping duplicates), the part before any ranking."""
    import statistics

    from briefgen.summarize import candidate_sentences, summarize

    summarize(_synthetic_units(20), 5)  # imports and first-use set-up are not the event's cost
    results = []
    for size in sizes:
        units = _synthetic_units(size)
        walls, cpus = [], []
        for _ in range(repeats):
            started, started_cpu = time.perf_counter(), time.process_time()
            chosen = summarize(units, 5)
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - started_cpu)
        started_cpu = time.process_time()
        candidate_sentences(units)
        candidates_cpu = time.process_time() - started_cpu
        results.append({"sentences": size, "seconds": round(statistics.median(walls), 2),
                        "cpu_seconds": round(statistics.median(cpus), 2),
                        "candidates_cpu_seconds": round(candidates_cpu, 2), "chosen": len(chosen)})
    return {"events": results, "agreement": _agreement()}


def _agreement(seeds=(3, 4, 5, 6, 7)) -> dict:
    """Chosen-sentence overlap with sumy's own LexRank at 100-500 sentences, and of the large-event
    path (lexrank.centrality_order) with exact LexRank, over independently drawn corpora."""
    import statistics

    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    from briefgen import lexrank
    from briefgen.summarize import candidate_sentences
    from briefgen.text import Tokenizer, words

    tokenizer = Tokenizer("english")
    texts = [s.text for s in candidate_sentences(_synthetic_units(600, seed=2))]
    report = {}
    for size in (100, 300, 500):
        document = ObjectDocumentModel([Paragraph([Sentence(text, tokenizer) for text in texts[:size]])])
        picks, times = [], []
        for summarizer_class in (LexRankSummarizer, lexrank.SparseLexRankSummarizer):
            summarizer = summarizer_class(Stemmer("english"))
            summarizer.stop_words = get_stop_words("english")
            started = time.perf_counter()
            picks.append({str(sentence) for sentence in summarizer(document, 10)})
            times.append(time.perf_counter() - started)
        report[f"sumy_vs_sparse_{size}"] = {"overlap_of_10": len(picks[0] & picks[1]),
                                            "sumy_seconds": round(times[0], 2), "sparse_seconds": round(times[1], 3)}
    summarizer = lexrank.SparseLexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    for size, size_seeds in ((2_000, seeds), (10_000, seeds[:3])):
        overlaps = {10: [], 50: []}
        for seed in size_seeds:
            sentences = candidate_sentences(_synthetic_units(size, seed=seed))
            normalised = lexrank.term_rows([words(s.text) for s in sentences], lexrank.TermIndex(summarizer.term))
            exact, large = lexrank.exact_order(normalised), lexrank.centrality_order(normalised)
            for top in overlaps:
                overlaps[top].append(len(set(exact[:top].tolist()) & set(large[:top].tolist())))
        report[f"preselected_vs_exact_{size}"] = {
            **{f"overlap_of_{top}": {"min": min(found), "mean": round(statistics.mean(found), 1), "per_seed": found}
               for top, found in overlaps.items()},
            "seeds": list(size_seeds), "sample": lexrank.SAMPLE_SIZE, "candidates": lexrank.CANDIDATES}
    return report


def bench_ingest(copies: int = 200) -> dict:
    from briefgen.corpus import read_corpus

    with tempfile.TemporaryDirectory() as folder:
        files = [path for path in CORPUS.iterdir() if path.suffix == ".txt"]
        for number in range(copies):
            for path in files:
                shutil.copy(path, Path(folder) / f"{number:04d}_{path.name}")
        size = sum(path.stat().st_size for path in Path(folder).iterdir())
        started = time.perf_counter()
        corpus = read_corpus(Path(folder))
        seconds = time.perf_counter() - started
    return {"files": copies * len(files), "megabytes": round(size / 2**20, 1), "seconds": round(seconds, 2),
            "mb_per_second": round(size / 2**20 / seconds, 2), "units": len(corpus.units),
            "paragraphs_removed_as_repeats": corpus.duplicates_removed, "rejected": len(corpus.rejected)}


BUILD_CASES = {"issue_48": ("md", "docx", "pdf"), "all_formats_64": ("md", "docx", "pdf", "html")}
BUILD_TARGETS = {"issue_48": {"cold_wall_seconds": 3.0, "warm_wall_seconds": 0.3}}


def bench_build(locales=("en", "ru", "zh", "fa"), jobs: int = 2, repeats: int = 3) -> dict:
    """Each case (the issue's 48 artifacts: md, docx, pdf; and all 64 with html) built `repeats` times
    from scratch: cold (empty output, no cache), then warm (nothing changed).  Medians of the runs;
    `phases` splits the warm build's time as the build itself measured it."""
    # bytecode as an installed briefgen has it (pip compiles at install; a checkout writes __pycache__ on
    # its first run, unless PYTHONDONTWRITEBYTECODE is set, when every run would compile briefgen again)
    compileall.compile_dir(ROOT / "briefgen", quiet=1)
    # likewise py3langid's model, decompressed into the user's cache by the first process after install
    from briefgen.facts import LANGUAGE_CANDIDATES
    from briefgen.langmodel import cache_path, load_identifier

    model_was_cached = cache_path(LANGUAGE_CANDIDATES).is_file()
    load_identifier(LANGUAGE_CANDIDATES)
    figures = {"jobs": jobs, "locales": list(locales), "repeats": repeats, "langid_model_was_cached": model_was_cached}
    for case, formats in BUILD_CASES.items():
        runs = [_build_cold_then_warm(locales, formats, jobs) for _ in range(repeats)]
        figures[case] = {"artifacts": runs[0]["cold"]["artifacts"], "formats": list(formats),
                         **{name: _median_run([run[name] for run in runs]) for name in ("cold", "warm")},
                         **({"targets": BUILD_TARGETS[case]} if case in BUILD_TARGETS else {})}
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(CORPUS, Path(folder) / "corpus")
        figures.update(_html_seconds_per_pack(Path(folder), locales))
    return figures


def _build_cold_then_warm(locales, formats, jobs: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(CORPUS, Path(folder) / "corpus")
        command = [sys.executable, "-m", "briefgen", "build", "--jobs", str(jobs), "--log-format", "json",
                   *(arg for locale in locales for arg in ("--locale", locale)),
                   *(arg for output_format in formats for arg in ("--format", output_format))]
        environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
        return {name: _timed_build(command, folder, environment) for name in ("cold", "warm")}


def _timed_build(command: list[str], folder: str, environment: dict) -> dict:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    artifacts = [r for r in records if r["type"] == "artifact"]
    summary = records[-1]
    per_format: dict[str, list[float]] = {}
    for artifact in artifacts:
        if artifact["status"] == "built":
            per_format.setdefault(artifact["format"], []).append(artifact["seconds"])
    return {"wall_seconds": wall, "build_seconds": summary["seconds"], "built": summary["built"],
            "reused": summary["reused"], "artifacts": len(artifacts),
            "mean_seconds_per_artifact": {fmt: sum(v) / len(v) for fmt, v in per_format.items()},
            "phases": summary.get("phases", {})}


def _median_run(runs: list[dict]) -> dict:
    """The median of each figure over the runs (walls of every run kept too, to show the spread)."""
    def median(values: list[float]) -> float:
        return round(statistics.median(values), 3)

    walls = [run["wall_seconds"] for run in runs]
    return {"wall_seconds": median(walls), "wall_seconds_each": [round(w, 2) for w in walls],
            "build_seconds": median([run["build_seconds"] for run in runs]),
            "built": runs[0]["built"], "reused": runs[0]["reused"],
            "mean_seconds_per_artifact": {fmt: median([run["mean_seconds_per_artifact"].get(fmt, 0) for run in runs])
                                          for fmt in runs[0]["mean_seconds_per_artifact"]},
            "phases": {name: median([run["phases"].get(name, 0) for run in runs]) for name in runs[0]["phases"]},
            "artifacts_per_second": round(runs[0]["artifacts"] / statistics.median(walls), 1)}


def _html_seconds_per_pack(folder: Path, locales) -> dict:
    """The HTML page of each pack rendered again in this process, one at a time (the packs' Markdown
    is made first, untimed): what HTML adds to a pack, without the other formats competing for the cores."""
    from briefgen.build import Project, Settings, _ContentStore
    from briefgen.l10n import Localizer
    from briefgen.pack import build_pack
    from briefgen.render import render_markdown, to_html

    settings = Settings(corpus_dir=folder / "corpus", out_dir=folder / "output", locales=tuple(locales),
                        cache_dir=folder / ".briefgen-cache", source_date_epoch=int(EPOCH))
    project = Project(settings)
    contents = _ContentStore(project)
    times = []
    for event in project.events:
        for locale in project.locales:
            localizer = Localizer(locale)
            pack = build_pack(event, contents.get(event, locale), localizer, settings.today, project.catalog)
            markdown = render_markdown(pack, project.style, localizer)
            started = time.perf_counter()
            to_html(markdown, pack, project.style)
            times.append(time.perf_counter() - started)
    return {"html_seconds_per_pack": round(sum(times) / len(times), 3), "html_max_seconds": round(max(times), 3),
            "html_target_seconds": HTML_TARGET_SECONDS, "html_packs": len(times)}


def bench_locales(event: str = "samarkand-2022") -> dict:
    """One event in all 11 locales, 4 formats each: the one-command multilingual build."""
    with tempfile.TemporaryDirectory() as folder:
        shutil.copytree(CORPUS, Path(folder) / "corpus")
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "briefgen", "build", event, "--locale", "all", "--no-cache",
                                 "--log-format", "json"], cwd=folder, capture_output=True, text=True,
                                env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
        wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    summary = json.loads(result.stdout.splitlines()[-1])
    return {"event": event, "artifacts": summary["built"], "wall_seconds": round(wall, 2)}


def bench_quotes(units_wanted: int = 10_000, jobs: int = os.cpu_count() or 1) -> dict:
    """Quotations of 10,000 units, a third of them Russian (natasha), the rest English: real texts
    (the seed corpus and the development set's news) repeated under new ids."""
    from briefgen.catalog import load_catalog
    from briefgen.corpus import read_corpus
    from briefgen.quotes import extract_all_quotes

    catalog = load_catalog(CORPUS / "events.yaml")
    news = read_corpus(ROOT / "benchmarks" / "data" / "dev" / "news").units
    russian = [unit for unit in news if unit.lang == "ru"]
    english = [unit for unit in [*seed_corpus().units, *news] if unit.lang == "en"]
    units = []
    for i in range(units_wanted):
        pool = russian if i % 3 == 0 else english
        unit = pool[(i // 3) % len(pool)]
        units.append(replace(unit, id=f"copy{i}#{unit.id}"))
    started = time.perf_counter()
    found = extract_all_quotes(units, catalog.people, jobs)
    seconds = time.perf_counter() - started
    return {"units": len(units), "russian_units": sum(u.lang == "ru" for u in units), "jobs": jobs,
            "quotes": sum(len(q) for q in found), "seconds": round(seconds, 1),
            "units_per_second": round(len(units) / seconds)}


def bench_hostile(pairs: int = 2_500, repeats: int = 1_000) -> dict:
    """Inputs built to be slow (issue #14): one paragraph of `pairs` quotation-and-tag pairs per language,
    one line repeating a summit's evidence words `repeats` times, and a megabyte of prose on one line.
    Seconds each; linear scans keep them near a second."""
    from briefgen.catalog import load_catalog
    from briefgen.grouping import assign_events
    from briefgen.model import Paragraph, Unit
    from briefgen.quotes import extract_quotes

    catalog = load_catalog(CORPUS / "events.yaml")

    def unit(text: str, lang: str = "en") -> Unit:
        return Unit(id="hostile.txt", source="hostile.txt", paragraphs=(Paragraph(text, 1),), first_line=1,
                    last_line=1, date="2022-09-16", lang=lang)

    def seconds(work) -> float:
        started = time.perf_counter()
        work()
        return round(time.perf_counter() - started, 2)

    pair_forms = {"en": '"w{}" said', "ru": "«слово{}», — сказал Путин,", "zh": "“词语{}号”他说，"}
    figures = {f"quotes_{lang}_{pairs}_pairs_s": seconds(
        lambda text=" ".join(form.format(i) for i in range(pairs)), lang=lang:
        extract_quotes(unit(text, lang), catalog.people)) for lang, form in pair_forms.items()}
    evidence = " ".join(["summit Samarkand leaders trade"] * repeats)
    figures[f"grouping_evidence_line_{len(evidence) // 1000}kb_s"] = seconds(
        lambda: assign_events([unit(evidence)], catalog))
    words = "the delegations discussed transport corridors energy and trade for a long time while".split()
    prose = " ".join(words[i % len(words)] for i in range(170_000))
    figures[f"grouping_prose_line_{len(prose) // 1_000_000}mb_s"] = seconds(lambda: assign_events([unit(prose)], catalog))
    return figures


def bench_scale(units_wanted: int = 100_000, jobs: int = 2) -> dict:
    """A news archive (#16): `units_wanted` articles as JSONL crawl exports (each the lead of a real text from
    the seed corpus or the development set's news, en/ru/zh, and real sentences of its language recombined,
    a quarter of their words swapped; one in ten pasted twice, one in twenty a lightly edited copy), built with the
    seed catalog (4 events, en, md/docx/pdf). Wall time and the peak memory of the build's process tree;
    then 1,000 new articles and the rebuild; then a build with nothing changed."""
    from briefgen.corpus import read_corpus

    from briefgen.text import split_sentences

    texts = [unit for unit in [*seed_corpus().units, *read_corpus(ROOT / "benchmarks" / "data" / "dev" / "news").units]
             if unit.post is None]
    sentences: dict[str, list[str]] = {}  # per language: real sentences, recombined so articles differ
    for unit in texts:
        for paragraph in unit.paragraphs:
            sentences.setdefault(unit.lang, []).extend(paragraph.text[a:b] for a, b in split_sentences(paragraph.text))
    randomizer = random.Random(16)
    vocabulary = {lang: [word for sentence in pool for word in _pieces(sentence, lang)] for lang, pool in sentences.items()}

    def varied(sentence: str, lang: str) -> str:
        """A real sentence with about a quarter of its words (Chinese: characters) swapped for others of the
        language: a few hundred texts' sentences cannot make 100,000 articles that differ the way news does."""
        pieces = [randomizer.choice(vocabulary[lang]) if randomizer.random() < 0.25 else piece
                  for piece in _pieces(sentence, lang)]
        return ("" if lang == "zh" else " ").join(pieces)

    def article(number: int) -> dict:
        unit = texts[randomizer.randrange(len(texts))]
        pool = sentences[unit.lang]
        paragraphs = [" ".join(varied(sentence, unit.lang) for sentence in randomizer.choices(pool, k=randomizer.randint(2, 4)))
                      for _ in range(randomizer.randint(4, 8))]
        return {"url": f"https://news.example/{number}", "title": unit.title or "", "date": unit.date or "2024-01-01",
                "lang": unit.lang, "text": "\n\n".join([*unit.text.split("\n\n")[:2], *paragraphs])}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        shutil.copy(CORPUS / "events.yaml", corpus / "events.yaml")

        def write_archive(name: str, first: int, count: int) -> None:
            previous = None
            with (corpus / name).open("w", encoding="utf-8") as stream:
                for number in range(first, first + count):
                    # one in ten is an article pasted again under another url, one in twenty a lightly edited copy
                    if previous and number % 10 == 0:
                        record = {**previous, "url": f"https://news.example/{number}"}
                    elif previous and number % 20 == 5:
                        record = {**previous, "url": f"https://news.example/{number}",
                                  "text": previous["text"].replace(" the ", " this ", 1).replace("，", "、", 1)}
                    else:
                        record = article(number)
                    previous = record
                    stream.write(json.dumps(record, ensure_ascii=False) + "\n")

        per_file = 10_000
        for first in range(0, units_wanted, per_file):
            write_archive(f"crawl-{first // per_file:03d}.jsonl", first, min(per_file, units_wanted - first))
        megabytes = sum(path.stat().st_size for path in corpus.iterdir()) / 2**20
        command = [sys.executable, "-m", "briefgen", "build", "--jobs", str(jobs), "--log-format", "json",
                   "--locale", "en", "--format", "md", "--format", "docx", "--format", "pdf"]
        environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
        runs = {}
        for name in ("full", "plus_1000", "unchanged"):
            if name == "plus_1000":
                write_archive("crawl-new.jsonl", units_wanted, 1_000)
            started = time.perf_counter()
            returncode, stdout, stderr, peak = _run_measured(command, folder, environment)
            wall = time.perf_counter() - started
            if returncode not in (0, 1):
                raise SystemExit(stderr)
            summary = json.loads(stdout.splitlines()[-1])
            runs[name] = {"wall_seconds": round(wall, 1), "peak_memory_mb": round(peak / 2**20),
                          "units": summary["units"], "built": summary["built"], "reused": summary["reused"]}
        store_megabytes = round((Path(folder) / ".briefgen-cache" / "units.sqlite").stat().st_size / 2**20)
    return {"articles": units_wanted, "megabytes": round(megabytes), "jobs": jobs, **runs, "store_mb": store_megabytes,
            "targets": "full <= 300 s, peak <= 2048 MB, plus_1000 <= 15 s"}


def _pieces(sentence: str, lang: str) -> list[str]:
    return list(sentence) if lang == "zh" else sentence.split(" ")


def _run_measured(command: list[str], cwd, environment: dict) -> tuple[int, str, str, int]:
    """Run a command; return its exit code, output and the peak of the resident memory of its whole
    process tree (the build and its worker processes together), sampled from /proc every 50 ms."""
    import threading

    process = subprocess.Popen(command, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.05):
            peak = max(peak, _tree_rss(process.pid))
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    return process.returncode, stdout, stderr, peak


def _tree_rss(root: int) -> int:
    """Bytes resident in `root` and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier += children
    total = 0
    for pid in tree:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def bench_dask(articles: int = 4_000, shards: int = 8, runs: int = 3) -> dict:
    """read_and_group on a LocalCluster of 1 and of 2 worker processes (one thread each) against the local
    engine (read_corpus, then assign_events in one process), on `articles` JSONL records in `shards` files;
    one in ten repeats an earlier record of any shard with a sentence added.  Medians of `runs` after a
    first run that warms the workers (reported as cold); cluster start-up apart.  On a shared machine wall
    time says little, so CPU time too: client_cpu_s in this process, worker_cpu_s in each worker; the
    busiest worker's CPU time plus the client's bounds the wall time on an idle machine."""
    import statistics

    import distributed

    from briefgen.build import Settings
    from briefgen.catalog import load_catalog
    from briefgen.corpus import read_corpus
    from briefgen.dask_engine import read_and_group
    from briefgen.grouping import assign_events

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        shutil.copy(CORPUS / "events.yaml", corpus / "events.yaml")
        _write_news_archive(corpus, articles, shards)
        settings = Settings(corpus_dir=corpus, source_date_epoch=int(EPOCH), use_cache=False, engine="dask")
        catalog = load_catalog(settings.events_path)
        exclude = (settings.events_path, settings.out_dir, settings.cache_dir)

        def local():
            units = read_corpus(corpus, exclude=exclude, today=settings.today)
            return units, assign_events(units.units, catalog)

        def median(work) -> tuple[float, float, float, object]:
            """Cold wall time, then the medians of wall time and of this process's CPU time (on a shared
            machine the CPU time says how much of the work stayed in the calling process)."""
            times, cpu_times, result = [], [], None
            for _ in range(runs + 1):
                started, cpu_started = time.perf_counter(), time.process_time()
                result = work()
                times.append(time.perf_counter() - started)
                cpu_times.append(time.process_time() - cpu_started)
            return (round(times[0], 2), round(statistics.median(times[1:]), 2),
                    round(statistics.median(cpu_times[1:]), 2), result)

        figures: dict = {"articles": articles, "shards": shards,
                         "megabytes": round(sum(p.stat().st_size for p in corpus.iterdir()) / 2**20, 1)}
        figures["local_cold_s"], figures["local_s"], figures["local_client_cpu_s"], expected = median(local)
        figures["units"], figures["repeats_removed"] = len(expected[0].units), expected[0].duplicates_removed
        for workers in (1, 2):
            started = time.perf_counter()
            with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                          dashboard_address=None) as cluster:
                figures[f"dask_{workers}_start_s"] = round(time.perf_counter() - started, 2)
                on_cluster = replace(settings, scheduler=cluster.scheduler_address)
                cold, warm, cpu, result = median(lambda: read_and_group(on_cluster, catalog))
                figures[f"dask_{workers}_cold_s"], figures[f"dask_{workers}_s"] = cold, warm
                figures[f"dask_{workers}_client_cpu_s"] = cpu
                with distributed.Client(cluster, set_as_default=False) as client:
                    before = client.run(time.process_time)
                    read_and_group(on_cluster, catalog)
                    after = client.run(time.process_time)
                figures[f"dask_{workers}_worker_cpu_s"] = [round(after[w] - before[w], 2) for w in sorted(after)]
                figures[f"dask_{workers}_equals_local"] = result == expected
    return figures


def _write_news_archive(folder: Path, articles: int, shards: int, seed: int = 16) -> None:
    """JSONL crawl exports of news recombined from the seed corpus and the development set (en, ru, zh)."""
    from briefgen.corpus import read_corpus
    from briefgen.text import split_sentences

    texts = [unit for unit in [*seed_corpus().units, *read_corpus(ROOT / "benchmarks" / "data" / "dev" / "news").units]
             if unit.post is None]
    sentences: dict[str, list[str]] = {}
    for unit in texts:
        for paragraph in unit.paragraphs:
            sentences.setdefault(unit.lang, []).extend(paragraph.text[a:b] for a, b in split_sentences(paragraph.text))
    randomizer = random.Random(seed)
    written: list[dict] = []
    per_shard = -(-articles // shards)
    for number in range(articles):
        if written and number % 10 == 9:
            earlier = randomizer.choice(written)
            record = {**earlier, "url": f"https://news.example/{number}",
                      "text": earlier["text"] + "\n\n" + randomizer.choice(sentences[earlier["lang"]])}
        else:
            unit = texts[randomizer.randrange(len(texts))]
            pool = sentences[unit.lang]
            paragraphs = [" ".join(randomizer.choices(pool, k=randomizer.randint(2, 4)))
                          for _ in range(randomizer.randint(4, 8))]
            record = {"url": f"https://news.example/{number}", "title": unit.title or "",
                      "date": unit.date or "2024-01-01", "lang": unit.lang,
                      "text": "\n\n".join([*unit.text.split("\n\n")[:2], *paragraphs])}
        written.append(record)
        with (folder / f"crawl-{number // per_shard:03d}.jsonl").open("a", encoding="utf-8") as stream:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


BENCHMARKS = {"grouping": bench_grouping, "quotes": bench_quotes, "summarize": bench_summarize, "ingest": bench_ingest,
              "build": bench_build, "locales": bench_locales, "hostile": bench_hostile}

ON_REQUEST = {"dask": bench_dask}  # not in the default run: named on the command line only


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="briefgen speed benchmarks")
    parser.add_argument("names", nargs="*", choices=[[], *BENCHMARKS, *ON_REQUEST], default=[])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--scale", type=int, nargs="?", const=100_000, metavar="ARTICLES",
                        help="also build a news archive of this many articles (default 100,000; minutes)")
    args = parser.parse_args(argv)
    figures = {}
    if args.scale:
        figures["scale"] = bench_scale(args.scale)
        if not args.json:
            print(f"scale: {json.dumps(figures['scale'], indent=2)}", flush=True)
    for name in args.names or ([] if args.scale else list(BENCHMARKS)):
        figures[name] = {**BENCHMARKS, **ON_REQUEST}[name]()
        if not args.json:
            print(f"{name}: {json.dumps(figures[name], indent=2)}", flush=True)
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
