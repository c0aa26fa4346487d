"""Acts told without a main-clause verb of their own (issue: recall on a story of a war in the Andes, made up
here): words a party said in a clause set off by a comma ("the farmers, who accused X of ..."), what happened
where an event was held ("hosted them in Lima, where they signed ..."), and forces advancing on a place or
pressing an offensive. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_partys_words_in_a_clause_set_off_by_a_comma_are_its_act() -> None:
    found = events("In Quito, police fired tear gas at the demonstrators, who accused Western countries of "
                   "ignoring them.")
    assert [e.type for e in found] == ["ASSAULT", "ACCUSE"]
    assert found[1].actors == {"demonstrators"}


def test_a_clause_with_no_comma_or_a_state_stays_a_description() -> None:
    found = events("Envoys arrived for talks with the officials who accused Quito of spying.")
    assert "ACCUSE" not in [e.type for e in found]
    assert "SUPPORT" not in [e.type for e in events("Castillo, who enjoyed Moscow's support, met Boric.")]


def test_a_thing_the_clause_is_on_is_no_speaker() -> None:
    found = events("The government demanded an apology over the crash of a plane in May, which it blames on "
                   "Chilean fire.")
    assert "ACCUSE" not in [e.type for e in found]


def test_what_happened_where_an_event_was_held_is_an_event() -> None:
    found = events("Garcia hosted Boric and Arce in Lima on Thursday, where the two presidents signed a peace accord.")
    assert [e.type for e in found] == ["CONSULT", "SUPPORT"]
    assert found[1].trigger == "signed"


def test_a_signing_expected_where_a_meeting_will_be_held_is_a_promise() -> None:
    found = events("Garcia will host Boric and Arce at the palace on Friday, where they are expected to sign "
                   "a settlement.")
    assert [e.type for e in found] == ["CONSULT", "AGREE"]


def test_a_meeting_where_a_visit_went_is_still_the_visit() -> None:
    found = events("Garcia visited Chile, where he met Boric.")
    assert [e.type for e in found] == ["CONSULT"]


def test_a_place_described_by_where_is_no_event() -> None:
    assert [e.type for e in events("Garcia flew to Lima, where Boric has lived since 1990.")] == ["CONSULT"]


def test_forces_advancing_on_a_place_or_pressing_an_offensive_attack() -> None:
    assert [e.type for e in events("The rebels continued to advance on Tacna, a mining town.")] == ["ASSAULT"]
    assert [e.type for e in events("The rebels pressed an offensive towards Tacna.")] == ["ASSAULT"]
    assert [e.type for e in events("Chile pressed Peru to release the prisoners.")] == ["REQUEST"]


def test_an_act_with_its_own_time_in_a_clause_set_off_by_a_comma_is_an_event() -> None:
    found = events("The talks were held in Doha, and Qatar, which has been hosting talks between Lima and the "
                   "rebels since April, said nothing.")
    assert [(e.type, e.actors, e.time) for e in found if e.trigger == "hosting"] == [
        ("CONSULT", {"qatar"}, "April")]
    assert not [e for e in events("Castillo, who was ousted in December 2022, met Boric on Monday.")
                if e.type == "COERCE"]


def test_saying_a_pact_must_be_carried_out_demands_it() -> None:
    found = events("Boric said the agreement had to be carried out in full.")
    assert [(e.type, e.actors) for e in found] == [("REQUEST", {"Boric"})]
    assert [e.type for e in events("Boric said the ceasefire must be respected.")] == ["REQUEST"]


def test_what_must_be_done_with_a_kind_of_pact_or_with_talks_is_no_demand() -> None:
    assert events("Arce spoke next, noting that such treaties must first be examined by parliament.") == []
    assert events("Boric said the talks had to be postponed.") == []


def test_saying_a_party_is_not_bound_by_a_text_rejects_it() -> None:
    found = events("Its spokesman, Pedro Ruiz, said on Saturday that the movement would not consider itself bound "
                   "by a text it had not negotiated.")
    assert [(e.type, e.actors) for e in found] == [("REJECT", {"Pedro Ruiz"})]
    assert [e.type for e in events("Lima said it would not be bound by the resolution.")] == ["REJECT"]
    assert events("Lima said it was bound by the resolution.") == []


def test_they_after_parties_named_together_stands_for_them_all() -> None:
    found = events("Garcia hosted the leaders of Peru and Bolivia at the palace on Thursday, where they signed a "
                   "border accord.")
    signing = [e for e in found if e.trigger == "signed"]
    assert signing and {"Peru", "Bolivia"} <= signing[0].actors | signing[0].targets


def test_they_after_one_party_named_alone_is_that_party() -> None:
    found = events("Bolivia said on Monday that they would not sign the border accord.")
    assert all("Peru" not in e.actors for e in found)
