"""Positions: who takes which stance on which issue, sentence by sentence.

A sentence tagged with issues (pack keywords, anchor actors) that has a stance word (lexicon
`stances.yaml`: demand, offer, accept, reject, condition, support) gives a position to that word's
subject: "the new government did not demand the withdrawal of Russian forces" -> the Syrian
government, russian_bases, demand, negated. A quotation on an issue is its speaker's position
(its stance word if it has one, else "states").
"""

from __future__ import annotations

from collections import defaultdict

from dossier.extract.syntax import Parsed, refer, subject_of
from dossier.lexicon import stance_words
from dossier.models import ActorMention, AnalysedArticle, EntityType, PositionMention, QuoteMention, Token

PARTIES = {EntityType.PERSON, EntityType.ORG, EntityType.STATE, EntityType.GROUP, EntityType.FACILITY}
NEGATIONS = {"not", "n't", "never", "no"}
COMPLEMENTS = ("dobj", "xcomp", "ccomp", "prep", "prt", "attr", "dative", "acomp", "oprd")


def position_mentions(analysed: AnalysedArticle, mentions: list[ActorMention], issues: dict[int, tuple[str, ...]],
                      quotes: list[QuoteMention]) -> list[PositionMention]:
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_sentence[mention.sentence].append(index)
    found: list[PositionMention] = []
    for sentence in analysed.sentences:
        if sentence.index not in issues:
            continue
        s = Parsed(sentence, mentions, by_sentence.get(sentence.index, []))
        for token in sentence.tokens:
            stance = _stance(token, s)
            if stance is None:
                continue
            holder = _holder(token, s, mentions)
            if holder is None:
                continue
            for issue in issues[sentence.index]:
                found.append(PositionMention(analysed.article.id, sentence.index, holder, issue, stance,
                                             _negated(token, s), token.text, token.idx, token.idx + len(token.text)))
    found = list({(p.sentence, p.actor, p.issue, p.stance, p.negated): p for p in found}.values())
    said = {(p.sentence, p.actor) for p in found}
    for quote in quotes:
        if quote.speaker is None or (quote.sentence, quote.speaker) in said:
            continue
        said.add((quote.sentence, quote.speaker))
        for issue in quote.issues:
            found.append(PositionMention(analysed.article.id, quote.sentence, quote.speaker, issue, "states", False,
                                         quote.cue or "", quote.start, quote.end))
    return found


def _stance(token: Token, s: Parsed) -> str | None:
    words = stance_words()
    lemma = token.lemma.lower()
    if token.pos == "VERB":
        if not s.kids(token, *COMPLEMENTS):
            return None  # "the Russian presence declined": a change, not a refusal
        for particle in s.kids(token, "prt", "prep"):
            if 0 < particle.i - token.i <= 2 and (found := words.get(("VERB", f"{lemma} {particle.text.lower()}"))):
                return found
        return words.get(("VERB", lemma))
    if token.pos in ("NOUN", "ADJ"):
        return words.get((token.pos, lemma))
    return None


def _holder(token: Token, s: Parsed, mentions: list[ActorMention]) -> int | None:
    """Who holds the stance: the verb's (or the adjective's) subject, or the noun's owner ("Russia's demand",
    "the demands of Syria")."""
    candidates: list[int] = []
    if token.pos == "NOUN":
        for child in s.kids(token, "poss", "amod", "compound"):
            candidates += refer(child, s, mentions)
        for prep in s.kids(token, "prep"):
            if prep.text.lower() in ("of", "by", "from"):
                for pobj in s.kids(prep, "pobj"):
                    candidates += refer(pobj, s, mentions)
    else:
        verb = s.head(token) if token.pos == "ADJ" and token.dep == "acomp" else token
        if verb is not None and s.kids(verb, "auxpass"):
            for agent in s.kids(verb, "agent"):  # "was rejected by X"; "Russia will be allowed to": nobody
                for pobj in s.kids(agent, "pobj"):
                    candidates += refer(pobj, s, mentions)
        else:
            subject = subject_of(verb, s) if verb is not None else None
            if subject is not None:
                candidates += refer(subject, s, mentions)
    parties = [i for i in candidates if mentions[i].type in PARTIES or mentions[i].country or mentions[i].seat]
    return parties[0] if parties else None


def _negated(token: Token, s: Parsed) -> bool:
    verb = s.head(token) if token.pos == "ADJ" and token.dep == "acomp" else token
    if verb is None:
        return False
    return any(c.dep == "neg" or c.text.lower() in NEGATIONS for c in s.kids(verb) if c.dep in ("neg", "advmod", "det"))
