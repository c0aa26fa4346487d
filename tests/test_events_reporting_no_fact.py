"""Events that report no fact: an act whose object says nothing was done, a description told with "as", a
personal history told with a country as its setting, backing a course of action, and a refusal to tell. Every
sentence here is written for these tests (made-up parties: Kenya, Uganda, Tanzania)."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_an_act_whose_object_names_nothing_is_negated() -> None:
    promised = events("The Kenyan government listened, raised the return of the exiles, and promised nothing.")
    assert [(e.type, e.modality) for e in promised] == [("AGREE", "negated")]
    offered = events("Nairobi offered no concessions to Uganda.")
    assert [(e.type, e.modality) for e in offered] == [("AGREE", "negated")]
    sent = events("No aid was sent to Uganda by Kenya.")
    assert [(e.type, e.modality) for e in sent] == [("AID", "negated")]


def test_an_act_with_an_object_stays_asserted() -> None:
    found = events("Kenya sent aid to Uganda.")
    assert [(e.type, e.modality) for e in found] == [("AID", "asserted")]
    offered = events("Nairobi offered new concessions to Uganda.")
    assert [(e.type, e.modality) for e in offered] == [("AGREE", "asserted")]


def test_describing_an_event_as_something_is_no_intent_to_do_it() -> None:
    assert events("The Kenyan president described the visit as a sign of friendship with Uganda.") == []
    talks = events("Tanzania portrayed the talks with Uganda as a routine exchange.")
    assert [e.trigger for e in talks] == ["talks"]  # the talks told of, not a second event of portraying


def test_describing_with_a_hostile_label_is_an_accusation() -> None:
    found = events("The Kenyan president described the Ugandan raid as a crime.")
    assert [e.type for e in found] == ["ACCUSE"]


def test_welcoming_as_a_step_stays_support() -> None:
    found = events("Kenya welcomed the Ugandan decision as a positive step.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_a_country_where_a_person_did_something_is_no_party_to_a_dictionary_verb() -> None:
    # "studied" is typed only by the field's dictionary (investigate: ACCUSE) and needs two parties
    assert events("Joseph Kamau, who studied law in Uganda, now runs the presidential office.") == []


def test_backing_a_course_of_action_is_one_call_for_it() -> None:
    found = events("Tanzania has consistently supported lifting all sanctions on Kenya.")
    assert [(e.type, e.actors, e.targets) for e in found] == [("REQUEST", {"Tanzania"}, {"Kenya"})]
    sent = events("Tanzania has backed sending monitors to the Kenyan border.")
    assert [e.type for e in sent] == ["REQUEST"]


def test_backing_a_party_stays_support() -> None:
    found = events("Tanzania supported Kenya.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_a_refusal_to_tell_is_no_rejection() -> None:
    assert events("Kenyan officials declined to give a price for the wheat.") == []
    assert [e.type for e in events("Uganda's army refused to say how many soldiers were hurt.")
            if e.modality == "asserted"] == []


def test_a_refusal_to_act_stays_a_rejection() -> None:
    assert [e.type for e in events("Kenya refused to hand over the Ugandan opposition leader.")] == ["REJECT"]
    assert [e.type for e in events("Kenya refused to give aid to Uganda.")] == ["REJECT"]
    assert [e.type for e in events("Kenya declined to release the Ugandan prisoners.")] == ["REJECT"]


def test_a_condition_set_by_a_party_is_its_demand_and_neither_part_is_a_fact() -> None:
    said = events("Tanzania said lifting the sanctions on Kenya would depend on the withdrawal of Kenyan troops "
                  "from Uganda.")
    assert [(e.type, e.modality, e.actors) for e in said] == [("REQUEST", "asserted", {"Tanzania"})]
    assert "Kenya" in said[0].targets
    set_by = events("The EU has partly conditioned this on the expulsion of Italy from Libya.")
    assert [(e.type, e.actors, "Italy" in e.targets) for e in set_by] == [("REQUEST", {"European Union"}, True)]


def test_a_condition_set_by_nobody_or_on_no_party_leaves_no_event() -> None:
    assert events("The donors conditioned further loans on Kenya's exit from the Ugandan border zone.") == []
    assert events("Kenya's withdrawal from Uganda depends on the talks, Tanzania said.") == []


def test_an_act_on_a_day_with_on_stays() -> None:
    found = events("Kenya withdrew its troops from Uganda on Monday.")
    assert [(e.type, e.time) for e in found] == [("RETREAT", "Monday")]


def test_a_condition_told_in_a_clause_describing_a_party_is_background() -> None:
    found = events("The EU, which has conditioned the easing on Kenya's exit from Uganda, met on Monday.")
    assert [e.type for e in found] == ["CONSULT"]


def test_using_a_thing_as_something_is_no_description() -> None:
    found = events("The West uses sanctions as leverage against Kenya.")
    assert "SANCTION" in {e.type for e in found}


def test_what_a_help_is_for_is_the_help() -> None:
    found = events("Kenyan officers are already helping to organise the new Ugandan army.")
    assert [(e.type, "Ugandan" in e.targets) for e in found] == [("AID", True)]
    offered = events("Tanzania has offered to help train and equip a new Kenyan army.")
    assert [e.type for e in offered] == ["AGREE"]


def test_a_fight_a_help_is_for_stays_a_fact() -> None:
    found = events("Kenya sent troops to help Uganda fight the rebels.")
    assert "ASSAULT" in {e.type for e in found}


def test_wanting_another_party_to_act_asks_it_to() -> None:
    found = events("Kenyan officials want Uganda to release state funds frozen in Ugandan banks.")
    assert [(e.type, e.modality, e.targets) for e in found] == [("REQUEST", "asserted", {"Uganda"})]


def test_wanting_to_act_oneself_is_no_request() -> None:
    assert [e.type for e in events("Kenya wants to release the prisoners.")] == ["CONCEDE"]


def test_what_an_act_leaves_behind_is_no_departure() -> None:
    dead = events("A car bomb in Kampala left 20 people dead on Friday.")
    assert all(e.type != "RETREAT" for e in dead), dead
    divided = events("The fall of Kisumu leaves the province divided between the army in the south and the rebels "
                     "in the north.")
    assert all(e.type != "RETREAT" for e in divided) and [e.type for e in divided] == ["COERCE"], divided
    homeless = events("The floods left thousands of Tanzanians homeless in March.")
    assert all(e.type != "RETREAT" for e in homeless), homeless
    dry = events("The Ugandan bombardment of Kisumu left thousands of residents without water.")
    assert [e.type for e in dry] == ["ASSAULT"], dry  # the bombardment, no longer swallowed by a departure


def test_people_leaving_a_place_still_leave_it() -> None:
    went = events("Ugandan troops left the border town on Tuesday.")
    assert [e.type for e in went] == ["RETREAT"], went
    empty_handed = events("The Kenyan delegation left Kampala without an agreement on Sunday.")
    assert [e.type for e in empty_handed] == ["RETREAT"], empty_handed
    purpose = events("The commanders decided to leave the town so that what remained of it would not be destroyed.")
    assert [e.type for e in purpose] == ["RETREAT"], purpose


def test_a_participle_describing_whom_one_told_makes_no_request() -> None:
    told = events("General Okello flew into Gulu on Monday and told the soldiers waiting on the runway that the "
                  "town had been freed from the rebels.")
    assert all(e.type != "REQUEST" for e in told), told
    ordered = events("Uganda told Kenya to withdraw its troops.")
    assert [e.type for e in ordered] == ["REQUEST"], ordered
    began = events("Tanzania began withdrawing its troops from Uganda in May.")
    assert [e.type for e in began] == ["RETREAT"], began

