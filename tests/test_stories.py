"""Our own stories, each ingested with `--pack none` into a new store and scored with `dossier eval`, the way the
hidden "another story, no pack" set is scored (tests/data/<name>: articles/ and a gold.json written and committed
before Dossier was first run on them).

Each story pins floors about 0.03 under the figures measured, and a ceiling on events per fact; floors only go up
and ceilings only down, unless docs/eval.md (the story's section) says why one moved. Which stories are development
sets and which one is held out (our honest estimate of the hidden set) is said in README.md and docs/eval.md; a
held-out story's floors sit under its blind run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import DATA
from tests.helpers.scored import check_gold_quotes_its_texts, story_scores

MIXED = frozenset({".txt", ".md", ".html"})  # stories from the third on hold a Markdown and an HTML article too


@dataclass(frozen=True)
class Story:
    name: str
    documents: int  # gold articles, every one found in the store
    conflict_kinds: frozenset[str]  # the kinds of outlet disagreement its gold holds at least
    floors: dict[str, float]  # score >= floor
    most_per_fact: float  # events per fact <= this (the gold's own figure is higher: lower is better)
    undated: int | None = 2  # articles with no publication date stated
    suffixes: frozenset[str] = field(default=MIXED)


STORIES = (
    Story("other_story", 8, frozenset({"date", "participants"}), {
        "entity_bcubed_f1": 0.93, "entity_type_accuracy": 0.87,
        "event_recall": 0.96, "event_precision": 0.91, "event_date_accuracy": 0.87, "event_type_accuracy": 0.95,
        "event_merge_coverage": 0.47, "conflicts_found": 1, "quote_recall": 0.97, "speaker_accuracy": 0.97,
    }, most_per_fact=1.41, undated=None, suffixes=frozenset()),
    Story("third_story", 7, frozenset({"date", "participants", "spelling"}), {
        # twentieth rounds (integ21): F1 0.966 -> 0.980 (titles written whole: "Secretary of State X")
        "entity_bcubed_f1": 0.95, "entity_type_accuracy": 0.90,
        # eighteenth rounds (integ19): R 0.78 -> 0.82, merge 0.47 -> 0.52 (warnings told as what any act would be)
        "event_recall": 0.79, "event_precision": 0.82, "event_date_accuracy": 0.85, "event_type_accuracy": 0.92,
        "event_merge_coverage": 0.49, "conflicts_found": 1, "quote_recall": 0.97, "speaker_accuracy": 0.86,
    }, most_per_fact=1.42),
    Story("fourth_story", 7, frozenset({"date", "participants", "who_led", "spelling"}), {
        "entity_bcubed_f1": 0.95, "entity_type_accuracy": 0.91,
        # eighteenth rounds (integ19): date 0.79 -> 0.85, the undated White House wire dated by the signing another
        # article dates (also when read before it); precision 0.80 -> 0.76: three of its events that match no gold
        # fact now count as dated
        # nineteenth (integ20): F1 0.984, P 0.79 ("the two foreign ministers" the people holding that office), date 0.88
        # twentieth (integ21): F1 0.986, R 0.80 (a date of a later clause with its own subject), type 0.88
        "event_recall": 0.77, "event_precision": 0.76, "event_date_accuracy": 0.85, "event_type_accuracy": 0.85,
        "event_merge_coverage": 0.40, "conflicts_found": 1, "quote_recall": 0.97, "speaker_accuracy": 0.90,
    }, most_per_fact=1.25),
    Story("fifth_story", 7, frozenset({"date", "participants", "who_led", "spelling"}), {
        "entity_bcubed_f1": 0.92, "entity_type_accuracy": 0.84,
        # date and merge moved down once each for a tie in the scorer's matching, not a wrong answer (docs/eval.md)
        # nineteenth rounds (integ20): P 0.81, date 0.75, type 0.85 (crimes found are charged), speaker 0.94
        # twentieth (integ21): P 0.82, type 0.84
        "event_recall": 0.74, "event_precision": 0.79, "event_date_accuracy": 0.72, "event_type_accuracy": 0.82,
        "event_merge_coverage": 0.54, "quote_recall": 0.97, "speaker_accuracy": 0.91,
    }, most_per_fact=1.62),  # 1.60 -> 1.62: e9 (a demonym's foreign ministry condemning) now found, in the
    # sentence of e10 (an order to its own staff): two gold facts, two system events, each matched (h30entities)
    Story("sixth_story", 7, frozenset({"date", "participants", "who_led", "spelling"}), {
        # 0.935 / 0.863 at h28entities; 0.935 / 0.900 at integ19 (a name introduced by a noun of places)
        # twentieth rounds (integ21): 0.953 (a state's military named as a body, "the army" of an article about it)
        "entity_bcubed_f1": 0.92, "entity_type_accuracy": 0.87,
        # precision moved down once for a new act whose "the group" is not resolved to its party (docs/eval.md);
        # seventeenth rounds (integ18): R 0.60 (acts PLOVER does not type), P 0.72, date 0.56, type 0.56, merge 0.42;
        # eighteenth (integ19): R 0.62, P 0.73, date 0.55, type 0.55 (docs/eval.md), merge 0.42
        # nineteenth (integ20): R 0.64, P 0.76, date 0.59, type 0.67 (ground taken), merge 0.44, per fact 1.49
        # twentieth (integ21): R 0.67, P 0.82 ("the group" the armed group named before), date 0.62, type 0.69,
        # merge 0.47, per fact 1.45 (no gold fact 18 -> 13)
        "event_recall": 0.64, "event_precision": 0.79, "event_date_accuracy": 0.59, "event_type_accuracy": 0.66,
        "event_merge_coverage": 0.44, "quote_recall": 0.97, "speaker_accuracy": 0.97,
    }, most_per_fact=1.49),
    Story("seventh_story", 7, frozenset({"date", "participants", "who_led", "spelling"}), {
        "entity_bcubed_f1": 0.95, "entity_type_accuracy": 0.85,
        # seventeenth rounds (integ18): R 0.83, P 0.95, date 0.67, type 0.78, merge 0.50; eighteenth (integ19):
        # R 0.85, date 0.69 (a date on a verb of saying is the saying's), type 0.83 (refusals answered, promises)
        # nineteenth (integ20): R 0.86, date 0.72, type 0.85 (forcing out), speaker 1.00 (surnames the tagger missed)
        # twentieth (integ21): date 0.77 ("the same day", a weekday read into the title after it), type 0.87
        "event_recall": 0.83, "event_precision": 0.92, "event_date_accuracy": 0.74, "event_type_accuracy": 0.84,
        "event_merge_coverage": 0.47, "quote_recall": 0.97, "speaker_accuracy": 0.97,
    }, most_per_fact=1.64),  # events per fact: the gold's own figure since meetings beside decisions (h27two)
    Story("eighth_story", 7, frozenset({"date", "participants", "who_said", "spelling"}), {
        # a development set since the seventeenth rounds (blind: F1 0.889 R 0.62 P 0.71 date 0.46 type 0.71 merge
        # 0.25); at integ18: F1 0.955, entity types 0.912, speakers 1.00 (names cut short, given names alone), R 0.70,
        # P 0.82, date 0.74 (a byline line dates its article), type 0.87, merge 0.31; per fact 1.46 -> 1.52 (gold
        # 1.80): a pact and its terms, two gold facts of one sentence, now give both events, counted for both quotes
        # eighteenth rounds (integ19): P 0.83, date 0.77 (a weekday dated by the same act another article dates),
        # merge 0.35 and one conflict (an arms flight unloaded on arrival is a delivery, as the other outlet says)
        # h30merge: merge 0.35 -> 0.39, date 0.77 -> 0.79 (a month's report finds the day's); per fact 1.52 -> 1.60
        # (gold 1.80, no gold fact 9 both): an expulsion, the consulates closed and the charge, three gold facts of
        # one sentence, now give three events, each counted for the three quotes
        "entity_bcubed_f1": 0.92, "entity_type_accuracy": 0.88,
        # nineteenth (integ20): date 0.87 (an undated article opening on a year-less day long before its bound)
        # twentieth (integ21): R 0.72, P 0.88, type 0.90, merge 0.43 (a leader's state a party in common), date 0.85
        # (the newly matched attack of "the group" is an undated article's)
        "event_recall": 0.69, "event_precision": 0.85, "event_date_accuracy": 0.84, "event_type_accuracy": 0.87,
        "event_merge_coverage": 0.40, "conflicts_found": 1, "quote_recall": 0.97, "speaker_accuracy": 0.97,
    }, most_per_fact=1.64),
    Story("ninth_story", 7, frozenset({"date", "participants", "who_led", "spelling"}), {
        "entity_bcubed_f1": 0.91, "entity_type_accuracy": 0.83,
        # precision 0.684 blind, 0.634 after the sixteenth rounds (three more dated events matching no gold fact;
        # kept blind: the rounds' branches were not chosen on it, docs/eval.md); held out since the seventeenth
        # rounds, which cost it one date (0.55 -> 0.54) and dropped one branch rule on its figures (docs/eval.md)
        # nineteenth rounds (integ20, run once, chose nothing): R 0.58, P 0.68, speaker 0.85
        # twentieth (integ21, run once, chose nothing): date 0.55 -> 0.62, P 0.69
        "event_recall": 0.55, "event_precision": 0.65, "event_date_accuracy": 0.58, "event_type_accuracy": 0.68,
        "event_merge_coverage": 0.41, "quote_recall": 0.97, "speaker_accuracy": 0.82,
    }, most_per_fact=1.50),
    Story("tenth_story", 7, frozenset({"date", "participants", "who_led", "spelling"}), {
        "entity_bcubed_f1": 0.92, "entity_type_accuracy": 0.80,
        # blind (main d4f5024): recall 0.678, type 0.722; 0.694 and 0.782 on the same store once the gold followed the
        # PLOVER manual on eight facts (README); floors sit under the blind figures
        "event_recall": 0.65, "event_precision": 0.71, "event_date_accuracy": 0.50, "event_type_accuracy": 0.69,
        "event_merge_coverage": 0.30, "quote_recall": 0.97, "speaker_accuracy": 0.90,
    }, most_per_fact=1.70),
    Story("eleventh_story", 7, frozenset({"date", "participants", "who_led", "spelling"}), {
        "entity_bcubed_f1": 0.86, "entity_type_accuracy": 0.79,
        # blind (main a03c1e5, the nineteenth rounds' start): held out from then on; floors sit under the blind run
        # twentieth rounds (integ21, run once, chose nothing): date 0.52 -> 0.59
        "event_recall": 0.49, "event_precision": 0.74, "event_date_accuracy": 0.56, "event_type_accuracy": 0.67,
        "event_merge_coverage": 0.18, "quote_recall": 0.97, "speaker_accuracy": 0.97,
    }, most_per_fact=1.35),
)


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s.name)
def test_the_corpus_is_ours_and_its_gold_quotes_its_texts(story: Story) -> None:
    folder = DATA / story.name
    if story.suffixes:
        assert {p.suffix for p in (folder / "articles").iterdir()} == story.suffixes
    check_gold_quotes_its_texts(folder, set(story.conflict_kinds), undated=story.undated)


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s.name)
def test_a_story_without_a_pack_scores_its_floors(story: Story, tmp_path: Path) -> None:
    scores = story_scores(DATA / story.name, tmp_path / "story.db", story.documents)
    below = {k: (round(scores[k], 3), floor) for k, floor in story.floors.items() if scores[k] < floor}
    assert not below, f"{story.name}: scores under their floors (score, floor): {below}"
    assert scores["events_per_fact"] <= story.most_per_fact, (story.name, scores["events_per_fact"])
