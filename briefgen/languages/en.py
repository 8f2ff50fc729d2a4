"""English: speech tags, titles and names read from capitalisation (no NER model installs offline).

The speaker, in order of preference: the speech tag right after the quotation ("...," he said),
a speech verb before it in the sentence ("Shoigu stressed that ..."), one later in the sentence
("..., Xi added."), "according to X", a colon introduction ("Xi went straight to the point: ...",
or a paragraph ending in a colon), and the sentence's subject.  Pronouns and roles are resolved
by the shared coreference step (speakers.py).  A span is a quotation unless it is a term, title
or scare quote: preceded by "titled", "known as", "the concept of", a conference or a report; in
Title Case; or three words or fewer with no speech verb in its sentence, or used as a noun after
"the"/"a".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.catalog import Person
from briefgen.languages.base import Attribution, Site
from briefgen.model import Unit
from briefgen.speakers import (ADVERBS, AGENT_HEADS, DEMONYMS, DIPLOMAT_HEADS, DOCUMENT_WORDS,
                               GENERIC_ROLE_HEADS, HEAD_TITLE_PATTERN, HEAD_TITLES, NAME_PARTICLES, NOT_NAME_WORDS,
                               ORGANIZATION_NAME_WORDS, ORGANIZATION_WORDS, PLURAL_PRONOUNS, PREDICATE_AFTER,
                               PRONOUN_GENDER, PRONOUNS, REGION_ADJECTIVES, REPORTED_VERBS, ROLE_ABBREVIATIONS,
                               SPEECH_VERB, TITLE_CASE_SMALL_WORDS, TITLE_WORDS, UPPERCASE, Cast, Entity, bare_word,
                               build_cast, country_code, cut_end, last_speaker, resolve_pronoun, resolve_role,
                               without_postnominals)
from briefgen.text import QuotationSpan, mask_quotations, split_sentences

SHORT_QUOTE_WORDS = 3
SINGLE_QUOTED_TERM_WORDS = 5
ROLE_PHRASE_WORDS = 6
VERBS_TRIED = 6  # speech verbs before a quotation tried for a subject, nearest first
NEXT_SENTENCE_REACH = 300  # characters read after a quotation closing in "?" or "!" for its tag

_ACCORDING = re.compile(r"(?i)(?:according to(?:\s+(?:the\s+)?(?:statements?|remarks?|comments?|words)"
                        r"(?:\s+made)?\s+by)?|in the words of)\s+(?P<who>[^,.;:]{2,80})|"
                        r"(?i:\b(?:in\s+)?(?P<pronoun>his|her)\s+(?:\w+\s+)?(?:words|statement|remarks|message))\b|"
                        r"\b(?:quoted|cited)\s+(?:(?P<object>him|her)|(?P<quoted>[A-Z][^,.;:]{1,60}?))\s+as\s+(?:saying|telling)\b")
_STYLES = {"his majesty": "the king", "her majesty": "the queen", "his highness": "the prince",
           "her highness": "the princess"}  # how a monarch is addressed: the role
_HONORIFICS = frozenset("mr mrs ms dr prof gen sen gov rep sir st lt col maj capt adm".split())
_CLAUSE_WORDS = frozenset("who whom whose which that when where while as after before during".split())
_AFTER_PREPOSITION = re.compile(r"\b(?:among|between|of|for|with|from|by|in|at)\s+(?:the\s+)?$")
_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|whose)\s+")
_PARTICIPLE_OPENING = re.compile(r"^[A-Z][a-z]+(?:ing|ed)\s+[a-z][^,]*,\s+")  # "Speaking at the park, X …"
# "On Tuesday, X …", "Earlier this week, X …": when or where, before the subject
_ADVERBIAL_OPENING = re.compile(r"^(?:On|In|At|During|After|Before|Since|Earlier|Later|Last|This|Meanwhile|Separately|"
                                r"However|Also|Then|Now|Today|Yesterday|Likewise|Similarly|Moreover|Furthermore|"
                                r"Additionally|Finally|Instead|Indeed)\b[^,;:.\x00]{0,50},\s+")
_ROLE_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?P<role>(?:[\w’'-]+\s+){0,3}?(?i:" + HEAD_TITLE_PATTERN +
    r")\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)(?=" + PREDICATE_AFTER + ")")
_ACCORDING_ROLE = re.compile(
    r"(?i:according to|in the words of)\s+[Tt]he\s+(?P<role>(?:[\w’'-]+\s+){0,3}?(?i:"
    + HEAD_TITLE_PATTERN + r"))\b")
# '"…," the President of Brazil Lula elaborated': after a comma-closed quotation, any verb in -ed makes a tag
_ANY_VERB_TAG = re.compile(rf"^[\s\x00]*(?P<subject>[^\x00,;:.!?]{{1,90}}?)\s+(?:{ADVERBS}\s+)*(?P<verb>[a-z]{{3,}}ed)\b")
TAG_SUBJECT_WORDS = 10
_QUOTING = re.compile(r"^[\s\x00,]*[^\x00.;:!?]{1,80}?,\s+(?:quoting|citing)\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})")
_PRONOUN_SUBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he)\b(?=\s+(?:[a-z]+\s+)?[a-z]{2,})")
SOURCE_LOOKBACK = 600  # characters searched back for the office or document "it" / "the statement" means
ISSUED_WORDS = frozenset({"statement", "report"})
COLLECTIVE_HEADS = frozenset({"leaders", "bloc", "group", "grouping"})  # who speak through a joint text
_GROUP_NAME = re.compile(r"\b(?:G-?\d{1,2}|[A-Z]{2,}(?:\+)?)(?![\w-])")  # G20, BRICS, ASEAN, BRICS+, EU
_GROUP_MENTION = re.compile(_GROUP_NAME.pattern + r"(?=\s+(?:leaders|summit|meeting|bloc|grouping|members|"
                            r"member states|countries|nations)\b)")
_OFFICE_MENTION = re.compile(
    r"((?:[A-Z][\w'-]*[ \t]+){0,4}(?:Ministry|Office|Government|Kremlin|Commission|Secretariat|Embassy|Agency|House"
    r"|Council|Presidency|Department|Cabinet|Administration)"
    r"(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w-]*){1,4})?)")
_IT = re.compile(r"(?i)^(?:it|its)$")
_DOCUMENT_MENTION = re.compile(
    r"(?i)\b(?:the|its|this|a)\s+((?:[A-Z][\w’'.-]*\s+){0,4}(?:" + "|".join(sorted(DOCUMENT_WORDS | ORGANIZATION_WORDS))
    + r"))\b")
_WORDS_OF = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[’']s\s+(?:[a-z]+\s+)?"
                       r"(?:post|tweet|message|statement|remarks|speech|letter|words|address|comments)\b")
_SPEAKING_TO = re.compile(r"(?i)\b(?:told|telling|addressed|addressing)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}"
                          r"(?:conference|forum|panel)\s*[:,]?\s*$")
_TITLE_CUE = re.compile(  # whole words: "cooperation" is no "operation"
    r"(?i)(?<![\w-])(?:titled|entitled|called|named|dubbed|known as|so-called|the term|the phrase|the slogan|"
    r"the motto|concept of|notion of|the word|the words|conference|forum|panel|programme|program|"
    r"project|operation|book|article|report|film|doctrine|hashtag|campaign|headline|column|series|"
    r"under the banner of|the theme)\s*[:,]?\s*$")
_DETERMINERS = frozenset("the a an its their his her our your this these those so-called such".split())
_FIRST_PERSON = re.compile(r"(?i)(?<!\w)(?:i|we|our|us|my|me)(?!\w)")
_PREPOSITIONS = frozenset("with to about on for against of at in into between".split())  # "from"/"by" name a source
_ADDRESSING_VERBS = frozenset("asked told urged thanked congratulated invited reminded assured informed briefed"
                               .split())  # "a reporter asked X:": X is asked
_OPENING = " \x00\"'“‘«„.,!?"  # what may stand beside a quotation that is a whole sentence
# "New Delhi, Jul 7:", "BRASILIA, Aug. 29 (Xinhua) --": where and when, before the sentence's subject
_DATELINE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
                       r"\s*(?:\([^)]{1,40}\))?\s*(?::|--|—|–)\s*")
_SUBJECT_PRONOUN = re.compile(r"(?i)^(?:he|she|they|it|we|i)$")
_HEAD_OF = ("head of state", "head of government")
_TRAILING_SETTING = re.compile(r"\s+(?:in|during|at)\s+(?:his|her|their|its|the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}"
                               r"[a-z][\w’'-]*$")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# 'X on June 17 said': a date between a subject and its verb
_TRAILING_TIME = re.compile(rf"\s+(?:on\s+(?:{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?|{_MONTH}\s+\d{{1,2}}"
                            rf"|\d{{1,2}}\s+{_MONTH})|yesterday|today|last\s+(?:week|month|year))$")
MONARCHS = frozenset({"king", "queen", "emir", "sultan", "pope", "monarch"})
_TITLES_ONLY = re.compile(r"[\s\x00]*(?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){0,6}")  # "Brazilian President "
_CAPTION_LINE = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s+[-–—]\s+[A-Z][^.!?:]{2,80}")
# a document, an office or a group as a common noun ("the statement", "the ministry", "the leaders")
_SOURCE_NOUN = re.compile(
    r"\b(?:" + "|".join(sorted(DOCUMENT_WORDS | ORGANIZATION_WORDS | COLLECTIVE_HEADS)) + r")s?\b")
_TAG_OPENING = re.compile(r"[\s\x00,]*(?:(?:the|a|an)\s+)?[A-Z]")  # '"…," the Indian Ministry of …': a tag, cut off
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:[A-Z][\w’'-]*|government|state)\b")
_HEAD_OF_BODY = re.compile(r"(?i:the\s+head\s+of\s+the)\s+(?P<who>[A-Z][\w’'-]*)\s+(?P<body>(?i:government|state))$")
_PREDICATE_START = re.compile(r"[a-z]{3,}(?:ed|s)\b")  # "urged the world …", "calls for …"
_IN_DOCUMENT = re.compile(rf"\b[Ii]n\s+(?:the|their|its|a)\s+(?P<document>(?:[\w’'-]+\s+){{0,3}}?"
                          rf"(?:{'|'.join(sorted(DOCUMENT_WORDS))}|conclusions))\b")
_AFFILIATED = re.compile(r"^(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+of\s+(?P<body>.+)$")  # "X of the University of Y"
_NAME_ALONE = re.compile(r"[\s\x00]*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s*")
_NAME_CLOSING_TAG = re.compile(r"^,\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3})\s*(?:[.,;!?\x00]|$)")  # ", X."
_APPOSITION_NAME = re.compile(r"^,\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[a-z]")  # ", X welcomed"
_DOCUMENT_SUBJECT = re.compile(  # "The final communique, …": a sentence opened by a document
    r"\s*(?P<document>(?:[Tt]he|[Ii]ts)\s+(?:[\w’'-]+\s+){0,3}?(?:" + "|".join(sorted(DOCUMENT_WORDS)) + r"))\b")
# "Amid the tensions, the chairman's statement said that …": an opening phrase, then the document
_DOCUMENT_SUBJECT_AFTER_OPENING = re.compile(r"[^,\x00\"“”]{1,120},(?=\s*[Tt]he\s)" + _DOCUMENT_SUBJECT.pattern)
_SUBJECT_BEFORE_QUOTE = re.compile(r"(?:^|,\s+|\s)(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
                                   r"(?:,[^,\x00]{1,60},)?\s*[\x00\"“]*$")


_UNNAMED_HEADS = AGENT_HEADS | DIPLOMAT_HEADS | {"source"}
_UNNAMED_ACTOR = re.compile(r"(?:^|[.!?]\s+|,\s+)(?:[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,3}?"
                            rf"(?:{'|'.join(sorted(_UNNAMED_HEADS))})\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|said|told|says|tells)\b")


class English:
    code = "en"

    def analyze(self, unit: Unit, people: Sequence[Person], quoted: Sequence[tuple[int, int]]) -> Cast:
        cast = build_cast(unit.text, people, quoted)
        year = unit.year
        narrative = mask_quotations(unit.text, [QuotationSpan(low, high, True) for low, high in quoted])
        roles = [*_ROLE_SUBJECT.finditer(narrative), *_ACCORDING_ROLE.finditer(narrative)]
        for match in sorted(roles, key=lambda found: found.start()):
            # "the Prime Minister of Armenia, who …, said", "according to the director-general": who "he" is next;
            # "The prime minister of Barbados, Karl Lund, said": the name in apposition, whoever else holds the title
            if _inside_reported(narrative, match.start()):
                continue  # "X said he understood why the president wanted …": what X said, not who acts
            entity = _named_in_apposition(cast, narrative, match.end("role")) \
                or resolve_role(match.group("role"), cast, match.start(), year)
            if entity is not None:
                entity.subject_positions.add(match.start())
            elif match.re is _ROLE_SUBJECT and _unnamed_monarch(match.group("role"), cast):
                cast.unnamed_speakers.append(match.start())  # "The Queen opened the meeting": the next "she" is hers
        cast.pronoun_subjects = [match.start() for match in _PRONOUN_SUBJECT.finditer(narrative)]
        # "Later, a senior administration official tried to …": somebody unnamed acts; the next "he" is theirs
        cast.unnamed_speakers = sorted([*cast.unnamed_speakers,
                                        *(match.start() for match in _UNNAMED_ACTOR.finditer(narrative))])
        return cast

    def split_spans(self, paragraph: str, spans: list) -> list:
        return spans

    def is_quotation(self, site: Site) -> bool:
        return _is_quotation(site.text, site.masked, site.span, site.sentence)

    def attribute(self, site: Site, cast: Cast) -> Attribution | None:
        context = _Context(site.unit, cast, site.paragraph, site.offset, site.text, site.masked, site.sentence,
                           site.year)
        found = _attribute(site.span, context)
        if found:
            cast.mark_speaker(found[0], found[1], site.offset + site.span.start, found[2])
        return Attribution(*found) if found else None

    def signature(self, unit: Unit, paragraph: int, cast: Cast) -> Attribution | None:
        """'— Ann Berg, president of Freedonia' under a speech: a name, maybe a title, no verb."""
        text = unit.paragraphs[paragraph].text
        line = _signature_line(text)
        if line is None:
            return None
        offset = unit.paragraph_offsets[paragraph]
        context = _Context(unit, cast, paragraph, offset, text, text, (0, len(text)), unit.year)
        found = _resolve(line["who"], context, offset + line.start("who"), text.strip())
        return Attribution(*found) if found and found[1] == "person" and cast.by_name(found[0]) else None


# a line that only names somebody, perhaps with a title after a comma: "— Ann Berg, president of Freedonia"
_SIGNATURE = re.compile(rf"\s*[—–-]*\s*(?P<who>[{UPPERCASE}][\w’'.-]*(?:\s+[{UPPERCASE}][\w’'.-]*){{0,4}})"
                        r"(?:\s*,\s*(?P<title>[^.!?:;\"“”]{1,120}))?\s*\.?\s*")
_CLAUSE_VERB = re.compile(rf"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\b|\b[a-z]{{3,}}ed\b|"
                          rf"{SPEECH_VERB.pattern}")


def _signature_line(text: str) -> re.Match | None:
    line = _SIGNATURE.fullmatch(text)
    return None if line is None or line["title"] and _CLAUSE_VERB.search(line["title"]) else line


def _speaking_on(cast: Cast, position: int, cue: str, gender: str | None) -> Entity | None:
    """'“…,” said Lars Lund, who was speaking when Berg walked out. “…,” he continued': who goes on speaking
    is who spoke last, nearby (quotations not counted), whoever else acted in between."""
    entity = last_speaker(cast, position, since=cast.reach_start(position)) if _GOES_ON.search(cue) else None
    return entity if entity is not None and entity.agrees(gender) else None


_GOES_ON = re.compile(r"\b(?:continued|continues|went on|goes on)\b")


def _named_in_apposition(cast: Cast, text: str, role_end: int) -> Entity | None:
    """The person whose name follows a role right after a comma: "the prime minister of Barbados, Karl Lund,"."""
    comma = _COMMA_AFTER.match(text, role_end)
    return next((entity for entity in cast.entities if comma and comma.end() in entity.positions), None)


_COMMA_AFTER = re.compile(r",\s+")


def _unnamed_monarch(role: str, cast: Cast) -> bool:
    """'The Queen opened the meeting' when no queen is named: a sovereign the text needs no name for.
    (Other roles left unresolved are often somebody named whose title the text gave apart from the name.)"""
    head = _head_word(role)
    return head in MONARCHS and not any(_titled(entity, head) for entity in cast.entities)


def _head_word(phrase: str) -> str:
    """'the Queen of Denmark' -> 'queen', 'Norway's Ministry of Foreign Affairs' -> 'ministry': the last word
    before any "of", lower case."""
    return phrase.lower().split(" of ")[0].split()[-1]


def _is_quotation(text: str, masked: str, span, sentence: tuple[int, int]) -> bool:
    inner = text[span.inner[0]:span.inner[1]]
    words = re.findall(r"[\w’'-]+", inner)
    if not words or (text[span.start] == "‘" and len(words) <= SINGLE_QUOTED_TERM_WORDS):
        return False  # ‘partner status’: single quotes around a few words mark a term
    before = text[max(sentence[0], span.start - 60):span.start]
    if _TITLE_CUE.search(before) and not _SPEAKING_TO.search(before):
        return False  # 'the conference "Future of Europe"' names it; 'told a press conference: "…"' speaks
    if _title_case(words) and not _FIRST_PERSON.search(inner):
        return False
    sentence_outside = masked[sentence[0]:sentence[1]]
    attributed = bool(SPEECH_VERB.search(sentence_outside) or _ACCORDING.search(sentence_outside))
    previous_word = re.findall(r"[\w’'-]+", before)[-1:] or [""]
    speaking = attributed or _FIRST_PERSON.search(inner) is not None  # "our so-called partners": someone speaks
    if previous_word[0].lower() in _DETERMINERS and (len(words) <= SHORT_QUOTE_WORDS or not speaking):
        return False  # 'the "Taiwan factor"', 'as a "counterweight to the West"': a term, not speech
    return len(words) > SHORT_QUOTE_WORDS or attributed


def _title_case(words: list[str]) -> bool:
    """'The Future of the Belt and Road Initiative', 'Global Globe': a name, not speech."""
    content = [w for w in words if w.lower() not in TITLE_CASE_SMALL_WORDS]
    return len(words) <= 12 and bool(content) and all(w[0].isupper() for w in content) and \
        not all(w.isupper() for w in content)


@dataclass(frozen=True)
class _Context:
    unit: Unit
    cast: Cast
    paragraph: int
    offset: int  # paragraph offset in unit text
    text: str
    masked: str
    sentence: tuple[int, int]
    year: int | None


def _attribute(span, context: _Context) -> tuple[str, str, str] | None:
    """(speaker, kind, cue) for a quotation, trying the tag forms from the most to the least direct."""
    start, end = context.sentence
    after = context.masked[span.end:end]
    before = context.masked[start:span.start]
    tag_text = after or _sentence_after_question(span, context)
    if _INTRODUCES_NEXT.match(tag_text) and context.text[slice(*span.inner)].rstrip().endswith((".", "?", "!")):
        after = tag_text = ""  # '“…?” X replied: “…”': a tag ending in a colon introduces the next quotation
    found = _tag_after(tag_text, context, span.end)
    if found and found[0]:
        if found[1] == "organization":  # 'X called for "…", El País reported': the outlet relays X's words
            relayed = _verb_before(before, context, start)
            if relayed and relayed[0] and relayed[1] == "person":
                return relayed
        return found
    tag = _VERB_SUBJECT.match(after) or _SUBJECT_VERB.match(after)
    if tag and _is_role(tag.group("subject")):
        return _role_tag(tag, span, context)
    attempts = (
        lambda: _comma_tag(span, after, context),
        lambda: _caption_after(span, context),
        lambda: _verb_before(before, context, start),
        lambda: _verb_later(after, context, span.end),
        lambda: _according_to(context.masked[start:end], context, start),
        lambda: _colon_intro(before, context, start),
        lambda: _predicate_quoted(span, before, context, start),
        lambda: _document_subject(span, before, context, start),
        lambda: _in_document(span, context),
        lambda: _paragraph_colon(span, context),
        lambda: _sentence_before(span, context),
        lambda: _sentence_subject(before, context, start),
        lambda: _for_whom(before, context, start),
        lambda: _fragment_after_speaker(span, context),
    )
    for attempt in attempts:
        found = attempt()
        if found and (found[0] or found[1] == "unknown"):
            return found  # (an unknown is a cue that names nobody: "X was asked by a reporter", not a continuation)
    outlet = _ANY_VERB_TAG.match(after)
    if outlet and outlet.group("verb") in REPORTED_VERBS and outlet.group("subject").strip()[:1].isupper():
        # '"…," The Guardian reported' with nobody named as saying it: the outlet's words
        return _without_article(outlet.group("subject").strip()), "organization", outlet.group(0).strip(" \x00,")
    if tag:  # '"...," said a witness': a tag whose speaker we cannot name; not a continuation either
        return None, "unknown", tag.group(0).strip(" \x00,")
    return None


def _is_role(subject: str) -> bool:
    """'the Hungarian Prime Minister', 'a senior minister': a role, not a name."""
    words = subject.lower().split()
    return words[:1] in (["the"], ["a"]) and any(bare_word(word) in TITLE_WORDS for word in words[1:])


def _role_tag(tag: re.Match, span, context: _Context) -> tuple[str | None, str, str]:
    """'"…," the Hungarian Prime Minister said in his statement': a role the tag gives and we could not
    resolve.  It may be the one who spoke just before, described anew ('"…," Guterres said. "…," the UN chief
    said'), if nothing known of them contradicts it; no other cue in the sentence is theirs ("his" is the same)."""
    cue = tag.group(0).strip(" \x00,")
    previous = _previous_speaker(context, context.offset + span.start)
    fits = previous is not None and _may_hold(tag.group("subject"), previous)
    return (previous.name, "person", cue) if fits else (None, "unknown", cue)


def _previous_speaker(context: _Context, position: int) -> Entity | None:
    """The person the text last quoted before `position`, within the same stretch of text."""
    earlier = [(at, name) for at, name, kind in context.cast.speakers
               if kind == "person" and context.cast.reach_start(position) < at < position]
    return context.cast.by_name(max(earlier)[1]) if earlier else None


def _may_hold(role: str, entity: Entity) -> bool:
    """Nothing the text says of `entity` contradicts the role: its country and its title, where known."""
    words = [bare_word(word) for word in role.lower().split()]
    countries = {DEMONYMS[word] for word in words if word in DEMONYMS} | {country_code(word) for word in words
                                                                         if country_code(word)}
    titles = {word for word in words if word in HEAD_TITLES}
    known_countries = entity.nationalities()
    specific = entity.heads() - GENERIC_ROLE_HEADS  # a "UN chief" may be the Secretary-General
    return not (countries and known_countries and not countries & known_countries) \
        and not (titles and specific and not any(_titled(entity, title) for title in titles))


def _titled(entity: Entity, title: str) -> bool:
    """Whether the text or the catalog gives `entity` this title word."""
    return title in entity.heads() or title in entity.descriptor_words()


_INTRODUCES_NEXT = re.compile(r"^[^\x00.!?;\"“”]{1,80}:\s*[\x00\"“]")


def _sentence_after_question(span, context: _Context) -> str:
    """'"What can I say?" Smith said.': a question or exclamation closing the quotation ends the sentence
    for the splitter, yet the next one may be its tag; the tag forms match only at its start."""
    inner = context.text[span.inner[0]:span.inner[1]].rstrip()
    if not inner.endswith(("?", "!")):
        return ""
    window = context.text[span.end:span.end + NEXT_SENTENCE_REACH]  # bounded: a page of such quotations stays linear
    sentences = split_sentences(window)
    return context.masked[span.end:span.end + sentences[0][1]] if sentences else ""


_SUBJECT_VERB = re.compile(
    rf"^[\s,.;:\x00–—-]*(?P<subject>[^\x00,;:.!?]{{1,90}}?)\s+(?:{ADVERBS}\s+)*(?P<verb>{SPEECH_VERB.pattern})")
_VERB_SUBJECT = re.compile(rf"^[\s,;:\x00–—-]*(?P<verb>{SPEECH_VERB.pattern})\s+"
                           rf"(?P<subject>(?:(?i:{'|'.join(sorted(_HONORIFICS))})\.\s+)?[^\x00,;:.!?]{{1,90}})")


_NAME_APPOSITIVE_TAG = re.compile(rf"^[\s,\x00]*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{1,3}}),\s+"
                                  rf"[^\x00;:.!?\"“”]{{3,120}}?,?\s+(?:{ADVERBS}\s+)*(?P<verb>{SPEECH_VERB.pattern})\b")


def _tag_after(after: str, context: _Context, position: int):
    """'"...," he said' / '"...," said Putin' / '"...,"the Russian defense minister said'; '"...," Peskov
    said, quoting Putin': the words are the one quoted."""
    quoting = _QUOTING.match(after)
    if quoting:
        found = _resolve(quoting.group("who"), context, context.offset + position + quoting.start("who"),
                         quoting.group(0).strip(" \x00,"))
        if found and found[1] == "person":
            return found
    match = _VERB_SUBJECT.match(after)
    if match and not match.group("verb").endswith("ing"):  # ", telling Radio X's Y that …": Y is told
        subject = _leading_noun_phrase(match.group("subject"))
        title_of = _TITLE_OF_NAME.match(match.group("subject"))  # "noted the President of Peru Ana Ruiz": Ruiz
        written = title_of.group(0) if title_of else match.group("subject")
        inside = _name_inside(written.strip(" \x00"), context.cast) if not subject or title_of else None
        subject = inside.name if inside else subject  # "said former Peruvian foreign minister Ana Ruiz"
        named = _NAME_CLOSING_TAG.match(after[match.end("subject"):])  # "said X's foreign minister, Y."
        if named and context.cast.by_name(named.group("name")):
            subject = named.group("name")
        if context.offset + position + len(after[:match.end("subject")].rstrip()) == cut_end(context.unit.text):
            return None, "unknown", f"{match.group('verb')} {subject}"  # '…," said Can': the excerpt ends mid-name
        return _resolve(subject, context, context.offset + position, f"{match.group('verb')} {subject}")
    named = _NAME_APPOSITIVE_TAG.match(after)  # '"…," Ana Ruiz, climate director for the council said'
    if named:
        found = _resolve(named["name"], context, context.offset + position, f"{named['name']} … {named['verb']}")
        if found and found[1] == "person":
            return found
    match = _SUBJECT_VERB.match(after)
    if match and re.search(r"\b(?:quoted|cited)\b", match.group("subject")):  # "Xinhua quoted Li as saying"
        return _according_to(after, context, position)  # Li's words
    if match and len(match.group("subject").split()) <= 8:
        subject = match.group("subject").strip()
        return _resolve(subject, context, context.offset + position, f"{subject} {match.group('verb')}")
    return None


def _comma_tag(span, after: str, context: _Context):
    """'"…," the President of Brazil Lula elaborated': a quotation closed by a comma is followed by its tag,
    whatever the verb, when its subject is a person."""
    if not context.text[span.inner[0]:span.inner[1]].rstrip().endswith(","):
        return None
    match = _ANY_VERB_TAG.match(after)
    if not match or len(match.group("subject").split()) > TAG_SUBJECT_WORDS:
        return None
    subject = match.group("subject").strip()
    if match.group("verb") in REPORTED_VERBS and not context.cast.by_name(subject):
        return None  # '"…," Politico reported': an outlet relays the words; the sentence may say whose
    found = _resolve(subject, context, context.offset + span.end, f"{subject} {match.group('verb')}")
    return found if found and found[1] == "person" else None


def _verb_before(before: str, context: _Context, sentence_start: int):
    """'Shoigu also suggested inviting "..."', 'He stressed that ... "..."'; 'The statement quoted Burhan as
    saying: "..."': the one quoted."""
    quoted = _ACCORDING.search(before)
    if quoted and (quoted.group("quoted") or quoted.group("object")):
        return _according_to(before, context, sentence_start)
    _, found = _last_verb_and_subject(before, context, sentence_start)
    return found


def _verb_later(after: str, context: _Context, position: int):
    """'The bloc should resolve "internal differences" through peace, ..., Xi added.'"""
    verb, found = _last_verb_and_subject(after, context, position)
    if found or verb is None:
        return found
    closing = _UNNAMED_CLOSING_TAG.search(after)
    if closing and closing.start("verb") == verb.start():
        # 'Ruiz "set out the issues" in the talks, the official said.': the words are the tag's, whom we cannot name
        return None, "unknown", closing.group(0).strip(" \x00,.")
    if not after[:verb.start()].rstrip(" \x00").endswith(",") or verb.group(0).endswith("ing"):
        return None  # "..., said Putin" inverts; "who criticized Armenian membership", ", telling X" do not
    following = _leading_noun_phrase(after[verb.end():])
    if following:
        return _resolve(following, context, context.offset + position + verb.end(), f"{verb.group(0)} {following}")
    return None


_UNNAMED_CLOSING_TAG = re.compile(rf",\s+(?:an?|the|one|another)\s+[a-z][^\x00,;:.!?]{{0,60}}?\s+"
                                  rf"(?:{ADVERBS}\s+)*(?P<verb>{SPEECH_VERB.pattern})[\s\x00]*[.!]?[\s\x00]*$")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$")
_PASSIVE_AGENT_AFTER = re.compile(r"\s+by\s+(?P<agent>[^,;:.!?\x00–—]{2,80})")


def _last_verb_and_subject(text: str, context: _Context, base: int):
    """The last speech verb in `text` whose subject resolves, and that subject; a word like "states"
    in "member states" is tried and passed over.  (None, None) when `text` has no speech verb."""
    verbs = list(SPEECH_VERB.finditer(text))
    for verb in reversed(verbs[-VERBS_TRIED:]):
        before_verb = text[:verb.start()]
        passive = _PASSIVE_BEFORE.search(before_verb) and verb.group(0) not in ("quoted", "cited", *REPORTED_VERBS)
        agent = _PASSIVE_AGENT_AFTER.match(text, verb.end()) if passive else None
        if agent:  # "X was asked by a reporter – “…”": the one who asked speaks, named or not
            found = _resolve(agent.group("agent").strip(), context, context.offset + base + agent.start("agent"),
                             agent.group(0).strip())
            return verb, found or (None, "unknown", agent.group(0).strip())
        if verb.group(0).endswith("ing") and before_verb.rstrip(" \x00").endswith(","):
            # "Ukraine's Foreign Ministry released a statement ..., saying": the main clause's subject
            subject = _leading_noun_phrase(before_verb)
        else:
            subject = _subject_before(before_verb)
        if not subject and before_verb.rstrip(" \x00").endswith(",") and not verb.group(0).endswith("ing"):
            # "…has been cancelled, says Ramaphosa, due to"; not "…, telling Radio X's Y that": Y is told
            subject = _leading_noun_phrase(text[verb.end():])
        # the words before the subject itself, wherever it stands ("X in his speech said": before X)
        preposition = _AFTER_PREPOSITION.search(before_verb[:before_verb.rfind(subject)]) if subject else None
        if preposition and not (preposition.group(0).startswith("with") and verb.group(0).endswith("ing")):
            continue  # "cooperation among member states": a noun, no speech verb; "with X declaring": X speaks
        found = _resolve(subject, context, context.offset + base + verb.start(), f"{subject} {verb.group(0)}") \
            if subject else None
        if found:
            return verb, found
    return (verbs[-1], None) if verbs else (None, None)


def _according_to(sentence: str, context: _Context, sentence_start: int):
    match = _ACCORDING.search(sentence)
    if not match:
        return None
    pronoun = (match.group("pronoun") or match.group("object") or match.group("who") or "").strip().lower()
    if pronoun in ("his", "him", "her"):  # "In his words, …", "AFP quoted her as saying", "According to him, …"
        return _resolve("he" if pronoun == "his" else pronoun, context,
                        context.offset + sentence_start + match.start(), match.group(0).strip())
    who = match.group("who") or match.group("quoted")
    document = _DOCUMENT_MENTION.search(who)
    if document and document.group(1).split()[-1].lower() in DOCUMENT_WORDS:  # "the latest draft of the G20 communiqué"
        return _without_article(document.group(1)), "document", match.group(0).strip()
    who = _leading_noun_phrase(who)
    return _resolve(who, context, context.offset + sentence_start + match.start(), match.group(0).strip())


_WHOSE_SPEECH = re.compile(r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[’']s\s+(?:[a-z]+\s+){0,2}"
                           r"(?:speech|words|remarks|address|message|statement|comments)[\s\x00]*$")


def _colon_intro(before: str, context: _Context, sentence_start: int):
    """'Xi went straight to the point: it is important to "..."'."""
    if ":" not in before:
        return None
    clause = before[:before.rindex(":")]
    if _NAME_ALONE.fullmatch(clause):  # 'Orban: "…"', a live blog's or headline's way to quote
        return _resolve(clause.strip(" \x00"), context, context.offset + sentence_start, "colon")
    whose = _WHOSE_SPEECH.search(clause)  # "the theme came back in Berg's speech:": Berg's words
    if whose:
        found = _resolve(whose["who"], context, context.offset + sentence_start + whose.start("who"), whose.group(0))
        if found and found[1] == "person":
            return found
    found = _first_person_in(clause, context, sentence_start, "colon") or _clause_subject(clause, context, sentence_start)
    last_part = clause.rsplit(",", 1)[-1]
    subject_role = next(_role_phrases(last_part), None)
    if found or subject_role is None:
        return found or _role_in(clause, context, sentence_start)
    start, phrase = subject_role  # "Regarding the agreement, …, the head of the government added:" that role or none
    return _resolve(phrase, context, context.offset + sentence_start + len(clause) - len(last_part) + start, phrase)


def _clause_subject(clause: str, context: _Context, clause_start: int):
    """'Later, in the preamble to the meeting, Xi went straight to the point': the name opening
    the last comma-separated part, when a verb follows it."""
    last = clause.split(",")[-1]
    match = re.match(r"\s*((?:[A-ZА-ЯЁ][\w’'-]*\s+){1,3}?)[a-zа-яё]", last)
    if not match:
        return None
    name = match.group(1).strip()
    if name.split()[0].lower() in NOT_NAME_WORDS:
        return None
    return _resolve(name, context, context.offset + clause_start + len(clause) - len(last), "colon")


_INTRODUCING_TAG = re.compile(rf"[^.!?]{{0,80}}\b(?:{SPEECH_VERB.pattern})\b[^.!?]{{0,40}},$")


def _paragraph_colon(span, context: _Context):
    """A quotation paragraph introduced by the previous one: '..., had already stressed ...:'."""
    if context.sentence[0] != 0 or context.paragraph == 0:
        return None
    previous = context.unit.paragraphs[context.paragraph - 1].text.rstrip()
    offset = context.unit.paragraph_offsets[context.paragraph - 1]
    caption = _CAPTION_LINE.fullmatch(previous)
    captioned = context.cast.by_name(_past_honorific(caption.group("name"))) if caption else None
    if captioned:  # "Ambassador Ana Ruiz - Secretary General, CARICOM" on its own line: a TV or interview caption
        return captioned.name, "person", previous
    if not previous.endswith(":"):
        found = _reported_before(previous, offset, context, bare=_bare(span, context))
        introducing = _INTRODUCING_TAG.search(previous) if found is None and previous.endswith(",") else None
        if introducing:  # "One unnamed envoy told Reuters," and the words: nobody we can name
            return None, "unknown", introducing.group(0).strip(" ,")
        return found
    last_sentence = split_sentences(previous)[-1]
    clause = previous[last_sentence[0]:last_sentence[1]]
    owner = _WORDS_OF.search(clause)  # "Here's what Ana Ruiz's post on X says:"
    if owner:
        found = _resolve(owner.group("name"), context, offset + last_sentence[0], owner.group(0))
        if found and found[1] == "person":
            return found
    verbs = list(SPEECH_VERB.finditer(clause))
    if verbs:
        subject = _subject_before(clause[:verbs[-1].start()])
        if subject:
            return _resolve(subject, context, offset + last_sentence[0], f"{subject} {verbs[-1].group(0)}:")
    shifted = _Context(context.unit, context.cast, context.paragraph - 1, offset, previous, previous,
                       last_sentence, context.year)
    return _first_person_in(clause, shifted, last_sentence[0], "colon")


def _past_honorific(name: str) -> str:
    """'Ambassador Ana Ruiz' -> 'Ana Ruiz': the words of a name after its titles."""
    words = name.split()
    while len(words) > 2 and bare_word(words[0]) in TITLE_WORDS | _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _predicate_quoted(span, before: str, context: _Context, sentence_start: int):
    """'Chinese President Xi Jinping, the host, "urged the world to …"': the quotation is the predicate of the
    subject standing right before it, so its first word is a verb."""
    inner = context.text[span.inner[0]:span.inner[1]].lstrip()
    if not _PREDICATE_START.match(inner):
        return None
    subject = _SUBJECT_BEFORE_QUOTE.search(before)
    if subject is None:
        return None
    found = _resolve(subject.group("name"), context, context.offset + sentence_start + subject.start("name"),
                     subject.group("name"))
    return found if found and found[1] == "person" else None


def _document_subject(span, before: str, context: _Context, sentence_start: int):
    """'The final communique, agreed by all members, "notes calls for …" and says "the time has come"': a
    sentence whose subject is a document quotes it in its predicate, whatever the verb."""
    subject = _DOCUMENT_SUBJECT.match(before) or _DOCUMENT_SUBJECT_AFTER_OPENING.match(before)
    if subject is None:
        return None
    inner = context.text[span.inner[0]:span.inner[1]].lstrip()
    if not (_PREDICATE_START.match(inner) or SPEECH_VERB.search(before, subject.end())):
        return None
    return _resolve(subject.group("document"), context, context.offset + sentence_start, subject.group(0).strip(" ,"))


def _in_document(span, context: _Context):
    """'In the statement, the leaders agreed on the need to "…"', 'The presidents reaffirmed in the
    communique that "…"': whoever the sentence's subject is, the words are the document's."""
    document = _document_named(context, span.start)
    if document is None:
        return None
    resolved = _resolve(f"the {document}", context, context.offset + context.sentence[0], f"in the {document}")
    return (_without_article(resolved[0]), "document", resolved[2]) if resolved and resolved[1] == "document" else None


def _sentence_before(span, context: _Context):
    """'…, said Lula. "It benefits Brazil."': a quotation standing as a whole sentence goes on with the
    words of the person the sentence before it in the paragraph reports (or gives as a source)."""
    start, end = context.sentence
    if start == 0 or not _bare(span, context):
        return None
    previous = next(((s, e) for s, e in reversed(split_sentences(context.masked[:start])) if e <= start), None)
    if previous is None:
        return None
    text = context.masked[previous[0]:previous[1]]
    _, found = _last_verb_and_subject(text, context, previous[0])
    found = found or _according_to(text, context, previous[0])  # 'According to Putin, … "…"'
    found = found or _acting_subject(text, context, context.offset + previous[0])
    return found if found and found[1] == "person" else None


SUBJECT_CUE_CHARS = 60  # the opening of a sentence whose subject speaks next, shown as the cue


def _acting_subject(sentence: str, context: _Context, position: int):
    """'The minister, Ana Ruiz welcomed the delegates.' and then a quotation that is a sentence of its own,
    with no tag: the words of the person the sentence before is about, its subject (with a verb after it).
    The one person the cast found as a subject there stands for a subject phrase too long to read
    ("The host and new chair, the President of Rwanda X, warmly welcomed …")."""
    subjects = {entity.name for entity in context.cast.entities if entity.strong
                for at in entity.subject_positions if position <= at < position + len(sentence)}
    sentence = sentence.strip(" \x00")
    subject = _leading_noun_phrase(sentence)
    if len(subjects) == 1:
        return subjects.pop(), "person", sentence[:SUBJECT_CUE_CHARS].strip(" \x00")
    if not subject or subject.split()[0].lower() in ("a", "an"):
        return None
    at = sentence.find(subject.split()[-1])
    rest = sentence[at + len(subject.split()[-1]):] if at >= 0 else ""
    apposition = _APPOSITION_NAME.match(rest)
    if apposition and context.cast.by_name(apposition.group("name")):  # "Fiji's foreign minister, X welcomed …"
        subject = apposition.group("name")
    elif not re.match(r"\s+[a-z]", rest):
        return None  # no verb follows: a heading, a caption, a list
    found = _resolve(subject, context, position, subject)
    entity = context.cast.by_name(found[0]) if found and found[1] == "person" else None
    return found if entity is not None and entity.strong else None  # a person the text knows, not any capital


def _fragment_after_speaker(span, context: _Context):
    """'Xi put forward three proposals. First, countries should remain "committed to …"': a quoted fragment in
    a sentence that names nobody goes on with the person the sentence before, in its paragraph, is about."""
    start, end = context.sentence
    narrative = context.masked[start:end]
    absolute = context.offset + start
    if start == 0 or _bare(span, context) or _PRONOUN_SUBJECT.search(narrative) or _ROLE_SUBJECT.search(narrative) \
            or SPEECH_VERB.search(narrative) or _SOURCE_NOUN.search(narrative) \
            or _TAG_OPENING.match(context.masked[span.end:end]) \
            or any(absolute <= position < absolute + len(narrative) for position, _ in context.cast.mentions_before(
                absolute + len(narrative))):
        return None  # a sentence that names, or says, who else might be speaking
    previous = split_sentences(context.masked[:start])
    if not previous:
        return None
    low, high = previous[-1]
    return _reported_before(context.masked[low:high], context.offset + low, context, bare=True)


def _bare(span, context: _Context) -> bool:
    """Whether the quotation is its sentence, with no tag or words of the narrative beside it."""
    start, end = context.sentence
    return not (context.masked[start:span.start].strip(_OPENING) or context.masked[span.end:end].strip(_OPENING))


# What runs straight on from a speech verb, with no clause break, is what was said ('said [that] the …')
_REPORTED_CONTENT = re.compile(r"(?:(?!\b(?:and|but|while|whereas|as|when)\b)[^,;:.!?\x00])*")


def _inside_reported(text: str, position: int) -> bool:
    """Whether `position` runs straight on from a speech verb earlier in its sentence ('X said the …')."""
    sentence_start = max(text.rfind(end, 0, position) for end in ".!?\n") + 1
    return any(_REPORTED_CONTENT.fullmatch(text, verb.end(), position)
               for verb in SPEECH_VERB.finditer(text, sentence_start, position))


def _reported_before(previous: str, offset: int, context: _Context, bare: bool = False):
    """'The Prime Minister said there were many areas ...' then a paragraph opening with a quotation
    and no tag: the quotation goes on with the words of the last person reported speaking."""
    for start, end in reversed(split_sentences(previous)):
        clause = mask_quotations(previous[start:end])
        cited = _according_to(clause, context, offset + start)  # "the agency cited Petrov as saying that …"
        if cited and cited[1] == "person":
            return cited
        verbs = list(SPEECH_VERB.finditer(clause))
        for verb in reversed(verbs):
            if _inside_reported(clause, verb.start()):
                continue  # 'X said member states agreed': the later verb is inside what X said
            subject = _subject_before(clause[:verb.start()])
            found = _resolve(subject, context, offset + start + verb.start(), f"{subject} {verb.group(0)}") \
                if subject else None
            if found and found[1] == "person":
                return found
    if not bare or _signature_line(previous):
        return None  # '"…," an official said': a tag of its own that names nobody; a line signing what is above
    sentences = split_sentences(previous)
    return _acting_subject(mask_quotations(previous[sentences[-1][0]:sentences[-1][1]]), context,
                           offset + sentences[-1][0]) if sentences else None


def _role_in(clause: str, context: _Context, clause_start: int):
    """'The key takeaway from the Russian president: "..."' -> the person holding that role."""
    for start, phrase in _role_phrases(clause):
        found = _resolve(phrase, context, context.offset + clause_start + start, phrase)
        if found:
            return found
    return None


def _role_phrases(clause: str):
    """(offset, phrase) of each 'the … <title, role, document or office word> [of …]' in a clause."""
    tokens = list(re.finditer(r"[\w’'-]+", clause))
    for index, token in enumerate(tokens):
        if token.group(0).lower() != "the":
            continue
        for head in tokens[index + 1:index + ROLE_PHRASE_WORDS]:
            word = head.group(0).lower()
            if word in TITLE_WORDS or word in GENERIC_ROLE_HEADS or word in DOCUMENT_WORDS | ORGANIZATION_WORDS:
                body = _OF_BODY.match(clause, head.end())  # "the head of the Berlin government": all of it
                yield token.start(), clause[token.start():body.end() if body else head.end()]
                break


_CAPTION_AFTER = re.compile(r"[\s\x00]*(?P<who>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*)"
                            r"(?:,?\s+(?:at|during|in|on)\s+[^\x00\"“”.!?]*)?[\s.]*")
_FOR_WHOM = re.compile(r"[\s\x00]*For\s+(?P<who>[^\x00,]{2,100}),[\s\x00]*")


def _caption_after(span, context: _Context):
    """'"… The list is long." President Ruiz at the press conference': the rest of the paragraph is a name
    with no verb (a caption), the words are that person's."""
    caption = _CAPTION_AFTER.fullmatch(context.masked[span.end:])
    if caption is None:
        return None
    found = _resolve(caption["who"], context, context.offset + span.end, caption.group(0).strip(" \x00"))
    return found if found and found[1] == "person" else None


def _for_whom(before: str, context: _Context, sentence_start: int):
    """'For Forum host and Fiji Prime Minister Ana Ruiz, “…”': the view, and the words, are hers."""
    opening = _FOR_WHOM.fullmatch(before)
    if opening is None:
        return None
    entity = _name_inside(opening["who"].strip(), context.cast)
    return (entity.name, "person", opening.group(0).strip(" \x00,")) if entity else None


def _sentence_subject(before: str, context: _Context, sentence_start: int):
    """'Sekai Nzenza, Zimbabwe's Minister ..., is very much in favor of ... "..."': the subject speaks;
    'Likewise, he rejected "…"': so does a pronoun subject."""
    opening = _opening_passed(before)
    pronoun = _PRONOUN_SUBJECT.match(opening)
    if pronoun and pronoun.start() == 0:
        return _resolve(pronoun.group(0).lower(), context, context.offset + sentence_start + len(before) - len(opening),
                        "subject")
    return _first_person_in(before, context, sentence_start, "subject", at_start=True)


def _first_person_in(clause: str, context: _Context, clause_start: int, cue: str, at_start: bool = False):
    """The first person named in a clause who is not the object of a preposition."""
    absolute = context.offset + clause_start
    for position, entity in reversed(context.cast.mentions_before(absolute + len(clause))):
        if position < absolute:
            continue
        relative = position - absolute
        if at_start and not _TITLES_ONLY.fullmatch(_opening_passed(clause[:relative])):
            return None  # (its own title may stand before the name: "Brazilian President Dilma Rousseff used …")
        preceding = re.findall(r"[\w’'-]+", clause[:relative])[-1:]
        if preceding and preceding[0].lower() in _PREPOSITIONS | _ADDRESSING_VERBS:
            continue  # ("a reporter asked X:": X is asked)
        return entity.name, "person", cue
    return None


def _subject_before(text: str) -> str:
    """The subject of a verb from the words before it: skip adverbs, auxiliaries and a parenthetical; a clause
    before a semicolon is another's ("X called it a success; while Y said")."""
    text = text[text.rfind(";") + 1:]
    text = re.sub(rf"(?:\s+{ADVERBS})+\s*$", "", text.rstrip(), flags=re.I).rstrip()
    text = _past_setting(text)  # "X in his closing speech added": X
    if text.endswith(","):
        clause = text.rstrip(",")
        # "Xi Jinping, previous to their meeting, and addressing Putin directly, had stressed"
        parts = [_RELATIVE_CLAUSE.split(part.strip())[0] for part in clause.split(",")]  # "X who …, urged": X
        for index, part in enumerate(parts):
            candidate = _trailing_noun_phrase(part)
            if candidate and (_SUBJECT_PRONOUN.match(candidate) or candidate[0].isupper()):
                following = parts[index + 1] if index + 1 < len(parts) else ""
                named = _trailing_noun_phrase(following)
                if named and named == following and _has_title_word(candidate) \
                        and not _has_title_word(named.split()[-1]):
                    return named  # "President of Papua New Guinea, Sir Michael Somare, said": the name
                return candidate
            if candidate and candidate == part and part.split()[0].lower() in ("the", "a", "an") \
                    and not any(_trailing_noun_phrase(later) == later for later in parts[index + 1:]):
                return part  # "the communique, released after the meeting in Y, said"; not "the minister, X, said"
        return ""
    return _trailing_noun_phrase(text)


def _has_title_word(phrase: str) -> bool:
    return any(word.lower() in HEAD_TITLES for word in phrase.split())


def _past_setting(text: str) -> str:
    """The words before a trailing 'in his closing speech' / 'at the opening session' / 'on June 17'."""
    while match := _TRAILING_SETTING.search(text) or _TRAILING_TIME.search(text):
        text = text[:match.start()]
    return text


def _trailing_noun_phrase(text: str) -> str:
    """'... the Russian defense minister' / '... Russian Defense Minister Sergey Shoigu' / '... he'."""
    tokens = [token.strip("\x00") for token in text.strip(" \x00").split()]
    if not tokens or not tokens[-1]:
        return ""
    if _SUBJECT_PRONOUN.match(tokens[-1]):
        return tokens[-1]
    window = tokens[-ROLE_PHRASE_WORDS:]
    for index in range(len(window) - 1, -1, -1):  # "the SCO declaration", "the Russian defense minister"
        if window[index].lower() in ("the", "a", "an") and all(t.replace("-", "").replace("’", "").isalnum()
                                                  and not SPEECH_VERB.fullmatch(t) for t in window[index + 1:]):
            if len(window) - index > 1:
                return " ".join(window[index:])
    phrase: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        of_the = token == "the" and index and tokens[index - 1].lower() in ("of", "for")  # "Secretary of the Council"
        if not token or token[-1] in ",;:" or not (token[0].isupper() or token.lower() in ("of", "for") or of_the):
            break
        phrase.insert(0, token)
    while phrase and phrase[0].lower() in ("of", "for", "the"):
        phrase.pop(0)
    return " ".join(phrase)


def _title_follows(tokens: list[str]) -> bool:
    """'climate chief', 'trade envoy': lower-case words that end in a title within a few words."""
    for token in tokens[:3]:
        bare = token.strip(".,;:\x00")
        if not bare or not bare.islower():
            return False
        if bare in HEAD_TITLES:
            return True
        if bare != token:
            return False
    return False


def _leading_noun_phrase(text: str) -> str:
    """'the Russian defense minister at a meeting' -> 'the Russian defense minister'; 'Putin on Friday' -> 'Putin';
    'New Delhi, Jul 7: Prime Minister Narendra Modi …' -> 'Prime Minister Narendra Modi' (past the dateline)."""
    text = text.strip(" \x00")
    tokens = _opening_passed(text).split()
    phrase: list[str] = []
    for token in tokens:
        bare = token.strip(".,;:\x00")
        if not bare:
            break
        lower = bare.lower()
        if not phrase and (lower in ("the", "a", "an") or _SUBJECT_PRONOUN.match(bare)):
            phrase.append(bare)
            if _SUBJECT_PRONOUN.match(bare):
                break
            continue
        if lower in _CLAUSE_WORDS:
            break
        titled = phrase and phrase[0][0].isupper() and (lower in TITLE_WORDS  # "Russian presidential spokesman …"
                                                        or _title_follows(tokens[len(phrase):]))  # "UN climate chief'
        if bare[0].isupper() or titled or (phrase and phrase[0].lower() == "the"
                                           and lower not in _PREPOSITIONS | {"and", "at", "on", "in"}
                                           and not (_has_head(phrase) and lower not in TITLE_WORDS)):
            phrase.append(bare)
            if token != bare and not (token.endswith(".") and lower in _HONORIFICS):  # "said Mr. Guterres"
                break
            continue
        break
    found = " ".join(phrase)
    rest = " ".join(tokens[len(phrase):len(phrase) + 2]).lower().strip(".,;:")
    if found.lower().endswith(" head") and f"head {rest}" in _HEAD_OF:
        found += " " + rest  # "the Japanese head of government": one title
    return found


def _opening_passed(text: str) -> str:
    """The text after a dateline, a participle opening and a time or place opening, in that order."""
    return _past(_ADVERBIAL_OPENING, _past(_PARTICIPLE_OPENING, _past(_DATELINE, text.lstrip(" \x00"))))


def _past(opening: re.Pattern, text: str) -> str:
    """The text after what `opening` matches at its start (all of it when nothing does)."""
    match = opening.match(text)
    return text[match.end():] if match else text


def _has_head(phrase: list[str]) -> bool:
    """'the Saudi crown prince': a role, document or office word ends the noun phrase; a lower-case word
    after it that is no title word ('welcomed') is the verb."""
    last = phrase[-1].lower()
    return len(phrase) > 1 and (last in HEAD_TITLES or last in GENERIC_ROLE_HEADS or last in DOCUMENT_WORDS
                                or last in ORGANIZATION_WORDS)


_SOMEBODY = re.compile(r"(?:one|another|(?:an?\s+)?(?:unnamed|anonymous|unidentified))\b")


def _resolve(subject: str, context: _Context, position: int, cue: str):
    """A subject as written -> (speaker name, kind, cue)."""
    subject = subject.strip(" \x00,")
    if len(subject) < 2:
        return None  # "X posted": a letter names a network, never a speaker
    lower = subject.lower()
    if lower in _STYLES:  # "His Majesty said": the king
        subject, lower = _STYLES[lower], _STYLES[lower]
    head_of = _HEAD_OF_BODY.match(subject)
    if head_of:  # "the head of the German government": the German head of government
        subject = f"the {head_of['who']} head of {head_of['body'].lower()}"
        lower = subject.lower()
    if _SOMEBODY.match(lower):
        return None  # "one unnamed envoy", "another official": somebody the text does not name
    if _IT.match(lower):  # "it says": the declaration or office the text last named
        return _last_document(context, position, cue)
    if lower in PLURAL_PRONOUNS:
        return _joint_text(context, position, cue)
    if lower in PRONOUNS:
        gender = PRONOUN_GENDER.get(lower)
        entity = _relative_antecedent(context, position) or _speaking_on(context.cast, position, cue, gender) \
            or resolve_pronoun(context.cast, position, gender)
        return (entity.name, "person", cue) if entity else None
    words = lower.split()
    if any(word in DOCUMENT_WORDS and after == "from" for word, after in zip(words, words[1:])):
        return _without_article(subject), "document", cue  # "a joint statement from the ministers says"
    if words[-1] in COLLECTIVE_HEADS:
        return _collective(subject, context, position, cue)
    named = context.cast.by_name(subject) if subject[0].islower() else None
    if named:  # "el-Sisi", "de Klerk": a name that starts in lower case
        return named.name, "person", cue
    if words[0] in ("the", "a", "an") and len(words) > 1:
        subject, words = _head_before_preposition(subject), _head_before_preposition(lower).split()
        lower = " ".join(words)
        if len(words) == 2 and DEMONYMS.get(words[1]):
            compatriots = [e for e in context.cast.entities if e.strong and DEMONYMS[words[1]] in e.nationalities()]
            return (compatriots[0].name, "person", cue) if len(compatriots) == 1 else None  # "the Brazilian told"
    title_of_body = any(word in HEAD_TITLES and after == "of" for word, after in zip(words, words[1:]))
    if words[0] == "the" and title_of_body and not lower.endswith(_HEAD_OF):  # "the Chairperson of the AU Commission"
        entity = _name_inside(subject, context.cast) or resolve_role(subject, context.cast, position, context.year)
        return (entity.name, "person", cue) if entity else None
    if words[0] in ("the", "a", "an") or subject[0].islower():
        head = words[-1] if not lower.endswith(_HEAD_OF) else "head"  # "head of government" is a title
        if head in DOCUMENT_WORDS:
            if len(words) == 2 and head in ISSUED_WORDS:  # "the statement said": the office that issued it
                office = _last_office(context, position)
                if office:
                    return office, "organization", cue
            named = _last_source(context, position, ("document",), _DOCUMENT_MENTION) if subject.islower() else None
            if named and named[0].split()[-1].lower() in DOCUMENT_WORDS and named[0][:1].isupper():
                return _without_article(named[0]), "document", cue  # "read the draft statement": the one named before
            return _without_article(subject), "document", cue
        if head in ORGANIZATION_WORDS:
            if subject.split()[-1].islower():  # "concluded the domestic foreign policy agency": the office named before
                office = _last_office(context, position)
                if office is None and re.search(r"\w[’']s\s", subject):
                    office = _without_article(subject)  # "the prime minister's office": whose office says so
                return (office, "organization", cue) if office else None
            return _without_article(subject), "organization", cue
        named = _name_inside(subject, context.cast) if subject.split()[-1][:1].isupper() else None
        if named:  # "the President of Brazil Luis Inacio Lula da Silva": the name after the role
            return named.name, "person", cue
        body = _body_named_before(context, position, head) if len(words) == 2 else None
        if body:  # "The Asia-Pacific Economic Cooperation forum …", then "the forum noted": that body
            return body, "organization", cue
        entity = resolve_role(subject, context.cast, position, context.year)
        return (entity.name, "person", cue) if entity else None
    entity = context.cast.by_name(subject) or _name_inside(subject, context.cast)
    if entity:
        return entity.name, "person", cue
    head = _head_word(lower)  # "Norway's Ministry of Foreign Affairs": a ministry
    if head in DOCUMENT_WORDS:
        return subject, "document", cue
    if head in HEAD_TITLES or ROLE_ABBREVIATIONS.get(head):  # "UN climate chief", "Indian PM": a role, never a name
        entity = resolve_role(subject, context.cast, position, context.year)
        return (entity.name, "person", cue) if entity else None
    if head in ORGANIZATION_WORDS or subject.isupper():
        return subject, "organization", cue
    affiliated = _AFFILIATED.match(subject)
    if affiliated and not set(affiliated.group("name").lower().split()) & (NOT_NAME_WORDS | ORGANIZATION_NAME_WORDS
                                                                          | TITLE_WORDS) \
            and set(affiliated.group("body").lower().split()) & ORGANIZATION_NAME_WORDS:
        return affiliated.group("name"), "person", cue  # "Ana Ruiz of the University of Chile said"
    if any(word in NOT_NAME_WORDS | ORGANIZATION_NAME_WORDS for word in words) or (
            len(words) == 1 and (country_code(words[0]) or words[0].endswith("s")  # ("observers": "Observer" too)
                                 or words[0] in DEMONYMS or words[0] in REGION_ADJECTIVES  # "Arab states adopted"
                                 or re.search(rf"(?<![\w’'-]){re.escape(words[0])}s?(?![\w’'-])", context.unit.text))):
        return None  # "Allies pledged", "Russia said", "officials said": not a person we can name
    return subject, "person", cue


def _head_before_preposition(phrase: str) -> str:
    """'the formal communique out of the summit', 'a readout issued after the call' -> 'the formal communique',
    'a readout': a document word followed by a preposition or a participle is the phrase's head."""
    words = phrase.split()
    for index, word in enumerate(words[1:-1], start=1):
        following = words[index + 1].lower()
        if word.lower() in DOCUMENT_WORDS and (following in _PREPOSITIONS | {"out"} or following.endswith("ed")):
            return " ".join(words[:index + 1])
    return phrase


def _collective(subject: str, context: _Context, position: int, cue: str):
    """'BRICS leaders stated', 'the leaders said', 'the bloc said': the group by the name the text gives it
    ('BRICS leaders'), else the joint text named before, which speaks for them.  'In the communique, the
    leaders said …': the words are the document's."""
    document = _document_named(context, position - context.offset)
    if document:
        return document, "document", cue
    if _GROUP_NAME.search(subject):
        return _without_article(subject), "organization", cue
    narrative = _narrative(context.unit.text)
    before, after = _GROUP_MENTION.findall(narrative[:position]), _GROUP_MENTION.findall(narrative[position:])
    named = (before[-1:] or after[:1] or [None])[0]
    if named:  # "the leaders": of the group the text names ("BRICS nations", "EU leaders"), before if it can
        return (f"{named} leaders" if subject.lower().endswith("leaders") else named), "organization", cue
    found = _last_source(context, position, ("document",), _DOCUMENT_MENTION)
    if found and found[0].split()[-1].lower() in DOCUMENT_WORDS:
        return _without_article(found[0]), "document", cue
    return None


def _document_named(context: _Context, end: int) -> str | None:
    """The document an "in the communique" of the quotation's sentence names, up to `end` (paragraph offset)."""
    found = _IN_DOCUMENT.search(context.masked[context.sentence[0]:max(context.sentence[0], end)])
    return found.group("document") if found else None


_GROUP_LEADERS = re.compile(_GROUP_NAME.pattern + r"(?=\s+leaders\b)")
GROUP_REACH = 300  # characters back in which "they" may be the leaders of a group just named


def _joint_text(context: _Context, position: int, cue: str):
    """'they said in the statement': the document the sentence names; a bare 'they said' right after a joint
    text spoke goes on with it.  Otherwise 'they' is nobody we can name."""
    document = _document_named(context, context.sentence[1])
    if document:
        return document, "document", cue
    spoken = [name for at, name, kind in context.cast.speakers
              if kind == "document" and position - SOURCE_LOOKBACK < at < position]
    if spoken:
        return spoken[-1], "document", cue
    groups = set(_GROUP_LEADERS.findall(_narrative(context.unit.text)[max(0, position - GROUP_REACH):position]))
    # "the G9 leaders issued a statement … "…," they said": the one group just named
    return (f"{groups.pop()} leaders", "organization", cue) if len(groups) == 1 else None


@lru_cache(maxsize=4)
def _narrative(text: str) -> str:
    """A unit's text with its quotations blanked, once per unit however many tags ask."""
    return mask_quotations(text)


def _last_document(context: _Context, position: int, cue: str):
    """'it' as a speaker: the nearest document or office named before it ('the G20 declaration')."""
    found = _last_source(context, position, ("document", "organization"), _DOCUMENT_MENTION)
    if found is None:
        return None
    phrase, kind = found
    return phrase, kind or ("document" if phrase.split()[-1].lower() in DOCUMENT_WORDS else "organization"), cue


_IN_WHICH = re.compile(r"\b(?:in|during|at)\s+which\s+(?:he|she)?\s*$", re.IGNORECASE)


def _relative_antecedent(context: _Context, position: int) -> Entity | None:
    """'a brief speech by Abe in which he said': a pronoun opening a relative clause about a speech is the
    person named last before it in the sentence."""
    if not _IN_WHICH.search(context.unit.text, max(0, position - 24), position):
        return None
    start = context.offset + context.sentence[0]
    mentions = [entity for at, entity in context.cast.mentions_before(position) if start <= at]
    return mentions[0] if mentions else None


def _body_named_before(context: _Context, position: int, head: str) -> str | None:
    """The last body named before a position whose name ends in `head`, a word of organisations' names
    ("the Asia-Pacific Economic Cooperation forum" for "the forum")."""
    if head not in ORGANIZATION_NAME_WORDS:
        return None
    return _last_mention(context, position, re.compile(rf"((?:(?!(?:The|A|An)\s)[A-Z][\w’'-]*\s+)+(?i:{head}))\b"))


def _last_office(context: _Context, position: int) -> str | None:
    """The last office named in the narrative before a position ("The Chinese Foreign Ministry's spokesperson
    issued remarks"), for a statement or report the text does not name."""
    found = _last_source(context, position, ("organization",), _OFFICE_MENTION)
    return _without_article(found[0]) if found else None


def _last_source(context: _Context, position: int, kinds: tuple[str, ...], mention: re.Pattern):
    """(name, kind) of the office or document that spoke last in the SOURCE_LOOKBACK characters before a
    position ("…, the ministry said. It added: …"), else (name, None) of the last one `mention` finds there."""
    spoken = [(name, kind) for at, name, kind in context.cast.speakers
              if kind in kinds and position - SOURCE_LOOKBACK < at < position]
    if spoken:
        return spoken[-1]
    named = _last_mention(context, position, mention)
    return (named, None) if named else None


def _last_mention(context: _Context, position: int, mention: re.Pattern) -> str | None:
    """Group 1 of the last match of `mention` in the narrative within SOURCE_LOOKBACK characters before a position."""
    found = list(mention.finditer(mask_quotations(context.unit.text[max(0, position - SOURCE_LOOKBACK):position])))
    return found[-1].group(1) if found else None


_TITLE_OF_NAME = re.compile(r"(?:the|a)\s+(?:[\w-]+\s+){0,3}?of\s+(?:the\s+)?"
                            rf"(?:(?:[A-Z][\w’'.-]*|{'|'.join(sorted(NAME_PARTICLES))})\s+)*[A-Z][\w’'.-]*")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$")  # "… X of Laos"


def _name_inside(subject: str, cast: Cast) -> Entity | None:
    """'Russian Defense Minister Sergey Shoigu' -> the entity for its trailing name; 'President Gustavo
    Petro Urrego of Colombia' -> the name before 'of <place>'."""
    place = _OF_PLACE.search(subject)
    whole = (subject[:place.start()] if place and country_code(place["place"].lower()) else subject).split()
    whole = without_postnominals(whole)  # "… Patricia Scotland KC"
    if len(whole) >= 2:  # "India’s Minister of External Affairs Subrahmanyam Jaishankar"
        for size in range(min(4, len(whole) - 1), 0, -1):
            entity = cast.by_name(" ".join(whole[-size:])) if whole[-size - 1].lower() != "of" else None
            if entity and (size > 1 or entity.strong):  # "the Prince of Wales": of a place, no name
                return entity
    tokens = re.split(r"\s+of\s+", subject)[0].split()
    for size in range(min(4, len(tokens)), 0, -1):
        entity = cast.by_name(" ".join(tokens[-size:]))
        if entity:
            return entity
    return None


def _without_article(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[1:]) if words and words[0].lower() in ("the", "a", "an") else phrase


