"""py3langid's bundled model, limited to the languages briefgen expects, kept decompressed in the user's cache.

py3langid ships its model LZMA-compressed: decompressing it costs about 0.5 s in every process that
identifies a language, a sixth of a cold build.  The first process writes the limited model (arrays only,
no pickle) to the user's cache directory; the next ones read it in a few milliseconds.  The cache file's
name holds py3langid's version and the languages, so an upgrade or another list writes a new one; a
cache that cannot be read or written is passed over and the bundled model used.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import os
import zipfile
from collections.abc import Sequence
from pathlib import Path

MODEL_ARRAYS = ("ptc", "pc", "classes", "nextmove", "row", "output")


def load_identifier(languages: Sequence[str]):
    """A py3langid LanguageIdentifier restricted to `languages` (those the model knows)."""
    from py3langid.langid import LanguageIdentifier

    path = cache_path(languages)
    arrays = _read(path)
    if arrays is None:
        identifier = _from_bundled_model(languages)
        _write(path, identifier)
        return identifier
    return LanguageIdentifier(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), _uint_array(arrays["nextmove"]),
                              arrays["output"].tolist(), norm_probs=False, tk_row=_uint_array(arrays["row"]))


def _from_bundled_model(languages: Sequence[str]):
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=False)
    identifier.set_languages([code for code in languages if code in identifier.nb_classes])
    return identifier


def cache_path(languages: Sequence[str]) -> Path | None:
    from platformdirs import user_cache_dir

    try:
        version = importlib.metadata.version("py3langid")
    except importlib.metadata.PackageNotFoundError:
        return None
    key = hashlib.blake2b(f"{version}:{','.join(languages)}".encode(), digest_size=8).hexdigest()
    return Path(user_cache_dir("briefgen")) / f"langid-{version}-{key}.npz"


def _read(path: Path | None) -> dict | None:
    import numpy as np

    if path is None or not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in MODEL_ARRAYS}
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):  # a torn or foreign file: the bundled model instead
        return None
    return arrays


def _write(path: Path | None, identifier) -> None:
    """Written to a temporary name and renamed: a concurrent build reads the whole file or none."""
    import numpy as np

    if path is None:
        return
    arrays = {"ptc": identifier.nb_ptc, "pc": identifier.nb_pc, "classes": np.array(identifier.nb_classes),
              "nextmove": np.frombuffer(identifier.tk_nextmove, dtype=_dtype(identifier.tk_nextmove)),
              "row": np.frombuffer(identifier.tk_row, dtype=_dtype(identifier.tk_row)),
              "output": np.asarray(identifier.tk_output, dtype=np.int32)}
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            np.savez(file, **arrays)
        os.replace(temporary, path)
    except OSError:  # a read-only home: every process decompresses the bundled model, as before
        with contextlib.suppress(OSError):
            temporary.unlink()


def _dtype(values) -> str:
    return f"u{values.itemsize}"  # native order: the cache never leaves this machine


def _uint_array(values):
    """py3langid walks its automaton over stdlib arrays of unsigned integers."""
    from array import array

    typecode = {2: "H", 4: "I", 8: "L"}[values.dtype.itemsize]
    result = array(typecode)
    result.frombytes(memoryview(values).cast("B"))  # one copy, not two
    return result
