"""Events merged across sources, with the disagreements planted in the example corpus flagged as conflicts;
dates flowing between sources; incremental ingest; and the event scores on the seeds pinned as floors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.evaluate import evaluate, load_gold
from dossier.ingest import ingest
from dossier.packs import load_pack
from dossier.pipeline import process_pending
from dossier.store import Store, open_store
from tests.conftest import EXAMPLES, SEEDS_GOLD
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store


def store_of(db: Location) -> Store:
    return open_store(db, create=False)


def event_with(store: Store, path_part: str, trigger_part: str) -> str:
    """The event an article's mention (found by a bit of its file name and trigger) belongs to."""
    for article in store.articles.page():
        if path_part in article.source_path:
            row = store.db.execute("SELECT event_id FROM event_mentions WHERE article_id = ? AND trigger LIKE ?",
                                   (article.id, f"%{trigger_part}%")).fetchone()
            if row:
                return str(row[0])
    raise AssertionError(f"no mention {trigger_part!r} in {path_part!r}")


def conflict_values(store: Store, event_id: str, field: str) -> list[str]:
    return [value for c in store.events.conflicts(event_id) if c.field == field for value, _ in c.values]


def test_the_delegation_is_one_event_with_its_date_and_participant_conflicts(example_db: Path) -> None:
    store = store_of(example_db)
    event = event_with(store, "atlantic_wire_2025-01-28", "arrived")
    assert event == event_with(store, "levant_monitor_2025-01-30", "arrived")
    assert event == event_with(store, "volga_herald_2025-08-01", "travelled")
    info = store.events.get(event)
    assert info is not None and info.type == "CONSULT" and info.mode == "visit" and info.articles >= 3
    assert info.date == "2025-01", "28 and 29 January disagree: the event keeps the month they share"
    dates = conflict_values(store, event, "date")
    assert {"2025-01-28", "2025-01-29"} <= set(dates)
    people = conflict_values(store, event, "participants")
    assert any("yunus_bek_yevkurov" in v for v in people) and "mikhail_bogdanov" in people
    by_source: dict[str | None, set[str | None]] = {}
    for e in store.events.evidence(event):  # an outlet may tell the visit in several sentences, one dated
        by_source.setdefault(e.outlet, set()).add(e.date_as_stated)
    assert "January 29th" in by_source["Levant Monitor"] and "late January" in by_source["Volga Herald"]


def test_the_phone_call_dated_12_and_13_february_is_one_event_in_conflict(example_db: Path) -> None:
    store = store_of(example_db)
    call = event_with(store, "gulf_ledger_2025-02-14", "telephoned")
    assert call == event_with(store, "bosphorus_daily_ankara", "called")
    assert {"2025-02-12", "2025-02-13"} <= set(conflict_values(store, call, "date"))


def test_two_events_each_called_the_first_are_in_conflict(example_db: Path) -> None:
    store = store_of(example_db)
    claims = conflict_values(store, event_with(store, "atlantic_wire_2025-01-28", "arrived"), "first_claim")
    assert "2025-01" in claims and "2025-07-31" in claims


def test_an_undated_article_takes_its_year_from_the_sources_it_agrees_with(example_db: Path) -> None:
    store = store_of(example_db)
    call = event_with(store, "bosphorus_daily_ankara", "called")
    undated = next(e for e in store.events.evidence(call) if e.outlet == "Bosphorus Daily" and e.date_as_stated)
    assert undated.date_as_stated == "13 February" and undated.date == "2025-02-13"


def test_relative_dates_in_an_undated_article_stay_undated(example_db: Path) -> None:
    store = store_of(example_db)
    article = next(a for a in store.articles.page() if "south_syria" in a.source_path)
    dates = [r[0] for r in store.db.execute("SELECT date FROM event_mentions WHERE article_id = ?", (article.id,))]
    assert dates and all(d is None for d in dates), "'last week' in an article of unknown date has no date"


def test_sources_that_disagree_on_the_place_of_one_meeting(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "place"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Sergei Lavrov met Hakan Fidan in Ankara on 3 March 2025 to discuss Syria.",
               source="One Wire", published="2025-03-04")
    write_text(corpus, "b.txt", "Sergei Lavrov and Hakan Fidan held talks in Sochi on 3 March 2025.",
               source="Other Post", published="2025-03-04")
    db = build_store(new_db("p"), corpus, load_pack("syria-russia"))
    store = store_of(db)
    (conflict,) = [c for c in store.events.conflicts() if c.field == "location"]
    assert {value for value, _ in conflict.values} == {"ankara", "sochi"}


def test_a_later_ingest_adds_to_events_without_reanalysing_old_articles(tmp_path: Path,
                                                                         new_db: Callable[[str], Location]) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for path in sorted(EXAMPLES.iterdir()):
        target = first if "2025-01" in path.name or "ankara" in path.name else second
        (target / path.name).write_bytes(path.read_bytes())
    store = open_store(new_db("inc"))
    pack = load_pack("syria-russia")
    ingest([first], store)
    assert process_pending(store, pack).analysed == 3
    early = event_with(store, "atlantic_wire_2025-01-28", "arrived")
    assert (store.events.get(early) or pytest.fail("no event")).articles == 2
    read = ingest([second], store)
    report = process_pending(store, pack)
    assert report.analysed == read.new == 12, "only the new articles are analysed"
    later = event_with(store, "atlantic_wire_2025-01-28", "arrived")
    info = store.events.get(later)
    assert info is not None and info.articles >= 3
    assert later == event_with(store, "volga_herald_2025-08-01", "travelled")
    assert conflict_values(store, later, "date")


def test_seed_event_scores_stay_above_their_floors(seeds_db: Path) -> None:
    store = store_of(seeds_db)
    report = evaluate(store, load_gold(SEEDS_GOLD))
    s = {k: v or 0.0 for k, v in report.scores.items()}  # a score with nothing to score is no pass
    # measured with honest matching (sentence and participants only): R 0.75 P 0.73, date 0.61, type 0.79,
    # conflicts 4/4 (floors of every dev set: tests/test_dev_sets.py)
    assert s["event_f1"] >= 0.64
    assert s["event_date_accuracy"] >= 0.55
    assert s["event_type_accuracy"] >= 0.70
    assert s["conflict_recall"] >= 0.75
    found = {(c["event"], c["kind"]) for c in report.details["events"]["conflicts"] if c["found"]}
    assert ("e4", "date") in found, "the delegation dated 28 and 29 January is flagged"


def test_example_event_scores_stay_above_their_floors(example_db: Path) -> None:
    report = evaluate(store_of(example_db), load_gold(Path(__file__).parent / "data" / "example_gold.json"))
    s = {k: v or 0.0 for k, v in report.scores.items()}  # a score with nothing to score is no pass
    # measured: F1 0.68 (R 0.78 P 0.60), date 0.67, events per fact 1.26, conflicts 4/4; date was 0.71 before the
    # third rounds: two gold events (a 2015 campaign told by two articles, a withdrawal dated only "after Assad's
    # fall") are now matched to undated mentions, with the generic agents now actors ("Russian military police")
    assert s["event_f1"] >= 0.65 and s["event_date_accuracy"] >= 0.65 and s["conflict_recall"] >= 0.9
    assert s["events_per_fact"] <= 1.4


def test_export_has_events_and_conflicts_in_the_contract(example_db: Path) -> None:
    from dossier.export import export_json

    data = export_json(store_of(example_db))
    assert data["events"] and data["conflicts"]
    event = next(e for e in data["events"] if e["conflict"])
    assert {"id", "type", "mode", "context", "date", "date_precision", "actors", "targets", "location", "issues",
            "summary", "evidence"} <= set(event)
    assert {"article", "sentence", "date_as_stated", "date"} <= set(event["evidence"][0])
    conflict = data["conflicts"][0]
    assert {"event", "field", "values"} <= set(conflict) and {"value", "articles"} <= set(conflict["values"][0])
    json.dumps(data)  # serialisable as is


def test_an_offensive_a_later_article_dates_a_day_off_its_start_is_one_campaign_in_conflict(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Made-up sources: the report of the day the shelling began, and a look back two years on that dates the
    offensive by its second day. One campaign, its day in conflict."""
    corpus = tmp_path / "campaign"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Norway launched what it called a security operation on Tuesday, shelling Bergen "
               "and the hills around it with artillery.", source="One Wire", published="2021-06-17")
    write_text(corpus, "b.txt", "Norway's swift offensive of 16 June 2021 ended a long dispute over the coast "
               "and drove thousands of people from their homes.", source="Other Review", published="2023-05-02")
    store = store_of(build_store(new_db("c"), corpus, load_pack("none")))
    offensive = event_with(store, "b.txt", "offensive")
    assert offensive == event_with(store, "a.txt", "shelling")
    assert {"2021-06-15", "2021-06-16"} <= set(conflict_values(store, offensive, "date"))


def test_an_offensive_between_two_known_acts_of_its_side_a_day_either_side_joins_neither(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "two_acts"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Norway shelled Bergen on Tuesday.", source="One Wire", published="2021-06-16")
    write_text(corpus, "c.txt", "Norway bombed Stavanger on Thursday.", source="Third Post", published="2021-06-18")
    write_text(corpus, "z.txt", "Norway's swift offensive of 16 June 2021 ended a long dispute over the coast.",
               source="Other Review", published="2023-05-02")  # read last: both acts are known by then
    store = store_of(build_store(new_db("t"), corpus, load_pack("none")))
    offensive = event_with(store, "z.txt", "offensive")
    assert offensive not in {event_with(store, "a.txt", "shelled"), event_with(store, "c.txt", "bombed")}
