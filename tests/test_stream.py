"""A long stream stays cheap: `dossier watch` keeps resolution's state between polls (a poll does not load every
entity and event again), reloads it when another process analysed the store, and keeps only a window of recent
events in memory, bringing older ones back from the store when an article reaches back to them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.packs import load_pack
from dossier.pipeline import Kept, process_pending
from dossier.store import open_store
from tests.conftest import run_cli
from tests.helpers.stores import Location


def article(folder: Path, name: str, outlet: str, published: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"TITLE: {name}\nSOURCE: {outlet}\nPUBLISHED: {published}\n\n{body}\n", encoding="utf-8")
    return path


def store_only(db: Location, path: Path) -> None:
    result = run_cli("ingest", str(path), "--no-analyse", "--db", str(db))
    assert result.returncode == 0, result.stderr


def events_of(db: Location, words: str) -> list[dict[str, object]]:
    import json

    found = json.loads(run_cli("timeline", "--db", str(db), "--json", "--undated").stdout)
    return [e for e in found if words in e["summary"]]


def test_resolution_is_kept_between_runs_and_reloaded_after_another_process(tmp_path: Path, db: Location) -> None:
    pack = load_pack("syria-russia")
    store_only(db, article(tmp_path / "in", "a.txt", "Caspian Courier", "2025-03-11",
                           "Sergei Lavrov met Asaad al-Shaibani in Moscow on 10 March 2025."))
    store = open_store(db)
    try:
        kept = Kept()
        assert process_pending(store, pack, keep=kept).analysed == 1 and kept.loads == 1
        store_only(db, article(tmp_path / "in", "b.txt", "Aral Gazette", "2025-03-12",
                               "Asaad al-Shaibani met Sergei Lavrov in Moscow on 10 March 2025."))
        assert process_pending(store, pack, keep=kept).analysed == 1 and kept.loads == 1  # not loaded again
        # Another process analyses the store: what this one holds is stale, and is loaded afresh.
        result = run_cli("ingest", str(article(tmp_path / "more", "c.txt", "Baltic Ledger", "2025-03-13",
                                               "Lavrov and al-Shaibani met in Moscow on 10 March 2025.")),
                         "--db", str(db), "--pack", "syria-russia")
        assert result.returncode == 0, result.stderr
        store_only(db, article(tmp_path / "in", "d.txt", "Aral Gazette", "2025-03-14",
                               "Vladimir Putin spoke with Ahmed al-Sharaa by phone on 13 March 2025."))
        assert process_pending(store, pack, keep=kept).analysed == 1 and kept.loads == 2
    finally:
        store.close()
    [meeting] = events_of(db, "Moscow")
    assert meeting["articles"] == 3  # one event, whichever process resolved each report


def test_old_events_leave_memory_and_come_back_when_an_article_reaches_back(tmp_path: Path, db: Location) -> None:
    pack = load_pack("syria-russia")
    early = tmp_path / "early"
    article(early, "a.txt", "Caspian Courier", "2025-01-11",
            "Sergei Lavrov met Asaad al-Shaibani in Moscow on 10 January 2025.")
    article(early, "b.txt", "Aral Gazette", "2025-01-12",
            "Asaad al-Shaibani met Sergei Lavrov in Moscow on 10 January 2025.")
    store_only(db, early)
    store_only(db, article(tmp_path / "late", "c.txt", "Baltic Ledger", "2025-06-04",
                           "Vladimir Putin spoke with Ahmed al-Sharaa by phone on 3 June 2025."))
    store = open_store(db)
    try:
        kept = Kept(window_days=30)
        process_pending(store, pack, keep=kept)
        assert kept.resolver is not None and kept.events is not None and kept.events.window is not None
        window = kept.events.window
        held = {e.date.iso() for e in kept.resolver.events.events.values() if e.date is not None}
        assert window.retired >= 1 and "2025-01-10" not in held and "2025-06-03" in held  # January's is set aside
        # A June article about January's meeting: the meeting comes back from the store, and the report joins it.
        store_only(db, article(tmp_path / "late", "d.txt", "Baltic Ledger", "2025-06-20",
                               "Sergei Lavrov met Asaad al-Shaibani in Moscow on 10 January 2025, the paper recalled."))
        process_pending(store, pack, keep=kept)
        assert window.restored >= 1 and kept.loads == 1
    finally:
        store.close()
    [meeting] = events_of(db, "Moscow")
    assert meeting["articles"] == 3 and meeting["date"] == "2025-01-10"


def grouping(db: Location) -> tuple[set[frozenset[tuple[str, int]]], dict[tuple[str, int], str | None]]:
    """The stored evidence as events (each a set of (article, mention)), and each mention's date."""
    store = open_store(db)
    try:
        stored = store.events.load_state()
        titles = {a.id: str(a.title.value) for a in store.articles.page(limit=100)}
    finally:
        store.close()
    events: dict[str, set[tuple[str, int]]] = {}
    dates: dict[tuple[str, int], str | None] = {}
    for record in stored.evidence:
        key = (titles[record.article_id], record.n)
        events.setdefault(record.event_id or "", set()).add(key)
        dates[key] = record.date.iso() if record.date is not None else None
    return {frozenset(keys) for keys in events.values()}, dates


def test_a_story_every_article_recalls_keeps_only_itself_in_memory(tmp_path: Path, new_db: Callable[[str], Location]) \
        -> None:
    """A long-lived event that every new article recalls (a war's start) stays in memory; the other events of the
    old articles that recalled it leave (those articles are held thin: their mentions of it only), and come back
    whole when a new article reaches back to them. What is stored is what one run over all the articles stores."""
    pack = load_pack("syria-russia")
    recalled = "Russian jets bombed rebel positions near Idlib in September 2015."
    texts = {
        "a.txt": ("Caspian Courier", "2025-01-11", f"Sergei Lavrov met Asaad al-Shaibani in Moscow on 10 January 2025."
                                                   f" {recalled}"),
        "b.txt": ("Aral Gazette", "2025-01-12", "Asaad al-Shaibani met Sergei Lavrov in Moscow on 10 January 2025."),
        "c.txt": ("Baltic Ledger", "2025-06-04", f"Vladimir Putin spoke with Ahmed al-Sharaa by phone on 3 June 2025."
                                                 f" {recalled}"),
        "d.txt": ("Baltic Ledger", "2025-06-20", "Sergei Lavrov met Asaad al-Shaibani in Moscow on 10 January 2025,"
                                                 f" the paper recalled. {recalled}"),
    }
    for name, (outlet, published, body) in texts.items():
        article(tmp_path / ("late" if name == "d.txt" else "early"), name, outlet, published, body)
        article(tmp_path / "all", name, outlet, published, body)
    streamed, once = new_db("streamed"), new_db("once")
    store_only(streamed, tmp_path / "early")
    store = open_store(streamed)
    try:
        kept = Kept(window_days=30)
        process_pending(store, pack, keep=kept)
        assert kept.resolver is not None and kept.events is not None and kept.events.window is not None
        state = kept.resolver.events.state
        held = {e.date.iso() for e in state.events.values() if e.date is not None}
        assert "2025-01-10" not in held and {"2015-09", "2025-06-03"} <= held  # the meeting went, the war stays
        [thin] = state.thin  # the January article that also recalls the war: held with that mention only
        assert [e.event_id for e in state.by_article[thin]] == [e.id for e in state.events.values()
                                                                 if e.date is not None and e.date.iso() == "2015-09"]
        _, whole = kept.resolver.held()
        assert thin not in whole and len(state.by_article) == 2  # the other January article left memory
        # A thin article's evidence written again keeps what memory does not hold.
        with store.transaction():
            store.events.save_evidence(kept.resolver.evidence_delta([thin]))
        assert len([r for r in store.events.load_state().evidence if r.article_id == thin]) == 2
        store_only(streamed, tmp_path / "late")
        process_pending(store, pack, keep=kept)  # the June recollection of the meeting brings it back
        assert kept.events.window.restored >= 1 and kept.loads == 1
    finally:
        store.close()
    store_only(once, tmp_path / "all")
    store = open_store(once)
    try:
        process_pending(store, pack)
    finally:
        store.close()
    assert grouping(streamed) == grouping(once)
    events, _ = grouping(streamed)
    assert {("b.txt", 0), ("d.txt", 0)} <= next(e for e in events if ("a.txt", 0) in e)  # one meeting, three reports
