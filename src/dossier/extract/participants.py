"""Who takes part in a trigger's event: actors, targets and place, from the parse.

Contract: `find_participants(draft, s, mentions)` fills `draft.actors`, `draft.targets` (indices into the
article's actor mentions) and `draft.location` from the trigger's subject, objects and prepositional
phrases (verbs), its possessor, compounds and "by/of/between" phrases (nouns), or the clause around it. The
other public functions complete the parties of a sentence's drafts in place: the actors of an event that is
a verb's subject, the sides of a pact a speaker reports, the speaker of a statement. Reads the parse, the
mentions and the lexicon; changes no type.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.extract.drafts import Draft
from dossier.extract.facts import stand_in
from dossier.extract.syntax import LOCATIVE, PRONOUNS, SPEECH_VERBS, THING_PRONOUNS, Parsed, refer, subject_of
from dossier.extract.trigger_words import GROUP_NOUNS, LIGHT_VERBS, OBJECT_DEPS
from dossier.lexicon import frames, references
from dossier.models import ActorMention, EntityType, EventMention, Token
from dossier.plover import EventType, Mode

ADDRESSEE_TYPES = {EventType.REQUEST, EventType.ACCUSE, EventType.THREATEN, EventType.REJECT}
LEADING = LIGHT_VERBS | {"head", "host", "chair", "broker", "sponsor"}  # "an offensive led by X": X did it
PARTNER_PREPS = {"with", "to", "against", "on", "between", "among", "toward", "towards", "from", "for"}
PLACE_PREPS = {"in", "at", "to", "into", "inside", "near", "outside"}
ACTOR_PREPS = {"by", "of", "between", "among"}  # for nominal triggers: "the visit by X", "a call between X and Y"
SETTING_PREPS = {"in", "at", "during", "under"}  # "said in a meeting with X", "put under investigation"


def last_sides(found: list[EventMention], mentions: list[ActorMention]) -> tuple[Sequence[int], Sequence[int]]:
    """The two sides of the last event told with two (places left out): an actor and a target, parties met
    ('Putin and Sharaa spoke'), or parties between whom something happened ('fighting between X and Y')."""
    for event in reversed(found):
        actors, targets = parties_of(event.actors, (), mentions), parties_of(event.targets, (), mentions)
        if actors and targets:
            return actors, targets
        if event.type == EventType.CONSULT and len(actors) >= 2:
            return actors, ()
        if not actors and len(targets) >= 2:
            return targets, ()
    return (), ()


def one_per_side(actors: Sequence[int], targets: Sequence[int], mentions: list[ActorMention],
                  people: bool) -> list[int]:
    """'The two presidents': a person of each side; 'both sides', 'the two countries': a state or body of each
    side (else whoever stands for it). Parties named only as actors ('Putin and Sharaa spoke') are the sides."""
    def fits(i: int) -> bool:
        return (mentions[i].type is EntityType.PERSON) == people

    if actors and targets:
        return list(dict.fromkeys(next((i for i in side if fits(i)), side[0]) for side in (actors, targets)))
    fitting = [i for i in actors if fits(i)]
    return fitting if len(fitting) >= 2 else list(actors)


def parties_of(actors: Sequence[int], targets: Sequence[int], mentions: list[ActorMention]) -> list[int]:
    return [i for i in dict.fromkeys([*actors, *targets])
            if mentions[i].type not in (EntityType.PLACE, EntityType.FACILITY)]


def find_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    trigger = draft.trigger
    if trigger.pos == "VERB":
        _verb_participants(draft, s, mentions)
    elif trigger.pos == "ADJ":
        _adjective_participants(draft, s, mentions)
    else:
        _noun_participants(draft, s, mentions)
    places = [i for i in draft.targets if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
    if draft.location is None and places and draft.rule.mode == Mode.VISIT:
        draft.location = places[0]
    draft.targets = [i for i in draft.targets if i != draft.location]


def _verb_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    verb = draft.trigger
    subject = subject_of(verb, s) if not s.kids(verb, "nsubjpass") else None  # a passive's actor is its agent
    if subject is not None:
        draft.actors += refer(subject, s, mentions)
    for child in s.kids(verb):
        if child.dep == "nsubjpass":
            draft.targets += refer(child, s, mentions)
        elif child.dep == "agent":
            for pobj in s.kids(child, "pobj"):
                draft.actors += refer(pobj, s, mentions)
        elif child.dep in OBJECT_DEPS:
            _object(draft, child, s, mentions)
        elif child.dep == "prep":
            _prepositional(draft, child, s, mentions)
        elif child.dep == "ccomp" and draft.rule.type in (*ADDRESSEE_TYPES, EventType.SUPPORT):
            addressee = subject_of(child, s)  # "demanded that Moscow hand over Assad": demanded of Moscow;
            # "affirmed that Lima and Quito have a special relationship": they are praised
            if addressee is not None:
                draft.targets += refer(addressee, s, mentions)
    if verb.dep == "acl" and (noun := s.head(verb)) is not None and verb.tag == "VBN":
        draft.targets += refer(noun, s, mentions)  # "an agreement signed in 2019": the agreement's parties
        governor = s.head(noun)
        if not draft.actors and governor is not None and any(p.text.lower() == "with" for p in s.kids(verb, "prep")):
            subject = subject_of(governor, s)  # "Syria annulled an agreement signed with X": Syria was a party
            if subject is not None:
                draft.actors += refer(subject, s, mentions)


def _object(draft: Draft, obj: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    referred = refer(obj, s, mentions)
    if obj.lemma.lower() in GROUP_NOUNS and draft.rule.mode == Mode.VISIT:
        draft.actors += referred  # "X led a delegation that included Y": Y travelled too
        return
    if draft.rule.mode == Mode.VISIT:
        places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
        if places and draft.location is None:
            draft.location = places[0]
    draft.targets += referred
    for prep in s.kids(obj, "prep"):  # "held talks with X", "made a visit to Y"
        if obj.i in {w.i for w in draft.words}:
            _prepositional(draft, prep, s, mentions)


def _prepositional(draft: Draft, prep: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    """Partners after with/to/against/between...; the place after in/at/to; a state after in/at (the country
    visited or struck), not the people or bodies named inside the phrase ('ousted in an offensive led by X',
    'in the war on ISIS'); the place left after 'from' ('withdrew from the airport') is where, not whom."""
    word = prep.text.lower()
    for pobj in s.kids(prep, "pobj"):
        if word == "with" and pobj.lemma.lower() in references().means:
            for other in s.kids(pobj, "prep"):  # "fled with the assistance of X to Russia": still to Russia
                if other.text.lower() not in ("of", "by", "from"):
                    _prepositional(draft, other, s, mentions)
            continue  # "fled with the assistance of Russian forces": helpers, neither actor nor target
        referred = refer(pobj, s, mentions)
        places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
        if word == "from":
            left = [i for i in places if not mentions[i].seat and mentions[i].country is None]
            if left and draft.location is None:
                draft.location = left[0]
            referred = [i for i in referred if i not in left]
        if word in PLACE_PREPS and places and draft.location is None:
            draft.location = places[0]
            referred = [i for i in referred if i != places[0]]
            if word in LOCATIVE:
                continue
        if word in LOCATIVE:
            referred = [i for i in referred if mentions[i].type in (EntityType.STATE, EntityType.PLACE,
                                                                     EntityType.FACILITY)]
        if word in PARTNER_PREPS or word in PLACE_PREPS:
            draft.targets += referred


def _adjective_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    """'Russia is ready to help', 'officials said they were willing to ...': the subject of the copula."""
    adjective = draft.trigger
    copula = s.head(adjective) if adjective.dep == "acomp" else None
    subject = subject_of(copula, s) if copula is not None else None
    if subject is not None:
        draft.actors += refer(subject, s, mentions)
    for prep in s.kids(adjective, "prep"):
        if prep.text.lower() in ("with", "for"):
            _prepositional(draft, prep, s, mentions)


def _noun_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    noun = draft.trigger
    undergone = noun.lemma.lower() in frames().undergone  # "Assad's fall", "the ouster of Assad"
    done_by = undergone or any(p.text.lower() == "by" for p in s.kids(noun, "prep"))
    for child in s.kids(noun):
        if child.dep == "poss" and done_by:
            draft.targets += refer(child, s, mentions)  # "Assad's ouster by the rebels": Assad was ousted
            continue
        if child.dep == "prep" and undergone and child.text.lower() == "of":
            draft.targets += [i for p in s.kids(child, "pobj") for i in refer(p, s, mentions)]
            continue
        if child.dep == "poss" or (child.dep in ("amod", "compound") and child.i in s.mention_at):
            referred = refer(child, s, mentions)  # "Putin's call", "Russian airstrikes"
            places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
            if draft.rule.mode == Mode.VISIT and places and draft.location is None:
                draft.location = places[0]  # "the Moscow visit"
                referred = [i for i in referred if i != places[0]]
            draft.actors += referred
        elif child.dep == "prep" and child.text.lower() in ACTOR_PREPS:
            draft.actors += [i for pobj in s.kids(child, "pobj") for i in refer(pobj, s, mentions)]
        elif child.dep == "prep":
            _prepositional(draft, child, s, mentions)  # "talks with X", "a visit to Y", "withdrawal from Z"
        elif child.dep == "acl" and child.lemma.lower() in LEADING:
            for agent in s.kids(child, "agent"):  # "an offensive led by X", "talks hosted by Y"
                draft.actors += [i for pobj in s.kids(agent, "pobj") for i in refer(pobj, s, mentions)]
    place = stand_in(noun, s)
    head = s.head(place)
    if head is not None and head.lemma.lower() in LIGHT_VERBS and place.dep in OBJECT_DEPS:
        subject = subject_of(head, s)  # "Putin held a phone call with ..."
        if subject is not None:
            draft.actors += refer(subject, s, mentions)
        for prep in s.kids(head, "prep"):
            _prepositional(draft, prep, s, mentions)
    elif head is not None and place.dep in ("nsubj", "nsubjpass"):
        for prep in s.kids(head, "prep"):  # "the visit ... marked": nothing; "talks took place in X"
            if prep.text.lower() in PLACE_PREPS:
                _prepositional(draft, prep, s, mentions)
    elif not draft.actors:
        _setting_parties(draft, s, mentions)


def actors_of_event_subjects(drafts: list[Draft], s: Parsed) -> None:
    """'He led an offensive that ousted Assad', 'a campaign by X forced Y out': a verb whose subject is an event
    is done by that event's actors."""
    nouns = {d.trigger.i: d for d in drafts if d.trigger.pos in ("NOUN", "PROPN")}
    for draft in drafts:
        if draft.trigger.pos == "VERB" and not draft.actors and not s.kids(draft.trigger, "nsubjpass"):
            subject = subject_of(draft.trigger, s)
            if subject is not None and subject.i in nouns:
                draft.actors += nouns[subject.i].actors


def pacts_reported(drafts: list[Draft], s: Parsed, mentions: list[ActorMention],
                    before: list[EventMention]) -> None:
    """'He also noted an agreement to set up a joint commission': a pact a speaker reports naming no party of its
    own was made by the two sides of the last event the article told with two sides (after talks, the agreement
    is the talks' parties'), one party per side, and dated by that event."""
    for draft in drafts:
        noun = draft.trigger
        if draft.rule.type != EventType.AGREE or noun.lemma.lower() not in references().pacts or \
                draft.actors or draft.targets or noun.dep not in OBJECT_DEPS:
            continue
        verb = s.head(noun)
        if verb is None or "speech" not in frames().verbs.get(verb.lemma.lower(), ()) or \
                any(w.i in s.mention_at for w, _ in s.subtree(noun)):
            continue
        sides = last_sides(before, mentions)
        draft.actors += one_per_side(*sides, mentions, people=False)
        if draft.actors and draft.time is None:  # dated by the event whose sides made it
            draft.restates = next((k for k in range(len(before) - 1, -1, -1) if last_sides(before[k:k + 1], mentions)
                                   == sides), None)


def _setting_parties(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    """'Putin said in a meeting with X', 'X spoke during a conference with Y', 'forces were engaged in ethnic
    cleansing': whoever the verb tells of took part in the event its phrase names, unless the verb tells what
    they suffered ('lost his brother in an air strike'); 'X was put under investigation': X is investigated."""
    noun = draft.trigger
    prep = s.head(noun)
    verb = s.head(prep) if prep is not None and noun.dep == "pobj" else None
    if prep is None or verb is None or prep.text.lower() not in SETTING_PREPS or verb.pos not in ("VERB", "AUX"):
        return
    patients = s.kids(verb, "nsubjpass")
    if patients and verb.lemma.lower() in frames().engaged:  # "forces were engaged in ethnic cleansing"
        draft.actors += [i for p in patients for i in refer(p, s, mentions) if i not in draft.actors]
    elif patients and prep.text.lower() == "under":
        draft.targets += [i for p in patients for i in refer(p, s, mentions) if i not in draft.targets]
    elif not patients and verb.lemma.lower() not in frames().suffering:
        draft.actors += subject_refs(verb, s, mentions)  # not "X, who lost his brother in an air strike"


def speaker_of(trigger: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Al-Shaibani added that Syria sought partners': a statement's source is one of its actors; not of
    an agentless passive (`unnamed_agent`) nor of a quotation's clause about others (`others_quoted`)."""
    if unnamed_agent(trigger, s, mentions) or others_quoted(trigger, s):
        return []
    node = trigger
    for governor in s.ancestors(trigger):
        if node.dep in ("ccomp", "xcomp", "advcl") and governor.lemma.lower() in SPEECH_VERBS:
            subject = subject_of(governor, s)
            return refer(subject, s, mentions) if subject is not None else []
        if node.dep not in ("conj", "ccomp", "xcomp", "advcl", "relcl", "acomp"):
            return []
        node = governor
    return []


def unnamed_agent(trigger: Token, s: Parsed, mentions: list[ActorMention]) -> bool:
    """'Duarte said Lima had not been consulted about the plan': a passive whose patient is a party and with
    no agent ("by ...") does not tell who acted, and the one reporting it is not that one ("said the issue
    would be discussed" keeps its speaker: nobody else takes part)."""
    if not s.kids(trigger, "auxpass") or s.kids(trigger, "agent"):
        return False
    return any(refer(p, s, mentions) for p in s.kids(trigger, "nsubjpass"))


def others_quoted(trigger: Token, s: Parsed) -> bool:
    """'Duarte wrote: "They have agreed to hold talks"': inside a quotation a third-person pronoun is someone
    other than its speaker (only "I" and "we" are the speaker)."""
    subject = subject_of(trigger, s)
    if subject is None or subject.pos != "PRON" or subject.text.lower() not in PRONOUNS | THING_PRONOUNS:
        return False
    return any(start <= subject.idx < end for start, end, _ in s.quoted)


def subject_refs(word: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who does what a word says: its subject, or for a noun its possessor ("Russia's decision to ...")."""
    if word.pos in ("NOUN", "PROPN"):
        return [i for p in s.kids(word, "poss") for i in refer(p, s, mentions)]
    subject = subject_of(word, s)
    return refer(subject, s, mentions) if subject is not None else []
