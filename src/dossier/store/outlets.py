"""Outlets compared: what each gives space to, what only it reports, and the tone it takes towards actors."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from dossier.store.cache import per_version
from dossier.store.dialect import Connection
from dossier.store.part import Part

UNKNOWN_OUTLET = "(outlet unknown)"
_OUTLET = f"coalesce(a.outlet, '{UNKNOWN_OUTLET}')"
# Per actor, in one article: distinct sentences naming it, those with a tone, the tone summed over its mentions and
# how many mentions that sum adds (what outlet_actor_sentences keeps per outlet, migration 0011).
_ARTICLE_ACTORS = (
    "SELECT m.entity_id, count(DISTINCT m.sentence), count(DISTINCT CASE WHEN s.tone IS NOT NULL THEN m.sentence END),"
    " coalesce(sum(s.tone), 0), count(s.tone) FROM mentions m"
    " LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence WHERE m.article_id = ?"
    " GROUP BY m.entity_id")
ActorShare = tuple[int, int, float, int]  # sentences, toned sentences, tone sum, toned mentions


class _Pending:
    """One transaction's changes to the kept counts, not written yet: (outlet) -> [articles, words, undated,
    sentences, exclusive events]; (outlet, issue) -> sentences; (outlet, entity) -> [sentences, toned sentences,
    tone sum, toned mentions]; and the actors merged away (their rows go)."""

    def __init__(self, db: Connection) -> None:
        self.db = db  # held, so that the connection's id stays its own until the transaction ends
        self.outlets: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
        self.issues: dict[tuple[str, str], int] = defaultdict(int)
        self.actors: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0, 0.0, 0])
        self.dropped: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()  # (issue, actor) whose positions changed: issue_actors again
        # the network's counts (migration 0013, store/network.py): per actor, per pair of actors, per (actor, month)
        self.nodes: Counter[str] = Counter()
        self.links: Counter[tuple[str, str]] = Counter()
        self.months: Counter[tuple[str, str]] = Counter()
        self.neighbours: Counter[tuple[str, str]] = Counter()  # (actor, other) -> sentences naming both
        self.issue_counts: Counter[tuple[str, str]] = Counter()  # (issue, 'sentences' | 'articles' | 'events')


# One (issue, actor)'s row of the issue board from its positions (migration 0012 fills issue_actors the same way,
# for every pair): the count, the first in date order, the last's stance and date, the latest date.
_ISSUE_ACTOR = (
    "WITH o AS (SELECT p.issue_id, p.actor, p.stance, p.negated, p.date, p.article_rowid, p.n,"
    " row_number() OVER (ORDER BY p.date IS NULL, p.date, p.article_rowid, p.n) AS up,"
    " row_number() OVER (ORDER BY p.date IS NULL DESC, p.date DESC, p.article_rowid DESC, p.n DESC) AS down,"
    " count(*) OVER () AS total, max(p.date) OVER () AS latest FROM positions p WHERE p.issue_id = ? AND p.actor = ?)"
    " INSERT INTO issue_actors (issue_id, actor, positions, first_undated, first_date, first_rowid, first_n, stance,"
    " negated, date, latest) SELECT f.issue_id, f.actor, f.total, CASE WHEN f.date IS NULL THEN 1 ELSE 0 END,"
    " f.date, f.article_rowid, f.n, l.stance, l.negated, l.date, f.latest FROM o f JOIN o l ON l.down = 1"
    " WHERE f.up = 1")


def positions_changed(db: Connection, pairs: set[tuple[str, str]]) -> None:
    """These (issue, actor) pairs' positions were written, dated again or renamed in this transaction: their rows of
    the issue board are computed again as it commits (`commit_counts`)."""
    if pairs:
        _pending(db).pairs |= pairs


_PENDING: dict[int, _Pending] = {}  # per connection (its id), the open transaction's changes


def _pending(db: Connection) -> _Pending:
    found = _PENDING.get(id(db))
    if found is None or found.db is not db:
        found = _PENDING[id(db)] = _Pending(db)
    return found


def pending_network(db: Connection) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """The open transaction's changes to the network's counts (store/network.py adds to them)."""
    pending = _pending(db)
    return pending.nodes, pending.links, pending.months


def issue_events_changed(db: Connection, before: Counter[str], after: Counter[str]) -> None:
    """Events tagged with each issue before and after the events' rows were written (migration 0013)."""
    kept = _pending(db).issue_counts
    for issue in before.keys() | after.keys():
        kept[(issue, "events")] += after[issue] - before[issue]


def pending_neighbours(db: Connection) -> Counter[tuple[str, str]]:
    """The open transaction's changes to the actors' neighbours (store/network.py adds to them)."""
    return _pending(db).neighbours


def discard_counts(db: Connection) -> None:
    """The transaction rolled back: its changes to the counts are forgotten."""
    _PENDING.pop(id(db), None)


def commit_counts(db: Connection) -> None:
    """Write the transaction's changes to the counts, last before it commits (the store's `transaction()` calls
    this; a read of the counts inside the transaction calls it first, to see its own writes), each table's rows in
    the order of their keys: every writer takes the count rows it changes in one order (outlets, then (outlet,
    issue), then (outlet, actor), then actor, then the issue board's (issue, actor), each sorted), so two writers
    of one PostgreSQL database may wait for each other's rows but never each hold a row the other waits for (no
    deadlock), and a batch of articles of one outlet writes its rows once, not once per article."""
    pending = _PENDING.pop(id(db), None)
    if pending is None or pending.db is not db:
        return
    outlets = [(o, *v) for o, v in sorted(pending.outlets.items()) if any(v)]
    if outlets:
        db.executemany(
            "INSERT INTO outlet_counts (outlet, articles, words, undated, sentences, exclusive)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (outlet) DO UPDATE SET"
            " articles = outlet_counts.articles + excluded.articles, words = outlet_counts.words + excluded.words,"
            " undated = outlet_counts.undated + excluded.undated,"
            " sentences = outlet_counts.sentences + excluded.sentences,"
            " exclusive = outlet_counts.exclusive + excluded.exclusive", outlets)
    issues = [(o, i, n) for (o, i), n in sorted(pending.issues.items()) if n]
    if issues:
        db.executemany(
            "INSERT INTO outlet_issue_sentences (outlet, issue_id, sentences) VALUES (?, ?, ?)"
            " ON CONFLICT (outlet, issue_id) DO UPDATE SET"
            " sentences = outlet_issue_sentences.sentences + excluded.sentences", issues)
    gone: set[tuple[str, str]] = set()
    if pending.dropped:
        wanted = sorted(pending.dropped)
        gone = {(r[0], r[1]) for r in db.execute(  # a plain read: it locks nothing
            f"SELECT outlet, entity_id FROM outlet_actor_sentences WHERE entity_id IN ({','.join('?' * len(wanted))})",
            wanted)}
    for key in sorted(gone | {k for k, v in pending.actors.items() if any(v)}):
        if key in gone:
            db.execute("DELETE FROM outlet_actor_sentences WHERE outlet = ? AND entity_id = ?", key)
        change = pending.actors.get(key)
        if change is not None and any(change):
            db.execute(
                "INSERT INTO outlet_actor_sentences (outlet, entity_id, sentences, toned_sentences, tone_sum,"
                " toned_mentions) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (outlet, entity_id) DO UPDATE SET"
                " sentences = outlet_actor_sentences.sentences + excluded.sentences,"
                " toned_sentences = outlet_actor_sentences.toned_sentences + excluded.toned_sentences,"
                " tone_sum = outlet_actor_sentences.tone_sum + excluded.tone_sum,"
                " toned_mentions = outlet_actor_sentences.toned_mentions + excluded.toned_mentions",
                (*key, int(change[0]), int(change[1]), float(change[2]), int(change[3])))
    totals: dict[str, int] = defaultdict(int)  # per actor, over the outlets (actor_sentences, migration 0012)
    for (_, entity_id), change in pending.actors.items():
        totals[entity_id] += int(change[0])
    for entity_id in sorted(pending.dropped | {e for e, n in totals.items() if n}):
        if entity_id in pending.dropped:
            db.execute("DELETE FROM actor_sentences WHERE entity_id = ?", (entity_id,))
        if totals.get(entity_id):
            db.execute("INSERT INTO actor_sentences (entity_id, sentences) VALUES (?, ?) ON CONFLICT (entity_id)"
                       " DO UPDATE SET sentences = actor_sentences.sentences + excluded.sentences",
                       (entity_id, totals[entity_id]))
    for pair in sorted(pending.pairs):
        db.execute("DELETE FROM issue_actors WHERE issue_id = ? AND actor = ?", pair)
        db.execute(_ISSUE_ACTOR, pair)
    _add_rows(db, "network_nodes", ("entity_id",), pending.nodes)
    _add_rows(db, "network_pairs", ("a", "b"), pending.links)
    _add_rows(db, "actor_months", ("entity_id", "month"), pending.months)
    _add_rows(db, "actor_neighbours", ("entity_id", "other"), pending.neighbours, "sentences")
    _add_rows(db, "issue_counts", ("issue_id", "kind"), pending.issue_counts, "n")


def _add_rows(db: Connection, table: str, key: tuple[str, ...], changes: Counter[Any], count: str = "events") -> None:
    """Add these changes to a table of event counts (migration 0013) in key order; a row whose count falls to
    zero goes."""
    rows = [((k,) if isinstance(k, str) else tuple(k), n) for k, n in sorted(changes.items()) if n]
    if not rows:
        return
    columns, match = ", ".join(key), " AND ".join(f"{c} = ?" for c in key)
    db.executemany(
        f"INSERT INTO {table} ({columns}, {count}) VALUES ({', '.join('?' * (len(key) + 1))})"
        f" ON CONFLICT ({columns}) DO UPDATE SET {count} = {table}.{count} + excluded.{count}",
        [(*k, n) for k, n in rows])
    db.executemany(f"DELETE FROM {table} WHERE {match} AND {count} = 0", [k for k, n in rows if n < 0])


class OutletCounts:
    """What the outlets compared read, kept as the store is written (migration 0011): the writers (articles,
    sentences and mentions, issue tags, entity merges) call these inside their transaction, so the counts always
    match the rows they count. Each article's share is taken as a difference (its rows after the write less its rows
    before), so writing an article again changes nothing twice. The changes are gathered per transaction and
    written as it commits, in the order of the rows' keys (`commit_counts`)."""

    def __init__(self, db: Connection) -> None:
        self.db = db

    def outlet(self, article_id: str) -> str:
        row = self.db.execute(f"SELECT {_OUTLET} FROM articles a WHERE a.id = ?", (article_id,)).fetchone()
        return UNKNOWN_OUTLET if row is None else str(row[0])

    def article_added(self, outlet: str | None, words: int, dated: bool) -> None:
        counts = _pending(self.db).outlets[UNKNOWN_OUTLET if outlet is None else outlet]
        counts[0] += 1
        counts[1] += words
        counts[2] += 0 if dated else 1

    def sentence_count(self, article_id: str) -> int:
        return int(self.db.execute("SELECT count(*) FROM sentences WHERE article_id = ?", (article_id,)).fetchone()[0])

    def sentences_added(self, article_id: str, added: int) -> None:
        if added:
            _pending(self.db).outlets[self.outlet(article_id)][3] += added

    def article_actors(self, article_id: str) -> dict[str, ActorShare]:
        return {r[0]: (int(r[1]), int(r[2]), float(r[3]), int(r[4]))
                for r in self.db.execute(_ARTICLE_ACTORS, (article_id,))}

    def actors_changed(self, article_id: str, before: dict[str, ActorShare]) -> None:
        """Add the difference between the article's actor shares now and `before` (read before the write)."""
        after = self.article_actors(article_id)
        changes = []
        for entity_id in after.keys() | before.keys():
            now, then = after.get(entity_id, (0, 0, 0.0, 0)), before.get(entity_id, (0, 0, 0.0, 0))
            delta = tuple(a - b for a, b in zip(now, then, strict=True))
            if any(delta):
                changes.append((entity_id, *delta))
        if changes:
            outlet = self.outlet(article_id)
            self._add_actors([(outlet, *change) for change in changes])

    def _add_actors(self, rows: list[tuple[Any, ...]]) -> None:
        actors = _pending(self.db).actors
        for outlet, entity_id, *delta in rows:
            kept = actors[(outlet, entity_id)]
            for i, value in enumerate(delta):
                kept[i] += value

    def article_issues(self, article_id: str) -> dict[str, int]:
        return {r[0]: int(r[1]) for r in self.db.execute(
            "SELECT issue_id, count(*) FROM sentence_issues WHERE article_id = ? GROUP BY issue_id", (article_id,))}

    def issues_changed(self, article_id: str, before: dict[str, int]) -> None:
        after = self.article_issues(article_id)
        changes = [(issue, after.get(issue, 0) - before.get(issue, 0)) for issue in after.keys() | before.keys()]
        changes = [c for c in changes if c[1]]
        if changes:
            outlet = self.outlet(article_id)
            pending = _pending(self.db)
            for issue, n in changes:
                pending.issues[(outlet, issue)] += n
                pending.issue_counts[(issue, "sentences")] += n
                pending.issue_counts[(issue, "articles")] += (after.get(issue, 0) > 0) - (before.get(issue, 0) > 0)

    def exclusive_changed(self, before: dict[str, str], after: dict[str, str]) -> None:
        """Events only one outlet reports (event id -> outlet), before and after their rows were written: each
        outlet's count moves by the difference (migration 0012)."""
        outlets = _pending(self.db).outlets
        for outlet in before.values():
            outlets[outlet][4] -= 1
        for outlet in after.values():
            outlets[outlet][4] += 1

    def merging(self, absorbed: str, into: str) -> None:
        """Before resolution folds `absorbed` into `into` (its mentions renamed): `into` gains, per outlet, the
        sentences naming `absorbed` and not `into`, and all of its mentions' tone; `absorbed`'s rows go (as the
        transaction commits, with its changes not yet written: what is added here counts all of its mentions)."""
        if absorbed == into:
            return
        rows = self.db.execute(
            f"SELECT {_OUTLET}, count(DISTINCT CASE WHEN NOT EXISTS (SELECT 1 FROM mentions o"
            " WHERE o.article_id = m.article_id AND o.sentence = m.sentence AND o.entity_id = ?)"
            " THEN m.article_id || ':' || m.sentence END),"
            " count(DISTINCT CASE WHEN s.tone IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions o"
            " WHERE o.article_id = m.article_id AND o.sentence = m.sentence AND o.entity_id = ?)"
            " THEN m.article_id || ':' || m.sentence END), coalesce(sum(s.tone), 0), count(s.tone)"
            " FROM mentions m JOIN articles a ON a.id = m.article_id"
            " LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
            " WHERE m.entity_id = ? GROUP BY 1", (into, into, absorbed)).fetchall()
        pending = _pending(self.db)
        for key in [k for k in pending.actors if k[1] == absorbed]:
            del pending.actors[key]
        pending.dropped.add(absorbed)
        self._add_actors([(outlet, into, int(n), int(toned), float(total), int(mentions))
                          for outlet, n, toned, total, mentions in rows])

    def reset(self) -> None:
        """Everything derived from the articles is forgotten (the articles stay)."""
        pending = _pending(self.db)
        pending.issues.clear()
        pending.actors.clear()
        pending.dropped.clear()
        pending.pairs.clear()
        pending.nodes.clear()
        pending.links.clear()
        pending.months.clear()
        pending.neighbours.clear()
        pending.issue_counts.clear()
        for counts in pending.outlets.values():
            counts[3] = counts[4] = 0
        self.db.execute("DELETE FROM outlet_actor_sentences")
        self.db.execute("DELETE FROM actor_sentences")
        self.db.execute("DELETE FROM issue_actors")
        for table in ("network_nodes", "network_pairs", "actor_months", "actor_neighbours", "issue_counts"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("DELETE FROM outlet_issue_sentences")
        self.db.execute("UPDATE outlet_counts SET sentences = 0, exclusive = 0")


class Outlets(Part):
    """Outlets compared (read only: what analysis wrote, grouped by outlet)."""

    @per_version
    def names(self) -> list[str]:
        """Every outlet named by a stored article, alphabetically (from the counts the writers keep)."""
        commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
        return [r[0] for r in self.db.execute(
            "SELECT outlet FROM outlet_counts WHERE articles > 0 AND outlet <> ?"
            f" ORDER BY {self.dialect.order_nocase('outlet')}", (UNKNOWN_OUTLET,))]

    @per_version  # a few rows per outlet, read from the counts and their indexes: exact at every version
    def report(self, top: int = 8, exclusive: int | None = None) -> list[dict[str, Any]]:
        """Per outlet: articles, sentences; issues and actors by share of its sentences (and the corpus share
        for comparison); the first `exclusive` (None: all) of the dated events only it reports, and how many
        there are (`exclusive_event_count`); mean tone of its sentences naming each main actor. Read from the
        counts the writers keep (OutletCounts, migrations 0011 and 0012) through indexes in the order asked: a few
        rows per outlet (and per issue of the pack), however large the store."""
        commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
        outlets: dict[str, dict[str, Any]] = {}
        for outlet, articles, sentences, exclusive_count in self.db.execute(
                "SELECT outlet, articles, sentences, exclusive FROM outlet_counts WHERE articles > 0"
                " ORDER BY articles DESC, outlet"):
            outlets[outlet] = {"outlet": outlet, "articles": articles, "sentences": sentences, "issues": [],
                               "actors": [], "exclusive_events": [], "exclusive_event_count": exclusive_count,
                               "tone": []}
        total_sentences = sum(o["sentences"] for o in outlets.values()) or 1
        self._issue_shares(outlets, total_sentences, top)
        main_actors = self._actor_shares(outlets, total_sentences, top)
        self._exclusive_events(outlets, exclusive)
        self._tones(outlets, main_actors)
        return list(outlets.values())

    def _issue_shares(self, outlets: dict[str, dict[str, Any]], total: int, top: int) -> None:
        rows = self.db.execute("SELECT outlet, issue_id, sentences FROM outlet_issue_sentences WHERE sentences > 0"
                               " ORDER BY sentences DESC, outlet, issue_id").fetchall()
        corpus: dict[str, int] = defaultdict(int)
        for _, issue, count in rows:
            corpus[issue] += count
        for outlet, issue, count in rows:
            entry = outlets.get(outlet)
            if entry is not None and len(entry["issues"]) < top:
                entry["issues"].append({"issue": issue, "sentences": count,
                                        "share": round(count / max(entry["sentences"], 1), 3),
                                        "corpus_share": round(corpus[issue] / total, 3)})

    def _actor_shares(self, outlets: dict[str, dict[str, Any]], total: int, top: int) -> list[str]:
        """Each outlet's `top` actors by its sentences naming them, with their corpus share; the `top` main actors
        of the corpus (returned). Each from an index in that order (migration 0012), `top` rows at a time."""
        main = [r[0] for r in self.db.execute(
            "SELECT entity_id FROM actor_sentences WHERE sentences > 0 ORDER BY sentences DESC, entity_id LIMIT ?",
            (top,))]
        listed = {outlet: self.db.execute(
            "SELECT entity_id, sentences FROM outlet_actor_sentences WHERE outlet = ? AND sentences > 0"
            " ORDER BY sentences DESC, entity_id LIMIT ?", (outlet, top)).fetchall() for outlet in outlets}
        wanted = sorted({r[0] for rows in listed.values() for r in rows})
        corpus: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            corpus.update((r[0], int(r[1])) for r in self.db.execute(
                f"SELECT entity_id, sentences FROM actor_sentences WHERE entity_id IN ({','.join('?' * len(chunk))})",
                chunk))
        names = self._names(set(wanted))
        for outlet, rows in listed.items():
            entry = outlets[outlet]
            for entity_id, count in rows:
                entry["actors"].append({"id": entity_id, "name": names.get(entity_id, entity_id), "sentences": count,
                                        "share": round(count / max(entry["sentences"], 1), 3),
                                        "corpus_share": round(corpus.get(entity_id, 0) / total, 3)})
        return main

    def _names(self, ids: set[str]) -> dict[str, str]:
        wanted = sorted(ids)
        if not wanted:
            return {}
        return dict(self.db.execute(f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(wanted))})",
                                    wanted).fetchall())

    def _exclusive_events(self, outlets: dict[str, dict[str, Any]], most: int | None) -> None:
        """Dated, asserted events every source of which is one outlet (when there is more than one outlet), in
        date order: the first `most` of each outlet's, from the index of events.outlet (migration 0012)."""
        if len(outlets) < 2:
            for entry in outlets.values():
                entry["exclusive_event_count"] = 0
            return
        for outlet, entry in outlets.items():
            if not entry["exclusive_event_count"]:
                continue
            entry["exclusive_events"] = [{"id": r[0], "date": r[1], "summary": r[2]} for r in self.db.execute(
                "SELECT id, date, summary FROM events WHERE outlet = ? AND date IS NOT NULL AND modality = 'asserted'"
                " ORDER BY outlet, date, id LIMIT ?", (outlet, self.dialect.all_rows if most is None else most))]

    def _tones(self, outlets: dict[str, dict[str, Any]], actors: list[str]) -> None:
        """The mean tone of the sentences naming each main actor (one per mention), per outlet."""
        if not actors:
            return
        names = self._names(set(actors))
        marks = ",".join("?" * len(actors))
        rows = self.db.execute(
            "SELECT outlet, entity_id, tone_sum, toned_mentions, toned_sentences FROM outlet_actor_sentences"
            f" WHERE entity_id IN ({marks}) AND toned_mentions > 0", actors).fetchall()
        by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for outlet, entity_id, total, mentions, count in rows:
            mean = total / mentions
            by_outlet[outlet].append({"id": entity_id, "name": names.get(entity_id, entity_id),
                                      "tone": round(mean, 3), "sentences": count, "label": _label(mean)})
        for outlet, tones in by_outlet.items():
            if outlet in outlets:
                outlets[outlet]["tone"] = sorted(tones, key=lambda t: actors.index(t["id"]))


def _label(mean: float) -> str:
    return "favourable" if mean >= 0.05 else "hostile" if mean <= -0.05 else "neutral"
