"""dedupe.py: text pasted twice is kept once; nothing that is not a repeat is removed."""

from __future__ import annotations

from briefgen.dedupe import find_repeats

PARAGRAPH = ("Iran needs to adopt all the Shanghai Cooperation Organization's fundamental documents in order "
             "to speed up its accession to the organization, the special envoy said on Thursday.")


def test_exact_repeats_within_and_across_documents_keep_the_first():
    documents = [["Title of the piece", PARAGRAPH, "Another paragraph that is not repeated anywhere else."],
                 [PARAGRAPH, "A reply with its own words, long enough to count."]]
    assert find_repeats(documents) == [set(), {0}]


def test_near_duplicates_count_but_different_texts_do_not():
    edited = PARAGRAPH.replace("on Thursday", "on Thursday evening").replace("special envoy", "Special Envoy")
    different = ("Iran needs to adopt several documents of the bloc, the foreign ministry said, "
                 "but the accession timetable depends on domestic legislation and ratification.")
    assert find_repeats([[PARAGRAPH], [edited], [different]]) == [set(), {0}, set()]


def test_short_lines_go_only_inside_a_repeated_run():
    heading = "Golden Ruble 3.0?"
    first = [heading, PARAGRAPH]
    pasted_again = [PARAGRAPH, heading, PARAGRAPH + " Indeed."]
    lone_thanks = ["Thanks!"], ["Thanks!"]
    assert find_repeats([first, pasted_again]) == [set(), {0, 1, 2}]
    assert find_repeats(list(lone_thanks)) == [set(), set()]


def test_a_fingerprint_survives_its_bytes_and_depends_on_nothing_else():
    from briefgen.dedupe import Fingerprint, fingerprint

    paragraphs = ["Title of the piece", PARAGRAPH, "", PARAGRAPH.upper()]
    first = fingerprint(paragraphs)
    again = Fingerprint.from_bytes(first.to_bytes())
    assert (again.keys == first.keys).all() and (again.words == first.words).all() and (again.bands == first.bands).all()
    assert first.keys[2] == 0 and first.keys[1] == first.keys[3]  # case and punctuation do not count
    assert (first.bands[0] == 0).all() and (first.bands[1] == first.bands[3]).all()


def test_grouping_band_keys_one_key_at_a_time_pairs_what_the_sort_pairs():
    """A distributed engine groups rows by band key and pairs each group with band_group_pairs."""
    import numpy as np

    from briefgen.dedupe import BAND_PEERS, band_group_pairs, candidate_pairs

    generator = np.random.default_rng(5)
    rows = np.arange(0, 3 * (BAND_PEERS + 40), 3)
    # few keys per band (big groups); like real band keys, no key is shared by two bands
    bands = (generator.integers(0, 6, size=(len(rows), 4)) + 100 * np.arange(4)).astype(np.uint64)
    groups: dict[int, list[int]] = {}
    for row, keys in zip(rows.tolist(), bands.tolist()):
        for key in keys:
            groups.setdefault(key, []).append(row)
    by_group = sorted({pair for members in groups.values() for pair in band_group_pairs(members)})
    assert by_group == candidate_pairs(rows, bands)
