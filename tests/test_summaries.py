"""Summaries are present-tense English sentences: the verb agrees with its subject, the modality is worded,
an event with no known actor is said without inventing one, and the issue of a statement or talks is named."""

from __future__ import annotations

import pytest

from dossier.lexicon import invitation_words
from dossier.models import Modality
from dossier.plover import EventType, Mode
from dossier.summaries import (
    about_phrase,
    conjugate,
    fled,
    flight_words,
    invites,
    listed,
    plural_name,
    summarise,
    third_person,
)

NAMES = {"min": "Olga Varna", "pres": "Tomas Edel", "pm": "Ines Koral", "north": "Nordland", "south": "Sudria",
         "cap": "Port Alder", "army": "the national army", "front": "the Coast Front", "palace": "the Alder Palace"}


def say(kind: EventType, actors: list[str], targets: list[str] = [], mode: Mode | None = None,  # noqa: B006
        modality: Modality = Modality.ASSERTED, location: str | None = None, about: str | None = None) -> str:
    return summarise(kind, mode, modality, actors, targets, location, NAMES.__getitem__,
                     {"palace": "north"}.get, about)


@pytest.mark.parametrize(("verb", "third"), [("accuse", "accuses"), ("speak by phone", "speaks by phone"),
                                            ("withdraw", "withdraws"), ("mobilise", "mobilises"),
                                            ("make demands", "makes demands"), ("reach", "reaches"), ("deny", "denies"),
                                            ("be held", "is held")])
def test_the_third_person_singular_of_a_phrase_changes_its_first_word(verb: str, third: str) -> None:
    assert third_person(verb) == third


def test_one_actor_takes_the_singular_several_the_plural() -> None:
    assert say(EventType.ACCUSE, ["min"], ["south"]) == "Olga Varna accuses Sudria"
    assert say(EventType.CONSULT, ["pres", "pm"], mode=Mode.PHONE) == "Tomas Edel and Ines Koral speak by phone"
    assert say(EventType.CONSULT, ["min"], ["cap"], mode=Mode.VISIT, location="cap") == "Olga Varna visits Port Alder"
    assert say(EventType.REJECT, ["min", "pres", "pm", "north"]) == (
        "Olga Varna, Tomas Edel, Ines Koral and 1 other refuse")


def test_a_seat_of_government_is_not_listed_beside_the_state_it_stands_for() -> None:
    assert say(EventType.THREATEN, ["palace", "north"], ["south"]) == "The Alder Palace threatens Sudria"


def test_an_actor_with_no_known_target_is_not_left_with_a_dangling_verb() -> None:
    assert say(EventType.SUPPORT, ["min"]) == "Olga Varna voices support"
    assert say(EventType.ASSAULT, ["army", "front"]) == "The national army and the Coast Front carry out an attack"
    assert say(EventType.REJECT, ["pres"], modality=Modality.NEGATED) == "Tomas Edel does not refuse"
    assert say(EventType.CONSULT, ["pres", "pm"]) == "Tomas Edel and Ines Koral meet", "no object needed"


@pytest.mark.parametrize(("modality", "said"), [
    (Modality.NEGATED, "Olga Varna does not meet with Tomas Edel"),
    (Modality.FUTURE, "Olga Varna is to meet with Tomas Edel"),
    (Modality.HYPOTHETICAL, "Olga Varna may meet with Tomas Edel")])
def test_the_modality_is_worded_in_the_present(modality: Modality, said: str) -> None:
    assert say(EventType.CONSULT, ["min"], ["pres"], modality=modality) == said


def test_an_event_without_a_known_actor_is_never_given_someone() -> None:
    assert say(EventType.AGREE, [], ["army", "front"]) == "The national army and the Coast Front agree"
    assert say(EventType.SUPPORT, [], ["south"]) == "Sudria is supported"
    assert say(EventType.ASSAULT, [], ["north", "south"], modality=Modality.NEGATED) == (
        "Nordland and Sudria are not attacked")
    assert say(EventType.AID, [], ["south"], modality=Modality.FUTURE) == "Aid is to be sent to Sudria"
    assert say(EventType.ASSAULT, [], location="cap") == "An attack takes place in Port Alder"
    assert say(EventType.CONSULT, [], mode=Mode.VISIT, location="cap") == "Port Alder is visited"
    for kind in EventType:
        for targets in ([], ["south"], ["north", "south"]):
            assert "someone" not in say(kind, [], targets)


def test_the_issue_of_a_statement_or_talks_is_named() -> None:
    assert say(EventType.REQUEST, ["min"], ["north"], about="Fishing rights in the strait") == (
        "Olga Varna makes demands of Nordland over fishing rights in the strait")
    assert say(EventType.CONSULT, ["pres", "pm"], about="Nordish gas transit") == (
        "Tomas Edel and Ines Koral meet about Nordish gas transit"), "a proper adjective keeps its capital"
    assert say(EventType.ASSAULT, ["army"], ["front"], about="Fishing rights") == (
        "The national army attacks the Coast Front"), "a material act is not 'about' an issue"
    assert say(EventType.SUPPORT, ["min"], ["north"], about="Fishing rights") == "Olga Varna supports Nordland"
    assert say(EventType.CONSULT, ["min"], ["cap"], Mode.VISIT, location="cap", about="Fishing rights") == (
        "Olga Varna visits Port Alder")
    assert say(EventType.AGREE, ["min", "pres"], about="Fishing rights") == (
        "Olga Varna and Tomas Edel agree on fishing rights")


def test_lists_and_phrases() -> None:
    assert listed(["A"]) == "A" and listed(["A", "B"]) == "A and B" and listed(["A", "B", "C"]) == "A, B and C"
    assert listed(["A", "B"], 2) == "A, B and 2 others"
    assert conjugate("be supported", True, Modality.ASSERTED) == "are supported"
    assert about_phrase("Sanctions and their lifting") == "sanctions and their lifting"
    assert about_phrase("EU membership") == "EU membership"


PEOPLE = {"min", "pres", "pm"}


def told(actors: list[str], targets: list[str] = [], location: str | None = None,  # noqa: B006
         lemmas: tuple[str, ...] = ("flee",), modality: Modality = Modality.ASSERTED) -> str:
    return summarise(EventType.RETREAT, None, modality, actors, targets, location, NAMES.__getitem__,
                     lemmas=lemmas, person=PEOPLE.__contains__, flights={"flee", "fly", "leave"})


def test_a_persons_flight_is_said_as_one_with_its_destination() -> None:
    """'Edel fled Sudria for Port Alder': he flees to Port Alder; neither state is 'withdrawn from'."""
    assert told(["pres"], ["north", "south"], "cap") == "Tomas Edel flees to Port Alder"
    assert told(["pres", "pm"], location="cap", lemmas=("fly", "flight")) == (
        "Tomas Edel and Ines Koral flee to Port Alder")
    assert told(["pres"], ["south"]) == "Tomas Edel flees", "no place: not where he fled from nor to"
    assert told([], ["pres"], "cap") == "Tomas Edel flees to Port Alder", "'the flight of Edel': he is who flees"
    assert told(["pres"], location="cap", modality=Modality.FUTURE) == "Tomas Edel is to flee to Port Alder"
    assert told(["pres"], location="cap", modality=Modality.NEGATED) == "Tomas Edel does not flee to Port Alder"


def test_other_retreats_stay_withdrawals() -> None:
    assert told(["north"], ["south"], lemmas=("leave",)) == "Nordland withdraws from Sudria", "a state leaving"
    assert told(["pres"], ["south"], lemmas=("withdraw",)) == "Tomas Edel withdraws from Sudria", "not a flight verb"
    assert told(["army"], lemmas=("withdraw",)) == "The national army withdraws"
    assert told(["army", "front"], ["south"], "cap", ("pull",), Modality.HYPOTHETICAL) == (
        "The national army and the Coast Front may withdraw from Sudria in Port Alder")
    assert told([], ["south"], lemmas=("evacuate",)) == "Forces are withdrawn from Sudria"


def test_flight_words_come_from_the_lexicon() -> None:
    assert {"flee", "fly"} <= flight_words()
    assert fled(EventType.RETREAT, ["flee"], ["pres"], PEOPLE.__contains__, flight_words())
    assert not fled(EventType.CONSULT, ["fly"], ["pres"], PEOPLE.__contains__, flight_words()), "a trip"


def test_an_invitation_is_said_as_one() -> None:
    """'Varna invited Edel to visit Port Alder' (or hoped he would come) reads as an invitation, not a pact."""
    def said(lemmas: tuple[str, ...], targets: list[str] = ["pres"],  # noqa: B006
             modality: Modality = Modality.ASSERTED) -> str:
        return summarise(EventType.AGREE, None, modality, ["min"], targets, "cap", NAMES.__getitem__,
                         lemmas=lemmas, invitations={"invite", "invitation"})
    assert said(("invite",)) == "Olga Varna invites Tomas Edel"
    assert said(("invite", "invitation", "agree")) == "Olga Varna invites Tomas Edel", "most sources invite"
    assert said(("invite", "sign", "agree")) == "Olga Varna agrees with Tomas Edel in Port Alder", "a pact"
    assert said(("invite",), modality=Modality.NEGATED) == "Olga Varna does not invite Tomas Edel"
    assert said(("invite",), targets=[]).startswith("Olga Varna"), "no invitee: said as before"
    assert invites(EventType.AGREE, ["invite"], {"invite"}) and not invites(EventType.CONSULT, ["invite"], {"invite"})
    assert "invite" in invitation_words()


@pytest.mark.parametrize("name", ["protesters", "separatist leaders", "police", "the police", "Karabakh Armenians",
                                  "Syrians", "Harbour Review correspondents", "displaced families"])
def test_a_name_that_is_a_plural_noun_takes_a_plural_verb(name: str) -> None:
    assert plural_name(name)
    names = {"x": name, "y": "Port Alder"}
    line = summarise(EventType.PROTEST, None, Modality.ASSERTED, ["x"], [], "y", names.__getitem__)
    assert " protest in Port Alder" in line and " protests " not in line, line


@pytest.mark.parametrize("name", ["United States", "United Nations", "Azerbaijan Airlines", "Kura Press", "Tunis",
                                  "Olga Varna", "the national army", "Doha news", "economics"])
def test_a_proper_name_ending_in_s_stays_singular(name: str) -> None:
    assert not plural_name(name)


def test_a_plural_target_said_in_the_passive_agrees() -> None:
    names = {"v": "villagers"}
    line = summarise(EventType.THREATEN, None, Modality.ASSERTED, [], ["v"], None, names.__getitem__)
    assert line == "Villagers are threatened", line
