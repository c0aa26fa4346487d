"""Actor commands as a user runs them: entities, entity, export, analyse, reprocess, --workers, --pack."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import EXAMPLES, run_cli
from tests.helpers.stores import Location, copy_store


def test_entities_lists_types_aliases_and_counts(example_db: Path) -> None:
    people = json.loads(run_cli("entities", "--db", str(example_db), "--type", "person", "--json").stdout)
    assert people and all(p["type"] == "PERSON" for p in people)
    lavrov = next(p for p in people if p["id"] == "sergei_lavrov")
    assert {"Sergey Lavrov", "Lavrov"} <= set(lavrov["aliases"]) and lavrov["articles"] >= 2
    assert lavrov["mentions"] >= lavrov["articles"]
    table = run_cli("entities", "--db", str(example_db), "--limit", "5")
    assert table.returncode == 0 and "Russia" in table.stdout
    bad = run_cli("entities", "--db", str(example_db), "--type", "robot")
    assert bad.returncode == 1 and "--type: 'robot' is not an actor type" in bad.stderr


def test_entity_found_by_any_alias_with_sentences_and_neighbours(example_db: Path) -> None:
    by_alias = json.loads(run_cli("entity", "Khmeimim", "--db", str(example_db), "--json").stdout)
    assert by_alias["id"] == "hmeimim_air_base"
    assert by_alias["mentions_in"] and all(m["text"] in m["sentence"] for m in by_alias["mentions_in"])
    assert len(by_alias["article_ids"]) == by_alias["articles"]
    assert {"russia"} <= {c["id"] for c in by_alias["cooccurring"]}
    human = run_cli("entity", "al Sharaa", "--db", str(example_db))
    assert "Ahmed al-Sharaa" in human.stdout and "aliases:" in human.stdout
    missing = run_cli("entity", "Napoleon", "--db", str(example_db))
    assert missing.returncode == 1 and "no actor called 'Napoleon'" in missing.stderr


def test_export_json_follows_the_contract(example_db: Path) -> None:
    data = json.loads(run_cli("export", "--db", str(example_db)).stdout)
    assert set(data) >= {"articles", "entities", "events", "conflicts", "quotes", "issues"}
    assert len(data["articles"]) == 15
    assert {"id", "title", "outlet", "url", "published", "source_path"} <= set(data["articles"][0])
    entity = next(e for e in data["entities"] if e["id"] == "turkey")
    assert {"id", "type", "name", "aliases", "mentions"} <= set(entity)
    assert entity["type"] == "STATE" and "Türkiye" in entity["aliases"]


def test_export_csv_writes_one_file_per_table(example_db: Path, tmp_path: Path) -> None:
    result = run_cli("export", "--db", str(example_db), "--format", "csv", "--out", str(tmp_path / "csv"))
    assert result.returncode == 0
    with (tmp_path / "csv" / "entities.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert any(r["id"] == "sergei_lavrov" and "Sergey Lavrov" in r["aliases"] for r in rows)
    assert (tmp_path / "csv" / "articles.csv").exists() and (tmp_path / "csv" / "mentions.csv").exists()
    no_folder = run_cli("export", "--db", str(example_db), "--format", "csv")
    assert no_folder.returncode == 1 and "--out" in no_folder.stderr


def test_read_now_analyse_later_with_workers(new_db: Callable[[str], Location]) -> None:
    db = str(new_db("w"))
    read = json.loads(run_cli("ingest", str(EXAMPLES), "--db", db, "--no-analyse", "--json").stdout)
    assert read["new"] == 15 and read["analysed"] == 0
    result = run_cli("analyse", "--db", db, "--workers", "2")
    assert result.returncode == 0 and "Analysed 15 articles" in result.stdout
    two_workers = json.loads(run_cli("entities", "--db", db, "--json").stdout)
    one = str(new_db("one"))
    run_cli("ingest", str(EXAMPLES), "--db", one)
    one_worker = json.loads(run_cli("entities", "--db", one, "--json").stdout)
    assert [(e["id"], e["mentions"]) for e in two_workers] == [(e["id"], e["mentions"]) for e in one_worker]
    again = run_cli("analyse", "--db", db)
    assert "Nothing to analyse" in again.stdout


def test_a_store_keeps_its_pack_until_reprocessed(example_db: Path, tmp_path: Path) -> None:
    db = copy_store(example_db, tmp_path)
    other = run_cli("ingest", str(EXAMPLES), "--db", str(db), "--pack", "none")
    assert other.returncode == 1 and "reprocess" in other.stderr and "Traceback" not in other.stderr
    redo = run_cli("reprocess", "--db", str(db), "--pack", "none")
    assert redo.returncode == 0 and "Analysed 15 articles" in redo.stdout
    ids = {e["id"] for e in json.loads(run_cli("entities", "--db", str(db), "--json").stdout)}
    assert "tartus_naval_base" not in ids, "without the pack, no pack ids"
    assert run_cli("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0, "the store now remembers 'none'"
