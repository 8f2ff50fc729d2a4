"""A corpus at an fsspec URL (s3://, gs://, az://, https://, memory://, file://…) instead of a folder.

fsspec lists the files with their size and version (ETag or modification time) and copies a file
into the local cache only when that stamp changed since the last build, so a daily crawl in object
storage is fetched once.  Credentials come from the environment as each backend reads them (AWS_*,
GOOGLE_APPLICATION_CREDENTIALS, …); backends beyond the local and memory ones come from their own
packages (s3fs, gcsfs, adlfs).  Files are then read like local ones, in the same order as a
folder's walk: a folder's files, then its subfolders, by name.
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePosixPath

from briefgen.discovery import Found, Listing, printable, scan
from briefgen.errors import CorpusError, InputError
from briefgen.model import Rejected

CATALOG_NAME = "events.yaml"


def is_url(location: str | Path) -> bool:
    return isinstance(location, str) and "://" in location


def _filesystem(url: str):
    try:
        import fsspec
    except ImportError:  # a dependency: only a broken install lacks it
        raise InputError("reading a corpus URL needs fsspec: pip install fsspec") from None
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as error:  # an unknown protocol, or its backend (s3fs, gcsfs…) missing
        raise InputError(f"cannot open {url}: {error}") from None


def scan_url(url: str, cache_dir: Path, exclude_names: tuple[str, ...] = (CATALOG_NAME,)) -> Listing:
    """Every file under the URL, as Found entries whose `path` is where the local copy goes."""
    fs, root = _filesystem(url)
    try:
        if not fs.isdir(root):
            raise CorpusError("corpus folder not found", url)
        entries = fs.find(root, detail=True)
    except OSError as error:
        raise CorpusError(f"cannot list the corpus: {error}", url) from None
    listing = Listing()
    copies = local_copies(url, cache_dir)
    root_path = PurePosixPath(root)
    hidden: set[str] = set()
    for name, info in sorted(entries.items(), key=lambda item: _walk_order(PurePosixPath(item[0]).relative_to(root_path))):
        relative = PurePosixPath(name).relative_to(root_path)
        folders = [part for part in relative.parts[:-1] if part.startswith(".")]
        if folders:
            folder = "/".join(relative.parts[:relative.parts.index(folders[0]) + 1])
            if folder not in hidden:
                hidden.add(folder)
                listing.rejected.append(Rejected(printable(folder), "hidden folder"))
            continue
        if relative.as_posix() in exclude_names:
            continue
        listing.files.append(Found(copies / relative, printable(relative.as_posix()),
                                   url=fs.unstrip_protocol(name), stamp=_stamp(info), size=info.get("size")))
    return listing


def local_copies(url: str, cache_dir: Path) -> Path:
    """The cache folder holding this URL's files (one per corpus URL)."""
    return cache_dir / "remote" / hashlib.sha256(url.rstrip("/").encode("utf-8")).hexdigest()[:16]


def _walk_order(relative: PurePosixPath) -> tuple:
    """Sort key matching discovery's walk: in each folder, files before subfolders, each by name."""
    return (*((1, part) for part in relative.parts[:-1]), (0, relative.name))


def _stamp(info: dict) -> str:
    version = info.get("ETag") or info.get("etag") or info.get("mtime") or info.get("LastModified") or \
        info.get("last_modified") or info.get("created") or ""
    return f"{info.get('size')}:{version}"


def list_corpus(corpus: str | Path, exclude: tuple[Path, ...], follow_external_symlinks: bool, copies: Path) -> Listing:
    """The corpus's files, from a folder or a URL (whose copies go under `copies`), in corpus order."""
    if is_url(corpus):
        return scan_url(str(corpus), copies)
    if not Path(corpus).is_dir():
        raise CorpusError("corpus folder not found", corpus)
    return scan(Path(corpus), exclude, follow_external_symlinks)


def fetch_or_reject(found: Found) -> Rejected | None:
    """Copy a listed remote file into the cache; a failure is the file's rejection (worded alike by both engines)."""
    try:
        fetch(found)
    except OSError as error:
        return Rejected(found.source, f"cannot fetch {found.url}: {error}")
    return None


def fetch(found: Found) -> Found:
    """Copy a listed remote file into the local cache (the reading stage then opens the copy)."""
    fs, path = _filesystem(found.url)
    found.path.parent.mkdir(parents=True, exist_ok=True)
    fs.get_file(path, str(found.path))
    return found


def fetch_catalog(url: str, cache_dir: Path) -> Path | None:
    """The corpus's own events.yaml, copied into the cache; None when the corpus has none."""
    fs, root = _filesystem(url)
    remote = f"{root.rstrip('/')}/{CATALOG_NAME}"
    if not fs.exists(remote):
        return None
    local = local_copies(url, cache_dir) / CATALOG_NAME
    local.parent.mkdir(parents=True, exist_ok=True)
    fs.get_file(remote, str(local))
    return local
