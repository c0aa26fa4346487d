"""The local step of actor resolution: the people one article names, before any is matched to a known entity.

Full names of one person are grouped (however transliterated, or named by a middle name); a lone surname
("Lavrov") or given name ("Maher") joins the full name seen in the same article, the nearest preceding one
when two people share it. Pure functions: what is a known surname is asked of the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dossier.models import ActorMention, EntityType
from dossier.text.names import name_tokens, same_token

_NEARBY_SENTENCES = 1  # a bare surname refers to a namesake named in this or the previous sentence


@dataclass
class LocalPerson:
    """One person as an article names them: the fullest name and the mentions that are them."""

    tokens: tuple[str, ...]
    mentions: list[int] = field(default_factory=list)  # indices into the article's mention list
    pack_id: str | None = None
    last_sentence: int = -1


def local_people(mentions: list[ActorMention], ids: list[str | None],
                 is_surname: Callable[[str], bool]) -> list[LocalPerson]:
    """The people of one article, each with the indices of its mentions: full names of one person grouped
    (transliterations, a middle name), then each lone name attached to the full name it stands for."""
    people: list[LocalPerson] = []
    singles: list[int] = []
    for index, mention in enumerate(mentions):
        if ids[index] is not None or not _person_like(mention):
            continue
        tokens = name_tokens(mention.name)
        if not tokens:
            continue
        if len(tokens) == 1:
            singles.append(index)
            continue
        person = next((p for p in people if same_person(p.tokens, tokens)), None)
        if person is None:
            person = LocalPerson(tokens, pack_id=mention.pack_id)
            people.append(person)
        person.mentions.append(index)
        person.pack_id = person.pack_id or mention.pack_id
    people = _join_cut_short(people)
    for index in singles:
        _attach_single(index, mentions, people, is_surname)
    return people


def _person_like(mention: ActorMention) -> bool:
    """People, and single words the NER typed otherwise ('Lavrov' ORG) that may be surnames."""
    if mention.country or mention.seat or mention.descriptor or mention.weight > 1:
        return False
    if mention.pack_id:
        return mention.type is EntityType.PERSON
    return mention.type is EntityType.PERSON or len(name_tokens(mention.name)) == 1


def _attach_single(index: int, mentions: list[ActorMention], people: list[LocalPerson],
                   is_surname: Callable[[str], bool]) -> None:
    mention = mentions[index]
    (token,) = name_tokens(mention.name)
    by_surname = [p for p in people if len(p.tokens) >= 2 and same_token(p.tokens[-1], token)]
    # A given name alone ("Maher") only by exact spelling, and only if it is nobody's surname:
    # "Assad" is not "Asaad al-Shaibani".
    by_given = [] if by_surname or is_surname(token) else [
        p for p in people if len(p.tokens) >= 2 and p.tokens[0] == token]
    # A middle name alone ("Omar" after "Khaled Omar Bakri"): Somali and Arabic names chain the father's name
    # after the given name, and that name is often the one used alone; only when it begins or ends no name here.
    by_middle = [] if by_surname or by_given or is_surname(token) or any(
        same_token(p.tokens[0], token) for p in people) else [
        p for p in people if len(p.tokens) >= 3 and any(same_token(middle, token) for middle in p.tokens[1:-1])]
    candidates = by_surname or by_given or (by_middle if len(by_middle) == 1 else [])
    if mention.pack_id:
        candidates = [p for p in candidates if p.pack_id in (None, mention.pack_id)]
    if not candidates:
        if mention.type is not EntityType.PERSON:
            return  # an ORG-labelled single word that is nobody's surname here: not a person
        person = next((p for p in people if p.tokens == (token,)), None)
        if person is None:
            person = LocalPerson((token,), pack_id=mention.pack_id)
            people.append(person)
        person.mentions.append(index)
        return
    chosen = _nearest(candidates, mention, mentions)
    chosen.mentions.append(index)


def _join_cut_short(people: list[LocalPerson]) -> list[LocalPerson]:
    """A name of two parts that begins the longer name of exactly one other person of the article ("Yusuf Gedi"
    beside "Yusuf Gedi Warsame") is that person, cut after the father's name: Somali, Ethiopian and Arabic names
    chain a given name with the father's and the grandfather's, and the first two are the name used day to day."""
    kept: list[LocalPerson] = []
    for person in people:
        longer = [p for p in people if len(person.tokens) == 2 and cut_short(person.tokens, p.tokens)
                  and p.pack_id in (None, person.pack_id)]
        if len(longer) == 1:
            longer[0].mentions = sorted(longer[0].mentions + person.mentions)
            longer[0].pack_id = longer[0].pack_id or person.pack_id
        else:
            kept.append(person)
    return kept


def cut_short(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` is `long` cut after its first parts ('Yusuf Gedi', 'Yusuf Gedi Warsame'), however spelt."""
    return 2 <= len(short) < len(long) and all(same_token(a, b) for a, b in zip(short, long, strict=False))


def _nearest(candidates: list[LocalPerson], mention: ActorMention,
             mentions: list[ActorMention]) -> LocalPerson:
    """The person named closest before the mention; else the one named most often."""
    if len(candidates) == 1:
        return candidates[0]

    def last_before(person: LocalPerson) -> int:
        sentences = [mentions[i].sentence for i in person.mentions if mentions[i].start < mention.start]
        return max(sentences, default=-1)

    recent = max(candidates, key=last_before)
    if last_before(recent) >= mention.sentence - _NEARBY_SENTENCES:
        return recent
    # Otherwise the one the article introduced first: a bare surname usually means its protagonist.
    return min(candidates, key=lambda p: min(mentions[i].start for i in p.mentions))


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Full names of one person: same surname and same given name, however transliterated; or a name given
    by its middle name ('Hassan al-Shaibani' is 'Asaad Hassan al-Shibani')."""
    if not same_token(a[-1], b[-1]):
        return False
    if same_token(a[0], b[0]):
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) == 2 and len(long) >= 3 and any(same_token(short[0], middle) for middle in long[1:-1])
