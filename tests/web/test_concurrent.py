"""`dossier serve` keeps answering while `dossier ingest` writes to the same store: every request succeeds,
no reader sees a half-written article, and nothing is lost."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from bench.synth import synthetic_articles

from dossier.store import open_store
from tests.helpers.stores import Location
from tests.web.conftest import Server

ARTICLES = 60


def test_the_server_answers_while_an_ingest_writes(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in synthetic_articles(ARTICLES, seed=3)), encoding="utf-8")
    db = new_db("shared")
    open_store(db).close()  # an empty store to serve from the start
    server = Server(db)
    try:
        ingest = subprocess.Popen([sys.executable, "-m", "dossier", "ingest", str(corpus), "--db", str(db), "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        seen = _read_while_running(server.url, ingest)
        out, err = ingest.communicate(timeout=600)
        assert ingest.returncode == 0, err
        with httpx.Client(base_url=server.url, timeout=30) as client:
            final = {a["id"]: _article(client, a["id"]) for a in client.get("/api/articles?limit=500").json()}
            stats = client.get("/api/stats").json()
    finally:
        server.stop()
    assert json.loads(out)["analysed"] == ARTICLES
    assert stats["articles"] == stats["analysed_articles"] == ARTICLES == len(final), "nothing lost"
    assert seen["requests"] > 20 and not seen["failures"], seen["failures"][:3]
    analysed = [s["analysed_articles"] for s in seen["stats"]]
    assert analysed == sorted(analysed), "a reader never sees analysis undone"
    assert any(0 < a < ARTICLES for a in analysed), "the reads happened while the ingest was writing"
    for article_id, snapshot in seen["articles"]:
        assert snapshot in (_unanalysed(final[article_id]), final[article_id]), f"{article_id} seen half-written"


def _read_while_running(url: str, ingest: subprocess.Popen[str]) -> dict[str, Any]:
    """Read the stats, the article list and each article in turn until the ingest ends."""
    seen: dict[str, Any] = {"requests": 0, "failures": [], "stats": [], "articles": []}
    with httpx.Client(base_url=url, timeout=30) as client:
        while ingest.poll() is None:
            try:
                stats = client.get("/api/stats")
                listed = client.get("/api/articles?limit=500")
                seen["requests"] += 2
                if stats.status_code != 200 or listed.status_code != 200:
                    seen["failures"].append((stats.status_code, listed.status_code, stats.text[:200]))
                    continue
                seen["stats"].append(stats.json())
                for row in listed.json()[-3:]:  # the newest articles: the ones being written
                    seen["articles"].append((row["id"], _article(client, row["id"])))
                    seen["requests"] += 1
                client.get("/api/timeline")
                seen["requests"] += 1
            except httpx.HTTPError as bad:
                seen["failures"].append(repr(bad))
            time.sleep(0.05)
    return seen


def _article(client: httpx.Client, article_id: str) -> dict[str, int]:
    """What one request sees of an article: how many sentences, actor mentions and event triggers."""
    response = client.get(f"/api/articles/{article_id}")
    assert response.status_code == 200, response.text
    body = response.json()
    return {"sentences": len(body["sentences"]), "mentions": len(body["mentions"]), "events": len(body["events"])}


def _unanalysed(final: dict[str, int]) -> dict[str, int]:
    return dict.fromkeys(final, 0)
