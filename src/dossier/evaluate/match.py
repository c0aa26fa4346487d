"""The pure pieces of scoring: words, sentence overlap, in-order share, date agreement, and the one-to-one
assignment. They follow `../shared/eval/scorer/score.py` exactly, so `dossier eval` and the yardstick give the
same figures on the same store.
"""

from __future__ import annotations

import math
import re
from collections import Counter

WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str | None) -> list[str]:
    return WORD.findall((text or "").lower())


def norm(text: str | None) -> str:
    return " ".join(words(text))


def overlap(quote: str, sentence: str) -> float:
    """Share of the quote's words found in the sentence, as a bag (a word counts as often as it occurs)."""
    quoted = words(quote)
    if not quoted:
        return 0.0
    pool = Counter(words(sentence))
    hit = 0
    for word in quoted:
        if pool[word] > 0:
            pool[word] -= 1
            hit += 1
    return hit / len(quoted)


def in_order_share(quote: str, text: str) -> float:
    """Longest share of the quote's words appearing in order in the text (longest common subsequence)."""
    quoted, have = words(quote), words(text)
    if not quoted:
        return 0.0
    previous = [0] * (len(have) + 1)
    for a in quoted:
        current = [0] * (len(have) + 1)
        for j, b in enumerate(have, 1):
            current[j] = previous[j - 1] + 1 if a == b else max(previous[j], current[j - 1])
        previous = current
    return previous[-1] / len(quoted)


def date_agrees(system_date: str | None, gold_date: str | None) -> bool:
    """The system date says what the gold says, at least as precisely: '2025-01-29' agrees with '2025-01'."""
    if not gold_date or not system_date:
        return False
    return str(system_date)[:len(gold_date)] == gold_date


def one_to_one(pairs: list[tuple[float, int, int]]) -> dict[int, int]:
    """Maximum-weight matching over (fit, gold, system) edges, each edge weighing 10 + fit, so that the most
    pairs win first and then the best fits: gold index -> system index."""
    if not pairs:
        return {}
    golds = sorted({g for _, g, _ in pairs})
    systems = sorted({s for _, _, s in pairs})
    row = {g: i for i, g in enumerate(golds)}
    col = {s: j for j, s in enumerate(systems)}
    weight = [[0.0] * len(systems) for _ in golds]
    for fit, g, s in pairs:
        weight[row[g]][col[s]] = max(weight[row[g]][col[s]], 10.0 + fit)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return {golds[r]: systems[c] for r, c in zip(rows, cols, strict=True) if weight[r][c] > 0}


def linear_sum_assignment(matrix: list[list[float]], maximize: bool = False) -> tuple[list[int], list[int]]:
    """The rectangular linear assignment problem, solved as SciPy solves it (shortest augmenting paths,
    Crouse 2016), step for step, so that ties between equally good assignments fall the same way."""
    nr = len(matrix)
    nc = len(matrix[0]) if nr else 0
    if nr == 0 or nc == 0:
        return [], []
    transpose = nc < nr
    cost = [list(r) for r in zip(*matrix, strict=True)] if transpose else [list(r) for r in matrix]
    if transpose:
        nr, nc = nc, nr
    if maximize:
        cost = [[-x for x in r] for r in cost]
    u = [0.0] * nr
    v = [0.0] * nc
    shortest = [math.inf] * nc
    path = [-1] * nc
    col4row = [-1] * nr
    row4col = [-1] * nc
    for current_row in range(nr):
        seen_rows = [False] * nr
        seen_cols = [False] * nc
        shortest = [math.inf] * nc
        remaining = [nc - it - 1 for it in range(nc)]
        num_remaining = nc
        min_value = 0.0
        i = current_row
        sink = -1
        while sink == -1:
            index = -1
            lowest = math.inf
            seen_rows[i] = True
            for it in range(num_remaining):
                j = remaining[it]
                reduced = min_value + cost[i][j] - u[i] - v[j]
                if reduced < shortest[j]:
                    path[j] = i
                    shortest[j] = reduced
                if shortest[j] < lowest or (shortest[j] == lowest and row4col[j] == -1):
                    lowest = shortest[j]
                    index = it
            min_value = lowest
            if min_value == math.inf:
                raise ValueError("cost matrix is infeasible")
            j = remaining[index]
            if row4col[j] == -1:
                sink = j
            else:
                i = row4col[j]
            seen_cols[j] = True
            num_remaining -= 1
            remaining[index] = remaining[num_remaining]
        u[current_row] += min_value
        for i in range(nr):
            if seen_rows[i] and i != current_row:
                u[i] += min_value - shortest[col4row[i]]
        for j in range(nc):
            if seen_cols[j]:
                v[j] -= min_value - shortest[j]
        j = sink
        while True:
            i = path[j]
            row4col[j] = i
            col4row[i], j = j, col4row[i]
            if i == current_row:
                break
    if transpose:
        order = sorted(range(nr), key=lambda k: col4row[k])
        return [col4row[k] for k in order], order
    return list(range(nr)), col4row
