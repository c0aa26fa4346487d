"""Mediation told as hosting (PLOVER CONSULT, mode third-party, the host its actor), a round of talks that the
dictionary's sports discards took for a tournament's, and a clause ended by a semicolon that the parser hangs on
the verb after it. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_hosting_the_delegations_of_two_sides_is_mediation() -> None:
    found = events("Kenya hosted Somali and Ugandan delegations in Nairobi in May.")
    assert [(e.type, e.mode, e.modality) for e in found] == [("CONSULT", "third-party", "asserted")]
    assert "Kenya" in found[0].actors


def test_hosting_two_counted_delegations_or_talks_between_two_sides_is_mediation() -> None:
    assert [e.mode for e in events("Qatar hosted the two delegations in Doha.")] == ["third-party"]
    found = events("Norway hosted talks between the government and the rebels in Oslo in March.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "third-party")]


def test_hosting_two_leaders_for_talks_is_mediation() -> None:
    found = events("Brazilian President Lula hosted President Boluarte and President Noboa for talks in Brasilia.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "third-party")]


def test_two_leaders_received_without_talks_stay_a_visit_received() -> None:
    found = events("Trump hosted the leaders of Peru and Chile at the White House.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    assert [e.mode for e in events("Putin hosted the Syrian ministers in the Kremlin.")] == ["visit"]


def test_mediated_talks_in_an_after_clause_are_their_own_fact_when_the_host_is_no_party_above() -> None:
    found = events("Lima and Quito agreed on Friday to end the border row, after Brazilian President Lula "
                   "hosted President Boluarte and President Noboa for talks in Brasilia.")
    assert sorted((e.type, e.mode) for e in found) == [("AGREE", None), ("CONSULT", "third-party")]
    assert next(e for e in found if e.type == "CONSULT").actors == {"Lula"}


def test_talks_the_actor_above_hosted_stay_background() -> None:
    found = events("Brazil signed the accord after it hosted Peruvian and Chilean delegations.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_a_third_round_of_talks_is_no_sport() -> None:
    found = events("Kenya hosted Somali and Ugandan delegations in Nairobi in May; a third round is planned "
                   "for 4 June.")
    assert [(e.type, e.modality, e.time) for e in found] == [("CONSULT", "asserted", "May")]
    assert events("Brazil beat Spain in the third round of the tournament.") == []


def test_a_clause_ended_by_a_semicolon_keeps_its_own_modality() -> None:
    found = events("Peru recalled its ambassador from Chile on Monday; a meeting is planned for June.")
    assert [(e.type, e.modality) for e in found if e.type == "SANCTION"] == [("SANCTION", "asserted")]


def test_the_two_leaders_after_mediated_talks_are_the_parties_hosted_not_the_host() -> None:
    found = events("Lima and Quito agreed on Friday to end the row, after Brazilian President Lula hosted President "
                   "Boluarte and President Noboa for talks in Brasilia. In what officials called the Brasilia "
                   "Accord, the two leaders agreed to start border talks before March.")
    assert [e.actors for e in found if e.type == "AGREE"][-1] == {"Boluarte", "Noboa"}
