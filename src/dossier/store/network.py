"""The network's pair weights, each actor's events per month and its neighbours (the actors named in the same
sentences), kept at write time (migration 0013).

The events' writer reads the participants of the events it is about to write (or to rename an actor in) before and
after the write; each event's share (its actors, their pairs, their month) is taken as the difference, gathered
with the transaction's other count changes and written as it commits (store/outlets.py's `commit_counts`, rows in
key order). Only events reported as having happened or planned count: what the network and the events per month
show by default."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from dossier.store.dialect import Connection
from dossier.store.outlets import pending_neighbours, pending_network

KEPT_MODALITIES = ("asserted", "future")
_NETWORK_ROLES = ("actor", "target")
# event id -> (modality, month key or None when undated, {entity id: roles})
Participants = dict[str, tuple[str, str | None, dict[str, set[str]]]]


def participants(db: Connection, ids: list[str]) -> Participants:
    """These events' participants as stored now (events not stored are left out)."""
    found: Participants = {}
    for start in range(0, len(ids), 500):
        chunk = sorted(set(ids[start:start + 500]))
        if not chunk:
            continue
        marks = ",".join("?" * len(chunk))
        for event_id, modality, date, precision in db.execute(
                f"SELECT id, modality, date, date_precision FROM events WHERE id IN ({marks})", chunk):
            month = None if date is None else "" if precision == "year" else str(date)[:7]
            found[event_id] = (str(modality), month, defaultdict(set))
        for event_id, entity_id, role in db.execute(
                f"SELECT event_id, entity_id, role FROM event_entities WHERE event_id IN ({marks})", chunk):
            if event_id in found:
                found[event_id][2][entity_id].add(role)
    return found


def shares(found: Participants) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """What these events add to the kept counts: per actor, per pair of actors (a < b), per (actor, month)."""
    nodes: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    months: Counter[tuple[str, str]] = Counter()
    for modality, month, parties in found.values():
        if modality not in KEPT_MODALITIES:
            continue
        linked = sorted(e for e, roles in parties.items() if roles & set(_NETWORK_ROLES))
        nodes.update(linked)
        pairs.update(combinations(linked, 2))
        if month is not None:
            months.update((e, month) for e in parties)
    return nodes, pairs, months


def network_changed(db: Connection, before: Participants, after: Participants) -> None:
    """Add the difference between these events' shares after the write and before it to the transaction's count
    changes."""
    nodes, pairs, months = pending_network(db)
    (nodes_now, pairs_now, months_now), (nodes_then, pairs_then, months_then) = shares(after), shares(before)
    nodes.update(nodes_now)
    nodes.subtract(nodes_then)
    pairs.update(pairs_now)
    pairs.subtract(pairs_then)
    months.update(months_now)
    months.subtract(months_then)


def sentence_pairs(db: Connection, article_ids: list[str]) -> Counter[tuple[str, str]]:
    """Per (actor, other actor): how many sentences of these articles name both (as stored now)."""
    named: dict[tuple[str, int], set[str]] = defaultdict(set)
    for start in range(0, len(article_ids), 500):
        chunk = sorted(set(article_ids[start:start + 500]))
        for article_id, sentence, entity_id in db.execute(
                "SELECT article_id, sentence, entity_id FROM mentions WHERE entity_id IS NOT NULL"
                f" AND article_id IN ({','.join('?' * len(chunk))})", chunk):
            named[(article_id, sentence)].add(entity_id)
    found: Counter[tuple[str, str]] = Counter()
    for entities in named.values():
        if len(entities) > 1:
            found.update((a, b) for a in entities for b in entities if a != b)
    return found


def neighbours_changed(db: Connection, before: Counter[tuple[str, str]], after: Counter[tuple[str, str]]) -> None:
    """Add the difference between these articles' sentence pairs after the write and before it to the
    transaction's count changes."""
    kept = pending_neighbours(db)
    kept.update(after)
    kept.subtract(before)
