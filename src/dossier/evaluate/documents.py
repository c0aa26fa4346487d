"""Matching gold documents to stored articles by file name (`feed.jsonl#2` is line 2 of feed.jsonl)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from dossier.models import Article
from dossier.store import StoreReader

_JSONL_LINE = re.compile(r"#L?(\d+)$")


@dataclass(frozen=True)
class GoldDocuments:
    by_file: dict[str, Article | None]

    @property
    def matched(self) -> dict[str, Article]:
        return {f: a for f, a in self.by_file.items() if a is not None}


def _key(path: str) -> str:
    """'corpus/feed.jsonl#L2' and 'feed.jsonl#2' -> 'feed.jsonl#2'; 'a/b/x.txt' -> 'x.txt'."""
    name = PurePath(path.split("#", 1)[0]).name
    m = _JSONL_LINE.search(path)
    return f"{name}#{m.group(1)}" if m else name


def match_documents(store: StoreReader, documents: list[dict[str, Any]]) -> GoldDocuments:
    by_key: dict[str, str] = {}
    for source_path, article_id in store.articles.ids_by_path().items():
        by_key.setdefault(_key(source_path), article_id)
    found: dict[str, Article | None] = {}
    for document in documents:
        file = str(document.get("file", ""))
        matched_id = by_key.get(_key(file))
        found[file] = store.articles.get(matched_id) if matched_id else None
    return GoldDocuments(found)
