"""Warnings told as what will follow any act of the other side: a threat (PLOVER THREATEN) by who says it.

'X said any attempt to divert the river would be treated as an act of war', '"Every act of aggression will be
answered in kind," X said', 'X said Y would respond firmly to any attack on its citizens': a statement that
any such act will be met by force, or is war, threatens whoever would do it. The clause is in the conditional
or future, but the threat is made when it is said: the event is asserted, its actor the speaker (and the one
who would respond, where named). The words are data (`lexicon/frames.yaml` warnings); a clause of a verb
that is already a threat ('warned that any intervention would be ...') adds nothing.
"""

from __future__ import annotations

from dossier.extract.drafts import Draft
from dossier.extract.syntax import SPEECH_VERBS, Parsed, refer, subject_of
from dossier.lexicon import Trigger, frames
from dossier.models import ActorMention, Modality, Token
from dossier.plover import EventType

WARNING = "warn"  # the lemma a warning is recorded under


def _any(noun: Token, s: Parsed) -> bool:
    """'any attempt', 'every act of aggression': a noun standing for whatever act of the kind may come."""
    return any(d.dep == "det" and d.lemma.lower() in frames().warnings.quantifiers for d in s.kids(noun))


def war_label(verb: Token, s: Parsed) -> Token | None:
    """The word calling the act war: 'would be (treated as / considered) an act of war', 'a declaration of
    war against them'; None where the clause calls it nothing of the kind."""
    table = frames().warnings
    for word, _ in s.subtree(verb):
        if word.lemma.lower() in table.labels and word.dep == "pobj":
            of = s.head(word)
            noun = s.head(of) if of is not None and of.text.lower() == "of" else None
            if noun is not None and noun.lemma.lower() in table.label_heads:
                return word
    return None


def warning_verb(verb: Token, s: Parsed) -> bool:
    """The verb tells what any act of the other side is, or will meet: its subject 'any'/'every' act, and it
    labels it war ('would be an act of war') or answers it ('will be answered', 'would be met with force');
    or it answers 'any attack' itself ('would respond firmly to any attack')."""
    if verb.pos not in ("VERB", "AUX"):
        return False
    table = frames().warnings
    lemma = verb.lemma.lower()
    subjects = s.kids(verb, "nsubj", "nsubjpass")
    if any(_any(n, s) for n in subjects):
        return (lemma in table.naming and war_label(verb, s) is not None) or (
            lemma in table.answering and bool(s.kids(verb, "auxpass")))
    return lemma in table.answering and any(
        _any(o, s) for p in s.kids(verb, "prep") if p.text.lower() in ("to", "against") for o in s.kids(p, "pobj"))


def said_by(verb: Token, s: Parsed, mentions: list[ActorMention]) -> tuple[list[int], Token | None]:
    """Who says the clause (the subject of the verb of speech above it), and that verb; nobody, None where no
    verb of speech governs it."""
    node = verb
    for governor in s.ancestors(verb):
        if node.dep in ("ccomp", "advcl", "parataxis") and governor.lemma.lower() in SPEECH_VERBS:
            subject = subject_of(governor, s)
            return (refer(subject, s, mentions) if subject is not None else []), governor
        if node.dep not in ("conj", "ccomp", "advcl"):
            return [], None
        node = governor
    return [], None


def warnings(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> list[Draft]:
    """The sentence's warnings that are no trigger yet, as THREATEN drafts with the speaker acting (participants
    of the clause are added later); none under a verb that is already an event ('warned that ...')."""
    taken = {d.trigger.i for d in drafts}
    found = []
    for verb in s.sentence.tokens:
        if verb.i in taken or not warning_verb(verb, s):
            continue
        speakers, speech = said_by(verb, s, mentions)
        if speech is None or speech.i in taken or not speakers:
            continue
        label = war_label(verb, s)
        words = [verb] if label is None or label.i < verb.i else [verb, label]  # "be an act of war"
        found.append(Draft(verb, Trigger(EventType.THREATEN, None), words, actors=list(speakers), lemma=WARNING))
    return found


def asserted_warnings(drafts: list[Draft], s: Parsed, mentions: list[ActorMention]) -> None:
    """A warning is made when said: its conditional or future clause is no future event ('would be treated as
    an act of war'); the speaker stays among its actors. Changed in place."""
    for draft in drafts:
        if draft.lemma == WARNING and draft.rule.type == EventType.THREATEN:
            if draft.modality in (Modality.FUTURE, Modality.HYPOTHETICAL):
                draft.modality = Modality.ASSERTED
            speakers, _ = said_by(draft.trigger, s, mentions)
            draft.actors += [a for a in speakers if a not in draft.actors]
