"""Chinese, simplified and traditional: jieba finds the words and person names, OpenCC folds
traditional characters to simplified (上合組織 → 上合组织) so one set of rules reads both.

Names have no capitals, so a person is found as: a catalog name or alias (added to jieba's
dictionary), a word jieba tags as a person (nr), a run of the characters Chinese uses to
transliterate foreign names after a title (南非总统拉马福萨), or the Chinese form given before a
Latin name in brackets (马克宏（Emmanuel Macron）).  Pieces jieba splits (马克/宏) are joined.

Tag forms: X表示/指出/强调/说/称，“……” / X在讲话中指出：“……” / “……”X说 / “……”，他说 /
据X介绍 / X：「……」 / a sentence or paragraph before that reports X speaking.  The subject of
a speech verb is the first person named in its clause who is not the object of a preposition
(魯拉向其他與會者表示); in a tag after the quotation it is the last one.  Without a person, the
clause may name a role (俄罗斯总统), an office (外交部) or a document (联合声明).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefgen.catalog import Person
from briefgen.languages.base import Attribution, Site
from briefgen.model import Unit
from briefgen.speakers import (PRONOUN_GENDER, Cast, Entity, note_gender, one_edit_apart, resolve_pronoun,
                               resolve_role_parts)
from briefgen.text import within

SPEECH_VERBS = frozenset("""表示 指出 强调 说 称 认为 介绍 透露 宣布 呼吁 回应 补充 坦言 写道 提到 谈到 说道 重申
    警告 声称 直言 致辞 问道 答道 回答 告诉 宣称 承认 表态 感叹 形容 解释 总结 谈及 发言 讲话 提醒 主张 相信
    坚称 证实 披露 回忆 指称 评论 批评 表明 如是说 同意 推测 猜测 预测 留言 喊话 放话 发话 扬言 声言 反驳
    驳斥 抨击 谴责 暗示 提及 引述 转述 答复 痛批 直指 嘲讽 感慨 坦承 誓言 呛声 直呼 高呼 大呼 惊呼 承诺 许诺
    评价道 敦促 回敬 形容为 提议 反问 追问 质问""".split())
TITLES = {  # title -> the catalog's (English) role
    "国家主席": "president", "主席": "president", "总统": "president", "总理": "prime minister",
    "首相": "prime minister", "外长": "foreign minister", "外交部长": "foreign minister", "部长": "minister",
    "发言人": "spokesman", "秘书长": "secretary-general", "大使": "ambassador", "助理": "aide",
    "总统助理": "aide", "新闻秘书": "spokesman", "执行秘书": "executive secretary", "国务卿": "secretary of state",
    "副总理": "deputy prime minister", "国王": "king",
    "总书记": "general secretary", "特使": "envoy", "官员": "official", "领导人": "leader", "领袖": "leader",
    "议长": "speaker", "行长": "president", "王储": "crown prince", "副外长": "deputy foreign minister",
    "外交官": "diplomat", "代表": "official", "顾问": "adviser", "协调人": "official", "部长会议主席": "premier",
    "教授": "professor", "专家": "expert", "学者": "scholar", "分析师": "analyst", "研究员": "researcher",
    "主任": "director", "室长": "director", "局长": "director", "处长": "director", "厅长": "director",
    "署长": "director", "院长": "director", "会长": "chairman", "社长": "president", "市长": "mayor", "省长": "governor",
    "州长": "governor", "团长": "head", "记者": "reporter", "东道主": "host", "元首": "leader", "国家元首": "leader",
    "议员": "lawmaker", "副总统": "vice president", "副主席": "vice chairman", "副秘书长": "deputy secretary-general",
    "财政部长": "finance minister", "国防部长": "defence minister", "防长": "defence minister",
    "商务部长": "commerce minister", "外务大臣": "foreign minister", "外交大臣": "foreign minister", "司长": "director",
    "首席执行官": "chief", "总裁": "chief", "董事长": "chairman", "总经理": "director",
    "创始人": "founder", "负责人": "head", "主编": "editor", "经济学家": "economist", "最高领导人": "leader",
}
_TITLES_LONGEST_FIRST = tuple(sorted(TITLES, key=len, reverse=True))
GENERIC_TITLES = {"leader", "official", "diplomat"}
ORGANIZATIONS = ("外交部", "外务省", "克里姆林宫", "白宫", "政府", "国务院", "新闻处", "办公室", "总统府", "国防部", "商务部",
                 "新闻局", "使馆", "大使馆", "委员会", "秘书处", "国务院新闻办公室")
DOCUMENT_LOOKBACK = 600  # characters searched back for the text "它" or 宣言说 refers to
_ORGANIZATIONS_LONGEST_FIRST = tuple(sorted(ORGANIZATIONS, key=len, reverse=True))
_AGENT_SUFFIXES = ("人", "者")
BODY_SUFFIXES = frozenset("室 局 处 厅 署 院 办 委".split())  # 安保/室: a name word and one of these is a body
MEDIA = ("报", "社", "台")  # 罗盘报, 通讯社, 电视台: jieba tags some a person
GROUPS = ("团队", "当局", "政权", "阵营", "家族", "方面", "内阁", "集团", "幕僚")
HELD_BY = ("领导人", "领袖", "元首", "人民")  # 某国领导人: what a country has; no person is called so after the name
ISSUED = ("声明", "公告", "新闻稿")  # what an office issues: 声明又说 is that office speaking
DOCUMENTS = ("宣言", "声明", "公报", "联合声明", "决议", "文件", "协议", "报告", "纲要", "纪要", "摘要", "结论", "草案",
             "草文")
PRONOUNS = frozenset({"他", "她"})
CAUSATIVES = frozenset("让使令叫")  # 让川普放话“……”: the one made to speak speaks
PREPOSITIONS = frozenset("向 对 同 与 和 跟 就 给 为 替 据 在 将 把 被 让 从 及 以及 会见 会晤 致电".split())
_DOCUMENT = re.compile("|".join(sorted(DOCUMENTS, key=len, reverse=True)))
_IN_DOCUMENT = re.compile(r"在([^，,。在]{0,10}?(?:" + _DOCUMENT.pattern + "))(?:中|里)")
_GOING_ON = "再次|再度|随即|接着|进而|继而|当即"  # adverbs of a clause that goes on with the sentence's subject
# 并将功劳归于他：“……”: the sentence's subject
_CONNECTIVE = re.compile(rf"^(?:并且|并将|并|还|也|又|随后|同时|而且|但是|但|不过|惟|{_GOING_ON})")
# "，并表示", "，向媒体表示": a clause of a connective or a prepositional phrase has no subject of its own
_NO_SUBJECT = re.compile(rf"^(?:并且|并|还|也|又|则|同时|随后|此外|而且|但|但是|不过|惟|并共同|共同|比如|例如|譬如|"
                         rf"{_GOING_ON})?"
                         r"(?:(?:向|对|在|于|就|针对|跟|同|给|从|当着|面向)[^，,。；：\x00]*)?$")
COLLECTIVE = ("领袖", "领导人", "各方", "与会者", "成员国", "各国", "双方")  # the joint text speaks for them
# when, not who: before an unnamed subject (五年前有人认为) or after a named one (某宫较早前称, 某社16日报导称)
_TIME_WORDS = (r"较早前|早前|此前|日前|稍早|先前|当天|当日|[今昨前明]天|[昨今]日|"
               r"周[一二三四五六日天]|星期[一二三四五六日天]")
_TIME_OPENING = re.compile(rf"^(?:[\d一二三四五六七八九十两几]+(?:年|个月|天|周|星期)(?:前|后)|当时|近日|"
                           rf"{_TIME_WORDS})")
INDEFINITE = re.compile(r"^(?:[一1两2几多数][位名个]|一些|有的|有人|某|部分)")  # 一名官员, 1名消息人士: somebody
_CLEFT = re.compile(r"^[\s\x00]*(?:这|这句话|这番话|此话)(?:正|就|便)?是")  # 这是X说的: X said it
_WHEN = rf"(?:\d{{1,2}}日|{_TIME_WORDS})"
_WHEN_AFTER = re.compile(_WHEN + "$")
_DEMONSTRATIVE = re.compile(r"^(?:这位|这名|那位|该|此位)")
_PERSON_DEMONSTRATIVE = re.compile(r"^(?:这位|这名|那位|此位)")  # (该 may stand before a body: 该组织)
DESCRIBED_PERSON_CHARS = 6  # 这位未来学家: a noun this short after 这位 describes the person
_DATELINE = re.compile(r"\d{1,2}日电")
_REFERRING = re.compile(r"^(?:这|那|该|此|其)")
# 法新社报道, BBC调侃: a news agency, paper or channel reporting (group 1: its name)
_AGENCY_REPORT = re.compile(r"(\w{1,12}?(?:社|报|台|官网)|[\u4e00-\u9fff]{2,8}?(?=网站)|[\u4e00-\u9fff]{1,8}网|[A-Z]{2,6})"
                            r"(?:网站)?"  # 某某网站: the site's name
                            rf"(?:(?:\d{{1,2}}月)?{_WHEN})?"  # 某社16日报导, 某台3月29日发表……文章
                            r"(?:(?:发表|刊登|刊发|刊出)(?:[^，,。；：]{0,30}的)?(?:文章|社论|评论))?"
                            r"(?:报道|报导|文章|网站|评论|分析|披露|调侃)?")
_MEDIA_REPORT = re.compile(r"(?:报道|报|社|台|媒|消息|网站|文章)(?:继续|还|也|又|援引\S{0,12})?$")  # 报道称, 塔斯社援引……称
_TELLING = ("告诉", "提醒", "对记者说")
TOLD_CHARS = 8  # whom a verb of telling names before its clause ends: 告诉领导人
TITLE_BETWEEN_CHARS = 8  # a title between two names ("X王储Y"): the first qualifies it
TITLED_PHRASE_CHARS = 16  # so does a noun phrase ending in a title ("X中心中国项目负责人Y")
TITLED_SURNAME_CHARS = 6  # 习主席, 普京总统: a name or surname and a title opening a clause
SENTENCE_REACH = 200  # characters read back for the start of a sentence
TAG_CHARS = 120  # a tag after a quotation is read this far (“……”王毅说。)
TERM_MAX_CHARS = 16  # up to this length, a quoted phrase with no verb and no punctuation is a name or term
SHORT_QUOTE_CHARS = 6  # shorter quoted phrases ("大金砖合作", "全球南方") are terms unless a speech verb is next to them
# The characters of Xinhua's transliteration table: a run of them is a foreign name (普京, 拉马福萨).
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂杜多厄恩尔法范菲费芬丰弗福盖甘冈戈格根古瓜圭哈海汉"
    "豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉列林琳卢鲁伦罗洛马玛迈麦曼芒梅门蒙米"
    "敏明莫默穆纳娜奈南内尼涅宁纽努诺欧帕潘佩彭皮珀普奇齐恰乔切琴丘萨塞森沙莎尚舍申圣施什舒斯松苏索塔泰坦汤唐特"
    "提图托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹哲佐兹策茨曾赛赞宰芙娅丽妮萝"
    "姆祖瑟瑞翁朱琼锡茹迦济"  # 姆贝基, 祖马, 米尔济约耶夫
    "佛宏凯川蒂葛裴柯郝珊芮薇琪婕黛蔻夫"  # and the characters Taiwan and Malaysia add (拉玛佛沙, 马克宏, 川普)
    "滕腾缅廖柳楚孔昆隆蓬贡钦桑朔肖欣措岑察柴彻热契捷娃季顿丝卓焦绍培")  # rarer syllables (not 别: 主席特别指出)
NAME_MARKS = "·‧・∙•.．—-"  # 阿里—穆萨, 乌尔苏拉.冯德莱恩: some sites join a name's parts with a dash or a dot
ADVERB_FINALS = frozenset("曾也还将则已又亦再都均仍")  # adverbs that follow a subject, and no name ends in
# The commonest Chinese surnames: jieba sometimes cuts one off a two-character given name (冯/崇义)
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
                     "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
                     "武戴莫孔汤")
NAME_MAX_CHARS = 10  # a transliterated name runs on at most this far …
MARKED_NAME_EXTRA_CHARS = 4  # … and this much further for each "·" in it (穆罕默德·侯赛因·恩萨里)
COMMON_WORD_FREQUENCY = 1000  # jieba's count above which a word is everyday vocabulary, not a name's piece
NAME_MAX_TOKENS = 9  # the pieces jieba cuts one name into: 雷杰普/·/塔伊/普/·/艾/尔多/安
_CLAUSE_BOUNDARY = re.compile(r"[，,。；;！!？?：:\x00\n“”「」]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")  # a paragraph ends one too
_OPENING_MARK = re.compile(r"[“「『\"]")
_DATELINE_AGENCY = re.compile(r"[（(]([^（()）]{2,6})[）)]")  # 新德里(路透社)
_QUOTING_FORM = r"(?:引述|援引|引用|转述)(?P<who>[^，,。；：{}]{{1,30}}?)的话"
_QUOTING = re.compile(_QUOTING_FORM.format(r"\x00"))  # 引述他的话, 援引某部长某某的话
_QUOTING_BEFORE = re.compile(_QUOTING_FORM.format("") + r"\s*$")  # ending at the verb, a term in it: 引用“国父”某某的话
_BOOK_TITLE = re.compile(r"《[^《》\x00\n]{1,40}》")
_INLINE_TERM = re.compile(  # a name in the clause
    rf"[“「]([^“”「」，,。；;！!？?：:\x00\n]{{1,{TERM_MAX_CHARS}}})[”」](?=[\u4e00-\u9fff])")
_MASKED_TERM = re.compile(r"(?<=[\u4e00-\u9fff])\x00{3,}(?=[\u4e00-\u9fff])")  # 就“……”议题: a quoted term in a clause
_BRACKETED_SPEAKER = re.compile(r"^[\s\x00]*[（(]([^（()）\x00]{2,30})[）)]")
_CREDIT = re.compile("记者|摄|图|编辑|来源|报道|译")  # （新华社记者某某摄）: who made the picture or the page
_IN_WORDS_OF = re.compile(r"\s*用.{1,24}的话(?:来)?\s*")  # 用普京的话说: the words are his
_ACCORDING = re.compile(r"据(?P<who>[^，。；：\x00]{1,24}?)(?:介绍|称|透露|表示|说|报道|指出|披露)"
                        r"|根据(?P<document>[^，。；：\x00]{1,16}?(?:声明|公报|宣言|报告|文件))[，,]")  # 根据某国声明，
# words that name what a quoted phrase is: a theme, slogan or keyword, not speech (a proverb is: the speaker says it)
_NAMING_NOUNS = "主题|口号|标语|理念|倡议|愿景|宗旨|关键词|称号|议题"
_QUOTE_CUE = re.compile(rf"(?:题为|名为|称为|被称为|所谓|以|(?:{_NAMING_NOUNS})[^，。；：\x00]{{0,4}}?(?:是|为|定为|锁定|确定为)?|"
                        r"提出|建设|打造|开创|《)\s*$")
_LAUNCHED = re.compile(r"(?<!的)(?:发起|发布|成立|启动|推出|设立|签署|创立|创建)了?\s*$")  # not 北约的成立“……”
_NAME_AFTER = re.compile(rf"^[\s\x00]*(?:这一|这个|的)?(?:{_NAMING_NOUNS}|原则|目标|概念)")
_LATIN_NAME = re.compile(r"[（(](?P<latin>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)[）)]")
_ORGANIZATION_LATIN = re.compile(r"(?i)\b(?:foundation|university|institute|bank|organi[sz]ation|council|group|"
                                 r"center|centre|agency|ministry|association|fund|party|company|news|"
                                 r"airport|palace|hall|hotel|square|street|avenue|station|port|house|museum|project)\b")
_PARENTHESIS = re.compile(r"[（(【][^）)】]{0,60}[）)】]")  # a gloss, or a byline in 【】: no part of the sentence
_JOINED = re.compile(r"^\s*(?:与|和|及|以及|、|同)\s*$")
_TIME_WORD = re.compile("[今昨明前后当每本次上下中午晚早夜天日月年周时]{2,}")  # 川普/今天上午: jieba tags it a name
_NOT_NAME_ENDINGS = frozenset("时 后 前 上 中 下 里 内 外 间 等 们 氏 方 问".split())  # 某某/时: "when …"; 问: "asked"
_CONJUNCTIONS = frozenset("与 和 及 以及".split())
_NEGATIONS = frozenset("没有 没 未 不 无 并未".split())
_AUXILIARIES = frozenset("是 不 要 将 会 能 已 了 应 应该 需要".split())
NUMERALS = frozenset("一二三四五六七八九十百千万两几")  # (克 after 马图斯 is a syllable, 两 a number)
_FUNCTION_CHARS = frozenset("的了在和与是对向把被从就都而及或")
INSTITUTIONS = ("公司", "集团", "银行", "大学", "学院", "研究所", "研究院", "中心", "基金会", "协会", "企业", "委员会",
                "俱乐部", "党")  # 某某钢铁公司: a name before these names the institution


@dataclass
class _Analysis:
    cast: Cast
    simplified: str
    names: dict[str, Person]
    mentions: list[tuple[int, int, Entity]] = field(default_factory=list)  # (start, end, entity), in order
    modifiers: set[int] = field(default_factory=set)  # starts of names that qualify the noun after them
    objects: set[int] = field(default_factory=set)  # starts of names a verb governs: 怒斥某某, 会见某国总统某某


@lru_cache(maxsize=1)
def _converter():
    from opencc import OpenCC

    return OpenCC("t2s")


_VARIANTS = str.maketrans("説為︰", "说为：")  # variant forms OpenCC leaves as they are (︰: Hong Kong's colon)


def simplify(text: str) -> str:
    """Traditional -> simplified, character for character, so offsets stay those of the original."""
    converted = _converter().convert(text)
    if len(converted) != len(text):
        converted = "".join(_converter().convert(char) for char in text)
    return converted.translate(_VARIANTS)


@lru_cache(maxsize=64)
def _paragraph(text: str) -> str:
    """A paragraph (or the paragraph with its quotations blanked) simplified once, not once per quotation."""
    return simplify(text)


def _masked(site: Site) -> str:
    """The paragraph simplified, quotations blanked, and no comma inside a title (《为了威望，……》) ends a clause."""
    return _titles_joined(_paragraph(site.masked))


@lru_cache(maxsize=64)
def _titles_joined(text: str) -> str:
    return _BOOK_TITLE.sub(lambda m: _CLAUSE_BOUNDARY.sub("、", m.group()), text)


def _before(site: Site) -> str:
    return _masked(site)[site.sentence[0]:site.span.start]


def _after(site: Site) -> str:
    return _masked(site)[site.span.end:site.sentence[1]]


def _inner(site: Site) -> str:
    start, end = site.span.inner
    return _paragraph(site.text)[start:end]


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
        quoted = sorted(quoted)
        names = {simplify(name): person for person in people for name in person.names if _has_han(name)}
        for name in list(names):
            if "·" in name:  # 弗拉基米尔·普京: the surname alone names him too
                names.setdefault(name.split("·")[-1], names[name])
        simplified = simplify(unit.text)
        segmenter = _segmenter(tuple(sorted(names)))
        latin = {name: person for person in people for name in person.names if _LATIN_WORDS.fullmatch(name)}
        analysis = _Analysis(Cast([], people, quoted=quoted), simplified, names)
        words = list(segmenter.cut(simplified))
        starts, position = [], 0
        for pair in words:
            starts.append(position)
            position += len(pair.word)
        bracketed = set(_bracketed_names(simplified, words, starts))
        titled = _titled_names(words, starts, segmenter.tokenizer.FREQ)
        speaking = set(_surnamed_speakers(words, starts)) | set(_names_before_titles(words, starts))
        named = _named_people(words, starts, names, segmenter.tokenizer.FREQ) + list(bracketed) + titled \
            + list(speaking) + _latin_names(simplified, latin)
        given_titles = titled + list(bracketed) + [span for span in named if _title_before(simplified, span[0])]
        found = _outermost(named + _again(simplified, given_titles))
        flag_before = {start + len(pair.word): pair.flag for pair, start in zip(words, starts)}
        word_at = {start: pair for pair, start in zip(words, starts)}
        index_at = {start: index for index, start in enumerate(starts)}
        object_end = -1  # where the last name governed by a preposition ends (与甲、乙: 乙 too)
        subject_end = -1  # where the last name taken for its clause's subject ends
        confirmed: set[int] = set()  # entities a mention showed to be people (通贝里(Greta Thunberg)): later ones too
        for start, end in sorted(set(found)):
            if within(start, quoted):
                continue
            if analysis.mentions and start < analysis.mentions[-1][1]:
                continue  # overlaps the one before
            title = _title_before(simplified, start)
            if title and title[0] == "reporter" and _in_brackets(simplified, start):
                continue  # (记者某某综合报导): the byline's reporter, nobody the story is about
            if not title and (_is_place(simplified, start, end) or _venue(simplified, start, end)
                              or _gloss_of_body(simplified, start)) \
                    or _place_follows(simplified, end) \
                    or getattr(word_at.get(end), "word", "") in BODY_SUFFIXES \
                    or simplified[end - 1] in BODY_SUFFIXES and simplified[start:end] not in names \
                    or _BODY_BEFORE_TITLE.match(simplified, end):
                continue  # 莫斯科, 黄岩岛, 索罗门(群岛), 新德里(路透社): jieba's person tags on places; 安保/室: a body
            entity = _entity(analysis.cast, simplified[start:end], names | latin)
            entity.positions.append(start)
            following = word_at.get(end)
            known = bool(title) or (start, end) in bracketed | speaking or id(entity) in confirmed \
                or _known_person(entity, simplified[start:end], following)
            if known:
                confirmed.add(id(entity))
            phrase_start = start - (title[2] if title else 0)  # 会见乌克兰总统泽伦斯基: the verb before the title
            subject = _opens_clause(simplified, start) or not flag_before.get(phrase_start, "x").startswith(
                ("v", "p", "g"))  # 怒/怼(g)/特朗普: jieba's morpheme tag on a verb
            if phrase_start in index_at and simplified[end:end + 1] in CLAUSE_ENDS \
                    and _after_clause_opening_verb(simplified, words, starts, index_at[phrase_start]):
                analysis.objects.add(start)
            if _qualifies_noun_after(following):
                analysis.modifiers.add(start)
            governed = (_after_preposition(simplified, phrase_start)
                        or _after_preposition_and_body(simplified, phrase_start)
                        or _listed_after(simplified, object_end, phrase_start))
            object_end = end if governed else -1
            subject = (subject and not governed  # jieba tags 会见 a noun
                       and not _after_subjects_verb(simplified, words, starts, subject_end, phrase_start)
                       and start not in analysis.modifiers and not _possessor(simplified, end)
                       and not _reported(simplified, start))
            if subject and known:  # jieba's person tags alone are too noisy to make "他" anyone's
                entity.subject_positions.add(start)
            subject_end = end if subject else subject_end
            if title:
                entity.descriptors.append(title[0])
                entity.countries |= title[1]
            if _WOMAN_BEFORE.search(_PARENTHESIS.sub("", simplified[max(0, start - 12):start])):
                note_gender(entity, "Fem")  # 马克龙的夫人布丽吉特: "他" is not her
            analysis.mentions.append((start, end, entity))
        for before, after in zip(analysis.mentions, analysis.mentions[1:]):
            # 阿拉伯(jieba's "name")王储穆罕默德: the holder follows (a gloss in brackets no part of the title)
            between = _PARENTHESIS.sub("", simplified[before[1]:after[0]]).replace(" ", "")
            if 0 < len(between) <= TITLE_BETWEEN_CHARS and _title_of(between) \
                    or 0 < len(between) <= TITLED_PHRASE_CHARS and _titled_noun_phrase(between):
                analysis.modifiers.add(before[0])
        analysis.cast.pronoun_subjects = [  # 他在…时，提到……: a pronoun opening its clause
            match.start() for match in re.finditer("[他她]", simplified)
            if _opens_clause(simplified, match.start()) and not within(match.start(), quoted)]
        return analysis

    def split_spans(self, paragraph: str, spans: list) -> list:
        return spans

    def is_quotation(self, site: Site) -> bool:
        inner = _inner(site).strip()
        if not re.search(r"[\u3400-\u9fffA-Za-z]", inner):
            return False
        before = _before(site)
        if _QUOTE_CUE.search(before.rstrip(" \x00")) or _NAME_AFTER.match(_after(site)):
            return False  # 口号是“……”, 围绕“……”这一主题: a slogan or theme, not speech
        if re.search(r"[，。！？；：,.!?]", inner):
            return True
        if _LAUNCHED.search(before.rstrip(" \x00")):
            return False  # 发起了“全球抗击饥饿与贫困联盟”: what is launched or signed is named, not said
        if _topic_list(inner):
            return False
        if _named_body(inner) and not _introduced_by_speech(before):
            return False  # “东亚数字贸易伙伴关系协定”, “南太平洋可持续发展银行”: the name of an agreement or a body
        if len(inner) < TERM_MAX_CHARS and (_noun_phrase(inner) or _qualifies_noun(_after(site))
                                            or _after_modifier(before)):
            return False  # 中国-中亚精神, “……”春节招待会, 应享有的“……”: a phrase that names something
        if len(inner) >= SHORT_QUOTE_CHARS:
            return True
        # a short phrase is speech only when a speech verb introduces or follows it: 回应说“错误且不负责任”
        after = _after(site).lstrip(" \x00，,")
        return _introduced_by_speech(before) or _followed_by_tag(after)

    def attribute(self, site: Site, analysis: _Analysis) -> Attribution | None:
        before = _before(site).rstrip(" \x00")
        introduced = before.endswith(("：", ":")) or before.endswith(("，", ",")) and _introduced_by_speech(before) \
            or _VERB_RIGHT_BEFORE.search(before) is not None  # 某某重申「……」: the verb right before it
        # X表示：“……” and X表示，“……” are the surest: a tag after it (“……。”Y表示，……) reports Y's own words
        first = (_verb_before, _tag_after) if introduced else (_tag_after, _verb_before)
        for attempt in (*first, _according_to, _sentence_before, _leading_quotation, _closing_elaboration,
                        _fragment_after_speaker):
            found = attempt(site, analysis)
            if found:
                analysis.cast.mark_speaker(found.speaker, found.kind, site.offset + site.span.start, found.cue)
                return found
        return None

    def signature(self, unit: Unit, paragraph: int, analysis: _Analysis) -> Attribution | None:
        """'——某某，某国总统' under a speech: a name first, then at most its titles."""
        low = unit.paragraph_offsets[paragraph]
        high = low + len(unit.paragraphs[paragraph].text)
        line = analysis.simplified[low:high]
        name_start = low + len(line) - len(line.lstrip(_SIGNATURE_OPENING))
        mention = next((mention for mention in analysis.mentions if mention[0] == name_start), None)
        rest = analysis.simplified[mention[1]:high].strip(" \u3000，,、") if mention else ""
        if mention is None or rest and not _all_titles(_split_titles(rest)):
            return None
        return Attribution(mention[2].name, "person", unit.text[low:high].strip())


_SIGNATURE_OPENING = " \u3000—―－-─–"  # '——某某': the dashes a signing line opens with


_VERBS = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# 说/称 alone are speech verbs, not inside 据说, 小说, 说明, 称为, 名称, 堪称, 称赞
_VERB = re.compile(rf"(?<![据小传学演解声号堪名自的])(?:{_VERBS})(?![明为作号赞])")
_VERB_RIGHT_BEFORE = re.compile(_VERB.pattern + r"(?:他|她|我|我们|记者)?$")


def _named_people(words, starts: list[int], names: dict[str, Person],
                  frequency: dict[str, int]) -> list[tuple[int, int]]:
    """(start, end) of catalog names, words jieba tags as persons, and transliterations after a title."""
    found = []
    surnames: set[str] = set()  # 赫苏斯·法里亚, then 法里亚 (which jieba tags a place) alone
    index = 0
    while index < len(words):
        word, flag = words[index].word, words[index].flag
        first_name = (index + 2 < len(words) and words[index + 1].word in NAME_MARKS  # 亚历山大(ns)·卢卡申科
                      and 2 <= len(word) <= 6 and _has_han(word) and not _country(word)
                      and (words[index + 2].flag.startswith("nr") or _transliterated(words[index + 2].word)))
        after_title = index > 0 and _title_of(words[index - 1].word) is not None
        speaking = index + 1 < len(words) and words[index + 1].word in SPEECH_VERBS  # 奥巴马(ns)说: somebody
        if flag.startswith("ns") and word not in names and word not in surnames and not first_name \
                and not ((after_title or speaking) and _transliterated(word)) or _country(word):  # 总统塞西: a place
            index += 1
            continue
        if _title_of(word) or word in DOCUMENTS or word.endswith(ORGANIZATIONS + MEDIA):  # jieba: 德国总理, 宣言, 罗盘报
            index += 1
            continue
        # nz: a proper noun, unless everyday vocabulary (穆斯林)
        proper = flag in ("nz", "ns") and (frequency.get(word) or 0) < COMMON_WORD_FREQUENCY
        foreign = first_name or _transliterated(word) and (after_title or speaking or proper)
        if word in names or word in surnames or (flag.startswith("nr") and (_name_length(word) or after_title)) \
                or foreign:
            used = _name_pieces(words, index)
            following = words[index + used + 1].word if index + used + 1 < len(words) else ""
            if following in MEDIA and word not in names:  # 罗盘/报: a newspaper's name, nobody's
                index += used + 1
                continue
            end = starts[index + used] + len(words[index + used].word)
            begin = starts[index]
            if flag.startswith("nr") and _given_name_glued_to_verb(words[index].word if not used else "", following):
                end += 1  # 孙建/明说: jieba glued the last character of the name to 说
            elif end - starts[index] >= 3 and words[index + used].word[-1] in ADVERB_FINALS and word not in names:
                end -= 1  # 卢拉曾/公开: jieba glued the adverb after the name to it
            previous = words[index - 1] if index else None
            if previous and len(previous.word) == 1 and previous.word not in _FUNCTION_CHARS \
                    and not previous.flag.startswith(("p", "c", "u", "m")) \
                    and (previous.word in TRANSLITERATION
                         or previous.word in SURNAMES and len(word) <= 2 and not previous.flag.startswith(("d", "v"))
                         or previous.flag.startswith("nr") and len(word) <= 2):
                begin -= 1  # 苏/克拉尔, 冯/崇义, 倪(nr)/志强: jieba cut a first syllable or the surname off
            found.append((begin, end))
            name = "".join(pair.word for pair in words[index:index + used + 1])
            if any(mark in name for mark in NAME_MARKS):
                surnames.add(re.split(f"[{NAME_MARKS}]", name)[-1])
            index += used + 1
            continue
        index += 1
    return found


_LATIN_WORDS = re.compile(r"[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)*")
_LATIN_SPEAKING = re.compile(rf"[\s\x00]*(?:在|(?:也|还|则|又|曾|再次|随后|当天)?(?:{_VERBS}))")


def _latin_names(text: str, names: dict[str, Person]) -> list[tuple[int, int]]:
    """保加利亚总统Ivan Petrov表示……, ……，”Petrov说: a name left in Latin letters in a Chinese text is a
    person when the catalog knows it, or when it is two capitalised words or stands right before a speech
    verb or 在 (not BRICS, GDP: all capitals are an acronym)."""
    found = []
    for match in _LATIN_WORDS.finditer(text):
        if match.start() and (text[match.start() - 1].isascii() and text[match.start() - 1].isalpha()
                              or text[match.start() - 1] in "(（"):
            continue  # (a name in brackets glosses the Chinese name before it)
        name = match.group()
        if name in names or " " in name or _LATIN_SPEAKING.match(text, match.end()):
            found.append((match.start(), match.end()))
    return found


def _titled_names(words, starts: list[int], frequency: dict[str, int]) -> list[tuple[int, int]]:
    """总统拉赫/蒙在……, 首相野田/佳/彦希望……: the words between a title and the verb, preposition or
    punctuation that ends the subject are one name, however jieba cut it, when jieba took at least one
    piece for a proper noun and the run is name-sized."""
    found = []
    for index in range(len(words) - 1):
        if not (_title_of(words[index].word) or index and _title_of(words[index - 1].word + words[index].word)):
            continue  # (执行/秘书: a title jieba cut in two)
        pieces, glued = [], ""
        run = words[index + 1:index + 1 + NAME_MAX_TOKENS]
        if _rare_verb_before_speech(run, frequency):
            found.append((starts[index + 1], starts[index + 1] + len(run[0].word)))
            continue
        for position, pair in enumerate(run):
            single_syllable = len(pair.word) == 1 and pair.word in TRANSLITERATION and pair.flag in ("v", "a", "g", "d", "n")
            if pieces and pair.word in SPEECH_VERBS:
                break  # 总统川普/扬言(nr): jieba's person tag on the verb after the name
            if pieces and _syllable_glued_to_verb(pair.word):
                glued = pair.word[0]  # 埃/尔多/安称: the name's last syllable, glued to 称
                break
            if _given_name_end(pieces, pair, run[position + 1:position + 2]):
                pieces.append(pair)  # 司长孙俭/元(m)：: the given name's last character, whatever jieba tags it
                break
            first_name = any(later.word in NAME_MARKS for later in run[position + 1:position + 3])
            if pieces and pair.word in NAME_MARKS and position + 1 < len(run) and _has_han(run[position + 1].word):
                pieces.append(pair)  # 埃马纽埃尔·马克龙: the mark between a first name and a surname
                continue
            if pair.flag in ("x", "p", "m", "t", "c", "r", "f", "i", "l") or pair.flag.startswith("u") \
                    or pair.word in _FUNCTION_CHARS \
                    or pair.flag.startswith(("v", "d")) and not single_syllable or _title_of(pair.word) \
                    or _country(pair.word) and not (pieces and (single_syllable or first_name)) \
                    or pair.word in _NOT_NAME_ENDINGS or _TIME_WORD.fullmatch(pair.word) or _common_word(pair, frequency):
                break  # (纽埃 of 埃马/纽埃/尔·马克龙 is a country only on its own)
            pieces.append(pair)
        while pieces and pieces[-1].word in NAME_MARKS:
            pieces.pop()
        name = "".join(pair.word for pair in pieces) + glued
        proper = any(pair.flag.startswith(("nr", "nz", "ns")) for pair in pieces) \
            or _transliterated(name)  # 主席法(j)/基姆(n): syllables of a foreign name, whatever jieba tags them
        marks = sum(name.count(mark) for mark in NAME_MARKS)
        sized = _transliterated(name) or 2 <= len(name) <= 4 \
            or marks and len(name) <= NAME_MAX_CHARS + MARKED_NAME_EXTRA_CHARS * marks
        if len(pieces) + bool(glued) > 1 and proper and sized and not name.endswith(_NOT_NAMES):
            begin = starts[index + 1]
            found.append((begin, begin + len(name)))
    return found


_NOT_NAMES = (*ORGANIZATIONS, *MEDIA, *GROUPS, *DOCUMENTS)  # what a title may head that is nobody's name


# 慕安/会(v)新任主席某某: a name and 会 before a title is a council's short name, nobody's
_BODY_BEFORE_TITLE = re.compile("会(?:新任|现任|前任|副)?(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")")
_WOMAN_BEFORE = re.compile(r"(?:夫人|女士|妻子|太太|王后|女王|女儿|母亲)$")  # a woman's name after them


def _given_name_end(pieces: list, pair, following: list) -> bool:
    """A surname and one character (孙俭, tagged a name), then one more character right before a colon: a
    three-character Chinese name that jieba cut short."""
    return len(pieces) == 1 and pieces[0].flag == "nr" and len(pieces[0].word) == 2 \
        and pieces[0].word[0] in SURNAMES and len(pair.word) == 1 and _has_han(pair.word) \
        and bool(following) and following[0].word in (":", "：")


def _rare_verb_before_speech(run, frequency: dict[str, int]) -> bool:
    """首相强生(v)说: a rare word jieba tags a verb, alone between a title and a speech verb, is the name."""
    word = run[0].word if run else ""
    return len(run) > 1 and run[0].flag == "v" and word not in SPEECH_VERBS and run[1].word in SPEECH_VERBS \
        and (frequency.get(word) or 0) < COMMON_WORD_FREQUENCY and not word.endswith(_NOT_NAMES)


def _again(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """总理欧尔/兰(nr), then 欧尔/兰(j)在……写道: a name the text gave with a title names the person wherever it
    stands again, however jieba cuts it there."""
    names = {text[start:end] for start, end in spans if end - start >= 2}
    names |= {name[:2] for name in names if re.fullmatch(r"[\u3400-\u9fff]{4}", name)}  # 河野太郎, then 河野
    names |= {surname for name in names if "·" in name  # 玛丽亚·欧多娃, then 欧多娃 (jieba may cut it otherwise)
              for surname in [name.rsplit("·", 1)[-1]] if len(surname) >= SURNAME_AGAIN_CHARS}
    return [(match.start(), match.end()) for name in names for match in re.finditer(re.escape(name), text)]


def _common_word(pair, frequency: dict[str, int]) -> bool:
    """会见 (tagged a noun in 普京/会见了……): a word of two or more characters that jieba's dictionary counts
    often and not as a name ends a name; a rare or unknown one (早苗, 太郎) may be part of it."""
    return len(pair.word) >= 2 and not pair.flag.startswith(("nr", "ns", "nz")) \
        and (frequency.get(pair.word) or 0) >= COMMON_WORD_FREQUENCY


def _syllable_glued_to_verb(word: str) -> bool:
    """安称, 夫说: a transliteration's last syllable that jieba joined to 说/称."""
    return word[:1] in TRANSLITERATION and _glued_to_verb(word)


def _glued_to_verb(word: str) -> bool:
    """明说, 安称: a character and 说/称 that are no speech verb of their own (坚称 is one)."""
    return len(word) == 2 and word[1] in "说称" and word not in SPEECH_VERBS


def _surnamed_speakers(words, starts: list[int]) -> list[tuple[int, int]]:
    """，周/建设表示, 王/和平表示: two or three characters opening a clause, starting with a common surname
    and cut into pieces by jieba, before a speech verb, are a Chinese name (a single word is one only
    when jieba tags it a person: 马上表示 is "at once said")."""
    found = []
    for index, pair in enumerate(words):
        if pair.word not in SPEECH_VERBS or index < 2:
            continue
        first = index - 1
        while first > 0 and index - first < 3 and words[first - 1].flag != "x" and not _title_of(words[first - 1].word):
            first -= 1
        if not (first == 0 or words[first - 1].flag == "x" or _title_of(words[first - 1].word)):
            continue
        pieces = words[first:index]
        name = "".join(piece.word for piece in pieces)
        if not 2 <= len(name) <= 3 or name[0] not in SURNAMES or _country(pieces[0].word):
            continue
        if len(pieces) == 1 and not pieces[0].flag.startswith("nr"):
            continue
        if any(piece.flag.startswith(("r", "d", "p", "c", "u", "m", "t", "f", "x")) or piece.word in _FUNCTION_CHARS
               for piece in pieces):
            continue
        found.append((starts[first], starts[first] + len(name)))
    return found


def _names_before_titles(words, starts: list[int]) -> list[tuple[int, int]]:
    """，欧巴多总统说 / 欧巴多总统在会上指出: a foreign name jieba does not know (it may cut it into places),
    written in transliteration syllables, opening a clause before a title and the title's verb or preposition:
    the name of who holds the title (a country, 俄罗斯总统, is a place)."""
    found = []
    for index in range(1, len(words) - 1):
        following = words[index + 1]  # (the cheap test first: this runs on every word of a Chinese unit)
        if not (following.word in SPEECH_VERBS or following.flag in ("p", "d")) or not _title_of(words[index].word):
            continue
        first = next((first for first in range(index - 1, max(index - NAME_MAX_TOKENS, 0) - 1, -1)
                      if first == 0 or words[first - 1].flag in ("x", "m", "t")), None)  # a clause boundary, a date
        name = "".join(piece.word for piece in words[first:index]) if first is not None else ""
        if len(name) >= 3 and _transliterated(name) and not _all_titles(_split_titles(name)) \
                and not name.endswith(_NOT_NAMES):
            found.append((starts[first], starts[index]))
    return found


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside a longer one: 拉赫蒙, not the 拉赫 jieba tagged a name."""
    kept, reach = [], -1
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if end > reach:  # a span starting no earlier and ending no later than one before is inside it
            kept.append((start, end))
            reach = end
    return kept


def _given_name_glued_to_verb(name: str, following: str) -> bool:
    """孙建/明说, 李/明说: a surname-first name one character short, then a word that is that character and
    说/称 and no speech verb of its own (坚称 is one: 王毅/坚称 stays as it is)."""
    return 1 <= len(name) <= 2 and name[0] in SURNAMES and _glued_to_verb(following)


def _chinese_name_acting(name: str, next_flag: str) -> bool:
    """王毅随后表示, 张汉晖在会上发言: a surname and one or two characters, then a verb, an adverb or a
    preposition, is a person doing something (jieba's person tag alone is too noisy to make "他" anyone's)."""
    return 2 <= len(name) <= 3 and name[0] in SURNAMES and next_flag.startswith(("v", "p", "d", "t"))


def _name_length(word: str) -> bool:
    """A word jieba tags a person: Chinese names have two or three characters (应邀出席 is no name);
    transliterations run longer."""
    return 2 <= len(word) <= 3 or _transliterated(word)


def _bracketed_names(text: str, words, starts: list[int]) -> list[tuple[int, int]]:
    """马克宏（Emmanuel Macron）: the words right before a Latin personal name in brackets name the person."""
    found = []
    for match in _LATIN_NAME.finditer(text):
        if _ORGANIZATION_LATIN.search(match.group("latin")):
            continue
        end = match.start()
        index = max((i for i, start in enumerate(starts) if start < end), default=None)
        begin = end
        while index is not None and index >= 0:
            word = words[index].word
            if (_title_of(word) or _country(word) and begin < end  # (欧/巴西(Nnamdi Obasi): jieba's "Brazil")
                    or word.endswith(ORGANIZATIONS) or not _has_han(word)
                    or any(char in _FUNCTION_CHARS for char in word) or end - starts[index] > 6
                    or word in SPEECH_VERBS or words[index].flag.startswith(("d", "v")) and begin < end):
                break  # (还提到马克宏（…）: the adverb and the verb before the name are no part of it)
            begin = starts[index]
            index -= 1
        if end - begin >= 2:
            found.append((begin, end))
    return found


def _name_pieces(words, index: int) -> int:
    """How many tokens after words[index] continue the name (jieba splits 马克/宏, 拉玛/佛沙)."""
    used, length, after_mark, marks, last_piece = 0, len(words[index].word), False, 0, False
    for position, pair in enumerate(words[index + 1:index + NAME_MAX_TOKENS + 1], index + 1):
        joined = pair.word in NAME_MARKS and position + 1 < len(words) and (
            words[position + 1].flag.startswith("nr") or _transliterated(words[position + 1].word)
            or words[position + 1].word in TRANSLITERATION  # 阿尼尔·苏/克拉尔: jieba tags 苏 an abbreviation
            or words[position + 1].word in SURNAMES)  # 史蒂夫·张: a Chinese family name after a given one
        if joined:  # 安格拉·默克尔
            used, length, after_mark, marks = used + 1, length + 1, True, marks + 1
            continue
        if after_mark and (_transliterated(pair.word) or pair.word in TRANSLITERATION or pair.flag.startswith("nr")
                           or pair.word in SURNAMES):
            used, length, after_mark = used + 1, length + len(pair.word), False  # 阿列克谢·普什/科夫, 伊万·彼得罗夫(nrt)
            last_piece = len(pair.word) > 1
            continue
        if last_piece and len(pair.word) == 1 and pair.word in TRANSLITERATION and pair.word not in _FUNCTION_CHARS:
            used, length, last_piece = used + 1, length + 1, False  # 奥马尔·塞利/克: jieba tags 克 a measure word
            continue
        after_mark = last_piece = False
        following = words[position + 1].word if position + 1 < len(words) else ""
        # 姆, which jieba leaves untagged; 塔伊/普·, 艾尔多/安(Erdogan): a last syllable it tags an adverb or verb
        stray = pair.word in TRANSLITERATION and (  # 马拉/多(m)/称: a last syllable before a speech verb
            pair.flag == "x" or len(pair.word) == 1 and (following in NAME_MARKS or following in ("(", "（")
                                                         or following in SPEECH_VERBS
                                                         or pair.flag == "m" and pair.word not in NUMERALS))
        if pair.flag in ("v", "p", "m", "x", "uj", "d", "c", "f", "r", "t", "ad") and not stray or _title_of(pair.word) \
                or pair.word in MEDIA or pair.word in SPEECH_VERBS \
                or length >= NAME_MAX_CHARS + MARKED_NAME_EXTRA_CHARS * marks \
                or pair.word in _NOT_NAME_ENDINGS or _TIME_WORD.fullmatch(pair.word):
            break
        if not (pair.flag.startswith("nr") and (len(pair.word) <= 3 or _transliterated(pair.word))
                or pair.flag in ("nz", "n", "ns") and len(pair.word) <= 3
                and all(char in TRANSLITERATION for char in pair.word) and not _country(pair.word)
                or len(pair.word) == 1 and (pair.flag == "n" or pair.word in TRANSLITERATION)
                or _tail_syllables(pair, following)):
            break  # 海尔/马里亚/姆: jieba cuts a long transliteration into a place and a stray syllable
        used += 1
        length += len(pair.word)
        last_piece = marks > 0 and _transliterated(pair.word)  # 马斯乌德·佩泽/希奇/扬: the piece goes on
    return used


def _tail_syllables(pair, following: str) -> bool:
    """克里斯/特松(a)/说, 克里斯/特松/首相: the last two syllables of a name, which jieba read as an adjective,
    when a speech verb, a title or punctuation closes the name after them."""
    return pair.flag == "a" and len(pair.word) == 2 and all(char in TRANSLITERATION for char in pair.word) \
        and (following in SPEECH_VERBS or bool(_title_of(following)) or following[:1] in "（(，,。、·")


def _introduced_by_speech(before: str) -> bool:
    """回应说“……”, 称之为“……”, 直言道“……”: the words just before are a speech verb, maybe with 是/为/道
    after it; read as words, so the 道 of 渠道 is no verb."""
    clause = _CLAUSE_BOUNDARY.split(before.rstrip(" \x00：:，,"))[-1]
    words = [pair.word for pair in _segmenter(()).cut(clause[-12:])]
    if words and words[-1] in ("是", "为", "道"):
        return any(word in SPEECH_VERBS for word in words[-4:-1])
    return bool(words) and words[-1] in SPEECH_VERBS


def _followed_by_tag(after: str) -> bool:
    """“……”王毅说, “……”他也说: a subject, then a speech verb (“推特”重复一遍警告: no subject, so no tag)."""
    match = re.match(rf"^([^，。,.;；\x00]{{1,12}}?)(?:{_VERBS})", after)
    if match is None:
        return False
    pairs = list(_segmenter(()).cut(match.group(1)))
    return pairs[0].flag.startswith(("n", "r")) and not any(pair.flag.startswith("v") for pair in pairs)


def _qualifies_noun(after: str) -> bool:
    """“温暖迎春·共庆中国年”春节招待会: a quoted phrase run straight into a noun is that thing's name
    (not “……”王毅说, where a name and a speech verb follow)."""
    pairs = [pair for pair in _segmenter(()).cut(after[:12])]
    while pairs and pairs[0].flag == "t":  # “……”春节招待会: a time word may open the noun
        pairs = pairs[1:]
    return bool(pairs) and pairs[0].flag in ("n", "nz", "vn") and len(pairs[0].word) >= 2 \
        and not _VERB.search(after[:12])


def _after_modifier(before: str) -> bool:
    """应享有的“……”: after the particle 的 a phrase with no punctuation is a term, not words quoted."""
    return before.rstrip(" \x00").endswith("的")


BODY_NAME_MAX_CHARS = 24  # “东亚—太平洋国家经济合作委员会峰会”: a body's or agreement's name may run this long
# what an organisation's, a meeting's, an agreement's or a programme's name ends in
_NAME_HEAD = re.compile(r"(?:公司|集团|联盟|议程|峰会|协定|委员会|理事会|规划|组织|倡议|计划|战略|机制"
                        r"|论坛|公约|条约|宣言|框架|体系|银行|基金|中心|项目|纲要|愿景|协议|大会|伙伴关系)$")


def _named_body(phrase: str) -> bool:
    """A phrase that ends in a body's, a meeting's or an agreement's head noun, with no verb before it, no
    punctuation and no first or second person, is a name: nobody says just “南方国家联盟” (but “希望达成协议”)."""
    plain = simplify(phrase)
    head = _NAME_HEAD.search(plain)
    if head is None or len(plain) > BODY_NAME_MAX_CHARS or re.search(r"[我你您咱了、，。！？；：,.!?]", plain):
        return False
    modifiers = plain[:head.start()]
    # (the 可 of 可持续 is no verb of its own)
    return not any(pair.flag == "v" and len(pair.word) > 1 for pair in _segmenter(()).cut(modifiers))


def _titled_noun_phrase(phrase: str) -> bool:
    """某某云服务首席执行官 before a name: a noun phrase ending in a title makes the name before it a
    modifier (a company's, a country's), not a person of its own.  A lone character tagged a plain noun
    may be a verb jieba mistook (某某/问/法国总统某某: "asked"), so it makes no noun phrase here."""
    title = _title_suffix(phrase)
    if title is None or not _noun_phrase(phrase):
        return False
    return not any(len(pair.word) == 1 and pair.flag == "n" for pair in _segmenter(()).cut(phrase[:-len(title)]))


def _noun_phrase(phrase: str) -> bool:
    """Nouns, names and their modifiers, ending in a noun: no verb, adverb or particle; Latin words
    (G20), dashes and the conjunctions 与/和/及 may join them (中国—金砖国家……中心)."""
    pairs = list(_segmenter(()).cut(_PARENTHESIS.sub("", phrase)))
    return bool(pairs) and _ends_in_noun(pairs) and all(
        pair.flag.startswith(("n", "m", "q", "f", "j")) or pair.flag in ("x", "a", "an", "b", "vn", "eng")
        or pair.word in _CONJUNCTIONS for pair in pairs[:-1])


def _ends_in_noun(pairs) -> bool:
    """全球南方 (a noun and a locality), 中非领导人对话会 (jieba: an idiom ending in 会, a meeting) end in nouns."""
    last = pairs[-1]
    return last.flag.startswith("n") or last.flag == "l" and last.word.endswith("会") or \
        last.flag == "f" and len(pairs) > 1 and pairs[-2].flag.startswith("n")


def _topic_list(phrase: str) -> bool:
    """“和平与安全、全球治理改革”: items joined by 、, each a noun phrase (its last word a noun or a
    verbal noun, no pronoun, adverb or auxiliary): a list of topics, not a sentence anyone said."""
    items = [item for item in _PARENTHESIS.sub("", phrase).split("、") if item]
    return len(items) >= 2 and all(_topic(item) for item in items)


def _topic(item: str) -> bool:
    pairs = [pair for pair in _segmenter(()).cut(item) if pair.word not in _CONJUNCTIONS]
    return bool(pairs) and pairs[-1].flag.startswith(("n", "vn", "an")) and not any(
        pair.flag.startswith(("r", "d", "u", "y")) or pair.word in _AUXILIARIES for pair in pairs)


def _known_person(entity: Entity, written: str, following) -> bool:
    """Whether a name jieba found is surely a person's (its person tags alone are too noisy): in the catalog,
    titled before, transliterated or joined by a name mark, before a speech verb, or a Chinese name acting."""
    return bool(entity.person or entity.descriptors) or _transliterated(entity.name) \
        or any(mark in entity.name for mark in NAME_MARKS) \
        or following is not None and following.word in SPEECH_VERBS \
        or _chinese_name_acting(written, following.flag if following else "x")


def _qualifies_noun_after(pair) -> bool:
    """特朗普政府, 普京团队, 某某钢铁公司执行总裁……: a name right before a body or an institution qualifies
    it; the clause's subject is the noun phrase's head, after it (a name before other nouns may be the
    subject: 普京高度评价, jieba's noun 高度)."""
    return pair is not None and pair.word.endswith((*ORGANIZATIONS, *GROUPS, *INSTITUTIONS))


def _reported(text: str, start: int) -> bool:
    """安瓦尔说，特朗普是……: a name after a speech verb in its sentence is inside what was said; but a
    report is only the channel (报道称，维埃拉表示……): who speaks in it is a subject like any other; and
    a verb in a relative clause (他曾公开表示不满的总理，拜登……) reports nothing."""
    sentence_start = _sentence_start(text, start)
    verbs = [verb for verb in _VERB.finditer(text, sentence_start, start)
             if not text.startswith(_AGENT_SUFFIXES, verb.end())]  # 发言人: one who speaks, no verb
    return any(not _MEDIA_REPORT.search(text, sentence_start, verb.start()) and not _relative(text, verb.end(), start)
               and not _own_clause_ended(text, verb.end(), start) for verb in verbs)


def _own_clause_ended(text: str, end: int, limit: int) -> bool:
    """某某呼吁应该寻求和平之道，白俄总统某某批判……: the verb's words filled its own clause, so a name
    after the comma starts a new one (not 某某说，特朗普是……, where the words begin after the comma)."""
    boundary = _CLAUSE_BOUNDARY.search(text, end, limit)
    return boundary is not None and bool(text[end:boundary.start()].strip(" \x00"))


def _relative(text: str, end: int, limit: int) -> bool:
    """Whether the clause after a verb ends as a modifier: ……表示不满的总理，"""
    boundary = _CLAUSE_BOUNDARY.search(text, end, limit)
    clause = text[end:boundary.start() if boundary else limit]
    return "的" in clause and not clause.endswith("的")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts (read back at most SENTENCE_REACH characters)."""
    reach = max(0, position - SENTENCE_REACH)
    return max((m.end() for m in _SENTENCE_END.finditer(text, reach, position)), default=reach)


def _transliterated(word: str) -> bool:
    return 2 <= len(word) <= 12 and all(char in TRANSLITERATION or char in NAME_MARKS for char in word)


def _after_clause_opening_verb(text: str, words, starts: list[int], index: int) -> bool:
    """，怒斥某某：/ ，并会见某国总统某某，: a clause that opens with its verb (and adverbs) and ends with the
    name has no subject of its own; the name is what the verb governs (not 听到甲问乙, where 甲 asks)."""
    verb = False
    for before in range(index - 1, -1, -1):
        flag = words[before].flag
        if flag.startswith("v"):
            verb = True
        elif not flag.startswith(("d", "c", "a")):  # 并, 公开, 大(声说)
            return False
        clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, max(0, starts[before] - 2),
                                                                       starts[before])), default=0)
        if not text[clause_start:starts[before]].strip(" \x00"):
            return verb
    return False


def _in_brackets(text: str, position: int) -> bool:
    """Whether an opening bracket before `position` (in its paragraph) is not closed before it."""
    opening = max(text.rfind(mark, 0, position) for mark in "(（【[")
    return opening > text.rfind("\n", 0, position) and not re.search(r"[)）】\]]", text[opening:position])


def _after_subjects_verb(text: str, words, starts: list[int], subject_end: int, start: int) -> bool:
    """甲在某地迎接了前来参会的乙: a name after the verb of its clause's subject is that verb's object."""
    between = text[subject_end:start]
    if subject_end < 0 or _CLAUSE_BOUNDARY.search(between) or re.search(r"\s", between):
        return False  # (a space ends a headline's or a caption's clause: 记者 某某 摄  甲呼吁)
    return any(pair.flag.startswith("v") for pair in words[bisect.bisect_left(starts, subject_end):
                                                                bisect.bisect_left(starts, start)])


def _opens_clause(text: str, start: int) -> bool:
    """A name first in its clause (after titles) is the clause's subject (Chinese puts it first)."""
    clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, max(0, start - 40), start)),
                       default=max(0, start - 40))
    head = _PARENTHESIS.sub("", text[clause_start:start])
    return not head.strip() or all(_title_of(part) or _country(part) for part in _split_titles(head))


# one-character countries that news writes only before a title (哈总统, 德总理); alone they are other words
_ROLE_COUNTRY_ABBREVIATIONS = {"哈": "KZ", "吉": "KG", "塔": "TJ", "韩": "KR", "朝": "KP", "越": "VN", "英": "GB",
                               "法": "FR", "德": "DE", "意": "IT", "澳": "AU", "蒙": "MN", "泰": "TH", "菲": "PH",
                               "沙": "SA", "土": "TR", "加": "CA"}


def _role_country(piece: str) -> str | None:
    return _country(piece) or _ROLE_COUNTRY_ABBREVIATIONS.get(piece)


def _split_titles(text: str) -> list[str]:
    """'俄罗斯总统' -> ['俄罗斯', '总统'], greedily, so a run of titles and countries is recognised."""
    parts, rest = [], text.strip(" “”\"'「」")
    while rest:
        piece = next((rest[:n] for n in range(len(rest), 0, -1)
                      if _title_of(rest[:n]) or _role_country(rest[:n]) or rest[:n].endswith(ORGANIZATIONS)), None)
        if piece is None:
            return [text]  # not only titles
        parts.append(piece)
        rest = rest[len(piece):]
    return parts


def _all_titles(parts: list[str]) -> bool:
    """_split_titles read the whole phrase as titles, countries and offices (白俄罗斯总统 is one word)."""
    return bool(parts) and all(_title_of(part) or _role_country(part) or part.endswith(ORGANIZATIONS)
                               for part in parts)


def _tag_after(site: Site, analysis: _Analysis) -> Attribution | None:
    """“……”王毅说。 / “……”，他说。 / ……”拉马福萨(Cyril Ramaphosa)如是说。  A quotation ending in 。
    ends its sentence, so the tag is read from the rest of the paragraph; the clause must end right
    after the verb, or it introduces something new (“……。”习近平也说，……)."""
    after = _masked(site)[site.span.end:site.span.end + TAG_CHARS]
    bracket = _BRACKETED_SPEAKER.match(after)
    if bracket and not _CREDIT.search(bracket.group(1)):  # “……”（巴西总统卢拉）: the speaker in brackets
        low = site.offset + site.span.end + bracket.start(1)
        mentions = _mentions_in(analysis, low, low + len(bracket.group(1)))
        return Attribution(mentions[-1][2].name, "person", bracket.group(0).strip(" \x00")) if mentions else None
    clause = re.match(r"^[\s\x00，,]*([^，,。；！？：\x00“”「」]{1,80}[，,]?)", after)
    if not clause:
        return None
    text = clause.group(1)
    verb = next((m for m in _VERB.finditer(text) if _clause_ends(text, m.end(), site)), None)
    if not verb:
        return _tag_closing_sentence(site, analysis)
    if not text.endswith(("，", ",", ":")) and after[clause.end():].lstrip(" ")[:1] in ("\x00", "“", "「"):
        return None  # “……”，某某回称「……」: a tag right before a quotation introduces that one
    if text.endswith(("，", ",")) and text[:verb.start()].endswith(("则", "也", "亦")) \
            and _inner(site).rstrip(" \x00").endswith(("。", "！", "？")) \
            and after[clause.end():].lstrip(" \x00")[:1] not in ("", "“", "「", "‘"):
        return None  # “……。”某某则表示，东盟是……: "while X said" starts another's words, not the tag of these
    low = site.offset + site.span.end + clause.start(1)
    cue = text[:verb.end()].strip(" \x00，,")
    mentions = _mentions_in(analysis, low, low + verb.start())
    subject = _first_subject(mentions, analysis)  # ”史密斯在与王毅举行的记者会上说: not the one after 与
    if subject:
        return Attribution(subject.name, "person", cue)
    if mentions:
        return Attribution(None, "unknown", cue)
    if _CONNECTIVE.match(text[:verb.start()].strip(" \x00")):  # X强调，……“……”，并指出: X goes on
        found = _sentence_subject(_before(site), site.offset + site.sentence[0], analysis, site, cue)
        if found:
            return found
    found = _phrase(text[:verb.start()], low, analysis, site, cue)
    return found or Attribution(None, "unknown", cue)  # a tag naming nobody we know


def _tag_closing_sentence(site: Site, analysis: _Analysis) -> Attribution | None:
    """“……”两年前，在西安举行的峰会上，习近平主席郑重指出。: time and place may stand between a quotation
    and its tag, when the tag is the sentence's last clause and ends on the speech verb."""
    masked = _masked(site)
    end = _SENTENCE_END.search(masked, site.span.end)
    rest = masked[site.span.end:end.start() if end else len(masked)]
    if len(rest) > TAG_CHARS or re.search(r"[\x00“”「」：:；;]", rest):
        return None  # another quotation or clause of its own comes first
    verb = next((m for m in _VERB.finditer(rest) if not rest[m.end():].strip()), None)
    if verb is None:
        return None
    base = site.offset + site.span.end
    found = _clause_subject(rest, verb.start(), base, analysis, site, rest[:verb.end()])
    if found is None:  # “……”塞西应邀出席……，行前在接受采访时表示。: the sentence's subject
        found = _sentence_subject(rest[:verb.start()], base, analysis, site, rest[:verb.end()].strip(" \x00，,"))
    return found


def _clause_ends(text: str, end: int, site: Site) -> bool:
    """“……”王毅说。 / “……”汪文斌称，……: the verb closes its clause (more may follow after a comma);
    a verb of telling may take whom it tells first (“……”卢拉告诉领导人。)."""
    rest = text[end:].strip(" \x00")
    rest = rest[1:] if rest.startswith("道") else rest  # 回应道, 反问道
    if text[:end].endswith(_TELLING) and len(rest.rstrip("，,")) <= TOLD_CHARS:
        return True
    return not rest or rest[0] in "，,"


def _verb_before(site: Site, analysis: _Analysis) -> Attribution | None:
    """习近平指出，“……” / 普京在讲话中表示：“……” / 他说：“……” / 大陆国家主席习近平：「……」."""
    before = _before(site)
    base = site.offset + site.sentence[0]
    verbs = list(_VERB.finditer(before))
    stripped = before.rstrip(" \x00")
    if stripped.endswith(("：", ":")) and (  # a caption, or an act that introduces the words
            not verbs or _CLAUSE_BOUNDARY.search(stripped, verbs[-1].end(), len(stripped) - 1)):
        if verbs and before[verbs[-1].end():].lstrip(" \x00")[:1] in ("，", ","):
            reporter = _reporting_person(before, verbs, base, analysis, site)
            if reporter:
                return reporter  # 某某直言，总统要传达的讯息是：“……”: what follows is still the speaker's
        found = _colon_introducer(stripped, base, analysis, site)  # (谈及杭州，某某大加赞赏：the clause's own)
        if found and found.speaker or not verbs:
            return found
    for index, verb in reversed(list(enumerate(verbs))):
        if _joint_subject(before, verb.start(), base, analysis):
            continue  # 卡瓦特拉还说，莫迪与习近平同意“……”: the words are the reporter's, not both leaders'
        if index and _clauses_between(before[verb.end():]) > 1:
            continue  # 拜登表示，普京认为北约会解体，但如今“……”: the inner verb's clause ended before the quotation
        if index and _relative(before, verb.end(), len(before.rstrip(" \x00：:，,"))):
            continue  # 重申某某强调的一个讯息：“……”: a verb inside a phrase that qualifies a noun tags nothing
        found = _clause_subject(before, verb.start(), base, analysis, site, before[:verb.end()])
        if found:
            return found
        clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(before, 0, verb.start())), default=0)
        words = before[clause_start:verb.start()].strip(" \x00")
        if _NO_SUBJECT.match(words):
            continue  # 并表示: no subject of its own
        reporter = _reporting_person(before, verbs[:index], base, analysis, site)
        if reporter and not _MEDIA_REPORT.search(words) and not words.endswith(ORGANIZATIONS):
            return reporter  # 斯帝尔指出，科学已经表明，……“……”: what the inner clause says is still hers
        # the nearest verb has a subject we cannot name (媒体推测“……”): not an earlier one's, nor a continuation
        return Attribution(None, "unknown", before[clause_start:verb.end()].strip(" \x00，,"))
    return None


def _colon_introducer(text: str, base: int, analysis: _Analysis, site: Site) -> Attribution | None:
    """某某：“……”, 他拿起木槌，敲下去：“……”, 某某总统详述合作方向：(new paragraph)“……”: a sentence ending in a
    colon with no speech verb introduces the words of its last clause's subject, else of its first."""
    found = _clause_subject(text, len(text) - 1, base, analysis, site, text)
    entity = analysis.cast.by_name(found.speaker) if found and found.speaker else None
    end = max((stop for _, stop, named in _mentions_in(analysis, base, base + len(text)) if named is entity), default=0)
    if end and not (entity.person or entity.descriptors or entity.subject_positions):
        rest = text[end - base:-1].strip(" \x00")
        if rest and rest[:1] not in ADVERB_FINALS | {"大"} and not _all_titles(_split_titles(rest)):
            found = None  # a word jieba alone tags a name, with an object after it: 安抚民众的心灵：
    if found and found.speaker:
        return found
    clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, len(text) - 1)), default=0)
    if not clause_start:
        return found
    subject = _sentence_subject(text[:clause_start], base, analysis, site, text.strip(" \x00：:"))
    return subject if subject and subject.kind == "person" else found


def _reporting_person(before: str, verbs: list[re.Match], base: int, analysis: _Analysis,
                      site: Site) -> Attribution | None:
    """The first person earlier in the sentence who speaks (某某指出，……): whose report the rest is."""
    return next((found for found in _named_speakers(before, verbs, base, analysis, site) if found.kind == "person"),
                None)


def _clauses_between(text: str) -> int:
    """How many clauses with words in them stand between a verb and the quotation."""
    return sum(1 for clause in _CLAUSE_BOUNDARY.split(text) if clause.strip(" \x00"))


def _joint_subject(text: str, verb_at: int, base: int, analysis: _Analysis) -> bool:
    """莫迪与习近平同意: two people joined by 与/和/及 are the clause's subject together."""
    clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, verb_at)), default=0)
    mentions = _clause_mentions(text, clause_start, verb_at, base, analysis)
    return any(_JOINED.match(_PARENTHESIS.sub("", analysis.simplified[first[1]:second[0]]))
               for first, second in zip(mentions, mentions[1:]))


def _clause_mentions(text: str, low: int, high: int, base: int, analysis: _Analysis) -> list:
    """The people named in text[low:high], less those in brackets, (记者沈丹琳、姚兵), and in a dateline,
    新华社阿斯塔纳7月4日电: neither is the clause's subject."""
    dateline = _DATELINE.search(text, low, high)
    low = dateline.end() if dateline else low
    bracketed = [(base + m.start(), base + m.end()) for m in _PARENTHESIS.finditer(text, low, high)]
    return [mention for mention in _mentions_in(analysis, base + low, base + high)
            if not any(start <= mention[0] < end for start, end in bracketed)]


def _clause_subject(text: str, verb_at: int, base: int, analysis: _Analysis, site: Site,
                    cue_text: str) -> Attribution | None:
    """The subject of the clause ending at `verb_at`: the first person named there who is not the object
    of a preposition; a clause with no subject of its own (并表示) takes the sentence's first person."""
    text = _INLINE_TERM.sub(r"《\1》", text)  # 在接受“某某频道”采访时表示: a quoted name ends no clause
    text = _MASKED_TERM.sub(lambda m: "《" + "〇" * (len(m.group()) - 2) + "》", text)  # nor one read as a quotation
    clause_start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, verb_at)), default=0)
    cue = cue_text[clause_start:].strip(" \x00，,：:")
    words = text[clause_start:verb_at]
    if INDEFINITE.match(_TIME_OPENING.sub("", words.strip(" \x00"))):  # (五年前有人认为: somebody too)
        return Attribution(None, "unknown", cue)  # 一位巴西政府官员: somebody, unnamed
    passive = words.rfind("被")
    agent = words[passive + 1:].strip(" \x00") if passive >= 0 else ""
    agents = _clause_mentions(text, clause_start + passive + 1, verb_at, base, analysis) if agent else []
    if INDEFINITE.match(agent) and not _VERB.search(agent) or agents and _noun_phrase(agent):
        # 某某被一名记者问道, 某某被某国总统某某问道: the one who asked speaks (not 某某被问及……时说: he answers)
        return Attribution(agents[0][2].name, "person", cue) if agents else Attribution(None, "unknown", cue)
    in_words_of = _IN_WORDS_OF.fullmatch(words) is not None or words.strip(" \x00").startswith("据")  # 据某某称
    quoting = _QUOTING.search(words)
    if quoting:  # 某某办公室引述他的话说, 某社援引某部长某某的话称: the one quoted
        return _quoted_one(quoting, base + clause_start, analysis, site, cue)
    quoting = _QUOTING_BEFORE.search(text, 0, verb_at)  # 引用“国父”、前总统某某的话说: a quoted epithet in it
    if quoting:
        return _quoted_one(quoting, base, analysis, site, cue)
    opening = _CONNECTIVE.sub("", words.lstrip(" \x00"), count=1)  # 同时他也向……喊话: 他
    if opening[:1] in PRONOUNS and opening[1:2] != "们":  # 他向东道主澳大利亚总理X说: 他, not the one addressed
        return _phrase(opening[:1], base + clause_start, analysis, site, cue)
    mentions = _clause_mentions(text, clause_start, verb_at, base, analysis)
    for index, (start, end, entity) in enumerate(mentions):
        made_to_speak = end == base + verb_at and analysis.simplified[start - 1:start] in CAUSATIVES  # 让川普放话
        if in_words_of or made_to_speak or not _after_preposition(analysis.simplified, start) \
                and not _possessor(analysis.simplified, end) \
                and start not in analysis.modifiers and start not in analysis.objects \
                and not _in_relative_clause(analysis.simplified, end, mentions[index + 1:]):
            return Attribution(entity.name, "person", cue)
    found = _phrase(words, base + clause_start, analysis, site, cue)
    if found or not (_NO_SUBJECT.match(words.strip(" \x00")) or _CONNECTIVE.match(words.strip(" \x00"))):
        return found
    head = text[:clause_start]
    found = _sentence_subject(head, base, analysis, site, cue)  # "，并表示"
    if found is None and not head.strip(" \x00") and _CONNECTIVE.match(words.strip(" \x00")):
        return _phrase("他", base + clause_start, analysis, site, cue)  # 。而且强调称: the last subject goes on
    return found


def _in_relative_clause(text: str, end: int, later: list[tuple[int, int, Entity]]) -> bool:
    """代替总统甲出席的部长乙表示: a name before a 的 that only titles separate from the next name is inside the
    clause qualifying that person (not 甲于晚间的国宴上对乙表示, where 的 qualifies something else)."""
    if not later:
        return False
    between = text[end:later[0][0]]
    qualifier = between.rfind("的")
    rest = between[qualifier + 1:]
    return qualifier >= 0 and (not rest or _all_titles(_split_titles(rest)))


def _quoted_one(quoting: re.Match, base: int, analysis: _Analysis, site: Site, cue: str) -> Attribution | None:
    """Whose words a report quotes: the last person named before 的话, else the pronoun or role there."""
    who = quoting.group("who")
    named = _mentions_in(analysis, base + quoting.start("who"), base + quoting.end("who"))
    if named and who[:1] not in PRONOUNS:
        return Attribution(named[-1][2].name, "person", cue)
    return _phrase(who, base + quoting.start("who"), analysis, site, cue)


def _sentence_subject(head: str, base: int, analysis: _Analysis, site: Site, cue: str) -> Attribution | None:
    """他也提到……，强调“……”: a clause with no subject of its own takes the sentence's first subject,
    a pronoun or a person opening it (not one after a preposition or inside what is reported); an office
    that speaks in the first clause (外交部回应时重申，某某……，还说) before any person is named, or an outlet
    publishing it when nobody is."""
    mentions = _mentions_in(analysis, base, base + len(head))
    boundary = _CLAUSE_BOUNDARY.search(head)
    first_clause = head[:boundary.start()] if boundary else head
    verb = _VERB.search(first_clause)
    if verb and not _mentions_in(analysis, base, base + verb.start()):
        office = _phrase(first_clause[:verb.start()], base, analysis, site, cue)
        if office and office.kind == "organization":
            return office
    agency = None if mentions else _agency(first_clause.strip(" \x00"))
    if agency:  # 某社3月29日发表题为《……》的文章，称“……”: the outlet's article says it
        return Attribution(agency, "organization", cue)
    subject = _first_subject(mentions, analysis)
    if subject:
        return Attribution(subject.name, "person", cue)
    clause_starts = [0, *(m.end() for m in _CLAUSE_BOUNDARY.finditer(head))]
    for start in clause_starts:  # 之后，他针对欧洲问题火力全开，直言「……」
        stripped = head[start:].lstrip(" \x00")
        if stripped[:1] in PRONOUNS:
            return _phrase(stripped[:1], base + len(head) - len(stripped), analysis, site, cue)
        addressed = next(filter(None, (_surname_and_title(stripped[:length], analysis)
                                       for length in range(2, TITLED_SURNAME_CHARS + 1))), None)
        if addressed:  # 6月23日晚，习主席在主持会晤时，再次谈到……：“……”
            return Attribution(addressed.name, "person", cue)
    return None


def _first_subject(mentions: list[tuple[int, int, Entity]], analysis: _Analysis) -> Entity | None:
    """The first person named who can be a clause's subject: not after a preposition (与王毅), not owning
    what follows (特朗普的), not qualifying a noun (某某钢铁公司), and known for a person or opening its clause
    (jieba's person tag alone also falls on words: 发表书面贺信)."""
    return next((entity for start, end, entity in mentions if not _after_preposition(analysis.simplified, start)
                 and not _possessor(analysis.simplified, end) and start not in analysis.modifiers
                 and (entity.strong or entity.subject_positions or _opens_clause(analysis.simplified, start))), None)


def _according_to(site: Site, analysis: _Analysis) -> Attribution | None:
    """据俄罗斯总统助理乌沙科夫介绍，……"""
    sentence = _masked(site)[site.sentence[0]:site.sentence[1]]
    match = _ACCORDING.search(sentence)
    if not match:
        return None
    if match["document"]:
        return Attribution(match["document"], "document", match.group(0).rstrip("，,"))
    low = site.offset + site.sentence[0] + match.start("who")
    mentions = _mentions_in(analysis, low, low + len(match.group("who")))
    if mentions:
        return Attribution(mentions[0][2].name, "person", match.group(0))
    return _phrase(match.group("who"), low, analysis, site, match.group(0))


def _sentence_before(site: Site, analysis: _Analysis) -> Attribution | None:
    """A quotation opening its sentence, with no tag: the sentence before reports who speaks
    (安华……在记者会表示，……。\\n\\n“这意味着……”) or ends in a colon."""
    if _before(site).strip(" \x00"):
        return None
    if site.sentence[0] > 0:
        low, text = site.offset, _paragraph(site.text)[:site.sentence[0]]
    elif site.paragraph > 0:
        low = site.unit.paragraph_offsets[site.paragraph - 1]
        text = _paragraph(site.unit.paragraphs[site.paragraph - 1].text.rstrip())
    else:
        return None
    return _speaker_of_report(text, low, site, analysis, same_paragraph=site.sentence[0] > 0)


REPORT_SENTENCES = 3  # sentences read back for who a report going on (某某表示，……。尽管……。“……”) is


def _speaker_of_report(text: str, low: int, site: Site, analysis: _Analysis,
                       same_paragraph: bool) -> Attribution | None:
    """The person the last sentences of `text` report speaking: the last sentence's speaker, else that of
    one before it when those between name nobody and have no speech verb (the report going on); in the
    quotation's own paragraph, a sentence opened by 他/她 with no speech verb (她赞赏……。“……”) is theirs."""
    ends = [0, *(m.end() for m in _SENTENCE_END.finditer(text, 0, max(0, len(text) - 1)))]
    introducing = text.rstrip(" \x00")
    if introducing.endswith(("：", ":")) and not _VERB.search(introducing, ends[-1]):
        return _colon_introducer(introducing[ends[-1]:], low + ends[-1], analysis, site)
    for start, stop in reversed(list(zip(ends, [*ends[1:], len(text)]))[-REPORT_SENTENCES:]):
        sentence = text[start:stop]
        first = next(_named_speakers(sentence, _VERB.finditer(sentence), low + start, analysis, site), None)
        if first:
            return first if first.kind == "person" else None
        opening = _CONNECTIVE.sub("", sentence.lstrip(" \x00"), count=1)
        if same_paragraph and opening[:1] in PRONOUNS and opening[1:2] != "们" and not _VERB.search(sentence):
            found = _phrase(opening[:1], low + start, analysis, site, opening[:1])
            return found if found and found.kind == "person" else None
        if _VERB.search(sentence) or any(char in sentence for char in PRONOUNS) \
                or _mentions_in(analysis, low + start, low + stop):
            return None  # someone else, or a speaker nobody can name, comes between
    return None


def _named_speakers(text: str, verbs: Iterable[re.Match], base: int, analysis: _Analysis, site: Site):
    """The speaker each speech verb in `text` names (at `base` in the unit), in order, passing over verbs
    whose subject names nobody."""
    for verb in verbs:
        found = _clause_subject(text, verb.start(), base, analysis, site, text[:verb.end()])
        if found and found.speaker:
            yield found


def _fragment_after_speaker(site: Site, analysis: _Analysis) -> Attribution | None:
    """古特瑞斯说，……。谈判的第一优先应是……，“……”: a quotation inside a sentence that names nobody and has no
    speech verb goes on with the person the sentence before, in its paragraph, reports speaking."""
    low, high = site.sentence
    if low == 0:
        return None
    masked = _masked(site)
    narrative = masked[low:high]
    if _VERB.search(narrative) or any(char in narrative for char in PRONOUNS) or _DOCUMENT.search(narrative) \
            or any(word in narrative for word in ORGANIZATIONS) \
            or _mentions_in(analysis, site.offset + low, site.offset + high):
        return None
    return _speaker_of_report(masked[:low], site.offset, site, analysis, same_paragraph=False)


def _leading_quotation(site: Site, analysis: _Analysis) -> Attribution | None:
    """“……”3月8日，国家主席习近平在会谈伊始便向来宾致意。: a quotation opening its sentence (or its
    paragraph, after a dateline) and running straight on into the sentence is the words of its subject,
    the way a news story leads with a quotation; a paragraph that is nothing but the quotation leads into
    the next paragraph's first sentence."""
    masked = _masked(site)
    head = masked[:site.span.start].strip(" ")
    if head and not _DATELINE.search(head[-12:]) and not _SENTENCE_END.match(head[-1]):
        return None  # only a quotation that opens its sentence leads it
    low = site.offset + site.span.end
    rest = masked[site.span.end:]
    if not rest.strip(" \x00"):
        if head and not _DATELINE.search(head[-12:]) or site.paragraph + 1 >= len(site.unit.paragraphs):
            return None  # a quotation closing a paragraph of narrative leads nothing
        low = site.unit.paragraph_offsets[site.paragraph + 1]
        rest = _paragraph(site.unit.paragraphs[site.paragraph + 1].text)
        if _OPENING_MARK.search(rest[:_first_sentence_end(rest)]):
            return None  # X表示：“……”: the next paragraph's subject introduces words of its own
    elif rest[:1] in "，,。；;：:！？!?":
        return None  # a tag of its own follows (“……”，他说) or the sentence ended
    sentence = rest[:_first_sentence_end(rest)]
    cleft = _CLEFT.match(sentence) and _VERB.search(sentence)  # “……”这是托卡耶夫在开幕式上说的。
    for start, end_, entity in _mentions_in(analysis, low, low + len(sentence)):
        if _after_preposition(analysis.simplified, start) or _possessor(analysis.simplified, end_):
            continue
        if "\x00" in sentence[:start - low]:
            return None  # another quotation comes first
        if start in entity.subject_positions or cleft:  # a known person opening the clause, not a mere jieba tag
            return Attribution(entity.name, "person", sentence[:end_ - low].strip(" \x00，,"))
        return None
    return None


def _first_sentence_end(text: str) -> int:
    end = _SENTENCE_END.search(text)
    return end.start() if end else len(text)


def _closing_elaboration(site: Site, analysis: _Analysis) -> Attribution | None:
    """他提出……计划，希望……，“……”。: a quotation closing its sentence after a comma, with no verb of its own,
    spells out what the sentence's subject said or did: their words."""
    masked = _masked(site)
    after = masked[site.span.end:].strip(" ")
    if not masked[:site.span.start].rstrip(" ").endswith(("，", ",")) or after and not _SENTENCE_END.match(after):
        return None
    end = site.offset + site.span.start
    start = _sentence_start(analysis.simplified, end)
    return _sentence_subject(analysis.simplified[start:end], start, analysis, site, "sentence subject")


def _phrase(words: str, position: int, analysis: _Analysis, site: Site, cue: str) -> Attribution | None:
    """Words with no person's name in them: a pronoun, a role, an office or a document."""
    phrase = _PARENTHESIS.sub("", words.replace("\x00", "")).strip(" “”\"'「」，,")
    # 声明也说, 公报只强调: the adverb is no part of the subject
    phrase = re.sub(r"(?<=.)(?:也|还|则|又|亦|更|均|都|只|仅|再次|同时|随后|特别)$", "", phrase)
    phrase = _WHEN_AFTER.sub("", phrase) if len(phrase) > 4 else phrase
    phrase = _CONNECTIVE.sub("", phrase, count=1) or phrase  # 但他坦言: 他
    if not phrase:
        return None
    if phrase[0] == "其" and _title_of(phrase[1:]):
        return Attribution(None, "unknown", cue)  # 其发言人表示: somebody's spokesperson, unnamed
    if phrase[0] in "它其" or phrase in ("当中", "文中", "其中"):  # "它指出", "当中称": the text named before
        named = _document_before(analysis, position)
        return Attribution(named, "document", cue) if named else None
    if phrase[0] in PRONOUNS:
        gender = PRONOUN_GENDER.get(phrase[0])
        sole = _sole_person_before(analysis, position)
        entity = sole if sole and sole.agrees(gender) else resolve_pronoun(analysis.cast, position, gender)
        return Attribution(entity.name, "person", cue) if entity else None
    in_document = _IN_DOCUMENT.search(phrase)
    if in_document and not phrase[:in_document.start()].endswith(ORGANIZATIONS):
        # 某组织在会议公报中敦促: the communique's words (总统府在声明中说: the office's, below)
        return Attribution(in_document.group(1), "document", cue)
    owner, _, issued = phrase.rpartition("的")
    if issued in ISSUED and owner.endswith(ORGANIZATIONS):  # 某国外务省的新闻稿称: the office speaks
        return Attribution(owner, "organization", cue)
    head_noun = re.sub(r"^[一这该此][份项篇个]", "", phrase.rsplit("的", 1)[-1])  # 南非总统府发布的会议纪要
    if phrase in ISSUED and (issuer := _organization_speaking_before(analysis, position)):
        return Attribution(issuer, "organization", cue)  # 总统府在声明中说……。声明又说: the office, still
    for document in DOCUMENTS:
        if phrase == document:  # 宣言说: the declaration named before, by its full name
            return Attribution(_document_before(analysis, position) or phrase, "document", cue)
        if head_noun.endswith(document) and len(head_noun) > len(document) \
                and not any(char in _FUNCTION_CHARS for char in head_noun):
            return Attribution(head_noun, "document", cue)
    clause_head = re.split(r"[在于从当对向]", phrase)[0]
    head = _WHEN_AFTER.sub("", _DEMONSTRATIVE.sub("", clause_head))  # 这位议员, 该外长: the role, named before
    title = _title_suffix(head)
    if title and not _all_titles(_split_titles(head)) and (head != clause_head or _body(head[:-len(title)])):
        head = title  # 这位北约秘书长24日, 某某组织秘书长强调: whatever body it names, the role
    head_parts = _split_titles(head)
    one_country = _all_titles(head_parts) and len({_country_of(part) for part in head_parts} - {None}) == 1
    if not one_country and any(word in head for word in COLLECTIVE):  # 中国领导人 is one leader; 各国领导人 all
        named = _document_before(analysis, position)
        return Attribution(named, "document", cue) if named else None
    addressed = _surname_and_title(head, analysis)
    if addressed:  # 习主席, 普京总统
        return Attribution(addressed.name, "person", cue)
    parts = head_parts
    if not _all_titles(parts):
        if _PERSON_DEMONSTRATIVE.match(clause_head) and len(head) <= DESCRIBED_PERSON_CHARS \
                and not any(char in _FUNCTION_CHARS for char in head):
            entity = resolve_pronoun(analysis.cast, position, None)  # 这位未来学家坦言: the one the text is about
            return Attribution(entity.name, "person", cue) if entity else None
        agency = _agency(head)
        return Attribution(agency, "organization", cue) if agency else None
    titles = [_title_of(part) for part in parts if _title_of(part)]
    countries = {_country_of(part) for part in parts if _country_of(part)}
    if titles:
        entity = resolve_role_parts(titles[-1], countries, (), analysis.cast, position, site.year,
                                    generic=titles[-1] in GENERIC_TITLES)
        return Attribution(entity.name, "person", cue) if entity else None
    if parts[-1].endswith(ORGANIZATIONS):  # 乌外交部 -> 乌克兰外交部: countries by their full names
        return Attribution("".join(_full_country(part) for part in parts), "organization", cue)
    return None


def _body(phrase: str) -> bool:
    """某某组织, 欧盟(j), 联合国(nt), APEC: the name of an organisation (not a country or a place)."""
    if _named_body(phrase):
        return True
    words = list(_segmenter(()).cut(phrase))  # (only when the name's words alone do not tell)
    return len(words) == 1 and words[0].flag in ("j", "nt", "eng")


def _agency(phrase: str) -> str | None:
    """'法新社报道', '路透社': a news agency or paper ('…社', '…报', '…台') reporting; its name."""
    titled = re.fullmatch(r"[^《》]{0,8}《([^《》]{1,16})》", phrase)  # 比利时《某某时报》: the paper's name
    if titled and titled.group(1).endswith(MEDIA):
        return titled.group(1)
    match = _AGENCY_REPORT.fullmatch(phrase)
    if not match or match.group(1).endswith(DOCUMENTS) or _REFERRING.match(phrase):
        return None  # 公报 is a document; 这家电视台 is one named before
    return match.group(1)


def _sole_person_before(analysis: _Analysis, position: int) -> Entity | None:
    """新华社发布习近平的发言稿，他称“……”: one person named earlier in the pronoun's own sentence is who
    "他" is, whoever was the subject of the sentences before."""
    start = _sentence_start(analysis.simplified, position)
    people = {id(entity): entity for _, _, entity in _mentions_in(analysis, start, position)
              if entity.person or entity.descriptors or _transliterated(entity.name)}
    return next(iter(people.values())) if len(people) == 1 else None


def _organization_speaking_before(analysis: _Analysis, position: int) -> str | None:
    """The office that spoke last, within DOCUMENT_LOOKBACK characters: who issued the statement."""
    spoken = [(at, name) for at, name, kind in analysis.cast.speakers
              if kind == "organization" and position - DOCUMENT_LOOKBACK < at < position]
    return spoken[-1][1] if spoken else None


def _document_before(analysis: _Analysis, position: int) -> str | None:
    """The last joint text named before a position (峰会联合宣言), for 与会领袖共同呼吁“……”: by its full
    name where the text gives one (a bare 宣言 after 第十四次会晤最后宣言 is that declaration)."""
    text = analysis.simplified[max(0, position - DOCUMENT_LOOKBACK):position]
    found = sorted(((match.start(), match.group(0)) for match in _DOCUMENT.finditer(text)), reverse=True)
    for at, document in found:
        if not document.endswith(found[0][1][-2:]):
            continue  # a bare 声明 is the statement named before, not the 公报 named before it
        start = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(text, 0, at)), default=0)
        phrase = re.sub(r"^.*?(?:通过了|通过|发表|发布|签署|批准)", "", text[start:at + len(document)])
        if len(phrase) > len(document) and not any(char in _FUNCTION_CHARS for char in phrase) \
                and not _has_clause_words(phrase):
            return phrase
    return found[0][1] if found else None


def _has_clause_words(phrase: str) -> bool:
    """这次峰会最终没有形成联合公报: a pronoun, an adverb or a negation makes a clause, not a document's name."""
    return any(pair.flag.startswith(("r", "d")) or pair.word in _NEGATIONS for pair in _segmenter(()).cut(phrase))


def _surname_and_title(phrase: str, analysis: _Analysis) -> Entity | None:
    """习主席 / 普京总统: a catalog person named by (sur)name and a title they hold; 奥巴马总统: a person the
    text has named, by name (or the part after the middle dot) and a title."""
    for name, person in analysis.names.items():
        head = phrase[:len(name)] if phrase.startswith(name) else (phrase[:1] if phrase[:1] == name[:1] else "")
        title = _title_of(phrase[len(head):]) if head else None
        if title and any(role.title.split()[-1] == title.split()[-1] for role in person.roles):
            return _entity(analysis.cast, name, analysis.names)
    for entity in analysis.cast.entities:
        for name in {entity.name, entity.name.split("·")[-1]}:
            if len(name) >= 2 and phrase.startswith(name) and _title_of(phrase[len(name):]):
                return entity
    return _family_name_and_title(phrase, analysis)


def _family_name_and_title(phrase: str, analysis: _Analysis) -> Entity | None:
    """森田首相 after 森田茂, 王总理 after 王立明: a family name (the first one or two characters of a Chinese,
    Japanese or Korean name) and a title, of the one person the text has named so."""
    for length in FAMILY_NAME_LENGTHS:
        family, rest = phrase[:length], phrase[length:]
        if not _title_of(rest) or _country_of(family):
            continue
        named = [entity for entity in analysis.cast.entities
                 if length < len(entity.name) <= FULL_NAME_CHARS and entity.name.startswith(family)
                 and _HAN.fullmatch(entity.name)]
        if len(named) == 1:
            return named[0]
    return None


def _mentions_in(analysis: _Analysis, low: int, high: int) -> list[tuple[int, int, Entity]]:
    return [mention for mention in analysis.mentions if low <= mention[0] < high]


def _possessor(text: str, end: int) -> bool:
    """特朗普的贸易协议, 艾尔多安(Recep Tayyip Erdogan)的执政党发言人: a name before 的 owns the noun after it;
    so does a name before the bodies a person or country has (普京政府, 某国领导人)."""
    return _PARENTHESIS.sub("", text[end:end + 80]).lstrip().startswith(("的", *ORGANIZATIONS, *GROUPS, *HELD_BY))


_PREPOSITION_AND_BODY = re.compile(r"(?:与|同|跟|向|对|会见|会晤|致电)([\u4e00-\u9fff]{2,10})$")
_BODY_ENDINGS = (*sorted(BODY_SUFFIXES), "会", "部", "组织", "联盟")  # what a body's name ends in: 委员会, 外交部


def _after_preposition_and_body(text: str, start: int) -> bool:
    """与欧盟执委会主席甲, 会见俄罗斯总统乙: a preposition, then the body or country whose title comes next."""
    match = _PREPOSITION_AND_BODY.search(_PARENTHESIS.sub("", text[max(0, start - 60):start]))  # (European Council)
    return match is not None and (match.group(1).endswith(_BODY_ENDINGS) or _country(match.group(1)) is not None)


def _listed_after(text: str, previous_end: int, start: int) -> bool:
    """与欧盟委员会主席甲、欧盟理事会主席乙: a name listed after one a preposition governs is governed too."""
    between = _PARENTHESIS.sub("", text[previous_end:start]) if previous_end >= 0 else ""
    return between[:1] in ("、", "和", "及") and not re.search(r"[，,。；;：:]", between)


def _after_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return any(before.endswith(word) for word in PREPOSITIONS)


def _title_of(word: str) -> str | None:
    """'总统' -> 'president'; '英国首相' (one jieba word) -> 'prime minister'."""
    if word in TITLES:
        return TITLES[word]
    head = _title_suffix(word)
    return TITLES[head] if head and _country(word[:-len(head)]) else None


def _title_suffix(word: str) -> str | None:
    """The longest title `word` ends with: '总统' of '白俄罗斯总统'."""
    return next((title for title in _TITLES_LONGEST_FIRST if word.endswith(title)), None)


def _title_before(text: str, start: int) -> tuple[str, set[str], int] | None:
    """'俄罗斯总统' before a name: ('president', {'RU'}, 5) — the longest run of titles and countries ending
    there, and its length."""
    window = text[max(0, start - 12):start]
    for cut in range(len(window)):
        parts = _split_titles(window[cut:])
        titles = [_title_of(part) for part in parts if _title_of(part)]
        if _all_titles(parts) and titles:
            return titles[-1], {_country_of(part) for part in parts if _country_of(part)}, len(window) - cut
    return None


def _entity(cast: Cast, name: str, names: dict[str, Person]) -> Entity:
    person = names.get(name)
    if not person and len(name) > 2 and _title_of(name[1:]):  # 李总统 after 李在明: the one of that surname
        named = [entity for entity in cast.entities if entity.name[:1] == name[0] and not _title_of(entity.name[1:])]
        if len(named) == 1:
            return named[0]
    for entity in cast.entities:
        if (person and entity.person is person) or entity.name == name:
            return entity
        if not person and entity.person is None and (name in entity.name or entity.name.endswith(name)):
            return entity
        if not person and entity.person is None and (name.endswith("·" + entity.name) or len(entity.name) >= 2
                                                      and "·" not in name and name.startswith(entity.name)):
            entity.name = name  # 卢卡申科, then 亚历山大·卢卡申科; 石破, then 石破茂: the fuller form names them
            return entity
        surname = entity.name.split("·")[-1]
        if not person and entity.person is None and _transliterated_otherwise(name, surname):
            return entity  # 弗拉基米尔·泽伦斯基, then 泽连斯基: one sound transliterated with another character
        if not person and entity.person is None and "·" in entity.name and len(name) == len(surname) + 1 \
                and name.startswith(surname) and name[-1] in TRANSLITERATION:
            entity.name += name[-1]  # 马斯乌德·佩泽希奇(扬于), then 佩泽希奇扬: jieba had taken the last syllable away
            return entity
    entity = Entity(person.name if person else name, person=person)
    cast.entities.append(entity)
    return entity


_HAN = re.compile(r"[\u4e00-\u9fff]+")
SURNAME_AGAIN_CHARS = 3  # a transliterated surname this long, alone, is the full name's person (not 马, 卡)
CLAUSE_ENDS = frozenset("：:，,。；;")
FAMILY_NAME_LENGTHS = (1, 2)  # 王 of 王立明, 森田 of 森田茂
FULL_NAME_CHARS = 4  # at most, a family name and a given name written in Chinese characters
VARIANT_MIN_CHARS = 4  # a transliterated surname this long, one character apart, is the same name spelt otherwise


def _transliterated_otherwise(name: str, surname: str) -> bool:
    return len(name) == len(surname) >= VARIANT_MIN_CHARS and one_edit_apart(name, surname) \
        and _HAN.fullmatch(name + surname) is not None and (_transliterated(name) or _transliterated(surname))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    from babel import Locale

    names = {simplify(name): code for locale in ("zh_Hant", "zh") for code, name in Locale.parse(locale).territories.items()
             if len(code) == 2}  # Taiwan's and Hong Kong's names too: 南韩, 纽西兰
    short = {"中国": "CN", "中方": "CN", "俄": "RU", "乌": "UA", "美": "US", "日": "JP", "印": "IN", "俄方": "RU", "美国": "US", "美方": "US", "印度": "IN", "巴西": "BR",
             "南非": "ZA", "伊朗": "IR", "埃及": "EG", "阿联酋": "AE", "印尼": "ID", "埃塞俄比亚": "ET", "中国大陆": "CN",
             "白罗斯": "BY",
             "大陆": "CN"}
    return {**names, **short}


def _full_country(piece: str) -> str:
    """'乌' -> '乌克兰', '乌外交部' -> '乌克兰外交部': a country abbreviated in an office's name, in full."""
    for office in _ORGANIZATIONS_LONGEST_FIRST:
        head = piece[:-len(office)] if piece.endswith(office) else piece
        code = _country(head)
        if code:
            return simplify(_zh_locale().territories[code]) + piece[len(head):]
    return piece


@lru_cache(maxsize=1)
def _zh_locale():
    from babel import Locale

    return Locale("zh")


def _country_of(part: str) -> str | None:
    """'中国' -> 'CN'; '中国领导人' (one jieba word) -> 'CN' too; '哈' before a title -> 'KZ'."""
    code = _role_country(part)
    if code:
        return code
    title = _title_suffix(part)
    return _country(part[:-len(title)]) if title and len(part) > len(title) else None


def _country(word: str) -> str | None:
    return _countries().get(word)


PLACE_SUFFIXES = ("群岛", "岛", "省", "市", "州", "县", "湾", "街")


def _is_place(text: str, start: int, end: int) -> bool:
    """A city CLDR names (its time-zone cities), a country, or a name a place word ends."""
    name = text[start:end]
    return name in _cities() or bool(_country(name)) or name.endswith(PLACE_SUFFIXES)


GLOSS_CHARS = 10  # 通讯社（阿布那）: a body's short name in brackets after it runs this long at most


def _gloss_of_body(text: str, start: int) -> bool:
    """通讯社（阿布那）报道: a name in brackets right after a body's or an outlet's name is that body's."""
    opening = max(text.rfind("（", max(0, start - GLOSS_CHARS), start + 1),
                  text.rfind("(", max(0, start - GLOSS_CHARS), start + 1))
    return opening >= 0 and not re.search(r"[）)]", text[opening:start]) \
        and text[:opening].endswith((*MEDIA, *ORGANIZATIONS, *INSTITUTIONS, *BODY_SUFFIXES))


VENUE_VERBS = ("举行", "召开", "举办")
COUNTRY_MAX_CHARS = 6


def _venue(text: str, start: int, end: int) -> bool:
    """在卡塔尔多哈举行: a name between a country and the verb of holding a meeting is the host city."""
    return text.startswith(VENUE_VERBS, end) and any(
        _country(text[start - size:start]) for size in range(2, min(start, COUNTRY_MAX_CHARS) + 1))


def _place_follows(text: str, end: int) -> bool:
    """索罗门群岛总理: a place word goes on with the name, whatever title stands before it; 新德里(路透社): a
    dateline's city, before the agency in brackets; a name glossed by a body's Latin name is that body."""
    bracket = _DATELINE_AGENCY.match(text, end)
    latin = _LATIN_NAME.match(text, end)
    return text.startswith(PLACE_SUFFIXES, end) or bool(bracket and bracket.group(1).endswith(MEDIA)) \
        or bool(latin and _ORGANIZATION_LATIN.search(latin.group("latin")))  # 某某项目（… Project）: a body


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    from babel import Locale

    return frozenset(simplify(zone["city"]) for locale in ("zh", "zh_Hant")
                     for zone in Locale.parse(locale).time_zones.values() if zone.get("city"))


def _has_han(text: str) -> bool:
    return re.search(r"[\u3400-\u9fff]", text) is not None
