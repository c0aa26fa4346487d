"""What readers computed from the whole store, kept until the store's next write.

Every write transaction adds one to the store's version (`store_version.n`, migration 0009) as it commits. A
part's method marked `@per_version` (the counts, the outlets compared, the pages of every list) keeps its
result in this process under (store, epoch, version, method, arguments): the web app, which opens the store
anew for each request, answers them from memory until something is written, and each answer is still the one
a fresh query would give at that version. Callers must not change what they get (it is shared).

The few whose cost grows with the store (`@lagging`: a network over a date window; the issue board and an actor's
sentences too, though their work is bounded since migration 0013) would be computed again after every write,
which during an ingest is every second or so, each time at a cost that grows with the store. While the store is
being written they may lag it: a result computed at an earlier version is answered for up to LAG_SECONDS after it
was computed, and then one request computes it again while the others keep the earlier one. Without writes they are
exact, like the others; a new process (every command) starts with nothing kept.

In a server (`refresh_in_background(True)`, which `dossier serve` sets) no request pays for that again: the
request that finds a lagging result stale answers it at once and starts the computation in a thread of its own,
over a connection of its own (the part's `reopen`), and the requests after it get the new result once it is
there. Only the very first computation of an aggregate is waited for (the server starts it when it starts)."""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from contextlib import AbstractContextManager
from functools import wraps
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")
MAX_ENTRIES = 512
LAG_SECONDS = 10.0  # how long a whole-store aggregate may lag a store being written
WAIT_SECONDS = 120.0  # the longest a request waits for another's first computation of the same aggregate
Version = tuple[str, str, int]  # location, epoch, n
# The same part over a connection of its own, for a computation in another thread (None: not possible).
Reopen = Callable[[], AbstractContextManager[Any]]
_BACKGROUND = threading.Event()  # set: stale lagging results are computed again off the request's path
_REFRESHERS = threading.BoundedSemaphore(2)  # at most two computed at once (the others' threads wait their turn)


def refresh_in_background(on: bool = True) -> None:
    """Whether a stale lagging result is computed again in a thread of its own (a server) or by the request that
    finds it stale (a command, a test)."""
    if on:
        _BACKGROUND.set()
    else:
        _BACKGROUND.clear()


class Versioned(Protocol):
    def version(self) -> Version | None:
        """The store's version; None while this connection writes (its reads may see what is not committed)."""


class _Cache:
    def __init__(self, size: int) -> None:
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> tuple[bool, object]:
        with self._lock:
            if key not in self._items:
                return False, None
            self._items.move_to_end(key)
            return True, self._items[key]

    def put(self, key: Hashable, value: object) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
        with LATEST.lock:
            LATEST.items.clear()


CACHE = _Cache(MAX_ENTRIES)
S = TypeVar("S", bound=Versioned)


def per_version(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Keep the method's result for the store's version (arguments must be hashable)."""

    @wraps(method)
    def kept(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        version = self.version()
        if version is None:
            return method(self, *args, **kwargs)
        key = (version, method.__qualname__, args, tuple(sorted(kwargs.items())))
        try:
            hash(key)
        except TypeError:  # an argument that cannot be a key (a list): asked anew
            return method(self, *args, **kwargs)
        found, value = CACHE.get(key)
        if found:
            return value  # type: ignore[return-value]
        result = method(self, *args, **kwargs)
        CACHE.put(key, result)
        return result

    return kept


class _Latest:
    """The latest result of each lagging query per store, whatever its version: (n, value, computed at)."""

    def __init__(self) -> None:
        self.items: dict[Hashable, tuple[int, object, float]] = {}
        self.refreshing: dict[Hashable, threading.Event] = {}  # set when the computation ends
        self.lock = threading.Lock()


LATEST = _Latest()


def lagging(method: Callable[Concatenate[S, P], R]) -> Callable[Concatenate[S, P], R]:
    """Like `per_version`, but while the store is written the result may lag it by up to LAG_SECONDS."""

    @wraps(method)
    def kept(self: S, /, *args: P.args, **kwargs: P.kwargs) -> R:
        version = self.version()
        if version is None:
            return method(self, *args, **kwargs)
        location, epoch, _ = version
        base = (location, epoch, method.__qualname__, args, tuple(sorted(kwargs.items())))
        try:
            hash(base)
        except TypeError:
            return method(self, *args, **kwargs)
        found, value = CACHE.get((version, base))
        if found:
            return value  # type: ignore[return-value]
        now = time.monotonic()
        with LATEST.lock:
            latest = LATEST.items.get(base)
            running = LATEST.refreshing.get(base)
            if latest is not None and (now - latest[2] <= LAG_SECONDS or running is not None):
                return latest[1]  # type: ignore[return-value]
            reopen: Reopen | None = getattr(self, "reopen", None)
            if latest is not None and reopen is not None and _BACKGROUND.is_set():
                done = LATEST.refreshing[base] = threading.Event()
                threading.Thread(target=_refresh, args=(method, reopen, base, done, args, kwargs),
                                 name=f"refresh {method.__qualname__}", daemon=True).start()
                return latest[1]  # type: ignore[return-value]
            if running is None:
                done = LATEST.refreshing[base] = threading.Event()
        if running is not None:  # the first computation is under way in another request: wait for it once
            running.wait(WAIT_SECONDS)
            with LATEST.lock:
                latest = LATEST.items.get(base)
            if latest is not None:
                return latest[1]  # type: ignore[return-value]
            return method(self, *args, **kwargs)
        try:
            result = method(self, *args, **kwargs)
            _keep(version, base, result)
        finally:
            with LATEST.lock:
                LATEST.refreshing.pop(base, None)
            done.set()
        return result

    return kept


def _keep(version: Version, base: Hashable, result: object) -> None:
    CACHE.put((version, base), result)
    with LATEST.lock:
        if base not in LATEST.items or LATEST.items[base][0] <= version[2]:
            LATEST.items[base] = (version[2], result, time.monotonic())
        if len(LATEST.items) > MAX_ENTRIES:
            LATEST.items.pop(next(iter(LATEST.items)))


def _refresh(method: Callable[..., object], reopen: Reopen, base: Hashable, done: threading.Event,
             args: tuple[object, ...], kwargs: dict[str, object]) -> None:
    """Compute a lagging result again over a connection of its own (in a thread: no request waits for it). A
    failure (the store gone, a connection refused) keeps the earlier result; the next stale request tries again."""
    try:
        with _REFRESHERS, reopen() as part:
            version = part.version()
            if version is not None:
                _keep(version, base, method(part, *args, **kwargs))
    except Exception:  # whatever it is, the earlier result stays and is tried again later
        log.debug("refreshing %s failed", getattr(method, "__qualname__", method), exc_info=True)
    finally:
        with LATEST.lock:
            LATEST.refreshing.pop(base, None)
        done.set()
