"""The read stage: files, folders and web addresses in, `Article` or `Rejection` records out.

Every problem with one input becomes a `Rejection` with a one-line reason; it never
stops the run, so the good articles beside a bad file are still read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dossier.models import Article, Rejection
from dossier.read.decode import RejectedInput
from dossier.read.html import read_html
from dossier.read.jsonl import read_jsonl, read_jsonl_lines
from dossier.read.text import read_text
from dossier.read.url import DEFAULT_TIMEOUT, is_url, read_url

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[bytes, str], Article]
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
    "": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}
MULTI_READERS = {".jsonl": read_jsonl, ".ndjson": read_jsonl}
SUPPORTED = sorted(set(READERS) | set(MULTI_READERS) - {""})

ReadOutcome = Article | Rejection
__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "SUPPORTED", "ReadOutcome", "discover", "is_url", "read_address",
           "read_file"]


def discover(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    """Expand folders recursively (sorted, hidden entries skipped); a missing path is a Rejection."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                (p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))),
                key=lambda p: str(p),
            )
        elif path.is_file():
            yield path
        elif path.exists():
            yield Rejection(str(path), "not a regular file or folder")
        else:
            yield Rejection(str(path), "path does not exist")


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadOutcome]:
    """Read one file into articles; every failure is a Rejection, never an exception."""
    suffix = path.suffix.lower()
    reader, multi = READERS.get(suffix), MULTI_READERS.get(suffix)
    if reader is None and multi is None:
        yield Rejection(str(path), f"unsupported file type {suffix!r} (supported: {', '.join(SUPPORTED)})")
        return
    try:
        if multi is not None:  # streamed; the limit applies to each article
            with path.open("rb") as lines:
                yield from read_jsonl_lines(lines, str(path), max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejection(str(path), f"file is {_mb(size)}, over the size limit of {_mb(max_bytes)}")
            return
        if reader is not None:
            yield reader(path.read_bytes(), str(path))
    except RejectedInput as bad:
        yield Rejection(str(path), str(bad))
    except OSError as bad:
        yield Rejection(str(path), f"cannot read: {bad.strerror or bad}")


def read_address(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT) -> ReadOutcome:
    """Read the article at a web address (read/url.py); every failure is a Rejection, never an exception."""
    try:
        return read_url(url, max_bytes=max_bytes, timeout=timeout)
    except RejectedInput as bad:
        return Rejection(url, str(bad))


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
