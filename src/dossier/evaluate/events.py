"""Events scored against gold events, and conflicts against gold conflicts.

Matching looks only at where and who, never at the answers being judged:

- a system event is a candidate for a gold event when one of its evidence sentences, in an article of
  one of the gold's sources, holds at least half of that source quote's words, and, where the gold names
  actors or targets, the system event's actors and targets share an entity with them (gold entities are
  mapped to the system entities claiming their aliases);
- matching is one to one and maximal; among candidates the best sentence overlap plus actor overlap
  (Jaccard of actors and targets) wins. Type, mode and date take no part: a system that reports one fact
  as three events gets no credit for the one that happens to fit, and the two others cost precision.

Measures:
- recall: matched gold events / gold events;
- precision: matched system events among the dated, asserted ones with evidence in the gold's articles
  / those events;
- events per fact (over-generation): for each gold source sentence that some system event reports,
  the system events reporting it per gold event quoting it. A sentence telling two gold facts counts each
  of its events once per gold quote of it, and a short quote is held by more than one sentence, so a
  system reporting exactly the gold's facts does not score 1: `events_per_fact_gold` is what that system
  scores (every gold event reported by the stored sentences holding its quotes), the floor to read the
  figure against; `events_reporting_no_gold_fact` counts the system events reporting a gold sentence that
  match no gold event (duplicates and facts the gold does not hold): the over-generation to drive down;
- date accuracy: matched events with a gold date whose system date agrees at the gold's precision;
- type accuracy: matched events with a gold type whose system type is the same;
- merge coverage: for gold events reported by several articles, the share of those articles the matched
  system event covers (0 when unmatched);
- conflicts: gold conflicts of kind date, participants or who_led on an event, found when the system
  event matched to that event carries a conflict.
"""

from __future__ import annotations

from typing import Any

from dossier.evaluate.match import date_agrees, norm, one_to_one, overlap

CONFLICT_KINDS = {"date", "participants", "who_led"}
SAME_SENTENCE = 0.5  # share of the quote's words an evidence sentence must hold


def score_events(export: dict[str, Any], gold: dict[str, Any], file_of: dict[str, str],
                 gold_map: dict[str, set[str]], sentences: dict[str, list[str]] | None = None,
                 ) -> tuple[dict[str, float | int | None], dict[str, Any]]:
    """`file_of`: system article id -> gold document; `gold_map`: gold entity id -> system entity ids;
    `sentences`: gold document -> its stored sentences (for the gold's own events per fact)."""
    files = set(file_of.values())
    gold_events = [e for e in gold.get("events", []) if any(s.get("file") in files for s in e.get("sources", []))]
    system = export.get("events", [])
    pairs = _candidates(gold_events, system, file_of, gold_map)
    match = one_to_one(pairs)
    counted = [k for k, e in enumerate(system) if e.get("date") and e.get("modality") in (None, "asserted")
               and any(file_of.get(ev.get("article")) for ev in e.get("evidence", []))]
    counted_set = set(counted)
    matched_counted = [k for k in match.values() if k in counted_set]
    recall = len(match) / len(gold_events) if gold_events else None
    precision = len(matched_counted) / len(counted) if counted else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    per_fact, units = _per_fact(gold_events, system, file_of)
    gold_floor = gold_per_fact(gold_events, sentences) if sentences else None
    matched = set(match.values())
    reporting = {e["id"] for u in units for e in u["system"]}
    strays = sum(1 for k, e in enumerate(system) if e["id"] in reporting and k not in matched)
    dated = [g for g in match if gold_events[g].get("date")]
    dates_ok = [g for g in dated if date_agrees(system[match[g]].get("date"), gold_events[g]["date"])]
    typed = [g for g in match if gold_events[g].get("type")]
    types_ok = [g for g in typed if (system[match[g]].get("type") or "").upper() == gold_events[g]["type"]]
    coverage, merges = _merge_coverage(gold_events, system, match, file_of)
    conflicts = _conflicts(gold.get("conflicts", []), gold_events, system, match, export.get("conflicts", []))
    found_conflicts = sum(row["found"] for row in conflicts)
    scores: dict[str, float | int | None] = {
        "gold_events": len(gold_events),
        "system_events_dated_asserted": len(counted),
        "events_matched": len(match),
        "event_recall": _round(recall),
        "event_precision": _round(precision),
        "event_f1": _round(f1),
        "events_per_fact": None if per_fact is None else round(per_fact, 2),
        "events_per_fact_gold": None if gold_floor is None else round(gold_floor, 2),
        "events_reporting_no_gold_fact": strays,
        "event_date_accuracy": _round(len(dates_ok) / len(dated)) if dated else None,
        "event_type_accuracy": _round(len(types_ok) / len(typed)) if typed else None,
        "event_merge_coverage": _round(coverage),
        "conflicts_found": found_conflicts,
        "conflicts_gold": len(conflicts),
        "conflict_recall": _round(found_conflicts / len(conflicts)) if conflicts else None,
    }
    by_gold = {g: k for g, k in match.items()}
    details = {
        "pairs": [(gold_events[g], system[k]) for g, k in sorted(match.items())],
        "matched": [_pair_row(gold_events[g], system[k]) for g, k in sorted(match.items())],
        "missed": [_missed_row(gold_events[g], g, pairs) for g in range(len(gold_events)) if g not in by_gold],
        "unmatched_system": [_system_row(system[k], file_of) for k in counted if k not in set(match.values())],
        "dates": [_pair_row(gold_events[g], system[match[g]]) for g in dated if g not in set(dates_ok)],
        "types": [_pair_row(gold_events[g], system[match[g]]) for g in typed if g not in set(types_ok)],
        "per_fact": [u for u in units if u["system_events"] > len(u["gold_events"])],
        "merges": merges,
        "conflicts": conflicts,
    }
    return scores, details


def _candidates(gold_events: list[dict[str, Any]], system: list[dict[str, Any]], file_of: dict[str, str],
                gold_map: dict[str, set[str]]) -> list[tuple[float, int, int]]:
    """(fit, gold index, system index) for every candidate pair: fit = best sentence overlap + Jaccard of
    the participants."""
    pairs = []
    for g, event in enumerate(gold_events):
        named = set(event.get("actors") or []) | set(event.get("targets") or [])
        wanted = set().union(*[gold_map.get(x, set()) for x in named]) if named else set()
        for k, candidate in enumerate(system):
            best = 0.0
            for evidence in candidate.get("evidence", []):
                file = file_of.get(evidence.get("article"))
                for source in event.get("sources", []):
                    if file == source.get("file"):
                        best = max(best, overlap(source.get("quote", ""), evidence.get("sentence", "")))
            if best < SAME_SENTENCE:
                continue
            have = set(candidate.get("actors") or []) | set(candidate.get("targets") or [])
            if named and not have & wanted:
                continue
            jaccard = len(have & wanted) / len(have | wanted) if named and (have | wanted) else 0.0
            pairs.append((best + jaccard, g, k))
    return pairs


def _per_fact(gold_events: list[dict[str, Any]], system: list[dict[str, Any]],
              file_of: dict[str, str]) -> tuple[float | None, list[dict[str, Any]]]:
    """System events reporting a gold source sentence, per gold event quoting that sentence."""
    units: dict[tuple[str, str], list[str]] = {}
    quotes: dict[tuple[str, str], str] = {}
    for event in gold_events:
        for source in event.get("sources", []):
            unit = (source.get("file", ""), norm(source.get("quote", "")))
            units.setdefault(unit, [])
            if event["id"] not in units[unit]:
                units[unit].append(event["id"])
            quotes.setdefault(unit, source.get("quote", ""))
    system_n = gold_n = 0
    rows = []
    for (file, key), gold_ids in units.items():
        reporting = [e for e in system if any(file_of.get(ev.get("article")) == file
                                              and overlap(quotes[(file, key)], ev.get("sentence", "")) >= SAME_SENTENCE
                                              for ev in e.get("evidence", []))]
        if reporting:
            system_n += len(reporting)
            gold_n += len(gold_ids)
            rows.append({"file": file, "quote": quotes[(file, key)], "gold_events": gold_ids,
                         "system_events": len(reporting),
                         "system": [{"id": e["id"], "type": e.get("type"), "trigger": _trigger(e, file, file_of)}
                                    for e in reporting]})
    return (system_n / gold_n if gold_n else None), rows


def gold_per_fact(gold_events: list[dict[str, Any]], sentences: dict[str, list[str]]) -> float | None:
    """Events per fact of a system that reports exactly the gold's facts: one event per gold event, its
    evidence the stored sentence that holds most of each of its quotes (`sentences`: gold document -> its
    sentences). Quotes no stored sentence holds are left out, as they would be for any system."""
    perfect = []
    for event in gold_events:
        evidence = []
        for source in event.get("sources", []):
            quote, file = source.get("quote", ""), source.get("file", "")
            best = max(sentences.get(file, []), key=lambda text: overlap(quote, text), default=None)
            if best is not None and overlap(quote, best) >= SAME_SENTENCE:
                evidence.append({"article": file, "sentence": best})
        perfect.append({"id": event["id"], "evidence": evidence})
    value, _ = _per_fact(gold_events, perfect, {file: file for file in sentences})
    return value


def _merge_coverage(gold_events: list[dict[str, Any]], system: list[dict[str, Any]], match: dict[int, int],
                    file_of: dict[str, str]) -> tuple[float | None, list[dict[str, Any]]]:
    shares, rows = [], []
    for g, event in enumerate(gold_events):
        files = {s["file"] for s in event.get("sources", []) if s.get("file")}
        if len(files) < 2:
            continue
        covered = {file_of.get(ev.get("article")) for ev in system[match[g]].get("evidence", [])} if g in match \
            else set()
        share = len(files & covered) / len(files)
        shares.append(share)
        if share < 1:
            rows.append({"gold": event["id"], "system": system[match[g]]["id"] if g in match else None,
                         "missing": sorted(files - covered)})
    return (sum(shares) / len(shares) if shares else None), rows


def _conflicts(conflicts: list[dict[str, Any]], gold_events: list[dict[str, Any]], system: list[dict[str, Any]],
               match: dict[int, int], system_conflicts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    index = {e["id"]: g for g, e in enumerate(gold_events)}
    flagged = {c.get("event") for c in system_conflicts}
    rows = []
    for conflict in conflicts:
        if not conflict.get("event") or conflict.get("kind") not in CONFLICT_KINDS:
            continue
        g = index.get(conflict["event"])
        k = match.get(g) if g is not None else None
        rows.append({"event": conflict["event"], "kind": conflict["kind"],
                     "found": k is not None and system[k]["id"] in flagged,
                     "system_event": system[k]["id"] if k is not None else None})
    return rows


def _trigger(event: dict[str, Any], file: str, file_of: dict[str, str]) -> str | None:
    return next((ev.get("trigger") for ev in event.get("evidence", []) if file_of.get(ev.get("article")) == file),
                None)


def _pair_row(gold_event: dict[str, Any], system_event: dict[str, Any]) -> dict[str, Any]:
    evidence = system_event.get("evidence") or [{}]
    return {"gold": gold_event["id"], "system": system_event["id"],
            "gold_type": gold_event.get("type"), "system_type": system_event.get("type"),
            "gold_date": gold_event.get("date"), "system_date": system_event.get("date"),
            "trigger": evidence[0].get("trigger"), "quote": (gold_event.get("sources") or [{}])[0].get("quote")}


def _missed_row(event: dict[str, Any], g: int, pairs: list[tuple[float, int, int]]) -> dict[str, Any]:
    rivals = sum(1 for _, gold, _ in pairs if gold == g)
    why = "taken by another gold event" if rivals else "no system event with its sentence and participants"
    return {"gold": event["id"], "type": event.get("type"), "why": why,
            "quote": (event.get("sources") or [{}])[0].get("quote")}


def _system_row(event: dict[str, Any], file_of: dict[str, str]) -> dict[str, Any]:
    evidence: dict[str, Any] = next((ev for ev in event.get("evidence", []) if file_of.get(ev.get("article"))), {})
    return {"system": event["id"], "type": event.get("type"), "date": event.get("date"),
            "trigger": evidence.get("trigger"), "sentence": evidence.get("sentence"),
            "file": file_of.get(evidence.get("article") or "")}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)

