"""Actor rules for any story: role descriptions are the person they describe, a country's regions, facilities the
tagger missed, a state's military and people, acronyms spelt out, middle names, other names of places, and a
capital or seat of government acting as its state."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.models import ActorMention, EntityType
from dossier.packs import EMPTY_PACK, Pack, load_pack
from dossier.resolve.actors import ActorResolver
from dossier.store import open_store
from dossier.text.names import fold, initials, same_name, same_token
from tests.helpers.articles import write_text
from tests.helpers.pipeline import extraction
from tests.helpers.stores import build_store


def mentions(text: str, pack_name: str = "none") -> list[ActorMention]:
    return extraction(text, pack_name=pack_name).mentions


def described(text: str) -> dict[str, str]:
    """Surface form -> the name it stands for, for the descriptions that became a person's mentions."""
    return {m.text: m.name for m in mentions(text) if m.type is EntityType.PERSON and m.name not in m.text}


def test_a_role_description_is_the_person_the_article_introduced_with_that_role() -> None:
    text = ("Chilean President Marta Ibarra landed in Lima on Monday. The Chilean leader met the prime minister. "
            "Chile's foreign minister, Tomas Rojas, joined them. Later the Chilean top diplomat spoke to reporters.")
    found = described(text)
    assert found.get("The Chilean leader") == "Marta Ibarra"
    assert found.get("the Chilean top diplomat") == "Tomas Rojas"


def test_a_role_description_beside_a_name_is_that_person() -> None:
    found = described("The talks were opened by the interim president of Peru, Luis Quispe, in the capital.")
    assert found.get("the interim president of Peru") == "Luis Quispe"


@pytest.mark.parametrize("text", [
    "Chilean President Marta Ibarra spoke first. The former Chilean president Jorge Soto spoke later.",
    "Chilean President Marta Ibarra spoke first. A president must listen, she said.",
    "Chilean President Marta Ibarra spoke first. The country's leader was firm.",
])
def test_no_description_of_someone_else_or_of_nobody_in_particular(text: str) -> None:
    assert "Marta Ibarra" not in {name for surface, name in described(text).items()
                                  if "former" in surface or surface.lower().startswith(("a ", "the country"))}


def test_the_country_in_a_role_description_stays_a_party() -> None:
    found = extraction("Chilean President Marta Ibarra arrived on Monday. Chile's interim leader met Peruvian "
                       "officials in Lima.", pack_name="none")
    (meeting,) = [e for e in found.events if e.lemma == "meet"]
    names = {found.mentions[i].name for i in meeting.actors}
    assert "Marta Ibarra" in names and "Chile" in names


@pytest.mark.parametrize(("text", "region"), [
    ("Troops moved into northeastern Chile overnight.", "northeast Chile"),
    ("Troops moved into northeast Chile overnight.", "northeast Chile"),
    ("Troops moved into Chile's northeast overnight.", "northeast Chile"),
])
def test_a_compass_word_beside_a_country_names_its_region(text: str, region: str) -> None:
    places = [m for m in mentions(text) if m.type is EntityType.PLACE and m.name == region]
    assert places and places[0].country == "Chile"


def test_a_proper_noun_before_a_facility_noun_is_a_facility_even_when_the_tagger_missed_it() -> None:
    text = "The aircraft flew to the Zarqoun air base at night."
    found = [m for m in mentions(text) if m.type is EntityType.FACILITY]
    assert any(m.name == "Zarqoun" and m.text.endswith("Zarqoun air base") for m in found), found


@pytest.mark.parametrize(("text", "kind", "country"), [
    ("Peruvian troops crossed the river.", "military", "Peru"),
    ("The Peruvian army crossed the river.", "military", "Peru"),
    ("Government forces crossed the river.", "military", None),
    ("Aid reached the Peruvian people at last.", "people", "Peru"),
])
def test_a_state_s_military_and_people_are_actors_of_their_own(text: str, kind: str, country: str | None) -> None:
    found = [m for m in mentions(text) if m.descriptor == kind]
    assert found and found[0].country == country


def test_police_forces_are_not_the_army() -> None:
    assert not [m for m in mentions("Peruvian police forces closed the road.") if m.descriptor == "military"]


def _resolve(*texts: str) -> tuple[ActorResolver, list[dict[str, str]]]:
    resolver = ActorResolver(EMPTY_PACK)
    seen = []
    for text in texts:
        found = mentions(text)
        ids = resolver.resolve(found).entity_ids
        seen.append({m.text: i for m, i in zip(found, ids, strict=True)})
    return resolver, seen


def test_an_acronym_spelt_out_in_the_article_is_that_actor() -> None:
    _, (first, second) = _resolve("The Andean Water Council met in Quito. The AWC later issued a statement.",
                                  "The AWC rejected the plan.")
    assert first["The Andean Water Council"] == first["The AWC"] == second["The AWC"]


def test_a_name_given_by_its_middle_name_is_the_same_person() -> None:
    _, (first, second) = _resolve("Foreign Minister Ahmad Rami Haddad arrived in Oslo.",
                                  "Rami Haddad met his Norwegian counterpart.")
    assert first["Foreign Minister Ahmad Rami Haddad"] == second["Rami Haddad"]


def test_the_government_s_forces_are_its_state_s_military() -> None:
    _, (found,) = _resolve("The Peruvian government sent reinforcements. Government forces took the town. "
                           "The Peruvian army said the town was calm.")
    assert found["Government forces"] == found["The Peruvian army"]


@pytest.mark.parametrize(("a", "b"), [("Peking", "Beijing"), ("Kiev", "Kyiv"), ("Burma", "Myanmar"),
                                      ("Turkey", "Türkiye"), ("Bombay", "Mumbai")])
def test_other_names_of_a_place_fold_to_one(a: str, b: str) -> None:
    assert fold(a) == fold(b) and same_name(a, b)


@pytest.mark.parametrize(("a", "b"), [("zelensky", "zelenskyy"), ("zelenskiy", "zelensky"), ("yevgeny", "evgeny"),
                                      ("yelena", "elena"), ("prigozhin", "prigojine"), ("tchaikovsky", "chaikovsky"),
                                      ("hemeimeem", "hmeimim")])
def test_transliteration_habits_are_one_name(a: str, b: str) -> None:
    assert same_token(a, b)


def test_initials() -> None:
    assert initials("Andean Water Council") == "AWC" and initials("League of Arab States") == "LAS"
    assert initials("water council") == "" and initials("Council") == ""


def test_a_capital_or_seat_acting_is_its_state_in_events_positions_and_the_network(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_text(folder, "a.txt", "Moscow rejected calls to close its military bases in Syria on Tuesday.\n\n"
               "The Kremlin accused Israel of striking Syrian ports on Tuesday.", published="2025-03-05")
    db = build_store(tmp_path / "m.db", folder, _pack())
    store = open_store(db, create=False)
    parties = {r[0] for r in store.db.execute("SELECT entity_id FROM event_entities WHERE role IN ('actor', 'target')")}
    assert "russia" in parties and not parties & {"moscow", "kremlin"}
    holders = {r[0] for r in store.db.execute("SELECT actor FROM positions")}
    assert "russia" in holders and not holders & {"moscow", "kremlin"}
    edges = {(e.source, e.target) for e in store.views.network().edges}
    assert not any({"moscow", "kremlin"} & set(edge) for edge in edges)
    surfaces = {r[0] for r in store.db.execute("SELECT text FROM mentions WHERE entity_id IN ('moscow', 'kremlin')")}
    assert surfaces == {"Moscow", "The Kremlin"}, "the mention keeps what the text said"


def _pack() -> Pack:
    return load_pack("syria-russia")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Syria's Foreign Ministry said the talks went well.", "Syrian Foreign Ministry", "Syria"),
    ("The Turkish Ministry of Trade disagreed.", "Turkish Ministry of Trade", "Turkey"),
])
def test_a_state_body_named_after_its_country_is_that_country_s(text: str, name: str, country: str) -> None:
    bodies = [m for m in mentions(text) if m.type is EntityType.ORG and "Ministry" in m.name]
    assert bodies and bodies[0].name == name and bodies[0].country == country


def test_a_nationality_the_tagger_took_into_a_persons_name_is_no_part_of_it() -> None:
    """'praised Chilean Ibarra': the person is Ibarra (the same one as 'Marta Ibarra'); a country's name that is a
    first name ('Jordan Peterson') stays."""
    people = {m.text: m.name for m in mentions("Peru's president praised Chilean Ibarra on Monday. Jordan Peterson "
                                               "wrote about it.") if m.type is EntityType.PERSON}
    assert "Chilean Ibarra" not in people and people.get("Ibarra") == "Ibarra", people
    assert people.get("Jordan Peterson") == "Jordan Peterson", people


def _named(article: str, n: int, name: str, entity_type: EntityType) -> ActorMention:
    return ActorMention(article, n, 100 * n, 100 * n + len(name), name, name, entity_type, 20 * n, 20 * n + 2)


def _ids_of(*articles: list[ActorMention]) -> list[list[str]]:
    resolver = ActorResolver(EMPTY_PACK)
    return [resolver.resolve(found).entity_ids for found in articles]


@pytest.mark.parametrize("misread", [EntityType.PLACE, EntityType.ORG])
def test_a_lone_surname_is_the_one_full_name_the_tagger_typed_otherwise_in_either_order(misread: EntityType) -> None:
    full = [_named("a", 1, "Rohan Mehra", misread)]
    lone = [_named("b", 1, "Mehra", EntityType.PERSON)]
    (first,), (second,) = _ids_of(full, lone)
    assert first == second
    (first,), (second,) = _ids_of(lone, full)
    assert first == second


def test_a_lone_surname_joins_no_one_when_two_full_names_end_in_it() -> None:
    brothers = [_named("a", 1, "Omar Haddad", EntityType.PLACE), _named("a", 2, "Yusuf Haddad", EntityType.ORG)]
    (omar, yusuf), (lone,) = _ids_of(brothers, [_named("b", 1, "Haddad", EntityType.PERSON)])
    assert lone not in (omar, yusuf)


@pytest.mark.parametrize(("full", "lone"), [("Leo Jordan", "Jordan"), ("Upper Mehra", "Mehra"),
                                            ("Nur Mehra", "Mehra")])
def test_a_lone_name_of_a_place_or_beside_a_place_word_or_a_facility_stays_apart(full: str, lone: str) -> None:
    full_type = EntityType.FACILITY if full.startswith("Nur") else EntityType.PLACE
    (place,), (alone,) = _ids_of([_named("a", 1, full, full_type)], [_named("b", 1, lone, EntityType.PERSON)])
    assert place != alone


def test_a_name_tagged_a_nationality_that_is_no_demonym_is_a_place_after_a_preposition_of_place() -> None:
    from tests.helpers.pipeline import extraction
    found = extraction("Shells kept hitting bakeries and clinics across Deir and Aleppo.", None)
    assert {(m.name, m.type) for m in found.mentions} >= {("Aleppo", EntityType.PLACE)}, found.mentions
