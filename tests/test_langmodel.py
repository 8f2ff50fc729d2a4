"""langmodel.py: py3langid's model limited to our languages, decompressed once into the user's cache."""

from __future__ import annotations

import pytest

from briefgen.facts import LANGUAGE_CANDIDATES
from briefgen.langmodel import cache_path, load_identifier

SAMPLES = {
    "en": "The leaders agreed to expand cooperation in trade, energy and finance at the summit.",
    "ru": "Лидеры договорились расширить сотрудничество в торговле, энергетике и финансах на саммите.",
    "fr": "Les dirigeants ont convenu d'élargir la coopération dans le commerce et l'énergie lors du sommet.",
    "kk": "Көшбасшылар саммитте сауда, энергетика және қаржы салаларындағы ынтымақтастықты кеңейтуге келісті.",
}


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


def test_the_cached_model_is_written_once_and_classifies_like_the_bundled_one(user_cache):
    bundled = load_identifier(LANGUAGE_CANDIDATES)  # decompresses the bundled model, writes the cache
    path = cache_path(LANGUAGE_CANDIDATES)
    assert path.is_file() and path.is_relative_to(user_cache)
    written = path.stat().st_mtime_ns
    cached = load_identifier(LANGUAGE_CANDIDATES)
    assert path.stat().st_mtime_ns == written  # read, not written again
    for language, text in SAMPLES.items():
        assert cached.classify(text) == bundled.classify(text)
        assert cached.classify(text)[0] == language
    assert cached.nb_classes == bundled.nb_classes


def test_another_language_list_has_a_cache_file_of_its_own(user_cache):
    assert cache_path(["en", "ru"]) != cache_path(["en", "ru", "zh"])


def test_a_torn_cache_file_is_passed_over_and_rewritten(user_cache):
    path = cache_path(LANGUAGE_CANDIDATES)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"PK\x03\x04 not a whole npz")
    assert load_identifier(LANGUAGE_CANDIDATES).classify(SAMPLES["ru"])[0] == "ru"
    assert load_identifier(LANGUAGE_CANDIDATES).classify(SAMPLES["en"])[0] == "en"
    assert path.stat().st_size > 1_000_000


def test_a_cache_that_cannot_be_written_costs_time_not_the_build(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # no directory can be made under a file, even by root
    assert load_identifier(LANGUAGE_CANDIDATES).classify(SAMPLES["en"])[0] == "en"
    assert list(tmp_path.iterdir()) == [blocked]
