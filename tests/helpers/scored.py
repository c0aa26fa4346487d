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


def check_gold_quotes_its_texts(story: Path, conflict_kinds: set[str], undated: int | None = None) -> None:
    """A story's gold ties every event, quote and conflict claim to words its own articles contain, names only
    entities it lists, covers exactly its articles, and holds conflicts of at least `conflict_kinds`; `undated`:
    how many of its articles state no publication date."""
    gold = json.loads((story / "gold.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in (story / "articles").iterdir()}
    assert {d["file"] for d in gold["documents"]} == set(texts)
    if undated is not None:
        assert sum(1 for d in gold["documents"] if d["published"] is None) == undated
    entity_ids = {e["id"] for e in gold["entities"]}
    for event in gold["events"]:
        assert set(event["actors"]) | set(event["targets"]) <= entity_ids, event["id"]
        for source in event["sources"]:
            assert source["quote"] in texts[source["file"]], (event["id"], source["quote"])
    for quote in gold["quotes"]:
        assert quote["quote"] in texts[quote["file"]]
    for conflict in gold["conflicts"]:
        for claim in conflict.get("claims", ()):
            assert claim["quote"] in texts[claim["file"]], conflict["what"]
    assert {c["kind"] for c in gold["conflicts"]} >= conflict_kinds
