"""Articles read from their web address, and the one HTTP client Dossier has (feeds use it too).

Only the address asked for is fetched (and where it redirects, at most `MAX_REDIRECTS` times): no page
resources, no robots or sitemap crawling, nothing else. Every fetch has a total time limit and a size
limit, names Dossier in its User-Agent, and fails with a one-line reason (`FetchError`, a
`RejectedInput`) that says whether trying again later could help (`transient`). The page itself is read
by the HTML reader (trafilatura), or the text reader for a plain-text answer.
"""

from __future__ import annotations

import dataclasses
import http.client
import ipaddress
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message
from importlib.metadata import PackageNotFoundError, version

from dossier.models import Article, Origin, Sourced
from dossier.read.decode import RejectedInput
from dossier.read.html import address_date, read_html
from dossier.read.text import read_text

DEFAULT_TIMEOUT = 20.0  # seconds for the whole exchange, redirects and body included
MAX_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"
_CHUNK = 64 * 1024
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


def _user_agent() -> str:
    try:
        ours = version("dossier")
    except PackageNotFoundError:  # running from a source tree that was not installed
        ours = "dev"
    return f"Dossier/{ours} (news reader; fetches only the addresses its user gives it)"


USER_AGENT = _user_agent()


class FetchError(RejectedInput):
    """An address that could not be read; `transient` when trying again later may work (timeout, 5xx, refused)."""

    def __init__(self, reason: str, *, transient: bool = False) -> None:
        super().__init__(reason)
        self.transient = transient


@dataclass(frozen=True, slots=True)
class Fetched:
    """What an address answered: status 200 with its body, or 304 (not modified since the validators sent)."""

    url: str  # where the answer came from, after redirects
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        message = Message()
        message["content-type"] = self.headers.get("content-type", "")
        found = message.get_param("charset")
        return found.strip().lower() if isinstance(found, str) and found.strip() else None


def is_url(text: object) -> bool:
    """An http(s) address (anything else given to `ingest` is a path)."""
    return isinstance(text, str) and text.lower().startswith(("http://", "https://"))


def fetch(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT, accept: str = PAGE_ACCEPT,
          headers: dict[str, str] | None = None) -> Fetched:
    """GET one address, following at most MAX_REDIRECTS redirects, within `timeout` seconds in all and
    `max_bytes` of body. A 304 answer (to `If-None-Match`/`If-Modified-Since` in `headers`) is returned, not
    raised. Raises FetchError with a one-line reason."""
    deadline = time.monotonic() + timeout
    visited = [url]
    current = url
    while True:
        _check_address(current)
        request = urllib.request.Request(current, headers={"User-Agent": USER_AGENT, "Accept": accept,
                                                           "Accept-Encoding": "identity", **(headers or {})})
        try:
            response = _opener(current).open(request, timeout=_remaining(deadline, timeout))
        except urllib.error.HTTPError as answer:
            with answer:
                status = answer.code
                if status == 304:
                    return Fetched(current, 304, headers=_headers(answer.headers))
                if status in _REDIRECTS and (location := answer.headers.get("Location")):
                    current = _next_hop(current, location, visited)
                    continue
                raise FetchError(f"HTTP {status} {answer.reason or http.client.responses.get(status, '')}".strip(),
                                 transient=status in _TRANSIENT_STATUS) from None
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as bad:
            raise _connection_error(bad, timeout) from None
        with response:
            return Fetched(response.geturl() or current, response.status,
                           _read_body(response, max_bytes, deadline, timeout), _headers(response.headers))


def read_url(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Article:
    """The article at an address, its URL (after redirects) recorded as metadata. Raises FetchError (the page
    could not be had) or RejectedInput (it is no article: not HTML, no main text, ...)."""
    fetched = fetch(url, max_bytes=max_bytes, timeout=timeout)
    return article_from_page(fetched, source_path=url)


def article_from_page(fetched: Fetched, source_path: str) -> Article:
    """Read the body of an HTML (or plain-text) answer into an article."""
    kind = fetched.content_type
    body = _as_utf8(fetched.body, fetched.charset)
    if not body.strip():
        raise RejectedInput("the page is empty")
    if kind in HTML_TYPES or (not kind and body.lstrip()[:1] == b"<"):
        article = read_html(body, source_path)
    elif kind in TEXT_TYPES or not kind:
        article = read_text(body, source_path)
    else:
        raise RejectedInput(f"not an HTML page: the server says it is {kind}")
    if article.published is None and (address := address_date(fetched.url)) is not None:
        # redirected to an address that dates the page
        article = dataclasses.replace(article, published=address[0], published_origin=Origin.METADATA,
                                      published_as_stated=address[1])
    return dataclasses.replace(article, url=Sourced(fetched.url, Origin.METADATA))


# --- the exchange -----------------------------------------------------------------------------


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects are followed by `fetch` itself, which counts them and names a loop."""

    def redirect_request(self, req: urllib.request.Request, fp: object, code: int, msg: str,
                         headers: Message, newurl: str) -> None:
        return None


def _opener(url: str) -> urllib.request.OpenerDirector:
    # The environment's proxy settings apply, except to this machine's own addresses.
    proxies: dict[str, str] | None = {} if is_loopback(urllib.parse.urlsplit(url).hostname or "") else None
    return urllib.request.build_opener(urllib.request.ProxyHandler(proxies), _NoRedirects())


def is_loopback(host: str) -> bool:
    """This machine's own address ('localhost', 127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_address(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) address: {url}")


def _next_hop(current: str, location: str, visited: list[str]) -> str:
    target = urllib.parse.urljoin(current, location)
    if target in visited:
        raise FetchError(f"redirect loop: {' -> '.join([*visited[visited.index(target):], target])}")
    if len(visited) > MAX_REDIRECTS:
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")
    visited.append(target)
    return target


def _remaining(deadline: float, timeout: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"timed out after {timeout:g}s", transient=True)
    return left


def _read_body(response: http.client.HTTPResponse, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"page is {_mb(int(declared))}, over the size limit of {_mb(max_bytes)}")
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            if response.fp is not None and (sock := _socket(response)) is not None:
                sock.settimeout(_remaining(deadline, timeout))
            chunk = response.read(_CHUNK)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"page is over the size limit of {_mb(max_bytes)}")
            chunks.append(chunk)
            _remaining(deadline, timeout)
    except (OSError, http.client.HTTPException) as bad:
        raise _connection_error(bad, timeout) from None


def _socket(response: http.client.HTTPResponse) -> socket.socket | None:
    raw = getattr(getattr(response.fp, "raw", None), "_sock", None)
    return raw if isinstance(raw, socket.socket) else None


def _connection_error(bad: BaseException, timeout: float) -> FetchError:
    reason = bad.reason if isinstance(bad, urllib.error.URLError) else bad
    if isinstance(reason, TimeoutError | socket.timeout):
        return FetchError(f"timed out after {timeout:g}s", transient=True)
    if isinstance(reason, ssl.SSLError):
        return FetchError(f"secure connection failed: {reason.reason or reason}")
    if isinstance(reason, http.client.IncompleteRead):
        return FetchError("the connection closed before the whole page was sent", transient=True)
    if isinstance(reason, OSError):
        return FetchError(f"cannot connect: {reason.strerror or reason}", transient=True)
    return FetchError(f"cannot fetch: {reason}", transient=True)


def _headers(message: Message) -> dict[str, str]:
    return {name.lower(): value for name, value in message.items()}


def _as_utf8(body: bytes, charset: str | None) -> bytes:
    """The body in UTF-8 when the server names another charset (the readers detect encodings otherwise)."""
    if not charset or charset.replace("-", "").replace("_", "") in ("utf8", "usascii", "ascii"):
        return body
    try:
        return body.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return body


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
