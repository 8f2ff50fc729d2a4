"""Chinese, simplified and traditional: jieba finds the words and person names, OpenCC folds
traditional characters to simplified (上合組織 → 上合组织) so one set of rules reads both.

Tag forms: X表示/指出/强调/说/称，“……” / X在讲话中指出：“……” / “……”X说 / “……”，他说 /
据X介绍 / a paragraph ending in a colon.  X is the words before the speech verb, back to the
clause boundary, less time words, adverbs and a 在…中 phrase: titles and country names first
(俄罗斯总统), then the name (普京).  Names have no capitals, so a name is what jieba tags as a
person (nr), a catalog name or alias (added to jieba's dictionary), or a run of the characters
Chinese uses to transliterate foreign names (拉马福萨, 佩泽希齐扬).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefgen.catalog import Person
from briefgen.languages.base import Attribution, Site, fold
from briefgen.model import Unit
from briefgen.speakers import Cast, Entity, resolve_pronoun, resolve_role_parts

SPEECH_VERBS = frozenset("""表示 指出 强调 说 称 认为 介绍 透露 宣布 呼吁 回应 补充 坦言 写道 提到 谈到 说道 重申
    警告 声称 直言 致辞 问道 答道 回答 告诉 宣称 承认 表态 感叹 形容 解释 总结 谈及 发言 讲话 提醒 主张 相信
    坚称 证实 披露 回忆 寫道 指称 评论 批评 表明 回应说 接着说 还说 也说 又说 补充说 强调说 表示说""".split())
TITLES = {  # title -> the catalog's (English) role
    "国家主席": "president", "主席": "president", "总统": "president", "总理": "prime minister",
    "首相": "prime minister", "外长": "foreign minister", "外交部长": "foreign minister", "部长": "minister",
    "发言人": "spokesman", "秘书长": "secretary-general", "大使": "ambassador", "助理": "aide",
    "总统助理": "aide", "新闻秘书": "spokesman", "副总理": "deputy prime minister", "国王": "king",
    "总书记": "general secretary", "特使": "envoy", "官员": "official", "领导人": "leader", "领袖": "leader",
    "议长": "speaker", "行长": "president", "王储": "crown prince", "副外长": "deputy foreign minister",
    "外交官": "diplomat", "代表": "official", "顾问": "adviser", "协调人": "official", "部长会议主席": "premier",
}
GENERIC_TITLES = {"leader", "official", "diplomat"}
ORGANIZATIONS = ("外交部", "克里姆林宫", "白宫", "政府", "国务院", "新闻处", "办公室", "总统府", "国防部", "商务部",
                 "新闻局", "使馆", "大使馆", "委员会", "秘书处", "国务院新闻办公室")
DOCUMENTS = ("宣言", "声明", "公报", "联合声明", "决议", "文件", "协议", "报告", "纲要")
PRONOUNS = frozenset({"他", "她"})
SHORT_QUOTE_CHARS = 6  # shorter quoted phrases ("大金砖合作", "全球南方") are terms unless a speech verb is next to them
# The characters of Xinhua's transliteration table: a run of them is a foreign name (普京, 拉马福萨).
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂杜多厄恩尔法范菲费芬丰弗福盖甘冈戈格根古瓜圭哈海汉"
    "豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁伦罗洛马玛迈麦曼芒梅门蒙米"
    "敏明莫默穆纳娜奈南内尼涅宁纽努诺欧帕潘佩彭皮珀普奇齐恰乔切琴丘萨塞森沙莎尚舍申圣施什舒斯松苏索塔泰坦汤唐特"
    "提图托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹哲佐兹策茨曾赛赞宰赞芙菲娅丽妮萝")
_CLAUSE_BOUNDARY = re.compile(r"[，,。；;！!？?：:、\x00]")
_PP = re.compile(r"在[^，。；：“”]{1,40}?(?:中|上|时|里|后|期间|之际|会见|会谈)(?=[^，。；：]*$)|"
                 r"(?:对|向|接受)[^，。；：]{1,12}?(?:记者|媒体|采访)(?:时)?|应询|答问时|"
                 r"(?:当地时间)?(?:\d+|[一二三四五六七八九十]+)(?:年|月|日|号)(?:[上下]午|晚间?|早些时候)?|"
                 r"当天|当日|日前|此前|近日|今天|昨天|随后|同时|也|还|则|再次|进一步|特别|强烈|明确|坦率地|最后|首先|接着|又|亦")
_FUNCTION_CHARS = frozenset("的了在和与是对向把被从就都而及或")
_ACCORDING = re.compile(r"据(?P<who>[^，。；：\x00]{1,24}?)(?:介绍|称|透露|表示|说|报道|指出|披露)")
_QUOTE_CUE = re.compile(r"(?:主题为|主题是|题为|名为|称为|被称为|所谓|以|口号|标语|理念|倡议|提出|建设|打造|开创|《)\s*$")


@dataclass
class _Analysis:
    cast: Cast
    simplified: str
    names: dict[str, Person]


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


def simplify(text: str) -> str:
    """Traditional -> simplified, character for character, so offsets stay those of the original."""
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_converter().convert(char) for char in text)


@lru_cache(maxsize=8)
def _segmenter(names: tuple[str, ...]):
    """A jieba tokenizer of our own (jieba's default one is shared), knowing the catalog's names."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for name in names:
        tokenizer.add_word(name, 2000, "nr")
    return jieba.posseg.POSTokenizer(tokenizer)


class Chinese:
    code = "zh"

    def analyze(self, unit: Unit, people: Sequence[Person], quoted: Sequence[tuple[int, int]]) -> _Analysis:
        names = {simplify(name): person for person in people for name in person.names if _has_han(name)}
        for name in list(names):
            if "·" in name:  # 弗拉基米尔·普京: the surname alone names him too
                names.setdefault(name.split("·")[-1], names[name])
        simplified = simplify(unit.text)
        cast = Cast([], people)
        analysis = _Analysis(cast, simplified, names)
        segmenter = _segmenter(tuple(sorted(names)))
        position = 0
        words = list(segmenter.cut(simplified))
        starts = []
        for pair in words:
            starts.append(position)
            position += len(pair.word)
        index = 0
        while index < len(words):
            word, flag, start = words[index].word, words[index].flag, starts[index]
            index += 1
            if any(low <= start < high for low, high in quoted) or flag.startswith("ns") or _country(word):
                continue
            if word in names or (flag.startswith("nr") and len(word) >= 2) or _transliterated(word, words, index - 1):
                name, used = _name_run(words, index - 1)
                index += used
                entity = _entity(cast, name, names)
                entity.positions.append(start)
                title = _title_before(words, index - 1 - used)
                if title:
                    entity.descriptors.append(title[0])
                    entity.countries |= title[1]
        return analysis

    def split_spans(self, paragraph: str, spans: list) -> list:
        return spans

    def is_quotation(self, site: Site) -> bool:
        inner = simplify(site.inner).strip()
        if not re.search(r"[\u3400-\u9fffA-Za-z]", inner):
            return False
        before = simplify(site.before)
        if _QUOTE_CUE.search(before.rstrip(" \x00")):
            return False
        if len(inner) >= SHORT_QUOTE_CHARS or re.search(r"[，。！？；：,.!?]", inner):
            return True
        # a short phrase is speech only when a speech verb introduces or follows it: 回应说“错误且不负责任”
        after = simplify(site.after).lstrip(" \x00，,")
        return bool(re.search(rf"(?:{_VERBS})[：:，,]?\s*$", before.rstrip(" \x00"))
                    or re.match(rf"^[^，。\x00]{{0,12}}?(?:{_VERBS})", after))

    def attribute(self, site: Site, analysis: _Analysis) -> Attribution | None:
        for attempt in (_tag_after, _verb_before, _according_to, _paragraph_colon):
            found = attempt(site, analysis)
            if found:
                return found
        return None


_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# 说/称 alone are speech verbs, not inside 据说, 小说, 说明, 称为, 名称, 堪称, 称赞
_VERB = re.compile(rf"(?<![据小传学演解声号堪名自])(?:{_VERBS})(?![明为作号赞])")


def _tag_after(site: Site, analysis: _Analysis) -> Attribution | None:
    """“……”王毅说。 / “……”，他说。 / ……”拉马福萨表示。 (a quotation ending in 。 ends its sentence,
    so the tag is read from the rest of the paragraph, up to the next punctuation)"""
    after = simplify(site.masked[site.span.end:])
    clause = re.match(r"^[\s\x00，,]*([^，。；！？：\x00“”]{1,30})", after)
    if not clause:
        return None
    text = clause.group(1)
    verb = _VERB.search(text)
    if not verb:
        return None
    position = site.offset + site.span.end + clause.start(1)
    found = _subject(text[:verb.start()], position, analysis, site, text[:verb.end()])
    return found or Attribution(None, "unknown", text[:verb.end()])  # a tag naming nobody we know


def _verb_before(site: Site, analysis: _Analysis) -> Attribution | None:
    """习近平指出，“……” / 普京在讲话中表示：“……” / 他说：“……”."""
    before = simplify(site.before)
    for verb in reversed(list(_VERB.finditer(before))):
        clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(before, 0, verb.start())), default=0)
        subject = before[clause_start:verb.start()]
        position = site.offset + site.sentence[0] + clause_start
        found = _subject(subject, position, analysis, site, before[clause_start:verb.end()])
        if found:
            return found
        if subject.strip():
            return None  # the nearest verb has a subject we cannot name: do not guess an earlier one
    stripped = before.rstrip(" \x00")
    if stripped.endswith(("：", ":")):  # 大陆国家主席习近平：「……」 (a caption, no verb)
        clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(stripped, 0, len(stripped) - 1)), default=0)
        position = site.offset + site.sentence[0] + clause_start
        return _subject(stripped[clause_start:-1], position, analysis, site, stripped[clause_start:])
    return None


def _according_to(site: Site, analysis: _Analysis) -> Attribution | None:
    """据俄罗斯总统助理乌沙科夫介绍，……"""
    sentence = simplify(site.masked[site.sentence[0]:site.sentence[1]])
    match = _ACCORDING.search(sentence)
    if not match:
        return None
    position = site.offset + site.sentence[0] + match.start("who")
    return _subject(match.group("who"), position, analysis, site, match.group(0))


def _paragraph_colon(site: Site, analysis: _Analysis) -> Attribution | None:
    if site.paragraph == 0 or site.before.strip(" \x00"):
        return None
    previous = simplify(site.unit.paragraphs[site.paragraph - 1].text.rstrip())
    if not previous.endswith(("：", ":")):
        return None
    offset = site.unit.paragraph_offsets[site.paragraph - 1]
    verbs = list(_VERB.finditer(previous))
    if not verbs:
        return None
    verb = verbs[-1]
    clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(previous, 0, verb.start())), default=0)
    return _subject(previous[clause_start:verb.start()], offset + clause_start, analysis, site,
                    previous[clause_start:verb.end()] + "：")


def _subject(words: str, position: int, analysis: _Analysis, site: Site, cue: str) -> Attribution | None:
    """Who the words before a speech verb name: a pronoun, a name (after its titles), a role or an office."""
    phrase = _PP.sub("", words.replace("\x00", "")).strip(" “”\"'「」")
    if not phrase:
        return None
    if phrase in PRONOUNS:
        entity = resolve_pronoun(analysis.cast, position)
        return Attribution(entity.name, "person", cue.strip(" \x00")) if entity else None
    cue = cue.strip(" \x00，,")
    for document in DOCUMENTS:
        if phrase.endswith(document):
            return Attribution(phrase, "document", cue)
    segmenter = _segmenter(tuple(sorted(analysis.names)))
    title, countries, name = _read_phrase([(pair.word, pair.flag) for pair in segmenter.cut(phrase)], analysis)
    if name:
        return Attribution(_entity(analysis.cast, name, analysis.names).name, "person", cue)
    if name is None:
        return None  # words we cannot read as a name: unknown, never a fragment
    if title:
        entity = resolve_role_parts(title, countries, (), analysis.cast, position, site.year,
                                    generic=title in GENERIC_TITLES)
        return Attribution(entity.name, "person", cue) if entity else None
    if phrase.endswith(ORGANIZATIONS):
        return Attribution(phrase, "organization", cue)
    return None


def _read_phrase(tokens: list[tuple[str, str]], analysis: _Analysis) -> tuple[str, set[str], str | None]:
    """'中国外交部发言人毛宁' -> ('spokesman', {'CN'}, '毛宁'); '俄罗斯总统' -> ('president', {'RU'}, '');
    the name is None when the words after the titles are not a name."""
    title_end, title, countries = 0, "", set()
    for index, (word, flag) in enumerate(tokens):
        head = next((t for t in sorted(TITLES, key=len, reverse=True) if word.endswith(t)), None)
        prefix = word[:-len(head)] if head else word
        if _country(word) or (head and (not prefix or _country(prefix))):
            countries |= {code for code in (_country(word), _country(prefix) if prefix else None) if code}
            title = TITLES[head] if head else title
            title_end = index + 1
        elif word.endswith(ORGANIZATIONS) or flag in ("ns", "nt") and word not in analysis.names \
                or word in ("的", "国", "方"):
            title_end = index + 1
    rest = tokens[title_end:]
    name = "".join(word for word, _ in rest)
    if not name:
        return title, countries, ""
    return title, countries, name if _is_name(name, rest, analysis) else None


def _is_name(name: str, tokens: list[tuple[str, str]], analysis: _Analysis) -> bool:
    """A catalog name, or 2-10 characters with no function word that jieba tags as a person or that
    are mostly transliteration characters (马克宏, 拉玛佛沙)."""
    if name in analysis.names:
        return True
    if not 2 <= len(name) <= 10 or any(char in _FUNCTION_CHARS for char in name) or not _has_han(name):
        return False
    foreign = sum(char in TRANSLITERATION or char in "·‧・-" for char in name)
    return any(flag.startswith("nr") for _, flag in tokens) or foreign >= len(name) - 1


def _transliterated(word: str, words, index: int) -> bool:
    """A run of transliteration characters right after a title (南非总统拉马福萨) is a name."""
    if not (2 <= len(word) <= 12 and all(char in TRANSLITERATION or char in "·" for char in word)):
        return False
    return index > 0 and words[index - 1].word in TITLES


def _name_run(words, index: int) -> tuple[str, int]:
    """jieba splits foreign names (马克/宏, 拉玛/佛沙): join the pieces that follow the first one
    (the name, and how many more tokens it took)."""
    name, used = words[index].word, 0
    for pair in words[index + 1:index + 4]:
        if pair.flag in ("v", "p", "m", "x", "uj", "d", "c", "f", "r") or pair.word in TITLES or len(name) >= 8:
            break
        if not (pair.flag.startswith("nr") or pair.flag in ("nz", "n", "ns") and len(pair.word) <= 2
                and all(char in TRANSLITERATION for char in pair.word) or len(pair.word) == 1 and pair.flag == "n"):
            break
        name += pair.word
        used += 1
    return name, used


def _title_before(words, index: int) -> tuple[str, set[str]] | None:
    title, countries = None, set()
    for pair in words[max(0, index - 3):index]:
        if pair.word in TITLES:
            title = TITLES[pair.word]
        elif _country(pair.word):
            countries.add(_country(pair.word))
    return (title, countries) if title else None


def _entity(cast: Cast, name: str, names: dict[str, Person]) -> Entity:
    person = names.get(name)
    for entity in cast.entities:
        if (person and entity.person is person) or entity.name == name:
            return entity
        if not person and entity.person is None and (name in entity.name or entity.name.endswith(name)):
            return entity
    entity = Entity(person.name if person else name, person=person)
    cast.entities.append(entity)
    return entity


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    from babel import Locale

    names = {name: code for code, name in Locale("zh").territories.items() if len(code) == 2}
    short = {"中国": "CN", "中方": "CN", "俄": "RU", "俄方": "RU", "美国": "US", "美方": "US", "印度": "IN", "巴西": "BR",
             "南非": "ZA", "伊朗": "IR", "埃及": "EG", "阿联酋": "AE", "印尼": "ID", "埃塞俄比亚": "ET"}
    return {**names, **short}


def _country(word: str) -> str | None:
    return _countries().get(word)


def _has_han(text: str) -> bool:
    return re.search(r"[\u3400-\u9fff]", text) is not None


def fold_name(name: str) -> str:
    return fold(simplify(name))
