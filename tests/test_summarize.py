"""summarize.py and lexrank.py: verbatim, cited, non-redundant summaries with sumy, offline."""

from __future__ import annotations

import random
from pathlib import Path

import nltk
import pytest
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from briefgen import lexrank
from briefgen.corpus import read_corpus
from briefgen.lexrank import SparseLexRankSummarizer, TermIndex, centrality_order, exact_order, term_rows
from briefgen.summarize import RANKING_LIMITS, SUMMARIZERS, _summarizer, candidate_sentences, digest, summarize
from briefgen.text import Tokenizer, unit_sentences, words

from conftest import CORPUS, SEED_FORUM, make_unit


@pytest.fixture(scope="module")
def seed():
    return read_corpus(CORPUS, exclude=(CORPUS / "events.yaml",))


@pytest.fixture(scope="module")
def news():
    """Real English news from the development set (sets a and b, not the held-out ones): ~400 candidates."""
    units = read_corpus(CORPUS.parent / "benchmarks" / "data" / "dev" / "news" / "en").units
    return [unit for unit in units if Path(unit.source).name.startswith(("a-", "b-"))]


@pytest.fixture(autouse=True)
def no_nltk_data(monkeypatch):
    """Nothing may need NLTK data or a download: make both impossible."""
    monkeypatch.setattr(nltk.data, "path", [])

    def refuse(*args, **kwargs):
        raise AssertionError("briefgen tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)


@pytest.mark.parametrize("method", SUMMARIZERS)
def test_every_summarizer_gives_verbatim_cited_sentences(seed, method):
    units = [seed.unit(f"{SEED_FORUM}#{n}") for n in (82, 83)]
    by_id = {unit.id: unit for unit in units}
    sentences = summarize(units, 4, method, bonus_words=["New Delhi", "summit"])
    assert len(sentences) == 4
    for sentence in sentences:
        unit = by_id[sentence.unit_id]
        assert unit.text[sentence.start:sentence.end] == sentence.text
        assert (sentence.source, sentence.post, sentence.url) == (unit.source, unit.post, unit.url)


def test_near_duplicates_and_dependent_sentences_are_left_out():
    unit = make_unit(
        "The SCO summit in Astana adopted a declaration on regional security and trade cooperation.\n\n"
        "The SCO summit in Astana adopted a declaration on regional security and on trade cooperation.\n\n"
        "He added that the organisation would keep working on a development bank for members.\n\n"
        "Belarus became the tenth full member of the organisation at the Astana meeting this week.\n\n"
        "This is a turning point for the bloc, which was founded in Shanghai in the year 2001.")
    texts = [sentence.text for sentence in summarize([unit], 5)]
    assert sum("adopted a declaration" in text for text in texts) == 1
    assert not any(text.startswith(("He added", "This is")) for text in texts)
    assert "Belarus became the tenth full member of the organisation at the Astana meeting this week." in texts


def test_headlines_and_bylines_are_not_summary_sentences(seed):
    unit = seed.unit(f"{SEED_FORUM}#81")
    candidates = candidate_sentences([unit])
    assert not any(sentence.text.startswith("‘Samarkand Spirit’") for sentence in candidates)
    assert not any(sentence.text == "By Pepe Escobar" for sentence in candidates)


def test_digest_is_one_to_three_sentences_in_source_order(seed):
    unit = seed.unit(f"{SEED_FORUM}#86")
    sentences = digest(unit, 2)
    assert len(sentences) == 2 and sentences[0].start < sentences[1].start


def test_russian_units_use_the_russian_stemmer_and_stop_words():
    summarizer = _summarizer("lexrank", "ru", ())
    assert "и" in summarizer.stop_words and "что" in summarizer.stop_words
    assert summarizer.stem_word("организации") == summarizer.stem_word("организацией") == "организац"
    russian = make_unit("Саммит ШОС прошел в Астане и завершился принятием декларации о безопасности.\n\n"
                        "Лидеры стран ШОС обсудили торговлю, транспорт и расчеты в национальных валютах.\n\n"
                        "Беларусь стала десятым полноправным членом организации на саммите в Астане.", lang="ru")
    assert len(summarize([russian], 2, language="ru")) == 2


def test_sparse_lexrank_ranks_exactly_as_sumy_on_small_inputs(seed):
    texts = list(dict.fromkeys(s.text for u in seed.units for s in unit_sentences(u) if len(s.text.split()) > 6))
    random.Random(7).shuffle(texts)
    tokenizer = Tokenizer("english")
    document = ObjectDocumentModel([Paragraph([SumySentence(text, tokenizer) for text in texts[:150]])])
    chosen = []
    for summarizer_class in (LexRankSummarizer, SparseLexRankSummarizer):
        summarizer = summarizer_class(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        chosen.append([str(sentence) for sentence in summarizer(document, 10)])
    assert chosen[0] == chosen[1]


def test_large_event_path_finds_exact_lexranks_top_sentences_on_real_news(news):
    """A sample and a candidate list far smaller than the event still find exact LexRank's top 10
    (candidates taken by position or at random keep 3 of them or fewer)."""
    sentences = candidate_sentences(news, "en")
    assert len(sentences) > 300
    normalised = term_rows([words(sentence.text) for sentence in sentences],
                           TermIndex(_summarizer("lexrank", "en", ()).term))
    exact = set(exact_order(normalised)[:10].tolist())
    large = set(centrality_order(normalised, sample_size=100, candidates=50)[:10].tolist())
    assert len(exact & large) >= 9


def test_large_event_summary_picks_the_exact_summarys_sentences(news, monkeypatch):
    exact = summarize(news, 5)
    monkeypatch.setattr(lexrank, "EXACT_LIMIT", 100)
    monkeypatch.setattr(lexrank, "SAMPLE_SIZE", 100)
    monkeypatch.setattr(lexrank, "CANDIDATES", 50)
    large = summarize(news, 5)
    assert {sentence.text for sentence in large} == {sentence.text for sentence in exact}
    by_id = {unit.id: unit for unit in news}
    assert all(by_id[sentence.unit_id].text[sentence.start:sentence.end] == sentence.text for sentence in large)


def test_other_summarizers_rank_the_most_central_sentences_of_large_events(news, monkeypatch):
    monkeypatch.setitem(RANKING_LIMITS, "luhn", 100)
    sentences = summarize(news, 4, "luhn")
    assert len(sentences) == 4
    by_id = {unit.id: unit for unit in news}
    assert all(by_id[sentence.unit_id].text[sentence.start:sentence.end] == sentence.text for sentence in sentences)


def test_sumy_loads_without_scipy_stats_and_every_summarizer_still_works():
    """NLTK (under sumy's stemmers) would import scipy.stats for a Fisher test nobody runs: 0.65 s."""
    import subprocess
    import sys

    script = ("import sys; from briefgen.summarize import SUMMARIZERS, summarize; from conftest import make_unit; "
              "from conftest import CORPUS, SEED_ARTICLE; unit = make_unit((CORPUS / SEED_ARTICLE).read_text('utf-8')); "
              "print(all(summarize([unit], sentences=2, method=m) for m in SUMMARIZERS), 'scipy.stats' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).parent)
    assert result.stdout.split() == ["True", "False"]
