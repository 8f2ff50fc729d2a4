"""Fonts for every script, installed by pip, and a check that a pack never draws a missing glyph.

Typst draws a "tofu" box for a character no font has.  Before compiling, every character of
the pack is looked up in the cmaps (HarfBuzz, through uharfbuzz) of the locale's font list: a font that is not
installed is a FontError naming what to install; a character no font covers (a script nobody
packaged, an emoji) is shown in the PDF as its code point, ‹U+1F642›, with a warning naming it,
rather than as a box or a failed PDF.  A house style can add fonts by putting them in
<templates>/fonts/.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path

from briefgen.errors import FontError

# family -> (importable package that ships it, pip distribution name, folder of the font inside the package)
FONT_PACKAGES = {
    "Noto Sans": ("fontpkg_noto_sans", "fontpkg-noto-sans", ""),
    "Noto Sans Arabic": ("fontpkg_noto_sans_arabic", "fontpkg-noto-sans-arabic", ""),
    "Noto Sans Devanagari": ("fontpkg_noto_sans_devanagari", "fontpkg-noto-sans-devanagari", ""),
    "Noto Sans CJK SC": ("noto_cjk_sans_otc", "noto-cjk-sans-otc", ""),
    # scripts quoted in sources more than written in packs (Hebrew names, Amharic in BRICS news);
    # the RTL pack also has an Arabic font: only its Hebrew folder is used, so Arabic stays as it was
    "Noto Sans Hebrew": ("justmytype_intl_rtl", "justmytype-intl-rtl", "fonts/ofl/notosanshebrew"),
    "Noto Sans Ethiopic": ("justmytype_intl_africa", "justmytype-intl-africa", "fonts/ofl/notosansethiopic"),
}
# Noto Sans first (Latin, Cyrillic, punctuation), then the script's own font, then the rest,
# so text quoted from sources in any other script still renders.
SCRIPT_FONTS = {
    "Latn": "Noto Sans", "Cyrl": "Noto Sans", "Grek": "Noto Sans",
    "Arab": "Noto Sans Arabic", "Deva": "Noto Sans Devanagari", "Hans": "Noto Sans CJK SC",
}
ALL_FONTS = tuple(FONT_PACKAGES)
_NOT_DRAWN = {"Cc", "Cf", "Zs", "Zl", "Zp"}


def font_chain(script: str) -> tuple[str, ...]:
    primary = SCRIPT_FONTS.get(script, "Noto Sans")
    return tuple(dict.fromkeys(("Noto Sans", primary, *ALL_FONTS)))


def font_dirs(extra: tuple[Path, ...] = ()) -> tuple[str, ...]:
    """Folders holding the fonts: each font package's own folder, plus house-style folders."""
    folders = []
    for package, _, inside in FONT_PACKAGES.values():
        spec = importlib.util.find_spec(package)
        if spec and spec.origin:
            folders.append(str(Path(spec.origin).parent / inside))
    folders += [str(path) for path in extra if path.is_dir()]
    return tuple(folders)


@lru_cache(maxsize=8)
def installed_fonts(folders: tuple[str, ...]) -> dict[str, list[tuple[str, int]]]:
    """family -> [(font file, index in collection)], as Typst itself sees them."""
    import typst

    found: dict[str, list[tuple[str, int]]] = {}
    for info in typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                            font_paths=list(folders)).fonts():
        if info.path:
            found.setdefault(info.family, []).append((info.path, info.index))
    return found


@lru_cache(maxsize=32)
def _cmap(path: str, index: int) -> frozenset[int]:
    """The code points a font maps to a glyph.  HarfBuzz reads a CJK collection's cmap in under a
    millisecond, where fontTools decompiled it into a dict in ~0.06 s (per face, in every build)."""
    import uharfbuzz

    return frozenset(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(path), index).unicodes)


def uncovered(text: str, chain: tuple[str, ...], folders: tuple[str, ...]) -> list[str]:
    """The characters of `text` no font of the chain can draw, in code point order.
    Raise FontError if a font of the chain is not installed."""
    fonts = installed_fonts(folders)
    covered: set[int] = set()
    for family in chain:
        if family not in fonts:
            package = FONT_PACKAGES.get(family, (None, None, None))[1]
            hint = f"pip install {package}" if package else "put its files in <templates>/fonts/"
            raise FontError(f"font '{family}' is not installed ({hint})")
        for path, index in fonts[family]:
            covered |= _cmap(path, index)
    return sorted({ch for ch in text if ord(ch) not in covered and unicodedata.category(ch) not in _NOT_DRAWN})


def describe(characters: list[str], shown: int = 3) -> str:
    """'ሰ' (U+1230 ETHIOPIC SYLLABLE SA), ... and N more."""
    named = ", ".join(f"'{ch}' (U+{ord(ch):04X} {unicodedata.name(ch, '?')})" for ch in characters[:shown])
    return named + (f" and {len(characters) - shown} more" if len(characters) > shown else "")


def code_point_label(character: str) -> str:
    """What the PDF shows for a character no font has: its code point, in marks every font draws."""
    return f"‹U+{ord(character):04X}›"


def check_coverage(text: str, chain: tuple[str, ...], folders: tuple[str, ...]) -> None:
    """Raise FontError if a font of the chain is missing or a character has no glyph in any of them."""
    missing = uncovered(text, chain, folders)
    if missing:
        raise FontError(f"no installed font has a glyph for {describe(missing)}; fonts tried: {', '.join(chain)}. "
                        f"Add a font for this script to <templates>/fonts/ rather than print missing-glyph boxes")
