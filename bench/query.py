"""How fast the web app and its API answer, and whether that grows with the store.

    .venv/bin/python -m bench.query                       # 1k and 10k synthetic stores, then 16 clients + an ingest
    .venv/bin/python -m bench.query --sizes 1000 --clients 0 --repeat 5     # quick look

Builds synthetic stores (bench/synth.py, `--words` per article, few by default so that a 10k store builds in
minutes: the queries' cost grows with rows, not with words) once and caches them under `--cache`
(/tmp/dossier-bench-query; the 10k store is the 1k store with 9,000 more articles ingested). Each store is
served by the real server (`dossier serve`, uvicorn) on 127.0.0.1, and every API route and page is asked for
by one client, `--repeat` times after a warm-up, the sizes alternating request by request (all the stores are
served at once, so that the rest of the machine's load weighs on each alike), and all of that `--rounds` times:
p50 and p95 per route and size, and the growth exponent b of t ~ N^b between the smallest and the largest size
(log(t_large / t_small) / log(size ratio)). On a machine others use, one round's exponents move by +-0.3 from
run to run (a few milliseconds of someone else's work on either side), so the exponent is taken from the median
over the rounds of each route's p50, and also from the server's own CPU time per request (the sum over its
threads of /proc's schedstat run time, read before and after the route's requests): what the route costs the
server, which another process's load does not lengthen. The CPU exponent is the one that says whether a route's
work grows with the store.
Then `--clients` clients ask for the routes in a random order for `--seconds` while `dossier ingest` adds
articles to a copy of the largest store: p50, p95, p99, requests per second and the count of 5xx answers, then
p50 and p95 per route (slowest first), so that the routes that miss the target are named.

Targets (issue 18): every route p95 <= 100 ms at 10k, exponent <= 0.2; 16 clients + ingest p95 <= 500 ms, no
5xx. Results go to bench/results/query.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from bench.common import ROOT, save

CACHE = Path("/tmp/dossier-bench-query")
PACK = "syria-russia"
# Every GET route of the API and every page; {event}, {entity}, {article} and {issue} are filled from the store
# (the most mentioned actor, the first event and article, the most discussed issue).
ROUTES = (
    "/api/stats", "/api/articles", "/api/articles/{article}", "/api/search?q=Lavrov", "/api/entities",
    "/api/entities/{entity}", "/api/network", "/api/timeline", "/api/events/{event}", "/api/conflicts",
    "/api/issues", "/api/issues/{issue}", "/api/quotes", "/api/outlets",
    "/", "/timeline", "/events/{event}", "/articles/{article}", "/actors", "/actors/{entity}", "/network",
    "/search?q=Lavrov", "/issues", "/issues/{issue}", "/sources", "/api",
)
TARGET_P95_MS, TARGET_EXPONENT, TARGET_LOADED_P95_MS = 100.0, 0.2, 500.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (default 1000,10000)")
    parser.add_argument("--words", type=int, default=60, help="words per synthetic article (default 60)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per route, size and round (default 20)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds over every route (default 3; the exponents"
                                                               " come from the median round)")
    parser.add_argument("--cold", type=int, default=5, help="requests per route and size with nothing kept"
                                                             " (in this process; 0: skip)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients in the last phase (0: skip it)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long the concurrent phase runs")
    parser.add_argument("--ingest", type=int, default=300, help="articles the concurrent phase's ingest adds")
    parser.add_argument("--workers", type=int, default=2, help="analysis processes when building a store")
    parser.add_argument("--cache", type=Path, default=CACHE, help=f"where built stores are kept (default {CACHE})")
    parser.add_argument("--routes", default="", help="only the routes containing this text (comma-separated)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    folder = args.cache / f"s{args.seed}-w{args.words}"
    folder.mkdir(parents=True, exist_ok=True)
    routes = [r for r in ROUTES if not args.routes or any(part in r for part in args.routes.split(","))]

    dbs = {size: build_store(folder, size, args.seed, args.words, args.workers) for size in sizes}
    with ExitStack() as running:
        servers = {size: running.enter_context(Server(db)) for size, db in dbs.items()}
        rounds = [time_routes(servers, routes, args.repeat) for _ in range(max(1, args.rounds))]
        ids = {size: server.ids for size, server in servers.items()}
    single = combine(rounds)
    for size in sizes:
        print_sizes(single, routes, size)
    growth = exponents(single, sizes)
    print_growth(single, growth, sizes, [exponents(r, sizes) for r in rounds], exponents(single, sizes, "cpu_ms"))
    cold: dict[int, dict[str, dict[str, float]]] = {}
    if args.cold:
        cold = cold_work(dbs, ids, routes, args.cold)
        print_cold(cold, sizes)
    loaded: dict[str, Any] = {}
    if args.clients:
        loaded = under_load(folder, max(sizes), args)
        print(f"\n{args.clients} clients for {loaded['seconds']:.0f} s while an ingest writes"
              f" ({loaded['ingested']} articles stored meanwhile): {loaded['requests']} requests,"
              f" {loaded['per_second']:.1f}/s, p50 {loaded['p50_ms']:.0f} ms, p95 {loaded['p95_ms']:.0f} ms,"
              f" p99 {loaded['p99_ms']:.0f} ms, 5xx: {loaded['5xx']}, other errors: {loaded['errors']}")
        print_loaded_routes(loaded)
        print(f"  target p95 <= {TARGET_LOADED_P95_MS:.0f} ms and no 5xx: "
              f"{'met' if loaded['p95_ms'] <= TARGET_LOADED_P95_MS and not loaded['5xx'] else 'NOT met'}")
    path = save("query", {"sizes": sizes, "words": args.words, "repeat": args.repeat, "rounds": len(rounds),
                          "load_average": os.getloadavg(),
                          "single_client": {str(k): v for k, v in single.items()}, "exponents": growth,
                          "cpu_exponents": exponents(single, sizes, "cpu_ms"),
                          "round_exponents": [exponents(r, sizes) for r in rounds],
                          "cold": {str(k): v for k, v in cold.items()},
                          "cold_exponents": exponents(cold, sizes, "cpu_ms") if cold else {}, "loaded": loaded})
    print(f"\nsaved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


# --- stores ----------------------------------------------------------------------------------------------


def build_store(folder: Path, size: int, seed: int, words: int, workers: int) -> Path:
    """The store of the first `size` synthetic articles, built once (from the next smaller store when there is
    one: article i depends only on (seed, i))."""
    db = folder / f"store-{size}.db"
    if db.exists():
        return db
    corpus = folder / f"corpus-{size}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, range(size), seed, words)
    building = folder / f"building-{size}.db"
    for stale in folder.glob(f"building-{size}.db*"):
        stale.unlink()
    smaller = sorted((int(p.stem.split("-")[1]), p) for p in folder.glob("store-*.db")
                     if p.stem.split("-")[1].isdigit() and int(p.stem.split("-")[1]) < size)
    if smaller:
        shutil.copyfile(smaller[-1][1], building)
    print(f"building the {size:,}-article store in {building} (once; cached) ...", flush=True)
    started = time.perf_counter()
    subprocess.run(["nice", sys.executable, "-m", "dossier", "ingest", str(corpus), "--db", str(building),
                    "--workers", str(workers), "--pack", PACK], check=True, stdout=subprocess.DEVNULL)
    building.rename(db)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def write_corpus(path: Path, indices: range, seed: int, words: int) -> None:
    from bench.synth import article

    with path.open("w", encoding="utf-8") as out:
        for i in indices:
            out.write(json.dumps(article(seed, i, words), ensure_ascii=False) + "\n")


def migrated(db: Path) -> Path:
    """The store at the current schema (the server opens it read-only and refuses an older one)."""
    subprocess.run([sys.executable, "-c", "import sys; from dossier.store import open_store;"
                    " open_store(sys.argv[1], create=False).close()", str(db)], check=True)
    return db


# --- the server ------------------------------------------------------------------------------------------


class Server:
    """`dossier serve` on a free port of 127.0.0.1, for the time of a `with` block."""

    def __init__(self, db: Path) -> None:
        self.db = migrated(db)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process: subprocess.Popen[bytes] | None = None
        self.ids: dict[str, str] = {}

    def __enter__(self) -> Server:
        self.process = subprocess.Popen([sys.executable, "-m", "dossier", "serve", "--db", str(self.db), "--port",
                                         str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _ = self.get("/api/stats")
                if status == 200:
                    break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                problem = self.process.stderr.read().decode() if self.process.stderr else ""
                raise SystemExit(f"the server did not start: {problem}")
            time.sleep(0.2)
        self.ids = self._ids()
        self._settle()
        return self

    def _settle(self, most: float = 90.0) -> None:
        """Wait until the server's start-up work (the aggregates and pages it computes as it starts, in a thread)
        is done: its CPU time stops growing (Linux /proc; elsewhere, no wait), so none of it is timed."""
        assert self.process is not None
        stat = Path(f"/proc/{self.process.pid}/stat")
        if not stat.exists():
            return
        tick = os.sysconf("SC_CLK_TCK")

        def cpu() -> float:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / tick  # utime + stime

        deadline, quiet, last = time.monotonic() + most, 0, cpu()
        while quiet < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
            now = cpu()
            quiet = quiet + 1 if now - last < 0.02 else 0
            last = now

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def cpu_seconds(self) -> float:
        """The server's CPU time so far: the run time of each of its threads (/proc schedstat, nanoseconds), summed
        (0 where /proc is not there). A thread that ends takes its time with it; the server's threads live on."""
        if self.process is None:
            return 0.0
        total = 0
        for task in Path(f"/proc/{self.process.pid}/task").glob("*/schedstat"):
            try:
                total += int(task.read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue
        return total / 1e9

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)

    def get(self, path: str, connection: http.client.HTTPConnection | None = None) -> tuple[int, bytes]:
        own = connection is None
        conn = connection or self.connection()
        try:
            conn.request("GET", path, headers={"Host": "127.0.0.1"})
            answer = conn.getresponse()
            return answer.status, answer.read()
        finally:
            if own:
                conn.close()

    def json(self, path: str) -> Any:
        status, body = self.get(path)
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status}: {body[:200]!r}")
        return json.loads(body)

    def _ids(self) -> dict[str, str]:
        def first(path: str, key: str = "id") -> str:
            found = self.json(path)
            items = found["items"] if isinstance(found, dict) and "items" in found else found
            return str(items[0][key]) if items else "none"

        return {"event": first("/api/timeline?limit=1"), "entity": first("/api/entities?limit=1"),
                "article": first("/api/articles?limit=1"), "issue": first("/api/issues?limit=1")}

    def path(self, route: str) -> str:
        return route.format(**self.ids)


# --- one client ------------------------------------------------------------------------------------------


def time_routes(servers: dict[int, Server], routes: list[str], repeat: int) -> dict[int, dict[str, dict[str, Any]]]:
    """Each route on each store, one request at a time, the sizes alternating (so that what else the machine does
    weighs on each size alike)."""
    found: dict[int, dict[str, dict[str, Any]]] = {size: {} for size in servers}
    connections = {size: server.connection() for size, server in servers.items()}
    for route in routes:
        paths = {size: server.path(route) for size, server in servers.items()}
        for size, server in servers.items():
            for _ in range(2):  # warm-up: templates compiled, what is kept per store version computed
                server.get(paths[size], connections[size])
        times: dict[int, list[float]] = {size: [] for size in servers}
        statuses: dict[int, set[int]] = {size: set() for size in servers}
        cpu: dict[int, float] = {size: 0.0 for size in servers}
        for _ in range(repeat):
            for size, server in servers.items():
                before = server.cpu_seconds()
                started = time.perf_counter()
                status, _ = server.get(paths[size], connections[size])
                times[size].append((time.perf_counter() - started) * 1000)
                cpu[size] += max(0.0, server.cpu_seconds() - before)
                statuses[size].add(status)
        for size in servers:
            found[size][route] = {"p50_ms": round(percentile(times[size], 50), 2),
                                  "p95_ms": round(percentile(times[size], 95), 2),
                                  "cpu_ms": round(cpu[size] * 1000 / repeat, 3), "status": max(statuses[size]),
                                  "times": times[size]}
    for connection in connections.values():
        connection.close()
    return found


def combine(rounds: list[dict[int, dict[str, dict[str, Any]]]]) -> dict[int, dict[str, dict[str, Any]]]:
    """Several rounds as one: per route and size the median of the rounds' p50s and CPU times, the p95 of all the
    requests of every round, and each round's p50 (to see the spread)."""
    found: dict[int, dict[str, dict[str, Any]]] = {}
    for size, by_route in rounds[0].items():
        found[size] = {}
        for route in by_route:
            each = [r[size][route] for r in rounds]
            found[size][route] = {
                "p50_ms": round(statistics.median(e["p50_ms"] for e in each), 2),
                "p95_ms": round(percentile([t for e in each for t in e["times"]], 95), 2),
                "cpu_ms": round(statistics.median(e["cpu_ms"] for e in each), 3),
                "round_p50_ms": [e["p50_ms"] for e in each], "status": max(e["status"] for e in each)}
    return found


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return math.nan
    k = (len(ordered) - 1) * q / 100
    low, high = math.floor(k), math.ceil(k)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def exponents(single: dict[int, dict[str, dict[str, Any]]], sizes: list[int], key: str = "p50_ms") -> dict[str, float]:
    """b in t ~ N^b per route between the smallest and the largest size, from `key` (p50_ms or cpu_ms)."""
    if len(sizes) < 2:
        return {}
    small, large = single[sizes[0]], single[sizes[-1]]
    ratio = math.log(sizes[-1] / sizes[0])
    return {route: round(math.log(max(large[route][key], 0.01) / max(small[route][key], 0.01)) / ratio, 2)
            for route in small if route in large}


def print_sizes(single: dict[int, dict[str, dict[str, Any]]], routes: list[str], size: int) -> None:
    print(f"\n{size:,} articles, one client (ms):")
    for route in routes:
        r = single[size][route]
        status = "" if r["status"] == 200 else f"  HTTP {r['status']:.0f}"
        print(f"  {route:28} p50 {r['p50_ms']:8.1f}  p95 {r['p95_ms']:8.1f}  server CPU {r['cpu_ms']:7.2f}{status}")


def print_growth(single: dict[int, dict[str, dict[str, Any]]], growth: dict[str, float], sizes: list[int],
                 per_round: list[dict[str, float]], cpu: dict[str, float]) -> None:
    large = single[sizes[-1]]
    slow = [r for r, v in large.items() if v["p95_ms"] > TARGET_P95_MS]
    print(f"\nslowest p95 at {sizes[-1]:,}: {max(v['p95_ms'] for v in large.values()):.1f} ms"
          f" ({', '.join(slow) or 'every route'} {'over' if slow else 'within'} {TARGET_P95_MS:.0f} ms)")
    if not growth:
        return
    for label, found in ((f"p50, median of {len(per_round)} rounds", growth), ("server CPU per request", cpu)):
        steep = {r: b for r, b in found.items() if b > TARGET_EXPONENT}
        print(f"growth exponent {sizes[0]:,} -> {sizes[-1]:,} ({label}): max {max(found.values()):.2f}, median"
              f" {statistics.median(found.values()):.2f}; over {TARGET_EXPONENT}: "
              + (", ".join(f"{r} {b:.2f}" for r, b in sorted(steep.items(), key=lambda kv: -kv[1])) or "none"))
    if len(per_round) > 1:
        print("  each round's largest p50 exponent (the noise one round alone would show): "
              + ", ".join(f"{max(r.values()):.2f} ({max(r, key=lambda k: r[k])})" for r in per_round))


def print_loaded_routes(loaded: dict[str, Any]) -> None:
    """Every route under load, slowest p95 first (those over the loaded target are marked)."""
    print("  per route under load (ms), slowest p95 first:")
    for route, p95 in sorted(loaded["p95_ms_by_route"].items(), key=lambda kv: -kv[1]):
        over = "  over" if p95 > TARGET_LOADED_P95_MS else ""
        print(f"    {route:28} n {loaded['requests_by_route'][route]:5}  p50 {loaded['p50_ms_by_route'][route]:7.0f}"
              f"  p95 {p95:7.0f}{over}")


# --- the work of each route with nothing kept ------------------------------------------------------------


def cold_work(dbs: dict[int, Path], ids: dict[int, dict[str, str]], routes: list[str],
              repeat: int) -> dict[int, dict[str, dict[str, float]]]:
    """What each route costs when nothing is kept (the first request after a write): the app in this process
    (FastAPI's TestClient, no server), store/cache.py's memory emptied before each request, the CPU time of this
    process per request (all of its threads). The single-client figures above are mostly answers kept per store
    version; these are the work behind them, lagging aggregates included, and their growth is the growth of
    the work itself."""
    from fastapi.testclient import TestClient

    from dossier.store import cache
    from dossier.web.app import create_app

    found: dict[int, dict[str, dict[str, float]]] = {}
    for size, db in dbs.items():
        found[size] = {}
        with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
            for route in routes:
                path = route.format(**ids[size])
                client.get(path)  # templates compiled, connections opened
                cpu, wall = [], []
                for _ in range(repeat):
                    cache.CACHE.clear()
                    started, started_cpu = time.perf_counter(), time.process_time()
                    client.get(path)
                    cpu.append((time.process_time() - started_cpu) * 1000)
                    wall.append((time.perf_counter() - started) * 1000)
                found[size][route] = {"cpu_ms": round(statistics.median(cpu), 2),
                                      "p50_ms": round(statistics.median(wall), 2)}
    return found


def print_cold(cold: dict[int, dict[str, dict[str, float]]], sizes: list[int]) -> None:
    print("\nwith nothing kept (the first request after a write; CPU ms of the app, median), "
          + " / ".join(f"{s:,}" for s in sizes) + ", and the exponent:")
    growth = exponents(cold, sizes, "cpu_ms")
    for route in cold[sizes[0]]:
        cells = "  ".join(f"{cold[s][route]['cpu_ms']:8.1f}" for s in sizes)
        print(f"  {route:28} {cells}  {growth.get(route, math.nan):5.2f}")
    if growth:
        steep = {r: b for r, b in growth.items() if b > TARGET_EXPONENT}
        print(f"  over {TARGET_EXPONENT}: " + (", ".join(f"{r} {b:.2f}" for r, b in
                                                    sorted(steep.items(), key=lambda kv: -kv[1])) or "none"))


# --- many clients while an ingest writes ------------------------------------------------------------------


def under_load(folder: Path, size: int, args: argparse.Namespace) -> dict[str, Any]:
    """`args.clients` clients for `args.seconds` against a copy of the largest store while `dossier ingest` adds
    `args.ingest` more articles to it."""
    base = build_store(folder, size, args.seed, args.words, args.workers)
    work = folder / "loaded"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    db = work / "store.db"
    shutil.copyfile(base, db)
    extra = work / "extra.jsonl"
    write_corpus(extra, range(size, size + args.ingest), args.seed, args.words)
    latencies: list[float] = []
    by_route: dict[str, list[float]] = {}
    statuses: dict[int, int] = {}
    errors = [0]
    lock = threading.Lock()
    with Server(db) as server:
        before = int(server.json("/api/stats")["articles"])
        ingest = subprocess.Popen(["nice", sys.executable, "-m", "dossier", "ingest", str(extra), "--db", str(db),
                                   "--workers", "1", "--pack", PACK], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, env={**os.environ, "DOSSIER_VERBOSE": ""})
        deadline = time.monotonic() + 120
        while int(server.json("/api/stats")["articles"]) == before and time.monotonic() < deadline:
            time.sleep(0.2)  # the clients start once the ingest writes
        paths = {server.path(r): r for r in ROUTES}
        stop = time.monotonic() + args.seconds

        def client(n: int) -> None:
            rng = random.Random(n)
            connection = server.connection()
            while time.monotonic() < stop:
                path = rng.choice(list(paths))
                started = time.perf_counter()
                try:
                    status, _ = server.get(path, connection)
                except (OSError, http.client.HTTPException):
                    with lock:
                        errors[0] += 1
                    connection.close()
                    connection = server.connection()
                    continue
                elapsed = (time.perf_counter() - started) * 1000
                with lock:
                    latencies.append(elapsed)
                    by_route.setdefault(paths[path], []).append(elapsed)
                    statuses[status] = statuses.get(status, 0) + 1
            connection.close()

        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.monotonic() - started
        after = int(server.json("/api/stats")["articles"])
        still_writing = ingest.poll() is None
        ingest.terminate()
        ingest.wait(timeout=60)
    return {"clients": args.clients, "seconds": round(seconds, 1), "requests": len(latencies),
            "per_second": round(len(latencies) / seconds, 1), "p50_ms": round(percentile(latencies, 50), 1),
            "p95_ms": round(percentile(latencies, 95), 1), "p99_ms": round(percentile(latencies, 99), 1),
            "statuses": {str(k): v for k, v in sorted(statuses.items())},
            "5xx": sum(v for k, v in statuses.items() if k >= 500), "errors": errors[0],
            "ingested": after - before, "ingest_still_writing_at_end": still_writing,
            "p50_ms_by_route": {r: round(percentile(t, 50), 1) for r, t in sorted(by_route.items())},
            "p95_ms_by_route": {r: round(percentile(t, 95), 1) for r, t in sorted(by_route.items())},
            "requests_by_route": {r: len(t) for r, t in sorted(by_route.items())}}


if __name__ == "__main__":
    main()
