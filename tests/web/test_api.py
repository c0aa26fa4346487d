"""The JSON API on a real server (127.0.0.1): every route, the same JSON as the command line, bad parameters
answered with a 4xx and one clear line, security headers, and no way out of the store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from dossier.cli import app as cli_app

ROUTES = ["/api/articles", "/api/search?q=Damascus", "/api/entities", "/api/timeline", "/api/conflicts",
          "/api/stats", "/api/network", "/api/issues", "/api/quotes", "/api/outlets"]


def cli_json(db: Path, *args: str) -> Any:
    result = CliRunner().invoke(cli_app, [*args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def error_of(response: httpx.Response) -> str:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and isinstance(body["error"], str)
    assert "\n" not in body["error"] and "Traceback" not in body["error"]
    return str(body["error"])


@pytest.mark.parametrize("path", ROUTES)
def test_every_list_route_answers_json(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 200, response.text
    assert isinstance(response.json(), list | dict)


def test_lists_mirror_the_command_line(api: httpx.Client, example_db: Path) -> None:
    assert api.get("/api/articles").json() == cli_json(example_db, "articles")
    assert api.get("/api/entities", params={"limit": 500}).json() == cli_json(example_db, "entities")
    assert api.get("/api/timeline").json() == cli_json(example_db, "timeline")
    assert api.get("/api/timeline", params={"all": "true", "undated": "true"}).json() == cli_json(
        example_db, "timeline", "--all", "--undated")
    assert api.get("/api/conflicts").json() == cli_json(example_db, "conflicts")
    assert api.get("/api/search", params={"q": "Hmeymim"}).json() == cli_json(example_db, "search", "Hmeymim")
    assert api.get("/api/stats").json() == cli_json(example_db, "stats")


def test_one_event_mirrors_the_command_line(api: httpx.Client, example_db: Path) -> None:
    disputed = next(e for e in api.get("/api/timeline").json() if e["conflict"])
    event = api.get(f"/api/events/{disputed['id']}").json()
    assert event == cli_json(example_db, "event", disputed["id"])
    assert event["issues"], "the issues it concerns"
    assert event["conflicts"] and event["conflicts"][0]["explanation"].startswith("sources disagree on")
    for item in event["evidence"]:
        assert item["trigger"] in item["sentence"]


def test_one_actor_mirrors_the_command_line(api: httpx.Client, example_db: Path) -> None:
    actor = api.get("/api/entities/ahmed_al_sharaa", params={"limit": 1000}).json()
    assert actor == cli_json(example_db, "entity", "al Sharaa")
    assert actor["events"] > 0
    found = api.get("/api/entities", params={"name": "sharaa"}).json()
    assert "ahmed_al_sharaa" in [e["id"] for e in found]


def test_filters_and_paging(api: httpx.Client) -> None:
    everything = api.get("/api/timeline").json()
    assert api.get("/api/timeline", params={"limit": 3, "offset": 2}).json() == everything[2:5]
    consults = api.get("/api/timeline", params={"type": "consult"}).json()
    assert consults and {e["type"] for e in consults} == {"CONSULT"}
    disputed = api.get("/api/timeline", params={"conflicts": "true"}).json()
    assert disputed and all(e["conflict"] for e in disputed)
    with_sharaa = api.get("/api/timeline", params={"actor": "al Sharaa"}).json()
    assert with_sharaa and all("ahmed_al_sharaa" in [*e["actors"], *e["targets"]] for e in with_sharaa)
    in_july = api.get("/api/timeline", params={"since": "2025-07", "until": "2025-07"}).json()
    assert in_july and all(e["date"].startswith("2025-07") for e in in_july)
    outlet = api.get("/api/timeline", params={"outlet": "Volga Herald"}).json()
    assert 0 < len(outlet) < len(everything)
    assert len(api.get("/api/articles", params={"limit": 2}).json()) == 2
    assert api.get("/api/search", params={"q": "Damascus", "limit": 1, "offset": 1}).json() == \
        api.get("/api/search", params={"q": "Damascus", "limit": 2}).json()[1:]


def test_article_with_its_sentences(api: httpx.Client) -> None:
    article_id = api.get("/api/articles").json()[0]["id"]
    article = api.get(f"/api/articles/{article_id}").json()
    assert article["id"] == article_id and article["text"]
    for sentence in article["sentences"]:
        assert article["text"][sentence["start"]:sentence["end"]] == sentence["text"]
    for mark in article["events"] + article["mentions"]:
        assert 0 <= mark["start"] < mark["end"] <= len(article["text"])


def test_network_links_actors_that_share_events(api: httpx.Client) -> None:
    network = api.get("/api/network").json()
    ids = {n["id"] for n in network["nodes"]}
    assert "russia" in ids and network["edges"]
    assert all(e["source"] in ids and e["target"] in ids and e["events"] >= 1 for e in network["edges"])
    window = api.get("/api/network", params={"since": "2025-10", "until": "2025-10"}).json()
    assert 0 < len(window["nodes"]) < len(network["nodes"])
    strong = api.get("/api/network", params={"min_shared": 3}).json()
    assert all(e["events"] >= 3 for e in strong["edges"])
    ego = api.get("/api/network", params={"actor": "Putin"}).json()
    assert all("vladimir_putin" in (e["source"], e["target"]) for e in ego["edges"])


def test_issue_routes_mirror_the_command_line(api: httpx.Client, example_db: Path) -> None:
    assert api.get("/api/issues").json() == cli_json(example_db, "issues")
    issue = api.get("/api/issues/russian_bases").json()
    assert issue == cli_json(example_db, "issue", "russian_bases")
    assert issue["positions"] and all(p["sentence"] and p["article"] for p in issue["positions"])
    assert api.get("/api/quotes", params={"limit": 500}).json() == cli_json(example_db, "quotes")
    assert api.get("/api/quotes", params={"speaker": "Lavrov", "direct": "true"}).json() == cli_json(
        example_db, "quotes", "--speaker", "Lavrov", "--direct-only")
    assert api.get("/api/outlets").json() == cli_json(example_db, "outlets")


@pytest.mark.parametrize(("path", "status", "names"), [
    ("/api/articles?limit=0", 422, "limit"),
    ("/api/articles?limit=many", 422, "limit"),
    ("/api/articles?limit=100000", 422, "limit"),
    ("/api/articles?offset=-1", 422, "offset"),
    ("/api/search", 422, "q"),
    ("/api/search?q=", 422, "q"),
    ("/api/search?q=%21%21%21", 400, "no words"),
    ("/api/entities?type=WIZARD", 400, "type"),
    ("/api/timeline?since=yesterday-ish", 400, "since"),
    ("/api/timeline?until=2025-13", 400, "until"),
    ("/api/timeline?type=PARTY", 400, "PLOVER"),
    ("/api/timeline?actor=Nobody%20Atall", 400, "actor"),
    ("/api/timeline?issue=moon_landing", 400, "issue"),
    ("/api/timeline?conflicts=perhaps", 422, "conflicts"),
    ("/api/network?min_shared=0", 422, "min_shared"),
    ("/api/network?since=soon", 400, "since"),
    ("/api/quotes?speaker=Nobody%20Atall", 400, "actor"),
    ("/api/events/ev999999", 404, "no event"),
    ("/api/entities/nobody_at_all", 404, "no actor"),
    ("/api/articles/0000000000000000", 404, "no article"),
    ("/api/issues/moon_landing", 404, "no issue"),
    ("/api/events/ev0%3Cscript%3E", 422, "not a valid id"),
    ("/api/articles/..%2F..%2Fpyproject.toml", 404, "nothing at"),
    ("/api/articles/%2E%2E", 422, "not a valid id"),
    ("/api/nothing-here", 404, "nothing at"),
])
def test_bad_requests_get_a_clear_4xx(api: httpx.Client, path: str, status: int, names: str) -> None:
    response = api.get(path)
    assert response.status_code == status, response.text
    assert names in error_of(response)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_the_api_only_reads(api: httpx.Client, method: str) -> None:
    response = api.request(method, "/api/articles")
    assert response.status_code == 405
    assert "only reads" in error_of(response)


@pytest.mark.parametrize("path", [
    "/static/../pyproject.toml", "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml", "/static/..%2f..%2fapp.py",
    "/vendor/vis-network/js/..%2f..%2fpackage.json", "/vendor/vis-timeline/js/%2e%2e/%2e%2e/%2e%2e/package.json",
    "/articles/..%2F..%2F..%2Fetc%2Fpasswd",
])
def test_no_path_reaches_a_file_outside(api: httpx.Client, path: str) -> None:
    response = api.get(path)
    assert response.status_code in (404, 422)
    assert "[project]" not in response.text and "root:" not in response.text and '"dependencies"' not in response.text


def test_security_headers_everywhere(api: httpx.Client) -> None:
    for path in ("/", "/api/stats", "/static/dossier.css", "/api/events/nothing", "/timeline"):
        headers = api.get(path).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_openapi_documents_every_route(api: httpx.Client) -> None:
    schema = api.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    for route in ("/api/articles", "/api/articles/{article_id}", "/api/search", "/api/entities",
                  "/api/entities/{entity_id}", "/api/timeline", "/api/events/{event_id}", "/api/conflicts",
                  "/api/stats", "/api/network", "/api/issues", "/api/issues/{issue_id}", "/api/quotes",
                  "/api/outlets", "/api/changes"):
        assert route in paths
        assert schema["paths"][route]["get"]["summary"]
    assert not any(p.startswith(("/timeline", "/events")) for p in paths)  # pages are not API
    assert api.get("/docs").status_code == 404  # Swagger UI would load from a CDN: not served


def test_pages_answer_html(api: httpx.Client) -> None:
    for path in ("/", "/timeline", "/events/ev0", "/actors", "/actors/russia", "/network", "/search?q=Lavrov",
                 "/issues", "/issues/russian_bases", "/sources", "/api"):
        response = api.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
    missing = api.get("/events/ev999999")
    assert missing.status_code == 404 and "no event" in missing.text and "text/html" in missing.headers["content-type"]
    assert api.get("/timeline?since=whenever").status_code == 400
    assert api.get("/articles/bad%20id").status_code == 422


@pytest.mark.sqlite_only("SQLite's own error; tests/test_postgres.py has PostgreSQL's")
def test_the_web_connection_refuses_writes(example_db: Path) -> None:
    from dossier.store import open_store

    store = open_store(example_db, create=False)
    try:
        store.make_read_only()
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.db.execute("DELETE FROM articles")
    finally:
        store.close()
