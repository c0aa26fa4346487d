"""Who said it when the speaker is reached through a title and an agency, or through a pronoun: "he" and "she"
agree with the person they stand for, are never a country, nor someone named inside the quotation; a name in
apposition after a title speaks; a speech verb the parser left without a subject after a quotation and a
description is said by the name closest to it. (Made-up sentences.)"""

from __future__ import annotations

from dossier.extract.actors import genders_by_surname
from dossier.models import ActorMention, EntityType
from dossier.text.names import gender_of_name
from tests.helpers.pipeline import extraction


def direct_speakers(text: str) -> list[str | None]:
    found = extraction(text)
    return [found.mentions[q.speaker].name if q.speaker is not None else None
            for q in found.quotes if q.kind == "direct"]


def test_gender_from_a_title_a_noun_or_a_first_name() -> None:
    assert gender_of_name("Mrs Orla Brennan") == "female"
    assert gender_of_name("Mr. Brennan") == "male"
    assert gender_of_name("spokeswoman Orla Brennan") == "female"
    assert gender_of_name("Governor Peter Halvorsen") == "male"
    assert gender_of_name("Halvorsen") is None, "a surname alone tells nothing"
    assert gender_of_name("Quillon Brasket") is None, "a first name nobody listed tells nothing"


def _person(name: str, start: int, gender: str | None = None) -> ActorMention:
    return ActorMention("a", 0, start, start + len(name), name, name, EntityType.PERSON, 0, 1, gender=gender)


def test_a_surname_named_again_keeps_the_gender_shown_once() -> None:
    mentions = genders_by_surname([_person("Orla Brennan", 0, "female"), _person("Brennan", 40),
                                   _person("Halvorsen", 80)])
    assert [m.gender for m in mentions] == ["female", "female", None]


def test_she_is_the_woman_named_in_apposition_not_the_man_before() -> None:
    text = ("Governor Peter Halvorsen opened the new harbour on Monday. The ministry's spokeswoman, Orla Brennan, "
            "told the Lakeside news agency that the harbour would stay open. “Nobody will be turned away,” she "
            "said.")
    assert direct_speakers(text) == ["Orla Brennan"]


def test_she_with_only_men_named_stays_unattributed() -> None:
    text = "Governor Peter Halvorsen opened the new harbour on Monday. “The work is going well,” she said."
    assert direct_speakers(text) == [None]


def test_he_is_not_a_country_named_in_between() -> None:
    text = ("Governor Peter Halvorsen warned farmers last week that Portugal had to settle the dispute or lose "
            "the market. “We cannot wait another season,” he said.")
    assert direct_speakers(text) == ["Peter Halvorsen"]


def test_he_is_not_the_man_named_inside_the_quotation() -> None:
    text = ("Peter Halvorsen said he would nominate the mayor for a prize. “Mayor Tomas Eriksen did in one year what "
            "nobody managed in ten,” he said.")
    assert direct_speakers(text) == ["Peter Halvorsen"]


def test_the_name_after_a_title_speaks_when_the_verb_lost_its_subject() -> None:
    text = ("“We raised the needs of the fishermen, but the questions of quotas were left open,” an adviser to "
            "the regional governor, Peter Halvorsen, told the Lakeside news agency.")
    assert direct_speakers(text) == ["Peter Halvorsen"]


def test_he_after_a_sentence_whose_speaker_is_a_name_typed_otherwise() -> None:
    text = ("Halvorsen said he would nominate the mayor for a prize. “Mayor Tomas Eriksen did in one year what "
            "nobody managed in ten,” he said.")
    assert direct_speakers(text) == ["Halvorsen"], "the previous sentence's speaker, whatever the tagger typed"
