"""The output folder: checked before any work, held by one build at a time, cleaned of stale packs.

Two builds writing the same folder would interleave artifacts and leave a manifest whose
hashes describe the other build's files, so a build holds an exclusive lock (flock) on the
folder itself while it runs (no lock file is left behind); a second build exits at once with
one line.  The lock is released by the kernel however the holder ends, even under SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefgen.errors import InputError, OutputBusy

try:
    import fcntl
except ImportError:  # Windows: no flock; builds there are not serialised
    fcntl = None


def prepare_output(out_dir: Path) -> None:
    """Create the output folder, or say in one line why it cannot be written (bad usage, exit 2)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"--out {out_dir} is a file, not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir, prefix=".briefgen-probe-"):
            pass  # a real write: os.access says yes to root even on a read-only or immutable folder
    except OSError as error:
        raise InputError(f"--out {out_dir} cannot be written: {error.strerror or error}") from None


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for the duration of the block; OutputBusy if another build holds it."""
    prepare_output(out_dir)
    if fcntl is None:
        yield
        return
    descriptor = os.open(out_dir, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputBusy(f"another briefgen build is writing to {out_dir}: wait for it to finish, "
                             f"or build into another --out") from None
        yield
    finally:
        os.close(descriptor)


def remove_artifacts(out_dir: Path, paths: list[str]) -> list[str]:
    """Delete these artifacts (paths relative to the output folder) and the folders they leave empty;
    return those deleted.  Only <event>/<locale>/briefing.<format> inside the folder: a forged
    manifest cannot make briefgen delete anything else."""
    removed = []
    for path in paths:
        if not _is_artifact_path(path, out_dir):
            continue
        file = out_dir / path
        with contextlib.suppress(FileNotFoundError):
            file.unlink()
            removed.append(path)
        for folder in (file.parent, file.parent.parent):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only when empty
    return removed


def _is_artifact_path(path: str, out_dir: Path) -> bool:
    if not re.fullmatch(r"[^/\\]+/[^/\\]+/briefing\.(md|docx|pdf)", path) or ".." in path.split("/"):
        return False
    return (out_dir / path).resolve().is_relative_to(out_dir.resolve())
