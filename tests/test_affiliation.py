"""A person's country as the text ties it to the name (extract/affiliation.py), counted per person by resolution
(`Entity.affiliations`), and summaries that do not list a state beside its own people. Every sentence here is
written for these tests; the people are invented, their countries real (the gazetteer knows only real ones)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.models import EntityType, Modality
from dossier.plover import EventType, Mode
from dossier.resolve.entities import Entity
from dossier.summaries import summarise, summarise_act
from tests.conftest import run_cli
from tests.helpers.pipeline import extraction


def affiliations(text: str) -> dict[str, str | None]:
    """Each person's country, as any of its mentions (the name, a description in apposition) gives it."""
    found: dict[str, str | None] = {}
    for mention in extraction(text, pack_name="none").mentions:
        if mention.type is EntityType.PERSON:
            found[mention.name] = found.get(mention.name) or mention.affiliation
    return found


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Kenyan Foreign Minister Amina Odhiambo arrived in Lima on Monday.", "Amina Odhiambo", "Kenya"),  # demonym
    ("Peru's envoy Luis Quispe arrived in Nairobi on Monday.", "Luis Quispe", "Peru"),  # a country's possessive
    ("Luis Quispe, the Peruvian ambassador, arrived in Nairobi on Monday.", "Luis Quispe", "Peru"),  # apposition
    ("The president of Chile, Ana Rojas, arrived in Nairobi on Monday.", "Ana Rojas", "Chile"),  # "of" a country
    ("US envoy Mark Ellison flew to Ankara.", "Mark Ellison", "United States"),
])
def test_a_country_on_the_name_or_its_title_is_the_persons(text: str, person: str, country: str) -> None:
    assert affiliations(text)[person] == country


def test_a_country_elsewhere_in_the_sentence_is_not_the_persons() -> None:
    text = "Joseph Mwangi met Chilean and Peruvian officials in Lima on Monday, then flew to Kenya's capital."
    assert affiliations(text)["Joseph Mwangi"] is None  # the demonyms qualify the officials, the capital is a place


def test_a_person_belongs_to_the_country_the_text_ties_to_the_name_most_often() -> None:
    person = Entity("quispe", first_type=EntityType.PERSON)
    assert person.affiliation is None
    person.affiliations.update({"Peru": 2, "Chile": 1})
    assert person.affiliation == "Peru"
    person.affiliations["Chile"] += 1
    assert person.affiliation is None, "a tie says nothing"
    person.affiliations["Peru"] += 1
    again = Entity.from_state("quispe", person.state(), {}, mentions=0, articles=0, pack_id=None, wikidata=None,
                              denotes=None)
    assert again.affiliations == person.affiliations  # kept with the entity for the next run
    state = Entity("kenya", first_type=EntityType.STATE, affiliations=person.affiliations)
    assert state.affiliation is None, "only people belong to a country"


NAMES = {"odh": "Amina Odhiambo", "kenya": "Kenya", "qui": "Luis Quispe", "peru": "Peru", "exile": "Rosa Mamani"}
OWN = {"odh": "kenya", "qui": "peru", "exile": "peru"}.get


def say(kind: EventType, actors: list[str], targets: list[str], mode: Mode | None = None) -> str:
    return summarise(kind, mode, Modality.ASSERTED, actors, targets, None, NAMES.__getitem__, affiliated=OWN)


def test_a_state_is_not_listed_beside_its_own_people() -> None:
    assert say(EventType.CONSULT, ["odh", "kenya", "qui"], ["peru"], Mode.PHONE) == (
        "Amina Odhiambo and Luis Quispe speak by phone")  # talks: neither side lists the parties' own states
    assert say(EventType.CONSULT, ["odh", "kenya"], ["qui", "peru"]) == "Amina Odhiambo meets with Luis Quispe"


def test_a_state_opposed_by_one_of_its_own_people_is_kept() -> None:
    # an exile accusing her own country: the country is the other side, not her
    assert say(EventType.ACCUSE, ["exile"], ["peru"]) == "Rosa Mamani accuses Peru"
    assert say(EventType.ACCUSE, ["exile", "kenya"], ["peru"]) == "Rosa Mamani and Kenya accuse Peru"


def test_an_act_without_a_type_does_not_list_a_state_beside_its_people_either() -> None:
    said = summarise_act("appointment", Modality.ASSERTED, ["odh", "kenya"], ["qui"], None, NAMES.__getitem__,
                         affiliated=OWN)
    assert said.startswith("Amina Odhiambo ") and "Kenya" not in said


def test_the_timeline_says_who_spoke_without_their_states_and_the_actors_their_countries(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "call.txt").write_text(
        "TITLE: Leaders speak\nPUBLISHED: 2025-03-04\n\n"
        "Kenyan President Joseph Mwangi spoke by phone with Peruvian President Carla Huaman on Monday. "
        "Kenya and Peru agreed to expand trade.\n", encoding="utf-8")
    db = tmp_path / "store.db"
    assert run_cli("ingest", str(folder), "--pack", "none", "--db", str(db)).returncode == 0
    result = run_cli("timeline", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    summaries = [e["summary"] for e in json.loads(result.stdout)]
    call = next(s for s in summaries if "by phone" in s)
    assert "Joseph Mwangi" in call and "Carla Huaman" in call
    assert "Kenya" not in call and "Peru" not in call
    assert any(s.startswith("Kenya and Peru agree") or s.startswith("Kenya agrees") for s in summaries), summaries
    people = json.loads(run_cli("entities", "--db", str(db), "--type", "PERSON", "--json").stdout)
    assert {p["name"].removeprefix("President "): p["country"] for p in people} == {
        "Joseph Mwangi": "Kenya", "Carla Huaman": "Peru"}  # the listing, the web and the API say it too


def test_the_hosts_of_a_visit_are_not_among_its_visitors() -> None:
    names = {**NAMES, "lima": "Lima"}
    said = summarise(EventType.CONSULT, Mode.VISIT, Modality.ASSERTED, ["odh", "qui"], [], "lima", names.__getitem__,
                     {"lima": "peru"}.get, affiliated=OWN)
    assert said == "Amina Odhiambo visits Lima"  # Luis Quispe, a Peruvian, received her there
    alone = summarise(EventType.CONSULT, Mode.VISIT, Modality.ASSERTED, ["qui"], [], "lima", names.__getitem__,
                      {"lima": "peru"}.get, affiliated=OWN)
    assert alone == "Luis Quispe visits Lima", "never an empty list of visitors"


def test_a_country_is_not_read_from_a_common_word_nor_passed_to_the_next_name() -> None:
    # "island" is one of Iceland's names in the gazetteer: only a capitalised word names a country
    found = affiliations("The pact was signed by Kenyan President Joseph Mwangi and the island's leader, Tomas Bell, "
                         "on Monday.")
    assert found["Joseph Mwangi"] == "Kenya"
    assert found["Tomas Bell"] is None
    found = affiliations("The pact was signed by Kenyan President Joseph Mwangi and the Puntland leader, Tomas Bell, "
                         "on Monday.")
    assert found["Tomas Bell"] is None, "a region the gazetteer does not know, and never the other signer's country"


def test_a_person_is_named_without_the_title_written_with_the_name() -> None:
    person = Entity("abebe", first_type=EntityType.PERSON)
    # every titled mention counts its bare name too: a tie, which the title-free form wins
    person.aliases.update({"Prime Minister Hana Abebe": 3, "Hana Abebe": 3, "Abebe": 2})
    assert person.name == "Hana Abebe"
    person.aliases.update({"Hana Girma Abebe": 4})
    assert person.name == "Hana Girma Abebe", "the most written full name still wins"
