"""What readers computed from the whole store, kept until the store's next write.

Every write transaction adds one to the store's version (`store_version.n`, migration 0009) as it commits. A
part's method marked `@per_version` (the counts, the outlets compared, the issue board, the network) keeps its
result in this process under (store, epoch, version, method, arguments): the web app, which opens the store
anew for each request, answers them from memory until something is written, and each answer is still the one
a fresh query would give at that version. Callers must not change what they get (it is shared).

The few whose cost grows with the store (`@lagging`: the outlets compared, the issue board and its counts, the
network, an actor's neighbours, sentences and events per month, the positions and quotations of an issue or an
actor) would be computed again after every write, which during an ingest is every second or so, each
time at a cost that grows with the store. While the store is being written they may lag it: a result computed
at an earlier version is answered for up to LAG_SECONDS after it was computed, and then one request computes
it again while the others keep the earlier one. Without writes they are exact, like the others; a new process
(every command) starts with nothing kept."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
MAX_ENTRIES = 512
LAG_SECONDS = 10.0  # how long a whole-store aggregate may lag a store being written
WAIT_SECONDS = 120.0  # the longest a request waits for another's first computation of the same aggregate
Version = tuple[str, str, int]  # location, epoch, n


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
        location, epoch, n = version
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
            CACHE.put((version, base), result)
            with LATEST.lock:
                if base not in LATEST.items or LATEST.items[base][0] <= n:
                    LATEST.items[base] = (n, result, time.monotonic())
                if len(LATEST.items) > MAX_ENTRIES:
                    LATEST.items.pop(next(iter(LATEST.items)))
        finally:
            with LATEST.lock:
                LATEST.refreshing.pop(base, None)
            done.set()
        return result

    return kept
