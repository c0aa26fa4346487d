"""Another story, no pack: our own eight articles on the July 2025 Thailand-Cambodia border fighting
(tests/data/other_story, gold written before Dossier was run on them), ingested with `--pack none` and scored
with `dossier eval`, the way the hidden "another story" set is scored.

Floors sit about 0.03 under what the branch reached when they were pinned; they only go up.
"""

from __future__ import annotations

import pytest

from tests.conftest import DATA
from tests.helpers.scored import check_gold_quotes_its_texts
from tests.helpers.scored import story_scores as scored_story

STORY = DATA / "other_story"


@pytest.fixture(scope="module")
def story_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    return scored_story(STORY, tmp_path_factory.mktemp("other_story") / "story.db", 8)


def test_the_corpus_is_ours_and_its_gold_quotes_its_texts() -> None:
    check_gold_quotes_its_texts(STORY, {"date", "participants"})


def test_entities_of_another_story(story_scores: dict[str, float]) -> None:
    assert story_scores["entity_bcubed_f1"] >= 0.93  # measured 0.958 (h22example: a lone given name; 0.935 before)
    assert story_scores["entity_type_accuracy"] >= 0.87  # measured 0.903 (main: 0.893)


def test_events_of_another_story(story_scores: dict[str, float]) -> None:
    assert story_scores["event_recall"] >= 0.96  # 1.00 integ15 (h26two); measured 0.96 (integ10; 0.88 before)
    assert story_scores["event_precision"] >= 0.91  # measured 0.95 (integ10; 0.857 before)
    # measured 1.38 (h20other: a call told in an "after" clause is now its own event, a gold fact's source; the
    # events reporting no gold fact stay 4; 1.32 before; lower is better only for those)
    assert story_scores["events_per_fact"] <= 1.41
    # measured 0.778 (h16dates4; 0.667 before), 0.85 (h23dates); 0.81 at h26two: fighting told in an "after" clause
    # is now an event of its own (recall 1.00), undated, no longer folded into the dated strike of its sentence
    assert story_scores["event_date_accuracy"] >= 0.87  # 0.90 integ15
    assert story_scores["event_type_accuracy"] >= 0.95  # measured 1.00 (integ10; 0.95 before; one event is 0.05)
    # measured 0.44 (h20missed; 0.50 before): rockets that "landed" are no longer a visit, and that wrong CONSULT
    # was what matched one of two gold attacks of one day, which resolution merges into one ASSAULT
    assert story_scores["event_merge_coverage"] >= 0.47  # measured 0.50 (integ10: 0.44 + h20other 0.06)
    assert story_scores["conflicts_found"] >= 1  # measured 1 of 2 (h20other: the day of the calls; 0 before)


def test_quotes_of_another_story(story_scores: dict[str, float]) -> None:
    assert story_scores["quote_recall"] >= 0.97  # measured 1.0
    assert story_scores["speaker_accuracy"] >= 0.97  # measured 1.0
