"""Search ranks the matches among the RANK_WINDOW matching articles stored last (or as many as the page asked for
needs), so that ranking costs the same at any size of store; within them, the best match first."""

from __future__ import annotations

import pytest

from dossier.models import Article, Origin, Sourced
from dossier.read.normalise import article_id
from dossier.store import cache as kept
from dossier.store import open_reader, open_store
from tests.helpers.stores import Location

TEXTS = (  # stored in this order; the first matches best (the word in its title and three times in its text)
    "The lighthouse keeper climbed the lighthouse stairs and lit the lighthouse lamp at dusk.",
    "Fishermen saw the lighthouse from the bay as the storm came in over the reef.",
    "A ferry passed the old lighthouse on its way to the island harbour before noon.",
    "Tourists walked to the lighthouse along the cliff path in the evening sun.",
    "Children drew the lighthouse on the school wall during the summer fair.",
)


def _article(n: int, text: str) -> Article:
    title = "Lighthouse night" if n == 0 else f"Coast notes {n}"
    return Article(id=article_id(text), text=text, source_path=f"coast-{n}.txt", title=Sourced(title, Origin.METADATA),
                   outlet=Sourced("Harbour Gazette", Origin.METADATA), url=Sourced(None, Origin.UNKNOWN),
                   published=None, published_origin=Origin.UNKNOWN)


@pytest.mark.store
def test_search_ranks_the_latest_matches_within_its_window(db: Location, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(db)
    try:
        with store.transaction():
            for n, text in enumerate(TEXTS):
                store.articles.add(_article(n, text))
    finally:
        store.close()
    ids = [article_id(t) for t in TEXTS]
    reader = open_reader(db)
    try:
        kept.CACHE.clear()
        everything = [h.article_id for h in reader.articles.search("lighthouse", limit=5)]
        assert everything[0] == ids[0] and sorted(everything) == sorted(ids), "all in the window: the best first"
        for module in ("dossier.store.sqlite", "dossier.store.postgres"):
            monkeypatch.setattr(f"{module}.RANK_WINDOW", 3)
        kept.CACHE.clear()
        latest = [h.article_id for h in reader.articles.search("lighthouse", limit=2)]
        assert len(latest) == 2 and set(latest) <= set(ids[2:]), "ranked among the three stored last"
        kept.CACHE.clear()
        paged = [h.article_id for h in reader.articles.search("lighthouse", limit=2, offset=2)]
        # a page beyond the window widens it to what the page needs: the 4 stored last, ranked, their 3rd and 4th
        assert len(paged) == 2 and set(paged) <= set(ids[1:])
    finally:
        kept.CACHE.clear()
        reader.close()
