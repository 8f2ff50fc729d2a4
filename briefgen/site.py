"""`output/index.html`: one static page over the whole build, made from the manifest.

Every event with its dates, venue and number of sources, its locales, and a link to each pack's
HTML, PDF, DOCX and Markdown with its size; the unassigned units and rejected files; the build
date.  Links are relative and the page loads nothing (its Content-Security-Policy forbids it), so
the folder works from file:// and on any static host.  Rendered with a Jinja2 template from the
house style in Jinja2's sandbox, with HTML autoescaping: corpus names and reasons stay text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen import __version__
from briefgen.catalog import Event
from briefgen.errors import TemplateError
from briefgen.l10n import Localizer

INDEX = "index.html"
FORMAT_ORDER = ("html", "pdf", "docx", "md")
FORMAT_LABELS = {"html": "HTML", "pdf": "PDF", "docx": "DOCX", "md": "Markdown"}


@dataclass(frozen=True)
class SiteFile:
    format: str
    label: str
    path: str  # relative to the output folder
    size: str  # for people: "12.4 KB"
    bytes: int
    failed: bool = False


@dataclass(frozen=True)
class SiteLocale:
    code: str
    name: str  # in its own language
    english_name: str
    direction: str
    files: tuple[SiteFile, ...]
    note: str | None = None


@dataclass(frozen=True)
class SiteEvent:
    id: str
    name: str
    dates: str
    venue: str
    sources: int
    locales: tuple[SiteLocale, ...]


@dataclass(frozen=True)
class Site:
    events: tuple[SiteEvent, ...]
    unassigned: tuple[str, ...]
    rejected: tuple[tuple[str, str], ...]  # (file, reason)
    built_on: str  # ISO date
    generator: str = f"briefgen {__version__}"


def human_size(size: int) -> str:
    """Bytes as a reader reads them: '812 B', '12.4 KB', '3.1 MB' (powers of 1024)."""
    if size < 1024:
        return f"{size} B"
    for unit in ("KB", "MB", "GB"):
        size /= 1024
        if size < 1024 or unit == "GB":
            return f"{size:.1f} {unit}"
    raise AssertionError("unreachable")


def site_from_manifest(manifest: dict, events: Sequence[Event], sources_of: Callable[[str], int],
                       built_on: dt.date, rtl_note: str) -> Site:
    """The site's content: the manifest's packs, in catalog order, described with the catalog."""
    by_event: dict[str, dict[str, list[dict]]] = {}
    for entry in manifest.get("artifacts", []):
        by_event.setdefault(entry["event"], {}).setdefault(entry["locale"], []).append(entry)
    english = Localizer("en")
    site_events = tuple(_site_event(event, by_event[event.id], sources_of(event.id), english, rtl_note)
                        for event in events if event.id in by_event)
    rejected = tuple((entry["source"], entry["reason"]) for entry in manifest.get("rejected", []))
    return Site(site_events, tuple(manifest.get("unassigned", [])), rejected, built_on.isoformat())


def _site_event(event: Event, locales: dict[str, list[dict]], sources: int, english: Localizer,
                rtl_note: str) -> SiteEvent:
    venue = ", ".join(part for part in (event.city_name("en"), english.country(event.country)) if part)
    return SiteEvent(event.id, event.name("en"), english.date_range(event.start, event.end), venue, sources,
                     tuple(_site_locale(code, locales[code], rtl_note) for code in sorted(locales)))


def _site_locale(code: str, entries: list[dict], rtl_note: str) -> SiteLocale:
    info = Localizer(code).info
    order = {name: index for index, name in enumerate(FORMAT_ORDER)}
    files = tuple(SiteFile(entry["format"], FORMAT_LABELS.get(entry["format"], entry["format"]), entry["path"],
                           human_size(entry.get("size", 0)), entry.get("size", 0), entry.get("status") == "failed")
                  for entry in sorted(entries, key=lambda entry: order.get(entry["format"], len(order))))
    note = rtl_note if info.direction == "rtl" and any(f.format == "pdf" for f in files) else None
    return SiteLocale(code, info.name, info.english_name, info.direction, files, note)


def render_site(site: Site, template: Path) -> bytes:
    """The index page through the house template (sandboxed, autoescaped)."""
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    environment = SandboxedEnvironment(loader=jinja2.FileSystemLoader(str(template.parent)), autoescape=True,
                                       undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    try:
        text = environment.get_template(template.name).render(site=site)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(error.message or str(error), error.filename or template, error.lineno) from None
    except Exception as error:  # a template's runtime error, or the sandbox refusing it
        raise TemplateError(f"{type(error).__name__}: {error}", template) from None
    return (text.rstrip("\n") + "\n").encode("utf-8")
