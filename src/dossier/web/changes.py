"""What changed, on the web: the one data function behind /api/changes, the "What's new" page and the Atom feed
(/feeds/changes.atom), and the feed itself."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from xml.etree import ElementTree

from dossier import __version__
from dossier.errors import DossierError
from dossier.query import Dossier
from dossier.query.records import Change, Records

ATOM = "http://www.w3.org/2005/Atom"
NEW_DEFAULT = "24h"  # what the pages mark as new, unless asked (?new=2h, ?new=poll)
ATOM_TYPE = "application/atom+xml; charset=utf-8"
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # no XML 1.0 document may hold them


def what_changed(d: Dossier, since: str | None, issue: str | None, actor: str | None, kind: str | None,
                 limit: int, offset: int = 0) -> Records[Change]:
    """The change log as the API, the page and the feed show it (filters checked by the query layer)."""
    return d.changes(since=since, issue=issue, actor=actor, kind=kind, limit=limit, offset=offset)


def changed_since(d: Dossier, new: str) -> tuple[set[str], set[tuple[str, str]]]:
    """What the timeline and the issue board mark as new: events and (actor, issue) stances changed since `new` (a
    span such as 24h, a date, or `poll`: since the last poll of `dossier watch`). A value that is none of these
    marks nothing (the pages never fail on it)."""
    try:
        return d.changed_since(new)
    except DossierError:
        return set(), set()


def atom_feed(changes: Records[Change], *, base: str, self_url: str, story: str, store: str) -> bytes:
    """The changes as an Atom 1.0 feed (RFC 4287): one entry per change, newest first, linking to the page of
    what changed, with the sentence it came from as its summary. Ids are stable: the store's and the change's."""
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    tag = f"tag:dossier,2025:{hashlib.sha256(store.encode()).hexdigest()[:16]}"
    _text(feed, "id", f"{tag}/changes")
    _text(feed, "title", f"Dossier: what changed{f' in {story}' if story else ''}")
    _text(feed, "updated", _time(changes[0].at) if changes else datetime.now(UTC).isoformat(timespec="seconds"))
    author = ElementTree.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "Dossier")
    generator = _text(feed, "generator", "Dossier")
    generator.set("version", __version__)
    _link(feed, self_url, "self", ATOM_TYPE.split(";")[0])
    _link(feed, f"{base}/whats-new", "alternate", "text/html")
    for change in changes:
        entry = ElementTree.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", f"{tag}/change/{change.id}")
        _text(entry, "title", change.title)
        _text(entry, "updated", _time(change.at))
        category = ElementTree.SubElement(entry, f"{{{ATOM}}}category")
        category.set("term", change.kind)
        category.set("label", change.label)
        for issue in change.issues:
            ElementTree.SubElement(entry, f"{{{ATOM}}}category", {"term": f"issue:{issue}"})
        if change.link:
            _link(entry, base + change.link, "alternate", "text/html")
        if change.evidence:
            _link(entry, base + change.evidence, "related", "text/html")
        source = ", ".join(part for part in (change.outlet, change.article_title) if part)
        summary = f"{change.sentence_text}" if change.sentence_text else change.title
        if source:
            summary += f" ({source})"
        _text(entry, "summary", summary)
    return bytes(ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True))


def _text(parent: ElementTree.Element, name: str, value: str) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = _XML_INVALID.sub("\ufffd", value)
    return element


def _link(parent: ElementTree.Element, href: str, rel: str, kind: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}link", {"href": href, "rel": rel, "type": kind})


def _time(at: str) -> str:
    """The log's UTC times as RFC 3339 (they are already; a bare one gets its zone)."""
    return at if ("+" in at or at.endswith("Z")) else f"{at}+00:00"
