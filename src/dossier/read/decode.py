"""Bytes to text: UTF-8 first, then a detected legacy encoding (cp1256, latin-1, ...), else a clear refusal."""

from __future__ import annotations

import logging
import re
import unicodedata

from charset_normalizer import from_bytes

from dossier.errors import DossierError
from dossier.models import Rejection

log = logging.getLogger("dossier.read")

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_SAMPLE = 8192


class RejectedInput(DossierError):
    """This input cannot become an article; the message is the one-line reason."""


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises RejectedInput for empty, binary or undecodable bytes."""
    if not data.strip():
        raise RejectedInput("empty file")
    if b"\x00" in data[:_SAMPLE] and not data.startswith(_BOMS):
        raise RejectedInput("binary file (contains NUL bytes), not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise RejectedInput("not UTF-8 and no text encoding could be detected (binary?)") from None
        text, encoding = str(best), best.encoding
    if _mostly_control(text):
        raise RejectedInput("binary file (mostly control characters), not text")
    return normalise_newlines(text), encoding


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# The control characters of ASCII but tab, line feed and form feed; past ASCII, each character's category is read.
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _mostly_control(text: str) -> bool:
    """Control, private-use or unassigned characters (but tab, line feed, form feed) make up much of the text's
    start: counted by a pattern over its ASCII, by category over the few other characters."""
    sample = text[:_SAMPLE]
    bad = len(_ASCII_CONTROL.findall(sample)) + sum(
        1 for ch in _NON_ASCII.findall(sample) if unicodedata.category(ch) in ("Cc", "Co", "Cn"))
    return bad > max(8, len(sample) // 20)


def unreadable(where: str, bad: Exception) -> Rejection:
    """The one-line rejection of an input a reader failed on unexpectedly; the traceback goes to the debug log
    (`dossier --verbose` shows it)."""
    log.debug("reading %s failed", where, exc_info=bad)
    return Rejection(where, f"could not be read ({reason(bad)}); `dossier --verbose` logs the details")


def reason(bad: BaseException) -> str:
    """An exception as a short line: its message (its first line, at most 160 characters) or its type."""
    if isinstance(bad, OSError) and bad.strerror:
        return bad.strerror
    lines = str(bad).strip().splitlines()
    text = f"{type(bad).__name__}: {lines[0]}" if lines else type(bad).__name__
    return text if len(text) <= 160 else text[:159] + "…"
