"""text.py: sentence splitting and tokenizing with no downloaded data."""

from __future__ import annotations

from briefgen.text import quotation_spans, split_sentences, words


def _split(text):
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_initials_and_decimals_do_not_end_sentences():
    text = ("Mr. Smith met J. R. Tolkien in Jan. 2023 in the U.S. capital. Trade hit $190.3 billion. "
            "The U.S. The end.")
    assert _split(text) == ["Mr. Smith met J. R. Tolkien in Jan. 2023 in the U.S. capital.",
                            "Trade hit $190.3 billion.", "The U.S.", "The end."]


def test_a_quotation_of_several_sentences_stays_in_one_sentence():
    text = ("The key takeaway: “There are no changes on the SMO plan. The main tasks are being implemented.” "
            "On peace prospects, it is Ukraine that “is not ready to talk to Russia.”")
    assert _split(text) == ["The key takeaway: “There are no changes on the SMO plan. The main tasks are being "
                            "implemented.”", "On peace prospects, it is Ukraine that “is not ready to talk to Russia.”"]


def test_russian_chinese_and_datelines():
    assert _split("Путин заявил, что т.е. всё хорошо. Сказал г. Иванов.") == [
        "Путин заявил, что т.е. всё хорошо.", "Сказал г. Иванов."]
    assert _split("上海合作组织峰会在撒马尔罕举行。习近平出席了会议。") == ["上海合作组织峰会在撒马尔罕举行。", "习近平出席了会议。"]
    assert _split("BEIJING, June 1. /TASS/. The experience of Russia matters.") == [
        "BEIJING, June 1. /TASS/.", "The experience of Russia matters."]


def test_a_half_width_question_or_exclamation_mark_in_chinese_ends_the_sentence():
    assert _split("有人问他何时结束?随后，他答道好!我们走。") == ["有人问他何时结束?", "随后，他答道好!", "我们走。"]
    assert _split("版本2.0?是的") == ["版本2.0?", "是的"]


def test_quotation_spans_of_every_kind():
    text = 'He said “one,” then «два» and "three" and an unclosed "four'
    spans = [(text[s.start:s.end], s.closed) for s in quotation_spans(text)]
    assert spans == [("“one,”", True), ("«два»", True), ('"three"', True), ('"four', False)]


def test_words_need_no_tokenizer_data():
    assert words("Russia-China trade rose to $190.3 billion, it’s said") == [
        "Russia-China", "trade", "rose", "to", "billion", "it’s", "said"]
    assert words("上海合作") == ["上海", "海合", "合作"]


def test_quotation_marks_nest():
    from briefgen.text import quotation_spans

    def spans(text):
        return [text[span.start:span.end] for span in quotation_spans(text)]

    assert spans("«А «Б» В», — сказал он.") == ["«А «Б» В»"]
    assert spans('"Results are brilliant. "Isolation" is over," she wrote.') == [
        '"Results are brilliant. "Isolation" is over,"']
    assert spans('He said "a" and "b".') == ['"a"', '"b"']


def test_mixed_straight_and_curly_double_quotes_pair_in_order():
    text = ('The chair called for "sanctions on spoilers.” She spoke on. The envoy said the region is a '
            '"theater of tension." He added: “We seek an end to the transition." Later “Back then, I said so,” he recalled.')
    spans = [text[s.start:s.end] for s in quotation_spans(text)]
    assert spans == ['"sanctions on spoilers.”', '"theater of tension."', '“We seek an end to the transition."',
                     "“Back then, I said so,”"]


def test_low_opening_marks_close_high_either_way():
    # German „…“; Polish, Hungarian and Romanian „…” (also in English texts from their outlets)
    text = "Sie sagte „ja“. She called for „closer ties”, and to „double the fund”. „Ende"
    spans = [(text[s.start:s.end], s.closed) for s in quotation_spans(text)]
    assert spans == [("„ja“", True), ("„closer ties”", True), ("„double the fund”", True), ("„Ende", False)]


def test_straight_single_quotes_quote_but_apostrophes_do_not():
    def spans(text):
        return [text[span.start:span.end] for span in quotation_spans(text)]

    assert spans("'Peace costs less than war,' Ana Ruiz said of the group's 'serious concerns.'") == [
        "'Peace costs less than war,'", "'serious concerns.'"]
    assert spans("The leaders' summit of the '90s was Ruiz's idea.") == []
    assert spans('"She said \'no\' twice," he wrote.') == ['"She said \'no\' twice,"']
    assert spans("'We don't know yet,' she said.") == ["'We don't know yet,'"]
