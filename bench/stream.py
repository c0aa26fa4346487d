"""A simulated month of `dossier watch` polls of a synthetic feed served on 127.0.0.1: memory per day and the cost
of each poll, with something new and with nothing new.

    .venv/bin/python -m bench.stream                        # 30 days x 3,000 articles a day (hours on 2 cores)
    .venv/bin/python -m bench.stream --days 30 --per-day 100 --polls-per-day 4

The articles are bench/synth.py's, in the order they were published, served as an RSS feed (the newest
`--feed-size` entries, with an ETag) whose entries link to their pages on the same server. Each simulated day
adds `--per-day` articles in `--polls-per-day` polls, then polls once more with nothing new. The polls run in
this process through `Watcher.poll` with the watch's `Analyser` (the model and resolution's state kept between
polls, as `dossier watch` keeps them), so this process's resident memory is the watch's. One row per day:
articles so far, events and evidence resolution holds in memory, the articles it holds (and how many of them
thin: only their mentions of long-lived events), the entities, RSS, peak RSS, the mean poll with news, the poll
with nothing new; then one line: RSS growth over the last ten days as a share of the first day's, and the
poll costs. Results go to bench/results/NAME.json.
"""

from __future__ import annotations

import argparse
import html
import resource
import statistics
import sys
import threading
import time
from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any
from xml.sax.saxutils import escape

from bench.common import save
from bench.synth import article


class Feed:
    """The synthetic feed and its pages; `published` articles are visible."""

    def __init__(self, articles: list[dict[str, str]], feed_size: int) -> None:
        self.articles, self.feed_size = articles, feed_size
        self.published = 0
        self.lock = threading.Lock()

    def rss(self) -> tuple[bytes, str]:
        with self.lock:
            shown = range(max(0, self.published - self.feed_size), self.published)
            etag = f'"{self.published}"'
        items = "".join(
            f"<item><guid>synth-{i}</guid><title>{escape(self.articles[i]['title'])}</title>"
            f"<link>/a/{i}.html</link><pubDate>{_rfc822(self.articles[i]['published'])}</pubDate></item>"
            for i in reversed(shown))
        body = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Synthetic wire</title>"
                f"<link>http://127.0.0.1/</link><description>bench</description>{items}</channel></rss>")
        return body.encode(), etag

    def page(self, i: int) -> bytes:
        a = self.articles[i]
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in a["text"].split("\n\n"))
        return (f"<!doctype html><html><head><title>{html.escape(a['title'])}</title>"
                f"<meta property='og:site_name' content='{html.escape(a['outlet'])}'>"
                f"<meta property='article:published_time' content='{a['published']}'></head>"
                f"<body><article><h1>{html.escape(a['title'])}</h1>{paragraphs}</article></body></html>").encode()


def _rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")))


def serve(feed: Feed) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/feed.rss":
                body, etag = feed.rss()
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self._send(body, "application/rss+xml; charset=utf-8", etag)
            elif self.path.startswith("/a/") and self.path.endswith(".html"):
                self._send(feed.page(int(self.path[3:-5])), "text/html; charset=utf-8")
            else:
                self.send_error(404)

        def _send(self, body: bytes, kind: str, etag: str | None = None) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(days: int, per_day: int, polls_per_day: int, feed_size: int, workers: int, seed: int, db: Path,
        window: int | None = None) -> dict[str, Any]:
    from dossier.packs import load_pack
    from dossier.store import open_store
    from dossier.watch import Analyser, Limits, Watcher, make_source

    total = days * per_day
    started = time.perf_counter()
    pool = sorted((article(seed, i) for i in range(total)), key=lambda a: a["published"])
    print(f"{total} synthetic articles made in {time.perf_counter() - started:.1f}s", file=sys.stderr)
    feed = Feed(pool, feed_size)
    server, base = serve(feed)
    store = open_store(db)
    pack = load_pack("syria-russia")
    analyser = Analyser(store, pack, workers)
    if window is not None:
        analyser.kept.window_days = window or None  # 0: keep every event in memory
    watcher = Watcher([make_source(f"{base}/feed.rss")], store, Limits(20 << 20, 20.0), 0.0, analyser,
                      on_poll=lambda report: None)
    rows: list[dict[str, Any]] = []
    print(f"{'day':>4} {'articles':>8} {'events':>7} {'evidence':>8} {'held':>5} {'thin':>5} {'entities':>8}"
          f" {'RSS MB':>7} {'peak MB':>7} {'poll s':>7} {'empty s':>7} {'loads':>5} {'retired':>7} {'restored':>8}",
          file=sys.stderr)
    try:
        for day in range(1, days + 1):
            seconds = []
            for p in range(polls_per_day):
                with feed.lock:
                    feed.published = min(total, (day - 1) * per_day + (p + 1) * per_day // polls_per_day)
                watcher.due = dict.fromkeys(watcher.due, 0.0)
                report = watcher.poll()
                seconds.append(report.seconds)
            watcher.due = dict.fromkeys(watcher.due, 0.0)
            empty = watcher.poll()
            resolver = analyser.kept.resolver
            held = resolver.events.events if resolver is not None else {}
            kept_window = analyser.kept.events.window if analyser.kept.events is not None else None
            row = {"day": day, "articles": store.stats()["articles"], "events_in_memory": len(held),
                   "evidence_in_memory": sum(len(e.evidence) for e in held.values()),
                   "articles_in_memory": len(resolver.events.by_article) if resolver is not None else 0,
                   "thin_articles": len(resolver.events.state.thin) if resolver is not None else 0,
                   "entities_in_memory": len(resolver.actors.entities) if resolver is not None else 0,
                   "rss_mb": round(rss_mb(), 1),
                   "peak_rss_mb": round(peak_mb(), 1), "poll_seconds": round(statistics.mean(seconds), 3),
                   "empty_poll_seconds": round(empty.seconds, 3), "empty_poll_new": empty.new_articles,
                   "resolver_loads": analyser.kept.loads,
                   "retired": kept_window.retired if kept_window else 0,
                   "restored": kept_window.restored if kept_window else 0}
            rows.append(row)
            print(f"{day:>4} {row['articles']:>8} {row['events_in_memory']:>7} {row['evidence_in_memory']:>8}"
                  f" {row['articles_in_memory']:>5} {row['thin_articles']:>5} {row['entities_in_memory']:>8}"
                  f" {row['rss_mb']:>7} {row['peak_rss_mb']:>7} {row['poll_seconds']:>7} {row['empty_poll_seconds']:>7}"
                  f" {row['resolver_loads']:>5} {row['retired']:>7} {row['restored']:>8}", file=sys.stderr)
    finally:
        analyser.close()
        store.close()
        server.shutdown()
    summary = _summary(rows)
    print(summary["line"], file=sys.stderr)
    return {"summary": summary, "days": days, "per_day": per_day,
            "polls_per_day": polls_per_day, "feed_size": feed_size,
            "workers": workers, "seed": seed, "window_days": window, "seconds": round(time.perf_counter() - started, 1),
            "rows": rows}


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Is memory flat? The growth of RSS over the last ten days (or the last half of a shorter run) as a share of
    the first day's, and the cost of a poll with news and of one with nothing new."""
    if not rows:
        return {"line": "no days"}
    tail = rows[-min(10, max(1, len(rows) // 2)) - 1:]
    growth = tail[-1]["rss_mb"] - tail[0]["rss_mb"]
    share = growth / rows[0]["rss_mb"]
    polls = [r["poll_seconds"] for r in rows]
    empty = [r["empty_poll_seconds"] for r in rows]
    line = (f"RSS day 1 {rows[0]['rss_mb']} MB, day {rows[-1]['day']} {rows[-1]['rss_mb']} MB; last {len(tail) - 1}"
            f" days {growth:+.1f} MB ({share:+.1%} of day 1); poll with news mean {statistics.mean(polls):.2f}s"
            f" (max {max(polls):.2f}s), poll with nothing new mean {statistics.mean(empty):.3f}s"
            f" (max {max(empty):.3f}s)")
    return {"line": line, "last_days": len(tail) - 1, "growth_mb": round(growth, 1), "growth_share": round(share, 4),
            "poll_mean_s": round(statistics.mean(polls), 3), "empty_poll_max_s": round(max(empty), 3)}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.stream", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=3000, help="articles a simulated day (default 3,000)")
    parser.add_argument("--polls-per-day", type=int, default=4, help="polls that bring articles, each day")
    parser.add_argument("--feed-size", type=int, default=1000, help="entries the feed lists (the newest)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--window", type=int, default=None,
                        help="days of events resolution keeps in memory (default: the watch's, 60; 0: all)")
    parser.add_argument("--db", type=Path, default=None, help="the store (default: a temporary file)")
    parser.add_argument("--name", default="stream", help="the results file: bench/results/NAME.json")
    args = parser.parse_args(argv)
    if args.per_day // args.polls_per_day > args.feed_size:
        parser.error("--feed-size must hold a poll's articles")
    with TemporaryDirectory(prefix="dossier-stream-") as folder:
        db = args.db or Path(folder) / "stream.db"
        result = run(args.days, args.per_day, args.polls_per_day, args.feed_size, args.workers, args.seed, db,
                     args.window)
    print(save(args.name, result))


if __name__ == "__main__":
    main()
