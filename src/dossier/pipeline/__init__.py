"""The pipeline: schedules the stages over the stored articles (run.py), the per-article ones in worker
processes or on a Dask cluster (workers.py, cluster.py), and writes the events' rows when due (rows.py).

    process_pending(store, pack, workers=2)
"""

from dossier.pipeline.packs import bind_pack, pack_fingerprint
from dossier.pipeline.rows import EventRows
from dossier.pipeline.run import STAGES, Kept, ProcessReport, load_resolver, process_pending, save_batch
from dossier.pipeline.workers import BatchResult, extract_batch, worker_init

__all__ = ["STAGES", "BatchResult", "EventRows", "Kept", "ProcessReport", "bind_pack", "extract_batch", "load_resolver",
           "pack_fingerprint", "process_pending", "save_batch", "worker_init"]
