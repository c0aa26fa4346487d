"""Recurring background facts: what many articles restate in their own words, often undated or dated only to
its month or year ("since the ruler's fall", "the intervention a decade ago", "the minister congratulated
him"). Pure rules, applied by `merging.py`; each names what it checks, and anything that tells two mentions
apart keeps them apart.

- A fact that happens once to whom it is done (a ruler removed from power, asylum given to a person: the
  kinds are data, `lexicon/once.yaml`, `once_kind`) is one occurrence wherever two mentions of the same kind
  name the same person or group it is done to, or what is named after them (a regime after its ruler):
  `once_fits`. A year or a month then tells nothing apart (there is no second occurrence), so the
  year-alone rule (`rules.year_only`) does not apply, and an undated mention recalls the dated one.
- An undated mention of what happened (not a statement, nor a meeting, a call or anything else parties do
  together, which recur between the same parties), from an article that does not know when it was written,
  has nothing to place it but its parties: it joins the one dated event of its kind (same type, mode, place) that its
  principal actor acts in when no other event of the store is such a candidate (`sole_candidate`) and it names
  no person the event does not (`no_one_else`); two or more candidates, and it stays apart. A visit made by a
  named person or group is the visitor's own act, not one parties do together: it may be such a report
  (`visit_of_its_own`).
- The same remark reported by several outlets: an undated statement and a statement of another article
  dated within the story its article tells (the dates of the article's other events), naming a person in
  common and told with the same word ("congratulated"), are one remark (`same_remark`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from dossier.models import EntityType, EventMention
from dossier.plover import EventType, Mode


@dataclass(frozen=True, slots=True)
class OnceKind:
    """A kind of fact that happens once to whom it is done: its type, mode (if any) and trigger words (none:
    any word of that type and mode)."""

    name: str
    type: EventType
    mode: Mode | None = None
    words: frozenset[str] = frozenset()
    standing: bool = False  # a relation told as a state (a patron's backing of a client): no act of a day

    def tells(self, event_type: EventType | None, mode: Mode | None, lemma: str) -> bool:
        return (event_type == self.type and (self.mode is None or mode == self.mode)
                and (not self.words or lemma.lower() in self.words))


def kinds_from(data: object) -> tuple[OnceKind, ...]:
    """The kinds a table lists (`{'kinds': [{'name', 'type', 'mode'?, 'words'?, 'standing'?}]}`)."""
    rows = data.get("kinds", []) if isinstance(data, dict) else []
    return tuple(OnceKind(str(row["name"]), EventType(row["type"]), Mode(row["mode"]) if row.get("mode") else None,
                          frozenset(str(w).lower() for w in row.get("words") or ()), bool(row.get("standing")))
                 for row in rows)


@lru_cache(maxsize=1)
def once_kinds() -> tuple[OnceKind, ...]:
    """The kinds of `lexicon/once.yaml`."""
    from dossier.lexicon import once_table
    return kinds_from(once_table())


def once_kind(event_type: EventType | None, mode: Mode | None, lemmas: Iterable[str],
              kinds: Collection[OnceKind]) -> OnceKind | None:
    """The kind of once-only fact a mention (its lemma) or an event (any of its sources' lemmas) tells, if any."""
    words = list(lemmas) or [""]
    return next((k for k in kinds for w in words if k.tells(event_type, mode, w)), None)


def kind_of(event_type: EventType | None, mode: Mode | None, lemmas: Iterable[str]) -> OnceKind | None:
    """The kind of once-only fact of `lexicon/once.yaml` (`once_kinds`) a mention (`[its lemma]`) or an event (its
    sources' lemmas) tells, if any: the one test merging and its candidates' prefilter share."""
    return once_kind(event_type, mode, lemmas, once_kinds())


def done_to(targets: Iterable[str], specific: Callable[[str], bool],
            named_after: Callable[[str], Collection[str]] = lambda _: ()) -> set[str]:
    """Whom a fact is done to, by name: its named targets (people, groups: `specific`) and those they are named
    after ('the Kessel regime of Vell' -> Vell), so that 'Vell was ousted' and 'the fall of the Vell regime'
    name the same subject. States and places are no subject: they have many rulers and many guests."""
    named = {t for t in targets if specific(t)}
    return named | {r for t in named for r in named_after(t)}


def subject_of(kind: OnceKind | None, targets: Iterable[str], specific: Callable[[str], bool],
               named_after: Callable[[str], Collection[str]], state_of: Callable[[str], str | None]) -> set[str]:
    """Whom a once-only fact is done to (`done_to`); a standing relation (`OnceKind.standing`) is held with a
    state too, so the states its targets are or stand for count as well: 'a backer of the new government in M' and
    'a backer of Lorn's authorities' back Lorn."""
    targets = list(targets)
    subject = done_to(targets, specific, named_after)
    if kind is not None and kind.standing:
        subject |= {s for t in targets if (s := state_of(t)) is not None}
    return subject


def once_fits(kind: OnceKind | None, their_kind: OnceKind | None, subject: Collection[str],
              their_subject: Collection[str]) -> bool:
    """Two mentions of a fact that happens once to whom it is done, done to the same named subject: one
    occurrence ('Vell was ousted late last year' and 'the fall of the Vell regime in December')."""
    return kind is not None and kind == their_kind and bool(set(subject) & set(their_subject))


@lru_cache(maxsize=1)
def power_nouns() -> frozenset[str]:
    """What changes hands in a change of power ('came to power', 'a change in leadership'): `lexicon/once.yaml`,
    `power.nouns`, the lemma extract/power.py gives such a mention."""
    from dossier.lexicon import once_table
    return frozenset(str(w).lower() for w in ((once_table()).get("power") or {}).get("nouns") or ())


def power_change(kind: OnceKind | None, lemma: str) -> bool:
    """A mention of power changing hands ('X came to power', 'the change of power in Y'), told of the kind of a
    ruler's removal by the word of what changes hands: it names who came in, not whom it removed."""
    return kind is not None and lemma.lower() in power_nouns()


def power_changes_in(states: Collection[str], removals: Iterable[tuple[str, Collection[str], bool]]) -> str | None:
    """The one removal from power a change of power in `states` tells: among the store's dated removals, each
    given as (its id, the states its parties and places stand for, whether it names whom it removed), those in a
    state of the mention that name whom they removed; exactly one, else none ('X came to power in Lorn' is no
    removal the store knows of when it holds none in Lorn, or two)."""
    if not states:
        return None
    return sole_candidate([event_id for event_id, theirs, named in removals if named and set(states) & set(theirs)])


def same_states(states: Collection[str], their_states: Collection[str]) -> bool:
    """Who did a once-only fact, where both sides name a state doing it (or acting for one): a state in common.
    'Norvia gave Vell asylum' and 'Lorn gave Vell asylum' tell it otherwise; rebels, their leader and 'his
    forces' stand for no state and are told many ways (a disagreement there is a participants conflict)."""
    return not states or not their_states or bool(set(states) & set(their_states))


def sole_candidate(candidates: Collection[str]) -> str | None:
    """The one event an undated mention can join when nothing else places it: exactly one candidate, else
    none (two candidates are two occurrences it cannot tell apart: prefer apart)."""
    unique = set(candidates)
    return next(iter(unique)) if len(unique) == 1 else None


def goes_on(tense: str, sentence: int) -> bool:
    """A sentence in the present tense tells what goes on ('several thousand of its soldiers fight alongside the
    rebels', 'the army holds the town'), not the one act of a day a store holds: no sole candidate for it. A
    headline (the article's first sentence) tells its news in the present by convention ('Norvia strikes Lorn')
    and is not such a sentence."""
    return tense == "present" and sentence > 0


def no_one_else(people: Collection[str], their_parties: Collection[str]) -> bool:
    """A person the mention names that the event does not is a sign of another occurrence ('the call with Oda'
    is not the one call of the store, with Ruiz): the sole candidate is joined only when it names them all."""
    return all(p in their_parties for p in people)


def visit_of_its_own(mode: Mode | None, actors: Collection[str], specific: Callable[[str], bool]) -> bool:
    """A visit whose visitor is named (a person, a group: 'the general flew into the capital') is that visitor's
    act, though coded as a meeting: an undated report of it from an article that does not know when it was
    written may be the store's one visit of that visitor (`sole_candidate`). Meetings and calls between the same
    parties recur and are never such a report, nor is a visit told only by the state that made it (a state's
    envoys come and go)."""
    return mode is Mode.VISIT and any(specific(a) for a in actors)


def acts_in(actors: Collection[str], their_actors: Collection[str], targets: Collection[str] = (),
            their_targets: Collection[str] = (), state_of: Callable[[str], str | None] = lambda _: None) -> bool:
    """The principal of a mention acts in the event too (itself, or the state it stands for); a mention naming
    no actor ('the fall of the regime') is about its targets, which the event must name."""
    if actors:
        return any(a in their_actors or (state_of(a) is not None and state_of(a) in their_actors) for a in actors)
    return bool(set(targets) & set(their_targets))


def same_remark(statement: bool, in_story: bool, shared_named: bool, same_word: bool) -> bool:
    """One remark reported by several outlets: a statement undated on one side, told with the same word and
    naming a person or group in common (the speaker, or whom it is addressed to: one source may leave the
    speaker out), where the dated side falls within the story the undated side's article tells ('the minister
    congratulated the envoy' in an undated report of a meeting, 'congratulated' in a dated report of it).
    Named speakers that differ are two statements (`rules.same_speaker`, checked first). A statement is made
    on many occasions: without the story, a named party and the word, nothing ties the two."""
    return statement and in_story and shared_named and same_word


def same_word(lemma: str, lemmas: Collection[str], least: int = 5) -> bool:
    """The same word, or its noun or verb ('agree' and 'agreement', 'withdraw' and 'withdrawal', 'congratulate'
    and 'congratulations'): one lemma begins with the other, of at least `least` letters."""
    if not lemma:
        return False
    word = lemma.lower()
    return any(w == word or (min(len(w), len(word)) >= least and (w.startswith(word) or word.startswith(w)))
               for w in (x.lower() for x in lemmas))


def companion_words() -> frozenset[str]:
    """Who goes with a person ('his family', 'his wife'): `lexicon/once.yaml`, `companions`."""
    from dossier.lexicon import once_words
    return once_words("companions")


def flight_words() -> frozenset[str]:
    """A person's flight told as one day's journey ('fled', 'flew to M'): `lexicon/once.yaml`, `flights`."""
    from dossier.lexicon import once_words
    return once_words("flights")


def continues_a_story(event_type: EventType | None, lemma: str, story_types: Collection[EventType],
                      flights: Collection[str]) -> bool:
    """Whether an undated mention of this type and trigger lemma may continue the dated story told just before
    it: a statement or a meeting (`story_types`), or a flight (a RETREAT told by a word of `flights`: 'X was
    ousted on Dec. 8. X and his family flew to M as the rebels took the capital', of that day); not a
    withdrawal, which lasts ('began withdrawing its assets')."""
    return event_type in story_types or (event_type is EventType.RETREAT and lemma.lower() in flights)


def companions_disagree(named: Iterable[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Who took part, told by several articles as (the people each names, the companions it names with them): one
    naming a person with companions ('Vell and his family fled') and another naming that person alone ('Vell
    fled') disagree, as the sources of an asylum do on who was given it. Articles naming nobody in common, or
    both naming companions, do not."""
    told = list(named)
    return any(people & others and companions and not theirs
               for people, companions in told for others, theirs in told)


PLACES = frozenset({EntityType.PLACE, EntityType.FACILITY})


def no_ruler_removed(mention: EventMention, type_of: Callable[[int], EntityType | None]) -> bool:
    """'Since the fall of Goma', 'the fall of the port gives X control of the coast': a word of a removal from
    power (a once-only COERCE of `lexicon/once.yaml`) that names no doer and is done to places alone tells a town
    that fell, no ruler removed, and no event of its own (the taking of the town is told by its verbs: 'X took
    Goma'). Extraction drops it where the sentence types the party a place (extract/facts.py, `ruled`); a name the
    sentence took for a person or a group ('Goma', 'El Fasher') is known for a place here, as resolved
    (`type_of`: the type of the entity an actor mention index stands for)."""
    kind = kind_of(mention.type, mention.mode, [mention.lemma])
    return kind is not None and kind.type is EventType.COERCE and not kind.standing and not mention.actors \
        and bool(mention.targets) and all(type_of(i) in PLACES for i in mention.targets)


def without(mentions: Sequence[EventMention], dropped: Collection[int]) -> list[EventMention]:
    """An article's mentions less those at `dropped`, with each date reference (`time_ref`, an index into the
    article's mentions) moved to where its mention now stands, and one to a dropped mention let go."""
    if not dropped:
        return list(mentions)
    where: dict[int, int] = {}
    for n in range(len(mentions)):
        if n not in dropped:
            where[n] = len(where)
    return [replace(m, time_ref=where.get(m.time_ref) if m.time_ref is not None else None)
            for n, m in enumerate(mentions) if n not in dropped]
