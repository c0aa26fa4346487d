"""A hope that a party will come is an invitation (issue 16: offers and invitations typed consistently).

Contract: `hoped_visits(drafts, s, mentions, times)` returns the sentence's drafts where a word of wishing
(`lexicon/invitations.yaml`: "hoped that X would attend", "expressed hope that X will visit", "looks forward to
welcoming X", "would welcome X's participation") governs a named party's coming, attending or taking part: that
coming is replaced by one AGREE (PLOVER: an invitation is AGREE, as "invited X to visit") whose trigger is the
word of wishing, whose actors are who hopes and whose targets are who is to come, asserted. The coming hoped for
is not asserted and adds no event of its own (one event per fact). Run after participants and modality are set
and before times are attached: the invitation is dated by the hoping clause, not by when the coming would be.
`own_time(drafts, s, times)` then takes from an invitation a time that is the hoped-for coming's ("would attend
the summit in October": October is the summit's). Pure functions of the parse and the lexicon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from dossier.extract.attach_time import attach_times
from dossier.extract.drafts import Draft
from dossier.extract.modality import HYPOTHETICAL_AUX, modality_of
from dossier.extract.participants import speaker_of, subject_refs
from dossier.extract.syntax import Parsed, refer, subject_of
from dossier.extract.trigger_words import COMMITMENT
from dossier.lexicon import load_yaml
from dossier.models import ActorMention, EntityType, Modality, Span, Token
from dossier.plover import EventType

# how the clause of a coming hangs under the word of wishing: "hoped [that X would attend]", "hope [that ...]"
# (a noun's clause), "looked forward [to X's visit]", "would welcome [a visit by X]"
PATH_DEPS = frozenset({"ccomp", "xcomp", "acomp", "conj", "pobj", "pcomp", "prep", "dobj", "acl"})


@dataclass(frozen=True, slots=True)
class Wishing:
    verbs: frozenset[str]
    nouns: frozenset[str]
    forward: frozenset[str]
    welcome: frozenset[str]
    coming: frozenset[str]
    hosting: frozenset[str]
    recorded_as: str  # the lemma an invitation is recorded under (resolution tells invitations by it)


@lru_cache(maxsize=1)
def wishing() -> Wishing:
    data = load_yaml("invitations.yaml") or {}

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return Wishing(words("verbs"), words("nouns"), words("forward"), words("welcome"), words("coming"),
                   words("hosting"), str((data.get("words") or ["invite"])[0]).lower())


def _wish(word: Token, clause: Token, s: Parsed) -> bool:
    """`word` wishes for what `clause` (its dependent) says: 'hoped [that ...]', 'hope [that ...]',
    'looked forward [to ...]', 'would welcome [a visit by X]'."""
    table, lemma = wishing(), word.lemma.lower()
    if word.pos in ("VERB", "AUX") and (lemma in table.verbs or word.text.lower() in table.verbs):
        return clause.dep in ("ccomp", "xcomp")
    if word.pos == "NOUN" and (lemma in table.nouns or word.text.lower() in table.nouns):
        return clause.dep in ("acl", "ccomp")
    if word.pos == "VERB" and lemma in table.forward:
        return clause.dep == "prep" and clause.text.lower() == "to" and any(
            c.text.lower() == "forward" for c in s.kids(word))
    if word.pos == "VERB" and lemma in table.welcome:
        return clause.dep == "dobj" and clause.pos == "NOUN" and _coming(clause, s)
    return False


def _coming(word: Token, s: Parsed) -> bool:
    """A word of coming ('attend', 'take part', 'a visit', 'participation')."""
    lemma = word.lemma.lower()
    coming = wishing().coming
    return lemma in coming or word.text.lower() in coming or any(
        f"{lemma} {o.lemma.lower()}" in coming for o in s.kids(word, "dobj"))


def _hosting(word: Token) -> bool:
    return word.pos == "VERB" and word.lemma.lower() in wishing().hosting


def _wished_over(trigger: Token, s: Parsed, others: set[int]) -> tuple[Token, Token, list[Token]] | None:
    """The word of wishing above a trigger, the head of the clause it governs, and the words between them
    (the trigger included); None where another event's word stands between (its clause is its own)."""
    node, path = trigger, [trigger]
    for governor in s.ancestors(trigger):
        if _wish(governor, node, s):
            return governor, node, path
        hope = next((o for o in s.kids(governor, "dobj") if o.pos == "NOUN" and o.lemma.lower() in wishing().nouns),
                    None) if node.dep == "ccomp" and governor.pos == "VERB" else None
        if hope is not None:
            return hope, node, path  # "voiced hope on Tuesday that X would come": the clause hangs from the verb
        if node.dep not in PATH_DEPS or governor.i in others:
            return None
        node = governor
        path.append(node)
    return None


def _welcomed(word: Token, s: Parsed) -> tuple[Token, Token, list[Token]] | None:
    """A word of wishing that is itself a trigger and takes a coming as its object ('would welcome a visit by
    X', where the noun is no event of its own): the word, that object, and the object as the path."""
    visit = next((o for o in s.kids(word, "dobj") if _wish(word, o, s)), None)
    return (word, visit, [visit]) if visit is not None else None


def _hopers(word: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who hopes: the subject of the verb ('he hoped'), the possessor of the noun ('his hope') or the subject of
    the verb it is the object of ('expressed hope'); else the speaker of the clause ('X said ... hoped')."""
    found = subject_refs(word, s, mentions)
    if not found and word.pos == "NOUN" and word.dep == "dobj" and (verb := s.head(word)) is not None:
        found = subject_refs(verb, s, mentions)
    return found or speaker_of(word, s, mentions)


def _guests(draft: Draft, clause: Token, path: list[Token], s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who is to come: the subject of the clause hoped for ('that X would attend'), the object of hosting
    ('welcoming X'), or the parties a noun of coming names ('X's visit', 'a visit by X'); places are where."""
    host = next((w for w in path if _hosting(w)), None)
    if host is not None:
        found = [i for o in s.kids(host, "dobj") for i in refer(o, s, mentions)]
    elif clause.pos in ("VERB", "AUX") and (subject := subject_of(clause, s)) is not None:
        found = refer(subject, s, mentions)
    elif clause.pos in ("NOUN", "PROPN"):  # "X's participation", "a visit by X", "the attendance of X"
        found = [i for p in s.kids(clause, "poss") for i in refer(p, s, mentions)]
        found += [i for p in s.kids(clause, "prep") if p.text.lower() in ("by", "of")
                  for o in s.kids(p, "pobj") for i in refer(o, s, mentions)]
        if draft.trigger.i == clause.i:
            found += draft.actors  # the visitor, not the visited
    else:
        found = []
    return [i for i in found if i != draft.location and mentions[i].type not in (EntityType.PLACE,
                                                                                 EntityType.FACILITY)]


def hoped_visits(drafts: list[Draft], s: Parsed, mentions: list[ActorMention],
                 times: Sequence[Span] = ()) -> list[Draft]:
    """'X said he hoped Y would attend the summit in October': one AGREE by X to Y (an invitation), not Y's
    hypothetical attendance. Only a coming (`lexicon/invitations.yaml`, coming and hosting) by a named party
    other than who hopes: 'he hoped to visit Z' (his own plan) and 'hoped the talks would succeed' stay. A
    gathering named in the clause hoped for is where the guest is to come, part of the invitation, unless its
    own phrase dates it ('the summit, which is scheduled for May 4': the sentence tells it is planned; `times`,
    the sentence's time expressions)."""
    triggers = {d.trigger.i for d in drafts}
    made: dict[int, Draft] = {}
    gone: set[int] = set()
    for draft in drafts:
        found = _welcomed(draft.trigger, s) if draft.rule.type != EventType.CONSULT else \
            _wished_over(draft.trigger, s, triggers - {draft.trigger.i})
        if found is None or id(draft) in gone:
            continue
        word, clause, path = found
        if clause.dep == "prep":  # "looked forward to [X's visit]": what the preposition governs
            clause = next(iter(s.kids(clause, "pobj", "pcomp")), clause)
        if not any(_coming(w, s) or _hosting(w) for w in path):
            continue  # "hoped X would discuss the deal": no coming
        hopers = _hopers(word, s, mentions)
        guests = [g for g in _guests(draft, clause, path, s, mentions) if g not in hopers]
        if not hopers or not guests:
            continue  # "he hoped to attend": his own plan; "it is hoped that ...": nobody invites
        invitation = made.get(word.i)
        if invitation is None:
            invitation = Draft(word, COMMITMENT, [word], list(hopers), [], draft.location, hoped=clause,
                               lemma=wishing().recorded_as)  # as "invited X to visit" is
            modality = modality_of(word, s)
            auxiliaries = {c.text.lower() for c in s.kids(word, "aux")}
            if modality is Modality.HYPOTHETICAL and auxiliaries & HYPOTHETICAL_AUX and \
                    word.lemma.lower() in wishing().welcome:
                modality = Modality.ASSERTED  # "would welcome a visit by X": the welcome is offered now
            invitation.modality = modality
            made[word.i] = invitation
        invitation.targets += [g for g in guests if g not in invitation.targets]
        if invitation.location is None:  # "welcome a visit by X to Nairobi": where X is to come
            invitation.location = next((t for t in [draft.location, *draft.targets] if t is not None and
                                        mentions[t].type is EntityType.PLACE), None)
        invitation.words += draft.words
        gone.add(id(draft))
    if not made:
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        if id(draft) in gone or (draft.trigger.i in made and draft is not made[draft.trigger.i]):
            continue  # the coming hoped for; the word of wishing itself ("welcome") is now the invitation
        owner = next((d for d in made.values() if d.hoped is not None and _under(draft.trigger, d.hoped, s)), None)
        if draft.rule.type == EventType.CONSULT and owner is not None and not _dated_in_own_words(draft, times, s):
            owner.words += draft.words  # "attend the summit in May": where the guest is to come
            continue
        kept.append(draft)
    kept += [d for d in made.values() if all(k is not d for k in kept)]
    return sorted(kept, key=lambda d: d.trigger.i)


def _under(token: Token, clause: Token, s: Parsed) -> bool:
    """The token is the clause's head or hangs from it, however deep (relative clauses included)."""
    return token.i == clause.i or any(a.i == clause.i for a in s.ancestors(token))


def _dated_in_own_words(draft: Draft, times: Sequence[Span], s: Parsed) -> bool:
    """A noun trigger with a time expression in its own phrase ("the summit, which is scheduled for May 4")."""
    return draft.trigger.pos in ("NOUN", "PROPN") and any(
        all(i in s.by_i and _under(s.by_i[i], draft.trigger, s) for i in range(t.token_start, t.token_end))
        for t in times)


def own_time(drafts: list[Draft], s: Parsed, times: list[Span]) -> None:
    """An invitation keeps no time that is the coming's ('hoped X would attend the summit in October': the
    summit is in October): it is dated as its clause would be without the coming's times ('said on Monday that
    he hoped ...': Monday), else not at all (the article's chronology dates it, as statements are). Call after
    `attach_times`, with the times it was given; other drafts are left as they are."""
    for draft in drafts:
        if draft.hoped is None:
            continue
        clause = draft.hoped
        outside = [t for t in times if not all(_under(s.by_i[i], clause, s) for i in
                                               range(t.token_start, t.token_end) if i in s.by_i)]
        if len(outside) == len(times):
            continue
        probes = [replace(d, time=None, time_ref=None) for d in drafts]
        attach_times(probes, s, outside)  # on copies: the others keep the times they were given
        probe = next(p for p, d in zip(probes, drafts, strict=True) if d is draft)
        by_probe = {id(p): d for p, d in zip(probes, drafts, strict=True)}
        draft.time = probe.time
        draft.time_ref = by_probe.get(id(probe.time_ref)) if probe.time_ref is not None else None
