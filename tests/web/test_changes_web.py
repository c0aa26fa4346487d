"""What changed, on the web: the Atom feed (parsed back with feedparser, filters included), /api/changes (the same
JSON as `dossier changes --json`), the "What's new" page in a real Chromium, and the marks on new items on the
timeline and the issue board. Over a story followed with `dossier watch` (tests/helpers/story.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import feedparser
import httpx
import pytest

from tests.conftest import run_cli
from tests.helpers.stores import Backend
from tests.helpers.story import Followed, follow_story
from tests.web.conftest import PageWatch, Server


@pytest.fixture(scope="module")
def followed(tmp_path_factory: pytest.TempPathFactory, stores: Backend) -> Followed:
    root = tmp_path_factory.mktemp("story-web")
    return follow_story(root, stores.fresh(root / "story.db"))


@pytest.fixture(scope="module")
def story_server(followed: Followed) -> Iterator[Server]:
    running = Server(followed.db)
    yield running
    running.stop()


def feed(server: Server, query: str = "") -> Any:
    answer = httpx.get(f"{server.url}/feeds/changes.atom{query}", timeout=30)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(answer.content)
    assert not parsed.bozo, parsed.get("bozo_exception")  # well-formed
    assert parsed.version == "atom10"
    return parsed


def test_the_atom_feed_lists_each_change_once(story_server: Server, followed: Followed) -> None:
    cli = json.loads(run_cli("changes", "--db", str(followed.db), "--json", "--limit", "50").stdout)
    parsed = feed(story_server)
    assert parsed.feed.title.startswith("Dossier: what changed")
    assert [e.id for e in parsed.entries] == [f"{parsed.feed.id.removesuffix('/changes')}/change/{c['id']}"
                                              for c in cli]  # newest first, one entry per change, stable ids
    assert len({e.id for e in parsed.entries}) == len(parsed.entries)
    by_kind: dict[str, list[Any]] = {}
    for entry in parsed.entries:
        by_kind.setdefault(entry.tags[0].term, []).append(entry)
    [conflict] = by_kind["conflict"]
    assert conflict.title.startswith("Sources disagree on the date") and "9 March 2025" in conflict.summary
    assert conflict.link.startswith(f"{story_server.url}/events/ev")
    assert any(link.rel == "related" and "/articles/" in link.href for link in conflict.links)
    assert by_kind["stance"][0].title == (
        "Russia now rejects on Sanctions on Syria and their lifting (was: supports)")
    assert len(by_kind["source"]) == 2
    assert all(e.updated_parsed is not None for e in parsed.entries)


def test_the_feed_takes_the_filters(story_server: Server) -> None:
    conflicts = feed(story_server, "?kind=conflict&issue=diplomatic_relations")
    only = feed(story_server, "?kind=conflict")
    assert [e.tags[0].term for e in only.entries] == ["conflict"]
    assert len(conflicts.entries) <= 1
    stances = feed(story_server, "?kind=stance&actor=Russia&issue=sanctions_relief")
    assert [e.tags[0].term for e in stances.entries] == ["stance", "stance"]
    bad = httpx.get(f"{story_server.url}/feeds/changes.atom?kind=rumour", timeout=30)
    assert bad.status_code == 400 and "not a kind of change" in bad.text


def test_the_api_answers_what_the_command_prints(story_server: Server, followed: Followed) -> None:
    api = httpx.get(f"{story_server.url}/api/changes", params={"kind": "stance,conflict"}, timeout=30).json()
    cli = json.loads(run_cli("changes", "--db", str(followed.db), "--json", "--kind", "stance,conflict").stdout)
    assert api == cli and len(api) == 3
    bad = httpx.get(f"{story_server.url}/api/changes", params={"since": "soon"}, timeout=30)
    assert bad.status_code == 400 and bad.json()["error"].startswith("since:")


def test_whats_new_in_chromium(tab: PageWatch, story_server: Server) -> None:
    page = tab.page
    page.goto(f"{story_server.url}/whats-new")
    assert page.locator("h1").inner_text() == "What's new"
    assert page.locator("nav.nav a.active").inner_text() == "What's new"
    items = page.locator("li.change")
    kinds = [items.nth(i).get_attribute("data-kind") for i in range(items.count())]
    assert kinds.count("conflict") == 1 and kinds.count("stance") == 2 and kinds.count("source") == 2
    conflict = page.locator("li.change-conflict")
    assert "9 March 2025" in conflict.locator(".change-evidence").inner_text()
    assert page.locator("link[rel=alternate][type='application/atom+xml']").count() == 1
    tab.screenshot("whats-new")
    conflict.locator("a.open-sentence").click()  # on to the sentence, highlighted in its article
    page.wait_for_url("**/articles/**")
    assert "9 March 2025" in page.locator(".sentence.focus").inner_text()
    page.goto(f"{story_server.url}/whats-new?kind=stance")
    assert page.locator("li.change").count() == 2
    page.select_option("select[name=kind]", "conflict")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**kind=conflict**")
    assert page.locator("li.change").count() == 1
    assert not tab.errors and not tab.dialogs


def test_new_items_are_marked_on_the_timeline_and_the_issue_board(tab: PageWatch, story_server: Server) -> None:
    page = tab.page
    page.goto(f"{story_server.url}/timeline")
    page.wait_for_selector("body[data-timeline-ready='1']", state="attached")
    assert page.locator("table.events .new-mark").count() >= 2  # everything here changed in the last 24h
    assert page.locator("#timeline .new-mark").count() >= 1
    page.goto(f"{story_server.url}/timeline?new=2999-01-01")
    page.wait_for_selector("body[data-timeline-ready='1']", state="attached")
    assert page.locator(".new-mark").count() == 1  # only the legend's
    page.goto(f"{story_server.url}/issues")
    card = page.locator("article.issue-card", has_text="Sanctions on Syria")
    assert "rejects" in card.inner_text() and card.locator(".new-mark").count() == 1
    tab.screenshot("issues-new")
    assert not tab.errors and not tab.dialogs
