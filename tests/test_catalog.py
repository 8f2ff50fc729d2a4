"""catalog.py: the catalog is validated with file:line errors; events and people read back."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from briefgen.catalog import load_catalog
from briefgen.errors import CatalogError

from conftest import CORPUS

GOOD = """\
events:
  - id: tianjin-2025
    name: {en: SCO Summit in Tianjin 2025, zh: 2025年上海合作组织天津峰会}
    city: {en: Tianjin, zh: 天津}
    country: CN
    start: 2025-08-31
    end: 2025-09-01
"""


def _load(tmp_path, text):
    path = tmp_path / "events.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_catalog(path)


def test_bundled_catalog_has_the_four_summits():
    catalog = load_catalog(CORPUS / "events.yaml")
    assert [e.id for e in catalog.events] == ["dushanbe-2021", "samarkand-2022", "new-delhi-2023", "astana-2024"]
    samarkand = catalog.event("samarkand-2022")
    assert (samarkand.start, samarkand.end, samarkand.country) == (dt.date(2022, 9, 15), dt.date(2022, 9, 16), "UZ")
    assert samarkand.name("ru") == "Саммит ШОС в Самарканде 2022"
    assert samarkand.city_name("zh") == "撒马尔罕"
    astana = catalog.event("astana-2024")
    assert "Nur-Sultan" in astana.place_names
    assert [(a.start_year, a.end_year) for a in astana.aliases if a.name == "Nur-Sultan"] == [(2019, 2022)]
    assert catalog.event("new-delhi-2023").format == "virtual"
    assert catalog.person("Putin").roles[0].country == "RU"


def test_a_minimal_entry_loads(tmp_path):
    [event] = _load(tmp_path, GOOD).events
    assert event.name("zh") == "2025年上海合作组织天津峰会"
    assert event.name("kk") == "SCO Summit in Tianjin 2025"  # falls back to English


@pytest.mark.parametrize("change, message, line", [
    (("start:", "strat:"), "unknown key 'strat'", 6),
    (("2025-09-01", "2025-13-01"), "bad date '2025-13-01' in 'end'", 7),
    (("2025-09-01", "2025-08-01"), "end 2025-08-01 is before start 2025-08-31", 7),
    (("country: CN", "country: XX"), "'XX' is not an ISO 3166 country code", 5),
    (("id: tianjin-2025", "id: Tianjin 2025"), "id must be lower-case", 2),
    (("    end: 2025-09-01\n", ""), "missing required field 'end'", 2),
])
def test_errors_name_file_line_and_field(tmp_path, change, message, line):
    with pytest.raises(CatalogError) as raised:
        _load(tmp_path, GOOD.replace(*change))
    assert message in str(raised.value)
    assert str(raised.value).startswith(f"{tmp_path / 'events.yaml'}:{line}: ")


def test_broken_yaml_missing_file_and_duplicate_ids(tmp_path):
    with pytest.raises(CatalogError, match=r"events.yaml:\d+: invalid YAML"):
        _load(tmp_path, "events: [\n  - id: x\n")
    with pytest.raises(CatalogError, match="event catalog not found"):
        load_catalog(tmp_path / "missing.yaml")
    doubled = GOOD + GOOD.split("events:\n", 1)[1]
    with pytest.raises(CatalogError, match="duplicate event id 'tianjin-2025' \\(first defined at line 2\\)"):
        _load(tmp_path, doubled)


def test_unknown_event_lists_the_known_ones(tmp_path):
    with pytest.raises(CatalogError, match="unknown event 'x' \\(known events: tianjin-2025\\)"):
        _load(tmp_path, GOOD).event("x")
