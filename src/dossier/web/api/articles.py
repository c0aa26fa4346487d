"""API: articles, one article with its text, full-text search, counts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from dossier.web.deps import ArticleId, DossierDep, Offset, limit_query

router = APIRouter(tags=["articles"])


@router.get("/articles", summary="Stored articles, oldest first")
def articles(d: DossierDep, limit: Annotated[int, limit_query()] = 100, offset: Offset = 0) -> list[Any]:
    """Like `dossier articles --json`: id, title, outlet, published date, and where each field came from."""
    return d.articles(limit=limit, offset=offset).to_dicts()


@router.get("/articles/{article_id}", summary="One article: its text, sentences, events and actors")
def article(d: DossierDep, article_id: ArticleId) -> dict[str, Any]:
    """The article's metadata (as in /api/articles) and text, its sentences (character offsets into the text),
    the event triggers and the actor mentions found in it."""
    return d.article(article_id).to_dict()


@router.get("/search", summary="Full-text search over articles")
def search(d: DossierDep,
           q: Annotated[str, Query(min_length=1, max_length=500,
                                   description='Words, "a phrase", AND/OR/NOT, prefix*.')],
           limit: Annotated[int, limit_query(200)] = 20, offset: Offset = 0) -> list[Any]:
    """Like `dossier search --json`: best match first (BM25), with a snippet and the character ranges of the
    matched words in it (`highlights`)."""
    return d.search(q, limit=limit, offset=offset).to_dicts()


@router.get("/stats", summary="Counts of what is stored")
def stats(d: DossierDep) -> dict[str, Any]:
    """Like `dossier stats --json`."""
    return d.stats().to_dict()
