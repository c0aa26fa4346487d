"""What the web app checks before a request reaches a route: the Host it was sent to (against DNS rebinding), the
length of its URL, and HEAD answered as GET without a body.

DNS rebinding: a page on another site can make a browser resolve its own name to 127.0.0.1 and read a local
dossier with the browser's requests; those requests carry the attacker's name in `Host`. So only the names this
server is known by are answered: localhost's, the address it is bound to, and those given with `--allow-host`.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "localhost.localdomain", "ip6-localhost"})
ANY_HOST = "*"
MAX_URL_BYTES = 8192  # path and query string: longer is 414, as most servers and proxies answer


def allowed_hosts(bound: str | None, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names answered: localhost's, the bound address (for a wildcard such as 0.0.0.0, this machine's
    names and addresses), and `extra` (`*` answers any)."""
    names = set(LOCAL_NAMES) | {host_name(name) for name in extra if name.strip()}
    if bound:
        names.add(host_name(bound))
        if _is_wildcard(bound):
            names |= _this_machine()
    return frozenset(names)


def host_name(value: str) -> str:
    """The name in a Host header or an address, without port or brackets, lower case: '[::1]:8000' -> '::1'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def _is_wildcard(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_unspecified
    except ValueError:
        return False


def _this_machine() -> set[str]:
    names = {socket.gethostname().lower(), socket.getfqdn().lower()}
    for name in list(names):
        try:
            names |= {str(info[4][0]).lower() for info in socket.getaddrinfo(name, None)}
        except OSError:
            continue
    return names


class RequestGuard:
    """ASGI middleware: a Host not allowed is refused (400), a URL over MAX_URL_BYTES is refused (414), so is a URL
    holding a NUL character (400), and HEAD is answered as GET, with the same headers and no body (every GET route,
    page and file answers HEAD)."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = _header(scope, b"host")
        if host is not None and ANY_HOST not in self.hosts and host_name(host) not in self.hosts:
            shown = host if len(host) <= 80 else host[:79] + "…"
            await refuse(scope, send, 400, f"this server does not answer requests for host {shown!r} (a protection"
                                           " against DNS rebinding); to serve it under that name, start it with"
                                           " `dossier serve --allow-host NAME`")
            return
        if len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"") > MAX_URL_BYTES:
            await refuse(scope, send, 414, f"the URL is over {MAX_URL_BYTES} bytes; ask for less")
            return
        if _has_nul(scope.get("raw_path") or b"") or _has_nul(scope.get("query_string") or b""):
            await refuse(scope, send, 400, "the URL holds a NUL character (%00), which no name, id or query has")
            return
        if scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _has_nul(raw: bytes) -> bool:
    """A NUL, raw or percent-encoded: no text Dossier stores holds one, and PostgreSQL refuses it in a query."""
    return b"\x00" in raw or b"%00" in raw.lower()


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers") or ():
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


async def refuse(scope: Scope, send: Send, status: int, message: str) -> None:
    """An error answered before any route: `{"error": ...}` as every API error is."""
    body = json.dumps({"error": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": b"" if scope.get("method") == "HEAD" else body})
