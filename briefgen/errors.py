"""One exception family for everything a user can get wrong or a build can hit.

The CLI turns any BriefgenError into a single `file:line: message` line and its exit code;
nothing else in the library prints or exits.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_BUILD_FAILED = 1  # an artifact could not be produced, or `build --check` found stale output
EXIT_BAD_INPUT = 2  # bad usage, catalog, template or corpus (and warnings under --strict)


class BriefgenError(Exception):
    """A problem with a location: `path:line: message`."""

    exit_code = EXIT_BUILD_FAILED

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(BriefgenError):
    """Bad usage or bad input: the user must change something."""

    exit_code = EXIT_BAD_INPUT


class CatalogError(InputError):
    """The event catalog is missing, malformed or invalid."""


class TemplateError(InputError):
    """A template (user or default) cannot be loaded or rendered."""


class CorpusError(InputError):
    """The corpus folder is missing or unusable as a whole (single bad files are rejected, not raised)."""


class OutputBusy(InputError):
    """Another build is writing to the output folder (it holds the folder's lock)."""


class RenderError(BriefgenError):
    """pandoc or Typst failed to produce an artifact (an error, or a run over its time or memory budget)."""


class FontError(RenderError):
    """A script in the pack has no installed font: we refuse to draw missing-glyph boxes."""
