"""API: articles, one article with its text, full-text search, counts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.shapes import article_json as article_row
from dossier.shapes import plain
from dossier.web.deps import ArticleId, Offset, StoreDep, limit_query, search_hits
from dossier.web.lookups import article_json, require_article

router = APIRouter(tags=["articles"])


@router.get("/articles", summary="Stored articles, oldest first")
def articles(store: StoreDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier articles --json`: id, title, outlet, published date, and where each field came from."""
    return [article_row(a) for a in store.articles(limit=limit, offset=offset)]


@router.get("/articles/{article_id}", summary="One article: its text, sentences, events and actors")
def article(store: StoreDep, article_id: ArticleId) -> dict[str, Any]:
    """The article's metadata and text, its sentences (character offsets into the text), the event triggers
    and the actor mentions found in it."""
    return article_json(store, require_article(store, article_id))


@router.get("/search", summary="Full-text search over articles")
def search(store: StoreDep,
           q: Annotated[str, Query(min_length=1, max_length=500,
                                   description='Words, "a phrase", AND/OR/NOT, prefix*.')],
           limit: Annotated[int, limit_query(200)] = 20, offset: Offset = 0) -> list[Any]:
    """Like `dossier search --json`: best match first (BM25), with a snippet and the character ranges of the
    matched words in it (`highlights`)."""
    return [plain(hit) for hit in search_hits(store, q, limit, offset)]


@router.get("/stats", summary="Counts of what is stored")
def stats(store: StoreDep) -> dict[str, Any]:
    """Like `dossier stats --json`."""
    return store.stats()
