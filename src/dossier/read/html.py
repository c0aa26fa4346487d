"""HTML pages: main text and metadata through trafilatura (no hand-written scraping)."""

from __future__ import annotations

import re
from typing import Any

import trafilatura

from dossier.dates import parse_absolute
from dossier.models import Article, Origin, Sourced
from dossier.read.decode import RejectedInput, decode
from dossier.read.normalise import article_id, clean_body

_OPENS_PAGE = re.compile(rb"<(?:html|body)[\s>]", re.IGNORECASE)
_CLOSES_PAGE = re.compile(rb"</(?:html|body)\s*>", re.IGNORECASE)
# Only what the page states: no date guessed from URLs or from free text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(data: bytes, source_path: str) -> Article:
    if _OPENS_PAGE.search(data) and not _CLOSES_PAGE.search(data):
        raise RejectedInput("truncated HTML page (it opens <html>/<body> but never closes it)")
    html, _ = decode(data)
    found = trafilatura.bare_extraction(html, with_metadata=True, date_extraction_params=_DATE_PARAMS)
    doc: dict[str, Any] = found.as_dict() if found is not None and not isinstance(found, dict) else (found or {})
    text = clean_body(doc.get("text") or "")
    if not text.strip():
        raise RejectedInput("HTML page has no main text that could be extracted")
    stated_date = doc.get("date")
    published = parse_absolute(stated_date) if stated_date else None
    return Article(
        id=article_id(text),
        text=text,
        source_path=source_path,
        title=Sourced.from_metadata(doc.get("title")),
        outlet=Sourced.from_metadata(doc.get("sitename")),
        url=Sourced.from_metadata(doc.get("url")),
        published=published,
        published_origin=Origin.METADATA if published else Origin.UNKNOWN,
        published_as_stated=stated_date if published else None,
    )

