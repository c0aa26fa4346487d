"""Syntax helpers shared by the extractors: a parsed sentence with its lookups, the subject of a verb
(through coordination, infinitives and relative clauses), the actors an argument names, pronouns."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from dossier.extract.affiliation import children_of
from dossier.lexicon import armed_group_names, armed_key, frames, gazetteer, news, references
from dossier.lexicon.agents import agents
from dossier.models import ActorMention, EntityType, Sentence, Token

SUBJECT_DEPS = {"nsubj", "csubj"}
FIRST_PERSON = {"i", "me", "we", "us"}  # inside a quotation: its speaker
PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
THING_PRONOUNS = {"it", "its", "they", "them", "their"}  # a state, an organisation or a group: "Russia ... as
# it wanted to retain its bases", "officials of the Syrian government said they were ready"
COLLECTIVE = {EntityType.STATE, EntityType.ORG, EntityType.GROUP}
_CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis", "csubj"}
MEMBERSHIP_VERBS = {"lead", "head", "include", "comprise", "consist", "accompany", "chair", "join", "represent"}
LOCATIVE = {"in", "at", "near", "inside", "outside"}  # where a party is, not another party
SPEECH_VERBS = {"say", "add", "note", "state", "explain", "stress", "indicate", "confirm", "announce", "tell",
                "declare", "emphasise", "emphasize", "insist", "argue", "write", "claim", "report", "warn",
                "reply", "answer", "respond", "retort"}


# A wire dateline before the story: "QAMISHLI, Syria, Jan 26 (Reuters) - ", "MOSCOW (AP) — "; a place in
# capitals, or any place and date followed by the agency in brackets, then a dash.
_DATELINE = re.compile(r"^\s*(?:[A-Z]{3}[A-Z'’-]*(?:\s+[A-Z][A-Z'’-]+)*(?:,[^()\n—–]{1,40}?)?(?:\s*\([^()\n]{1,40}\))?|"
                       r"[A-Z][\w'’.-]+(?:[ ,]+[\w'’.-]+){0,6}?\s*\([^()\n]{1,40}\))\s*(?:-|—|–|--)\s+")


def without_dateline(sentence: Sentence) -> tuple[Sentence, int]:
    """The sentence with its wire dateline set aside ("MOSCOW (AP) — Syria's president visited ..."): the
    dateline's words no longer govern the story's, whose word they governed takes their place ("Syria's
    president" is the subject, not "MOSCOW"). Also the character offset where the story starts (its start when
    there is no dateline)."""
    found = _DATELINE.match(sentence.text)
    if found is None or found.end() >= len(sentence.text):
        return sentence, sentence.start
    end = sentence.start + found.end()
    inside = {t.i for t in sentence.tokens if t.idx < end}
    by_i = {t.i: t for t in sentence.tokens}

    def top(token: Token) -> Token:
        while token.head in inside and token.head != token.i:
            token = by_i[token.head]
        return token

    tokens, taken = [], set()
    for token in sentence.tokens:
        if token.i in inside:
            if token.head not in inside or token.head == token.i:
                token = replace(token, dep="npadvmod")  # "QAMISHLI, Syria, Jan 26": where and when, no party
        elif token.head in inside:
            root = top(by_i[token.head])
            head = root.head if root.head != root.i else token.i
            dep = root.dep if root.i not in taken else token.dep
            taken.add(root.i)
            token = replace(token, head=head, dep="ROOT" if head == token.i else dep)
        tokens.append(token)
    return replace(sentence, tokens=tuple(tokens)), end


def names_joined_to_objects(sentence: Sentence) -> Sentence:
    """The parser sometimes coordinates a name that follows an object with a verb ("after X telephoned him and
    Y on Sunday": "Y" under the main verb, its "on Sunday" with it). A name under a verb as "conj", right
    after "and"/"or" that follows the object of a verb, and with no subject, object or auxiliary of its own
    (no clause, "... and Y Berlin" aside), is that object's conjunct: it (and its "and") hang from the object."""
    by_i = {t.i: t for t in sentence.tokens}
    kids = children_of(by_i)
    moved: dict[int, Token] = {}
    for name in sentence.tokens:
        head = by_i.get(name.head)
        if name.dep != "conj" or name.pos != "PROPN" or head is None or head.pos not in ("VERB", "AUX") or \
                any(k.dep in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for k in kids.get(name.i, ())):
            continue
        first = min([name.i, *(k.i for k in kids.get(name.i, ()) if k.dep in ("compound", "det", "amod", "poss"))])
        cc, obj = by_i.get(first - 1), by_i.get(first - 2)
        if cc is None or obj is None or cc.dep != "cc" or cc.text.lower() not in ("and", "or") or \
                obj.dep not in ("dobj", "pobj", "dative") or obj.i <= head.i:
            continue
        moved[name.i] = replace(name, head=obj.i)
        moved[cc.i] = replace(cc, head=obj.i)
    if not moved:
        return sentence
    return replace(sentence, tokens=tuple(moved.get(t.i, t) for t in sentence.tokens))


JOINING_WORDS = frozenset({"and", "but", "while", "whereas"})


def subjects_of_joined_clauses(sentence: Sentence) -> Sentence:
    """The parser sometimes takes the subject of a second clause for a conjunct of the first clause's last noun
    ("Peru closed its border with Bolivia and Chile recalled its envoy": "Chile" joined to "Bolivia", "recalled"
    left with no subject, so Chile reads as a target of the closure). A noun joined to a noun by "and" / "but"
    and standing right before a verb coordinated with the first clause's verb (its auxiliaries, negation and
    adverbs aside) that has no subject of its own is that verb's subject: it hangs from the verb as "nsubj"."""
    by_i = {t.i: t for t in sentence.tokens}
    kids = children_of(by_i)
    moved: dict[int, Token] = {}
    for verb in sentence.tokens:
        first = by_i.get(verb.head)
        if verb.dep != "conj" or verb.pos not in ("VERB", "AUX") or first is None or first.pos not in ("VERB", "AUX") \
                or any(k.dep in ("nsubj", "nsubjpass", "csubj", "expl") for k in kids.get(verb.i, ())):
            continue
        before = [k for k in kids.get(verb.i, ()) if k.i < verb.i and k.dep in ("aux", "auxpass", "neg", "advmod")]
        start = min([verb.i, *(k.i for k in before)])
        name = by_i.get(start - 1)
        if name is None or name.dep != "conj" or name.pos not in ("PROPN", "NOUN") or name.i in moved or \
                any(k.i > name.i for k in kids.get(name.i, ())):
            continue
        head = by_i.get(name.head)
        if head is None or head.pos not in ("PROPN", "NOUN", "PRON") or not first.i < head.i < name.i:
            continue
        opening = min([name.i, *(k.i for k in kids.get(name.i, ()))])
        cc = by_i.get(opening - 1)
        if cc is None or cc.dep != "cc" or cc.text.lower() not in JOINING_WORDS or cc.head != head.i:
            continue
        moved[name.i] = replace(name, head=verb.i, dep="nsubj")
        moved[cc.i] = replace(cc, head=first.i)
    if not moved:
        return sentence
    return replace(sentence, tokens=tuple(moved.get(t.i, t) for t in sentence.tokens))


class Mentioned:
    """An article's mentions in text order, for finding what a pronoun stands for by binary search rather than
    by scanning every mention (a long article has thousands): for each position, the last person, the last
    person who is a subject, the last collective actor before it."""

    def __init__(self, mentions: list[ActorMention]) -> None:
        self.starts = [m.start for m in mentions]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))
        self.last_person: list[int] = []  # [k]: the last person among mentions[:k], else -1
        self.last_subject: list[int] = []  # [k]: the last person who is a subject among mentions[:k]
        self.last_collective: list[int] = []
        self.last_one: list[int] = []  # [k]: the last collective actor an "it" may stand for among mentions[:k]
        self.previous: dict[int, int] = {}  # person -> the person before it (subjects: the subject before it)
        self.previous_subject: dict[int, int] = {}
        self.quotations: list[tuple[int, int]] = []  # [start, end) of the article's direct quotations, in order
        person = subject = collective = one = -1
        for index, mention in enumerate(mentions):
            self.last_person.append(person)
            self.last_subject.append(subject)
            self.last_collective.append(collective)
            self.last_one.append(one)
            if mention.type is EntityType.PERSON:
                self.previous[index], person = person, index
                if mention.subject:
                    self.previous_subject[index], subject = subject, index
            if mention.type in COLLECTIVE:
                collective = index
                one = one if crowd(mention) else index
        self.last_person.append(person)
        self.last_subject.append(subject)
        self.last_collective.append(collective)
        self.last_one.append(one)

    def before(self, offset: int) -> int:
        """How many mentions start before a character offset."""
        return bisect_left(self.starts, offset)

    def quoted_apart(self, offset: int, other: int) -> bool:
        """Offset `offset` is inside a quotation that does not hold `other` ("“X did well,” he said": X)."""
        k = bisect_left(self.quotations, (offset + 1, -1)) - 1
        return k >= 0 and self.quotations[k][0] <= offset < self.quotations[k][1] and \
            not self.quotations[k][0] <= other < self.quotations[k][1]


def crowd(mention: ActorMention) -> bool:
    """A group named by a common noun of many people ("citizens", "Armenian police", "protesters": the generic
    agents, `actors.with_agents`), not by a name: no singular "it" or "its" stands for it ("the bloc would
    protect citizens of the three states. It urged ...": the bloc)."""
    words = mention.name.split()
    return mention.type is EntityType.GROUP and mention.kind is None and mention.pack_id is None and \
        bool(words) and words[-1].islower()


Tree = tuple[dict[int, Token], dict[int, list[Token]], dict[tuple[int, str], list[Token]]]
_TREES: dict[int, tuple[Sentence, Tree]] = {}  # id -> (the sentence, kept so its id is not reused; its tree)
TREES_KEPT = 4096  # about the sentences of the articles one batch analyses


def _tree(sentence: Sentence) -> Tree:
    """The sentence's tokens by index, children by head and (head, dependency): built once for the several
    extractors that parse one sentence (actors, quotes, roles, positions, events), read-only after."""
    kept = _TREES.get(id(sentence))
    if kept is not None and kept[0] is sentence:
        return kept[1]
    if len(_TREES) >= TREES_KEPT:
        _TREES.clear()
    by_i = {t.i: t for t in sentence.tokens}
    children: dict[int, list[Token]] = defaultdict(list)
    by_dep: dict[tuple[int, str], list[Token]] = defaultdict(list)  # (head, dep) -> children, in order
    for token in sentence.tokens:
        if token.head != token.i and token.head in by_i:
            children[token.head].append(token)
            by_dep[(token.head, token.dep)].append(token)
    tree = (by_i, dict(children), dict(by_dep))
    _TREES[id(sentence)] = (sentence, tree)
    return tree


class Parsed:
    """One parsed sentence with the lookups extraction needs (`mentioned`, shared by an article's sentences,
    makes pronoun look-ups logarithmic)."""

    def __init__(self, sentence: Sentence, mentions: list[ActorMention], indices: list[int],
                 mentioned: Mentioned | None = None) -> None:
        self.sentence = sentence
        self.mentioned = mentioned if mentioned is not None and mentioned.ordered else None
        self.by_i, self.children, self.by_dep = _tree(sentence)  # shared by the extractors reading the sentence
        self.referents: dict[int, list[int]] = {}  # token -> the mentions a word naming nobody refers to
        # ("both sides", "the delegation"), set by the extractor that knows what the article told before
        self.quoted: list[tuple[int, int, int]] = []  # (start, end, speaker mention) of the article's direct
        # quotations with a speaker: "we" and "I" inside one are its speaker
        self.mention_at: dict[int, int] = {}  # token -> index of the longest actor mention covering it
        self.typed: dict[int, EntityType] = {}  # the sentence's own mentions (index) -> what they name
        for index in indices:
            mention = mentions[index]
            self.typed[index] = mention.type
            for i in range(mention.token_start, mention.token_end):
                current = self.mention_at.get(i)
                if current is None or _length(mentions[current]) < _length(mention):
                    self.mention_at[i] = index

    def head(self, token: Token) -> Token | None:
        return self.by_i.get(token.head) if token.head != token.i else None

    def kids(self, token: Token, *deps: str) -> list[Token]:
        """The token's children (with one of `deps`), in text order; a hub with hundreds of children (a long
        run-on sentence's root) costs only the children asked for."""
        if not deps:
            return list(self.children.get(token.i, []))
        if len(deps) == 1:
            return list(self.by_dep.get((token.i, deps[0]), []))
        found = [c for dep in dict.fromkeys(deps) for c in self.by_dep.get((token.i, dep), [])]
        return sorted(found, key=lambda c: c.i) if len(found) > 1 else found

    def subtree(self, token: Token) -> list[tuple[Token, bool]]:
        """The token and its dependents, not descending into subordinate clauses except the ones that name
        members ("a delegation led by X", "that included Y"; not a person's role, `role_of_person`), nor into
        where a named party is ("Belousov, in Moscow", "the airport in Syria's northeast"), nor into whom a noun
        of kinship relates its person to ("X, Y's father", "the son of Y"). The flag marks words reached through
        a posting's complement ("envoy for Syria", "ambassador to Russia"), where places are not parties;
        "support for Syria's unity" names Syria."""
        found: list[tuple[Token, bool]] = []
        stack = [(token, False)]
        while stack:
            current, qualifier = stack.pop()
            found.append((current, qualifier))
            for child in self.children.get(current.i, []):
                if child.dep in _CLAUSE_DEPS and (child.lemma.lower() not in MEMBERSHIP_VERBS
                                                  or self.role_of_person(current, child)):
                    continue
                if child.dep == "prep" and child.text.lower() in LOCATIVE and current.i in self.mention_at:
                    continue
                if kin_of(current, child):
                    continue
                through = qualifier or (child.dep == "prep" and child.text.lower() in ("for", "to")
                                        and current.lemma.lower() in references().postings)
                stack.append((child, through))
        return found

    def role_of_person(self, word: Token, clause: Token) -> bool:
        """'X, who led the army', 'the minister, who heads the council': a clause of leading or membership on a
        person tells what that person leads or belongs to, who are no members of that person (unlike "a
        delegation that included Y"): the word is a person named, or the clause's subject is 'who'."""
        named = self.mention_at.get(word.i)
        return (named is not None and self.typed.get(named) is EntityType.PERSON) or any(
            c.text.lower() == "who" for c in self.kids(clause, "nsubj"))

    def ancestors(self, token: Token) -> list[Token]:
        chain: list[Token] = []
        current = self.head(token)
        while current is not None and len(chain) < 40:
            chain.append(current)
            current = self.head(current)
        return chain


def kin_of(noun: Token, child: Token) -> bool:
    """'Y's' in "X, Y's father" and 'of' in "the son of Y": whom a noun of kinship (references.yaml `kin`)
    relates its person to, who is no party of what that person does."""
    return noun.lemma.lower() in references().kin and (
        child.dep == "poss" or (child.dep == "prep" and child.text.lower() == "of"))


def _length(mention: ActorMention) -> int:
    return mention.end - mention.start


# Causatives: their object does what their infinitive says, and did it ("prompted Armenians to flee", "forced Y to
# withdraw"). Not a purpose ("allocate funds to help"), a promise ("promised Y to deliver"), nor what is only asked
# or urged ("convince Y to amend": requests are `frames.yaml`'s, and what they ask for may not happen).
OBJECT_CONTROL = frozenset({"prompt", "force", "cause", "compel", "drive", "lead", "push", "oblige", "help",
                            "enable"})


def nearest_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of the subjects the parser gives one verb, the one nearest before it. Two subjects of one verb are a misparse
    of an apposition before a coordinated clause ("the ship docked on 3 May, the first cargo since the war, and
    two days later the trucks left": the cargo is no subject of 'left'); a subject after its verb ("said the
    minister") is taken only when none stands before it."""
    before = [w for w in subjects if w.i < verb.i]
    return max(before, key=lambda w: w.i) if before else subjects[0]


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite_after_aside(verb: Token, s: Parsed) -> bool:
    """'Leaders of X, meeting in Y on Monday, had called for a truce': the parser makes a participle set off by
    commas the root and the finite verb after it its conjunct. A finite verb (an auxiliary of its own or a finite
    tense) hung with no conjunction on a bare -ing participle (no auxiliary) that follows a comma is the sentence's
    own clause; the participle is an aside on the subject, not the clause the verb belongs to."""
    head = s.head(verb)
    if verb.dep != "conj" or head is None or head.tag != "VBG" or s.kids(head, "aux", "auxpass", "cc"):
        return False
    comma = s.by_i.get(head.i - 1)
    finite = verb.tag in FINITE_TAGS or any(a.tag in FINITE_TAGS for a in s.kids(verb, "aux", "auxpass"))
    return finite and comma is not None and comma.text == ","


RELATIVE_OBJECTS = frozenset({"that", "which", "whom"})


def relative_object(verb: Token, s: Parsed) -> Token | None:
    """'the restrictions that Congress imposed', 'sanctions which the bloc had imposed on X': a relative clause with
    a subject of its own, whose relative pronoun is then its object (the parser's object or marker), acts on the
    noun it hangs on; None for any other verb ('the envoy who met X': the pronoun is the subject)."""
    noun = s.head(verb)
    if verb.dep != "relcl" or noun is None or noun.pos not in ("NOUN", "PROPN") or not s.kids(verb, "nsubj"):
        return None
    pronoun = any(k.text.lower() in RELATIVE_OBJECTS and k.dep in ("dobj", "mark") for k in s.kids(verb))
    return noun if pronoun else None


def to_infinitive(verb: Token, s: Parsed) -> bool:
    """'(agreed) to revise', '(ready) to help': a verb marked as an infinitive by "to"."""
    return any(c.dep == "aux" and c.text.lower() == "to" for c in s.kids(verb))


SUBORDINATORS = {"after", "before", "until", "since", "once"}  # words both prepositions and conjunctions


def subject_taken_as_object(verb: Token, s: Parsed) -> Token | None:
    """'X entered the town after government soldiers and militias withdrew': the parser may read "after" as a
    preposition whose object is the clause's subject, and hang the finite verb with no subject on the main
    clause (as an adverbial clause or a conjunct). A finite verb with no subject that follows at once the
    object (or its last conjunct) of such a word has that object as its subject."""
    if verb.dep not in ("advcl", "conj") or verb.tag not in FINITE_TAGS - {"MD"} or s.kids(verb, *SUBJECT_DEPS):
        return None
    before = s.by_i.get(verb.i - 1)
    while before is not None and before.dep == "conj":
        before = s.head(before)
    head = s.head(before) if before is not None and before.dep == "pobj" else None
    if before is None or head is None or head.text.lower() not in SUBORDINATORS or head.dep != "prep":
        return None
    return before


def subject_of(verb: Token, s: Parsed) -> Token | None:
    """The verb's subject, or the one it shares: coordinated verbs, infinitives, participles, relative clauses."""
    current: Token | None = verb
    for _ in range(6):
        if current is None:
            return None
        subjects = s.kids(current, *SUBJECT_DEPS) or [  # "Chile is opposed": the parser may hang the subject
            k for a in s.kids(current, "aux", "auxpass") for k in s.kids(a, *SUBJECT_DEPS)]  # on the auxiliary
        if subjects:
            subject = nearest_subject(current, subjects)
            if subject.tag in ("WP", "WDT"):
                if current.dep == "relcl":
                    return s.head(current)  # "Putin who congratulated him": Putin
                return _named_before(subject, s)  # a parenthesis the parser did not attach: "(who have ...)"
            return subject
        if current.dep == "relcl":
            return s.head(current)
        if current.dep == "acl" and current.tag == "VBG" and (noun := s.head(current)) is not None and \
                noun.pos in ("NOUN", "PROPN"):
            issuer = s.head(noun) if noun.dep == "dobj" and noun.lemma.lower() in references().utterances else None
            if issuer is not None:  # "X issued a statement demanding ...": X demands it
                return subject_of(issuer, s)
            return last_named(current, noun, s)  # "al-Sharaa, paying his first visit": al-Sharaa pays it
        if current.dep == "acl" and to_infinitive(current, s) and (
                owner := next(iter(s.kids(s.head(current) or current, "poss")), None)) is not None:
            return owner  # "Russia's decision to grant asylum": Russia grants it
        if current.dep == "acomp" and current.pos == "VERB":  # "Kenya is opposed to ...": the participle the
            current = s.head(current)  # parser hangs from the copula takes the copula's subject
            continue
        if current.dep == "acomp" and frames().adjectives.get(current.lemma.lower()) != "plan":
            return None  # "X is keen to meet Y", "unlikely to return": an attitude or a likelihood, no actor
        if current.dep == "acl" and current.tag == "VBD" and (noun := s.head(current)) is not None and \
                noun.pos in ("NOUN", "PROPN") and noun.dep in ("ROOT", "nsubj") and \
                (comma := s.by_i.get(current.i - 1)) is not None and comma.text == ",":
            return noun  # "X, who heads the diocese, called on ...": a finite verb the parser hung on its subject
            # (not "a fighter deployed at the base": a participle, whatever its tag)
        if current.dep == "pcomp" and (by := s.head(current)) is not None and by.text.lower() == "by" and \
                by.dep == "prep" and (done := s.head(by)) is not None and done.pos in ("VERB", "AUX"):
            current = done  # "X answered by expelling the envoys": how X answered is X's own act
            continue
        if (stranded := subject_taken_as_object(current, s)) is not None:
            return stranded  # "walked in after the soldiers withdrew": the soldiers, not who walked in
        if current.dep not in ("conj", "xcomp", "advcl", "ccomp", "pcomp", "acomp"):
            return None  # "acomp": "the two are due to meet": the copula's subject does what is planned
        if current.dep == "conj" and current.tag != "VBN" and not s.kids(current, "auxpass") and (
                shared := s.kids(s.head(current) or current, "nsubjpass")):
            return shared[0]  # "X was indicted and will resign": X resigns
        if current.dep == "xcomp" and (head := s.head(current)) is not None:
            raised = s.kids(head, "nsubjpass")  # "X is expected to attend", "X was asked to leave": X attends
            if raised:
                return raised[0]
            controller = s.kids(head, "dobj")  # "prompting Armenians to flee", "forced Y to withdraw": Y does it
            if controller and head.lemma.lower() in OBJECT_CONTROL and controller[0].i < current.i:
                return controller[0]
        current = s.head(current)
    return None


def people(noun: Token) -> bool:
    """A noun naming people who hold a post or speak for a side ('leaders', 'ministers', 'officials'; references.yaml
    people and news.yaml unnamed sources): they act themselves, unlike the things a participle tells the course of
    ('airlines flying to Asia'), and the names in their "of" phrase are whose they are."""
    return noun.lemma.lower() in references().people or noun.lemma.lower() in news().unnamed_singular


def acting_people(noun: Token, s: Parsed) -> bool:
    """`people`, or a noun whose "of" phrase names a party ('the delegations of X and Y', 'the ministers of X'):
    either way the noun names people who act, not things."""
    return people(noun) or any(o.i in s.mention_at for p in s.kids(noun, "prep") if p.text.lower() == "of"
                               for o in s.kids(p, "pobj"))


def last_named(participle: Token, noun: Token, s: Parsed) -> Token:
    """Who a participle set off after a noun describes: the noun ("the envoy, paying his first visit"), or,
    where the noun holds a list of names and the participle follows its last name ("talks between X and Y,
    paying his first visit"), that name: the parser hangs the participle on the noun, but "his visit" is Y's."""
    before = participle.i - 1
    while before in s.by_i and s.by_i[before].pos == "PUNCT":
        before -= 1
    named = s.by_i.get(before)
    if named is None or named.i == noun.i or named.pos != "PROPN" or named.dep != "conj" or acting_people(noun, s) or \
            noun.i not in {a.i for a in s.ancestors(named)}:  # "the ministers of X and Y, meeting in Z": they meet
        return noun
    return named


def reduced_relative(word: Token, s: Parsed) -> bool:
    """A past participle modifying the noun before it, with no subject or auxiliary of its own: "the lease
    signed in 2017", "an accord concluded under the old government", "troops deployed to the region". It tells
    an event of its own (its own doer, its own time), not the one of the clause around the noun. (A clause
    hanging from a noun with no subject is no simple past: "the accords previously signed with X" tagged VBD.)"""
    noun = s.head(word)
    return word.dep == "acl" and word.tag in ("VBN", "VBD") and noun is not None and noun.pos in ("NOUN", "PROPN") \
        and noun.i < word.i and not s.kids(word, "nsubj", "nsubjpass", "aux", "auxpass")


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


def own_subject_relative(word: Token, s: Parsed) -> bool:
    """A relative clause in the simple past with a subject of its own, not the relative word: "the restrictions
    that parliament imposed in 1998", "the accord the two sides finished drafting in May". It tells an act of
    its own doer at its own time, as a reduced relative does; not a clause whose subject is the relative word
    ("the summit, which is set for May 4": about the summit's time)."""
    if word.dep != "relcl" or word.tag != "VBD":
        return False
    subjects = s.kids(word, "nsubj", "nsubjpass")
    return bool(subjects) and all(t.text.lower() not in RELATIVE_WORDS for t in subjects)


def _named_before(token: Token, s: Parsed) -> Token | None:
    before = [t for t in s.sentence.tokens if t.i < token.i and t.i in s.mention_at]
    return before[-1] if before else None


def refer(token: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """The actor mentions an argument names: its own words and its appositions, conjuncts and
    delegation members ("a delegation including X and Y"), or the antecedent of a pronoun."""
    if token.pos == "PRON" and token.text.lower() in FIRST_PERSON:
        speaker = next((who for start, end, who in s.quoted if start <= token.idx < end), None)
        return [speaker] if speaker is not None else []  # '"We agreed to review them," Lavrov said': Lavrov
    if token.pos == "PRON" and (counted := counted_antecedent(token, s, mentions)):
        return counted
    if token.pos == "PRON" and token.text.lower() in PRONOUNS | THING_PRONOUNS:
        found_one = antecedent(token, s, mentions) if token.text.lower() in PRONOUNS else \
            _thing_antecedent(token, s, mentions)
        ones = [] if found_one is None else \
            named_together(found_one, s, mentions) if token.text.lower() in PLURAL_THINGS else [found_one]
        return [*ones, *joined_to_pronoun(token, s, mentions)]
    found: list[int] = []
    for word, qualifier in s.subtree(token):
        found += [i for i in s.referents.get(word.i, ()) if i not in found]
        index = s.mention_at.get(word.i)
        if index is None or index in found:
            continue
        if qualifier and mentions[index].type in (EntityType.STATE, EntityType.PLACE):
            continue  # "special envoy for Syria": Syria is not a party
        found.append(index)
    if not found:
        found += organisation_named_before(token, s, mentions)
    if not found:
        found += armed_group_named_before(token, s, mentions)
    if not found:
        found += owner_of_forces(token, s, mentions)
    return found


def owner_of_forces(noun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Its fighters took the town', 'their troops withdrew': fighters, soldiers or forces (people, not machines)
    owned by 'its' or 'their' and naming nobody act for the state, organisation or group the pronoun stands for."""
    owner = next(iter(s.kids(noun, "poss")), None)
    if owner is None or owner.pos != "PRON" or owner.text.lower() not in ("its", "their") or \
            noun.text.lower() not in frames().forces:
        return []
    hit = agents().find([noun.text.lower()])
    if noun.text.lower() != "forces" and (hit is None or hit[1].sector not in ARMED_SECTORS):
        return []  # "its aircraft flew sorties": machines, not the people who act
    return refer(owner, s, mentions)


ARMED_SECTORS = frozenset({"military", "armed group", "rebels"})


LOOKBACK = 300  # mentions searched back for the organisation a definite noun names again


def organisation_named_before(noun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'The council met behind closed doors', 'the court ruled': a bare definite noun naming nobody is the
    organisation or group the article named last whose name ends in that noun ("the UN Security Council")."""
    if noun.pos != "NOUN" or s.mentioned is None or [c.dep for c in s.kids(noun)] != ["det"] or \
            s.kids(noun, "det")[0].text.lower() != "the":
        return []
    words = {noun.text.lower(), noun.lemma.lower()}
    last = s.mentioned.before(noun.idx)
    for index in range(last - 1, max(last - LOOKBACK, 0) - 1, -1):
        mention = mentions[index]
        if mention.type in (EntityType.ORG, EntityType.GROUP) and mention.descriptor is None and \
                mention.name.split()[-1:] and mention.name.split()[-1].lower() in words:
            return [index]
    return []


def armed_group_named_before(noun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'Al-Shabaab has gained from the quarrel. The group attacked army posts': a definite noun of a group
    (`references.yaml` armed: "the group", "the militant group") naming nobody stands for the group the article
    named by name last, however far back (news names the group it follows once, then "the group"); people named
    as a group ("fighters", "officials", "UN experts") are passed over, and where the article named no group by
    name, who is meant is not told."""
    if noun.pos != "NOUN" or s.mentioned is None or noun.lemma.lower() not in references().armed or \
            noun.i in s.mention_at or not any(c.dep == "det" and c.text.lower() == "the" for c in s.kids(noun)):
        return []
    if any(c.dep not in ("det", "amod", "compound") or c.i in s.mention_at or c.pos == "PROPN"
           for c in s.kids(noun)):
        return []  # "the group of protesters", "the Wagner group": named or described otherwise
    last = s.mentioned.before(noun.idx)
    for index in range(last - 1, max(last - LOOKBACK, 0) - 1, -1):
        mention = mentions[index]
        if mention.type is EntityType.GROUP and named_group(mention):
            return [index]
    return []


def named_group(mention: ActorMention) -> bool:
    """A group mention that is a name ("Al-Shabaab", "M23", "the RSF"), not people named as a group ("fighters",
    "Analysts" opening a sentence, "UN experts"): known as an armed group by name, or a head word written as a
    name, with a capital or a digit past its first letter, that is not as a whole a generic agent's noun."""
    if mention.descriptor is not None:
        return False
    if armed_key(mention.name) in armed_group_names():
        return True
    words = mention.name.split()
    if not words or not any(c.isupper() or c.isdigit() for c in mention.name[1:]):
        return False
    head = words[-1][:1]
    generic = agents().find([w.lower() for w in words])  # "Police", "Residents": the whole name a common noun
    return (head.isupper() or head.isdigit()) and (generic is None or generic[0] < len(words))


PLURAL_THINGS = {"they", "them", "their"}


def named_together(index: int, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """A plural pronoun whose antecedent was named in a coordination of this sentence stands for every party
    of it: 'X hosted the leaders of A and B, where they signed' (A and B, not B alone). An antecedent named in
    an earlier sentence, or alone, is itself only."""
    token = s.by_i.get(mentions[index].token_end - 1)
    if token is None:
        return [index]
    while token.dep == "conj" and (up := s.head(token)) is not None:
        token = up
    found: list[int] = []
    todo = [token]
    while todo:
        word = todo.pop(0)
        named = s.mention_at.get(word.i)
        if named is not None and named not in found:
            found.append(named)
        todo += s.kids(word, "conj")
    return found if index in found and len(found) > 1 else [index]


def joined_to_pronoun(pronoun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """Who is named beside a pronoun ("called him and Y", "met them and the Y delegation"): its conjuncts'."""
    return [i for conj in s.kids(pronoun, "conj") for i in refer(conj, s, mentions)]


def antecedent(pronoun: Token, s: Parsed, mentions: list[ActorMention]) -> int | None:
    """The last person named before a he/him/his (but not the subject of the same clause); in a phrase
    put first ('Following his meeting with Lavrov, al-Shibani confirmed'), the person the sentence is about."""
    fronted = _fronted_subject(pronoun, s, mentions)
    if fronted is not None:
        return fronted
    clause_subject = None
    head = s.head(pronoun)
    if head is not None:
        subject = subject_of(head, s)
        if subject is not None:
            clause_subject = s.mention_at.get(subject.i)
    here = [i for i in set(s.mention_at.values()) if i != clause_subject and mentions[i].start < pronoun.idx
            and mentions[i].type is EntityType.PERSON and _in_subject(mentions[i], s)
            and agrees(pronoun, mentions[i], s.mentioned)]
    if here:  # "The Russian envoy, Mikhail Bogdanov, stated ..., and he called for ...": Bogdanov
        return max(here, key=lambda i: mentions[i].start)
    if s.mentioned is not None:
        return _indexed_antecedent(pronoun, s, s.mentioned, mentions, clause_subject)
    people = [i for i in range(len(mentions)) if mentions[i].start < pronoun.idx
              and mentions[i].type is EntityType.PERSON and i != clause_subject
              and agrees(pronoun, mentions[i], None)]
    recent = [i for i in people if mentions[i].sentence >= s.sentence.index - 4]
    subjects = [i for i in recent if mentions[i].subject]  # "Omar Haddad, a teacher from Douma, ... He said"
    if subjects:
        return subjects[-1]
    return people[-1] if people else None


def _indexed_antecedent(pronoun: Token, s: Parsed, mentioned: Mentioned, mentions: list[ActorMention],
                        clause_subject: int | None) -> int | None:
    """`antecedent` by binary search: the same answer, in logarithmic time."""
    k = mentioned.before(pronoun.idx)
    subject = mentioned.last_subject[k]
    while subject >= 0 and mentions[subject].sentence >= s.sentence.index - 4:
        if subject != clause_subject and agrees(pronoun, mentions[subject], mentioned):
            return subject
        subject = mentioned.previous_subject[subject]
    person = mentioned.last_person[k]
    for _ in range(PEOPLE_BACK):
        if person < 0:
            return None
        if person != clause_subject and agrees(pronoun, mentions[person], mentioned):
            return person
        person = mentioned.previous[person]
    return None


PEOPLE_BACK = 300  # people searched back for the one a pronoun stands for
MALE, FEMALE = {"he", "him", "his", "himself"}, {"she", "her", "hers", "herself"}


def agrees(pronoun: Token, mention: ActorMention, mentioned: Mentioned | None) -> bool:
    """A person "he" or "she" may stand for: of the pronoun's gender where the text showed one, no country
    the parser took for a person ("Armenia had to ..., he said"), not named inside a quotation the pronoun is
    outside of ("“X did well,” he said": not X). The nearest person who agrees is the antecedent."""
    word = pronoun.text.lower()
    if mention.gender is not None and ((word in MALE and mention.gender != "male")
                                       or (word in FEMALE and mention.gender != "female")):
        return False
    if mention.country is not None or gazetteer().country(mention.name) is not None:
        return False
    return mentioned is None or not mentioned.quoted_apart(mention.start, pronoun.idx)


def _in_subject(mention: ActorMention, s: Parsed) -> bool:
    """The name is a clause's subject or stands beside it ('The Russian envoy, Mikhail Bogdanov, stated')."""
    token = s.by_i.get(mention.token_end - 1)
    for _ in range(4):
        if token is None:
            return False
        if token.dep in ("nsubj", "nsubjpass"):
            return True
        if token.dep not in ("appos", "compound", "flat"):
            return False
        token = s.head(token)
    return False


PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}


def counted_antecedent(pronoun: Token, s: Parsed, mentions: list[ActorMention]) -> list[int]:
    """'The three men said they had agreed', 'both sides said their forces would pull back': a plural pronoun
    after a word of the sentence standing for several parties (`referents`), with no name between the two,
    is those parties."""
    if pronoun.text.lower() not in PLURAL_PRONOUNS:
        return []
    before = [k for k in s.referents if k < pronoun.i]
    if not before:
        return []
    word = max(before)
    if any(word < mentions[i].token_start < pronoun.i for i in set(s.mention_at.values())):
        return []
    return list(s.referents[word])


def _thing_antecedent(pronoun: Token, s: Parsed, mentions: list[ActorMention]) -> int | None:
    """'it'/'its': the last state, organisation or group named before it in the sentence, else before it; for
    'its', not one inside a prepositional phrase when a subject or a possessor of the sentence was one
    ("Russia's support for the regime and its intervention": Russia's)."""
    one = pronoun.text.lower() in ("it", "its")
    if _teller_unnamed(pronoun, s):
        return None
    here = sorted((i for i in set(s.mention_at.values()) if mentions[i].start < pronoun.idx
                   and mentions[i].type in COLLECTIVE and not (one and crowd(mentions[i]))),
                  key=lambda i: mentions[i].start)
    if not here and one and _in_subject_word(pronoun, s):
        earlier = previous_subject(s.sentence.index, pronoun.idx, mentions, s.mentioned)
        if earlier is not None and not crowd(mentions[earlier]):  # "The council met on Monday in X. It shut
            return earlier  # ...": the council, not X
    if here and pronoun.dep == "poss" and _role(mentions[here[-1]], s) == "pobj":
        salient = [i for i in here if _role(mentions[i], s) in ("nsubj", "nsubjpass", "poss")]
        if salient:
            return salient[-1]
    if s.mentioned is not None:
        last = s.mentioned.last_one if one else s.mentioned.last_collective
        index = last[s.mentioned.before(pronoun.idx)]
        return index if index >= 0 and mentions[index].sentence >= s.sentence.index - 1 else None
    for index in range(len(mentions) - 1, -1, -1):
        mention = mentions[index]
        if mention.start < pronoun.idx and mention.type in COLLECTIVE and mention.sentence >= s.sentence.index - 1 \
                and not (one and crowd(mention)):
            return index
    return None


def _in_subject_word(pronoun: Token, s: Parsed) -> bool:
    """'It shut the border', 'Its fighters took the town': the pronoun is a clause's subject or owns it."""
    if pronoun.dep in ("nsubj", "nsubjpass"):
        return True
    head = s.head(pronoun)
    return pronoun.dep == "poss" and head is not None and head.dep in ("nsubj", "nsubjpass")


def previous_subject(sentence: int, offset: int, mentions: list[ActorMention],
                     mentioned: Mentioned | None = None) -> int | None:
    """The state, organisation or group first named as a subject in the sentence before `sentence` (mentions
    before `offset` only): what an 'it' opening the next sentence's subject most likely stands for ("The
    committee said Pakistan would act. It shut the border": Pakistan, not the India named after it)."""
    if mentioned is not None:  # ordered: only the mentions just before the offset
        k = mentioned.before(offset)
        back = k
        while back > 0 and mentions[back - 1].sentence >= sentence - 1:
            back -= 1
        indices: Iterable[int] = range(back, k)
    else:
        indices = range(len(mentions))
    earlier = [i for i in indices if mentions[i].sentence == sentence - 1 and mentions[i].start < offset
               and mentions[i].subject and mentions[i].type in COLLECTIVE]
    return min(earlier, key=lambda i: mentions[i].start) if earlier else None


def _teller_unnamed(pronoun: Token, s: Parsed) -> bool:
    """'The foreign ministry said it did not recognise the decision': an 'it' in what a noun says is that noun;
    where the noun names no party the tagger found, the pronoun stands for nobody (not a party of the sentence
    before)."""
    for node in [pronoun, *s.ancestors(pronoun)]:
        if node.dep != "ccomp":
            continue
        head = s.head(node)
        if head is None or head.lemma.lower() not in SPEECH_VERBS:
            return False
        subject = subject_of(head, s)
        return subject is not None and subject.pos in ("NOUN", "PROPN") and subject.i < pronoun.i and \
            not any(word.i in s.mention_at or word.i in s.referents for word, _ in s.subtree(subject))
    return False


def _role(mention: ActorMention, s: Parsed) -> str:
    last = s.by_i.get(mention.token_end - 1)
    return last.dep if last is not None else ""


def _fronted_subject(pronoun: Token, s: Parsed, mentions: list[ActorMention]) -> int | None:
    chain = [pronoun, *s.ancestors(pronoun)]
    for k, node in enumerate(chain[:-1]):
        governor = chain[k + 1]
        if node.dep == "prep" and governor.pos in ("VERB", "AUX") and node.i < governor.i:
            subject = subject_of(governor, s)
            if subject is not None and subject.i > pronoun.i:
                index = s.mention_at.get(subject.i)
                if index is not None and mentions[index].type is EntityType.PERSON:
                    return index
            return None
    return None
