"""grouping.py: evidence-based assignment, the seed corpus traps, and a new summit without code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks.quality import DEFAULT_GOLD, score_events
from briefgen.catalog import load_catalog
from briefgen.corpus import read_corpus
from briefgen.grouping import assign_events, assign_unit

from conftest import CORPUS, FIXTURES, SEED_ARTICLE, SEED_FORUM, make_unit

TIANJIN = """
  - id: tianjin-2025
    name: SCO Summit in Tianjin 2025
    city: {en: Tianjin, ru: Тяньцзинь, zh: 天津}
    country: CN
    start: 2025-08-31
    end: 2025-09-01
    ordinal: 25
"""


@pytest.fixture(scope="module")
def seed():
    return read_corpus(CORPUS, exclude=(CORPUS / "events.yaml",))


@pytest.fixture(scope="module")
def assignments(seed, catalog):
    return {a.unit_id: a for a in assign_events(seed.units, catalog)}


def test_seed_units_land_on_the_gold_events(seed, catalog):
    figures = score_events(json.loads(DEFAULT_GOLD.read_text(encoding="utf-8")), seed, catalog)
    assert figures["accuracy"] >= 0.95, figures["misses"]


def test_every_assignment_explains_itself(assignments):
    samarkand = assignments[f"{SEED_FORUM}#81"]
    assert samarkand.event_id == "samarkand-2022" and 0 < samarkand.confidence <= 1
    kinds = {evidence.kind for evidence in samarkand.evidence if evidence.event_id == "samarkand-2022"}
    assert {"keyword-headline", "place-summit", "published"} <= kinds  # "‘Samarkand Spirit’ ..." headline


def test_trap_a_passing_astana_mention_in_the_samarkand_article(assignments):
    """The 2022 article names Astana (a 2013 launch) and Nur-Sultan and discusses Kazakhstan at length."""
    unit = assignments[f"{SEED_FORUM}#81"]
    astana = [e for e in unit.evidence if e.event_id == "astana-2024"]
    assert astana and all(e.kind in ("place", "chair-mention") for e in astana)  # passing mentions only
    assert unit.scores["astana-2024"] < 0.2 * unit.scores["samarkand-2022"]
    assert "before the event" in unit.penalties["astana-2024"]


def test_trap_a_passing_mention_never_decides_alone(catalog):
    passing = make_unit("The BRI was launched by Xi in Astana (now Nur-Sultan) nine years ago. "
                        "Trade with Kazakhstan keeps growing, the ministry said.")
    assert assign_unit(passing, catalog).event_id is None
    summit = make_unit("Leaders gathered for the SCO summit in Astana, where Belarus joined the bloc.")
    assert assign_unit(summit, catalog).event_id == "astana-2024"


def test_trap_tianjin_economic_forum_does_not_pull_the_new_delhi_article(tmp_path, seed):
    catalog_file = tmp_path / "events.yaml"
    catalog_file.write_text((CORPUS / "events.yaml").read_text(encoding="utf-8").replace("\npeople:", TIANJIN + "\npeople:"))
    catalog = load_catalog(catalog_file)
    assignment = assign_unit(seed.unit(f"{SEED_FORUM}#83"), catalog)
    assert assignment.event_id == "new-delhi-2023"
    assert assignment.scores["tianjin-2025"] < 0.1 * assignment.scores["new-delhi-2023"]


def test_trap_join_date_is_not_evidence(seed, assignments):
    """George1 joined 2011-12-22; post 77 has no summit evidence of its own and stays unassigned."""
    assert assignments[f"{SEED_FORUM}#77"].event_id is None
    assert not any("2011" in e.text for a in assignments.values() for e in a.evidence)


def test_trap_a_reply_that_only_reacts_is_unassigned(assignments):
    assert assignments[f"{SEED_FORUM}#79"].event_id is None  # "Iran in SCO? damn..." after the Dushanbe post
    assert assignments[f"{SEED_FORUM}#88"].event_id is None  # quotes post 87, adds no evidence of its own
    assert assignments[f"{SEED_FORUM}#79"].evidence == ()


def test_dates_ordinals_and_format_are_evidence(catalog):
    ordinal = make_unit("The 23rd SCO summit is being chaired by Indian Prime Minister Narendra Modi.")
    assert assign_unit(ordinal, catalog).event_id == "new-delhi-2023"
    yearless = make_unit("On September 16-17, a meeting of the SCO Heads of State Council took place.")
    assert assign_unit(yearless, catalog).event_id == "dushanbe-2021"
    russian = make_unit("Саммит ШОС прошел в онлайн-формате под председательством Индии 4 июля.", lang="ru")
    assert assign_unit(russian, catalog).event_id == "new-delhi-2023"


def test_adding_a_summit_is_one_catalog_entry(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(FIXTURES / "tianjin_2025.txt", corpus)
    shutil.copy(CORPUS / SEED_ARTICLE, corpus)
    before = load_catalog(CORPUS / "events.yaml")
    units = read_corpus(corpus).units
    assert {a.unit_id: a.event_id for a in assign_events(units, before)}["tianjin_2025.txt"] is None
    (corpus / "events.yaml").write_text(
        (CORPUS / "events.yaml").read_text(encoding="utf-8").replace("\npeople:", TIANJIN + "\npeople:"))
    after = load_catalog(corpus / "events.yaml")
    grouped = {a.unit_id: a.event_id for a in assign_events(units, after)}
    assert grouped == {"tianjin_2025.txt": "tianjin-2025", SEED_ARTICLE: "astana-2024"}


def test_large_corpora_are_grouped_in_parallel_with_the_same_result(seed, catalog):
    from dataclasses import replace

    from briefgen.grouping import PARALLEL_MIN_UNITS

    units = [replace(seed.units[n % len(seed.units)], id=f"copy{n}") for n in range(PARALLEL_MIN_UNITS)]
    one = [(a.unit_id, a.event_id, a.confidence) for a in assign_events(units, catalog, jobs=1)]
    two = [(a.unit_id, a.event_id, a.confidence) for a in assign_events(units, catalog, jobs=2)]
    assert one == two


# A second catalog (BRICS summits): the organisation, its summits and people are all data.
BRICS = load_catalog(CORPUS.parent / "benchmarks" / "data" / "dev" / "brics" / "events.yaml")


def _event(text: str, lang: str = "en", date: str | None = None, catalog=BRICS):
    assignment = assign_unit(make_unit(text, date=date, lang=lang), catalog)
    return assignment.event_id, {item.kind for item in assignment.evidence}, assignment


def test_another_organisations_catalog_needs_no_code():
    assert BRICS.organization and "БРИКС" in BRICS.organization.all_names
    event, kinds, _ = _event("The BRICS summit in Kazan opened on Tuesday with a session chaired by Putin.")
    assert event == "kazan-2024" and "place-summit" in kinds


def test_russian_places_and_keywords_are_matched_on_lemmas():
    event, kinds, _ = _event("Саммит БРИКС в Казани завершился принятием Казанской декларации.", "ru")
    assert event == "kazan-2024"
    assert {"place-summit", "keyword-summit"} <= kinds


def test_traditional_chinese_and_chinese_ordinals():
    event, kinds, _ = _event("金磚國家領導人第十六次會晤在喀山舉行。", "zh")
    assert event == "kazan-2024" and {"ordinal", "place-summit"} <= kinds


def test_a_summit_of_another_organisation_is_no_evidence():
    event, kinds, _ = _event("The G20 summit in Rio de Janeiro ended with a declaration on hunger. "
                             "Host Brazil's president Lula said the summit was a success.")
    assert event is None and "other-organization" in kinds


def test_a_ministers_meeting_is_not_the_summit():
    event, _, assignment = _event("# BRICS foreign ministers meet in Rio de Janeiro\n\n"
                                  "The ministers prepared the 17th BRICS summit to be held in Rio de Janeiro.")
    assert event is None
    assert any("ministers" in reason for reason in assignment.penalties.values())


def test_another_ordinal_or_year_rules_an_event_out():
    event, kinds, assignment = _event("The 10th BRICS summit in Johannesburg opened in 2018 with Ramaphosa as host.")
    assert event is None and "ordinal-other" in kinds
    assert "another summit" in assignment.penalties["johannesburg-2023"]


def test_a_date_without_a_year_is_read_against_the_publication_date():
    text = "BRICS leaders will meet in Brazil on July 6 for their annual summit, the Brazilian presidency said."
    event, kinds, assignment = _event(text, date="2025-06-10")
    assert event == "rio-2025" and "date-resolved" in kinds
    resolved = next(item for item in assignment.evidence if item.kind == "date-resolved")
    assert resolved.text == "July 6 → 2025-07-06"


def test_a_text_that_never_names_the_organisation_needs_stronger_evidence():
    text = "Leaders gathered in Kazan on Wednesday."  # place and nothing else
    assert _event(text, date="2024-10-23")[0] is None


def test_russian_morphology_loads_only_for_russian_text():
    """pymorphy2's dictionaries take a fifth of a second to load: an English corpus never needs them."""
    import subprocess
    import sys

    script = ("import sys; from briefgen.catalog import load_catalog; from briefgen.grouping import assign_unit; "
              "from conftest import CORPUS, make_unit; catalog = load_catalog(CORPUS / 'events.yaml'); "
              "english = assign_unit(make_unit('Leaders met at the SCO summit in Astana on July 4, 2024.'), catalog); "
              "print(english.event_id, 'pymorphy2' in sys.modules); "
              "russian = assign_unit(make_unit('Саммит ШОС прошёл в Астане 4 июля 2024 года.', lang='ru'), catalog); "
              "print(russian.event_id, 'pymorphy2' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parent)
    assert result.stdout.split() == ["astana-2024", "False", "astana-2024", "True"]
