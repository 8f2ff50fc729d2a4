"""The local engine: the corpus streamed into the unit store, on every core, redoing only what changed.

1. List the corpus (discovery.scan) and stamp each file with its size and modification time.
2. Read new and changed files in worker processes: documents, drafts and their dedupe fingerprints
   go to the store a batch at a time (an archive's records are batched as they are read).
3. Dedupe over every fingerprint in the store (dedupe.resolve).  It needs no text except for the
   few paragraph pairs that share a band key, so it stays quick at 100,000 units.
4. Finish the drafts whose repeats changed (dates, language, roles) and group them
   (grouping.assign_unit), in worker processes.
5. Regroup every unit when the catalog changed.

The result is the same as corpus.read_corpus followed by grouping.assign_events, whatever was
stored before; only the work differs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from briefgen.archives import RecordFields
from briefgen.catalog import Catalog
from briefgen.corpus import Draft, ambiguous_date_warnings, documents_of, finish_draft, is_archive, read_found, read_one, unreadable
from briefgen.dedupe import fingerprint, resolve
from briefgen.discovery import Found, Listing
from briefgen.grouping import Assignment, _matcher, assign_unit
from briefgen.model import Corpus, Rejected, Unit
from briefgen.readers import Unreadable
from briefgen.remote import fetch_or_reject, list_corpus
from briefgen.render import hidden_bidi
from briefgen.store import UNASSIGNED, Finished, UnitStore, decode_draft, decode_unit, encode

try:
    import fcntl
except ImportError:  # Windows: no flock; builds sharing a cache there are not serialised
    fcntl = None

if TYPE_CHECKING:
    from briefgen.build import Settings

BATCH = 200  # documents or units per task sent to a worker process
PARALLEL_MIN_ITEMS = 400  # below this, starting worker processes costs more than it saves
T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Ingested:
    """The corpus as the store holds it after this run, with what the walk itself found."""

    store: UnitStore
    listing_rejected: tuple[Rejected, ...]
    notices: tuple[str, ...]

    @functools.cached_property
    def rejected(self) -> tuple[Rejected, ...]:
        return tuple(sorted([*self.listing_rejected, *self.store.rejected()], key=lambda r: r.source))

    @functools.cached_property
    def warnings(self) -> tuple[str, ...]:
        return tuple(self.store.warnings())


def ingest(settings: Settings, catalog: Catalog | None, exclude: tuple[Path, ...], code_key: str,
           store_path: Path | None, copies_dir: Path) -> Ingested:
    """Bring the store at store_path (None: a temporary one) up to date with the corpus and catalog
    (None: units are not grouped).  The files of a corpus URL are copied under copies_dir."""
    listing = list_corpus(settings.corpus_dir, exclude, settings.follow_external_symlinks, copies_dir)
    with _exclusive(store_path):  # two builds sharing a cache: the second waits, then finds the work done
        return _ingest(settings, catalog, listing, code_key, store_path)


@contextlib.contextmanager
def _exclusive(store_path: Path | None) -> Iterator[None]:
    if store_path is None or fcntl is None:
        yield
        return
    store_path.parent.mkdir(parents=True, exist_ok=True)
    with open(store_path.with_name(store_path.name + ".lock"), "a+b") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # released when the file closes, however ingestion ends
        yield


def _ingest(settings: Settings, catalog: Catalog | None, listing: Listing, code_key: str,
            store_path: Path | None) -> Ingested:
    store = UnitStore(store_path)
    reading_key = _hash(code_key, settings.max_file_bytes, settings.follow_external_symlinks,
                        sorted(settings.record_fields.names.items()))
    if store.meta("reading") != reading_key:
        store.clear()
        store.set_meta("reading", reading_key)
    if store.meta("today") != settings.today.isoformat():  # dates read against the day: finish again, read nothing
        store.unfinish_all()
        store.set_meta("today", settings.today.isoformat())
    ranked = [(found.source, _stamp(found)) for found in listing.files]
    gone, stored = store.keep_files(ranked)
    changed = [(rank, found, stamp) for rank, (found, (_, stamp)) in enumerate(zip(listing.files, ranked))
               if stored.get(found.source) != stamp]
    catalog_key = _hash(repr(catalog), code_key) if catalog is not None else None
    with _Workers(settings.jobs) as workers:
        _read_files(store, changed, settings, workers)
        if catalog_key != store.meta("catalog"):  # after reading: units about to be replaced are not regrouped,
            if catalog is not None:               # and units finished below are grouped under the new catalog
                _regroup(store, catalog, workers)
            store.set_meta("catalog", catalog_key or "")
        if changed or gone or store.unfinished():
            _finish_changed(store, settings.today, catalog, workers)
    return Ingested(store, tuple(listing.rejected), tuple(listing.notices))


def ingested_elsewhere(corpus: Corpus, assignments: list[Assignment]) -> Ingested:
    """Units another engine read and grouped (dask_engine.py), in a temporary store packs read as usual."""
    store = UnitStore(None)
    store.load(corpus, assignments, _bidi)
    return Ingested(store, (), corpus.notices)


def _stamp(found: Found) -> str:
    if found.stamp is not None:
        return found.stamp
    try:
        stat = found.path.stat()
    except OSError:
        return "unreadable"  # read (and rejected) again next time
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _hash(*parts) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


# workers ------------------------------------------------------------------------------------------

class _Workers:
    """A process pool started only for work big enough to pay for it; tasks go out a few at a time
    and come back in order, so memory holds a few batches, not the corpus."""

    def __init__(self, jobs: int):
        self.jobs = max(1, jobs)
        self._pool: Executor | None = None

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def map(self, function: Callable[[T], R], tasks: Iterable[T], expected: int) -> Iterator[R]:
        if self.jobs == 1 or expected < PARALLEL_MIN_ITEMS:
            yield from map(function, tasks)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        pending: deque = deque()
        for task in tasks:
            pending.append(self._pool.submit(function, task))
            if len(pending) >= 2 * self.jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _batched(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


# reading ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _ReadTask:
    source: str  # the listed file these items belong to
    items: list  # Found (a whole file, read by the worker) or Document/Rejected (archive records)
    max_file_bytes: int
    record_fields: RecordFields


def _read_files(store: UnitStore, changed: list[tuple[int, Found, str]], settings: Settings, workers: _Workers) -> None:
    """Read new and changed files into the store.  A file gets its stamp only once all of it is stored,
    so a build stopped half-way reads it again."""
    expected = sum(PARALLEL_MIN_ITEMS if is_archive(found) else 1 for _, found, _ in changed)
    started: set[str] = set()
    for source, rows, notes in workers.map(_read_task, _read_tasks(changed, settings), expected):
        if source not in started:
            store.begin_file(source)
            started.add(source)
        store.add_rows(source, rows, notes)
    for rank, found, stamp in changed:
        if found.source not in started:
            store.begin_file(found.source)
        store.end_file(found.source, stamp, rank)


def _read_tasks(changed: list[tuple[int, Found, str]], settings: Settings) -> Iterator[_ReadTask]:
    """A plain file is one task, read by the worker; an archive's records go out in batches as they are read."""
    for _, found, _ in changed:
        failure = fetch_or_reject(found) if found.url else None
        if failure:
            yield _ReadTask(found.source, [failure], settings.max_file_bytes, settings.record_fields)
            continue
        if not is_archive(found):
            yield _ReadTask(found.source, [found], settings.max_file_bytes, settings.record_fields)
            continue
        try:
            for batch in _batched(documents_of(found, settings.max_file_bytes, settings.record_fields)):
                yield _ReadTask(found.source, batch, settings.max_file_bytes, settings.record_fields)
        except Unreadable as reason:
            yield _ReadTask(found.source, [unreadable(found, reason).rejected], settings.max_file_bytes,
                            settings.record_fields)


def _read_task(task: _ReadTask) -> tuple[str, list[tuple[bytes, bytes]], list[tuple[str, str, str]]]:
    """In a worker: the drafts (with their fingerprints) and the notes (kind, source, text) of a batch."""
    rows: list[tuple[bytes, bytes]] = []
    notes: list[tuple[str, str, str]] = []
    for item in task.items:
        reads = read_found(item, task.max_file_bytes, task.record_fields) if isinstance(item, Found) else [read_one(item)]
        for read in reads:
            notes += [("warning", read.source, warning) for warning in read.warnings]
            if read.rejected:
                notes.append(("rejected", read.rejected.source, read.rejected.reason))
            rows += [(encode(draft), fingerprint([p.text for p in draft.paragraphs]).to_bytes()) for draft in read.drafts]
    return task.source, rows, notes


# dedupe, finishing, grouping ----------------------------------------------------------------------

def _finish_changed(store: UnitStore, today: dt.date, catalog: Catalog | None, workers: _Workers) -> None:
    """Dedupe over the whole store; finish and group the drafts whose repeats changed or that are new."""
    redo = _repeats_to_redo(store)
    tasks = ((today, catalog, [(file, seq, draft, repeated) for (file, seq, repeated), draft
                               in zip(batch, store.drafts([(file, seq) for file, seq, _ in batch]))])
             for batch in _batched(redo))
    for finished in workers.map(_finish_task, tasks, len(redo)):
        store.save_finished(finished)


def _repeats_to_redo(store: UnitStore) -> list[tuple[str, int, list[int]]]:
    """(file, seq, repeats) of the drafts whose repeats are new or changed (the fingerprints of the
    whole store are dropped on return, before finishing starts)."""
    rows = list(store.fingerprints())
    drafts: dict[tuple[str, int], Draft] = {}

    def text_of(document: int, position: int) -> str:  # only for the few pairs that share a band key
        file, seq = rows[document][0], rows[document][1]
        if (file, seq) not in drafts:
            drafts[(file, seq)] = decode_draft(store.draft(file, seq))
        return drafts[(file, seq)].paragraphs[position].text

    repeats = resolve([fingerprint for _, _, fingerprint, _ in rows], text_of)
    return [(file, seq, sorted(repeated)) for (file, seq, _, stored), repeated in zip(rows, repeats)
            if stored is None or json.loads(stored) != sorted(repeated)]


def _finish_task(task: tuple[dt.date, Catalog | None, list[tuple[str, int, bytes, list[int]]]]) -> list[tuple[str, int, Finished]]:
    """In a worker: units (or rejections) from drafts and their repeats, grouped under the catalog."""
    today, catalog, items = task
    matcher = _matcher_of(catalog) if catalog else None
    done = []
    for file, seq, draft_data, repeated in items:
        result = finish_draft(decode_draft(draft_data), set(repeated), today)
        if isinstance(result, Rejected):
            done.append((file, seq, Finished(json.dumps(repeated), result.source, None, result.reason, None, None, "",
                                             "[]")))
            continue
        assignment = assign_unit(result, catalog, matcher) if catalog else None
        done.append((file, seq, Finished(json.dumps(repeated), result.id, encode(result), None,
                                         assignment and (assignment.event_id or UNASSIGNED),
                                         assignment and encode(assignment), _bidi(result),
                                         json.dumps(ambiguous_date_warnings([result]), ensure_ascii=False))))
    return done


def _regroup(store: UnitStore, catalog: Catalog, workers: _Workers) -> None:
    count = store.unit_count()
    tasks = ((catalog, batch) for batch in _batched(store.unit_rows()))
    for assignments in workers.map(_group_task, tasks, count):
        store.save_assignments(assignments)


def _group_task(task: tuple[Catalog, list[tuple[str, int, bytes]]]) -> list[tuple[str, int, str, bytes]]:
    catalog, items = task
    matcher = _matcher_of(catalog)
    done = []
    for file, seq, unit_data in items:
        assignment = assign_unit(decode_unit(unit_data), catalog, matcher)
        done.append((file, seq, assignment.event_id or UNASSIGNED, encode(assignment)))
    return done


_matchers: dict[str, object] = {}  # per process: a catalog's matcher takes half a second to build


def _matcher_of(catalog: Catalog):
    """Built once per worker process and catalog, not once per batch (catalogs hold dicts: no lru_cache)."""
    key = _hash(repr(catalog))
    if key not in _matchers:
        _matchers.clear()
        _matchers[key] = _matcher(catalog)
    return _matchers[key]


def _bidi(unit: Unit) -> str:
    return "".join(sorted(set().union(*(hidden_bidi(p.text) for p in unit.paragraphs))))
