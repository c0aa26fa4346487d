"""The local step of actor resolution (resolve/local_people.py): people of one article, before matching."""

from __future__ import annotations

from dossier.models import ActorMention, EntityType
from dossier.resolve.local_people import local_people, same_person


def _person(name: str, sentence: int, start: int, type_: EntityType = EntityType.PERSON) -> ActorMention:
    return ActorMention("a1", sentence, start, start + len(name), name, name, type_, 0, 0)


def _never(_: str) -> bool:
    return False


def test_a_lone_surname_joins_the_full_name_named_before() -> None:
    mentions = [_person("Yevgeny Morozov", 0, 0), _person("Morozov", 2, 200)]
    (person,) = local_people(mentions, [None, None], _never)
    assert person.mentions == [0, 1]


def test_a_surname_shared_by_two_people_goes_to_the_one_named_nearest_before() -> None:
    mentions = [_person("Tariq Haddad", 0, 0), _person("Samir Haddad", 3, 300), _person("Haddad", 4, 400)]
    first, second = local_people(mentions, [None] * 3, _never)
    assert first.mentions == [0] and second.mentions == [1, 2]


def test_a_given_name_alone_joins_only_when_it_is_nobodys_surname() -> None:
    mentions = [_person("Nadia Karimova", 0, 0), _person("Nadia", 1, 100)]
    (person,) = local_people(mentions, [None, None], _never)
    assert person.mentions == [0, 1]
    people = local_people(mentions, [None, None], lambda token: token == "nadia")
    assert [p.mentions for p in people] == [[0], [1]]


def test_mentions_already_resolved_are_left_alone() -> None:
    assert local_people([_person("Omar Bakri", 0, 0)], ["someone-known"], _never) == []


def test_a_middle_name_names_the_same_person() -> None:
    assert same_person(("omar", "bakri"), ("khaled", "omar", "bakri"))
    assert not same_person(("omar", "bakri"), ("khaled", "bakri"))


def test_a_name_cut_after_two_parts_is_the_one_longer_name_it_begins() -> None:
    mentions = [_person("Yusuf Gedi", 0, 0), _person("Yusuf Gedi Warsame", 2, 200), _person("Yusuf Gedi", 3, 300)]
    (person,) = local_people(mentions, [None] * 3, _never)
    assert person.tokens == ("yusuf", "gedi", "warsame") and person.mentions == [0, 1, 2]


def test_a_cut_name_two_longer_names_begin_stays_apart() -> None:
    mentions = [_person("Yusuf Gedi Warsame", 0, 0), _person("Yusuf Gedi Farah", 1, 100), _person("Yusuf Gedi", 2, 200)]
    assert len(local_people(mentions, [None] * 3, _never)) == 3


def test_a_lone_middle_name_joins_the_one_name_it_stands_inside() -> None:
    mentions = [_person("Ilmi Daud Jama", 0, 0), _person("Daud", 2, 200)]
    (person,) = local_people(mentions, [None, None], _never)
    assert person.mentions == [0, 1]
    mentions = [_person("Ilmi Daud Jama", 0, 0), _person("Ali Daud Nur", 1, 100), _person("Daud", 2, 200)]
    assert [p.mentions for p in local_people(mentions, [None] * 3, _never)] == [[0], [1], [2]], "two names hold it"
