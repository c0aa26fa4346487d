"""Event-side failures met on another story (issue 16, fourth round): a munition that "landed" is no visitor,
the teller of an agentless passive is not its agent, a quotation's "they" is not its speaker, a participle
describing a noun ("the truce agreed in Lima") restates an event told elsewhere, and a dateline with the outlet
in brackets is no party. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_munition_that_lands_is_no_visit() -> None:
    found = events("Artillery shells fired from the hills landed near a school in Tumbes, killing six farmers, "
                   "the Peruvian army said.")
    assert "CONSULT" not in [e.type for e in found]
    assert [e.trigger for e in found if e.type == "ASSAULT"] == ["killing"]
    assert events("Two missiles landed in a Chilean port town on Friday.") == []


def test_a_delegation_that_lands_still_visits() -> None:
    found = events("The Peruvian delegation landed in Santiago on Monday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]


def test_who_reports_an_agentless_passive_is_not_its_agent() -> None:
    found = events("Spokeswoman Elena Duarte said Lima had not been consulted about the border plan.")
    assert len(found) == 1, found
    assert found[0].type == "CONSULT" and found[0].modality == "negated"
    assert found[0].actors == set()  # who did not consult is not told
    assert found[0].targets == {"Lima"}


def test_a_passive_with_its_agent_keeps_it() -> None:
    found = events("Elena Duarte said Lima was attacked by Ecuador on Monday.")
    assert [e.type for e in found] == ["ASSAULT"]
    assert "Ecuador" in found[0].actors and found[0].targets == {"Lima"}


def test_a_quotations_they_is_not_its_speaker() -> None:
    found = events('Elena Duarte wrote on Sunday: "They have agreed to hold talks at once."')
    assert all("Elena Duarte" not in e.actors for e in found), found
    assert events('"We have agreed to hold talks at once," Elena Duarte said.')[0].actors == {"Elena Duarte"}


def test_a_participle_describing_a_noun_restates_an_event() -> None:
    found = events("The Chilean navy accused Peru on Wednesday of breaking the truce agreed in Quito.")
    assert [e.type for e in found] == ["ACCUSE"]  # no new agreement dated Wednesday
    found = events("Peru on Monday denounced the fishing accord signed by Chile and Ecuador.")
    assert [e.type for e in found] == ["ACCUSE"]


def test_a_participle_with_its_own_date_is_an_event() -> None:
    found = events("Peru on Monday denounced the fishing accord signed by Chile and Ecuador last year.")
    signed = [e for e in found if e.trigger == "signed"]
    assert len(signed) == 1 and signed[0].time == "last year"  # never the sentence's Monday


def test_a_dateline_with_the_outlet_in_brackets_is_no_party() -> None:
    found = events("LIMA (Andean Wire) - Several thousand protesters rallied outside the Congress in Lima on "
                   "Saturday, demanding higher pay.")
    protests = [e for e in found if e.type == "PROTEST"]
    assert [e.actors for e in protests] == [{"protesters"}]  # not the city, not the outlet
    assert protests[0].time == "Saturday" and protests[0].location == "Lima"


def test_a_participle_naming_its_partners_still_tells_who_did_it_with_whom() -> None:
    found = events("Tripoli said it would honour the accord signed with Rome.")
    assert any(e.trigger == "signed" for e in found), found


def test_what_a_protest_demands_is_its_aim_not_a_second_event() -> None:
    found = events("Thousands of protesters rallied in Lima on Saturday, demanding that Ecuador return the islands.")
    assert [e.type for e in found] == ["PROTEST"]
    assert found[0].actors == {"protesters"} and found[0].targets == {"Ecuador"}
    assert found[0].time == "Saturday"
    marched = events("Hundreds of protesters marched to the embassy to demand that Ecuador free the fishermen.")
    assert [(e.type, e.targets) for e in marched] == [("PROTEST", {"Ecuador"})]


def test_a_demand_of_others_than_the_protesters_stays_an_event() -> None:
    found = events("Thousands of protesters rallied in Lima on Saturday, and Ecuador demanded that Peru withdraw.")
    assert sorted(e.type for e in found) == ["PROTEST", "REQUEST"]
