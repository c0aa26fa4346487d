"""uvicorn's h11 protocol with an answer for requests too long to parse.

A request line or header block longer than h11 buffers (16 KB) used to get a bare "400 Invalid HTTP request" and
an immediate close; a client still sending its multi-megabyte URL then met a connection reset instead of any
answer. Here the answer is 414 (URL too long) or 431 (headers too large), as JSON like every other error, and the
connection is closed gently: this side says it has finished (a half close), reads and drops what the client still
sends for a few seconds, then closes, so the client reads the answer.
"""

from __future__ import annotations

import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

DRAIN_SECONDS = 2.0
DRAIN_BYTES = 64 * 1024 * 1024
LINE_LOOK = 16 * 1024  # h11's buffer limit: a request line that has not ended within it is too long


class BoundedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._problem: h11.RemoteProtocolError | None = None
        self._draining = -1  # bytes dropped since the answer, or -1 when not draining
        next_event = self.conn.next_event

        def remember_problem() -> Any:
            try:
                return next_event()
            except h11.RemoteProtocolError as problem:
                self._problem = problem
                raise

        self.conn.next_event = remember_problem  # type: ignore[method-assign]

    def data_received(self, data: bytes) -> None:
        if self._draining >= 0:
            self._draining += len(data)
            if self._draining > DRAIN_BYTES:
                self.transport.close()
            return
        super().data_received(data)

    def send_400_response(self, msg: str) -> None:
        if self._problem is None or self._problem.error_status_hint != 431:
            super().send_400_response(msg)
            return
        status, message = (414, "the request line (its URL) is too long; ask for less") if self._line_too_long() \
            else (431, "the request's headers are too large")
        body = json.dumps({"error": message}).encode()
        headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
        reason = b"URI Too Long" if status == 414 else b"Request Header Fields Too Large"
        for event in (h11.Response(status_code=status, headers=headers, reason=reason), h11.Data(data=body),
                      h11.EndOfMessage()):
            self.transport.write(self.conn.send(event) or b"")
        self._draining = 0
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(DRAIN_SECONDS, self.transport.close)

    def _line_too_long(self) -> bool:
        """Whether the request line itself never ended (else it is the headers that are too large)."""
        buffered = getattr(self.conn, "_receive_buffer", None)
        try:
            start = bytes(buffered)[:LINE_LOOK] if buffered else b""
        except TypeError:
            return True
        return b"\n" not in start
