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
