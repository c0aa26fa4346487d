"""`dossier eval` for events: matching on the sentence and the participants only, the measures built on it,
the assignment that breaks ties as the shared scorer does, and agreement with that scorer on the seeds."""

from __future__ import annotations

import itertools
import json
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from dossier.evaluate import evaluate, load_gold
from dossier.evaluate.events import gold_per_fact, score_events
from dossier.evaluate.match import date_agrees, in_order_share, linear_sum_assignment, one_to_one, overlap
from dossier.export import export_json
from dossier.store import open_store
from tests.conftest import SEEDS, SEEDS_GOLD

SCORER = SEEDS.parent / "eval" / "scorer" / "score.py"


def _event(id_: str, type_: str, actors: list[str], sentence: str, date: str | None = "2024-03-05",
           modality: str = "asserted", article: str = "a1") -> dict[str, Any]:
    return {"id": id_, "type": type_, "modality": modality, "date": date, "actors": actors, "targets": [],
            "evidence": [{"article": article, "sentence": sentence, "trigger": "x"}]}


SENTENCE = "The mayor of Riverton welcomed the governor and thanked her for the new bridge on Tuesday."
GOLD = {"events": [{"id": "g1", "type": "SUPPORT", "date": "2024-03-05", "actors": ["mayor"], "targets": ["gov"],
                    "sources": [{"file": "one.txt", "quote": "welcomed the governor and thanked her"}]}],
        "conflicts": []}


def test_matching_never_looks_at_the_type_or_the_date() -> None:
    """Two system events from one sentence: the one with the gold's type and date names only the mayor, the
    other names mayor and governor. Participants decide, so the match is the wrongly typed one, and the other
    event costs precision and counts as over-generation."""
    export = {"events": [_event("s1", "SUPPORT", ["m"], SENTENCE),
                         _event("s2", "CONSULT", ["m", "g"], SENTENCE, date="2024-04")], "conflicts": []}
    scores, details = score_events(export, GOLD, {"a1": "one.txt"}, {"mayor": {"m"}, "gov": {"g"}})
    assert scores["event_recall"] == 1.0 and scores["event_precision"] == 0.5
    assert scores["event_type_accuracy"] == 0.0 and scores["event_date_accuracy"] == 0.0
    assert scores["events_per_fact"] == 2.0 and scores["events_reporting_no_gold_fact"] == 1
    assert details["types"][0]["system"] == "s2" and details["unmatched_system"][0]["system"] == "s1"
    assert details["per_fact"][0]["system_events"] == 2


def test_the_gold_itself_scores_above_one_event_per_fact() -> None:
    """A sentence telling two gold facts: a system reporting exactly those two facts has two events on each
    of the two quotes, so the gold's own figure is 2.0 there; a one-fact sentence adds 1 per quote; a quote
    no stored sentence holds counts for nobody."""
    two = "The mayor opened the bridge and the governor cut the ribbon on Friday."
    one = "The council approved the budget on Monday."
    gold = [{"id": "g1", "sources": [{"file": "f.txt", "quote": "The mayor opened the bridge"}]},
            {"id": "g2", "sources": [{"file": "f.txt", "quote": "the governor cut the ribbon on Friday"}]},
            {"id": "g3", "sources": [{"file": "f.txt", "quote": "The council approved the budget"},
                                     {"file": "f.txt", "quote": "a quote from a line nobody stored"}]}]
    assert gold_per_fact(gold, {"f.txt": [two, one]}) == (2 + 2 + 1) / 3
    assert gold_per_fact(gold[2:], {"f.txt": [one]}) == 1.0
    export = {"events": [_event("s1", "SUPPORT", ["m", "g"], SENTENCE)], "conflicts": []}
    scores, _ = score_events(export, GOLD, {"a1": "one.txt"}, {"mayor": {"m"}, "gov": {"g"}},
                             {"one.txt": [SENTENCE]})
    assert scores["events_per_fact"] == 1.0 and scores["events_per_fact_gold"] == 1.0


def test_a_candidate_needs_the_sentence_and_a_participant() -> None:
    other = "The governor opened a school in Lakeside on Wednesday."
    export = {"events": [_event("s1", "SUPPORT", ["x"], SENTENCE),  # right sentence, nobody the gold names
                         _event("s2", "SUPPORT", ["g"], other)], "conflicts": []}  # right people, other sentence
    scores, details = score_events(export, GOLD, {"a1": "one.txt"}, {"mayor": {"m"}, "gov": {"g"}})
    assert scores["event_recall"] == 0.0 and scores["event_precision"] == 0.0
    assert details["missed"][0]["why"].startswith("no system event")


def test_undated_or_planned_events_cost_no_precision() -> None:
    export = {"events": [_event("s1", "SUPPORT", ["m", "g"], SENTENCE),
                         _event("s2", "AGREE", ["m"], "The mayor will visit Lakeside.", modality="future"),
                         _event("s3", "AGREE", ["m"], "The mayor spoke.", date=None)], "conflicts": []}
    scores, _ = score_events(export, GOLD, {"a1": "one.txt"}, {"mayor": {"m"}, "gov": {"g"}})
    assert scores["event_precision"] == 1.0 and scores["system_events_dated_asserted"] == 1


def test_word_measures() -> None:
    assert overlap("the visit, the talks", "The talks followed the visit") == 1.0
    assert overlap("the the the visit", "the visit") == 0.5  # a word counts as often as the sentence has it
    assert in_order_share("a b c d e", "a x b c y e") == 0.8
    assert date_agrees("2025-01-29", "2025-01") and not date_agrees("2025", "2025-01")
    assert not date_agrees(None, "2025")


def test_assignment_finds_the_best_total_and_breaks_ties_as_scipy_does() -> None:
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        matrix = [[rng.choice([0.0, 10.0, 10.5, 11.0]) for _ in range(cols)] for _ in range(rows)]
        got_rows, got_cols = linear_sum_assignment(matrix, maximize=True)
        total = sum(matrix[r][c] for r, c in zip(got_rows, got_cols, strict=True))
        k = min(rows, cols)
        best = max(sum(matrix[r][c] for r, c in zip(rs, cs, strict=True))
                   for rs in itertools.combinations(range(rows), k) for cs in itertools.permutations(range(cols), k))
        assert total == best
    assert linear_sum_assignment([[1.0, 1.0], [1.0, 1.0]]) == ([0, 1], [0, 1])  # a constant matrix: identity
    # the most pairs first: two pairs of weight 10 beat one pair of weight 12
    assert one_to_one([(1.9, 0, 0), (0.0, 0, 1), (0.0, 1, 0)]) == {0: 1, 1: 0}


@pytest.mark.slow
def test_eval_agrees_with_the_shared_scorer_on_the_seeds(seeds_db: Path, tmp_path: Path) -> None:
    python = shutil.which("python3")
    if not SCORER.is_file() or python is None:
        pytest.skip("../shared/eval/scorer is not beside this checkout")
    if subprocess.run([python, "-c", "import scipy"], capture_output=True).returncode != 0:
        pytest.skip("the shared scorer needs scipy for its exact matching")
    store = open_store(seeds_db, create=False)
    export = export_json(store)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    shared = json.loads(subprocess.run([python, str(SCORER), str(path), str(SEEDS_GOLD), str(SEEDS), "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    ours = evaluate(store, load_gold(SEEDS_GOLD), export).scores
    assert ours["entity_bcubed_f1"] == pytest.approx(shared["entity_bcubed"]["F1"], abs=0.001)
    assert ours["entity_items"] == shared["entity_bcubed"]["items"]
    events = shared["events"]
    assert (ours["gold_events"], ours["events_matched"], ours["system_events_dated_asserted"]) == \
        (events["gold"], events["matched"], events["system_dated_asserted"])
    assert ours["event_recall"] == pytest.approx(events["R"], abs=0.001)
    assert ours["event_precision"] == pytest.approx(events["P_lower_bound"], abs=0.001)
    assert ours["events_per_fact"] == pytest.approx(events["overgeneration"], abs=0.005)
    assert ours["event_date_accuracy"] == pytest.approx(shared["event_date_acc"], abs=0.001)
    assert ours["event_type_accuracy"] == pytest.approx(shared["event_type_acc"], abs=0.001)
    assert ours["event_merge_coverage"] == pytest.approx(shared["merge_coverage"], abs=0.001)
    assert (ours["conflicts_found"], ours["conflicts_gold"]) == (shared["conflicts"]["found"],
                                                                 shared["conflicts"]["of"])
    assert ours["quote_recall"] == pytest.approx(shared["quotes"]["recall"], abs=0.001)
    assert ours["speaker_accuracy"] == pytest.approx(shared["quotes"]["speaker_acc"], abs=0.001)
