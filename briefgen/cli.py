"""The briefgen command line: parse options, call the library, print results.  No work happens here."""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
import traceback
from dataclasses import asdict
from pathlib import Path

import click

from briefgen import __version__
from briefgen.archives import DEFAULT_FIELDS, RecordFields
from briefgen.budget import DEFAULT_RENDER_MEMORY_MB, DEFAULT_RENDER_SECONDS, Budget
from briefgen.build import DEFAULT_CACHE_DIR, FORMATS, Project, Settings, build, load_units
from briefgen.errors import EXIT_BAD_INPUT, EXIT_BUILD_FAILED, BriefgenError, InputError
from briefgen.l10n import available_locales, locale_info
from briefgen.log import Reporter
from briefgen.pack import DEFAULT_KEY_QUOTES, TEMPLATE_VARIABLES, Options, event_content
from briefgen.quotes import extract_quotes
from briefgen.readers import DEFAULT_MAX_FILE_BYTES
from briefgen.remote import is_url
from briefgen.render import TEMPLATE_FILES, default_templates_dir
from briefgen.summarize import DEFAULT_SENTENCES, DEFAULT_SUMMARIZER, SUMMARIZERS

EXIT_CODES = """Exit codes:
  0  success
  1  a build failed (an artifact could not be produced), or `build --check` found stale output
  2  bad usage or bad input: catalog, template, corpus folder, unknown event or locale, an --out
     that is a file or cannot be written, an --out another build is writing to, and rejected
     files or warnings under --strict
  130  interrupted (Ctrl-C): the manifest lists what was built before it"""


ENGINES = ("local", "dask")
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool whose reader closed the pipe
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a tool stopped by Ctrl-C


def _fail(error: BriefgenError) -> None:
    click.echo(f"briefgen: {error}", err=True)
    sys.exit(error.exit_code)


def handle_errors(command):
    """Library errors become one line and their exit code; never a traceback (unless -v)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except BriefgenError as error:
            _fail(error)
        except (click.exceptions.Exit, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("briefgen: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:  # `briefgen events | head`: the reader has gone; end quietly, as Unix tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_BROKEN_PIPE)
        except Exception as error:  # a bug in briefgen, not in the input
            if kwargs.get("verbose"):
                traceback.print_exc()
            click.echo(f"briefgen: internal error: {type(error).__name__}: {error} (run with -v for details)",
                       err=True)
            sys.exit(EXIT_BUILD_FAILED)

    return wrapper


def _record_fields(context: click.Context, _parameter, pairs: tuple[str, ...]) -> None:
    """Kept in the command's context for _settings: every command reading the corpus shares it."""
    try:
        context.meta["record_fields"] = RecordFields.parse(pairs)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


def _keep(context: click.Context, parameter: click.Parameter, value) -> None:
    """Kept in the command's context for _settings, like --record-field."""
    context.meta[parameter.name] = value


def _corpus_location(ctx, param, value: str) -> Path | str:
    """A folder path, or a URL kept as written (a Path would fold its '//')."""
    return value if is_url(value) else Path(value)


def project_options(command):
    """Options every command that reads the project shares."""
    decorators = [
        click.option("--corpus", "corpus_dir", default="corpus", show_default=True, callback=_corpus_location,
                     help="Folder of input texts (read recursively), or an fsspec URL such as s3://bucket/news/."),
        click.option("--events", "events_file", type=click.Path(path_type=Path), default=None,
                     help="Event catalog (default: <corpus>/events.yaml)."),
        click.option("--max-file-size", type=click.IntRange(1), default=DEFAULT_MAX_FILE_BYTES // 2**20,
                     show_default=True, help="Reject input files larger than this many MB."),
        click.option("--follow-external-symlinks", is_flag=True,
                     help="Read symlinks that lead outside the corpus folder (rejected by default)."),
        click.option("--record-field", multiple=True, metavar="FIELD=COLUMN", expose_value=False,
                     callback=_record_fields,
                     help="Column of JSONL/Parquet archives holding url, title, date, lang or text "
                          "(e.g. text=body); repeatable."),
        click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                     expose_value=False, callback=_keep,
                     help="Where reading, de-duplication and grouping run: this process, or a Dask cluster "
                          "(needs pip install 'briefgen[dask]')."),
        click.option("--scheduler", metavar="URL", default=None, expose_value=False, callback=_keep,
                     help="Dask scheduler for --engine dask, e.g. tcp://host:8786 "
                          "(default: a local cluster, a worker process per core or per --jobs)."),
        click.option("-q", "--quiet", is_flag=True,
                     help="Plain output: no progress bar, no timings or closing notes (errors still shown)."),
        click.option("-v", "--verbose", is_flag=True, help="Print every step; show tracebacks of internal errors."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def _catalog_notice(settings: Settings) -> None:
    if settings.catalog_notice:
        click.echo(f"briefgen: {settings.catalog_notice}", err=True)


def _project(settings: Settings) -> Project:
    _catalog_notice(settings)
    return Project(settings)


def _settings(corpus_dir, events_file, max_file_size, follow_external_symlinks=False, **overrides) -> Settings:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None and not epoch.strip().isdigit():
        raise InputError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not '{epoch}'")
    meta = click.get_current_context().meta
    engine, scheduler = meta.get("engine", "local"), meta.get("scheduler")
    if scheduler and engine != "dask":
        raise InputError("--scheduler is the address of a Dask scheduler: add --engine dask")
    if engine == "dask":
        from briefgen.dask_engine import require_dask  # numpy and Dask load only for this engine

        require_dask()  # fail before reading anything, in one line
    return Settings(corpus_dir=corpus_dir, events_file=events_file, max_file_bytes=max_file_size * 2**20,
                    follow_external_symlinks=follow_external_symlinks,
                    record_fields=meta.get("record_fields", DEFAULT_FIELDS), engine=engine, scheduler=scheduler,
                    source_date_epoch=int(epoch) if epoch is not None else None, **overrides)


@click.group(epilog=EXIT_CODES, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """Turn a folder of texts about summits into cited, localized briefing packs (Markdown, DOCX, PDF).

    Start with `briefgen build` in a folder holding corpus/ (texts and events.yaml).
    """


@main.command(epilog=EXIT_CODES)
@click.argument("event_ids", metavar="[EVENT]...", nargs=-1)
@project_options
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
              help="Where packs are written: <out>/<event>/<locale>/briefing.<format>. One build at a time per "
                   "folder: another build on it exits 2.")
@click.option("--templates", "templates_dir", type=click.Path(path_type=Path), default=None,
              help="House style folder overriding any of: " + ", ".join(TEMPLATE_FILES) + ", logo.*, locales/, fonts/.")
@click.option("--locale", "locales", multiple=True, default=("en",), show_default=True,
              help="Pack language (repeat, or comma-separate; 'all' for every locale). See `briefgen locales`.")
@click.option("--format", "formats", multiple=True, type=click.Choice(FORMATS), default=FORMATS, show_default=True,
              help="Output formats (repeat to choose several).")
@click.option("--summarizer", type=click.Choice(SUMMARIZERS), default=DEFAULT_SUMMARIZER, show_default=True,
              help="sumy summarizer for the executive summary and source digests.")
@click.option("--sentences", type=click.IntRange(1, 50), default=DEFAULT_SENTENCES, show_default=True,
              help="Sentences in the executive summary.")
@click.option("--quotes", "key_quotes", type=click.IntRange(0, 50), default=DEFAULT_KEY_QUOTES, show_default=True,
              help="Key quotes per pack.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=os.cpu_count() or 1, show_default="number of cores",
              help="Packs rendered in parallel.")
@click.option("--no-cache", is_flag=True, help="Rebuild everything; neither read nor write the cache.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=DEFAULT_CACHE_DIR, show_default=True,
              help="Cache of ingested texts and event content.")
@click.option("--check", is_flag=True, help="Build nothing; exit 1 if any pack is out of date.")
@click.option("--strict", is_flag=True, help="Exit 2 when files were rejected or warnings were raised "
                                           "(e.g. characters no font has, shown in a PDF as their code point, ‹U+13E3›).")
@click.option("--render-timeout", type=click.FloatRange(min=0.1), default=DEFAULT_RENDER_SECONDS, show_default=True,
              help="Seconds one pandoc or Typst run may take; past it that artifact fails and the build goes on.")
@click.option("--render-memory", type=click.IntRange(min=128), default=DEFAULT_RENDER_MEMORY_MB, show_default=True,
              help="MB of memory one pandoc or Typst run may use; past it that artifact fails.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a progress bar on a terminal, a line per artifact otherwise; json: JSON lines.")
@handle_errors
def build_command(event_ids, corpus_dir, events_file, max_file_size, follow_external_symlinks, quiet, verbose,
                  out_dir, templates_dir, locales, formats, summarizer, sentences, key_quotes, jobs, no_cache, cache_dir,
                  check, strict, render_timeout, render_memory, log_format):
    """Build briefing packs for every event in the catalog, or only the EVENTs named."""
    settings = _settings(
        corpus_dir, events_file, max_file_size, follow_external_symlinks, out_dir=out_dir,
        templates_dir=templates_dir,
        locales=tuple(code.strip() for value in locales for code in value.split(",") if code.strip()),
        formats=tuple(dict.fromkeys(formats)), events=tuple(event_ids),
        options=Options(summarizer=summarizer, sentences=sentences, key_quotes=key_quotes),
        jobs=jobs, cache_dir=cache_dir, use_cache=not no_cache, budget=Budget(render_timeout, render_memory),
    )
    verbosity = -1 if quiet else (1 if verbose else 0)
    _catalog_notice(settings)
    if check:
        result = build(settings, check_only=True)
        for artifact in result.stale:
            click.echo(f"stale   {out_dir / artifact.path}")
        click.echo(f"{len(result.stale)} of {len(result.artifacts)} artifacts out of date")
        sys.exit(EXIT_BUILD_FAILED if result.stale else 0)
    with Reporter(out_dir, log_format, verbosity) as reporter:
        result = build(settings, report=reporter.artifact, on_start=reporter.start)
        reporter.summary(result)
    if result.interrupted:
        click.echo(f"briefgen: interrupted: {out_dir / 'manifest.json'} lists the {len(result.artifacts)} artifacts "
                   f"built or reused before it", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if result.count("failed"):
        sys.exit(EXIT_BUILD_FAILED)
    if strict and (result.corpus.rejected or result.warnings):
        click.echo("briefgen: --strict: rejected files or warnings (see above)", err=True)
        sys.exit(EXIT_BAD_INPUT)


main.add_command(build_command, name="build")


@main.command(epilog=EXIT_CODES)
@project_options
@click.option("--json", "as_json", is_flag=True, help="Print units and rejected files as JSON.")
@click.option("--strict", is_flag=True, help="Exit 2 when any file was rejected or a warning was raised.")
@handle_errors
def corpus(corpus_dir, events_file, max_file_size, follow_external_symlinks, quiet, verbose, as_json, strict):
    """List the units read from the corpus (one per article or forum post) and the rejected files."""
    settings = _settings(corpus_dir, events_file, max_file_size, follow_external_symlinks, use_cache=False)
    ingested = load_units(settings, None)  # no catalog needed
    units = list(ingested.store.units())
    repeats_removed = ingested.store.repeats_removed()
    if as_json:
        click.echo(json.dumps({
            "units": [{"id": u.id, "source": u.source, "post": u.post, "author": u.author, "date": u.date,
                       "lang": u.lang, "urls": list(u.urls), "words": u.words, "text": u.text,
                       "title": u.title, "first_line": u.first_line, "last_line": u.last_line,
                       "duplicates_removed": u.duplicates_removed,
                       "dates": [{"text": d.text, "start": d.start, "end": d.end, "status": d.status,
                                  "readings": list(d.readings)} for d in u.dates],
                       "quoted_replies": [asdict(q) for q in u.quoted_replies]} for u in units],
            "rejected": [asdict(r) for r in ingested.rejected],
            "duplicates_removed": repeats_removed,
            "warnings": list(ingested.warnings),
            "notices": list(ingested.notices),
        }, indent=2, ensure_ascii=False))
    else:
        rows = [(u.id, u.author or "", u.date or "", u.lang, str(u.words), str(u.duplicates_removed))
                for u in units]
        _table(("unit", "author", "date", "lang", "words", "repeats removed"), rows)
        if ingested.rejected:
            click.echo("")
            _table(("rejected file", "reason"), [(r.source, r.reason) for r in ingested.rejected])
        for warning in ingested.warnings:
            click.echo(f"warning: {warning}", err=True)
        for notice in ingested.notices:
            click.echo(f"note: {notice}", err=True)
        if not quiet:
            click.echo(f"\n{len(units)} units, {len(ingested.rejected)} files rejected, "
                       f"{repeats_removed} repeated paragraphs removed")
    if strict and (ingested.rejected or ingested.warnings):
        sys.exit(EXIT_BAD_INPUT)


@main.command(epilog=EXIT_CODES)
@project_options
@click.option("--json", "as_json", is_flag=True, help="Print events and unassigned units as JSON.")
@click.option("--explain", is_flag=True, help="Show, per unit, the evidence and scores that decided it.")
@handle_errors
def events(corpus_dir, events_file, max_file_size, follow_external_symlinks, quiet, verbose, as_json, explain):
    """Group the units by event, from the catalog; units about no listed event are 'unassigned'."""
    project = _project(_settings(corpus_dir, events_file, max_file_size, follow_external_symlinks))
    by_event = {event.id: project.units_of(event.id) for event in project.catalog.events}
    if as_json:
        payload = {"events": [{"id": e.id, "name": e.name(), "start": e.start.isoformat(), "end": e.end.isoformat(),
                               "units": [u.id for u in by_event[e.id]]} for e in project.catalog.events],
                   "unassigned": project.unassigned}
        if explain:
            payload["assignments"] = [{"unit": a.unit_id, "event": a.event_id, "confidence": a.confidence,
                                       "scores": {k: v for k, v in a.scores.items() if v},
                                       "penalties": a.penalties,
                                       "evidence": [asdict(e) for e in a.evidence]} for a in project.assignments]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    assignments = {a.unit_id: a for a in project.assignments}
    for event in project.catalog.events:
        click.echo(f"{event.id}  {event.name()}  ({event.start} – {event.end}): {len(by_event[event.id])} units")
        for unit in by_event[event.id]:
            click.echo(f"  {unit.id}  confidence {assignments[unit.id].confidence:.2f}")
            if explain:
                _explain(assignments[unit.id])
    click.echo(f"unassigned: {len(project.unassigned)} units")
    for unit_id in project.unassigned:
        click.echo(f"  {unit_id}")
        if explain:
            _explain(assignments[unit_id])


def _explain(assignment) -> None:
    scores = ", ".join(f"{event} {score:.2f}" for event, score in assignment.scores.items() if score) or "no evidence"
    click.echo(f"      scores: {scores}")
    for event, reason in assignment.penalties.items():
        click.echo(f"      penalty {event}: {reason}")
    for evidence in sorted(assignment.evidence, key=lambda e: -e.weight)[:8]:
        click.echo(f"      +{evidence.weight:.2f} {evidence.event_id} {evidence.kind}: {evidence.text!r}")


@main.command(epilog=EXIT_CODES)
@click.argument("event_id", metavar="EVENT")
@project_options
@click.option("--summarizer", type=click.Choice(SUMMARIZERS), default=DEFAULT_SUMMARIZER, show_default=True)
@click.option("--sentences", type=click.IntRange(1, 50), default=DEFAULT_SENTENCES, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@handle_errors
def summarize(event_id, corpus_dir, events_file, max_file_size, follow_external_symlinks, quiet, verbose, summarizer,
              sentences, as_json):
    """Extractive summary of one event: verbatim sentences, each cited to its source."""
    project = _project(_settings(corpus_dir, events_file, max_file_size, follow_external_symlinks))
    event = project.catalog.event(event_id)
    content = event_content(event, project.units_of(event.id), project.catalog,
                            Options(summarizer=summarizer, sentences=sentences, key_quotes=0))
    sentences_out = [{"text": s.text, "unit": s.unit_id, "source": s.source, "post": s.post, "url": s.url}
                     for s in content.summary]
    if as_json:
        click.echo(json.dumps({"event": event.id, "summarizer": summarizer, "sentences": sentences_out},
                              indent=2, ensure_ascii=False))
        return
    click.echo(f"{event.name()} — {len(sentences_out)} sentences ({summarizer})")
    for number, sentence in enumerate(sentences_out, 1):
        click.echo(f"{number}. {sentence['text']}\n   [{sentence['unit']}{' ' + sentence['url'] if sentence['url'] else ''}]")


@main.command(epilog=EXIT_CODES)
@click.argument("event_id", metavar="[EVENT]", required=False)
@project_options
@click.option("--all", "show_all", is_flag=True, help="Every quotation found, not only the key ones.")
@click.option("--json", "as_json", is_flag=True, help="Print quotes as JSON.")
@click.option("--explain", is_flag=True, help="Show the words that attributed each quotation (its cue).")
@handle_errors
def quotes(event_id, corpus_dir, events_file, max_file_size, follow_external_symlinks, quiet, verbose, show_all,
           as_json, explain):
    """Key quotes of one event (or of every event), with speaker and source."""
    project = _project(_settings(corpus_dir, events_file, max_file_size, follow_external_symlinks))
    events_wanted = [project.catalog.event(event_id)] if event_id else list(project.catalog.events)
    rows = []
    for event in events_wanted:
        content = event_content(event, project.units_of(event.id), project.catalog, Options(sentences=1))
        key = {(q.unit_id, q.start) for q in content.key_quotes}
        for quote in content.quotes if show_all else content.key_quotes:
            rows.append(_quote_row(quote, event.id, (quote.unit_id, quote.start) in key))
    if show_all and not event_id:  # every quotation found, also in units about no listed event
        rows += [_quote_row(quote, None, False) for unit in project.units_of(None)
                 for quote in extract_quotes(unit, project.catalog.people)]
    if as_json:
        click.echo(json.dumps({"quotes": rows}, indent=2, ensure_ascii=False))
        return
    for row in rows:
        mark = "*" if row["key"] else " "
        click.echo(f"{mark} “{row['text']}”\n    — {row['speaker'] or 'unknown speaker'} [{row['unit']}]")
        if explain:
            click.echo(f"      cue: {row['cue'] or '(none: the text does not say who spoke)'}"
                       f" ({row['speaker_kind']}, {row['lang']})")
    click.echo(f"{len(rows)} quotations" + ("" if show_all else " (key quotes; --all for every quotation)"))


def _quote_row(quote, event_id: str | None, key: bool) -> dict:
    return {"text": quote.text, "speaker": quote.speaker, "speaker_kind": quote.speaker_kind, "lang": quote.lang,
            "cue": quote.cue, "unit": quote.unit_id, "source": quote.source, "key": key, "event": event_id}


@main.command(epilog=EXIT_CODES)
@click.option("--json", "as_json", is_flag=True, help="Print locales as JSON.")
@click.option("--templates", "templates_dir", type=click.Path(path_type=Path), default=None,
              help="House style folder whose locales/ adds languages.")
@handle_errors
def locales(as_json, templates_dir):
    """The languages packs can be built in."""
    extra = (templates_dir / "locales",) if templates_dir else ()
    infos = [locale_info(code) for code in available_locales(extra)]
    if as_json:
        click.echo(json.dumps({"locales": [asdict(info) for info in infos]}, indent=2, ensure_ascii=False))
        return
    _table(("code", "name", "English name", "direction", "script"),
           [(i.code, i.name, i.english_name, i.direction, i.script) for i in infos])


@main.group()
def templates() -> None:
    """Work with the house style templates."""


@templates.command("init")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite files that already exist.")
@handle_errors
def templates_init(folder: Path, force: bool):
    """Copy the default templates into FOLDER to edit them; build with --templates FOLDER."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in TEMPLATE_FILES:
        target = folder / name
        if target.exists() and not force:
            raise InputError(f"{target} exists (use --force to overwrite)")
        shutil.copyfile(default_templates_dir() / name, target)
        click.echo(f"wrote {target}")
    click.echo(f"Edit them, then: briefgen build --templates {folder}")


@templates.command("vars")
@click.option("--json", "as_json", is_flag=True)
def templates_vars(as_json: bool):
    """What the content template can use, with types and examples."""
    if as_json:
        click.echo(json.dumps([dict(zip(("name", "type", "description", "example"), row))
                               for row in TEMPLATE_VARIABLES], indent=2, ensure_ascii=False))
        return
    _table(("variable", "type", "description", "example"), TEMPLATE_VARIABLES)


def run() -> None:
    """The `briefgen` program: the CLI, then an exit that skips tearing the interpreter down.

    By then every file is written and closed, every worker process and thread stopped; what is
    left is freeing the heaps of natasha, NumPy and the rest, one object at a time (about 0.1 s
    of a 0.3 s rebuild), which the operating system does at once."""
    try:
        main()  # click's standalone mode ends with SystemExit, also on success
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        if isinstance(done.code, str):
            click.echo(done.code, err=True)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader has gone (`briefgen events | head`)
        code = code or EXIT_BROKEN_PIPE
    os._exit(code)


def _table(headers, rows) -> None:
    rows = [tuple(str(cell) for cell in row) for row in rows]
    widths = [max([len(header)] + [len(row[i]) for row in rows]) for i, header in enumerate(headers)]
    widths[-1] = 0  # the last column is not padded
    click.echo("  ".join(header.ljust(width) for header, width in zip(headers, widths)).rstrip())
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
