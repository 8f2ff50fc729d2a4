"""Walk the corpus folder: every entry becomes a file to read or a rejected entry, never a silent skip.

The walk stays inside the corpus: a symlink that leads outside it, loops, or points back to a folder
already read is listed as rejected with the reason (`follow_external` lets links leave the corpus).
Names are made printable here, once, so no file name can forge a log line downstream.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.model import Rejected

MANIFEST = "manifest.json"
EXTERNAL_HINT = "--follow-external-symlinks reads it"
# C0/C1 controls, DEL, and bidi controls: none may reach a terminal or a log line raw.
# Undecodable bytes (carried as lone surrogates) too, and the backslash so that escapes stay unambiguous.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\\\udc80-\udcff]")
_SURROGATE = re.compile(r"[\udc80-\udcff]")


@dataclass(frozen=True)
class Found:
    """A file to read: the path to open and its printable name relative to the corpus.  A file of a
    corpus URL (remote.py) also has its URL, its size as listed and a stamp; `path` is where its local
    copy goes."""

    path: Path
    source: str
    url: str | None = None
    stamp: str | None = None
    size: int | None = None


@dataclass
class Listing:
    """What a walk of the corpus found."""

    files: list[Found] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def printable(name: str) -> str:
    """A name safe to print on one line: controls, bidi marks and undecodable bytes as backslash escapes."""
    return _UNPRINTABLE.sub(_escape, name)


def _escape(match: re.Match) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
    if char in named:
        return named[char]
    if "\udc80" <= char <= "\udcff":
        return f"\\x{ord(char) - 0xDC00:02x}"
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def is_valid_name(name: str) -> bool:
    """False for names holding bytes that are not UTF-8 (Python carries them as lone surrogates)."""
    return not _SURROGATE.search(name)


def scan(corpus_dir: Path, exclude: tuple[Path, ...] = (), follow_external: bool = False) -> Listing:
    """Every file under corpus_dir in a stable order (a folder's files, then its subfolders, sorted)."""
    walker = _Walker(Path(os.path.realpath(corpus_dir)), {Path(os.path.realpath(p)) for p in exclude},
                     follow_external)
    return walker.walk(corpus_dir)


def is_briefgen_output(folder: Path) -> bool:
    """A folder holding a manifest.json that briefgen wrote: packs, never corpus texts."""
    manifest = folder / MANIFEST
    try:
        if not manifest.is_file() or manifest.stat().st_size > 2**26:
            return False
        with manifest.open("rb") as stream:
            head = stream.read(4096).decode("utf-8", "replace")
    except OSError:
        return False
    return bool(re.match(r'\s*\{\s*"generator"\s*:\s*"briefgen ', head))


@dataclass
class _Walker:
    root: Path  # the corpus folder, resolved
    excluded: set[Path]
    follow_external: bool
    listing: Listing = field(default_factory=Listing)
    seen_folders: set[Path] = field(default_factory=set)

    def walk(self, corpus_dir: Path) -> Listing:
        self.seen_folders.add(self.root)
        stack: list[tuple[Path, str]] = [(corpus_dir, "")]
        while stack:
            folder, prefix = stack.pop()
            subfolders = self._list(folder, prefix)
            stack.extend(reversed(subfolders))
        return self.listing

    def _list(self, folder: Path, prefix: str) -> list[tuple[Path, str]]:
        """Take in the files of one folder; return its subfolders to walk."""
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as error:
            self._reject(prefix.rstrip("/") or ".", f"cannot read folder: {error.strerror or error}", folder=True)
            return []
        subfolders = []
        for name in names:
            path, relative = folder / name, prefix + name
            if not is_valid_name(name):
                self._reject(relative, "name is not valid UTF-8 (shown with \\x escapes)", folder=path.is_dir())
            elif path.is_symlink():
                subfolders += self._symlink(path, relative)
            elif path.is_dir():
                subfolders += self._folder(path, relative, Path(os.path.realpath(path)))
            elif Path(os.path.realpath(path)) not in self.excluded:
                self.listing.files.append(Found(path, printable(relative)))
        return subfolders

    def _folder(self, path: Path, relative: str, real: Path) -> list[tuple[Path, str]]:
        if real in self.excluded or is_briefgen_output(path):
            self.listing.notices.append(f"skipped {printable(relative)}/: briefgen's own output or cache, "
                                        "not read back in as corpus texts")
            return []
        if path.name.startswith("."):
            self._reject(relative, "hidden folder", folder=True)
            return []
        if real in self.seen_folders:  # reached again through links from outside the corpus
            self._reject(relative, "folder already read under another name (symlink loop)", folder=True)
            return []
        self.seen_folders.add(real)
        return [(path, relative + "/")]

    def _symlink(self, path: Path, relative: str) -> list[tuple[Path, str]]:
        try:
            real = Path(os.path.realpath(path, strict=True))
        except OSError as error:
            reason = "symlink loop" if error.errno == errno.ELOOP else "dangling symlink (its target does not exist)"
            self._reject(relative, reason)
            return []
        inside = real.is_relative_to(self.root)
        if real.is_dir():
            if Path(os.path.realpath(path.parent)).is_relative_to(real):
                self._reject(relative, "folder symlink loop (leads back to an enclosing folder)", folder=True)
            elif inside:
                where = printable(real.relative_to(self.root).as_posix())
                self._reject(relative, f"symlink to a folder inside the corpus, read as '{where}/'", folder=True)
            elif not self.follow_external:
                self._reject(relative, f"symlink to a folder outside the corpus ({EXTERNAL_HINT})", folder=True)
            else:
                return self._folder(path, relative, real)
            return []
        if not inside and not self.follow_external:
            self._reject(relative, f"symlink to a file outside the corpus ({EXTERNAL_HINT})")
        elif real not in self.excluded:
            self.listing.files.append(Found(path, printable(relative)))
        return []

    def _reject(self, relative: str, reason: str, folder: bool = False) -> None:
        self.listing.rejected.append(Rejected(printable(relative) + ("/" if folder else ""), reason))

