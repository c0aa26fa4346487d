"""Candidate issues from the articles themselves, for stores analysed without a pack (or to grow one).

YAKE (a statistical, unsupervised key-phrase extractor) proposes key phrases per article; phrases that
recur across articles, are not actor names and are not already a pack keyword are grouped by their
last word ("military bases", "naval bases" -> bases) into candidate issues a user can promote into a
pack.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Protocol

import yake

PHRASES_PER_ARTICLE = 25
MIN_ARTICLES = 2
_SLUG = re.compile(r"[^a-z0-9]+")


class _Articles(Protocol):
    def page(self, limit: int | None = None, offset: int = 0) -> list[Any]: ...
    def text(self, article_id: str) -> str | None: ...


class _Actors(Protocol):
    def listed(self, entity_type: str | None = None) -> list[Any]: ...


class _Issues(Protocol):
    def definitions(self) -> list[dict[str, Any]]: ...


class _Corpus(Protocol):  # what it reads of a store (packs/ sits below store/, so it names no store class)
    @property
    def articles(self) -> _Articles: ...
    @property
    def actors(self) -> _Actors: ...
    @property
    def issues(self) -> _Issues: ...


def suggest_issues(store: _Corpus, limit: int = 12) -> list[dict[str, Any]]:
    extractor = yake.KeywordExtractor(lan="en", n=3, top=PHRASES_PER_ARTICLE, dedupLim=0.7)
    names = {alias.lower() for e in store.actors.listed() for alias in (e.name, *e.aliases)}
    known = {k.lower() for issue in store.issues.definitions() for k in issue["keywords"]}
    documents: Counter[str] = Counter()
    for article in store.articles.page():
        text = store.articles.text(article.id) or ""
        phrases = {phrase.lower() for phrase, _ in extractor.extract_keywords(text)}
        documents.update(p for p in phrases if _useful(p, names, known))
    groups: dict[str, list[str]] = defaultdict(list)
    for phrase, count in documents.most_common():
        if count >= MIN_ARTICLES:
            groups[phrase.split()[-1]].append(phrase)
    ranked = sorted(groups.values(), key=lambda phrases: -sum(documents[p] for p in phrases))
    return [{"id": _SLUG.sub("_", phrases[0]).strip("_"), "label": phrases[0].capitalize(),
             "keywords": phrases[:8], "articles": max(documents[p] for p in phrases)} for phrases in ranked[:limit]]


def _useful(phrase: str, names: set[str], known: set[str]) -> bool:
    words = phrase.split()
    if phrase in names or phrase in known or (any(w in names for w in words) and len(words) == 1):
        return False
    return any(len(w) > 3 for w in words) and not phrase.isdigit()
