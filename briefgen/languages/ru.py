"""Russian: natasha finds the people (NER) and the words' lemmas and cases (morphology).

Tag forms: «…», — заявил X / «…», — X сказал / X заявил: «…» / X подчеркнул, что «…» /
по словам X (X in the genitive) / по его словам / как отметил X / говорится в декларации /
«…». Об этом заявил X / a paragraph ending in a colon, or opening a speech, before the quote.
X is a name (Путина → Vladimir Putin through the catalog), a pronoun, a role phrase
(российский лидер, глава МИД России, глава государства) or an organisation (пресс-служба
Кремля, МИД).  Names are compared by lemma with ё folded to е, so inflected forms and the two
spellings of Мирзиёев all find the catalog's person.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from briefgen.catalog import Person
from briefgen.languages.base import Attribution, Site, fold_name
from briefgen.languages.ru_natasha import Token, nominative, read_tokens
from briefgen.model import Unit
from briefgen.speakers import (AGENT_HEADS, PRINCIPAL_HEADS, PRONOUN_GENDER, Cast, Entity, cut_end,
                               resolve_pronoun, resolve_role_parts, spelled_otherwise)
from briefgen.text import QuotationSpan, within

SPEECH_LEMMAS = frozenset("""сказать заявить отметить подчеркнуть добавить сообщить указать заметить пояснить
    признать говорить считать рассказать напомнить призвать предупредить констатировать резюмировать уточнить
    написать ответить объяснить высказаться заверить полагать продолжить акцентировать заключить процитировать
    цитировать подытожить выразить посетовать пообещать обещать отмечать подчёркивать подчеркивать заявлять
    сообщать указывать добавлять рассказывать признаваться признаться поделиться уверить убеждать говориться
    отмечаться указываться сказано указано подчёркиваться подчеркиваться подтверждаться объявить высказать
    передать передавать поблагодарить благодарить
    утверждать настаивать отреагировать прокомментировать комментировать пояснять отвечать назвать называть
    сформулировать обратить предложить предлагать спросить спрашивать поинтересоваться подтвердить
    подтверждать объяснять напоминать призывать выразиться предупреждать уточнять писать заверять признавать
    обвинить обвинять
    подытоживать заключать продолжать высказываться проинформировать информировать пошутить шутить возразить
    возражать парировать выражать сетовать пожаловаться жаловаться осудить осуждать раскритиковать критиковать
    замечать пригрозить грозить предостеречь предостерегать рассуждать констатировать резюмировать
    приводить привести произнести произносить""".split())
# A speech opens with these: the quotation after them is the subject's.
OPENING_LEMMAS = frozenset("""открыть выступить обратиться начать приветствовать поприветствовать
    поблагодарить""".split())
# "говорится в декларации": the quotation is the document's (or the organisation's) words.
IMPERSONAL_WORDS = frozenset("""говорится отмечается указывается подчеркивается подчёркивается заявляется
    сообщается сказано указано отмечено подчеркнуто подчёркнуто заявлено говорилось отмечалось указывалось""".split())
GENERIC_DOCUMENTS = frozenset("сообщение заявление документ текст".split())  # whose? the office named before …
TEXT_WORDS = frozenset("документ текст".split())  # … or, for these, the document named before
REPORTED_CLAUSE_REACH = 25  # tokens read back from a name for the "сказал, что" it may stand in
CAPTION_WORDS = 14  # a caption naming who speaks: a name and a title, no sentence
HEADLINE_CAPTION_WORDS = 4  # "Президент Литвы:", "Генсек альянса Иван Петров:" opening a headline
# "приводит агентство заявление Петрова", "его комментарий звучал так": his
WORDS_LEMMAS = frozenset("слово заявление высказывание цитата комментарий".split())
QUOTING_LEMMAS = frozenset(("цитировать", "процитировать"))  # whom they quote is the speaker
BODY_HEADS = ("secretary-general", "chairman", "director-general")  # what "глава" of an organisation is titled
QUOTED_NAME_TOKENS = 6  # "цитируя слова председателя КНР Си Цзиньпина"
POSSESSIVES = frozenset(("его", "её", "ее"))  # "её слова", "по его словам"
VERBLESS_TAG_TOKENS = 8  # "— министр иностранных дел Латвии Карлис Озолс"
PART_LEMMAS = frozenset("пункт параграф раздел абзац".split())  # "в пункте 36 говорится"
COLLECTIVE_LEMMAS = frozenset("сторона участник лидер страна государство член".split())  # plural: the joint text speaks
ROLE_PHRASE_WORDS = 10  # a role phrase with its name, "председатель и нефтяной магнат … Султан Аль-Джабер"
CUT_TAG_WORDS = 2  # words after a tag's verb an excerpt's end may have cut ("— сказал замми", "— отметил пре")
ROLE_WORDS = 5  # a role phrase before what else the clause says: "глава МИД России", not "… в беседе с X"
DESCRIPTOR_WORDS = 8  # words before a name read for its title ("помощник Президента РФ по международным делам")
LOOKBACK = 600  # characters searched back for the office or document a phrase refers to
ROLE_TITLES = {  # lemma -> the catalog's (English) role head
    "президент": "president", "премьер-министр": "prime minister", "премьер": "premier", "канцлер": "chancellor",
    "председатель": "chairman", "министр": "minister", "глава": "head", "лидер": "leader", "король": "king",
    "монарх": "king", "королева": "queen", "принц": "prince", "принцесса": "princess",
    "пресс-секретарь": "spokesman", "представитель": "official", "официальный": "official", "помощник": "aide",
    "советник": "adviser", "посол": "ambassador", "генсек": "secretary-general", "генсекретарь": "secretary-general",
    "спикер": "spokesman", "дипломат": "diplomat", "вице-премьер": "deputy prime minister", "губернатор": "governor",
    "мэр": "mayor", "эмир": "emir", "шейх": "sheikh", "замглавы": "deputy", "замминистра": "deputy", "заместитель": "deputy",
    "политик": "politician", "секретарь": "secretary", "директор": "director", "руководитель": "head",
    "чиновник": "official", "чиновница": "official",
    "депутат": "lawmaker", "сенатор": "senator", "парламентарий": "lawmaker", "эксперт": "expert",
    "аналитик": "analyst", "политолог": "analyst", "профессор": "professor", "исследователь": "researcher",
    "редактор": "editor",  # a byline, "Главный редактор X", titles its name: X is no untitled leader
    "раис": "governor", "аким": "governor", "хоким": "governor",  # heads of regions and cities: no generic "head"
}
PRESS_LEMMAS = frozenset("газета издание агентство сми телеканал портал журнал статья сайт".split())
_LATIN = re.compile(r"[A-Za-z]")
GENERIC_OFFICES = frozenset({"ведомство", "пресс-служба"})  # whose? the office named before
HONORIFICS = frozenset("господин госпожа г-н г-жа".split())
GENERIC_HEADS = {"head", "leader", "official", "diplomat", "politician"}
INSERTED_OPENERS = frozenset("где который куда откуда".split())  # a relative clause set off by commas
SUBORDINATORS = frozenset("несмотря хотя когда если пока поскольку так после".split())  # open a subordinate clause
NAMING_LEMMAS = frozenset({"назвать", "называть"})
GOVERNMENT_LEMMAS = frozenset({"правительство", "кабмин", "кабинет"})
HEAD_OF_LEMMAS = frozenset({"глава", "руководитель"})  # always of something: "глава Росатома", never of a person
ORGANIZATION_LEMMAS = frozenset("""мид кремль пресс-служба служба министерство правительство ведомство администрация
    аппарат посольство минобороны минфин минэкономразвития госдеп госдепартамент офис совбез канцелярия
    секретариат""".split())
# an act signed, not words said: "в распоряжении президента" is the order's, not the president's own words
LEGAL_DOCUMENTS = frozenset("распоряжение указ постановление".split())
DOCUMENT_LEMMAS = frozenset("""декларация заявление коммюнике документ резолюция доклад договор соглашение
    меморандум сообщение communique решение обращение послание письмо""".split()) | LEGAL_DOCUMENTS
PRONOUNS = frozenset({"он", "она"})
CLAUSE_ENDS = frozenset({".", ";", ":", "—", "–", "«", "»", "!", "?"})
FOREIGN_MINISTRY = frozenset({"мид"})  # "глава МИД" = foreign minister
_COUNTRY_ADJECTIVES = {  # adjective lemma -> ISO code (babel names countries, not their adjectives)
    "российский": "RU", "китайский": "CN", "индийский": "IN", "бразильский": "BR", "южноафриканский": "ZA",
    "иранский": "IR", "египетский": "EG", "эфиопский": "ET", "эмиратский": "AE", "индонезийский": "ID",
    "казахстанский": "KZ", "узбекский": "UZ", "узбекистанский": "UZ", "таджикский": "TJ", "киргизский": "KG",
    "кыргызский": "KG", "белорусский": "BY", "пакистанский": "PK", "американский": "US", "турецкий": "TR",
    "французский": "FR", "германский": "DE", "немецкий": "DE", "британский": "GB", "японский": "JP",
    "украинский": "UA", "армянский": "AM", "азербайджанский": "AZ", "монгольский": "MN", "саудовский": "SA",
}
COUNTRY_ABBREVIATIONS = {"рф": "RU", "кнр": "CN", "юар": "ZA", "сша": "US", "оаэ": "AE", "фрг": "DE", "кндр": "KP",
                         # names in everyday use that CLDR does not give
                         "белоруссия": "BY", "киргизия": "KG", "молдавия": "MD", "туркмения": "TM",
                         "британия": "GB", "великобритания": "GB", "англия": "GB"}
_DASH = re.compile(r"^[\s\x00,.!?…]*[—–-]\s*")
_PO_SLOVAM = re.compile(r"(?i)(?:по\s+(?:(?P<pronoun>его|её|ее)\s+)?(?:словам|мнению|данным|оценке)|как\s+(?:сообщил|сообщила|отметил|отметила|заявил|заявила|сказал|сказала|подчеркнул|подчеркнула|пояснил|пояснила|написал|написала))[\s,]+(?P<rest>[^,:;.!?\x00]*)")
_DASH_TAG = re.compile(r"^[\s,\x00]*[—–-]+\s*(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|заметил|пояснил|"
                       r"написал|ответил|указал|резюмировал)")  # a quotation's own tag: «…», — заявила Захарова
_ABOUT_THIS = re.compile(r"^\s*(?:Об этом|Такое заявление|Так|Эти слова|Такую оценку)\b")


@dataclass
class _Analysis:
    tokens: list[Token]
    cast: Cast
    person_names: list[str] = field(default_factory=list)  # per PER span: the entity's name
    quoted: Sequence[tuple[int, int]] = ()  # the unit's quotation spans, in text order
    role_subjects: list[tuple[int, int]] = field(default_factory=list)  # (first, verb) token indexes, not yet read
    cut_at: int = -1  # where the text ends when an excerpt cut it inside a word (speakers.cut_end)

    starts: list[int] = field(init=False)  # each token's start, for bisecting a character range

    def __post_init__(self) -> None:
        self.quoted = sorted(self.quoted)
        self.starts = [token.start for token in self.tokens]

    def inside_quotation(self, position: int) -> bool:
        return within(position, self.quoted)

    def tokens_between(self, low: int, high: int) -> list[Token]:
        """The tokens in [low, high) of the unit, less those inside quotations."""
        first = bisect.bisect_left(self.starts, low)
        last = bisect.bisect_left(self.starts, high)
        return [t for t in self.tokens[first:last] if t.stop <= high and not self.inside_quotation(t.start)]


class Russian:
    code = "ru"

    def analyze(self, unit: Unit, people: Sequence[Person], quoted: Sequence[tuple[int, int]]) -> _Analysis:
        """natasha over the paragraphs that matter: the lead (full names, titles) and each quotation's
        paragraph with its neighbours (tags before and after it); the rest of a long text costs nothing."""
        tokens, written = read_tokens(unit, quoted)
        tokens = [_as_written_title(token) for token in tokens]
        cast = Cast([], people, quoted=sorted(quoted))
        names = []
        by_span: dict[int, list[Token]] = {}
        for token in tokens:
            if token.person is not None:
                by_span.setdefault(token.person, []).append(token)
        index_of = {token.start: index for index, token in enumerate(tokens)}
        cut_at = cut_end(unit.text)  # "— заявил премьер-министр Малайз"
        not_people = {index for index, span_tokens in by_span.items()
                      if _no_name(span_tokens) or _headed_body(tokens, index_of[span_tokens[0].start], span_tokens)
                      or len(span_tokens) == 1 and span_tokens[0].stop == cut_at}
        tokens = [replace(t, person=None) if t.person in not_people else t for t in tokens]
        for index, normal in enumerate(written):
            span_tokens = [tokens[index_of[t.start]] for t in by_span.get(index, ())] if index not in not_people else []
            if not span_tokens:
                names.append(normal)  # a title natasha took for a name: no token points here
                continue
            entity = _entity_for(span_tokens, normal, cast, people)
            entity.positions.append(span_tokens[0].start)
            first = index_of[span_tokens[0].start]
            nominative = _nominative_name(tokens, first)
            if nominative and not (first and tokens[first - 1].pos == "ADP") and not _in_reported_clause(tokens, first) \
                    and not _in_link_line(unit, span_tokens[0].start):
                entity.subject_positions.add(span_tokens[0].start)  # a name in the nominative is a subject
            _note_gender(entity, span_tokens, _verb_gender(tokens, first, first + len(span_tokens)) if nominative else None)
            descriptor, countries = _descriptor_before(tokens, first)
            if descriptor:
                entity.descriptors.append(descriptor)
                entity.countries |= countries
            names.append(entity.name)
        analysis = _Analysis(tokens, cast, names, quoted, cut_at=cut_at)
        analysis.role_subjects = _role_subjects(analysis)
        cast.pronoun_subjects = [token.start for token in tokens if token.lemma in PRONOUNS and token.case == "Nom"
                                 and not analysis.inside_quotation(token.start)]
        return analysis

    def split_spans(self, paragraph: str, spans: list[QuotationSpan]) -> list[QuotationSpan]:
        """«Статус обязывает! — подчеркнул он. — Присвоение …»: a tag inside the marks splits the quotation."""
        result = []
        for span in spans:
            inner_start, inner_end = span.inner
            tag = _INNER_TAG.search(paragraph, inner_start, inner_end)
            if tag is None or not any(_is_speech_word(word) for word in tag.group("tag").split()):
                result.append(span)
                continue
            result.append(QuotationSpan(span.start, tag.start() + 1, True))
            result.append(QuotationSpan(tag.end() - 1, span.end, span.closed))
        return result

    def is_quotation(self, site: Site) -> bool:
        inner = site.inner.strip()
        words = re.findall(r"[\w’'-]+", inner)
        if not words or _group_or_format_name(inner, words):
            return False
        if len(words) <= 3 and not re.search(r"[.!?…]$", inner):
            # «Газпром», «Миротворец», «Россия — исламский мир»: names; a short phrase is speech only with a tag,
            # and a capitalised one only with its own dash tag («Зафиксирован самострел», — заявила она)
            dash_tag = _DASH_TAG.match(site.masked[site.span.end:site.sentence[1]])
            introduced = _introduced(site.masked[site.sentence[0]:site.span.start])
            if not dash_tag and not introduced and (words[0][0].isupper()
                                 or not _has_speech_verb(site.masked[site.sentence[0]:site.sentence[1]])):
                return False
        before = site.text[max(site.sentence[0], site.span.start - 40):site.span.start].lower()
        return not re.search(r"(?:под\s+(?:девизом|названием|лозунгом)|девиз|лозунг|тем[аеыу]|формат[аеу]?|"
                             r"форум[аеу]?|газет[аеыу]|издани[еяю]|агентств[аеу]|телеканал[аеу]?|компани[ияю]|"
                             r"проект[аеу]?|программ[аеыу]|операци[ияю]|сайт[аеу]?|статус[аеу]?)\s*$", before)

    def attribute(self, site: Site, analysis: _Analysis) -> Attribution | None:
        _settle_role_subjects(analysis, site.offset + site.span.start, site.year)
        clause = _Clause(site, analysis)
        for attempt in (clause.tag_after, clause.verb_before, clause.colon_intro, clause.according_to,
                        clause.next_sentence, clause.paragraph_before):
            found = attempt()
            if found:
                analysis.cast.mark_speaker(found.speaker, found.kind, site.offset + site.span.start, found.cue)
                return found
        return None

    def signature(self, unit: Unit, paragraph: int, analysis: _Analysis) -> Attribution | None:
        """'Иван Петров, министр иностранных дел' or '— Иван Петров' under a speech: a name first, no verb."""
        low = unit.paragraph_offsets[paragraph]
        tokens = analysis.tokens_between(low, low + len(unit.paragraphs[paragraph].text))
        words = [token for token in tokens if token.pos != "PUNCT"]
        if not words or words[0].person is None or len(words) > CAPTION_WORDS \
                or len({token.person for token in words} - {None}) > 1 \
                or any(token.pos in ("VERB", "AUX") for token in words):
            return None
        return Attribution(analysis.person_names[words[0].person], "person",
                           unit.text[tokens[0].start:tokens[-1].stop])


_RELAYS = re.compile(r"(?i)\b(?:переда[её]т|пишет|сообщает|цитирует)\b")  # what an outlet does with others' words
# dashes as typed: em, en, minus, or a hyphen between spaces
_INTRODUCED = re.compile(r"(?i)(?:(?P<verb>[а-яё]+)\s*:|по\s+(?:словам|мнению)\s+[^,«»]{1,40},)$")
_SOURCE_NOTE = re.compile(r"(?:Об этом|Как) (?:сообщает|сообщается|сообщил|сообщили|передает|пишет|говорится)")
SOURCE_NOTE_WORDS = 6  # "Об этом сообщает News IO": a paragraph that only names the source
INNER_TAG_CHARS = 200  # "- сказал сенатор Иван Петров, бывший дипломат, который … -": a tag may run on
_INNER_TAG = re.compile(r"(?<=[,.!?…])\s+[—–−-]\s+(?P<tag>[^—–−«»\"]{3,%d}?)[.,:]\s+[—–−-]\s+" % INNER_TAG_CHARS)


# «большой семерки», «двадцатки», «группы двадцати»: a group called by its number of members
_NUMBERED_GROUP = re.compile(r"(?i)(?:двойк|тройк|четв[её]рк|пят[её]рк|шест[её]рк|сем[её]рк|восьм[её]рк|девятк|десятк|"
                             r"двадцатк)\w*$|^групп\w*\s+(?:семи|восьми|двадцати)$")
_FORMAT_PART = re.compile(r"[A-ZА-ЯЁ][\w’'-]*(?:\s+[\w’'-]+){0,2}")  # "Евросоюз", "Латинская Америка"


def _group_or_format_name(inner: str, words: list[str]) -> bool:
    """«большой семерки», «двадцатки»: a group's nickname; «Евросоюз – Латинская Америка»:
    the name of a summit's format (two capitalised names joined by a dash, no verb between them)."""
    if len(words) <= 3 and _NUMBERED_GROUP.search(inner.strip(" .,")):
        return True
    parts = re.split(r"\s+[—–-]\s+", inner.strip())
    return len(parts) == 2 and len(words) <= 6 and all(_FORMAT_PART.fullmatch(part) for part in parts)


def _introduced(before: str) -> bool:
    """'Лавров подчеркнул: «Никакой изоляции нет»', 'По мнению Лаврова, «…»': a speech verb before a colon,
    or 'по словам X,', introduces even a short capitalised quotation ('назвал: «…»' introduces a name)."""
    match = _INTRODUCED.search(before.rstrip(" \x00"))
    return match is not None and (match.group("verb") is None or _is_speech_word(match.group("verb")))


def _is_speech_word(word: str) -> bool:
    """A written form of a speech verb, read without natasha: its past tense or a present one."""
    return _SPEECH_WORD.match(word) is not None


def _past_stem(lemma: str) -> str:
    """'объявить' -> 'объявил', 'произнести' -> 'произнес', 'признаться' -> 'призналс'."""
    if lemma.endswith("ться"):
        return lemma[:-4] + "лс"
    if lemma.endswith("сти"):
        return lemma[:-3] + "с"
    return lemma[:-2] + "л" if lemma.endswith("ть") else lemma


_SPEECH_WORD = re.compile(r"(?i)(?:" + "|".join(sorted({_past_stem(lemma) for lemma in SPEECH_LEMMAS - NAMING_LEMMAS},
                                                        key=len, reverse=True))
                          + r"|говорит|находит|считает)")  # ("назвал: «…»" introduces a name, not speech)


def _has_speech_verb(text: str) -> bool:
    return re.search(r"(?i)\b(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|заметил|пояснил|говорится)", text) is not None


class _Clause:
    """The tokens around one quotation, and the tag forms tried on them."""

    def __init__(self, site: Site, analysis: _Analysis):
        self.site = site
        self.analysis = analysis
        base = site.offset
        self.sentence = (base + site.sentence[0], base + site.sentence[1])
        self.quote = (base + site.span.start, base + site.span.end)
        self.tokens = analysis.tokens

    def _range(self, low: int, high: int) -> list[Token]:
        return self.analysis.tokens_between(low, high)

    def _quoted(self, position: int) -> bool:
        return self.analysis.inside_quotation(position)

    def tag_after(self) -> Attribution | None:
        """«…», — заявил X / «…», — X сказал / «…», — говорится в заявлении."""
        after = self.site.after
        dash = _DASH.match(after)
        if dash is None:
            tokens = self._range(self.quote[1], self.sentence[1])[:6]
            if not tokens or tokens[0].text not in {",", "."} and not _is_speech(tokens[0]):
                return None  # without a dash only «…», сказал X
            if tokens[0].text in {",", "."} and not any(_is_speech(token) for token in tokens[1:3]):
                return None  # «…», а шведский премьер призвал …: a new clause, somebody else's
        start = self.quote[1] + (dash.end() if dash else 0)
        following = self._range(start, self.sentence[1])
        if dash and following and following[0].converb:  # "— открывая заседание, сказал X": past the participle
            comma = next((index for index, token in enumerate(following) if token.text == ","), None)
            following = following[comma + 1:] if comma is not None else following
        tokens = self._until_clause_end(following)
        quoting = self._quoting_after(following[len(tokens):])
        if quoting:
            return quoting
        found = self._from_clause(tokens, "after", opening=dash is not None)  # "— поприветствовал делегацию X"
        if found is None or found.kind != "person":
            found = self._quoted_object(tokens) or found
        if found is None and dash and tokens and not any(token.pos in ("VERB", "AUX") for token in tokens):
            named = self._noun_phrase(tokens[:VERBLESS_TAG_TOKENS], self.site.unit.text[tokens[0].start:tokens[-1].stop],
                                      tokens[0].start)  # "«…», — генеральный секретарь X.": a tag with no verb
            found = named if named and named.kind == "person" else None
        if found is None and dash and any(_is_speech(token) for token in tokens[:4]):
            if _cut_after_verb(tokens, self.analysis.cut_at):
                return None  # "— заявил" where the excerpt ends: whom the text names before may tell
            # "— заявил местный таксист": a tag, but nobody we can name; not a continuation either
            return Attribution(None, "unknown", " ".join(token.text for token in tokens[:5]))
        if found and found.kind == "organization" and _RELAYS.search(found.cue):
            said = self.verb_before()  # 'он сказал, что «…», передает Spiegel': his words, the paper relays them
            return said if said and said.kind == "person" else found
        return found

    def _owner_of_words(self, tokens: list[Token], words: int, cue: str, position: int) -> Attribution | None:
        """Whose words tokens[words] ("слова", "заявление") are: a possessive before it, else the name after it."""
        owner = tokens[words - 1] if words else None
        if owner is not None and owner.text.lower() in POSSESSIVES:
            return self._pronoun(owner.start, cue)
        return self._noun_phrase(tokens[words + 1:], cue, position, any_case=True)

    def _quoting_after(self, rest: list[Token]) -> Attribution | None:
        """«…», — сообщили в министерстве, цитируя (слова) X: the one quoted said it, not the office."""
        if len(rest) < 3 or rest[0].text != "," or rest[1].lemma not in QUOTING_LEMMAS:
            return None
        quoted = rest[3:] if rest[2].lemma in WORDS_LEMMAS else rest[2:]
        cue = self.site.unit.text[rest[1].start:quoted[0].stop] if quoted else rest[1].text
        found = self._noun_phrase(quoted[:QUOTED_NAME_TOKENS], cue, rest[1].start, any_case=True) if quoted else None
        return found if found and found.kind == "person" else None

    def _quoted_object(self, tokens: list[Token]) -> Attribution | None:
        """«…», — цитирует РИА Новости главу организации: whom (or what) the outlet quotes, in the accusative."""
        if not tokens or tokens[0].lemma not in QUOTING_LEMMAS:
            return None
        quoted = next((index for index, token in enumerate(tokens[1:], 1) if token.case == "Acc"
                       and token.pos in ("NOUN", "PROPN", "ADJ")), None)
        if quoted is None or tokens[quoted].lemma in WORDS_LEMMAS:
            return None  # ("цитирует его слова газета": whose words, the other tag forms tell)
        cue = self.site.unit.text[tokens[0].start:tokens[-1].stop]
        found = self._noun_phrase(tokens[quoted:quoted + QUOTED_NAME_TOKENS], cue, tokens[0].start, any_case=True)
        return found if found and found.kind in ("person", "document") else Attribution(None, "unknown", cue)

    def verb_before(self) -> Attribution | None:
        """X заявил: «…» / X подчеркнул, что «…» / заявил Путин: «…»."""
        tokens = self._range(self.sentence[0], self.quote[0])
        verbs = [index for index, token in enumerate(tokens) if _is_speech(token) and not token.future]
        for index in reversed(verbs):  # ("Путин расскажет «о …»": words a source gives before they are said)
            clause = _clause_around(tokens, index)
            found = self._from_clause(clause, "before", verb_token=tokens[index])
            if found:
                return found
            if tokens[index].converb:
                return self._main_clause_subject(tokens[index])
        return None

    def colon_intro(self) -> Attribution | None:
        """'Си Цзиньпин … обозначил основные векторы …: «…»': a colon right before the quotation hands it to
        the sentence's subject, whatever its verb."""
        if not self.site.before.rstrip(" \x00").endswith(":"):
            return self._headline_caption()
        tokens = _main_clause(self._range(self.sentence[0], self.quote[0]))
        verb = _first_verb(tokens)
        if verb is None:
            return self._caption(tokens)
        if not verb:
            return None  # the verb opens the sentence: no subject before it
        cue = self.site.unit.text[tokens[verb].start:tokens[min(verb + 3, len(tokens) - 1)].stop] + " …:"
        if all(token.pos in ("CCONJ", "ADV", "PART", "PUNCT") for token in tokens[:verb]) \
                and tokens[verb].gender in ("Masc", "Fem"):  # "И уточнил: «…»": the one who spoke last goes on
            entity = resolve_pronoun(self.analysis.cast, tokens[verb].start, tokens[verb].gender)
            return Attribution(entity.name, "person", cue) if entity else None
        return self._noun_phrase(tokens[:verb], cue, tokens[verb].start, backwards=True)

    def _headline_caption(self) -> Attribution | None:
        """'Ларсен: Норвегия не находится «ни в состоянии мира…»', 'Президент Литвы: Союз «…»': a headline
        opened by who speaks and a colon, the quotation later in it."""
        tokens = self._range(self.sentence[0], self.quote[0])
        opening = tokens[:HEADLINE_CAPTION_WORDS + 1]
        colon = next((index for index, token in enumerate(opening) if token.text == ":"), None)
        if not colon or any(token.pos in ("VERB", "AUX") for token in tokens[:colon]):
            return None
        cue = self.site.unit.text[tokens[0].start:tokens[colon].stop]
        if all(token.pos == "PROPN" for token in tokens[:colon]):  # a surname natasha took for no name
            named = self.analysis.cast.by_name(" ".join(token.text for token in tokens[:colon]))
            if named:
                return Attribution(named.name, "person", cue)
        found = self._caption(tokens[:colon]) or self._noun_phrase(tokens[:colon], cue, tokens[0].start)
        return found if found and found.kind == "person" else None

    def _caption(self, tokens: list[Token]) -> Attribution | None:
        """'Иван Петров, профессор университета: «…»', as television sites caption who speaks: no verb
        before the colon, a person's name and maybe their title; or the document named before."""
        words = [token for token in tokens if token.pos != "PUNCT"]
        people = {token.person for token in words if token.person is not None}
        if not words or len(words) > CAPTION_WORDS or len(people) > 1:
            return None
        cue = self.site.unit.text[tokens[0].start:tokens[-1].stop]
        if people:
            return Attribution(self.analysis.person_names[people.pop()], "person", cue)
        if any(token.lemma in TEXT_WORDS for token in words):  # "Прямая речь из документа:": the one named before
            named = self._document_before(tokens[0].start)
            return Attribution(named.speaker, "document", cue) if named else None
        if any(token.lemma == "речь" for token in words):  # "Прямая речь:": of the one the story is about, like "он"
            return self._pronoun(tokens[0].start, cue)
        return None

    def _in_document(self, tokens: list[Token], cue: str, position: int) -> Attribution | None:
        """'В коммюнике участники саммита подтвердили «…»', 'В нём также подтверждаются «…»': with no person
        as the subject, the document the clause is in speaks (for "в нём", the one named before)."""
        clause_start = max((index + 1 for index, token in enumerate(tokens) if token.text in CLAUSE_ENDS), default=0)
        clause = tokens[clause_start:]
        for index, token in enumerate(clause[:-1]):
            following = clause[index + 1]
            if token.lemma != "в" or following.case != "Loc":
                continue
            if following.text.lower() in ("нём", "нем", "ней"):  # (natasha's lemma for "нём" may be "нем")
                named = self._document_before(position) or self._document_before(position, generic=True)
                return Attribution(named.speaker, "document", cue) if named else None
            start = index + 1
            head = next((at for at in range(start, min(start + 3, len(clause))) if clause[at].pos != "ADJ"), None)
            if head is not None and clause[head].lemma in DOCUMENT_LEMMAS - GENERIC_DOCUMENTS:
                return Attribution(_nominative_phrase(clause[start:head + 3]), "document", cue)
        return None

    def _main_clause_subject(self, converb: Token) -> Attribution | None:
        """'Предупредив, что «…», генеральный секретарь сказал, …': the subject of an adverbial participle
        is the main clause's, after the quotation: the nominative before its first verb."""
        tokens = self._range(self.quote[1], self.sentence[1])
        while tokens and tokens[0].text in {",", "—", "–"}:
            tokens = tokens[1:]
        verb = _first_verb(tokens)
        if verb is None or any(token.text in {",", ";", ":", "."} for token in tokens[:verb]):
            return None
        cue = self.site.unit.text[converb.start:converb.stop] + " … " + " ".join(t.text for t in tokens[:verb + 1])
        return self._noun_phrase(tokens[:verb], cue, tokens[verb].start, backwards=True)

    def according_to(self) -> Attribution | None:
        """по словам Путина / по его словам / как отметил глава МИД."""
        low, high = self.sentence
        sentence = self.site.masked[self.site.sentence[0]:self.site.sentence[1]]
        match = _PO_SLOVAM.search(sentence)
        if not match:
            return None
        cue = match.group(0).strip()
        if match.group("pronoun"):  # "По ее словам, представители …": the cue ends at the comma
            cue = sentence[match.start():match.start("rest")].strip(" ,")
            return self._pronoun(low + match.start(), cue)
        rest_start = low + match.start("rest")
        tokens = self._range(rest_start, rest_start + len(match.group("rest")))
        return self._noun_phrase(tokens, cue, low + match.start(), any_case=True)

    def next_sentence(self) -> Attribution | None:
        """«…». Об этом заявил Путин."""
        paragraph = self.site.text
        rest = paragraph[self.site.sentence[1]:]
        if not _ABOUT_THIS.match(rest) or self.site.after.strip(" \x00.!?…,"):
            return None
        low = self.site.offset + self.site.sentence[1]
        end = rest.find(".", 1)
        tokens = self._range(low, low + (end if end > 0 else len(rest)))
        verbs = [index for index, token in enumerate(tokens) if _is_speech(token)]
        return self._from_clause(tokens, "after") if verbs else None

    def paragraph_before(self) -> Attribution | None:
        """A quotation opening its sentence with no tag: the sentence before introduces it, when it ends in
        a colon or someone in it speaks or opens a meeting ("Саммит открыл глава Таджикистана Эмомали Рахмон:",
        "…констатировал Сергей Лавров. «В тексте декларации…»")."""
        site = self.site
        if site.before.strip(" \x00"):
            return None
        if site.sentence[0] > 0:
            low, high = site.offset, site.offset + site.sentence[0]
        elif site.paragraph > 0:
            low = site.unit.paragraph_offsets[site.paragraph - 1]
            high = low + len(site.unit.paragraphs[site.paragraph - 1].text.rstrip())
        else:
            return None
        previous = site.unit.text[low:high].rstrip()
        if site.sentence[0] == 0 and site.paragraph > 1 and _SOURCE_NOTE.match(previous) \
                and len(previous.split()) <= SOURCE_NOTE_WORDS:  # "Об этом сообщает X" alone: the paragraph before
            low = site.unit.paragraph_offsets[site.paragraph - 2]
            high = low + len(site.unit.paragraphs[site.paragraph - 2].text.rstrip())
            previous = site.unit.text[low:high].rstrip()
        tokens = self._range(low, high)  # the words of a quotation in it are nobody’s tag
        stops = [index for index, token in enumerate(tokens[:-1]) if token.text in {".", "!", "?"}]
        last = tokens[stops[-1] + 1:] if stops else tokens
        if last and len(stops) >= 2 and _SOURCE_NOTE.match(previous[last[0].start - low:]):
            last = tokens[stops[-2] + 1:stops[-1] + 1]  # "… Он отметил, что …. Об этом сообщается на сайте Кремля."
        opening = [index for index, token in enumerate(last) if token.lemma in OPENING_LEMMAS or _is_speech(token)]
        if not last:
            return None
        if not previous.endswith(":") and not opening:
            return self._acting_subject(last) if not site.after.strip(" \x00.,;!?…") else None
        if previous.endswith(":") and _first_verb(last) is None:
            return self._caption(last)
        # after a colon the clause just before it introduces the speech; otherwise the sentence's main
        # clause (its first verb) does: "Он напомнил: A заявила …, а B призвал …" is his
        words = next((index for index, token in enumerate(last) if token.lemma in WORDS_LEMMAS), None)
        owner = self._owner_of_words(last, words, " ".join(t.text for t in last[words:words + 3]), last[words].start) \
            if words is not None else None
        if owner and owner.kind == "person":  # "Это следует из слов Мишеля, сказанных …": Michel's words follow
            return owner
        order = reversed(opening) if previous.endswith(":") else opening
        for index in order or [len(last) - 1]:
            inverted = index > 0 and last[index - 1].text == ","  # "A предложила …, заявил B": B's words
            found = self._from_clause(_clause_around(last, index), "after" if inverted else "before", opening=True,
                                      verb_token=last[index])
            if found and found.kind == "person":
                return Attribution(found.speaker, found.kind, found.cue + (":" if previous.endswith(":") else ""))
        # "Президент США в начале речи коснулся темы войны:": whoever the sentence before the colon is about
        return self._acting_subject(last) if previous.endswith(":") else None

    def _acting_subject(self, sentence: list[Token]) -> Attribution | None:
        """'Зеленский выступает в ООН.' and then a quotation that is a paragraph of its own: the words of the
        one person the sentence names as the subject of its verb."""
        subjects = {token.person for token in sentence if token.person is not None and token.case in (None, "Nom")}
        verb = _first_verb(sentence)
        if not subjects and verb:  # "Президент довел до внимания, что …": the role opening the sentence
            start = next((index for index, token in enumerate(sentence[:verb]) if token.pos != "ADJ"), verb)
            head = sentence[start]
            other_subject = any(token.case == "Nom" and token.pos in ("NOUN", "PROPN")
                                for token in sentence[start + 1:verb])  # ("Президент США в начале речи коснулся")
            if head.lemma in ROLE_TITLES and head.case == "Nom" and not head.plural and not other_subject:
                found = self._role(sentence[:verb], "subject", head.start)
                return found if found and found.kind == "person" else None
        first = next((index for index, token in enumerate(sentence) if token.person in subjects), None)
        if len(subjects) != 1 or verb is None or first is None or first > verb \
                or any(token.person is not None and token.person not in subjects for token in sentence):
            return None  # nobody, or several people, or a name after the verb (its object)
        return Attribution(self.analysis.person_names[subjects.pop()], "person", "subject")

    @staticmethod
    def _until_clause_end(tokens: list[Token]) -> list[Token]:
        for index, token in enumerate(tokens):
            if token.text in {".", ";", "!", "?", "—", "–", "(", ":"} or token.text == "," and index > 1:
                return tokens[:index]
        return tokens

    def _from_clause(self, tokens: list[Token], side: str, opening: bool = False,
                     verb_token: Token | None = None) -> Attribution | None:
        """The speaker of a clause holding a speech verb (`verb_token`, else the first): its nominative
        subject, before or after the verb."""
        verbs = [index for index, token in enumerate(tokens)
                 if _is_speech(token) or opening and token.lemma in OPENING_LEMMAS]
        if not verbs:
            return None
        verb = next((index for index, token in enumerate(tokens) if token is verb_token), verbs[0])
        cue_tokens = tokens[max(0, verb - 3):verb + 4]
        cue = self.site.unit.text[cue_tokens[0].start:cue_tokens[-1].stop] if cue_tokens else tokens[verb].text
        if fold_name(tokens[verb].text) in IMPERSONAL_WORDS:  # "говорится в декларации", "в декларации указано"
            return self._source_near(tokens[verb + 1:], tokens[:verb][::-1], cue, tokens[verb].start)
        after_verb, before_verb = tokens[verb + 1:], tokens[:verb]
        # "— её слова приводит издание X", "— слова Пескова передает ТАСС" (the words before the verb);
        # "передает агентство слова пресс-секретаря Пескова", "цитирует его слова газета" (after it)
        words_before = _words_before_verb(before_verb)
        words_after = next((index for index, token in enumerate(after_verb) if token.lemma in WORDS_LEMMAS), None)
        for part, words in ((before_verb, words_before), (after_verb, words_after)):
            found = self._owner_of_words(part, words, cue, tokens[verb].start) if words is not None else None
            if found:
                return found
        position = tokens[verb].start
        if tokens[verb].lemma in QUOTING_LEMMAS:  # "процитировал лидера КНР посол": the one quoted spoke
            quoted = list(itertools.takewhile(
                lambda token: token.case != "Nom" or token.pos not in ("NOUN", "PROPN", "PRON"), after_verb))
            found = self._noun_phrase(quoted, cue, position, any_case=True)
            if found:
                return found
        attempts = ((after_verb, False), (before_verb, True))
        for part, backwards in (attempts if side == "after" else attempts[::-1]):
            found = self._noun_phrase(part, cue, position, backwards=backwards)
            if found:
                return found
        return self._office_in(before_verb, cue, position) or self._office_in(after_verb[:3], cue, position)

    def _office_in(self, tokens: list[Token], cue: str, position: int) -> Attribution | None:
        """"В Кремле сообщили", "— заявили в Кремле": an office named in a prepositional phrase speaks when
        no subject does; "сообщили в ведомстве" is the office named before."""
        for index, token in enumerate(tokens[:-1]):
            following = tokens[index + 1]
            if token.pos == "ADP" and following.lemma in ORGANIZATION_LEMMAS:
                phrase = _nominative_phrase(tokens[index + 1:index + 3])
                if phrase.lower() in GENERIC_OFFICES:
                    phrase = self._office_before(position)
                return Attribution(phrase, "organization", cue) if phrase else None
            if token.lemma == "в" and following.text[:1].isupper() and following.pos == "ADJ" \
                    and index + 1 < WORDS_AFTER_VERB:  # "— заявили в Белом доме": a seat of government speaks for it
                return Attribution(_nominative_phrase(tokens[index + 1:index + 3]), "organization", cue)
        return None

    def _source_near(self, after: list[Token], before: list[Token], cue: str, position: int) -> Attribution | None:
        """"говорится в сообщении пресс-службы" -> the press service; "в декларации указано" -> the
        declaration; a bare "в сообщении" -> the office the text named just before."""
        outlet = _outlet(after[:8], self.analysis.cut_at)
        if outlet:  # "говорится в статье газеты The New York Times"
            return Attribution(outlet, "organization", cue)
        for tokens in (after[:6], before[:6]):
            for index, token in enumerate(tokens):
                if token.lemma in ORGANIZATION_LEMMAS:
                    return Attribution(_nominative_phrase(tokens[index:index + 3]), "organization", cue)
        for tokens, forward in ((after[:6], True), (before[:6], False)):
            for index, token in enumerate(tokens):
                if token.lemma in PART_LEMMAS:  # "в пункте 36 говорится": a part of the document named before
                    named = self._document_before(position, reach=position)
                    return Attribution(named.speaker, "document", cue) if named else None
                if token.lemma not in DOCUMENT_LEMMAS:
                    continue
                owner = tokens[index + 1:index + 1 + ROLE_PHRASE_WORDS] if forward else []
                if owner and (owner[0].person is not None or owner[0].lemma in ROLE_TITLES) and owner[0].case == "Gen" \
                        and token.lemma not in LEGAL_DOCUMENTS:
                    named = self._noun_phrase(owner, cue, position, any_case=True)  # "в заявлении помощника": his
                    if named:
                        return named
                phrase = tokens[index:index + 3] if forward else tokens[max(0, index - 2):index + 1][::-1]
                if token.lemma in GENERIC_DOCUMENTS and len([t for t in phrase if t.pos != "PUNCT"]) == 1:
                    if token.lemma in TEXT_WORDS:  # "отмечается в документе": the declaration named before, else it
                        named = self._document_before(position, reach=position) or self._issuer_before(position)
                        return Attribution(named.speaker, named.kind, cue) if named \
                            else Attribution(token.lemma, "document", cue)
                    office = self._office_before(position)  # "говорится в сообщении": the office's
                    if office:
                        return Attribution(office, "organization", cue)
                start = index - 1 if forward and index and tokens[index - 1].pos == "ADJ" else index
                return Attribution(_nominative_phrase(tokens[start:index + 3] if forward else phrase), "document", cue)
        return self._in_document(before[::-1], cue, position)  # "В нём отмечается": the one named before

    def _office_before(self, position: int) -> str | None:
        """The last office (пресс-служба, МИД…) named in prose before a position, outside quotations."""
        index = self._last_before(position, ORGANIZATION_LEMMAS, in_prose=True)
        if index is None:
            return None
        while index and self.tokens[index - 1].lemma in ORGANIZATION_LEMMAS:
            index -= 1  # "в пресс-службе Кремля": the press service, whose office follows it
        return _nominative_phrase(self.tokens[index:index + 3])

    def _document_before(self, position: int, reach: int = LOOKBACK, generic: bool = False) -> Attribution | None:
        """'Стороны подтвердили «…»': the parties speak through the joint text named before.  (A `generic`
        one, "заявление", is named with whose it is: "совместное заявление европейских лидеров".)"""
        index = self._last_before(position, GENERIC_DOCUMENTS if generic else DOCUMENT_LEMMAS - GENERIC_DOCUMENTS,
                                  reach)
        if index is None:
            return None
        start = index - 1 if index and self.tokens[index - 1].pos == "ADJ" else index
        end = index + (3 if generic else 1)
        return Attribution(_nominative_phrase(self.tokens[start:end]), "document", "")

    def _issuer_before(self, position: int) -> Attribution | None:
        """'… говорится в специальном заявлении Лиги. «…», — отмечается в документе': whose statement it is."""
        index = self._last_before(position, GENERIC_DOCUMENTS - TEXT_WORDS)
        owner = self.tokens[index + 1] if index is not None and index + 1 < len(self.tokens) else None
        if owner is None or owner.case != "Gen" or not owner.text[:1].isupper() or owner.pos not in ("NOUN", "PROPN"):
            return None
        return Attribution(_nominative_phrase(self.tokens[index + 1:index + 4]), "organization", "")

    def _last_before(self, position: int, lemmas: frozenset[str], reach: int = LOOKBACK,
                     in_prose: bool = False) -> int | None:
        """Index of the last token with one of `lemmas` in the `reach` characters before a position (only in
        prose: not in a caption or a photo credit, "© Фото: Пресс-служба …")."""
        first = bisect.bisect_right(self.analysis.starts, position - reach)
        last = bisect.bisect_left(self.analysis.starts, position)
        found = [index for index in range(first, last)
                 if self.tokens[index].lemma in lemmas and not self._quoted(self.tokens[index].start)
                 and not (in_prose and _in_link_line(self.site.unit, self.tokens[index].start))]
        return found[-1] if found else None

    def _noun_phrase(self, tokens: list[Token], cue: str, position: int,
                     any_case: bool = False, backwards: bool = False) -> Attribution | None:
        """The speaker a phrase names: a person, a pronoun, a role, an organisation or a document.
        Read from the verb outwards: forwards after it ("заявил Путин"), backwards before it."""
        if backwards:
            return self._subject_before_verb(tokens, cue, position) or self._in_document(tokens, cue, position)
        outlet = _outlet(tokens, self.analysis.cut_at)
        if outlet:  # "пишет CNN", "сообщает СМИ Global Times"; "цитирует WSJ Трампа": the one quoted
            quoted_one = next((t for t in self._until_clause_end(tokens)[:OUTLET_QUOTES_TOKENS]
                               if t.person is not None), None)
            return Attribution(self.analysis.person_names[quoted_one.person], "person", cue) if quoted_one \
                else Attribution(outlet, "organization", cue)
        for index, token in enumerate(tokens):
            if token.pos == "ADP" or token.text in {",", ";", ":"}:
                break_here = token.text != "," or index > 0
                if token.pos == "ADP":
                    continue  # "в ходе встречи": a prepositional phrase is not the subject
                if break_here:
                    break
            if index and tokens[index - 1].pos == "ADP":
                continue
            if token.person is not None:  # (not "журналист спросил Ивана Петрова": whom the verb governs)
                name = self.analysis.person_names[token.person]
                return None if not any_case and _declined(tokens, index, name) else Attribution(name, "person", cue)
            if token.lemma in HONORIFICS:  # "сказал господин Ушаков": the name follows
                continue
            if not any_case and token.case not in (None, "Nom"):
                continue
            if token.lemma in PRONOUNS:
                return self._pronoun(token.start, cue)
            if token.lemma in ROLE_TITLES and not token.plural:  # "Лидеры БРИКС заявили": their joint text
                named = _person_in_phrase(tokens[index:])
                if named is not None:
                    name = self.analysis.person_names[named]
                    if ROLE_TITLES[token.lemma] in AGENT_HEADS and _principal(self.analysis.cast.by_name(name)):
                        return None  # "представитель Меркель": the chancellor's spokesman, whom the text does not name
                    return Attribution(name, "person", cue)
                return self._role(tokens[_adjectives_before(tokens, index):], cue, position)  # "белорусский лидер"
            if token.lemma in ORGANIZATION_LEMMAS:
                phrase = " ".join(t.text for t in tokens[index:index + 3] if t.pos in ("NOUN", "PROPN", "ADJ"))
                return Attribution(phrase, "organization", cue)
            if token.lemma in DOCUMENT_LEMMAS:
                return Attribution(" ".join(t.text for t in tokens[max(0, index - 1):index + 2]), "document", cue)
            if token.lemma in COLLECTIVE_LEMMAS:
                found = self._document_before(position)
                return Attribution(found.speaker, found.kind, cue) if found else None
            if token.pos in ("NOUN", "PROPN", "PRON") and token.case == "Nom":
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if token.pos == "NOUN" and following is not None and following.person is not None \
                        and following.case in (None, "Nom"):  # "сказал сенатор Иван Петров": any title before a name
                    return Attribution(self.analysis.person_names[following.person], "person", cue)
                return None  # another subject: not a person we can name
        return None

    def _subject_before_verb(self, tokens: list[Token], cue: str, position: int) -> Attribution | None:
        """'Президент России Владимир Путин заявил' / 'российский лидер заявил' / 'он отметил': the
        nominative phrase ending nearest the verb.  A verb joined by ", и" to an earlier one ("Он сказал,
        что генсек НАТО приедет, и добавил") has that one's subject, not a name in its "что" clause."""
        coordinated = len(tokens) >= 2 and tokens[-1].lemma == "и" and tokens[-2].text == ","
        tokens = _without_inserted_phrases(tokens)
        for index in range(len(tokens) - 1, -1, -1):
            token = tokens[index]
            if token.text in {";", ":", "—", "."}:
                break
            if coordinated and _in_reported_clause(tokens, index):
                continue
            if token.person is not None and token.case in (None, "Nom"):
                return Attribution(self.analysis.person_names[token.person], "person", cue)
            if token.lemma == "тот" and token.case == "Nom" and (index + 1 == len(tokens) or tokens[index + 1].pos in (
                    "VERB", "ADV", "AUX")):  # "…вопросы к лидеру, тот ограничился": the one just named (not "тот факт")
                nearest = self.analysis.cast.mentions_before(token.start, strong=True)
                return Attribution(nearest[0][1].name, "person", cue) if nearest else None
            if token.lemma == "который" and token.case == "Nom":  # "…Макрона, который ответил": Macron
                antecedent = tokens[index - 2] if index >= 2 and tokens[index - 1].text == "," else None
                if antecedent is not None and antecedent.person is not None:
                    return Attribution(self.analysis.person_names[antecedent.person], "person", cue)
                return None
            opens_clause = not index or tokens[index - 1].pos == "PUNCT"  # "Страны подтверждают «…»": natasha
            plural_subject = token.lemma in COLLECTIVE_LEMMAS and token.case == "Gen" and opens_clause  # reads a Gen
            if token.case not in (None, "Nom") and not plural_subject or (index and tokens[index - 1].pos == "ADP"):
                continue
            if token.lemma in PRONOUNS:
                return self._pronoun(token.start, cue)
            if token.lemma in WORDS_LEMMAS and token.pos == "NOUN":  # "его комментарий звучал так:": his
                return self._owner_of_words(tokens, index, cue, position)
            if token.lemma in ROLE_TITLES and not token.plural:  # "Лидеры БРИКС заявили": their joint text
                return self._role(tokens[_adjectives_before(tokens, index):], cue, position)  # "российский лидер"
            if token.lemma in ORGANIZATION_LEMMAS:
                return Attribution(_nominative_phrase(tokens[index:index + 3]), "organization", cue)
            if token.lemma in COLLECTIVE_LEMMAS:  # "Стороны подтвердили «…»": the joint text named before
                found = self._document_before(position)
                return Attribution(found.speaker, found.kind, cue) if found else None
            if token.pos in ("NOUN", "PROPN") and not _is_modifier_of_role(tokens, index) \
                    and token.lemma not in HONORIFICS:
                return None  # another subject: not a person we can name
        return None

    def _pronoun(self, position: int, cue: str) -> Attribution | None:
        entity = resolve_pronoun(self.analysis.cast, position, _pronoun_gender(cue))
        return Attribution(entity.name, "person", cue) if entity else None

    def _role(self, tokens: list[Token], cue: str, position: int) -> Attribution | None:
        entity = _holder_of(tokens, self.analysis.cast, position, self.site.year, self._gender_at(position))
        return Attribution(entity.name, "person", cue) if entity else None

    def _gender_at(self, position: int) -> str | None:
        """The gender of the past-tense verb at `position` ("сказала": Fem), where natasha tells it."""
        index = bisect.bisect_left(self.analysis.starts, position)
        token = self.tokens[index] if index < len(self.tokens) else None
        return token.gender if token is not None and token.start == position and token.gender in ("Masc", "Fem") \
            else None


def _holder_of(tokens: list[Token], cast: Cast, position: int, year: int | None,
               gender: str | None) -> Entity | None:
    """The person a role phrase ("российский лидер", "глава МИД России") at `position` stands for."""
    head, countries, modifiers = _role_of(tokens)
    if head == "head" and "state" in modifiers:  # "глава государства": the head of state in focus
        head, modifiers = "president", set()
    elif head == "head" and countries and not modifiers:  # "глава Казахстана": that country's leader
        head = "leader"
    entity = resolve_role_parts(head, countries, sorted(modifiers), cast, position, year,
                                generic=head in GENERIC_HEADS, gender=gender)
    if entity is None and head == "head" and not countries and not modifiers:
        # "глава Лиги" that nobody acting fits: whoever the text titled an organisation's head
        entity = next(filter(None, (resolve_role_parts(title, set(), (), cast, position, year, gender=gender)
                                    for title in BODY_HEADS)), None)
    if entity is not None and not entity.agrees(gender):
        return None  # "Президент Швейцарии сказала": not the president named last, who is a man
    return entity


def _role_subjects(analysis: _Analysis) -> list[tuple[int, int]]:
    """'Позже дипломат добавил …', 'Российский лидер прибыл …': role phrases that are a clause's subject,
    as (first token, verb) indexes."""
    tokens, found = analysis.tokens, []
    for index, token in enumerate(tokens):
        if token.lemma not in ROLE_TITLES or token.case != "Nom" or token.plural \
                or analysis.inside_quotation(token.start) or index and tokens[index - 1].pos == "ADP" \
                or _is_modifier_of_role(tokens, index) or _person_in_phrase(tokens[index:]) is not None \
                or _in_reported_clause(tokens, index):
            continue
        verb = _verb_of_subject(tokens, index)
        if verb is not None:
            found.append((_adjectives_before(tokens, index), verb))  # "российский лидер"
    return found


def _settle_role_subjects(analysis: _Analysis, position: int, year: int | None) -> None:
    """The role subjects before `position` make the person each stands for the one a later "он" means, as a
    name there would.  Read only now, once the quotations before them have their speakers: "Глава
    государства добавил" after a quotation is who just spoke."""
    tokens = analysis.tokens
    while analysis.role_subjects and tokens[analysis.role_subjects[0][0]].start < position:
        start, verb = analysis.role_subjects.pop(0)
        gender = tokens[verb].gender if tokens[verb].gender in ("Masc", "Fem") else None
        entity = _holder_of(tokens[start:verb], analysis.cast, tokens[start].start, year, gender)
        if entity is not None:
            entity.subject_positions.add(tokens[start].start)


def _adjectives_before(tokens: list[Token], index: int) -> int:
    """Where the phrase ending in tokens[index] begins, with the adjectives before its noun."""
    while index and tokens[index - 1].pos == "ADJ":
        index -= 1
    return index


def _verb_of_subject(tokens: list[Token], index: int) -> int | None:
    """The finite verb right after a subject phrase and its genitive complements ("глава МИД России заявил")."""
    for at in range(index + 1, min(len(tokens), index + DESCRIPTOR_WORDS)):
        token = tokens[at]
        if token.pos in ("VERB", "AUX"):
            return None if token.converb or token.case else at  # (not a participle or a converb)
        if not (token.pos == "ADV" or token.pos in ("NOUN", "PROPN", "ADJ") and token.case == "Gen"):
            return None
    return None


def _in_link_line(unit: Unit, position: int) -> bool:
    """A line past the headline with no full stop ("Россия помогает Африке, заявил Путин" linking another
    story, a photo caption): its names are no subjects a later "он" can mean.  A paragraph of sentences
    that a cut excerpt ends mid-word is prose still."""
    index = bisect.bisect_right(unit.paragraph_offsets, position) - 1
    text = unit.paragraphs[index].text.rstrip() if index > 0 else ""
    return bool(text) and not text.endswith((".", "!", "?", "…", "»", '"', ":")) and not _SENTENCE_INSIDE.search(text)


_SENTENCE_INSIDE = re.compile(r"[.!?…][»\"]?\s+[«\"]?[А-ЯЁA-Z]")


def _note_gender(entity: Entity, span_tokens: list[Token], verb_gender: str | None = None) -> None:
    """The gender of the verb the name is the subject of ("сообщила … Пенни Вонг"), else the one natasha
    gives the name; a name read with two genders (a poor parse) has none."""
    genders = {verb_gender} if verb_gender else {token.gender for token in span_tokens if token.gender in ("Masc", "Fem")}
    gender = genders.pop() if len(genders) == 1 else "?"
    if entity.gender is None and not entity.positions[:-1]:
        entity.gender = gender
    elif entity.gender != gender:
        entity.gender = "?"


def _verb_gender(tokens: list[Token], first: int, stop: int) -> str | None:
    """The gender of a past-tense verb whose subject a name is: right after it ("Вонг сообщила"), or before
    its title phrase ("сообщила глава МИД Австралии Пенни Вонг").  Russian past tense agrees with its subject,
    which natasha's reading of a foreign name cannot tell."""
    after = tokens[stop] if stop < len(tokens) else None
    if after is not None and after.pos in ("VERB", "AUX"):
        return after.gender if after.gender in ("Masc", "Fem") else None
    for token in reversed(tokens[max(0, first - DESCRIPTOR_WORDS):first]):
        if token.pos in ("VERB", "AUX"):
            return token.gender if token.gender in ("Masc", "Fem") else None
        if token.pos == "PUNCT" and token.text != "-" or token.case not in (None, "Nom", "Gen") or token.pos == "ADP":
            return None
    return None


def _pronoun_gender(cue: str) -> str | None:
    """"сказала она", "по её словам": Fem; "он", "его": Masc; else unknown."""
    genders = {PRONOUN_GENDER.get(word) for word in re.findall(r"[а-яё]+", cue.lower())}
    return next((gender for gender in ("Fem", "Masc") if gender in genders), None)


def _main_clause(tokens: list[Token]) -> list[Token]:
    """'Несмотря на то, что у журналистов были вопросы, тот ограничился …': past a subordinate clause that
    opens the sentence (its verb, then the comma closing it), the main clause."""
    if not tokens or tokens[0].lemma not in SUBORDINATORS:
        return tokens
    verb = _first_verb(tokens)
    comma = next((index for index in range(verb or 0, len(tokens)) if tokens[index].text == ","), None)
    return tokens[comma + 1:] if verb is not None and comma is not None else tokens


def _first_verb(tokens: list[Token]) -> int | None:
    return next((index for index, token in enumerate(tokens) if token.pos in ("VERB", "AUX")), None)


def _outlet(tokens: list[Token], cut_at: int = -1) -> str | None:
    """'CNN World', 'газеты The New York Times', 'СМИ Global Times': a media outlet written in Latin letters,
    right after the verb or after a word for the press ("статье газеты"); nobody's name (natasha found none).
    Not the word an excerpt was cut inside ("сказал Bloomb"): nobody we can name."""
    index = 0
    while index < len(tokens) and tokens[index].lemma in PRESS_LEMMAS | {"в"}:
        index += 1
    words = []
    for token in tokens[index:]:
        if token.person is not None or not _LATIN.search(token.text):
            break
        if token.stop == cut_at:
            return None
        words.append(token.text)
    return " ".join(words) or None


def _principal(entity: Entity | None) -> bool:
    """A head of state or government, a minister: titled so, and no aide or spokesman in the catalog."""
    return entity is not None and bool(entity.heads() & PRINCIPAL_HEADS) \
        and not (entity.person and {role.title.split()[-1] for role in entity.person.roles} & AGENT_HEADS)


def _person_in_phrase(tokens: list[Token]) -> int | None:
    """'генеральный секретарь ООН Антониу Гутерреш', 'председатель и нефтяной магнат Объединенных Арабских
    Эмиратов Султан Аль-Джабер': the name closing a role phrase."""
    for token in tokens[1:ROLE_PHRASE_WORDS]:
        if token.person is not None:
            agrees = token.case in (None, "Nom") or token.case == tokens[0].case == "Gen"  # "по словам пресс-секретаря Пескова"
            return token.person if agrees else None  # "…журналисту Ивану Петрову": not him
        if token.pos in ("VERB", "ADP", "PUNCT") and token.text not in {"-"} and not (token.pos == "VERB" and token.case):
            return None  # (a participle, "Объединенных Арабских Эмиратов", declines: part of the phrase)
        if token.pos == "NOUN" and token.case not in (None, "Nom", "Gen"):
            return None  # the role phrase has ended ("представитель Кремля журналисту …")
    return None


def _headed_body(tokens: list[Token], first: int, span_tokens: list[Token]) -> bool:
    """'глава Афросоюза': one word natasha takes for a name right after "глава" is what is headed."""
    return len(span_tokens) == 1 and first > 0 and tokens[first - 1].lemma in HEAD_OF_LEMMAS


def _is_modifier_of_role(tokens: list[Token], index: int) -> bool:
    """'Кремля' in 'представитель Кремля', 'МИД' in 'глава МИД России': part of the role phrase before it."""
    return any(token.lemma in ROLE_TITLES for token in tokens[max(0, index - 3):index])


def _nominative_phrase(tokens: list[Token]) -> str:
    """'пресс-службы президента ЮАР' -> 'пресс-служба президента ЮАР': the head in its dictionary form."""
    words = []
    for token in tokens:  # the noun and the nouns and adjectives it governs: "Кремль", not "Кремль обсуждались"
        if token.pos not in ("NOUN", "PROPN", "ADJ") or words and token.text[:1] in "([" \
                or words and token.person is not None:  # "МИД Норвегии Иван Петров": the office, not its head
            break
        words.append(token)
    if not words:
        return ""
    noun = next((index for index, token in enumerate(words) if token.pos != "ADJ"), len(words) - 1)
    text = words[noun].text
    if text[:2].isupper() and not text.isupper():  # "МИДе": an abbreviation with a case ending
        head = words[noun].lemma.upper()
    else:
        head = nominative(text)
    return " ".join([*(nominative(t.text) for t in words[:noun]), head, *(t.text for t in words[noun + 1:])])


def _in_reported_clause(tokens: list[Token], index: int) -> bool:
    """'Ушаков рассказал, что Путин проведёт …', 'По словам Ушакова, блок «…», поэтому Путин …': a name
    inside what somebody said is not the one a later 'он' means; the speaker is.  ("По словам" holds the
    whole sentence, quotations and all; a "что" clause ends at a quotation.)"""
    after_quotation = False
    for back in range(index - 1, max(-1, index - REPORTED_CLAUSE_REACH), -1):
        token = tokens[back]
        if token.text in {".", "!", "?"}:
            return False
        after_quotation = after_quotation or token.text in {"«", "»"}
        if token.lemma in ("что", "чтобы") and not after_quotation:
            verbs = [at for at in range(max(0, back - 3), back) if _is_speech(tokens[at])]
            if verbs:
                return not _outlet_before(tokens, verbs[0])
        if token.lemma in ("слово", "мнение") and back and tokens[back - 1].lemma == "по":
            return True
    return False


def _outlet_before(tokens: list[Token], verb: int) -> bool:
    """'«Эксперт» писал, что …', 'ТАСС сообщил, что …': a paper or agency reports, so the names in what
    it reports keep their own clauses (the person said to speak there is who a later 'он' means)."""
    before = tokens[verb - 1] if verb else None
    return before is not None and (before.text == "»" or before.text.isupper() and len(before.text) > 2
                                   or before.lemma in PRESS_LEMMAS)


def _is_speech(token: Token) -> bool:
    return token.lemma in SPEECH_LEMMAS and token.pos in ("VERB", "AUX", "ADJ")


OUTLET_QUOTES_TOKENS = 5  # "цитирует WSJ Трампа", "передает ТАСС слова Путина": the person right after the outlet
WORDS_AFTER_VERB = 2  # "заявили в Белом доме": the seat named right after the verb
WORDS_BEFORE_VERB = 3  # tokens: "её слова", "слова Пескова" right before the verb that relays them


def _words_before_verb(before_verb: list[Token]) -> int | None:
    """Where "слова" (or "заявление", "цитата") stands as the object right before the verb, in a tag that
    relays someone's words ("— её слова приводит издание"): its index in `before_verb`, else None."""
    start = max(0, len(before_verb) - WORDS_BEFORE_VERB)
    found = [index for index in range(start, len(before_verb)) if before_verb[index].lemma in WORDS_LEMMAS
             and before_verb[index].case == "Acc"]
    return found[-1] if found else None


def _cut_after_verb(tokens: list[Token], cut_at: int) -> bool:
    """'— заявил' and the end of the text, or '— добавил министр иностр' cut inside a word: an excerpt
    ended before the tag named anyone (`cut_at`: where a text cut inside a word ends, else -1)."""
    verb = next((index for index, token in enumerate(tokens) if _is_speech(token)), None)
    if verb is None or cut_at < 0:
        return False
    rest = tokens[verb + 1:]
    return (rest[-1] if rest else tokens[verb]).stop == cut_at and len(rest) <= CUT_TAG_WORDS


def _without_inserted_phrases(tokens: list[Token]) -> list[Token]:
    """'Президент Норвегии, отвечая журналистам, которые ждали у входа, заявил': the words before a
    verb less the converb phrases and relative clauses set off by commas between its subject and it (their
    nouns are no subject of the verb)."""
    commas = [index for index, token in enumerate(tokens) if token.text == ","]
    own = tokens[commas[-1] + 1:] if commas else tokens
    if own and own[0].lemma in INSERTED_OPENERS:
        return tokens  # "…имея в виду Брандта, который ответил": the verb's own clause is the relative one
    kept, low = [], 0
    for comma in [*commas, len(tokens)]:
        segment = tokens[low:comma]
        inserted = low > 0 and comma < len(tokens) and segment \
            and (segment[0].converb or segment[0].lemma in INSERTED_OPENERS)
        if not inserted:
            kept += tokens[max(0, low - 1):comma]  # (with the comma before it)
        low = comma + 1
    return kept


def _clause_around(tokens: list[Token], verb: int) -> list[Token]:
    """The tokens of the clause holding tokens[verb]: between the commas, colons or dashes around it."""
    low = verb
    while low > 0 and tokens[low - 1].text not in {".", ";", ":", "!", "?", "—"}:
        low -= 1
    high = verb + 1
    while high < len(tokens) and tokens[high].text not in {".", ";", ":", ",", "!", "?", "—"}:
        high += 1
    return tokens[low:high]


def _role_of(tokens: list[Token], words: int = ROLE_WORDS) -> tuple[str, set[str], set[str]]:
    """'глава МИД России' -> ('minister', {'RU'}, {'foreign'}); 'российский лидер' -> ('leader', {'RU'}, set())."""
    head, countries, modifiers = "", set(), set()
    for token in tokens[:words]:
        if token.text in {",", ".", ":", ";", "—"}:
            break
        if not head and token.lemma in ROLE_TITLES:
            head = ROLE_TITLES[token.lemma]
            continue
        country = _country(token.lemma)
        if country:
            countries.add(country)
        elif token.lemma in FOREIGN_MINISTRY or token.lemma in ("иностранный", "внешнеполитический"):
            modifiers.add("foreign")
        elif token.lemma == "государство":
            modifiers.add("state")
        elif token.lemma in GOVERNMENT_LEMMAS:
            modifiers.add("government")
        elif token.lemma == "кремль":
            modifiers.add("kremlin")
        elif token.lemma == "генеральный":
            modifiers.add("general")
    if head == "head" and "foreign" in modifiers:
        head = "minister"
    if head in ("head", "chairman") and "government" in modifiers:  # "глава кабмина РФ": the prime minister
        head = "prime minister"
    modifiers.discard("government")
    if "general" in modifiers:  # "генеральный секретарь" is the генсек, not a secretary
        modifiers.discard("general")
        head = "secretary-general" if head == "secretary" else head
    return head, countries, modifiers


def _surname_index(tokens: list[Token], first: int) -> int:
    """The last token of the name starting at `first` (its surname, which carries the case)."""
    last, person = first, tokens[first].person
    while person is not None and last + 1 < len(tokens) and tokens[last + 1].person == person:
        last += 1
    return last


def _declined(tokens: list[Token], first: int, name: str) -> bool:
    """"Ивана Петрова" for "Иван Петров": a name written in another form than its nominative, the object
    of a verb.  natasha's case alone is not trusted here: it reads "сказал Оверчук" as an object."""
    surname = fold_name(tokens[_surname_index(tokens, first)].text)
    return not _nominative_name(tokens, first) and [surname] != fold_name(name).split()[-1:]


def _nominative_name(tokens: list[Token], first: int) -> bool:
    """Whether a name is in the nominative.  The surname carries the case ("Никола Пашиняна" is not; natasha
    may read an indeclinable first name as agreeing with the word before: "в Туркменистане Али Резаи"), and a
    title right before it agrees with it ("с премьером Финляндии Юха Сипиля" is not)."""
    if tokens[_surname_index(tokens, first)].case not in (None, "Nom"):
        return False
    window = tokens[max(0, first - DESCRIPTOR_WORDS):first]
    head = None  # the phrase's first title: "представитель администрации главы страны X" is the representative
    for index in range(len(window) - 1, -1, -1):
        token = window[index]
        if token.pos in ("VERB", "AUX", "PUNCT") or token.person is not None:
            break
        if token.lemma in ROLE_TITLES and token.pos == "NOUN":
            head = token
        elif token.pos == "ADP" and index and window[index - 1].pos == "NOUN":
            # "министр-делегат при премьер-министре X", "с коллегой из Мали X": the noun before the preposition
            head = window[index - 1]
        elif token.pos == "ADP":
            break  # "с премьером Финляндии X": the preposition governs the title and the name
    return head is None or head.case in (None, "Nom")


def _descriptor_before(tokens: list[Token], first: int, case: str | None = None) -> tuple[str, set[str]]:
    """'Президент России Владимир Путин' -> ('president', {'RU'}) for the name's entity.  The title agrees
    with the name in case: in 'помощник Президента РФ по международным делам Юрий Ушаков' the genitive
    'Президента' is whose aide he is.  Read from the name backwards: in a list of titled names ("президент
    Бразилии Жаир Болсонару, премьер-министр Индии Нарендра Моди") a title belongs to the name right after it."""
    window = tokens[max(0, first - DESCRIPTOR_WORDS):first]
    case = case or tokens[_surname_index(tokens, first)].case  # natasha may read a first name in another case
    for index in range(len(window) - 1, -1, -1):
        token = window[index]
        if token.person is not None and token.person != tokens[first].person:
            break  # another name stands between: titles further back are its own
        if token.lemma in ROLE_TITLES and None not in (case, token.case) and token.case != case \
                and (token.case == "Nom" or fold_name(token.text) != token.lemma):
            continue  # "премьер … с Путиным" is not his title; an indeclinable "замглавы" agrees with anything
        if token.lemma in ROLE_TITLES and not any(t.pos in ("VERB", "AUX") or t.text in {".", ";", ":", "!", "?"}
                                                  for t in window[index + 1:]):
            # "Генсек прокомментировал участие Пашиняна": a title with a verb after it is a subject, not his title
            start = _adjectives_before(window, index)  # "Белорусский лидер", "генеральный секретарь"
            if token.case == "Gen" and start and window[start - 1].lemma in ROLE_TITLES:
                continue  # "по словам помощника президента Юрия Ушакова": whose aide he is, not his title
            head, countries, modifiers = _role_of(window[start:], len(window) - start)  # all of it, up to the name
            words = [*sorted(modifiers - {"state"}), head]
            if start >= 2 and (window[start - 1].lemma == "и" or window[start - 1].text == ",") \
                    and not window[start - 1].paragraph_start:
                other, other_countries = _descriptor_before(tokens, max(0, first - DESCRIPTOR_WORDS) + start - 1, case)
                if other:  # "вице-премьер РФ и глава делегации X", "советник президента, посол X": both his
                    return f"{other} and {' '.join(words)}", countries | other_countries
            return " ".join(words), countries
        if token.paragraph_start:
            break  # a headline's last words are no title of the lead's first name
    return "", set()


def _as_written_title(token: Token) -> Token:
    """natasha reads a rare title as another word's form ("аким" read as another noun's form): a noun
    written as a title's dictionary form is that title, in the nominative singular."""
    written = fold_name(token.text)
    if written in ROLE_TITLES and token.lemma != written and token.pos in ("NOUN", "PROPN"):
        return replace(token, lemma=written, case="Nom", plural=False)
    return token


def _no_name(span_tokens: list[Token]) -> bool:
    """natasha tags a capitalised title as a person ("Министр-делегат"), or an adverb opening a sentence
    ("Прежде всего"): neither is anybody's name."""
    return len(span_tokens) == 1 and (any(part in ROLE_TITLES for part in span_tokens[0].lemma.split("-"))
                                      or span_tokens[0].pos not in ("PROPN", "NOUN", "X"))


def _entity_for(span_tokens: list[Token], written: str, cast: Cast, people: Sequence[Person]) -> Entity:
    """The cast's entity for a PER span, merged with earlier mentions and the catalog's person."""
    lemmas = tuple(token.lemma for token in span_tokens)
    surface = tuple(fold_name(token.text) for token in span_tokens)
    person = _catalog_person(lemmas, people) or _catalog_person(surface, people)
    for entity in cast.entities:
        if person and entity.person is person:
            return entity
        known = entity.keys
        if lemmas == known or (len(lemmas) < len(known) and known[-len(lemmas):] == lemmas) \
                or entity.person is None and entity.name == written:  # "Ведова", "Ведов": lemmas natasha read apart
            return entity
        if len(known) < len(lemmas) and lemmas[-len(known):] == known:  # "Песков", then "Дмитрий Песков"
            entity.name, entity.keys = (entity.name if entity.person else written), lemmas
            return entity
    # (natasha may read a foreign surname as a form of another word: compare the written names too)
    variants = [entity for entity in cast.entities if not person
                and any(spelled_otherwise(mine, theirs) for mine in (lemmas, surface)
                        for theirs in (entity.keys, tuple(fold_name(word) for word in entity.name.split())))]
    if len(variants) == 1:  # "Антониу Гутерриш", then "Гутерреш": one letter apart, the same person
        return variants[0]
    name = person.name if person else written
    entity = Entity(name, person=person)
    entity.keys = lemmas
    cast.entities.append(entity)
    return entity


def _catalog_person(words: tuple[str, ...], people: Sequence[Person]) -> Person | None:
    """The catalog person a name names: equal, or one is the other's end ("Путин", "Владимир Путин")."""
    wanted = tuple(" ".join(words).replace("-", " ").split())
    for person in people:
        for name in person.names:
            known = tuple(fold_name(name).replace("-", " ").split())
            shorter, longer = sorted((wanted, known), key=len)
            if shorter and longer[-len(shorter):] == shorter:
                return person
    return None


@lru_cache(maxsize=1)
def _country_lemmas() -> dict[str, str]:
    from babel import Locale

    names = {fold_name(name): code for code, name in Locale("ru").territories.items() if len(code) == 2}
    return {**names, **COUNTRY_ABBREVIATIONS, **_COUNTRY_ADJECTIVES}


def _country(lemma: str) -> str | None:
    return _country_lemmas().get(lemma) or _country_of_adjective(lemma)


ADJECTIVE_ENDINGS = ("ский", "цкий")
COUNTRY_STEM_MIN = 4  # shorter stems ("чад", "мали") would match unrelated adjectives


@lru_cache(maxsize=4096)
def _country_of_adjective(lemma: str) -> str | None:
    """'канадский' -> CA, 'малайзийский' -> MY: an adjective built on a country's name (its stem, the name less
    its last vowel), the longest such stem; irregular ones are in _COUNTRY_ADJECTIVES."""
    if not lemma.endswith(ADJECTIVE_ENDINGS):
        return None
    stems = [(stem, code) for stem, code in _country_stems() if lemma.startswith(stem)]
    if not stems:
        return None
    longest = max(len(stem) for stem, _ in stems)
    codes = {code for stem, code in stems if len(stem) == longest}
    return codes.pop() if len(codes) == 1 else None  # Нигер and Нигерия share a stem: nobody can tell


@lru_cache(maxsize=1)
def _country_stems() -> tuple[tuple[str, str], ...]:
    from babel import Locale

    stems = []
    for code, name in Locale("ru").territories.items():
        word = fold_name(name)
        if len(code) != 2 or " " in word or "-" in word:
            continue
        stem = re.sub(r"(?:ия|ья|а|я|ь|й|и|ы)$", "", word)
        if len(stem) >= COUNTRY_STEM_MIN:
            stems.append((stem, code))
    return tuple(stems)
