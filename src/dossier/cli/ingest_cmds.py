"""Building the store: `ingest` (read files and folders, then analyse), `analyse` (what is not analysed yet) and
`reprocess` (everything again), with progress bars and a summary."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from types import FrameType
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from dossier.cli.app import app
from dossier.cli.common import (
    DEFAULT_DB,
    DbOption,
    PackOption,
    WorkersOption,
    choose_pack,
    console,
    existing_store,
    pack_choice,
    parse_size,
    print_json,
)
from dossier.ingest import IngestReport, ingest
from dossier.packs import Pack, PackChoice
from dossier.pipeline import ProcessReport, bind_pack, process_pending
from dossier.pipeline.cluster import dask_pool
from dossier.read import DEFAULT_TIMEOUT, SUPPORTED
from dossier.store import StoreWriter, open_store, shown_location

DaskOption = Annotated[
    str | None,
    typer.Option("--dask", metavar="SCHEDULER", show_default=False,
                 help="Analyse on a Dask cluster: `local` starts one of --workers processes here; or the scheduler's"
                      " address (tcp://host:8786), whose workers have Dossier installed."),
]

TimeoutOption = Annotated[
    float, typer.Option("--timeout", min=0.1, metavar="SECONDS",
                        help="Give up on a web address that has not answered in full within this many seconds.")
]


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (read recursively) or http(s) addresses of articles.",
                       show_default=False, metavar="PATH|URL..."),
    ],
    db: DbOption = DEFAULT_DB,
    max_size: Annotated[
        str, typer.Option("--max-size", help="Skip files (and pages) larger than this (e.g. 20MB, 512KB).")
    ] = "20MB",
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    pack: PackOption = None,
    workers: WorkersOption = 1,
    dask: DaskOption = None,
    no_analyse: Annotated[
        bool, typer.Option("--no-analyse", help="Only read and store; analyse later with `dossier analyse`.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Read articles into the store.

    Reads .txt/.md (optional `TITLE:`/`SOURCE:`/`URL:`/`PUBLISHED:` header), .html/.htm
    (main text via trafilatura), http(s) addresses of articles (fetched once each, main text
    via trafilatura) and .jsonl (one article per line: `text`, optional `title`,
    `outlet`, `url`, `published`). Each bad input is rejected with a one-line reason and the
    rest are stored. Re-ingesting the same article is a no-op. Ctrl-C or SIGTERM stops
    cleanly: what was stored stays whole, and running the same command again completes it.

    New articles are then analysed (sentences, actors resolved across spellings) with the domain
    pack; articles left unanalysed by an interrupted run are picked up too.

    Exit status: 0 when the run finished, 1 when no input at all could be read, 130 when interrupted.
    """
    limit = parse_size(max_size)
    store = open_store(db)
    # A new store is given the pack its articles are about, once they are read (--pack forces one).
    choice = pack_choice(store, pack) if pack or store.get_meta("pack") else None
    if not no_analyse and choice is not None:
        bind_pack(store, choice.pack)  # a pack mismatch is reported before reading, not after
    with _sigterm_as_interrupt(), _progress(as_json) as progress:
        task = progress.add_task("Reading", total=None, unit="files")
        report = ingest(
            paths,
            store,
            max_bytes=limit,
            timeout=timeout,
            on_file_start=lambda total: progress.update(task, total=total),
            on_file_done=lambda path: progress.advance(task),
        )
        analysis = None
        if choice is None and not report.interrupted:
            choice = pack_choice(store, None)
            if not no_analyse:
                bind_pack(store, choice.pack)
        if not report.interrupted and not no_analyse and choice is not None:
            analysis = run_analysis(store, choice.pack, workers, progress, dask)
    store.close()
    if as_json:
        print_json({**_summary(report, db), **_pack_summary(choice), **_analysis_summary(analysis)})
    else:
        _print_summary(report, db)
        if choice is not None and not no_analyse:
            console.print(f"Pack: {escape(choice.describe())}.", highlight=False)
        _print_analysis(analysis)
    if report.interrupted or (analysis and analysis.interrupted):
        raise typer.Exit(130)
    if report.read == 0 and report.rejected:
        raise typer.Exit(1)


@app.command("analyse")
def analyse_command(
    db: DbOption = DEFAULT_DB,
    pack: PackOption = None,
    workers: WorkersOption = 1,
    dask: DaskOption = None,
) -> None:
    """Analyse stored articles that are not analysed yet (after `ingest --no-analyse`, or an interrupted run)."""
    store = existing_store(db)
    chosen = choose_pack(store, pack)
    with _sigterm_as_interrupt(), _progress(False) as progress:
        report = run_analysis(store, chosen, workers, progress, dask)
    _print_analysis(report)
    if report.analysed == 0 and not report.failed:
        console.print("Nothing to analyse: every stored article is analysed.")
    if report.interrupted:
        raise typer.Exit(130)


@app.command("reprocess")
def reprocess_command(
    db: DbOption = DEFAULT_DB,
    pack: PackOption = None,
    workers: WorkersOption = 1,
    dask: DaskOption = None,
) -> None:
    """Rebuild everything analysis derived (sentences, actors, ...) from the stored articles.

    Use it after changing or switching the domain pack. The articles themselves are kept.
    """
    store = existing_store(db)
    chosen = choose_pack(store, pack)
    with _sigterm_as_interrupt(), _progress(False) as progress:
        report = run_analysis(store, chosen, workers, progress, dask, reset=True)
    _print_analysis(report)
    if report.interrupted:
        raise typer.Exit(130)


def run_analysis(store: StoreWriter, pack: Pack, workers: int, progress: Progress, dask: str | None = None,
                 reset: bool = False) -> ProcessReport:
    """Analyse what is pending (everything again with `reset`), in this process, in `workers` processes, or on
    a Dask cluster."""
    task = progress.add_task("Analysing", total=None, unit="articles")
    pool = dask_pool(dask, workers) if dask else nullcontext((None, workers))
    with pool as (executor, slots):
        return process_pending(
            store,
            pack,
            workers=slots,
            pool=executor,
            reset=reset,
            on_start=lambda total: progress.update(task, total=total),
            on_article=lambda: progress.advance(task),
        )


def _progress(quiet: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[unit]}"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=quiet,
    )


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C so the current transaction rolls back and the summary prints."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _summary(report: IngestReport, db: str) -> dict[str, object]:
    return {
        "db": shown_location(db),
        "files": report.files,
        "read": report.read,
        "new": report.new,
        "already_known": report.known,
        "rejected": [{"path": r.source_path, "reason": r.reason} for r in report.rejected],
        "interrupted": report.interrupted,
        "seconds": round(report.seconds, 3),
        "articles_per_second": round(report.articles_per_second, 1),
    }


def _pack_summary(choice: PackChoice | None) -> dict[str, object]:
    if choice is None:
        return {"pack": None}
    return {"pack": choice.pack.name, "pack_chosen": choice.how, "pack_name_share": round(choice.share, 3)}


def _analysis_summary(analysis: ProcessReport | None) -> dict[str, object]:
    if analysis is None:
        return {"analysed": 0}
    return {
        "analysed": analysis.analysed,
        "analysis_failed": [{"article": a, "reason": r} for a, r in analysis.failed],
        "analysis_notes": [{"article": a, "note": n} for a, n in analysis.noted],
        "analysis_seconds": round(analysis.seconds, 3),
        "interrupted": analysis.interrupted,
    }


def _print_analysis(analysis: ProcessReport | None) -> None:
    if analysis is None:
        return
    if analysis.analysed:
        rate = analysis.analysed / analysis.seconds if analysis.seconds else 0.0
        console.print(f"Analysed {analysis.analysed} articles in {analysis.seconds:.1f}s ({rate:.1f} articles/s).")
    for article_id, reason in analysis.failed:
        console.print(f"  [yellow]not analysed[/yellow] {article_id}: {escape(reason)}", highlight=False)
    for article_id, note in analysis.noted:
        console.print(f"  [yellow]analysed in part[/yellow] {article_id}: {escape(note)}", highlight=False)
    if analysis.interrupted:
        console.print("[bold yellow]Interrupted[/bold yellow]: what was analysed is stored;"
                      " run the same command again to finish.")


def _print_summary(report: IngestReport, db: str) -> None:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_row("read", f"{report.read} articles from {report.files} files")
    table.add_row("new", str(report.new))
    table.add_row("already known", str(report.known))
    table.add_row("rejected", str(len(report.rejected)))
    console.print(table)
    for rejection in report.rejected:
        console.print(f"  [yellow]rejected[/yellow] {escape(rejection.source_path)}: {escape(rejection.reason)}",
                      highlight=False, soft_wrap=True)
    rate = f" ({report.articles_per_second:.1f} articles/s)" if report.read else ""
    console.print(f"Stored in {escape(shown_location(db))} in {report.seconds:.1f}s{rate}.", highlight=False)
    if report.interrupted:
        console.print("[bold yellow]Interrupted[/bold yellow]: every stored article is whole;"
                      " run the same command again to finish.")
    if not report.interrupted and report.read == 0 and not report.rejected:
        console.print(f"No articles found. Supported files: {', '.join(SUPPORTED)}.")
