"""Coding a trigger by what it acts on (extract/coding.py). Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_taking_ground_from_an_armed_force_is_a_use_of_force() -> None:
    found = events("Rebel fighters have seized swathes of northern Chad from the Sudanese army this month.")
    assert [e.type for e in found] == ["ASSAULT"], found
    assert found[0].actors == {"Rebel fighters"} and "Sudanese army" in found[0].targets


def test_capturing_a_named_town_is_a_use_of_force() -> None:
    found = events("The Malian army captured the town of Kidal from the separatists last week.")
    assert [e.type for e in found] == ["ASSAULT"], found


def test_a_part_of_ground_is_ground() -> None:
    found = events("Tuareg fighters seized most of the region from the Malian army in April.")
    assert [e.type for e in found] == ["ASSAULT"], found


def test_names_told_as_towns_are_ground_whatever_the_tagger_took_them_for() -> None:
    found = events("Fighters seized Habimana and Rubavu, the two biggest towns in the west, last spring.")
    assert [e.type for e in found] == ["ASSAULT"], found
    people = events("Police seized the reporter and his brother, a known critic, in May.")
    assert [e.type for e in people] == ["COERCE"], people


def test_sites_of_a_war_are_ground() -> None:
    base = events("Rebels overran the army base at Babanusa on Monday.")
    assert [e.type for e in base] == ["ASSAULT"], base
    field = events("The rebels captured the Heglig oil field last week.")
    assert [e.type for e in field] == ["ASSAULT"], field
    camp = events("Fighters captured the refugee camp at Zamzam in April.")
    assert [e.type for e in camp] == ["ASSAULT"], camp


def test_ground_stormed_in_a_clause_of_time_is_a_fact_of_its_own() -> None:
    """A verb of capture the dictionary already types ASSAULT, its object ground and no party: told in a "when"
    clause with its own day, it is an event beside the main clause's, not a bare verb dropped for want of a target."""
    found = events("When the rebels stormed the town on Monday, the army withdrew.")
    assert sorted(e.type for e in found) == ["ASSAULT", "RETREAT"], found
    stormed = next(e for e in found if e.type == "ASSAULT")
    assert stormed.time == "Monday" and stormed.trigger.startswith("stormed"), stormed


def test_taking_part_takes_no_ground() -> None:
    found = events("Kenya will take part in the summit in May.")
    assert found and all(e.type != "ASSAULT" for e in found), found


def test_taking_over_a_site_is_an_occupation_not_a_capture() -> None:
    found = events("Russian troops took over the old airfield in May 2018.")
    assert [e.type for e in found] == ["COERCE"], found


def test_seizing_things_stays_a_seizure() -> None:
    found = events("Egyptian police seized weapons from Libyan smugglers near the border.")
    assert [e.type for e in found] == ["COERCE"], found


def test_ground_taken_as_a_base_stations_forces_there() -> None:
    found = events("French forces seized the port as a staging post in 2014.")
    assert [e.type for e in found] == ["MOBILIZE"], found
    taken_over = events("Russian troops took over the old airfield as a military base in May 2018.")
    assert [e.type for e in taken_over] == ["MOBILIZE"], taken_over


def test_backing_a_party_in_a_war_is_military_help() -> None:
    found = events("France backed the Chadian army in its fight against the rebels.")
    assert [e.type for e in found] == ["AID"], found
    relative = events("The militia is a group that the United States supported since 2015 in the war on Boko Haram.")
    assert [e.type for e in relative] == ["AID"], relative


def test_backing_a_plan_is_words_of_support() -> None:
    found = events("France backed the Chadian plan in May.")
    assert [e.type for e in found] == ["SUPPORT"], found


def test_receiving_observers_lets_them_in() -> None:
    found = events("Kenya received a mission of observers from the African Union on Monday.")
    assert [e.type for e in found] == ["RETREAT"], found
    assert found[0].actors == {"Kenya"} and "African Union" in found[0].targets, found


def test_receiving_an_envoy_stays_a_visit() -> None:
    found = events("Kenya received the Chilean envoy on Monday.")
    assert [e.type for e in found] == ["CONSULT"], found


def test_peacekeepers_taken_out_are_withdrawn_resources() -> None:
    found = events("Sixty UN peacekeepers were shipped out of the northern enclave on Monday.")
    assert [e.type for e in found] == ["SANCTION"] and found[0].mode == "withdraw", found


def test_peacekeepers_arriving_are_military_assistance() -> None:
    found = events("The first battalion of UN peacekeeping troops arrived in Mali on Monday, officials said.")
    assert [e.type for e in found] == ["AID"], found


def test_goods_of_relief_handed_over_are_aid() -> None:
    found = events("Kenya handed over 200 tons of food aid to Somalia on Monday.")
    assert [e.type for e in found] == ["AID"], found
    captive = events("Kenya handed over the captured rebel commander to Uganda on Monday.")
    assert [e.type for e in captive] == ["CONCEDE"], captive


def test_people_in_need_taken_to_safety_are_aid() -> None:
    found = events("Red Cross helicopters evacuated the wounded from the besieged town on Monday.")
    assert [e.type for e in found] == ["AID"], found
    town = events("Malian troops evacuated the town of Kidal on Monday.")
    assert [e.type for e in town] == ["RETREAT"], town


def test_the_place_a_blockade_is_of_undergoes_it() -> None:
    found = events("Chile tightened the naval blockade of Peru on Monday.")
    assert found and all("Peru" not in e.actors for e in found), found
    assert any("Peru" in e.targets for e in found), found


def test_who_is_opposed_to_a_thing_opposes_it() -> None:
    found = events("Kenya is opposed to Ugandan mediation in the talks with Sudan, an aide said on Monday.")
    assert [e.type for e in found] == ["REJECT"], found
    assert "Kenya" in found[0].actors and "Kenya" not in found[0].targets, found
    hung = events("Chile is opposed to Peruvian mediation in peace negotiations with Bolivia.")
    assert hung and "Chile" in hung[0].actors, hung


def test_what_a_statement_issued_demands_is_demanded_by_its_issuer() -> None:
    found = events("The rebel Shining Path issued a statement demanding that the Peruvian government release its "
                   "leader.")
    assert [e.type for e in found] == ["REQUEST"], found
    assert found[0].actors == {"Shining Path"}, found


def test_who_comes_under_attack_is_attacked_not_the_attacker() -> None:
    found = events("A convoy of Kenyan peacekeepers came under attack near Kutum on Monday.")
    assert [e.type for e in found] == ["ASSAULT"], found
    assert not found[0].actors and "Kenyan peacekeepers" in found[0].targets, found


def test_the_place_a_strike_was_aimed_at_is_no_attacker() -> None:
    found = events("A drone strike on Kassala killed three people on Sunday.")
    assert [(e.type, e.actors) for e in found] == [("ASSAULT", set())], found
    assert "Kassala" in found[0].targets, found
    raid = events("An air raid on Nyala killed twelve civilians on Friday.")
    assert [(e.type, e.actors) for e in raid] == [("ASSAULT", set())], raid
    assert {"Nyala", "civilians"} <= raid[0].targets, raid


def test_an_order_to_ready_forces_is_a_mobilisation() -> None:
    found = events("Putin ordered the mobilisation of troops on Wednesday.")
    assert [e.type for e in found] == ["MOBILIZE"], found
    assert found[0].actors == {"vladimir_putin"}
    assert events("The bank ordered the activation of the new accounts.") == []


def test_saying_one_does_not_recognise_a_thing_rejects_it() -> None:
    found = events("The Emirati foreign ministry said on Tuesday that it did not recognise the decision.")
    assert [(e.type, e.modality) for e in found] == [("REJECT", "asserted")], found
    court = events("Ecuador does not accept the ruling of the court, Lasso said.")
    assert [(e.type, e.modality) for e in court] == [("REJECT", "asserted")], court


def test_a_recognition_still_awaited_is_no_refusal() -> None:
    found = events("Russia has not yet recognised the new government in Niger.")
    assert [(e.type, e.modality) for e in found] == [("SUPPORT", "negated")], found


def test_ground_told_before_its_verb_in_a_relative_clause_is_taken() -> None:
    found = events("The army now holds Mopti, which it recaptured from the jihadists in June.")
    assert [e.type for e in found] == ["ASSAULT"], found
    things = events("Customs officers seized the cargo, which the smugglers had hidden in a lorry.")
    assert all(e.type != "ASSAULT" for e in things), things


def test_seats_of_command_and_power_are_ground() -> None:
    palace = events("Loyalist troops took back the presidential palace in Bangui on Monday.")
    assert [e.type for e in palace] == ["ASSAULT"], palace
    command = events("Insurgents overran the headquarters of the 3rd Brigade near Gao on Friday.")
    assert [e.type for e in command] == ["ASSAULT"], command


def test_a_town_the_tagger_took_for_a_person_is_ground_where_the_article_places_it() -> None:
    text = ("The rebels said they had taken Kindu, the capital of Maniema province. Troops were sent into Kindu. "
            "The movement first seized Kindu in March 2013.")
    assert "ASSAULT" in [e.type for e in events(text)], events(text)
    person = events("Agents seized Kofi Mensah at the airport in Accra.")
    assert all(e.type != "ASSAULT" for e in person), person


def test_forcing_people_out_is_force_not_aid() -> None:
    found = events("The army forced out more than 2,000 villagers from their homes near Kidal on Tuesday.")
    assert [e.type for e in found] == ["ASSAULT"], found


def test_a_state_forcing_out_another_states_forces_expels_them() -> None:
    expelled = events("Chad forced out the Belgian training mission force in 2021.")
    assert [(e.type, e.mode) for e in expelled] == [("SANCTION", "expel")], expelled
    fought = events("The Ethiopian army forced out the Eritrean troops from the ridge near Zalambessa.")
    assert [e.type for e in fought] == ["ASSAULT"], fought
