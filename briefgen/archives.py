"""Crawl exports: JSON Lines and Parquet files holding one article per record.

A news desk's archive arrives as `{"url", "title", "date", "lang", "text"}` records rather than as
one file per article.  Each record becomes a Document of its own, named `<file>:<record>` (the line
of a JSONL file, the row of a Parquet file, from 1), so every sentence keeps its provenance.  Files are
read in chunks (a line, a Parquet record batch), never whole; a record that is not an article is
rejected on its own, with its reason, and the rest of the file is read.  Column names are configurable
for exports that call the text `body` or the date `published`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from briefgen.model import Rejected
from briefgen.readers import Document, Unreadable, nonblank_lines

RECORD_FIELDS = ("url", "title", "date", "lang", "text")
PARQUET_BATCH_ROWS = 1_000


@dataclass(frozen=True)
class RecordFields:
    """Which column holds what: {"text": "body", "date": "published"} for an export that names them so."""

    names: Mapping[str, str]

    @classmethod
    def parse(cls, pairs: tuple[str, ...] = ()) -> RecordFields:
        """From `field=column` pairs (the CLI's --record-field); unknown fields are an error."""
        names = {name: name for name in RECORD_FIELDS}
        for pair in pairs:
            field, _, column = pair.partition("=")
            if field not in RECORD_FIELDS or not column:
                raise ValueError(f"--record-field {pair!r}: expected FIELD=COLUMN with FIELD one of "
                                 f"{', '.join(RECORD_FIELDS)}")
            names[field] = column
        return cls(names)

    def read(self, record: Mapping) -> dict:
        return {field: record.get(column) for field, column in self.names.items()}


DEFAULT_FIELDS = RecordFields.parse()


def read_archive(path: Path, source: str, max_record_bytes: int,
                 fields: RecordFields = DEFAULT_FIELDS) -> Iterator[Document | Rejected]:
    """The articles of one archive file, in order: a Document per record, or a Rejected naming the record."""
    records = _jsonl_records(path, max_record_bytes) if path.suffix.lower() == ".jsonl" else _parquet_records(path)
    for number, record in records:
        name = f"{source}:{number}"
        if isinstance(record, str):  # a reason: the line could not be read as a record
            yield Rejected(name, record)
            continue
        try:
            yield _document(fields.read(record), name, max_record_bytes)
        except Unreadable as reason:
            yield Rejected(name, str(reason))


def _jsonl_records(path: Path, max_record_bytes: int) -> Iterator[tuple[int, Mapping | str]]:
    """(line number, record or the reason it is none); a line is read up to the cap, never whole."""
    with path.open("rb") as stream:
        number = 0
        while line := stream.readline(max_record_bytes + 1):
            number += 1
            if len(line) > max_record_bytes and not line.endswith(b"\n"):
                while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of an oversized line in bounded pieces
                yield number, f"record larger than {max_record_bytes // 1_000_000} MB"
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:  # JSONDecodeError and UnicodeDecodeError both are
                yield number, f"not a JSON record: {str(error).splitlines()[0]}"
                continue
            yield number, record if isinstance(record, dict) else "not a JSON object"


def _parquet_records(path: Path) -> Iterator[tuple[int, Mapping | str]]:
    try:
        import pyarrow.parquet as parquet
    except ImportError:
        raise Unreadable("reading Parquet needs pyarrow: pip install 'briefgen[parquet]'") from None
    try:
        archive = parquet.ParquetFile(path)
        number = 0
        for batch in archive.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for record in batch.to_pylist():
                number += 1
                yield number, record
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        raise Unreadable(f"cannot read Parquet: {str(error).splitlines()[0]}") from None


def _document(record: dict, source: str, max_record_bytes: int) -> Document:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise Unreadable("record has no text")
    if len(text.encode("utf-8")) > max_record_bytes:
        raise Unreadable(f"record text larger than {max_record_bytes // 1_000_000} MB")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    lines = nonblank_lines(([title] if title and title.strip() else []) + text.replace("\x00", "").splitlines())
    meta = {key: _plain(record[key]) for key in ("url", "title", "date", "lang") if record.get(key)}
    return Document(source, lines, "text", meta, {1: "title"} if title and title.strip() else {})


def _plain(value) -> str:
    """Dates arrive as strings in JSON and as date/timestamp values from Parquet."""
    return value.date().isoformat() if isinstance(value, dt.datetime) else \
        value.isoformat() if isinstance(value, dt.date) else str(value)
