"""Actors: sentences, mentions and resolved entities, written by analysis and read by queries."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from dossier.models import ActorMention, EntityInfo, EntityRecord, EntityType, MentionInfo, Sentence, leading
from dossier.store.cache import Reopen, Version, lagging, per_version
from dossier.store.dialect import Connection, Dialect, Row
from dossier.store.network import neighbours_changed, sentence_pairs
from dossier.store.outlets import OutletCounts, commit_counts
from dossier.store.part import Part, unversioned

Rename = Callable[[str, str], None]  # absorbed entity id, surviving id: what another part does when two merge


class ActorReads(Part):
    """What the query layer asks of the actors."""

    @per_version
    def listed(self, entity_type: str | None = None, limit: int | None = None, offset: int = 0) -> list[EntityInfo]:
        """Entities mentioned at least once or credited as an article's outlet, most mentioned first
        (`limit`/`offset`: one page of them)."""
        where, params = ("AND type = ?", (entity_type,)) if entity_type else ("", ())
        rows = self.db.execute(
            f"SELECT * FROM entities WHERE (mentions > 0 OR articles > 0) {where}"
            " ORDER BY mentions DESC, name, rowid LIMIT ? OFFSET ?",
            (*params, self.dialect.all_rows if limit is None else limit, offset)).fetchall()
        aliases = self._aliases_of([row["id"] for row in rows])
        return [_entity_info(row, aliases.get(row["id"], [])) for row in rows]

    def _aliases_of(self, ids: list[str]) -> dict[str, list[str]]:
        aliases: dict[str, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self.db.execute(
                    f"SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN ({','.join('?' * len(chunk))})"
                    " ORDER BY count DESC, alias", chunk):
                aliases.setdefault(row[0], []).append(row[1])
        return aliases

    @per_version
    def names(self, ids: Iterable[str]) -> dict[str, str]:
        """These entities' names (those that exist)."""
        wanted, found = sorted(set(ids)), dict[str, str]()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            found.update((row[0], row[1]) for row in self.db.execute(
                f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    @per_version
    def find(self, name: str) -> list[EntityInfo]:
        """Entities whose id, name or any alias is `name` (case-insensitive), most mentioned first."""
        same = self.dialect.equals_nocase
        rows = self.db.execute(
            "SELECT DISTINCT e.* FROM entities e LEFT JOIN entity_aliases a ON a.entity_id = e.id"
            f" WHERE e.id = ? OR {same('e.name')} OR {same('a.alias')} ORDER BY e.mentions DESC, e.rowid",
            (name, name, name),
        ).fetchall()
        return [_entity_info(row, self._aliases(row["id"])) for row in rows]

    def get(self, entity_id: str) -> EntityInfo | None:
        row = self.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        return None if row is None else _entity_info(row, self._aliases(entity_id))

    def _aliases(self, entity_id: str) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY count DESC, alias", (entity_id,))]

    @lagging
    def mentions(self, entity_id: str, limit: int | None = None, offset: int = 0) -> list[MentionInfo]:
        rows = self.db.execute(
            'SELECT m.article_id, m.sentence, s.text AS sentence_text, m.text, m.start, m."end"'
            " FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
            " WHERE m.entity_id = ? ORDER BY m.entity_id, m.published IS NULL, m.published, m.article_rowid, m.start"
            " LIMIT ? OFFSET ?",  # from the index of this order (migration 0013), a page at a time
            (entity_id, self.dialect.all_rows if limit is None else limit, offset),
        )
        return [MentionInfo(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows]

    @per_version
    def cooccurring(self, entity_id: str, limit: int = 15) -> list[tuple[EntityInfo, int]]:
        """Entities mentioned in the same sentences, with how many sentences they share: read from the counts
        the mentions' writer keeps (migration 0013) through an index in that order, `limit` rows."""
        commit_counts(self.db)  # inside a writing transaction: what it has gathered so far, written first
        rows = self.db.execute(
            "SELECT other, sentences FROM actor_neighbours WHERE entity_id = ? AND sentences > 0"
            " ORDER BY entity_id, sentences DESC, other DESC LIMIT ?",  # ties: as the count over mentions listed them
            (entity_id, limit),
        ).fetchall()
        found = []
        for other_id, shared in rows:
            info = self.get(other_id)
            if info is not None:
                found.append((info, int(shared)))
        return found

    def counted_cooccurring(self, entity_id: str, limit: int = 15) -> list[tuple[str, int]]:
        """The same neighbours counted over every sentence naming the actor (what the kept counts equal)."""
        return [(r[0], int(r[1])) for r in self.db.execute(
            "SELECT other.entity_id, count(DISTINCT other.article_id || ':' || other.sentence) AS shared"
            " FROM mentions m JOIN mentions other ON other.article_id = m.article_id AND other.sentence = m.sentence"
            " WHERE m.entity_id = ? AND other.entity_id != ? GROUP BY other.entity_id"
            " ORDER BY shared DESC, other.entity_id DESC LIMIT ?", (entity_id, entity_id, limit))]

    def mention_surfaces(self) -> list[tuple[str, str, str, str]]:
        """(article id, text as written, cleaned name, entity id) for every mention: what `eval` scores."""
        return [(r[0], r[1], r[2], r[3]) for r in self.db.execute(
            "SELECT article_id, text, name, entity_id FROM mentions ORDER BY id")]

class Actors(ActorReads):
    """Sentences, mentions and resolved entities, as analysis writes them."""

    def __init__(self, db: Connection, dialect: Dialect, renames: Sequence[Rename] = (), *,
                 version: Callable[[], Version | None] = unversioned, reopen: Reopen | None = None) -> None:
        super().__init__(db, dialect, version=version, reopen=reopen)
        self._renames = tuple(renames)  # the other parts that name entities (events, issues)

    def save_analysis(self, article_id: str, sentences: Iterable[Sentence], mentions: Sequence[ActorMention],
                      entity_ids: Sequence[str]) -> None:
        """Store one article's sentences and resolved mentions and mark it analysed (inside a transaction); the
        outlet's counts follow (migration 0011)."""
        counts = OutletCounts(self.db)
        sentences_before, actors_before = counts.sentence_count(article_id), counts.article_actors(article_id)
        pairs_before = sentence_pairs(self.db, [article_id])  # its share of the actors' neighbours (migration 0013)
        self.db.executemany(
            'INSERT INTO sentences (article_id, idx, start, "end", text, tone) VALUES (?, ?, ?, ?, ?, ?)'
            ' ON CONFLICT (article_id, idx) DO UPDATE SET start = excluded.start, "end" = excluded."end",'
            " text = excluded.text, tone = excluded.tone",
            [(article_id, s.index, s.start, s.end, s.text, s.tone) for s in sentences],
        )
        # each mention keeps its article's date and place in store order: an actor's sentences are listed in that
        # order from an index (migration 0013)
        placed = self.db.execute("SELECT published, rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
        published, rowid = (None, None) if placed is None else (placed[0], placed[1])
        self.db.executemany(
            'INSERT INTO mentions (article_id, sentence, start, "end", text, name, type, entity_id, published,'
            " article_rowid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, m.sentence, m.start, m.end, m.text, m.name, m.type.value, entity_id, published, rowid)
             for m, entity_id in zip(mentions, entity_ids, strict=True)],
        )
        counts.sentences_added(article_id, counts.sentence_count(article_id) - sentences_before)
        counts.actors_changed(article_id, actors_before)
        neighbours_changed(self.db, pairs_before, sentence_pairs(self.db, [article_id]))
        self.db.execute("UPDATE articles SET analysed = 1 WHERE id = ?", (article_id,))

    def save(self, entities: Iterable[EntityRecord], merged: Iterable[tuple[str, str]] = ()) -> None:
        """Upsert resolved entities and fold merged ones into their survivors (inside a transaction)."""
        for absorbed, into in merged:
            OutletCounts(self.db).merging(absorbed, into)
            # the articles naming the absorbed actor: their share of the actors' neighbours moves (migration 0013)
            touched = [r[0] for r in self.db.execute(
                "SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?", (absorbed,))]
            pairs_before = sentence_pairs(self.db, touched)
            self.db.execute("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (into, absorbed))
            neighbours_changed(self.db, pairs_before, sentence_pairs(self.db, touched))
            for rename in self._renames:
                rename(absorbed, into)
            self.db.execute("UPDATE entities SET denotes = ? WHERE denotes = ?", (into, absorbed))
            self.db.execute("DELETE FROM entities WHERE id = ?", (absorbed,))
        entities = list(entities)
        self.db.executemany(  # one statement per table for all of them: per row, the calls cost the most
            "INSERT INTO entities (id, name, type, pack_id, wikidata, denotes, mentions, articles, state)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " type = excluded.type, denotes = excluded.denotes, mentions = excluded.mentions,"
            " articles = excluded.articles, state = excluded.state",
            [(entity.id, entity.name, entity.type.value, entity.pack_id, entity.wikidata, entity.denotes,
              entity.mentions, entity.articles, json.dumps(entity.state)) for entity in entities],
        )
        # forms no text wrote alone (count 0) are the resolver's to give and take back: written again each time
        self.db.executemany("DELETE FROM entity_aliases WHERE entity_id = ? AND count = 0",
                            [(entity.id,) for entity in entities])
        self.db.executemany(
            "INSERT INTO entity_aliases (entity_id, alias, count) VALUES (?, ?, ?)"
            " ON CONFLICT (entity_id, alias) DO UPDATE SET count = excluded.count",
            [(entity.id, alias, n) for entity in entities for alias, n in entity.aliases.items() if n > 0]
            + [(entity.id, form, 0) for entity in entities for form in entity.name_forms
               if entity.aliases.get(form, 0) == 0],
        )

    def load(self) -> list[EntityRecord]:
        """Every entity as resolution left it, in the order they became known."""
        aliases: dict[str, dict[str, int]] = {}
        for row in self.db.execute("SELECT entity_id, alias, count FROM entity_aliases WHERE count > 0"
                                   " ORDER BY entity_id, alias"):
            aliases.setdefault(row[0], {})[row[1]] = row[2]
        return [
            EntityRecord(id=row["id"], name=row["name"], type=EntityType(row["type"]), pack_id=row["pack_id"],
                         wikidata=row["wikidata"], denotes=row["denotes"], mentions=row["mentions"],
                         articles=row["articles"], state=json.loads(row["state"]), aliases=aliases.get(row["id"], {}))
            for row in self.db.execute("SELECT * FROM entities ORDER BY rowid")  # the order they became known
        ]



def _entity_info(row: Row, aliases: list[str]) -> EntityInfo:
    entity_type = EntityType(row["type"])
    country = None
    if entity_type is EntityType.PERSON and '"affiliations"' in row["state"]:  # kept by resolution (resolve/entities)
        country = leading(json.loads(row["state"])["affiliations"])
    return EntityInfo(row["id"], row["name"], entity_type, aliases, row["mentions"], row["articles"],
                      row["wikidata"], row["denotes"], row["pack_id"], country)


