"""HTML pages: main text and metadata through trafilatura (no hand-written scraping)."""

from __future__ import annotations

import re
from typing import Any

import trafilatura

from dossier.dates import parse_absolute
from dossier.models import Article, Origin, PartialDate, Sourced
from dossier.read.decode import RejectedInput, decode
from dossier.read.metadata import date_from_url
from dossier.read.normalise import article_id, clean_body

_OPENS_PAGE = re.compile(rb"<(?:html|body)[\s>]", re.IGNORECASE)
_CLOSES_PAGE = re.compile(rb"</(?:html|body)\s*>", re.IGNORECASE)
# Only what the page states: no date guessed from free text (the address's own date is read below, as for text).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Limits checked before lxml sees the page. lxml takes time quadratic in one element's attributes (100,000 of
# them: minutes), and libxml2 drops whatever is nested more than 256 elements deep.
MAX_ATTRIBUTES = 256
MAX_DEPTH = 256
# A tag: its name and what follows up to the next < or > (no backtracking: linear in the page).
_TAG = re.compile(r"<(/?)([A-Za-z][^\s<>/]*)([^<>]*)")
# Elements that never hold others (void) or whose end tag may be left out: they do not deepen the page.
_FLAT = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
                   "tfoot", "colgroup", "rt", "rp", "caption"))


def guard_html(html: str) -> str:
    """The page with elements of more than MAX_ATTRIBUTES attributes stripped of them (their text stays); a page
    nested deeper than MAX_DEPTH is refused (lxml would lose its text)."""
    depth = deepest = 0

    def check(tag: re.Match[str]) -> str:
        nonlocal depth, deepest
        closing, name, attributes = tag.groups()
        name = name.lower()
        if name not in _FLAT and not attributes.rstrip().endswith("/"):
            depth = depth - 1 if closing else depth + 1
            deepest = max(deepest, depth)
        if len(attributes) > 4 * MAX_ATTRIBUTES and len(attributes.split()) > MAX_ATTRIBUTES:
            return f"<{closing}{tag.group(2)}"
        return tag.group(0)

    guarded = _TAG.sub(check, html)
    if deepest > MAX_DEPTH:
        raise RejectedInput(f"HTML nested {deepest} elements deep (more than {MAX_DEPTH}): not an article page")
    return guarded


def address_date(*addresses: str | None) -> tuple[PartialDate, str] | None:
    """A page that states no date is dated by its web address ('/2025/07/31/' a day, '/2025/02/' a month), as a
    text file is: the first address (canonical URL, then the one it was read from) whose path holds a date.
    Only web addresses count: a folder on disk named '2025/07' says nothing of the article."""
    for address in addresses:
        if address and re.match(r"https?://", address, re.IGNORECASE) and (found := date_from_url(address)):
            return found, address
    return None


def read_html(data: bytes, source_path: str) -> Article:
    if _OPENS_PAGE.search(data) and not _CLOSES_PAGE.search(data):
        raise RejectedInput("truncated HTML page (it opens <html>/<body> but never closes it)")
    html = guard_html(decode(data)[0])
    found = trafilatura.bare_extraction(html, with_metadata=True, date_extraction_params=_DATE_PARAMS)
    doc: dict[str, Any] = found.as_dict() if found is not None and not isinstance(found, dict) else (found or {})
    text = clean_body(doc.get("text") or "")
    if not text.strip():
        raise RejectedInput("HTML page has no main text that could be extracted")
    stated_date = doc.get("date")
    published = parse_absolute(stated_date) if stated_date else None
    if published is None and (address := address_date(doc.get("url"), source_path)) is not None:
        published, stated_date = address
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

