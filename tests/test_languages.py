"""languages/: Russian (natasha), Chinese (jieba + OpenCC) and catalog-names-only attribution,
one person across languages, and the pack printing the speaker in its own language."""

from __future__ import annotations

import pytest

from briefgen.keyquotes import select_key_quotes
from briefgen.pack import _speaker_name
from briefgen.quotes import extract_quotes

from conftest import make_unit


def _quotes(text, people, lang, date="2024-07-04"):
    unit = make_unit(text, date=date, lang=lang)
    found = extract_quotes(unit, people)
    for quote in found:
        assert unit.text[quote.start:quote.end] == quote.text  # verbatim, always
        assert quote.lang == lang
    return [(quote.text, quote.speaker, quote.speaker_kind) for quote in found]


RUSSIAN = """Президент России Владимир Путин выступил на пленарном заседании.

«Мы открыты для сотрудничества со всеми странами», — заявил российский лидер.

По словам Путина, «решения будут приняты в ближайшее время».

Глава МИД России заявил: «Мы готовы к диалогу».

«Мы осуждаем односторонние санкции», — говорится в декларации.

Пресс-секретарь Кремля Дмитрий Песков отметил, что «график уже согласован». По его словам, «встреча пройдёт в среду»."""


def test_russian_tag_forms_roles_and_inflected_names(catalog):
    found = _quotes(RUSSIAN, catalog.people, "ru")
    speakers = [(text[:12], speaker, kind) for text, speaker, kind in found]
    assert speakers == [
        ("Мы открыты д", "Vladimir Putin", "person"),  # "российский лидер": the Russian leader named before
        ("решения буду", "Vladimir Putin", "person"),  # "по словам Путина": genitive -> catalog person
        ("Мы готовы к ", "Sergey Lavrov", "person"),  # "глава МИД России" in 2024: the catalog's foreign minister
        ("Мы осуждаем ", "декларация", "document"),
        ("график уже с", "Dmitry Peskov", "person"),
        ("встреча прой", "Dmitry Peskov", "person"),  # "по его словам"
    ]


def test_russian_dash_inside_the_quotation_splits_it(catalog):
    text = "Шавкат Мирзиеев выступил перед гостями.\n\n«Это большая честь! — подчеркнул Мирзиеев. — Мы рады всем.»"
    found = _quotes(text, catalog.people, "ru")
    assert [(t, s) for t, s, _ in found] == [("Это большая честь!", "Shavkat Mirziyoyev"),
                                             ("Мы рады всем.", "Shavkat Mirziyoyev")]


def test_russian_names_in_guillemets_are_not_quotations(catalog):
    assert _quotes("Он дал интервью газете «Известия» и телеканалу «Россия 24».", catalog.people, "ru") == []


CHINESE = """俄罗斯总统普京出席会议。

普京表示，“我们愿同各方加强合作，共同应对挑战。”

“这次会晤取得了积极成果。”王毅说。

外交部发言人毛宁在例行记者会上表示：“中方欢迎各方参与。”他说，“合作是唯一正确的选择。”"""


def test_chinese_tag_forms_and_pronouns(catalog):
    found = _quotes(CHINESE, catalog.people, "zh")
    assert [(text[:6], speaker) for text, speaker, _ in found] == [
        ("我们愿同各方", "Vladimir Putin"),  # 普京表示，“……”: detected, and the catalog alias gives the person
        ("这次会晤取得", "王毅"),  # “……”王毅说
        ("中方欢迎各方", "毛宁"),  # titles and 在……上 stripped before the name
        ("合作是唯一正", "毛宁"),  # 他说
    ]


def test_traditional_chinese_is_read_like_simplified(catalog):
    text = "俄羅斯總統普京在會上指出：「我們反對單邊制裁，支持多邊主義。」"
    assert _quotes(text, catalog.people, "zh") == [("我們反對單邊制裁，支持多邊主義。", "Vladimir Putin", "person")]


def test_chinese_slogans_are_terms_not_speech(catalog):
    assert _quotes("他提出建设“和平金砖”，开创“大金砖合作”新局面。", catalog.people, "zh") == []


def test_other_languages_name_only_catalog_people_next_to_a_dash(catalog):
    text = "«Біз барлық елдермен ынтымақтастыққа дайынбыз», — деді Тоқаев.\n\n«Бұл маңызды кездесу болды», — деді журналист."
    found = _quotes(text, catalog.people, "kk")
    assert [(speaker, kind) for _, speaker, kind in found] == [("Kassym-Jomart Tokayev", "person"), (None, "unknown")]


def test_one_person_across_languages_and_printed_in_the_packs_language(catalog):
    english = extract_quotes(make_unit('"We are ready to work with everyone," Putin said.'), catalog.people)
    russian = extract_quotes(make_unit("«Мы готовы работать со всеми», — сказал Путин.", lang="ru"), catalog.people)
    chinese = extract_quotes(make_unit("普京说：“我们愿意同所有人合作。”", lang="zh"), catalog.people)
    assert {q.speaker for q in english + russian + chinese} == {"Vladimir Putin"}
    assert _speaker_name(english[0], catalog, "en") == "Vladimir Putin"
    modi = extract_quotes(make_unit('"Terrorism is a threat to all of us," Modi said.'), catalog.people)[0]
    assert _speaker_name(modi, catalog, "zh") == "纳伦德拉·莫迪"
    assert _speaker_name(modi, catalog, "ru") == "Нарендра Моди"


def test_key_quotes_never_contain_each_other(catalog):
    text = ('Putin said: "The summit was a success and we agreed on the main points of the declaration today."\n\n'
            'Earlier he said the summit "was a success and we agreed on the main points of the declaration".')
    unit = make_unit(text)
    quotes = extract_quotes(unit, catalog.people)
    assert len(quotes) == 2
    key = select_key_quotes(quotes, [unit], catalog.event("astana-2024"), catalog.people, 5)
    assert len(key) == 1


@pytest.mark.parametrize("lang", ["en", "ru", "zh", "kk", "fa"])
def test_unknown_rather_than_a_fragment(catalog, lang):
    """A quotation nobody is named for gets no speaker, in every language."""
    found = _quotes("“Это очень важный шаг для всех нас и для всего региона”.", catalog.people, lang)
    assert all(speaker is None for _, speaker, _ in found)
