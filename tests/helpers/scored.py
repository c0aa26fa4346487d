"""A held-out story of our own (tests/data/<name>: articles/ and gold.json) ingested with `--pack none` and scored
with `dossier eval`, the way the hidden "another story" set is scored."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def story_scores(story: Path, store: Path, documents: int) -> dict[str, float]:
    """The `dossier eval` scores of `story`, ingested into a new store at `store`; every one of its `documents`
    gold articles must be found in the store."""
    ingest = run_cli("ingest", str(story / "articles"), "--pack", "none", "--db", str(store))
    assert ingest.returncode == 0, ingest.stderr
    assert "Pack: none" in ingest.stdout
    result = run_cli("eval", str(story / "gold.json"), "--db", str(store), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["documents"]) == documents  # every gold article found in the store
    scores: dict[str, float] = report["scores"]
    return scores
