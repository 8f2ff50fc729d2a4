"""The unit store: what ingestion and grouping made of the corpus, kept in one SQLite file.

A news archive does not fit in memory as Python objects, so nothing holds the whole corpus:
each draft (a unit before dedupe), its dedupe fingerprint, the unit it became and its event
assignment are rows, and a build reads the units of one event at a time.  Rows are kept per
file with the file's stamp (size and modification time), so the next build re-reads only new
and changed files (ingest.py decides what to redo).  Values are msgspec MessagePack of the
pipeline's own dataclasses: typed decoding, never pickle.  SQLite is in Python's standard
library, needs no server and keeps an index on the event column.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import msgspec

from briefgen.corpus import Draft
from briefgen.dedupe import Fingerprint
from briefgen.grouping import Assignment
from briefgen.model import Corpus, Rejected, Unit

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files(source TEXT PRIMARY KEY, stamp TEXT NOT NULL, rank INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS drafts(
    file TEXT NOT NULL, seq INTEGER NOT NULL, draft BLOB NOT NULL, print BLOB NOT NULL,
    repeated TEXT, unit_id TEXT, unit BLOB, rejected TEXT, event TEXT, assignment BLOB, bidi TEXT, warnings TEXT);
CREATE UNIQUE INDEX IF NOT EXISTS drafts_by_place ON drafts(file, seq);
CREATE INDEX IF NOT EXISTS drafts_by_event ON drafts(event);
CREATE TABLE IF NOT EXISTS notes(file TEXT NOT NULL, seq INTEGER NOT NULL, kind TEXT NOT NULL,
    source TEXT NOT NULL, text TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS notes_by_file ON notes(file);
CREATE TABLE IF NOT EXISTS analyses(key TEXT PRIMARY KEY, value BLOB NOT NULL);
"""
LOADED_REPEATS = "loaded_repeats"  # meta key: the repeats counted by the engine whose units were loaded
UNASSIGNED = ""  # the event column of a unit about no listed event (NULL: not grouped yet)


def _in_order(columns: str, where: str = "") -> str:
    """A query over drafts in corpus order: by the file's place in the listing, then within the file."""
    return (f"SELECT {columns} FROM drafts JOIN files ON files.source = drafts.file "
            f"{'WHERE ' + where if where else ''} ORDER BY files.rank, drafts.seq")


@dataclass(frozen=True)
class Finished:
    """A draft once dedupe and grouping are done, encoded for its row."""

    repeated: str  # JSON list of the paragraph positions removed as repeats
    unit_id: str | None  # for a draft rejected as all repeat, its file
    unit: bytes | None
    rejected: str | None  # the reason, for a draft that is all repeat
    event: str | None
    assignment: bytes | None
    bidi: str  # the bidi controls its text carries (packs show them rather than obey them)
    warnings: str  # JSON list: dates the text leaves ambiguous


def encode(value) -> bytes:
    return msgspec.msgpack.encode(value, enc_hook=str)  # front matter may hold dates or other YAML scalars


def decode_unit(data: bytes) -> Unit:
    return msgspec.msgpack.decode(data, type=Unit)


def decode_draft(data: bytes) -> Draft:
    return msgspec.msgpack.decode(data, type=Draft)


def decode_assignment(data: bytes) -> Assignment:
    return msgspec.msgpack.decode(data, type=Assignment)


class UnitStore:
    """One SQLite database; `path` None is a private temporary one (deleted when closed)."""

    def __init__(self, path: Path | None):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._path = path
        try:
            self._db = self._open(path)
        except sqlite3.DatabaseError:  # not a database (replaced, truncated): a cache, so start afresh
            self._remove_files(path)
            self._db = self._open(path)
        self._lock = threading.RLock()
        self._next: dict[str, list[int]] = {}  # file being read -> next draft and note numbers

    @staticmethod
    def _remove_files(path: Path) -> None:
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        # one connection, also read by the render threads: the lock serialises them
        db = sqlite3.connect(str(path) if path else "", check_same_thread=False, isolation_level=None, timeout=60)
        db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;" + SCHEMA)
        return db

    def close(self) -> None:
        self._db.close()

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """One transaction (the connection is in autocommit mode, so each statement would be one)."""
        with self._lock:
            self._db.execute("BEGIN")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _rows(self, sql: str, *args) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _iterate(self, sql: str, *args, batch: int = 500) -> Iterator[tuple]:
        """Rows a batch at a time, so a query over the whole archive never sits in memory."""
        with self._lock:
            cursor = self._db.execute(sql, args)
            rows = cursor.fetchmany(batch)
        while rows:
            yield from rows
            with self._lock:
                rows = cursor.fetchmany(batch)

    # bookkeeping -------------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM meta WHERE key = ?", key)
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def clear(self) -> None:
        """Forget everything: the code or the reading options changed what a file becomes.  A store file is
        removed and made anew (deleting a large archive's rows one by one takes longer)."""
        with self._lock:
            if self._path is None:
                for table in ("meta", "files", "drafts", "notes", "analyses"):
                    self._db.execute(f"DELETE FROM {table}")
                return
            self._db.close()
            self._remove_files(self._path)
            self._db = self._open(self._path)

    def stamps(self) -> dict[str, str]:
        return dict(self._rows("SELECT source, stamp FROM files"))

    def keep_files(self, ranked: list[tuple[str, str]]) -> tuple[list[str], dict[str, str]]:
        """Files now listed, in corpus order as (source, stamp): ranks are updated, the rows of files no
        longer listed are dropped; returns the sources dropped and the stamps of the files kept."""
        listed = {source for source, _ in ranked}
        stamps = self.stamps()
        gone = [source for source in stamps if source not in listed]
        with self._transaction():
            for source in gone:
                self._forget(source)
            for table in ("drafts", "notes"):  # rows of a read that was stopped before its file was stored whole
                self._db.execute(f"DELETE FROM {table} WHERE file NOT IN (SELECT source FROM files)")
            self._db.executemany("UPDATE files SET rank = ? WHERE source = ?",
                                 [(rank, source) for rank, (source, _) in enumerate(ranked)])
        return gone, {source: stamp for source, stamp in stamps.items() if source in listed}

    def _forget(self, source: str) -> None:
        for table in ("drafts", "notes"):
            self._db.execute(f"DELETE FROM {table} WHERE file = ?", (source,))
        self._db.execute("DELETE FROM files WHERE source = ?", (source,))

    def begin_file(self, source: str) -> None:
        """Drop what was stored for a file about to be read again."""
        with self._transaction():
            self._forget(source)
        self._next[source] = [0, 0]

    def add_rows(self, source: str, drafts: list[tuple[bytes, bytes]], notes: list[tuple[str, str, str]]) -> None:
        """More of a file being read: drafts as (draft, fingerprint) blobs, notes as (kind, source, text)
        with kind 'rejected' or 'warning', each in reading order."""
        draft_seq, note_seq = self._next[source]
        with self._transaction():
            self._db.executemany("INSERT INTO drafts(file, seq, draft, print) VALUES (?, ?, ?, ?)",
                                 ((source, draft_seq + n, draft, fingerprint) for n, (draft, fingerprint) in enumerate(drafts)))
            self._db.executemany("INSERT INTO notes VALUES (?, ?, ?, ?, ?)",
                                 ((source, note_seq + n, kind, name, text) for n, (kind, name, text) in enumerate(notes)))
        self._next[source] = [draft_seq + len(drafts), note_seq + len(notes)]

    def end_file(self, source: str, stamp: str, rank: int) -> None:
        """The file is stored whole: only now does it get its stamp (a build stopped half-way re-reads it)."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", (source, stamp, rank))
        self._next.pop(source, None)

    def load(self, corpus: Corpus, assignments: Iterable[Assignment], bidi: Callable[[Unit], str]) -> None:
        """Units grouped elsewhere (the Dask engine), in corpus order: packs then read them as usual.  Rows
        hold no drafts or fingerprints, so the local engine starts this store afresh."""
        self.clear()
        self.set_meta(LOADED_REPEATS, str(corpus.duplicates_removed))
        ranks: dict[str, int] = {"": -1}  # rejected files and warnings hang on a file of no name
        with self._transaction():
            for seq, (unit, assignment) in enumerate(zip(corpus.units, assignments, strict=True)):
                ranks.setdefault(unit.source, len(ranks))
                self._db.execute(
                    "INSERT INTO drafts(file, seq, draft, print, repeated, unit_id, unit, event, assignment, bidi, "
                    "warnings) VALUES (?, ?, x'', x'', '[]', ?, ?, ?, ?, ?, '[]')",
                    (unit.source, seq, unit.id, encode(unit), assignment.event_id or UNASSIGNED, encode(assignment),
                     bidi(unit)))
            self._db.executemany("INSERT INTO files VALUES (?, 'elsewhere', ?)", ranks.items())
            self._db.executemany("INSERT INTO notes VALUES ('', ?, 'rejected', ?, ?)",
                                 ((n, r.source, r.reason) for n, r in enumerate(corpus.rejected)))
            self._db.executemany("INSERT INTO notes VALUES ('', ?, 'warning', '', ?)", enumerate(corpus.warnings))

    # dedupe and grouping ------------------------------------------------------------------------------

    def fingerprints(self) -> Iterator[tuple[str, int, Fingerprint, str | None]]:
        """(file, seq, fingerprint, stored repeats) of every draft, in corpus order."""
        for file, seq, data, repeated in self._iterate(_in_order("file, seq, print, repeated")):
            yield file, seq, Fingerprint.from_bytes(data), repeated

    def draft(self, file: str, seq: int) -> bytes:
        return self._rows("SELECT draft FROM drafts WHERE file = ? AND seq = ?", file, seq)[0][0]

    def drafts(self, places: list[tuple[str, int]]) -> list[bytes]:
        """Several drafts by (file, seq), in the order asked, one query per file."""
        found: dict[tuple[str, int], bytes] = {}
        by_file: dict[str, list[int]] = {}
        for file, seq in places:
            by_file.setdefault(file, []).append(seq)
        for file, seqs in by_file.items():
            marks = ",".join("?" * len(seqs))
            for seq, data in self._rows(f"SELECT seq, draft FROM drafts WHERE file = ? AND seq IN ({marks})", file, *seqs):
                found[(file, seq)] = data
        return [found[place] for place in places]

    def save_finished(self, rows: Iterable[tuple[str, int, Finished]]) -> None:
        with self._transaction():
            self._db.executemany(
                "UPDATE drafts SET repeated = ?, unit_id = ?, unit = ?, rejected = ?, event = ?, assignment = ?, "
                "bidi = ?, warnings = ? WHERE file = ? AND seq = ?",
                ((f.repeated, f.unit_id, f.unit, f.rejected, f.event, f.assignment, f.bidi, f.warnings, file, seq)
                 for file, seq, f in rows))

    def save_assignments(self, rows: Iterable[tuple[str, int, str, bytes]]) -> None:
        """(file, seq, event, assignment) after the catalog changed."""
        with self._transaction():
            self._db.executemany("UPDATE drafts SET event = ?, assignment = ? WHERE file = ? AND seq = ?",
                                 ((event, assignment, file, seq) for file, seq, event, assignment in rows))

    def unfinish_all(self) -> None:
        """Every draft is finished (dated, deduped, grouped) again on the next ingestion; none is read again."""
        with self._lock:
            self._db.execute("UPDATE drafts SET repeated = NULL")

    def unfinished(self) -> bool:
        return bool(self._rows("SELECT 1 FROM drafts WHERE repeated IS NULL LIMIT 1"))

    def unit_rows(self) -> Iterator[tuple[str, int, bytes]]:
        """(file, seq, unit) of every unit, in corpus order."""
        return self._iterate(_in_order("file, seq, unit", "unit IS NOT NULL"))

    def analysis(self, key: str) -> bytes | None:
        """A unit's analysis (pack.UnitAnalysis) stored under a key covering the unit, the catalog's people
        and the options: an event that gains units re-reads only the new ones for quotations."""
        rows = self._rows("SELECT value FROM analyses WHERE key = ?", key)
        return rows[0][0] if rows else None

    def save_analysis(self, key: str, value: bytes) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?)", (key, value))

    # what a build reads -------------------------------------------------------------------------------

    def units(self, event: str | None = None) -> Iterator[Unit]:
        """Every unit in corpus order, or those of one event (UNASSIGNED: about no listed event)."""
        if event is None:
            rows = self._iterate(_in_order("unit", "unit IS NOT NULL"))
        else:
            rows = self._iterate(_in_order("unit", "event = ?"), event)
        return (decode_unit(data) for (data,) in rows)

    def unit_ids(self, event: str) -> list[str]:
        return [unit_id for (unit_id,) in self._rows(_in_order("unit_id", "event = ?"), event)]

    def assignments(self) -> Iterator[Assignment]:
        rows = self._iterate(_in_order("assignment", "assignment IS NOT NULL"))
        return (decode_assignment(data) for (data,) in rows)

    def unit_count(self) -> int:
        return self._rows("SELECT count(*) FROM drafts WHERE unit IS NOT NULL")[0][0]

    def repeats_removed(self) -> int:
        """Paragraphs removed as repeats: counted from the drafts, or as the engine that grouped them counted."""
        loaded = self.meta(LOADED_REPEATS)
        if loaded is not None:
            return int(loaded)
        return self._rows("SELECT coalesce(sum(json_array_length(repeated)), 0) FROM drafts WHERE repeated != '[]'")[0][0]

    def rejected(self) -> list[Rejected]:
        notes = self._rows("SELECT source, text FROM notes WHERE kind = 'rejected'")
        repeats = self._rows("SELECT unit_id, rejected FROM drafts WHERE rejected IS NOT NULL")
        return [Rejected(source, reason) for source, reason in [*notes, *repeats]]

    def warnings(self) -> list[str]:
        """What reading repaired, then the dates units leave ambiguous, each in corpus order."""
        read = [text for (text,) in self._rows(
            "SELECT text FROM notes JOIN files ON files.source = notes.file WHERE kind = 'warning' "
            "ORDER BY files.rank, notes.seq")]
        dates = self._rows(_in_order("warnings", "warnings IS NOT NULL AND warnings != '[]'"))
        return read + [warning for (text,) in dates for warning in json.loads(text)]

    def bidi_sources(self) -> list[tuple[str, str]]:
        """(source, controls) of the units whose text carries bidi controls, in corpus order."""
        return [(decode_unit(unit).source, bidi) for unit, bidi in  # (loaded stores hold units, not drafts)
                self._rows(_in_order("unit, bidi", "bidi != '' AND unit IS NOT NULL"))]
