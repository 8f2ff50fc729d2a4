"""Ingestion: every file in the corpus folder becomes units (with provenance) or a rejected entry.

Order of work: read each file (readers.py), split forum pages into posts (forum.py) or
articles into units, pull links out of the text, then remove text pasted twice across the
whole corpus (dedupe.py), and finally read dates and the language off each unit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen import dates, facts
from briefgen.archives import DEFAULT_FIELDS, RecordFields, read_archive
from briefgen.dedupe import find_repeats
from briefgen.discovery import Found, printable, scan
from briefgen.errors import CorpusError
from briefgen.forum import parse_thread, post_id_suffix
from briefgen.model import Corpus, Paragraph, QuotedReply, Rejected, Unit
from briefgen.readers import ARCHIVE_SUFFIXES, DEFAULT_MAX_FILE_BYTES, Document, Unreadable, read_document

TITLE_MAX_WORDS = 25
DATELINE_REACH = 120  # a date this close to the start of the first paragraph is its dateline
_SENTENCE_END = re.compile(r"[.!?;:…]['\"’”»)]*$")
_BYLINE = re.compile(r"^(?:By|BY|Автор:?)\s+\S.{0,60}$")
_SEPARATOR_LINE = re.compile(r"^\s*(?:-{3,}|\*{3,}|={3,}|_{3,}|(?:\*\s){2,}\*)\s*$")
MIN_SPLIT_WORDS = 50
DATE_LINE_MAX = 64  # a paragraph that is a date alone ("Wednesday, 23 November 2022") is never longer


@dataclass
class Draft:
    """A unit before duplicates are removed and facts are read; plain data, so it can be stored or
    sent to another process."""

    source: str
    suffix: str
    first_line: int
    last_line: int
    paragraphs: list[Paragraph]
    post: int | None = None
    author: str | None = None
    urls: list[str] = field(default_factory=list)
    quoted: tuple[QuotedReply, ...] = ()
    meta: dict = field(default_factory=dict)
    file_language: str = "und"  # the whole document's language: short units fall back on it
    date_convention: str | None = None  # 'dmy'/'mdy' when the document's own numeric dates settle it

    @property
    def id(self) -> str:
        return self.source + self.suffix


@dataclass
class DocumentRead:
    """What reading one document gave: its drafts, or why it was rejected, and what was repaired."""

    source: str
    drafts: list[Draft] = field(default_factory=list)
    rejected: Rejected | None = None
    warnings: tuple[str, ...] = ()


def read_corpus(corpus_dir: Path, *, exclude: tuple[Path, ...] = (),
                max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, today: dt.date | None = None,
                follow_external_symlinks: bool = False, record_fields: RecordFields = DEFAULT_FIELDS) -> Corpus:
    """Read every file under corpus_dir into units; unreadable files are rejected with a reason.

    `exclude` holds files (the catalog) and folders (briefgen's output and cache) that are not texts.
    A JSONL or Parquet file holds an article per record (`record_fields` names its columns): each record
    is read like a file of its own, `<file>:<record>`, and rejected on its own.  This reads the whole
    corpus into memory; build.py streams large corpora through an on-disk store (store.py) instead."""
    if not corpus_dir.is_dir():
        raise CorpusError("corpus folder not found", corpus_dir)
    today = today or dt.date.today()
    listing = scan(corpus_dir, exclude, follow_external_symlinks)
    drafts: list[Draft] = []
    rejected: list[Rejected] = list(listing.rejected)
    warnings: list[str] = []
    for found in listing.files:
        for read in read_found(found, max_file_bytes, record_fields):
            drafts.extend(read.drafts)
            rejected.extend([read.rejected] if read.rejected else [])
            warnings.extend(read.warnings)
    repeats = find_repeats([[p.text for p in draft.paragraphs] for draft in drafts])
    units: list[Unit] = []
    for draft, repeated in zip(drafts, repeats):
        finished = finish_draft(draft, repeated, today)
        (units if isinstance(finished, Unit) else rejected).append(finished)
    return Corpus(tuple(units), tuple(sorted(rejected, key=lambda r: r.source)), sum(map(len, repeats)),
                  tuple(warnings) + ambiguous_date_warnings(units), tuple(listing.notices))


def read_found(found: Found, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
               record_fields: RecordFields = DEFAULT_FIELDS) -> Iterator[DocumentRead]:
    """The drafts of one listed file (of each record, for an archive), one document at a time."""
    try:
        for document in documents_of(found, max_file_bytes, record_fields):
            yield read_one(document)
    except Unreadable as reason:
        yield unreadable(found, reason)


def is_archive(found: Found) -> bool:
    """A crawl export (JSONL, Parquet): one document per record."""
    return found.path.suffix.lower() in ARCHIVE_SUFFIXES


def documents_of(found: Found, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                 record_fields: RecordFields = DEFAULT_FIELDS) -> Iterator[Document | Rejected]:
    """A file's documents: itself, or an archive's records (a Rejected for a record that is no article).
    Raises Unreadable for a file that cannot be read at all."""
    if is_archive(found):
        yield from read_archive(found.path, found.source, max_file_bytes, record_fields)
    else:
        yield read_document(found.path, found.source, max_file_bytes)


def read_one(document: Document | Rejected) -> DocumentRead:
    """One document's drafts, or why it gave none."""
    if isinstance(document, Rejected):
        return DocumentRead(document.source, rejected=document)
    warnings = tuple(f"{document.source}: {warning}" for warning in document.warnings)
    drafts = drafts_from_document(document)
    if not drafts:
        return DocumentRead(document.source, rejected=Rejected(
            document.source, "no text left once forum chrome and links are removed"), warnings=warnings)
    return DocumentRead(document.source, drafts, warnings=warnings)


def unreadable(found: Found, reason: Unreadable) -> DocumentRead:
    return DocumentRead(found.source, rejected=Rejected(found.source, printable(str(reason))))  # it may quote a zip member's name


def drafts_from_document(document: Document) -> list[Draft]:
    """Split a document into draft units: forum posts, or one article (several when separated)."""
    text = "\n".join(document.lines)
    thread = parse_thread(document.lines, document.source)
    if thread is not None:
        drafts = [
            Draft(document.source, post_id_suffix(post), post.first_line, post.last_line,
                  [Paragraph(line_text, line) for line, line_text in post.body], post.number, post.author,
                  quoted=post.quoted, meta=document.meta)
            for post in thread.posts
        ]
    else:
        drafts = [
            Draft(document.source, suffix, first, last, paragraphs, author=document.meta.get("author"),
                  meta=document.meta)
            for suffix, first, last, paragraphs in _article_parts(document)
        ]
    convention = dates.numeric_convention(text)
    stated_language = document.meta.get("lang") or document.meta.get("language")
    file_language = "und" if stated_language else facts.detect_language(text)  # only read when none is stated
    for draft in drafts:
        draft.date_convention = convention
        draft.file_language = file_language
        _pull_links(draft)
        draft.urls = list(dict.fromkeys(document.meta.get("urls", []) + draft.urls +
                                        ([document.meta["url"]] if document.meta.get("url") else [])))
    return [draft for draft in drafts if draft.paragraphs or draft.quoted]


def _article_parts(document: Document) -> list[tuple[str, int, int, list[Paragraph]]]:
    """One article per file, or several when a plain-text file separates them with '-----' lines."""
    paragraphs = _paragraphs(document)
    if not paragraphs:
        return []
    last = max((n for n, line in enumerate(document.lines, 1) if line.strip()), default=1)
    parts = _split_on_separators(paragraphs, document) if document.kind == "text" else [paragraphs]
    if len(parts) == 1:
        return [("", 1, last, paragraphs)]
    bounds = [part[0].line for part in parts[1:]] + [last + 1]
    return [(f"#{number}", part[0].line, bound - 1, part)
            for number, (part, bound) in enumerate(zip(parts, bounds), 1)]


def _paragraphs(document: Document) -> list[Paragraph]:
    """Paragraphs with their first source line; hard-wrapped plain text is joined back up."""
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(document.lines, 1):
        if line.strip():
            blocks[-1].append((number, line.strip()))
        elif blocks[-1]:
            blocks.append([])
    blocks = [block for block in blocks if block]
    wrapped = document.kind == "text" and _looks_hard_wrapped(blocks)
    paragraphs = []
    for block in blocks:
        groups = [block] if wrapped else [[line] for line in block]
        for group in groups:
            role = document.line_roles.get(group[0][0], "body")
            paragraphs.append(Paragraph(" ".join(text for _, text in group), group[0][0], role))
    return paragraphs


def _looks_hard_wrapped(blocks: list[list[tuple[int, str]]]) -> bool:
    """Wire copy wrapped at ~72 columns: most lines sit in multi-line blocks and stop short."""
    lines = [text for block in blocks for _, text in block]
    in_runs = sum(len(block) for block in blocks if len(block) > 1)
    short = sum(1 for text in lines if len(text) <= 100)
    return len(lines) > 3 and in_runs > 0.6 * len(lines) and short > 0.8 * len(lines)


def _split_on_separators(paragraphs: list[Paragraph], document: Document) -> list[list[Paragraph]]:
    parts: list[list[Paragraph]] = [[]]
    for paragraph in paragraphs:
        if _SEPARATOR_LINE.match(paragraph.text):
            parts.append([])
        else:
            parts[-1].append(paragraph)
    parts = [part for part in parts if part]
    if len(parts) > 1 and all(sum(len(p.text.split()) for p in part) >= MIN_SPLIT_WORDS for part in parts):
        return parts
    return [[p for p in paragraphs if not _SEPARATOR_LINE.match(p.text)]]


def _pull_links(draft: Draft) -> None:
    """Bare link lines become the unit's URLs; links inside sentences stay in the text too."""
    kept = []
    for paragraph in draft.paragraphs:
        urls, rest = facts.split_link_paragraph(paragraph.text)
        draft.urls.extend(urls)
        draft.urls.extend(facts.find_urls(rest))
        if rest:
            kept.append(replace(paragraph, text=rest))
    draft.paragraphs = kept


def finish_draft(draft: Draft, repeated: set[int], today: dt.date) -> Unit | Rejected:
    """The unit a draft becomes once its repeated paragraphs are known (a draft that is all repeat is
    rejected, unless it is one post or part of a file that has others)."""
    kept = [p for position, p in enumerate(draft.paragraphs) if position not in repeated]
    if not kept and not draft.quoted and not draft.suffix:
        return Rejected(draft.source, "repeats text already read from earlier files")
    removed = tuple(p for position, p in enumerate(draft.paragraphs) if position in repeated)
    return replace(_unit(draft, kept, len(repeated), today), repeated=removed)


def ambiguous_date_warnings(units: Iterable[Unit]) -> tuple[str, ...]:
    return tuple(f"{unit.id}: '{mention.text}' could be {' or '.join(mention.readings)}; the text does not say which"
                 for unit in units for mention in unit.dates if mention.readings)


def _unit(draft: Draft, paragraphs: list[Paragraph], removed: int, today: dt.date) -> Unit:
    paragraphs = _with_roles(paragraphs, draft.meta, today)
    unit = Unit(
        id=draft.source + draft.suffix,
        source=draft.source,
        paragraphs=tuple(paragraphs),
        first_line=draft.first_line,
        last_line=draft.last_line,
        post=draft.post,
        author=draft.author,
        title=draft.meta.get("title") or next((p.text for p in paragraphs if p.role == "title"), None),
        urls=tuple(dict.fromkeys(draft.urls)),
        duplicates_removed=removed,
        quoted_replies=draft.quoted,
    )
    mentions = dates.find_dates(unit.text, today, draft.date_convention)
    language = draft.meta.get("lang") or draft.meta.get("language")
    return replace(
        unit,
        dates=mentions,
        date=_publication_date(unit, mentions, draft.meta),
        lang=(language or facts.detect_language(unit.text, fallback=draft.file_language)).split("-")[0].lower(),
    )


def _with_roles(paragraphs: list[Paragraph], meta: dict, today: dt.date) -> list[Paragraph]:
    """Mark the headline (a short first paragraph with no closing punctuation) and bylines."""
    result = []
    for position, paragraph in enumerate(paragraphs):
        role = paragraph.role
        words = len(paragraph.text.split())
        if role == "body" and position == 0 and len(paragraphs) > 1 and not meta.get("title"):
            if words <= TITLE_MAX_WORDS and not _SENTENCE_END.search(paragraph.text):
                role = "title"
        if role == "body" and position < 4 and (_BYLINE.match(paragraph.text) or _is_date_line(paragraph.text, today)):
            role = "byline"
        result.append(replace(paragraph, role=role) if role != paragraph.role else paragraph)
    return result


def _is_date_line(text: str, today: dt.date) -> bool:
    if len(text) > DATE_LINE_MAX:  # longer than any one date: not read for dates at all
        return False
    found = dates.find_dates(text, today)
    return len(found) == 1 and len(text.strip(" .,")) <= len(found[0].text) + 2


def _publication_date(unit: Unit, mentions, meta: dict) -> str | None:
    """The date the text was published, when its metadata, headline, byline or dateline says."""
    stated = str(meta.get("date") or "")
    if re.match(r"^\d{4}-\d{2}-\d{2}", stated):
        return stated[:10]
    header_spans = []
    body_seen = False
    for paragraph, offset in zip(unit.paragraphs, unit.paragraph_offsets):
        if paragraph.role in ("title", "byline"):
            header_spans.append((offset, offset + len(paragraph.text)))
        elif not body_seen:
            header_spans.append((offset, offset + DATELINE_REACH))
            body_seen = True
    for mention in mentions:
        if mention.start and any(start <= mention.offset < end for start, end in header_spans):
            return mention.start
    return _date_in_url(unit.url or str(meta.get("url") or ""))


_URL_DATE = re.compile(r"/(?P<y>20\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|$|[^\d])|/(?P<compact>20\d{6})/")


def _date_in_url(url: str) -> str | None:
    """News sites put the publication date in the path: /2022/6/23/..., /2024-10-22/..., /20240703/."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    if match.group("compact"):
        year, month, day = match.group("compact")[:4], match.group("compact")[4:6], match.group("compact")[6:]
    else:
        year, month, day = match.group("y"), match.group("m"), match.group("d")
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
