"""Dates written in a text: found, then resolved as far as the text itself allows.

- "07.04.2023" is ambiguous (7 April or July 4).  It is resolved by the document's own
  convention (another numeric date with a day above 12), or by a weekday the same text
  names ("on Tuesday": only one reading is a Tuesday); otherwise both readings are kept.
- "Thursday, July 4" has no year: the weekday fixes it to the latest such year up to the
  reference date (the build date, or SOURCE_DATE_EPOCH).
- Month names come from babel's CLDR data (English and Russian), so "15 сентября 2022" reads too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from briefgen.model import DateMention

DATE_LANGUAGES = ("en", "ru")
_YEAR = r"(?:19|20)\d{2}"
_ORDINAL = r"(?:st|nd|rd|th)?"
_NOT_A_YEAR_AFTER = (
    r"(?!\s*(?:km|kilomet|miles?|tons?|tonnes|people|troops|%|percent|per cent|million|billion|"
    r"dollars|metres|meters|years?\b)|[.,]\d|s\b)"
)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names -> number, from CLDR plus common English abbreviations.

    Names are matched as written: capitalised or upper case, and lower case only in
    languages that write them so (Russian), so the English modal "may" is not a month.
    """
    from babel import Locale
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {"Sept": 9, "SEPT": 9}
    weekdays: dict[str, int] = {}
    for language in DATE_LANGUAGES:
        lower_case_names = Locale.parse(language).months["format"]["wide"][1].islower()
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context, language).items():
                    name = name.rstrip(".")
                    if len(name) >= 3:
                        _add_spellings(months, name, number, lower_case_names)
            for number, name in get_day_names("wide", context, language).items():
                _add_spellings(weekdays, name, number, lower_case_names)  # 0 = Monday
    return months, weekdays


def _add_spellings(table: dict[str, int], name: str, number: int, lower_case_names: bool) -> None:
    spellings = {name[:1].upper() + name[1:], name.upper()}
    if lower_case_names:
        spellings.add(name.lower())
    for spelling in spellings:
        table[spelling] = number


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months, weekdays = _vocabulary()
    month = "(?P<month>" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\.?"
    weekday = "(?P<weekday>" + "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True)) + ")"
    return {
        "iso": re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b"),
        "numeric": re.compile(rf"\b(?P<a>\d{{1,2}})(?P<sep>[./])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR})\b"),
        "month_first": re.compile(
            rf"\b{month}\s+(?P<d>\d{{1,2}}){_ORDINAL}(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORDINAL})?\b"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        ),
        "day_first": re.compile(
            rf"\b(?P<d>\d{{1,2}}){_ORDINAL}(?:\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORDINAL})?\s+(?:of\s+)?{month}"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
        ),
        "month_year": re.compile(rf"\b{month}\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
        # 2024年10月23日, 8月24日, 10月22日至24日 (Chinese and Japanese)
        "cjk": re.compile(rf"(?:(?P<y>{_YEAR})\s*年\s*)?(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号]"
                          rf"(?:\s*(?:至|到|[-–—~])\s*(?P<d2>\d{{1,2}})\s*[日号])?"),
        "year": re.compile(rf"(?<![\d.,$€£/-])\b(?P<y>{_YEAR})\b{_NOT_A_YEAR_AFTER}"),
        "weekday_before": re.compile(rf"\b{weekday},?\s+(?:the\s+)?$"),
        "weekday": re.compile(rf"\b{weekday}\b"),
    }


def numeric_convention(text: str) -> str | None:
    """'dmy' or 'mdy' when a numeric date in the text settles the order (a part above 12)."""
    for match in _patterns()["numeric"].finditer(text):
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            return "dmy"
        if second > 12 >= first:
            return "mdy"
    return None


def find_dates(text: str, reference: dt.date, convention: str | None = None) -> tuple[DateMention, ...]:
    """Every date in `text`, in order of appearance, resolved where the text allows."""
    patterns = _patterns()
    weekdays_named = {_vocabulary()[1][m["weekday"]] for m in patterns["weekday"].finditer(text)}
    taken = [False] * len(text)
    mentions: list[DateMention] = []
    for kind in ("iso", "numeric", "cjk", "month_first", "day_first", "month_year", "year"):
        for match in patterns[kind].finditer(text):
            if any(taken[match.start():match.end()]):
                continue
            mention = _mention(kind, match, text, reference, convention, weekdays_named)
            if mention is None:
                continue
            taken[match.start():match.end()] = [True] * (match.end() - match.start())
            mentions.append(mention)
    return tuple(sorted(mentions, key=lambda mention: mention.offset))


def _mention(kind, match, text, reference, convention, weekdays_named) -> DateMention | None:
    base = {"text": match.group(0), "offset": match.start()}
    if kind == "year":
        return DateMention(year=int(match["y"]), **base)
    if kind == "iso":
        return _exact(int(match["y"]), int(match["m"]), int(match["d"]), None, base)
    if kind == "numeric":
        return _numeric(match, convention, weekdays_named, base)
    month = int(match["m"]) if kind == "cjk" else _vocabulary()[0][match["month"].rstrip(".")]
    if not 1 <= month <= 12:
        return None
    year = int(match["y"]) if match["y"] else None
    if kind == "month_year":
        return DateMention(year=year, month=month, **base)
    day, end_day = int(match["d"]), int(match["d2"]) if match["d2"] else None
    if not 1 <= day <= 31 or (end_day is not None and not day < end_day <= 31):
        return None
    if year is None:
        weekday = _weekday_before(text, match.start())
        year = _year_from_weekday(month, day, weekday, reference) if weekday is not None else None
    if year is None:
        return DateMention(month=month, day=day, end_day=end_day, **base)
    return _exact(year, month, day, end_day, base)


def _exact(year: int, month: int, day: int, end_day: int | None, base: dict) -> DateMention | None:
    try:
        start = dt.date(year, month, day)
        end = dt.date(year, month, end_day) if end_day else start
    except ValueError:
        return None
    return DateMention(start=start.isoformat(), end=end.isoformat(), year=year, month=month, day=day,
                       end_day=end_day, **base)


def _numeric(match, convention, weekdays_named, base) -> DateMention | None:
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    readings = []
    for order, (day, month) in (("dmy", (first, second)), ("mdy", (second, first))):
        try:
            readings.append((order, dt.date(year, month, day)))
        except ValueError:
            continue
    unique = {date for _, date in readings}
    if not unique:
        return None
    if len(unique) > 1 and convention:
        readings = [(order, date) for order, date in readings if order == convention]
    if len({date for _, date in readings}) > 1:
        same_weekday = [(order, date) for order, date in readings if date.weekday() in weekdays_named]
        if len(same_weekday) == 1:
            readings = same_weekday
    dates = sorted({date for _, date in readings})
    if len(dates) > 1:
        return DateMention(year=year, readings=tuple(date.isoformat() for date in dates), **base)
    date = dates[0]
    return DateMention(start=date.isoformat(), end=date.isoformat(), year=date.year, month=date.month,
                       day=date.day, **base)


def _weekday_before(text: str, position: int) -> int | None:
    match = _patterns()["weekday_before"].search(text[max(0, position - 24):position])
    return _vocabulary()[1][match["weekday"]] if match else None


def _year_from_weekday(month: int, day: int, weekday: int, reference: dt.date) -> int | None:
    """The latest year, up to the reference date, in which month/day fell on that weekday."""
    for year in range(reference.year, reference.year - 28, -1):
        if day > calendar.monthrange(year, month)[1]:
            continue
        candidate = dt.date(year, month, day)
        if candidate <= reference and candidate.weekday() == weekday:
            return year
    return None
