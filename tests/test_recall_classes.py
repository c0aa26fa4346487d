"""Events missed on stories without a pack (issue h23recall): a consultation told as "spoke to X", a crowd of
protesters counted ("thousands of protesters gathered"), and a use of force done with a weapon and aimed "at" a
party ("fired rockets at X's posts"). Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_speaking_to_a_party_consults_it() -> None:
    found = events("Kenya's foreign minister Amina Odhiambo spoke to Tanzanian President Samia Hassan on Tuesday "
                   "about the border.")
    consults = [e for e in found if e.type == "CONSULT"]
    assert len(consults) == 1, found
    assert "Amina Odhiambo" in consults[0].actors and "Samia Hassan" in consults[0].targets


def test_speaking_to_no_party_is_a_statement() -> None:
    assert [e for e in events("Amina Odhiambo spoke to the nation on Tuesday evening.") if e.type == "CONSULT"] == []
    assert [e for e in events("Amina Odhiambo spoke to reporters in Nairobi on Tuesday.")
            if e.type == "CONSULT"] == []


def test_a_counted_crowd_of_protesters_protests() -> None:
    found = events("Thousands of protesters gathered outside the parliament in Nairobi on Friday to demand new "
                   "elections.")
    assert [e.type for e in found] == ["PROTEST"], found
    assert "protesters" in found[0].actors
    marched = events("A crowd of demonstrators marched to the Ugandan embassy in Nairobi on Sunday.")
    assert [e.type for e in marched] == ["PROTEST"], marched


def test_a_counted_crowd_that_suffers_does_not_protest() -> None:
    found = events("Hundreds of protesters were beaten by police in Nairobi on Sunday.")
    assert "PROTEST" not in [e.type for e in found], found


def test_force_done_with_a_weapon_and_aimed_at_a_party_strikes_it() -> None:
    found = events("Ugandan troops fired mortars at several Kenyan positions near the lake during the night.")
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert len(assaults) == 1, found
    assert "Kenya" in assaults[0].targets or "Kenyan" in assaults[0].targets, assaults


def test_a_thing_done_at_a_place_still_needs_a_party() -> None:
    assert events("Amina Odhiambo taught history at a Ugandan university.") == []


def test_a_weapon_aimed_at_a_party_near_a_place_strikes_the_party() -> None:
    found = events("Kenya's army said on Monday that Ugandan soldiers had fired mortars at several Kenyan posts "
                   "along the Lake Victoria shore overnight.")
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert len(assaults) == 1, found
    assert assaults[0].targets & {"Kenya", "Kenyan"}, assaults


def test_a_side_telling_of_an_act_done_to_it_is_no_actor_of_it() -> None:
    found = events("Kenya said on Monday that Uganda had attacked Kenyan posts near the lake.")
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert len(assaults) == 1, found
    assert assaults[0].actors == {"Uganda"}, assaults


def test_a_side_telling_of_its_own_act_stays_its_actor() -> None:
    found = events("Kenya said on Monday that its troops had attacked Ugandan posts near the lake.")
    assaults = [e for e in found if e.type == "ASSAULT"]
    assert len(assaults) == 1 and "Kenya" in assaults[0].actors, found


def test_saying_a_party_had_no_part_in_an_act_denies_it() -> None:
    found = events("Foreign Minister Amina Odhiambo said on Monday that Kenya had played no part in the raid.")
    assert [e.type for e in found] == ["REJECT"], found
    assert "Amina Odhiambo" in found[0].actors
    denied = events("Amina Odhiambo told reporters that Kenya did not have any role in the coup.")
    assert [e.type for e in denied] == ["REJECT"], denied


def test_a_part_played_or_told_as_a_fact_is_no_denial() -> None:
    assert "REJECT" not in [e.type for e in events("Amina Odhiambo said Kenya had played a key part in the "
                                                  "ceasefire.")]
    assert "REJECT" not in [e.type for e in events("Kenya played no part in the raid.")]


def test_how_a_side_answered_is_its_own_act() -> None:
    found = events("Two Kenyan traders died in a police raid in Kampala, and Nairobi answered by expelling two "
                   "Ugandan diplomats.")
    sanctions = [e for e in found if e.type == "SANCTION"]
    assert len(sanctions) == 1, found
    assert sanctions[0].actors & {"Nairobi", "Kenya"}, sanctions
    closed = events("Kenya retaliated on Monday by closing its border with Uganda.")
    assert [(e.type, e.actors) for e in closed] == [("SANCTION", {"Kenya"})], closed


def test_initialling_a_treaty_signs_it() -> None:
    found = events("Kenya and Uganda initialled a border accord in Arusha on Monday.")
    assert [e.type for e in found] == ["SUPPORT"], found
    assert found[0].actors >= {"Kenya", "Uganda"}


def test_a_subject_with_a_relative_clause_still_acts() -> None:
    found = events("Bishop Peter Mwangi, who leads the diocese of Kisumu, called on residents to resist.")
    requests = [e for e in found if e.type == "REQUEST"]
    assert len(requests) == 1 and "Peter Mwangi" in " ".join(requests[0].actors), found


def test_a_participle_on_an_apposition_is_no_act_of_its_noun() -> None:
    found = events("Omar Said, a Kenyan soldier stationed at the camp, said Ugandan troops had left the area.")
    assert "MOBILIZE" not in [e.type for e in found], found
