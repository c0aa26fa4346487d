"""The behaviour gate (bench/gate.py): the example corpus and a fixed 2,000-article synthetic corpus analysed
now store what the recorded baseline says, part by part. A refactoring must keep this green; a deliberate
change of behaviour re-records the baseline (`scripts/gate --record`) in its own commit, saying why."""

from __future__ import annotations

import pytest
from bench.gate import ARTICLES, PACK, PARTS, SEED, WORDS, differences, load_baseline, measure


@pytest.mark.slow
def test_analysis_stores_what_the_baseline_recorded() -> None:
    recorded, baseline = load_baseline()
    assert recorded == {"synthetic_articles": ARTICLES, "words": WORDS, "seed": SEED, "pack": PACK}, \
        "the baseline was recorded on another corpus: re-record it with scripts/gate --record"
    now = measure(workers=2)
    assert set(now["synthetic"]) == set(PARTS)
    rows = {part: now["synthetic"][part]["rows"] for part in ("events", "conflicts")}
    assert isinstance(rows["events"], int) and rows["events"] > 1000
    assert isinstance(rows["conflicts"], int) and rows["conflicts"] > 0
    moved = differences(baseline, now)
    assert not moved, "behaviour moved (re-record with scripts/gate --record only if deliberate):\n" + "\n".join(moved)


def test_a_moved_part_is_named_with_its_counts() -> None:
    before = {"synthetic": {"events": {"rows": 3, "hash": "aa"}, "conflicts": {"rows": 1, "hash": "bb"}}}
    after = {"synthetic": {"events": {"rows": 4, "hash": "cc"}, "conflicts": {"rows": 1, "hash": "bb"}}}
    assert differences(before, after) == ["synthetic/events: 3 rows, hash aa -> 4 rows, hash cc"]
    assert differences(before, before) == []
