"""The behaviour gate: what analysis stores, pinned, so that a refactoring can show it changed nothing.

    scripts/gate                # check against tests/data/behaviour_gate.json (exit 1 and a list if it moved)
    scripts/gate --record       # record the current behaviour as the baseline (a deliberate change)
    .venv/bin/python -m bench.gate --workers 2 --record

Two corpora are ingested and analysed, each into a fresh SQLite store, exactly as `dossier ingest` does:
the example corpus (examples/corpus) and a fixed synthetic corpus (bench/synth.py, `ARTICLES` articles of
about `WORDS` words, seed `SEED`). Then every table resolution writes is read back in a fixed order and
reduced to a row count and a hash per part: entities (and their aliases and mentions), evidence (event
mentions and their parties, anchors), events (and their participants and issues), conflicts, and the
quotes' and positions' resolved actors. A failure names the parts that moved, with the counts before and
after, so a drifting change shows where it drifted.

Re-recording is deliberate: a change meant to alter behaviour (better extraction, a resolution rule)
re-records in its own commit, saying why, with `scripts/gate --record`; a refactoring never does. Worker
count does not change the result (resolution runs in one process, in store order), so `--workers 2` is
only faster. The slow test tests/test_behaviour_gate.py runs the check.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from bench.common import ROOT
from bench.synth import synthetic_articles

BASELINE = ROOT / "tests" / "data" / "behaviour_gate.json"
EXAMPLES = ROOT / "examples" / "corpus"
ARTICLES, WORDS, SEED = 2000, 150, 15  # the synthetic corpus: fixed, so its hashes are comparable
PACK = "syria-russia"

# Each part: the SQL that reads it back, in an order that does not depend on insertion order.
PARTS: dict[str, str] = {
    "entities": "SELECT id, name, type, pack_id, wikidata, denotes, mentions, articles, state FROM entities"
                " ORDER BY id",
    "entity_aliases": "SELECT entity_id, alias, count FROM entity_aliases ORDER BY entity_id, alias",
    "mentions": 'SELECT article_id, sentence, start, "end", text, name, type, entity_id FROM mentions'
                ' ORDER BY article_id, start, "end", id',
    "evidence": 'SELECT article_id, n, sentence, trigger, start, "end", type, mode, modality, location, time, date,'
                " date_origin, month_day, event_id, issues, lemma, tense, time_ref, first_claim FROM event_mentions"
                " ORDER BY article_id, n",
    "evidence_parties": "SELECT article_id, n, role, position, entity_id FROM event_mention_parties"
                        " ORDER BY article_id, n, role, position",
    "anchors": "SELECT article_id, date, kind FROM anchors ORDER BY article_id",
    "events": "SELECT id, type, mode, modality, date, date_precision, location, summary, sources, articles,"
              " has_conflict FROM events ORDER BY id",
    "event_entities": "SELECT event_id, entity_id, role, rank FROM event_entities ORDER BY event_id, role, entity_id",
    "event_issues": "SELECT event_id, issue_id FROM event_issues ORDER BY event_id, issue_id",
    "conflicts": 'SELECT event_id, field, "values" FROM conflicts ORDER BY event_id, field, "values"',
    "quotes": 'SELECT article_id, n, sentence, start, "end", kind, speaker, cue, issues FROM quotes'
              " ORDER BY article_id, n",
    "positions": 'SELECT article_id, n, sentence, actor, issue_id, stance, negated, cue, start, "end" FROM positions'
                 " ORDER BY article_id, n",
}

Fingerprint = dict[str, dict[str, dict[str, object]]]  # corpus -> part -> {"rows": n, "hash": hex}


def fingerprint(db: Path) -> dict[str, dict[str, object]]:
    """Each part of a store: its row count and a hash of its rows (read with sqlite3, not the store's code)."""
    found: dict[str, dict[str, object]] = {}
    with sqlite3.connect(db) as con:
        for part, sql in PARTS.items():
            digest = hashlib.sha256()
            rows = 0
            for row in con.execute(sql):
                digest.update(json.dumps(list(row), ensure_ascii=False).encode())
                digest.update(b"\n")
                rows += 1
            found[part] = {"rows": rows, "hash": digest.hexdigest()[:16]}
    return found


def analyse_corpus(paths: Iterable[Path], db: Path, workers: int) -> None:
    """Ingest and analyse, as `dossier ingest` does."""
    from dossier.ingest import ingest  # spaCy comes with these
    from dossier.packs import load_pack
    from dossier.pipeline import process_pending
    from dossier.store import open_store

    store = open_store(db)
    try:
        ingest(list(paths), store)
        report = process_pending(store, load_pack(PACK), workers=workers)
        if report.failed or report.interrupted:
            raise SystemExit(f"analysis of {db.name} did not complete: {report.failed or 'interrupted'}")
    finally:
        store.close()


def measure(workers: int = 1, articles: int = ARTICLES, words: int = WORDS, seed: int = SEED) -> Fingerprint:
    """The fingerprints of both corpora."""
    with tempfile.TemporaryDirectory(prefix="dossier-gate-") as tmp:
        folder = Path(tmp)
        corpus = folder / "synthetic.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for record in synthetic_articles(articles, seed=seed, words=words):
                out.write(json.dumps(record) + "\n")
        analyse_corpus([EXAMPLES], folder / "examples.db", workers)
        analyse_corpus([corpus], folder / "synthetic.db", workers)
        return {"examples": fingerprint(folder / "examples.db"), "synthetic": fingerprint(folder / "synthetic.db")}


def differences(baseline: Fingerprint, now: Fingerprint) -> list[str]:
    """One line per part that moved: 'synthetic/events: 1523 rows -> 1519 rows, hash 3fa0... -> 91b2...'."""
    lines = []
    for corpus in sorted(baseline.keys() | now.keys()):
        before, after = baseline.get(corpus, {}), now.get(corpus, {})
        for part in [*PARTS, *sorted((before.keys() | after.keys()) - PARTS.keys())]:
            old, new = before.get(part), after.get(part)
            if old != new:
                lines.append(f"{corpus}/{part}: {_show(old)} -> {_show(new)}")
    return lines


def _show(value: dict[str, object] | None) -> str:
    return "absent" if value is None else f"{value['rows']} rows, hash {value['hash']}"


def load_baseline(path: Path = BASELINE) -> tuple[dict[str, object], Fingerprint]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["corpus"], data["fingerprint"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true", help="record the current behaviour as the baseline")
    parser.add_argument("--workers", type=int, default=2, help="analysis worker processes (default 2)")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help=f"default {BASELINE.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    corpus = {"synthetic_articles": ARTICLES, "words": WORDS, "seed": SEED, "pack": PACK}
    now = measure(args.workers)
    seconds = time.perf_counter() - started
    if args.record:
        args.baseline.write_text(json.dumps({"corpus": corpus, "fingerprint": now}, indent=2) + "\n",
                                 encoding="utf-8")
        print(f"recorded {args.baseline} ({seconds:.0f} s)")
        return 0
    recorded, baseline = load_baseline(args.baseline)
    if recorded != corpus:
        print(f"the baseline was recorded on another corpus ({recorded}); re-record it", file=sys.stderr)
        return 1
    moved = differences(baseline, now)
    if moved:
        print("behaviour moved (re-record with `scripts/gate --record` only if the change is deliberate):",
              *moved, sep="\n  ", file=sys.stderr)
        return 1
    print(f"behaviour unchanged ({seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
