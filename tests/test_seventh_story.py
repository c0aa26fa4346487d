"""A seventh story, no pack: our own seven articles on the Sahel juntas' break with ECOWAS and France, from Niger's
coup of July 2023 to the exit of Mali, Burkina Faso and Niger from ECOWAS on 29 January 2025
(tests/data/seventh_story, gold written and committed before Dossier was run on them), ingested with `--pack none`
and scored with `dossier eval`, the way the hidden "another story" set is scored.

Written and annotated blind and first scored blind at main c0662db (branch h26seventh); held out through the
fifteenth rounds. A development set since the sixteenth: their briefs name failure classes of its blind run, so its
figures stopped being blind (the eighth story took its place). Floors sit about 0.03 under the figures measured;
they only go up.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.helpers.scored import check_gold_quotes_its_texts
from tests.helpers.scored import story_scores as scored_story

STORY = DATA / "seventh_story"


@pytest.fixture(scope="module")
def story_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return scored_story(STORY, tmp_path_factory.mktemp("seventh_story") / "story.db", 7)  # the .md and .html too


def test_the_corpus_is_ours_and_its_gold_quotes_its_texts() -> None:
    assert {p.suffix for p in (STORY / "articles").iterdir()} == {".txt", ".md", ".html"}
    check_gold_quotes_its_texts(STORY, {"date", "participants", "who_led", "spelling"}, undated=2)


def test_entities_of_a_seventh_story(story_scores: dict[str, float]) -> None:
    assert story_scores["entity_bcubed_f1"] >= 0.95  # measured 0.921 blind (main c0662db), 0.980 (h27entities)
    assert story_scores["entity_type_accuracy"] >= 0.85  # measured 0.864 blind, 0.881 (h27entities)


def test_events_of_a_seventh_story(story_scores: dict[str, float]) -> None:
    assert story_scores["event_recall"] >= 0.61  # measured 0.646 blind (main c0662db)
    assert story_scores["event_precision"] >= 0.85  # measured 0.880 blind
    assert story_scores["events_per_fact"] <= 1.50  # measured 1.47 blind (gold 1.64; lower is better)
    # measured 0.517 blind; 0.438 (h27entities: ECOWAS became an actor, so two planned meetings match, dated wrong,
    # and a sanction merges with an accusation against the bloc and loses its day)
    assert story_scores["event_date_accuracy"] >= 0.41
    assert story_scores["event_type_accuracy"] >= 0.56  # measured 0.595 blind
    assert story_scores["event_merge_coverage"] >= 0.37  # measured 0.400 blind


def test_quotes_of_a_seventh_story(story_scores: dict[str, float]) -> None:
    assert story_scores["quote_recall"] >= 0.97  # measured 1.0 blind
    assert story_scores["speaker_accuracy"] >= 0.87  # measured 0.900 blind (9 of 10)
