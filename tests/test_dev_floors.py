"""Floors on every dev set of ../shared/eval, scored by the shared scorer itself: entity B-cubed F1 (0.95 with the
pack, 0.90 without) and speaker accuracy (0.85). Skipped when ../shared/eval is not beside this checkout."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_cli

EVAL = ROOT.parent / "shared" / "eval"
SCORER = EVAL / "scorer" / "score.py"
ARTICLES = EVAL / "articles"

# (set, pack, gold, texts scored, entity F1 floor, speaker accuracy floor)
SETS = [
    ("seeds", "syria-russia", "seeds_dev_gold.json", SEEDS, 0.95, 0.85),
    ("dev articles, pack", "syria-russia", "articles_dev_gold.json", ARTICLES, 0.95, 0.85),
    ("dev articles, no pack", "none", "articles_dev_gold.json", ARTICLES, 0.90, 0.85),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "pack", "gold", "texts", "entity_floor", "speaker_floor"), SETS,
                         ids=[s[0] for s in SETS])
def test_dev_set_floors(tmp_path: Path, name: str, pack: str, gold: str, texts: Path, entity_floor: float,
                        speaker_floor: float) -> None:
    if not SCORER.is_file() or not ARTICLES.is_dir() or not SEEDS.is_dir():
        pytest.skip("../shared/eval is not beside this checkout")
    db = tmp_path / "dev.db"
    inputs = [str(SEEDS)] if texts == SEEDS else [str(SEEDS), str(ARTICLES)]  # the articles' conflicts need the seeds
    ingested = run_cli("ingest", *inputs, "--pack", pack, "--db", str(db), "--json", timeout=1200)
    assert ingested.returncode == 0, ingested.stderr
    exported = run_cli("export", "--format", "json", "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    export = tmp_path / "export.json"
    export.write_text(exported.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(SCORER), str(export), str(EVAL / gold), str(texts), "--json"],
                            capture_output=True, text=True, timeout=600)
    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    entity_f1, speaker = result["entity_bcubed"]["F1"], result["quotes"]["speaker_acc"]
    assert entity_f1 >= entity_floor, f"{name}: entity F1 {entity_f1} < {entity_floor}"
    assert speaker >= speaker_floor, f"{name}: speaker accuracy {speaker} < {speaker_floor}"
