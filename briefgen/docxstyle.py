"""Per-locale touches to the DOCX reference document, and byte-stable DOCX files.

The house reference.docx sets styles; briefgen adds what depends on the locale: the fonts
for East Asian and complex scripts (Arabic, Devanagari) in the document defaults, the Latin
font when the reference only names theme fonts, and the language tags Word uses for spelling
and shaping.  Explicit house fonts are never overwritten.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from functools import lru_cache

_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@lru_cache(maxsize=32)
def localize_reference(reference: bytes, latin_font: str, east_asian_font: str, complex_font: str,
                       language_tag: str, rtl: bool) -> bytes:
    """A copy of the reference document with the locale's fonts and language in its styles."""
    source = zipfile.ZipFile(io.BytesIO(reference))
    styles = source.read("word/styles.xml").decode("utf-8")
    styles = _set_fonts(styles, {"ascii": latin_font, "hAnsi": latin_font, "eastAsia": east_asian_font,
                                 "cs": complex_font})
    styles = _set_default_language(styles, language_tag, rtl)
    return _rezip(source, {"word/styles.xml": styles.encode("utf-8")})


_THEME_ATTRIBUTE = {"ascii": "w:asciiTheme", "hAnsi": "w:hAnsiTheme", "eastAsia": "w:eastAsiaTheme", "cs": "w:cstheme"}


def _set_fonts(styles: str, fonts: dict[str, str]) -> str:
    """Theme fonts (which Word prefers over named ones) become the named fonts for each script;
    Latin fonts the house style names explicitly stay.  The defaults always get East Asian and
    complex-script fonts, so Chinese, Arabic-script and Devanagari text has a font to use."""
    defaults = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.S)
    marker = "\0DEFAULTS\0"
    block = defaults.group(0) if defaults else ""
    if block:
        styles = styles.replace(block, marker)
    styles = re.sub(r"<w:rFonts\b[^>]*/>", lambda match: _rewrite_fonts(match.group(0), fonts, False), styles)
    if block:
        if "<w:rFonts" in block:
            block = re.sub(r"<w:rFonts\b[^>]*/>", lambda match: _rewrite_fonts(match.group(0), fonts, True), block)
        else:
            block = block.replace("<w:rPr>", "<w:rPr>" + _rewrite_fonts("<w:rFonts />", fonts, True), 1)
        styles = styles.replace(marker, block)
    return styles


def _rewrite_fonts(element: str, fonts: dict[str, str], is_default: bool) -> str:
    attributes = _attributes(element)
    for slot, font in fonts.items():
        explicit, theme = f"w:{slot}", _THEME_ATTRIBUTE[slot]
        if theme in attributes:
            attributes.pop(theme)
            attributes[explicit] = font if slot in ("eastAsia", "cs") else attributes.get(explicit, font)
        elif is_default and explicit not in attributes:
            attributes[explicit] = font
    return "<w:rFonts " + " ".join(f'{key}="{value}"' for key, value in attributes.items()) + " />"


def _set_default_language(styles: str, tag: str, rtl: bool) -> str:
    match = re.search(r"<w:rPrDefault>.*?</w:rPrDefault>", styles, re.S)
    if not match:
        return styles
    block = match.group(0)
    language = f'<w:lang w:val="{tag}" w:eastAsia="zh-CN" w:bidi="{tag if rtl else "ar-SA"}" />'
    existing = re.search(r"<w:lang\b[^>]*/>", block)
    new_block = block.replace(existing.group(0), language) if existing else block.replace("</w:rPr>", language + "</w:rPr>", 1)
    return styles.replace(block, new_block)


def _attributes(element: str) -> dict[str, str]:
    return dict(re.findall(r'(w:\w+)="([^"]*)"', element))


def normalize_docx(data: bytes, timestamp: dt.datetime) -> bytes:
    """Same content, same bytes: the document's dates set to `timestamp`, fixed zip entry times
    and permissions (pandoc stamps the build time and varies zip dates, pandoc #7654)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    stamp = timestamp.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    replacements = {}
    if "docProps/core.xml" in source.namelist():
        core = source.read("docProps/core.xml").decode("utf-8")
        core = re.sub(r"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{stamp}\g<2>", core)
        replacements["docProps/core.xml"] = core.encode("utf-8")
    return _rezip(source, replacements)


def _rezip(source: zipfile.ZipFile, replacements: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, replacements.get(item.filename, source.read(item.filename)))
    return buffer.getvalue()
