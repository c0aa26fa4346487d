"""`dossier watch`: feeds, folders and lists of addresses served by a real web server on 127.0.0.1, followed by
real `dossier watch` processes into a real store. Each article is read exactly once however often the sources
are polled; broken sources are reported while the good ones are read."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dossier.store import open_store
from dossier.watch import Limits, Watcher, make_source
from dossier.watch.schedule import parse_duration, retry_delay, shown_duration
from tests.conftest import run_cli
from tests.helpers.articles import BODIES, write_jsonl, write_text
from tests.helpers.feeds import STORIES, Item, atom, rss
from tests.helpers.site import Site
from tests.helpers.stores import Location

RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


def watch_once(db: Location, *sources: str, extra: tuple[str, ...] = ()) -> tuple[int, dict[str, Any], str]:
    result = run_cli("watch", *sources, "--once", "--json", "--timeout", "1", "--db", str(db), *extra)
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1, result.stdout  # one line per poll
    return result.returncode, json.loads(lines[0]), result.stderr


def by_source(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["source"]: entry for entry in report["sources"]}


def story_item(site: Site, n: int, path: str) -> Item:
    story = STORIES[n]
    site.add(path, body=story.page())
    return Item(key=f"tag:test,2025:{story.slug}", title=story.title, link=site.url(path))


def test_watch_reads_each_feed_entry_once_and_reports_broken_feeds(site: Site, db: Location) -> None:
    rss_items = [story_item(site, 0, "/news/envoy.html"), story_item(site, 1, "/news/grain.html"),
                 Item(key="tag:test,2025:gone", title="A page that was taken down", link=site.url("/news/gone.html"))]
    plain = site.add("/news.rss", body=rss("Orontes Wire - News", rss_items), content_type=RSS_TYPE)
    atom_items = [story_item(site, 2, "/world/base.html"),
                  Item(key="tag:test,2025:debt", title=STORIES[3].title, link=None,  # the full text in the feed
                       content="".join(f"<p>{p}</p>" for p in STORIES[3].body.split("\n\n")))]
    cached = site.add("/world.atom", body=atom("Euphrates Review", atom_items), content_type=ATOM_TYPE,
                      etag='"world-1"')
    growing_items = [story_item(site, 4, "/live/convoy.html")]
    growing = site.add("/live.rss", body=rss("Live updates", growing_items), content_type=RSS_TYPE)
    malformed = site.add("/broken.rss", body=b"<?xml version='1.0'?><rss version='2.0'><channel><title>Cut",
                         content_type=RSS_TYPE)
    failing = site.add("/down.rss", status=500, body=b"internal error", content_type="text/plain")
    slow = site.add("/slow.rss", body=rss("Slow", [story_item(site, 5, "/slow/visit.html")]), delay=3,
                    content_type=RSS_TYPE)
    feeds = (plain, cached, growing, malformed, failing, slow)

    code, first, stderr = watch_once(db, *feeds)
    assert code == 0
    sources = by_source(first)
    assert (sources[plain]["new"], sources[cached]["new"], sources[growing]["new"]) == (2, 2, 1)
    assert [r["reason"] for r in sources[plain]["rejected"]] == ["HTTP 404 Not Found"]
    assert "malformed feed" in sources[malformed]["error"]
    assert sources[failing]["error"].startswith("HTTP 500")
    assert sources[slow]["error"] == "timed out after 1s"
    assert all(sources[s]["retry_in"] > 0 for s in (malformed, failing, slow))
    assert all(sources[s]["error"] is None for s in (plain, cached, growing))
    for broken in (malformed, failing, slow):
        assert broken in stderr  # one line each on standard error
    assert first["new_articles"] == 5 and first["analysed"] == 5 and first["new_events"] > 0

    site.pages["/live.rss"].body = rss("Live updates", [*growing_items, story_item(site, 6, "/live/airport.html")])
    code, second, _ = watch_once(db, *feeds)
    sources = by_source(second)
    assert code == 0
    assert second["new_articles"] == 1 and sources[growing]["new"] == 1 and second["analysed"] == 1
    assert sources[cached]["not_modified"] and sources[plain]["new"] == 0 and not sources[plain]["rejected"]
    assert site.asked("/world.atom")[-1].headers.get("if-none-match") == '"world-1"'
    assert site.asked("/world.atom")[-1].status == 304
    for path in ("/news/envoy.html", "/news/grain.html", "/news/gone.html", "/world/base.html",
                 "/live/convoy.html", "/live/airport.html"):
        assert len(site.asked(path)) == 1, path  # every page read exactly once over both polls
    assert not site.asked("/slow/visit.html")

    articles = json.loads(run_cli("articles", "--db", str(db), "--json").stdout)
    assert len(articles) == 6
    from_feed = next(a for a in articles if a["title"] == STORIES[3].title)
    assert from_feed["outlet"] == "Euphrates Review" and from_feed["published"] == "2025-02-05"
    assert {a["url"] for a in articles} >= {site.url("/news/envoy.html"), site.url("/live/airport.html")}

    # Nothing new: cheap (conditional GETs, no model loaded), nothing read.
    code, third, _ = watch_once(db, plain, cached, growing)
    assert code == 0 and third["new_articles"] == 0 and third["analysed"] == 0
    assert third["seconds"] < 1.0, third


def test_watch_folder_reads_new_and_changed_files_once(tmp_path: Path, db: Location) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[0], title="First")
    (folder / "empty.txt").write_bytes(b"")
    write_jsonl(folder, "wire.jsonl", [{"text": BODIES[3], "outlet": "Bosphorus Daily"}])
    args = ("--no-analyse",)
    code, first, stderr = watch_once(db, str(folder), extra=args)
    [source] = first["sources"]
    assert code == 0 and source["kind"] == "folder" and source["new"] == 2
    assert [r["reason"] for r in source["rejected"]] == ["empty file"] and "empty.txt" in stderr

    write_text(folder, "b.txt", BODIES[1], title="Second")
    (folder / "sub").mkdir()
    write_text(folder / "sub", "c.md", BODIES[2])
    write_text(folder, "a.txt", BODIES[0] + "\n\nA paragraph added when the story was updated.", title="First")
    with (folder / "wire.jsonl").open("a", encoding="utf-8") as wire:
        wire.write(json.dumps({"text": "A second wire item about the talks, written for this test."}) + "\n")
    _, second, _ = watch_once(db, str(folder), extra=args)
    [source] = second["sources"]
    # b, c, the new version of a, the line added to the wire (its first line is known); empty.txt not again
    assert (source["new"], source["already_known"]) == (4, 1) and not source["rejected"]

    os.utime(folder / "b.txt")  # touched, same contents: not read again
    _, third, _ = watch_once(db, str(folder), extra=args)
    assert third["new_articles"] == 0 and third["sources"][0]["not_modified"]
    assert len(json.loads(run_cli("articles", "--db", str(db), "--json").stdout)) == 6


def test_watch_list_of_addresses_fetches_each_once(site: Site, tmp_path: Path, db: Location) -> None:
    listing = tmp_path / "follow.txt"
    first_page = site.add("/a.html", body=STORIES[0].page())
    listing.write_text(f"# articles to follow\n{first_page}\n{site.url('/missing.html')}\nnot an address\n",
                       encoding="utf-8")
    code, first, _ = watch_once(db, str(listing), extra=("--no-analyse",))
    [source] = first["sources"]
    assert code == 0 and source["kind"] == "urls" and source["new"] == 1
    assert sorted(r["reason"] for r in source["rejected"]) == ["HTTP 404 Not Found", "line 4 is not an http(s) address"]

    second_page = site.add("/b.html", body=STORIES[1].page())
    with listing.open("a", encoding="utf-8") as more:
        more.write(second_page + "\n")
    _, second, _ = watch_once(db, str(listing), extra=("--no-analyse",))
    [source] = second["sources"]
    assert source["new"] == 1 and not source["rejected"]
    assert [len(site.asked(p)) for p in ("/a.html", "/missing.html", "/b.html")] == [1, 1, 1]


def test_a_page_that_times_out_is_tried_again_at_the_next_poll(site: Site, db: Location) -> None:
    item = story_item(site, 1, "/late.html")
    site.pages["/late.html"].delay = 3
    feed = site.add("/feed.rss", body=rss("Feed", [item]), content_type=RSS_TYPE, etag='"f1"')
    _, first, _ = watch_once(db, feed, extra=("--no-analyse",))
    [source] = first["sources"]
    assert source["new"] == 0 and [r["reason"] for r in source["retry"]] == ["timed out after 1s"]
    site.pages["/late.html"].delay = 0
    _, second, _ = watch_once(db, feed, extra=("--no-analyse",))
    [source] = second["sources"]
    # The feed was asked in full again (its ETag was not kept while an entry waited), and the page read.
    assert "if-none-match" not in site.asked("/feed.rss")[-1].headers
    assert source["new"] == 1 and not source["retry"]


def test_watch_loop_polls_until_sigterm_and_stops_cleanly(tmp_path: Path, db: Location) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[0])
    child = subprocess.Popen([sys.executable, "-m", "dossier", "watch", str(folder), "--every", "1s", "--json",
                              "--no-analyse", "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "COLUMNS": "200"})
    try:
        assert child.stdout is not None
        first = json.loads(child.stdout.readline())
        assert first["poll"] == 1 and first["new_articles"] == 1
        write_text(folder, "b.txt", BODIES[1])
        polls = [json.loads(child.stdout.readline()) for _ in range(2)]
        assert sum(p["new_articles"] for p in polls) == 1 and polls[-1]["poll"] == 3
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
    store = open_store(db)
    try:
        assert store.integrity_problems() == [] and store.stats()["articles"] == 2
    finally:
        store.close()


def test_a_failing_source_backs_off_while_the_others_keep_their_rhythm(site: Site, tmp_path: Path,
                                                                        db: Location) -> None:
    failing = site.add("/down.rss", status=503, body=b"busy", content_type="text/plain")
    folder = tmp_path / "drop"
    folder.mkdir()
    now = [0.0]
    store = open_store(db)
    try:
        watcher = Watcher([make_source(failing), make_source(str(folder))], store, Limits(1 << 20, 2.0), 600.0,
                          analyser=None, on_poll=lambda report: None, clock=lambda: now[0])
        waits = []
        for _ in range(4):
            report = watcher.poll()
            down = next(r for r in report.sources if r.error is not None)
            assert down.error is not None and down.error.startswith("HTTP 503")
            waits.append(down.retry_in)
            now[0] = watcher.next_due()
        assert waits == [60.0, 120.0, 240.0, 480.0]
        assert store.sources.state(failing, "feed").failures == 4
        assert watcher.due[str(folder.resolve())] == 600.0  # the folder keeps its own rhythm
        site.pages["/down.rss"].status, site.pages["/down.rss"].body = 200, rss("Back", [])
        site.pages["/down.rss"].content_type = RSS_TYPE
        now[0] = watcher.due[failing]
        report = watcher.poll()
        assert failing in [r.source for r in report.sources] and all(r.error is None for r in report.sources)
        assert store.sources.state(failing, "feed").failures == 0 and watcher.due[failing] == now[0] + 600.0
    finally:
        store.close()


def test_watch_refuses_a_source_that_does_not_exist(tmp_path: Path, db: Location) -> None:
    result = run_cli("watch", str(tmp_path / "nowhere"), "--once", "--db", str(db))
    assert result.returncode == 1 and "no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_source_down_exits_1(site: Site, db: Location) -> None:
    page = site.add("/article.html", body=STORIES[0].page())
    code, report, _ = watch_once(db, site.url("/nothing.rss"), page, extra=("--no-analyse",))
    assert code == 1
    assert [s["error"] for s in report["sources"]] == [
        "HTTP 404 Not Found", "not an RSS or Atom feed (the server says it is text/html)"]


def test_a_saved_feed_file_is_followed_like_a_feed(site: Site, tmp_path: Path, db: Location) -> None:
    saved = tmp_path / "saved-feed.xml"
    saved.write_bytes(atom("Saved", [story_item(site, 2, "/saved/base.html")]))
    _, first, _ = watch_once(db, str(saved), extra=("--no-analyse",))
    _, second, _ = watch_once(db, str(saved), extra=("--no-analyse",))
    assert first["sources"][0]["kind"] == "feed" and first["new_articles"] == 1 and second["new_articles"] == 0
    assert len(site.asked("/saved/base.html")) == 1


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900), ("1h30m", 5400), ("90s", 90), ("45", 45),
                                               ("2d", 172800), ("0.5s", 0.5)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "0", "m15"])
def test_bad_durations(text: str) -> None:
    from dossier.errors import DossierError

    with pytest.raises(DossierError):
        parse_duration(text)


def test_backoff_doubles_up_to_a_cap_and_never_waits_less_than_a_short_interval() -> None:
    assert [retry_delay(n, 900) for n in range(0, 9)] == [900, 60, 120, 240, 480, 960, 1920, 3840, 7200]
    assert [retry_delay(n, 10) for n in (1, 2, 10)] == [10, 20, 3600]
    assert shown_duration(90) == "1m30s" and shown_duration(3600) == "1h" and shown_duration(0.5) == "0.5s"


def test_polling_a_feed_whose_entries_are_known_is_fast(site: Site, db: Location) -> None:
    items = [story_item(site, n, f"/p{n}.html") for n in range(3)]
    feed = site.add("/plain.rss", body=rss("No validators", items), content_type=RSS_TYPE)
    watch_once(db, feed, extra=("--no-analyse",))
    started = time.perf_counter()
    _, report, _ = watch_once(db, feed, extra=("--no-analyse",))
    assert report["new_articles"] == 0 and report["seconds"] < 1.0
    assert time.perf_counter() - started < 60


def test_sigterm_during_a_poll_leaves_whole_articles_and_the_next_poll_completes_it(site: Site, db: Location) -> None:
    items = [story_item(site, n, f"/p{n}.html") for n in range(3)]
    site.pages["/p1.html"].delay = 30  # the poll is stopped while it waits for this page
    feed = site.add("/feed.rss", body=rss("Feed", items), content_type=RSS_TYPE, etag='"e1"')
    child = subprocess.Popen([sys.executable, "-m", "dossier", "watch", feed, "--once", "--json", "--no-analyse",
                              "--timeout", "60", "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "COLUMNS": "200"})
    try:
        deadline = time.monotonic() + 60
        while not site.asked("/p1.html") and time.monotonic() < deadline:
            time.sleep(0.05)
        child.send_signal(signal.SIGTERM)
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == 130, err
    assert json.loads(out.splitlines()[-1])["interrupted"] is True and "Traceback" not in err
    store = open_store(db)
    try:
        assert store.integrity_problems() == [] and store.stats()["articles"] == 1
        assert store.sources.state(feed, "feed").etag is None  # the feed is asked in full next time
    finally:
        store.close()
    site.pages["/p1.html"].delay = 0
    _, report, _ = watch_once(db, feed, extra=("--no-analyse",))
    assert report["new_articles"] == 2
    assert [len(site.asked(f"/p{n}.html")) for n in range(3)] == [1, 2, 1]


def test_a_poll_while_another_analysis_runs_stores_and_the_next_poll_analyses(tmp_path: Path, db: Location) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    write_text(folder, "a.txt", BODIES[0], title="Diplomats back", source="Volga Herald", published="2025-01-29")
    store = open_store(db)
    try:
        with store.analysis_lock():  # another process is analysing this store
            code, first, stderr = watch_once(db, str(folder))
    finally:
        store.close()
    assert code == 0 and first["new_articles"] == 1 and first["analysed"] == 0
    assert "another analysis is running" in first["analysis_error"] and "not analysed yet" in stderr
    _, second, _ = watch_once(db, str(folder))
    assert second["new_articles"] == 0 and second["analysed"] == 1 and second["analysis_error"] is None
