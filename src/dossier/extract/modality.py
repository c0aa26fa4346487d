"""Modality and tense of a trigger: what the sentence says happened, will happen, might, or did not.

Contract: `modality_of(trigger, s)` returns `Modality` (asserted, negated, future, hypothetical) from
negation, auxiliaries, governing verbs ("plans to", "hopes to"), modifiers ("the upcoming visit") and
conditions; `tense_of(trigger, s)` returns "past", "present" or "perfect" as the verb is written (a perfect
inside a quote or a report is the speaker's news: past). Pure functions of the parse.
"""

from __future__ import annotations

from dossier.extract.syntax import SPEECH_VERBS, Parsed
from dossier.lexicon import references
from dossier.models import Modality, Token

FUTURE_AUX = {"will", "shall", "'ll"}
HYPOTHETICAL_AUX = {"may", "might", "could", "would", "should", "can", "must"}
FUTURE_GOVERNORS = {"plan", "expect", "schedule", "intend", "set", "prepare", "aim", "due", "going", "arrange"}
HYPOTHETICAL_GOVERNORS = {"hope", "want", "wish", "seek", "try", "consider", "propose", "suggest", "ask", "urge",
                          "demand", "call", "push", "press", "would", "like", "need", "threaten", "refuse", "offer"}
FUTURE_MODIFIERS = {"upcoming", "planned", "scheduled", "forthcoming", "future", "next", "expected"}
HYPOTHETICAL_MODIFIERS = {"potential", "possible", "proposed", "hypothetical", "prospective", "likely"}
CONDITION_MARKS = {"if", "unless", "whether", "should"}
ANY_TIME = {"whenever"}  # a clause of any occasion names none: "will send grain whenever Lima asks for it"
# A side that did not try, made no attempt or refrained from doing something did not do it (issue 16: "did not try
# to counter the offensive" is the countering, negated; an attempt made is still only hypothetical).
ATTEMPT_GOVERNORS = {"try", "attempt", "seek", "bother", "dare", "move"}
ATTEMPT_NOUNS = {"attempt", "effort", "bid", "move"}
ABSTAINING = {"refrain", "abstain", "desist"}
FAILING = {"fail", "neglect"}  # "the sides failed to agree on a text": no agreement was made
# Words that, as a verb's object, say nothing was done: "promised nothing", "offered no concessions".
NOTHING = {"nothing", "none", "nobody", "naught", "nil"}
DEONTIC_ADJECTIVES = {"essential", "necessary", "important", "vital", "crucial", "imperative", "needed",
                      "desirable", "urgent"}  # "it is essential that we maintain ...": wished, not done


def _said(trigger: Token, s: Parsed) -> bool:
    """What a speech verb reports ('X said that Y has agreed', 'Y has agreed, a source said'): the trigger is what
    is said, or inside it."""
    node = trigger
    for governor in s.ancestors(trigger):
        if node.dep == "ccomp" and governor.lemma.lower() in SPEECH_VERBS:
            return True
        if node.dep not in ("conj", "ccomp", "xcomp"):
            break
        node = governor
    for kid in s.kids(trigger, "ccomp", "parataxis", "npadvmod", "advcl"):  # "X has arrived, a source confirmed"
        if kid.i > trigger.i and (kid.lemma.lower() in SPEECH_VERBS or any(
                g.lemma.lower() in SPEECH_VERBS for g in s.kids(kid, "acl", "relcl"))):
            return True
    return False


def tense_of(trigger: Token, s: Parsed) -> str:
    """past, present or (present) perfect. 'had asked' is past; 'have agreed' inside a quote is the
    speaker's news, so past too."""
    auxiliaries = {c.text.lower() for c in s.kids(trigger, "aux", "auxpass")}
    if auxiliaries & {"has", "have", "'ve", "’ve"}:
        quoted = any(mark in s.sentence.text for mark in ('"', "“", "”"))
        return "past" if quoted or _said(trigger, s) else "perfect"  # "X said Russia has backed Y": X's news
    if trigger.tag in ("VBZ", "VBP") or (trigger.tag == "VB" and not auxiliaries):
        return "present"
    return "past"


def past_perfect(trigger: Token, s: Parsed) -> bool:
    """'Survivors' groups had urged the president to ...', 'the rebels had been pushed back': a verb in the past
    perfect tells what came before the time the article tells (its news), so it takes no day from that news."""
    return trigger.tag == "VBN" and any(c.text.lower() in ("had", "'d") for c in s.kids(trigger, "aux"))


def modality_of(trigger: Token, s: Parsed) -> Modality:
    head = s.head(trigger)
    subject_of_verb = head is not None and head.pos in ("VERB", "AUX") and trigger.dep in (
        "nsubj", "nsubjpass", "dobj", "attr")  # "shipments may resume", "it would tighten the blockade"
    if trigger.pos != "VERB" and subject_of_verb and head is not None:
        verb_says = modality_of(head, s)  # "wheat shipments may resume": the shipments are hypothetical
        if verb_says is not Modality.ASSERTED:
            return verb_says
    if (joining := joined_by(trigger, s)) is not None and (
            joined := modality_of(joining, s)) in (Modality.FUTURE, Modality.HYPOTHETICAL):
        return joined  # "will take part in the talks": the talks are to come, as the taking part is (held
        # without a party that "took no part", they still took place)
    own = s.kids(trigger)
    if any(c.dep == "neg" for c in own) or any(c.dep == "det" and c.text.lower() == "no" for c in own) or any(
            c.text.lower() in ("longer", "more") and any(n.text.lower() == "no" for n in s.kids(c)) for c in own):
        return Modality.NEGATED  # "did not", "no talks", "no longer guarantees"
    if trigger.pos == "VERB" and any(empty_object(o, s) for o in s.kids(trigger, "dobj", "nsubjpass")):
        return Modality.NEGATED  # "promised nothing", "offered no concessions", "no aid was sent"
    if trigger.pos == "VERB" and any(empty_object(o, s) for o in s.kids(trigger, "nsubj")):
        return Modality.NEGATED  # "nobody consulted us", "no country has recognised it": done by no one
    auxiliaries = {c.text.lower() for c in own if c.dep in ("aux", "auxpass")}
    if auxiliaries & FUTURE_AUX:
        return Modality.FUTURE
    if auxiliaries & HYPOTHETICAL_AUX:
        return Modality.HYPOTHETICAL
    if any(c.dep == "amod" and c.text.lower() in FUTURE_MODIFIERS for c in own):
        return Modality.FUTURE
    if any(c.dep in ("relcl", "acl") and c.lemma.lower() in FUTURE_GOVERNORS and not s.kids(c, "prt") for c in own):
        return Modality.FUTURE  # "the summit, which is scheduled for October 15"
    if any(c.dep == "amod" and c.text.lower() in HYPOTHETICAL_MODIFIERS for c in own):
        return Modality.HYPOTHETICAL
    if any(c.dep == "mark" and c.text.lower() in CONDITION_MARKS for c in own) or any(
            c.dep in ("advmod", "mark") and c.text.lower() in ANY_TIME for c in own):
        return Modality.HYPOTHETICAL  # "if Lima asks", "whenever Lima asks for them": no one occasion
    node = trigger
    for governor in s.ancestors(trigger):
        if node.dep not in ("xcomp", "ccomp", "advcl", "conj", "pcomp", "pobj", "prep", "acl", "dobj"):
            break
        lemma = governor.lemma.lower()
        contrast = any(c.dep == "cc" and c.text.lower() in ("but", "yet", "although", "though")
                       for c in s.kids(governor))
        if any(c.dep == "neg" for c in s.kids(governor)) and node.dep == "conj" and not contrast \
                and not own_tense(node, governor):
            return Modality.NEGATED  # "did not meet or call him"; not "didn't try ... but gave asylum"
        if _not_attempted(node, governor, s):
            return Modality.NEGATED  # "did not try to stop it", "made no attempt to", "refrained from attacking"
        if node.dep == "xcomp" and lemma in FAILING and not any(c.dep == "neg" for c in s.kids(governor)):
            return Modality.NEGATED  # "failed to agree", "neglected to inform": what was not done
        if node.dep == "xcomp" and _performed(trigger, governor, s):
            return Modality.ASSERTED  # "I want to congratulate you": a congratulation
        if node.dep == "xcomp":  # "will continue to provide", "could start to withdraw"
            governing = {c.text.lower() for c in s.kids(governor) if c.dep in ("aux", "auxpass")}
            if governing & FUTURE_AUX:
                return Modality.FUTURE
            if governing & HYPOTHETICAL_AUX:
                return Modality.HYPOTHETICAL
        if lemma in FUTURE_GOVERNORS and node.dep in ("xcomp", "ccomp", "prep", "pobj", "acl"):
            return Modality.FUTURE
        if lemma in HYPOTHETICAL_GOVERNORS and node.dep in ("xcomp", "ccomp"):
            return Modality.HYPOTHETICAL
        if obliged(node, governor, s) or present_for(node, governor, s):
            return Modality.HYPOTHETICAL  # "peace has to be negotiated", "troops are there to protect it"
        if arranged(node, governor, s):
            return Modality.FUTURE  # "the chiefs are to meet on Friday": what is arranged
        if node.dep in ("xcomp", "ccomp", "csubj") and (lemma in DEONTIC_ADJECTIVES or any(
                c.dep == "acomp" and c.lemma.lower() in DEONTIC_ADJECTIVES for c in s.kids(governor))):
            return Modality.HYPOTHETICAL
        if node.dep == "advcl" and any(c.dep == "mark" and c.text.lower() in CONDITION_MARKS for c in s.kids(node)):
            return Modality.HYPOTHETICAL
        node = governor
    return Modality.ASSERTED


JOINING = frozenset({"participate", "join"})  # "participate in the talks", "join in the talks"


def joined_by(noun: Token, s: Parsed) -> Token | None:
    """The verb by which a party joins the event a noun names: 'take part in [the talks]', 'participate in [the
    summit]', 'join in [the negotiations]'. What the verb says of its time ('will take part', 'would join if asked')
    the event joined shares; None for a verb, or a noun joined by nothing."""
    if noun.pos not in ("NOUN", "PROPN"):
        return None
    head = s.head(noun)
    if head is None:
        return None
    verb = s.head(head) if noun.dep == "pobj" and head.text.lower() == "in" else None
    if verb is not None and verb.lemma.lower() == "part" and verb.dep == "dobj":
        verb = s.head(verb)  # "take part in": "in" hung on "part"
    if verb is None or verb.pos != "VERB":
        return None
    lemma = verb.lemma.lower()
    if lemma in JOINING or (lemma == "take" and any(o.lemma.lower() == "part" for o in s.kids(verb, "dobj"))):
        return verb
    return None


def empty_object(obj: Token, s: Parsed) -> bool:
    """An object that names nothing done: 'nothing', 'none', or a noun with 'no' ('no concessions', 'no one');
    a verb that takes it reports that its act did not happen ('promised nothing' is no promise)."""
    return obj.lemma.lower() in NOTHING or obj.text.lower() in NOTHING or any(
        d.text.lower() == "no" for d in s.kids(obj, "det"))


def _performed(act: Token, governor: Token, s: Parsed) -> bool:
    """'I want to congratulate you', 'we would like to thank': a speaker who says they want to do a speech act
    does it by saying so."""
    return act.lemma.lower() in references().performatives and governor.lemma.lower() in ("want", "like", "wish") \
        and any(c.text.lower() in ("i", "we") for c in s.kids(governor, "nsubj"))


def _not_attempted(node: Token, governor: Token, s: Parsed) -> bool:
    """The act is what a side did not try, made no attempt at or refrained from: 'did not try to counter the
    offensive', 'made no attempt to stop them', 'refrained from striking the port'."""
    lemma = governor.lemma.lower()
    if lemma in ABSTAINING:
        return node.dep in ("prep", "xcomp") and (node.dep == "xcomp" or node.text.lower() == "from")
    kids = s.kids(governor)
    if lemma in ATTEMPT_GOVERNORS and governor.pos in ("VERB", "AUX") and node.dep == "xcomp":
        return any(c.dep == "neg" for c in kids) or any(
            c.dep == "advmod" and c.text.lower() == "never" for c in kids)
    if lemma in ATTEMPT_NOUNS and governor.pos == "NOUN" and node.dep in ("acl", "xcomp", "relcl"):
        return any(c.dep == "det" and c.text.lower() == "no" for c in kids)
    return False


OBLIGING = frozenset({"have", "ought", "got"})  # "has to", "ought to", "has got to"


def obliged(clause: Token, governor: Token, s: Parsed) -> bool:
    """The clause is what someone has to do now ('peace has to be negotiated', 'it ought to be signed'): an
    infinitive with 'to' under a verb of obligation in the present names a duty, not a deed (as 'must' does);
    'they had to withdraw' tells that they did."""
    return clause.dep == "xcomp" and governor.lemma.lower() in OBLIGING and \
        (governor.tag in ("VBZ", "VBP") or governor.lemma.lower() == "ought") and \
        any(c.dep == "aux" and c.text.lower() == "to" for c in s.kids(clause))


AIMS = frozenset({"aim", "goal", "plan", "idea", "task", "purpose", "objective", "intention", "priority", "mission",
                  "point", "hope", "wish", "need", "way", "option", "answer", "solution", "step", "challenge"})


def arranged(clause: Token, governor: Token, s: Parsed) -> bool:
    """'The defence chiefs are to meet on Friday', 'the envoy is to travel to X': 'be' with an infinitive and a
    subject of its own tells what is arranged to happen, not what happened; not what an aim is ('the goal is to
    end the war', `AIMS`), nor 'be' with a complement of its own ('is ready to', 'is there to')."""
    return clause.dep == "xcomp" and governor.lemma.lower() == "be" and \
        any(c.dep == "aux" and c.text.lower() == "to" for c in s.kids(clause)) and \
        not s.kids(governor, "acomp", "attr", "expl") and \
        any(c.lemma.lower() not in AIMS and c.text.lower() not in ("what", "this", "that")
            for c in s.kids(governor, "nsubj"))


def present_for(clause: Token, governor: Token, s: Parsed) -> bool:
    """The clause says what someone is present for ('its forces are there to protect the border', 'we are here to
    help'): the purpose of a presence, not an act done."""
    return clause.dep in ("advcl", "xcomp") and governor.lemma.lower() == "be" and \
        any(c.dep == "aux" and c.text.lower() == "to" for c in s.kids(clause)) and \
        any(a.text.lower() in ("there", "here") for a in s.kids(governor, "advmod"))


def own_tense(conjunct: Token, governor: Token) -> bool:
    """A verb joined by 'and' to a negated bare verb, in a finite past form of its own: 'said they "cannot stand
    by", and accused X', 'will not attend and sent a deputy'. The negation hangs on the first verb's auxiliary
    ("cannot", "will not"), which a verb with its own tense does not share, unlike 'did not meet or call him'."""
    return conjunct.tag == "VBD" and governor.tag == "VB"
