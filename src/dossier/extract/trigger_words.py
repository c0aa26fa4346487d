"""Which words of a sentence are event triggers, and their PLOVER type and mode.

Contract: `find_triggers(s, lexicon)` returns one `Draft` per trigger of the parsed sentence, in word order,
with its type (`Draft.rule`) and the words it covers; participants, modality and time are not set yet. Verbs
come first (Dossier's own list `triggers.yaml` and its "verb object" phrases, then the field's verb
dictionary, `cameo_verbs.json`), then nouns and adjectives a verb has not covered. A verb that governs
another clause follows `frames.yaml` (a plan, an aspect or a statement is no event of its own; a promise,
request, refusal or threat is one). `discarded` tells a sentence that is no political event at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dossier.extract.acts import acts_told
from dossier.extract.drafts import Draft
from dossier.extract.facts import stand_in
from dossier.extract.idioms import idiom_trigger
from dossier.extract.modality import FUTURE_AUX, HYPOTHETICAL_AUX
from dossier.extract.naming import as_labelled, described_as, hostile, judged
from dossier.extract.power import power_changes
from dossier.extract.syntax import Parsed, relative_object, subject_of, to_infinitive
from dossier.extract.triggers import dictionary_pattern, quantified
from dossier.lexicon import Trigger, TriggerLexicon, VerbPattern, frames, load_yaml, references
from dossier.models import Token
from dossier.plover import NOT_AN_EVENT, EventType, Mode

COMMITMENT = Trigger(EventType.AGREE, None)
FRAME_TYPES = {"commitment": EventType.AGREE, "request": EventType.REQUEST, "reject": EventType.REJECT,
               "threaten": EventType.THREATEN, "permission": EventType.CONCEDE, "advocacy": EventType.REQUEST,
               "assistance": EventType.AID}
GROUP_NOUNS = {"delegation", "team", "group", "mission", "entourage"}
LIGHT_VERBS = {"hold", "have", "make", "pay", "conduct", "carry", "launch", "stage", "give", "receive", "express",
               "renew", "resume", "begin", "start", "undertake", "organize", "organise", "issue", "mount", "wage",
               "open", "announce", "continue", "step", "intensify", "deliver", "lead", "spearhead"}  # the object
# noun is the event
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")


@dataclass(frozen=True, slots=True)
class Wording:
    """Phrasings of `triggers.yaml` that no single word triggers: praise told under a verb of saying."""

    praise: frozenset[tuple[str, str]]  # ("have", "relationship"): "A and B have a special relationship"
    praise_modifiers: frozenset[str]  # "historic", "special": the object praises only with one of them


@lru_cache(maxsize=1)
def wording() -> Wording:
    data = load_yaml("triggers.yaml")
    support = data.get("SUPPORT") or {}
    return Wording(frozenset((verb, obj) for verb, obj in (p.split(" ", 1) for p in support.get("praise") or {})),
                   frozenset(support.get("praise_modifiers") or {}))


def praise_told(clause: Token, s: Parsed) -> bool:
    """'(affirmed that) A and B have a special relationship': the reported clause says something good of the
    parties: a verb and object of `praise` whose object has one of the `praise_modifiers`. Negated ('do not
    have close ties') it is no praise."""
    words = wording()
    if any(k.dep == "neg" for k in s.kids(clause)):
        return False
    verb = clause.lemma.lower()
    for obj in s.kids(clause, "dobj"):  # "ties": the lemma "tie" or the word
        if {(verb, obj.lemma.lower()), (verb, obj.text.lower())} & words.praise and any(
                m.lemma.lower() in words.praise_modifiers or m.text.lower() in words.praise_modifiers
                for m in s.kids(obj, "amod", "compound")):
            return True
    return False


def find_triggers(s: Parsed, lexicon: TriggerLexicon) -> list[Draft]:
    drafts: list[Draft] = []
    consumed: set[int] = set()
    for token in s.sentence.tokens:
        if token.pos == "VERB":
            draft = _verb_trigger(token, s, lexicon)
            if draft is not None:
                drafts.append(draft)
                consumed.update(w.i for w in draft.words)
    verbs = {d.trigger.i for d in drafts}
    for token in s.sentence.tokens:
        if token.i in consumed or token.pos not in ("NOUN", "PROPN", "ADJ"):
            continue
        draft = _noun_trigger(token, s, lexicon, verbs) if token.pos != "ADJ" else _adjective_trigger(token, s,
                                                                                                       lexicon)
        if draft is not None:
            drafts.append(draft)
    for draft in drafts:  # "support an offensive": the event noun a verb takes is folded into the verb's event
        if draft.trigger.pos == "VERB":
            draft.folded |= {rule.type for o in s.kids(draft.trigger) if o.dep in OBJECT_DEPS
                             and (rule := lexicon.nouns.get(o.lemma.lower())) is not None}
    drafts = power_changes(sorted(drafts, key=lambda d: d.trigger.i), s)  # "came to power": a ruler's removal
    return acts_told(drafts, s, lexicon.known)  # "named X prime minister", "was sworn in": acts PLOVER does not type


def _adjective_trigger(token: Token, s: Parsed, lexicon: TriggerLexicon) -> Draft | None:
    """'Russia is ready to help', 'open to reviewing the agreements', 'ready for talks': a commitment (AGREE)."""
    if frames().adjectives.get(token.lemma.lower()) != "commitment" or (
            _complement(token, s) is None and not ready_for(token, s, lexicon)):
        return None
    return Draft(token, COMMITMENT, [token])


def ready_for(word: Token, s: Parsed, lexicon: TriggerLexicon) -> list[Token]:
    """'ready for talks', 'open to a ceasefire', 'ready for an immediate halt to the hostilities': the event nouns
    (or ends of an event, `frames.yaml` commitment stops) a word of readiness is for."""
    stops = frames().stops
    return [o for p in s.kids(word, "prep") if p.text.lower() in ("for", "to") for o in s.kids(p, "pobj")
            if event_noun(o, s, lexicon) or o.lemma.lower() in stops]


def _complement(token: Token, s: Parsed) -> Token | None:
    """The clause a word governs: 'ready TO HELP', 'open to REVIEWING', 'agreed TO MEET', 'said THAT ...'; not a
    participle describing the word's object ('told the soldiers WAITING on the runway that ...')."""
    for child in s.kids(token):
        if child.dep in ("xcomp", "ccomp") and not describes_object(child, token, s):
            return child
        if child.dep == "prep" and child.text.lower() == "to":
            found = next(iter(s.kids(child, "pcomp")), None)
            if found is not None:
                return found
        if child.dep == "acl" and to_infinitive(child, s):
            return child
    return None


def describes_object(clause: Token, verb: Token, s: Parsed) -> bool:
    """'Told the guards waiting at the gate that the war was over', 'urged the men fighting in the hills to lay
    down their arms': an -ing participle with no subject, auxiliary or subordinating word of its own, right after
    the verb's direct object, describes that object (the parser may hang it on the verb); what the verb governs
    is its other clause, if any. A participle after a verb with no object ("began withdrawing") is governed."""
    if clause.dep != "xcomp" or clause.tag != "VBG" or s.kids(clause, "nsubj", "nsubjpass", "aux", "mark"):
        return False
    between = [k.i for k in s.kids(verb) if k.i < clause.i]
    return any(o.i < clause.i and max(between) == o.i for o in s.kids(verb, "dobj"))  # nothing of the verb's between


def _verb_trigger(token: Token, s: Parsed, lexicon: TriggerLexicon) -> Draft | None:
    draft = idiom_trigger(token, s) or _verb_rule(token, s, lexicon)  # "declared X persona non grata"
    if draft is not None and draft.rule.mode == Mode.VISIT and fired(token, s):
        return None  # "shells landed near a school": what was fired arrived, nobody visited
    if draft is not None and draft.rule.type == EventType.PROTEST and s.kids(token, "ccomp"):
        draft.rule = Trigger(EventType.ACCUSE, None)  # "the group protested that ...": words, not a demonstration
    return draft


def _verb_rule(token: Token, s: Parsed, lexicon: TriggerLexicon) -> Draft | None:
    """A verb Dossier's own list types: its phrases ("hold talks", "call for"), else its type. A verb the list
    knows only in phrases ("express gratitude"): its phrases, then the verb dictionary's patterns naming a
    thing. Any other verb: the dictionary's phrasal verbs and patterns, then its default for the verb, which
    makes an event only between two parties (as PETRARCH codes it). A NONE entry says no event. Verbs that
    govern another clause follow frames.yaml: a plan, an aspect or a statement is no event of its own; a
    promise, request, refusal or threat is one even when what it governs is none."""
    lemma = token.lemma.lower()
    proofs = [o for o in s.kids(token, "dobj") if o.lemma.lower() in PROOF]
    if lemma in frames().informing_giving and proofs and not s.kids(token, "dative") and not any(
            p.text.lower() in ("with", "to") for w in [token, *proofs] for p in s.kids(w, "prep")):
        return None  # "offered no evidence", "gave proof of it": backing for a claim, no pact nor aid; but
        # evidence shared with a party ("shared evidence with Lima") is cooperation
    if outbreak(token, s):
        return Draft(token, Trigger(EventType.ASSAULT, None), [token])  # "gunfire broke out between X and Y"
    classes = frames().verbs.get(lemma, ())
    governed = _complement(token, s)
    if governed is not None and own_phrase_after(token, governed, s, lexicon):
        governed = None  # "X signed a charter; Chile recalled its ambassador": the recall, no report of X's act
    framing = next((c for c in classes if c in FRAME_TYPES), None)
    if framing == "permission" and s.kids(token, "nsubjpass", "auxpass"):
        return None  # "whether Russia will be allowed to keep the bases": who would allow it is not told
    if governed is not None and classes:
        infinitive = governed.dep in ("xcomp", "pcomp", "acl")
        if governed.dep == "ccomp" and "speech" in classes and framing not in ("threaten", "reject"):
            if proof_withheld(governed, s):  # "said Lima had offered no evidence": a charge against Lima
                return Draft(token, Trigger(EventType.ACCUSE, None), [token])
            if praise_told(governed, s):  # "said A and B have a special relationship": words of praise
                return Draft(token, Trigger(EventType.SUPPORT, None), [token])
            if part_denied(governed, s) or breach_denied(governed, s):  # "said Lima had played no part": a denial
                return Draft(token, Trigger(EventType.REJECT, None), [token])
            if pact_required(governed, s, lexicon):  # "said the deal had to be carried out in full": a demand
                return Draft(token, Trigger(EventType.REQUEST, None), [token])
            if bound_refused(governed, s):  # "said it would not consider itself bound by the text": a rejection
                return Draft(token, Trigger(EventType.REJECT, None), [token])
            if failure_charged(governed, s, lexicon):  # "said Lima had broken the truce": a charge against Lima
                return Draft(token, Trigger(EventType.ACCUSE, None), [token])
            return None  # "Novak told reporters: ...", "agreed that ...": a statement; what it reports is the event
        if governed.dep == "ccomp" and lemma in frames().views and token.tag in ("VBP", "VBZ"):
            return None  # "we agree that the country needs help": a view shared, no pact
        if framing == "permission":
            infinitive = to_infinitive(governed, s)
        if wanted_of_another(token, governed, s):
            return Draft(token, Trigger(EventType.REQUEST, None), [token])  # "want Uganda to release the funds"
        if framing == "request" and infinitive and (own := lexicon.verbs.get(lemma)) is not None and \
                own.type == EventType.CONSULT and "speech" in frames().verbs.get(governed.lemma.lower(), ()):
            return Draft(token, own, [token])  # "had called him to say ...": a call bearing a message, no appeal
        if framing == "reject" and infinitive and telling(governed, s):
            return None  # "declined to comment", "refused to give a price": no rejection of a party's demand
        if framing is not None and (infinitive or framing not in ("commitment", "permission")):
            rule = lexicon.verbs.get(lemma)
            kind = FRAME_TYPES[framing]
            return Draft(token, rule if rule is not None and rule.type == kind else Trigger(kind, None), [token])
        if framing is None and (infinitive or "speech" in classes) and set(classes) & {"plan", "aspect", "speech"}:
            return None  # "plans to visit", "began withdrawing", "said that ...": the governed clause is the event
    if classes and set(classes) <= {"plan", "aspect"} and lemma not in lexicon.known:
        return None  # "decided", "continued": a plan or an aspect is no event of its own
    if (predicate := judged(token, s)) is not None:  # "called the move a provocation": a judgement, not a call
        if as_labelled(token, s):
            return None
        found = dictionary_pattern(token, s, lexicon)
        labelled = found is not None and any(w.i == predicate.i or predicate.i in {a.i for a in s.ancestors(w)}
                                             for w in found[1])  # the label, or words of it, is no object: "called
        if found is not None and found[0].trigger.type != NOT_AN_EVENT and not labelled:  # the deal a good meeting"
            return Draft(token, found[0].trigger, [token, *found[1]])  # calls for no meeting
        return Draft(token, Trigger(EventType.ACCUSE, None), [token, predicate]) if hostile(predicate, s) else None
    if (described := _described(token, s, lexicon)) is not None:
        return described if described.rule.type != NOT_AN_EVENT else None
    phrases = lexicon.phrases if lemma in lexicon.known else lexicon.dictionary_phrasal
    marks = [m for c in s.kids(token, "advcl", "xcomp", "ccomp") for m in s.kids(c, "mark") if m.i == token.i + 1]
    children = [*s.kids(token, "prt", "prep", "dobj", "nsubjpass"), *marks,  # marks: "calling for X to go"
                *adverb_particles(token, s)]  # "pulled back towards the border"
    if (antecedent := relative_object(token, s)) is not None:
        children.append(antecedent)  # "the sanctions that the bloc imposed": imposes sanctions
    for child in [*children, *(q for c in children if c.dep in ("dobj", "nsubjpass") for q in quantified(c, s))]:
        if child.dep in ("prt", "prep") and not _particle_of(child, token, s):
            continue  # "On February 13th, X was called", "called Erdogan on Monday": no "call on"
        key = child.lemma.lower() if child.dep not in ("prep", "mark") else child.text.lower()
        rule = next((idiom for m in s.kids(child, "amod", "compound", "det") if child.dep in ("dobj", "pobj")
                     and (idiom := phrases.get((lemma, f"{m.lemma.lower()} {key}"))) is not None), None)
        rule = rule or phrases.get((lemma, key)) or phrases.get((lemma, child.text.lower()))  # "restore ties"
        if rule is not None:
            return Draft(token, rule, [token, child]) if rule.type != NOT_AN_EVENT else None
    rule = lexicon.verbs.get(lemma)
    if rule is not None:  # Dossier's own type for the verb is final
        if lemma in frames().hosting and not _hosts_a_party(token, s) and (
                rule.type == EventType.CONSULT or not welcomed_as_done(token, s)):
            return None  # "Damascus has received positive signs": no visit ("welcomed the deal" stays praise)
        if lemma in frames().hosting and rule.type != EventType.CONSULT and any(
                o.i in s.mention_at or o.lemma.lower() in GROUP_NOUNS | frames().guests for o in s.kids(token, "dobj")):
            rule = Trigger(EventType.CONSULT, Mode.VISIT)  # "welcomed his counterpart": a host receives
        return Draft(token, rule, [token]) if rule.type != NOT_AN_EVENT else None
    if partaken_in(token, s) is not None and not _covers_phrase(dictionary_pattern(token, s, lexicon)):
        return None  # "took part in the talks": the talks are the event; "in the ceremony": none
        # (a pattern of the dictionary on what is taken part in, "take part in a summit", stays the verb's)
    if lemma in LIGHT_VERBS and any(event_noun(o, s, lexicon) for o in s.kids(token, "dobj")):
        return None  # "launched a mediation effort", "staged demonstrations": the noun is the event
    if token.dep == "amod":
        return None  # "the Israeli-occupied West Bank": a description, no event
    found = dictionary_pattern(token, s, lexicon, naming_only=lemma in lexicon.known)
    if found is not None:
        pattern, covered = found
        return Draft(token, pattern.trigger, [token, *covered]) if pattern.trigger.type != NOT_AN_EVENT else None
    rule = lexicon.dictionary_verbs.get(lemma)
    if rule is None or rule.type == NOT_AN_EVENT or lemma in lexicon.known:
        return None
    return Draft(token, rule, [token], bare=True)


def _described(verb: Token, s: Parsed, lexicon: TriggerLexicon) -> Draft | None:
    """'described the visit as a sign of continuity', 'portrayed the talks as a failure': a verb of describing
    (`frames.yaml` describing) that is no event of its own (neither Dossier's list nor the dictionary types it
    alone) with an 'as' phrase says what its
    object is, not that the object's event is intended or done; it is an event only by a dictionary pattern on
    the 'as' phrase ('described it as a mistake'), or as ACCUSE when the label is hostile. Returns a draft of
    NOT_AN_EVENT for no event, None when the rule does not apply."""
    lemma = verb.lemma.lower()
    rule = lexicon.dictionary_verbs.get(lemma)
    if lemma not in frames().describing or lemma in lexicon.known or (rule is not None and rule.type != NOT_AN_EVENT):
        return None
    label = described_as(verb, s)
    if label is None:
        return None
    found = dictionary_pattern(verb, s, lexicon)
    if found is not None and any(w.dep == "prep" and w.text.lower() == "as" for w in found[1]):
        return Draft(verb, found[0].trigger, [verb, *found[1]])
    if hostile(label, s):
        return Draft(verb, Trigger(EventType.ACCUSE, None), [verb, label])
    return Draft(verb, Trigger(NOT_AN_EVENT, None), [verb])


def wanted_of_another(verb: Token, clause: Token, s: Parsed) -> bool:
    """'want Uganda to release the funds': a verb of wanting (`frames.yaml` wishing) whose infinitive clause has
    a party of its own as subject, who is asked to act; or, passive, to whom it is asked to be done ('wants the
    X Group to be dissolved': a demand about the group, whose relative clause is then a description of it)."""
    if verb.lemma.lower() not in frames().wishing or clause.dep not in ("ccomp", "xcomp"):
        return False
    return to_infinitive(clause, s) and any(
        k.i in s.mention_at for k in s.kids(clause, "nsubj", "nsubjpass"))


PROOF = {"evidence", "proof"}  # what backs a claim: giving it (or none) is no event of its own


def proof_withheld(clause: Token, s: Parsed) -> bool:
    """'(said that) Lima had offered no evidence', '(told reporters) they had not given any proof': a speaker who
    reports that a party gave no proof of its claims charges it (PLOVER ACCUSE: criticise), the party being the
    reported clause's subject."""
    if clause.lemma.lower() not in frames().informing_giving:
        return False
    proofs = [o for o in s.kids(clause, "dobj") if o.lemma.lower() in PROOF]
    return bool(proofs) and (any(k.dep == "neg" for k in s.kids(clause)) or any(
        d.text.lower() == "no" for o in proofs for d in s.kids(o, "det")))


PART = {"part", "role", "hand", "involvement"}  # what a party may be said to have had in an act


def part_denied(clause: Token, s: Parsed) -> bool:
    """'(said that) Lima had played no part in the raid', '(told reporters) it had no role in the attack': a
    speaker who reports that a party had no part in an act denies it (CAMEO 016 deny responsibility; PLOVER
    REJECT, as `cameo_policy.yaml` codes denials). Told as a plain fact ('Lima played no part in the talks') it is
    no event."""
    negated = any(k.dep == "neg" for k in s.kids(clause))
    return any(o.lemma.lower() in PART and (negated or any(d.text.lower() == "no" for d in s.kids(o, "det")))
               for o in s.kids(clause, "dobj"))


NORMS = frozenset({"law", "rule", "norm", "principle", "obligation", "agreement", "treaty", "accord", "resolution",
                   "sovereignty", "constitution", "statute"})  # what an act may be charged with breaking


def breach_denied(clause: Token, s: Parsed) -> bool:
    """'(said that) the accord broke no law', '(told reporters) it had not violated any rule': a speaker who
    reports that an act or a party broke no law or rule denies a charge (PLOVER REJECT, as `part_denied`)."""
    if clause.pos != "VERB" or clause.lemma.lower() not in BREAKING:
        return False
    negated = any(k.dep == "neg" for k in s.kids(clause))
    return any(o.lemma.lower() in NORMS and (negated or any(d.text.lower() in ("no", "any") for d in s.kids(o, "det")))
               for o in s.kids(clause, "dobj"))


FAILING = frozenset({"fail"})  # "had failed to protect the country"
BREAKING = frozenset({"break", "violate", "breach", "flout"})  # "had broken the truce"


def failure_charged(clause: Token, s: Parsed, lexicon: TriggerLexicon) -> bool:
    """'(said that) the alliance had failed to protect the country', '(told reporters) Lima and Quito had broken
    the truce first': a speaker who reports that a party failed to do what it should, or broke a pact (an object
    that is a noun of agreement, `triggers.yaml` AGREE), charges that party (PLOVER ACCUSE: criticise, the party
    its target). Only a party's failure: its subject names someone (a name, an actor, a group word); not a thing
    ("said the talks had failed to produce a deal"), nor a failure denied ("had not broken the truce") or told of
    a pronoun, which may be the speaker owning up ("said it had failed to stop the raid"). A party reported to
    have committed a crime ("said X had committed atrocities") is charged too (`crime_committed`)."""
    lemma = clause.lemma.lower()
    if clause.pos != "VERB" or any(k.dep == "neg" for k in s.kids(clause)) or s.kids(clause, "prt"):
        return False
    failed = lemma in FAILING and any(to_infinitive(x, s) for x in s.kids(clause, "xcomp"))
    broken = lemma in BREAKING and any((rule := lexicon.nouns.get(o.lemma.lower())) is not None and
                                       rule.type == EventType.AGREE for o in s.kids(clause, "dobj"))
    return (failed or broken or crime_committed(clause, s)) and any(_a_party(k, s) for k in s.kids(clause, "nsubj"))


def crime_committed(clause: Token, s: Parsed) -> bool:
    """'had committed genocide', 'committed war crimes in the town', 'committed what it called violations': a
    verb of doing a crime (`frames.yaml` crimes) whose object is a crime, or a "what" clause naming one."""
    table = frames()
    if clause.lemma.lower() not in table.committing:
        return False
    objects = s.kids(clause, "dobj", "ccomp")
    return any(o.lemma.lower() in table.crimes or any(w.lemma.lower() in table.crimes for w, _ in s.subtree(o))
               for o in objects)


def _a_party(word: Token, s: Parsed) -> bool:
    """A subject that names someone: a name, an actor mention, or a word for a group ("the alliance")."""
    return word.pos == "PROPN" or word.i in s.mention_at or (
        word.pos == "NOUN" and word.lemma.lower() in PARTY_NOUNS)


PARTY_NOUNS = frozenset({"group", "militia", "movement", "faction", "alliance", "coalition", "organisation",
                         "organization", "government", "army", "side", "rebels", "rebel", "regime", "country",
                         "state", "bloc", "authorities", "forces", "troops"})


OBLIGED = frozenset({"must", "should", "ought"})  # "the truce must be respected"
OBLIGING = frozenset({"have", "need"})  # "the deal had to be carried out", "needs to be implemented"


def pact_required(clause: Token, s: Parsed, lexicon: TriggerLexicon) -> bool:
    """'(said that) the agreement had to be carried out in full', '(told reporters) the truce must be respected':
    a speaker who says what must be done with a pact (its subject a noun of agreement, `triggers.yaml` AGREE,
    one pact: singular, "the" or "this", no adjective) demands it (PLOVER REQUEST), though no verb of asking is
    used. Said of anything else ('said the talks had to be postponed') it is no demand of a pact."""
    subjects = s.kids(clause, "nsubj", "nsubjpass")
    obliged = any(c.text.lower() in OBLIGED for c in s.kids(clause, "aux")) or (
        clause.lemma.lower() in OBLIGING and any(to_infinitive(x, s) for x in s.kids(clause, "xcomp")))
    return obliged and any((rule := lexicon.nouns.get(o.lemma.lower())) is not None and rule.type == EventType.AGREE
                           and o.tag == "NN" and not s.kids(o, "amod") and
                           all(d.text.lower() in ("the", "this", "that") for d in s.kids(o, "det"))
                           for o in subjects)  # one pact named, not a kind ("such agreements must be assessed")


def bound_refused(clause: Token, s: Parsed) -> bool:
    """'(said that) the movement would not consider itself bound by the text', '(said) it would not be bound by
    the resolution': a speaker who says a party is not bound by a text rejects it (PLOVER REJECT)."""
    if not any(k.dep == "neg" for k in s.kids(clause)):
        return False
    return any(w.text.lower() == "bound" and any(b.text.lower() == "by" for b in s.kids(w, "agent", "prep"))
               for w in [clause, *s.kids(clause, "ccomp", "xcomp", "oprd", "acomp")])


def telling(verb: Token, s: Parsed) -> bool:
    """'(declined) to comment', '(refused) to say how many', '(would not) give a price': the act is telling what a
    questioner asked (`frames.yaml` informing): a verb of telling whose object is no party, or a verb of giving
    whose object is information."""
    words = frames()
    lemma = verb.lemma.lower()
    objects = s.kids(verb, "dobj")
    if lemma in words.informing:
        return not any(o.i in s.mention_at or not (o.lemma.lower() in words.information or o.pos != "NOUN")
                       for o in objects) and not any(p.text.lower() == "to" for p in s.kids(verb, "prep"))
    return lemma in words.informing_giving and any(
        o.lemma.lower() in words.information or o.text.lower() in words.information for o in objects)


def outbreak(verb: Token, s: Parsed) -> bool:
    """'Gunfire broke out between the two armies', 'clashes erupted', 'fighting flared up': a noun of fighting
    (frames.yaml `outbreaks`) as the subject of a verb of its onset ('break' with 'out')."""
    words = frames()
    lemma = verb.lemma.lower()
    if verb.pos != "VERB" or lemma not in words.onsets or \
            (lemma == "break" and not any(p.text.lower() == "out" for p in s.kids(verb, "prt", "prep", "advmod"))):
        return False
    return any(subject.lemma.lower() in words.outbreaks or subject.text.lower() in words.outbreaks
               for subject in s.kids(verb, "nsubj"))


def fired(verb: Token, s: Parsed) -> bool:
    """'Artillery shells fired from the hills landed near a school', 'a drone reached the base': the
    subject of an arrival verb is something fired or dropped (frames.yaml `munitions`), not a visitor."""
    subjects = [subject_of(verb, s)]
    if not s.kids(verb, "nsubj", "nsubjpass"):  # "rockets launched from the hills landed near ...": the parser may
        subjects += [max((t for t in s.sentence.tokens if t.dep in ("nsubj", "nsubjpass") and t.i < verb.i),
                         key=lambda t: t.i, default=None)]  # hang "landed" on another clause; the nearest subject
    return any(subject is not None and munition(subject) for subject in subjects)


def munition(word: Token) -> bool:
    """The word names something fired or dropped (frames.yaml `munitions`: "drones", "shells", "a rocket")."""
    return word.pos in ("NOUN", "PROPN") and (word.lemma.lower() in frames().munitions
                                              or word.text.lower().rstrip("s") in frames().munitions)


def attack_by_nobody_named(draft: Draft, s: Parsed) -> bool:
    """'Drones struck a fuel depot and a hotel', 'rockets hit the airport': an attack whose doer the sentence
    does not name, told by what was fired as the subject of a verb of attack with something hit (an object),
    is an act of force all the same (PLOVER codes an attack whose attacker is unknown); it needs no named
    party. A munition that only arrives ("shells landed") is no verb of attack (`fired`)."""
    verb = draft.trigger
    if draft.rule.type != EventType.ASSAULT or verb.pos != "VERB" or s.kids(verb, "auxpass", "nsubjpass"):
        return False
    subject = subject_of(verb, s)
    return subject is not None and subject.dep == "nsubj" and munition(subject) and bool(s.kids(verb, "dobj"))


PARTICLE_ADVERBS = frozenset({"back", "out", "off", "away", "down", "up"})


def adverb_particles(verb: Token, s: Parsed) -> list[Token]:
    """A particle the parser takes for an adverb of its verb ('the troops pulled back towards the border', where
    'back' hangs as advmod, not prt): right after the verb, it is the verb's particle all the same."""
    return [a for a in s.kids(verb, "advmod") if a.i == verb.i + 1 and a.text.lower() in PARTICLE_ADVERBS]


def _particle_of(word: Token, verb: Token, s: Parsed) -> bool:
    """A particle or preposition that belongs to the verb: right after it, or after an adverb ('called
    urgently for'), not after its object ('called Erdogan on Monday')."""
    between = [s.by_i[i] for i in range(verb.i + 1, word.i) if i in s.by_i]
    return word.i > verb.i and ((all(t.pos in ("ADV", "PART") for t in between) and len(between) <= 1)
                                or separated_out(word, verb, s))


def separated_out(word: Token, verb: Token, s: Parsed) -> bool:
    """'forced the militia out of the port', 'drove the rebels out from the hills': "out" opening a path out of a
    place ("out of", "out from") after the verb's object is the verb's particle, split from it by that object
    ('forced out the militia'); 'called Erdogan on Monday' keeps its "on" to itself."""
    objects = s.kids(verb, "dobj")
    between = [s.by_i[i] for i in range(verb.i + 1, word.i) if i in s.by_i]
    after = s.by_i.get(word.i + 1)
    return word.text.lower() == "out" and after is not None and after.text.lower() in ("of", "from") and \
        len(objects) == 1 and bool(between) and all(
            w.i == objects[0].i or any(a.i == objects[0].i for a in s.ancestors(w)) for w in between)


def partaken_in(verb: Token, s: Parsed) -> Token | None:
    """'took part in the talks', 'take part in the offensive': what a party takes part in (the noun after
    "in", on the verb or on "part"), the event it joins; None for any other verb, or for a bare "take part"
    (an intent to join: the dictionary's AGREE)."""
    if verb.lemma.lower() != "take":
        return None
    part = [o for o in s.kids(verb, "dobj") if o.lemma.lower() == "part"]
    if not part:
        return None
    return next((o for head in (verb, part[0]) for p in s.kids(head, "prep") if p.text.lower() == "in"
                 for o in s.kids(p, "pobj")), None)


def _covers_phrase(found: tuple[VerbPattern, list[Token]] | None) -> bool:
    """A dictionary pattern that matched a prepositional phrase of its verb ("take part in a conference"), not
    the verb and its object alone."""
    return found is not None and any(w.dep == "prep" for w in found[1])


def event_noun(noun: Token, s: Parsed, lexicon: TriggerLexicon) -> bool:
    """A noun Dossier's list types, or one with such a noun as its compound ("a mediation effort"), or one
    that counts such a noun ("ten days of war games")."""
    counted = [p for prep in s.kids(noun, "prep") if prep.text.lower() == "of" for p in s.kids(prep, "pobj")] \
        if noun.lemma.lower() in references().partitives else []
    return any(w.lemma.lower() in lexicon.nouns or w.text.lower() in lexicon.nouns
               for w in [noun, *s.kids(noun, "compound")]) or any(event_noun(c, s, lexicon) for c in counted)


def welcomed_as_done(verb: Token, s: Parsed) -> bool:
    """A hosting verb the lexicon types as praise ('welcome': SUPPORT, CAMEO 051 acclaim), said of a thing rather
    than a party, praises it when it is said as done ('Ankara welcomed the truce'); said with a modal ('would
    welcome investment once ...') it is an openness hoped for, no act."""
    return not any(a.lemma.lower() in HYPOTHETICAL_AUX | FUTURE_AUX for a in s.kids(verb, "aux"))


def _hosts_a_party(verb: Token, s: Parsed) -> bool:
    """'received the delegation', 'was received by Putin', 'hosted al-Sharaa', 'welcomed his counterpart': a
    party is received; not who sent what was received ('received "positive" signals from Rome'), unless what
    came is a group ('a delegation from Syria')."""
    objects = s.kids(verb, "dobj")
    if not objects:
        return True
    sent = {w.i for o in objects for p in s.kids(o, "prep") if p.text.lower() == "from" for w, _ in s.subtree(p)}
    return any((w.i in s.mention_at and w.i not in sent) or w.lemma.lower() in GROUP_NOUNS
               for o in objects for w, _ in s.subtree(o)) or any(o.lemma.lower() in frames().guests for o in objects)


def discarded(s: Parsed, lexicon: TriggerLexicon) -> bool:
    """A sentence holding a phrase of the dictionary's discards (sports, weather, entertainment)."""
    words = [t.text.lower() for t in s.sentence.tokens]
    for k, word in enumerate(words):
        for run in lexicon.discards.get(word, ()):
            if tuple(words[k:k + len(run)]) == run:
                return True
    return False


def _noun_trigger(token: Token, s: Parsed, lexicon: TriggerLexicon, verbs: set[int]) -> Draft | None:
    if token.dep == "oprd":
        return None  # "called the agreement a very good meeting": a label the verb gives its object, no event
    lemma = token.lemma.lower()
    compound = next((c for c in s.kids(token, "compound") if c.i == token.i - 1), None)
    rule, words = None, [token]
    before = compound or next((c for c in s.kids(token, "amod") if c.i == token.i - 1), None)
    if before is not None:  # "phone call", "general strike", "military operation"
        rule = lexicon.nouns.get(f"{before.lemma.lower()} {lemma}") or lexicon.nouns.get(
            f"{before.text.lower()} {token.text.lower()}")
        words = [before, token]
    if rule is None:
        rule, words = lexicon.nouns.get(lemma) or lexicon.nouns.get(token.text.lower()), [token]
    if rule is None and compound is not None and token.dep in (*OBJECT_DEPS, "nsubj", "nsubjpass", "ROOT"):
        rule = lexicon.nouns.get(compound.lemma.lower())  # "a mediation effort", "an aid shipment"
        words = [compound, token]
    if rule is None:
        return None
    place = stand_in(token, s)
    head = s.head(place)
    if head is not None and head.i in verbs and place.dep in OBJECT_DEPS and head.lemma.lower() not in LIGHT_VERBS:
        return None  # "demanded the return of X": the verb is the event
    return Draft(token, rule, words)


def own_phrase_after(verb: Token, clause: Token, s: Parsed, lexicon: TriggerLexicon) -> bool:
    """A clause told before a verb of saying ('the rebels signed a charter; Chile recalled its ambassador') that
    the parser hangs on it as what it says, where the verb has an object making a phrase of the dictionary of its
    own ("recall ambassador"): the verb is that act, not a report; the clause is a sentence of its own."""
    return clause.dep == "ccomp" and clause.i < verb.i and any(
        (verb.lemma.lower(), o.lemma.lower()) in lexicon.phrases for o in s.kids(verb, "dobj"))
