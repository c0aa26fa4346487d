"""One-line summaries of events, in plain present-tense English: 'Mikhail Bogdanov and Alexander Lavrentyev
visit Damascus', 'Sergei Lavrov accuses Israel', 'Vladimir Putin and Ahmed al-Sharaa speak by phone'.

Written into each event's row when its rows are derived (from its type, mode, modality, ranked participants,
place and the issue it concerns); wording only, no resolution. Each type's phrase is in dossier/plover.py;
this module conjugates it (agreement with the subject: one actor 'accuses', several 'accuse'), words the
modality ('does not', 'is to', 'may') and, when no actor is known, says what happened without inventing one:
parties that do something together become its subject ('the army and the SDF agree'), else the sentence is
passive ('Syria is supported', 'aid is sent to Gaza'), never 'someone'. A person's flight is told as one ('Bashar
al-Assad flees to Moscow': its place is where they went), not as a withdrawal from the states it involves.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from dossier.models import Modality
from dossier.plover import EventType, Mode

# How an event is said without its actor: the passive of its phrase ({t}: the targets), or, with no target
# either, what happens. Keyed by the phrase's verb words (plover.py).
PASSIVE: dict[str, tuple[str, str]] = {
    "agree": ("an agreement is reached with {t}", "an agreement is reached"),
    "meet": ("talks are held with {t}", "talks are held"),
    "visit": ("{t} be visited", "a visit takes place"),
    "speak by phone": ("a phone call is held with {t}", "a phone call is held"),
    "support": ("{t} be supported", "support is expressed"),
    "make concessions": ("concessions are made to {t}", "concessions are made"),
    "cooperate": ("cooperation with {t} takes place", "cooperation takes place"),
    "send aid": ("aid is sent to {t}", "aid is sent"),
    "give refuge": ("refuge is given to {t}", "refuge is given"),
    "withdraw": ("forces are withdrawn from {t}", "forces are withdrawn"),
    "make demands": ("demands are made of {t}", "demands are made"),
    "accuse": ("{t} be accused", "an accusation is made"),
    "reject": ("{t} be rejected", "a rejection is voiced"),
    "threaten": ("{t} be threatened", "a threat is made"),
    "protest": ("protests are held against {t}", "protests are held"),
    "sanction": ("{t} be sanctioned", "sanctions are imposed"),
    "cancel dealings": ("dealings with {t} are cancelled", "dealings are cancelled"),
    "expel": ("{t} be expelled", "an expulsion takes place"),
    "mobilise": ("forces are mobilised against {t}", "forces are mobilised"),
    "coerce": ("{t} be coerced", "force is used"),
    "attack": ("{t} be attacked", "an attack takes place"),
}
# A transitive phrase said of an actor with no target known: 'Lavrov voices support', not 'Lavrov supports'.
OBJECTLESS = {"support": "voice support", "accuse": "make accusations", "reject": "refuse", "threaten": "make threats",
              "sanction": "impose sanctions", "coerce": "use force", "attack": "carry out an attack",
              "expel": "carry out expulsions", "visit": "make a visit"}
# Types whose parties act together: without an actor, their targets are the subject ('A and B meet').
JOINT_TYPES = frozenset({EventType.AGREE, EventType.CONSULT, EventType.COOPERATE})
# The word an issue is named with, for the types that are about one: talks and calls, agreements, demands,
# accusations, rejections, threats (a visit, support or a material act is not said to be about an issue).
ABOUT = {EventType.CONSULT: "about", EventType.AGREE: "on", EventType.REQUEST: "over", EventType.ACCUSE: "over",
         EventType.REJECT: "over", EventType.THREATEN: "over"}
# First words of an issue's label that are proper adjectives and keep their capital ('Russian military bases').
PROPER_ENDINGS = ("an", "ese", "ish", "ch", "i")


def third_person(verb: str) -> str:
    """'accuse' -> 'accuses', 'speak by phone' -> 'speaks by phone', 'withdraw' -> 'withdraws'."""
    head, _, rest = verb.partition(" ")
    if head == "be":
        head = "is"
    elif head == "have":
        head = "has"
    elif head.endswith(("s", "sh", "ch", "x", "z", "o")):
        head += "es"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in "aeiou":
        head = head[:-1] + "ies"
    else:
        head += "s"
    return f"{head} {rest}" if rest else head


def conjugate(verb: str, plural: bool, modality: Modality) -> str:
    """A verb phrase in the present tense for its subject, with its modality: 'accuses', 'accuse', 'does not
    accuse', 'is to accuse', 'may accuse'; 'be supported' -> 'is supported', 'are not supported'."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    if modality is Modality.NEGATED:
        if head == "be":
            return f"{'are' if plural else 'is'} not{tail}"
        return f"{'do' if plural else 'does'} not {verb}"
    if modality is Modality.FUTURE:
        return f"{'are' if plural else 'is'} to {verb}"
    if modality is Modality.HYPOTHETICAL:
        return f"may {verb}"
    if plural:
        return f"are{tail}" if head == "be" else verb
    return third_person(verb)


# Plural nouns not ending in -s that name a body of people ('the police are').
PLURAL_NOUNS = frozenset({"police", "people", "personnel"})
SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "ews")  # 'press', 'consensus', 'politics', 'news'


def plural_name(name: str) -> bool:
    """A name that is itself a plural noun phrase takes a plural verb: a body of people named by a common noun
    ('protesters', 'separatist leaders', 'the police') or a people by its plural demonym ('Armenians', 'Karabakh
    Armenians'); not a proper name that ends in -s ('United States', 'United Nations', 'Azerbaijan Airlines',
    'Kura Press'), whose last word is capitalised and no demonym."""
    last = name.rsplit(" ", 1)[-1]
    if name.lower() in PLURAL_NOUNS or last in PLURAL_NOUNS:
        return True
    if last.islower():
        return last.endswith("s") and not last.endswith(SINGULAR_ENDINGS)
    return last[:1].isupper() and last.endswith(("ians", "ans")) and len(last) > 5


def many(names: str, count: int) -> bool:
    """Whether participants listed as `names` (`count` of them) take a plural verb."""
    return count > 1 or (count == 1 and plural_name(names))


def listed(names: Sequence[str], more: int = 0) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 2 others'."""
    if more > 0:
        return f"{', '.join(names)} and {more} other{'s' if more > 1 else ''}"
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def about_phrase(label: str) -> str:
    """An issue's label inside a sentence: its first letter lowered unless the first word is a proper
    adjective ('Sanctions on Syria' -> 'sanctions on Syria', 'Russian bases' stays)."""
    first = label.split(" ", 1)[0]
    if not first or first.isupper() or first.lower().endswith(PROPER_ENDINGS) or not first[0].isupper():
        return label
    return label[0].lower() + label[1:]


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def flight_words() -> frozenset[str]:
    """The trigger lemmas of a person's flight (`lexicon/once.yaml`, `flights`: 'fled', 'flew to M')."""
    from dossier.lexicon import once_words
    return once_words("flights")


def fled(kind: EventType, lemmas: Collection[str], fleeing: Sequence[str], person: Callable[[str], bool],
         flights: Collection[str]) -> bool:
    """A person's flight: a RETREAT one of whose sources tells it with a flight verb ('fled', 'flew to M'), done
    by a person (the first of `fleeing`, its actors, else its targets). A state that 'leaves' a country
    withdraws from it; a person who leaves it flees."""
    return (kind is EventType.RETREAT and bool(fleeing) and person(fleeing[0])
            and any(lemma.lower() in flights for lemma in lemmas))


def invites(kind: EventType, lemmas: Collection[str], words: Collection[str]) -> bool:
    """An invitation: an AGREE most of whose sources tell it with a word of inviting (PLOVER codes an invitation
    AGREE; said as 'agrees with X' it reads as a pact)."""
    told = [lemma.lower() for lemma in lemmas if lemma]
    return kind is EventType.AGREE and bool(told) and 2 * sum(lemma in words for lemma in told) >= len(told)


def shown_names(ids: Sequence[str], name: Callable[[str], str], denotes: Callable[[str], str | None],
                represented: Collection[str] = frozenset()) -> tuple[str, int]:
    """The participants as listed ('A, B and 2 others') and how many: an entity another one of them stands for
    ('the Kremlin' beside Russia) is not listed, nor a state `represented` by its own people in the event
    ('Vladimir Putin', not 'Vladimir Putin and Russia')."""
    standing_for = {denotes(i) for i in ids} - {None}
    kept = [i for i in ids if i not in standing_for and i not in represented]
    shown = [name(i) for i in kept][:3]
    return listed(shown, len(kept) - len(shown)), len(kept)


def states_of(ids: Sequence[str], affiliated: Callable[[str], str | None]) -> set[str]:
    """The states these participants' people belong to (`affiliated`: a person's state, else None)."""
    return {state for i in ids if (state := affiliated(i)) is not None}


def visitors(actors: Sequence[str], place: str, denotes: Callable[[str], str | None],
             affiliated: Callable[[str], str | None]) -> list[str]:
    """The actors of a visit to `place` less its hosts, the people of the state the place belongs to (sources
    that tell the talks held there name them beside the visitors); all of them when none else is left."""
    host = denotes(place) or place
    return [i for i in actors if affiliated(i) != host] or list(actors)


def summarise_act(kind: str, modality: Modality, actors: Sequence[str], targets: Sequence[str], location: str | None,
                  name: Callable[[str], str], denotes: Callable[[str], str | None] = lambda _: None,
                  affiliated: Callable[[str], str | None] = lambda _: None) -> str:
    """One line for an act PLOVER does not type (`lexicon/acts.yaml` kinds), worded as its kind says: 'Burhan
    appoints Idris', 'Dagalo is sworn in', 'Idris is appointed' (its targets alone), 'An appointment takes
    place' (no party known); the place after it. A state is not listed beside its own people."""
    from dossier.lexicon import acts
    phrase = acts().kinds.get(kind)
    subject, count = shown_names(actors, name, denotes, states_of(actors, affiliated))
    shown_targets, target_count = shown_names(targets, name, denotes, states_of(targets, affiliated))
    if phrase is None:
        text = f"an act ({kind or 'unknown'}) takes place"
    elif subject and shown_targets:
        text = f"{subject} {conjugate(phrase.active, many(subject, count), modality)} {shown_targets}"
    elif subject:
        text = f"{subject} {conjugate(phrase.objectless, many(subject, count), modality)}"
    elif shown_targets:
        text = f"{shown_targets} {conjugate(phrase.passive, many(shown_targets, target_count), modality)}"
    else:
        article = "an" if kind[:1] in "aeiou" else "a"
        text = f"{article} {kind} {conjugate('take place', False, modality)}"
    if location:
        text += f" in {name(location)}"
    return capitalised(text)


def summarise(kind: EventType, mode: Mode | None, modality: Modality, actors: Sequence[str], targets: Sequence[str],
              location: str | None, name: Callable[[str], str],
              denotes: Callable[[str], str | None] = lambda _: None, about: str | None = None,
              lemmas: Collection[str] = (), person: Callable[[str], bool] = lambda _: False,
              flights: Collection[str] | None = None, invitations: Collection[str] | None = None,
              affiliated: Callable[[str], str | None] = lambda _: None) -> str:
    """One line: 'Mikhail Bogdanov and Alexander Lavrentyev visit Damascus'. `name` gives an entity's name; an
    entity a participant stands for ('the Kremlin' for Russia) is not listed beside it; `about` is the label of
    the issue the event concerns, named for statements and talks ('... meet about sanctions on Syria'). A
    person's flight (`fled`: `lemmas` are its sources' trigger lemmas, `person` tells a person) is said as one,
    its place the destination: 'Bashar al-Assad flees to Moscow', not a withdrawal from the states involved; an
    invitation (`invites`) is said as one: 'Sergei Lavrov invites Ahmed al-Sharaa', not 'agrees with'. A state is
    not listed beside its own people (`affiliated`: a person's state): 'Vladimir Putin and Ahmed al-Sharaa speak by
    phone', not 'Vladimir Putin, Russia and Ahmed al-Sharaa speak by phone with Syria' (across the two sides only
    for what the parties do together: talks, agreements, cooperation)."""
    def names(ids: Sequence[str], beside: Sequence[str] = ()) -> tuple[str, int]:
        return shown_names(ids, name, denotes, states_of([*ids, *beside], affiliated))

    fleeing = actors or targets
    if fled(kind, lemmas, fleeing, person, flight_words() if flights is None else flights):
        subject, count = names(fleeing)
        text = f"{subject} {conjugate('flee', many(subject, count), modality)}"  # "Bashar al-Assad flees to Moscow"
        return capitalised(f"{text} to {name(location)}" if location else text)

    from dossier.lexicon import invitation_words
    words = invitation_words() if invitations is None else invitations
    if actors and targets and invites(kind, lemmas, words):
        subject, count = names(actors)
        text = f"{subject} {conjugate('invite', many(subject, count), modality)} {names(targets)[0]}"
        return capitalised(text)  # what the visit would be about is not what the invitation is

    phrase = kind.phrase(mode)
    verb, preposition = phrase.verb, phrase.preposition
    visit = mode == Mode.VISIT and location is not None
    if visit:
        actors = visitors(actors, location or "", denotes, affiliated)
    subject, count = names(actors)
    shown_targets, target_count = names(targets, actors if kind in JOINT_TYPES else ())
    if subject:
        if not shown_targets and not visit and not preposition:
            verb = OBJECTLESS.get(verb, verb)  # "Sergei Lavrov voices support"
        text = f"{subject} {conjugate(verb, many(subject, count), modality)}"
        if visit:
            text += f" {name(location or '')}"  # "... visits Damascus"
        elif shown_targets:
            text += f" {preposition} {shown_targets}" if preposition else f" {shown_targets}"
    elif kind in JOINT_TYPES and target_count > 1 and not visit:
        text = f"{shown_targets} {conjugate(verb, True, modality)}"  # "the army and the SDF agree"
    else:
        with_target, without = PASSIVE.get(verb, ("{t} be concerned", "an event takes place"))
        if visit:
            shown_targets, target_count = name(location or ""), 1
        template = with_target if shown_targets else without
        words = template.format(t=shown_targets).split(" ")
        # the template's verb: "be" (conjugated for its subject) or an already conjugated "is"/"are"/"takes"
        for i, word in enumerate(words):
            if word == "be":
                rest = " ".join(words[i + 1:])
                plural = many(shown_targets, target_count) and template.startswith("{t}")
                words = [*words[:i], conjugate(f"be {rest}", plural, modality)]
                break
            if word in ("is", "are", "takes"):
                base = {"is": "be", "are": "be", "takes": "take"}[word]
                rest = " ".join(words[i + 1:])
                words = [*words[:i], conjugate(f"{base} {rest}".strip(), word == "are", modality)]
                break
        text = " ".join(words)
    if location and not visit:
        text += f" in {name(location)}"
    if about and kind in ABOUT and mode != Mode.VISIT:
        text += f" {ABOUT[kind]} {about_phrase(about)}"
    return capitalised(text)
