"""Actor mentions from entity spans: typed with the pack and the country gazetteer, names cleaned.

spaCy's labels are noisy on transliterated names ("Lavrov" ORG, "Hmeymim" NORP); the type a
mention gets here is a weighted vote that resolution adds up across all mentions. Strong
evidence (a facility noun after the name: "Hmeymim airport") weighs more than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise

from dossier.extract.affiliation import children_of, with_affiliation
from dossier.extract.attribution import is_outlet, outlet_names, outlet_shortened, person_noun, unnamed_source_mentions
from dossier.extract.roles import role_mentions
from dossier.extract.time import MONTHS, WEEKDAYS
from dossier.lexicon import Gazetteer, armed_group_names, armed_key, compass, gazetteer, genders, news, roles, titles
from dossier.lexicon.agents import agents
from dossier.models import ActorMention, AnalysedArticle, Article, EntityType, Sentence, Span, Token
from dossier.packs import Pack
from dossier.text.descriptors import descriptor_mentions
from dossier.text.names import gender_of_name, name_tokens, same_token, spells_out, strip_titles

_LABEL_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORG,
    "FAC": EntityType.FACILITY,
    "LOC": EntityType.PLACE,
    "GPE": EntityType.PLACE,
    "NORP": EntityType.GROUP,
    "GROUP": EntityType.GROUP,
}
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_LETTER = re.compile(r"[^\W\d_]")
_NAME_LABELS = ("PERSON", "GPE", "NORP")  # the tagger's names of people, countries and nationalities
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # "On Monday Defence Minister X": no office
_DEMONYM_LIKE = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|is|ic|ite|ites)$", re.IGNORECASE)
STRONG, WEAK = 3.0, 0.5
LOCATED = 2.0  # a preposition of place before a name: more than the tagger's label, less than a place noun after it
# Single words of titles ("President", "Minister", "General"): kept in a person's surface form.
_TITLE_WORDS = frozenset(w.rstrip(".") for title in titles() for w in title.split()) - {"of", "the", "and"}


def actor_mentions(analysed: AnalysedArticle, pack: Pack) -> list[ActorMention]:
    tokens = {t.i: t for s in analysed.sentences for t in s.tokens}
    lowercase_words = {t.text for t in tokens.values() if t.text.islower()}
    mentions = []
    named = frozenset(k for span in analysed.entities if span.label in _NAME_LABELS
                      for k in range(span.token_start, span.token_end))
    for span in analysed.entities:
        mention = _mention(analysed.article, span, pack, tokens, named)
        if mention is not None and not _common_word(mention, lowercase_words):
            mentions.append(mention)
    mentions = outside_titles(mentions)
    mentions = hyphen_joined(split_at_place_words(mentions, analysed.article.text, tokens), analysed.article.text,
                             tokens)
    mentions = [with_outlet_noun(with_area_noun(m, analysed.article.text, tokens), analysed.article.text, tokens)
                for m in mentions]
    mentions += descriptor_mentions(analysed, analysed.entities)
    mentions = [state_military(_state_body(m, analysed.article.text, tokens)) for m in mentions]
    mentions += region_mentions(analysed, mentions, tokens)
    mentions += unlabelled_facilities(analysed, tokens)
    mentions += unlabelled_regions(analysed, tokens)
    mentions += unlabelled_states(analysed, tokens)
    mentions += apposed_names(analysed, pack, tokens)
    mentions = spelt_out_names(analysed, mentions)
    mentions = people_by_surname(sorted(mentions, key=lambda m: (m.start, m.end)))
    mentions = sorted(mentions + given_names_again(analysed, mentions), key=lambda m: (m.start, m.end))
    mentions = sorted(mentions + surnames_again(analysed, mentions), key=lambda m: (m.start, m.end))
    mentions = known_as(mentions, analysed.article.text)
    people = [(m.token_start, m.token_end) for m in mentions if m.type is EntityType.PERSON]
    mentions += unnamed_source_mentions(analysed, people)
    mentions += role_mentions(analysed, mentions)
    mentions += unlabelled_state_bodies(analysed, mentions, tokens)
    mentions += states_named_again(analysed, mentions)
    mentions = groups_described(agents_of_one_state(with_agents(analysed, mentions, tokens)))
    mentions = armed_groups(mentions, tokens)
    mentions = [as_outlet(m, analysed.article.outlet.value or "") for m in listed_with_places(mentions, tokens)]
    appositions: dict[int, list[Token]] = {}  # a word -> the words in apposition to it
    for token in tokens.values():
        if token.dep == "appos":
            appositions.setdefault(token.head, []).append(token)
    children = children_of(tokens)
    marked = [with_affiliation(_mark_gender(_mark_subject(m, tokens), tokens, appositions), tokens, children,
                               _country_name)
              for m in mentions]
    return sorted(genders_by_surname(marked), key=lambda m: (m.start, m.end))


def outside_titles(mentions: list[ActorMention]) -> list[ActorMention]:
    """A name the tagger found inside a person's title ('State' in 'Secretary of State Ann Roe', 'National
    Security' in 'National Security Adviser Tom Berg') is part of that title, not an actor of its own."""
    titled = [(m.start, m.end) for m in mentions if m.type is EntityType.PERSON]
    return [m for m in mentions if m.type is EntityType.PERSON
            or not any(start <= m.start and m.end < end for start, end in titled)]


# A name written as one hyphenated word with short lower-case links ("Hizb-ul-Ansar", "Jamaat-e-Nur"): the
# tagger often keeps one part; and a place qualified by who holds it ("Ruritania-occupied Vale").
_LINKED_AFTER = re.compile(r"^(?:-[a-z]{1,3})+-[A-Z][\w']*")
_LINKED_BEFORE = re.compile(r"[A-Z][\w']*(?:-[a-z]{1,3})+-$")
_HELD_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w]*-(?:occupied|administered|controlled|held|ruled) $")


def joined_extent(text: str, start: int, end: int, place: bool) -> tuple[int, int]:
    """The characters of the whole name a name span is part of: 'Nur' in 'Jamaat-e-Nur' and 'Jamaat' in it are
    'Jamaat-e-Nur'; a place after a holder's word ('Vale' in 'Ruritania-occupied Vale') takes that word."""
    if m := _LINKED_AFTER.match(text[end:end + 40]):
        end += m.end()
    before = text[max(0, start - 40):start]
    if (m := _LINKED_BEFORE.search(before)) or (place and (m := _HELD_BEFORE.search(before))):
        start -= len(m.group(0))
    return start, end


_PLACED = re.compile(r"\s(?:near|outside)\s(?=[A-Z])")


_FACILITY_WORDS = frozenset(noun[-1] for noun in gazetteer().facility_nouns)


def split_at_place_words(mentions: list[ActorMention], text: str, tokens: dict[int, Token]) -> list[ActorMention]:
    """A span the tagger drew over two names and a preposition of place between them ('Vale near Hill') is two
    places: a thing near a place is a place."""
    found = []
    for mention in mentions:
        cut = _PLACED.search(mention.text)
        if cut is None or mention.pack_id or mention.type not in (EntityType.PLACE, EntityType.FACILITY):
            found.append(mention)
            continue
        for start, end in ((mention.start, mention.start + cut.start()), (mention.start + cut.end(), mention.end)):
            inside = [t.i for t in tokens.values() if start <= t.idx < end]
            words = text[start:end]
            if inside and (name := clean_name(words, False)):
                kind = mention.type if words.split()[-1].lower() in _FACILITY_WORDS else EntityType.PLACE
                found.append(replace(mention, start=start, end=end, text=words, name=name, type=kind,
                                     country=None, token_start=min(inside), token_end=max(inside) + 1))
    return found


def with_area_noun(mention: ActorMention, text: str, tokens: dict[int, Token]) -> ActorMention:
    """A region written with the noun of its area ('Vale province', 'the Vale region', 'Vale district') is the place
    named without it: the noun stays in what is written (an alias), not in the name, so 'Vale' and 'Vale province'
    are one place, whatever the tagger said of the name; a noun the tagger left out of the span joins it. Not a
    country nor a capital ('the Moscow region' is no city), nor a person's name or a group's."""
    if mention.type in (EntityType.PERSON, EntityType.STATE, EntityType.GROUP) or mention.country \
            or mention.descriptor or mention.pack_id:
        return mention
    nouns = gazetteer().area_nouns
    rest, _, last = mention.name.rpartition(" ")
    if last in nouns and rest[:1].isupper():
        return replace(mention, name=rest, type=EntityType.PLACE, weight=max(mention.weight, STRONG))
    after = tokens.get(mention.token_end)
    if after is not None and after.text in nouns and after.pos == "NOUN" and " " not in mention.name:
        end = after.idx + len(after.text)
        return replace(mention, end=end, text=text[mention.start:end], token_end=after.i + 1, type=EntityType.PLACE,
                       weight=max(mention.weight, STRONG))
    return mention


def with_outlet_noun(mention: ActorMention, text: str, tokens: dict[int, Token]) -> ActorMention:
    """A name followed by the noun of an outlet ('told the Vale news agency', 'the Harbour daily') is that outlet, an
    organisation whatever the tagger said, written with its noun (an alias) and named without it; not a country
    ('the Ruritanian news agency' names none)."""
    if mention.country or mention.descriptor or mention.pack_id:
        return mention
    following = [t for k in range(2) if (t := tokens.get(mention.token_end + k)) is not None]
    for size in (2, 1):
        words = following[:size]
        if len(words) == size and all(t.text.islower() for t in words) and words[-1].dep != "compound" \
                and " ".join(t.text for t in words) in news().outlet_nouns:  # not "the Lee media adviser"
            end = words[-1].idx + len(words[-1].text)
            return replace(mention, end=end, text=text[mention.start:end], token_end=words[-1].i + 1,
                           type=EntityType.ORG, weight=max(mention.weight, STRONG))
    return mention


def hyphen_joined(mentions: list[ActorMention], text: str, tokens: dict[int, Token]) -> list[ActorMention]:
    """Each mention grown to the hyphenated name it is part of (`joined_extent`), and the mentions it then covers
    (the holder's country in 'Ruritania-occupied Vale') dropped: the name is one actor."""
    grown = []
    for mention in mentions:
        start, end = joined_extent(text, mention.start, mention.end, mention.type is EntityType.PLACE)
        if (start, end) == (mention.start, mention.end) or mention.pack_id:
            grown.append(mention)
            continue
        inside = [t.i for t in tokens.values() if start <= t.idx < end]
        words = text[start:end]
        grown.append(replace(mention, start=start, end=end, text=words, name=clean_name(words, False), country=None,
                             token_start=min(inside), token_end=max(inside) + 1))
    given = set(mentions)  # membership by value, as `in mentions` (a set: an article holds hundreds of mentions)
    wide = [m for m in grown if m not in given]
    if not wide:
        return grown
    return [m for m in grown if m in wide or not any(w.start <= m.start and m.end <= w.end for w in wide)]


def states_named_again(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[ActorMention]:
    """A country the article names in one word ("Thailand") that the tagger missed elsewhere in it ("SURIN,
    Thailand - Thailand sent jets ...": the second left untagged) is named there too: the same mention again."""
    named = {m.text: m for m in mentions if m.type is EntityType.STATE and m.country and m.text == m.name
             and m.token_end - m.token_start == 1}
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    found = []
    for sentence in analysed.sentences:
        for token in sentence.tokens:
            if token.pos == "PROPN" and token.i not in covered and (seen := named.get(token.text)) is not None:
                found.append(replace(seen, sentence=sentence.index, start=token.idx, end=token.idx + len(token.text),
                                     token_start=token.i, token_end=token.i + 1, subject=False))
    return found


def _state_body(mention: ActorMention, text: str, tokens: dict[int, Token]) -> ActorMention:
    """A state's body named after its country ("the Russian Foreign Ministry", "Syria's Foreign Ministry") is
    that country's: named with the country's demonym, and standing for it (two countries' ministries are two
    actors, whatever the tagger left out of the name)."""
    if mention.type is not EntityType.ORG or mention.pack_id or mention.country or mention.descriptor:
        return mention
    words = tuple(mention.name.lower().split())
    if not any(words[k:k + len(body)] == body for body in roles().state_bodies for k in range(len(words))):
        return mention  # "Foreign Ministry", "Ministry of Trade", "Air Force"
    places = gazetteer()
    if places.country(mention.name.split()[0]) is not None:
        country = places.country(mention.name.split()[0])  # the tagger kept the country in the name
        return replace(mention, country=country.name if country else None)
    k = mention.token_start - 1
    before = tokens.get(k)
    if before is not None and before.text in ("'s", "’s"):
        before = tokens.get(k - 1)
    country = places.country(before.text) if before is not None else None
    if before is None or country is None:
        return mention
    start = before.idx
    return replace(mention, start=start, text=text[start:mention.end], token_start=before.i,
                   name=f"{places.demonym(country.name)} {mention.name}", country=country.name)


def state_military(mention: ActorMention) -> ActorMention:
    """A state's military named as a body after its country ('Sudanese Armed Forces', 'Israel Defense Forces',
    "Mali's army" once `_state_body` put the country in the name) is that state's military: the same actor as
    'the army' and 'Sudanese forces' (a descriptor qualified by its country), not an organisation of its own."""
    if mention.type is not EntityType.ORG or mention.pack_id or mention.descriptor:
        return mention
    words = mention.name.split()
    for k in range(1, min(4, len(words))):
        country = gazetteer().country(_POSSESSIVE.sub("", " ".join(words[:k])))
        if country is not None and tuple(w.lower() for w in words[k:]) in roles().militaries:
            return replace(mention, country=country.name, descriptor="military")
    return mention


def body_after(tokens: dict[int, Token], k: int) -> bool:
    """Whether the lower-case words from token `k` name a state's body ('foreign ministry', 'defence ministry',
    'central bank'), as after a country's name or demonym: not a title ('foreign minister'), nor a body that only
    qualifies the noun after it ('the defence ministry spokesman')."""
    words: list[str] = []
    while (word := tokens.get(k + len(words))) is not None and word.text.isalpha() and word.text.islower() \
            and len(words) < 4:
        words.append(word.text.lower())
    for end in range(1, len(words) + 1):
        if any(len(b) <= end and tuple(words[end - len(b):end]) == b for b in roles().state_bodies):
            after = tokens.get(k + end)
            return after is None or after.pos not in ("NOUN", "PROPN")
    return False


def unlabelled_state_bodies(analysed: AnalysedArticle, mentions: list[ActorMention],
                            tokens: dict[int, Token]) -> list[ActorMention]:
    """A state body written in lower case after its country, which the NER does not label: "Cambodia's
    defence ministry", 'the Thai foreign ministry' (an actor of its own, standing for the country as 'the
    Russian Foreign Ministry' does). Not where another mention holds the words ("Cambodia's defence ministry
    spokeswoman" is a person)."""
    places = gazetteer()
    bodies = roles().state_bodies
    covered = {i for m in mentions for i in range(m.token_start, m.token_end) if m.type is not EntityType.STATE}
    text = analysed.article.text
    found = []
    for mention in mentions:
        state = places.country(mention.name) if mention.type is EntityType.STATE else None
        led = tokens.get(mention.token_start) is not None and tokens[mention.token_start].text.lower() == "the"
        if state is None or mention.descriptor or mention.token_end - mention.token_start != 1 + led:
            continue  # one word, or "the" and one word ("the Emirati foreign ministry")
        k = mention.token_end
        if (mark := tokens.get(k)) is not None and mark.text in ("'s", "’s"):
            k += 1
        run: list[Token] = []
        while (word := tokens.get(k + len(run))) is not None and word.text.isalpha() and word.text.islower() \
                and word.i not in covered and len(run) < 4:
            run.append(word)
        for end in range(len(run), 0, -1):
            words = tuple(t.text.lower() for t in run[:end])
            body = next((b for b in bodies if words[-len(b):] == b), None)
            last = run[end - 1]
            if body is None or last.pos not in ("NOUN", "PROPN") or any(t.head != last.i for t in run[:end - 1]):
                continue
            if last.dep in ("compound", "amod", "nmod") and last.head > last.i:
                break  # "the defence ministry spokeswoman": the body only qualifies the noun after it
            first = tokens[mention.token_start]
            stop = last.idx + len(last.text)
            name = f"{places.demonym(state.name)} {' '.join(words)}"
            found.append(ActorMention(analysed.article.id, mention.sentence, first.idx, stop, text[first.idx:stop],
                                      name, EntityType.ORG, first.i, last.i + 1, country=state.name))
            break
    return found


def region_mentions(analysed: AnalysedArticle, mentions: list[ActorMention],
                    tokens: dict[int, Token]) -> list[ActorMention]:
    """A compass word beside a country names one of its regions: 'northeast Syria', 'northeastern Syria' and
    "Syria's northeast" are the place 'northeast Syria' (an actor of the index; events keep the country)."""
    directions = compass()
    text = analysed.article.text
    found = []
    places = gazetteer()
    for mention in mentions:
        state = places.country(mention.name) if mention.type is EntityType.STATE else None
        country = mention.country or (state.name if state is not None else None)
        if mention.type is not EntityType.STATE or mention.descriptor or not country:
            continue
        before, after = tokens.get(mention.token_start - 1), tokens.get(mention.token_end)
        if before is not None and before.text.lower() in directions and before.head == mention.token_end - 1:
            first, last, word = before, tokens[mention.token_end - 1], before.text.lower()
        elif after is not None and after.text in ("'s", "’s") and (word_token := tokens.get(after.i + 1)) is not None \
                and word_token.text.lower() in directions and word_token.pos in ("NOUN", "PROPN") \
                and not ((nxt := tokens.get(word_token.i + 1)) is not None and nxt.pos == "NOUN"):
            first, last, word = tokens[mention.token_start], word_token, word_token.text.lower()
        else:
            continue
        # No tokens of its own: the region is a place the actor index knows, while the parse keeps the
        # country where it was (a party of the sentence's events, as before the region was recognised).
        start, end = first.idx, last.idx + len(last.text)
        found.append(ActorMention(analysed.article.id, mention.sentence, start, end, text[start:end],
                                  f"{directions[word]} {mention.name}", EntityType.PLACE, first.i, first.i,
                                  country=country))
    return found


def spelt_out_names(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[ActorMention]:
    """A name written just before its acronym in brackets ('the Alliance des Etats du Sahel (AES)') is an
    organisation when its words spell the acronym (`text.names.spells_out`), even where the tagger missed it or
    took a word of it for a name of its own (that mention gives way); the acronym too, an organisation there and
    wherever else the article writes it, whatever the tagger said or missed."""
    text, found = analysed.article.text, list(mentions)
    acronyms: set[str] = set()
    for sentence in analysed.sentences:
        words = sentence.tokens
        for k in range(1, len(words) - 2):
            short = words[k + 1].text
            if words[k].text != "(" or words[k + 2].text != ")" or not (short.isalpha() and short.isupper()) \
                    or not 2 <= len(short) <= 8:
                continue
            run = _spelling_run(words[:k], short)
            if run is None:
                continue
            first, last = run[0].i, run[-1].i + 1
            if any(m.token_start < last and m.token_end > first and not (first <= m.token_start and m.token_end <= last)
                   and not (m.token_start <= first and m.token_end >= last) for m in found):
                continue  # a name across its edge: leave the tagger's reading
            acronyms.add(short)
            if any(m.token_start <= first and m.token_end >= last for m in found):
                continue  # named already
            found = [m for m in found if not (first <= m.token_start and m.token_end <= last)]
            start, end = run[0].idx, run[-1].idx + len(run[-1].text)
            found.append(ActorMention(analysed.article.id, sentence.index, start, end, text[start:end],
                                      text[start:end], EntityType.ORG, first, last))
    found = [replace(m, type=EntityType.ORG) if m.name in acronyms and not (m.pack_id or m.country) else m
             for m in found]  # 'LPL' the tagger took for a place
    for sentence in analysed.sentences:
        for word in sentence.tokens:
            if word.text in acronyms and not any(m.token_start <= word.i < m.token_end for m in found):
                found.append(ActorMention(analysed.article.id, sentence.index, word.idx, word.idx + len(word.text),
                                          word.text, word.text, EntityType.ORG, word.i, word.i + 1))
    return sorted(found, key=lambda m: (m.start, m.end))


def _spelling_run(before: tuple[Token, ...], short: str) -> tuple[Token, ...] | None:
    """The shortest run of words ending the tokens `before` a bracket, opening with a capitalised word, that spells
    `short`; None if none does within twice its letters."""
    for size in range(2, min(len(before), 2 * len(short)) + 1):
        run = before[-size:]
        if not all(t.text.isalpha() or "'" in t.text or "’" in t.text for t in run) or not run[0].text[:1].isupper():
            continue
        if spells_out(short, " ".join(t.text for t in run)):
            return run
    return None


def _covered(analysed: AnalysedArticle) -> set[int]:
    """The tokens inside the NER's entity spans."""
    return {i for span in analysed.entities for i in range(span.token_start, span.token_end)}


def _unlabelled_names(analysed: AnalysedArticle, covered: set[int]) -> Iterator[tuple[Sentence, Token]]:
    """Each capitalised, all-letter proper noun the NER left out, with its sentence."""
    for sentence in analysed.sentences:
        for token in sentence.tokens:
            if token.i not in covered and token.pos == "PROPN" and token.text[:1].isupper() and token.text.isalpha():
                yield sentence, token


def unlabelled_facilities(analysed: AnalysedArticle, tokens: dict[int, Token]) -> list[ActorMention]:
    """A proper noun the NER left out, followed by a facility noun, is a facility: 'the Hemeimeem base'."""
    covered = _covered(analysed)
    found = []
    for sentence, token in _unlabelled_names(analysed, covered):
        if (last := _name_run(token, tokens, covered)) is None:
            continue  # the facility's name starts earlier
        end = last.idx + len(last.text)
        words = analysed.article.text[token.idx:end]
        base = ActorMention(analysed.article.id, sentence.index, token.idx, end, words, words, EntityType.FACILITY,
                            token.i, last.i + 1)
        facility = _facility_extension(base, tokens, analysed.article.text)
        if facility is not None and facility.token_end - 1 <= sentence.tokens[-1].i:
            found.append(facility)
    return found


def _name_run(token: Token, tokens: dict[int, Token], covered: set[int]) -> Token | None:
    """The last word of the run of capitalised proper nouns the NER left out that starts at `token`; None when the
    run starts before it."""
    if (before := tokens.get(token.i - 1)) is not None and before.pos == "PROPN" and before.i not in covered:
        return None
    last = token
    while (nxt := tokens.get(last.i + 1)) is not None and nxt.pos == "PROPN" and nxt.i not in covered \
            and nxt.text[:1].isupper():
        last = nxt
    return last


def unlabelled_regions(analysed: AnalysedArticle, tokens: dict[int, Token]) -> list[ActorMention]:
    """A proper noun the NER left out, followed by the noun of an area, is that region: "Ruritania's Vale province"
    (named 'Vale', written with its noun, as `with_area_noun` names a tagged one); not a country's name."""
    covered = _covered(analysed)
    places = gazetteer()
    found = []
    for sentence, token in _unlabelled_names(analysed, covered):
        last = _name_run(token, tokens, covered)
        noun = tokens.get(last.i + 1) if last is not None else None
        if last is None or noun is None or noun.text not in places.area_nouns or noun.pos != "NOUN" \
                or noun.i > sentence.tokens[-1].i:
            continue
        name = analysed.article.text[token.idx:last.idx + len(last.text)]
        if places.country(name) is not None or places.regions.get(name.lower()) is not None:
            continue
        end = noun.idx + len(noun.text)
        found.append(ActorMention(analysed.article.id, sentence.index, token.idx, end,
                                  analysed.article.text[token.idx:end], name, EntityType.PLACE, token.i, noun.i + 1,
                                  weight=STRONG))
    return found


def unlabelled_states(analysed: AnalysedArticle, tokens: dict[int, Token]) -> list[ActorMention]:
    """A country's name the NER left out ('Uzbekistan finally opened the bridge'): a lone capitalised proper
    noun that is the name of a country the gazetteer knows (not its demonym, not part of a longer name) is that
    state; one that is a capital the gazetteer knows ('Baku blamed Paris') is that capital, as the NER's would be
    (a place of its country, which speaks for it when it acts)."""
    places = gazetteer()
    found = []
    for sentence, token in _unlabelled_names(analysed, _covered(analysed)):
        if any((near := tokens.get(k)) is not None and near.pos == "PROPN" for k in (token.i - 1, token.i + 1)):
            continue
        end = token.idx + len(token.text)
        country = places.country(token.text)
        if country is not None and token.text != country.demonym:
            found.append(ActorMention(analysed.article.id, sentence.index, token.idx, end, token.text, token.text,
                                      EntityType.STATE, token.i, token.i + 1, country=country.name))
        elif country is None and (capital := places.capitals.get(token.text.lower())) is not None:
            found.append(ActorMention(analysed.article.id, sentence.index, token.idx, end, token.text, token.text,
                                      EntityType.PLACE, token.i, token.i + 1, country=capital.name))
    return found


def apposed_names(analysed: AnalysedArticle, pack: Pack, tokens: dict[int, Token]) -> list[ActorMention]:
    """A person's name the NER left out, set in apposition after a noun for someone who speaks for others ("the
    ministry's spokesperson, Ann Lee, said", "an aide to the governor, Ann Lee,"): two or three capitalised
    proper nouns, none in an entity span, the last in apposition to that noun, are a person."""
    covered = _covered(analysed)
    found = []
    for sentence, token in _unlabelled_names(analysed, covered):
        noun = tokens.get(token.head)
        if token.dep != "appos" or noun is None or noun.pos != "NOUN" or not person_noun(noun):
            continue
        first = token
        while (before := tokens.get(first.i - 1)) is not None and before.head == token.i and \
                before.dep in ("compound", "flat") and before.pos == "PROPN" and before.text[:1].isupper() and \
                before.text.isalpha() and before.i not in covered:
            first = before
        if not 2 <= token.i - first.i + 1 <= 3:
            continue
        start, end = first.idx, token.idx + len(token.text)
        span = Span(sentence.index, start, end, analysed.article.text[start:end], "PERSON", first.i, token.i + 1)
        if (mention := _mention(analysed.article, span, pack, tokens)) is not None:
            found.append(mention)
    return found


def people_by_surname(mentions: list[ActorMention]) -> list[ActorMention]:
    """A lone name that is the surname (or the given name) of a person named earlier in the article is that
    person's ('Novak' typed ORG after 'Alexander Novak'): typed PERSON here, so that a later 'he' and the
    speaker of a quotation find it. `mentions` are in text order."""
    surnames: dict[str, int] = {}
    for mention in mentions:
        tokens = name_tokens(mention.name) if mention.type is EntityType.PERSON and not mention.descriptor else ()
        if len(tokens) >= 2:
            surnames.setdefault(tokens[-1], mention.start)
            # where people go by their given name ('Phumtham' after 'Phumtham Wechayachai'), it is theirs too
            surnames.setdefault(tokens[0], mention.start)
    if not surnames:
        return mentions
    found = []
    for mention in mentions:
        if mention.type is not EntityType.PERSON and not (mention.pack_id or mention.country or mention.seat
                                                          or mention.descriptor) and mention.weight <= 1.0:
            tokens = name_tokens(mention.name)
            if len(tokens) == 1 and any(start < mention.start and same_token(tokens[0], surname)
                                        for surname, start in surnames.items()):
                mention = replace(mention, type=EntityType.PERSON)
        found.append(mention)
    return found


def _heads(mention: ActorMention, tokens: dict[int, Token]) -> list[Token]:
    inside = [tokens[i] for i in range(mention.token_start, mention.token_end) if i in tokens]
    return [t for t in inside if not (mention.token_start <= t.head < mention.token_end) or t.head == t.i]


def _mark_subject(mention: ActorMention, tokens: dict[int, Token]) -> ActorMention:
    """A subject, or a name in apposition to one ("the ministry's spokesperson, X, said": X speaks)."""
    for head in _heads(mention, tokens):
        if head.dep in ("nsubj", "nsubjpass") or (head.dep == "appos" and head.head in tokens
                                                  and tokens[head.head].dep in ("nsubj", "nsubjpass")):
            return replace(mention, subject=True)
    if _subject_misparsed(mention, tokens):
        return replace(mention, subject=True)
    return mention


def _subject_misparsed(mention: ActorMention, tokens: dict[int, Token]) -> bool:
    """A name opening its sentence right before a verb in the past or present that hangs it from that verb as
    something else and has no subject of its own ('Okonkwo said the plan ...', an unknown word the parser took for
    an adverb): the verb's subject. Not a name that a verb's subject follows ('Yesterday Ann said')."""
    verb, before = tokens.get(mention.token_end), tokens.get(mention.token_start - 1)
    if verb is None or verb.pos != "VERB" or verb.tag not in ("VBD", "VBZ", "VBP") \
            or (before is not None and before.text[:1].isalnum()):
        return False
    heads = _heads(mention, tokens)
    if not heads or any(h.head != verb.i or h.dep in ("nsubj", "nsubjpass", "dobj", "appos") for h in heads):
        return False
    return not any(t.head == verb.i and t.dep in ("nsubj", "nsubjpass")
                   for i in range(verb.i + 1, verb.i + 40) if (t := tokens.get(i)) is not None)


def _mark_gender(mention: ActorMention, tokens: dict[int, Token], appositions: dict[int, list[Token]]) -> ActorMention:
    """A person's gender where the text shows it: a title or a first name in the name ("Mrs X", "Ann X"), or
    a gendered noun the name stands in apposition with ("the spokeswoman, X", "X, the ministry's spokesman")."""
    if mention.type is not EntityType.PERSON:
        return mention
    gender = gender_of_name(mention.text)
    for head in _heads(mention, tokens) if gender is None else ():
        described = [tokens[head.head]] if head.dep == "appos" and head.head in tokens else []
        described += appositions.get(head.i, [])
        gender = next((g for t in described if (g := genders().nouns.get(t.lemma.lower())) is not None), None)
    return replace(mention, gender=gender) if gender is not None else mention


def genders_by_surname(mentions: list[ActorMention]) -> list[ActorMention]:
    """A person named again by surname ("Lee" after "Mrs Ann Lee") has the gender the article showed for that
    surname, when it showed only one."""
    known: dict[str, set[str]] = {}
    for mention in mentions:
        tokens = name_tokens(mention.name)
        if mention.type is EntityType.PERSON and mention.gender is not None and tokens:
            known.setdefault(tokens[-1], set()).add(mention.gender)
    found = []
    for mention in mentions:
        tokens = name_tokens(mention.name)
        shown = known.get(tokens[-1], set()) if mention.type is EntityType.PERSON and tokens else set()
        if mention.gender is None and len(shown) == 1:
            mention = replace(mention, gender=next(iter(shown)))
        found.append(mention)
    return found


def clean_name(text: str, person: bool = True) -> str:
    """'the Kremlin’s' -> 'Kremlin'; 'Deputy Foreign Minister Mikhail Bogdanov' -> 'Mikhail Bogdanov'.

    Titles are stripped from people only ('General Intelligence Service' keeps its 'General');
    a name that is nothing but a title ('Lieutenant General') comes back empty.
    """
    name = _POSSESSIVE.sub("", text.strip(" \t,;:.!?\"“”‘’()[]")).strip()
    without_titles = strip_titles(name)
    if person or not without_titles:
        return without_titles
    return name[4:] if name.lower().startswith("the ") else name


def _mention(article: Article, span: Span, pack: Pack, tokens: dict[int, Token],
             named: frozenset[int] = frozenset()) -> ActorMention | None:
    name = clean_name(span.text, person=span.label == "PERSON")
    if not _LETTER.search(name):
        return None  # "Lieutenant General" alone: a title with no name
    after = tokens.get(span.token_end)
    if not span.pack_id and " " not in name and after is not None and after.text.lower() in _TITLE_WORDS \
            and not (gazetteer().country(name) is not None and body_after(tokens, span.token_end)):
        return None  # "Defence" in "Defence Minister": part of a title; not "Thai" in "the Thai foreign ministry"
    base = ActorMention(article.id, span.sentence, span.start, span.end, span.text, name,
                        _LABEL_TYPES.get(span.label, EntityType.ORG), span.token_start, span.token_end)
    if span.pack_id and (actor := pack.actor(span.pack_id)) is not None:
        speaks_for = actor.denotes is not None  # the Kremlin, Moscow: they speak for Russia
        known = replace(base, type=actor.type, pack_id=actor.id, seat=speaks_for)
        if actor.type is EntityType.PERSON:  # "President Putin", as without a pack
            return _with_title(_with_given_names(known, article.text, tokens), article.text, tokens, named)
        if actor.type is EntityType.FACILITY and (facility := _facility_extension(known, tokens, article.text)):
            return facility  # "Tartous naval facility"
        return _with_article(known, article.text, tokens)
    places = gazetteer()
    if (bloc := places.blocs.get(name.lower()) or places.blocs.get(span.text.lower())) is not None:
        return _with_article(replace(base, type=EntityType.GROUP, name=bloc), article.text, tokens)
    if (place := _mislabelled_place(base, span, tokens)) is not None:
        return place
    if span.label == "PERSON":
        if facility := _facility_extension(base, tokens, article.text):
            return facility  # "the Zarqoun air base", "the Omar Sayed air base": no person, whatever the tagger said
        if (state := state_taken_for_person(base.name, tokens.get(span.token_start - 1))) is not None:
            return _with_article(replace(base, type=EntityType.STATE, country=state), article.text, tokens)
        if (region := region_taken_for_person(base.name, tokens.get(span.token_start - 1))) is not None:
            return _with_article(replace(base, type=EntityType.PLACE, name=region), article.text, tokens)
        return _with_title(_with_given_names(_without_demonym(base, tokens), article.text, tokens), article.text,
                           tokens, named)
    if span.label not in ("GPE", "NORP", "ORG", "FAC", "LOC"):
        return base
    if (person := titled_person(base, article.text)) is not None:
        return person
    if (person := apposed_to_role(base, tokens)) is not None:
        return person
    if (organisation := places.organisation(name) or places.organisation(_bare(span.text))) is not None \
            and not own_body(name, article.text):
        return _with_article(replace(base, type=EntityType.ORG, name=organisation), article.text, tokens)
    if (seat := places.seats.get(name.lower())) is not None:
        seat_mention = replace(base, type=EntityType.FACILITY, country=seat.name, seat=True)
        return _with_article(seat_mention, article.text, tokens)
    if (country := places.country(name) or places.country(_bare(span.text))) is not None:
        return _with_article(replace(base, type=EntityType.STATE, country=country.name), article.text, tokens)
    if span.label in ("GPE", "LOC") and (capital := places.capitals.get(name.lower())) is not None:
        return replace(base, type=EntityType.PLACE, country=capital.name)
    if (region := places.regions.get(name.lower())) is not None:
        return _with_article(replace(base, type=EntityType.PLACE, name=region), article.text, tokens)
    if facility := _facility_extension(base, tokens, article.text):
        return facility
    if named_facility(name):
        return _with_article(replace(base, type=EntityType.FACILITY, weight=STRONG), article.text, tokens)
    if span.label == "NORP" and not _DEMONYM_LIKE.search(name) and where_to(span, tokens):
        return _with_article(replace(base, type=EntityType.PLACE, weight=WEAK), article.text, tokens)
    if span.label == "NORP" and not _DEMONYM_LIKE.search(name):
        return _with_article(replace(base, weight=WEAK), article.text, tokens)  # "Hmeymim" is no nationality
    if span.label in ("GPE", "LOC") and " " not in name and (last := tokens.get(span.token_end - 1)) \
            and located_by(last, tokens.get(span.token_end), tokens):
        return replace(base, type=EntityType.PLACE, weight=LOCATED)  # "the base in Vale": surely a place
    return _with_article(base, article.text, tokens)


_INITIAL = re.compile(r"^(?:[A-Z]\.)+(?:[A-Z]\.?)?$|^[A-Z]$")


def _country_name(word: str) -> str | None:
    """The country a country's name or demonym names ('Russian': Russia), else None."""
    country = gazetteer().country(word)
    return country.name if country is not None else None


def state_taken_for_person(name: str, before: Token | None) -> str | None:
    """The country a name the tagger took for a person stands for ('Azerbaijan launched an offensive', 'led on the
    Ruritanian side'): a country's name or demonym written alone, with no title before it ('President Jordan')."""
    if before is not None and before.text.lower().rstrip(".") in _TITLE_WORDS:
        return None
    country = gazetteer().country(name)
    return country.name if country is not None else None


def region_taken_for_person(name: str, before: Token | None) -> str | None:
    """The region a name the tagger took for a person is ('across the Sahel', 'a Sahel researcher'): a region's name
    the lexicon knows written alone, with no title before it."""
    if before is not None and before.text.lower().rstrip(".") in _TITLE_WORDS:
        return None
    return gazetteer().regions.get(name.lower())


def titled_person(mention: ActorMention, text: str) -> ActorMention | None:
    """A rank or office before a name the tagger took for a body ('Air Marshal A.B. Rao', 'Vice Admiral A B Rao',
    'Senator J. Lee') is a person: an office of two words or more, or a name with initials, after the title. A
    name ending in a body's word ('the US State Department') stays a body."""
    every = mention.name.split()
    if every and every[-1].lower() in roles().body_heads:
        return None
    last_title = max((k for k, w in enumerate(every[:3]) if w.lower().rstrip(".") in _TITLE_WORDS), default=-1)
    title, words = every[: last_title + 1], every[last_title + 1:]
    rest = " ".join(words)
    if not title or not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) \
            or not (len(title) >= 2 or any(_INITIAL.match(w) for w in words[:-1])):
        return None
    return replace(mention, type=EntityType.PERSON, name=rest)


def apposed_to_role(mention: ActorMention, tokens: dict[int, Token]) -> ActorMention | None:
    """A name of two to four capitalised words the tagger took for a body or a group, set in apposition to the noun
    of a person's office ('the island's president, Ana Beyene', 'Ana Beyene, the country's leader'): a person. Never
    a place (a parse may set a capital beside an office: 'from Vale City, the minister, X, said'), a name the
    lexicon knows, nor one ending in a body's word."""
    words = mention.name.split()
    if mention.type not in (EntityType.ORG, EntityType.GROUP) or not 2 <= len(words) <= 4 \
            or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
            or words[-1].lower() in roles().body_heads or any(_place_word(w) for w in (*words, mention.name)) \
            or gazetteer().organisation(mention.name) or news().organisation(mention.name):
        return None
    for head in _heads(mention, tokens):
        beside = [tokens[head.head]] if head.dep == "appos" and head.head in tokens else []
        beside += [t for i in range(mention.token_end, mention.token_end + 8)
                   if (t := tokens.get(i)) is not None and t.dep == "appos" and t.head == head.i]
        if any(t.pos == "NOUN" and (t.text.lower() in _office_nouns() or person_noun(t)) for t in beside):
            return replace(mention, type=EntityType.PERSON, name=clean_name(mention.text, person=True))
    return None


@cache
def _office_nouns() -> frozenset[str]:
    """The nouns of the offices `roles.yaml` lists, written last ('president', 'minister', 'leader', 'emir')."""
    return frozenset(phrase.split()[-1] for phrase in roles().words if " of " not in phrase)


def listed_with_places(mentions: list[ActorMention], tokens: dict[int, Token]) -> list[ActorMention]:
    """A one-word name the tagger took for a person or a body, listed with a town or region ('flights from Vale
    and Hill', 'Hill and Vale') is a place too (not with a country or a capital, which stand for a state)."""
    places = {i for m in mentions if m.type is EntityType.PLACE and not m.country and not m.descriptor
              for i in range(m.token_start, m.token_end)}
    found = []
    for mention in mentions:
        last = tokens.get(mention.token_end - 1)
        if mention.type in (EntityType.PERSON, EntityType.ORG) and not mention.pack_id and not mention.country \
                and not mention.descriptor and " " not in mention.name and last is not None \
                and ((last.dep == "conj" and last.head in places)
                     or any(t.dep == "conj" and t.head == last.i and t.i in places for t in _after(last, tokens))):
            mention = replace(mention, type=EntityType.PLACE)
        found.append(mention)
    return found


def _after(token: Token, tokens: dict[int, Token]) -> list[Token]:
    return [t for k in range(token.i + 1, token.i + 4) if (t := tokens.get(k)) is not None]


_PLACES = (EntityType.PLACE, EntityType.STATE, EntityType.FACILITY)


def as_outlet(mention: ActorMention, outlet: str) -> ActorMention:
    """A name that is the article's own outlet or reads as a news organisation's ('Harbour Gazette', whatever
    the tagger said: a person, a place) is an organisation; one the article's outlet writes by its last words ('the
    Gazette' in the 'Lake Gazette'; not a name standing as a place: 'in Vale' of a 'Radio Vale') is that outlet
    (`outlet_shortened`)."""
    if not (mention.pack_id or mention.country or mention.descriptor) and mention.type not in _PLACES \
            and (full := outlet_shortened(mention.name, outlet_names(outlet))) is not None:
        return replace(mention, name=full, type=EntityType.ORG, weight=STRONG)
    if mention.pack_id or mention.country or mention.descriptor or mention.type is EntityType.ORG \
            or not is_outlet(mention.name, [outlet] if outlet else []):
        return mention
    return replace(mention, type=EntityType.ORG, weight=STRONG)


def where_to(span: Span, tokens: dict[int, Token]) -> bool:
    """A name the tagger took for a nationality that is no demonym, standing where a place stands: the object of a
    preposition of place, or joined to one ('markets across Idlib and Aleppo', 'lines around Aleppo'): a place.
    The same test as for a name taken for a person or a body (`located_by`)."""
    last = tokens.get(span.token_end - 1)
    return last is not None and located_by(last, tokens.get(span.token_end), tokens)


def own_body(name: str, text: str) -> bool:
    """A generic form of an international body's name ('the Security Council') in an article that never names
    that body ('United Nations', 'UN'): a state's own council, not the organisation."""
    needs = gazetteer().generic_forms.get(name.lower()) or gazetteer().generic_forms.get(_bare(name).lower())
    return needs is not None and not any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) for word in needs)


_CAPITAL_NOUNS = frozenset({"capital", "seat"})


def introduced_as_place(name: Token, tokens: dict[int, Token], place_nouns: frozenset[str]) -> bool:
    """A name the text introduces as a place by a noun of places: in apposition ('X, the capital of Y', 'X, the
    largest city in the region', 'the border town, X') or after 'of' ('the town of X', 'the city of X')."""
    nouns = place_nouns | _CAPITAL_NOUNS

    def placed(token: Token | None) -> bool:
        return token is not None and token.pos == "NOUN" and token.lemma.lower() in nouns

    if name.dep == "appos" and placed(tokens.get(name.head)):
        return True
    if name.dep == "pobj" and (of := tokens.get(name.head)) is not None and of.text.lower() == "of" \
            and placed(tokens.get(of.head)) and of.head < of.i:
        return True
    return any(t.head == name.i and t.dep == "appos" and placed(t)
               for k in range(name.i + 1, name.i + 10) if (t := tokens.get(k)) is not None)


def _mislabelled_place(mention: ActorMention, span: Span, tokens: dict[int, Token]) -> ActorMention | None:
    """A place the small NER model took for a person or an organisation: a capital the gazetteer knows
    ('Baku would not accept', 'in central Yerevan': the capital, standing for its state when it acts, as
    'Moscow' does), or a name followed by a place noun ('its Nakhchivan exclave', 'Surin province')."""
    if span.label not in ("PERSON", "ORG", "NORP") or not mention.name[:1].isupper():
        return None
    places = gazetteer()
    before = tokens.get(span.token_start - 1)
    titled = before is not None and before.text.lower().rstrip(".") in _TITLE_WORDS
    if not titled and (capital := places.capitals.get(mention.name.lower())) is not None \
            and places.country(mention.name) is None:
        return replace(mention, type=EntityType.PLACE, country=capital.name)
    after = tokens.get(span.token_end)
    if after is not None and after.text.lower() in places.place_nouns and after.pos == "NOUN":
        return replace(mention, type=EntityType.PLACE, weight=STRONG)
    if (last := tokens.get(span.token_end - 1)) is not None and introduced_as_place(last, tokens, places.place_nouns):
        return replace(mention, type=EntityType.PLACE, weight=STRONG)
    the_body = before is not None and before.text.lower() == "the"  # "outside the Congress": a body's seat
    if " " not in mention.name and not mention.name.isupper() and (last := tokens.get(span.token_end - 1)) \
            and not the_body and (mention.name.lower(),) not in roles().state_bodies \
            and located_by(last, after, tokens):
        return replace(mention, type=EntityType.PLACE, weight=LOCATED)
    return None


# Prepositions of place: their object is where something is or happens ("fighting near Vale", "markets across
# Vale", "in Vale"); `_ABOVE` ones only after a verb ("jets over Vale", "pushed into Vale": something happened
# there, not "an inquiry into Lee"), "at" after a site's noun or a verb (`located_by`).
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "across", "throughout", "inside"})
_ABOVE = frozenset({"over", "above", "into"})
# "the crossing at Vale", "a camp at Vale": "at" names a place after a noun of a site (not "an analyst at X")
_SITES = frozenset({"crossing", "border", "camp", "complex", "site", "post", "checkpoint", "base", "airport",
                    "airbase", "port", "station", "bases", "camps", "sites", "posts"})


def located_by(name: Token, after: Token | None, tokens: dict[int, Token]) -> bool:
    """A one-word name the tagger took for a person or a body is a place when a preposition of place governs it
    or the name it is listed with ('shelling near Vale', 'heard over Vale and Hill', 'the crossing at Vale'), or
    when it is what a place noun is of ('the town of Vale'), not when it owns something ('in Lee's view') nor
    when the preposition hangs on a noun of trust or feeling ('confidence in Lee')."""
    while name.dep == "conj" and (first := tokens.get(name.head)) is not None and first.i < name.i:
        name = first
    preposition = tokens.get(name.head)
    if name.dep != "pobj" or preposition is None or (after is not None and after.text in ("'s", "’s")):
        return False
    head = tokens.get(preposition.head)
    word = preposition.text.lower()
    if head is None:
        return False
    if word in _ABOVE:
        return head.pos in ("VERB", "AUX")
    if word == "of":  # "the town of Vale", "the island of Vale": the name of the place the noun is
        return head.pos == "NOUN" and head.text.lower() in gazetteer().place_nouns
    if word == "at":  # "closed the crossing at Vale", "strikes at Vale and Hill"; never "an analyst at X"
        return head.lemma.lower() in _SITES or (head.pos in ("VERB", "AUX") and head.lemma.lower() not in _AT_WORK)
    return word in PLACE_PREPOSITIONS and head.pos in ("VERB", "AUX", "NOUN", "PROPN") \
        and head.lemma.lower() not in _FEELING_NOUNS


_AT_WORK = frozenset({"work", "study", "teach", "serve", "say", "tell", "speak", "write", "report", "join"})
_FEELING_NOUNS = frozenset({"confidence", "faith", "trust", "belief", "interest", "hope", "pride", "role",
                            "part", "share", "stake", "successor", "rival"})


AGENT = "agent"  # ActorMention.descriptor of a generic agent with no state ("police"): its article's own
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def with_agents(analysed: AnalysedArticle, mentions: list[ActorMention],
                tokens: dict[int, Token]) -> list[ActorMention]:
    """The mentions, with the generic agents that act or are acted on ('Police detained a dozen people',
    'several thousand opposition supporters rallied', 'Armenian police'): a group named by the agents
    dictionary's phrase, with the state a demonym or a possessive gives it. Only plural or mass nouns in a
    clause role (subject, object, object of a preposition): a singular 'a soldier' is a person, a noun
    modifying another ('police station') names no one, and 'its troops' are the actor named before. Words
    other rules took (names, descriptions, unnamed sources) stay theirs, except a bare capitalised word of
    the phrase the NER took for a name ('Riot' in 'Riot police'), which the phrase absorbs. One with no state
    is marked `AGENT`: resolution keeps it to its article."""
    table = agents()
    places = gazetteer()
    loose = {m.token_start: m for m in mentions if m.token_end == m.token_start + 1 and not (
        m.pack_id or m.country or m.descriptor or m.seat) and m.type in (EntityType.PERSON, EntityType.ORG)}
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
    text = analysed.article.text
    found, absorbed = [], set()
    for sentence in analysed.sentences:
        children: dict[int, list[Token]] = {}
        for token in sentence.tokens:
            if token.head != token.i:
                children.setdefault(token.head, []).append(token)
        for token in sentence.tokens:
            if token.i in covered or token.pos not in ("NOUN", "PROPN") or token.dep not in _AGENT_DEPS:
                continue
            start = token.i
            while (prev := tokens.get(start - 1)) is not None and (prev.i not in covered or prev.i in loose) \
                    and prev.dep in ("compound", "amod") and prev.head == token.i and prev.text.isalpha():
                start -= 1
            hit = table.find([tokens[k].text.lower() for k in range(start, token.i + 1)])
            if hit is None:
                continue
            size, agent = hit
            if not (agent.mass or token.tag in ("NNS", "NNPS")):
                continue
            if any(k.dep == "poss" and k.text.lower() in _OWNERS for k in children.get(token.i, [])):
                continue  # "its troops", "their supporters": the actor named before, not a new one
            first = tokens[token.i - size + 1]
            absorbed |= {k for k in range(first.i, token.i) if k in loose}
            country = _agent_state(children.get(token.i, []), first.i, places)
            phrase = " ".join(tokens[k].text.lower() for k in range(first.i, token.i + 1))
            name = f"{places.demonym(country)} {phrase}" if country else phrase
            end = token.idx + len(token.text)
            found.append(ActorMention(analysed.article.id, sentence.index, first.idx, end, text[first.idx:end], name,
                                      EntityType.GROUP, first.i, token.i + 1, country=country,
                                      descriptor=None if country else AGENT))
    return [m for m in mentions if not (m.token_start in absorbed and loose.get(m.token_start) is m)] + found


def agents_of_one_state(mentions: list[ActorMention]) -> list[ActorMention]:
    """A generic agent named without a state ('the peacekeepers') in an article that names the same agent with one
    state only ('Ruritanian peacekeepers') is that state's: the article told whose they are. With two states named
    ('Ruritanian police', 'Osterlich police') it stays the article's own."""
    states: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        if m.type is EntityType.GROUP and m.country and not m.descriptor and not m.pack_id:
            demonym = f"{gazetteer().demonym(m.country)} "
            if m.name.startswith(demonym):
                states.setdefault(m.name[len(demonym):].lower(), set()).add((m.country, m.name))
    found = []
    for m in mentions:
        known = states.get(m.name.lower(), set()) if m.descriptor == AGENT else set()
        if len({country for country, _ in known}) == 1:
            (country, name), *_ = sorted(known)
            m = replace(m, name=name, country=country, descriptor=None)
        found.append(m)
    return found


GROUP_KINDS = ("opposition",)  # descriptions of a non-state armed group: "the rebels", "insurgents", "rebel forces"


def groups_described(mentions: list[ActorMention]) -> list[ActorMention]:
    """A description of a group made with a name the article names as an actor ("M23 rebels", "the Vale
    Front insurgents") is that named group, not a description of its own: the name, typed a group wherever
    the article writes it. Where the article so describes one group only, its bare descriptions of that kind
    ("the rebels", "rebel fighters") are that group too; with two named, whose they are is not told."""
    names = {m.name for m in mentions if not m.descriptor and m.type is not EntityType.PERSON}
    named = {m.owner: m.descriptor for m in mentions
             if m.descriptor in GROUP_KINDS and m.owner in names and not m.country}
    lone = {kind: [owner for owner, k in named.items() if k == kind] for kind in set(named.values())}
    found = []
    for m in mentions:
        if m.descriptor in GROUP_KINDS and not m.country and (
                m.owner in named or (not m.owner and len(lone.get(m.descriptor or "", ())) == 1)):
            owner = m.owner if m.owner in named else lone[m.descriptor or ""][0]
            m = replace(m, name=owner or m.name, type=EntityType.GROUP, descriptor=None, owner=None,
                        weight=STRONG if m.owner else m.weight, kind=m.descriptor)
        elif m.name in named and not m.descriptor and not m.pack_id and not m.country:
            m = replace(m, type=EntityType.GROUP, kind=named[m.name])
        found.append(m)
    return found


# Words that make a named body an armed group: the noun it is set beside ("X, a militia"), or a modifier of that
# noun or of the name ("X, the armed group", "the rebel X", "the paramilitary X").
_ARMED_NOUNS = frozenset({"militia", "militias", "rebels", "insurgents", "guerrillas", "militants", "jihadists",
                          "paramilitaries", "insurgency"})
_GROUP_NOUNS = frozenset({"group", "groups", "movement", "faction", "alliance", "coalition", "organisation",
                          "organization", "brigade"})  # never "forces": a state's "armed forces" are no group
_ARMED_MODIFIERS = frozenset({"armed", "rebel", "paramilitary", "militant", "jihadist", "insurgent", "islamist",
                              "separatist", "guerrilla", "extremist"})


def armed_groups(mentions: list[ActorMention], tokens: dict[int, Token]) -> list[ActorMention]:
    """A name the tagger took for a body that the article calls an armed group ('the Vale Front, a militia', 'Vale
    Front, the armed group', 'the rebel Vale Front', 'the paramilitary VF', 'the Vale Front militia') is a group
    wherever the article writes it (no state, description, person or pack actor); so is a name the lexicon knows
    for an armed group ('Al-Shabaab', whatever the tagger labelled it: `known_armed_group`), each time a strong cue."""
    cues = {(m.start, m.name) for m in mentions if m.type is EntityType.ORG
            and not (m.descriptor or m.pack_id or m.country)
            and (any(_armed_word(t, tokens) for t in _beside(m, tokens)) or _armed_after_comma(m, tokens)
                 or m.name.split()[-1].lower() in _ARMED_NOUNS)}  # "the Vale Front militia", one span
    armed = {name for _, name in cues}
    known = known_armed_groups(mentions)
    return [replace(m, type=EntityType.GROUP, weight=STRONG if (m.start, m.name) in cues or m.name in known
                    else m.weight)
            if ((m.name in armed and m.type is EntityType.ORG) or m.name in known)
            and not (m.descriptor or m.pack_id or m.country) else m
            for m in mentions]


def known_armed_groups(mentions: list[ActorMention]) -> set[str]:
    """The names of the article's mentions that the lexicon knows for non-state armed groups (`armed_groups.yaml`),
    save one that is the surname of a person the article names in full ('Wagner' after 'Anna Wagner')."""
    surnames = {m.name.split()[-1] for m in mentions if m.type is EntityType.PERSON and " " in m.name}
    free = [m for m in mentions if m.name not in surnames and not (m.pack_id or m.country or m.descriptor)
            and m.type in (EntityType.ORG, EntityType.PERSON, EntityType.GROUP, EntityType.PLACE)]
    known = {m.name for m in free if known_armed_group(m.name)}
    # its acronym where the article spells it out ("RSF" beside "Rapid Support Forces")
    return known | {m.name for m in free if m.name.isupper() and any(spells_out(m.name, name) for name in known)}


def known_armed_group(name: str) -> bool:
    """Whether the lexicon knows `name` for a non-state armed group ('al-Shabaab', 'The Taliban', 'Hizbollah')."""
    return armed_key(name) in armed_group_names()


def _armed_after_comma(mention: ActorMention, tokens: dict[int, Token]) -> bool:
    """'X, a Hutu militia', 'X, an armed group': the apposition as written, whatever the parse made of it."""
    comma, article = tokens.get(mention.token_end), tokens.get(mention.token_end + 1)
    if comma is None or article is None or comma.text != "," or article.text.lower() not in ("a", "an", "the"):
        return False
    words = [t.text.lower() for i in range(mention.token_end + 2, mention.token_end + 6)
             if (t := tokens.get(i)) is not None]
    for k, word in enumerate(words):
        if word in _ARMED_NOUNS or (word in _GROUP_NOUNS and any(w in _ARMED_MODIFIERS for w in words[:k])):
            return True
        if not word.isalpha():
            return False
    return False


def _beside(mention: ActorMention, tokens: dict[int, Token]) -> list[Token]:
    """The words set in apposition to a name, the noun it modifies ("the X militia"), and those modifying it from
    before it."""
    found = []
    for head in _heads(mention, tokens):
        if head.dep in ("appos", "compound") and head.head in tokens:
            found.append(tokens[head.head])  # "X, a militia"; "the X militia", "X militants"
        found += [t for i in range(mention.token_end, mention.token_end + 8)
                  if (t := tokens.get(i)) is not None and t.dep == "appos" and t.head == head.i]
        found += [t for i in range(mention.token_start - 2, mention.token_start)
                  if (t := tokens.get(i)) is not None and t.head == head.i and t.dep in ("amod", "compound")
                  and t.text.islower()]
    return found


def _armed_word(token: Token, tokens: dict[int, Token]) -> bool:
    word = token.text.lower()
    if word in _ARMED_NOUNS or (word in _ARMED_MODIFIERS and token.dep in ("amod", "compound")):
        return True
    return word in _GROUP_NOUNS and any(t.head == token.i and t.text.lower() in _ARMED_MODIFIERS
                                        for i in range(token.i - 3, token.i) if (t := tokens.get(i)) is not None)


def _agent_state(modifiers: list[Token], first: int, places: Gazetteer) -> str | None:
    """The state a modifier before an agent phrase names: 'Armenian police', "Armenia's police"."""
    for child in modifiers:
        if child.i >= first or child.dep not in ("amod", "compound", "poss", "nmod"):
            continue
        country = places.country(child.text)
        if country is not None:
            return country.name
    return None


def _with_article(mention: ActorMention, text: str, tokens: dict[int, Token]) -> ActorMention:
    """Keep a leading 'the' in the surface form of non-people ('the Kremlin', 'the Turks'), unless the
    name only modifies the noun after it ('the Russian delegation')."""
    before = tokens.get(mention.token_start - 1)
    last = tokens.get(mention.token_end - 1)
    if mention.type is EntityType.PERSON or before is None or before.text.lower() != "the":
        return mention
    if last is not None and last.dep in ("amod", "compound") and last.head > last.i:
        return mention
    if mention.text.lower().startswith("the "):
        return mention
    return replace(mention, start=before.idx, text=text[before.idx:mention.end], token_start=before.i)


def _with_given_names(mention: ActorMention, text: str, tokens: dict[int, Token]) -> ActorMention:
    """A pack alias or a tagged name that took only part of a name keeps the names written before it: 'Hassan
    al-Shaibani' where the pack knows 'al-Shaibani', 'Muse Gedi Warsame' where the tagger took 'Gedi Warsame'
    (names, not titles, offices, acronyms nor places, tied to the name by the parse: 'Premier Arno Kessler' stays
    'Arno Kessler')."""
    start = mention.token_start
    while (before := tokens.get(start - 1)) is not None and before.pos == "PROPN" and before.text[:1].isupper() \
            and before.text.isalpha() and not _title_or_office(before.text) and not before.text.isupper() \
            and not _place_word(before.text) and mention.token_start <= before.head < mention.token_end \
            and before.dep in ("compound", "flat"):
        start -= 1
    if start == mention.token_start:
        return mention
    first = tokens[start]
    return replace(mention, start=first.idx, text=text[first.idx:mention.end], name=text[first.idx:mention.end],
                   token_start=start)


# what stands between a person's full name and the name they go by: "X, known as Y", "X, better known as 'Y'"
_KNOWN_AS = re.compile(
    r"""^\s*,?\s*(?:(?:also|better|widely|commonly|popularly)\s+)?(?:known\s+as|nicknamed)\s*["'“‘]?$""")


def known_as(mentions: list[ActorMention], text: str) -> list[ActorMention]:
    """A person's full name followed by the name they go by ('Yusuf Gedi Warsame, known as Gediye', 'better known
    as', 'nicknamed'): that name is theirs wherever the article writes it, so each mention of it is given the full
    name, its words kept as written (an alias of the person). `mentions` in text order."""
    nicknames: dict[str, str] = {}
    for before, after in pairwise(mentions):
        if before.type is EntityType.PERSON and not before.descriptor and len(name_tokens(before.name)) >= 2 \
                and not after.pack_id and not after.descriptor and len(name_tokens(after.name)) == 1 \
                and before.end <= after.start and _KNOWN_AS.match(text[before.end:after.start]):
            nicknames.setdefault(after.name, before.name)
    if not nicknames:
        return mentions
    return [replace(m, name=nicknames[m.name], type=EntityType.PERSON, country=None, weight=1.0)
            if m.name in nicknames and not m.pack_id and not m.descriptor else m for m in mentions]


def _place_word(word: str) -> bool:
    """A country, demonym, capital, region, bloc or organisation the lexicon knows: never part of a person's name."""
    places, low = gazetteer(), word.lower()
    return places.country(word) is not None or low in places.capitals or low in places.regions \
        or low in places.blocs or places.organisation(word) is not None


def given_names_again(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[ActorMention]:
    """A person named in full ('Nuru Hailu') and later by the given name alone, which the tagger left untagged
    ('Nuru said ...'): in Ethiopian, Eritrean, Somali and Arabic usage the given name is the one used alone. A
    capitalised word standing alone (a proper noun, or a noun to the tagger, never written in lower case), spelt as
    the first word of exactly one full name of a person in the article and as the last word of no name there, is a
    mention of that person (`mentions` in text order)."""
    full: dict[str, set[tuple[str, ...]]] = {}
    last_words: set[str] = set()
    for mention in mentions:
        words = mention.name.split()
        if len(words) >= 2:
            last_words.add(words[-1])
            if mention.type is EntityType.PERSON and not mention.descriptor and len(name_tokens(mention.name)) >= 2:
                full.setdefault(words[0], set()).add(name_tokens(mention.name))
    given = {word for word, names in full.items() if len(names) == 1 and word not in last_words
             and word.isalpha() and not word.isupper() and not _place_word(word)}
    if not given:
        return []
    return _people_alone(analysed, mentions, lambda t: t.text in given and t.pos in ("PROPN", "NOUN"))


def surnames_again(analysed: AnalysedArticle, mentions: list[ActorMention]) -> list[ActorMention]:
    """A person named in full ('Captain Amadou Sall') and later by the surname alone, which the tagger left
    untagged ('Sall, who rarely speaks, ...'): a capitalised word standing alone (a proper noun, never written in
    lower case, no place's or country's name), spelt as the last word of exactly one full name of a person named
    before it in the article and as the first word of no name there, is a mention of that person (`mentions` in
    text order; `people_by_surname` does the same for a word the tagger labelled)."""
    first: dict[str, int] = {}  # surname -> where the full name is first written
    owners: dict[str, set[tuple[str, ...]]] = {}
    first_words: set[str] = set()
    for mention in mentions:
        words = mention.name.split()
        if len(words) >= 2:
            first_words.add(words[0])
            if mention.type is EntityType.PERSON and not mention.descriptor and len(name_tokens(mention.name)) >= 2:
                owners.setdefault(words[-1], set()).add(name_tokens(mention.name))
                first.setdefault(words[-1], mention.start)
    places = gazetteer()
    known = {word: first[word] for word, names in owners.items() if len(names) == 1 and word not in first_words
             and word.isalpha() and not word.isupper() and not _place_word(word) and places.country(word) is None}
    if not known:
        return []
    return _people_alone(analysed, mentions,
                         lambda t: t.text in known and t.idx > known[t.text] and t.pos == "PROPN")


def _people_alone(analysed: AnalysedArticle, mentions: list[ActorMention],
                  wanted: Callable[[Token], bool]) -> list[ActorMention]:
    """The words `wanted` picks that stand alone, as mentions of a person: in no mention (nor entity span) yet,
    never written in lower case in the article, no capitalised proper noun beside them (part of a longer name)."""
    covered = {i for m in mentions for i in range(m.token_start, m.token_end)} | _covered(analysed)
    lowercase = {t.text.lower() for s in analysed.sentences for t in s.tokens if t.text.islower()}
    found = []
    for sentence in analysed.sentences:
        for token in sentence.tokens:
            beside = (t for t in sentence.tokens if t.i in (token.i - 1, token.i + 1))
            if not wanted(token) or token.i in covered or token.text.lower() in lowercase \
                    or any(t.pos == "PROPN" and t.text[:1].isupper() for t in beside):
                continue  # part of a longer name, or a common word
            end = token.idx + len(token.text)
            found.append(ActorMention(analysed.article.id, sentence.index, token.idx, end, token.text, token.text,
                                      EntityType.PERSON, token.i, token.i + 1))
    return found


def _bare(text: str) -> str:
    """The span without a leading 'the' or a possessive, punctuation kept ('U.S.')."""
    text = _POSSESSIVE.sub("", text.strip())
    return text[4:] if text.lower().startswith("the ") else text


def _with_title(mention: ActorMention, text: str, tokens: dict[int, Token],
                named: frozenset[int] = frozenset()) -> ActorMention:
    """Keep the title written before a person's name in the surface form: 'President Putin', 'Secretary of State
    Marco Rubio', 'Home Minister Amit Shah' (`title_length`); never a word of another name ('Trump' in 'Trump
    adviser Steve Witkoff': `named`, the tokens of the article's person, country and nationality names)."""
    before = [t for k in range(mention.token_start - 1, mention.token_start - 9, -1)
              if (t := tokens.get(k)) is not None][::-1]
    start = mention.token_start - title_length(before, _title_words(),
                                               lambda t: t.i not in named and _title_modifier(t))
    if start == mention.token_start:
        return mention
    first = tokens[start]
    return replace(mention, start=first.idx, text=text[first.idx:mention.end], token_start=start)


def title_length(before: list[Token], title_words: frozenset[str], modifier: Callable[[Token], bool]) -> int:
    """How many of the words written just before a person's name (`before`, in text order) are the title: words of
    the titles lexicon ('Deputy Prime Minister'); a capitalised title word, 'of' and up to three capitalised words
    ('Secretary of State', 'Chief of Staff', 'Minister of Foreign Affairs'); and up to three capitalised words
    naming the office before a capitalised title ('Home Minister', 'Wing Commander', 'National Security Adviser':
    offices the lexicon lists only by their last word). Never a country, a place, a weekday (`modifier`)."""
    def word(token: Token) -> str:
        return token.text.lower().rstrip(".")

    end = i = len(before) - 1
    for k in range(1, 4):  # the "of" form
        j = end - k  # where "of" would stand
        if j < 1 or not all(t.text[:1].isupper() and (word(t) in title_words or modifier(t)) for t in before[j + 1:]):
            break
        if word(before[j]) == "of" and word(before[j - 1]) in title_words and before[j - 1].text[:1].isupper():
            i = j - 2
            break
    while i >= 0 and word(before[i]) in title_words:
        i -= 1
    n = end - i
    if n and before[i + 1].text[:1].isupper():  # a title written as one ('Home Minister'; not 'Trump adviser')
        for token in reversed(before[: i + 1][-3:]):
            if not modifier(token):
                break
            n += 1
    return n


def _title_modifier(token: Token) -> bool:
    """A capitalised word that can name an office before its title word ('Home' Minister, 'Wing' Commander): a noun
    or adjective, not an acronym ('US'), a country, demonym or place, a weekday or month."""
    word = token.text
    if not (word.isalpha() and word[:1].isupper() and not word.isupper()) or token.pos not in ("PROPN", "NOUN", "ADJ"):
        return False
    low = word.lower()
    places = gazetteer()
    return low not in _CALENDAR_WORDS and places.country(word) is None and low not in places.capitals \
        and low not in places.regions


def _without_demonym(mention: ActorMention, tokens: dict[int, Token]) -> ActorMention:
    """'praised Syrian al-Sharaa', 'met Turkish Erdogan': a nationality the tagger took into a person's name is no
    part of it (the person is 'al-Sharaa'). Only a word that is a country's demonym, not its name ('Jordan
    Peterson' keeps 'Jordan'), before a name of its own."""
    first, rest = tokens.get(mention.token_start), tokens.get(mention.token_start + 1)
    if first is None or rest is None or rest.i >= mention.token_end or \
            not any(c.isupper() for c in mention.text[rest.idx - mention.start:]):
        return mention
    country = gazetteer().country(first.text)
    if country is None or first.text.lower() == country.name.lower() or not _DEMONYM_LIKE.search(first.text):
        return mention
    return replace(mention, start=rest.idx, text=mention.text[rest.idx - mention.start:],
                   name=clean_name(mention.text[rest.idx - mention.start:], person=True), token_start=rest.i)


def _title_words() -> frozenset[str]:
    return _TITLE_WORDS


def _title_or_office(word: str) -> bool:
    """A word of a title ('President', 'General') or the noun of an office `roles.yaml` lists ('Premier',
    'Chancellor'): never a given name."""
    return word.lower() in _title_words() or word.lower() in _office_nouns()


def named_facility(name: str) -> bool:
    """A name of two words or more ending in the word of a building or a site ('Unity Stadium', 'Victory
    Monument', 'Independence Square': `facility_heads` in places.yaml) names a facility."""
    rest, _, last = name.rpartition(" ")
    return bool(rest) and rest[:1].isupper() and last.lower() in gazetteer().facility_heads


def _facility_extension(mention: ActorMention, tokens: dict[int, Token], text: str) -> ActorMention | None:
    """'Tartus' followed by 'naval port' is the facility 'Tartus naval port' (still named 'Tartus')."""
    following = [tokens.get(mention.token_end + k) for k in range(3)]
    words = tuple(t.text.lower() for t in following if t is not None)
    for noun in gazetteer().facility_nouns:
        last = following[len(noun) - 1] if words[: len(noun)] == noun else None
        if last is not None:
            end = last.idx + len(last.text)
            extended = replace(mention, end=end, text=text[mention.start:end], type=EntityType.FACILITY,
                               token_end=last.i + 1, weight=STRONG)
            return _with_article(extended, text, tokens)
    return None


def _common_word(mention: ActorMention, lowercase_words: set[str]) -> bool:
    """A capitalised common word the NER took for a name ('Leverage' in a headline, 'Down')."""
    if mention.pack_id or mention.country or " " in mention.name or "-" in mention.name:
        return False
    return mention.name.lower() in lowercase_words
