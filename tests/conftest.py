"""Shared fixtures: copies of the bundled corpus, the real CLI in a subprocess, small units."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen.catalog import load_catalog
from briefgen.dates import find_dates
from briefgen.model import Paragraph, Unit

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_FORUM = "000_8964e48515676b12.txt"
SEED_ARTICLE = "004_bbc9b499a7229531.txt"
EPOCH = "1767225600"  # 2026-01-01T00:00:00Z


def briefgen_command() -> list[str]:
    """The installed console script when there is one, else `python -m briefgen`."""
    script = Path(sys.executable).with_name("briefgen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefgen"]


def run_cli(*args: str, cwd: Path, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run the real briefgen CLI in a subprocess (SOURCE_DATE_EPOCH fixed unless overridden)."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    return subprocess.run([*briefgen_command(), *args], cwd=cwd, env=environment, capture_output=True,
                          text=True, timeout=timeout)


def copy_corpus(target: Path) -> Path:
    """A project folder with a copy of the bundled corpus (tests never write into the repository)."""
    shutil.copytree(CORPUS, target / "corpus")
    return target


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path)


@pytest.fixture(scope="session")
def catalog():
    return load_catalog(CORPUS / "events.yaml")


def make_unit(text: str, unit_id: str = "fixture.txt", date: str | None = None, lang: str = "en") -> Unit:
    """A unit from text whose paragraphs are separated by blank lines, with the dates written in it."""
    paragraphs = tuple(Paragraph(block.strip(), number) for number, block in enumerate(text.strip().split("\n\n"), 1))
    unit = Unit(id=unit_id, source=unit_id.split("#")[0], paragraphs=paragraphs, first_line=1,
                last_line=len(paragraphs), date=date, lang=lang)
    return replace(unit, dates=find_dates(unit.text, dt.date(2026, 1, 1)))
