"""Events told in ways no trigger word caught, and types set by what the verb acts on. Every sentence here is
written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events, extraction


def test_a_quantity_of_sanctions_lifted_is_a_concession() -> None:
    found = events("The United States lifted most of its economic sanctions on Iran in March.")
    assert [e.type for e in found] == ["CONCEDE"], found
    suspended = events("The European Union suspended a set of restrictions on Cuba's banking sector yesterday.")
    assert [e.type for e in suspended] == ["CONCEDE"], suspended


def test_debt_written_off_or_forgiven_is_aid() -> None:
    found = events("Japan wrote off most of the older loans to Kenya in 2009.")
    assert [e.type for e in found] == ["AID"], found
    assert found[0].actors == {"Japan"} and found[0].targets == {"Kenya"}
    forgiven = events("Norway forgave part of the debt owed by Ghana.")
    assert [e.type for e in forgiven] == ["AID"], forgiven


def test_having_no_objection_approves() -> None:
    found = events("Foreign Minister Sameh Shoukry told journalists in Cairo that Egypt had no objection to Libya "
                   "keeping a channel open to Rome.")
    assert [e.type for e in found] == ["SUPPORT"], found
    assert "Egypt" in found[0].actors and found[0].targets == {"Libya"}


def test_an_apology_is_support_without_a_named_party_apologised_to() -> None:
    found = events("Prime Minister Kishida apologised for the remarks last week.")
    assert [(e.type, e.actors) for e in found] == [("SUPPORT", {"Kishida"})], found


def test_forces_advancing_are_a_use_of_force() -> None:
    found = events("Rebel fighters raced south from Aleppo in late October.")
    assert [(e.type, e.actors) for e in found] == [("ASSAULT", {"Rebel fighters"})], found
    pushed = events("Earlier this year, the Turkish army pushed deeper into the border zone and built new positions.")
    assert [e.type for e in pushed] == ["ASSAULT"], pushed
    advanced = events("Chadian troops advanced on Abeche on Monday.")
    assert [e.type for e in advanced] == ["ASSAULT"], advanced


def test_forces_driving_through_villages_patrol() -> None:
    found = events("Russian military police drove through four villages near Homs yesterday.")
    assert [e.type for e in found] == ["MOBILIZE"], found


def test_moves_of_others_or_without_a_heading_are_no_advance() -> None:
    marched = events("Protesters marched into the square on Friday.")
    assert [e.type for e in marched] == ["PROTEST"], marched
    pushed = events("The Kenyan army pushed for talks with the rebels.")
    assert all(e.type != "ASSAULT" for e in pushed), pushed
    drove = events("Kenyan diplomats drove through the city on Monday.")
    assert drove == [], drove


def test_the_subject_of_a_predicate_adjective_does_what_it_governs() -> None:
    found = events("Thai and Cambodian commanders are due to meet on Tuesday morning.")
    assert [(e.type, e.modality) for e in found] == [("CONSULT", "future")], found
    assert "Thai commanders" in found[0].actors
    keen = events("Observers believe Ecuador is keen to meet the Peruvian cabinet in Lima after the border incident.")
    assert keen and all(not e.actors for e in keen), keen  # an attitude: who is keen is not said to meet


def test_weapons_landing_are_no_visit_even_where_the_parser_hangs_the_verb_elsewhere() -> None:
    found = events("The Peruvian army said Ecuadorian troops opened fire first and that mortar rockets launched "
                   "from across the river landed near a clinic in Peruvian villages, killing four farmers.")
    assert found and all(e.type == "ASSAULT" for e in found), found


def test_a_place_chosen_for_a_trip_is_where_it_goes() -> None:
    found = events("Foreign Minister Haddad chose Egypt for his first visit abroad.")
    assert [(e.type, e.targets) for e in found] == [("CONSULT", {"Egypt"})], found
    quantity = events("Foreign Minister Haddad chose Cairo for one of his first trips abroad.")
    assert [(e.type, e.location) for e in quantity] == [("CONSULT", "Cairo")], quantity


def test_a_definite_noun_names_again_the_organisation_whose_name_ends_in_it() -> None:
    found = events("Peru asked the Organization of American States Permanent Council to meet. The council met "
                   "behind closed doors in Washington on Friday to discuss the clashes, diplomats said.")
    met = [e for e in found if e.trigger == "met"]
    assert [e.type for e in met] == ["CONSULT"] and met[0].actors, found


def test_wanting_another_party_to_act_asks_it_of_them() -> None:
    found = events("Syrian officials want Moscow to release state funds held in Russian banks.")
    assert [(e.type, e.targets) for e in found] == [("REQUEST", {"moscow"})], found
    own = events("Syria wants to build ties with Rome.")
    assert all(e.type != "REQUEST" for e in own), own


def test_the_two_sides_are_those_who_agreed_together_before() -> None:
    found = events("Peru and Ecuador agreed on Monday to an immediate ceasefire. Military commanders of the two "
                   "sides are due to meet on Tuesday morning.")
    met = [e for e in found if e.trigger == "meet"]
    assert met and {"Peru", "Ecuador"} <= met[0].actors, found


def test_a_noun_given_as_a_label_is_no_event() -> None:
    found = events('Peru and Ecuador agreed on Monday to a ceasefire. The Ecuadorian president called the agreement '
                   '"a very good meeting" for both nations.')
    assert all(e.trigger != "meeting" for e in found), found


def test_what_protesters_do_is_the_protest() -> None:
    found = events("Outside the ministry, a few dozen protesters raised a banner reading \"Never again\".")
    assert [(e.type, e.actors) for e in found] == [("PROTEST", {"protesters"})], found
    gathered = events("Demonstrators gathered outside the Chilean embassy in Lima on Friday.")
    assert [e.type for e in gathered] == ["PROTEST"], gathered


def test_what_protesters_suffer_or_undergo_is_no_protest() -> None:
    arrested = events("Police arrested twelve protesters in Quito.")
    assert [e.type for e in arrested] == ["COERCE"], arrested
    fled = events("Protesters fled across the bridge.")
    assert all(e.type != "PROTEST" for e in fled), fled


def test_a_trip_with_a_chosen_destination_is_no_trip_told_before() -> None:
    found = events("Vladimir Putin called Omar Haddad on Monday. Foreign Minister Haddad chose Cairo for one of his "
                   "first trips abroad.")
    assert [e.location for e in found if e.trigger == "trips"] == ["Cairo"], found


def test_forces_arriving_visit_nobody() -> None:
    troops = events("Chilean troops arrived in Arica on Monday.")
    assert [e.type for e in troops] == ["MOBILIZE"], troops
    keepers = events("The first contingent of UN peacekeeping troops has arrived in Haiti, officials said.")
    assert [e.type for e in keepers] == ["AID"], keepers
    leader = events("President Boric arrived in Lima on Monday.")
    assert [(e.type, e.mode) for e in leader] == [("CONSULT", "visit")], leader


def test_an_apposition_the_parser_reads_as_a_second_subject_is_not_the_later_clauses_subject() -> None:
    found = events("A tanker loaded with Algerian diesel docked at Bari on 6 June, the first fuel cargo from Algeria "
                   "since the death of Houari Boumediene, and three days later the first trucks left the port for "
                   "depots in Lecce and Taranto.")
    left = [e for e in found if e.type == "RETREAT"]
    assert left and not left[0].actors & {"Algeria", "Houari Boumediene"}, found


def test_a_date_and_a_span_after_it_on_one_verb_date_it_by_the_span() -> None:
    found = extraction("A tanker loaded with Algerian diesel docked at Bari on 6 June, the first fuel cargo from "
                       "Algeria since the death of Houari Boumediene, and three days later the first trucks left the "
                       "port for depots in Lecce and Taranto.", None)
    left = [e.time for e in found.events if e.type == "RETREAT"]
    assert left and left[0] is not None and (left[0].month, left[0].day) == (6, 9), left


def test_a_day_inside_a_phrase_measured_by_a_span_dates_the_verb_moved_by_the_span() -> None:
    """'A week after the coup of 12 August, the council expelled X and ordered Y out': the verb the phrase modifies
    is of 19 August, and so is the act coordinated with it; 'less than four weeks after' is no day, and a date with
    no span before its phrase only bounds the act."""
    found = extraction("A week after the coup of 12 August, the military council of General Idriss Kaba expelled the "
                       "Danish envoy and ordered the Danish troops to go.", None)
    days = {e.trigger: e.time and (e.time.month, e.time.day) for e in found.events}
    assert days and set(days.values()) == {(8, 19)}, days
    vague = extraction("Less than four weeks after the election of 3 October, the new president of Chad visited "
                       "Copenhagen.", None)
    assert all(e.time is None for e in vague.events), [e.time for e in vague.events]
    bound = extraction("After the coup of 12 August, the military council expelled the Danish envoy.", None)
    assert all(e.time is None for e in bound.events), [e.time for e in bound.events]


def test_entering_or_joining_a_war_is_intervening() -> None:
    entered = events("Norway entered the Yemeni war in 2016 to protect an ally.")
    assert [(e.type, e.actors) for e in entered] == [("ASSAULT", {"Norway"})], entered
    joined = events("Chile joined the war in Bolivia in 2013.")
    assert [e.type for e in joined] == ["ASSAULT"], joined


def test_a_column_of_rebels_is_the_rebels_acting() -> None:
    found = events("When rebel columns raced south from Aleppo in late October, the army collapsed.")
    assert [(e.type, e.actors) for e in found] == [("ASSAULT", {"rebel columns"})], found


def test_time_given_to_a_party_to_act_is_an_ultimatum() -> None:
    found = events("The African Union gave Gabon's junta two weeks to hand power back to civilians.")
    assert [e.type for e in found] == ["THREATEN"], found
    assert found[0].actors == {"African Union"} and found[0].targets == {"Gabon"}
    relative = events("Russia gave the rebels who hold Idlib ten days to surrender the town.")
    assert [e.type for e in relative] == ["THREATEN"], relative


def test_time_given_to_no_party_or_to_envoys_to_go_is_no_ultimatum() -> None:
    assert events("The ministry gave the students two weeks to finish the report.") == []
    envoys = events("Peru gave the Chilean diplomats 48 hours to leave.")
    assert [(e.type, e.mode) for e in envoys] == [("SANCTION", "expel")], envoys


def test_lifting_a_persons_immunity_is_a_legal_step_against_them() -> None:
    found = events("Gabon's former leader, Paul Biya, is in custody. Gabon lifted his immunity last week so "
                   "that he can stand trial.")
    lifted = [e for e in found if e.trigger.startswith("lifted")]
    assert [e.type for e in lifted] == ["ACCUSE"] and lifted[0].targets == {"Paul Biya"}, found
    assert [e.type for e in events("Gabon lifted the sanctions on Chad.")] == ["CONCEDE"]


def test_cutting_a_broadcasters_signal_is_censorship() -> None:
    found = events("The Gabonese army cut the signals of Radio Liberty and the BBC on Monday.")
    assert [e.type for e in found] == ["COERCE"], found
    assert found[0].targets == {"BBC", "Radio Free Europe/Radio Liberty"}
    suspended = events("Gabon suspended the broadcasts of France 24 on Monday.")
    assert [e.type for e in suspended] == ["COERCE"], suspended
