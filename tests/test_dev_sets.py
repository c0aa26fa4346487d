"""The figures of every dev set in ../shared/eval, measured as ../shared/eval/measure measures them (the CLI's
ingest and export, scored by Dossier's eval, which agrees with the shared scorer; the PLOVER records by the
shared score_plover.py), pinned as floors per set, never per sentence. Skipped when ../shared/eval is absent.

Floors sit a little under what was reached; a change that loses quality on any set fails here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.evaluate import evaluate, load_gold
from dossier.store import open_store
from tests.conftest import SEEDS, run_cli

EVAL = SEEDS.parent / "eval"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not (EVAL / "measure").is_file(),
                                                   reason="../shared/eval is not beside this checkout")]

# set -> (gold, pack, paths, floors); reached at this commit in the comment
SETS = {
    # R 0.81 P 0.96 per-fact 1.38 type 0.92 date 0.92 merge 0.83 conflicts 3/4 (seventh rounds: a hope that a
    # party comes is an invitation dated when said; "came to power on <day>" is the fall's day; per fact 1.34 ->
    # 1.38: the sentence telling an order and the coming to power holds two gold facts, each quoted apart, so its
    # two right events count twice; 4/4 conflicts before the fourth rounds, see git history)
    "seeds": ("seeds_dev_gold.json", "syria-russia", ["seeds"],
              {"event_recall": 0.78, "event_precision": 0.93, "event_type_accuracy": 0.89, "conflict_recall": 0.74,
               "event_date_accuracy": 0.88, "entity_bcubed_f1": 0.97, "quote_recall": 0.95,
               "speaker_accuracy": 0.95, "event_merge_coverage": 0.80}, 1.48),
    # R 0.81 P 0.89 per-fact 1.44 type 0.98 date 0.91 merge 0.69 conflicts 4/6 (seventh rounds; h17campaign:
    # campaigns told in passing and a negated attempt are events; their four sentences each hold two or three
    # gold facts, so per fact 1.37 -> 1.44 comes from right events counted once per gold fact of the sentence;
    # date 0.93 -> 0.91 with h18forces/h18dupes is a tie of the scorer's matching between two events of the 2015
    # intervention, broken by the export's order: removing one duplicate moves the order, not a date;
    # h19backing: R 0.83 merge 0.73 per-fact 1.48: a standing relation of backing told in passing is one fact,
    # its three sources joined; its sentences each hold another gold fact, so per fact 1.44 -> 1.48 comes from
    # three right events counted twice: unmatched events in gold sentences 12 -> 12)
    # h19fall: a ruler's fall told in passing is one more source of that one fall (at its own precision or
    # undated): merge 0.69 -> 0.71 (dev) and 0.65 -> 0.67 (devnone), the fall told by all nine of its articles;
    # per fact 1.38 -> 1.45 (seeds), 1.44 -> 1.59, 1.45 -> 1.60: 20 mentions (10 on seeds), every one joined to
    # that fall, in sentences that hold other gold facts (pf.py: unmatched 8/12/16 unchanged, no new event)
    "dev": ("articles_dev_gold.json", "syria-russia", ["seeds", "eval/articles"],
            {"event_recall": 0.79, "event_precision": 0.86, "event_type_accuracy": 0.93, "event_date_accuracy": 0.90,
             "entity_bcubed_f1": 0.92, "quote_recall": 0.95, "event_merge_coverage": 0.68,
             "conflict_recall": 0.64}, 1.62),
    # R 0.83 P 0.92 per-fact 1.45 type 0.94 date 0.93 merge 0.65 conflicts 4/6 (the one-to-one matching picks
    # among events of one sentence by their parties, so a type can move with who is named; per fact as above;
    # h19backing: R 0.84 merge 0.69 per-fact 1.49, unmatched events in gold sentences 16 -> 16)
    "devnone": ("articles_dev_gold.json", "none", ["seeds", "eval/articles"],
                {"event_recall": 0.80, "event_precision": 0.89, "event_type_accuracy": 0.91,
                 "event_date_accuracy": 0.90, "entity_bcubed_f1": 0.92, "quote_recall": 0.95,
                 "event_merge_coverage": 0.64, "conflict_recall": 0.64}, 1.63),
}


def _ingest(db: Path, pack: str, *paths: Path) -> None:
    result = run_cli("ingest", *map(str, paths), "--pack", pack, "--db", str(db))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", list(SETS))
def test_dev_set_floors(name: str, tmp_path: Path) -> None:
    gold, pack, paths, floors, most_per_fact = SETS[name]
    db = tmp_path / f"{name}.db"
    _ingest(db, pack, *(SEEDS.parent / p for p in paths))
    scores = evaluate(open_store(db, create=False), load_gold(EVAL / gold)).scores
    low = {k: (scores[k], floor) for k, floor in floors.items() if (scores[k] or 0) < floor}
    assert not low, f"{name}: under the floor (reached, floor): {low}"
    assert scores["events_per_fact"] is not None and scores["events_per_fact"] <= most_per_fact


def test_plover_records_floor(tmp_path: Path) -> None:
    """Type accuracy on the PLOVER dev records (measured 0.817 at this commit; 0.463 before the verb
    dictionary and the frames)."""
    scorer = EVAL / "scorer" / "score_plover.py"
    records = tmp_path / "plover.jsonl"
    subprocess.run([sys.executable, str(scorer), "make-input", str(EVAL / "plover_gsr_dev.json"), str(records)],
                   check=True, capture_output=True)
    db = tmp_path / "plover.db"
    _ingest(db, "syria-russia", records)
    export = tmp_path / "plover.json"
    export.write_text(run_cli("export", "--format", "json", "--db", str(db)).stdout, encoding="utf-8")
    result = json.loads(subprocess.run([sys.executable, str(scorer), "score", str(EVAL / "plover_gsr_dev.json"),
                                        str(export)], check=True, capture_output=True, text=True).stdout)
    assert result["type_acc_any"] >= 0.78 and result["actor_recall"] >= 0.80, result
