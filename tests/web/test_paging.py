"""Every list the API and the pages give is paged: the lists inside one item too, and the pages' next links."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from dossier.store import open_store
from tests.helpers.stores import Backend, Location
from tests.web.conftest import Server


def test_the_lists_inside_one_item_are_paged(api: httpx.Client) -> None:
    disputed = next(e for e in api.get("/api/timeline").json() if e["sources"] > 1)
    whole = api.get(f"/api/events/{disputed['id']}").json()
    one = api.get(f"/api/events/{disputed['id']}", params={"limit": 1, "offset": 1}).json()
    assert one["evidence"] == whole["evidence"][1:2] and one["conflicts"] == whole["conflicts"]
    board = api.get("/api/issues/russian_bases").json()
    paged = api.get("/api/issues/russian_bases", params={"limit": 2, "offset": 1}).json()
    for key in ("positions", "events", "quotes"):
        assert paged[key] == board[key][1:3], key
    actor = api.get("/api/entities/ahmed_al_sharaa", params={"limit": 2}).json()
    assert len(actor["mentions_in"]) == 2 and actor["article_ids"] == sorted({m["article"] for m in
                                                                              actor["mentions_in"]})
    everyone = api.get("/api/entities").json()
    assert api.get("/api/entities", params={"limit": 2, "offset": 3}).json() == everyone[3:5]
    conflicts = api.get("/api/conflicts").json()
    assert api.get("/api/conflicts", params={"limit": 2, "offset": 1}).json() == conflicts[1:3]


def test_the_schema_documents_each_page_size(api: httpx.Client) -> None:
    schema = api.get("/api/openapi.json").json()
    for path, default in (("/api/events/{event_id}", 100), ("/api/issues/{issue_id}", 100), ("/api/entities", 100),
                          ("/api/timeline", 200), ("/api/conflicts", 200)):
        parameters = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
        assert parameters["limit"]["schema"]["default"] == default, path
        assert "offset" in parameters, path


def test_pages_show_one_page_with_a_link_to_the_next(api: httpx.Client) -> None:
    articles = len(api.get("/api/articles", params={"limit": 500}).json())
    page = api.get("/sources")
    assert page.status_code == 200 and "Next articles" not in page.text, "the example corpus fits one page"
    beyond = api.get("/sources", params={"offset": articles})
    assert beyond.status_code == 200 and "/sources?offset=" in beyond.text, "a link back"
    timeline = api.get("/timeline", params={"offset": 1, "type": "CONSULT"})
    assert timeline.status_code == 200 and "offset=0" in timeline.text and "type=CONSULT" in timeline.text
    assert api.get("/issues/russian_bases", params={"offset": 1}).status_code == 200


def test_the_lists_inside_one_answer_are_capped_with_their_count(api: httpx.Client) -> None:
    issues = api.get("/api/issues").json()
    two = api.get("/api/issues", params={"stances": 2}).json()
    assert [i["stances"][:2] for i in issues] == [i["stances"] for i in two]
    assert [i["stance_count"] for i in two] == [len(i["stances"]) for i in issues] and max(len(i["stances"])
                                                                                         for i in issues) > 2
    outlets = api.get("/api/outlets", params={"exclusive": 1}).json()
    busiest = max(outlets, key=lambda o: o["exclusive_event_count"])
    assert len(busiest["exclusive_events"]) == 1 < busiest["exclusive_event_count"]
    alone = api.get("/api/timeline", params={"outlet": busiest["outlet"], "exclusive": "true"}).json()
    assert busiest["exclusive_events"][0]["id"] in {e["id"] for e in alone}
    assert len(alone) >= busiest["exclusive_event_count"]
    assert api.get("/api/timeline", params={"exclusive": "true"}).status_code == 400
    network = api.get("/api/network", params={"edges": 3}).json()
    assert len(network["edges"]) == 3 < network["edge_count"]
    for conflict in api.get("/api/conflicts", params={"per_value": 1, "values": 1}).json():
        assert all(len(v["articles"]) <= 1 <= v["article_count"] for v in conflict["values"])
        assert len(conflict["values"]) == 1 < conflict["value_count"]
    schema = api.get("/api/openapi.json").json()
    for path, name, default in (("/api/conflicts", "per_value", 10), ("/api/events/{event_id}", "per_value", 20),
                                ("/api/conflicts", "values", 10), ("/api/events/{event_id}", "values", 20),
                                ("/api/issues", "stances", 20), ("/api/outlets", "exclusive", 20),
                                ("/api/network", "edges", 300)):
        parameters = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
        assert parameters[name]["schema"]["default"] == default and parameters[name]["description"], (path, name)


def test_a_page_names_the_first_few_and_links_to_the_rest(api: httpx.Client) -> None:
    outlets = api.get("/api/outlets").json()
    busiest = max(outlets, key=lambda o: o["exclusive_event_count"])
    page = api.get("/sources").text
    link = "/timeline?" + httpx.QueryParams({"outlet": busiest["outlet"], "exclusive": "true"}).__str__()
    assert f"and {busiest['exclusive_event_count'] - 4} more" in page and link.replace("&", "&amp;") in page
    rest = api.get(link)
    assert rest.status_code == 200
    assert all(f"/events/{e['id']}" in rest.text for e in busiest["exclusive_events"])


def test_an_event_page_says_how_many_more_values_and_sources(example_db: Location, stores: Backend,
                                                              tmp_path: Path) -> None:
    db = stores.copy(example_db, tmp_path)
    store = open_store(db, create=False)
    try:  # one value every article gives, then one value per article: more of both than a page shows
        conflict = store.events.conflicts(limit=1)[0]
        articles = [a.id for a in store.articles.page()]
        values = [("2025-02-01", articles), *((f"2025-03-{day:02d}", [a]) for day, a in enumerate(articles[:20], 1))]
        with store.transaction():
            store.db.execute('UPDATE conflicts SET "values" = ? WHERE event_id = ? AND field = ?',
                             (json.dumps(values), conflict.event_id, conflict.field))
    finally:
        store.close()
    server = Server(db)
    try:
        page = httpx.get(f"{server.url}/events/{conflict.event_id}").text
        detail = httpx.get(f"{server.url}/api/events/{conflict.event_id}", params={"values": 3,
                                                                                  "per_value": 2}).json()
    finally:
        server.stop()
    assert f"and {len(articles) - 12} more" in page and f"and {len(values) - 12} more values" in page
    disputed = next(c for c in detail["conflicts"] if c["field"] == conflict.field)
    assert len(disputed["values"]) == 3 and disputed["value_count"] == len(values)
    assert disputed["values"][0]["articles"] == articles[:2]
    assert disputed["values"][0]["article_count"] == len(articles)
