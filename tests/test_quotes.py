"""quotes.py: every quotation form, every kind of speaker, never a scare quote; always verbatim."""

from __future__ import annotations

import json

import pytest

from benchmarks.quality import DEFAULT_GOLD, score_quotes
from briefgen.corpus import read_corpus
from briefgen.keyquotes import select_key_quotes
from briefgen.quotes import _fragment, extract_quotes
from briefgen.speakers import build_cast

from conftest import CORPUS, make_unit


def _quotes(text, people=(), date=None, lang="en"):
    unit = make_unit(text, date=date, lang=lang)
    found = extract_quotes(unit, people)
    for quote in found:
        assert unit.text[quote.start:quote.end] == quote.text  # verbatim, always
    return [(quote.text, quote.speaker) for quote in found]


def test_straight_quotes_with_the_tag_after_them():
    text = ('Russian Defense Minister Sergey Shoigu spoke in Astana.\n\n'
            '"Military cooperation holds a special place in relations," Shoigu said.')
    assert _quotes(text) == [("Military cooperation holds a special place in relations", "Sergey Shoigu")]


def test_curly_quotes_introduced_by_a_verb_or_a_colon():
    text = ("Uzbek President Shavkat Mirziyoyev stressed that the city “can become a platform that unites states.”\n\n"
            "Xi went straight to the point: it is important to “prevent attempts by external forces to interfere.”")
    assert _quotes(text) == [("can become a platform that unites states.", "Shavkat Mirziyoyev"),
                             ("prevent attempts by external forces to interfere.", "Xi")]


def test_guillemets_with_a_russian_speech_tag(catalog):
    text = "«Мы выступаем за укрепление роли ШОС в мировых делах», — заявил Путин."
    assert _quotes(text, catalog.people, lang="ru") == [
        ("Мы выступаем за укрепление роли ШОС в мировых делах", "Vladimir Putin")]


def test_a_quotation_split_by_its_speech_tag_and_one_running_over_sentences():
    text = ('Shoigu addressed the ministers.\n\n'
            '"In this regard, joint training is of particular importance," he said. "We need to expand the '
            'scope of exercises. We are ready to share our experience.')
    found = _quotes(text)
    assert found == [("In this regard, joint training is of particular importance", "Shoigu"),
                     ("We need to expand the scope of exercises. We are ready to share our experience.", "Shoigu")]
    assert extract_quotes(make_unit(text))[1].closed is False  # paragraph-final, no closing mark


def test_a_pronoun_resolves_to_the_nearest_person():
    text = ("SCO Secretary-General Vladimir Norov said on Tuesday that the bloc values both countries.\n\n"
            '"The experience of Moscow and Beijing is in very high demand," he said in a video address.')
    assert _quotes(text) == [("The experience of Moscow and Beijing is in very high demand", "Vladimir Norov")]


def test_roles_resolve_to_the_person_described_so(catalog):
    text = ("Special Envoy of the Russian President for SCO Affairs Bakhtiyor Khakimov briefed reporters.\n\n"
            '"The accession process is not a one-time step," the envoy noted.')
    assert _quotes(text) == [("The accession process is not a one-time step", "Bakhtiyor Khakimov")]
    registry_only = ('Chinese President Xi Jinping was also there.\n\n'
                     'The key takeaway from the Russian president: “There are no changes to the plan.”')
    assert _quotes(registry_only, catalog.people, date="2022-09-16") == [
        ("There are no changes to the plan.", "Vladimir Putin")]


def test_an_organisation_or_document_can_be_the_speaker():
    text = ('The SCO declaration made it clear that the bloc is “not directed against other states.” '
            'On the contrary, it is “open to broad cooperation with them.”')
    assert _quotes(text) == [("not directed against other states.", "SCO declaration"),
                             ("open to broad cooperation with them.", "SCO declaration")]


def test_scare_quotes_terms_and_titles_are_not_quotations():
    text = ("Beijing will revive the forum. There are huge expectations across the “Global Globe.”\n\n"
            "It is the opposite of the Hegemon-imposed “rules-based international order.”\n\n"
            "More intriguing was a panel discussion titled “The Future of the Belt and Road Initiative.”\n\n"
            'Norov spoke at the international conference "Russia and China: Cooperation in a New Era."\n\n'
            'According to the official, the "Taiwan factor" is being actively used.')
    assert _quotes(text) == []


def test_a_short_quotation_counts_when_someone_said_it():
    text = "The bloc should resolve “internal differences” through peace, Xi added."
    assert _quotes(text) == [("internal differences", "Xi")]


def test_repeated_text_gives_one_quotation():
    text = '"Cooperation is growing," Shoigu said.\n\nSubtitle.\n\n"Cooperation is growing," Shoigu said.'
    assert len(_quotes(text)) == 1


def test_a_headline_quoting_the_speech_below_takes_its_speaker():
    text = ('# "Military cooperation is growing fast"\n\n'
            'Russian Defense Minister Sergey Shoigu spoke in Astana.\n\n'
            '"Our military cooperation is growing so fast," Shoigu said.\n\n'
            'The hall was full. The banner read: "Peace is possible only together."')
    assert _quotes(text) == [("Military cooperation is growing fast", "Sergey Shoigu"),
                             ("Our military cooperation is growing so fast", "Sergey Shoigu"),
                             ("Peace is possible only together.", None)]


def test_a_speech_runs_on_over_paragraphs_where_nobody_else_acts():
    text = ('"We are ready to cooperate," Shoigu said.\n\nThe meeting lasted two hours.\n\nIt ended late.\n\n'
            '"Security in the region is indivisible for all of us."\n\nThen Lavrov spoke about trade.\n\n'
            'He left early.\n\n"Trade between our countries must grow every year."')
    assert _quotes(text) == [("We are ready to cooperate", "Shoigu"),
                             ("Security in the region is indivisible for all of us.", "Shoigu"),
                             # Shoigu's speech does not run on past Lavrov; the paragraph before is about Lavrov
                             ("Trade between our countries must grow every year.", "Lavrov")]


def test_seed_quotes_against_the_gold_labels(catalog):
    corpus = read_corpus(CORPUS, exclude=(CORPUS / "events.yaml",))
    figures = score_quotes(json.loads(DEFAULT_GOLD.read_text(encoding="utf-8")), corpus, catalog)
    assert figures["precision"] >= 0.90, figures["misses"]
    assert figures["recall"] >= 0.85, figures["misses"]
    assert figures["speaker_accuracy"] >= 0.90, figures["misses"]


def test_key_quotes_are_varied_notable_and_cited(catalog):
    corpus = read_corpus(CORPUS, exclude=(CORPUS / "events.yaml",))
    unit = corpus.unit("000_8964e48515676b12.txt#86")
    quotes = extract_quotes(unit, catalog.people)
    key = select_key_quotes(quotes, [unit], catalog.event("astana-2024"), catalog.people, 3)
    assert len(key) == 2  # one speaker, at most two of his quotes
    assert all(q.speaker == "Sergey Shoigu" and q.unit_id == unit.id for q in key)


@pytest.mark.parametrize("text", ["", "No quotes here at all.", '"', "“”"])
def test_degenerate_input_gives_no_quotes(text):
    assert _quotes(text or "empty") == []


def test_more_tag_forms_and_a_noun_that_looks_like_a_verb(catalog):
    assert _quotes('"We will not accept any pressure," said Iranian President Ebrahim Raisi.') == [
        ("We will not accept any pressure", "Ebrahim Raisi")]
    assert _quotes('Indian Prime Minister Narendra Modi told reporters: "Terrorism is a threat to all of us."') == [
        ("Terrorism is a threat to all of us.", "Narendra Modi")]
    assert _quotes('The communique said member states "reaffirm their commitment to the UN Charter."') == [
        ("reaffirm their commitment to the UN Charter.", "communique")]
    assert _quotes('Analysts describe the bloc as a "counterweight to the West".') == []


def test_a_link_in_quotation_marks_is_not_a_quotation():
    unit = make_unit('<img src="s3://images/c015d/c015d66c174b"> "We are ready," Putin said.')
    assert [quote.text for quote in extract_quotes(unit)] == ["We are ready"]


def test_a_question_closing_the_quotation_keeps_the_name_tag_after_it(catalog):
    text = ("Vladimir Putin met Xi Jinping in Kazan on Tuesday.\n\n"
            "“Why should developing nations wait for anyone?” Chinese President Xi Jinping asked reporters.")
    assert _quotes(text, catalog.people, date="2024-10-22")[0][1] == "Xi Jinping"
    untagged = "“Who decides the rules of trade?” The question hung over the hall where Xi Jinping sat."
    assert _quotes(untagged, catalog.people, date="2024-10-22")[0][1] is None


def test_a_chairperson_is_a_title_and_an_inner_surname_is_the_full_name(catalog):
    text = ("In his closing remarks, the newly elected Commission Chairperson, Foreign Minister Moussa Faki Mahamat "
            "of Chad, spoke of reform.\n\nFaki noted that the union must act before crises spread.\n\n"
            "\"The union must be in the forefront of crisis prevention and of integration,\" he said.")
    assert _quotes(text, catalog.people, date="2017-01-31")[0][1] == "Moussa Faki Mahamat"
    titled = ("In his closing remarks, the newly elected AU Chairperson, President Alpha Condé of Guinea, has "
              "underlined the need to end conflicts.\n\n\"Our union must prevent crises and promote integration,\" "
              "he said.")
    assert _quotes(titled, catalog.people, date="2017-01-31")[0][1] == "Alpha Condé"


def test_a_title_cue_is_a_whole_word_so_cooperation_is_no_operation(catalog):
    text = ("Kassym-Jomart Tokayev called for stronger work against terrorism. He stressed the importance of "
            "cooperation “for a timely response to the changing situation in the region.”")
    assert _quotes(text, catalog.people, date="2024-11-28") == [
        ("for a timely response to the changing situation in the region.", "Kassym-Jomart Tokayev")]


def test_a_generational_suffix_does_not_make_a_second_person(catalog):
    text = ("MANILA - President Ferdinand Marcos, Jr. returned to Manila on Thursday after the summit in Indonesia.\n\n"
            "In his arrival speech, Marcos Jr. said the leaders had agreed to \"adjust their approach\" to the crisis.")
    assert {speaker for _, speaker in _quotes(text, catalog.people, date="2023-05-11")} == {"Ferdinand Marcos"}


def test_a_clause_after_a_name_and_a_comma_is_no_descriptor():
    cast = build_cast("Further on the feast of Navroz, the President described it as an occasion of joy, and "
                      "Deputy Minister Ama Lodu, the President of the Youth Council, agreed.")
    descriptors = {entity.name: entity.descriptors for entity in cast.entities}
    assert descriptors.get("Navroz", []) == []
    assert "the President of the Youth Council" in descriptors["Ama Lodu"]


@pytest.mark.parametrize(("name", "fragment"), [
    ("Twitter)", True),  # a piece cut out of "(formerly Twitter)"
    ("《Lake Declaration", True),
    ("Joko Widodo (Jokowi)", False),
    ("《Lake Declaration》", False),
    ("Ana Ruiz", False),
])
def test_a_name_with_an_unmatched_bracket_is_a_fragment(name, fragment):
    assert _fragment(name) is fragment
