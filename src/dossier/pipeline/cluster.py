"""Analysis beyond one machine: the per-article stages (analyse, extract) on a Dask cluster.

`dossier ingest --dask local` starts a LocalCluster of `--workers` processes on this machine;
`--dask tcp://scheduler:8786` uses the workers of an existing cluster (each needs Dossier installed,
which brings the spaCy model). Either way the cluster is only a pool of workers: this process reads
the pending articles, hands out batches a few ahead, and runs the global step itself (resolving
actors and events across articles) as the results come back in order, writing to the store; so the
store ends the same as with one process. With PostgreSQL (`--db postgresql://...`) the store is shared
by the machines that read it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from dossier.errors import DossierError

LOCAL = "local"


@contextmanager
def dask_pool(address: str, workers: int) -> Iterator[tuple[Executor, int]]:
    """A `concurrent.futures` executor whose tasks run on Dask workers, and how many tasks run at once."""
    from dask.distributed import Client, LocalCluster  # loaded only when a cluster is asked for

    cluster = None
    try:
        if address == LOCAL:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except OSError as bad:  # refused, unreachable or timed out
        if cluster is not None:
            cluster.close()
        raise DossierError(f"cannot reach the Dask scheduler at {address}: {bad}") from None
    try:
        if not client.scheduler_info().get("workers"):
            client.wait_for_workers(1, timeout=60)
        slots = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        yield client.get_executor(), max(slots, 1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
