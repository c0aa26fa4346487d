"""Every list the API and the pages give is paged: the lists inside one item too, and the pages' next links."""

from __future__ import annotations

import httpx


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
