"""One fact per frame: a verb, adjective or noun that governs another event's clause is coded once.

Contract: `one_fact_per_frame(drafts, s, mentions, lexicon)` returns the sentence's drafts after folding
each governed event into its governor where `frames.yaml` says so: a promise ("agreed to meet") is one AGREE
(or THREATEN for force), a request, refusal or threat one event of the governor's type with what is asked as
its content, a plan or an aspect ("plans to visit", "began withdrawing") no event of its own, and what a
speaker says must happen ("X said Y must withdraw") X's request of Y. Changes types, parties and modality of
the drafts it keeps.
"""

from __future__ import annotations

from dossier.extract.drafts import Draft, absorb
from dossier.extract.facts import conditioned
from dossier.extract.modality import CONDITION_MARKS, FUTURE_AUX, modality_of
from dossier.extract.participants import find_participants, subject_refs
from dossier.extract.syntax import SPEECH_VERBS, Parsed, refer, subject_of, to_infinitive
from dossier.extract.trigger_words import COMMITMENT, FRAME_TYPES
from dossier.lexicon import Trigger, TriggerLexicon, frames
from dossier.models import ActorMention, Modality, Token
from dossier.plover import EventType


def _governor(draft: Draft, s: Parsed) -> tuple[Token, str] | None:
    """The word whose clause this event is ('agreed TO HELP', 'ready to help', 'said THAT ...', 'deployed
    troops TO SUPPORT'), with how it is linked: 'to' (an infinitive), 'that' (a clause) or 'purpose'."""
    node = draft.trigger
    if node.pos in ("NOUN", "PROPN") and node.dep in ("dobj", "nsubj", "nsubjpass", "attr", "oprd") and (
            verb := s.head(node)) is not None and verb.pos in ("VERB", "AUX"):
        node = verb  # "said it would tighten the blockade": the noun's clause is its verb's
    while node.dep == "conj" and (first := s.head(node)) is not None:
        if finite_beside_infinitive(node, first, s):  # "ordered X to leave and closed Y": the closing is no
            node = s.head(first) or first  # part of the order, but told beside it, as the governor's conjunct
            continue
        node = infinitive_joined(node, first, s) or first  # "agreed to revise and adapt": both hang from "agreed"
    if node.dep == "acomp" and (copula := s.head(node)) is not None:
        node = copula  # "(said that) Russia is ready to ...": the clause is the copula's
    head = s.head(node)
    if head is None:
        return None
    if node.dep == "ccomp" or (node.dep == "xcomp" and any(c.dep == "mark" for c in s.kids(node))):
        return head, "that"  # "said that ...", "told reporters that Russia would not hand him over"
    if node.dep == "xcomp":
        return head, "to"
    if node.dep == "pcomp" and head.dep == "prep" and head.text.lower() == "to" and (owner := s.head(head)):
        return owner, "to"  # "open to reviewing"
    if node.dep == "pcomp" and head.dep == "prep" and head.text.lower() == "for" and (owner := s.head(head)) and \
            "request" in frames().verbs.get(owner.lemma.lower(), ()):
        return owner, "to"  # "called for lifting the sanctions": what is asked
    has_to = to_infinitive(node, s)
    if node.dep == "acl" and has_to and head.pos == "NOUN":
        return head, "to"  # "his readiness to help"
    if node.dep == "advcl" and has_to:
        return head, "purpose"  # "deployed troops to support X"
    return None


FINITE_TAGS = frozenset({"VBD", "VBZ"})


def finite_beside_infinitive(verb: Token, first: Token, s: Parsed) -> bool:
    """'Norvia ordered the envoy to leave within two days and closed the consulates': a verb in a finite tense
    (past, present third person) that the parser coordinates with an infinitive cannot be that infinitive's
    conjunct (that would be 'to leave and close'): it is told beside the verb governing the infinitive, an act
    of its own, not a part of what is ordered, asked or promised."""
    return verb.tag in FINITE_TAGS and first.tag == "VB" and to_infinitive(first, s) and \
        first.dep in ("xcomp", "ccomp", "advcl") and s.head(first) is not None


def infinitive_joined(verb: Token, first: Token, s: Parsed) -> Token | None:
    """'was ready to help rebuild the plants, and to send shipments': an infinitive that the parser coordinates
    with a verb that is none (the copula, the governing verb) is coordinated with that verb's own infinitive, the
    last one before it, and shares its governor. None where the conjuncts are alike."""
    if not to_infinitive(verb, s) or to_infinitive(first, s) or s.kids(verb, "nsubj", "nsubjpass"):
        return None
    own = [x for c in s.kids(first, "acomp", "xcomp") for x in ([c] if c.dep == "xcomp" else s.kids(c, "xcomp"))
           if x.i < verb.i and to_infinitive(x, s)]
    return own[-1] if own else None


def _infinitive_under(word: Token, trigger: Token, s: Parsed) -> bool:
    """The clause of `word` that holds `trigger` is an infinitive ("allowed X TO hold a rally")."""
    for node in [trigger, *s.ancestors(trigger)]:
        head = s.head(node)
        if head is not None and head.i == word.i:
            return to_infinitive(node, s)
    return False


def _through_aspect(draft: Draft, s: Parsed, by_i: dict[int, Draft]) -> tuple[Token, str] | None:
    """The governor, looking through aspect verbs that are no event ('readiness to CONTINUE supporting',
    'agreed to BEGIN withdrawing')."""
    found = _governor(draft, s)
    for _ in range(4):
        if found is None or found[0].i in by_i or found[1] == "purpose":
            return found
        word = found[0]
        if word.pos != "VERB" or "aspect" not in frames().verbs.get(word.lemma.lower(), ()) or wished_of_another(
                word, s):
            return found
        found = _governor(Draft(word, COMMITMENT, [word]), s)
    return found


def wished_of_another(word: Token, s: Parsed) -> bool:
    """'Officials want Moscow to release the funds', 'Washington would like Moscow to leave': wishing that
    another party do a thing (a verb of `frames.yaml` wishing with an infinitive that has a subject of its own, or
    an object that does it) asks it of them, a REQUEST; 'Syria wants to build ties' is no request."""
    if word.pos != "VERB" or word.lemma.lower() not in frames().wishing:
        return False
    return any(to_infinitive(c, s) and s.kids(c, "nsubj") for c in s.kids(word, "ccomp")) or (
        bool(s.kids(word, "dobj")) and any(to_infinitive(c, s) for c in s.kids(word, "xcomp")))


def mandated(word: Token, clause: Token, link: str, s: Parsed) -> bool:
    """'insists that Lima first withdraw its troops', 'suggested that the envoy leave': a verb both of saying
    and of asking (`frames.yaml` speech and request) whose that-clause is in the mandative subjunctive (its verb
    in the bare form with a subject and no auxiliary) asks for it, a REQUEST, where 'insisted that Lima had
    withdrawn' only says so."""
    classes = frames().verbs.get(word.lemma.lower(), ())
    return link == "that" and "request" in classes and "speech" in classes and clause.dep == "ccomp" and \
        clause.tag == "VB" and bool(s.kids(clause, "nsubj")) and not s.kids(clause, "aux", "auxpass")


def _frame_class(word: Token, link: str, by_i: dict[int, Draft]) -> str | None:
    lexicon = frames()
    lemma = word.lemma.lower()
    if word.pos == "ADJ":
        return lexicon.adjectives.get(lemma)
    if word.pos in ("NOUN", "PROPN"):
        return lexicon.nouns.get(lemma)
    classes = lexicon.verbs.get(lemma, ())
    if lemma in lexicon.wishing and word.i in by_i and by_i[word.i].rule.type == EventType.REQUEST:
        return "request"  # "want Uganda to release the funds": what is asked
    if link == "that" and ("speech" in classes or (lemma in lexicon.views and word.tag in ("VBP", "VBZ"))):
        return "speech"  # "said that ...", "we agree that ...": a statement, a view shared
    found = next((c for c in classes if c != "speech"), None) or (classes[0] if classes else None)
    if found is None and word.i in by_i:  # a trigger of those kinds governs like them: "vowed to attack"
        found = next((k for k, t in FRAME_TYPES.items() if by_i[word.i].rule.type == t), None)
    return found


def one_fact_per_frame(drafts: list[Draft], s: Parsed, mentions: list[ActorMention],
                        lexicon: TriggerLexicon) -> list[Draft]:
    """What is promised, asked, refused or threatened is one event with the promise, the request, the
    refusal or the threat ("agreed to provide aid": AGREE; "urged Moscow to withdraw": REQUEST); a purpose
    ("deployed troops to support X") is part of its action; plans and aspect verbs only set the time of the
    event they govern; what a statement reports is the event, and a promise of cooperation there is an
    AGREE, an announced use of force a THREATEN, an obligation laid on another a REQUEST."""
    table = frames()
    by_i = {d.trigger.i: d for d in drafts}
    gone: set[int] = set()
    for draft in sorted(drafts, key=lambda d: -len(s.ancestors(d.trigger))):  # the deepest clause first
        if id(draft) in gone:
            continue
        found = _through_aspect(draft, s, by_i)
        if found is None:
            continue
        word, link = found
        if word.i == draft.trigger.i:
            continue
        if link == "to" and word.i in by_i and by_i[word.i].modality is Modality.NEGATED and \
                _frame_class(word, link, by_i) is None and word.pos == "VERB" and draft.trigger.pos == "VERB":
            link = "purpose"  # "did not intervene to halt the advance": what an act not done was for is not done
        if link == "purpose":
            owner = by_i.get(word.i) or next((by_i[o.i] for o in s.kids(word, "dobj") if o.i in by_i), None)
            if owner is not None and id(owner) not in gone and owner is not draft:
                absorb(owner, draft)  # "staged demonstrations to demand reforms": one protest
                gone.add(id(draft))
            continue
        kind = "request" if wished_of_another(word, s) or mandated(word, draft.trigger, link, s) \
            else _frame_class(word, link, by_i)
        if kind == "permission" and (not _infinitive_under(word, draft.trigger, s) or
                                     s.kids(word, "nsubjpass", "auxpass")):
            continue  # "X will be allowed to keep the bases": who would allow it is not told; a permission
            # governs an infinitive ("allowed X to hold"), not a clause
        if kind == "assistance" and draft.rule.type in table.force:
            continue  # "sent troops to help Uganda fight the rebels": the fight is a fact of its own
        if kind in FRAME_TYPES:
            owner = by_i.get(word.i)
            if owner is None or id(owner) in gone:
                owner = Draft(word, Trigger(FRAME_TYPES[kind], None), [word])
                find_participants(owner, s, mentions)
                owner.modality = modality_of(word, s)
                owner.time = draft.time
                drafts.append(owner)
                by_i[word.i] = owner
            if kind == "commitment" and draft.rule.type in table.force and force_forsworn(draft, word, s, drafts):
                owner.rule = COMMITMENT  # "agreed to stop firing": a ceasefire agreed, no threat
            elif kind == "commitment" and draft.rule.type in table.threatened_when_future:
                owner.rule = Trigger(EventType.THREATEN, None)  # "vowed to strike back"
            elif kind == "commitment" and owner.rule.type != EventType.AGREE:
                owner.rule = COMMITMENT
            elif kind == "threaten" and refusal_warned(word, draft, s):
                owner.rule = Trigger(EventType.REJECT, None)  # "warned it would not recognise the council"
            elif kind != "commitment" and owner.rule.type != FRAME_TYPES[kind]:
                owner.rule = Trigger(FRAME_TYPES[kind], None)
            absorb(owner, draft, as_targets=kind != "commitment")
            owner.governs = True
            gone.add(id(draft))
        elif kind == "plan":
            if promised(draft):
                draft.rule, draft.modality = COMMITMENT, Modality.ASSERTED
            elif draft.rule.type in table.force and s.kids(word, "auxpass"):
                draft.modality = Modality.FUTURE  # "troops were expected to move to the base": a forecast, no threat
            elif draft.rule.type in table.threatened_when_future:
                draft.rule, draft.modality = Trigger(EventType.THREATEN, None), Modality.ASSERTED
            draft.actors += [a for a in subject_refs(word, s, mentions) if a not in draft.actors]
        elif kind == "speech" and (charge := by_i.get(word.i)) is not None and id(charge) not in gone and \
                charge.rule.type == EventType.ACCUSE:
            absorb(charge, draft, as_targets=True)  # "said Lima had violated the truce": the charge, one event
            gone.add(id(draft))
        elif kind == "speech":
            _reported(draft, word, s, mentions)
    kept = [d for d in drafts if id(d) not in gone]
    for draft in kept:
        condition = next((c for c in s.kids(draft.trigger, "advcl") if any(
            m.text.lower() == "unless" for m in s.kids(c, "mark"))), None)
        if draft.modality is Modality.FUTURE and condition is not None:
            draft.rule, draft.modality = Trigger(EventType.THREATEN, None), Modality.ASSERTED  # "will withdraw unless"
            for other in kept:  # "... unless Somalia holds elections": what is demanded, of whom
                if other is not draft and (other.trigger.i == condition.i or condition.i in {
                        a.i for a in s.ancestors(other.trigger)}):
                    absorb(draft, other, as_targets=True)
                    gone.add(id(other))
        elif draft.modality is Modality.FUTURE and promised(draft):
            draft.rule, draft.modality = COMMITMENT, Modality.ASSERTED  # "Russia will provide aid": a promise
        elif draft.modality is Modality.NEGATED and draft.rule.type in table.cooperation and \
                {c.text.lower() for c in s.kids(draft.trigger) if c.dep == "aux"} & {"will", "would", "wo"}:
            draft.rule, draft.modality = Trigger(EventType.REJECT, None), Modality.ASSERTED  # "would not hand him over"
    return sorted((d for d in kept if id(d) not in gone), key=lambda d: d.trigger.i)


def refusal_warned(word: Token, draft: Draft, s: Parsed) -> bool:
    """'The council warned that it would not recognise a rival cabinet', 'warned it will never accept the
    result': a warning (`frames.yaml` warning, a verb of saying) that its party will not cooperate (`frames.yaml`
    cooperation, negated by its own 'not'/'never', in the future; read as a refusal already or not) says a
    refusal (PLOVER REJECT), no threat; 'warned it would oppose any change' (an opposition to come, what may
    follow not told) and 'threatened not to renew the aid' (CAMEO 1311: threaten to stop aid) stay threats."""
    table = frames()
    if word.lemma.lower() not in table.warning or not any(c.dep == "neg" for c in s.kids(draft.trigger)):
        return False
    auxiliaries = {c.text.lower() for c in s.kids(draft.trigger) if c.dep == "aux"} | _aspect_auxiliaries(
        draft.trigger, s)
    return bool(auxiliaries & {"will", "would", "wo"}) and (draft.rule.type == EventType.REJECT or (
        draft.modality is Modality.NEGATED and draft.rule.type in table.cooperation))


def promised(draft: Draft) -> bool:
    """What, told in the future, is a promise (PLOVER AGREE): cooperation (`frames.yaml` promised_when_future),
    and an end to a war or its fighting ('said it would end the war', 'will halt the fighting': a RETREAT whose
    word is one of `frames.yaml` commitment stops), as the PLOVER manual codes a party's call for ending the
    conflict an intent (AGREE) and the commitment frame reads 'vowed to end the war'; a withdrawal to come
    ('said it would pull its troops out') keeps its type and its future."""
    table = frames()
    return draft.rule.type in table.promised_when_future or (
        draft.rule.type == EventType.RETREAT and draft.trigger.lemma.lower() in table.stops)


NOBODY = {"neither", "no", "none", "nobody", "nor"}


def force_forsworn(draft: Draft, promise: Token, s: Parsed, drafts: list[Draft]) -> bool:
    """'agreed to stop firing', 'pledged to halt attacks', 'agreed that neither side would fire', 'vowed not to
    strike', 'ready to stop': a promise to end or not to use force is an agreement (PLOVER AGREE: "agree to a
    ceasefire"), not a threat. Between the use of force and the promise, each verb of stopping (`frames.yaml`
    commitment stops: stop, halt, cease, end), negation or subject naming nobody ('neither side') turns it
    over once: an odd count forswears it ('vowed not to stop fighting' is a threat)."""
    stops, force = frames().stops, frames().force - {EventType.SANCTION}
    clause = draft.trigger
    turns = 0
    if clause.lemma.lower() in stops and clause.pos == "VERB" and (
            draft.folded & force or not s.kids(clause, "dobj") or any(
                other.rule.type in force and clause.i in {a.i for a in s.ancestors(other.trigger)}
                for other in drafts)):
        turns += 1  # the stop itself ("halt", a SANCTION word) of attacks below it, or of nothing named
    for node in [clause, *s.ancestors(clause)]:
        if node.i == promise.i:
            break
        if node is not clause and node.pos == "VERB" and node.lemma.lower() in stops:
            turns += 1
        if node.pos in ("VERB", "AUX") and (any(c.dep == "neg" for c in s.kids(node)) or any(
                w.text.lower() in NOBODY for subject in s.kids(node, "nsubj", "nsubjpass")
                for w in [subject, *s.kids(subject, "det", "preconj")])):
            turns += 1
    return turns % 2 == 1


def _reported(draft: Draft, verb: Token, s: Parsed, mentions: list[ActorMention]) -> None:
    """'X said it would send aid' (a promise: AGREE), 'X said it would strike' (THREATEN), 'X said Y must
    leave' (X's REQUEST of Y)."""
    table = frames()
    speaker = subject_refs(verb, s, mentions)
    clause = draft.trigger
    if clause.dep == "acomp" and (copula := s.head(clause)) is not None:
        clause = copula
    elif clause.pos in ("NOUN", "PROPN") and clause.dep in ("dobj", "nsubj", "nsubjpass", "attr") and (
            verb_of := s.head(clause)) is not None and verb_of.pos in ("VERB", "AUX"):
        clause = verb_of  # "it would tighten the blockade": the noun's clause is its verb's
    auxiliaries = {c.text.lower() for c in s.kids(clause) if c.dep in ("aux", "auxpass")} | _aspect_auxiliaries(
        clause, s)
    governor = s.head(clause)
    obliged = bool(auxiliaries & {o[0] for o in table.obligation if len(o) == 1}) or (
        clause.dep == "xcomp" and governor is not None and governor.lemma.lower() in ("have", "need"))
    subject = subject_of(clause, s)
    doer = refer(subject, s, mentions) if subject is not None else []
    conditioned = any(c.dep == "mark" and c.text.lower() in CONDITION_MARKS for c in s.kids(clause)) or any(
        c.dep == "advcl" and any(m.dep == "mark" and m.text.lower() in CONDITION_MARKS for m in s.kids(c))
        for c in s.kids(clause))
    if draft.modality is Modality.HYPOTHETICAL and "would" in auxiliaries and not conditioned and \
            verb.tag in ("VBD", "VBN"):
        draft.modality = Modality.FUTURE  # "he said Moscow would support ...": the future seen from the past
        if promised(draft):
            draft.rule, draft.modality = COMMITMENT, Modality.ASSERTED
    if obliged and speaker and not set(doer) & set(speaker):
        draft.rule, draft.modality = Trigger(EventType.REQUEST, None), Modality.ASSERTED
        draft.targets = [t for t in [*doer, *draft.targets] if t not in speaker]
        draft.actors = list(speaker)
    elif draft.modality in (Modality.FUTURE, Modality.HYPOTHETICAL) and draft.rule.type == EventType.MOBILIZE and \
            protection_offered(clause, s):
        draft.rule, draft.modality = COMMITMENT, Modality.ASSERTED  # "said its police could resume patrols to help
        # keep the sides apart": an offer of protection
    elif draft.modality in (Modality.FUTURE, Modality.HYPOTHETICAL) and draft.rule.type in \
            table.threatened_when_future and auxiliaries & (FUTURE_AUX | {"would", "may", "might", "could"}):
        draft.rule, draft.modality = Trigger(EventType.THREATEN, None), Modality.ASSERTED  # "said it would strike"


def protection_offered(clause: Token, s: Parsed) -> bool:
    """'(said) its police could resume patrols to help keep the sides apart', 'would send troops to help protect
    the border': forces to be sent for helping (`frames.yaml` assistance: a purpose infinitive) are military
    protection offered (PLOVER AGREE: the CAMEO-to-PLOVER table codes every "express intent to provide military
    protection or peacekeeping" AGREE), where forces to be sent against someone stay a deployment to come."""
    helping = {lemma for lemma, kinds in frames().verbs.items() if "assistance" in kinds}
    return any(c.lemma.lower() in helping and to_infinitive(c, s) for c in s.kids(clause, "advcl", "xcomp"))


def _aspect_auxiliaries(clause: Token, s: Parsed) -> set[str]:
    """'said it would continue to recognise the visas', 'said he would work to end the war': the auxiliaries of
    the aspect verbs (`frames.yaml` aspect, no event of their own) an infinitive clause hangs from are its own
    (the time of the act they govern)."""
    found: set[str] = set()
    node = clause
    for _ in range(3):
        head = s.head(node)
        if node.dep != "xcomp" or head is None or head.pos != "VERB" or \
                "aspect" not in frames().verbs.get(head.lemma.lower(), ()):
            break
        found |= {c.text.lower() for c in s.kids(head) if c.dep in ("aux", "auxpass")}
        node = head
    return found


RELATIVES = {"who", "which", "that"}


def conditions_demanded(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """'The EU conditioned the easing on Kenya's exit', '(the donors said) new loans will depend on whether the
    troops leave': a party that makes its own act depend on another's demands that act (PLOVER REQUEST, what the
    gold codes a condition as): one REQUEST by whoever sets the condition (the verb's subject, else the speaker
    of the clause, else the owner of what is conditioned), aimed at the parties of the condition; the events of
    either part join it. With nobody setting it, or told in a relative clause describing a party, the parts are
    dropped later (`facts.without_conditions`)."""
    words = frames().conditioning
    for verb in s.sentence.tokens:
        relative = verb.dep == "relcl" or any(k.text.lower() in RELATIVES for k in s.kids(verb, "nsubj"))
        if verb.pos != "VERB" or verb.lemma.lower() not in words or any(d.trigger.i == verb.i for d in drafts) \
                or relative:
            continue  # "the EU, which has conditioned this on ...": what describes a party is background
        setter = _condition_setter(verb, s, mentions)
        asked = [i for o in _condition_of(verb, s) for w, _ in s.subtree(o) if w.i in s.mention_at
                 for i in refer(w, s, mentions) if i not in setter]
        if not setter or not asked:
            continue  # "will depend on the talks": no party is asked anything
        demand = Draft(verb, Trigger(EventType.REQUEST, None), [verb])
        demand.actors, demand.targets = list(setter), asked
        demand.modality = Modality.ASSERTED
        parts = [d for d in drafts if conditioned(d.trigger, s)]
        for part in parts:
            absorb(demand, part, as_targets=True)
        demand.targets = [i for i in dict.fromkeys(demand.targets) if i not in demand.actors]
        demand.governs = True
        drafts = [d for d in drafts if d not in parts] + [demand]
    return sorted(drafts, key=lambda d: d.trigger.i)


def _condition_of(verb: Token, s: Parsed) -> list[Token]:
    """What a verb of conditioning sets as the condition: the words of its 'on' phrases, hung from the verb or from
    what is conditioned ('conditioned [the easing] [on X and on Y]')."""
    holders = [verb, *s.kids(verb, "dobj", "nsubj", "nsubjpass", "csubj")]
    preps = [p for h in holders for p in s.kids(h, "prep") if p.text.lower() in ("on", "upon")]
    preps += [c for p in preps for c in s.kids(p, "conj") if c.text.lower() in ("on", "upon")]
    return [o for p in preps for o in s.kids(p, "pobj", "pcomp")]


def _condition_setter(verb: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who sets a condition: the subject of 'conditioned' ('the EU conditioned ...'); for what 'will depend on'
    something, the speaker who says so ('the donors said [loans will depend on ...]'), else the owner of what
    depends ('its aid will depend on ...')."""
    subject = subject_of(verb, s)
    if subject is not None and verb.lemma.lower() in ("condition", "predicate"):
        return refer(subject, s, mentions)
    head = s.head(verb)
    if verb.dep == "ccomp" and head is not None and (
            head.lemma.lower() in SPEECH_VERBS or "speech" in frames().verbs.get(head.lemma.lower(), ())):
        return subject_refs(head, s, mentions)
    if subject is not None:
        owners = [o for p in [subject, *s.kids(subject, "dobj")] for o in s.kids(p, "poss")]
        return [i for o in owners for i in refer(o, s, mentions)]
    return []
