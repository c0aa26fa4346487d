"""The pages in a real headless Chromium (Debian's): every page opens cleanly and is screenshotted
(test-artifacts/screenshots/), the timeline leads to an event and on to the highlighted source sentence,
search and filters work, and an article written to attack the page stays inert text."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.web.conftest import PageWatch, Server

# The pages' scripts set these when drawn. Waited for by selector: a wait_for_function that has to poll
# evaluates its string in the page, which the Content-Security-Policy (no eval) rightly refuses.
TIMELINE_READY = "body[data-timeline-ready='1']"
NETWORK_READY = "body[data-network-ready='1']"

PAGES = [
    ("overview", "/", "Overview"),
    ("timeline", "/timeline", "Timeline"),
    ("event", "/events/ev0", None),
    ("article", "/articles/{article}", None),
    ("actors", "/actors", "Actors"),
    ("actor", "/actors/ahmed_al_sharaa", "Ahmed al-Sharaa"),
    ("network", "/network", "Network"),
    ("search", "/search?q=Hmeymim", "Search"),
    ("issues", "/issues", "Issue board"),
    ("issue", "/issues/russian_bases", None),
    ("sources", "/sources", "Sources"),
    ("whats-new", "/whats-new", "What's new"),
    ("api", "/api", "JSON API"),
]


def open_page(tab: PageWatch, url: str) -> Any:
    page = tab.page
    page.goto(url)
    if page.locator("#timeline").count():
        page.wait_for_selector(TIMELINE_READY, state="attached")
    if page.locator("#network").count():
        page.wait_for_selector(NETWORK_READY, state="attached", timeout=30_000)
    return page


def first_article(server: Server) -> str:
    import httpx

    return str(httpx.get(f"{server.url}/api/articles").json()[0]["id"])


@pytest.mark.parametrize(("name", "path", "heading"), PAGES, ids=[p[0] for p in PAGES])
def test_every_page_opens_cleanly(tab: PageWatch, server: Server, name: str, path: str, heading: str | None) -> None:
    page = open_page(tab, server.url + path.format(article=first_article(server)))
    assert page.locator("h1").first.is_visible()
    if heading:
        assert page.locator("h1").first.inner_text().startswith(heading)
    assert page.locator("nav.nav a.active").count() == 1
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"
    tab.screenshot(name)
    assert tab.errors == [] and tab.dialogs == []


def test_timeline_to_event_to_the_highlighted_sentence(tab: PageWatch, server: Server) -> None:
    page = open_page(tab, f"{server.url}/timeline")
    items = page.evaluate("JSON.parse(document.getElementById('timeline-data').textContent).items")
    target = next(i for i in items if i["conflict"] and i["date_precision"] == "day" and i["modality"] == "asserted")
    page.evaluate(f"window.dossierTimeline.focus({target['id']!r}, {{animation: false}})")
    disputed = page.locator("#timeline .vis-item.vis-box.conflict").filter(has_text=target["summary"][:30]).first
    disputed.wait_for(state="visible")
    disputed.click()
    page.wait_for_url(re.compile(rf"/events/{target['id']}$"))
    assert page.locator(".disputed").first.is_visible()
    assert page.locator("#conflict .dispute").count() > 0
    cards = page.locator(".source-card")
    assert cards.count() >= 2
    quoted = cards.first.locator(".sentence-quote").first.inner_text()
    assert cards.first.locator("mark.trigger").count() >= 1
    tab.screenshot("event-from-timeline")
    cards.first.locator("a.open-sentence").first.click()
    page.wait_for_url(re.compile(r"/articles/\w+\?s=\d+#s\d+$"))
    focus = page.locator(".article-body .sentence.focus")
    assert focus.count() == 1
    assert focus.inner_text().strip() == quoted.strip()
    assert focus.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    background = focus.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    tab.screenshot("article-highlighted-sentence", full_page=False)
    assert tab.errors == []


def test_filter_the_timeline(tab: PageWatch, server: Server) -> None:
    page = open_page(tab, f"{server.url}/timeline")
    everything = page.locator("table.events tbody tr").count()
    with page.expect_navigation(url=re.compile(r"type=CONSULT")):
        page.select_option("select[name=type]", "CONSULT")  # applies on change
    page.wait_for_selector(TIMELINE_READY, state="attached")
    chips = page.locator("table.events tbody td.col-type .chip")
    assert 0 < chips.count() < everything
    assert all(text.startswith("CONSULT") for text in chips.all_inner_texts())
    assert page.locator("#timeline .vis-item").count() > 0
    with page.expect_navigation(url=re.compile(r"conflicts=true")):
        page.click("input[name=conflicts]")  # applies on change (check() would look at a page already gone)
    page.wait_for_selector(TIMELINE_READY, state="attached")
    rows = page.locator("table.events tbody tr")
    assert rows.count() > 0 and rows.count() == page.locator("table.events tbody tr.has-conflict").count()
    page.fill("input[name=actor]", "al Sharaa")
    with page.expect_navigation(url=re.compile(r"actor=al\+Sharaa")):
        page.click("form.filters button[type=submit]")
    page.wait_for_selector(TIMELINE_READY, state="attached")
    assert page.locator("table.events tbody tr").count() > 0
    tab.screenshot("timeline-filtered")
    page.fill("input[name=since]", "not a date")
    page.click("form.filters button[type=submit]")
    assert "is not a date" in page.locator(".problem").inner_text()
    assert all("status of 400" in error for error in tab.errors)  # the page itself answered 400


def test_zoom_the_timeline(tab: PageWatch, server: Server) -> None:
    page = open_page(tab, f"{server.url}/timeline")
    window = "(() => { const w = window.dossierTimeline.getWindow(); return w.end - w.start; })()"
    before = page.evaluate(window)
    page.click("[data-zoom=in]")
    page.wait_for_timeout(600)
    assert page.evaluate(window) < before
    page.click("[data-zoom=fit]")
    page.wait_for_timeout(600)
    assert page.evaluate(window) > before
    page.locator("#timeline .vis-item.vis-box").first.hover()
    assert page.locator("#tooltip").is_visible()


def test_search_articles_and_actors(tab: PageWatch, server: Server) -> None:
    page = open_page(tab, f"{server.url}/")
    page.fill(".quick-search input", "Hmeymim")
    page.press(".quick-search input", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=Hmeymim"))
    marks = page.locator(".snippet mark")
    assert marks.count() > 0 and all(m.lower() == "hmeymim" for m in marks.all_inner_texts())
    actor = page.locator(".actor-results a.actor-pill").first
    assert "Hmeimim" in actor.inner_text()
    tab.screenshot("search-results")
    actor.click()
    page.wait_for_url(re.compile(r"/actors/hmeimim"))
    assert "Hmeymim" in page.locator(".aliases-row").inner_text()
    page.goto(f"{server.url}/search?q=%22unbalanced")
    assert page.locator(".hit, .empty").count() >= 1
    assert tab.errors == []


def test_network_window_and_selection(tab: PageWatch, server: Server) -> None:
    page = open_page(tab, f"{server.url}/network")
    everyone = int(page.locator("#network-count").inner_text())
    page.fill("input[name=since]", "2025-10")
    page.fill("input[name=until]", "2025-10")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"since=2025-10"))
    page.wait_for_selector(NETWORK_READY, state="attached", timeout=30_000)
    assert 0 < int(page.locator("#network-count").inner_text()) < everyone
    where = page.evaluate("""(() => { const n = window.dossierNetwork;
        const p = n.canvasToDOM(n.getPositions(['russia']).russia); return [p.x, p.y]; })()""")
    box = page.locator("#network canvas").bounding_box()
    page.mouse.click(box["x"] + where[0], box["y"] + where[1])
    assert page.locator("#network-selection h3").text_content() == "Russia"
    tab.screenshot("network-window")
    page.click("#network-selection a.open-actor")
    page.wait_for_url(re.compile(r"/actors/russia$"))
    assert tab.errors == []


def test_an_article_that_attacks_the_page_stays_text(tab: PageWatch, hostile_server: Server) -> None:
    import httpx

    article = httpx.get(f"{hostile_server.url}/api/articles").json()[0]
    for path in ("/", "/sources", f"/articles/{article['id']}?s=0#s0", "/timeline?undated=true&all=true",
                 "/search?q=alert", "/actors"):
        page = open_page(tab, hostile_server.url + path)
        page.wait_for_timeout(200)
        live = "main img, main iframe, main object, main script:not([type='application/json'])"
        assert page.evaluate(f'document.querySelectorAll("{live}").length') == 0
        assert page.locator("a[href^='javascript']").count() == 0
        assert page.locator("[onerror], [onclick], [onload]").count() == 0
    page = open_page(tab, f"{hostile_server.url}/articles/{article['id']}")
    body = page.locator("#article-body").inner_text()
    assert "<script>alert(1)</script>" in body
    assert "<img src=x onerror=alert(2)>" in body
    assert '<a href="javascript:alert(3)">x</a>' in body
    assert "<script>alert('title')</script>" in page.locator("h1").inner_text()
    assert "javascript:alert(4)" in page.locator(".facts").inner_text()  # shown, never a link
    tab.screenshot("injected-article")
    page.locator(".side a[href^='/events/']").first.click()  # "Russian envoys met Syrian officials" is an event
    page.wait_for_url(re.compile(r"/events/"))
    assert "<script>alert(1)</script>" in page.locator(".evidence-grid").inner_text()
    assert "<img src=x onerror=alert(5)>" in page.locator(".source-card .outlet").inner_text().lower()
    tab.screenshot("injected-event")
    assert tab.dialogs == [], f"a script ran: {tab.dialogs}"
    assert page.evaluate("typeof window.alertCalled") == "undefined"
