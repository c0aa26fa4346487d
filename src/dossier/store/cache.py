"""What readers computed from the whole store, kept until the store's next write.

Every write transaction adds one to the store's version (`store_version.n`, migration 0009) as it commits. A
part's method marked `@per_version` (the counts, the outlets compared, the issue board, the network) keeps its
result in this process under (store, epoch, version, method, arguments): the web app, which opens the store
anew for each request, answers them from memory until something is written, and each answer is still the one
a fresh query would give at that version. Callers must not change what they get (it is shared)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
MAX_ENTRIES = 512
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
