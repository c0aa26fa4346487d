"""Coding a trigger by what it acts on: the rules that change a draft's PLOVER type once its object and
participants are known.

Contract: each public function takes one sentence's drafts after their participants are set and returns
nothing; it changes the type (`Draft.rule`) of the drafts it applies to, in place. They read only the parse
(`Parsed`), the sentence's actor mentions and the lexicon's frames (`frames.yaml`).
"""

from __future__ import annotations

from dossier.extract.drafts import Draft, absorb
from dossier.extract.modality import empty_object
from dossier.extract.syntax import Parsed, refer, relative_object, subject_of, to_infinitive
from dossier.extract.trigger_words import outbreak
from dossier.extract.triggers import quantified
from dossier.lexicon import Trigger, frames
from dossier.models import ActorMention, EntityType, Modality, Token
from dossier.plover import EventType, Mode

PLACE_TYPES = {EntityType.PLACE, EntityType.FACILITY, EntityType.STATE}
TAKEN = ("dobj", "nsubjpass")


def ground_taken(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """'Rebels seized the town', 'the army took swathes of the north from the militia', 'took Kabul': a verb
    of capture whose object is ground is a use of force (ASSAULT), whatever the dictionary said for the verb
    alone (arrest, confiscation); it needs no target to be an event, nor does one the dictionary types ASSAULT
    already ("stormed the city on 3 May": the city is no party, the storming a fact). Ground told before its
    verb, in a relative clause on it ("Kidal, which the army retook in May"), is taken too. 'Took over the
    airport' (an occupation) and 'took part in' (no ground) keep their type, but 'took over the airport as a
    military base' stations forces there: a show of force (MOBILIZE, as 'stationed troops at the airport')."""
    capture = frames()
    for draft in drafts:
        verb = draft.trigger
        if verb.pos != "VERB" or verb.lemma.lower() not in capture.capturing:
            continue
        if draft.rule.type == EventType.ASSAULT:  # "stormed the city": a use of force already, and no bare verb
            if any(_ground(o, s, mentions) for o in s.kids(verb, *TAKEN)):
                draft.bare = False
            continue
        if _as_a_base(verb, s):
            draft.rule = Trigger(EventType.MOBILIZE, None)
            draft.bare = False
            continue
        if any(k.dep == "prt" and k.lemma.lower() == "over" for k in s.kids(verb)):
            continue
        antecedent = relative_object(verb, s)  # "Kidal, which the army retook in May": the town retaken
        taken = [*s.kids(verb, *TAKEN), *([antecedent] if antecedent is not None else [])]
        if any(_ground(o, s, mentions) for o in taken):
            draft.rule = Trigger(EventType.ASSAULT, None)
            draft.bare = False


def _ground(obj: Token, s: Parsed, mentions: list[ActorMention]) -> bool:
    """A place named, a noun of ground ('the town', 'control'), a part of either ('much of the east'), or
    names told together with ground: 'seized A and B, the two largest towns of the east' is ground even where
    the tagger took A or B for a person, as its apposition says what they are."""
    return _ground_word(obj, s, mentions) or any(_ground(o, s, mentions) for o in s.kids(obj, "conj", "appos"))


def _ground_word(obj: Token, s: Parsed, mentions: list[ActorMention]) -> bool:
    capture = frames()
    lemma = obj.lemma.lower()
    if lemma in capture.partitive or obj.text.lower() in capture.partitive:
        return any(_ground(o, s, mentions) for p in s.kids(obj, "prep") if p.text.lower() == "of"
                   for o in s.kids(p, "pobj"))
    if lemma in capture.ground:
        return True
    index = s.mention_at.get(obj.i)
    return index is not None and (mentions[index].type in PLACE_TYPES or mentions[index].seat or
                                  named_as_a_place(mentions[index], mentions))


def named_as_a_place(mention: ActorMention, mentions: list[ActorMention]) -> bool:
    """'took Goma' where the tagger read the town's name as a person's: a name the same article tells as a place
    elsewhere ('into Goma', 'Goma, the capital of North Kivu') is that place here too."""
    return mention.type is EntityType.PERSON and not mention.descriptor and any(
        other.name == mention.name and other.type in PLACE_TYPES for other in mentions)


def _as_a_base(verb: Token, s: Parsed) -> bool:
    """'took over the airfield as a base', 'seized the port as a staging post'."""
    bases = frames().bases
    return any(o.lemma.lower() in bases for p in s.kids(verb, "prep") if p.text.lower() == "as"
               for o in s.kids(p, "pobj"))


WAR_PREPS = {"in", "during", "throughout"}


def backing_in_war(drafts: list[Draft], s: Parsed) -> None:
    """'France backed the army in its fight against the rebels', 'the group the US supported in the war on
    X': backing a party in a war is military help (AID), not words of support (SUPPORT)."""
    words = frames()
    for draft in drafts:
        trigger = draft.trigger
        if draft.rule.type != EventType.SUPPORT or trigger.lemma.lower() not in words.backing:
            continue
        if any(o.lemma.lower() in words.wars for p in s.kids(trigger, "prep") if p.text.lower() in WAR_PREPS
               for o in s.kids(p, "pobj")):
            draft.rule = Trigger(EventType.AID, None)


def intervening(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """'Deployed troops to X to support the army's war against the rebels', 'sent forces in support of the
    regime's crackdown on Y': forces sent to back a side's fight are an intervention in that war, a use of force
    by the one sending them (PLOVER: a MOBILIZE in the context of an ASSAULT is coded ASSAULT, as the noun
    'intervention' is). Its targets are the side fought ('against the rebels'), not the side backed nor the
    forces sent; the country they are sent to is where it happens; the backing is part of it, no event of its
    own. A deployment backing no fight ('sent troops to support the government') stays a show of force
    (MOBILIZE). Returns the drafts kept."""
    backing: set[int] = set()
    for draft in drafts:
        verb = draft.trigger
        if draft.rule.type != EventType.MOBILIZE or verb.pos != "VERB":
            continue
        found = _backed_fight(verb, s)
        if found is None:
            continue
        support, fight = found
        backing.add(support.i)
        draft.rule = Trigger(EventType.ASSAULT, None)
        draft.bare = False
        draft.lemma = "intervention"  # recorded as the intervention it is: the word other sources tell it by
        fought = [i for p in s.kids(fight, "prep") if p.text.lower() in ("against", "on")
                  for o in s.kids(p, "pobj") for i in refer(o, s, mentions)]
        sent_to = [i for p in s.kids(verb, "prep", "dative") if p.text.lower() in ("to", "into")
                   for o in s.kids(p, "pobj") for i in refer(o, s, mentions) if mentions[i].type in PLACE_TYPES]
        if draft.location is None and sent_to:
            draft.location = sent_to[0]
        draft.targets = [i for i in dict.fromkeys(fought) if i not in draft.actors and i != draft.location]
        draft.folded |= {d.rule.type for d in drafts if d.trigger.i == support.i}
    return [d for d in drafts if d.trigger.i not in backing]


def _backed_fight(verb: Token, s: Parsed) -> tuple[Token, Token] | None:
    """The word of backing and the fight a deployment is for: the object of its purpose clause of backing ('to
    support the army's war'), or of 'in support of' ('in support of the regime's crackdown'); a noun of
    `frames.yaml` backing wars."""
    words = frames()
    for purpose in s.kids(verb, "advcl", "xcomp"):
        if purpose.lemma.lower() not in words.backing or not any(
                a.text.lower() == "to" for a in s.kids(purpose, "aux", "mark")):
            continue
        for fight in s.kids(purpose, "dobj"):
            if fight.lemma.lower() in words.wars:
                return purpose, fight
    for p in s.kids(verb, "prep"):
        if p.text.lower() != "in":
            continue
        for support in s.kids(p, "pobj"):
            if support.lemma.lower() not in words.backing:
                continue
            for fight in (o for of in s.kids(support, "prep") if of.text.lower() == "of" for o in s.kids(of, "pobj")):
                if fight.lemma.lower() in words.wars:
                    return support, fight
    return None


def protests(drafts: list[Draft], s: Parsed) -> None:
    """'Protesters tore down the border fence', 'demonstrators stormed the embassy': force used by the people of
    a protest is that protest (PLOVER: PROTEST, a violent riot), not an assault by a party."""
    force = frames().force
    for draft in drafts:
        if draft.trigger.pos != "VERB" or draft.rule.type not in force or draft.rule.type == EventType.PROTEST:
            continue
        subject = subject_of(draft.trigger, s) if not s.kids(draft.trigger, "nsubjpass") else None
        if subject is not None and protester(subject):
            draft.rule = Trigger(EventType.PROTEST, None)


def protester(word: Token) -> bool:
    """A word naming people of a protest (`frames.yaml` protesters), also where the parser takes a capitalised
    plural for a name and leaves it unlemmatised ('LIMA (AP) - Crowds stormed ...', the story's first word)."""
    words = frames().protesters
    lemma = word.lemma.lower()
    return lemma in words or (word.pos == "PROPN" and lemma.endswith("s") and lemma[:-1] in words)


def protesters_acting(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'A few dozen protesters raised a banner', 'demonstrators gathered outside the embassy': what the people of
    a protest do (`frames.yaml` protesters) is that protest (PLOVER PROTEST), told by a verb that is no trigger of
    its own or one the dictionary types only by its default; not what they say, plan or suffer (`frames.yaml`
    verbs, suffering), nor what is done to them. Runs before participants are found: returns the drafts it adds
    (none where the sentence already tells a protest) and retypes the default-typed ones in place."""
    words = frames()
    if any(d.rule.type == EventType.PROTEST for d in drafts):
        return []
    by_trigger = {d.trigger.i: d for d in drafts}
    covered = {w.i for d in drafts for w in d.words}
    added: list[Draft] = []
    for verb in s.sentence.tokens:
        lemma = verb.lemma.lower()
        if verb.pos != "VERB" or lemma in words.verbs or lemma in words.suffering or verb.dep in ("amod", "acl") \
                or s.kids(verb, "nsubjpass", "auxpass"):
            continue
        subject = subject_of(verb, s)
        if subject is not None and not protester(subject):
            subject = next(iter(quantified(subject, s)), subject)  # "thousands of protesters gathered"
        if subject is None or not protester(subject):
            continue
        draft = by_trigger.get(verb.i)
        if draft is not None and draft.bare:
            draft.rule, draft.bare = Trigger(EventType.PROTEST, None), False
        elif draft is None and verb.i not in covered:
            added.append(Draft(verb, Trigger(EventType.PROTEST, None), [verb]))
        if draft is not None or added:
            break  # one protest per sentence: the first act its people are told doing
    return added


def sides_of_outbreaks(drafts: list[Draft], s: Parsed) -> None:
    """'Gunfire broke out between the two armies': who the fighting is between all fight; none is its target,
    and the place it broke out near ('near the old temple') is no side."""
    for draft in drafts:
        if draft.rule.type == EventType.ASSAULT and outbreak(draft.trigger, s):
            draft.actors = [a for a in dict.fromkeys([*draft.actors, *draft.targets])
                            if s.typed.get(a) not in (EntityType.PLACE, EntityType.FACILITY)]
            draft.targets = []


def protest_demands(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'Thousands rallied in the square, demanding that the mayor resign', 'marched to demand higher pay': what
    a protest demands is its aim, not a second event (PLOVER codes the PROTEST, aimed at the one asked); the
    demand joins the protest, its parties as targets."""
    by_trigger = {d.trigger.i: d for d in drafts}
    kept = []
    for draft in drafts:
        main = by_trigger.get(draft.trigger.head) if draft.trigger.head != draft.trigger.i else None
        if (main is not None and main.rule.type == EventType.PROTEST and draft.rule.type == EventType.REQUEST
                and draft.trigger.pos == "VERB" and draft.trigger.dep in ("advcl", "xcomp")
                and draft.modality == main.modality and draft.time in (None, main.time)
                and set(draft.actors) <= set(main.actors)):
            absorb(main, draft)
            continue
        kept.append(draft)
    return kept


def force_sent_against(drafts: list[Draft], s: Parsed) -> None:
    """'Lima sent attack helicopters against the rebel camps', 'dispatched gunboats against the smugglers':
    forces or weapons sent AGAINST someone are a use of force (ASSAULT), not aid or a deployment; forces sent
    to someone ('sent troops to help Quito') keep their type."""
    words = frames()
    for draft in drafts:
        verb = draft.trigger
        if verb.pos != "VERB" or verb.lemma.lower() not in words.sending or draft.rule.type == EventType.ASSAULT:
            continue
        against = [p for p in s.kids(verb, "prep") if p.text.lower() == "against" and s.kids(p, "pobj")]
        if against and any(_forces(o, s) for o in s.kids(verb, "dobj")):
            draft.rule = Trigger(EventType.ASSAULT, None)
            draft.bare = False


def _forces(obj: Token, s: Parsed) -> bool:
    """Troops, aircraft, ships or weapons ('F-5 fighter jets', 'two battalions', 'rocket launchers')."""
    words = frames()
    kinds = words.forces | words.munitions
    return any(w.lemma.lower() in kinds or w.text.lower() in kinds for w in [obj, *s.kids(obj, "compound")])


def orders_in_force(drafts: list[Draft], s: Parsed) -> None:
    """'Quito ordered all crossings with Peru closed', 'the junta ordered the closure of the airport': an
    authority ordering a thing shut or a restriction in force does it within its own power (SANCTION, as
    closing a border is), not a request; 'ordered the rebels to leave' (another party told to act) stays one."""
    words = frames()
    for draft in drafts:
        verb = draft.trigger
        if verb.pos != "VERB" or verb.lemma.lower() not in words.ordering or draft.rule.type != EventType.REQUEST:
            continue
        objects = s.kids(verb, "dobj")
        if any(forces_readied(o, s) for o in objects):  # "ordered the activation of a standby force"
            draft.rule = Trigger(EventType.MOBILIZE, None)
            draft.bare = False
            continue
        states = [c for c in [*s.kids(verb, "ccomp", "xcomp", "oprd", "acomp", "advcl", "dep"),
                              *(a for o in objects for a in s.kids(o, "amod", "acl"))]
                  if c.text.lower() in words.ordered_states and not to_infinitive(c, s)]
        restriction = any(o.lemma.lower() in words.ordered_restrictions
                          or o.text.lower() in words.ordered_restrictions for o in objects)
        if restriction or any(objects or s.kids(c, "nsubj", "nsubjpass") for c in states):
            draft.rule = Trigger(EventType.SANCTION, None)
            draft.bare = False


def forces_readied(obj: Token, s: Parsed) -> bool:
    """'the activation of a standby force', 'the mobilisation of troops': a noun of readying forces
    (`frames.yaml` ordering: readying) whose "of" phrase names forces (`sending` forces)."""
    if obj.lemma.lower() not in frames().readying:
        return False
    return any(_forces(o, s) for p in s.kids(obj, "prep") if p.text.lower() == "of" for o in s.kids(p, "pobj"))


def recognition_withheld(drafts: list[Draft], s: Parsed) -> None:
    """'The ministry said it did not recognise the decision', 'Quito does not accept the ruling': a party that
    says it does not recognise or accept something refuses it (PLOVER REJECT: "refuse to recognize", "reject
    proposal"), a stance taken, not a recognition that did not happen. Only a verb of `frames.yaml` withheld
    negated by its own "not"/"never" ("has not yet recognised" waits: no refusal). Runs after modality."""
    words = frames().withheld
    for draft in drafts:
        verb = draft.trigger
        if draft.modality != Modality.NEGATED or verb.pos != "VERB" or verb.lemma.lower() not in words or \
                draft.rule.type not in (EventType.SUPPORT, EventType.AGREE):
            continue
        kids = s.kids(verb)
        if any(k.dep == "neg" for k in kids) and not any(k.text.lower() in ("yet", "still") for k in kids):
            draft.rule, draft.modality = Trigger(EventType.REJECT, None), Modality.ASSERTED
        elif draft.rule.type == EventType.SUPPORT and no_longer(verb, s):
            draft.rule, draft.modality = Trigger(EventType.SANCTION, Mode.DISCONTINUE), Modality.ASSERTED


def no_longer(verb: Token, s: Parsed) -> bool:
    """'no longer recognises the council', 'does not recognise it any more': a stance held before and now
    ended; recognition withdrawn cuts a relation there was (PLOVER SANCTION: "reductions in existing ...
    relations"), where a recognition never given and refused stays a rejection."""
    return any(k.text.lower() in ("longer", "more") and any(n.text.lower() in ("no", "any") for n in s.kids(k))
               for k in s.kids(verb, "advmod", "npadvmod"))


def truces_agreed(drafts: list[Draft], s: Parsed) -> None:
    """'Peru and Chile announced a ceasefire', 'Brazil declared a truce between the army and the rebels': a truce
    declared (one side's RETREAT ceasefire by the field's dictionary, CAMEO 0871; a CONCEDE where a phrase of
    triggers.yaml says so) by several sides together, or between two sides, was agreed by them (PLOVER AGREE);
    'Quito announced a unilateral truce' stays one side's."""
    nouns = frames().truces
    for draft in drafts:
        if draft.rule.type not in (EventType.CONCEDE, EventType.RETREAT):
            continue
        truce = next((w for w in draft.words if w.lemma.lower() in nouns and w.pos in ("NOUN", "PROPN")), None)
        if truce is None or any(m.lemma.lower() == "unilateral" for m in s.kids(truce, "amod")):
            continue
        subject = subject_of(draft.trigger, s)
        if any(p.text.lower() == "between" for p in s.kids(truce, "prep")) or (
                subject is not None and bool(s.kids(subject, "conj"))):
            draft.rule = Trigger(EventType.AGREE, None)


COMPLETING = frozenset({"finish", "complete", "conclude", "finalise", "finalize"})
NEGOTIATION = frozenset({"negotiate", "negotiation"})


def negotiations_concluded(drafts: list[Draft], s: Parsed) -> None:
    """'had finished negotiating the text of the treaty', 'concluded negotiations on the accord': a negotiation
    brought to its end is the agreement reached on what was negotiated (PLOVER AGREE), no consultation; talks
    merely held or ended ("concluded talks in Lima") stay a meeting."""
    for draft in drafts:
        word, head = draft.trigger, s.head(draft.trigger)
        if draft.rule.type == EventType.CONSULT and word.lemma.lower() in NEGOTIATION and head is not None and \
                head.lemma.lower() in COMPLETING and word.dep in ("xcomp", "dobj", "pcomp"):
            draft.rule = Trigger(EventType.AGREE, None)


def decided_at_meetings(drafts: list[Draft], s: Parsed) -> None:
    """'The steps were agreed at a session of the cabinet chaired by X': a thing agreed, passive and by no one
    named, at a meeting the sentence names (folded into it, `facts.nouns_in_place`) is what the meeting decided:
    the event is the meeting (CONSULT), its decisions told on their own; not two parties agreeing (AGREE)."""
    for draft in drafts:
        verb = draft.trigger
        if draft.rule.type != EventType.AGREE or verb.pos != "VERB" or not s.kids(verb, "auxpass") or \
                s.kids(verb, "agent") or EventType.CONSULT not in draft.folded:
            continue
        if any(p.text.lower() == "at" for p in s.kids(verb, "prep")):
            draft.rule = Trigger(EventType.CONSULT, None)


DRIVING_OUT = {"drive"}  # "drive out" (triggers.yaml ASSAULT phrases): fighting a party


def out_of_place(drafts: list[Draft]) -> list[Draft]:
    """'X was driven out of the town' fights X; 'the offensive drove out 100,000 people' drove no party out: the
    people who fled are no one fought (their flight is the offensive's), so driving out naming no party is no
    event of its own."""
    return [d for d in drafts if not (d.rule.type == EventType.ASSAULT and d.trigger.lemma.lower() in DRIVING_OUT
                                      and len(d.words) > 1 and not d.targets)]


def third_parties(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """Observers, inspectors, monitors, peacekeepers and aid workers: what is done with them is coded by the
    PLOVER manual, whatever the verb alone says. 'Kenya received a team of inspectors' lets them in (RETREAT,
    "allowing the entry of observers, peacekeepers, or humanitarian workers"); 'the monitors were pulled out',
    'Ghana withdrew its observers' takes them out (SANCTION withdraw, "withdraw one's non-military resources");
    'peacekeeping troops arrived in X', 'deployed peacekeepers' is military assistance (AID, "military and
    police assistance including personnel"). A visit received ('received the envoy') keeps its type."""
    words = frames()
    for draft in drafts:
        verb = draft.trigger
        if verb.pos != "VERB":
            continue
        lemma = verb.lemma.lower()
        moved = s.kids(verb, "dobj", "nsubjpass")
        subject = subject_of(verb, s) if not moved else None
        moving = moved or ([subject] if subject is not None else [])
        leaving = lemma in words.leaving or any(
            k.lemma.lower() in words.leaving_particles for k in s.kids(verb, "prt"))
        if lemma in words.admitting and any(_third_party(o, s, words.third_parties) for o in moved):
            draft.rule = Trigger(EventType.RETREAT, None)
            let_in = {w.i for o in moved for w, _ in s.subtree(o)}  # those let in are its recipients
            draft.targets += [i for i in draft.actors if mentions[i].token_start in let_in and i not in draft.targets]
            draft.actors = [i for i in draft.actors if i not in draft.targets]
        elif leaving and any(_third_party(o, s, words.third_parties) for o in moving):
            draft.rule = Trigger(EventType.SANCTION, Mode.WITHDRAW)
        elif lemma in words.arriving and any(_third_party(o, s, words.peacekeepers) for o in moving):
            draft.rule = Trigger(EventType.AID, None)
        else:
            continue
        draft.bare = False


def membership_left(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """'Niger withdrew from the regional bloc', 'the three states left ECOWAS', 'Russia pulled out of the Council
    of Europe': a member leaving an organisation or bloc withdraws itself from it (PLOVER SANCTION withdraw), not a
    retreat (RETREAT gives up ground, or a post). Only what the verb leaves counts: 'left the capital' and
    'withdrew its troops from the town' stay retreats, and so does leaving talks or an accord."""
    words = frames()
    for draft in drafts:
        verb = draft.trigger
        if draft.rule.type != EventType.RETREAT or verb.pos != "VERB":
            continue
        lemma = verb.lemma.lower()
        left = list(s.kids(verb, "dobj")) if lemma in words.quitting else []
        if lemma in words.withdrawing:
            heads = [verb, *s.kids(verb, "prt")]  # "pulled out of X": the parser may hang "of" on "out"
            left += [o for h in heads for p in s.kids(h, "prep") if p.text.lower() in ("from", "of")
                     for o in s.kids(p, "pobj")]
        if any(_body(o, s, mentions, words.member_bodies) for o in left):
            draft.rule, draft.bare = Trigger(EventType.SANCTION, Mode.WITHDRAW), False


def _body(word: Token, s: Parsed, mentions: list[ActorMention], bodies: frozenset[str]) -> bool:
    """An organisation named by its acronym ('ECOWAS') or by a name holding a noun of a body of members ('the East
    African Community'), or such a noun alone ('the alliance'). (A name merely typed ORG is not enough: the tagger
    types regions and places so too, and leaving a place is a retreat.)"""
    index = s.mention_at.get(word.i)
    if index is None:
        return word.lemma.lower() in bodies
    return names_a_body(mentions[index].name, mentions[index].type, bodies)


def names_a_body(name: str, kind: EntityType, bodies: frozenset[str]) -> bool:
    """'ECOWAS', 'the East African Community': an organisation's acronym, or its name holding a body's noun."""
    words = name.replace("-", " ").split()
    return kind is EntityType.ORG and (name.isupper() or any(w.lower() in bodies for w in words))


def _third_party(word: Token, s: Parsed, kinds: frozenset[str]) -> bool:
    """'observers', 'UN peacekeeping troops', 'aid workers', or a group of them ('a team of inspectors')."""
    lemma = word.lemma.lower()
    modifiers = [k for k in s.kids(word, "compound", "amod")]
    if lemma in kinds or word.text.lower().rstrip("s") in kinds or any(
            m.lemma.lower() in kinds or f"{m.lemma.lower()} {lemma}" in kinds for m in modifiers):
        return True
    return lemma in frames().third_party_groups and any(
        _third_party(o, s, kinds) for p in s.kids(word, "prep") if p.text.lower() == "of" for o in s.kids(p, "pobj"))


def relief(drafts: list[Draft], s: Parsed) -> None:
    """'Swiss doctors handed over 500 kg of medicine to the Red Crescent', 'helicopters evacuated the wounded
    from the town': goods of relief given and people in need taken to safety are humanitarian aid (PLOVER AID),
    whatever the verb alone says (handing over a captive: a concession; evacuating a town: a retreat)."""
    words = frames()
    for draft in drafts:
        verb = draft.trigger
        if verb.pos != "VERB" or draft.rule.type == EventType.AID:
            continue
        lemma = verb.lemma.lower()
        things = s.kids(verb, "dobj", "nsubjpass")
        if (lemma in words.giving and any(_counted(o, s, words.relief_goods) for o in things)) or (
                lemma in words.evacuating and any(_counted(o, s, words.needy) for o in things)):
            draft.rule = Trigger(EventType.AID, None)
            draft.bare = False


ENDING = frozenset({"end", "halt", "suspend", "stop", "freeze", "cut", "terminate", "cancel", "scrap", "sever"})
ENDED = frozenset({EventType.COOPERATE, EventType.AID})


def cooperation_ended(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """'Chile has ended all Peruvian development cooperation', 'Lima halted its aid to Quito': cooperation or aid
    as the object of a verb of ending is its end (PLOVER SANCTION, a reduction of routine relations), done by the
    verb's subject to the other side (a demonym or possessor of the noun, or its own partners). The noun's draft
    becomes the verb's, retyped; one on the verb itself ('suspended', a trigger of its own) takes the noun in."""
    kept = []
    by_trigger = {d.trigger.i: d for d in drafts}
    for draft in drafts:
        noun, verb = draft.trigger, s.head(draft.trigger)
        if noun.pos != "NOUN" or draft.rule.type not in ENDED or noun.dep != "dobj" or verb is None or \
                verb.lemma.lower() not in ENDING:
            kept.append(draft)
            continue
        subject = subject_of(verb, s)
        doers = refer(subject, s, mentions) if subject is not None else []
        other = [i for i in [*draft.actors, *draft.targets] if i not in doers]
        ending = by_trigger.get(verb.i)
        if ending is not None and ending.rule.type == EventType.SANCTION:
            ending.targets += [i for i in other if i not in ending.targets]
            absorb(ending, draft)  # "suspended its aid to Quito": one end
            continue
        draft.rule, draft.bare = Trigger(EventType.SANCTION, Mode.DISCONTINUE), False
        draft.actors, draft.targets = doers or draft.actors, other if doers else draft.targets
        draft.trigger, draft.words = verb, [verb, *draft.words]  # the verb's clause tells the end
        kept.append(draft)
    return kept


def crowd_control(drafts: list[Draft], s: Parsed) -> None:
    """'Police fired tear gas at the marchers', 'troops dispersed them with water cannon': force used with a
    means of dispersing a crowd (`frames.yaml` crowd_control) is PLOVER's ASSAULT 'crowd-control' (the manual
    names tear gas and water cannon; CAMEO 175 maps to ASSAULT), even where the verb alone ('disperse') is a
    restriction (COERCE). Retypes a COERCE in place."""
    weapons = frames().crowd_control
    for draft in drafts:
        verb = draft.trigger
        if verb.pos != "VERB" or draft.rule.type != EventType.COERCE:
            continue
        used = [*s.kids(verb, "dobj"), *(o for p in s.kids(verb, "prep") if p.text.lower() == "with"
                                          for o in s.kids(p, "pobj"))]
        if any(_named_among(o, s, weapons) for o in used):
            draft.rule = Trigger(EventType.ASSAULT, None)


def _named_among(noun: Token, s: Parsed, names: frozenset[str]) -> bool:
    """The noun, alone or with a modifier before it ('tear gas', 'rubber bullets'), is one of `names` (lemmas)."""
    lemma = noun.lemma.lower()
    return lemma in names or any(f"{m.lemma.lower()} {lemma}" in names or f"{m.text.lower()} {lemma}" in names
                                 for m in s.kids(noun, "compound", "amod"))


def _counted(word: Token, s: Parsed, kinds: frozenset[str]) -> bool:
    """A noun of `kinds` ('medicine', 'food aid'), or an amount of one ('500 kg of medicine', 'tons of grain')."""
    forms = {word.lemma.lower(), word.text.lower()}
    if forms & kinds:
        return True
    return bool(forms & frames().amounts) and any(
        _counted(o, s, kinds) for p in s.kids(word, "prep") if p.text.lower() == "of" for o in s.kids(p, "pobj"))


def orders_to_go(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'Lima told the envoys to leave by Friday', 'ordered its citizens to leave within two days', 'visitors were
    told to go': a government ordering people who are no party out (`frames.yaml` ordering: to_go, going,
    envoys, sent_out) expels envoys (SANCTION expel), restricts others' stay (SANCTION), or takes its own out
    (SANCTION withdraw: 'its citizens'), no request; told in a clause of an expulsion ('declared them persona
    non grata, ordering them to leave') it is that expulsion. 'Ordered the rebels to leave the town' (a party)
    stays a REQUEST."""
    words = frames()
    kept = []
    for draft in drafts:
        verb = draft.trigger
        if draft.rule.type == EventType.REQUEST and verb.pos == "VERB" and draft.actors and \
                foreign_forces_out(verb, s, draft.actors):
            draft.rule, draft.bare = Trigger(EventType.SANCTION, Mode.EXPEL), False  # "ordered French troops to go"
            kept.append(draft)
            continue
        people = _sent_out(verb, s) if draft.rule.type == EventType.REQUEST and verb.pos == "VERB" and \
            draft.actors else []  # "visitors were told to go" by nobody named: whose measure is not known
        if not people:
            kept.append(draft)
            continue
        kinds = words.sent_out | words.envoys
        named = [p for p in people if p.lemma.lower() in kinds or p.text.lower() in kinds]
        envoys = any(p.lemma.lower() in words.envoys or p.text.lower() in words.envoys for p in named)
        head = s.head(verb)
        measure = next((d for d in drafts if d is not draft and head is not None and d.rule.mode == Mode.EXPEL
                        and head.i in {w.i for w in d.words} and verb.dep in ("advcl", "conj", "xcomp")), None)
        if measure is not None and (named or all(p.pos == "PRON" for p in people)):
            absorb(measure, draft)  # "declared them unwelcome, ordering them to leave": the one expulsion
            continue
        if named:
            own = any(k.text.lower() in ("its", "their", "our") for p in named for k in s.kids(p, "poss"))
            draft.rule = Trigger(EventType.SANCTION, Mode.WITHDRAW if own else Mode.EXPEL if envoys else None)
            draft.bare = False
        kept.append(draft)
    return kept


DEADLINE_VERBS = frozenset({"give", "grant", "allow"})
SPANS = frozenset({"hour", "day", "week", "month"})


def deadlines_to_go(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'Peru gave the Chilean diplomats 48 hours to leave', 'granted its envoy three days to quit the country': a
    time given to people to leave (`frames.yaml` ordering: going, envoys, sent_out) is an order to go, told
    before participants are found: the leaving is not done, and the giving is the expulsion (SANCTION expel of
    envoys; of others, a restriction). Returns the drafts with the giving's and the leaving's replaced by it."""
    words = frames()
    kinds = words.envoys | words.sent_out
    for verb in s.sentence.tokens:
        if verb.pos != "VERB" or verb.lemma.lower() not in DEADLINE_VERBS:
            continue
        people = [p for p in s.kids(verb, "dative", "dobj") if p.lemma.lower() in kinds or p.text.lower() in kinds]
        span = [n for n in s.kids(verb, "dobj", "npadvmod") if n.lemma.lower() in SPANS]
        span += [n for p in people for n in s.kids(p, "appos") if n.lemma.lower() in SPANS]  # "the envoy, X, 48
        # hours to leave": the parser may set the span beside the named envoy
        going = [c for head in (verb, *span) for c in s.kids(head, "advcl", "xcomp", "acl", "relcl")
                 if c.lemma.lower() in words.going and to_infinitive(c, s)]
        if not people or not span or not going:
            drafts = ultimatum(verb, span, drafts, s)
            continue
        gone = {verb.i, *(c.i for c in going)}
        envoys = any(p.lemma.lower() in words.envoys or p.text.lower() in words.envoys for p in people)
        drafts = [d for d in drafts if d.trigger.i not in gone] + [
            Draft(verb, Trigger(EventType.SANCTION, Mode.EXPEL if envoys else None), [verb, *span, *going])]
    return drafts


def ultimatum(verb: Token, span: list[Token], drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'The bloc gave the junta ten days to free the president', 'granted the rebels a week to lay down their
    arms': a time given to a party to do something is an ultimatum (PLOVER THREATEN; CAMEO 139 'give
    ultimatum'), not a gift (AID) nor the act demanded, which is not done. The party must be named (a mention:
    'gave the students two weeks to finish' is no ultimatum), and the deed a to-infinitive of the time or the
    giving. Returns the drafts with the giving's and the deed's replaced by the threat."""
    given = [p for p in s.kids(verb, "dative", "dobj")
             if p.lemma.lower() not in SPANS and (p.i in s.mention_at or p.pos == "PRON")]
    clauses = [c for p in given for c in s.kids(p, "relcl", "acl")]  # "gave the men who took power a week to"
    span = span or [n for c in clauses for n in s.kids(c, "npadvmod", "dobj") if n.lemma.lower() in SPANS]
    deeds = [c for head in (verb, *span, *(clauses if span else ())) for c in s.kids(head, "advcl", "xcomp", "acl")
             if c.pos == "VERB" and to_infinitive(c, s)]
    if not span or not deeds or not given:
        return drafts
    gone = {verb.i, *(c.i for c in deeds)}
    return [d for d in drafts if d.trigger.i not in gone] + [
        Draft(verb, Trigger(EventType.THREATEN, None), [verb, *span, *deeds])]


def _sent_out(verb: Token, s: Parsed) -> list[Token]:
    """Who a verb of ordering tells to leave ('told THE ENVOYS to leave', 'THOSE were told to go'), where it
    governs an infinitive of leaving; none where it names a party."""
    words = frames()
    if verb.lemma.lower() not in words.telling_to_go:
        return []
    going = [c for c in s.kids(verb, "xcomp", "ccomp") if c.lemma.lower() in words.going and to_infinitive(c, s)]
    if not going:
        return []
    people = [*s.kids(verb, "dobj", "nsubjpass"), *(k for c in going for k in s.kids(c, "nsubj"))]
    return [] if any(p.i in s.mention_at and p.pos != "PRON" for p in people) else people


LAWS = frozenset({"law", "bill", "decree", "legislation", "act", "ordinance", "resolution", "order"})
ENACTING = frozenset({"sign", "pass", "adopt", "enact", "approve", "issue", "promulgate", "ratify"})


def laws_enacted(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """'The president signed a decree that annuls the deal', 'parliament passed a law declaring the accord
    void': what a law does (told in its relative clause or participle) is done by who signs or passes it; the
    signing is that act, no agreement signed (PLOVER codes signing an agreement SUPPORT, not signing a law),
    so the signing's own draft gives way to it. Runs after participants are found; returns the drafts kept."""
    gone: set[int] = set()
    for draft in drafts:
        enacting = _enacted_by(draft.trigger, s)
        if enacting is None:
            continue
        subject = subject_of(enacting, s)
        doers = refer(subject, s, mentions) if subject is not None else []
        if not doers:
            continue
        draft.actors = [*doers, *(a for a in draft.actors if a not in doers)]
        draft.targets = [t for t in draft.targets if t not in doers]
        draft.words = [enacting, *draft.words]
        gone.add(enacting.i)
    return [d for d in drafts if d.trigger.i not in gone]


def _enacted_by(trigger: Token, s: Parsed) -> Token | None:
    """The verb that signs or passes the law a trigger's clause belongs to ('signed a law THAT DECLARES'), if
    the trigger is a verb of a relative clause or participle of such a law, the law being that verb's object."""
    law = s.head(trigger)
    if trigger.pos != "VERB" or trigger.dep not in ("relcl", "acl") or law is None or \
            law.lemma.lower() not in LAWS or law.dep not in ("dobj", "nsubjpass"):
        return None
    verb = s.head(law)
    return verb if verb is not None and verb.lemma.lower() in ENACTING else None


LODGING = frozenset({"lodge", "file", "register", "deliver", "send", "submit", "make"})


def diplomatic_protests(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'Quito protested to Lima over the arrests', 'lodged a formal protest with the embassy': a protest
    addressed to a party is a complaint made to it (PLOVER ACCUSE 'disapprove': "diplomatic protests"; PROTEST
    presumes physical activity); 'recalled its envoy in protest' tells why the recall was made, no event of its
    own beside it. Returns the drafts kept."""
    acts = [d for d in drafts if d.rule.type != EventType.PROTEST]
    kept = []
    for draft in drafts:
        word, head = draft.trigger, s.head(draft.trigger)
        if draft.rule.type != EventType.PROTEST or word.lemma.lower() != "protest":
            kept.append(draft)
            continue
        if word.pos == "NOUN" and head is not None and head.text.lower() == "in" and acts and \
                not s.kids(word, "det", "poss"):
            continue  # "recalled its envoy in protest": the recall
        addressed = [o for p in s.kids(word, "prep") if p.text.lower() in ("to", "with")
                     for o in s.kids(p, "pobj") if o.i in s.mention_at]
        lodged = word.pos == "NOUN" and head is not None and head.lemma.lower() in LODGING and word.dep == "dobj"
        if (word.pos == "VERB" and addressed) or lodged:
            draft.rule = Trigger(EventType.ACCUSE, None)
        kept.append(draft)
    return kept


SITTING = frozenset({"meet", "convene", "gather", "sit"})


def sessions_deciding(drafts: list[Draft], s: Parsed) -> list[Draft]:
    """'The cabinet met on Monday and suspended the deal', 'the council convened and condemned the raid': one
    body meeting on its own (one party, nobody met) and acting in the same breath is no consultation between
    parties (PLOVER CONSULT) but the occasion of what it did: the act is the event, the meeting's place and time
    its own. Leaders meeting each other ('A and B met and pledged ...'), or meeting someone, stay a meeting.
    Returns the drafts kept."""
    gone: set[int] = set()
    for meeting in drafts:
        verb = meeting.trigger
        if meeting.rule.type != EventType.CONSULT or verb.pos != "VERB" or verb.lemma.lower() not in SITTING or \
                len(meeting.actors) != 1 or meeting.targets or s.kids(verb, "dobj"):
            continue
        joined = {c.i for c in s.kids(verb, "conj")} | ({verb.head} if verb.dep == "conj" else set())
        act = next((d for d in drafts if d.trigger.i in joined and d.rule.type != EventType.CONSULT
                    and d.trigger.pos == "VERB" and set(meeting.actors) <= set(d.actors)), None)
        if act is not None:
            absorb(act, meeting)
            gone.add(id(meeting))
    return [d for d in drafts if id(d) not in gone]


PROMISING = frozenset({"pledge", "vow", "promise", "commit", "undertake", "guarantee", "assure"})
UPHOLDING = frozenset({"defend", "uphold", "respect", "protect", "preserve", "safeguard", "support", "guarantee"})
STATEHOOD = frozenset({"sovereignty", "integrity", "unity", "independence"})


def support_pledged(drafts: list[Draft], s: Parsed) -> None:
    """'The three leaders pledged to defend Bolivia's territorial integrity', 'vowed to uphold the country's
    unity': a promise to uphold a state's sovereignty, unity or integrity is a stand taken for that state (PLOVER
    SUPPORT: "express support for ... actor"), as 'support for X's sovereignty' is, not a pact to cooperate
    (AGREE). Retypes the promise in place."""
    for draft in drafts:
        verb = draft.trigger
        if draft.rule.type != EventType.AGREE or verb.pos != "VERB" or verb.lemma.lower() not in PROMISING:
            continue
        upheld = [o for c in s.kids(verb, "xcomp") if c.lemma.lower() in UPHOLDING for o in s.kids(c, "dobj")]
        if any(o.lemma.lower() in STATEHOOD for o in upheld) or support_for_statehood(verb, s):
            draft.rule = Trigger(EventType.SUPPORT, None)


BACKING_NOUNS = frozenset({"support", "backing", "commitment", "solidarity"})


def support_for_statehood(verb: Token, s: Parsed) -> bool:
    """'pledged its support for Bolivia's sovereignty', 'assured him of Lima's backing for the unity of Peru': a
    promise of support (the object, or its "of" phrase) for a state's sovereignty, unity or integrity."""
    objects = s.kids(verb, "dobj")
    told = [*objects, *(o for h in (verb, *objects) for p in s.kids(h, "prep") if p.text.lower() == "of"
                        for o in s.kids(p, "pobj"))]
    return any(o.lemma.lower() in STATEHOOD for n in told if n.lemma.lower() in BACKING_NOUNS
               for p in s.kids(n, "prep") if p.text.lower() in ("for", "to") for o in s.kids(p, "pobj"))


BINDING = frozenset({"bind", "oblige", "obligate"})


def not_bound(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """'Nothing agreed in Lima binds us', 'the accord does not bind Quito': a pact said to bind nobody it names
    is refused by those it does not bind (PLOVER REJECT, as "not bound by the text" is); the pact itself was
    made by others. The party refusing is the object of the verb of binding. Runs after modality."""
    for draft in drafts:
        word = draft.trigger
        if draft.rule.type != EventType.AGREE:
            continue
        found = _binding(word, s)
        if found is None:
            continue
        subject, verb = found
        if not (any(k.dep == "neg" for k in s.kids(verb)) or empty_object(subject, s)):
            continue
        refusing = [i for o in s.kids(verb, "dobj") for i in refer(o, s, mentions)]
        if refusing:
            draft.rule, draft.modality = Trigger(EventType.REJECT, None), Modality.ASSERTED
            draft.targets = [i for i in dict.fromkeys([*draft.actors, *draft.targets]) if i not in refusing]
            draft.actors = refusing


def _binding(word: Token, s: Parsed) -> tuple[Token, Token] | None:
    """The subject and the verb of binding a pact word is told with: 'the accord (signed there) does not bind',
    'nothing agreed there binds' (the participle's noun the subject), or where the parser makes 'nothing agreed'
    a clause of its own and the binding its complement."""
    if word.pos == "VERB" and word.dep not in ("acl", "relcl"):
        subjects = [k for k in s.kids(word, "nsubj") if empty_object(k, s)]
        verbs = [c for c in s.kids(word, "ccomp", "xcomp", "conj") if c.lemma.lower() in BINDING]
        return (subjects[0], verbs[0]) if subjects and verbs else None
    subject = s.head(word) if word.dep in ("acl", "relcl") else word
    verb = s.head(subject) if subject is not None and subject.dep == "nsubj" else None
    return (subject, verb) if subject is not None and verb is not None and verb.lemma.lower() in BINDING else None


FOREIGN_FORCES = frozenset({"troop", "force", "soldier", "contingent", "garrison"})
MODIFIERS = ("amod", "compound", "poss", "nmod")  # "French troops", "France's troops"


def foreign_forces_out(verb: Token, s: Parsed, actors: list[int]) -> bool:
    """'Lima ordered the 800 Chilean troops to leave', 'asked Chilean special forces to leave the country': a
    government telling another state's forces (a demonym or state named before the noun, not the teller) to go
    expels them from its country (PLOVER SANCTION expel: "expel an entity from ... a country"), no request;
    'ordered the rebels to leave the town' (no foreign forces) stays one."""
    if verb.lemma.lower() not in frames().telling_to_go | {"ask"}:
        return False
    going = [c for c in s.kids(verb, "xcomp", "ccomp") if c.lemma.lower() in frames().going and to_infinitive(c, s)]
    return bool(going) and any(i not in actors for i in forces_owners(verb, s))


def forces_owners(verb: Token, s: Parsed) -> list[int]:
    """The mentions owning the forces a verb acts on ('the 800 Chilean troops', 'the French force': a force noun
    of `FOREIGN_FORCES` as its object, with a capitalised demonym or state before it)."""
    forces = [o for o in s.kids(verb, "dobj") if o.lemma.lower() in FOREIGN_FORCES]
    return [s.mention_at[m.i] for o in forces for m in [o, *s.kids(o, *MODIFIERS)]
            if m.i in s.mention_at and any(w.text[:1].isupper() for w in s.kids(o, *MODIFIERS))]


FORCING_OUT = frozenset({"force", "drive", "push", "kick"})  # "forced out", "drove out" (triggers.yaml ASSAULT)


def forces_expelled(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """'Mali forced out the French force', 'Niamey pushed out the American troops': a state forcing another
    state's forces (a demonym or state named before the noun, not the forcer) out expels them from its country
    (PLOVER SANCTION expel, as `foreign_forces_out` for forces told to go), no fight; an army or a group forcing
    them out ('the militia drove out the Ugandan troops') fights them, and people forced out ('forced out the
    villagers') are forced, both staying ASSAULT."""
    for draft in drafts:
        verb = draft.trigger
        if draft.rule.type != EventType.ASSAULT or verb.pos != "VERB" or verb.lemma.lower() not in FORCING_OUT or \
                not any(k.dep in ("prt", "prep") and k.lemma.lower() == "out" for k in s.kids(verb)):
            continue
        subject = subject_of(verb, s)
        forcer = s.mention_at.get(subject.i) if subject is not None else None
        if forcer is None or mentions[forcer].type is not EntityType.STATE:
            continue  # "the Israeli army forced out ...": an army, not the state itself
        if any(i not in draft.actors for i in forces_owners(verb, s)):
            draft.rule, draft.bare = Trigger(EventType.SANCTION, Mode.EXPEL), False
