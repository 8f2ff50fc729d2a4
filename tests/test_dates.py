"""dates.py: dates in text, resolved as far as the text allows."""

from __future__ import annotations

import datetime as dt

from briefgen.dates import find_dates, numeric_convention

TODAY = dt.date(2026, 1, 1)


def _dates(text, convention=None):
    return [(m.text, m.status, m.start, m.end) for m in find_dates(text, TODAY, convention)]


def test_written_dates_in_english_and_russian():
    assert _dates("September 16 2022") == [("September 16 2022", "exact", "2022-09-16", "2022-09-16")]
    assert _dates("on 15–16 сентября 2022 г.") == [("15–16 сентября 2022", "exact", "2022-09-15", "2022-09-16")]
    assert _dates("the summit, 2024-07-03,") == [("2024-07-03", "exact", "2024-07-03", "2024-07-03")]


def test_a_date_without_a_year_keeps_month_and_day():
    [mention] = find_dates("On September 16-17, a meeting took place", TODAY)
    assert (mention.status, mention.month, mention.day, mention.end_day) == ("yearless", 9, 16, 17)


def test_a_weekday_next_to_the_date_fixes_the_year():
    [mention] = find_dates("on Thursday, July 4, to resist", TODAY)
    assert mention.start == "2024-07-04"  # the latest Thursday 4 July up to the reference date


def test_ambiguous_numeric_date_resolved_by_the_weekday_the_text_names():
    [mention] = find_dates("progress in trade, 07.04.2023. The leader spoke at the summit on Tuesday.", TODAY)
    assert mention.start == "2023-07-04"  # 4 July 2023 was a Tuesday, 7 April a Friday


def test_ambiguous_numeric_date_without_context_keeps_both_readings():
    [mention] = find_dates("published 07.04.2023", TODAY)
    assert mention.status == "ambiguous"
    assert mention.readings == ("2023-04-07", "2023-07-04")


def test_the_documents_own_convention_settles_the_order():
    assert numeric_convention("Posted 25.12.2022, updated 07.04.2023") == "dmy"
    [_, second] = find_dates("Posted 25.12.2022, updated 07.04.2023", TODAY, "dmy")
    assert second.start == "2023-04-07"


def test_numbers_that_are_not_years_or_dates():
    found = _dates("a record $263 billion, up 35% over 2,500 years and 4,380 km; it may 5 times; in 2022")
    assert found == [("2022", "year", None, None)]
