"""Words that name nobody and events named again, from what the article told before.

Contract: `referents_of` maps the words of a sentence that name no party ("both sides", "the two presidents",
"the delegation") to the actor mentions they refer to; `named_groups` remembers the parties of the group
nouns a sentence named; `refers_back` tells a definite noun that is an event already reported ("their
conversation"); `restated_event` finds the earlier event a definite noun of a named kind names again ("the
visit of the delegation"), so it is dated by it; `counted_back_from_news` dates what the news is counted from
("the talks come a day after X's call": the call, a day before the article's talks). Pure functions of the
parse, the mentions and the events found before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dossier.extract.drafts import Draft
from dossier.extract.participants import chosen_for, last_sides, one_per_side, parties_of
from dossier.extract.syntax import Parsed
from dossier.extract.trigger_words import LIGHT_VERBS, OBJECT_DEPS
from dossier.lexicon import references
from dossier.models import ActorMention, EntityType, EventMention, Modality, Token
from dossier.plover import EventType


def referents_of(s: Parsed, mentions: list[ActorMention], found: list[EventMention],
               groups: dict[str, list[int]], here: list[Draft]) -> dict[int, list[int]]:
    """What the words of a sentence that name nobody refer to: 'both sides', 'the two presidents', 'the
    sides' are the two sides of an event told before them: a meeting earlier in the sentence ('following his
    meeting with X, he said the two sides agreed'), else the article's last event told with two sides; 'the
    delegation' is the last delegation the article named with its party."""
    words = references()
    referred: dict[int, list[int]] = {}
    for token in s.sentence.tokens:
        if token.pos != "NOUN" or token.i in s.mention_at:
            continue
        lemma = token.lemma.lower()
        number = _number(token, s)
        if lemma in words.parties and (number or _counted(token, s, lemma in words.parties_alone)) and not (
                lemma in words.people and s.kids(token, "poss")):  # "our two presidents": not the speakers
            contact = [d for d in here if (d.rule.type == EventType.CONSULT or lemma in words.forces) and
                       d.trigger.i < token.i and len(parties_of(d.actors, d.targets, mentions)) >= 2]
            # "following his meeting with X, the two sides"; "X sent jets against Y after the two armies clashed"
            sides = (contact[-1].actors, contact[-1].targets) if contact else last_sides(found, mentions)
            parties = one_per_side(*sides, mentions, people=lemma in words.people) if (number or 2) == 2 else []
            office = portfolio_of(token, s, words.portfolios) if lemma in words.people else None
            holders = office_holders(token, office, s.sentence.index, mentions) if office is not None else []
            if office is not None and len(holders) == (number or 2):
                referred[token.i] = holders  # "the two foreign ministers": the people named so
                continue
            if office is not None and any(titled_otherwise(token, i, words.leaders, mentions) for i in parties):
                continue  # "Trump hosted Aliyev. The two foreign ministers ...": not those two; who is not told
            kind = EntityType.PERSON if lemma in words.people else EntityType.STATE if lemma in words.states else None
            if kind is not None and number and not _of_kind(parties, number, kind, mentions):
                # "the three men", "the two countries" after an event whose sides are not those people or states
                acting = {i for e in found for i in (*e.actors, *e.targets)}
                parties = named_before(token, s.sentence.index, mentions, (number, kind), acting) or \
                    named_as_a_set(token, s.sentence.index, mentions, (number, kind)) or parties
            if parties:
                referred[token.i] = parties
        elif lemma in words.groups and lemma in groups and _definite(token, s) and not any(
                w.i in s.mention_at for w, _ in s.subtree(token)):
            referred[token.i] = groups[lemma]
    return referred


def portfolio_of(noun: Token, s: Parsed, portfolios: frozenset[str]) -> str | None:
    """The office a plural noun of people is qualified by ('the two foreign ministers': "foreign", 'both defence
    chiefs': "defence"; `references.yaml` portfolios), lower-cased; None for a noun with no such word ('the two
    presidents', 'the two rebel leaders')."""
    return next((c.text.lower() for c in s.kids(noun, "amod", "compound") if c.text.lower() in portfolios), None)


def office_holders(noun: Token, office: str, sentence: int, mentions: list[ActorMention]) -> list[int]:
    """The people the article named, up to this noun, with the office written before their name ('Foreign
    Minister X', 'Azerbaijan's foreign minister X'): one mention of each (by surname), in the order first named."""
    word = noun.lemma.lower()
    pattern = re.compile(rf"\b{re.escape(office)}\s+{re.escape(word)}s?\b", re.IGNORECASE)
    chosen: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.type is EntityType.PERSON and (m.sentence < sentence or (m.sentence == sentence and m.start < noun.idx)) \
                and pattern.search(m.text):
            chosen.setdefault(_key(m), i)
    return sorted(chosen.values(), key=lambda i: mentions[i].start)


def titled_otherwise(noun: Token, party: int, leaders: frozenset[str], mentions: list[ActorMention]) -> bool:
    """The person the article named up to this noun with the title of a leader ('President X', 'Prime Minister X';
    `references.yaml` leaders) in any of its mentions: no holder of the office a qualified noun names."""
    person = mentions[party]
    if person.type is not EntityType.PERSON:
        return False
    key = _key(person)
    return any(_key(m) == key and m.type is EntityType.PERSON and m.start < noun.idx
               and m.article_id == person.article_id and bool(m.text.split()) and m.text.split()[0].lower() in leaders
               for m in mentions)


def _counted(noun: Token, s: Parsed, alone: bool) -> bool:
    """'both sides', 'the two leaders', 'our two countries', and for some nouns 'the sides'."""
    if noun.tag != "NNS":
        return False
    kids = s.kids(noun)
    if any(c.text.lower() in references().counts and c.dep in ("det", "nummod", "predet", "preconj") for c in kids):
        return True
    return alone and any(c.dep == "det" and c.text.lower() == "the" for c in kids)


def _number(noun: Token, s: Parsed) -> int:
    """How many a plural noun counts: 'both sides' 2, 'the three men' 3 (`references.yaml` numbers); 0 if none."""
    if noun.tag != "NNS":
        return 0
    numbers = dict(references().numbers)
    return next((numbers[c.text.lower()] for c in s.kids(noun) if c.text.lower() in numbers
                 and c.dep in ("det", "nummod", "predet", "preconj")), 0)


def _of_kind(parties: Sequence[int], number: int, kind: EntityType, mentions: list[ActorMention]) -> bool:
    return len(parties) == number and all(mentions[i].type is kind for i in parties)


SENTENCES_BACK = 6  # sentences searched back for the people "the three men" counts


def named_before(noun: Token, sentence: int, mentions: list[ActorMention], count: tuple[int, EntityType],
                 acting: set[int]) -> list[int]:
    """'A and B met on Tuesday. The emir hosted them. The three men agreed ...': a count of people (or of
    states: 'the two countries') is the people (states) named just before it as someone acting (a clause's
    subject, or a party of an event: `acting`), taking whole sentences back (this one's words before it
    first) until that many are named; one too many in a sentence, or too few within a few sentences, and who
    they are is not told. A person named twice (full name, then surname) counts once, a state by its name."""
    number, kind = count
    chosen: dict[str, int] = {}
    for back in range(SENTENCES_BACK + 1):
        here = [i for i, m in enumerate(mentions) if m.sentence == sentence - back and m.type is kind
                and not m.descriptor and not (back == 0 and m.start >= noun.idx) and (m.subject or i in acting)]
        for i in reversed(here):
            chosen.setdefault(_key(mentions[i]), i)
        if len(chosen) >= number:
            break
    return sorted(chosen.values(), key=lambda i: mentions[i].start) if len(chosen) == number else []


SET_SENTENCES_BACK = 10  # sentences searched back for the set of states "the three countries" names


def named_as_a_set(noun: Token, sentence: int, mentions: list[ActorMention],
                   count: tuple[int, EntityType]) -> list[int]:
    """'A, B and C left the bloc on Wednesday. [...] The minister said the three countries would ...': a count of
    states is the states the latest sentence before it that names exactly that many named together, when every
    state named since (this sentence's words before it included) is one of them; a sentence naming more, or
    none within a few sentences, and which states are meant is not told. States only: people are named too
    often by a surname and a title for a count of them to be read this way."""
    number, kind = count
    if kind is not EntityType.STATE:
        return []
    since: set[str] = set()
    for back in range(SET_SENTENCES_BACK + 1):
        here: dict[str, int] = {}
        for i, m in enumerate(mentions):
            if m.sentence == sentence - back and m.type is kind and not m.descriptor and \
                    not (back == 0 and m.start >= noun.idx):
                here.setdefault(_key(m), i)
        if back and len(here) == number:
            return sorted(here.values(), key=lambda i: mentions[i].start) if since <= set(here) else []
        if len(here) > number:
            return []
        since |= set(here)
    return []


def _key(mention: ActorMention) -> str:
    if mention.type is EntityType.PERSON:
        return mention.name.split()[-1].lower() if mention.name.split() else ""
    return (mention.pack_id or mention.country or mention.name).lower()


def _definite(noun: Token, s: Parsed) -> bool:
    return any(c.dep in ("det", "poss") and c.text.lower() in ANAPHORIC_DETERMINERS for c in s.kids(noun))


def named_groups(s: Parsed, mentions: list[ActorMention], groups: dict[str, list[int]]) -> None:
    """Remember the parties of each group noun named with them: 'a Syrian delegation', 'the Russian side',
    "Russia's delegation", 'a delegation from Syria'."""
    words = references()
    for token in s.sentence.tokens:
        lemma = token.lemma.lower()
        if token.pos != "NOUN" or lemma not in words.groups:
            continue
        named = [s.mention_at[c.i] for c in s.kids(token) if c.i in s.mention_at and c.dep in (
            "amod", "compound", "poss", "nmod")]
        for prep in s.kids(token, "prep"):
            if prep.text.lower() in ("from", "of"):
                named += [s.mention_at[p.i] for p in s.kids(prep, "pobj") if p.i in s.mention_at]
        named = [i for i in dict.fromkeys(named) if mentions[i].type not in (EntityType.PLACE, EntityType.FACILITY)]
        if named:
            groups[lemma] = named


ANAPHORIC_DETERMINERS = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our"}


def refers_back(draft: Draft, s: Parsed, seen: set[EventType | None]) -> bool:
    """'The Kremlin described their conversation as constructive', 'Their discussions focused on ...': a
    noun with a definite or possessive determiner that names no party of its own, in an article that already
    reported an event of its type, is that event again, not a new one."""
    noun = draft.trigger
    if noun.pos not in ("NOUN", "PROPN") or draft.rule.type not in seen:
        return False
    if not any(c.dep in ("det", "poss") and c.text.lower() in ANAPHORIC_DETERMINERS for c in s.kids(noun)):
        return False
    head = s.head(noun)
    if head is not None and noun.dep in OBJECT_DEPS and head.lemma.lower() in LIGHT_VERBS:
        return False  # "Putin held his first phone call with X": the light verb reports it
    if any(w.i in s.mention_at for o in chosen_for(noun, s) for w, _ in s.subtree(o)):
        return False  # "chose Cairo for one of his first trips": a journey with a destination of its own
    return not any(w.i in s.mention_at for w, _ in s.subtree(noun))


ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "latest", "previous", "next", "earlier",
            "later", "new", "another", "upcoming", "recent", "former", "initial", "final"}


def _party_keys(indices: Sequence[int], mentions: list[ActorMention]) -> set[str]:
    return {(mentions[i].pack_id or mentions[i].name).lower() for i in indices}


def restated_event(draft: Draft, s: Parsed, mentions: list[ActorMention],
                    before: list[EventMention]) -> int | None:
    """'A Syrian delegation landed in Moscow on July 31 ... The visit of the Syrian delegation to Moscow
    underscored ...': a definite noun of an event of a named kind (a visit, a phone call) with no time of its
    own, whose parties are all parties of an event of its type and mode the article reported before, names
    that event again: the index of the latest such mention, so it is dated by it. Not a noun that tells which
    one ("the second visit", "the next round")."""
    noun = draft.trigger
    if noun.pos not in ("NOUN", "PROPN") or draft.modality is not Modality.ASSERTED or not _definite(noun, s) or \
            draft.rule.mode is None:
        return None
    if any(c.text.lower() in ORDINALS or c.dep == "nummod" for c in s.kids(noun)):
        return None
    own = _party_keys([*draft.actors, *draft.targets], mentions)
    if draft.location is not None:
        own |= _party_keys([draft.location], mentions)
    if not own:
        return None
    for index in range(len(before) - 1, -1, -1):
        earlier = before[index]
        if earlier.type != draft.rule.type or (draft.rule.mode is not None and earlier.mode != draft.rule.mode):
            continue
        if earlier.modality is not Modality.ASSERTED:
            continue
        theirs = _party_keys([*earlier.actors, *earlier.targets], mentions)
        if earlier.location is not None:
            theirs |= _party_keys([earlier.location], mentions)
        if own <= theirs:
            return index
    return None


NEWS_VERBS = frozenset({"come"})  # "the talks come a day after ...": the news, placed beside an earlier event


def counted_back_from_news(drafts: list[Draft], s: Parsed, before: Sequence[EventMention]) -> None:
    """'The visit comes two days after X's call with Y', 'Talks came a day after ...': a noun of an event that names
    no party, subject of "come", is the news the article reports: the first asserted event of its type the article
    told. What it is counted from (its `time_ref`, 'the call') is then that many days before the news: it takes the
    opposite offset and is dated by that earlier mention (`restates`), whenever resolution dates it. The noun itself
    names nobody and adds no event. Sets it in place; nothing when the article told no such event before."""
    for news in drafts:
        other, time = news.time_ref, news.time
        verb = s.head(news.trigger)
        if other is None or time is None or not time.offset or news.actors or news.targets or \
                news.trigger.pos not in ("NOUN", "PROPN") or news.trigger.dep != "nsubj" or verb is None or \
                verb.lemma.lower() not in NEWS_VERBS or other.time is not None or other.restates is not None:
            continue
        lead = next((k for k, e in enumerate(before) if e.type == news.rule.type
                     and e.modality is Modality.ASSERTED), None)
        if lead is None:
            continue
        other.time = replace(time, offset=-time.offset)
        other.restates = lead
