"""Build orchestration: which packs, what can be reused, parallel rendering, the manifest.

Every artifact has a key: a hash of everything that shapes its bytes (the units it uses, the
catalog entry and people, the options, the house style files, the locale, the format, the
prepared-on date and briefgen's version).  An artifact whose key and bytes match the last
manifest is reused without summarizing or rendering.  Ingestion results and event content
(summaries, quotes) are cached in the cache folder, so a template change re-renders without
re-summarizing and a source change re-summarizes only the events that use it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TypeVar

import msgspec

from briefgen import __version__
from briefgen.archives import DEFAULT_FIELDS, RecordFields
from briefgen.budget import Budget
from briefgen.catalog import Catalog, Event, bundled_catalog_path, load_catalog
from briefgen.ingest import Ingested, ingest, ingested_elsewhere
from briefgen.errors import InputError, RenderError, TemplateError
from briefgen.grouping import Assignment
from briefgen.fonts import font_dirs
from briefgen.l10n import LOCALES_DIR, Localizer, locale_info, resolve_locales
from briefgen.model import Rejected, Unit
from briefgen.store import UNASSIGNED, encode
from briefgen.pack import EventContent, Options, UnitAnalysis, analyze_unit, build_pack, event_content
from briefgen.outdir import output_lock, remove_artifacts
from briefgen.readers import DEFAULT_MAX_FILE_BYTES
from briefgen.remote import fetch_catalog, is_url
from briefgen.render import (RTL_SEARCHABLE_NOTE, CompiledTemplates, HouseStyle, house_style, render_markdown, to_docx,
                             to_html, to_pdf, visible_bidi, without_language_spans, write_atomic)
from briefgen.site import INDEX, render_site, site_from_manifest
from briefgen.typst_worker import TypstWorkers

FORMATS = ("md", "docx", "pdf", "html")
MANIFEST = "manifest.json"
STORE = "units.sqlite"
DEFAULT_CACHE_DIR = Path(".briefgen-cache")
T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    """One build's configuration; every CLI option maps to a field here."""

    corpus_dir: Path | str = Path("corpus")  # a folder, or an fsspec URL (remote.py)
    out_dir: Path = Path("output")
    events_file: Path | None = None  # default: <corpus_dir>/events.yaml
    templates_dir: Path | None = None
    locales: tuple[str, ...] = ("en",)
    formats: tuple[str, ...] = FORMATS
    events: tuple[str, ...] = ()  # empty: every event in the catalog
    options: Options = field(default_factory=Options)
    jobs: int = field(default_factory=lambda: os.cpu_count() or 1)
    cache_dir: Path = DEFAULT_CACHE_DIR
    use_cache: bool = True
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    follow_external_symlinks: bool = False  # read symlinks that lead outside the corpus folder
    record_fields: RecordFields = DEFAULT_FIELDS  # the columns of JSONL and Parquet archives
    source_date_epoch: int | None = None
    budget: Budget = field(default_factory=Budget)  # per pandoc or Typst run
    engine: str = "local"  # "dask": read, dedupe and group on a Dask cluster (dask_engine.py)
    scheduler: str | None = None  # the Dask scheduler's address; None starts a LocalCluster of `jobs` workers

    @functools.cached_property
    def events_path(self) -> Path:
        """--events, else the corpus's own events.yaml (a URL's copied into the cache once), else the
        catalog bundled with briefgen."""
        if self.events_file:
            return self.events_file
        if is_url(self.corpus_dir):
            return fetch_catalog(self.corpus_dir, self.cache_dir) or bundled_catalog_path()
        own = self.corpus_dir / "events.yaml"
        return own if own.exists() or not self.corpus_dir.is_dir() else bundled_catalog_path()

    @property
    def catalog_notice(self) -> str | None:
        """One line saying the bundled catalog stands in for a corpus that has none."""
        if self.events_file or self.events_path != bundled_catalog_path():
            return None
        return f"{self.corpus_dir} has no events.yaml: using the catalog bundled with briefgen ({self.events_path})"

    @property
    def timestamp(self) -> dt.datetime:
        """SOURCE_DATE_EPOCH when set, else midnight (UTC) today: stable for the day."""
        if self.source_date_epoch is not None:
            return dt.datetime.fromtimestamp(self.source_date_epoch, dt.timezone.utc)
        today = dt.datetime.now(dt.timezone.utc).date()
        return dt.datetime(today.year, today.month, today.day, tzinfo=dt.timezone.utc)

    @property
    def today(self) -> dt.date:
        return self.timestamp.date()


@dataclass(frozen=True)
class Artifact:
    event: str
    locale: str
    format: str
    path: str  # relative to the output folder
    key: str
    units: tuple[str, ...]
    status: str = "pending"  # built, reused, failed
    size: int = 0
    sha256: str = ""
    seconds: float = 0.0
    error: str = ""
    warnings: tuple[str, ...] = ()  # kept in the manifest, so a reused artifact still reports them


@dataclass
class BuildResult:
    artifacts: list[Artifact]
    corpus: CorpusSummary
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    interrupted: bool = False  # Ctrl-C: `artifacts` holds only what was built or reused before it
    removed: list[str] = field(default_factory=list)  # packs of events no longer in the catalog (paths in out_dir)
    phases: dict[str, float] = field(default_factory=dict)  # seconds: load (inputs, grouping), plan, render, manifest

    def count(self, status: str) -> int:
        return sum(1 for artifact in self.artifacts if artifact.status == status)

    @property
    def stale(self) -> list[Artifact]:
        return [artifact for artifact in self.artifacts if artifact.status == "stale"]


@dataclass(frozen=True)
class CorpusSummary:
    """What a build tells about its corpus: counts, rejected files, warnings (the units stay in the store)."""

    units: int
    unassigned: int
    rejected: tuple[Rejected, ...]
    warnings: tuple[str, ...]
    notices: tuple[str, ...]


class Project:
    """The loaded inputs of a build: catalog, house style, and the corpus grouped in the unit store."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.catalog: Catalog = load_catalog(settings.events_path)
        self.style: HouseStyle = house_style(settings.templates_dir)
        self.locales = resolve_locales(settings.locales, self.style.locales_dirs)
        self.events: tuple[Event, ...] = tuple(self.catalog.event(event_id) for event_id in settings.events) \
            if settings.events else self.catalog.events
        self.ingested: Ingested = load_units(settings, self.catalog)
        self.store = self.ingested.store
        self._units_by_event: dict[str, list[Unit]] = {}
        self._lock = threading.Lock()  # packs render in threads
        self._content_keys: dict[tuple[str, str | None], str] = {}

    def units_of(self, event_id: str | None) -> list[Unit]:
        """The units grouped under an event (None: the unassigned ones), in corpus order."""
        key = event_id or UNASSIGNED
        with self._lock:
            if key not in self._units_by_event:
                self._units_by_event[key] = list(self.store.units(key))
            return self._units_by_event[key]

    @functools.cached_property
    def unassigned(self) -> list[str]:
        return self.store.unit_ids(UNASSIGNED)

    @property
    def assignments(self) -> Iterator[Assignment]:
        """Every unit's assignment, in corpus order (read from the store as it goes)."""
        return self.store.assignments()

    def summary(self) -> CorpusSummary:
        return CorpusSummary(self.store.unit_count(), len(self.unassigned), self.ingested.rejected,
                             self.ingested.warnings, self.ingested.notices)

    def summary_language(self, event_id: str, locale: str) -> str | None:
        """The locale when some of the event's sources are in it (their summary is preferred), else None."""
        return locale if any(unit.lang == locale for unit in self.units_of(event_id)) else None

    def content_key(self, event: Event, locale: str) -> str:
        """Hash of everything an event's content (summary, quotes, digests) depends on."""
        language = self.summary_language(event.id, locale)
        if (event.id, language) not in self._content_keys:
            units = [(u.id, u.text, u.lang, u.date, u.author, u.title, u.urls) for u in self.units_of(event.id)]
            self._content_keys[(event.id, language)] = _hash(
                repr(event), repr(self.catalog.people), repr(self.settings.options), language, repr(units),
                code_fingerprint())
        return self._content_keys[(event.id, language)]


def build(settings: Settings, report: Callable[[Artifact], None] = lambda artifact: None,
          check_only: bool = False, on_start: Callable[[int], None] = lambda total: None) -> BuildResult:
    """Build (or with check_only, only compare) every requested pack; return what happened.

    The output folder is locked for the whole build (OutputBusy if another build holds it).  On
    Ctrl-C no further pack is started, the manifest is written for what was built, and the result
    says `interrupted`."""
    clock = _PhaseClock()
    if check_only:
        project = Project(settings)
        artifacts = _planned_artifacts(project, OutputDigests(settings))
        artifacts = [replace(a, status="stale") if a.status == "pending" else a for a in artifacts]
        if not any(a.status == "stale" for a in artifacts):
            artifacts.append(_index_status(project))
        return BuildResult(artifacts, project.summary(), clock.total())
    with output_lock(settings.out_dir), TypstWorkers(settings.budget) as typst:
        _start_typst_early(settings, typst)
        project = Project(settings)
        clock.lap("load")
        digests = OutputDigests(settings)
        artifacts = _planned_artifacts(project, digests)
        clock.lap("plan")
        for artifact in artifacts:
            if artifact.status == "reused":
                report(artifact)
        pending = [artifact for artifact in artifacts if artifact.status == "pending"]
        on_start(len(pending))
        rendered: list[Artifact] = []  # filled as each artifact is written, also by threads stopping after Ctrl-C
        interrupted = False
        try:
            _render_all(project, pending, report, rendered, _RenderTools(_ContentStore(project),
                                                                         CompiledTemplates(), typst, digests))
        except KeyboardInterrupt:
            interrupted = True
        clock.lap("render")
        finished = {(a.event, a.locale, a.format): a for a in [*artifacts, *rendered] if a.status != "pending"}
        outcome = [finished[key] for key in ((a.event, a.locale, a.format) for a in artifacts) if key in finished]
        summary = project.summary()
        warnings = [*summary.warnings, *bidi_warnings(project), *(w for a in outcome for w in a.warnings)]
        result = BuildResult(outcome, summary, 0.0, warnings, interrupted,
                             _remove_packs_of_gone_events(project, digests))
        _write_manifest(settings, project, result, digests)
        digests.save()
        clock.lap("manifest")
    result.seconds, result.phases = clock.total(), clock.phases
    return result


class _PhaseClock:
    """Seconds spent in each phase of a build (reported in the JSON log's summary)."""

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.phases: dict[str, float] = {}

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        self.phases[phase] = round(now - self.last, 3)
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.started


def _start_typst_early(settings: Settings, typst: TypstWorkers) -> None:
    """A first build (no manifest yet, or --no-cache) compiles PDFs: its Typst workers start now, so
    that their start-up runs on another core while the corpus is read and grouped."""
    if "pdf" not in settings.formats or (settings.use_cache and (settings.out_dir / MANIFEST).is_file()):
        return
    try:
        style = house_style(settings.templates_dir)
    except TemplateError:
        return  # Project raises the same error, after the catalog's own, as a build without this start would
    typst.start(font_dirs(style.fonts_dirs), max(1, settings.jobs))


def _planned_artifacts(project: Project, digests: OutputDigests) -> list[Artifact]:
    """Every artifact asked for: 'reused' when the last manifest and the file on disk still match, else 'pending'."""
    previous = _previous_manifest(project.settings) if project.settings.use_cache else {}
    return [_reuse_or_pending(artifact, previous, project.settings.out_dir, digests) for artifact in _plan(project)]


def bidi_warnings(project: Project) -> list[str]:
    """One warning per source whose text carries bidi controls: packs show them, they do not obey them."""
    found: dict[str, set[str]] = {}
    for source, controls in project.store.bidi_sources():
        found.setdefault(source, set()).update(controls)
    return [f"{source}: bidirectional control characters ({', '.join(f'U+{ord(c):04X}' for c in sorted(chars))}) "
            f"would reorder the text a reader sees: packs show them as {visible_bidi(min(chars))} instead"
            for source, chars in found.items()]


# planning ------------------------------------------------------------------------------------------

def _plan(project: Project) -> list[Artifact]:
    settings = project.settings
    style_key = project.style.fingerprint()
    artifacts = []
    for event in project.events:
        units = project.units_of(event.id)
        for locale in project.locales:
            content_key = project.content_key(event, locale)
            for output_format in settings.formats:
                key = _hash(content_key, locale, output_format, style_key, settings.today.isoformat(),
                            settings.source_date_epoch, code_fingerprint())
                path = f"{event.id}/{locale}/briefing.{output_format}"
                artifacts.append(Artifact(event.id, locale, output_format, path, key, tuple(u.id for u in units)))
    return artifacts


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """briefgen's own code, filters and catalogs: a changed stage or translation invalidates what it
    produced, even without a new version."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), *package.glob("data/*.lua"), *package.glob("data/*.html"), *LOCALES_DIR.glob("*/LC_MESSAGES/*.po")]):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _hash(*parts) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def _previous_manifest(settings: Settings) -> dict[str, dict]:
    """The last manifest's artifacts by path."""
    try:
        return {entry["path"]: entry for entry in _read_manifest(settings).get("artifacts", [])}
    except (KeyError, TypeError):
        return {}


def _read_manifest(settings: Settings) -> dict:
    try:
        data = json.loads((settings.out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _reuse_or_pending(artifact: Artifact, previous: dict[str, dict], out_dir: Path, digests: OutputDigests) -> Artifact:
    entry = previous.get(artifact.path)
    if not entry or entry.get("key") != artifact.key or entry.get("status") == "failed":
        return artifact
    path = out_dir / artifact.path
    try:
        size, sha256 = digests.of(path)
    except OSError:
        return artifact
    if size != entry.get("size") or sha256 != entry.get("sha256"):
        return artifact
    return replace(artifact, status="reused", size=size, sha256=sha256, warnings=tuple(entry.get("warnings", ())))


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class OutputDigests:
    """The sha256 of output files, remembered in the cache folder with each file's stat (size,
    mtime, ctime, inode): a file whose stat has not changed since briefgen wrote or hashed it is
    not read again.  Any write to a file changes its ctime (which no tool can set back), so an
    edited file is hashed again, whatever its size and mtime.  As in git's "racy" check, a file
    whose mtime is not older than the record itself is hashed again too: it may have been
    changed in the same clock tick as it was recorded."""

    def __init__(self, settings: Settings):
        self.path = settings.cache_dir / "output-digests.json" if settings.use_cache else None
        self._known: dict[str, list] = {}
        self._recorded_ns = 0
        self._changed = False
        self._lock = threading.Lock()
        if self.path is not None:
            self._load()

    def _load(self) -> None:
        try:
            self._recorded_ns = self.path.stat().st_mtime_ns
            self._known = msgspec.json.decode(self.path.read_bytes(), type=dict[str, list])
        except (OSError, msgspec.DecodeError):
            self._known = {}

    def of(self, path: Path) -> tuple[int, str]:
        """(size, sha256) of the file; OSError when it cannot be read."""
        stat = path.stat()
        signature = _signature(stat)
        known = self._known.get(os.path.abspath(path))
        if known and known[:-1] == signature and stat.st_mtime_ns < self._recorded_ns:
            return stat.st_size, known[-1]
        sha256 = _sha256_file(path)
        self._record(path, signature, sha256)
        return stat.st_size, sha256

    def wrote(self, path: Path, sha256: str) -> None:
        """briefgen has just written `path` with these bytes."""
        try:
            self._record(path, _signature(path.stat()), sha256)
        except OSError:
            pass  # gone already: the next build hashes (or rebuilds) it

    def _record(self, path: Path, signature: list[int], sha256: str) -> None:
        with self._lock:
            self._known[os.path.abspath(path)] = [*signature, sha256]
            self._changed = True

    def save(self) -> None:
        if self.path is not None and self._changed:
            known = {path: entry for path, entry in self._known.items() if os.path.exists(path)}
            _save_cached(self.path, known)


def _signature(stat: os.stat_result) -> list[int]:
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


# rendering -----------------------------------------------------------------------------------------

def _render_all(project: Project, pending: list[Artifact], report: Callable[[Artifact], None],
                rendered: list[Artifact], tools: _RenderTools) -> None:
    """Render pending artifacts, one job per (event, locale) pack, `jobs` at a time; each finished
    artifact is appended to `rendered`.  On Ctrl-C (KeyboardInterrupt, raised in this thread) queued
    packs are dropped, running ones stop after the artifact in hand, and the interrupt goes on up."""
    packs: dict[tuple[str, str], list[Artifact]] = {}
    for artifact in pending:
        packs.setdefault((artifact.event, artifact.locale), []).append(artifact)
    stop = threading.Event()
    jobs = max(1, project.settings.jobs)
    if jobs == 1 or len(packs) == 1:
        for (event_id, locale), wanted in packs.items():
            for artifact in _render_pack(project, tools, event_id, locale, wanted, stop, rendered):
                report(artifact)
        return
    pool = ThreadPoolExecutor(max_workers=jobs)
    try:
        futures = [pool.submit(_render_pack, project, tools, event_id, locale, wanted, stop, rendered)
                   for (event_id, locale), wanted in packs.items()]
        for future in as_completed(futures):
            for artifact in future.result():
                report(artifact)
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


@dataclass(frozen=True)
class _RenderTools:
    """What the packs of one build share: event content, compiled templates, Typst workers, digests."""

    contents: _ContentStore
    templates: CompiledTemplates
    typst: TypstWorkers
    digests: OutputDigests


def _render_pack(project: Project, tools: _RenderTools, event_id: str, locale: str, wanted: list[Artifact],
                 stop: threading.Event, rendered: list[Artifact]) -> list[Artifact]:
    if stop.is_set():
        return []
    settings = project.settings
    event = project.catalog.event(event_id)
    localizer = Localizer(locale, project.style.locales_dirs)
    started = time.perf_counter()
    content = tools.contents.get(event, locale)
    pack = build_pack(event, content, localizer, settings.today, project.catalog)
    markdown = render_markdown(pack, project.style, localizer, tools.templates)  # TemplateError stops the build
    shared = time.perf_counter() - started
    done = []
    for artifact in wanted:
        if stop.is_set():  # Ctrl-C: the artifacts not started yet are left for the next build
            break
        begun = time.perf_counter()
        try:
            data, warnings = _artifact_bytes(artifact.format, markdown, pack, project.style, localizer, settings,
                                             tools.typst)
            _write_artifact(settings.out_dir / artifact.path, data)
        except RenderError as error:
            finished = replace(artifact, status="failed", error=str(error), seconds=round(time.perf_counter() - begun, 3))
        else:
            seconds = time.perf_counter() - begun + shared / len(wanted)
            sha256 = hashlib.sha256(data).hexdigest()
            tools.digests.wrote(settings.out_dir / artifact.path, sha256)
            finished = replace(artifact, status="built", size=len(data), sha256=sha256, seconds=round(seconds, 3),
                               warnings=warnings)
        rendered.append(finished)
        done.append(finished)
    return done


def _write_artifact(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as error:  # disk full, folder made read-only mid-build: this artifact fails, others go on
        raise RenderError(f"could not write {path}: {error.strerror or error}") from None


def _artifact_bytes(output_format: str, markdown: str, pack, style, localizer, settings: Settings,
                    typst: TypstWorkers) -> tuple[bytes, tuple[str, ...]]:
    if output_format == "md":
        return without_language_spans(markdown).encode("utf-8"), ()
    if output_format == "docx":
        return to_docx(markdown, pack, style, settings.timestamp, settings.budget), ()
    if output_format == "pdf":
        pdf = to_pdf(markdown, pack, style, localizer, settings.timestamp, settings.budget, typst)
        return pdf.data, pdf.warnings
    if output_format == "html":
        return to_html(markdown, pack, style, settings.budget), ()
    raise InputError(f"unknown format '{output_format}' (choose from {', '.join(FORMATS)})")


class _ContentStore:
    """Event content per (event, summary language), computed once per build and cached on disk."""

    def __init__(self, project: Project):
        self.project = project
        self.memory: dict[str, EventContent] = {}
        # what every unit's analysis depends on besides the unit, hashed once rather than per unit
        self._analysis_inputs = _hash(repr(project.catalog.people), repr(project.settings.options), code_fingerprint())

    def get(self, event: Event, locale: str) -> EventContent:
        key = self.project.content_key(event, locale)
        if key in self.memory:
            return self.memory[key]
        settings = self.project.settings
        path = settings.cache_dir / f"content-{key[:32]}.json"
        content = _load_cached(path, EventContent) if settings.use_cache else None
        if content is None:
            content = event_content(event, self.project.units_of(event.id), self.project.catalog, settings.options,
                                    self.project.summary_language(event.id, locale), self._analyze)
            if settings.use_cache:
                _save_cached(path, content)
        self.memory[key] = content
        return content


    def _analyze(self, unit: Unit, catalog: Catalog, options: Options) -> UnitAnalysis:
        """A unit's quotations and digest, from the unit store when this unit was analysed before."""
        key = _hash(encode(unit), self._analysis_inputs)
        stored = self.project.store.analysis(key)
        if stored is not None:
            try:
                return msgspec.msgpack.decode(stored, type=UnitAnalysis)
            except msgspec.DecodeError:
                pass
        analysis = analyze_unit(unit, catalog, options)
        self.project.store.save_analysis(key, encode(analysis))
        return analysis


# caches ----------------------------------------------------------------------------------------------

def load_units(settings: Settings, catalog: Catalog | None) -> Ingested:
    """Bring the unit store up to date with the corpus (re-reading only new and changed files) and group
    its units under the catalog (None: leave them ungrouped).  Without the cache, the store is a temporary file."""
    exclude = (settings.events_path, settings.out_dir, settings.cache_dir)  # never read our own files back in
    if settings.engine == "dask":  # read and grouped on the cluster, afresh each time
        from briefgen.dask_engine import read_and_group

        return ingested_elsewhere(*read_and_group(settings, catalog or Catalog(events=())))
    store_path = settings.cache_dir / STORE if settings.use_cache else None
    if settings.use_cache:
        for old in [*settings.cache_dir.glob("corpus-*.json"), *settings.cache_dir.glob("*.pickle")]:
            old.unlink(missing_ok=True)  # what older briefgen cached in their place: never read again
    return ingest(settings, catalog, exclude, code_fingerprint(), store_path, settings.cache_dir)


def _load_cached(path: Path, kind: type[T]) -> T | None:
    """A cached value, decoded as JSON into exactly `kind`'s dataclasses: unlike a pickle, a cache file
    someone replaced cannot run code, and a corrupt or foreign one is only a cache miss."""
    try:
        return msgspec.json.decode(path.read_bytes(), type=kind)
    except (OSError, msgspec.DecodeError):
        return None


def _save_cached(path: Path, value) -> None:
    try:
        write_atomic(path, msgspec.json.encode(value))
    except OSError:
        pass  # a cache that cannot be written only costs time


# manifest ---------------------------------------------------------------------------------------------

def _write_manifest(settings: Settings, project: Project, result: BuildResult, digests: OutputDigests) -> None:
    manifest = {
        "generator": f"briefgen {__version__}",
        "prepared_on": settings.today.isoformat(),
        "corpus": str(settings.corpus_dir),
        "events_file": str(settings.events_path),
        "artifacts": [_manifest_entry(artifact) for artifact in result.artifacts],
        "unassigned": project.unassigned,
        "rejected": [asdict(rejected) for rejected in result.corpus.rejected],
        "warnings": result.warnings,
    }
    previous = _previous_manifest(settings)
    known = {event.id for event in project.catalog.events}
    kept = [entry for path, entry in previous.items() if path not in {a.path for a in result.artifacts}
            and entry.get("event") in known and _still_matches(settings.out_dir / path, entry, digests)]
    manifest["artifacts"] = sorted(manifest["artifacts"] + kept, key=lambda entry: entry["path"])
    manifest["site"] = _site_entry(project, manifest, digests)
    _write_json(settings.out_dir / MANIFEST, manifest)


def _site_entry(project: Project, manifest: dict, digests: OutputDigests) -> dict:
    """index.html for this manifest: kept when the last build wrote it from the same inputs and it
    is still those bytes, else rendered and written.  A broken site template: the packs' manifest
    is still written, then the TemplateError goes on up."""
    out_dir = project.settings.out_dir
    key = _index_key(project, manifest)
    previous = _read_manifest(project.settings).get("site") if project.settings.use_cache else None
    if isinstance(previous, dict) and previous.get("key") == key and _still_matches(out_dir / INDEX, previous, digests):
        return previous
    try:
        index = _index_bytes(project, manifest)
    except TemplateError:
        _write_json(out_dir / MANIFEST, manifest)
        raise
    write_atomic(out_dir / INDEX, index)
    sha256 = hashlib.sha256(index).hexdigest()
    digests.wrote(out_dir / INDEX, sha256)
    return {"path": INDEX, "size": len(index), "sha256": sha256, "key": key}


def _index_key(project: Project, manifest: dict) -> str:
    """Everything index.html is made from: the manifest's packs (paths, sizes, failed or not), unassigned
    units and rejected files, the catalog's events and their sources, the date, the site template and
    the files beside it (it may include them), briefgen's code."""
    site = project.style.site
    folder = site.parent if site else None
    templates = [(path.relative_to(folder).as_posix(), path.read_bytes()) for path in sorted(folder.rglob("*"))
                 if path.is_file() and "fonts" not in path.relative_to(folder).parts] if folder else []
    sources = [(event.id, len(project.units_of(event.id))) for event in project.catalog.events]
    packs = [(entry.get("event"), entry.get("locale"), entry.get("format"), entry.get("path"), entry.get("size"),
              entry.get("status") == "failed") for entry in manifest.get("artifacts", [])]  # not built/reused
    return _hash(packs, manifest.get("unassigned"), manifest.get("rejected"), repr(project.catalog.events), sources,
                 project.settings.today.isoformat(), str(site), templates, code_fingerprint())


def _write_json(path: Path, data: dict) -> None:
    write_atomic(path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


def _index_bytes(project: Project, manifest: dict) -> bytes:
    """output/index.html for this manifest (every pack it lists, not only this build's)."""
    site = site_from_manifest(manifest, project.catalog.events, lambda event_id: len(project.units_of(event_id)),
                              project.settings.today, RTL_SEARCHABLE_NOTE)
    return render_site(site, project.style.site)


def _index_status(project: Project) -> Artifact:
    """--check: index.html is 'reused' when it is what this build would write from the manifest on disk."""
    index = Artifact("", "", "site", INDEX, "", ())
    try:
        manifest = json.loads((project.settings.out_dir / MANIFEST).read_text(encoding="utf-8"))
        on_disk = (project.settings.out_dir / INDEX).read_bytes()
    except (OSError, ValueError):
        return replace(index, status="stale")
    manifest.pop("site", None)
    return replace(index, status="reused" if on_disk == _index_bytes(project, manifest) else "stale")


def _remove_packs_of_gone_events(project: Project, digests: OutputDigests) -> list[str]:
    """Packs the last manifest lists for events no longer in the catalog are stale: their files go,
    as long as they are still the bytes briefgen wrote."""
    known = {event.id for event in project.catalog.events}
    stale = [path for path, entry in _previous_manifest(project.settings).items()
             if entry.get("event") not in known and _still_matches(project.settings.out_dir / path, entry, digests)]
    return remove_artifacts(project.settings.out_dir, stale)


def _still_matches(path: Path, entry: dict, digests: OutputDigests) -> bool:
    """An entry kept from the last manifest must still describe the file (an interrupted build may
    have replaced it)."""
    try:
        return digests.of(path) == (entry.get("size"), entry.get("sha256"))
    except OSError:
        return False


def _manifest_entry(artifact: Artifact) -> dict:
    entry = {"event": artifact.event, "locale": artifact.locale, "format": artifact.format, "path": artifact.path,
             "size": artifact.size, "sha256": artifact.sha256, "units": list(artifact.units),
             "status": artifact.status, "key": artifact.key}
    if artifact.error:
        entry["error"] = artifact.error
    if artifact.warnings:
        entry["warnings"] = list(artifact.warnings)
    if artifact.format == "pdf" and locale_info(artifact.locale).direction == "rtl":
        entry["note"] = RTL_SEARCHABLE_NOTE
    return entry

