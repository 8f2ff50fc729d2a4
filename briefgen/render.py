"""Render a Pack: Jinja2 -> Markdown, then pandoc -> DOCX, and pandoc -> Typst -> PDF.

Corpus text is data: every value a template prints is escaped for Markdown (the template's
own text is not), the Markdown is read by pandoc without raw HTML, and pandoc escapes it
again for Typst (with a filter for the shorthands its writer leaves, "..." and "-?"), so
"# heading", "<script>", "{{ 7*7 }}", "\\input{x}", "#set page(...)" or "..." found in a source
come out as those characters; bidi controls come out visible (‹U+202E›), not obeyed.
pandoc and Typst run as child processes within a time and memory budget (budget.py).
Template problems become TemplateError with the template's file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import traceback
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefgen.budget import Budget, run_limited
from briefgen.docxstyle import localize_reference, normalize_docx
from briefgen.errors import RenderError, TemplateError
from briefgen.fonts import SCRIPT_FONTS, code_point_label, describe, font_chain, font_dirs, uncovered
from briefgen.l10n import Localizer
from briefgen.pack import Pack
from briefgen.typst_worker import TypstWorkers

CONTENT_TEMPLATE = "briefing.md.j2"
DOCX_REFERENCE = "reference.docx"
PDF_TEMPLATE = "briefing.typ"
HTML_STYLESHEET = "briefing.css"
SITE_TEMPLATE = "index.html.j2"
LOGO_NAMES = ("logo.svg", "logo.png", "logo.jpg")
TEMPLATE_FILES = (CONTENT_TEMPLATE, DOCX_REFERENCE, PDF_TEMPLATE, HTML_STYLESHEET, SITE_TEMPLATE)
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")
MARKDOWN_READER = "commonmark+pipe_tables+attributes+raw_attribute+fenced_divs+bracketed_spans-raw_html"

_ALWAYS_ESCAPED = re.compile(r"[\\`*_\[\]<>|{}&]")
_LINE_START = re.compile(r"^[-+=#:~]")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])")


class MarkdownSafe(str):
    """Markdown written by the template or by briefgen itself, never by the corpus."""


_LRM, _RLM = "\u200e", "\u200f"
# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) in corpus text would make a reader
# see other text than the source's ("gnivom" drawn as "moving"): packs show them as ‹U+202E› instead.
# The marks LRM, RLM and ALM only place digits and punctuation, but that is enough to swap two numbers
# ("RLM 2022 2023 RLM" reads "2023 2022"): they are kept where right-to-left text needs them (a value
# with Arabic or Hebrew letters) and shown elsewhere.  briefgen's own isolate_direction adds its marks
# after escaping, so they stay.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BIDI_MARKS = frozenset("\u200e\u200f\u061c")


def visible_bidi(control: str) -> str:
    return f"‹U+{ord(control):04X}›"


def hidden_bidi(text: str) -> set[str]:
    """The bidi controls of `text` that packs show as code points rather than obey."""
    found = BIDI_CONTROLS.intersection(text)
    if BIDI_MARKS.intersection(text) and not _has_right_to_left_letters(text):
        found |= BIDI_MARKS.intersection(text)
    return found


def show_bidi(text: str) -> str:
    hidden = hidden_bidi(text)
    return text.translate({ord(char): visible_bidi(char) for char in hidden}) if hidden else text


def _has_right_to_left_letters(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") and char not in BIDI_MARKS for char in text)


def direction_of(text: str) -> str | None:
    """'ltr' or 'rtl' by the first strong character (as the Unicode bidi algorithm decides), else None."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def isolate_direction(text: str, page_direction: str) -> str:
    """Text written the other way than the page keeps its own punctuation order: a Latin sentence
    on a Persian page is framed by left-to-right marks (and vice versa), which Typst, Word and
    browsers all honour."""
    own = direction_of(text)
    if own is None or own == page_direction:
        return text
    mark = _LRM if own == "ltr" else _RLM
    return f"{mark}{text}{mark}"


def escape_markdown(value) -> str:
    """Any value -> Markdown that shows exactly its characters, on one line."""
    if value is None:
        return ""
    if isinstance(value, MarkdownSafe):
        return value
    text = show_bidi(" ".join(str(value).split()))
    text = _ALWAYS_ESCAPED.sub(lambda match: "\\" + match.group(0), text)
    text = _LINE_START.sub(lambda match: "\\" + match.group(0), text)
    return _ORDERED_MARKER.sub(r"\1\\\2", text)


def markdown_link(url) -> str:
    """An http(s) URL as a Markdown autolink; anything else (javascript:, data:) stays plain text."""
    text = str(url or "")
    if re.fullmatch(r"https?://[^\s<>]+", text) and not hidden_bidi(text):
        return MarkdownSafe(f"<{text}>")
    return escape_markdown(text)


def in_language(value, lang: str | None, page_lang: str, page_direction: str) -> str:
    """Text in another language than the pack's, marked as such (`[text]{lang=ru}`): HTML and DOCX
    tell readers, screen readers and spell checkers; text running the other way than the page is
    also isolated (`dir`), so its punctuation and numbers stay in place."""
    escaped = escape_markdown(value)
    tag = str(lang or "").replace("_", "-")
    if not escaped or tag == page_lang.replace("_", "-") or not _LANGUAGE_TAG.fullmatch(tag):
        return MarkdownSafe(isolate_direction(escaped, page_direction))
    own = direction_of(escaped)
    direction = f" dir={own}" if own and own != page_direction else ""
    return MarkdownSafe(f"[{isolate_direction(escaped, page_direction)}]{{lang={tag}{direction}}}")


_LANGUAGE_SPAN = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\{lang=[A-Za-z0-9-]+(?: dir=(?:ltr|rtl))?\}")


def without_language_spans(markdown: str) -> str:
    """The published Markdown keeps the text, not the `[text]{lang=ru}` marks made for HTML and DOCX:
    plain Markdown viewers would show the braces.  (Corpus brackets are escaped, so only ours match.)"""
    return _LANGUAGE_SPAN.sub(r"\1", markdown)


def default_templates_dir() -> Path:
    """The default house style: installed as briefgen/_templates (wheel), or templates/ of a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "_templates"
    return installed if (installed / CONTENT_TEMPLATE).is_file() else package.parent / "templates"


@dataclass(frozen=True)
class HouseStyle:
    """The template files in use: each from the user's folder when it has one, else the default."""

    content: Path
    reference_docx: Path
    typst: Path
    stylesheet: Path
    logo: Path | None
    user_dir: Path | None
    site: Path | None = None  # output/index.html's template: not part of the packs' fingerprint

    @property
    def locales_dirs(self) -> tuple[Path, ...]:
        return (self.user_dir / "locales",) if self.user_dir and (self.user_dir / "locales").is_dir() else ()

    @property
    def fonts_dirs(self) -> tuple[Path, ...]:
        return (self.user_dir / "fonts",) if self.user_dir and (self.user_dir / "fonts").is_dir() else ()

    def fingerprint(self) -> str:
        """Changes whenever a file that shapes the output changes (for the build cache)."""
        digest = hashlib.sha256()
        files = [self.content, self.reference_docx, self.typst, self.stylesheet, *([self.logo] if self.logo else [])]
        for folder in (*self.locales_dirs, *self.fonts_dirs):
            files += sorted(path for path in folder.rglob("*") if path.is_file())
        for path in files:
            digest.update(str(path.name).encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()


def house_style(user_dir: Path | None = None) -> HouseStyle:
    if user_dir is not None and not user_dir.is_dir():
        raise TemplateError("templates folder not found", user_dir)
    default = default_templates_dir()

    def pick(name: str) -> Path:
        if user_dir is not None and (user_dir / name).is_file():
            return user_dir / name
        return default / name

    logo = next((folder / name for folder in ([user_dir] if user_dir else []) + [default]
                 for name in LOGO_NAMES if (folder / name).is_file()), None)
    return HouseStyle(pick(CONTENT_TEMPLATE), pick(DOCX_REFERENCE), pick(PDF_TEMPLATE), pick(HTML_STYLESHEET), logo,
                      user_dir, pick(SITE_TEMPLATE))


class CompiledTemplates:
    """Jinja2 bytecode shared by the environments of one build (one per pack: each has its own
    locale's labels and filters): the content template is compiled once, not once per pack."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}
        self._cache = None

    def bytecode_cache(self):
        """The jinja2 BytecodeCache over this object (jinja2 is imported only when a pack is rendered)."""
        if self._cache is None:
            from jinja2.bccache import BytecodeCache

            code = self._code

            class InMemory(BytecodeCache):
                def load_bytecode(self, bucket) -> None:
                    if bucket.key in code:
                        bucket.bytecode_from_string(code[bucket.key])

                def dump_bytecode(self, bucket) -> None:
                    code[bucket.key] = bucket.bytecode_to_string()

            self._cache = InMemory()
        return self._cache


def render_markdown(pack: Pack, style: HouseStyle, localizer: Localizer,
                    compiled: CompiledTemplates | None = None) -> str:
    """The pack as Markdown, through the content template (compiled once per `compiled`)."""
    import jinja2

    environment = _environment(style, localizer, compiled or CompiledTemplates())
    try:
        template = environment.get_template(style.content.name)
        text = template.render(**_template_context(pack, localizer))
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(error.message or str(error), error.filename or style.content, error.lineno) from None
    except jinja2.TemplateNotFound as error:
        raise TemplateError(f"template not found: {error.name}", style.content) from None
    except TemplateError:
        raise
    except Exception as error:  # a template's runtime error: point at the template line
        path, line = _template_location(error, style)
        raise TemplateError(f"{type(error).__name__}: {error}", path, line) from None
    return text.rstrip("\n") + "\n"


def _environment(style: HouseStyle, localizer: Localizer, compiled: CompiledTemplates):
    import jinja2

    loaders = []
    if style.user_dir:
        loaders.append(jinja2.FileSystemLoader(str(style.user_dir)))
    default = jinja2.FileSystemLoader(str(default_templates_dir()))
    loaders += [jinja2.PrefixLoader({"default": default}), default]
    direction = localizer.info.direction

    def finalize(value):
        escaped = escape_markdown(value)
        return escaped if isinstance(value, MarkdownSafe) else isolate_direction(escaped, direction)

    from jinja2.sandbox import SandboxedEnvironment

    # Templates arrive through pull requests: a sandbox keeps `lipsum.__globals__['os']` and friends out.
    environment = SandboxedEnvironment(
        loader=jinja2.ChoiceLoader(loaders), extensions=["jinja2.ext.i18n"], finalize=finalize,
        undefined=jinja2.StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True, bytecode_cache=compiled.bytecode_cache(),
    )
    environment.install_gettext_translations(localizer.catalog, newstyle=True)
    environment.filters["link"] = markdown_link
    environment.filters["in_language"] = lambda value, lang: in_language(value, lang, localizer.code, direction)
    environment.filters["markdown"] = MarkdownSafe
    environment.globals.update(
        number=localizer.number, percent=localizer.percent, currency=localizer.currency, format_list=localizer.list,
        date=lambda iso: localizer.date(dt.date.fromisoformat(str(iso))),
        open_quote=localizer.open_quote, close_quote=localizer.close_quote,
    )
    return environment


def _template_context(pack: Pack, localizer: Localizer) -> dict:
    return {
        "pack": pack, "event": pack.event, "summary": pack.summary, "quotes": pack.quotes,
        "sources": pack.sources, "locale": pack.locale, "prepared_on": pack.prepared_on,
        "prepared_on_iso": pack.prepared_on_iso, "language_note": pack.language_note,
    }


def _template_location(error: Exception, style: HouseStyle) -> tuple[Path, int | None]:
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if frame.filename.endswith((".j2", ".jinja", ".md"))]
    if frames:
        return Path(frames[-1].filename), frames[-1].lineno
    return style.content, None


# pandoc -------------------------------------------------------------------------------------------

_PANDOC_HEAP_EXHAUSTED = 251  # what pandoc (GHC's runtime) exits with when it reaches +RTS -M
TYPST_VERBATIM_FILTER = Path(__file__).resolve().parent / "data" / "typst_verbatim.lua"
_PANDOC_TEMPLATE_ERROR = re.compile(r'Error compiling template "(?P<path>[^"]+)" \(line (?P<line>\d+), column \d+\):'
                                    r'\s*(?P<message>.*)', re.S)


def _pandoc(markdown: str, to: str, extra_args: list[str], budget: Budget, outputfile: str | None = None) -> str:
    """Run pandoc (sandboxed: it reads no file the arguments do not name) within the budget."""
    import pypandoc

    command = [pypandoc.get_pandoc_path(), "+RTS", f"-M{budget.memory_mb}m", "-RTS", "--sandbox", "--quiet",
               f"--from={MARKDOWN_READER}", f"--to={to}", *extra_args, *([f"--output={outputfile}"] if outputfile else [])]
    done = run_limited(command, markdown.encode("utf-8"), budget, "pandoc")
    errors = done.stderr.decode("utf-8", "replace")
    if done.returncode == _PANDOC_HEAP_EXHAUSTED:
        raise budget.too_big("pandoc")
    if done.returncode != 0:
        problem = _PANDOC_TEMPLATE_ERROR.search(errors)
        if problem:  # a broken house template is the user's to fix: report where
            message = " ".join(problem.group("message").split())
            raise TemplateError(f"pandoc template: {message}", problem.group("path"), int(problem.group("line")))
        raise RenderError(f"pandoc could not write {to}: {' '.join(errors.split())[:300]}")
    return done.stdout.decode("utf-8")


def to_docx(markdown: str, pack: Pack, style: HouseStyle, timestamp: dt.datetime, budget: Budget = Budget()) -> bytes:
    """DOCX with the house reference document, the locale's fonts, language and direction."""
    complex_font = SCRIPT_FONTS.get(pack.locale.script) if pack.locale.script in ("Arab", "Deva") else "Noto Sans Arabic"
    reference = localize_reference(style.reference_docx.read_bytes(), "Noto Sans", "Noto Sans CJK SC",
                                   complex_font, _language_tag(pack), pack.locale.direction == "rtl")
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        reference_path = Path(folder) / "reference.docx"
        reference_path.write_bytes(reference)
        output = Path(folder) / "briefing.docx"
        _pandoc(markdown, "docx", [f"--reference-doc={reference_path}", *_metadata_args(pack)], budget, str(output))
        return normalize_docx(output.read_bytes(), timestamp)


HTML_TEMPLATE = Path(__file__).resolve().parent / "data" / "briefing.html"
HTML_LINKS_FILTER = Path(__file__).resolve().parent / "data" / "html_links.lua"


def to_html(markdown: str, pack: Pack, style: HouseStyle, budget: Budget = Budget()) -> bytes:
    """One self-contained HTML5 page: the house stylesheet embedded, no external resource (its
    Content-Security-Policy forbids any), `lang` and `dir` on the page, citations linked to the
    sources table."""
    header = f"<style>\n{_stylesheet(style)}</style>\n"
    title = show_bidi(pack.event.name)
    arguments = [f"--template={HTML_TEMPLATE}", "--wrap=none", f"--lua-filter={HTML_LINKS_FILTER}",
                 *_metadata_args(pack), f"--metadata=pagetitle:{title}", f"--metadata=generator:{pack.generator}"]
    if pack.locale.direction == "rtl":
        arguments.append(f"--metadata=description:{RTL_SEARCHABLE_NOTE}")
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        header_path = Path(folder) / "style.html"
        header_path.write_text(header, encoding="utf-8")
        arguments.append(f"--include-in-header={header_path}")
        return _pandoc(markdown, "html5", arguments, budget).encode("utf-8")


def _stylesheet(style: HouseStyle) -> str:
    try:
        css = style.stylesheet.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TemplateError(f"cannot read the stylesheet: {error}", style.stylesheet) from None
    if "</" in css:  # would close the <style> element and let markup in
        line = css[:css.index("</")].count("\n") + 1
        raise TemplateError("a stylesheet cannot contain '</' (it would end the page's <style> element)",
                            style.stylesheet, line)
    return css if css.endswith("\n") else css + "\n"


# Typst writes a wrong ToUnicode map for shaped Arabic script (typst/typst#4225, open): the PDF
# looks right but its text layer gives broken letters.  Said in HTML packs, the manifest and the index.
RTL_SEARCHABLE_NOTE = ("The PDF of a right-to-left pack cannot be searched or copied from reliably "
                       "(Typst's text layer for Arabic script); the HTML and DOCX are the searchable forms.")


@dataclass(frozen=True)
class Pdf:
    data: bytes
    warnings: tuple[str, ...] = ()


def to_pdf(markdown: str, pack: Pack, style: HouseStyle, localizer: Localizer, timestamp: dt.datetime,
           budget: Budget = Budget(), workers: TypstWorkers | None = None) -> Pdf:
    """PDF through pandoc's Typst writer and the house Typst template, compiled by a budgeted worker
    process (one of `workers`, else one started for this PDF).  Characters no font has are shown as
    their code points, with a warning naming them."""
    chain = font_chain(pack.locale.script)
    folders = font_dirs(style.fonts_dirs)
    _ = localizer.gettext
    labels = {"title": pack.event.name, "subtitle": _("Briefing pack"),
              "prepared": _("Prepared on %(date)s") % {"date": pack.prepared_on}, "page-label": _("Page"),
              "page-numbering": localizer.digits("1 / 1")}
    labels = {name: show_bidi(value) for name, value in labels.items()}  # the title is the catalog's
    missing = uncovered(markdown + "".join(labels.values()), chain, folders)
    shown = {ord(char): code_point_label(char) for char in missing}
    markdown, labels = markdown.translate(shown), {name: value.translate(shown) for name, value in labels.items()}
    warnings = (_missing_glyphs_warning(pack, missing),) if missing else ()
    arguments = [f"--template={style.typst}", "--wrap=none", f"--lua-filter={TYPST_VERBATIM_FILTER}",
                 *_metadata_args(pack), *(f"--metadata={name}:{value}" for name, value in labels.items()),
                 *(f"--metadata=fonts:{family}" for family in chain)]
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        if style.logo:
            shutil.copy(style.logo, Path(folder) / style.logo.name)
            arguments.append(f"--metadata=logo:{style.logo.name}")
        source = _pandoc(markdown, "typst", arguments, budget)
        return Pdf(_compile_typst(source, folder, folders, timestamp, budget, workers), warnings)


def _missing_glyphs_warning(pack: Pack, missing: list[str]) -> str:
    shown = "it as" if len(missing) == 1 else "each as its code point, like"
    return (f"{pack.event.id}/{pack.locale.code}: no installed font has {describe(missing)}: the PDF shows "
            f"{shown} {code_point_label(missing[0])} (add a font to <templates>/fonts/ to draw it)")


def _metadata_args(pack: Pack) -> list[str]:
    arguments = [f"--metadata=lang:{_language_tag(pack)}"]
    if pack.locale.direction == "rtl":
        arguments.append("--metadata=dir:rtl")
    return arguments


def _language_tag(pack: Pack) -> str:
    return pack.locale.code.replace("_", "-")


def _compile_typst(source: str, root: str, folders: tuple[str, ...], timestamp: dt.datetime, budget: Budget,
                   workers: TypstWorkers | None) -> bytes:
    if workers is None:
        with TypstWorkers(budget) as own:
            return _compile_typst(source, root, folders, timestamp, budget, own)
    pdf, warnings = workers.compile(folders, source.encode("utf-8"), root, int(timestamp.timestamp()))
    for warning in warnings:
        if "font" in warning:
            raise RenderError(f"Typst: {warning}")
    return pdf


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        with open(temporary, "xb") as stream:  # unlike mkstemp, honours the umask (0644 files)
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
