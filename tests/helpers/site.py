"""A real web site on 127.0.0.1 for the tests: pages, feeds, errors, redirects and slow answers, served by
http.server in a thread. Tests change its pages while it runs (a feed gaining entries between polls) and read
which addresses were asked for, with which headers."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering
    etag: str | None = None  # answer 304 to a request that sends it back in If-None-Match
    last_modified: str | None = None  # ... or this in If-Modified-Since
    location: str | None = None  # a redirect's target
    declare_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Hit:
    path: str
    status: int
    headers: dict[str, str]


class Site:
    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site._answer(self)

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]  # a client gone
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def add(self, path: str, page: Page | None = None, **fields: Any) -> str:
        self.pages[path] = page or Page(**fields)
        return self.url(path)

    def asked(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.path == path]

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        page = self.pages.get(handler.path)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        status = 404 if page is None else page.status
        if page is not None and ((page.etag and headers.get("if-none-match") == page.etag) or
                                 (page.last_modified and headers.get("if-modified-since") == page.last_modified)):
            status = 304
        with self._lock:
            self.hits.append(Hit(handler.path, status, headers))
        if page is None:
            handler.send_error(404, "Not Found")
            return
        if page.delay:
            time.sleep(page.delay)
        handler.send_response(status)
        if page.location:
            handler.send_header("Location", page.location)
        if page.etag:
            handler.send_header("ETag", page.etag)
        if page.last_modified:
            handler.send_header("Last-Modified", page.last_modified)
        for name, value in page.headers.items():
            handler.send_header(name, value)
        body = b"" if status == 304 else page.body
        if page.content_type and status != 304:
            handler.send_header("Content-Type", page.content_type)
        if page.declare_length or status == 304:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body:
            handler.wfile.write(body)
