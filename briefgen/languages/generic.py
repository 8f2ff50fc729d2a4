"""Every other language: quotations are found, and a speaker is named only where the catalog's
name for a person stands next to a dash after the quotation, or before a colon (or a speech verb
from a short list) that opens it.  Anything less certain stays unknown."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.catalog import Person
from briefgen.languages.base import Attribution, Site, fold_name
from briefgen.model import Unit

NEAR = 40  # characters between the quotation and the name
SIGNATURE_WORDS = 8  # '— Тоқаев, Қазақстан Президенті': a line signing a speech, a name and a title
# A few speech verbs per language, for "«…», — деді Тоқаев" style tags.
SPEECH_WORDS = {
    "kk": "деді айтты мәлімдеді атап", "ky": "деди билдирди белгиледи", "uz": "dedi ta'kidladi bildirdi",
    "tg": "гуфт изҳор кард қайд", "be": "сказаў заявіў адзначыў падкрэсліў", "fa": "گفت کرد افزود",
    "ur": "کہا کہنا بتایا", "hi": "कहा बताया",
}


class CatalogNamesOnly:
    def __init__(self, code: str):
        self.code = code
        self.speech_words = tuple(SPEECH_WORDS.get(code, "").split())

    def analyze(self, unit: Unit, people: Sequence[Person], quoted) -> list[tuple[str, Person]]:
        names = [(fold_name(name), person) for person in people for name in person.names]
        surnames = [(name.split()[-1], person) for name, person in names if " " in name and len(name.split()[-1]) >= 4]
        return sorted(names + surnames, key=lambda item: -len(item[0]))

    def split_spans(self, paragraph: str, spans: list) -> list:
        return spans

    def is_quotation(self, site: Site) -> bool:
        return len(site.inner.split()) > 3

    def attribute(self, site: Site, names: list[tuple[str, Person]]) -> Attribution | None:
        after = fold_name(site.after[:NEAR])
        before = fold_name(site.before[-NEAR:])
        dash_after = re.match(r"^[\s\x00,.]*[—–-]", after) is not None
        opens = before.rstrip(" \x00").endswith(":") or any(word in before for word in self.speech_words)
        for name, person in names:
            if dash_after and name in after:
                return Attribution(person.name, "person", site.after[:NEAR].strip(" \x00,"))
            if opens and name in before:
                return Attribution(person.name, "person", site.before[-NEAR:].strip(" \x00"))
        if dash_after:  # a tag we cannot read: unknown, and not the previous speaker's continuation
            return Attribution(None, "unknown", site.after[:NEAR].strip(" \x00,"))
        return None

    def signature(self, unit: Unit, paragraph: int, names: list[tuple[str, Person]]) -> Attribution | None:
        """'— Тоқаев' under a speech: a dash, then a catalog name and little more."""
        line = unit.paragraphs[paragraph].text.strip()
        if not re.match(r"[—–-]", line) or len(line.split()) > SIGNATURE_WORDS:
            return None
        signed = fold_name(line.lstrip("—–- "))
        return next((Attribution(person.name, "person", line) for name, person in names if signed.startswith(name)),
                    None)
