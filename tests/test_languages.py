"""languages/: Russian (natasha), Chinese (jieba + OpenCC) and catalog-names-only attribution,
one person across languages, and the pack printing the speaker in its own language."""

from __future__ import annotations

import pytest

from briefgen.keyquotes import select_key_quotes
from briefgen.languages.zh import _place_follows
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


def _speakers(text, people, lang):
    """The speaker of each quotation, in order."""
    return [speaker for _, speaker, _ in _quotes(text, people, lang)]


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


def test_russian_group_nicknames_and_summit_formats_are_not_quotations(catalog):
    text = ("Министр заявил, что страны «большой восьмерки» и «двадцатки» обсудят это на встрече в формате "
            "«Евросоюз – Латинская Америка».\n\n«Мы готовы к диалогу», — сказал он.")
    assert [quote for quote, _, _ in _quotes(text, catalog.people, "ru")] == ["Мы готовы к диалогу"]


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


# Coreference: who "he" / "он" / "他" is ----------------------------------------------------------------


def test_a_pronoun_between_keeps_the_subject_within_reach(catalog):
    filler = "The delegations discussed transport corridors, energy and trade for a long time. " * 3
    text = (f"Kassym-Jomart Tokayev opened the meeting with Shavkat Mirziyoyev in Astana.\n\n{filler}\n\n"
            f"Later he walked to the podium. {filler}\n\n"
            '"We agreed on the main points," he said.')
    assert _quotes(text, catalog.people, "en")[0][1] == "Kassym-Jomart Tokayev"


def test_english_role_phrase_subject_and_role_as_tag(catalog):
    text = ('"Trade will double," warns UN trade chief\n\n'
            "Kassym-Jomart Tokayev and Shavkat Mirziyoyev met on Monday.\n\n"
            "The President of Uzbekistan, who arrived in the morning, said that the talks were useful.\n\n"
            '"We signed twelve agreements," he said.')
    found = _quotes(text, catalog.people, "en")
    assert [s for _, s, _ in found] == [None, "Shavkat Mirziyoyev"]  # a role nobody holds here: unknown, not "UN"


def test_a_short_name_in_brackets_is_the_same_person(catalog):
    text = ('President Joko Widodo (Jokowi) opened the summit.\n\n'
            '"The ship must advance," said Jokowi.')
    assert _quotes(text, catalog.people, "en") == [("The ship must advance", "Joko Widodo", "person")]


def test_chinese_subjectless_clause_takes_the_sentences_pronoun(catalog):
    text = ("哈萨克斯坦总统托卡耶夫在阿斯塔纳发表讲话。\n\n"
            "之后，他提到南韩、日本与欧盟，强调“所有行动都是为了被公平对待”。")
    assert _quotes(text, catalog.people, "zh")[0][1] == "Kassym-Jomart Tokayev"


def test_chinese_two_leaders_agreeing_do_not_say_the_reporters_words(catalog):
    text = "印度外交秘书卡瓦特拉还说，莫迪与习近平同意“指示有关官员加紧努力，让局势降温”。"
    assert _quotes(text, catalog.people, "zh")[0][1] == "卡瓦特拉"


def test_chinese_first_name_tagged_as_a_place_and_single_word_titles(catalog):
    text = ("白俄罗斯总统亚历山大·卢卡申科在峰会上发表讲话。\n\n"
            "国家元首说：“集体安全组织必不可少，必须不断适应新的挑战。”")
    assert _quotes(text, catalog.people, "zh")[0][1] == "亚历山大·卢卡申科"


def test_chinese_bare_noun_phrases_in_quotation_marks_are_names(catalog):
    text = "元首们一致决定弘扬“中国-中亚精神”，习近平表示：“深化合作是我们的战略抉择。”"
    assert [t for t, _, _ in _quotes(text, catalog.people, "zh")] == ["深化合作是我们的战略抉择。"]


def test_chinese_topic_lists_themes_and_visions_in_quotation_marks_are_no_speech(catalog):
    text = ("部长们讨论了“能源转型、粮食安全及债务问题”等议题。本届会议的主题定为“携手共建、共享繁荣”。"
            "各方致力于实现“人人享有清洁饮水”的愿景，聚焦“G7能源时间”。"
            "普京表示：“我们愿意同各方一道推动合作。”")
    assert [t for t, _, _ in _quotes(text, catalog.people, "zh")] == ["我们愿意同各方一道推动合作。"]


def test_russian_title_before_a_verb_is_not_the_title_of_the_name_after_it(catalog):
    text = "# Генсек ООН поблагодарил Путина\n\n«Спасибо за тёплый приём в Казани», — отметил генсек."
    assert _quotes(text, catalog.people, "ru")[0][1] is None  # not Putin: the headline's генсек is its subject


def test_russian_generalny_sekretar_is_the_gensek(catalog):
    text = ("Об этом сообщил генеральный секретарь СНГ Сергей Лебедев, выступая в Минске.\n\n"
            "«Содружество остаётся востребованным, и мы будем укреплять его институты», — добавил генсек.")
    assert _quotes(text, catalog.people, "ru")[0][1] == "Сергей Лебедев"


def test_chinese_time_words_jieba_tags_as_a_name_do_not_join_the_name(catalog):
    text = "美国总统川普今天上午在釜山会见记者。他表示：“协议很快就会签署，我们谈得很好。”"
    assert _quotes(text, catalog.people, "zh", date="2019-08-26")[0][1] == "川普"


def test_chinese_document_is_the_same_kind_named_before_and_never_a_clause(catalog):
    text = ("七国集团峰会最终没有形成联合公报。峰会只发表了一页纸的领导人声明，"
            "声明称七国集团“致力于开放和公平的世界贸易以及全球经济的稳定”。")
    assert _quotes(text, catalog.people, "zh", date="2019-08-26")[0][1:] == ("声明", "document")


def test_chinese_short_phrase_is_speech_only_with_a_subject_before_the_verb_after_it(catalog):
    text = "为避免去年峰会的“尴尬”重演, 总统宣布不发布公报。特朗普随即在社交媒体“推特”宣布退出协定。"
    assert _quotes(text, catalog.people, "zh", date="2019-08-26") == []


def test_russian_pronoun_agrees_in_gender_with_the_person_it_names(catalog):
    both = ("Официальный представитель МИД Мария Захарова прокомментировала итоги встречи. "
            "Министр Сергей Лавров провёл переговоры в Казани.\n\n"
            "«Переговоры прошли в конструктивном ключе, и мы довольны результатом», — сказала она.")
    assert _quotes(both, catalog.people, "ru", date="2024-10-22")[0][1] == "Мария Захарова"
    only_him = both[both.index("Министр"):]  # the minister alone: "она" is nobody the text names
    assert _quotes(only_him, catalog.people, "ru", date="2024-10-22")[0][1] is None


def test_russian_short_capitalised_quotation_with_its_own_dash_tag_is_speech(catalog):
    text = "Министр Сергей Лавров подвёл итоги встречи в Риме.\n\n«Провал очевиден», — заявил Лавров."
    assert _quotes(text, catalog.people, "ru", date="2024-11-27") == [("Провал очевиден", "Sergey Lavrov", "person")]
    assert _quotes("Встреча прошла в «Газпроме» в Москве, и все остались довольны.", catalog.people, "ru") == []


def test_russian_po_eyo_slovam_with_a_comma_names_the_person(catalog):
    text = ("Об этом заявила официальный представитель МИД России Мария Захарова в ходе брифинга.\n\n"
            "По ее словам, в итоговом документе содержатся лишь «набившие оскомину необоснованные обвинения».")
    assert _quotes(text, catalog.people, "ru", date="2024-11-27")[0][1] == "Мария Захарова"


def test_chinese_quotation_with_a_slash_is_no_link(catalog):
    text = "普京表示：“我们通过了《金砖/新开发银行合作纲要》，这是历史性的一步。”"
    assert [t for t, _, _ in _quotes(text, catalog.people, "zh")] == ["我们通过了《金砖/新开发银行合作纲要》，这是历史性的一步。"]


def test_chinese_long_transliterations_jieba_cuts_apart_stay_one_name(catalog):
    text = ("埃塞俄比亚总理海尔马里亚姆在闭幕式致辞中表示，峰会取得成功。“我们再次下定决心，团结前行。”\n\n"
            "非盟委员会主席祖马表示，自强自立至关重要。“我们不能继续依靠外部的援助。”")
    assert [s for _, s, _ in _quotes(text, catalog.people, "zh", date="2013-05-27")] == ["海尔马里亚姆", "祖马"]


def test_russian_new_clause_after_a_quotation_is_no_tag(catalog):
    text = ("Он напомнил: глава МИД России Сергей Лавров заявил, что Европа «находится в кризисе», "
            "Дмитрий Песков предложил признать, что «диалог возможен», а Владимир Норов призвал «усилить давление».")
    found = _quotes(text, catalog.people, "ru")
    assert [s for _, s, _ in found][:2] == ["Sergey Lavrov", "Dmitry Peskov"]


def test_russian_inner_tag_with_a_typed_hyphen_splits_the_quotation(catalog):
    text = "«Расширение членства является историческим, - сказал Си Цзиньпин. - Оно говорит о единстве»."
    assert [(t, s) for t, s, _ in _quotes(text, catalog.people, "ru")] == [
        ("Расширение членства является историческим", "Xi Jinping"), ("Оно говорит о единстве", "Xi Jinping")]


def test_russian_source_note_does_not_hide_the_speaker(catalog):
    text = ("На церемонии выступил президент Казахстана Касым-Жомарт Токаев. Он отметил, что спорт объединяет. "
            "Об этом сообщается на сайте Акорды.\n\n«Сплетение традиций и современности вдохновляет всех нас».")
    assert _quotes(text, catalog.people, "ru")[0][1] == "Kassym-Jomart Tokayev"


def test_chinese_bare_declaration_is_the_one_named_before(catalog):
    text = ("金砖国家领导人通过了第十四次会晤最后宣言，记录了达成的关键协议。\n\n"
            "宣言种说，各国高度评价了主席国的工作。\n\n"
            "宣言说：“我们重申坚持无核武器世界，并强调对核裁军的坚定承诺。”")
    assert _quotes(text, catalog.people, "zh")[0][1:] == ("第十四次会晤最后宣言", "document")


def test_chinese_name_runs_on_after_the_middle_dot(catalog):
    text = "俄罗斯联邦委员会议员阿列克谢·普什科夫发表评论。\n\n他在其Telegram频道中写道：“喀山峰会标志着世界走向多极的转折点。”"
    assert _quotes(text, catalog.people, "zh")[0][1] == "阿列克谢·普什科夫"


def test_a_name_never_runs_across_a_paragraph_break(catalog):
    text = ("# The bloc has grown stronger, says Kyrgyzstan's Japarov\n\nAkipress) 10:15, July 5, 2024\n\n"
            '"We have more partners than ever," Japarov said.')
    assert _speakers(text, (), "en") == ["Japarov"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Chinese President Xi Jinping will attend the summit.\n\n"
           '"The visit will take place next week," a Chinese spokesperson said.'),
    ("ru", "Председатель КНР Си Цзиньпин примет участие в саммите.\n\n"
           "«Визит состоится на следующей неделе», — сказала представитель внешнеполитического ведомства Китая."),
])
def test_a_spokesperson_is_never_the_leader_named_before(catalog, lang, text):
    assert _speakers(text, catalog.people, lang) == [None]


def test_chinese_names_of_events_and_terms_after_de_are_no_speech(catalog):
    text = ("总领馆10日举办“温暖迎春·共庆中国年”春节招待会。昨日也登场“中非领导人对话会”。\n\n"
            "他说，发展中国家应享有的“特殊与差别待遇”必须得到保障。")
    assert _quotes(text, catalog.people, "zh") == []


def test_chinese_names_of_bodies_and_agreements_are_no_speech(catalog):
    text = ("各国领导人表示将在年底前完成“东亚数字贸易伙伴关系协定”谈判，并欢迎“南太平洋可持续发展银行”成立。\n\n"
            "他说，各方“希望尽快达成协议”。")
    assert [quote for quote, _, _ in _quotes(text, catalog.people, "zh")] == ["希望尽快达成协议"]


def test_chinese_unnamed_source_and_launched_names(catalog):
    text = ("1名与联合国关系密切的消息人士告诉记者，“一切能否如期就绪仍是一大疑虑。”\n\n"
            "巴西发起了“全球抗击饥饿与贫困联盟”，并发布“全球行动呼吁”。")
    assert _quotes(text, catalog.people, "zh") == [("一切能否如期就绪仍是一大疑虑。", None, "unknown")]


def test_chinese_possessor_nested_reporting_and_a_tag_closing_a_subjectless_sentence(catalog):
    text = ("土耳其总统雷杰普·塔伊普·艾尔多安(Recep Tayyip Erdogan)的执政党发言人奥马尔·塞利克表示，“土耳其希望参加所有重要平台。”\n\n"
            "“埃及希望进一步加强与中国的合作。”埃及总统塞西应邀出席会晤，行前在接受本报记者采访时表示。\n\n"
            "美国总统拜登表示，普京认为北约会解体，但如今“北约比以往任何时候都更加强大”。\n\n"
            "会后，他通过社交平台“脸书”再次发出警告。")
    assert [(q, s) for q, s, _ in _quotes(text, catalog.people, "zh")] == [
        ("土耳其希望参加所有重要平台。", "奥马尔·塞利克"), ("埃及希望进一步加强与中国的合作。", "塞西"),
        ("北约比以往任何时候都更加强大", "拜登")]


def test_short_quotations_introduced_by_a_speech_verb_and_a_colon_or_in_someones_words(catalog):
    russian = ("Глава МИД России Сергей Лавров подчеркнул: «Никакой изоляции нет».\n\n"
               "Он назвал проект: «Сила Сибири».")
    assert [(q, s) for q, s, _ in _quotes(russian, catalog.people, "ru")] == [("Никакой изоляции нет", "Sergey Lavrov")]
    chinese = "用普京的话说，“金砖国家不是反西方的联盟。”"
    assert _speakers(chinese, catalog.people, "zh") == ["Vladimir Putin"]


def test_a_dateline_is_no_subject_and_everyday_russian_country_names_count(catalog):
    english = ('New Delhi, Jul 7: Prime Minister Narendra Modi condemned the attack during his address, '
               'calling it "an attack not just on India, but on the entire humanity."')
    assert _speakers(english, catalog.people, "en") == ["Narendra Modi"]
    russian = ("Президент Белоруссии Александр Лукашенко выступил на саммите.\n\n"
               "«Мы никуда без партнёров не денемся», — заявил белорусский лидер.")
    assert _speakers(russian, catalog.people, "ru") == ["Alexander Lukashenko"]


def test_a_bare_role_far_from_any_speaker_goes_to_the_one_who_spoke_before_not_the_one_named_nearest(catalog):
    filler = "Участники обсудили вопросы региональной безопасности, экономического сотрудничества и транспорта. " * 5
    text = ("Президент Беларуси Александр Лукашенко принял участие в саммите.\n\n"
            "Его по прибытии приветствовал Президент Кыргызстана Садыр Жапаров.\n\n"
            "«Мы являемся свидетелями тектонических сдвигов в международных отношениях», — сказал Президент Беларуси.\n\n"
            f"{filler}\n\n«По периметру границ нарастают военные риски и угрозы», — сказал Президент.")
    assert _speakers(text, catalog.people, "ru") == ["Alexander Lukashenko", "Alexander Lukashenko"]


def test_english_a_described_agency_is_the_office_named_before(catalog):
    text = ('The Ukrainian Foreign Ministry stated that the Secretary-General made a "wrong choice" by travelling. '
            '"This only harms the reputation of the UN," concluded the domestic foreign policy agency.')
    assert [s for q, s, _ in _quotes(text, catalog.people, "en") if q.startswith("This")] == [
        "Ukrainian Foreign Ministry"]


@pytest.mark.parametrize("name", ["野田佳彦", "埃尔多安", "高市早苗", "岸田文雄"])
def test_chinese_a_name_after_a_title_runs_to_the_verb_however_jieba_cuts_it(catalog, name):
    text = f"外长会议结束后，总统府发布消息。总统{name}在会议上发表讲话。他表示，“我们支持多边主义。”"
    assert _speakers(text, catalog.people, "zh") == [name]


def test_russian_a_long_tag_inside_the_marks_and_any_title_before_the_name(catalog):
    text = ("«Мы не хотим быть противовесом кому-либо, — сказал сенатор Иван Петров в прямом эфире, "
            "выступая на конференции в Москве перед студентами. — Мы просто хотим развиваться»")
    assert _quotes(text, catalog.people, "ru") == [
        ("Мы не хотим быть противовесом кому-либо", "Иван Петров", "person"),
        ("Мы просто хотим развиваться", "Иван Петров", "person")]


# One mechanism per case: a text and the speaker of each of its quotations, in order.
SPEAKER_CASES = [
    pytest.param(
        "en",
        ("President Vladimir Putin arrived in Astana on Tuesday.\n\n"
         '"We expect long talks," a senior official said.\n\n'
         '"They may run late," he added.'),
        [None, None],
        id="a_speaker_the_text_does_not_name_makes_the_next_he_unknown",
    ),
    pytest.param(
        "en",
        ("King Hamad bin Isa Al Khalifa of Bahrain and King Salman of Saudi Arabia arrived in Manama.\n\n"
         'In his speech, the King of Bahrain said: "We welcome every guest."\n\n'
         "The delegation of King Salman of Saudi Arabia listened.\n\n"
         'The King continued: "Our doors stay open."'),
        ["Hamad bin Isa Al Khalifa"] * 2,
        id="a_role_resolves_to_the_holder_who_spoke_last",
    ),
    pytest.param(
        "zh",
        ("哈萨克斯坦总统托卡耶夫表示，普京总统将出席峰会。\n\n"
         "他说：“我们欢迎所有客人。”\n\n"
         "托卡耶夫还提到，特朗普政府去年退出了协定。\n\n"
         "他说：“合作没有替代方案。”"),
        ["Kassym-Jomart Tokayev"] * 2,
        id="chinese_pronoun_skips_names_inside_reported_speech_and_bodies",
    ),
    pytest.param(
        "ru",
        ("Касым-Жомарт Токаев и Шавкат Мирзиёев встретились в Астане.\n\n"
         "«Вы приедете? Когда?» — спросил Токаев.\n\n«Как это не приеду? Куда?» — ответил Мирзиёев."),
        ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"],
        id="russian_question_in_quotation_keeps_its_dash_tag",
    ),
    pytest.param(
        "en",
        ('The trip to the caves has been cancelled, says Shavkat Mirziyoyev, due to "security arrangements '
         'being difficult".\n\n'
         "The Chinese Foreign Ministry's spokesperson issued remarks on Saturday night.\n\n"
         'The statement said, "We urge the members to respect the facts."\n\n'
         'It added, "Gone are the days of blocs."\n\n'
         "The talks were useful, Secretary of the Russian Security Council Nikolay Patrushev said on Tuesday.\n\n"
         '"We are convinced of it," he said.'),
        ["Shavkat Mirziyoyev", "Chinese Foreign Ministry", "Chinese Foreign Ministry", "Nikolay Patrushev"],
        id="english_inverted_tag_statement_office_and_council_titles",
    ),
    pytest.param(
        "en",
        ('"We will visit the summit tomorrow," said President Recep Tayyip Erdogan.\n\n'
         'Vladimir Putin welcomed the guests.\n\n'
         '"The group covers a third of the planet," the Turkish president stressed.'),
        ["Recep Tayyip Erdogan"] * 2,
        id="a_national_role_goes_to_the_one_holder_whose_country_is_not_given",
    ),
    pytest.param(
        "en",
        ('President Joko "Jokowi" Widodo closed the summit.\n\n'
         '"We will continue," Jokowi said.\n\n'
         "Vladimir Putin spoke first. The speech was echoed by Chinese leader Xi Jinping. For him, it is up to "
         'the group to act. "Reject the small circles," he said.'),
        ["Joko Widodo", "Xi Jinping"],
        id="nickname_inside_a_name_and_passive_agent",
    ),
    pytest.param(
        "zh",
        ("新华社阿斯塔纳7月4日电(记者张三、李四)哈萨克斯坦总统托卡耶夫4日表示，人类必须“合作，否则就会灭亡”。\n\n"
         "“上合组织是多边主义的避风港，”托卡耶夫告诉领导人。\n\n"
         "中国国家主席习近平出席会议。中国领导人强调，中国“愿同各方加强合作，推动多边主义健康发展。”"),
        ["Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "Xi Jinping"],
        id="chinese_byline_telling_verb_and_one_countrys_leader",
    ),
    pytest.param(
        "en",
        ("Kyrgyz President Sadyr Japarov spoke to reporters.\n\n"
         'The new members will not weaken the bloc, said Japarov. "It benefits every one of us."'),
        ["Sadyr Japarov"],
        id="a_whole_sentence_quotation_goes_on_with_the_person_reported_before_it",
    ),
    pytest.param(
        "ru",
        ("Об этом заявил помощник президента России по международным делам Юрий Ушаков.\n\n"
         "«Подготовка идёт самым активным образом», — сказал представитель российской делегации."),
        ["Юрий Ушаков"],
        id="russian_title_agrees_with_the_name_and_an_official_may_be_the_aide",
    ),
    pytest.param(
        "ru",
        ("Официальный представитель российского дипведомства Мария Захарова провела брифинг.\n\n"
         '"Глава российского внешнеполитического ведомства примет участие во встрече", - сказала она.\n\n'
         '"Участники обсудят подготовку к саммиту".'),
        ["Мария Захарова", "Мария Захарова"],
        id="russian_words_quoted_in_the_paragraph_before_are_nobodys_tag",
    ),
    pytest.param(
        "zh",
        ("伊朗经济学家穆罕默德·侯赛因·恩萨里对记者说，“加入金砖将把伊朗与非洲国家联系起来。”\n\n"
         "据报道，王毅13日在北京与南非外长会面后，向媒体表示，“双方同意加强合作。”"),
        ["穆罕默德·侯赛因·恩萨里", "王毅"],
        id="chinese_name_with_two_middle_dots_and_a_subjectless_prepositional_clause",
    ),
    pytest.param(
        "ru",
        ("Помощник президента России Юрий Ушаков провёл брифинг.\n\n"
         "«Президент будет участвовать по видеосвязи», — сказал господин Ушаков журналистам.\n\n"
         "Генеральный секретарь НАТО Йенс Столтенберг выступил в Вашингтоне. Предупредив, что «у агрессии "
         "нет цены без риска», генеральный секретарь сказал, что союзники едины.\n\n"
         "МИД КНР распространил заявление. «Пекин поддерживает расширение группы», — сообщили в ведомстве."),
        ["Юрий Ушаков", "Йенс Столтенберг", "МИД КНР"],
        id="russian_honorific_converb_clause_and_the_office_named_before",
    ),
    pytest.param(
        "en",
        ("South African President Cyril Ramaphosa welcomed the guests.\n\n"
         "“These will be days of hard work for our bloc,” the President of Kenya William Ruto elaborated online.\n\n"
         "European Commission President Ursula von der Leyen spoke first. "
         "“We must solve problems responsibly,” AFP quoted her as saying."),
        ["William Ruto", "Ursula von der Leyen"],
        id="english_comma_tag_with_any_verb_a_name_after_its_role_and_quoted_as_saying",
    ),
    pytest.param(
        "zh",
        "“合作是我们这代领导人作出的战略抉择。”两年前，在西安举行的首届峰会上，习近平主席郑重指出。",
        ["Xi Jinping"],
        id="chinese_tag_closing_the_sentence_after_time_and_place",
    ),
    pytest.param(
        "ru",
        ("Лидеры стран приняли Пекинскую декларацию саммита. Документ опубликован на сайте Кремля.\n\n"
         "Председатель КНР Си Цзиньпин обозначил основные векторы нового мироустройства: «Мы должны настаивать "
         "на многостороннем подходе».\n\n"
         "«Мы осуждаем односторонние санкции», — отмечается в документе.\n\n"
         "Президент Украины Владимир Зеленский встретился с премьер-министром Италии. «Обсудили поставки истребителей и восстановление страны», — "
         "проинформировал президент."),
        ["Xi Jinping", "Пекинская декларация", "Владимир Зеленский"],
        id="russian_colon_intro_more_speech_verbs_and_the_document_named_before",
    ),
    pytest.param(
        "en",
        ("Chinese President Xi Jinping chaired the summit. Li Kexin, Director-General of the Chinese Foreign "
         "Ministry's Department of International Economic Affairs, briefed reporters.\n\n"
         "The diplomat emphasized that the goal is not to create a new bloc.\n\n"
         'According to the director-general, leaders are working on an agreement. "Several countries are at '
         'the door," he said.'),
        ["Li Kexin"],
        id="english_according_to_a_role_and_a_diplomat_who_is_no_head_of_state",
    ),
    pytest.param(
        "zh",
        ("委内瑞拉国民议会主席赫苏斯·法里亚告诉记者，马杜罗将出席峰会。法里亚说：“我们非常高兴收到邀请。”\n\n"
         "澳大利亚悉尼科技大学冯崇义教授说：“这是内在的政治逻辑。”\n\n"
         "罗盘报(Kompas)报导，普拉伯沃赴北京前，在雅加达哈利姆机场(Halim Perdanakusuma Airport)向媒体表示：“各国关注印尼的角色。”\n\n"
         "南非总统府发布的会议纪要称：“我们强调必须保护平民。”"),
        ["赫苏斯·法里亚", "冯崇义", "普拉伯沃", "会议纪要"],
        id="chinese_surnames_media_names_documents_and_prepositional_clauses",
    ),
    pytest.param(
        "zh",
        ("此前的制裁曾让普京放话“要让西方付出代价”。\n\n王毅向美方喊话“希望双方相向而行”。\n\n"
         "东帝汶总理古斯茂出席签署仪式，并手拉手拍摄大合照，直呼“今天，缔造历史”。"),
        ["Vladimir Putin", "王毅", "古斯茂"],
        id="chinese_more_speech_verbs_and_the_one_made_to_speak",
    ),
    pytest.param(
        "en",
        ("Malaysian Prime Minister Anwar Ibrahim chairs the bloc.\n\n"
         "Leaders of the Association of Southeast Asian Nations were expected to discuss Myanmar. Last month, "
         "Kyrgyz President Sadyr Japarov visited Bangkok, and Anwar held a private meeting there.\n\n"
         '"We have been able to move the needle forward," he said while opening the summit.'),
        ["Anwar Ibrahim"],
        id="english_irregular_past_makes_a_subject_and_an_association_is_nobody",
    ),
    pytest.param(
        "ru",
        ("Замглавы МИД РФ Сергей Рябков рассказал об итогах саммита.\n\n"
         "«В Казани подтвердилась близость подходов участников», — добавил дипломат."),
        ["Сергей Рябков"],
        id="russian_indeclinable_title_describes_the_name_and_the_diplomat_is_that_deputy_minister",
    ),
    pytest.param(
        "ru",
        ("Страны утвердили Казанскую декларацию саммита. В документе всего один раз упоминается Украина: "
         "в пункте 36 говорится, что «мы напоминаем о национальных позициях в отношении ситуации»."),
        ["Казанская декларация"],
        id="russian_a_numbered_part_speaks_for_the_document_named_before",
    ),
    pytest.param(
        "zh",
        "马斯乌德·佩泽希奇扬于2025年9月15日会见了伊拉克总理。佩泽希奇扬表示：“我一直很高兴与兄弟们会面。”",
        ["马斯乌德·佩泽希奇扬"],
        id="chinese_transliterated_name_keeps_its_last_syllable_after_the_middle_dot",
    ),
    pytest.param(
        "zh",
        ("“民主和主权不能妥协或让步。”（巴西总统卢拉）“我不希望强权即公理的理论占主导地位。”（新华社记者李四摄）\n\n"
         "谈及两国关系，埃及总统塞西说，埃中关系是大国关系的典范。“这是两国立场相同、原则一致的结果。”"),
        ["卢拉", "卢拉", "塞西"],
        id="chinese_speaker_in_brackets_after_the_words_and_the_sentence_before_naming_its_speaker",
    ),
    pytest.param(
        "en",
        ("Russian President Vladimir Putin criticised the West.\n\n"
         'In another criticism, Chinese President Xi Jinping, the host, "urged the world to reject the Cold War '
         'mentality and bloc confrontation."'),
        ["Xi Jinping"],
        id="english_a_quotation_that_is_the_predicate_of_the_subject_before_it",
    ),
    pytest.param(
        "en",
        ('Threats to use nuclear weapons "should not be accepted," said Prime Minister Fumio Kishida. '
         '"A dream is something different than an ideal," said the Japanese head of government.'),
        ["Fumio Kishida", "Fumio Kishida"],
        id="english_head_of_government_is_one_title",
    ),
    pytest.param(
        "zh",
        ("南非总统拉马福萨在开幕致辞中表示：“我们所有人站在国际秩序变动的转折点上。”\n\n"
         "新华社也发布习近平在会议上的发言稿，他称亚太地区应“坚持在开放发展中分享机遇”。"),
        ["拉马福萨", "Xi Jinping"],
        id="chinese_he_is_the_one_person_named_earlier_in_his_sentence",
    ),
    pytest.param(
        "ru",
        ("Президент Бразилии Лула да Силва намерен встретиться с Путиным.\n\n"
         "«Мы будем обсуждать важные глобальные вопросы», — цитирует его слова газета Globo."),
        ["Лула да Силва"],
        id="russian_his_words_quoted_by_a_newspaper_are_his",
    ),
    pytest.param(
        "ru",
        ("Премьер-министр Канады Джастин Трюдо провёл пресс-конференцию.\n\n"
         "«Мы выпустили совместное коммюнике», — заявил канадский премьер.\n\n"
         "«Запад хочет изолировать Россию, но саммит показал обратное», — говорится в статье газеты The New York Times."),
        ["Джастин Трюдо", "The New York Times"],
        id="russian_country_adjectives_premier_and_media_outlets_in_latin_letters",
    ),
    pytest.param(
        "zh",
        "二十国集团领导人发表联合声明。声明也说，“使用或威胁使用核武器是不被准许的。”",
        ["联合声明"],
        id="chinese_an_adverb_after_a_document_keeps_it_the_speaker",
    ),
    pytest.param(
        "zh",
        ("“我们愿同各方一道，把合作推向新的高度。”3月8日，北京，巴西总统卢拉在同企业家座谈时，向与会者介绍了合作计划。\n\n"
         "新华社北京3月9日电 “两国关系正处在历史最好时期。”\n\n"
         "俄罗斯总统普京9日高度评价两国关系。\n\n"
         "“这是一次成功的会晤。”，与会代表纷纷谈起会谈。\n\n"
         "会议在莫斯科举行。“合作没有止境。”4日，俄罗斯总统普京在致辞中回顾了两国交往。"),
        ["卢拉", "Vladimir Putin", None, "Vladimir Putin"],
        id="chinese_a_quotation_leading_its_sentence_is_the_following_sentences_subject",
    ),
    pytest.param(
        "zh",
        ("俄罗斯总统普京出席了论坛。\n\n"
         "塔斯社报道称，巴西外长维埃拉表示，各国应当加强沟通。他说，“我们欢迎所有伙伴参与。”\n\n"
         "普京说，维埃拉是老朋友。他说，“我们会继续合作。”"),
        ["维埃拉", "Vladimir Putin"],
        id="chinese_who_speaks_inside_a_report_is_the_subject_he_refers_to",
    ),
    pytest.param(
        "en",
        ("Trade Minister Carlos Mendes of Brazil opened the forum.\n\n"
         "Later, Sergey Lavrov met the delegations and spoke about energy.\n\n"
         "The Brazilian minister took a hard line on tariffs.\n\n"
         '"Protectionism hurts every developing economy," he said.'),
        ["Carlos Mendes"],
        id="english_a_role_subject_with_an_irregular_verb_is_who_he_is_next",
    ),
    pytest.param(
        "ru",
        ("Председатель КНР Си Цзиньпин не приехал на форум, его речь зачитал посол Игорь Моргулов.\n\n"
         "«Мы будем и дальше укреплять доверие между нашими странами», — процитировал лидера КНР посол Моргулов."),
        ["Xi Jinping"],
        id="russian_whom_a_speaker_quotes_is_the_speaker",
    ),
    pytest.param(
        "ru",
        ("Мексиканский лидер Андрес Мануэль Лопес Обрадор выступил на форуме.\n\n"
         "Премьер-министр Индии Нарендра Моди поблагодарил организаторов.\n\n"
         "«Мы готовы к сотрудничеству», — сказал президент Мексики."),
        ["Андрес Мануэль Лопес Обрадор"],
        id="russian_a_country_leader_is_the_president_of_that_country",
    ),
    pytest.param(
        "zh",
        "研究所所长孙建明说：“合作前景广阔。”\n\n外交部发言人王毅坚称：“立场没有改变。”",
        ["孙建明", "王毅"],
        id="chinese_a_given_name_jieba_glued_to_the_verb_stays_in_the_name",
    ),
    pytest.param(
        "zh",
        ("论坛在上海举行。在会上，周建设表示：“企业合作前景广阔。”\n\n"
         "俄罗斯总统普京出席了会议。随后，马上表示：“欢迎各位。”"),
        ["周建设", None],
        id="chinese_a_surname_and_given_name_jieba_cut_apart_before_a_speech_verb",
    ),
    pytest.param(
        "zh",
        ("普京出席了会议。\n\n马杜罗政府表示，“我们欢迎这一决定。”\n\n"
         "扎帕罗夫领导人认为，“合作应当继续。”"),
        ["马杜罗政府", None],
        id="chinese_a_name_before_a_leader_or_government_owns_it",
    ),
    pytest.param(
        "zh",
        "巴西总统卢拉曾公开承诺“我们将在两年内消除饥饿”，但批评者表示怀疑。",
        ["卢拉"],
        id="chinese_a_promise_is_speech",
    ),
    pytest.param(
        "en",
        ('Kazakh President Kassym-Jomart Tokayev hosted the talks.\n\n'
         '"The region needs water diplomacy," the state news agency Kazinform quoted Tokayev as saying.'),
        ["Kassym-Jomart Tokayev"],
        id="english_an_agency_quoting_somebody_as_saying_gives_their_words",
    ),
    pytest.param(
        "ru",
        ("Саммит открылся в Астане.\n\n"
         "Марат Карабаев, профессор Университета Назарбаева:\n\n"
         "«Это настоящее событие для всего региона».\n\n"
         "Сергей Лавров, министр иностранных дел России: «Мы готовы к диалогу».\n\n"
         "Итоги встречи:\n\n«Стороны договорились о сотрудничестве».\n\n"
         "Лидеры приняли Астанинскую декларацию. Цитата из документа: «Мы выступаем за многополярный мир»."),
        ["Марат Карабаев", "Sergey Lavrov", None, "Астанинская декларация"],
        id="russian_a_caption_naming_the_speaker_before_a_colon",
    ),
    pytest.param(
        "en",
        ("The talks in Astana ran late.\n\n"
         "According to Tokayev, the water agreement is close. \"We will sign it within a month.\""),
        ["Kassym-Jomart Tokayev"],
        id="english_a_quotation_after_a_sentence_giving_its_source",
    ),
    pytest.param(
        "en",
        ("The ASEAN summit in Vientiane closed on Friday.\n\n"
         '"We reaffirm the central role of our community," the leaders said in a joint statement.\n\n'
         '"The region must remain free of nuclear weapons," the bloc said.\n\n'
         '"We oppose unilateral sanctions," G20 leaders said.'),
        ["ASEAN leaders", "ASEAN", "G20 leaders"],
        id="english_leaders_and_a_bloc_speak_as_the_group_the_text_names",
    ),
    pytest.param(
        "zh",
        "土耳其总统埃尔多安称，“我们的目标是正式加入。”",
        ["埃尔多安"],
        id="chinese_a_transliterated_name_keeps_the_syllable_jieba_glued_to_the_verb",
    ),
    pytest.param(
        "zh",
        ("吉尔吉斯斯坦议员阿斯卡罗夫出席了论坛。\n\n这位议员认为，“地区合作前景广阔。”\n\n"
         "哈萨克斯坦外长努尔特列乌出席了会议。该外长表示：“哈方支持这一倡议。”\n\n"
         "俄罗斯总统普京会见了印度总理莫迪。这位俄罗斯领导人说：“印度是我们的老朋友。”"),
        ["阿斯卡罗夫", "努尔特列乌", "Vladimir Putin"],
        id="chinese_this_lawmaker_and_that_minister_are_the_ones_named_before",
    ),
    pytest.param(
        "ru",
        ("Помощник президента Юрий Ушаков рассказал, что Путин проведёт ряд встреч. "
         "«Планируется около десяти двусторонних контактов», — уточнил он.\n\n"
         "«Мы благодарим хозяев за гостеприимство», — приводит слова Путина пресс-служба Кремля."),
        ["Юрий Ушаков", "Vladimir Putin"],
        id="russian_a_name_inside_what_was_said_is_not_who_he_is",
    ),
    pytest.param(
        "en",
        ('Kremlin aide Yuri Ushakov told reporters Putin would meet Xi on Tuesday. '
         '"It will be a long conversation," he said.'),
        ["Yuri Ushakov"],
        id="english_a_name_in_a_reported_clause_without_that_is_not_who_he_is",
    ),
    pytest.param(
        "zh",
        ("“上合组织的大门是敞开的。”这是托卡耶夫在开幕式上说的。\n\n会议持续了两天。\n\n"
         "“合作没有止境。”这是普京对两国关系的评价。"),
        ["Kassym-Jomart Tokayev", None],
        id="chinese_this_is_what_x_said_after_a_quotation",
    ),
    pytest.param(
        "en",
        '"We will respond to any threat," Peskov said, quoting Vladimir Putin.',
        ["Vladimir Putin"],
        id="english_a_tag_quoting_somebody_else_gives_their_words",
    ),
    pytest.param(
        "zh",
        ("哈萨克斯坦总统托卡耶夫出席了会议。\n\n会后，张汉晖在会上发言。他说：“中俄关系持续发展。”\n\n"
         "俄罗斯总统普京出席了会议。\n\n刘华清随后表示，合作前景广阔。他说：“我们充满信心。”"),
        ["张汉晖", "刘华清"],
        id="chinese_he_is_the_chinese_name_acting_last_not_an_earlier_titled_one",
    ),
    pytest.param(
        "zh",
        "托卡耶夫在讲话中强调，哈萨克斯坦将继续作为“组织的积极成员”，并指出，合作前景广阔。",
        ["Kassym-Jomart Tokayev"],
        id="chinese_and_went_on_to_say_after_a_quotation_is_the_sentences_subject",
    ),
    pytest.param(
        "en",
        ("Tokayev was addressing the nation about the summit when he turned to hospitality. "
         "\"Let us welcome our guests with the warmth we are known for.\""),
        ["Kassym-Jomart Tokayev"],
        id="english_a_quotation_after_a_sentence_about_an_address_is_the_speakers",
    ),
    pytest.param(
        "zh",
        "时隔两年，6月23日晚，习主席在主持会晤时，再次谈到合作之“要”：“我们必须作出正确选择。”",
        ["Xi Jinping"],
        id="chinese_once_again_said_takes_the_sentences_titled_surname",
    ),
    pytest.param(
        "zh",
        ("巴西总统府在声明中说：“双方同意加强多边合作。”\n\n"
         "声明又说，两位领导人也“承诺扩大在能源和卫生领域的合作”。"),
        ["巴西总统府", "巴西总统府"],
        id="chinese_the_statement_goes_on_as_the_office_that_issued_it",
    ),
    pytest.param(
        "ru",
        ("Премьер-министр Индии Нарендра Моди выразил надежду на новую встречу.\n\n"
         "Переговоры продлятся два дня, стороны обсудят торговлю, энергетику, логистику, образование, "
         "здравоохранение, культурные обмены, туризм, инвестиции в инфраструктуру, сотрудничество в сфере "
         "цифровых технологий и космоса, а также подготовку к следующему саммиту группы, который пройдет "
         "в следующем году в одной из столиц.\n\n"  # (far enough back that the first subject is no longer salient)
         "В Москве его принял российский лидер Владимир Путин.\n\n"
         "«Рад снова быть в Москве, где нас всегда ждут», — заявил премьер Индии в ходе переговоров с Путиным."),
        ["Narendra Modi"],
        id="a_russian_title_in_another_case_than_the_name_is_not_its_title",
    ),
    pytest.param(
        "ru",
        ("На церемонии фотографирования: президент Бразилии Жаир Болсонару, председатель КНР Си Цзиньпин, премьер-министр Индии Нарендра Моди.\n\n"
         "«Мы договорились», — сказал бразильский президент."),
        ["Жаир Болсонару"],
        id="in_a_russian_list_of_titled_names_each_title_is_the_next_names",
    ),
    pytest.param(
        "ru",
        ("Президент Бразилии Лула да Силва и министр иностранных дел РФ Сергей Лавров прибыли на саммит.\n\n"
         "Участники встречи согласовали правила приема новых членов, сообщила глава МИД Австралии Пенни Вонг.\n\n"
         "«Мы утвердили документ о порядке приема новых стран», — приводит ее слова агентство Reuters."),
        ["Пенни Вонг"],
        id="a_russian_past_tense_verb_gives_its_subjects_gender",
    ),
    pytest.param(
        "ru",
        ("В аэропорту гостя встретили аким Алматы Ерболат Досаев и посол Казахстана Иван Петров.\n\n"
         "«Рады видеть вас на нашей земле!» — поприветствовал делегацию аким."),
        ["Ерболат Досаев"],
        id="a_russian_dash_tag_may_hold_any_verb_and_a_rare_title_as_written",
    ),
    pytest.param(
        "ru",
        ("По словам пресс-секретаря президента Дмитрия Пескова, на саммите Путин расскажет «о приоритетах России в группе»."),
        ["Dmitry Peskov"],
        id="a_russian_speech_verb_in_the_future_is_no_tag",
    ),
    pytest.param(
        "ru",
        ("«Мы готовы к переговорам», — приводит агентство высказывание Лукашенко."),
        ["Alexander Lukashenko"],
        id="russian_privodit_vyskazyvanie_gives_whose_words_they_are",
    ),
    pytest.param(
        "ru",
        ("Генеральный секретарь НАТО Марк Рютте приедет на форум. Об этом рассказал журналистам президент Финляндии Александр Стубб.\n\n"
         "Он сказал, что генсек НАТО принял приглашение организаторов, и добавил, что «альянс должен говорить одним голосом»."),
        ["Александр Стубб"],
        id="a_russian_verb_after_comma_i_has_the_first_verbs_subject",
    ),
    pytest.param(
        "ru",
        ("Бразильский депутат Иван Петров прокомментировал встречу.\n\n"
         "«Решение должно быть коллективным», — указал депутат."),
        ["Иван Петров"],
        id="russian_deputat_is_a_title",
    ),
    pytest.param(
        "ru",
        ("Депутат Иван Петров прокомментировал встречу.\n\n"
         "По словам Петрова, союз «меняет правила игры», поэтому премьер-министр Японии Фумио Кисида «пересмотрел планы» в регионе. «Союз стал площадкой для всех, кто выступает за равноправие», — подытожил он."),
        ["Иван Петров"],
        id="a_name_inside_po_slovam_is_no_subject_for_a_later_on",
    ),
    pytest.param(
        "ru",
        ("Премьер-министр Новой Зеландии Джасинда Ардерн объявила, где пройдет следующий саммит.\n\n"
         "Источник: агентства\n\n"
         "Прямая речь: «Этот город станет мостом между странами региона и местом встречи для всех»."),
        ["Джасинда Ардерн"],
        id="a_russian_direct_speech_caption_is_the_storys_person",
    ),
    pytest.param(
        "zh",
        ("香港一所大学的经济学家倪志强在会后说，全球贸易正在放缓。\n\n"
         "倪志强表示，区域合作潜力很大。“我们对合作的前景很有信心。”"),
        ["倪志强"],
        id="a_chinese_surname_jieba_tags_alone_joins_the_given_name",
    ),
    pytest.param(
        "zh",
        ("印度塔塔钢铁公司执行总裁拉吉夫说，新兴经济体的贸易还有很大空间。“我们会继续扩大在亚洲的投资。”"),
        ["拉吉夫"],
        id="a_chinese_name_before_an_institution_is_not_the_subject",
    ),
    pytest.param(
        "zh",
        ("肯尼亚驻美大使阿里—穆萨告诉记者：“这次会议对非洲国家来说十分关键。”"),
        ["阿里—穆萨"],
        id="a_dash_joins_the_parts_of_a_name_in_chinese",
    ),
    pytest.param(
        "zh",
        ("法国总统埃马纽埃尔·马克龙表示，“欧洲必须团结一致，共同应对挑战。”"),
        ["埃马纽埃尔·马克龙"],
        id="a_country_like_piece_of_a_marked_name_after_a_title",
    ),
    pytest.param(
        "zh",
        ("石破首相作为峰会主席主持了会议。\n\n"
         "石破说：“各国在贸易问题上达成了重要共识。”\n\n"
         "日本首相石破茂在闭幕式上宣布宣言获得通过。"),
        ["石破茂"],
        id="a_chinese_short_name_takes_the_full_name_given_later",
    ),
    pytest.param(
        "zh",
        ("巴西一家银行的首席经济学家若昂·席尔瓦说，普京总统的讲话让人印象深刻，“这一表态增强了市场对未来的信心。”"),
        ["若昂·席尔瓦"],
        id="chinese_de_jianghua_is_a_noun_not_a_speech_verb",
    ),
    pytest.param(
        "zh",
        ("“我们将继续支持伙伴国家的改革，”约翰·史密斯在与泽伦斯基一起举行的记者会上说。"),
        ["约翰·史密斯"],
        id="a_chinese_tag_after_a_quotation_takes_its_subject_not_a_name_after_yu",
    ),
    pytest.param(
        "zh",
        ("某研究所主任、历史学博士伊万·彼得罗夫认为，两国关系前景广阔。\n\n"
         "他说：“双方的合作已经进入新阶段，很多项目正在推进。”"),
        ["伊万·彼得罗夫"],
        id="a_chinese_name_with_a_middle_dot_is_a_person",
    ),
    pytest.param(
        "zh",
        ("保加利亚总统Ivan Petrov在论坛上表示，“我们需要更多的基础设施投资。”\n\n"
         "“合作的机会是巨大的，”Petrov说。"),
        ["Ivan Petrov", "Ivan Petrov"],
        id="a_latin_name_in_a_chinese_text_is_a_person",
    ),
    pytest.param(
        "zh",
        ("巴西总统马拉多称，“我代表我国人民向你致以诚挚的问候。”"),
        ["马拉多"],
        id="a_chinese_last_syllable_before_a_speech_verb_is_the_names",
    ),
    pytest.param(
        "zh",
        ("在会后的记者会上，新西兰总理杰辛达·阿德恩表示，她“希望尽快达成协议”，但补充说，谈判“不会一蹴而就，还需要耐心”。"),
        ["杰辛达·阿德恩", "杰辛达·阿德恩"],
        id="chinese_dan_goes_on_with_the_sentences_subject",
    ),
    pytest.param(
        "zh",
        ("英国首相特雷莎·梅主持了这次峰会。\n\n"
         "“这是一次非常成功的会议，你做得很好。”对于这位他曾公开表示不满的总理，拜登这次给予了高度评价。"),
        ["拜登"],
        id="a_chinese_verb_in_a_relative_clause_reports_nothing",
    ),
    pytest.param(
        "en",
        ("# Petrov Lands in Oslo as Talks Stall\n\n"
         "Bulgarian Foreign Minister Ivan Petrov arrived in Oslo on Monday.\n\n"
         "“We came to listen and to help the parties find common ground,” Petrov said in a statement."),
        ["Ivan Petrov"],
        id="a_title_case_headline_marks_no_name",
    ),
    pytest.param(
        "en",
        ("Bulgarian Foreign Minister Ivan Petrov arrived in Oslo on Monday.\n\n"
         "“We came to listen and to help the parties find common ground,” Petrov said in a statement, a year after Petrov had Facebook blocked in Bulgaria.\n\n"
         "“The talks are the hope of every country in the region,” he continued."),
        ["Ivan Petrov", "Ivan Petrov"],
        id="a_name_after_had_is_an_object_not_a_subject",
    ),
    pytest.param(
        "en",
        ("Leaders gathered in Oslo on Saturday, where the Nordic communiqué was still being drafted.\n\n"
         "“The leaders agree to deepen cooperation on maritime security and fisheries,” read the draft statement."),
        ["Nordic communiqué"],
        id="english_read_the_draft_statement_is_the_document_named_before",
    ),
    pytest.param(
        "en",
        ("President Ivan Petrov opened the summit on Saturday.\n\n"
         "“Our ports are open to every partner,” Petrov said.\n\n"
         "According to the latest draft of the Nordic communiqué, the leaders would also express “deep concern over rising sea levels in the region” at the meeting."),
        ["Ivan Petrov", "Nordic communiqué"],
        id="english_according_to_a_draft_of_a_named_document",
    ),
    pytest.param(
        "en",
        ("The meeting closed with a joint text on fisheries, announced the Bulgarian president, Ivan Petrov.\n\n"
         "The text took two nights of talks. The Bulgarian president said there was “broad support among all the delegations.” “We agreed that the fishing quotas must be reviewed every year,” he said."),
        ["Ivan Petrov", "Ivan Petrov"],
        id="english_inverted_tag_makes_a_subject_and_a_title_before_a_comma_a_descriptor",
    ),
    pytest.param(
        "en",
        ("The leaders met online on Monday.\n\n"
         "The agency cited Petrov as saying that the floods had hit three countries at once.\n\n"
         "“No single government can rebuild these valleys on its own.”"),
        ["Petrov"],
        id="english_cited_as_saying_before_a_quotation_paragraph",
    ),
    pytest.param(
        "en",
        ("“Our two nations open a new chapter today,” the Bulgarian crown prince said.\n\n"
         "Prince Ivan Petrov continued, “We support a fair settlement for every party.”"),
        ["Ivan Petrov", "Ivan Petrov"],
        id="english_a_bare_title_fits_a_role_with_more_modifiers",
    ),
    pytest.param(
        "en",
        ("Russian President Dmitry Sokolov arrived in the capital on Thursday.\n\n"
         "The chair of the meeting, Bulgarian President Ivan Petrov, welcomed the delegations on the anniversary.\n\n"
         "“We should use what we have built together over twenty years,” he said."),
        ["Ivan Petrov"],
        id="english_an_apposition_closed_by_a_comma_before_its_verb",
    ),
    pytest.param(
        "en",
        ("Bulgarian President Ivan Petrov spoke about the monitors at elections.\n\n"
         "Monitor teams, sent under the usual rules, “arrive with hundreds of people and leave with ready conclusions”, he stated, adding that “this practice must change.”\n\n"
         "Monitor missions arrived in the capital on Monday, he added.\n\n"
         "“We expect long queues at every polling station,” he said."),
        ["Ivan Petrov", "Ivan Petrov", "Ivan Petrov"],
        id="english_a_sentence_initial_noun_the_text_writes_in_the_plural_is_no_name",
    ),
    pytest.param(
        "zh",
        ("国家主席习近平会见了来访的各国代表。\n\n"
         "会谈中，贝娅特丽丝呼吁各方向冲突方施压。\n\n"
         "她说：“我们期望各方利用自己的影响力，确保和平谈判尽快恢复。”"),
        ["贝娅特丽丝"],
        id="a_chinese_name_before_a_speech_verb_is_a_person",
    ),
    pytest.param(
        "zh",
        ("联盟秘书长约翰·史密斯出席了峰会。\n\n"
         "这位联盟秘书长昨天在给各国领导人的信中写道：“你们的决定对整个地区都至关重要。”"),
        ["约翰·史密斯"],
        id="a_chinese_demonstrative_role_with_a_body_and_a_day",
    ),
    pytest.param(
        "en",
        ("Bulgarian President Ivan Petrov opened the meeting on Friday.\n\n"
         "Weekly Business\n\n"
         "Business insights on the region’s fast-growing economies.\n\n"
         "“For our people, this is a dream realised,” he said."),
        ["Ivan Petrov"],
        id="a_section_heading_is_no_name",
    ),
    pytest.param(
        "en",
        ("President Ivan Petrov stressed that the meetings show the Central Asian states’ commitment to “ties of friendship between neighbours.”"),
        ["Ivan Petrov"],
        id="a_run_ending_in_a_region_adjective_is_no_name",
    ),
    pytest.param(
        "ru",
        ("Председатель Африканского союза Иван Петров заявил, что союз готов к партнерству с группой.\n\n"
         "Россия поставляет зерно в Африку, заявил Путин\n\n"
         "«Группа со своим потенциалом может помочь континенту стать независимым», — сказал он."),
        ["Иван Петров"],
        id="a_russian_line_without_a_full_stop_gives_no_subject",
    ),
    pytest.param(
        "ru",
        ("Главы государств собрались в столице. Участие в саммите принимает и Иван Петров.\n\n"
         "«Без скорейшего сплочения наших стран нас завтра может не быть», – подчеркнул болгарский лидер.\n\n"
         "«Надо подумать серьезно и пойти своим путем», – сказал глава государства."),
        ["Иван Петров", "Иван Петров"],
        id="a_russian_country_leader_role_names_the_one_untitled_person",
    ),
    pytest.param(
        "ru",
        ("Помощник генерального секретаря лиги Иван Петров рассказал о подготовке встречи.\n\n"
         "«Секретариат получил официальный запрос о проведении сессии», говорится в заявлении помощника."),
        ["Иван Петров"],
        id="a_russian_document_of_a_titled_person_is_theirs",
    ),
    pytest.param(
        "zh",
        ("联盟理事会主席马图斯克也在社交网站发文称：“我们会一起捍卫规则。”"),
        ["马图斯克"],
        id="a_chinese_syllable_jieba_tags_a_measure_word",
    ),
    pytest.param(
        "zh",
        ("美国贸易委员会主任萨瓦罗更表示：“我们不会让步。”"),
        ["萨瓦罗"],
        id="an_adverb_after_a_titled_chinese_name_is_no_part_of_it",
    ),
    pytest.param(
        "en",
        ("Foreign Minister Ivan Petrov spoke to reporters on Friday.\n\n"
         "“We will decide in November,” Petrov said.\n\n"
         "Article continues after this advertisement\n\n"
         "“But if I were asked today, I would say yes.”"),
        ["Ivan Petrov", "Ivan Petrov"],
        id="english_article_continues_is_page_chrome",
    ),
    pytest.param(
        "en",
        ("The summit opened in Oslo on Monday.\n\n"
         "“First, the state of our region is unsustainable, and we cannot go on like this.\n\n"
         "“Second, the problems are solvable, if we act together,” Petrov said."),
        ["Petrov", "Petrov"],
        id="a_speech_left_open_at_a_paragraph_end_is_the_speaker_whose_tag_closes_it",
    ),
    pytest.param(
        "ru",
        ("Участие в саммите принимает и Иван Петров.\n\n"
         "«Мы готовы к диалогу со всеми партнерами», — подчеркнул президент."),
        ["Иван Петров"],
        id="a_russian_president_with_no_country_is_the_one_untitled_person",
    ),
    pytest.param(
        "en",
        ("Leaders of the island states met in Apia this week.\n\n"
         "The final communique, agreed by all twenty members, “notes calls for a fund for coastal repairs” and says “the time has come” for a “fair conversation” about sea walls."),
        ["final communique", "final communique"],
        id="a_sentence_opened_by_a_document_quotes_it_in_its_predicate",
    ),
    pytest.param(
        "zh",
        ("联盟高级代表约翰·史密斯表示，「今天标志着一段漫长旅程的开始。」委员会主席玛丽亚·罗西表示，相信各方会尽快达成协议。"),
        ["约翰·史密斯"],
        id="a_chinese_comma_intro_beats_a_tag_after_that_reports_someone_else",
    ),
    pytest.param(
        "zh",
        ("沙地阿拉伯王储阿卜杜拉说，“我们欢迎各国代表团来到利雅得参加会议。”"),
        ["阿卜杜拉"],
        id="a_chinese_name_before_a_title_and_a_name_qualifies_the_title",
    ),
    pytest.param(
        "zh",
        ("美国总统拜登在大会上首次发言。他把冲突形容为对国际体系的考验，比如誓言“将坚决捍卫所有盟友的安全”。\n\n"
         "“如果多数人不去对抗少数人，我们就会失败，”他说。"),
        ["拜登", "拜登"],
        id="chinese_biru_opens_no_clause_of_its_own",
    ),
    pytest.param(
        "en",
        ("By Kim Min-ho\n\n"
         "SEOUL, Nov. 11 -- South Korean President Kim Jae-sung asked fellow leaders to move toward a concrete accord on Thursday.\n\n"
         "“Let us take one more step forward together,” Kim said."),
        ["Kim Jae-sung"],
        id="an_english_byline_names_no_speaker",
    ),
    pytest.param(
        "en",
        ("The talks closed in Paris on Saturday.\n\n"
         "“The deal is not perfect but it is a step forward\n\n"
         "“This is a historic moment for all of us,” Petrov said."),
        [None, "Petrov"],
        id="a_heading_left_open_does_not_run_on",
    ),
    pytest.param(
        "en",
        ("Opening Remarks\n\n"
         "IVAN PETROV, President of the General Assembly, warned that the world is divided. “Tensions are rising everywhere,” he emphasized.\n\n"
         "“We must come together,” the President continued. What is needed is resolve.\n\n"
         "“Threats put us all at risk,” he warned."),
        ["Ivan Petrov", "Ivan Petrov", "Ivan Petrov"],
        id="an_english_name_in_capitals_set_off_by_a_title",
    ),
    pytest.param(
        "zh",
        ("土耳其总统埃尔多安会晤后，奥巴马说：“用暴力对无辜的生命进行屠戮，是对全人类的袭击。”"),
        ["奥巴马"],
        id="a_chinese_transliteration_jieba_tags_a_place_before_a_speech_verb",
    ),
    pytest.param(
        "zh",
        ("非盟委员会主席法基姆在峰会开幕前发表讲话。\n\n"
         "他说，“错失了的最后期限揭示了局势的复杂性”。"),
        ["法基姆"],
        id="chinese_syllables_after_a_title_are_a_name_whatever_jieba_tags_them",
    ),
    pytest.param(
        "zh",
        ("匈牙利总理欧尔兰拒绝批准这笔资金。\n\n"
         "由于他拒绝，会议没有结果。欧尔兰在社群媒体上写道：「总结：否决了额外资金。」"),
        ["欧尔兰"],
        id="a_chinese_name_given_with_a_title_names_the_person_wherever_it_stands_again",
    ),
    pytest.param(
        "en",
        ("Russian President Dmitry Sokolov opened the meeting on Monday.\n\n"
         "Defining Time for Europe\n\n"
         "Petrov said the meeting comes at a defining time. “At our last summit we laid out plans for the biggest reform in decades,” he said."),
        ["Petrov"],
        id="a_heading_before_a_paragraph_is_no_context_for_its_first_name",
    ),
    pytest.param(
        "en",
        ("Speaking at the harbour, Kalinda Moru said the port would reopen soon, saying: “We have waited long enough.”"),
        ["Kalinda Moru"],
        id="an_opening_participle_clause_is_no_subject",
    ),
    pytest.param(
        "en",
        ("Prime Minister Tavi Rolland arrived on Monday.\n\n"
         "Addressing the forum in French, Rolland appeared to recall the island's own past, saying the country “will not bow to any outside pressure.”"),
        ["Tavi Rolland"],
        id="an_opening_participle_clause_with_a_place_is_no_subject",
    ),
    pytest.param(
        "en",
        ("Omani Foreign Minister Badr Hamadi hosted the talks in Muscat.\n\n"
         "The Omani foreign minister welcomed both Petrov and Lindqvist to the capital, expressing hope for “a calm and lasting settlement between the two sides.”"),
        ["Badr Hamadi"],
        id="a_role_word_ends_the_subject_before_its_verb",
    ),
    pytest.param(
        "en",
        ("Chilean President Ana Ruiz who spoke right after President Tomas Berg, urged delegates to seek “a fairer trading system for all of us”."),
        ["Ana Ruiz"],
        id="a_name_inside_a_relative_clause_is_not_the_subject",
    ),
    pytest.param(
        "en",
        ("“We remain committed to open markets and to the rules that keep them open,” the communique, issued after the ministers' meeting in Lima, said."),
        ["communique"],
        id="a_document_set_off_by_commas_is_the_subject",
    ),
    pytest.param(
        "ru",
        ("Глава комиссии Анна Петрова выступила в Брюсселе.\n\n"
         "«Нам нужны надежные гарантии безопасности», — её слова приводит издание Daily Courier."),
        ["Анна Петрова"],
        id="her_words_relayed_by_an_outlet_are_hers",
    ),
    pytest.param(
        "zh",
        ("但掌声刚刚平息，一些代表团便抨击这项协议糟糕透顶，提供的金额微不足道。“我们对结果感到非常失望。”\n\n"
         "《海洋公约》秘书处执行秘书马丁·霍尔承认，这项协议并不完美，但各方还有很多工作要做。"),
        [None],
        id="a_quotation_closing_a_narrative_paragraph_leads_nothing",
    ),
    pytest.param(
        "zh",
        ("韩国总统金大勇31日在峰会上发表讲话。\n\n"
         "记者会上，金总统表示：“我们已经达成了共识。”"),
        ["金大勇"],
        id="a_surname_and_title_is_the_person_of_that_surname",
    ),
    pytest.param(
        "zh",
        ("峰会通过的结论写道：“各方坚持和平方针。”\n\n"
         "“它呼吁各国紧急加大力度，满足需求。”\n\n"
         "会前，理事会主席彼得·诺瓦克表示：“我们将继续支持这个国家。”"),
        [None, None, "彼得·诺瓦克"],
        id="a_paragraph_introducing_its_own_quotation_leads_no_earlier_one",
    ),
    pytest.param(
        "zh",
        ("卡里姆12日下午在接受本国媒体“南方新闻频道”采访时表示，很遗憾，邻国决定不出席峰会，但峰会将照常举行。“最终，我们将作出一些非常重大的决定，缺席是他们自己的损失。”"),
        ["卡里姆"],
        id="a_quoted_name_inside_a_clause_ends_no_clause",
    ),
    pytest.param(
        "en",
        ("APEC leaders met in Lima on Friday.\n\n"
         "In the final communique, the leaders said they recognised “the urgent need for climate finance that reaches small island states.”"),
        ["final communique"],
        id="in_the_document_the_leaders_said_quotes_the_document",
    ),
    pytest.param(
        "en",
        ("Fiji’s Foreign Minister, Tomas Berg welcomed delegates to Suva. “On behalf of our people, it is a pleasure to welcome everyone here.”"),
        ["Tomas Berg"],
        id="a_quotation_sentence_after_one_about_a_named_person_is_theirs",
    ),
    pytest.param(
        "en",
        ("“The talks went well,” said Ana Ruiz.\n\n"
         "Tomas Berg answered with an equally formal speech.\n\n"
         "“Both countries are committed to good neighbourliness and lasting friendship.”"),
        ["Ana Ruiz", "Tomas Berg"],
        id="a_quotation_paragraph_after_one_about_a_named_person_is_theirs",
    ),
    pytest.param(
        "en",
        ("Tomas Berg, Foreign Minister of Fiji.\n\n"
         "“Both countries are committed to good neighbourliness and lasting friendship.”"),
        [None],
        id="a_line_with_no_verb_gives_no_speaker",
    ),
    pytest.param(
        "ru",
        ("Латвия предложила на саммите новый план, заявил в пятницу президент Латвии Карлис Озолс.\n\n"
         "«Реакция на мое выступление вполне положительная. Разные страны хотели услышать конкретику.»"),
        ["Карлис Озолс"],
        id="an_inverted_russian_tag_in_the_paragraph_before_names_the_speaker",
    ),
    pytest.param(
        "zh",
        ("维多利亚表示，峰会很成功。\n\n"
         "维多利亚总统说：“我们坚决支持你们。”"),
        ["维多利亚"],
        id="a_chinese_name_the_text_gave_then_a_title_names_that_person",
    ),
    pytest.param(
        "zh",
        ("邻国总统维多利亚猛烈抨击邻国的新政府。维多利亚在即席发表的演讲中说：“我们坚决支持你们。”"),
        ["维多利亚"],
        id="a_chinese_name_given_with_a_title_is_found_again_where_jieba_takes_it_for_a_place",
    ),
    pytest.param(
        "en",
        ("IVAN PETROV (Bulgaria), President of the seventy-seventh session of the General Assembly, opened the debate.\n\n"
         "“It all tears the planet apart,” he said."),
        ["Ivan Petrov"],
        id="a_name_in_capitals_with_its_country_in_brackets_and_a_title_is_a_person",
    ),
    pytest.param(
        "en",
        ("“The forum is a good chance to promote your country as a brand,” Ana Ruiz of the University of Chile said."),
        ["Ana Ruiz"],
        id="a_name_of_a_university_is_the_person",
    ),
    pytest.param(
        "en",
        ("“The leaders will sum up the year's work,” the Kremlin press service said."),
        ["Kremlin"],
        id="a_press_service_is_an_office",
    ),
    pytest.param(
        "en",
        ("“We thank our partners for the invitation,” X posted on Friday."),
        [None],
        id="a_single_letter_is_never_a_speaker",
    ),
    pytest.param(
        "en",
        ("Writing on the platform X, formerly Twitter, the emir, His Highness Sheikh Tamim Rahal, posted: “We look forward to a continued commitment to partnership.”"),
        ["Tamim Rahal"],
        id="a_platform_named_in_the_intro_is_no_speaker",
    ),
    pytest.param(
        "ru",
        ("Президент Латвии Карлис Озолс встретился с главой Еврокомиссии.\n\n"
         "«Стороны должны активнее развивать сотрудничество», — сообщили в МИД Латвии, цитируя слова Карлиса Озолса."),
        ["Карлис Озолс"],
        id="an_office_quoting_someone_gives_the_one_quoted",
    ),
    pytest.param(
        "zh",
        ("会议在利马举行。\n\n"
         "利马声称：“我们不会让步。”"),
        [None],
        id="a_city_cldr_names_is_no_speaker",
    ),
    pytest.param(
        "zh",
        ("争议集中在南部海域。\n\n"
         "仁爱岛称：“这里属于我们。”"),
        [None],
        id="an_island_is_no_speaker",
    ),
    pytest.param(
        "zh",
        ("美国总统约翰·卡特8日在洛杉矶出席峰会开幕礼。\n\n"
         "他提出与邻国建立新伙伴关系的计划，希望各方放弃旧的承诺，“我们必须投资以确保我们的贸易可持续。”"),
        ["约翰·卡特"],
        id="a_chinese_quotation_closing_its_sentence_after_a_comma_is_the_subjects",
    ),
    pytest.param(
        "en",
        ("The three leaders met in San Diego on Monday.\n\n"
         "“We believe in a world that protects freedom,” they said in the statement, released before their joint appearance.\n\n"
         "“The steps we are announcing today will help us,” they said."),
        ["statement", "statement"],
        id="they_said_in_the_statement_quotes_the_statement_and_goes_on_with_it",
    ),
    pytest.param(
        "en",
        ("Chilean President Ana Ruiz met French President Marc Duval in Santiago.\n\n"
         "“You had to deal with a drought,” the Chilean told reporters."),
        ["Ana Ruiz"],
        id="the_demonym_of_the_one_person_from_that_country_is_them",
    ),
    pytest.param(
        "en",
        ("“Ukraine’s future is in the alliance,” the formal communique out of the summit said."),
        ["formal communique"],
        id="a_document_word_before_a_preposition_heads_the_subject",
    ),
    pytest.param(
        "en",
        ("“The leaders discussed trade and energy,” a readout issued after the call says."),
        ["readout"],
        id="a_readout_is_a_document",
    ),
    pytest.param(
        "en",
        ("Chilean President Ana Ruiz opened the meeting.\n\n"
         "“We have four more years to agree,” said Peru’s foreign minister, Tomas Berg."),
        ["Tomas Berg"],
        id="a_role_then_a_name_closing_the_tag_is_that_name",
    ),
    pytest.param(
        "zh",
        ("美国总统约翰·卡特出席了会议。\n\n"
         "他向会议东道主澳大利亚总理彼得·诺瓦克说：“总理先生，谢谢你。”"),
        ["约翰·卡特"],
        id="a_pronoun_opening_the_clause_is_the_subject_not_the_one_addressed",
    ),
    pytest.param(
        "zh",
        ("会议在北京举行。\n\n"
         "威尔逊街讲话：“我们不会屈服。”"),
        [None],
        id="a_street_is_no_speaker",
    ),
    pytest.param(
        "zh",
        ("联合国秘书长约翰·卡特出席了会议。\n\n"
         "卡特办公室引述他的话说：“各方必须立即停火。”"),
        ["约翰·卡特"],
        id="an_office_quoting_his_words_gives_him",
    ),
    pytest.param(
        "en",
        ("The summit opened at the Harbour Conference Centre on Friday.\n\n"
         "“We stand together in hard times,” the Queen said."),
        [None],
        id="a_venue_is_no_person",
    ),
    pytest.param(
        "en",
        ("His Royal Highness The Prince of Avalon opened the meeting.\n\n"
         "“We meet in hope,” the Prince of Avalon emphasised."),
        [None],
        id="the_place_a_title_is_of_is_no_name",
    ),
    pytest.param(
        "en",
        ("“A summit requires the presence of presidents,” said former Chilean foreign minister Ana Ruiz."),
        ["Ana Ruiz"],
        id="a_lower_case_role_before_a_name_in_the_tag_gives_the_name",
    ),
    pytest.param(
        "en",
        ("The Commonwealth Chair-in-Office opened the session.\n\n"
         "“We welcome you all,” the chair said."),
        [None],
        id="a_hyphenated_title_is_no_name",
    ),
    pytest.param(
        "ru",
        ("Карлис Озолс предложил провести неформальную беседу.\n\n"
         "Сейчас кризис вызван «резким снижением цен на наши товары», — пояснил глава Латвии."),
        ["Карлис Озолс"],
        id="the_head_of_a_country_is_its_leader",
    ),
    pytest.param(
        "ru",
        ("Лидеры стран альянса собрались в Риге.\n\n"
         "«Мы должны реагировать на эти вызовы», - генеральный секретарь альянса Карлис Озолс."),
        ["Карлис Озолс"],
        id="a_dash_tag_with_a_title_and_name_but_no_verb_names_the_speaker",
    ),
    pytest.param(
        "en",
        ("Presidential spokesperson Ana Ruiz confirmed that leaders at the summit in Valparaiso have adopted the declaration.\n\n"
         "“We were getting closer and closer to adoption,” he told reporters."),
        ["Ana Ruiz"],
        id="a_place_after_in_is_no_subject_for_he",
    ),
    pytest.param(
        "en",
        ("His Majesty King Harald V, the Head of the Realm, opened the session.\n\n"
         "His Majesty said: “Together, we can expand opportunities for all of us.”"),
        ["Harald V"],
        id="his_majesty_is_the_king_and_a_roman_numeral_ends_his_name",
    ),
    pytest.param(
        "en",
        ("The Commonwealth welcomed its new members.\n\n"
         "She said: “This is a historic first.”"),
        [None],
        id="the_commonwealth_is_no_person",
    ),
    pytest.param(
        "en",
        ("President Ana Ruiz thanked the hosts.\n\n"
         "“In ten years, our union has grown, and new members keep joining,” Ruiz said, stressing the need for unity and trust among CAS states “in a time of war and of paralysis at the United Nations.” She also praised the theme of the meeting."),
        ["Ana Ruiz", "Ana Ruiz"],
        id="a_noun_after_a_preposition_is_no_subject_of_states",
    ),
    pytest.param(
        "en",
        ("“These are difficult questions for our leaders,” the Chairperson of the Regional Commission insisted."),
        [None],
        id="the_chair_of_a_body_is_a_role_not_a_name",
    ),
    pytest.param(
        "zh",
        ("另外，邻国总统卡洛斯扬言对葡萄酒征收关税。\n\n"
         "“我们会这样做。”他说。"),
        ["卡洛斯"],
        id="a_speech_verb_jieba_tags_as_a_name_ends_the_name",
    ),
    pytest.param(
        "zh",
        ("这则讯息的内容还提到卡洛斯（Carlos Mendes），称他是老朋友。\n\n"
         "卡洛斯在讯息中表示：“我们意见一致。”"),
        ["卡洛斯"],
        id="the_adverb_and_verb_before_a_bracketed_name_are_no_part_of_it",
    ),
    pytest.param(
        "ru",
        ("Участники саммита обсудят конфликты и экономику, сообщил журналистам хозяин встречи Карлис Озолс.\n\n"
         "«Мы будем говорить о больших конфликтах», — сказал политик в обращении к согражданам.\n\n"
         "Президент Эстонии Юри Тамм прибудет завтра."),
        ["Карлис Озолс"],
        id="a_generic_role_is_the_untitled_person_who_just_acted_not_one_titled_later",
    ),
    pytest.param(
        "en",
        ("Prime Minister Ana May arrived in London.\n\n"
         "“We have agreed to stand ready,” May said in a statement."),
        ["Ana May"],
        id="a_month_after_a_first_name_is_a_surname",
    ),
    pytest.param(
        "en",
        ("Since May Putin has travelled twice.\n\n"
         "“We agreed,” he said."),
        ["Vladimir Putin"],  # the subject "he" means, named alone: neither "Since May Putin" nor "May Putin"
        id="a_month_before_a_name_joins_no_name",
    ),
    pytest.param(
        "zh",
        ("今年论坛的东道主马歇尔群岛总理卡洛斯（Carlos Mendes）指出：“这是对我们海洋的庄严承诺。”他说。"),
        ["卡洛斯"],
        id="a_name_a_place_word_follows_is_part_of_a_place_even_after_a_title",
    ),
    pytest.param(
        "en",
        ("On Tuesday, Karimi had sought to put the ball in their court, saying, “cancellation of talks was a unilateral decision,” and “the ball is now in their court”."),
        ["Karimi", "Karimi"],
        id="en-time-opening-before-subject-of-saying",
    ),
    pytest.param(
        "en",
        ("Secretary General Li Wen said the region remains a “theater of tension.” Addressing the Libyan crisis, he added: “We are seeking to end the transition.”"),
        ["Li Wen"],
        id="en-participle-opening-the-demonym-noun-is-no-epithet-name",
    ),
    pytest.param(
        "en",
        ("The event was attended by the President of Guinea Bissau, Umaro Embalo; the President of Colombia, Gustavo Petro; and the Minister of Foreign Affairs of Colombia, Luis Murillo.\n\n"
         "“The conference must be a turning point where we do not continue doing the same thing,” said the president during his opening speech."),
        [None],
        id="en-two-word-country-name-leaves-no-name",
    ),
    pytest.param(
        "zh",
        ("会议2日在海滨城市开幕。\n\n"
         "塔斯社引述俄远东地区发展部部长伊万诺夫的话称，这届峰会“不会比其他国家举办得差，只会办得更好”。"),
        ["伊万诺夫"],
        id="zh-quoting-a-titled-name-words-gives-that-name",
    ),
    pytest.param(
        "zh",
        ("报道援引北京大学学者王建国的话说：“美国政府关门是一次意外事件，与外交战略无关。”"),
        ["王建国"],
        id="zh-quoting-a-scholar-words-gives-the-scholar",
    ),
    pytest.param(
        "zh",
        ("国家主席李明在大会上发表视频讲话。\n\n"
         "李明就协定评价道“代表了全球绿色转型的大方向”。而且强调称“是保护地球家园需要采取的最低限度行动，各国必须迈出决定性步伐”。"),
        ["李明", "李明"],
        id="zh-sentence-opened-by-connective-goes-on-with-last-subject",
    ),
    pytest.param(
        "zh",
        ("李明在大会上提出对策方针，旨在突显与别国的不同。还呼吁道“我们要坚持走多边主义道路，维护国际体系”。"),
        ["李明"],
        id="zh-sentence-opened-by-also-goes-on-with-last-subject",
    ),
    pytest.param(
        "en",
        ("The summit began with a speech by Crown Prince Khalid bin Faisal, who chaired last year's meeting.\n\n"
         "KBF added that work should be done to stop “the long war against our brothers and sisters in the region.”"),
        ["Khalid bin Faisal"],
        id="en-initials-of-a-named-person-are-that-person",
    ),
    pytest.param(
        "en",
        ("He was referencing the text named “The Lima Accord”, to which the parties agreed. The Lima Accord calls on parties to move away from coal.\n\n"
         "“We have travelled a long road together in a short amount of time,” the conference president continued."),
        [None],
        id="en-a-title-the-text-quoted-is-no-person",
    ),
    pytest.param(
        "en",
        ("Viktor Kovacs had threatened a veto earlier in the day.\n\n"
         "Ana Pereira, the former prime minister who was named as the next council president, connected via videoconference and thanked leaders for their confidence.\n\n"
         "“I’m delighted to be here today, and to soon be part of this team,” he said."),
        ["Ana Pereira"],
        id="en-subject-after-a-long-appositive-with-relative-clause",
    ),
    pytest.param(
        "en",
        ("Sanz: \"Europe comes out stronger\"\n\n"
         "\"Today all Europeans win and the union comes out much stronger\". Prime Minister Luis Sanz said this at the end of the meeting.\n\n"
         "Kovacs: \"We have protected national pride\"\n\n"
         "\"We have not simply secured substantial funds, we have also protected our national pride.\""),
        ["Luis Sanz", "Luis Sanz", "Kovacs", "Kovacs"],
        id="en-name-colon-quotation-line-quotes-that-name",
    ),
    pytest.param(
        "en",
        ("One by one, the leaders signed the communique, with Prime Minister Tom Field declaring that the attacks \"will not obscure what we came here to achieve.\""),
        ["Tom Field"],
        id="en-with-x-declaring-that-x-speaks",
    ),
    pytest.param(
        "en",
        ("German Chancellor Anna Vogel spoke at a press conference in Brussels. Regarding the agreement, which matured after four days of talks, the head of the German government added: \"We are all now convinced that we want results.\""),
        [None],
        id="en-role-subject-before-colon-is-tried-before-earlier-nouns",
    ),
    pytest.param(
        "en",
        ("German Chancellor Anna Vogel spoke at a press conference in Brussels. Spanish Prime Minister Luis Sanz said the deal was a success. Regarding the agreement, which matured after four days of talks, the head of the Berlin government added: \"We are all now convinced that we want results.\""),
        [None],
        id="en-unresolved-head-of-government-before-colon-is-nobody-else",
    ),
    pytest.param(
        "en",
        ("German Chancellor Anna Vogel spoke at a press conference in Brussels. Spanish Prime Minister Luis Sanz said the deal was a success. \"We are all now convinced that we want results,\" the head of the German government said."),
        [None],
        id="en-head-of-the-german-government-is-no-spanish-pm",
    ),
    pytest.param(
        "ru",
        ("Председатель Союза островов, президент Коморских островов Ахмед Саиди в итоговом выступлении на саммите в пятницу заявил, что стороны готовы к диалогу.\n\n"
         "В ходе своего выступления глава Островсоюза сказал: «Нужно, чтобы мы добились прекращения огня, потому что война всегда непредсказуема»."),
        ["Ахмед Саиди"],
        id="ru-one-word-after-glava-is-what-is-headed",
    ),
    pytest.param(
        "ru",
        ("Президент совета Жан Мартен говорит, что работает день и ночь.\n\n"
         "Это следует из слов Мартена, сказанных в среду в Брюсселе журналистам перед началом саммита, в котором примет участие и премьер-министр Венгрии Иштван Ковач, заявивший, что выступает против решений.\n\n"
         "«Да, я встречусь с Ковачем сегодня. Я работаю день и ночь, чтобы достичь положительного решения»."),
        ["Жан Мартен"],
        id="ru-from-the-words-of-x-in-paragraph-before-gives-x",
    ),
    pytest.param(
        "en",
        ("Participants praised the agreement. UN Secretary General Ana Ruiz hailed the development. “To those who opposed a clear reference, I want to say that a phase out is inevitable.”\n\n"
         "Executive Secretary Tom Field in his closing speech added that “Whilst we didn’t turn the page on the era in Dubai, this outcome is the beginning of the end.”"),
        ["Ana Ruiz", "Tom Field"],
        id="en-x-in-his-closing-speech-added-gives-x",
    ),
    pytest.param(
        "en",
        ("Hungarian Prime Minister Istvan Kovacs told reporters that his position is clear.\n\n"
         "Finnish Prime Minister Olli Rinne said that he was ready for talks and that discussions would last \"as long as it takes,\" Periscope reported.\n\n"
         "The priority should be \"security and our existence as a credible alliance,\" he said."),
        ["Olli Rinne", "Olli Rinne"],
        id="en-an-outlet-that-reported-is-no-person-for-he",
    ),
    pytest.param(
        "ru",
        ("Друзья и партнеры\n\n"
         "Прежде всего российский лидер поблагодарил за теплый прием. \"Отношения развиваются весьма позитивно. Мы готовы помогать властям\", — подчеркнул он."),
        [None],
        id="ru-an-adverb-natasha-tags-as-a-name-is-nobody",
    ),
    pytest.param(
        "ru",
        ("Председатель правительства России Михаил Мишустин провел заседание Совета министров.\n\n"
         "Мероприятие по традиции проводят президенты стран — Владимир Путин и Александр Лукашенко.\n\n"
         "«На конец этого месяца запланировано заседание Высшего государственного совета, — объявил глава кабмина РФ. — Главная цель сегодня — обеспечить подготовку встречи»."),
        ["Михаил Мишустин", "Михаил Мишустин"],
        id="ru-head-of-cabinet-is-the-prime-minister",
    ),
    pytest.param(
        "ru",
        ("В стране стартовал саммит.\n\n"
         "«Я объявляю саммит открытым и благодарю вас», — произнес президент страны Сирил Мбеки."),
        ["Сирил Мбеки"],
        id="ru-proiznes-is-a-speech-verb",
    ),
    pytest.param(
        "ru",
        ("Министр иностранных дел Андрей Ковалев встретился с журналистами. \"Отношения развиваются весьма позитивно\", — подчеркнул он.\n\n"
         "И уточнил: \"Действующему руководству удается обеспечить стабильность\"."),
        ["Андрей Ковалев", "Андрей Ковалев"],
        id="ru-i-utochnil-without-subject-goes-on-with-last-speaker",
    ),
    pytest.param(
        "ru",
        ("Олаф Брандт выступил первым. Журналисты спросили о союзниках. Бертран Дюпон застенчиво ответил: «Спросите его», имея в виду Брандта, который затем ответил: «Да, определенно»."),
        ["Бертран Дюпон", "Олаф Брандт"],
        id="ru-kotoryi-speaks-for-the-name-before-it",
    ),
    pytest.param(
        "zh",
        ("韩国官员表示，他们持续与各国进行部长级会谈。\n\n"
         "韩国国家安保室室长金东洙（Kim Dong-su）26日接受电视台访问时表示：「当然仍有一些悬而未决的问题，但多数已获解决。」"),
        ["金东洙"],
        id="zh-a-name-word-and-office-suffix-is-a-body-and-shizhang-a-title",
    ),
    pytest.param(
        "zh",
        ("南非总统马塔巴(Cyril Mataba)20日表示，已收到通知，「这份通知是关于他们改变主意」。\n\n"
         "对此，白宫发言人李维娜(Karen Levin)20日在记者会回应媒体提问表示，美方立场没有改变。\n\n"
         "她说，美方派出的代表仅是到场确认交接，「他们并非到场参加正式会谈」。"),
        ["马塔巴", "李维娜"],
        id="zh-fayanren-is-no-speech-verb-before-the-name",
    ),
    pytest.param(
        "zh",
        ("中国外交部20日回应时重申，中国总理王强在会议期间未安排与日本领导人会面，还说「请日方自重」。"),
        ["中国外交部"],
        id="zh-an-office-speaking-first-is-the-subject-of-haishuo",
    ),
    pytest.param(
        "zh",
        ("伊斯兰合作组织在会议公报中敦促世界各国承认巴勒斯坦国，同时承认东耶路撒冷为巴勒斯坦国“遭占领的首都，我们不会放弃”。"),
        ["会议公报"],
        id="zh-in-the-communique-urged-is-the-communique",
    ),
    pytest.param(
        "en",
        ("Tom Field, Ana Ruiz and Li Wen made the announcement after a meeting at the retreat on Saturday.\n\n"
         "A joint statement said “consultations with world leaders will be held concerning the first summit with the heads of governments participating.”"),
        ["joint statement"],
        id="en-a-joint-statement-said-is-the-statement",
    ),
    pytest.param(
        "en",
        ("\"Giving them the ability to get involved when a country is veering off course,\" Prime Minister Julia Hart said.\n\n"
         "The Queen officially opened the meeting, saying leaders had to respond boldly to proposals for reform.\n\n"
         "\"This city is known for its optimism and this country is known for its warmth,\" she said."),
        ["Julia Hart", None],
        id="en-an-unnamed-queen-as-subject-is-the-next-she",
    ),
    pytest.param(
        "ru",
        ("Самолёт президента Андрея Коваля приземлился в столице. Несмотря на то, что у журналистов было множество вопросов к Ковалю, тот ограничился кратким комментарием: «Ориентируйтесь лишь на ту информацию, что будет опубликована»."),
        ["Андрей Коваль"],
        id="ru-tot-after-a-subordinate-clause-is-the-one-just-named",
    ),
    pytest.param(
        "ru",
        ("Президент Андрей Коваль встретился с коллегой.\n\n"
         "\"Мы договорились, что мы углубленно будем заниматься этим вопросом\", – заявила глава государства Мария Штайн.\n\n"
         "Президент сказала, что представители обеих стран немедленно начнут подготовку, и \"с нашей стороны мы уже назначили человека, который будет этим заниматься\"."),
        ["Мария Штайн", None],
        id="ru-a-role-with-a-feminine-verb-is-no-man",
    ),
    pytest.param(
        "zh",
        ("执行主任斯蒂芬（Simon Stefan）在开幕式致词时措辞严厉。\n\n"
         "斯蒂芬指出，科学已经明确表明，全球能够、也必须将升温幅度降至1.5度以内，「哀叹并非良策，我们需要解决方案」，因为没有国家可以承受损失。"),
        ["斯蒂芬"],
        id="zh-a-non-person-clause-inside-a-report-stays-the-reporters",
    ),
    pytest.param(
        "zh",
        ("联合国秘书长古德曼在闭幕前一日赶抵会场。古德曼呼吁各国订定路线图，同时他也向缺席的美国总统卡特喊话，「我们在等待你」。"),
        ["古德曼"],
        id="zh-connective-then-pronoun-is-the-subject-not-the-addressee",
    ),
    pytest.param(
        "en",
        ("World leaders gathered for the annual debate.\n\n"
         "Highlighting her own country’s success in slashing poverty, Brazilian President Ana Ruiz used her role as first speaker to stress the urgent need to revive the economy and “work towards fostering investment, international trade and the reduction of inequalities.\""),
        ["Ana Ruiz"],
        id="en-fragment-quoted-by-a-titled-subject-after-an-opening",
    ),
    pytest.param(
        "en",
        ("The summit opened on Monday.\n\n"
         "President Tom Field, attending his first international summit, held out the promise of a region of 800 million people “that is both prosperous and free and at peace with itself.”"),
        ["Tom Field"],
        id="en-fragment-quoted-by-a-titled-subject-with-any-verb",
    ),
    pytest.param(
        "en",
        ("The call was made on Wednesday by Paul Stern, spokesperson for the foreign affairs chief.\n\n"
         "Stern emphasized that the appeal applies to the Secretary-General, Ana Ruiz. According to him, Ruiz should insist that the president \"withdraw the troops from the territory unconditionally and without delay.\""),
        ["Paul Stern"],
        id="en-according-to-him-is-a-pronoun",
    ),
    pytest.param(
        "en",
        ("“The two countries have assured us of their full support”, Czech Prime Minister Tom Novak declared at the press conference.\n\n"
         "“The Friday meeting was extremely important for our country”, the Hungarian Prime Minister said in his press statement."),
        ["Tom Novak", None],
        id="en-a-role-tag-that-fits-nobody-is-unknown-not-his-statement",
    ),
    pytest.param(
        "en",
        ("According to a statement from the council, the two leaders held talks.\n\n"
         "The statement quoted Karim as saying: “We hope for the success of the upcoming summit and to find a solution to the crisis.”"),
        ["Karim"],
        id="en-the-statement-quoted-x-as-saying-gives-x",
    ),
    pytest.param(
        "en",
        ("Talks ended without a deal.\n\n"
         "“We must not give up, and I will not give up,” Ruiz said.\n\n"
         "“I am more determined than ever to work for next year to be the year of action,” the UN Secretary-General said."),
        ["Ruiz", "Ruiz"],
        id="en-a-role-tag-right-after-a-speaker-it-fits-is-that-speaker",
    ),
    pytest.param(
        "zh",
        ("“今天，一个新时代开始了，”联合国气候变化执行秘书西蒙斯蒂尔在开幕式上说。\n\n"
         "“巴黎给了我们协议，格拉斯哥给了我们计划，”他说。"),
        ["西蒙斯蒂尔", "西蒙斯蒂尔"],
        id="zh-a-title-jieba-cuts-in-two-still-opens-a-name",
    ),
    pytest.param(
        "zh",
        ("泽林斯基则开玩笑说，“我比他好多啦”，拜伦回敬，“你好得太多了。”"),
        ["泽林斯基", "拜伦"],
        id="zh-huijing-is-a-speech-verb",
    ),
    pytest.param(
        "zh",
        ("美国副总统哈里森周六与中国国家主席会晤。\n\n"
         "哈里森在推特上写道，在峰会上向对方问候，并重申拜伦总统在11月14日会晤中强调的一个关键讯息：「我们必须保持开放的沟通渠道，以负责任的方式管理竞争。」"),
        ["哈里森"],
        id="zh-a-verb-in-a-relative-phrase-before-the-colon-tags-nothing",
    ),
    pytest.param(
        "en",
        ("Lebanese President Karim Haddad urged the international community to ensure a safe return of the displaced. Likewise, he rejected “any form of settlement of the refugees” and called for “finding a solution to their plight.”"),
        ["Karim Haddad", "Karim Haddad"],
        id="en-a-pronoun-subject-quotes-fragments-after-an-opening",
    ),
    pytest.param(
        "en",
        ("Before the sessions, the Secretary General of the community, Ambassador Irwin Moreau, sat down with the press for a short briefing on what is supposed to happen:\n\n"
         "Ambassador Irwin Moreau - Secretary General, Island Community\n\n"
         "\"I think everything is well in place. We had a good opening ceremony last night.\""),
        ["Irwin Moreau"],
        id="en-a-name-dash-title-caption-line-names-the-next-quotation",
    ),
    pytest.param(
        "ru",
        ("Президент Соединенных Штатов примет первый в очном формате саммит лидеров.\n\n"
         "\"Президент с нетерпением ждет, что будет приветствовать в Белом доме премьер-министров трех стран\", - заявили в Белом доме."),
        ["Белый дом"],
        id="ru-said-in-a-named-building-is-that-seat-of-government",
    ),
    pytest.param(
        "ru",
        ("Король Иордании Абдалла бен Хусейн подверг критике решение о переносе посольства, об этом он заявил в своём приветственном слове на саммите.\n\n"
         "Саммит проходит в воскресенье.\n\n"
         "«Мы вновь отвергаем решение о переносе посольства», — сказал монарх."),
        ["Абдалла бен Хусейн"],
        id="ru-monarkh-is-the-king",
    ),
    pytest.param(
        "zh",
        ("峰会11日发布了公报。\n\n"
         "峰会公报只强调：“当成员国同意且条件满足时”，才会发出邀请。"),
        ["峰会公报"],
        id="zh-an-adverb-after-a-document-subject-is-no-part-of-it",
    ),
    pytest.param(
        "ru",
        ("Саммит Союза состоится в столице, говорится в опубликованном в пятницу специальном заявлении Союза.\n\n"
         "\"Несмотря на недавние события, решение о проведении саммита остается в силе\", - отмечается в документе."),
        ["Союз"],
        id="ru-in-the-document-after-the-statement-of-x-is-x",
    ),
    pytest.param(
        "zh",
        ("四国领导人在峰会上会晤。\n\n"
         "法新社报道写道，“这番话有可能影响峰会宣言，因为该宣言小心翼翼地避免提及中国的名字。”"),
        ["法新社"],
        id="zh-an-agency-report-wrote-is-the-agency",
    ),
    pytest.param(
        "zh",
        ("欧盟委员会主席乌尔丽卡.冯施泰因(Ulrike von Stein)表示，“这不是一次和平谈判，但这是一个开始。”"),
        ["乌尔丽卡.冯施泰因"],
        id="zh-a-dot-joins-the-parts-of-a-name",
    ),
    pytest.param(
        "en",
        ("The summit opened on Monday.\n\n"
         "Chinese President Li Wen put forward three proposals to address the challenges. First, countries should remain “committed to multilateralism and an open economy” with trade at the core. Second, the region needs to “push forward coordinated digital and green transformation.”"),
        ["Li Wen", "Li Wen"],
        id="en-a-fragment-in-a-sentence-naming-nobody-goes-on-with-the-sentence-before",
    ),
    pytest.param(
        "en",
        ("Chinese President Li Wen put forward three proposals. Critics such as Ana Ruiz called them “an empty promise to the region.”"),
        ["Ana Ruiz"],
        id="en-a-fragment-in-a-sentence-naming-someone-is-theirs",
    ),
    pytest.param(
        "zh",
        ("联合国秘书长古德曼在闭幕前一日赶抵会场。\n\n"
         "古德曼说，自己在前往南非参加峰会前特别来到这里，希望凝聚大家。谈判的第一优先考量应是保护全球人民，「以人为本、遵循科学，而非以利润为优先」，尤其是要保护第一线的社区免受伤害。"),
        ["古德曼"],
        id="zh-a-quotation-in-a-sentence-naming-nobody-goes-on-with-the-sentence-before",
    ),
    pytest.param(
        "zh",
        ("【本报驻开罗特派记者 王建国李明】《联合国气候变化框架公约》(以下简称《公约》)第二十八次缔约方大会30日开幕。场馆如今贴上了相关的“大会标识和各国国旗，欢迎各方代表来到这里”。"),
        [None],
        id="zh-a-byline-in-lenticular-brackets-speaks-no-quotation",
    ),
    pytest.param(
        "ru",
        ("25 сентября\n\n"
         "16.05 Андрей Коваль выступает в ООН.\n\n"
         "\"Вспомните, пожалуйста, так было важно рассказать о проблемах и тревогах своей страны. Сегодня я испытываю те же чувства.\""),
        ["Андрей Коваль"],
        id="ru-a-quotation-paragraph-after-a-sentence-about-one-person-is-theirs",
    ),
    pytest.param(
        "ru",
        ("Андрей Коваль встретился с Иваном Петровым в ООН.\n\n"
         "\"Вспомните, пожалуйста, так было важно рассказать о проблемах своей страны.\""),
        [None],
        id="ru-a-quotation-paragraph-after-a-sentence-about-two-people-is-nobodys",
    ),
    pytest.param(
        "en",
        ("European Council President Tom Field acknowledged that \"it is not easy\" to persuade sixty countries to agree on such issues.\n\n"
         "During a press conference, Raul Gomez, the Prime Minister of Saint Lucia and the Islands, who holds the temporary presidency of the community of states, downplayed the importance of the final statement.\n\n"
         "He said, \"Positions have been reaffirmed again... I don't see what more we need to do.\""),
        ["Tom Field", "Raul Gomez"],
        id="en-a-subject-with-a-two-part-appositive-is-the-next-she",
    ),
    pytest.param(
        "en",
        ("CAIRO, Dec. 19 -- The leaders gathered in a summit in the capital on Thursday.\n\n"
         "Opening the summit, Egyptian President Abdel-Karim al-Masri spoke of major regional challenges, including \"the persistent war against the people,\" and the vulnerable conditions in the region.\n\n"
         "\"The global landscape is dominated by conflicts and wars,\" he added."),
        ["Abdel-Karim al-Masri", "Abdel-Karim al-Masri"],
        id="en-a-hyphenated-particle-surname-al-x-is-part-of-the-name",
    ),
    pytest.param(
        "en",
        ("Oslo, May 3: Foreign Minister Kari Lunde met his Danish counterpart on Sunday.\n\n"
         "In a statement shared on X, Norway's Ministry of Foreign Affairs stated, \"The ministers held talks on the sidelines of the summit in Oslo.\""),
        ["Norway's Ministry of Foreign Affairs"],
        id="en-an-office-named-with-of-and-a-comma-tag",
    ),
    pytest.param(
        "en",
        ("Leaders met in Vientiane for the summit.\n\n"
         "ASEAN Chairman and Prime Minister of Laos Sonexay Phomvihane of Laos in his speech said his country would carry on the work “to build a region that truly serves its people, now and in the future”."),
        ["Sonexay Phomvihane"],
        id="en-a-name-between-a-title-and-of-country-then-a-setting-said",
    ),
    pytest.param(
        "en",
        ("Leaders adopted a final statement on Sunday.\n\n"
         "The Norwegian president said there was \"a high level of agreement\" on finance."),
        [None],
        id="en-a-plural-title-opening-a-text-is-nobody",
    ),
    pytest.param(
        "en",
        ("Leaders adopted a final statement on Sunday. Mr. Halvorsen and his team celebrated.\n\n"
         "The Norwegian president said there was \"a high level of agreement\" on finance."),
        ["Halvorsen"],
        id="en-mr-marks-a-person-named-by-one-word",
    ),
    pytest.param(
        "en",
        ("Mrs. Lunde met Mr. Berg on Monday. Mr. Berg spoke first about the budget.\n\n"
         "\"We agree on the main points,\" she said."),
        ["Lunde"],
        id="en-she-passes-over-the-last-subject-who-is-a-man",
    ),
    pytest.param(
        "en",
        ("Estonian Foreign Minister Karl Tamm underlined the importance of the summit reaching a “clear plan … to deal with this situation”, telling Radio Riga’s Anna Berzina that the region “would be all eyeing this summit, waiting to see what comes out of it”."),
        ["Karl Tamm", "Karl Tamm"],
        id="en-a-participle-telling-someone-names-who-is-told-not-who-speak",
    ),
    pytest.param(
        "en",
        ("The summit was held in Tallinn on May 3. The President of the European Council Marta Olsen attended.\n\n"
         "“Today’s summit is a powerful symbol of our partnership,” noted the President of Estonia Karl Tamm."),
        ["Karl Tamm"],
        id="en-an-inverted-tag-the-title-of-a-country-then-the-name",
    ),
    pytest.param(
        "en",
        ("EU leaders met their partners in Brussels.\n\n"
         "\"We want to reinforce cooperation in a number of specific areas. The list is long.\" President Halvorsen at the press conference of the summit"),
        ["Halvorsen"],
        id="en-a-caption-after-the-quotation-names-its-speaker",
    ),
    pytest.param(
        "en",
        ("Leaders adopted the strategy in Suva this month. For Forum host and Fiji Prime Minister Jone Ratu, “the strategy is a critical element in our regional work.”"),
        ["Jone Ratu"],
        id="en-for-a-person-comma-quotation-that-person-s-words",
    ),
    pytest.param(
        "zh",
        ("日本是本次峰会的主办国。日本首相河野太郎在会后的记者会上发表了联合声明。\n\n"
         "河野表示：“四位领导人就地区局势进行了坦诚的讨论。”"),
        ["河野太郎"],
        id="zh-the-first-two-characters-of-a-four-character-name-named-befo",
    ),
    pytest.param(
        "ru",
        ("Ларсен: Норвегия не находится \"ни в состоянии мира, ни в состоянии войны\" с соседями\n\n"
         "Премьер-министр Норвегии Ингрид Ларсен выступила в Осло."),
        ["Ингрид Ларсен"],
        id="ru-a-headline-opened-by-a-surname-and-a-colon-quotes-that-perso",
    ),
    pytest.param(
        "ru",
        ("Президент Литвы Йонас Вайткус прибыл на саммит.\n\n"
         "Президент Литвы: Союз должен \"помнить о своих обязательствах перед соседями\""),
        ["Йонас Вайткус"],
        id="ru-a-headline-opened-by-a-role-and-a-colon-quotes-the-person-in",
    ),
    pytest.param(
        "ru",
        ("Министр сообщил главное: союз \"помнит о своих обязательствах перед соседями\""),
        [None],
        id="ru-a-verb-before-a-headline-s-colon-makes-no-caption",
    ),
    pytest.param(
        "zh",
        ("法国总统杜邦在会上指︰“我们正跟各国竞争，民主国家必须团结。”"),
        ["杜邦"],
        id="zh-a-hong-kong-colon-introduces-a-quotation",
    ),
    pytest.param(
        "zh",
        ("欧盟委员会主席马丁斯还表示，欧洲人是该基金最大的出资方。尽管接受援助的是一些富裕国家，但该基金仍为世界经济服务。“一些欧洲国家的金融稳定也符合国际社会的整体利益。”"),
        ["马丁斯"],
        id="zh-a-report-goes-on-past-a-sentence-that-names-nobody",
    ),
    pytest.param(
        "zh",
        ("欧盟委员会主席安娜·科斯塔表示，双方也讨论了贸易问题。她赞赏中方愿意本着相互理解的精神与欧方接触。“我们都同意，我们的关系必须继续建立信任。”"),
        ["安娜·科斯塔"],
        id="zh-a-sentence-opened-by-she-in-the-quotation-s-paragraph-is-her",
    ),
    pytest.param(
        "zh",
        ("欧盟委员会主席马丁斯表示，欧洲人是该基金最大的出资方。德国总理施密特随后抵达会场。“一些欧洲国家的金融稳定也符合国际社会的整体利益。”"),
        [None],
        id="zh-a-report-does-not-go-on-past-a-sentence-naming-someone-else",
    ),
    pytest.param(
        "ru",
        ("Премьер-министр Венгрии Ласло Надь выступил в Будапеште. Надь напомнил о призыве премьера Швеции и привел слова председателя Евросовета Педру Моуты о том, \"Европа находится в состоянии войны\", а также другие высказывания."),
        ["Педру Моута"],
        id="ru-a-foreign-name-natasha-leaves-in-the-genitive-nominative",
    ),
    pytest.param(
        "en",
        ("Thai Prime Minister Somchai Rattanakul opened the forum on Friday.\n\n"
         "\"We hope the new economic model will help every member,\" said Gen Somchai."),
        ["Somchai Rattanakul"],
        id="en-a-military-rank-abbreviated-without-a-dot-is-a-title",
    ),
    pytest.param(
        "zh",
        ("美国总统史密斯出席了峰会开幕式。\n\n"
         "CNN评论称：“这是对峰会东道主的重大冷落。”"),
        ["CNN"],
        id="zh-an-outlet-written-in-latin-capitals-reports-its-own-words",
    ),
    pytest.param(
        "zh",
        ("欧洲领袖今天召开紧急高峰会,乌克兰总统彼得连科为欧洲继续力挺基辅表达谢意。\n\n"
         "彼得连科(Petro Petrenko)受访时与欧盟执委会(European Commission)主席马丁斯(Anna Martins)、欧盟理事会(European Council)主席科斯塔(Luis Costa)并肩而立。\n\n"
         "他说道:「我们不孤单,这让我们非常感谢。」"),
        ["彼得连科"],
        id="zh-names-after-a-preposition-a-body-and-a-title-are-no-subjects",
    ),
    pytest.param(
        "ru",
        ("Мероприятие началось со встречи лидеров в узком составе.\n\n"
         "\"Сегодня на рассмотрение совета представлены важные вопросы, касающиеся безопасности\", - открывая саммит, сказал президент Латвии Янис Берзиньш."),
        ["Янис Берзиньш"],
        id="ru-a-participle-phrase-between-the-dash-and-the-verb",
    ),
    pytest.param(
        "en",
        ("Delegates adopted the road map on Saturday.\n\n"
         "\"The politics of climate have completely changed,\" Anna Berg, climate policy director for the Nordic Environment Council said in a statement."),
        ["Anna Berg"],
        id="en-a-name-an-appositive-then-said-after-the-quotation",
    ),
    pytest.param(
        "en",
        ("NATO leaders have agreed to invite Iceland and Malta to join the alliance, NATO spokesman Karl Lund said in Riga on Wednesday.\n\n"
         "\"There is consensus for two of the three countries to be offered invitations,\" said the spokesman."),
        ["Karl Lund"],
        id="en-said-the-spokesman-the-one-a-lower-case-title-named-just-bef",
    ),
    pytest.param(
        "en",
        ("Oslo: UN chief Karl Lund on Sunday said he was disappointed by the outcome of the talks.\n\n"
         "\"We must not give up,\" Lund said.\n\n"
         "\"I am more determined than ever to work for next year,\" the UN Secretary-General added."),
        ["Karl Lund", "Karl Lund"],
        id="en-a-generic-title-does-not-contradict-a-specific-one",
    ),
    pytest.param(
        "en",
        ("The summit was hosted by Norway’s Karl Lund in Oslo.\n\n"
         "In an apparent jibe at the Danish leader Lund said that \"only short-sighted politicians\" create such conflicts.\n\n"
         "\"We will not hide that we also discussed this,\" the Norwegian leader said."),
        [None, "Karl Lund"],
        id="en-a-title-after-an-article-and-a-preposition-is-no-one-s",
    ),
    pytest.param(
        "en",
        ("Protesters clashed with police outside the venue on Saturday.\n\n"
         "From inside the conference hall, the G9 leaders issued a defiant statement, saying they would press on with the summit.\n\n"
         "\"It is vitally important that elected leaders can meet to discuss areas of common concern,\" they said."),
        ["G9 leaders"],
        id="en-they-the-leaders-of-the-one-group-just-named",
    ),
    pytest.param(
        "en",
        ("Lars Berg, Minister of Trade and Industry and COP40 President, opened the closing plenary.\n\n"
         "\"We have travelled a long road together in a short time,\" the COP40 President continued."),
        ["Lars Berg"],
        id="en-a-descriptor-joining-two-titles-with-and-gives-both",
    ),
    pytest.param(
        "en",
        ("The pact was solidified when the delegation reversed its position.\n\n"
         "The Blue House today also issued a statement saying, \"There are many features of the decision that are quite positive, including those on clean technologies.\"\n\n"
         "The statement went on to say that \"the country does have serious concerns about other aspects of the decision.\""),
        ["Blue House", "Blue House"],
        id="en-the-statement-said-the-office-that-issued-it-a-house-or-council",
    ),
    pytest.param(
        "ru",
        ("Соглашение подписал глава МИД Норвегии Ингрид Ларсен в Осло.\n\n"
         "«Сегодня страны официально учредили реестр ущерба», — говорится в сообщении."),
        ["МИД Норвегии"],
        id="ru-an-office-named-before-its-head-s-name-is-the-office-alone",
    ),
    pytest.param(
        "zh",
        ("马尔滕斯贝格3日在演讲中强调，70年过去，联盟仍蕴含现实利益。\n\n"
         "“我们的联盟已经存在70年，不是因为怀旧，”他说，“联盟能持续存在，是因为它符合所有成员国的利益。”"),
        ["马尔滕斯贝格", "马尔滕斯贝格"],
        id="zh-pronoun-after-rare-transliteration-syllable",
    ),
    pytest.param(
        "zh",
        ("克鲁格洛夫表示，希望奥林匹克理想将占据上风。\n\n"
         "俄外交官表示：“尽管存在种种困难，但我仍然抱有希望。”\n\n"
         "他指出，组织工作目前正在讨论过程中。他说，组织这种活动需要“具体周密的研究和筹备”。"),
        ["克鲁格洛夫", "克鲁格洛夫"],
        id="zh-country-diplomat-is-untitled-speaker-before",
    ),
    pytest.param(
        "en",
        ("Almaz Toktorov met reporters after the talks in the capital.\n\n"
         "\"We are ready to sign the agreement this year,\" the Kyrgyz diplomat added."),
        ["Almaz Toktorov"],
        id="en-country-diplomat-is-untitled-speaker-before",
    ),
    pytest.param(
        "ru",
        ("Алмаз Токторов встретился с журналистами после переговоров.\n\n"
         "«Мы готовы подписать соглашение в этом году», — добавил киргизский дипломат."),
        ["Алмаз Токторов"],
        id="ru-country-diplomat-is-untitled-speaker-before",
    ),
    pytest.param(
        "en",
        ("Russian President Ivan Petrov opened the session. Later John Carter spoke to the press.\n\n"
         "\"The economy is recovering,\" the Russian leader noted."),
        ["Ivan Petrov"],
        id="en-country-leader-prefers-titled-compatriot",
    ),
    pytest.param(
        "zh",
        ("据世界大会通讯社（阿卡那）报道，马斯乌德·卡里米扬星期一会见了伊拉克总理穆罕默德·哈桑尼。\n\n"
         "总统指出：“这些行为证明有关说法都是谎言。”"),
        ["马斯乌德·卡里米扬"],
        id="zh-agency-short-name-in-brackets-is-no-person",
    ),
    pytest.param(
        "zh",
        ("马斯乌德·卡里米扬星期一在出席卡塔尔拉扎卡举行的紧急峰会期间，会见了伊拉克总理穆罕默德·哈桑尼。\n\n"
         "总统指出：“这些行为证明有关说法都是谎言。”"),
        ["马斯乌德·卡里米扬"],
        id="zh-city-between-country-and-held-is-no-person",
    ),
    pytest.param(
        "zh",
        ("马斯乌德·卡里米扬星期一会见了伊拉克总理穆罕默德·哈桑尼。他说，穆斯林必须团结一致。\n\n"
         "总统指出：“这些行为证明有关说法都是谎言。”"),
        ["马斯乌德·卡里米扬"],
        id="zh-everyday-proper-noun-is-no-person",
    ),
    pytest.param(
        "zh",
        ("白罗斯总统亚历山大·科瓦连科在会议上指出，一体化进程正在退步。\n\n"
         "他强调，联盟还面临着另一个任务。白罗斯领导人认为：“这个问题的答案对一体化的未来很重要。”"),
        ["亚历山大·科瓦连科"],
        id="zh-belarus-own-chinese-name",
    ),
    pytest.param(
        "en",
        ("Russian dictator Ivan Petrov will not attend the summit in Brazil.\n\n"
         "According to Censor.NET, Reuters reports this with reference to the Russian dictator's aide Yuri Petrenko.\n\n"
         "According to him, the Kremlin leader will take part \"via video link\".\n\n"
         "\"This is due to certain difficulties,\" he added."),
        ["Yuri Petrenko", "Yuri Petrenko"],
        id="en-with-reference-to-source-speaks",
    ),
    pytest.param(
        "en",
        ("President Ivan Petrov will skip the meeting, the agency said, citing presidential aide Yuri Petrenko.\n\n"
         "\"It is a matter of scheduling,\" he added."),
        ["Yuri Petrenko"],
        id="en-citing-source-speaks",
    ),
    pytest.param(
        "en",
        ("Ethiopian Prime Minister Abebe Tadesse spoke at the summit on Wednesday.\n\n"
         "Kremlin spokesman Yuri Petrenko told reporters that 36 countries take part.\n\n"
         "Ethiopia sees the group as a great opportunity for developing countries, the country's prime minister noted.\n\n"
         "\"The imbalance in our economic framework leads to inequality,\" he said."),
        ["Abebe Tadesse"],
        id="en-the-countrys-title-is-its-title",
    ),
    pytest.param(
        "en",
        ("TASHKENT, September 3 (Itar-Tass) — Tashkent hosted the 20th summit, attended by eight leaders.\n\n"
         "The host of the summit, Uzbek President Aziz Karimov, congratulated the colleagues on the anniversary.\n\n"
         "“We should use available resources,” he said.\n\n"
         "The Russian president dealt at length with the topic of election observers.\n\n"
         "Observer delegations “demonstrate a politicised approach”, he stated.\n\n"
         "“All of us seek to hold free elections,” Orlov emphasised."),
        ["Aziz Karimov", "Orlov", "Orlov"],
        id="en-city-subject-is-no-person",
    ),
    pytest.param(
        "en",
        ("APIA: Sir John Carter suffered a blow at his first summit as leaders agreed the final text.\n\n"
         "The Prime Minister spent the whole summit insisting the country does not pay.\n\n"
         "Asked whether he had lost the battle, the Prime Minister said “we’ve actually had a very positive two days here.”"),
        ["Sir John Carter"],
        id="en-the-prime-minister-is-the-one-untitled-person",
    ),
    pytest.param(
        "ru",
        ("Борис Карлсон выступил на закрытии конференции в Глазго.\n\n"
         "«Я хочу поблагодарить лидеров и переговорщиков», — указал глава британского правительства."),
        ["Борис Карлсон"],
        id="ru-head-of-government-is-the-one-untitled-person",
    ),
    pytest.param(
        "ru",
        ("Саммит пройдет в августе в Иране. Об этом сообщил посол Ирана в Туркменистане Али Резаи в ходе выступления на конференции.\n\n"
         "«Я рад сообщить, что Иран примет у себя саммит», - сказал он."),
        ["Али Резаи"],
        id="ru-indeclinable-name-after-nominative-title-is-subject",
    ),
    pytest.param(
        "ru",
        ("Все делегаты получили визы.\n\n"
         "Российскую делегацию на саммите встретили достойно. О положительном отношении сообщил во время беседы с журналистами вице-премьер РФ и глава делегации Алексей Громов.\n\n"
         "«К нашей делегации относятся достойно», – заявил вице-премьер."),
        ["Алексей Громов"],
        id="ru-two-titles-joined-by-and-both-hold",
    ),
    pytest.param(
        "ru",
        ("МЕХИКО, 24 января. /ТАСС/. Загруженность работой не позволила президенту Мексики Андресу Мануэлю Гарсии принять участие в саммите. Об этом политик заявил во вторник на пресс-конференции.\n\n"
         "\"У меня есть обязательства в стране\", - сказал он."),
        ["Андрес Мануэль Гарсия"],
        id="ru-foreign-name-in-dative-to-nominative",
    ),
    pytest.param(
        "ru",
        ("Об этом заявил президент Евросовета Дональд Тейлор на совместной пресс-конференции с премьером Финляндии Юха Сипиля.\n\n"
         "«Думаю, что ситуация понятна», — сказал он."),
        ["Дональд Тейлор"],
        id="ru-name-after-title-governed-by-preposition-is-no-subject",
    ),
    pytest.param(
        "zh",
        ("代替美国总统卡特出席的美国财政部长贝尔森表示：“我们希望继续合作。”"),
        ["贝尔森"],
        id="zh-name-in-relative-clause-is-no-subject",
    ),
    pytest.param(
        "zh",
        ("云服务公司首席执行官马特·加勒当天出席了论坛，美国总统卡特也在场。\n\n"
         "这位首席执行官表示：“人工智能将改变一切。”"),
        ["马特·加勒"],
        id="zh-business-title-resolves-role",
    ),
    pytest.param(
        "zh",
        ("总统表示，哈萨克斯坦愿为联合项目创造一切必要条件。\n\n"
         "卡西莫夫总统详述合作前景方向：\n\n"
         "“应特别重视激活经贸投资联系。去年双边贸易额接近20亿美元。”"),
        ["卡西莫夫"],
        id="zh-paragraph-ending-in-colon-introduces-next",
    ),
    pytest.param(
        "zh",
        ("69岁的法国外长法比安，两鬓已经斑白。他坐在主席台正中央。\n\n"
         "他拿起桌上绿色的小木槌，敲下去：“协定敲定了！”"),
        ["法比安"],
        id="zh-act-before-colon-is-its-subjects-words",
    ),
    pytest.param(
        "zh",
        ("谈及此次峰会的举办地杭州，安田大加赞赏：“向杭州市民表示衷心感谢。”"),
        ["安田"],
        id="zh-praise-before-colon-with-earlier-verb",
    ),
    pytest.param(
        "zh",
        ("唐宁街10号的首相府内，神情忧郁的布莱恩第三次站在了媒体面前，用一席讲话，安抚英国民众的心灵：“我们都知道他们想干什么。”"),
        ["布莱恩"],
        id="zh-verb-jieba-tags-a-name-before-colon-is-no-speaker",
    ),
    pytest.param(
        "zh",
        ("澳大利亚悉尼科技大学冯崇明教授：“很多事情他做，他有内在的政治逻辑。”"),
        ["冯崇明"],
        id="zh-caption-name-then-title",
    ),
    pytest.param(
        "ru",
        ("Премьер-министр Великобритании Борис Карлсон заявил, что саммит состоится в июне.\n\n"
         "Глава британского правительства уточнил, что саммит будет очным.\n\n"
         "Дословно его комментарий звучал так: \"Этим летом Корнуолл снова станет центром крупных глобальных изменений\"."),
        ["Борис Карлсон"],
        id="ru-his-comment-sounded-so-colon",
    ),
    pytest.param(
        "ru",
        ("Президент Украины Владимир Коваль посетил Брюссель, чтобы принять участие в саммите.\n\n"
         "Об этом сообщает News IO\n\n"
         "«Мы благодарны, что мы не одни, мы это чувствуем»"),
        ["Владимир Коваль"],
        id="ru-source-note-paragraph-between-is-passed-over",
    ),
    pytest.param(
        "en",
        ("Chinese President Li Wei met Indian Prime Minister Raj Kumar on Wednesday.\n\n"
         "Li told Kumar that the two countries should “shoulder international responsibilities and contribute to a multi-polar world”, CCTV said."),
        ["Li Wei"],
        id="en-outlet-tag-relays-the-person-quoted-before",
    ),
    pytest.param(
        "ru",
        ("Аналитик Иван Сидоров выступил на форуме в Казани.\n\n"
         "«Мы готовы к сотрудничеству», — заявил российский лидер."),
        ["Vladimir Putin"],
        id="ru-country-leader-is-catalog-head-of-state",
    ),
    pytest.param(
        "en",
        ("Analyst John Smith spoke at the forum in Kazan on Tuesday.\n\n"
         "\"We are ready to cooperate,\" the Russian leader said."),
        ["Vladimir Putin"],
        id="en-country-leader-is-catalog-head-of-state",
    ),
    pytest.param(
        "zh",
        ("南非总统拉马萨在开幕致辞中表示，成员汇聚于此。他引用南非“国父”、前总统纳尔逊·曼德森的话说：“南非必须在国际社会中承担其应有而负责任的位置。”"),
        ["纳尔逊·曼德森"],
        id="zh-quoting-words-with-quoted-epithet",
    ),
    pytest.param(
        "zh",
        ("本届峰会将于10月31日举行。韩国2025APEC峰会官网写道：“韩国时隔二十年再次担任主席国，将致力于加强经济合作。”"),
        ["韩国2025APEC峰会官网"],
        id="zh-official-website-wrote",
    ),
    pytest.param(
        "ru",
        ("Об этом Президент Ильхам Гасанов сказал в выступлении на заседании.\n\n"
         "Президент довел до внимания, что Азербайджан ответственно подошел к председательству в Движении.\n\n"
         "«В мае 2020 года мы выдвинули инициативу проведения онлайн-саммита»."),
        ["Ильхам Гасанов"],
        id="ru-role-subject-of-sentence-before-standalone-quote",
    ),
    pytest.param(
        "en",
        ("President John Carter arrived in Dublin on Friday.\n\n"
         "In Ireland, Carter noted that Iraqi Prime Minister Iyad Hamdani had requested help in training forces. \"I hope the alliance responds in a positive way,\" he said."),
        ["John Carter"],
        id="en-titled-name-opening-that-clause-is-reported",
    ),
    pytest.param(
        "zh",
        ("美国总统卡特于周三晚间的国宴上对中国国家主席李明表示：“我们希望继续合作。”"),
        ["卡特"],
        id="zh-de-in-adverbial-phrase-keeps-the-subject",
    ),
    pytest.param(
        "en",
        ("Amid the recent brinkmanship in the sea, the chairman's statement said that the bloc aimed to promote peace and stressed the importance “of non-militarisation and self-restraint in the conduct of all activities.”"),
        ["chairman's statement"],
        id="en-document-subject-after-opening-phrase",
    ),
    pytest.param(
        "en",
        ("Ursula Lindgren arrived in Montevideo on Thursday for the summit.\n\n"
         "Here’s what Lindgren’s post on X (formerly Twitter) says:\n\n"
         "“We are landing in Latin America today.\n\n"
         "“The finish line of the agreement is in sight.”"),
        ["Ursula Lindgren", "Ursula Lindgren"],
        id="en-possessive-post-says-colon-introduces-paragraphs",
    ),
    pytest.param(
        "en",
        ("The Prince of Wales was endorsed as the next head of the Commonwealth by world leaders, Theresa Lamb has said.\n\n"
         "Speaking at the end of a two-day meeting, the Prime Minister told a press conference: “His Royal Highness has been a proud supporter of the Commonwealth.”"),
        ["Theresa Lamb"],
        id="en-told-a-press-conference-colon-is-speech",
    ),
    pytest.param(
        "zh",
        ("日本首相石田正雄雄心勃勃地表示：“我们将共同成长。”"),
        ["石田正雄"],
        id="zh-an-idiom-after-a-titled-name-ends-it",
    ),
    pytest.param(
        "zh",
        ("视频中可以听到英国首相哈里森问法国总统杜兰德：“你是因此迟到的吗？”"),
        ["哈里森"],
        id="zh-one-who-asks-speaks-not-the-one-asked",
    ),
    pytest.param(
        "zh",
        ("参加活动的特斯拉能源首席执行官马克·韦伯表示：“我们将扩充基础设施。”"),
        ["马克·韦伯"],
        id="zh-a-company-before-its-title-qualifies-the-name-after",
    ),
    pytest.param(
        "ru",
        ("«Наш союз вступает во второе десятилетие», — говорится в обращении Хорхе Бенитеса.\n\n"
         "Бенитес подчеркнул, что экономика растёт.\n\n"
         "«Наша общая задача — усилить интеграцию», — пояснил президент Парагвая.\n\n"
         "Главный редактор Пётр Сидоренко"),
        ["Хорхе Бенитес", "Хорхе Бенитес"],
        id="ru-a-byline-titles-its-editor-so-the-untitled-leader-is-the-one-who-spoke",
    ),
    pytest.param(
        "ru",
        ("Что сказал Сидоров о новой угрозе президента Парагвая\n\n"
         "Выступая в субботу в парламенте, президент Хорхе Бенитес вновь пригрозил вывести страну из блока. «Единственное, чего мы добились, — это обогащение соседей», — сказал он о блоке. Отвечая на вопрос об этих словах, президент Уругвая Пабло Сидоров напомнил, что связи со все"),
        ["Хорхе Бенитес"],
        id="ru-a-cut-paragraph-of-sentences-is-prose-not-a-link-line",
    ),
    pytest.param(
        "zh",
        ("瑞典十六岁环保少女通格伦激动地痛斥各国领袖。\n\n"
         "媒体报道，通格伦(Lena Tong)当时正准备步入会场。\n\n"
         "肢体语言专家伍兹(Pat Woods)说：“我们看到她的表情转换。”\n\n"
         "通格伦后来在会场发言语气激昂，她坐在秘书长一旁。她用颤抖的声音说：“我们会监视你们的。”"),
        ["伍兹", "通格伦"],
        id="zh-a-name-once-shown-a-persons-is-a-subject-at-later-mentions",
    ),
    pytest.param(
        "zh",
        ("英国首相启明说：“英国支持贸易和平。”"),
        ["启明"],
        id="zh-a-rare-verb-between-a-title-and-a-speech-verb-is-the-name",
    ),
    pytest.param(
        "zh",
        ("此次峰会的一份主席摘要称：“我们谴责一切暴力行为。”"),
        ["主席摘要"],
        id="zh-a-document-between-a-title-and-a-speech-verb-is-no-name",
    ),
    pytest.param(
        "zh",
        ("会后，亚太安全合作组织秘书长汉斯·穆勒向记者表示，各国元首再次强调了承诺。\n\n"
         "安全合作组织秘书长强调：“通过的文件表明了工作的连续性。”\n\n"
         "他补充道：“我们将继续坚持这一方针。”"),
        ["汉斯·穆勒", "汉斯·穆勒"],
        id="zh-a-bodys-title-is-the-role-named-before-with-it",
    ),
    pytest.param(
        "zh",
        ("外交部无任所大使伊万∙彼得罗夫表示,计划不是替代。\n\n"
         "他在俱乐部就“发展中国家与新世界秩序政治经济学”议题举行的相关活动上向记者说:“合作永远是我们的口号之一。”"),
        ["伊万∙彼得罗夫"],
        id="zh-a-quoted-term-inside-a-clause-ends-no-clause",
    ),
    pytest.param(
        "en",
        ("The visit of UN Secretary-General Tomas Berg to the summit in Oslo underscores the significance of the forum, Kiran Lopez, head of the Indian charity “Global Youth Forum,” told TASS ahead of the summit.\n\n"
         "“As we have heard, the envoy is also coming, which shows that this summit has global importance,” she said."),
        ["Kiran Lopez"],
        id="en-an-appositive-ending-in-a-quoted-name-still-leads-to-the-verb",
    ),
    pytest.param(
        "ru",
        ("Когда журналист спросил Ивана Петрова: «Вы убедили союзников?» Петров ответил: «Спросите его»."),
        [None, "Иван Петров"],
        id="ru-whom-a-verb-asks-in-another-case-does-not-speak",
    ),
    pytest.param(
        "ru",
        ("Министр Лейла Мамедова прибыла на саммит.\n\n"
         "«Декларация принята консенсусом всеми участниками встречи», — сказала председателю Мамедова."),
        ["Лейла Мамедова"],
        id="ru-a-name-written-in-its-nominative-after-the-verb-speaks-whatever-natasha-reads",
    ),
    pytest.param(
        "en",
        ("When an ABC reporter asked Ivan Petrov: “Did you convince the allies?” Petrov replied: “Ask him.”"),
        [None, "Ivan Petrov"],
        id="en-whom-a-verb-asks-does-not-speak-and-a-tag-ending-in-a-colon-introduces-the-next-quotation",
    ),
    pytest.param(
        "en",
        ("The leaders gathered on Monday. Answering Radio Liberty's question about the absent delegation, Secretary of the Defence Council of Moldova Ion Rusu said: “The position of our neighbours will not hinder the work.”"),
        ["Ion Rusu"],
        id="en-a-participle-opening-is-no-name-and-a-title-runs-on-through-of-the",
    ),
    pytest.param(
        "en",
        ("Queen Anna said: “We meet and talk as equals, sharing our knowledge and experiences.”\n\n"
         "“Our family is and will always remain a free association of independent nations.”\n\n"
         "The host and new Chair-in-Office, the President of Ruritania H.E. Karel Novak, warmly welcomed delegates to the meeting.\n\n"
         "“We join together to pay tribute to the Head of the Commonwealth, its most devoted champion.”"),
        ["Anna", "Anna", "Karel Novak"],
        id="en-the-one-subject-of-the-paragraph-before-speaks-a-standalone-quotation",
    ),
    pytest.param(
        "en",
        ("“We cannot wait any longer for a decision,” Senator Maria Lopez said.\n\n"
         "European diplomats also voiced concerns. One unnamed envoy told Reuters,\n\n"
         "“We don’t see how he can come back after the debate.”"),
        ["Maria Lopez", None],
        id="en-an-unnamed-speaker-introducing-the-next-paragraph-is-unknown-not-a-continuation",
    ),
    pytest.param(
        "ru",
        ("Заместитель министра Анна Светлова прокомментировала итоги встречи в Рейкьявике.\n\n"
         "«Сорок три страны подписали договор о реестре ущерба. Не подписали шесть стран», — написала чиновница в соцсети."),
        ["Анна Светлова"],
        id="ru-the-official-is-the-one-who-just-acted",
    ),
    pytest.param(
        "zh",
        ("会议在布鲁塞尔举行。比利时《布鲁塞尔先驱报》写道：“会议议程上只有一个主题：竞争力。”"),
        ["布鲁塞尔先驱报"],
        id="zh-a-paper-named-in-title-marks-writes-its-own-words",
    ),
    pytest.param(
        "zh",
        ("两国首脑在广岛举行会谈。日本外务省的新闻稿称：“双方确认了在安全领域的合作。”新闻稿还称：“双方将与全球南方国家接触。”"),
        ["日本外务省", "日本外务省"],
        id="zh-an-offices-press-release-is-the-office-speaking",
    ),
    pytest.param(
        "zh",
        ("会议期间，塔吉克斯坦总统伊斯坎德尔·拉赫莫诺夫与各国领导人交换了意见。他的邻国同僚也发表了讲话。塔总统说：“我们可以邀请邻国的高官作为嘉宾参加会议。”"),
        ["伊斯坎德尔·拉赫莫诺夫"],
        id="zh-a-one-character-country-before-a-title-is-that-country",
    ),
    pytest.param(
        "en",
        ("Pacific leaders met in Suva on Friday.\n\n"
         "In the joint statement, the leaders also agreed on the need to improve the trade body's “negotiating and dispute settlement functions.” The earlier statement was not critical of it."),
        ["joint statement"],
        id="en-in-the-document-whatever-the-subject-the-words-are-the-documents",
    ),
    pytest.param(
        "en",
        ("The presidents of the five coastal states met in Baku.\n\n"
         "The presidents reaffirmed in the communique that their cooperation will rest on “ensuring a stable balance of arms of the littoral states.”"),
        ["communique"],
        id="en-a-verb-in-the-document-quotes-the-document",
    ),
    pytest.param(
        "ru",
        ("Встреча началась с видеообращения премьер-министра Ивана Петрова, не присутствовавшего на саммите лично. В своем выступлении он обвинил соседей в срыве соглашения.\n\n"
         "«Наша страна имеет возможности заменить эти поставки как коммерчески, так и в качестве безвозмездной помощи»"),
        ["Иван Петров"],
        id="ru-one-who-accused-in-the-paragraph-before-speaks-the-next",
    ),
    pytest.param(
        "zh",
        ("乌克兰外长德米特罗·科瓦伦科当天出席联大会议。\n\n"
         "科瓦林科说：“目前针对乌克兰的战争的目标是把我们的土地变成武器。”"),
        ["德米特罗·科瓦伦科"],
        id="zh-a-surname-spelt-with-one-other-character-is-the-same-person",
    ),
    pytest.param(
        "en",
        ("Foreign Minister Ana Oyelaran led the delegation to the summit in Abuja.\n\n"
         "“The meeting agreed that a certain level of pressure must be kept,” Oyelarran said."),
        ["Ana Oyelaran"],
        id="en-a-surname-one-letter-apart-from-a-full-name-is-that-person",
    ),
    pytest.param(
        "en",
        ("President Ivan Kim met the press on Friday.\n\n"
         "“We agreed on the road map,” Kin said."),
        ["Kin"],
        id="en-short-names-one-letter-apart-stay-apart",
    ),
    pytest.param(
        "ru",
        ("Министр иностранных дел Аделаида Оельяран прибыла на саммит в Абудже.\n\n"
         "«Участники договорились сохранить давление на режим», — сказала Оельяранн."),
        ["Аделаида Оельяран"],
        id="ru-a-surname-one-letter-apart-from-a-full-name-is-that-person",
    ),
    pytest.param(
        "en",
        ("Wednesday, 6 September 2023\n\n"
         "Josan: the bloc keeps its unity amid its challenges; the summit continues\n\n"
         "The statement was voiced by President Joko Santoso (Josan) at the opening of the summit on Tuesday.\n\n"
         "In his opening speech, Josan underscored that unity does not mean uniformity.\n\n"
         "“Differences in opinion nurture democracy,” he stated."),
        ["Joko Santoso"],
        id="en-a-headlines-nickname-is-the-person-it-is-given-for-later",
    ),
    pytest.param(
        "zh",
        ("美国总统哈里森也感谢朝鲜最高领导人杜兰德能够为人民的光明未来迈出第一步。他说：“两国领导人第一次见面算是史无前例。”"),
        ["哈里森"],
        id="zh-a-supreme-leader-after-a-verb-is-its-object",
    ),
    pytest.param(
        "en",
        ("Lawmakers gathered in Washington on Tuesday.\n\n"
         "“We cannot wait for the alliance to decide,” said Rep. Maria Lopez, a member of the committee."),
        ["Maria Lopez"],
        id="en-any-abbreviated-honorific-may-open-a-tags-subject",
    ),
    pytest.param(
        "en",
        ("The summit was attended by all heads of state.\n\n"
         "On their way into the hall, President Ivan Petrov was asked by a foreign reporter – “When will your troops leave the border region?” Petrov remained silent."),
        [None],
        id="en-one-asked-by-a-reporter-does-not-speak-the-question",
    ),
    pytest.param(
        "en",
        ("The summit was attended by all heads of state.\n\n"
         "On their way into the hall, President Ivan Petrov was asked by reporter Maria Lopez – “When will your troops leave the border region?” Petrov remained silent."),
        ["Maria Lopez"],
        id="en-the-agent-of-a-passive-speech-verb-speaks",
    ),
    pytest.param(
        "en",
        ("The summit opened on Monday.\n\n"
         "President Ivan Petrov was quoted by Reuters as saying “we will not leave the border region.”"),
        ["Ivan Petrov"],
        id="en-quoted-by-an-outlet-is-still-the-ones-quoted",
    ),
    pytest.param(
        "zh",
        ("峰会当天各国元首出席。进入会场时，甲国总统哈里森被一名外国记者问道：“贵国什么时候从边境撤军？”哈里森沉默不语。"),
        [None],
        id="zh-one-asked-by-a-reporter-does-not-speak-the-question",
    ),
    pytest.param(
        "zh",
        ("峰会当天各国元首出席。进入会场时，甲国总统哈里森被乙国总统杜兰德问道：“贵国什么时候从边境撤军？”哈里森沉默不语。"),
        ["杜兰德"],
        id="zh-the-agent-after-bei-speaks",
    ),
    pytest.param(
        "zh",
        ("北约峰会在伦敦举行。甲国总统哈里森在被问及这个视频时回答说：“他是个两面派。”"),
        ["哈里森"],
        id="zh-when-asked-the-one-asked-answers",
    ),
    pytest.param(
        "en",
        ("Prime Minister Tomas Brenner chaired a summit of the leaders of five ex-Soviet states in the capital.\n\n"
         "“Today's meeting marks ten years of our union,” he said."),
        ["Tomas Brenner"],
        id="en-a-capital-after-a-lower-case-prefix-starts-no-name",
    ),
    pytest.param(
        "en",
        ("“The coming decade is dark,” said Prime Minister Olu Adeyemi.\n\n"
         "In his closing speech Karsten Vidal praised the young generation.\n\n"
         "“Our struggle has won,” he said."),
        ["Olu Adeyemi", "Karsten Vidal"],
        id="en-a-name-after-an-opening-phrase-is-its-sentence-subject",
    ),
    pytest.param(
        "en",
        ("Reporter Dana Whitcombe pressed President Arno Keller on the talks.\n\n"
         "Keller turned around after Whitcombe finished her question.\n\n"
         "“I am not confident of anything,” he said."),
        ["Arno Keller"],
        id="en-her-question-tells-the-askers-gender",
    ),
    pytest.param(
        "en",
        ("Reporter Dana Whitcombe arrived at the hall.\n\n"
         "President Arno Keller thanked her for the invitation.\n\n"
         "“We will meet again,” he said."),
        ["Arno Keller"],
        id="en-thanked-her-for-tells-nothing-of-the-subjects-gender",
    ),
    pytest.param(
        "en",
        ("Prime Minister Ravi Sundar held talks in the capital.\n\n"
         "“I had a great meeting,” Sundar wrote.\n\n"
         "“The two leaders held productive talks,” the prime minister's office tweeted."),
        ["Ravi Sundar", "prime minister's office"],
        id="en-the-prime-ministers-office-is-an-office",
    ),
    pytest.param(
        "en",
        ("The summit opened in the capital.\n\n"
         "All 40 AU Member States, with the exception of six countries that were suspended, are taking part in the Summit.\n\n"
         "Kenyan President Jomo Wekesa in a message on X, said he was grateful to the continent.\n\n"
         "“Thank you for your trust”, he said."),
        ["Jomo Wekesa"],
        id="en-member-states-are-nobody",
    ),
    pytest.param(
        "ru",
        ("«Саммит состоится в понедельник», — сообщил пресс-секретарь Пётр Соколов.\n\n"
         "Ранее «Вестник» писал, что президент Арман Беков в телефонном разговоре заявил, что ситуация стабилизируется. Он также выразил признательность «за поддержку в трудный час»."),
        ["Петр Соколов", "Арман Беков"],
        id="ru-a-name-in-what-a-paper-reports-keeps-its-clause",
    ),
    pytest.param(
        "ru",
        ("Саммит завершился в столице.\n\n"
         "«Протекционизм возрождается, а сотрудничество трещит по швам», — заявил премьер-министр Малайз"),
        [None],
        id="ru-a-word-cut-at-the-texts-end-names-nobody",
    ),
    pytest.param(
        "ru",
        ("Президент Арман Беков принял участие в саммите.\n\n"
         "Как сообщили в пресс-службе, в своем выступлении Арман Беков поблагодарил президента Таджикистана Фарида Каримова за теплый прием и безупречную организацию саммита.\n\n"
         "Отдельные слова признательности президент Казахстана выразил российскому лидеру Петру Соколову за его вклад в укрепление дружбы и партнерства между странами.\n\n"
         "\"Потенциал нашего региона, его нынешняя и будущая роль как динамично развивающегося региона в глобальных процессах признается в основных государствах мира. Этим объясняется рост их интереса к переговорам именно в таком формате\", - отметил президент."),
        ["Арман Беков"],
        id="ru-a-long-quotation-does-not-push-the-subject-out-of-reach",
    ),
    pytest.param(
        "ru",
        ("Министр Игорь Лаврентьев проведет несколько встреч на саммите. Об этом говорится в комментарии официального представителя министерства Анны Величко.\n\n"
         "«Делегацию возглавит министр, который примет участие в пленарных заседаниях и проведет ряд встреч на полях мероприятия», — отметила дипломат."),
        ["Анна Величко"],
        id="ru-a-role-with-a-feminine-verb-is-a-woman",
    ),
    pytest.param(
        "zh",
        ("甲国总统杜兰德周五与的夫人玛丽安(左)在城堡合影。\n\n"
         "他在讲话中表示：“没有两国方案，中东就不会有和平。”"),
        ["杜兰德"],
        id="zh-the-name-after-wife-is-a-woman",
    ),
    pytest.param(
        "zh",
        ("秘书长斯托腾贝格举行会谈。\n\n"
         "北约秘书长斯托腾贝格:“采取更为全球化的措施,保护基于国际秩序的规则。”"),
        ["斯托腾贝格"],
        id="zh-a-five-character-transliteration-after-a-title",
    ),
    pytest.param(
        "zh",
        ("外交部国际组织司长孙俭元：“我们给对方极大的压力，最后成功了。”"),
        ["孙俭元"],
        id="zh-a-three-character-name-jieba-cut-short",
    ),
    pytest.param(
        "zh",
        ("法新社取得的各国大使昨天同意的峰会结论草案指出：“这条路径如今已关闭。”"),
        ["峰会结论草案"],
        id="zh-draft-conclusions-are-a-document",
    ),
    pytest.param(
        "ru",
        ("Борис Ливанов прибыл в Женеву. «Я посмотрел трансляцию», — сказал Гарольд Бентли.\n\n"
         "Президент США раскритиковал прессу. «Вы настроены негативно», — сказал Бентли журналистам.\n\n"
         "Он подчеркнул, что понимает это. «Вы никогда не задаете позитивных вопросов», — сказал президент США."),
        ["Гарольд Бентли", "Гарольд Бентли", "Гарольд Бентли"],
        id="ru-a-role-of-no-country-given-is-the-one-who-just-spoke",
    ),
    pytest.param(
        "en",
        ("Zolani Mbeko said the talks went well. \"We will win,\" he said.\n\n"
         "President of Papua New Guinea, Sir Peter Kamona, said the meeting, above all else, \"gave a voice to all small island states,\" which, he added, were most affected."),
        ["Zolani Mbeko", "Sir Peter Kamona"],
        id="en-title-comma-name-comma-said-gives-the-name",
    ),
    pytest.param(
        "ru",
        ("Об этом говорится в проекте итоговой декларации, с которым ознакомилось агентство. В нём также подтверждаются «коллективные усилия по разоружению»."),
        ["итоговая декларация"],
        id="ru-v-nyom-is-the-document-named-before",
    ),
    pytest.param(
        "ru",
        ("Глава комиссии опубликовала также совместное заявление европейских лидеров после встречи с президентом Анной Верде. В нем отмечается «неизменная приверженность демократическим реформам»."),
        ["совместное заявление европейских лидеров"],
        id="ru-v-nyom-after-a-joint-statement-names-whose",
    ),
    pytest.param(
        "zh",
        ("甲国总理李伟强今天在峰会上表示,联盟能否继续保持核心地位,取决于如何应对挑战。“我们必须做好准备,积极地和各方接触。”乙国总统哈里森则表示,联盟是一艘巨船。"),
        ["李伟强"],
        id="zh-ze-biaoshi-after-a-finished-quotation-is-another-speaker",
    ),
    pytest.param(
        "zh",
        ("总统哈里森上周在华府说：“我们不只是嘴上说说。”\n\n"
         "白宫欧洲事务官员凯文(Kevin Hale)更直言,哈里森4日、5日将在北约峰会上传达的讯息是:“不要想用那套模式在这个地区捣乱。”"),
        ["哈里森", "凯文"],
        id="zh-a-colon-inside-reported-speech-stays-the-reporters",
    ),
    pytest.param(
        "en",
        ("Emir Hamad Al Nasser, who tried to mediate the row, called for unity. He said the drive “has reached its limits”.\n\n"
         "King Faisal Bin Abdul Rahman yesterday opened the 12th summit of the council.\n\n"
         "“The council was set up to enhance the security of its citizens,” he said."),
        ["Hamad Al Nasser", "Faisal Bin Abdul Rahman"],
        id="en-yesterday-between-subject-and-verb",
    ),
    pytest.param(
        "zh",
        ("澳大利亚副总理理查德·黑尔说会谈顺利。\n\n"
         "Alan Porter刚在新闻发布会上畅谈此次会面。\n\n"
         "当被问及会面时间是否被缩短时，澳总理回应：“我期待这次会面，期待它如期举行。”"),
        ["Alan Porter"],
        id="zh-a-deputy-prime-minister-is-not-the-prime-minister",
    ),
    pytest.param(
        "zh",
        ("对于总统发文，沃尔科夫回应称对方“很有幽默感”。克里姆林宫较早前称“没有人在密谋任何东西”，表示这可能只是一种讽刺。"),
        ["克里姆林宫"],
        id="zh-an-office-then-earlier-speaks",
    ),
    pytest.param(
        "zh",
        ("总理哈里森淡化了这一说法，并签署了新的协议。其发言人表示:“鉴于中东发生的局势,这是可以理解的。”"),
        [None],
        id="zh-qi-fayanren-is-an-unnamed-spokesperson",
    ),
    pytest.param(
        "zh",
        ("他指，美国总统哈里森（Tom Harrison）曾问他「有没有可能（与对方会晤）」，俄罗斯总统沃尔科夫回称「我说，让他来莫斯科吧。」"),
        [None, "沃尔科夫"],
        id="zh-a-tag-right-before-a-quotation-introduces-it",
    ),
    pytest.param(
        "zh",
        ("俄罗斯总统沃尔科夫即将结束访问，他3日晚上举行记者会，期间谈到若对方访问莫斯科，他愿意与其会晤，惟同时称「但这有意义吗？让我们拭目以待。」"),
        ["沃尔科夫"],
        id="zh-wei-tongshi-cheng-has-the-sentence-subject",
    ),
    pytest.param(
        "zh",
        ("人工智能无疑是本届论坛最热门的话题。芯片公司执行长哈里森将AI形容为「人类历史上最大规模的基础设施建设」。"),
        ["哈里森"],
        id="zh-xingrong-wei-is-a-speech-verb",
    ),
    pytest.param(
        "en",
        ("Oslo is well equipped to host its guests. Nonetheless, the President has urged all officials to prepare.\n\n"
         "Alexander Varenko emphasized that there is much to discuss. “The agenda of the council must be rich and substantive,” the Norwegian leader stated."),
        ["Alexander Varenko"],
        id="en-the-norwegian-leader-is-the-president-the-text-gave-no-country",
    ),
    pytest.param(
        "zh",
        ("战争也是峰会的讨论焦点,甲国总统哈里森呼吁应该寻求和平之道,乙国总统杜兰德批判对方之余,也主张展开和谈,他喊话必须停止杀戮,但他坦言「问题是他们会不会坐上谈判桌」。"),
        ["杜兰德"],
        id="zh-a-name-after-a-verbs-own-clause-is-no-reported-name",
    ),
    pytest.param(
        "zh",
        ("新加坡总理陈伟明与甲国总统哈里森会面。据哈里森称,“中国繁荣得多,对世界经济的贡献大得多。”"),
        ["哈里森"],
        id="zh-ju-x-cheng-is-xs-words",
    ),
    pytest.param(
        "zh",
        ("克里姆林宫发言人培斯托夫(Ivan Pestov)表示:「两国的代表团将举行会议。」"),
        ["培斯托夫"],
        id="zh-pei-is-a-transliteration-syllable",
    ),
    pytest.param(
        "zh",
        ("根据国营电视台报导,甲国总理哈里森今天提议,两国应为贸易发展创造新动力,并「将两国的发展战略连结起来」。"),
        ["哈里森"],
        id="zh-tiyi-proposes-words",
    ),
    pytest.param(
        "en",
        ("Perez's office later said the two leaders agreed on a deadline.\n\n"
         "\"Prime Minister Perez and President Hale discussed trade,\" said Per"),
        [None],
        id="en-a-name-cut-at-the-texts-end-is-unknown",
    ),
    pytest.param(
        "ru",
        ("Германский канцлер Йорг Фальке предвидит «непростые» усилия на саммите.\n\n"
         "Как выразился канцлер, «мы очень усердно работаем над тем, чтобы сделать четкие и важные заявления»."),
        ["Йорг Фальке"],
        id="ru-kak-vyrazilsya-is-a-speech-verb",
    ),
    pytest.param(
        "en",
        ("\"Protectionism is a reflection of tough conditions,\" said Ramon Quispe, the meeting's host.\n\n"
         "Referring to Britain's vote to leave the union, he said the results highlighted a backlash in Britain.\n\n"
         "\"This is an important point in recent economic history,\" he said."),
        ["Ramon Quispe", "Ramon Quispe"],
        id="en-britain-is-a-country-not-a-he",
    ),
    pytest.param(
        "en",
        ("President Taras Melnyk spoke alongside the council president.\n\n"
         "He was referring to the EU's decision to open talks.\n\n"
         "\"We have to work on next steps,\" he said."),
        ["Taras Melnyk"],
        id="en-the-eus-decision-names-no-person",
    ),
    pytest.param(
        "zh",
        ("欧洲议会议长亨利·马丁说,五年前有人认为“欧洲已处于十字路口。”今天,欧洲正以坚定的步伐前进。"),
        [None],
        id="zh-youren-after-a-time-word-is-somebody",
    ),
    pytest.param(
        "en",
        ("Leaders ended their annual summit Sunday.\n\n"
         "The Pacific Rim Cooperation forum also closed with a joint pledge to work toward a new agreement.\n\n"
         "The forum noted the \"rising skepticism over trade\" during an uneven recovery and said \"the benefits of trade need to be communicated more effectively.\""),
        ["Pacific Rim Cooperation forum", "Pacific Rim Cooperation forum"],
        id="en-the-forum-is-the-body-named-before",
    ),
    pytest.param(
        "ru",
        ("Глава МИД Турции Мехмет Озкан и советник президента Турции, посол Керем Айдын заявили, что лидеры обсудят сделку.\n\n"
         "«Мы осторожны, но надеемся на успех», — приводит агентство заявление советника."),
        ["Керем Айдын"],
        id="ru-titles-joined-by-a-comma-are-both-his",
    ),
    pytest.param(
        "en",
        ("Speaking about the summit, Commonwealth Secretary-General Rt Hon Ana Duarte KC said:\n\n"
         "“The global community confronts a multi-dimensional crisis.”"),
        ["Ana Duarte"],
        id="en-kc-after-a-name-is-no-title",
    ),
    pytest.param(
        "en",
        ("Leaders met in the capital.\n\n"
         "Prime Minister Rt Hon Tom Archer MP handed over the chair.\n\n"
         "“The Commonwealth is united by shared values,” said Tom on Friday while transferring the role."),
        ["Tom Archer"],
        id="en-rt-hon-and-mp-around-a-name",
    ),
    pytest.param(
        "en",
        ("Minister Lars Hovde said the states are united in supporting the country.\n\n"
         "Quote: \"We agreed to continue and strengthen our support.\""),
        ["Lars Hovde"],
        id="en-a-quote-label-is-no-speaker",
    ),
    pytest.param(
        "zh",
        ("本届慕安会没有邀请对方代表。慕安会新任主席霍伊斯特(Christoph Hoist)表示,“我们不愿为对方提供一个宣传平台”。"),
        ["霍伊斯特"],
        id="zh-a-councils-short-name-before-a-title-is-nobody",
    ),
    pytest.param(
        "en",
        ("Iraqi President Sami Hadi, who is presiding over the summit, added, “The highest goal of this summit is to unify our positions.”\n\n"
         "This summit comes two months after an extraordinary summit hosted by Cairo, during which Arab states adopted a plan to rebuild Gaza.\n\n"
         "In his speech, President Karim el-Nassar called on U.S. President Tom Hale to “exert every possible effort and pressure to achieve a ceasefire,” noting the past role of the U.S."),
        ["Sami Hadi", "Karim el-Nassar"],
        id="en-arab-states-name-no-speaker",
    ),
    pytest.param(
        "zh",
        ("这场为期两天的会议将由大会主席哈里森主持。\n\n"
         "根据甲国政府声明,哈里森「希望建立共同立场,勾勒会议成果的草案」。"),
        ["甲国政府声明"],
        id="zh-genju-a-statement-is-that-documents-words",
    ),
    pytest.param(
        "ru",
        ("Президент США Роберт Хейл посетил саммит в Гааге.\n\n"
         "«Но я уехал отсюда немного другим», — цитирует WSJ Хейла."),
        ["Роберт Хейл"],
        id="ru-an-outlet-quoting-a-person-gives-the-person",
    ),
    pytest.param(
        "en",
        ("Pianist Kenji Sato then took the stage to play a song.\n\n"
         "He was joined by opera singer Michie Tanaka for several more songs before the group moved indoors.\n\n"
         "Seated at long tables, the group listened to a brief speech by Hiroshi Kato in which he said the leaders had \"worked enough today and should now enjoy the meal.\""),
        ["Hiroshi Kato"],
        id="en-a-speech-by-x-in-which-he-said-is-x",
    ),
    pytest.param(
        "en",
        ("The prime ministers met on Tuesday for their annual summit.\n\n"
         "“We, the prime ministers, reaffirm our commitment to strong cooperation”, a joint statement from the ministers says."),
        ["joint statement from the ministers"],
        id="en-a-statement-from-x-is-a-document",
    ),
    pytest.param(
        "en",
        ("President Abdel Karim El-Masri welcomed the leaders.\n\n"
         "President Masri reflected on the country's role, recalling President Omar El-Hadi’s unprecedented 1977 visit to the city. “That pivotal moment inaugurated a new covenant,” he said."),
        ["Abdel Karim El-Masri"],
        id="en-el-masri-and-masri-are-one-and-a-possessive-is-no-subject",
    ),
    pytest.param(
        "ru",
        ("Олаф Ветцель призвал к расширению союза.\n\n"
         "Во время выступления в университете он сказал, что \"мы должны гораздо сильнее использовать влияние нашей объединенной Европы\", передает Spiegel."),
        ["Олаф Ветцель"],
        id="ru-a-paper-relaying-words-said-before-is-not-their-speaker",
    ),
    pytest.param(
        "en",
        ("President Tom Hale spoke at the summit.\n\n"
         "Hale added that the rival \"continues to behave aggressively across the region.\"\n\n"
         "Later, a senior administration official tried to downplay the error.\n\n"
         "\"I don't think I have much to elaborate on that.\""),
        ["Tom Hale", None],
        id="en-an-unnamed-official-acting-between-ends-a-speech",
    ),
    pytest.param(
        "en",
        ("The host welcomed his counterparts – Anna Berg (Hungary), Jan Kowal (Poland) and Eva Lind (Slovakia) – for a summit.\n\n"
         "As the Slovak president announced on X, the talks focused on “practical cooperation”, as well as on projects – which Anna Berg proposed increasing – and more.\n\n"
         "In her brief report, the Hungarian President recalled that they “all agree on this”."),
        ["Eva Lind", "Anna Berg"],
        id="a_country_in_brackets_after_a_name_places_an_untitled_leader_for_a_role_of_that_country",
    ),
    pytest.param(
        "en",
        ("The host welcomed Zofia Šimková (Slovakia) and Ödön Kertész (Hungary) to the castle.\n\n"
         "“We stand together,” the Slovak president said.\n\n"
         "“So do we,” said Kertész."),
        ["Zofia Šimková", "Ödön Kertész"],
        id="names_may_start_with_latin_capitals_beyond_ascii",
    ),
    pytest.param(
        "en",
        ("Ms Anna Berg met Mr Jan Kowal in Vienna.\n\n"
         "Ms Berg recalled that they “agreed on the budget”. Mr Kowal nodded. She also “asked for more funds for the schools”."),
        ["Anna Berg", "Anna Berg"],
        id="a_sentence_opening_she_passes_over_the_man_who_acted_last",
    ),
    pytest.param(
        "en",
        ("Mr Jan Kowal met Ms Anna Berg in Vienna. Kowal left early.\n\n"
         "In her words, “the talks went well”."),
        ["Anna Berg"],
        id="in_her_words_passes_over_the_man_who_acted_last",
    ),
    pytest.param(
        "ru",
        ("Канцлер Германии Анна Берг не приедет на саммит.\n\n"
         "«Канцлер благодарит за приглашение», - заявил представитель Берг."),
        [None],
        id="ru_a_representative_of_a_named_chancellor_is_not_the_chancellor",
    ),
    pytest.param(
        "ru",
        ("Вице-премьер Иван Лодкин возглавит делегацию на саммите.\n\n"
         "«Направить делегацию во главе с Лодкиным», - говорится в распоряжении президента РФ Петра Сомова."),
        ["распоряжение президента РФ"],
        id="ru_an_order_of_the_president_is_a_document_not_the_president",
    ),
    pytest.param(
        "ru",
        ("Президент Иван Лодкин принял секретарей советов безопасности.\n\n"
         "© Photo : Пресс-служба президента\n\n"
         "«Глава государства отметил важность встречи», - указывается в сообщении."),
        ["сообщение"],
        id="ru_a_photo_credit_names_no_office_that_speaks",
    ),
    pytest.param(
        "ru",
        ("Саммит пройдет в Москве. По словам помощника президента Юрия Лодкина, заседание станет итоговым.\n\n"
         "«Мы ждем всех гостей», — отметил президент."),
        [None],
        id="ru_the_aide_of_the_president_in_the_genitive_is_no_president",
    ),
    pytest.param(
        "ru",
        ("Саммит пройдет в Москве. По словам помощника президента Юрия Лодкина, заседание станет итоговым.\n\n"
         "«Мы ждем всех гостей», — отметил помощник президента."),
        ["Юрий Лодкин"],
        id="ru_the_aide_of_the_president_in_the_genitive_is_an_aide",
    ),
    pytest.param(
        "zh",
        ("峰会在海边城市召开。共同社16日报导称，在这场会议上，“最令人期待的客人来自远方”。"),
        ["共同社"],
        id="zh_an_agency_reporting_on_a_date_is_the_speaker",
    ),
    pytest.param(
        "zh",
        ("峰会在海边城市召开。路透社3月29日发表题为《测试》的文章，称“东道主将向各方施加压力”。"),
        ["路透社"],
        id="zh_an_agency_publishing_an_article_then_saying_is_the_speaker",
    ),
    pytest.param(
        "zh",
        ("峰会在海边城市召开。美国之音网站3月26日发表题为《为了威望，应注意海洋问题》的文章，称东道主应协调争端，又说“东道主显然不愿意这样做”。"),
        ["美国之音"],
        id="zh_a_comma_inside_a_book_title_ends_no_clause",
    ),
    pytest.param(
        "zh",
        ("甲国副总统李大成对王小明表示，要讲外交。\n\n"
         "“怎么样的外交?”王小明反问。"),
        ["王小明"],
        id="zh_asking_back_after_a_quotation_is_its_tag",
    ),
    pytest.param(
        "zh",
        ("甲国总统李大成在会上对王小明说，你在玩筹码。\n\n"
         "“我不是在玩筹码,”王小明回应道,“总统先生,我很认真。”"),
        ["王小明", "王小明"],
        id="zh_a_speech_verb_with_dao_after_a_quotation_is_its_tag",
    ),
    pytest.param(
        "ru",
        ("Лидеры приняли итоговую декларацию из 134 пунктов.\n\n"
         "Страны подтверждают «приверженность духу объединения, в основе которого взаимоуважение»."),
        ["итоговая декларация"],
        id="ru_countries_read_as_a_genitive_opening_a_clause_speak_through_the_joint_text",
    ),
    pytest.param(
        "ru",
        ("Встреча лидеров пройдет в Петербурге. Об этом сообщили в пресс-службе Кремля.\n\n"
         "«22 декабря пройдет традиционная встреча лидеров», — говорится в сообщении."),
        ["пресс-служба Кремля"],
        id="ru_the_press_service_of_an_office_is_named_whole",
    ),
    pytest.param(
        "zh",
        ("会议在首都举行。“让公司更容易跨境运营至关重要，”马丁·斯文特松说。"),
        ["马丁·斯文特松"],
        id="zh_the_last_two_syllables_jieba_reads_as_an_adjective_end_the_name",
    ),
    pytest.param(
        "en",
        ("Queen Amara Lind opened the meeting in the old palace.\n\n"
         "Prince Kiran Osei spoke briefly. She then said: “We meet as one family.”"),
        ["Amara Lind"],
        id="a_title_tells_gender_she_passes_over_a_prince",
    ),
    pytest.param(
        "en",
        ("The meeting closed with a press conference chaired by Prime Minister Ivan Berg.\n\n"
         "Berg said the meeting had reached consensus.\n\n"
         "The prime minister of Norland, Karl Lund, said the meeting underlined the relevance of the group. He said shared values helped. On climate, he stressed that: \"When the planet speaks, we have no choice but to listen.\""),
        ["Karl Lund"],
        id="a_role_with_a_name_in_apposition_is_that_person_not_another_holder",
    ),
    pytest.param(
        "en",
        ("Foreign Minister Ivan Berg spoke first and then left the hall.\n\n"
         "“Blaming others is transparent,” said Foreign Minister Karl Lund, who was speaking when Berg walked out.\n\n"
         "“We will not compromise on our principles,” he continued."),
        ["Karl Lund", "Karl Lund"],
        id="he_continued_is_the_last_speaker_whoever_acted_in_a_clause_between",
    ),
    pytest.param(
        "en",
        ("Foreign Minister Karl Lund opened the debate. Lund said: “"
         + "We came here to build trust between our nations, and trust is built one agreement at a time. " * 8
         + "” Foreign Minister Ivan Berg walked out.\n\n"
         "“We will not compromise on our principles,” he continued."),
        ["Karl Lund", "Karl Lund"],
        id="he_continued_reaches_back_past_a_long_quotation_whoever_acted_after_it",
    ),
    pytest.param(
        "zh",
        "9月28日，欧巴多总统在大会上发表讲话。\n\n欧巴多总统说：“我们必须合作。”\n\n他还说：“和平是共同的目标。”",
        ["欧巴多", "欧巴多"],
        id="zh_a_transliterated_name_jieba_does_not_know_before_a_title_is_a_person",
    ),
    pytest.param(
        "ru",
        "Накануне с министром иностранных дел Норвегии Яном Борком обсуждали торговлю.\n\n"
        "Дела не дали президенту Мексики Карлу Ведову вылететь в Лиму. Позже политик выступил в парламенте.\n\n"
        "«У меня есть обязательства дома», — сказал он.",
        ["Карл Ведов"],
        id="ru_a_role_phrase_as_subject_makes_its_holder_who_he_means_next",
    ),
    pytest.param(
        "ru",
        "Источник Алексей Мерков сообщил о визите.\n\n"
        "Официальный представитель МИД Федеративной Республики Германия Ян Борк выступил на брифинге.\n\n"
        "«Переговоры продолжатся», — отметил на брифинге представитель германского МИД.",
        ["Ян Борк"],
        id="ru_a_long_title_before_a_name_gives_its_country_from_the_full_name_of_the_state",
    ),
    pytest.param(
        "ru",
        "Президент Ян Борк встретится с коллегами.\n\n«Беседа была трудной», - сказал Bloomb",
        [None],
        id="ru_an_outlet_cut_off_by_the_end_of_the_excerpt_is_nobody",
    ),
    pytest.param(
        "zh",
        "智利总统卡布雷拉3日告诉记者，“我们是独立国家”，随后怒斥美国总统欧文斯：“请你尊重我们。”",
        ["卡布雷拉", "卡布雷拉"],
        id="zh_the_name_a_verb_governs_before_a_colon_is_not_the_speaker",
    ),
    pytest.param(
        "zh",
        "日本首相森田茂8日在记者会上发表讲话。\n\n森田首相称：“会谈很有成果。”",
        ["森田茂"],
        id="zh_a_family_name_and_a_title_are_the_person_named_in_full_before",
    ),
    pytest.param(
        "en",
        "President Ana Ruiz met the leaders on Monday.\n\n"
        "Ruiz “raised three concerns” during the talks, a senior official said.",
        [None],
        id="en_a_closing_tag_whose_speaker_we_cannot_name_wins_over_the_sentences_subject",
    ),
    pytest.param(
        "ru",
        "«Мы начинаем новый год», — говорится в обращении Ведова.\n\nВедов подчеркнул, что союз растёт.\n\n"
        "«Наша задача — рост», — пояснил президент Мексики.",
        ["Ведов", "Ведов"],
        id="ru_one_name_in_two_cases_natasha_lemmatizes_apart_is_one_person",
    ),
    pytest.param(
        "en",
        "Guests at the dinner included the Prime Minister of Norland, Karl Lund, the Mayor of the city, "
        "Anna Berg, the Governor of the Bank, Ivan Petro, and others.\n\n"
        "Karl Lund thanked the hosts for the evening.\n\n"
        "The prime minister later toured the harbour and the old town with his delegation and a group of "
        "students from the local university, who showed him the new library. \"We will come back next "
        "year,\" he underlined.",
        ["Karl Lund"],
        id="en_in_a_list_of_titles_and_names_each_title_is_the_next_names_not_the_last_ones",
    ),
    pytest.param(
        "ru",
        "Президент Карл Ведов выступил на саммите.\n\nНа встрече был и Ян Борк.\n\n"
        "Затем мексиканский лидер одобрил проект, отметив, что видит «хорошие перспективы для торговли».",
        ["Карл Ведов"],
        id="a_countrys_leader_is_the_president_whose_country_the_text_never_gave_not_someone_never_titled",
    ),
    pytest.param(
        "ru",
        "Генсек ООН Карл Ведриш прибыл на саммит. Генсек ООН Ведриш заявил, что всё готово.\n\n"
        "Премьер Ян Борк тоже выступил.\n\n«Выбросы растут», — сказал Ведреш.",
        ["Карл Ведриш"],
        id="ru_a_surname_spelt_one_letter_otherwise_is_the_person_named_in_full",
    ),
    pytest.param(
        "en",
        "Talks were chaired by Belarus’s Karl Lund, while Ivan Petro arrived late.\n\n"
        "“The agenda was long,” the Belarusian leader said.",
        ["Karl Lund"],
        id="en_a_country_in_the_possessive_before_a_name_is_that_persons_country",
    ),
    pytest.param(
        "zh",
        "世界银行行长埃琳娜·拉加多表示，峰会很成功。\n\n会后记者追问细节。拉加多说：“我们会继续努力。”",
        ["埃琳娜·拉加多"],
        id="zh_the_surname_of_a_titled_full_name_names_the_person_again_however_jieba_cuts_it",
    ),
    pytest.param(
        "ru",
        "Саммит завершился в пятницу.\n\n"
        "Президент Мексики Карл Ведов поблагодарил коллег за «честный и полезный обмен мнениями».",
        ["Карл Ведов"],
        id="ru_who_thanks_somebody_for_quoted_words_says_them",
    ),
    pytest.param(
        "en",
        "Unlike Karl Lund, the other leaders stayed at the summit.\n\n\"We will not wait,\" Lund said.",
        ["Karl Lund"],
        id="en_a_preposition_opening_the_sentence_is_no_part_of_the_name_after_it",
    ),
    pytest.param(
        "en",
        "The President His Excellency Karl Lund opened the new parliament on Monday.\n\n"
        "He spoke for an hour.\n\n"
        "\"Our doors are open,\" he declared.",
        ["Karl Lund"],
        id="en_a_style_before_a_name_his_excellency_is_no_part_of_it",
    ),
    pytest.param(
        "ru",
        "Президент Франции Карл Ведов выступил в Брюсселе.\n\n"
        "Президент Франции, отвечая журналистам, которые ждали у входа, заявил, что решение найдено.\n\n"
        "«Мы договорились обо всём», - заявил",
        ["Карл Ведов"],
        id="ru_a_tag_the_excerpt_cuts_after_its_verb_leaves_the_subject_before_past_inserted_phrases",
    ),
    pytest.param(
        "ru",
        "«Мы ценим позицию Мали», — сказал Ведов на встрече с коллегой из Мали Умару Диалло, "
        "которая прошла в Москве.\n\nОн рассказал гостю о планах.\n\n"
        "«Тогда мы и решили провести форум», — добавил он.",
        ["Ведов", "Ведов"],
        id="ru_a_name_in_apposition_to_a_noun_a_preposition_governs_is_no_subject",
    ),
    pytest.param(
        "en",
        ("Ann Berg said Freedonian states shared a long history of trade.\n\n"
         '"I believe our union will stay the keeper of'),
        ["Ann Berg"],
        id="en_a_verb_inside_what_was_said_is_not_the_reporting_clause",
    ),
    pytest.param(
        "en",
        ("Here are some of the voices from the first day of the debate.\n\n"
         '"It is time to bring the margins into the room."\n\n'
         "— Ann Berg, president of Freedonia\n\n"
         '"Sure, we can wait. But waiting has a price."\n\n'
         "— Zoë Ärnström, prime minister of Ruritania"),
        ["Ann Berg", "Zoë Ärnström"],
        id="en_a_line_under_a_speech_that_only_names_somebody_signs_it",
    ),
    pytest.param(
        "en",
        ("Freedonian President Ann Berg and other leaders met for two days. Following are some comments:\n\n"
         "FREEDONIAN PRESIDENT ANN BERG\n\n"
         '"We showed that there are no junior partners here."\n\n'
         '"Every nation has a seat at this table."\n\n'
         "RURITANIAN PRESIDENT\n\n"
         "LARS OSTERGAARD LUND\n\n"
         '"Nobody expected us to agree, and we did."'),
        ["Ann Berg", "Ann Berg", None],
        id="en_a_heading_over_speeches_names_their_speaker_and_ends_the_one_before",
    ),
    pytest.param(
        "ru",
        ("«Ситуация серьёзная. На столе лежат новые предложения.\n\n"
         "Эти инициативы показывают, что элита готова к переменам».\n\n"
         "Иван Петров, премьер-министр Ружении"),
        ["Иван Петров", "Иван Петров"],
        id="ru_a_name_and_title_under_a_speech_sign_it",
    ),
    pytest.param(
        "zh",
        "领导人相继发言。\n\n“现在是时候克服保守态度了。”\n\n——卡布雷拉，菲律宾总统\n\n“我们可以等待，但等待有代价。”\n\n——欧文斯，美国总统",
        ["卡布雷拉", "欧文斯"],
        id="zh_a_dash_and_a_name_under_a_speech_sign_it",
    ),
    pytest.param(
        "zh",
        "卡布雷拉当天发表演讲时将矛头对准邻国\n\n“一半的座位是空的”\n\n据报道，会场反应冷淡。",
        [None],
        id="zh_a_sentence_over_a_quoted_subheading_is_no_heading_naming_its_speaker",
    ),
    pytest.param(
        "zh",
        "华盛顿卡洛斯经济研究所高级研究员欧文斯说，“保护主义是一条错误的道路。”",
        ["欧文斯"],
        id="zh_a_name_in_a_noun_phrase_ending_in_a_title_qualifies_the_name_after_it",
    ),
    pytest.param(
        "zh",
        "欧委会主席卡特琳娜在布鲁塞尔迎接了前来参会的南方国总统欧文斯。她表示，“我们必须有能力保卫自己。”",
        ["卡特琳娜"],
        id="zh_a_name_after_the_verb_of_its_clauses_subject_is_its_object",
    ),
    pytest.param(
        "zh",
        "南方电视台2日称，会议如期举行。报导称，从欧文斯讲话中可以明显看出，“南方国希望发挥更大作用”。",
        [None],
        id="zh_a_name_after_cong_is_governed_by_it",
    ),
    pytest.param(
        "kk",
        "Саммит ашылды.\n\n«Біз бүгін маңызды шешім қабылдадық және оны орындаймыз».\n\n— Тоқаев",
        ["Kassym-Jomart Tokayev"],
        id="other_languages_a_dash_and_a_catalog_name_under_a_speech_sign_it",
    ),
    pytest.param(
        "en",
        ("'Our strength is our unity': Ruritanian PM calls for calm at island summit\n\n"
         "Ruritanian Prime Minister Lars Lund opened the meeting."),
        ["Lars Lund"],
        id="en_a_title_abbreviation_as_a_tags_subject_is_a_role_never_a_name",
    ),
    pytest.param(
        "en",
        ("The summit went well, host Ivan Petrov insisted.\n\n"
         "The Freedonian Prime Minister said he understood why the Ruritanian President wanted to fly home.\n\n"
         "Asked about it, Mr Petrov replied that the President had a crisis to manage.\n\n"
         '"There was no problem at all," he insisted.\n\n'
         "The war-torn country's President Lars Lund had been invited to attend."),
        ["Ivan Petrov"],
        id="en_a_role_inside_what_somebody_said_is_no_later_pronouns_antecedent",
    ),
    pytest.param(
        "ru",
        ("Президент Чили Карлос Мендоса выступил с речью.\n\n"
         "Президент Чили в начале своего выступления коснулся темы войны:\n\n"
         "«Соседи хотели стереть с карты суверенное государство»."),
        ["Карлос Мендоса"],
        id="ru_a_role_subject_of_the_sentence_before_a_colon_speaks_the_next_paragraph",
    ),
    pytest.param(
        "zh",
        "国际南方研究会(South Group)资深官员卡巴西(Kamal Basi)表示，“使用武力可能导致意想不到的后果。”",
        ["卡巴西"],
        id="zh_a_country_word_ending_a_name_glossed_in_latin_is_part_of_the_name",
    ),
    pytest.param(
        "zh",
        "北方大学研究所所长约翰·张(John Chang)表示，“我们希望扩大影响力。”",
        ["约翰·张"],
        id="zh_a_chinese_family_name_after_a_given_name_and_a_dot_is_part_of_the_name",
    ),
    pytest.param(
        "zh",
        "【南方日报2024年05月02日讯】(南方日报记者王小明综合报导)各国领导人周六齐聚罗马，发布宣言，誓言“团结一心，共同前进”。",
        [None],
        id="zh_the_reporter_of_a_byline_in_brackets_is_nobody_acting",
    ),
    pytest.param(
        "zh",
        "南方国总统办公室发表书面贺信，“两国拥有同样的价值观，我们共同期待下一个六十年。”",
        [None],
        id="zh_a_word_jieba_alone_tags_a_person_is_no_sentences_subject",
    ),
    pytest.param(
        "zh",
        "南方大学教授卡洛斯出席论坛并发表演讲。\n\n这位未来学家坦言：“我的预测远远不及实际取得的成就。”",
        ["卡洛斯"],
        id="zh_zhe_wei_and_a_noun_describing_a_person_is_the_one_the_text_is_about",
    ),
    pytest.param(
        "en",
        'Freedonian spokesperson Lars Lund on June 17 said in his briefing, "The bloc has grown in appeal."',
        ["Lars Lund"],
        id="en_a_date_between_the_subject_and_its_verb_is_skipped",
    ),
    pytest.param(
        "en",
        ("The President of the Council, Ann Berg, called the meeting a “political success”; while the president "
         "of the Commission, Lars Lund, said that “it has been an excellent summit, like a new beginning”."),
        ["Lars Lund"],
        id="en_a_clause_before_a_semicolon_holds_no_subject_of_the_verb_after_it",
    ),
    pytest.param(
        "ru",
        ("Саммит завершился.\n\n«Саммит постановляет приостановить членство страны», — цитирует РИА итоговое "
         "заявление.\n\nГенеральный секретарь Лиги Ирина Петрова прокомментировала решение.\n\n"
         "«Не на таких принципах должен строиться порядок», - цитирует РИА Новости главу Лиги."),
        ["итоговое заявление", "Ирина Петрова"],
        id="ru_whom_an_outlet_quotes_in_the_accusative_said_it_and_the_head_of_a_body_is_its_titled_head",
    ),
    pytest.param(
        "zh",
        "新德里经济研究院 (NIER) 资深研究员卡洛斯·门德斯 (Carlos Mendes) 说:“我们谈论的是一些非常重要的经济体。”",
        ["卡洛斯·门德斯"],
        id="zh_glosses_in_brackets_are_no_part_of_the_titled_phrase_between_two_names",
    ),
    pytest.param(
        "en",
        ("Freedonian President Ann Berg, in turn, focused on the pandemic. The theme came back in Berg’s speech: "
         "“It is a matter of great concern that the world has not upheld solidarity.”"),
        ["Ann Berg"],
        id="en_a_named_persons_speech_before_a_colon_gives_the_words_after_it",
    ),
]


def test_russian_a_name_natasha_found_once_is_a_name_wherever_written_the_same_way():
    from briefgen.languages.ru_natasha import Token, _same_name_again

    def token(start, text, person=None):
        return Token(start, start + len(text), text, text.lower(), "PROPN", "Nom", person)

    tokens = [token(0, "Карлос"), token(7, "Мендоса"), token(15, ","), token(40, "Президент"),
              token(50, "Карлос", 0), token(57, "Мендоса", 0), token(70, "Мендоса"), token(80, "«"),
              token(81, "Карлос"), token(88, "Мендоса")]
    written = ["Карлос Мендоса"]
    found = _same_name_again(tokens, written, [(80, 100)])
    assert [t.person for t in found] == [1, 1, None, None, 0, 0, None, None, None, None]
    assert written == ["Карлос Мендоса", "Карлос Мендоса"]


@pytest.mark.parametrize(("lang", "text", "expected"), SPEAKER_CASES)
def test_speaker_of_each_quotation(catalog, lang, text, expected):
    assert _speakers(text, catalog.people, lang) == expected


def test_a_chinese_name_before_an_agency_or_a_bodys_latin_name_in_brackets_is_no_person():
    dateline = "8月21日拉合尔(路透社)- 外交秘书卡洛斯表示"
    assert _place_follows(dateline, dateline.index("(")) and not _place_follows(dateline, dateline.index("表示"))
    body = "南方项目（Southern Research Project）网站主编卡洛斯（Carlos Mendes）指出"
    assert _place_follows(body, body.index("（")) and not _place_follows(body, body.rindex("（"))


def test_russian_words_said_to_be_in_a_document_or_decision_are_the_documents(catalog):
    text = ("Лидеры стран приняли заявление по Украине.\n\n"
            "«Подтверждаем нашу поддержку Украине столько, сколько потребуется», — говорится в документе.\n\n"
            "«Конференция принимает к сведению договоренность», — говорится в итоговом решении саммита.")
    found = _quotes(text, catalog.people, "ru")
    assert [kind for _, _, kind in found] == ["document", "document"]
    assert "решение" in found[1][1]
