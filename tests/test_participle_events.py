"""A past participle modifying a noun (a reduced relative clause: "a deal signed in 2017 with a firm",
"troops deployed to the border") tells an event of its own: its own doer (its "by" phrase, else nobody known,
never the subject of the clause around it; a pact a state's side keeps or undoes was made by that state), its
own counterpart (its "with" phrase, also the counterpart of the verb acting on the pact) and its own time, which
the clause around it neither lends nor borrows. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import Seen, events


def _one(found: list[Seen], trigger: str) -> Seen:
    matching = [e for e in found if e.trigger == trigger]
    assert len(matching) == 1, found
    return matching[0]


def test_a_signing_is_not_done_by_the_cabinet_that_cancels_it() -> None:
    found = events("The new cabinet on Tuesday cancelled a deal signed with a Canadian firm in 2017.")
    signing, cancelling = _one(found, "signed"), _one(found, "cancelled")
    assert signing.actors == set() and signing.targets == {"Canadian"}  # nobody known signed it
    assert signing.time == "2017"
    assert cancelling.actors == {"new cabinet"} and cancelling.time == "Tuesday"


def test_a_pact_undone_by_a_state_was_signed_by_that_state() -> None:
    found = events("Kenya suspended a loan agreement signed with China in March.")
    signing, suspending = _one(found, "signed"), _one(found, "suspended")
    assert signing.actors == {"Kenya"} and signing.targets == {"china"}
    assert signing.time == "March"
    assert suspending.time is None  # March dates the signing, not the suspension
    assert suspending.targets == {"china"}  # the deal's counterpart is what the suspension acts on


def test_a_government_undoing_a_pact_stands_for_its_state_as_the_signer() -> None:
    found = events("Last month the Peruvian government annulled an agreement signed in 2017 with a Canadian firm "
                   "for the running of the port.")
    signing, annulling = _one(found, "signed"), _one(found, "annulled")
    assert signing.actors == {"Peruvian"}  # the state, not the government of the day
    assert "Canadian" in signing.targets and signing.time == "2017"
    assert annulling.actors == {"Peruvian government"} and annulling.targets == {"Canadian"}
    assert annulling.time == "Last month"


def test_a_passive_participle_with_by_is_done_by_its_agent() -> None:
    negotiated = events("Peru scrapped a pipeline deal negotiated in 2014 by the previous administration.")
    talks, scrapping = _one(negotiated, "negotiated"), _one(negotiated, "scrapped")
    assert talks.actors == {"previous administration"} and talks.time == "2014"
    assert scrapping.actors == {"Peru"} and scrapping.time is None
    ratified = events("Bolivia denounced a treaty ratified by Chile in 1904.")
    ratifying, denouncing = _one(ratified, "ratified"), _one(ratified, "denounced")
    assert ratifying.actors == {"Chile"} and ratifying.time == "1904"
    assert denouncing.actors == {"Bolivia"} and denouncing.time is None


def test_the_date_of_a_participle_that_is_no_event_dates_no_event() -> None:
    found = events("Chile rejected an accord concluded in 2017 with Bolivia.")
    rejecting = _one(found, "rejected")
    assert rejecting.time is None  # the accord was concluded in 2017, not rejected then
    assert rejecting.targets == {"Bolivia"}


def test_a_deployment_keeps_its_own_date_and_does_not_take_the_expulsion_s() -> None:
    dated = events("Last week Ecuador expelled soldiers deployed to the border in 2019.")
    assert _one(dated, "expelled").time == "Last week"
    deployed = _one(dated, "deployed")
    assert deployed.time == "2019" and deployed.actors == set()  # not deployed by Ecuador
    undated = events("Last week Ecuador expelled soldiers deployed to the border.")
    assert [e.time for e in undated if e.trigger == "deployed"] in ([], [None]), undated  # no date lent to it
    assert [e.time for e in undated if e.type == "SANCTION"] == ["Last week"]


def test_a_participle_of_planning_still_dates_what_is_planned() -> None:
    found = events("Peru will attend the summit scheduled for October 15.")
    assert _one(found, "attend").time == "October 15"


def test_a_pact_a_capital_promises_to_keep_was_made_by_its_state() -> None:
    kept = events("The minister said Quito would respect all the accords previously signed with Lima.")
    assert _one(kept, "signed").actors == {"Quito"} and _one(kept, "signed").targets == {"Lima"}
    # (a pact signed with a "former" party is background: tests/test_fact_or_duty.py)
    seat = events("The envoy said the Kremlin would revisit the accords signed with the government in Lima.")
    assert _one(seat, "signed").actors == {"kremlin"}  # a seat of government acting for its state
    abided = events("Argentina pledged to abide by the treaty signed with Chile.")
    signing = _one(abided, "signed")
    assert signing.actors == {"Argentina"} and signing.targets == {"Chile"}


def test_a_verb_typed_by_the_dictionary_alone_takes_no_counterpart_from_the_pact() -> None:
    found = events("Peru's new cabinet tore up a deal signed with a Canadian firm in 2017.")
    assert all(e.type != "ASSAULT" for e in found), found  # tearing up a deal is no assault on the firm
    signing = _one(found, "signed")
    assert signing.actors == {"Peru"} and signing.time == "2017"  # Peru's, not the new cabinet's
