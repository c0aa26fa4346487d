"""Local worker processes that die with their parent and hold nothing of its.

`dossier ingest --workers N` analyses in a pool of processes. Two things must hold whatever happens to the process
that started them (Ctrl-C, `kill -9`, a crash):

- **They hold nothing of the parent's.** They are started fresh (`spawn`), not forked: a forked worker would
  inherit the open descriptor of `<db>.lock` (a `flock` belongs to the open file, shared by every process holding
  it) and the store's connection, and keep the lock after the parent died, so that every later `analyse` found
  "another analysis running". Spawned, they get only the pipes the pool talks through; the lock is the parent's
  alone, and the OS releases it when the parent dies.
- **They die with it.** On Linux each asks the kernel to kill it when its parent goes (`PR_SET_PDEATHSIG`); on
  any system a thread also watches for the parent's end (the process is then reparented) and exits.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_SECONDS = 0.5


def process_pool(workers: int, initializer: Callable[..., None], initargs: tuple[Any, ...] = ()) -> ProcessPoolExecutor:
    """A pool of `workers` spawned processes, each tied to this one's life, that runs `initializer(*initargs)` first."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=start_worker,
                               initargs=(os.getpid(), initializer, initargs))


def start_worker(parent: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """A worker's first step (it must be importable: spawned workers receive it by name)."""
    die_with_parent(parent)
    initializer(*initargs)


def die_with_parent(parent: int) -> None:
    """End this process when `parent` ends: the kernel's parent-death signal where there is one, and a watching
    thread everywhere (also for a parent that died before the signal was asked for)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the thread below still watches
            pass
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="dossier-parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
