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

from dossier.extract.campaigns import group_named_before
from dossier.extract.drafts import Draft
from dossier.extract.facts import stand_in
from dossier.extract.syntax import (
    LOCATIVE,
    PRONOUNS,
    SPEECH_VERBS,
    THING_PRONOUNS,
    Parsed,
    reduced_relative,
    refer,
    subject_of,
    to_infinitive,
)
from dossier.extract.trigger_words import GROUP_NOUNS, LIGHT_VERBS, OBJECT_DEPS
from dossier.lexicon import frames, gazetteer, once_words, references
from dossier.models import ActorMention, EntityType, EventMention, Token
from dossier.plover import EventType, Mode

ADDRESSEE_TYPES = {EventType.REQUEST, EventType.ACCUSE, EventType.THREATEN, EventType.REJECT}
LEADING = LIGHT_VERBS | {"head", "host", "chair", "broker", "sponsor"}  # "an offensive led by X": X did it
PARTNER_PREPS = {"with", "to", "against", "on", "between", "among", "toward", "towards", "from", "for"}
PLACE_PREPS = {"in", "at", "to", "into", "inside", "near", "outside"}
ACTOR_PREPS = {"by", "of", "between", "among"}  # for nominal triggers: "the visit by X", "a call between X and Y"
JOINT_WORDS = {"both", "two", "three", "all"}  # "both sides", "the two governments", "all three countries"
SETTING_PREPS = {"in", "at", "during", "under"}  # "said in a meeting with X", "put under investigation"
UNDERGOING = {"come", "be", "fall", "remain", "stay"}  # "the convoy came under attack": the convoy is attacked


JOINT = {EventType.CONSULT, EventType.AGREE, EventType.COOPERATE}  # done by the sides together


def last_sides(found: list[EventMention], mentions: list[ActorMention]) -> tuple[Sequence[int], Sequence[int]]:
    """The two sides of the last event told with two (places left out): an actor and a target, parties met
    ('Putin and Sharaa spoke') or agreeing or working together ('X and Y agreed to a ceasefire'), or parties
    between whom something happened ('fighting between X and Y')."""
    for event in reversed(found):
        actors, targets = parties_of(event.actors, (), mentions), parties_of(event.targets, (), mentions)
        if actors and targets:
            return actors, targets
        if event.type in JOINT and len(actors) >= 2:
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
    if draft.rule.mode == Mode.ASYLUM and not draft.actors:  # "was granted asylum in X": X granted it
        draft.actors += [i for i in draft.targets if mentions[i].type is EntityType.STATE]
        draft.targets = [i for i in draft.targets if i not in draft.actors]
    if draft.rule.mode == Mode.VISIT and trigger.pos == "NOUN":
        draft.targets += [i for i in chosen_destination(trigger, s, mentions) if i not in draft.targets]
    places = [i for i in draft.targets if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
    if draft.location is None and places and draft.rule.mode == Mode.VISIT:
        draft.location = places[0]
    draft.targets = [i for i in draft.targets if i != draft.location]


def chosen_for(noun: Token, s: Parsed) -> list[Token]:
    """'Chose Cairo for one of his first trips abroad', 'picked Oslo for the visit': the objects of a verb of
    choosing (frames.yaml choosing) whose "for" phrase holds the journey (or a quantity of it: 'one of')."""
    word = noun
    for _ in range(2):  # "one of his first trips": the quantity stands in the "for" phrase
        prep = s.head(word) if word.dep == "pobj" else None
        owner = s.head(prep) if prep is not None and prep.text.lower() == "of" else None
        if owner is None or owner.lemma.lower() not in references().quantities:
            break
        word = owner
    prep = s.head(word) if word.dep == "pobj" else None
    verb = s.head(prep) if prep is not None and prep.text.lower() == "for" else None
    if verb is None or verb.pos != "VERB" or verb.lemma.lower() not in frames().choosing:
        return []
    return s.kids(verb, "dobj")


def chosen_destination(noun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """The place chosen for a journey (`chosen_for`) is where it goes."""
    return [i for o in chosen_for(noun, s) for i in refer(o, s, mentions)
            if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY, EntityType.STATE)]


def _verb_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    verb = draft.trigger
    patient = shared_patient(verb, s)
    if patient is not None:  # "X was ousted and granted asylum": X was granted it
        draft.targets += refer(patient, s, mentions)
    held = stance_held(verb, s)  # "Israel is opposed to the plan": Israel opposes it
    subject = subject_of(verb, s) if patient is None and not s.kids(verb, "nsubjpass") else None  # a passive's
    if subject is not None:  # actor is its agent
        aimed = aimed_through(subject, s, mentions)  # "a strike on X killed ...": X was struck, no actor
        draft.actors += [i for i in refer(subject, s, mentions) if i not in aimed]
        if draft.rule.type == EventType.ASSAULT:
            draft.targets += [i for i in aimed if i not in draft.targets]
    if draft.location is None and any(c.text.lower() == "there" for c in s.kids(verb, "advmod")):
        draft.location = place_before(verb, s, mentions)  # "flew to M and were granted asylum there": in M
    for child in s.kids(verb):
        if child.dep == "nsubjpass" and held:
            draft.actors += refer(child, s, mentions)
        elif child.dep == "nsubjpass":
            draft.targets += refer(child, s, mentions)
        elif child.dep == "agent":
            for pobj in s.kids(child, "pobj"):
                draft.actors += refer(pobj, s, mentions)
        elif child.dep in OBJECT_DEPS:
            _object(draft, child, s, mentions)
        elif child.dep == "prep":
            _prepositional(draft, child, s, mentions)
            if child.i in {w.i for w in draft.words}:  # "spoke by telephone with X": the phrase's noun's partners
                for prep in (p for o in s.kids(child, "pobj") for p in s.kids(o, "prep")):
                    _prepositional(draft, prep, s, mentions)
        elif child.dep == "ccomp" and draft.rule.type in (*ADDRESSEE_TYPES, EventType.SUPPORT):
            passive = next(iter(s.kids(child, "nsubjpass")), None) if to_infinitive(child, s) else None
            addressee = passive or subject_of(child, s)  # "demanded that Moscow hand over Assad": demanded of
            # Moscow; "wants X to be dissolved": X is what is demanded;
            # "affirmed that Lima and Quito have a special relationship": they are praised
            if addressee is not None:
                draft.targets += refer(addressee, s, mentions)
    if reduced_relative(verb, s) and (noun := s.head(verb)) is not None:
        if verb.tag == "VBN":  # "an agreement signed in 2019": the agreement's parties (not "a fighter deployed")
            draft.targets += refer(noun, s, mentions)
        if not draft.actors:  # its doer is its own "by" phrase (read above), else not the clause's subject
            draft.actors += pact_side(verb, noun, s, mentions)
    if not draft.targets and not draft.bare:  # a verb typed by the dictionary's default alone needs its own two
        draft.targets += [i for i in counterparts_of_objects(verb, s, mentions) if i not in draft.actors]


AIMED_PREPS = {"on", "against", "upon"}  # "an attack on X", "sanctions against Y"


def aimed_through(subject: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'A drone strike on X killed three people', 'an air raid on Y hit a market', 'sanctions on Z hurt trade': a
    subject that is a common noun (an act, not a party) names who it was aimed at in its "on/against" phrase;
    they are not who acts in its verb. The mentions of that phrase."""
    if subject.pos != "NOUN" or subject.i in s.mention_at:
        return []
    return [i for p in s.kids(subject, "prep") if p.text.lower() in AIMED_PREPS
            for o in s.kids(p, "pobj") for i in refer(o, s, mentions)]


def stance_held(verb: Token, s: Parsed) -> bool:
    """'Israel is opposed to the plan', 'Peru remains committed to the accord': a participle of stance after
    'be' with no 'by' phrase is a state its subject is in, whose holder does what the verb says (opposes,
    commits), not a passive whose subject undergoes it (`frames.yaml` stances_held)."""
    return verb.tag == "VBN" and verb.lemma.lower() in frames().stances_held and not s.kids(verb, "agent") and any(
        p.text.lower() == "to" for p in s.kids(verb, "prep"))


def counterparts_of_objects(verb: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Kenya suspended a loan deal signed with Beijing': a verb acting on a pact (or anything) that a reduced
    relative clause says was made "with" someone acts on that someone too. The parties named in the clause's
    "with" phrase, places left out."""
    found: list[int] = []
    for obj in s.kids(verb, *OBJECT_DEPS):
        for participle in s.kids(obj, "acl"):
            if not reduced_relative(participle, s):
                continue
            for prep in s.kids(participle, "prep"):
                if prep.text.lower() == "with":
                    found += [i for p in s.kids(prep, "pobj") for i in refer(p, s, mentions)
                              if mentions[i].type not in (EntityType.PLACE, EntityType.FACILITY)]
    return found


def companions_of(parties: Sequence[int], s: Parsed) -> tuple[str, ...]:
    """'X and his family', 'X and his wife': the companion nouns (`lexicon/once.yaml` companions; as written,
    lower-cased) coordinated with a party and owned by a pronoun ('his', 'their'), in sentence order. The event
    mention keeps them (`EventMention.companions`), so that `resolve/events/conflicts.py` can compare sources
    naming X with them and X alone; 'X and his government' names no companion, nor does 'X and the family'."""
    words = once_words("companions")
    found: list[str] = []
    for token in s.sentence.tokens:
        head = s.head(token) if token.dep == "conj" and token.lemma.lower() in words else None
        if head is not None and s.mention_at.get(head.i) in parties and (
                owner := s.kids(token, "poss")) and owner[0].pos == "PRON":
            found.append(token.text.lower())
    return tuple(dict.fromkeys(found))


def shared_patient(verb: Token, s: Parsed) -> Token | None:
    """A passive coordinated with an earlier verb and naming no subject of its own is done to that verb's
    subject: 'X was ousted and granted asylum' (the passive shared), 'X fled to M and was given refuge there'
    (a passive of its own after an active). None for anything else ('X was ousted and has fled': X fled)."""
    head = s.head(verb)
    if head is not None and (done_to := _passive_after(verb, head, s)) is not None:
        return done_to
    if verb.dep != "conj" or head is None or s.kids(verb, "nsubj", "nsubjpass", "csubj"):
        return None
    if own := s.kids(verb, "auxpass"):
        patients = s.kids(head, "nsubjpass")
        main = _main_subject(head, s)
        if main is not None and _agrees(own[0], main, s):
            return main  # "X flew to M as the rebels took D and were granted asylum there": X was
        return patients[0] if patients else subject_of(head, s)
    if verb.tag == "VBN" and not s.kids(verb, "aux") and (patients := s.kids(head, "nsubjpass")):
        return patients[0]
    return None


TIME_PREPOSITIONS = {"before", "after", "since", "upon", "until"}


def _passive_after(verb: Token, prep: Token, s: Parsed) -> Token | None:
    """'X took the town before being driven out', 'X was freed after being held a year': a passive gerund after a
    preposition of time, naming no subject, is done to the subject of the verb the preposition hangs from."""
    main = s.head(prep)
    if verb.dep != "pcomp" or prep.text.lower() not in TIME_PREPOSITIONS or not s.kids(verb, "auxpass") \
            or s.kids(verb, "nsubj", "nsubjpass") or main is None or main.pos not in ("VERB", "AUX"):
        return None
    return subject_of(main, s)


def _main_subject(verb: Token, s: Parsed) -> Token | None:
    """The subject of the clause a subordinate clause ('as/when/after ...', the verb) hangs from: a passive
    coordinated after such a clause with an auxiliary of its own goes on with the main clause's subject, the
    parser's nearest verb notwithstanding."""
    main = s.head(verb)
    if verb.dep != "advcl" or main is None or not any(
            c.dep == "mark" and c.text.lower() in frames().background_marks for c in s.kids(verb)):
        return None
    return next(iter(s.kids(main, "nsubj", "nsubjpass")), None)


def _agrees(auxiliary: Token, subject: Token, s: Parsed) -> bool:
    """'was' with one, 'were' with several ('X and his family', 'the rebels'); other auxiliaries agree."""
    word = auxiliary.text.lower()
    plural = bool(s.kids(subject, "conj")) or subject.tag in ("NNS", "NNPS") or \
        subject.text.lower() in ("they", "we")
    return (word != "was" or not plural) and (word != "were" or plural)


def place_before(verb: Token, s: Parsed, mentions: list[ActorMention]) -> int | None:
    """Where 'there' points in a coordinated clause: the place the verb it is coordinated with names after
    to/in/at ('flew to M ... and were granted asylum there': M)."""
    head = s.head(verb) if verb.dep == "conj" else None
    while head is not None:
        for prep in s.kids(head, "prep"):
            if prep.text.lower() in PLACE_PREPS:
                for pobj in s.kids(prep, "pobj"):
                    places = [i for i in refer(pobj, s, mentions)
                              if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY, EntityType.STATE)]
                    if places:
                        return places[0]
        head = s.head(head) if head.dep in ("conj", "advcl") else None  # "... as the rebels took D and ..."
    return None


OWNER_HIT = frozenset({EventType.ACCUSE, EventType.COERCE})  # a phrase of these done to a party's thing hits the party


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
    # "lifted his immunity", "cut their signals": whose thing is hit (not by a gerund: "support in extending its
    # control" names a topic)
    if obj.i in {w.i for w in draft.words} and draft.rule.type in OWNER_HIT and draft.trigger.tag != "VBG":
        draft.targets += [i for p in s.kids(obj, "poss") if p.pos == "PRON"
                          for i in refer(p, s, mentions) if i not in draft.actors]
    for prep in s.kids(obj, "prep"):  # "held talks with X", "made a visit to Y"
        if obj.i in {w.i for w in draft.words}:
            _prepositional(draft, prep, s, mentions)


def _prepositional(draft: Draft, prep: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    """Partners after with/to/against/between...; the place after in/at/to; a state after in/at (the country
    visited or struck), not the people or bodies named inside the phrase ('ousted in an offensive led by X',
    'in the war on ISIS'), nor for a verb typed only by the dictionary's default done to a thing ('studied
    medicine in X'); the place left after 'from' ('withdrew from the airport') is where, not whom."""
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
            if word in LOCATIVE and not aimed_at(draft, prep):
                continue  # "fired rockets at Kenyan posts near the lake": the place is where, Kenya the target
        if word in LOCATIVE and draft.bare and _acts_on_a_thing(draft.trigger, s) and not aimed_at(draft, prep):
            continue  # "studied medicine in Russia": a verb typed by the dictionary's default alone, done to a
            # thing, needs a party it acts on; the country where it was done is only where ("rioted in X": X)
        if word in LOCATIVE:
            referred = [i for i in referred if mentions[i].type in (EntityType.STATE, EntityType.PLACE,
                                                                     EntityType.FACILITY)]
        if word in PARTNER_PREPS or word in PLACE_PREPS:
            draft.targets += referred


def aimed_at(draft: Draft, prep: Token) -> bool:
    """'fired small arms at the border posts', 'shot rockets at the town': after a use of force done with a thing
    (its object, the weapon), the "at" phrase names what the force was aimed at, its target, not only where it was
    used (as "in X" is where a thing was studied)."""
    return draft.rule.type == EventType.ASSAULT and prep.text.lower() == "at"


def _acts_on_a_thing(verb: Token, s: Parsed) -> bool:
    """The verb has a direct object that names no party ('studied medicine', 'sold the house')."""
    objects = s.kids(verb, "dobj")
    return bool(objects) and not any(w.i in s.mention_at for o in objects for w, _ in s.subtree(o))


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


def struck_at(draft: Draft, modifier: Token, places: list[ActorMention]) -> bool:
    """A town or region named before a noun of force ("the Ridgeford bombings", "the harbour attack") is where the
    force struck, not who used it; a capital or seat that stands for its state ("Kyiv's strikes") still acts."""
    return draft.rule.type == EventType.ASSAULT and modifier.dep == "compound" and bool(places) and \
        not places[0].seat and places[0].country is None


def _noun_participants(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> None:
    noun = draft.trigger
    undergone = noun.lemma.lower() in frames().undergone  # "Assad's fall", "the ouster of Assad"
    done_by = undergone or any(p.text.lower() == "by" for p in s.kids(noun, "prep"))
    for child in s.kids(noun):
        if child.dep == "poss" and done_by:
            draft.targets += refer(child, s, mentions)  # "Assad's ouster by the rebels": Assad was ousted
            continue
        if child.dep == "prep" and child.text.lower() == "of" and (
                undergone or noun.lemma.lower() in frames().done_to):  # "the blockade of the port": done to it
            draft.targets += [i for p in s.kids(child, "pobj") for i in refer(p, s, mentions)]
            continue
        if child.dep == "poss" or (child.dep in ("amod", "compound") and child.i in s.mention_at):
            referred = refer(child, s, mentions)  # "Putin's call", "Russian airstrikes"
            places = [i for i in referred if mentions[i].type in (EntityType.PLACE, EntityType.FACILITY)]
            if draft.rule.mode == Mode.VISIT and places and draft.location is None:
                draft.location = places[0]  # "the Moscow visit"
                referred = [i for i in referred if i != places[0]]
            elif struck_at(draft, child, [mentions[i] for i in places]) and draft.location is None:
                draft.location = places[0]  # "the Ridgeford bombings": where they struck, not who struck
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
        for prep in s.kids(head, "prep", "dative"):  # "gave asylum to X" (the parser's dative), "gave X asylum"
            if prep.pos in ("NOUN", "PROPN", "PRON"):
                draft.targets += refer(prep, s, mentions)
            else:
                _prepositional(draft, prep, s, mentions)
    elif head is not None and place.dep in ("nsubj", "nsubjpass"):
        for prep in s.kids(head, "prep"):  # "the visit ... marked": nothing; "talks took place in X"
            if prep.text.lower() in PLACE_PREPS:
                _prepositional(draft, prep, s, mentions)
    elif not draft.actors:
        _setting_parties(draft, s, mentions)
    lost = losers(draft, s, mentions)
    if lost:
        draft.actors += [i for i in loss_doers(draft, s, mentions) if i not in draft.actors and i not in lost]
        draft.targets += [i for i in lost if i not in draft.targets and i not in draft.actors]


def losers(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'The militia lost most of its ground in an offensive by the army', 'lost the town during a rebel assault':
    a use of force (frames.yaml force) in the setting of a verb of loss or suffering (frames.yaml suffering)
    whose object is ground (frames.yaml capture: a place named, a noun of ground, a part of either) is done to
    whoever lost it: the verb's subject, else the owner of the ground ("its ground"). Who "lost his brother in
    an air strike" is no side of the strike."""
    if draft.rule.type not in frames().force or draft.trigger.pos not in ("NOUN", "PROPN"):
        return []
    noun = stand_in(draft.trigger, s)
    prep = s.head(noun) if noun.dep == "pobj" else None
    verb = s.head(prep) if prep is not None and prep.text.lower() in SETTING_PREPS else None
    if verb is None or verb.pos not in ("VERB", "AUX") or verb.lemma.lower() not in frames().suffering:
        return []
    lost = [w for o in s.kids(verb, "dobj") for w in [o, *(p for q in s.kids(o, "prep") for p in s.kids(q, "pobj"))]]
    if not any(_ground(w, s, mentions) for w in lost):
        return []
    found = [i for c in s.kids(verb, "nsubj") for i in refer(c, s, mentions) or group_named_before(c, s, mentions)]
    if not found:  # "the group lost its territory": the group names nobody, "its" the one named before
        found = [i for w in lost for c in s.kids(w, "poss") for i in refer(c, s, mentions)]
    return [i for i in found if mentions[i].type not in (EntityType.PLACE, EntityType.FACILITY)]


def _ground(word: Token, s: Parsed, mentions: list[ActorMention]) -> bool:
    """Ground that can be lost: a noun of ground (frames.yaml capture; "most of its territory" is read through its
    "of" phrase), or a place named."""
    if word.lemma.lower() in frames().ground:
        return True
    index = s.mention_at.get(word.i)
    return index is not None and mentions[index].type in (EntityType.PLACE, EntityType.FACILITY)


def loss_doers(draft: Draft, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Lost the town in an offensive by the army' where the parser hangs 'by the army' on the active verb of
    loss, not on the offensive: an active verb has no agent, so the "by" phrase after the offensive is its doer."""
    noun = stand_in(draft.trigger, s)
    verb = s.head(s.head(noun) or noun)
    if verb is None or s.kids(verb, "auxpass", "nsubjpass"):
        return []
    return [i for p in s.kids(verb, "prep") if p.text.lower() == "by" and p.i > noun.i
            for o in s.kids(p, "pobj") for i in refer(o, s, mentions)]


def actors_of_event_subjects(drafts: list[Draft], s: Parsed) -> None:
    """'He led an offensive that ousted Assad', 'a campaign by X forced Y out': a verb whose subject is an event
    is done by that event's actors."""
    nouns = {d.trigger.i: d for d in drafts if d.trigger.pos in ("NOUN", "PROPN")}
    for draft in drafts:
        if draft.trigger.pos == "VERB" and not draft.actors and not s.kids(draft.trigger, "nsubjpass"):
            subject = subject_of(draft.trigger, s)
            if subject is not None and subject.i in nouns:
                draft.actors += nouns[subject.i].actors


def pact_side(participle: Token, noun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Kenya suspended a loan agreement signed with China', 'Damascus would honour the accords signed with
    Moscow': a pact a reduced relative tells was made "with" a counterpart, by no one it names, and that a side
    acts on (keeps, reviews, undoes: the verb's subject, whatever the verb), was made by that side's state (a
    pact binds a state, not the government of the day: "the Peruvian government annulled a deal signed with X"
    was signed by Peru). Nobody known when the side is no state's ("the new cabinet cancelled a deal signed
    with X": no signing by the cabinet)."""
    if noun.lemma.lower() not in references().pacts or not any(
            p.text.lower() == "with" for p in s.kids(participle, "prep")):
        return []
    governor = s.head(noun)
    if governor is not None and noun.dep == "pobj":
        governor = s.head(governor)  # "abide by the accord signed with X"
    elif noun.dep not in OBJECT_DEPS:
        return []
    subject = subject_of(governor, s) if governor is not None and governor.pos in ("VERB", "AUX", "ADJ") else None
    sides = refer(subject, s, mentions) if subject is not None else []
    return [j for i in sides if (j := state_of(i, mentions)) is not None][:1]


def state_of(index: int, mentions: list[ActorMention]) -> int | None:
    """The mention naming the state an actor is or stands for: itself for a state, a capital or a seat; for a
    body named after its country ("the Peruvian government"), the mention of that country nearest to it in the
    article (its own demonym, where that is a mention of its own); None for an actor of no state ("the new cabinet")."""
    mention = mentions[index]
    if mention.type is EntityType.STATE or ((mention.country or mention.seat) and mention.type in (
            EntityType.PLACE, EntityType.FACILITY)):
        return index  # "Kenya", and a capital or seat acting for its state ("Damascus", "the Kremlin")
    places = gazetteer()
    country = places.country(mention.country) if mention.country else None
    for word in mention.name.split():
        country = country or places.country(word)
    if country is None:
        return None

    def names_it(other: ActorMention) -> bool:
        named = places.country(other.country or other.name)
        return other.type is EntityType.STATE and named is not None and named.name == country.name

    found = [j for j, other in enumerate(mentions) if names_it(other)]  # rare: only a pact's side, not every sentence
    return min(found, key=lambda j: (abs(mentions[j].start - mention.start), j)) if found else None


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
    they suffered ('lost his brother in an air strike'); 'X was put under investigation' and 'X came under
    attack': X is investigated, attacked."""
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
    elif prep.text.lower() == "under" and verb.lemma.lower() in UNDERGOING:
        draft.targets += [i for i in subject_refs(verb, s, mentions) if i not in draft.targets]
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


def that_clause(trigger: Token, s: Parsed) -> bool:
    """The trigger stands in the clause a verb of speech reports ("said (that) Peru had seized ..."), not in an
    infinitive it governs ("told the envoys to leave")."""
    node = trigger
    for governor in s.ancestors(trigger):
        if governor.lemma.lower() in SPEECH_VERBS and node.dep in ("ccomp", "xcomp", "advcl"):
            return node.dep == "ccomp"
        node = governor
    return False


def told_by_its_target(tellers: Sequence[int], targets: Sequence[int], mentions: list[ActorMention]) -> list[int]:
    """'Kenya's army said Ugandan troops had fired at Kenyan posts': a side that tells of an act done to it is its
    target, not one of its actors (`speaker_of`); the tellers of the same state as a target. A party the act is
    done to is never its actor."""
    hit = {c for t in targets if (c := _country(t, mentions)) is not None}
    return [t for t in tellers if t in targets or (hit and _country(t, mentions) in hit)]


def told_of_another(trigger: Token, s: Parsed, tellers: Sequence[int], doers: Sequence[int],
                    mentions: list[ActorMention]) -> list[int]:
    """'Chile said on Monday that Peru had seized the port': a side that tells of what another state did is the
    source of the report, not one of its actors (PLOVER codes the reported act, its doer the actor). The tellers
    of a known state none of the act's doers belongs to, where every doer is of a known state, in a that-clause
    (`that_clause`); a teller of the doer's own state ("Lima said Peruvian troops had withdrawn"), or of a doer
    of no known state, stays, and so does one who tells another to act ("told them to leave")."""
    states = {_country(d, mentions) for d in doers}
    if not doers or None in states or not that_clause(trigger, s):
        return []
    return [t for t in tellers if (state := _country(t, mentions)) is not None and state not in states]


def _country(index: int, mentions: list[ActorMention]) -> str | None:
    """The name of the country a mention is or stands for (`state_of`), None for none."""
    state = state_of(index, mentions)
    if state is None:
        return None
    mention = mentions[state]
    country = gazetteer().country(mention.country or mention.name)
    return country.name if country is not None else None


def joint_doers(trigger: Token, s: Parsed) -> bool:
    """'X said the two governments had agreed', 'Y announced that A and B had agreed': the act's subject names
    several parties acting together (coordinated names, 'both sides', 'the two countries'); whoever tells of it
    is its source, not one of its actors (a teller may speak for one party, never for two)."""
    subject = subject_of(trigger, s) if trigger.pos in ("VERB", "AUX") else None
    if subject is None:
        return False
    if s.kids(subject, "conj") or subject.text.lower() in JOINT_WORDS:
        return True
    return subject.tag in ("NNS", "NNPS") and any(k.text.lower() in JOINT_WORDS for k in s.kids(subject))


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
