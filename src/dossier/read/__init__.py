"""The read stage: files, folders and web addresses in, `Article` or `Rejection` records out.

Every problem with one input becomes a `Rejection` with a one-line reason; it never stops the run, so the
good articles beside a bad file are still read. Readers raise `RejectedInput` for what they recognise;
anything else one input makes a reader (or a library under it) raise is caught here too, reported in one
line, and its traceback logged at debug level (`dossier --verbose` shows it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dossier.models import Article, Rejection
from dossier.read.decode import RejectedInput, reason, unreadable
from dossier.read.html import read_html
from dossier.read.jsonl import open_jsonl, read_jsonl, read_jsonl_lines
from dossier.read.normalise import shown_path, valid_record
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
    """Expand folders recursively (sorted, hidden entries skipped); a missing path is a Rejection.

    Inside a folder, a symbolic link is followed only to a place inside that folder (a link out of the tree,
    `x.txt -> /etc/passwd`, is reported, not read), a subfolder that cannot be read is reported too, and so
    is a folder's own notes (README.md, LICENSE: `folder_notes`), which describe the articles and are not one.
    A path named on the command line is read wherever it points: the user chose it."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif path.exists():
            yield Rejection(shown_path(path), "not a regular file or folder")
        elif path.is_symlink():
            yield Rejection(shown_path(path), "symbolic link to nothing")
        else:
            yield Rejection(shown_path(path), "path does not exist")


def _walk(root: Path) -> Iterator[Path | Rejection]:
    try:
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError) as bad:
        yield Rejection(shown_path(root), f"cannot read folder: {reason(bad)}")
        return
    problems: list[Rejection] = []
    files: list[Path] = []

    def unreadable_folder(bad: OSError) -> None:
        problems.append(Rejection(shown_path(bad.filename or root), f"cannot read folder: {reason(bad)}"))

    for folder, dirs, names in os.walk(root, onerror=unreadable_folder):  # never descends into linked folders
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            link = Path(folder, name)
            if link.is_symlink() and not _inside(link, real_root):
                problems.append(Rejection(shown_path(link), f"symbolic link to a folder outside {shown_path(root)},"
                                                            " not followed"))
        for name in names:
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if folder_notes(name):
                problems.append(Rejection(shown_path(path), "a folder's notes, not an article (name the file to"
                                                            " read it)"))
            elif path.is_symlink() and not _inside(path, real_root):
                problems.append(Rejection(shown_path(path), f"symbolic link to a place outside {shown_path(root)},"
                                                            " not followed"))
            elif path.is_file():
                files.append(path)
            elif path.is_symlink():
                problems.append(Rejection(shown_path(path), "symbolic link to nothing"))
            else:
                problems.append(Rejection(shown_path(path), "not a regular file (a pipe, socket or device)"))
    yield from problems
    yield from sorted(files, key=str)


NOTES = frozenset({"readme", "license", "licence", "copying", "notice", "changelog", "changes", "contributing",
                   "authors"})


def folder_notes(name: str) -> bool:
    """A file that a corpus folder carries about itself (README.md, LICENSE, CHANGELOG.txt), whatever its suffix:
    its words describe the articles (their outlets, their dates) and would enter the dossier as one of them."""
    return name.split(".", 1)[0].lower() in NOTES


def _inside(link: Path, real_root: Path) -> bool:
    try:
        return link.resolve().is_relative_to(real_root)
    except (OSError, RuntimeError):  # a loop of links
        return False


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ReadOutcome]:
    """Read one file into articles; every failure is a Rejection, never an exception."""
    shown = shown_path(path)
    try:
        for outcome in _read(path, shown, max_bytes):
            yield valid_record(outcome) if isinstance(outcome, Article) else outcome
    except Exception as bad:  # whatever one input makes a reader or a library raise: it stops only this input
        yield unreadable(shown, bad)


def _read(path: Path, shown: str, max_bytes: int) -> Iterator[ReadOutcome]:
    suffix = path.suffix.lower()
    reader, multi = READERS.get(suffix), MULTI_READERS.get(suffix)
    if reader is None and multi is None:
        yield Rejection(shown, f"unsupported file type {suffix!r} (supported: {', '.join(SUPPORTED)})")
        return
    try:
        if multi is not None:  # streamed; the limit applies to each article
            with path.open("rb") as raw:
                yield from read_jsonl_lines(open_jsonl(raw), shown, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejection(shown, f"file is {_mb(size)}, over the size limit of {_mb(max_bytes)}")
            return
        if reader is not None:
            yield reader(path.read_bytes(), shown)
    except RejectedInput as bad:
        yield Rejection(shown, str(bad))
    except OSError as bad:
        yield Rejection(shown, f"cannot read: {reason(bad)}")


def read_address(url: str, max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT) -> ReadOutcome:
    """Read the article at a web address (read/url.py); every failure is a Rejection, never an exception."""
    try:
        found = read_url(url, max_bytes=max_bytes, timeout=timeout)
    except RejectedInput as bad:
        return Rejection(url, str(bad))
    except Exception as bad:  # whatever one page makes a reader or a library raise: it stops only this input
        return unreadable(url, bad)
    return valid_record(found) if isinstance(found, Article) else found


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
