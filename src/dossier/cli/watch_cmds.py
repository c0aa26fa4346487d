"""`dossier watch`: follow feeds, folders and lists of addresses, reading and analysing only what is new."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

import typer
from rich.markup import escape

from dossier.cli.app import app
from dossier.cli.common import (
    DEFAULT_DB,
    DbOption,
    PackOption,
    WorkersOption,
    choose_pack,
    console,
    err_console,
    parse_size,
)
from dossier.cli.ingest_cmds import TimeoutOption, _sigterm_as_interrupt
from dossier.query import Dossier
from dossier.read import DEFAULT_TIMEOUT
from dossier.store import Store, open_store, shown_location
from dossier.watch import Analyser, Ending, Limits, Notifier, PollReport, Source, Watcher, make_source
from dossier.watch.analysis import bind_pack
from dossier.watch.schedule import parse_duration, shown_duration


@app.command("watch")
def watch_command(
    sources: Annotated[
        list[str],
        typer.Argument(help="RSS/Atom feeds (http(s) addresses or saved feed files), folders, and text files listing"
                            " article addresses (one per line).", show_default=False, metavar="SOURCE..."),
    ],
    every: Annotated[str, typer.Option("--every", metavar="DURATION",
                                       help="Poll each source this often (15m, 1h, 90s, 1h30m).")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll every source once and exit (for cron and CI).")] = False,
    db: DbOption = DEFAULT_DB,
    pack: PackOption = None,
    workers: WorkersOption = 1,
    no_analyse: Annotated[
        bool, typer.Option("--no-analyse", help="Only read and store; analyse later with `dossier analyse`.")
    ] = False,
    max_size: Annotated[
        str, typer.Option("--max-size", help="Skip feeds, pages and files larger than this (e.g. 20MB, 512KB).")
    ] = "20MB",
    timeout: TimeoutOption = DEFAULT_TIMEOUT,
    as_json: Annotated[bool, typer.Option("--json", help="Print each poll as one line of JSON.")] = False,
    notify: Annotated[str | None, typer.Option(
        "--notify", metavar="COMMAND", show_default=False,
        help="Run COMMAND (through the shell) after each poll that changed something, with the poll and its"
             " changes as JSON on standard input (as `dossier changes --json` lists them). A failing command is"
             " reported and the watch goes on.")] = None,
) -> None:
    """Follow a developing story: poll sources, read and analyse only what is new.

    A SOURCE is an RSS or Atom feed (its address; each new entry's page is read like `dossier
    ingest URL`), a folder (new and changed files), or a text file of article addresses. The store
    remembers what was read (feed entries, ETag/Last-Modified, file fingerprints), so each poll
    reads only what is new, and a restarted watch goes on where it stopped. Each poll prints one
    line: new articles, new events, new conflicts, changed stances, sources down (counted from the
    change log: `dossier changes` lists them). A source that is down, malformed or slow is reported
    and retried with backoff while the others go on. --notify runs a command with each poll's
    changes.

    Ctrl-C or SIGTERM stops cleanly. Exit status: 0 when stopped between polls (or after --once),
    1 when with --once no source could be read, 130 when interrupted during a poll.
    """
    interval = parse_duration(every)
    limits = Limits(parse_size(max_size), timeout)
    followed: dict[str, Source] = {}
    for given in sources:
        source = make_source(given)
        followed.setdefault(source.name, source)
    store = open_store(db)
    analyser = None
    if not no_analyse:
        chosen_pack = choose_pack(store, pack)
        bind_pack(store, chosen_pack)  # a pack mismatch is reported before reading, not after
        analyser = Analyser(store, chosen_pack, workers)
    if not as_json:
        rhythm = "once" if once else f"every {shown_duration(interval)}, Ctrl-C stops"
        console.print(f"Watching {_count(len(followed), 'source')} into {escape(shown_location(db))} ({rhythm}).",
                      highlight=False)
    watcher = Watcher(list(followed.values()), store, limits, interval, analyser,
                      on_poll=_printer(as_json, once), describe=_describer(store),
                      notify=Notifier(notify) if notify else None)
    try:
        with _sigterm_as_interrupt():
            ending = watcher.run(once=once)
    finally:
        if analyser is not None:
            analyser.close()
        store.close()
    if ending is Ending.INTERRUPTED:
        if not as_json:
            console.print("[bold yellow]Interrupted[/bold yellow] during a poll: every stored article is whole;"
                          " the next poll completes the work.")
        raise typer.Exit(130)
    if ending is Ending.STOPPED and not as_json:
        console.print("Stopped.")
    if ending is Ending.DONE and _all_down(watcher):
        raise typer.Exit(1)


def _describer(store: Store) -> Callable[[int, int], list[dict[str, Any]]]:
    """A poll's changes as `dossier changes --json` shows them (the query layer words them)."""
    dossier = Dossier(store)

    def describe(after: int, upto: int) -> list[dict[str, Any]]:
        return dossier.changes(after=after, upto=upto).to_dicts()

    return describe


def _all_down(watcher: Watcher) -> bool:
    last = watcher.last
    return last is not None and bool(last.sources) and all(result.error is not None for result in last.sources)


def _printer(as_json: bool, once: bool) -> Callable[[PollReport], None]:
    """What each poll prints: one line (of JSON, with --json) on standard output, then one line on standard error
    for each source down and each entry rejected (with when a source is tried again, unless --once)."""

    def show(report: PollReport) -> None:
        if as_json:
            typer.echo(json.dumps(report.as_json(), ensure_ascii=False))
        else:
            _print_poll(report)
        _print_problems(report, retries=not once)

    return show


def _print_poll(report: PollReport) -> None:
    parts = [_count(report.new_articles, "new article")]
    analysis = report.analysis
    if analysis is not None:
        parts += [_count(analysis.new_events, "new event"), _count(analysis.new_conflicts, "new conflict")]
        if stances := analysis.counts.get("stance", 0):
            parts.append(_count(stances, "changed stance"))
    sources = [_count(len(report.sources), "source")]
    if quiet := sum(1 for result in report.sources if result.not_modified and result.error is None):
        sources.append(f"{quiet} unchanged")
    if report.down:
        sources.append(f"[yellow]{len(report.down)} down[/yellow]")
    rejected = sum(len(result.rejected) for result in report.sources)
    if rejected:
        sources.append(f"{rejected} rejected")
    stamp = datetime.now().strftime("%H:%M:%S")
    end = " [yellow]interrupted[/yellow]" if report.interrupted else ""
    console.print(f"{stamp} poll {report.number}: {', '.join(parts)} | {', '.join(sources)}"
                  f" ({report.seconds:.1f}s){end}", highlight=False, soft_wrap=True)


def _print_problems(report: PollReport, retries: bool) -> None:
    for result in report.sources:
        name = escape(result.source)
        if result.error is not None:
            retry = f" (retry in {shown_duration(result.retry_in)})" if retries and result.retry_in is not None else ""
            err_console.print(f"  [yellow]down[/yellow] {result.kind} {name}: {escape(result.error)}{retry}",
                              highlight=False, soft_wrap=True)
        for rejection in result.rejected:
            err_console.print(f"  [yellow]rejected[/yellow] {escape(rejection.source_path)}: "
                              f"{escape(rejection.reason)}", highlight=False, soft_wrap=True)
        for rejection in result.retry:
            err_console.print(f"  [yellow]retry later[/yellow] {escape(rejection.source_path)}: "
                              f"{escape(rejection.reason)}", highlight=False, soft_wrap=True)
    if report.analysis_error is not None:
        err_console.print(f"  [yellow]not analysed yet[/yellow]: {escape(report.analysis_error)}", highlight=False)
    if report.notify_error is not None:
        err_console.print(f"  [yellow]notify failed[/yellow]: {escape(report.notify_error)}", highlight=False,
                          soft_wrap=True)
    if report.analysis is not None:
        for article_id, reason in report.analysis.failed:
            err_console.print(f"  [yellow]not analysed[/yellow] {article_id}: {escape(reason)}", highlight=False)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
