"""What `dossier watch` follows: RSS/Atom feeds, folders, and lists of article addresses.

Each source's `poll` reads only what is new since the last poll, as the store remembers it: a feed is asked
with its last ETag/Last-Modified (a 304 costs nothing) and only entries never read are fetched; a folder's
files are read when their size or time changed and their contents did too; a list's addresses are fetched
once. Every article is stored in its own transaction together with the record that it was read, so an
interrupt never leaves an entry marked read without its article, or the reverse. A source that cannot be
read raises `SourceDown` with a one-line reason; the poll's other sources go on.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import feedparser

from dossier.errors import DossierError
from dossier.models import Article, Origin, PartialDate, Rejection, Sourced
from dossier.read import MULTI_READERS, discover, read_file
from dossier.read.decode import RejectedInput
from dossier.read.html import read_html
from dossier.read.url import Fetched, FetchError, fetch, is_url, read_url
from dossier.store import Store
from dossier.store.sources import FAILED, REJECTED, STORED, FileFingerprint

FEED_ACCEPT = ("application/atom+xml,application/rss+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,"
               "text/xml;q=0.8,*/*;q=0.1")
MAX_ATTEMPTS = 5  # polls an entry that failed for a passing reason (timeout, 5xx) is tried in before giving up


class SourceDown(Exception):
    """The source itself could not be read this poll (the message is the one-line reason)."""


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int
    timeout: float


@dataclass
class SourceResult:
    """What one poll of one source did."""

    source: str
    kind: str
    new: int = 0  # articles stored for the first time
    known: int = 0  # read, but the same text was already stored (another outlet's copy, a re-published page)
    new_ids: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)  # entries or files that are no article (not retried)
    retry: list[Rejection] = field(default_factory=list)  # entries that failed for now (tried again next poll)
    not_modified: bool = False  # the feed answered 304 (or a folder had no changed file)
    error: str | None = None  # the source could not be read at all
    retry_in: float | None = None  # seconds until a source that could not be read is tried again
    seconds: float = 0.0


class Source(Protocol):
    name: str  # as shown and as remembered in the store
    kind: str

    def poll(self, store: Store, limits: Limits, result: SourceResult) -> None: ...


def make_source(given: str) -> Source:
    """A source as the user names it: an http(s) address is a feed; a folder is watched for files; a file is
    a feed if it holds XML, else a list of addresses (one per line, `#` comments)."""
    if is_url(given):
        return FeedSource(given)
    path = Path(given).expanduser()
    if path.is_dir():
        return FolderSource(str(path.resolve()))
    if path.is_file():
        with path.open("rb") as handle:
            start = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
        if start.startswith(b"<"):
            return FeedSource(str(path.resolve()))
        return UrlListSource(str(path.resolve()))
    raise DossierError(f"{given}: no such file or folder, and not an http(s) address")


# --- feeds ------------------------------------------------------------------------------------


@dataclass
class FeedSource:
    name: str  # the feed's address, or a local feed file's path
    kind: str = "feed"

    def poll(self, store: Store, limits: Limits, result: SourceResult) -> None:
        state = store.source_state(self.name, self.kind)
        document = self._document(limits, state.etag, state.last_modified)
        if document.status == 304:
            result.not_modified = True
            with store.transaction():
                store.source_reached(self.name, self.kind, keep_validators=True)
            return
        parsed = _parse_feed(document)
        outlet = _clean(parsed.feed.get("title"))
        keyed = [(key, entry) for entry in reversed(parsed.entries)  # feeds list the newest first
                 if (key := _entry_key(entry)) is not None]
        settled = store.settled_entries(self.name, [key for key, _ in keyed], MAX_ATTEMPTS)
        for key, entry in keyed:
            if key in settled:
                continue
            settled.add(key)
            read = functools.partial(_entry_article, entry, outlet, limits, f"{self.name}#{key}")
            _take(store, self.name, key, read, result, shown=_clean(entry.get("link")) or key)
        with store.transaction():  # a feed whose entries must be tried again is asked in full next time
            store.source_reached(self.name, self.kind, document.headers.get("etag"),
                                 document.headers.get("last-modified"), keep_validators=bool(result.retry))

    def _document(self, limits: Limits, etag: str | None, last_modified: str | None) -> Fetched:
        if not is_url(self.name):
            try:
                return Fetched(self.name, 200, Path(self.name).read_bytes())
            except OSError as bad:
                raise SourceDown(f"cannot read: {bad.strerror or bad}") from None
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        try:
            return fetch(self.name, max_bytes=limits.max_bytes, timeout=limits.timeout, accept=FEED_ACCEPT,
                         headers=headers)
        except FetchError as bad:
            raise SourceDown(str(bad)) from None


def _parse_feed(document: Fetched) -> Any:
    headers = {"content-location": document.url}
    if "content-type" in document.headers:
        headers["content-type"] = document.headers["content-type"]
    # A stream, never bytes or a string: feedparser opens a string that looks like an address or a path itself.
    parsed = feedparser.parse(io.BytesIO(document.body), response_headers=headers)
    if not parsed.entries and not parsed.get("version"):
        said = f" (the server says it is {document.content_type})" if document.content_type else ""
        raise SourceDown(f"not an RSS or Atom feed{said}")
    if not parsed.entries and parsed.get("bozo"):
        problem = str(parsed.get("bozo_exception") or "unreadable").splitlines()[0]
        raise SourceDown(f"malformed feed: {problem}")
    return parsed


def _entry_key(entry: Any) -> str | None:
    for name in ("id", "link"):
        if value := _clean(entry.get(name)):
            return value
    if title := _clean(entry.get("title")):
        return "title:" + hashlib.sha256(title.encode()).hexdigest()[:16]
    return None


def _entry_article(entry: Any, outlet: str | None, limits: Limits, where: str) -> Article:
    """The article an entry announces: its page, read like `dossier ingest URL`; the entry's own content when
    it has no page (or its page is no article); the feed's title, date and outlet where the page states none."""
    link = _clean(entry.get("link"))
    content = _entry_content(entry)
    article: Article | None = None
    if link and is_url(link):
        try:
            article = read_url(link, max_bytes=limits.max_bytes, timeout=limits.timeout)
        except FetchError as bad:
            if bad.transient or content is None:
                raise
        except RejectedInput:
            if content is None:
                raise
    if article is None:
        if content is None:
            raise RejectedInput("the entry has neither an http(s) link nor content")
        article = read_html(content.encode("utf-8"), link or where)
        if link:
            article = dataclasses.replace(article, url=Sourced(link, Origin.METADATA))
    return _with_entry_metadata(article, entry, outlet)


def _entry_content(entry: Any) -> str | None:
    for item in entry.get("content") or []:
        if (value := item.get("value")) and value.strip():
            return f"<html><body>{value}</body></html>"
    return None


def _with_entry_metadata(article: Article, entry: Any, outlet: str | None) -> Article:
    changes: dict[str, Any] = {}
    if article.title.value is None and (title := _clean(entry.get("title"))):
        changes["title"] = Sourced(title, Origin.METADATA)
    if article.outlet.value is None and outlet:
        changes["outlet"] = Sourced(outlet, Origin.METADATA)
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if article.published is None and stamp:
        changes["published"] = PartialDate(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        changes["published_origin"] = Origin.METADATA
        changes["published_as_stated"] = entry.get("published") or entry.get("updated")
    return dataclasses.replace(article, **changes) if changes else article


def _clean(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


# --- lists of addresses ------------------------------------------------------------------------


@dataclass
class UrlListSource:
    name: str  # the list file's path
    kind: str = "urls"

    def poll(self, store: Store, limits: Limits, result: SourceResult) -> None:
        try:
            lines = Path(self.name).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as bad:
            raise SourceDown(f"cannot read: {bad.strerror or bad}") from None
        settled = store.settled_entries(self.name, [line.strip() for line in lines], MAX_ATTEMPTS)
        for number, line in enumerate(lines, 1):
            address = line.strip()
            if not address or address.startswith("#") or address in settled:
                continue
            settled.add(address)
            if not is_url(address):
                reason = f"line {number} is not an http(s) address"
                _take(store, self.name, address, _rejecting(reason), result)
                continue
            _take(store, self.name, address,
                  functools.partial(read_url, address, max_bytes=limits.max_bytes, timeout=limits.timeout), result)
        with store.transaction():
            store.source_reached(self.name, self.kind)


def _rejecting(reason: str) -> Callable[[], Article]:
    def reject() -> Article:
        raise RejectedInput(reason)

    return reject


# --- folders ---------------------------------------------------------------------------------


@dataclass
class FolderSource:
    name: str  # the folder's absolute path
    kind: str = "folder"

    def poll(self, store: Store, limits: Limits, result: SourceResult) -> None:
        if not Path(self.name).is_dir():
            raise SourceDown("the folder does not exist (any more)")
        files = [found for found in discover([self.name]) if isinstance(found, Path)]
        known = store.file_fingerprints([str(path) for path in files])
        changed = 0
        for path in files:
            try:
                stat = path.stat()
                old = known.get(str(path))
                if old is not None and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                    continue
                digest = _sha256(path)
            except OSError:
                continue  # gone since it was listed
            fingerprint = FileFingerprint(stat.st_size, stat.st_mtime_ns, digest)
            if old is None or old.sha256 != digest:
                changed += 1
                if not self._read(path, fingerprint, store, limits, result):
                    continue  # still being written: read at the next poll
            with store.transaction():
                store.remember_file(str(path), fingerprint)
        result.not_modified = changed == 0
        with store.transaction():
            store.source_reached(self.name, self.kind)

    def _read(self, path: Path, fingerprint: FileFingerprint, store: Store, limits: Limits,
              result: SourceResult) -> bool:
        """Store the file's articles; False when it changed while it was read (it is read again at the next
        poll). A file of one article is read whole before anything is stored, so one caught half-written
        stores nothing; JSON Lines files are streamed (each line is a whole article, and a line still being
        written is rejected until it is complete)."""
        outcomes = read_file(path, limits.max_bytes)
        if path.suffix.lower() not in MULTI_READERS:
            outcomes = iter(list(outcomes))
            if not _unchanged(path, fingerprint):
                return False
        for outcome in outcomes:
            if isinstance(outcome, Rejection):
                result.rejected.append(outcome)
            else:
                with store.transaction():
                    _count(store.add_article(outcome), outcome, result)
        return _unchanged(path, fingerprint)


def _unchanged(path: Path, fingerprint: FileFingerprint) -> bool:
    try:
        after = path.stat()
    except OSError:
        return False
    return (after.st_size, after.st_mtime_ns) == (fingerprint.size, fingerprint.mtime_ns)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- reading one entry ------------------------------------------------------------------------


def _take(store: Store, source: str, key: str, read: Callable[[], Article], result: SourceResult,
          shown: str | None = None) -> None:
    """Read one entry (`read()` -> Article) and record what became of it in the same transaction as its article;
    a rejection names the entry as `shown` (a feed entry's link rather than its id)."""
    shown = shown or key
    try:
        article = read()
    except FetchError as bad:
        status = FAILED if bad.transient else REJECTED
        _remember(store, source, key, status, None, str(bad))
        (result.retry if bad.transient else result.rejected).append(Rejection(shown, str(bad)))
        return
    except RejectedInput as bad:
        _remember(store, source, key, REJECTED, None, str(bad))
        result.rejected.append(Rejection(shown, str(bad)))
        return
    with store.transaction():
        stored = store.add_article(article)
        store.remember_entry(source, key, STORED, article.id)
    _count(stored, article, result)


def _remember(store: Store, source: str, key: str, status: str, article_id: str | None, reason: str) -> None:
    with store.transaction():
        store.remember_entry(source, key, status, article_id, reason)


def _count(stored: bool, article: Article, result: SourceResult) -> None:
    if stored:
        result.new += 1
        result.new_ids.append(article.id)
    else:
        result.known += 1


def poll_source(source: Source, store: Store, limits: Limits) -> SourceResult:
    """One poll of one source; a source that cannot be read is reported in the result, never raised."""
    result = SourceResult(source.name, source.kind)
    started = time.perf_counter()
    try:
        source.poll(store, limits, result)
    except SourceDown as down:
        result.error = str(down)
    except Exception as bad:  # a bug or a store problem in one source must not stop the others
        result.error = f"{type(bad).__name__}: {bad}".splitlines()[0]
    result.seconds = time.perf_counter() - started
    return result


def poll_all(sources: Iterable[Source], store: Store, limits: Limits) -> list[SourceResult]:
    return [poll_source(source, store, limits) for source in sources]
