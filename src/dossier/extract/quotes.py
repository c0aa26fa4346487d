"""Quotations and who said them.

Direct quotations are found in the text between quotation marks (straight or curly, mixed, over
several sentences of one paragraph). The speaker is looked for where news writing puts it: the
subject of a speech verb governing or beside the quotation ("X said", "said X", "X told reporters",
"X added", "as X put it", "X described it as"), "according to X", "X's statement that ...", a
pronoun ("he said") standing for the last person named, or the speech verb of the previous
sentence ("He emphasised that ... . “...”"). Reported speech is a speech verb with a "that" clause.
No clear speaker: the speaker stays None rather than a guess.
"""

from __future__ import annotations

import re
from collections import defaultdict

from dossier.extract.syntax import Parsed, refer, subject_of
from dossier.models import ActorMention, AnalysedArticle, EntityType, QuoteMention, Sentence, Token

SPEECH = {"say", "tell", "add", "note", "state", "explain", "stress", "emphasise", "emphasize", "describe", "call",
          "write", "insist", "argue", "warn", "confirm", "announce", "declare", "indicate", "thank", "praise",
          "express", "echo", "remark", "respond", "reply", "recall", "comment", "acknowledge", "reiterate", "claim",
          "suggest", "urge", "reaffirm", "tweet", "post", "quote", "cite", "ask", "put", "brand",
          "characterise", "characterize", "term", "label", "hail", "welcome", "condemn", "accuse", "deny",
          "assure", "promise", "pledge", "predict", "vow", "conclude", "observe", "admit", "concede"}
SPEECH_NOUNS = {"statement", "remarks", "remark", "words", "comment", "comments", "view", "claim", "assurance",
                "message", "speech", "interview", "letter", "tweet", "post", "address", "declaration"}
REPORTING = {"say", "tell", "add", "note", "state", "explain", "stress", "emphasise", "emphasize", "insist", "argue",
             "warn", "confirm", "announce", "declare", "indicate", "claim", "suggest", "acknowledge", "reiterate",
             "assure", "predict", "admit", "concede", "recall", "promise", "pledge", "vow"}
SPEAKER_TYPES = {EntityType.PERSON, EntityType.ORG, EntityType.STATE, EntityType.GROUP}
_OPEN, _CLOSE = "“", "”"
_WORD = re.compile(r"\w")


def quote_mentions(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[QuoteMention]:
    text = analysed.article.text
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_sentence[mention.sentence].append(index)
    parsed = {s.index: Parsed(s, mentions, by_sentence.get(s.index, [])) for s in analysed.sentences}
    found: list[QuoteMention] = []
    for start, end in quotation_spans(text):
        inner_start, inner_end = _trim(text, start, end)
        if not _WORD.search(text[inner_start:inner_end]):
            continue
        sentences = [s for s in analysed.sentences if s.start < end and s.end > start]
        if not sentences:
            continue
        speaker, cue = _direct_speaker(sentences, parsed, analysed.sentences, mentions, start, end)
        found.append(QuoteMention(analysed.article.id, sentences[0].index, inner_start, inner_end,
                                  text[inner_start:inner_end], "direct", speaker, cue))
    quoted = [(q.start, q.end) for q in found]
    for sentence in analysed.sentences:
        found += _reported(analysed.article.id, text, parsed[sentence.index], mentions, quoted)
    return sorted(found, key=lambda q: q.start)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each quotation, marks excluded. Opening and closing marks may differ (a straight
    quote closed by a curly one); a quotation never runs across a paragraph break."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and text[i + 1:i + 2] == "\n":
            opened = None
        elif ch == _OPEN or (ch == '"' and opened is None and _opens(text, i)):
            opened = i + 1
        elif opened is not None and ch in (_CLOSE, '"'):
            spans.append((opened, i))
            opened = None
    return spans


def _opens(text: str, i: int) -> bool:
    """A straight quote opens a quotation when it is not glued to the word before it (inches, 6'2")."""
    return i == 0 or not text[i - 1].isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _inside(token: Token, start: int, end: int) -> bool:
    return start - 1 <= token.idx < end + 1


def _direct_speaker(sentences: list[Sentence], parsed: dict[int, Parsed], every: tuple[Sentence, ...],
                    mentions: list[ActorMention], start: int, end: int) -> tuple[int | None, str | None]:
    for sentence in sentences:
        found = _speaker_in(parsed[sentence.index], mentions, start, end)
        if found[0] is not None:
            return found
    first = sentences[0]
    quote_opens_sentence = all(t.idx >= start - 1 for t in first.tokens[:1])
    if quote_opens_sentence and first.index > 0:  # "He emphasised that ... . “All Syrian weapons ...”"
        previous = parsed[every[first.index - 1].index]
        found = _speaker_in(previous, mentions, -1, -1, carry=True)
        if found[0] is not None:
            return found
        return _introduced(previous, mentions)  # "Omar Haddad, a teacher, watched the cars. “They ...”"
    return None, None


def _introduced(s: Parsed, mentions: list[ActorMention]) -> tuple[int | None, str | None]:
    """The person a sentence is about (its subject), when the next sentence opens with a quotation."""
    for token in s.sentence.tokens:
        index = s.mention_at.get(token.i)
        if index is not None and mentions[index].subject and mentions[index].type is EntityType.PERSON:
            return index, None
    return None, None


def _speaker_in(s: Parsed, mentions: list[ActorMention], start: int, end: int,
                carry: bool = False) -> tuple[int | None, str | None]:
    """The speaker a sentence gives a quotation at [start, end) (or, with carry, gives what follows it)."""
    outside = [t for t in s.sentence.tokens if not _inside(t, start, end)]
    for token in outside:  # "according to X"
        if token.text.lower() == "according":
            for to in s.kids(token, "prep"):
                for pobj in s.kids(to, "pobj"):
                    speaker = _first_speaker(refer(pobj, s, mentions), mentions)
                    if speaker is not None:
                        return speaker, "according to"
    verbs = [t for t in outside if t.lemma.lower() in SPEECH and t.pos in ("VERB", "AUX")]
    if carry:
        verbs = [v for v in verbs if v.lemma.lower() in REPORTING or v.lemma.lower() in ("say", "explain")]
    verbs.sort(key=lambda v: (not _governs(v, s, start, end), v.lemma.lower() not in REPORTING, abs(v.idx - start)))
    for verb in verbs:
        subject = subject_of(verb, s)
        if subject is None:
            continue
        speaker = _first_speaker(refer(subject, s, mentions), mentions)
        if speaker is not None:
            cue = "as ... put it" if verb.lemma.lower() == "put" else verb.text
            return speaker, cue
    for noun in outside:  # "Lavrov's statement that ..."
        if noun.lemma.lower() in SPEECH_NOUNS:
            for owner in s.kids(noun, "poss"):
                speaker = _first_speaker(refer(owner, s, mentions), mentions)
                if speaker is not None:
                    return speaker, noun.text
    return None, None


def _governs(verb: Token, s: Parsed, start: int, end: int) -> bool:
    """The quotation sits in the verb's own clause (its object, complement, or an 'as' aside)."""
    stack = list(s.kids(verb))
    while stack:
        token = stack.pop()
        if _inside(token, start, end):
            return True
        if token.dep not in ("nsubj", "nsubjpass"):
            stack += s.kids(token)
    head = s.head(verb)
    return head is not None and _inside(head, start, end)


def _first_speaker(indices: list[int], mentions: list[ActorMention]) -> int | None:
    people = [i for i in indices if mentions[i].type is EntityType.PERSON]
    others = [i for i in indices if mentions[i].type in SPEAKER_TYPES or mentions[i].seat]  # "the Kremlin said"
    ranked = people or others
    return ranked[0] if ranked else None


def _reported(article_id: str, text: str, s: Parsed, mentions: list[ActorMention],
              quoted: list[tuple[int, int]]) -> list[QuoteMention]:
    """'Lavrov indicated that Russia was open to reviewing ...': a speech verb and its that-clause."""
    found = []
    for verb in s.sentence.tokens:
        if verb.lemma.lower() not in REPORTING or verb.pos != "VERB":
            continue
        clause = next((c for c in s.kids(verb, "ccomp") if c.i > verb.i), None)
        if clause is None:
            continue
        words = sorted(_clause_tokens(clause, s), key=lambda t: t.i)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if any(q_start < end and start < q_end for q_start, q_end in quoted):
            continue  # the direct quotation already carries it
        subject = subject_of(verb, s)
        speaker = _first_speaker(refer(subject, s, mentions), mentions) if subject is not None else None
        if speaker is None:
            continue
        found.append(QuoteMention(article_id, s.sentence.index, start, end, text[start:end], "reported", speaker,
                                  verb.text))
    return found


def _clause_tokens(clause: Token, s: Parsed) -> list[Token]:
    found, stack = [], [clause]
    while stack:
        token = stack.pop()
        if token.dep != "mark" or token.i != min(t.i for t in [clause, *s.kids(clause)]):
            found.append(token)
        stack += s.kids(token)
    return [t for t in found if not (t.dep == "punct" and t is not clause and t.i > clause.i and t.text in ".;")]
