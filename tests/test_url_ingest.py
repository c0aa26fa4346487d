"""`dossier ingest URL`: articles read from their address, served by a real web server on 127.0.0.1, and every
way an address can fail, each rejected with one line while the good pages are stored."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from dossier.read import read_address
from dossier.read.url import USER_AGENT, fetch
from tests.conftest import run_cli
from tests.helpers.feeds import STORIES
from tests.helpers.site import Site
from tests.helpers.stores import Location

NO_TEXT = b"<!DOCTYPE html><html><head><title>Gallery</title></head><body><script>var x = 1;</script></body></html>"


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


def serve_everything(site: Site) -> dict[str, str]:
    """The good article and one page of each kind of failure; returns {address: words its reason must have}."""
    site.add("/world/envoy.html", body=STORIES[0].page())
    site.add("/redirected", status=301, location="/world/envoy.html")
    site.add("/loop-a", status=302, location="/loop-b")
    site.add("/loop-b", status=307, location=site.url("/loop-a"))
    site.add("/photo.jpg", body=b"\xff\xd8\xff\xe0" + bytes(range(256)) * 64, content_type="image/jpeg")
    site.add("/disguised.html", body=b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 64)
    site.add("/huge.html", body=b"<html><body><p>" + b"news " * 300_000 + b"</p></body></html>")
    site.add("/endless.html", body=b"<html><body><p>" + b"news " * 300_000 + b"</p></body></html>",
             declare_length=False)
    site.add("/slow.html", body=STORIES[1].page(), delay=3)
    site.add("/empty.html", body=NO_TEXT)
    site.add("/error.html", status=500, body=b"oops")
    return {
        site.url("/gone.html"): "HTTP 404",
        site.url("/error.html"): "HTTP 500",
        site.url("/loop-a"): "redirect loop",
        site.url("/photo.jpg"): "not an HTML page",
        site.url("/disguised.html"): "binary",
        site.url("/huge.html"): "over the size limit",
        site.url("/endless.html"): "over the size limit",
        site.url("/slow.html"): "timed out after 1s",
        site.url("/empty.html"): "no main text",
    }


def test_ingest_reads_an_article_from_its_address_and_rejects_bad_ones_one_line_each(site: Site, db: Location) -> None:
    expected = serve_everything(site)
    good = site.url("/world/envoy.html")
    started = time.monotonic()
    result = run_cli("ingest", good, *expected, "--db", str(db), "--max-size", "1MB", "--timeout", "1",
                     "--no-analyse", "--json")
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 60
    summary = json.loads(result.stdout)
    reasons = {r["path"]: r["reason"] for r in summary["rejected"]}
    assert set(reasons) == set(expected)
    for address, words in expected.items():
        assert words in reasons[address], (address, reasons[address])
        assert "\n" not in reasons[address]
    assert summary["new"] == 1
    [article] = json.loads(run_cli("articles", "--db", str(db), "--json").stdout)
    assert article["url"] == good and article["url_origin"] == "metadata"
    assert article["source_path"] == good
    assert article["title"] == STORIES[0].title and article["outlet"] == "Orontes Wire"
    assert article["published"] == STORIES[0].published
    # Each address was asked for once, and nothing else was (no page resources, no robots.txt).
    asked = [hit.path for hit in site.hits]
    assert sorted(asked) == sorted({"/world/envoy.html", "/gone.html", "/error.html", "/loop-a", "/loop-b",
                                    "/photo.jpg", "/disguised.html", "/huge.html", "/endless.html", "/slow.html",
                                    "/empty.html"})
    assert all(hit.headers["user-agent"] == USER_AGENT and "Dossier" in USER_AGENT for hit in site.hits)


def test_a_redirected_address_records_where_the_article_is(site: Site) -> None:
    serve_everything(site)
    article = read_address(site.url("/redirected"), 1 << 20, 5)
    assert not hasattr(article, "reason"), article
    assert article.url.value == site.url("/world/envoy.html")
    assert article.source_path == site.url("/redirected")


def test_too_many_redirects_is_rejected(site: Site) -> None:
    for n in range(8):
        site.add(f"/hop{n}", status=302, location=f"/hop{n + 1}")
    rejection = read_address(site.url("/hop0"), 1 << 20, 5)
    assert getattr(rejection, "reason", "") == "too many redirects (more than 5)"


def test_ingesting_the_same_address_twice_stores_it_once_and_analyses_it(site: Site, db: Location) -> None:
    address = site.add("/grain.html", body=STORIES[1].page())
    first = json.loads(run_cli("ingest", address, "--db", str(db), "--json").stdout)
    again = json.loads(run_cli("ingest", address, "--db", str(db), "--json").stdout)
    assert (first["new"], first["analysed"]) == (1, 1)
    assert (again["new"], again["already_known"]) == (0, 1)
    entities = json.loads(run_cli("entities", "--db", str(db), "--json").stdout)
    assert any(e["name"] in ("Russia", "Moscow") for e in entities)


def test_conditional_get_answers_304(site: Site) -> None:
    address = site.add("/feed.xml", body=b"<rss/>", content_type="application/rss+xml", etag='"v7"')
    first = fetch(address, max_bytes=1 << 20, timeout=5)
    again = fetch(address, max_bytes=1 << 20, timeout=5, headers={"If-None-Match": first.headers["etag"]})
    assert (first.status, first.body, again.status, again.body) == (200, b"<rss/>", 304, b"")
