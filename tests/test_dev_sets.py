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
    # R 0.81 P 0.96 per-fact 1.45 type 0.92 date 0.96 merge 0.83 conflicts 3/4 (ninth rounds: one intervention
    # told four ways is one event dated by its dated sources, date 0.92 -> 0.96; a ruler's fall told in passing is
    # one more source of that fall, per fact 1.38 -> 1.45 from right mentions only: pf.py unmatched 8 -> 8. The
    # gold itself scores 1.57 per fact (`events_per_fact_gold`): multi-fact sentences count each right event
    # once per gold quote. 4/4 conflicts before the fourth rounds, see git history. Tenth rounds: R 0.81 -> 0.83
    # (several acts under one subject, companions of a visit); per fact 1.45 -> 1.49 from right events only:
    # pf.py unmatched 8 -> 8, own 49 -> 50, another gold fact of the sentence 39 -> 43). h23visit: a delegation's
    # make-up joins its visit, one article's two meetings stay apart: merge 0.83 -> 0.88, conflicts 3/4 -> 4/4 (the
    # July visit now carries both seeds' sources), per fact 1.49 -> 1.51 from a right meeting of its own
    "seeds": ("seeds_dev_gold.json", "syria-russia", ["seeds"],
              {"event_recall": 0.80, "event_precision": 0.93, "event_type_accuracy": 0.89, "conflict_recall": 0.99,
               "event_date_accuracy": 0.93, "entity_bcubed_f1": 0.97, "quote_recall": 0.95,
               "speaker_accuracy": 0.95, "event_merge_coverage": 0.85}, 1.52),
    # R 0.84 P 0.92 per-fact 1.65 type 0.98 date 0.93 merge 0.80 conflicts 6/6 (ninth rounds: backing told as a
    # standing relation, a redeployment beside a withdrawal, the 2015 intervention joined, the ruler's fall told
    # in passing joined from all nine of its articles, dates within the week compared for conflicts. Per fact
    # 1.44 -> 1.65 comes from right events only (pf.py: unmatched 12 -> 11, own 95 -> 106, another gold fact of
    # the same sentence 73 -> 92); the gold itself scores 1.58. Events reporting no fact (h20overgen: refusals to
    # tell, conditions, objects naming nothing ...): P 0.92 -> 0.94, unmatched 11 -> 9. Conflicts 6/6 since a
    # call counted a day before the article's talks, in an undated article placed by the week its other news gives)
    "dev": ("articles_dev_gold.json", "syria-russia", ["seeds", "eval/articles"],
            {"event_recall": 0.82, "event_precision": 0.91, "event_type_accuracy": 0.95, "event_date_accuracy": 0.90,
             "entity_bcubed_f1": 0.92, "quote_recall": 0.95, "event_merge_coverage": 0.77,
             "conflict_recall": 0.95}, 1.68),
    # R 0.86 P 0.92 per-fact 1.66 type 0.98 date 0.94 merge 0.76 conflicts 6/6 (the one-to-one matching picks
    # among events of one sentence by their parties, so a type can move with who is named; per fact as above:
    # unmatched 16 -> 15 -> 12; the gold itself scores 1.58; h20overgen: P 0.92 -> 0.94; conflicts 6/6 as above)
    "devnone": ("articles_dev_gold.json", "none", ["seeds", "eval/articles"],
                {"event_recall": 0.83, "event_precision": 0.91, "event_type_accuracy": 0.95,
                 "event_date_accuracy": 0.91, "entity_bcubed_f1": 0.92, "quote_recall": 0.95,
                 "event_merge_coverage": 0.74, "conflict_recall": 0.95}, 1.69),
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
