"""One event per fact (issue 16, item 4): what a negated act was for, a relative clause telling what a use of
force did, a condition, a stance restated in a later clause. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events, extraction


def test_the_purpose_of_an_act_not_done_is_no_event_of_its_own() -> None:
    found = events("Portugal did not intervene to halt the advance on Luanda.")
    assert [(e.type, e.modality) for e in found] == [("ASSAULT", "negated")]


def test_a_purpose_of_an_act_done_still_stands_beside_it() -> None:
    found = events("Omar Haddad thanked Karim Benali for helping to rebuild Libya.")
    assert [e.type for e in found] == ["SUPPORT"]


def test_a_relative_clause_on_a_use_of_force_tells_what_it_did() -> None:
    found = events("Karim Benali led a swift rebel offensive in May that ousted Omar Haddad.")
    assert len(found) == 1, found
    assert found[0].type == "COERCE"
    assert found[0].actors == {"Karim Benali"} and found[0].targets == {"Omar Haddad"}
    assert found[0].time == "May"  # the noun's time dates the one event


def test_an_event_set_as_a_condition_is_no_event() -> None:
    inverted = events("Italian oil shipments to Libya may resume, should Tripoli permit it.")
    assert [e.trigger for e in inverted] == ["shipments"]
    marked = events("If Tripoli asks, Italy will send aid to Libya.")
    assert [e.type for e in marked] == ["AGREE"]


def test_a_question_is_no_condition() -> None:
    assert [e.type for e in events("Should Tripoli withdraw its troops from Sirte?")] == ["RETREAT"]


def test_a_stance_restated_in_a_later_clause_is_one_event() -> None:
    found = events("Sergei Lavrov reaffirmed Russia's commitment to Chad's unity, adding that Moscow would "
                   "support the country's recovery.")
    assert [(e.type, e.modality) for e in found] == [("SUPPORT", "asserted")]


def test_two_meetings_with_partners_of_their_own_stay_two() -> None:
    found = events("Omar Haddad held talks with Karim Benali and also met Sergei Lavrov in Tunis.")
    assert [e.type for e in found] == ["CONSULT", "CONSULT"]


def test_a_definite_noun_naming_a_visit_again_is_dated_by_it() -> None:
    found = extraction("Emmanuel Macron arrived in Berlin on 3 May 2024 for talks with Olaf Scholz. Critics said "
                       "little came of the visit of Emmanuel Macron to Berlin.").events
    assert [e.trigger for e in found] == ["arrived", "visit"]
    assert found[0].time is not None and found[1].time is None
    assert found[1].time_ref == 0  # dated by the arrival it names again


def test_a_visit_that_says_which_one_is_not_the_one_before() -> None:
    found = extraction("Emmanuel Macron arrived in Berlin on 3 May 2024 for talks with Olaf Scholz. Critics said "
                       "little came of the second visit of Emmanuel Macron to Berlin.").events
    assert [e.time_ref for e in found] == [None, None]


def test_prolonging_a_truce_is_agreeing_to_it_again() -> None:
    assert [e.type for e in events("A shaky truce between Chad and Sudan was extended on Monday for ten days.")] \
        == ["AGREE"]
    assert [e.type for e in events("Chad and Sudan renewed their ceasefire for a month.")] == ["AGREE"]


def test_having_moved_to_do_something_is_doing_it_not_promising_it() -> None:
    found = events("Since then Germany has moved to build ties with Chad.")
    assert len(found) == 1 and found[0].type != "AGREE" and found[0].modality == "asserted"


def test_a_deployment_that_serves_a_use_of_force_is_that_use_of_force() -> None:
    assert [e.type for e in events("Norway deployed troops to Mali in 2015 to support an offensive against "
                                   "the rebels.")] == ["ASSAULT"]
    assert [e.type for e in events("Norway deployed troops to Mali in 2015 to protect the airport.")] == ["MOBILIZE"]


def test_force_used_by_protesters_is_their_protest() -> None:
    assert [e.type for e in events("Angry Kurdish protesters tore down a border fence near Qamishli on Monday.")] \
        == ["PROTEST"]
    assert [e.type for e in events("Kurdish fighters tore down a border fence near Qamishli on Monday.")] \
        == ["ASSAULT"]


def test_a_pact_a_speaker_reports_naming_nobody_is_made_by_the_last_sides() -> None:
    found = extraction("Karim Benali met Sergei Lavrov in Moscow on 4 June 2024. He also noted an agreement to set "
                       "up a joint economic commission.").events
    assert [e.type for e in found] == ["CONSULT", "AGREE"]
    assert set(found[1].actors) == set(found[0].actors) | set(found[0].targets)
    assert found[1].modality.value == "asserted" and found[1].time_ref == 0  # dated by the meeting


def test_a_pact_with_parties_of_its_own_keeps_them() -> None:
    found = events("Karim Benali met Sergei Lavrov in Moscow. He noted an agreement between Egypt and Jordan.")
    assert {"Egypt", "Jordan"} <= {p for e in found if e.type == "AGREE" for p in e.actors | e.targets}
    assert not any("Karim Benali" in e.actors for e in found if e.type == "AGREE")


def test_a_relative_clause_that_goes_on_with_the_story_is_an_event() -> None:
    found = events("Kenya then started talks with Ethiopia and its main ally, France, which subsequently began to "
                   "conduct patrols in the area.")
    assert [(e.type, e.actors) for e in found] == [("CONSULT", {"Kenya"}), ("MOBILIZE", {"france"})]


def test_a_relative_clause_describing_a_party_stays_background() -> None:
    found = events("Kenya started talks with France, which has trained Ethiopian officers for years.")
    assert [e.type for e in found] == ["CONSULT"]  # (backing told so is a fact of its own: tests/test_relations.py)


def test_the_alternative_not_taken_is_no_event() -> None:
    found = events("Canada did not intervene to halt the advance on Kabul, choosing instead to offer Ashraf Ghani "
                   "refuge.")
    assert [(e.type, e.modality) for e in found] == [("AID", "asserted")]
    assert [e.type for e in events("Instead of attacking Chad, Niger opened talks with it.")] == ["CONSULT"]
    assert [(e.type, e.modality) for e in events("Niger did not attack Chad.")] == [("ASSAULT", "negated")]


def test_an_event_after_a_participle_preposition_is_background() -> None:
    assert [e.type for e in events("Western sanctions have been eased following the general's removal.")] \
        == ["CONCEDE"]


def test_what_a_discussion_is_about_is_no_event_of_its_own() -> None:
    assert [e.type for e in events("The talks between Kenya and France focused on lifting sanctions on Somalia.")] \
        == ["CONSULT"]
    assert [e.type for e in events("Kenya and France discussed how to send aid to Somalia.")] == ["CONSULT"]
    assert [e.type for e in events("Kenya and France held talks, and France sent aid to Somalia.")] \
        == ["CONSULT", "AID"]


def test_lifting_a_military_blockade_is_a_retreat() -> None:
    found = events("The Kenyan army lifted on Friday a week-old blockade on Somali trucks at the border crossing.")
    assert [e.type for e in found] == ["RETREAT"]


def test_strengthening_forces_in_place_is_a_show_of_force() -> None:
    found = events("Kenya has strengthened its forces in Somalia after the discovery of new rocket launchers.")
    assert [e.type for e in found] == ["MOBILIZE"]


def test_allowing_someone_to_act_is_one_concession() -> None:
    found = events("The interior minister of Kenya allowed opposition leader Raila Odinga to hold a rally in Nairobi.")
    assert [(e.type, e.actors, e.targets) for e in found] == [("CONCEDE", {"Kenya"}, {"Raila Odinga"})]


def test_being_allowed_by_nobody_named_is_no_concession() -> None:
    assert events("It remains uncertain whether France will be allowed to keep its bases in Chad.") == []
