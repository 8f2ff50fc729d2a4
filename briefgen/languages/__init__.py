"""One module per language for everything quotation attribution needs to know about it.

`rules_for(code)` gives the unit's language module: English (en.py), Russian (ru.py, natasha),
Chinese (zh.py, jieba), and for every other language the catalog-names-only rules (generic.py).
Modules with models load them lazily, the first time a unit in that language has a quotation.
"""

from __future__ import annotations

from functools import lru_cache

from briefgen.languages.base import LanguageRules


@lru_cache(maxsize=None)
def rules_for(code: str) -> LanguageRules:
    if code == "en":
        from briefgen.languages.en import English
        return English()
    if code == "ru":
        from briefgen.languages.ru import Russian
        return Russian()
    if code == "zh":
        from briefgen.languages.zh import Chinese
        return Chinese()
    from briefgen.languages.generic import CatalogNamesOnly
    return CatalogNamesOnly(code)
