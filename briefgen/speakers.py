"""Who is who in a unit: person mentions, their descriptors, and resolving "he" or "the envoy" to a name.

No NER model is available offline from PyPI, so mentions are read from capitalisation and
context: a run of capitalised words splits into a descriptor ("Russian Defense Minister",
"Special Envoy of the Russian President for SCO Affairs") and a name ("Sergey Shoigu");
a surname alone ("Shoigu") links to the full name used elsewhere in the unit.  The catalog's
people (names, aliases, roles with country and years) add what the text leaves out, e.g.
that "the Russian president" in 2022 is Vladimir Putin.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.catalog import Person
from briefgen.text import within

HEAD_TITLES = frozenset("""president minister premier chancellor secretary-general director-general secretary envoy spokesman
    spokeswoman spokesperson ambassador chairman chairwoman chairperson chair chief head director leader king queen
    prince emir sheikh mr mrs ms dr prof senator governor mayor commander colonel admiral adviser advisor
    representative official officer diplomat councillor counsellor aide lawmaker politician professor expert analyst
    scholar researcher reporter gen lt col maj capt adm gov""".split())  # ("Gen Somchai": British style, no dot)
TITLE_MODIFIERS = frozenset("""prime special deputy first vice general defense defence foreign affairs external
    economy trade industry commerce finance interior security presidential state supreme""".split())
TITLE_WORDS = HEAD_TITLES | TITLE_MODIFIERS
HEAD_TITLE_PATTERN = "|".join(sorted(HEAD_TITLES, key=len, reverse=True))  # longest first: "secretary-general"
RANKING_MODIFIERS = frozenset("prime deputy vice first".split())  # "the prime minister" is no other minister
_DEPUTY_MODIFIERS = frozenset({"deputy", "vice"})  # nor is a deputy or vice one "the president"
GENERIC_ROLE_HEADS = frozenset("""diplomat official leader chief envoy head spokesman spokeswoman spokesperson
    politician statesman""".split())
# Who speaks for an office, not for themselves: "the official said" is never the leader or minister named
# nearby, though it may be an aide or a spokesman named before; "the diplomat" may be the foreign minister,
# never the head of state or government.
FUNCTIONARY_HEADS = frozenset("official spokesman spokeswoman spokesperson representative".split())
AGENT_HEADS = FUNCTIONARY_HEADS | {"aide", "adviser", "advisor"}  # who speak for someone: "X's aide" is not X
DIPLOMAT_HEADS = frozenset("diplomat envoy".split())
HEADS_OF_STATE = frozenset("president premier chancellor king queen emir sheikh chairman leader".split())
PRINCIPAL_HEADS = HEADS_OF_STATE | {"minister", "secretary-general"}
DOCUMENT_WORDS = frozenset("""declaration statement communique communiqué charter resolution document treaty
    agreement memorandum report text readout""".split())
ORGANIZATION_WORDS = frozenset("""ministry kremlin government office organization organisation agency council
    commission committee bank fund union secretariat administration embassy cabinet service""".split())
INSTITUTION_WORDS = frozenset("""council ministry commission committee bank fund agency organization organisation
    union forum secretariat assembly parliament government""".split())  # ending a title before a name
GENERATION_SUFFIXES = frozenset("jr sr ii iii iv".split())
NAME_PARTICLES = frozenset("bin ibn al el de da do dos das del della di du van von der le la".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
NOT_NAME_WORDS = MONTHS | frozenset("""the a an in on at of for to from with by and or but as after before during
    this that these those it its he she they we i his her their our my according while when where
    however meanwhile also there here earlier later today yesterday tomorrow thursday friday saturday
    sunday monday tuesday wednesday re what why how who whom whose which then next first finally still so thus
    twitter telegram facebook instagram youtube tiktok weibo wechat majesty highness excellency
    one two three four five several many some all both each every another other most few
    quote details background context reminder update note
    unlike despite unless although though whereas besides beyond without against among amid amidst between
    within upon since until via toward towards regarding concerning following including""".split())
# (platforms post, people speak; "His Majesty" addresses a king by his style, it is not his name)
ORGANIZATION_NAME_WORDS = frozenset("""organization organisation initiative road union forum bank corridor
    council partnership cooperation economic republic sea ocean route agency corporation ministry
    commission committee treaty charter convention exchange fund declaration party congress summit
    system spirit thread news television army navy company group club east west north south nations
    association alliance assembly community league federation institute university foundation
    business markets world politics opinion article advertisement
    centre center hall palace hotel stadium airport building square commonwealth government parliament
    cabinet administration presidency movement states""".split())  # (and a page's section headings: "Weekly Business")
REGION_ADJECTIVES = frozenset("""asian african european american arab pacific atlantic nordic baltic eurasian latin
    caribbean caucasian""".split())  # "Central Asian states": no name ends in one
DEMONYMS = {
    "russian": "RU", "chinese": "CN", "indian": "IN", "kazakh": "KZ", "kazakhstani": "KZ", "uzbek": "UZ",
    "tajik": "TJ", "kyrgyz": "KG", "pakistani": "PK", "iranian": "IR", "belarusian": "BY", "american": "US",
    "us": "US", "u.s.": "US", "turkish": "TR", "mongolian": "MN", "afghan": "AF", "azerbaijani": "AZ",
    "armenian": "AM", "turkmen": "TM", "egyptian": "EG", "saudi": "SA", "emirati": "AE", "british": "GB",
    "french": "FR", "german": "DE", "japanese": "JP", "korean": "KR", "ukrainian": "UA", "brazilian": "BR",
    "zimbabwean": "ZW", "south african": "ZA", "lao": "LA", "laotian": "LA", "vietnamese": "VN", "thai": "TH",
    "malaysian": "MY", "indonesian": "ID", "filipino": "PH", "philippine": "PH", "cambodian": "KH",
    "singaporean": "SG", "burmese": "MM", "australian": "AU", "canadian": "CA", "mexican": "MX", "argentine": "AR",
    "argentinian": "AR", "chilean": "CL", "peruvian": "PE", "colombian": "CO", "venezuelan": "VE", "cuban": "CU",
    "nigerian": "NG", "kenyan": "KE", "ethiopian": "ET", "moroccan": "MA", "algerian": "DZ", "tunisian": "TN",
    "libyan": "LY", "sudanese": "SD", "ghanaian": "GH", "senegalese": "SN", "angolan": "AO", "israeli": "IL",
    "palestinian": "PS", "syrian": "SY", "iraqi": "IQ", "jordanian": "JO", "lebanese": "LB", "qatari": "QA",
    "kuwaiti": "KW", "omani": "OM", "yemeni": "YE", "bahraini": "BH", "polish": "PL", "hungarian": "HU",
    "czech": "CZ", "slovak": "SK", "romanian": "RO", "bulgarian": "BG", "serbian": "RS", "croatian": "HR",
    "greek": "GR", "italian": "IT", "spanish": "ES", "portuguese": "PT", "dutch": "NL", "belgian": "BE",
    "swiss": "CH", "austrian": "AT", "swedish": "SE", "norwegian": "NO", "danish": "DK", "finnish": "FI",
    "estonian": "EE", "latvian": "LV", "lithuanian": "LT", "georgian": "GE", "moldovan": "MD", "irish": "IE",
    "bangladeshi": "BD", "sri lankan": "LK", "nepalese": "NP", "north korean": "KP", "south korean": "KR",
}
ROLE_ABBREVIATIONS = {"pm": "prime minister", "fm": "foreign minister", "un": "", "head of government": "prime minister",
                      "head of state": "president"}
THE_COUNTRYS = ("country's", "country’s", "nation's", "nation’s")  # "the country's prime minister": its, whichever
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "он": "person", "она": "person"}
# the gender a pronoun (and the Russian possessive or oblique form) tells: "she said" passes over Mr. X
PRONOUN_GENDER = {"he": "Masc", "him": "Masc", "she": "Fem", "her": "Fem",
                  "он": "Masc", "его": "Masc", "него": "Masc", "нем": "Masc", "нём": "Masc",
                  "она": "Fem", "её": "Fem", "ее": "Fem", "ней": "Fem", "нее": "Fem", "неё": "Fem",
                  "他": "Masc", "她": "Fem"}
PLURAL_PRONOUNS = frozenset({"they", "we", "они", "мы", "it"})

SPEECH_VERBS = """said says say added adds noted notes stressed stresses stated states told tells remarked
    remarks explained explains emphasized emphasised emphasizes emphasises underlined underlines underscored
    urged urges warned warns declared declares announced announces insisted insists argued argues observed
    observes wrote writes asked asks replied replies responded responds continued continues concluded
    recalled recalls reminded reminds suggested suggests claimed claims confirmed confirms commented
    comments acknowledged acknowledges admitted admits affirmed affirms assured assures believes believed
    vowed vows pledged pledges promised promises proposed proposes mentioned mentions reiterated reiterates
    highlighted highlights predicted predicts quipped conceded concedes noting saying adding stressing read reads
    stating telling warning urging insisting arguing describing described calling called declaring began
    opened cautioned complained lamented exclaimed joked retorted posted tweeted wrote writing talked spoke
    answered answering hailed explaining emphasizing emphasising underlining noting asserted asserts blamed
    blames accused accuses criticised criticized condemned condemns praised praises reads stipulates expressing expressed
    revealed reveals revealing call calls addressed addressing addresses
    сказал сказала заявил заявила отметил отметила подчеркнул подчеркнула добавил добавила сообщил
    сообщила указал указала заметил заметила пояснил пояснила признал признала говорит считает""".split()
SPEECH_PHRASES = ["was quoted as saying", "were quoted as saying", "quoted as saying", "made it clear",
                  "pointed out", "pointed to", "pointing to", "made the announcement", "sent a message", "went on to say", "said in a statement"]
ADVERBS = r"(?:also|again|once again|later|then|further|likewise|meanwhile|had|has|have|was|were|is|would|will|already|" \
          r"not|however|for his part|for her part|had already|has also|[a-z]+ly)"
# Lower case only: "United States" is no verb.
SPEECH_VERB = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in SPEECH_PHRASES) + "|" +
    "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")(?![\w-])")
# A name followed by a speech verb, or by any past-tense verb ("Shoigu addressed the ministers").
_ACTS_AFTER = re.compile(rf"^\s+(?:{ADVERBS}\s+)*(?:{SPEECH_VERB.pattern}|[a-z]{{3,}}ed\b)")
_IRREGULAR_PAST = ("told went said held met spoke made took gave led sent saw began won wrote left brought came chose "
                   "flew got kept knew paid put ran sat stood struck thought sought became found dealt felt meant "
                   "spent lost heard drew fell rose shook taught threw understood withdrew oversaw upheld undertook"
                   ).replace(" ", "|")
# what follows a clause's subject: "…, who …, took", "has", "urged", "The host, President X, congratulated"
PREDICATE_AFTER = (r"(?:(?:,[^,]{1,120}){1,2},[”\"]?|,(?=\s+(?:[a-z]{3,}ly\s+)?[a-z]{3,}ed\b))?"  # an appositive
                   r"\s+(?:[a-z]{3,}ly\s+(?=[a-z]{3,}ed\b))?"  # an adverb: "officially opened"
                   r"(?:(?:also|then|later|again|once again|had|has|have|was|is|were|"
                   rf"will|would|could|can|did|does|says|{_IRREGULAR_PAST})\b|[a-z]{{3,}}(?:ed|s)\b)")
_IS_SUBJECT = re.compile("^" + PREDICATE_AFTER)
_SHORT_ADVERBIAL = re.compile(r"^\s+(?:(?:on|in|at|last|this)\s+[^,.;:]{1,25}?|yesterday|today|tonight|earlier),?"
                              r"(?=\s+(?:said|says|told|[a-z]{3,}ed)\b)")
REPORTED_VERBS = frozenset({"reported", "reports"})  # what outlets do: "…, Politico reported"
_OUTLET_VERB = re.compile(r"\s+(?:" + "|".join(sorted(REPORTED_VERBS)) + r")\b")
_COLON_QUOTE = re.compile(r":\s*[\"“«„]")
_ROMAN_NUMERAL = re.compile(r"[IVX]{1,5}")
# "the Rt Hon X", "President His Excellency X": a style, no title
_HONOURABLE = frozenset({"rt", "hon", "honourable", "honorable", "his", "her", "excellency", "majesty", "highness"})
_POSTNOMINAL = re.compile(r"(?:KC|QC|MP|MEP|OBE|CBE|KBE|GCMG|KCMG|CMG|MBE|PhD|MD|Jr\.?|Sr\.?)[.,]?")
_OBJECT_BEFORE = re.compile(r"(?i)(?:\b(?:about|with|to|from|by|of|for|against|on|between|that|in|at|into|near|met|meet|"
                            r"meeting|welcomed|called|had|has|have|let|made)|(?<!,)\s+and)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}$")
# ("Xi and Putin met": an object of "and"; "…, and Anwar held talks": a new clause's subject)
_TITLE_OF_BEFORE = re.compile(r"(?i:" + HEAD_TITLE_PATTERN + r")\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,4}$")
# "In his closing speech X praised …": a phrase opening the sentence, then its subject (no comma before the verb)
_OPENING_PHRASE_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:In|At|On|During|After|Before|Later in)\s+[a-z][\w’'-]*"
                                    r"(?:\s+[a-z][\w’'-]*){0,4}\s+$")
_ACCORDING_BEFORE = re.compile(r"(?i)(?:according to|in the words of)\s+(?:the\s+)?$")
# "Reuters reports this, citing / with reference to the president's aide X": X is the source who spoke
_SOURCE_BEFORE = re.compile(r"(?i)\b(?:citing|quoting|(?:with|in) reference to|referring to)\s+(?:the\s+)?"
                            r"(?:[\w’'-]+\s+){0,4}$")
# "Ushakov told reporters Putin would …": a name right after a subject's speech verb is inside what was said
# (not '"…," said Putin', where the verb follows a quotation or a comma)
_REPORTING = "said|says|announced|stressed|noted|added|insisted|warned|believes|believed"
_REPORTED_BEFORE = re.compile(rf"[A-Za-z]\s+(?:{_REPORTING}|told(?:\s+(?:reporters|journalists|him|her|them|us))?)\s+$")

# "Petrov noted that Iraqi Prime Minister X had asked …": a titled name opening a "that" clause is reported too
_REPORTED_THAT_BEFORE = re.compile(rf"[A-Za-z]\s+(?:{_REPORTING}|told\s+\w+)\s+that\s+"
                                   r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}$")
# '"…," said Petrov', ', announced the Bulgarian president, Ivan Petrov': a tag's verb before its subject
INVERTED_TAG_VERBS = "said|says|added|adds|noted|stated|announced|declared|continued|explained|concluded|remarked"
_INVERTED_TAG = re.compile(rf"(?:[”\"’',]|^)\s*(?:{INVERTED_TAG_VERBS})\s+(?:the\s+(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+,\s+)?$")
_APPOSITIVE_BEFORE = re.compile(  # "the Bulgarian president, Ivan Petrov": the title before, set off by a comma
    r"\bthe\s+((?:[\w’'-]+\s+){0,4}?(?i:" + HEAD_TITLE_PATTERN + r")),\s+$")

# "NATO spokesman Karl Lund", "UN climate chief Ana Ruiz": a title in lower case right before the name
_NOUN_PHRASE_OPENERS = r"the|a|an|with|to|of|for|and|by|from|in|on|at|that|said|says|told"
_TITLE_BEFORE = re.compile(rf"(?<![\w’'-])((?:(?!(?:{_NOUN_PHRASE_OPENERS})\s)[\w’'-]+\s+){{0,3}}?"
                           r"(?:" + HEAD_TITLE_PATTERN + r"))\s+$")
_OPENER_BEFORE = re.compile(rf"(?i:\b(?:{_NOUN_PHRASE_OPENERS}))\s+$")


def _title_before(line: str) -> re.Match | None:
    """The title a name follows directly ("NATO spokesman Karl Lund"), unless an article or a preposition
    opens it: "a jibe at the Danish leader Lund said" names nobody's title."""
    found = _TITLE_BEFORE.search(line)
    return None if found is None or _OPENER_BEFORE.search(line[:found.start()]) else found

_PRONOUN_IN_CUE = re.compile(r"(?i)\b(?:he|she|him|her|his|он|она|его|её|ее|него|неё|нее|ему|ей)\b|[他她]")

_PASSIVE_AGENT = re.compile(r"(?i)\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\s+by\s+"
                            r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}$")
_NICKNAME = re.compile(r"\b(?P<first>[A-Z][a-z]+)\s+[\"“‘'](?P<nick>[A-Z][a-z]+)[\"”’']\s+(?P<last>[A-Z][a-z]+)\b")
_ALIAS_AFTER = re.compile(r"\s*\(([A-Z][\w’'-]+)\)")  # a full name, then the short one the text uses

# "al-Sisi" too; not "ex-Soviet", "pro-Kremlin": a capital after a lower-case prefix starts no name
_ARABIC_ARTICLES = "al|el|ad|as|ash|at|az|an|ar"
# capitals of the Latin alphabets beyond ASCII too ("Zuzana Čaputová", "Østergaard", "Şahin")
UPPERCASE = "A-ZА-ЯЁ" + "".join(char for char in map(chr, range(0xC0, 0x250)) if char.isupper())
_CAPITALISED = rf"(?:(?<![\w’'-])(?:{_ARABIC_ARTICLES}|bin|ibn|abu)-|(?<![a-zа-яё]-))[{UPPERCASE}][\w’'\-.]*"
_GAP = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"  # a name may wrap at a line end, never across a paragraph break
_RUN = re.compile(rf"{_CAPITALISED}(?:(?:{_GAP}|(?:{_GAP}(?:of|for|the|bin|ibn|al|el|de|da|do|dos|das|del|della|di|du|"
                  rf"van|von|der|den|le|la))+{_GAP}){_CAPITALISED})*")  # "Ursula von der Leyen"
TITLE_CASE_SMALL_WORDS = frozenset("""a an the of and or in on at to for with by from as vs is are be into via
    but nor per""".split())  # words a title-case headline leaves in lower case
_SENTENCE_END_IN_RUN = re.compile(r"(?<=[\w’']{2})\.\s+")
_EPITHET = re.compile(r"(?P<name>[A-Z][a-z]+) the (?P<epithet>[A-Z][a-z]+)$")  # "Alexander the Great"


@dataclass
class Entity:
    """A person (or organisation) the unit mentions, with every way it is named and described."""

    name: str
    descriptors: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    person: Person | None = None
    subject_of_speech: bool = False
    epithet: bool = False
    keys: tuple[str, ...] = ()  # the name's words as a language module compares them (lemmas, folded)
    subject_positions: set[int] = field(default_factory=set)  # mentions that are a clause's subject
    aliases: list[str] = field(default_factory=list)  # "Joko Widodo (Jokowi)": what the text calls them next
    gender: str | None = None  # "Masc" / "Fem" where the text tells (natasha, "Mrs."); None or "?" unknown
    honorific: bool = False  # "Mr. Halvorsen": a person, though named by one word

    def agrees(self, gender: str | None) -> bool:
        """A pronoun of this gender may stand for this entity (an unknown gender agrees with any); a title
        tells one too ("the Queen": not "he")."""
        if gender is None:
            return True
        own = self.gender if self.gender is not None or not self.descriptors else _title_gender(self.heads())
        return own in (None, "?") or own == gender

    @property
    def strong(self) -> bool:
        """Known to be a person: in the catalog, titled, quoted as speaking, or 'X the Great'."""
        return bool(self.person or self.descriptors or self.subject_of_speech or self.epithet or self.honorific)

    def descriptor_words(self) -> set[str]:
        words: set[str] = set()
        for descriptor in self.descriptors:
            words |= {bare_word(w) for w in descriptor.replace("’s", " ").split()}
        if self.person:
            for role in self.person.roles:
                words |= set(role.title.lower().split())
                if role.organization:
                    words.add(role.organization.lower())
        return words

    def heads(self) -> set[str]:
        heads = {_descriptor_head(part) for descriptor in self.descriptors  # "Minister of X and COP40 President"
                 for part in re.split(r"\s+and\s+", descriptor)}
        if self.person:
            heads |= {role.title.split()[-1] for role in self.person.roles}
        if "minister" in heads and "prime" in self.descriptor_words():
            heads.add("premier")  # "the premier", "премьер": a prime minister, too
        return {head for head in heads if head}

    def nationalities(self) -> set[str]:
        found = set(self.countries)
        if self.person:
            found |= {role.country for role in self.person.roles if role.country}
        return found


@dataclass
class Cast:
    """The people of one unit, in order of mention."""

    entities: list[Entity]
    registry: Sequence[Person] = ()
    speakers: list[tuple[int, str, str]] = field(default_factory=list)  # (position, name, kind) as attributed
    unnamed_speakers: list[int] = field(default_factory=list)  # where somebody we cannot name spoke
    quoted: Sequence[tuple[int, int]] = ()  # quotations, in order: a long one does not push "he said" out of reach
    pronoun_subjects: Sequence[int] = ()  # in order: "So he commented …", a pronoun that is a clause's subject

    def reach_start(self, position: int) -> int:
        """Where SALIENCE_REACH characters of narrative before `position` begin, quotations not counted."""
        budget, at = SALIENCE_REACH, position
        index = bisect.bisect_left(self.quoted, (position,))  # quotations are in text order
        for low, high in reversed(self.quoted[:index]):
            gap = at - min(high, at)
            if gap >= budget:
                break
            budget, at = budget - gap, low
        return at - budget

    def mark_speaker(self, name: str | None, kind: str, position: int, cue: str = "") -> None:
        """Who just spoke is who "he said" / "сказал он" / "他说" next refers to (and "it says" for offices).
        A speaker the text does not name ("an EU official said") is who the next "he" means, too: unknown.
        (A "he" we could not resolve says nothing about who the next one is.)"""
        if name is None:
            if kind in ("person", "unknown") and not _PRONOUN_IN_CUE.search(cue):
                self.unnamed_speakers.append(position)
            return
        self.speakers.append((position, name, kind))
        for entity in self.entities:
            if kind == "person" and entity.name == name:
                entity.subject_positions.add(position)
                entity.subject_of_speech = True

    def mentions_before(self, position: int, strong: bool = False) -> list[tuple[int, Entity]]:
        """Mentions before `position`, nearest first (only of known persons when `strong`)."""
        found = [(p, e) for e in self.entities for p in e.positions if p < position and (e.strong or not strong)]
        return sorted(found, key=lambda item: item[0], reverse=True)

    def mentions_after(self, position: int) -> list[tuple[int, Entity]]:
        found = [(p, e) for e in self.entities for p in e.positions if p > position]
        return sorted(found, key=lambda item: item[0])

    def by_name(self, name: str) -> Entity | None:
        """A name as written ("Xi", "Shoigu", "Vladimir Putin") -> the unit's entity for it."""
        wanted = _name_tokens(name)
        for entity in self.entities:
            tokens = _name_tokens(entity.name)
            aliases = [_name_tokens(alias) for alias in (*(entity.person.names if entity.person else ()),
                                                         *entity.aliases)]
            if wanted == tokens or wanted in aliases or _is_part(wanted, tokens):
                return entity
        if _INITIALS.fullmatch(name):  # "MBS", "AMLO": the one person whose name has these initials
            initialled = [entity for entity in self.entities if name.lower() in _initials(entity.name)]
            return initialled[0] if len(initialled) == 1 else None
        return None


_INITIALS = re.compile(r"[A-Z]{3,4}")  # not two letters: "PM", "FM" are titles


def _initials(name: str) -> set[str]:
    """'Mohammed bin Salman' -> {'mbs', 'ms'}: the first letters of its words, with and without particles."""
    tokens = _name_tokens(name)
    return {"".join(t[0] for t in tokens), "".join(t[0] for t in tokens if t not in NAME_PARTICLES)} \
        if len(tokens) > 1 else set()


def bare_word(word: str) -> str:
    """'Russia’s' -> 'russia', 'minister,' -> 'minister' (and 'spokesman' stays 'spokesman')."""
    return word.lower().removesuffix("’s").removesuffix("'s").strip("’'.,")


_ARTICLE_PREFIX = re.compile(rf"^(?:{_ARABIC_ARTICLES})-(?=\w{{3}})")  # "El-Sisi" and "Sisi" are one name


@lru_cache(maxsize=65536)  # the catalog's names are compared with every capitalised run of every unit
def _name_tokens(name: str) -> tuple[str, ...]:
    """'Luiz Inácio Lula' and 'Luiz Inacio Lula' are one name."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    tokens = tuple(_ARTICLE_PREFIX.sub("", token.lower().strip("’'.,")) for token in plain.split())
    while len(tokens) > 1 and tokens[-1] in GENERATION_SUFFIXES:  # "Marcos Jr." is "Ferdinand Marcos"'s Marcos
        tokens = tokens[:-1]
    return tokens


def _is_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'Shoigu' is part of 'Sergey Shoigu'; 'Xi' of 'Xi Jinping' (first or last tokens)."""
    return bool(short) and len(short) < len(full) and (full[-len(short):] == short or full[:len(short)] == short)


def _descriptor_head(descriptor: str) -> str:
    """'Special Envoy of the Russian President' -> 'envoy'; 'Russian Defense Minister' -> 'minister'."""
    words = [bare_word(w) for w in descriptor.replace("’s", " ").split()]
    if "of" in words:
        words = words[:words.index("of")]
    titles = [w for w in words if w in TITLE_WORDS]
    return titles[-1] if titles else ""


def build_cast(text: str, registry: Sequence[Person] = (), skip: Sequence[tuple[int, int]] = ()) -> Cast:
    """Find the people named in `text` (outside the `skip` spans, i.e. quotations) and merge their mentions."""
    skip = sorted(skip)
    index = _registry_index(registry)
    common_words = set(re.findall(r"(?<![\w’'-])[a-zа-яё][\w’'-]*", text))
    headline_end, body_words = _title_case_headline(text)
    quoted_names = _quoted_titles(text, skip)
    entities: list[Entity] = []
    for nicknamed in _NICKNAME.finditer(text):  # Joko "Jokowi" Widodo: the quotation marks hid the name
        entity = _find_or_add(entities, f"{nicknamed['first']} {nicknamed['last']}", index)
        entity.positions.append(nicknamed.start())
        if nicknamed["nick"] not in entity.aliases:
            entity.aliases.append(nicknamed["nick"])
    cut_at = cut_end(text)
    for start, run in _runs(text):
        if within(start, skip) or start + len(run) == cut_at:
            continue  # ("…, said Can": the cut end of a name, nobody's)
        if _capitals_name(text, start, run):  # "ANTÓNIO GUTERRES, Secretary-General …": a UN summary's speaker
            run = run.title()
        if " " not in run and _OUTLET_VERB.match(text, start + len(run)):
            continue  # "…, Politico reported": an outlet, not a person a later "he" may mean
        if _is_byline(text, start, run):
            continue  # "By Ivan Petrov" on a line of its own: who wrote the story, not one who speaks in it
        if start < headline_end:  # "Petrov Lands in …": a headline's capitals mark no name
            start, run = _words_of_body(start, run, body_words)
            if not run:
                continue
        mention = _split_mention(run, text, start, index, common_words)
        if mention is None:
            continue
        name, descriptor, position = mention
        if _name_tokens(name) in quoted_names and _registry_person(name.split(), index) is None:
            continue  # the text named “The Lima Accord” in quotation marks: "Lima Accord calls" is that thing
        entity = _find_or_add(entities, name, index)
        entity.positions.append(position)
        alias = _ALIAS_AFTER.match(text, start + len(run))
        if alias and len(name.split()) > 1 and alias.group(1) not in entity.aliases:
            entity.aliases.append(alias.group(1))
            _absorb(entities, entity, alias.group(1))
        entity.epithet = entity.epithet or bool(_EPITHET.fullmatch(name))
        _note_honorific(entity, _HONORIFIC_BEFORE.search(_line_before(text, position, 8)))
        note_gender(entity, _possessive_gender(text, start + len(run)))
        acts_after = _ACTS_AFTER.match(text[start + len(run):start + len(run) + 60])
        object_before = run.endswith(("’s", "'s")) or _OBJECT_BEFORE.search(_line_before(text, position, 25)) \
            and not _TITLE_OF_BEFORE.search(_line_before(text, position, 60)) \
            and not (acts_after and _OPENING_PHRASE_BEFORE.search(_line_before(text, position, 60)))
        # (a possessive, "X’s unprecedented visit", is no clause's subject)
        acts = bool(acts_after) and not object_before
        heading_quote = text[max(0, start - 1):start] in ("", "\n") and _COLON_QUOTE.match(text, start + len(run))
        entity.subject_of_speech = entity.subject_of_speech or acts or bool(heading_quote) or bool(
            _ACCORDING_BEFORE.search(_line_before(text, position, 30)))  # (a line 'Orban: "…"' quotes Orban)
        following = text[start + len(run):start + len(run) + 160]  # room for an appositive before the verb
        following = following[_SHORT_ADVERBIAL.match(following).end():] if _SHORT_ADVERBIAL.match(following) else following
        source = _SOURCE_BEFORE.search(_line_before(text, position, 60))
        entity.subject_of_speech = entity.subject_of_speech or bool(source)
        subject = source or (acts or _IS_SUBJECT.match(following)) and not object_before \
            and not _REPORTED_BEFORE.search(_line_before(text, position, 40)) \
            and not _REPORTED_THAT_BEFORE.search(_line_before(text, position, 80))
        inverted = _INVERTED_TAG.search(_line_before(text, position, 80))
        if subject or inverted or _PASSIVE_AGENT.search(_line_before(text, position, 80)):  # "was echoed by …"
            entity.subject_positions.add(position)
        before = _APPOSITIVE_BEFORE.search(_line_before(text, position, 80)) \
            or (None if descriptor else _title_before(_line_before(text, position, 60)))
        for found in (descriptor, _appositive_after(text, start + len(run)), before and before.group(1)):
            if found:
                entity.descriptors.append(found)
                entity.countries |= _countries_in(found)
        country = _COUNTRY_IN_BRACKETS.match(text, start + len(run))
        if country and country_code(country.group(1).lower()):
            entity.countries.add(country_code(country.group(1).lower()))  # "Anna Berg (Hungary)"
        country = _COUNTRYS_BEFORE.search(_line_before(text, position, 40))
        if country and country_code(country.group(1).lower()):
            entity.countries.add(country_code(country.group(1).lower()))  # "Norland’s Anna Berg"
    return Cast([e for e in entities if _is_person_like(e)], registry, quoted=skip)


_HONORIFICS = frozenset("mr mrs ms miss madam madame mme dame sir lady".split())  # "Ms Berg": no title
_HONORIFIC_BEFORE = re.compile(rf"\b(?P<honorific>{'|'.join(sorted(word.title() for word in _HONORIFICS))})\.?\s+$")
_HONORIFIC_GENDER = {"mr": "Masc", "sir": "Masc"}  # the others are a woman's


def cut_end(text: str) -> int:
    """Where a text ends when an excerpt cut it inside a word (no closing punctuation), else -1: a name
    running to there is the cut end of one ("…, said Can", "— заявил премьер-министр Малайз"), nobody's."""
    end = len(text.rstrip())
    return end if text[end - 1:end].isalpha() else -1


def without_postnominals(tokens: list[str]) -> list[str]:
    """'Patricia Scotland KC', '… MP': the letters after a name are no part of it, nor a title before one."""
    while len(tokens) > 2 and _POSTNOMINAL.fullmatch(tokens[-1]) and not _ROMAN_NUMERAL.fullmatch(tokens[-1]):
        tokens = tokens[:-1]
    return tokens


def _note_honorific(entity: Entity, honorific: re.Match | None) -> None:
    """'Mr. Halvorsen', 'Mrs. Lunde': a person, and of which gender ("she said" is not Mr. Halvorsen)."""
    if honorific is None:
        return
    entity.honorific = True
    note_gender(entity, _HONORIFIC_GENDER.get(honorific["honorific"].lower(), "Fem"))


_TITLE_GENDERS = {"queen": "Fem", "princess": "Fem", "empress": "Fem", "duchess": "Fem", "chairwoman": "Fem",
                  "spokeswoman": "Fem", "king": "Masc", "prince": "Masc", "emperor": "Masc", "duke": "Masc",
                  "sultan": "Masc", "emir": "Masc", "sheikh": "Masc"}


def _title_gender(heads: set[str]) -> str | None:
    genders = {_TITLE_GENDERS[head] for head in heads if head in _TITLE_GENDERS}
    return genders.pop() if len(genders) == 1 else None


def note_gender(entity: Entity, gender: str | None) -> None:
    """What one mention tells of a person's gender; mentions that disagree leave it unknown ("?")."""
    if gender:
        entity.gender = gender if entity.gender in (None, gender) else "?"


# "X finished her question", "X praised his hosts": the subject's own possessive tells its gender
# ("thanked her for", "told her that": "her" is someone else, the verb's object)
_POSSESSIVE_AFTER = re.compile(r"\s+[a-z]{3,}(?:ed|s)\s+(?P<possessive>his|her)\s+(?!(?:for|to|that|and|the|an|in|"
                               r"on|at|with|as|about|from|by|of|over|after|before|during|this|what|when|how|why|if|"
                               r"whether|not|into|because)\b)[a-z]{3,}")


def _possessive_gender(text: str, end: int) -> str | None:
    after = _POSSESSIVE_AFTER.match(text, end)
    return None if after is None else "Masc" if after["possessive"] == "his" else "Fem"


def _quoted_titles(text: str, quoted: Sequence[tuple[int, int]]) -> set[tuple[str, ...]]:
    """The name tokens of things the text names in quotation marks (“The UAE Consensus”, “Team Europe”):
    each tail of a quoted span of two to six capitalised words."""
    titles = set()
    for low, high in quoted:
        words = text[low + 1:high - 1].strip(" .,").split()
        content = [word for word in words if word.lower() not in TITLE_CASE_SMALL_WORDS]
        if 2 <= len(words) <= 6 and all(word[:1].isupper() for word in content):
            tokens = _name_tokens(" ".join(words))
            titles |= {tokens[index:] for index in range(len(tokens))}
    return titles


def _line_before(text: str, position: int, chars: int) -> str:
    """Up to `chars` characters before a position, within its paragraph (a heading before it is no context)."""
    window = text[max(0, position - chars):position]
    return window[window.rfind("\n") + 1:]


def _capitals_name(text: str, start: int, run: str) -> bool:
    """A name in capitals, as official summaries print their speakers, set off by a title after it."""
    words = run.split()
    return 2 <= len(words) <= 4 and all(word.isupper() and len(word) >= 3 for word in words) \
        and bool(_appositive_after(text, start + len(run)))


def _is_byline(text: str, start: int, run: str) -> bool:
    """'By Ivan Petrov', 'By Ivan Petrov and Anna Smith, Reuters': a line of names opened by "By"."""
    if not run.startswith(("By ", "BY ")) or text[max(0, start - 1):start] not in ("", "\n"):
        return False
    line = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
    return all(word[:1].isupper() or word in ("and", "&") for word in re.findall(r"[\w&’'.-]+", line))


def _title_case_headline(text: str) -> tuple[int, set[str]]:
    """Where a headline in title case ends ("Petrov Lands in Oslo as Talks Stall"), and the capitalised
    words of the rest of the text; (0, empty) when the first line is no such headline."""
    first_line = text.split("\n", 1)[0]
    words = re.findall(r"[A-Za-z][\w’'.-]*", first_line)
    content = [word for word in words if word.lower() not in TITLE_CASE_SMALL_WORDS]
    if len(content) < 4 or not all(word[0].isupper() for word in content) or first_line.rstrip().endswith("."):
        return 0, set()
    return len(first_line), set(re.findall(r"\b[A-Z][\w’'-]*", text[len(first_line):]))


def _words_of_body(start: int, run: str, body_words: set[str]) -> tuple[int, str]:
    """The part of a headline's run of capitals whose end words the body writes with capitals too."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", run)
             if m.group().strip("’'.,").removesuffix("’s").removesuffix("'s") in body_words]
    if not words:
        return start, ""
    return start + words[0][0], run[words[0][0]:words[-1][1]]


def _runs(text: str):
    """(offset, text) of each run of capitalised words, cut where a sentence ends inside it."""
    for match in _RUN.finditer(text):
        offset = match.start()
        for piece in _SENTENCE_END_IN_RUN.split(match.group(0)):
            start = text.index(piece, offset)
            yield start, piece.rstrip(".")
            offset = start + len(piece)


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\"”\n])\s*$")


def _participle_opening(tokens: list[str], text: str, start: int) -> bool:
    """"Answering BelTA's question, …", "Addressing Kremlin staff, …": a participle opening a sentence is
    capitalised, but no part of the name after it (a surname alone, "Browning said", stays)."""
    opens_sentence = _SENTENCE_OPENS.search(text, max(0, start - 8), start) is not None
    return len(tokens) > 1 and opens_sentence and len(tokens[0]) >= 7 and tokens[0].endswith("ing")


def _split_mention(run: str, text: str, start: int, registry: dict[tuple[str, ...], Person],
                   common_words: set[str]) -> tuple[str, str, int] | None:
    tokens = run.split()
    # drop capitalised function words at the start ("According", "The", "In")
    while tokens and (tokens[0].lower().strip("’'.,") in NOT_NAME_WORDS or _participle_opening(tokens, text, start)):
        start = text.index(tokens[1], start) if len(tokens) > 1 else start
        tokens = tokens[1:]
    if not tokens:
        return None
    tokens = without_postnominals(tokens)
    epithet = _EPITHET.search(" ".join(tokens))
    if epithet and epithet["epithet"].lower() not in DEMONYMS and not epithet["name"].endswith("ing"):
        # "Alexander the Great"; not "Addressing the Libyan crisis"
        return epithet.group(0), "", start + run.find(epithet.group(0))
    tail = ""
    if len(tokens) > 3 and tokens[-2].lower() in ("of", "for") and country_code(tokens[-1].lower().strip("’'.,")):
        tokens, tail = tokens[:-2], " ".join(tokens[-2:])  # "President Gustavo Petro Urrego of Colombia"
    cut = 0
    for index, token in enumerate(tokens):
        word = token.lower().strip("’'.,").removesuffix("’s").removesuffix("'s")
        if word in TITLE_WORDS or word.split("-")[0] in TITLE_WORDS or word in DEMONYMS \
                or token.isupper() and not _ROMAN_NUMERAL.fullmatch(token) \
                or word in ("of", "for", "the", "and") or word in _HONOURABLE:  # ("Chair-in-Office" is a title
            cut = index + 1  # too; "III" ends a name; "Rt Hon" comes before one)
        elif word in INSTITUTION_WORDS and index < len(tokens) - 1:  # "… Security Council Nikolay Patrushev"
            cut = index + 1
        elif country_code(word):
            cut = max(cut, index + _country_words(tokens, index))
    name_tokens = [t.strip("’'.,") for t in tokens[cut:]]
    name_tokens = [t for t in name_tokens if t]
    while name_tokens and name_tokens[0].lower() in ("of", "for", "the", "and"):
        name_tokens = name_tokens[1:]
    if not name_tokens or len([t for t in name_tokens if t.lower() not in NAME_PARTICLES]) > 4:
        return None
    if len(name_tokens) == 1 and (re.fullmatch(r"[A-Z]{2,}[a-z]?(?:['’]s)?|\w+['’](?:ve|re|ll|d|m)", name_tokens[0])
                                  or name_tokens[0].lower().removesuffix("s") in TITLE_WORDS):
        return None  # "EMDCs", "BRICS": an acronym; "We've": a contraction; "Leaders": titles; none is a person
    last = len(name_tokens) - 1
    if any(t.lower() in NOT_NAME_WORDS | ORGANIZATION_NAME_WORDS and not (0 < index == last and t.lower() in MONTHS)
           for index, t in enumerate(name_tokens)) or name_tokens[-1].lower() in REGION_ADJECTIVES:
        return None  # (a month after a first name is a surname: "Theresa May")
    for size in range(1, len(name_tokens)):  # "Rio de Janeiro Lula": the catalog's "Lula" ends the run
        if _registry_person(name_tokens[-size:], registry) and not _registry_person(name_tokens, registry):
            name_tokens = name_tokens[-size:]
            break
    in_registry = _registry_person(name_tokens, registry) is not None
    if not in_registry and any(t.lower() in common_words - NAME_PARTICLES for t in name_tokens):
        return None  # "Military Operation", "New Delhi": words this text also writes in lower case
    if any(t.lower().endswith(("’s", "'s")) for t in name_tokens[:-1]):
        return None
    name = " ".join(name_tokens).removesuffix("’s").removesuffix("'s")
    if country_code(name.lower()) or _is_place(name) or not in_registry and name in _city_names():
        return None  # "Dushanbe hosted the summit": a country or a city, nobody
    descriptor = " ".join(tokens[:cut])
    if cut and tokens[cut - 1].lower() in ("of", "for", "the"):
        return None  # "The Prince of Wales", "Head of the Commonwealth …": the place or body a title is of
    if not any(w.lower().strip("’'.,").removesuffix("’s") in HEAD_TITLES for w in tokens[:cut]):
        descriptor = ""  # "British Petroleum", "Russia’s Special ...": not a person's title
    elif tail:
        descriptor += " " + tail
    position = start + run.find(name_tokens[0])
    return name, descriptor, max(position, start)


def _registry_index(registry: Sequence[Person]) -> dict[tuple[str, ...], Person]:
    """Every catalog name as compared (folded tokens) -> its person, built once per unit."""
    index: dict[tuple[str, ...], Person] = {}
    for person in registry:
        for name in person.names:
            index.setdefault(_name_tokens(name), person)
    return index


def _registry_person(tokens: Sequence[str], registry: dict[tuple[str, ...], Person]) -> Person | None:
    return registry.get(_name_tokens(" ".join(tokens)))


def _absorb(entities: list[Entity], entity: Entity, alias: str) -> None:
    """A headline's "Jokowi: …", then "President Joko Widodo (Jokowi)": the one named by the alias before
    is this person; their mentions join this entity."""
    earlier = next((other for other in entities if other is not entity and other.name == alias and not other.person),
                   None)
    if earlier is None:
        return
    entity.positions = sorted({*entity.positions, *earlier.positions})
    entity.subject_positions |= earlier.subject_positions
    entity.descriptors += [d for d in earlier.descriptors if d not in entity.descriptors]
    entity.subject_of_speech = entity.subject_of_speech or earlier.subject_of_speech
    entities.remove(earlier)


def _find_or_add(entities: list[Entity], name: str, registry: dict[tuple[str, ...], Person]) -> Entity:
    tokens = _name_tokens(name)
    person = registry.get(tokens)
    for entity in entities:
        if person and entity.person is person:
            return entity
        if tokens in [_name_tokens(alias) for alias in entity.aliases]:
            return entity
        existing = _name_tokens(entity.name)
        if tokens == existing or _is_part(tokens, existing):
            return entity
        if _is_part(existing, tokens):
            entity.name = name  # the fuller form names the entity from now on
            return entity
    inside = [entity for entity in entities if _is_inner_part(tokens, _name_tokens(entity.name))]
    if len(inside) == 1:  # "Idriss Déby Itno", then "Déby"; "Luiz Inácio Lula da Silva", then "Lula"
        return inside[0]
    variants = [entity for entity in entities if spelled_otherwise(tokens, _name_tokens(entity.name))]
    if len(variants) == 1:  # "Ana Oyelaran", then "Oyelarran said": one letter apart, the same person
        variants[0].aliases.append(name)
        return variants[0]
    entity = Entity(person.name if person else name, person=person)
    entities.append(entity)
    return entity


VARIANT_MIN_LETTERS = 5  # a surname this long that one letter sets apart from another is the same name misspelt


def spelled_otherwise(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A one-word name one letter away from a full name's surname ("Abbot" and "Tony Abbott"), same initial."""
    if len(short) != 1 or len(full) < 2 or min(len(short[0]), len(full[-1])) < VARIANT_MIN_LETTERS:
        return False
    word, surname = short[0], full[-1]
    return word[0] == surname[0] and word != surname and one_edit_apart(word, surname)


def one_edit_apart(first: str, second: str) -> bool:
    """One letter inserted, dropped or replaced turns one word into the other."""
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        return sum(a != b for a, b in zip(first, second)) == 1
    shorter, longer = sorted((first, second), key=len)
    return any(longer[:index] + longer[index + 1:] == shorter for index in range(len(longer)))


def _is_inner_part(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A one-word name that is an inner word of a longer one (not a particle such as "da")."""
    return len(short) == 1 and len(full) >= 3 and short[0] in full[1:-1] and short[0] not in NAME_PARTICLES


_APPOSITIVE = re.compile(
    r",\s+((?:[A-Z][\w’'-]*\s+|of\s+|the\s+|for\s+)*?(?i:" + HEAD_TITLE_PATTERN +
    r")\b[^,;:.\n]{0,100}),")  # "…, Director-General of the Foreign Ministry's Department of International Economic Affairs,"


_LISTED_NAME = re.compile(r"\s*(?:and\s+)?[A-Z][\w’'-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w’'-]+)+\s*(?:,|\.|\band\b)")
_WORD_AFTER_TITLE = re.compile(r"(?i:" + HEAD_TITLE_PATTERN + r")\b\s+([a-z][\w’'-]*)")
_COUNTRYS_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s\s+$")
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(([A-Z][\w’' -]{1,40})\)")  # "X (Hungary), President of …": UN summaries
_TITLE_LINKS = frozenset("of for to at in on and with from".split())  # "Minister of …", "envoy to …"


def _appositive_after(text: str, end: int) -> str:
    """'Sekai Nzenza, Zimbabwe’s Minister of Industry and Commerce, ...' -> the descriptor."""
    following = text[end:end + 200]
    country = _COUNTRY_IN_BRACKETS.match(following)
    match = _APPOSITIVE.match(following, country.end() if country else 0)
    if not match:
        return ""
    after_title = _WORD_AFTER_TITLE.search(match.group(1))
    if after_title and after_title.group(1) not in _TITLE_LINKS:
        return ""  # "the feast of X, the President described it as …,": a clause, no descriptor
    if _LISTED_NAME.match(following, match.end()):
        return ""  # "X, the President of the Commission, Anna Berg, and …": a list of titles, each before its name
    return match.group(1)


def _is_person_like(entity: Entity) -> bool:
    if entity.strong:
        return True
    return len(entity.name.split()) >= 2 and not any(
        word.lower() in ORGANIZATION_NAME_WORDS for word in entity.name.split())


def _countries_in(descriptor: str) -> set[str]:
    found = set()
    for word in descriptor.replace("’s", " ").replace("'s", " ").split():
        code = DEMONYMS.get(word.lower().strip(".,")) or country_code(word.lower().strip(".,"))
        if code:
            found.add(code)
    return found


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from babel import Locale

    names = {name.lower(): code for code, name in Locale("en").territories.items() if len(code) == 2}
    return names | _COUNTRY_ALIASES


# what news calls countries besides CLDR's names ("Myanmar (Burma)", "Türkiye", "Côte d’Ivoire")
_COUNTRY_ALIASES = {"britain": "GB", "great britain": "GB",  # (not England, Scotland: surnames too)
                    "america": "US", "burma": "MM", "myanmar": "MM", "turkey": "TR", "ivory coast": "CI",
                    "cote d'ivoire": "CI", "côte d'ivoire": "CI", "czech republic": "CZ", "hong kong": "HK",
                    "macau": "MO", "macao": "MO", "palestine": "PS", "vatican": "VA", "swaziland": "SZ",
                    "east timor": "TL", "cabo verde": "CV", "holland": "NL"}


@lru_cache(maxsize=1)
def _city_names() -> frozenset[str]:
    """The cities of Europe's, Asia's and Africa's time zones (Asia/Dushanbe): those of the Americas, Australia
    and Antarctica are surnames too often (Lima, Darwin, Davis)."""
    from babel.core import get_global

    return frozenset(zone.split("/")[-1].replace("_", " ") for zone in get_global("zone_territories")
                     if zone.startswith(("Europe/", "Asia/", "Africa/")))


def _country_words(tokens: list[str], index: int) -> int:
    """How many tokens from `index` name a country: 'Guinea Bissau' is two, not Guinea and a person."""
    for size in (3, 2):
        words = [t.lower().strip("’'.,") for t in tokens[index:index + size]]
        if len(words) == size and (country_code(" ".join(words)) or country_code("-".join(words))):
            return size
    return 1


def country_code(word: str) -> str | None:
    return _country_names().get(word.removesuffix("’s").removesuffix("'s"))


def _is_place(name: str) -> bool:
    return name.lower() in _country_names()


PRONOUN_CHAIN = 8  # pronouns followed back to the person they stand for
SALIENCE_REACH = 400  # characters back in which the last subject still outranks nearer names


def resolve_pronoun(cast: Cast, position: int, gender: str | None = None) -> Entity | None:
    """'he', 'он', '他': by salience, the person who was last the subject of a clause (not a name in an
    object or subordinate clause), else the nearest person known to be one (titled, in the catalog,
    quoted as speaking), else the nearest name.  A pronoun's gender ("она"), where known, passes over
    a subject of the other gender to the last one who agrees."""
    for _ in range(PRONOUN_CHAIN):
        reach = cast.reach_start(position)
        subjects = [(p, e) for e in cast.entities for p in e.subject_positions if reach < p < position]
        unnamed = max((p for p in cast.unnamed_speakers if reach < p < position), default=-1)
        index = bisect.bisect_left(cast.pronoun_subjects, position)
        pronoun = cast.pronoun_subjects[index - 1] if index and cast.pronoun_subjects[index - 1] > reach else -1
        if not (pronoun > max((p for p, _ in subjects), default=-1) and pronoun > unnamed):
            break
        position = pronoun  # "Lukashenko urged … So he commented … «…», he said": the "he" between keeps him salient
    else:
        return None  # a chain of pronouns longer than any narrative: nobody we can tell
    subjects = [(p, e) for p, e in subjects if e.agrees(gender)]
    if subjects:
        latest = max(subjects, key=lambda item: item[0])
        return latest[1] if latest[0] > unnamed else None
    if unnamed >= 0:
        return None
    known = {id(entity): entity for _, entity in cast.mentions_before(position, strong=True)
             if entity.agrees(gender)}
    return next(iter(known.values())) if len(known) == 1 else None  # one person so far, or nobody we can tell


def resolve_role(role: str, cast: Cast, position: int, year: int | None) -> Entity | None:
    """'the Russian defense minister' -> the nearest fitting person, before the quote if possible."""
    lowered = " " + role.lower() + " "
    for short, full in ROLE_ABBREVIATIONS.items():  # "the Lao PM", "the Japanese head of government"
        lowered = lowered.replace(f" {short} ", f" {full} " if full else " ")
    lowered, _, of = lowered.partition(" of ")  # "the King of Bahrain": the country after "of"
    words = [bare_word(w) for w in lowered.split() if w not in ("the", "a", "an", "top", *THE_COUNTRYS)]
    if not words:
        return None
    modifiers = words[:-1]
    nationalities = {DEMONYMS[m] for m in modifiers if m in DEMONYMS}
    if of.strip() and (country_code(of.strip(" .,")) or DEMONYMS.get(of.strip(" .,"))):
        nationalities.add(country_code(of.strip(" .,")) or DEMONYMS[of.strip(" .,")])
    others = [m for m in modifiers if m not in DEMONYMS]
    return resolve_role_parts(words[-1], nationalities, others, cast, position, year)


def resolve_role_parts(title: str, nationalities: set[str], others: Sequence[str], cast: Cast, position: int,
                       year: int | None, generic: bool | None = None, gender: str | None = None) -> Entity | None:
    """A role already read in any language, as the catalog's English words: title ("prime minister"),
    countries (ISO codes) and other words ("foreign", "kremlin") -> a person, asking in this order:
    1. the fitting person who last spoke or was a clause's subject, nearby (for a generic role with no
       country, "the politician", whoever just acted);
    2. a fitting person who spoke earlier; 3. a fitting person named anywhere in the text;
    4. the one person whose country the text never gave, titled so elsewhere, else never titled at all
       (for a head of state or government);
    5. the one catalog person holding that role that year;
    6. for a generic role with a country the catalog cannot fill ("the Kyrgyz diplomat"), whoever just acted."""
    *title_modifiers, head = title.split() or [""]
    role = _Role(head, [*title_modifiers, *others], nationalities,
                 head in GENERIC_ROLE_HEADS if generic is None else generic, gender)
    recent = _recent_actors(cast, position)
    found = _last_fitting(role, recent) or _earlier_speaker(role, cast, position)
    if found:
        return found
    mentioned = cast.mentions_before(position) + cast.mentions_after(position)  # (sorted: only when needed)
    latest = max(recent, key=lambda item: item[0])[1] if recent else None
    just_spoke = latest if latest is not None and latest is last_speaker(cast, position) else None
    found = next((entity for _, entity in mentioned if role.fits(entity)), None) \
        or _unplaced_holder(role, mentioned, just_spoke)
    if found:
        return found
    if not nationalities and not role.others:
        return None  # "the spokesman", "发言人": whose? The catalog cannot say
    registered = _registry_role(head, nationalities, role.others, cast, year)
    placeless = [(at, entity) for at, entity in recent if (role.untitled(entity) or role.leads(entity))
                 and not entity.nationalities()]
    if registered is None and nationalities and placeless:
        return max(placeless, key=lambda item: item[0])[1]  # "the Kyrgyz diplomat added": the one who just acted
    return registered


@dataclass(frozen=True)
class _Role:
    """A role phrase's parts: its head ("minister"), the other words it must be described with ("prime",
    "foreign"), its countries, whether it is generic ("the diplomat", "the official") and the gender its
    verb tells ("отметила дипломат" is a woman)."""

    head: str
    others: Sequence[str]
    nationalities: set[str]
    generic: bool
    gender: str | None = None

    def fits_without_country(self, entity: Entity) -> bool:
        if not entity.agrees(self.gender):
            return False
        if not self.generic and self.head not in entity.heads() and not _leader_of(entity, self.head,
                                                                                    self.nationalities):
            return False
        if not _may_be_called(self.head, entity):
            return False
        if self.generic and not (entity.descriptors or entity.person):
            return False
        described = entity.descriptor_words()
        if not self.generic and described & _DEPUTY_MODIFIERS - {self.head, *self.others}:
            return False  # a deputy prime minister is not "the prime minister"
        bare = described <= entity.heads() and not entity.person  # "Prince Ivan": no modifier known
        return all(m in described or bare and m not in RANKING_MODIFIERS for m in self.others)

    def fits(self, entity: Entity) -> bool:
        return self.fits_without_country(entity) and (
            not self.nationalities or bool(self.nationalities & entity.nationalities()))

    def untitled(self, entity: Entity) -> bool:
        """"the politician": the one who just acted, titled or not."""
        return self.generic and not self.others and self.head not in FUNCTIONARY_HEADS and not entity.heads() \
            and entity.agrees(self.gender)

    def titled_elsewhere(self, entity: Entity) -> bool:
        """"the Turkish president": one president whose country the text never gave."""
        return bool(self.nationalities) and not self.generic and self.fits_without_country(entity)

    def leads(self, entity: Entity) -> bool:
        """"the Belarusian leader": a head of state or government whose country the text never gave."""
        return self.head == "leader" and not self.others and bool(entity.heads() & HEADS_OF_STATE) \
            and entity.agrees(self.gender)

    def untitled_leader(self, entity: Entity) -> bool:
        """"The Prime Minister spent …", "the Turkish president": one person the text never titled at all."""
        return _leads_country(self.head, self.others) and not entity.person \
            and all(descriptor.lower().rstrip(".") in _HONORIFICS for descriptor in entity.descriptors)


def _recent_actors(cast: Cast, position: int) -> list[tuple[int, Entity]]:
    """Who spoke or was a clause's subject nearby before the position, with where."""
    recent = [(at, cast.by_name(name)) for at, name, kind in cast.speakers if kind == "person"]
    recent += [(at, entity) for entity in cast.entities for at in entity.subject_positions]
    reach = cast.reach_start(position)
    return [(at, entity) for at, entity in recent if entity and reach < at < position]


def _last_fitting(role: _Role, recent: list[tuple[int, Entity]]) -> Entity | None:
    """"The King continued": the king who spoke last, or was last the subject of a clause."""
    fitting = [(at, entity) for at, entity in recent
               if role.fits(entity) or not role.nationalities and role.untitled(entity)]
    return max(fitting, key=lambda item: item[0])[1] if fitting else None


def last_speaker(cast: Cast, position: int, since: int = -1) -> Entity | None:
    """Who spoke last before the position (a person), if that was after `since`."""
    spoken = [(at, name) for at, name, kind in cast.speakers if kind == "person" and since < at < position]
    return cast.by_name(max(spoken)[1]) if spoken else None


def _earlier_speaker(role: _Role, cast: Cast, position: int) -> Entity | None:
    """Further back: one who has spoken before, not one just named."""
    for at, name, kind in reversed(cast.speakers):
        entity = cast.by_name(name) if kind == "person" and at < position else None
        if entity and role.fits(entity):
            return entity
    return None


def _unplaced_holder(role: _Role, mentioned: list[tuple[int, Entity]], just_spoke: Entity | None) -> Entity | None:
    """The one person of no country the text gave who may hold the role: titled so elsewhere, else the one
    never titled of the role's country ("Anna Berg (Hungary)" is "the Hungarian president"), else (for "the
    Kazakh leader") a president or prime minister of no country, else one never titled of no country, and of
    several never titled, the one who just spoke ("— сказал Байден. … — сказал президент США"). None when
    several might (no guess among them) or none does."""
    placeless = [entity for _, entity in mentioned if not entity.nationalities()]
    compatriots = [entity for _, entity in mentioned if role.nationalities & entity.nationalities()]
    for unplaced, among in ((role.titled_elsewhere, placeless), (role.untitled_leader, compatriots),
                            (role.leads, placeless), (role.untitled_leader, placeless)):
        candidates = {id(e): e for e in among if unplaced(e)}
        if len(candidates) > 1 and among is placeless and unplaced == role.untitled_leader \
                and id(just_spoke) in candidates:
            candidates = {id(just_spoke): just_spoke}
        if len(candidates) > 1:
            return None
        if candidates:
            entity = next(iter(candidates.values()))
            if not entity.descriptors:  # what the text has now told us about them holds for later mentions
                entity.descriptors.append(" ".join([*role.others, role.head]))  # "prime minister", not "minister"
                entity.countries |= role.nationalities
            return entity
    return None


def _leads_country(head: str, modifiers: Sequence[str]) -> bool:
    """A head of state, or of government ("prime minister"): whom "the Kazakh leader" may mean."""
    return head in HEADS_OF_STATE or head == "minister" and "prime" in modifiers


def _leader_of(entity: Entity, head: str, nationalities: set[str]) -> bool:
    """"Belarusian leader Lukashenko …, said the president of Belarus", "… said the head of state": a person
    known only as a country's leader holds whichever head-of-state title the text gives that leader."""
    return head in HEADS_OF_STATE and entity.heads() == {"leader"} and nationalities <= entity.nationalities()


def _may_be_called(head: str, entity: Entity) -> bool:
    """Whether a text may call this person "the official" or "the diplomat" (see FUNCTIONARY_HEADS)."""
    if head in FUNCTIONARY_HEADS:
        return not entity.heads() & PRINCIPAL_HEADS
    if head in DIPLOMAT_HEADS:
        return not entity.heads() & HEADS_OF_STATE  # a prime minister's heads hold "premier"
    return True


def _registry_role(head, nationalities, others, cast: Cast, year: int | None) -> Entity | None:
    """A role nobody in the text is described with: ask the catalog's people (one match only)."""
    matches = []
    for person in cast.registry:
        for role in person.roles:
            title = role.title.split()
            words = {*title, *(role.organization.lower().split() if role.organization else ())}
            leads = head == "leader" and _leads_country(title[-1], title[:-1])
            if title[-1] != head and not leads or not all(m in words for m in others):
                continue  # ("the Kazakh leader": the country's president or prime minister)
            if nationalities and role.country not in nationalities:
                continue
            if year and ((role.start_year and year < role.start_year) or (role.end_year and year > role.end_year)):
                continue
            matches.append(person)
    if len(set(p.name for p in matches)) != 1:
        return None
    person = matches[0]
    for entity in cast.entities:
        if entity.person is person:
            return entity
    return Entity(person.name, person=person)
