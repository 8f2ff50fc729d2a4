"""How a build reports to the user: a progress bar on a terminal, plain lines or JSON lines otherwise."""

from __future__ import annotations

import json
import sys
from contextlib import AbstractContextManager

import click

from briefgen.build import Artifact, BuildResult


class Reporter(AbstractContextManager):
    """text: a progress bar on a terminal, a line per artifact otherwise (or with -q / -v);
    json: a JSON object per artifact and one for the summary."""

    def __init__(self, out_dir, log_format: str = "text", verbosity: int = 0, interactive: bool | None = None):
        self.out_dir = out_dir
        self.log_format = log_format
        self.verbosity = verbosity
        self.interactive = sys.stderr.isatty() if interactive is None else interactive
        self.bar = None

    def start(self, total: int) -> None:
        if self.log_format == "text" and self.interactive and self.verbosity == 0 and total > 1:
            self.bar = click.progressbar(length=total, label="Building packs", file=sys.stderr,
                                         show_pos=True, show_eta=False)
            self.bar.__enter__()

    def artifact(self, artifact: Artifact) -> None:
        if self.log_format == "json":
            click.echo(json.dumps({"type": "artifact", "event": artifact.event, "locale": artifact.locale,
                                   "format": artifact.format, "path": str(self.out_dir / artifact.path),
                                   "status": artifact.status, "seconds": artifact.seconds,
                                   **({"error": artifact.error} if artifact.error else {})}, ensure_ascii=False))
            return
        if artifact.status == "failed":
            self._clear_line()
            click.echo(f"failed  {self.out_dir / artifact.path}: {artifact.error}", err=True)
        elif self.bar is not None and artifact.status == "built":
            self.bar.update(1)
        elif self.bar is None:
            timing = f"  ({artifact.seconds:.2f} s)" if artifact.status == "built" and self.verbosity >= 0 else ""
            click.echo(f"{artifact.status:<7} {self.out_dir / artifact.path}{timing}")

    def summary(self, result: BuildResult) -> None:
        self.close()
        built, reused, failed = result.count("built"), result.count("reused"), result.count("failed")
        unassigned = result.corpus.unassigned
        if self.log_format == "json":
            click.echo(json.dumps({"type": "summary", "built": built, "reused": reused, "failed": failed,
                                   "warnings": result.warnings,
                                   "seconds": round(result.seconds, 3), "units": result.corpus.units,
                                   "unassigned": unassigned, "rejected": len(result.corpus.rejected),
                                   "notices": list(result.corpus.notices),
                                   "removed": [str(self.out_dir / path) for path in result.removed],
                                   "manifest": str(self.out_dir / "manifest.json")}))
            return
        click.echo(f"{len(result.artifacts)} artifacts: {built} built, {reused} reused, {failed} failed "
                   f"in {result.seconds:.2f} s; {result.corpus.units} units ({unassigned} unassigned), "
                   f"{len(result.corpus.rejected)} files rejected; manifest: {self.out_dir / 'manifest.json'}")
        for path in result.removed:
            click.echo(f"removed {self.out_dir / path} (its event is no longer in the catalog)")
        for rejected in result.corpus.rejected:
            click.echo(f"rejected {rejected.source}: {rejected.reason}", err=True)
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
        for notice in result.corpus.notices:
            click.echo(f"note: {notice}", err=True)

    def _clear_line(self) -> None:
        if self.bar is not None:
            click.echo("", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None

    def __exit__(self, *exc) -> None:
        self.close()
