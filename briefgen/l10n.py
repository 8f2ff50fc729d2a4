"""Localization with babel: gettext catalogs for labels, CLDR for dates, numbers, countries and direction.

Catalogs live in briefgen/locales/<code>/LC_MESSAGES/briefgen.po and are compiled in memory
when a build needs them (no compiled .mo is committed).  A house style may ship its own
catalogs in <templates>/locales/; their entries win over the defaults.  Locales whose CLDR
default numbering system is not Latin (Persian: arabext) get native digits, which babel's
date formatting alone does not produce.
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from briefgen.errors import InputError

LOCALES_DIR = Path(__file__).resolve().parent / "locales"
DOMAIN = "briefgen"
SOURCE_LOCALE = "en"
_DIGIT_ZERO = {"arab": 0x0660, "arabext": 0x06F0, "deva": 0x0966, "beng": 0x09E6}
# CLDR <delimiters> quotationStart/End; babel does not ship them.  Others use “ ”.
QUOTATION_MARKS = {"ru": ("«", "»"), "be": ("«", "»"), "kk": ("«", "»"), "ky": ("«", "»"), "tg": ("«", "»"),
                   "fa": ("«", "»"), "uk": ("«", "»"), "fr": ("«\u202f", "\u202f»"), "de": ("„", "“")}


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated where it is shown."""
    return message


@dataclass(frozen=True)
class LocaleInfo:
    code: str
    name: str  # in its own language
    english_name: str
    direction: str  # "ltr" or "rtl"
    script: str  # ISO 15924: Latn, Cyrl, Arab, Deva, Hans
    numbering: str  # CLDR default numbering system


def available_locales(extra_dirs: tuple[Path, ...] = ()) -> tuple[str, ...]:
    """'en' plus every locale with a catalog, sorted."""
    codes = {SOURCE_LOCALE}
    for folder in (LOCALES_DIR, *extra_dirs):
        if folder.is_dir():
            codes |= {path.parent.parent.name for path in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return tuple(sorted(codes))


def resolve_locales(requested: tuple[str, ...] | list[str], extra_dirs: tuple[Path, ...] = ()) -> tuple[str, ...]:
    """Validate --locale values ('all' means every available locale); keep the order given."""
    available = available_locales(extra_dirs)
    if not requested:
        return (SOURCE_LOCALE,)
    result: list[str] = []
    for code in requested:
        expanded = available if code == "all" else (code.replace("-", "_"),)
        for item in expanded:
            if item not in available:
                raise InputError(f"unknown locale '{code}' (available: {', '.join(available)}, or 'all')")
            if item not in result:
                result.append(item)
    return tuple(result)


@lru_cache(maxsize=64)
def locale_info(code: str) -> LocaleInfo:
    from babel import Locale
    from babel.core import get_global

    locale = Locale.parse(code)
    likely = get_global("likely_subtags").get(code, code)
    script = locale.script or (likely.split("_")[1] if likely.count("_") >= 2 else "Latn")
    numbering = getattr(locale, "default_numbering_system", "latn") or "latn"
    return LocaleInfo(code, locale.get_display_name(code) or code, locale.get_display_name("en") or code,
                      "rtl" if locale.character_order == "right-to-left" else "ltr", script, numbering)


def translations(code: str, extra_dirs: tuple[Path, ...] = ()) -> gettext.NullTranslations:
    """The locale's catalog compiled in memory; house-style catalogs (extra_dirs) take precedence."""
    chain: gettext.NullTranslations | None = None
    for folder in (*extra_dirs, LOCALES_DIR):
        path = folder / code / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not path.is_file():
            continue
        compiled = _compile(path, path.stat().st_mtime_ns)
        if chain is None:
            chain = compiled
        else:
            chain.add_fallback(compiled)
    return chain or gettext.NullTranslations()


@lru_cache(maxsize=64)
def _compile(path: Path, _mtime: int) -> gettext.GNUTranslations:
    import io

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    try:
        with path.open("rb") as handle:
            catalog = read_po(handle)
    except Exception as error:  # babel raises several types for a broken .po
        raise InputError(f"cannot read translation catalog: {error}", path) from None
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


class Localizer:
    """Everything locale-dependent a pack shows: labels, dates, numbers, names of countries and languages."""

    def __init__(self, code: str, extra_dirs: tuple[Path, ...] = ()):
        from babel import Locale

        self.code = code
        self.info = locale_info(code)
        self.babel = Locale.parse(code)
        self.catalog = translations(code, extra_dirs)
        self.open_quote, self.close_quote = QUOTATION_MARKS.get(code.split("_")[0], ("“", "”"))

    def gettext(self, message: str) -> str:
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.catalog.ngettext(singular, plural, count)

    def digits(self, text: str) -> str:
        """ASCII digits in the locale's own numbering system (e.g. Persian ۱۵)."""
        zero = _DIGIT_ZERO.get(self.info.numbering)
        return text.translate({ord("0") + n: zero + n for n in range(10)}) if zero else text

    def number(self, value: float) -> str:
        from babel.numbers import format_decimal

        return self.digits(format_decimal(value, locale=self.babel, numbering_system="default"))

    def percent(self, value: float) -> str:
        from babel.numbers import format_percent

        return self.digits(format_percent(value, locale=self.babel, numbering_system="default"))

    def currency(self, value: float, code: str) -> str:
        from babel.numbers import format_currency

        return self.digits(format_currency(value, code, locale=self.babel, numbering_system="default"))

    def date(self, value: dt.date) -> str:
        from babel.dates import format_date

        return self.digits(format_date(value, "long", locale=self.babel))

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """'15–16 September 2022' in the locale's own form, full month names (CLDR yMMMd, widened)."""
        from babel.dates import format_date

        if start == end:
            return self.date(start)
        greatest = "y" if start.year != end.year else "M" if start.month != end.month else "d"
        formats = self.babel.interval_formats.get("yMMMd", {})
        if greatest not in formats:
            return f"{self.date(start)} – {self.date(end)}"
        first, second = (_widen_month(pattern) for pattern in formats[greatest])
        return self.digits(format_date(start, first, locale=self.babel) + format_date(end, second, locale=self.babel))

    def list(self, items) -> str:
        """'China, India, and Russia' / 'Китай, Индия и Россия' / '中国、印度和俄罗斯'."""
        from babel.lists import format_list

        return format_list([str(item) for item in items], locale=self.babel) if items else ""

    def country(self, code: str) -> str:
        return self.babel.territories.get(code, code)

    def language(self, code: str) -> str:
        return self.babel.languages.get(code, code)


def _widen_month(pattern: str) -> str:
    """CLDR field-width adjustment: abbreviated months (MMM/LLL) become full ones (MMMM/LLLL)."""
    out, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if char == "'":  # quoted literal
            end = pattern.find("'", index + 1)
            end = len(pattern) - 1 if end == -1 else end
            out.append(pattern[index:end + 1])
            index = end + 1
            continue
        run = len(pattern) - index - len(pattern[index:].lstrip(char)) if char in "ML" else 1
        if char in "ML" and run == 3:
            out.append(char * 4)
        else:
            out.append(pattern[index:index + run])
        index += run
    return "".join(out)
