"""Outlets compared: what each gives space to, what only it reports, and the tone it takes towards actors."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from dossier.store.cache import lagging, per_version
from dossier.store.part import Part

UNKNOWN_OUTLET = "(outlet unknown)"
_OUTLET = f"coalesce(a.outlet, '{UNKNOWN_OUTLET}')"


class Outlets(Part):
    """Outlets compared (read only: what analysis wrote, grouped by outlet)."""

    @per_version
    def names(self) -> list[str]:
        """Every outlet named by a stored article, alphabetically."""
        return [r[0] for r in self.db.execute(
            "SELECT outlet FROM articles WHERE outlet IS NOT NULL"
            f" GROUP BY outlet ORDER BY {self.dialect.order_nocase('outlet')}")]

    @lagging
    def report(self, top: int = 8) -> list[dict[str, Any]]:
        """Per outlet: articles, sentences; issues and actors by share of its sentences (and the corpus share
        for comparison); events only it reports; mean tone of its sentences naming each main actor."""
        outlets: dict[str, dict[str, Any]] = {}
        for outlet, articles, sentences in self.db.execute(
                f"SELECT {_OUTLET}, count(DISTINCT a.id), count(s.idx) FROM articles a"
                " LEFT JOIN sentences s ON s.article_id = a.id GROUP BY 1 ORDER BY 2 DESC, 1"):
            outlets[outlet] = {"outlet": outlet, "articles": articles, "sentences": sentences, "issues": [],
                               "actors": [], "exclusive_events": [], "tone": []}
        total_sentences = sum(o["sentences"] for o in outlets.values()) or 1
        self._issue_shares(outlets, total_sentences, top)
        main_actors = self._actor_shares(outlets, total_sentences, top)
        self._exclusive_events(outlets)
        self._tones(outlets, main_actors)
        return list(outlets.values())

    def _issue_shares(self, outlets: dict[str, dict[str, Any]], total: int, top: int) -> None:
        corpus = dict(self.db.execute("SELECT issue_id, count(*) FROM sentence_issues GROUP BY issue_id").fetchall())
        rows = self.db.execute(
            f"SELECT {_OUTLET}, i.issue_id, count(*) FROM sentence_issues i JOIN articles a ON a.id = i.article_id"
            " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2").fetchall()
        for outlet, issue, count in rows:
            entry = outlets[outlet]
            if len(entry["issues"]) < top:
                entry["issues"].append({"issue": issue, "sentences": count,
                                        "share": round(count / max(entry["sentences"], 1), 3),
                                        "corpus_share": round(corpus.get(issue, 0) / total, 3)})

    def _actor_shares(self, outlets: dict[str, dict[str, Any]], total: int, top: int) -> list[str]:
        corpus = dict(self.db.execute(
            "SELECT entity_id, count(DISTINCT article_id || ':' || sentence) FROM mentions GROUP BY 1 ORDER BY 1"
        ).fetchall())
        names = dict(self.db.execute("SELECT id, name FROM entities").fetchall())
        rows = self.db.execute(
            f"SELECT {_OUTLET}, m.entity_id, count(DISTINCT m.article_id || ':' || m.sentence) AS n"
            " FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2 ORDER BY n DESC, 1, 2").fetchall()
        for outlet, entity_id, count in rows:
            entry = outlets[outlet]
            if len(entry["actors"]) < top:
                entry["actors"].append({"id": entity_id, "name": names.get(entity_id, entity_id), "sentences": count,
                                        "share": round(count / max(entry["sentences"], 1), 3),
                                        "corpus_share": round(corpus.get(entity_id, 0) / total, 3)})
        return [e for e, _ in sorted(corpus.items(), key=lambda kv: -kv[1])[:top]]

    def _exclusive_events(self, outlets: dict[str, dict[str, Any]]) -> None:
        """Dated, asserted events every source of which is one outlet (when there is more than one outlet)."""
        if len(outlets) < 2:
            return
        rows = self.db.execute(
            f"SELECT e.id, e.date, e.summary, min({_OUTLET}) FROM events e"  # the one outlet
            " JOIN event_mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id"
            " WHERE e.date IS NOT NULL AND e.modality = 'asserted' GROUP BY e.id, e.date, e.summary"
            f" HAVING count(DISTINCT {_OUTLET}) = 1 ORDER BY e.date, e.id").fetchall()
        for event_id, date, summary, outlet in rows:
            outlets[outlet]["exclusive_events"].append({"id": event_id, "date": date, "summary": summary})

    def _tones(self, outlets: dict[str, dict[str, Any]], actors: list[str]) -> None:
        if not actors:
            return
        names = dict(self.db.execute("SELECT id, name FROM entities").fetchall())
        marks = ",".join("?" * len(actors))
        rows = self.db.execute(
            f"SELECT {_OUTLET}, m.entity_id, avg(s.tone), count(DISTINCT m.article_id || ':' || m.sentence)"
            " FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence"
            f" JOIN articles a ON a.id = m.article_id WHERE m.entity_id IN ({marks}) AND s.tone IS NOT NULL"
            " GROUP BY 1, 2", actors).fetchall()
        by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for outlet, entity_id, mean, count in rows:
            by_outlet[outlet].append({"id": entity_id, "name": names.get(entity_id, entity_id),
                                      "tone": round(mean, 3), "sentences": count, "label": _label(mean)})
        for outlet, tones in by_outlet.items():
            outlets[outlet]["tone"] = sorted(tones, key=lambda t: actors.index(t["id"]))


def _label(mean: float) -> str:
    return "favourable" if mean >= 0.05 else "hostile" if mean <= -0.05 else "neutral"
