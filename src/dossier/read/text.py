"""Plain text and Markdown articles, with an optional metadata header."""

from __future__ import annotations

from dossier.models import Article
from dossier.read.decode import RejectedInput, decode
from dossier.read.metadata import read_metadata
from dossier.read.normalise import article_id, clean_body


def read_text(data: bytes, source_path: str) -> Article:
    text, _ = decode(data)
    meta = read_metadata(text)
    body = clean_body(meta.body)
    if not body.strip():
        raise RejectedInput("no article text after the metadata header")
    return Article(
        id=article_id(body),
        text=body,
        source_path=source_path,
        title=meta.title,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        published_origin=meta.published_origin,
        published_as_stated=meta.published_as_stated,
    )
