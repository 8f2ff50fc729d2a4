"""Render a Pack: Jinja2 -> Markdown, then pandoc -> DOCX, and pandoc -> Typst -> PDF.

Corpus text is data: every value a template prints is escaped for Markdown (the template's
own text is not), the Markdown is read by pandoc without raw HTML, and pandoc escapes it
again for Typst, so "# heading", "<script>", "{{ 7*7 }}", "\\input{x}" or "#set page(...)"
found in a source come out as those characters.  Template problems become TemplateError
with the template's file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
import shutil
import tempfile
import threading
import traceback
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefgen.docxstyle import localize_reference, normalize_docx
from briefgen.errors import RenderError, TemplateError
from briefgen.fonts import SCRIPT_FONTS, check_coverage, font_chain, font_dirs
from briefgen.l10n import Localizer
from briefgen.pack import Pack

CONTENT_TEMPLATE = "briefing.md.j2"
DOCX_REFERENCE = "reference.docx"
PDF_TEMPLATE = "briefing.typ"
LOGO_NAMES = ("logo.svg", "logo.png", "logo.jpg")
TEMPLATE_FILES = (CONTENT_TEMPLATE, DOCX_REFERENCE, PDF_TEMPLATE)
MARKDOWN_READER = "commonmark+pipe_tables+attributes+raw_attribute+fenced_divs+bracketed_spans-raw_html"

_ALWAYS_ESCAPED = re.compile(r"[\\`*_\[\]<>|{}&]")
_LINE_START = re.compile(r"^[-+=#:~]")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])")


class MarkdownSafe(str):
    """Markdown written by the template or by briefgen itself, never by the corpus."""


_LRM, _RLM = "\u200e", "\u200f"


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
    text = " ".join(str(value).split())
    text = _ALWAYS_ESCAPED.sub(lambda match: "\\" + match.group(0), text)
    text = _LINE_START.sub(lambda match: "\\" + match.group(0), text)
    return _ORDERED_MARKER.sub(r"\1\\\2", text)


def markdown_link(url) -> str:
    """An http(s) URL as a Markdown autolink; anything else (javascript:, data:) stays plain text."""
    text = str(url or "")
    if re.fullmatch(r"https?://[^\s<>]+", text):
        return MarkdownSafe(f"<{text}>")
    return escape_markdown(text)


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
    logo: Path | None
    user_dir: Path | None

    @property
    def locales_dirs(self) -> tuple[Path, ...]:
        return (self.user_dir / "locales",) if self.user_dir and (self.user_dir / "locales").is_dir() else ()

    @property
    def fonts_dirs(self) -> tuple[Path, ...]:
        return (self.user_dir / "fonts",) if self.user_dir and (self.user_dir / "fonts").is_dir() else ()

    def fingerprint(self) -> str:
        """Changes whenever a file that shapes the output changes (for the build cache)."""
        digest = hashlib.sha256()
        files = [self.content, self.reference_docx, self.typst, *([self.logo] if self.logo else [])]
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
    return HouseStyle(pick(CONTENT_TEMPLATE), pick(DOCX_REFERENCE), pick(PDF_TEMPLATE), logo, user_dir)


def render_markdown(pack: Pack, style: HouseStyle, localizer: Localizer) -> str:
    """The pack as Markdown, through the content template."""
    import jinja2

    environment = _environment(style, localizer)
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


def _environment(style: HouseStyle, localizer: Localizer):
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
        keep_trailing_newline=True,
    )
    environment.install_gettext_translations(localizer.catalog, newstyle=True)
    environment.filters["link"] = markdown_link
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

_PANDOC_TEMPLATE_ERROR = re.compile(r'Error compiling template "(?P<path>[^"]+)" \(line (?P<line>\d+), column \d+\):'
                                    r'\s*(?P<message>.*)', re.S)


def _pandoc(markdown: str, to: str, extra_args: list[str], outputfile: str | None = None) -> str:
    import pypandoc

    try:
        return pypandoc.convert_text(markdown, to, format=MARKDOWN_READER, extra_args=["--quiet", *extra_args],
                                     outputfile=outputfile, verify_format=False, sandbox=True)
    except (RuntimeError, OSError) as error:
        problem = _PANDOC_TEMPLATE_ERROR.search(str(error))
        if problem:  # a broken house template is the user's to fix: report where
            message = " ".join(problem.group("message").split())
            raise TemplateError(f"pandoc template: {message}", problem.group("path"), int(problem.group("line"))) from None
        raise RenderError(f"pandoc could not write {to}: {' '.join(str(error).split())[:300]}") from None


def to_docx(markdown: str, pack: Pack, style: HouseStyle, timestamp: dt.datetime) -> bytes:
    """DOCX with the house reference document, the locale's fonts, language and direction."""
    complex_font = SCRIPT_FONTS.get(pack.locale.script) if pack.locale.script in ("Arab", "Deva") else "Noto Sans Arabic"
    reference = localize_reference(style.reference_docx.read_bytes(), "Noto Sans", "Noto Sans CJK SC",
                                   complex_font, _language_tag(pack), pack.locale.direction == "rtl")
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        reference_path = Path(folder) / "reference.docx"
        reference_path.write_bytes(reference)
        output = Path(folder) / "briefing.docx"
        _pandoc(markdown, "docx", [f"--reference-doc={reference_path}", *_metadata_args(pack)], str(output))
        return normalize_docx(output.read_bytes(), timestamp)


def to_pdf(markdown: str, pack: Pack, style: HouseStyle, localizer: Localizer, timestamp: dt.datetime) -> bytes:
    """PDF through pandoc's Typst writer and the house Typst template, compiled in-process."""
    chain = font_chain(pack.locale.script)
    folders = font_dirs(style.fonts_dirs)
    check_coverage(markdown + pack.event.name + pack.prepared_on, chain, folders)
    _ = localizer.gettext
    labels = {"title": pack.event.name, "subtitle": _("Briefing pack"),
              "prepared": _("Prepared on %(date)s") % {"date": pack.prepared_on}, "page-label": _("Page"),
              "page-numbering": localizer.digits("1 / 1")}
    arguments = [f"--template={style.typst}", "--wrap=none", *_metadata_args(pack),
                 *(f"--metadata={name}:{value}" for name, value in labels.items()),
                 *(f"--metadata=fonts:{family}" for family in chain)]
    with tempfile.TemporaryDirectory(prefix="briefgen-") as folder:
        if style.logo:
            shutil.copy(style.logo, Path(folder) / style.logo.name)
            arguments.append(f"--metadata=logo:{style.logo.name}")
        source = _pandoc(markdown, "typst", arguments)
        return _compile_typst(source, folder, folders, timestamp)


def _metadata_args(pack: Pack) -> list[str]:
    arguments = [f"--metadata=lang:{_language_tag(pack)}"]
    if pack.locale.direction == "rtl":
        arguments.append("--metadata=dir:rtl")
    return arguments


def _language_tag(pack: Pack) -> str:
    return pack.locale.code.replace("_", "-")


def _compile_typst(source: str, root: str, folders: tuple[str, ...], timestamp: dt.datetime) -> bytes:
    import typst

    compiler = _compiler(folders)
    try:
        pdf, warnings = compiler.compile_with_warnings(input=source.encode("utf-8"), root=root, format="pdf",
                                                       timestamp=int(timestamp.timestamp()))
    except typst.TypstError as error:
        raise RenderError(f"Typst could not compile the PDF: {error.message}") from None
    for warning in warnings:
        if "font" in warning.message:
            raise RenderError(f"Typst: {warning.message}")
    return pdf


_THREAD_COMPILERS = threading.local()


def _compiler(folders: tuple[str, ...]):
    """One Typst compiler per thread and font set (a compiler must not be shared between threads);
    fonts are loaded once per compiler."""
    import typst

    compilers = _THREAD_COMPILERS.__dict__.setdefault("by_fonts", {})
    if folders not in compilers:
        fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=list(folders))
        compilers[folders] = typst.Compiler(font_paths=fonts, ignore_system_fonts=True)
    return compilers[folders]


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
