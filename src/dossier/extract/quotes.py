"""Quotations and who said them.

Direct quotations are found in the text between quotation marks (straight or curly, mixed, over
several sentences of one paragraph). The speaker is looked for where news writing puts it: the
subject of a speech verb governing or beside the quotation ("X said", "said X", "X told reporters",
"X added", "as X put it", "X described it as"), "according to X", "X's statement that ...", "a
statement from X reads", a pronoun ("he said") standing for the last person named, or the speech verb
of the previous sentence ("He emphasised that ... . “...”"). Reported speech is a speech verb with a
"that" clause.

Who is the speaker:
- a person named or described by role ("Syria's foreign minister, X, said"; the role description is
  that person, extract/roles.py) before anyone else;
- an unnamed source ("the source said", "a Syrian military official told AFP") is that unnamed person
  (extract/attribution.py), never the state its demonym names, and a quotation whose own sentence says
  who spoke is not handed to someone of the previous sentence;
- a news organisation only relays ("X said, according to TASS", "as cited by Tass"): it is the speaker
  only when nobody else is ("SANA reported: ...");
- no clear speaker: None rather than a guess.

The work is linear in the text: each sentence's speech verbs, their speakers and the extent of their
clauses are computed once, and each quotation looks up only the verbs that govern it (a bounded walk up
the parse from its own words) and the nearest others (binary search).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict

from dossier.extract.actors import AGENT
from dossier.extract.attribution import UNNAMED, anonymous_noun, outlet_mentions, person_noun
from dossier.extract.syntax import PRONOUNS, Mentioned, Parsed, agrees, refer, subject_of
from dossier.models import ActorMention, AnalysedArticle, EntityType, QuoteMention, Sentence, Token

SPEECH = {"say", "tell", "add", "note", "state", "explain", "stress", "emphasise", "emphasize", "describe", "call",
          "write", "insist", "argue", "warn", "confirm", "announce", "declare", "indicate", "thank", "praise",
          "express", "echo", "remark", "respond", "reply", "recall", "comment", "acknowledge", "reiterate", "claim",
          "suggest", "urge", "reaffirm", "tweet", "post", "quote", "cite", "ask", "put", "brand",
          "characterise", "characterize", "term", "label", "hail", "welcome", "condemn", "accuse", "deny",
          "assure", "promise", "pledge", "predict", "vow", "conclude", "observe", "admit", "concede", "mention",
          "read", "continue", "underline", "underscore", "assert", "affirm", "highlight", "report"}
SPEECH_NOUNS = {"statement", "remarks", "remark", "words", "comment", "comments", "view", "claim", "assurance",
                "message", "speech", "interview", "letter", "tweet", "post", "address", "declaration", "readout",
                "communique", "communiqué", "release", "announcement"}
REPORTING = {"say", "tell", "add", "note", "state", "explain", "stress", "emphasise", "emphasize", "insist", "argue",
             "warn", "confirm", "announce", "declare", "indicate", "claim", "suggest", "acknowledge", "reiterate",
             "assure", "predict", "admit", "concede", "recall", "promise", "pledge", "vow", "mention", "underline",
             "underscore", "assert", "affirm", "highlight"}
CARRIED = REPORTING | {"explain"}  # speech verbs whose speaker also speaks the quotation that follows
SPEAKER_TYPES = {EntityType.PERSON, EntityType.ORG, EntityType.STATE, EntityType.GROUP}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
MAX_CLIMB = 40  # dependency steps from a quotation's words up to a verb that governs it
_OPEN, _CLOSE = "“", "”"
_WORD = re.compile(r"\w")
_MARKS = re.compile(f'[\n"{_OPEN}{_CLOSE}]')


def quote_mentions(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[QuoteMention]:
    text = analysed.article.text
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_sentence[mention.sentence].append(index)
    relays = outlet_mentions(mentions, [analysed.article.outlet.value or ""])
    mentioned = Mentioned(mentions)  # pronouns found by binary search, not by scanning the article
    spans = quotation_spans(text)
    mentioned.quotations = spans  # "“X did well,” he said": he is not X
    clues = {s.index: _Clues(Parsed(s, mentions, by_sentence.get(s.index, []), mentioned), mentions, relays)
             for s in analysed.sentences}
    every = analysed.sentences
    starts = [s.start for s in every]
    found: list[QuoteMention] = []
    for start, end in spans:
        inner_start, inner_end = _trim(text, start, end)
        if not _WORD.search(text[inner_start:inner_end]):
            continue
        sentences = _overlapping(every, starts, start, end)
        if not sentences:
            continue
        speaker, cue = _direct_speaker(sentences, clues, every, start, end)
        found.append(QuoteMention(analysed.article.id, sentences[0].index, inner_start, inner_end,
                                  text[inner_start:inner_end], "direct", speaker, cue))
    quoted = [(q.start, q.end) for q in found]
    quoted_ends = [q_end for _, q_end in quoted]
    for sentence in every:
        found += clues[sentence.index].reported(analysed.article.id, text, quoted, quoted_ends)
    return sorted(found, key=lambda q: q.start)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each quotation, marks excluded. Opening and closing marks may differ (a straight
    quote closed by a curly one); a quotation never runs across a paragraph break."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in _MARKS.finditer(text):  # only line breaks and quotation marks matter
        i, ch = match.start(), match.group()
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


def _overlapping(every: tuple[Sentence, ...], starts: list[int], start: int, end: int) -> list[Sentence]:
    """The sentences a quotation at [start, end) runs over (binary search: sentences are in text order)."""
    k = max(0, bisect_right(starts, start) - 1)
    while k < len(every) and every[k].end <= start:
        k += 1
    found = []
    while k < len(every) and every[k].start < end:
        found.append(every[k])
        k += 1
    return found


def _direct_speaker(sentences: list[Sentence], clues: dict[int, _Clues], every: tuple[Sentence, ...],
                    start: int, end: int) -> tuple[int | None, str | None]:
    for sentence in sentences:
        found = clues[sentence.index].speaker(start, end)
        if found[0] is not None:
            return found
    first = clues[sentences[0].index]
    if first.says_who(start, end):
        return None, None  # "“...,” the spokesman said": the sentence names its speaker, someone we cannot name
    quote_opens_sentence = all(t.idx >= start - 1 for t in sentences[0].tokens[:1])
    if quote_opens_sentence and sentences[0].index > 0:  # "He emphasised that ... . “All Syrian weapons ...”"
        previous = clues[every[sentences[0].index - 1].index]
        found = previous.speaker(-1, -1, carry=True)
        if found[0] is not None and first.may_be(start, end, found[0]):
            return found
        if first.may_be(start, end, previous.introduced):
            return previous.introduced, None  # "Omar Haddad, a teacher, watched the cars. “They ...”"
    return None, None


def _inside(token: Token, start: int, end: int) -> bool:
    return start - 1 <= token.idx < end + 1


class _Clues:
    """What one sentence offers to attribute quotations, computed once, so that a sentence holding many
    quotations costs what one does."""

    def __init__(self, s: Parsed, mentions: list[ActorMention], relays: frozenset[int]) -> None:
        self.s = s
        self.mentions = mentions
        self.relays = relays
        self.tokens = list(s.sentence.tokens)
        self.token_idx = [t.idx for t in self.tokens]
        self.verbs = [t for t in self.tokens if t.lemma.lower() in SPEECH and t.pos in ("VERB", "AUX")]
        self.speech_verb = {v.i for v in self.verbs}
        self.by_head: dict[int, list[Token]] = defaultdict(list)  # a speech verb's head -> the verb
        for verb in self.verbs:
            if verb.head != verb.i:
                self.by_head[verb.head].append(verb)
        self._said: dict[tuple[int, bool], int | None] = {}
        self._ranked: dict[tuple[bool, bool], tuple[list[int], list[Token]]] = {}
        self._according: list[tuple[Token, Token]] | None = None
        self._nouns: list[tuple[Token, Token]] | None = None
        self._extent: dict[int, tuple[int, int]] | None = None
        self._introduced: int | None = None
        self._introduced_known = False

    # --- who speaks ------------------------------------------------------------------------------

    def speaker(self, start: int, end: int, carry: bool = False) -> tuple[int | None, str | None]:
        """The speaker the sentence gives a quotation at [start, end) (or, with carry, gives what follows it):
        first someone who is not a news organisation, then anyone."""
        for relay_ok in (False, True):
            found = self._speaker(start, end, carry, relay_ok)
            if found[0] is not None:
                return found
        return None, None

    def _speaker(self, start: int, end: int, carry: bool, relay_ok: bool) -> tuple[int | None, str | None]:
        for according, pobj in self.according():  # "according to X"
            if not _inside(according, start, end):
                speaker = self._rank(refer(pobj, self.s, self.mentions), relay_ok)
                if speaker is not None:
                    return speaker, "according to"
        governing = sorted((v for v in self._governing(start, end) if not carry or v.lemma.lower() in CARRIED),
                           key=lambda v: (v.lemma.lower() not in REPORTING, abs(v.idx - start), v.i))
        for verb in governing:
            speaker = self.said_by(verb, relay_ok)
            if speaker is not None:
                return speaker, _cue(verb)
        for reporting in (True, False):
            nearest = self._nearest(start, end, carry, relay_ok, reporting)
            if nearest is not None:
                return self.said_by(nearest, relay_ok), _cue(nearest)
        for noun, owner in self.nouns():  # "Lavrov's statement that ..."
            if not _inside(noun, start, end):
                speaker = self._rank(refer(owner, self.s, self.mentions), relay_ok)
                if speaker is not None:
                    return speaker, noun.text
        return None, None

    def says_who(self, start: int, end: int) -> bool:
        """A speech verb governing the quotation has for subject an unnamed source or a statement: the sentence
        says who spoke, even when it is nobody we can name ("the statement said", "officials said")."""
        for verb in self._governing(start, end):
            subject = subject_of(verb, self.s)
            if subject is not None and (anonymous_noun(subject) or subject.lemma.lower() in SPEECH_NOUNS):
                return True
        return False

    def may_be(self, start: int, end: int, index: int | None) -> bool:
        """Whether a speaker found in the sentence before may be the one a "he said" or "she said" governing
        the quotation at [start, end) stands for, when that pronoun found nobody itself: no state or place, and
        a person who agrees with it ("“...,” she said" after a sentence about a man: nobody)."""
        if index is None:
            return False
        for verb in self._governing(start, end):
            subject = subject_of(verb, self.s)
            if subject is not None and subject.pos == "PRON" and subject.text.lower() in PRONOUNS:
                mention = self.mentions[index]
                return mention.type not in (EntityType.STATE, EntityType.PLACE) and \
                    agrees(subject, mention, self.s.mentioned)
        return True

    @property
    def introduced(self) -> int | None:
        """The person the sentence is about (its subject), when the next sentence opens with a quotation."""
        if not self._introduced_known:
            self._introduced_known = True
            for token in self.tokens:
                index = self.s.mention_at.get(token.i)
                if index is not None and self.mentions[index].subject \
                        and self.mentions[index].type is EntityType.PERSON:
                    self._introduced = index
                    break
        return self._introduced

    def said_by(self, verb: Token, relay_ok: bool) -> int | None:
        """The speaker of a speech verb (memoised)."""
        key = (verb.i, relay_ok)
        if key not in self._said:
            self._said[key] = self._said_by(verb, relay_ok)
        return self._said[key]

    def _said_by(self, verb: Token, relay_ok: bool) -> int | None:
        named = self._named_after_quotation(verb)
        if named is not None:
            return named
        subject = self._reporter(verb)
        if subject is None:
            return None
        if subject.lemma.lower() in SPEECH_NOUNS:  # "a statement from the Kremlin reads"
            owners = [k for k in self.s.kids(subject, "poss", "compound")]
            owners += [p for prep in self.s.kids(subject, "prep") if prep.text.lower() in ("from", "by", "of")
                       for p in self.s.kids(prep, "pobj")]
            return self._rank([i for owner in owners for i in refer(owner, self.s, self.mentions)], relay_ok)
        speaker = self._rank(refer(subject, self.s, self.mentions), relay_ok)
        if speaker is not None and self.mentions[speaker].type in (EntityType.STATE, EntityType.PLACE) \
                and person_noun(subject):
            return None  # "a Russian official said", "the Syrian minister said": not the state
        return speaker

    def _named_after_quotation(self, verb: Token) -> int | None:
        """'“...,” an aide to the president, X, told the agency': the parser often hangs a speech verb that
        follows a quotation and its speaker's description on the quotation's own verb, with no subject. A
        speech verb with no subject of its own, right after a person's name (commas aside) that follows a
        closing quotation mark with no verb between, was said by that person, the name closest to it (the
        one in apposition after a title, not the one the title is of)."""
        s = self.s
        if s.kids(verb, *SUBJECT_DEPS):
            return None
        k = verb.i - 1
        while k in s.by_i and s.by_i[k].text == ",":
            k -= 1
        index = s.mention_at.get(k)
        if index is None or self.mentions[index].type is not EntityType.PERSON or \
                self.mentions[index].descriptor == UNNAMED:
            return None
        for i in range(self.mentions[index].token_start - 1, self.tokens[0].i - 1, -1):
            word = s.by_i.get(i)
            if word is None or word.pos in ("VERB", "AUX"):
                return None
            if word.text in ('"', _CLOSE, "''"):
                return index
        return None

    def _reporter(self, verb: Token) -> Token | None:
        """The subject of a speech verb, with two constructions the parse gets wrong: 'X said A but stressed,
        “...”' (the second verb hangs from A) and ', a source confirmed' (the verb hangs from its noun)."""
        s = self.s
        own = s.kids(verb, *SUBJECT_DEPS)
        head = s.head(verb)
        if not own and head is not None:
            if verb.dep == "conj" and head.i not in self.speech_verb and head.dep == "ccomp":
                outer = s.head(head)
                if outer is not None and outer.i in self.speech_verb:
                    return subject_of(outer, s)
            if verb.dep in ("acl", "relcl") and head.pos in ("NOUN", "PROPN") and head.i < verb.i \
                    and not s.kids(verb, "agent", "auxpass"):
                return head
        return subject_of(verb, s)

    def _rank(self, indices: list[int], relay_ok: bool) -> int | None:
        """Named people, then unnamed sources, then organisations, groups, states and seats of government;
        news organisations only when allowed."""
        mentions = self.mentions
        usable = [i for i in indices if relay_ok or i not in self.relays]
        people = [i for i in usable if mentions[i].type is EntityType.PERSON and mentions[i].descriptor != UNNAMED]
        unnamed = [i for i in usable if mentions[i].descriptor == UNNAMED]
        others = [i for i in usable if (mentions[i].type in SPEAKER_TYPES or mentions[i].seat)  # "the Kremlin said"
                  and mentions[i].descriptor != AGENT]  # a crowd's banner or chant has no one speaker
        ranked = people or unnamed or others
        return ranked[0] if ranked else None

    # --- which verbs ----------------------------------------------------------------------------

    def _governing(self, start: int, end: int) -> list[Token]:
        """Speech verbs outside [start, end) that govern it: a word of the quotation is in the verb's clause
        (not inside its subject), or the verb hangs from a word of the quotation (an 'as ... put it' aside).
        Climbs from the quotation's own words, each ancestor once."""
        if start < 0:
            return []
        s = self.s
        lo, hi = bisect_left(self.token_idx, start - 1), bisect_left(self.token_idx, end + 1)
        visited: set[int] = set()
        found: dict[int, Token] = {}
        for token in self.tokens[lo:hi]:
            for verb in self.by_head.get(token.i, ()):
                if not _inside(verb, start, end):
                    found[verb.i] = verb
            node = s.head(token)
            steps = 0
            while node is not None and node.i not in visited and steps < MAX_CLIMB:
                visited.add(node.i)
                if node.i in self.speech_verb and not _inside(node, start, end):
                    found[node.i] = node
                if node.dep in SUBJECT_DEPS:
                    break
                node = s.head(node)
                steps += 1
        return list(found.values())

    def _nearest(self, start: int, end: int, carry: bool, relay_ok: bool, reporting: bool) -> Token | None:
        """The speech verb with a speaker nearest the quotation, outside it (reporting verbs are asked first)."""
        key = (relay_ok, reporting)
        if key not in self._ranked:
            verbs = [v for v in self.verbs if (v.lemma.lower() in REPORTING) == reporting
                     and self.said_by(v, relay_ok) is not None]
            self._ranked[key] = ([v.idx for v in verbs], verbs)
        positions, verbs = self._ranked[key]
        if carry:
            chosen = [v for v in verbs if v.lemma.lower() in CARRIED]
            return chosen[0] if chosen else None  # nearest to the sentence's start: the first
        k = bisect_left(positions, start)
        left = k - 1
        while left >= 0 and _inside(verbs[left], start, end):
            left -= 1
        right = max(k, bisect_left(positions, end + 1))
        before = verbs[left] if left >= 0 else None
        after = verbs[right] if right < len(verbs) else None
        if before is None or (after is not None and after.idx - start < start - before.idx):
            return after
        return before

    def according(self) -> list[tuple[Token, Token]]:
        if self._according is None:
            self._according = [(token, pobj) for token in self.tokens if token.text.lower() == "according"
                               for to in self.s.kids(token, "prep") for pobj in self.s.kids(to, "pobj")]
        return self._according

    def nouns(self) -> list[tuple[Token, Token]]:
        if self._nouns is None:
            self._nouns = [(noun, owner) for noun in self.tokens if noun.lemma.lower() in SPEECH_NOUNS
                           for owner in self.s.kids(noun, "poss")]
        return self._nouns

    # --- reported speech ---------------------------------------------------------------------------

    def reported(self, article_id: str, text: str, quoted: list[tuple[int, int]],
                 quoted_ends: list[int]) -> list[QuoteMention]:
        """'Lavrov indicated that Russia was open to reviewing ...': a speech verb and its that-clause."""
        found = []
        s = self.s
        for verb in self.tokens:
            if verb.lemma.lower() not in REPORTING or verb.pos != "VERB":
                continue
            clause = next((c for c in s.kids(verb, "ccomp") if c.i > verb.i), None)
            if clause is None:
                continue
            first, last = self._clause_extent(clause)
            start, end = first.idx, last.idx + len(last.text)
            k = bisect_right(quoted_ends, start)
            if k < len(quoted) and quoted[k][0] < end:
                continue  # the direct quotation already carries it
            speaker = self.said_by(verb, False)
            if speaker is None:
                speaker = self.said_by(verb, True)
            if speaker is None:
                continue
            found.append(QuoteMention(article_id, s.sentence.index, start, end, text[start:end], "reported", speaker,
                                      verb.text))
        return found

    def _clause_extent(self, clause: Token) -> tuple[Token, Token]:
        """First and last words of a that-clause: its leading 'that' and a final full stop left out."""
        if self._extent is None:
            self._extent = self._extents()
        s = self.s
        kids = s.kids(clause)
        leftmost = min([clause, *kids], key=lambda t: t.i)
        low = high = clause.i
        for kid in kids:
            kid_low, kid_high = self._extent[kid.i]
            if not (kid is leftmost and kid.dep == "mark"):
                low = min(low, kid_low)
            high = max(high, kid_high)
        return s.by_i[low], s.by_i[high]

    def _extents(self) -> dict[int, tuple[int, int]]:
        """Each token's subtree: its first word, and its last word that is not a full stop or semicolon."""
        s = self.s
        extent: dict[int, tuple[int, int]] = {}
        order: list[Token] = []
        stack = [t for t in self.tokens if t.head == t.i or t.head not in s.by_i]
        while stack:
            token = stack.pop()
            order.append(token)
            stack += s.kids(token)
        for token in reversed(order):
            low = token.i
            high = token.i if not (token.dep == "punct" and token.text in ".;") else -1
            for kid in s.kids(token):
                kid_low, kid_high = extent[kid.i]
                low, high = min(low, kid_low), max(high, kid_high)
            extent[token.i] = (low, high)  # high is -1 for a subtree of full stops only
        return extent


def _cue(verb: Token) -> str:
    return "as ... put it" if verb.lemma.lower() == "put" else verb.text
