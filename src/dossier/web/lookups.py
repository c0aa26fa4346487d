"""Store queries composed for the API and the pages alike: names for ids, one article with its sentences."""

from __future__ import annotations

from typing import Any

from dossier.models import Article
from dossier.shapes import plain
from dossier.store import Store
from dossier.web.deps import not_found


def article_names(store: Store) -> dict[str, str]:
    """Article id -> what a reader knows it by: its outlet, else its title."""
    return {a.id: a.outlet.value or a.title.value or a.id for a in store.articles()}


def entity_names(store: Store) -> dict[str, str]:
    return {e.id: e.name for e in store.entities()}


def require_article(store: Store, article_id: str) -> Article:
    article = store.article(article_id)
    if article is None:
        raise not_found(f"no article {article_id!r}; /api/articles lists them")
    return article


def article_json(store: Store, article: Article) -> dict[str, Any]:
    """One article with its text, its sentences (offsets into the text) and what was found in each."""
    return {
        "id": article.id, "title": article.title.value, "title_origin": article.title.origin.value,
        "outlet": article.outlet.value, "outlet_origin": article.outlet.origin.value, "url": article.url.value,
        "url_origin": article.url.origin.value, "published": article.published.iso() if article.published else None,
        "published_origin": article.published_origin.value, "published_as_stated": article.published_as_stated,
        "source_path": article.source_path, "words": article.word_count, "text": article.text,
        "sentences": [plain(s) for s in store.article_sentences(article.id)],
        "events": [plain(m) for m in store.article_event_marks(article.id)],
        "mentions": [plain(m) for m in store.article_entity_marks(article.id)],
    }
