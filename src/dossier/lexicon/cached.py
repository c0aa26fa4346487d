"""Built lexicon indexes kept between runs: a pickle per (name, sources' SHA-256) in the user's cache folder,
read back only when this user alone could have written it (`built_cache`). Used by `lexicon.verb_dictionary`."""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["CACHE_ENV", "STALE_DAYS", "built_cache", "cache_folder"]

T = TypeVar("T")
CACHE_ENV = "DOSSIER_CACHE_DIR"  # where built lexicon indexes are kept; "off": nowhere (always built)


def cache_folder() -> Path | None:
    """Where built indexes are kept: `DOSSIER_CACHE_DIR`, else `$XDG_CACHE_HOME/dossier`, else
    `~/.cache/dossier`; None when `DOSSIER_CACHE_DIR=off`."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dossier"


def built_cache(name: str, sources: list[bytes], kind: type[T], build: Callable[[], T]) -> T:
    """`build()`, or what an earlier run built from the same `sources` (data files and the code that builds
    from them): a pickle named after `name` and the sources' SHA-256 in `cache_folder()`. Read only when it is
    a plain file of the current user that nobody else may write (in a folder likewise) and unpickles to a
    `kind`; anything else (missing, corrupt, another version, a folder that cannot be written) is built again,
    and written atomically (a temporary file renamed) where the folder allows. A stale entry is never read: a
    changed source is another file name."""
    folder = cache_folder()
    digest = hashlib.sha256()
    for source in (sys.version.encode(), *sources):
        digest.update(hashlib.sha256(source).digest())
    path = folder / f"{name}-{digest.hexdigest()[:32]}.pickle" if folder is not None else None
    if path is not None and _trusted(path):
        try:
            with path.open("rb") as f:
                found = pickle.load(f)
            if isinstance(found, kind):
                return found
        except Exception:  # a cache that cannot be read (corrupt, another version) is built again
            pass
    built = build()
    if path is not None:
        _keep(path, built)
    return built


def _trusted(path: Path) -> bool:
    """A plain file (and its folder) owned by this user and writable by nobody else: what only this user (or
    root) could have put there."""
    try:
        for entry in (path.parent, path):
            info = entry.lstat()
            if info.st_uid != os.getuid() or info.st_mode & 0o022:
                return False
        return stat.S_ISREG(path.lstat().st_mode) and stat.S_ISDIR(path.parent.lstat().st_mode)
    except OSError:
        return False


STALE_DAYS = 30  # an entry of another version left unused this long is removed when a new one is written


def _keep(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        name = path.name.rsplit("-", 1)[0]
        for other in path.parent.glob(f"{name}-*.pickle"):
            if other != path and time.time() - other.stat().st_mtime > STALE_DAYS * 86400:
                other.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: built each time, as before
