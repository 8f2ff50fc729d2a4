"""l10n.py and the catalogs: complete translations, babel formatting, direction, native digits."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from briefgen.errors import InputError
from briefgen.l10n import LOCALES_DIR, Localizer, available_locales, locale_info, resolve_locales

from conftest import ROOT

SCO_LOCALES = ("be", "en", "fa", "hi", "kk", "ky", "ru", "tg", "ur", "uz", "zh")
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def _catalog(path):
    with path.open("rb") as stream:
        return read_po(stream)


def test_all_sco_languages_are_available():
    assert available_locales() == SCO_LOCALES


def test_the_template_catalog_is_up_to_date_with_templates_and_code():
    """A new label in a template or in the code must be extracted (and then translated)."""
    method_map = [("briefgen/**.py", "python"), ("templates/**.j2", "jinja2")]
    options_map = {"templates/**.j2": {"extensions": "jinja2.ext.i18n"}}
    keywords = {**DEFAULT_KEYWORDS, "N_": None}
    in_sources = {message[2] if isinstance(message[2], str) else message[2][0]
                  for message in extract_from_dir(str(ROOT), method_map, options_map, keywords=keywords)}
    in_pot = {message.id if isinstance(message.id, str) else message.id[0]
              for message in _catalog(LOCALES_DIR / "briefgen.pot") if message.id}
    assert in_sources == in_pot, "run the `pybabel extract` command from the README"


@pytest.mark.parametrize("code", [code for code in SCO_LOCALES if code != "en"])
def test_every_shipped_catalog_is_complete_and_keeps_placeholders(code):
    template = {message.id if isinstance(message.id, str) else message.id[0]
                for message in _catalog(LOCALES_DIR / "briefgen.pot") if message.id}
    catalog = _catalog(LOCALES_DIR / code / "LC_MESSAGES" / "briefgen.po")
    messages = {message.id if isinstance(message.id, str) else message.id[0]: message for message in catalog if message.id}
    assert set(messages) == template, "run `pybabel update` and translate the new messages"
    for message_id, message in messages.items():
        assert not message.fuzzy, f"{code}: fuzzy translation of {message_id!r}"
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings), f"{code}: {message_id!r} is not translated"
        wanted = sorted(PLACEHOLDER.findall(message_id))
        assert all(sorted(PLACEHOLDER.findall(s)) == wanted for s in strings), f"{code}: placeholders of {message_id!r}"


def test_dates_numbers_and_countries_in_the_locales_own_form():
    start, end = dt.date(2022, 9, 15), dt.date(2022, 9, 16)
    assert Localizer("en").date_range(start, end) == "September 15\u2009–\u200916, 2022"  # CLDR thin spaces
    # CLDR's range dash for Russian changed between babel releases (en dash, then em dash)
    assert Localizer("ru").date_range(start, end) in ("15–16 сентября 2022\u202fг.", "15—16 сентября 2022\u202fг.")
    assert Localizer("zh").date_range(start, end) == "2022年9月15日至16日"
    assert Localizer("fa").date_range(start, end) == "۱۵ تا ۱۶ سپتامبر ۲۰۲۲"  # Persian digits
    assert Localizer("fa").number(12345.5) == "۱۲٬۳۴۵٫۵"
    assert Localizer("ru").country("UZ") == "Узбекистан"
    assert Localizer("zh").list(["中国", "印度", "俄罗斯"]) == "中国、印度和俄罗斯"


def test_labels_are_translated_and_plurals_follow_the_language():
    russian = Localizer("ru")
    assert russian.gettext("Key quotes") == "Ключевые цитаты"
    assert [russian.ngettext("%(num)s source", "%(num)s sources", n) % {"num": n} for n in (1, 3, 5)] == [
        "1 источник", "3 источника", "5 источников"]


def test_direction_and_script():
    assert {code: locale_info(code).direction for code in ("fa", "ur", "en", "hi")} == {
        "fa": "rtl", "ur": "rtl", "en": "ltr", "hi": "ltr"}
    assert [locale_info(code).script for code in ("zh", "hi", "kk", "uz")] == ["Hans", "Deva", "Cyrl", "Latn"]


def test_locale_options_are_validated():
    assert resolve_locales(["ru", "zh"]) == ("ru", "zh")
    assert resolve_locales(["all"]) == SCO_LOCALES
    with pytest.raises(InputError, match="unknown locale 'xx'"):
        resolve_locales(["xx"])


def test_a_house_catalog_overrides_single_labels(tmp_path):
    folder = tmp_path / "locales" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "briefgen.po").write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                        'msgid "Key quotes"\nmsgstr "Главные цитаты"\n', encoding="utf-8")
    localizer = Localizer("ru", (tmp_path / "locales",))
    assert localizer.gettext("Key quotes") == "Главные цитаты"
    assert localizer.gettext("Sources") == "Источники"  # everything else from the shipped catalog
