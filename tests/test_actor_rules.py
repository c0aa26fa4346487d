"""Actor rules for any story: role descriptions are the person they describe, a country's regions, facilities the
tagger missed, a state's military and people, acronyms spelt out, middle names, other names of places, and a
capital or seat of government acting as its state."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.models import ActorMention, EntityType, Token
from dossier.packs import EMPTY_PACK, Pack, load_pack
from dossier.resolve.actors import ActorResolver
from dossier.store import open_store
from dossier.text.names import (
    fold,
    initials,
    inserted_consonants,
    same_name,
    same_token,
    spells_out,
    surname_as_written,
)
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
                                      ("Turkey", "Türkiye"), ("Bombay", "Mumbai"), ("Artsakh", "Nagorno-Karabakh"),
                                      ("Karabakh", "Nagorno-Karabakh"), ("Khankendi", "Stepanakert"),
                                      ("Malvinas", "Falkland Islands")])
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


def _place(article_id: str, name: str, n: int) -> ActorMention:
    return ActorMention(article_id, n, 10 * n, 10 * n + len(name), name, name, EntityType.PLACE, 2 * n, 2 * n + 1)


def _resolve_places(*articles: list[str]) -> list[list[str]]:
    resolver = ActorResolver(EMPTY_PACK)
    return [resolver.resolve([_place(f"a{k}", name, n) for n, name in enumerate(names)]).entity_ids
            for k, names in enumerate(articles)]


def test_a_place_written_with_and_without_its_droppable_qualifier_is_one_place() -> None:
    first, second = _resolve_places(["New Marden", "Marden"], ["Marden"])
    assert first[0] == first[1] == second[0]
    first, second = _resolve_places(["Marden"], ["New Marden"])
    assert first[0] == second[0]


def test_a_region_written_with_or_without_the_noun_of_its_area_is_one_place() -> None:
    from dossier.extract.actors import with_area_noun
    text = "Farmers in the Marden district and Marden province said Marden city flooded."
    words = text.rstrip(".").split()
    offsets = [text.index(w, sum(len(x) + 1 for x in words[:k])) for k, w in enumerate(words)]
    tokens = {i: Token(i, w, w.lower(), "PROPN" if w[0].isupper() else "NOUN", "NN", "dep", i, offsets[i])
              for i, w in enumerate(words)}

    def place(k: int, size: int, **extra: str) -> ActorMention:
        name = " ".join(words[k:k + size])
        return ActorMention("a", 0, offsets[k], offsets[k] + len(name), name, name, EntityType.PLACE, k, k + size,
                            **extra)  # type: ignore[arg-type]
    district = with_area_noun(place(3, 1), text, tokens)
    assert (district.name, district.text, district.token_end) == ("Marden", "Marden district", 5)
    province = with_area_noun(place(6, 2), text, tokens)
    assert (province.name, province.text) == ("Marden", "Marden province")
    assert with_area_noun(place(9, 1), text, tokens).text == "Marden"  # "Marden city" may be the town
    capital = with_area_noun(place(3, 1, country="Ruritania"), text, tokens)
    assert capital.text == "Marden"  # "the Moscow region" is no city


def test_a_qualified_place_joins_no_short_name_that_two_places_could_own() -> None:
    ids = _resolve_places(["New Marden", "Greater Marden"], ["Marden"])
    assert ids[0][0] != ids[0][1] and ids[1][0] not in ids[0]


def test_a_compass_word_or_a_country_keeps_places_apart() -> None:
    (ids,) = _resolve_places(["North Marden", "Marden", "New Sudan", "Sudan"])
    assert ids[0] != ids[1] and ids[2] != ids[3]


def test_a_name_linked_by_hyphens_or_held_by_a_country_is_one_name() -> None:
    from dossier.extract.actors import joined_extent
    text = "Jets hit Hizb-ul-Ansar camps in Ruritania-occupied Vale."
    part = text.index("Ansar")
    assert text[slice(*joined_extent(text, part, part + 5, False))] == "Hizb-ul-Ansar"
    first = text.index("Hizb")
    assert text[slice(*joined_extent(text, first, first + 4, False))] == "Hizb-ul-Ansar"
    vale = text.index("Vale")
    assert text[slice(*joined_extent(text, vale, vale + 4, True))] == "Ruritania-occupied Vale"
    assert joined_extent(text, vale, vale + 4, False) == (vale, vale + 4)  # only a place is held
    talks = "The Ruritania-Osterlich talks"
    assert joined_extent(talks, 4, 13, True) == (4, 13)  # two countries joined by a hyphen stay two


def test_a_rank_before_a_name_the_tagger_took_for_a_body_makes_a_person() -> None:
    from dossier.extract.actors import titled_person
    found = [m for m in mentions("Air Marshal J.R. Tamang told reporters the runway was hit.")
             if "Tamang" in m.text]
    assert found and found[0].type is EntityType.PERSON and found[0].name == "J.R. Tamang"
    body = ActorMention("a", 0, 0, 28, "General Intelligence Service", "General Intelligence Service",
                        EntityType.ORG, 0, 3)
    assert titled_person(body, body.text) is None
    department = ActorMention("a", 0, 0, 23, "The US State Department", "US State Department", EntityType.ORG, 0, 4)
    assert titled_person(department, department.text) is None  # office words before a body's name: still a body


@pytest.mark.parametrize(("text", "name", "place"), [
    ("Shelling was reported near Koldava on Friday.", "Koldava", True),
    ("Explosions were heard over Koldava and Mirnet.", "Mirnet", True),
    ("The army closed the crossing at Koldava.", "Koldava", True),
    ("An analyst at Brookings said the talks would fail.", "Brookings", False),
])
def test_a_preposition_of_place_makes_a_name_a_place(text: str, name: str, place: bool) -> None:
    found = [m for m in mentions(text) if m.name == name]
    assert not found or (found[0].type is EntityType.PLACE) == place


def test_the_name_a_place_noun_is_of_is_a_place() -> None:
    town = [m for m in mentions("Thousands fled the lakeside town of Rubavu on Monday.") if m.name == "Rubavu"]
    assert town and town[0].type is EntityType.PLACE, town
    town = [m for m in mentions("Thousands fled the town of Kagame on Monday.") if m.name == "Kagame"]
    assert town and town[0].type is EntityType.PLACE, town
    person = [m for m in mentions("Thousands cheered the brother of Kagame on Monday.") if m.name == "Kagame"]
    assert person and person[0].type is EntityType.PERSON, person


def _parsed(words: list[tuple[str, str, str, int]]) -> dict[int, Token]:
    """(word, part of speech, dependency, head) -> tokens, offsets as if joined by spaces."""
    offsets = [sum(len(w) + 1 for w, *_ in words[:k]) for k in range(len(words))]
    return {i: Token(i, w, w.lower(), pos, pos, dep, head, offsets[i]) for i, (w, pos, dep, head) in enumerate(words)}


@pytest.mark.parametrize(("words", "place"), [
    ([("Aid", "NOUN", "nsubjpass", 2), ("was", "AUX", "auxpass", 2), ("handed", "VERB", "ROOT", 2),
      ("out", "ADP", "prt", 2), ("throughout", "ADP", "prep", 2), ("Koldava", "PROPN", "pobj", 4)], True),
    ([("Tanks", "NOUN", "nsubj", 1), ("rolled", "VERB", "ROOT", 1), ("into", "ADP", "prep", 1),
      ("Koldava", "PROPN", "pobj", 2)], True),
    ([("An", "DET", "det", 1), ("inquiry", "NOUN", "nsubj", 4), ("into", "ADP", "prep", 1),
      ("Koldava", "PROPN", "pobj", 2), ("began", "VERB", "ROOT", 4)], False),
    ([("We", "PRON", "nsubj", 1), ("have", "VERB", "ROOT", 1), ("faith", "NOUN", "dobj", 1), ("in", "ADP", "prep", 2),
      ("Koldava", "PROPN", "pobj", 3)], False),
])
def test_one_list_of_prepositions_of_place_for_any_name_the_tagger_mistook(
        words: list[tuple[str, str, str, int]], place: bool) -> None:
    """A name taken for a nationality (`where_to`) and one taken for a person or a body (`located_by`) are a place
    by the same test: the object of a preposition of place ('throughout', 'near'), or of 'into' after a verb."""
    from dossier.extract.actors import located_by, where_to
    from dossier.models import Span
    tokens = _parsed(words)
    name = next(t for t in tokens.values() if t.text == "Koldava")
    span = Span(0, name.idx, name.idx + 7, "Koldava", "NORP", name.i, name.i + 1)
    assert located_by(name, tokens.get(name.i + 1), tokens) is place
    assert where_to(span, tokens) is place


def test_a_name_that_reads_as_an_outlet_is_an_organisation() -> None:
    from dossier.extract.actors import as_outlet
    wire = ActorMention("a", 0, 0, 12, "Potash Wire", "Potash Wire", EntityType.PLACE, 0, 2)
    assert as_outlet(wire, "").type is EntityType.ORG
    own = ActorMention("a", 0, 0, 12, "Lake Lantern", "Lake Lantern", EntityType.PERSON, 0, 2)
    assert as_outlet(own, "Lake Lantern").type is EntityType.ORG
    assert as_outlet(own, "Harbour Gazette").type is EntityType.PERSON


def test_a_lone_word_taken_for_a_person_is_the_place_a_preposition_names() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    (once,) = resolver.resolve([ActorMention("a", 0, 0, 7, "Koldava", "Koldava", EntityType.PERSON, 0, 1)]).entity_ids
    (there,) = resolver.resolve([ActorMention("b", 0, 0, 7, "Koldava", "Koldava", EntityType.PLACE, 0, 1,
                                              weight=2.0)]).entity_ids
    assert once == there and resolver.entities[once].type is EntityType.PLACE


def test_one_article_writing_two_spellings_names_two_places() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    ids = resolver.resolve([_place("a", "Hadampur", 0), _place("a", "Hudampur", 1)]).entity_ids
    assert ids[0] != ids[1]


def test_a_cased_acronym_beside_the_name_it_shortens_is_that_place() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    long = _place("a", "Ruritania-occupied Vale", 0)
    short = ActorMention("a", 1, 40, 43, "RoV", "RoV", EntityType.ORG, 9, 10)
    ids = resolver.resolve([long, short]).entity_ids
    assert ids[0] == ids[1]


def test_a_span_over_two_names_and_near_between_them_is_two_places() -> None:
    from dossier.extract.actors import split_at_place_words
    text = "Jets hit a camp at Koldava near Mirnet."
    start = text.index("Koldava")
    span = ActorMention("a", 0, start, len(text) - 1, "Koldava near Mirnet", "Koldava near Mirnet",
                        EntityType.FACILITY, 5, 8)
    tokens = {i: Token(i, w, w, "PROPN", "NNP", "pobj", i, text.index(w)) for i, w in
              enumerate(["Jets", "hit", "a", "camp", "at", "Koldava", "near", "Mirnet"])}
    parts = split_at_place_words([span], text, tokens)
    assert [(p.name, p.type) for p in parts] == [("Koldava", EntityType.PLACE), ("Mirnet", EntityType.PLACE)]


def test_a_name_listed_with_a_town_is_a_place() -> None:
    from dossier.extract.actors import listed_with_places
    town = ActorMention("a", 0, 12, 18, "Mirnet", "Mirnet", EntityType.PLACE, 2, 3)
    other = ActorMention("a", 0, 23, 30, "Koldava", "Koldava", EntityType.ORG, 4, 5)
    text = "Trains from Mirnet and Koldava ran late."
    tokens = {i: Token(i, w, w, "PROPN", "NNP", dep, head, text.index(w)) for i, (w, dep, head) in enumerate(
        [("Trains", "nsubj", 5), ("from", "prep", 0), ("Mirnet", "pobj", 1), ("and", "cc", 2),
         ("Koldava", "conj", 2), ("ran", "ROOT", 5)])}
    assert [m.type for m in listed_with_places([town, other], tokens)] == [EntityType.PLACE, EntityType.PLACE]
    capital = ActorMention("a", 0, 12, 18, "Mirnet", "Mirnet", EntityType.PLACE, 2, 3, country="Ruritania")
    assert listed_with_places([capital, other], tokens)[1].type is EntityType.ORG


def test_a_name_tagged_a_nationality_that_is_no_demonym_is_a_place_after_a_preposition_of_place() -> None:
    from tests.helpers.pipeline import extraction
    found = extraction("Shells kept hitting bakeries and clinics across Deir and Aleppo.", None)
    assert {(m.name, m.type) for m in found.mentions} >= {("Aleppo", EntityType.PLACE)}, found.mentions


def test_a_capital_the_tagger_left_out_or_wrote_without_accents_is_that_capital() -> None:
    from dossier.lexicon import gazetteer
    assert gazetteer().capitals["chisinau"].name == "Moldova"  # "Chișinău" written in ASCII
    assert gazetteer().country("Cote d'Ivoire") is not None
    found = [m for m in mentions("Chisinau protested to Moscow.") if m.name == "Chisinau"]
    assert found and found[0].type is EntityType.PLACE and found[0].country == "Moldova"


def test_a_country_or_demonym_the_tagger_took_for_a_person_is_the_state() -> None:
    from dossier.extract.actors import state_taken_for_person
    president = Token(0, "President", "president", "PROPN", "NNP", "compound", 1, 0)
    assert state_taken_for_person("Moldova", None) == "Moldova"  # "Moldova closed the border"
    assert state_taken_for_person("Moldovan", None) == "Moldova"  # "on the Moldovan side"
    assert state_taken_for_person("Moldova", president) is None
    assert state_taken_for_person("Ana Lupu", None) is None


@pytest.mark.parametrize("text", ["Floods cut the roads of Armenia's Vorotan province on Monday.",
                                  "A road will run through the Kelbar district near the border."])
def test_a_region_is_named_without_its_area_noun_whether_or_not_the_tagger_saw_it(text: str) -> None:
    found = [m for m in mentions(text) if m.text.endswith(("province", "district"))]
    assert found and found[0].type is EntityType.PLACE and found[0].name in ("Vorotan", "Kelbar"), mentions(text)


def test_a_body_written_with_or_without_the_acronym_of_its_parent_organisation_is_one_body() -> None:
    def body(article_id: str, name: str, n: int) -> ActorMention:
        return ActorMention(article_id, n, 10 * n, 10 * n + len(name), name, name, EntityType.ORG, 2 * n, 2 * n + 1)
    resolver = ActorResolver(EMPTY_PACK)
    (full,) = resolver.resolve([body("a", "OSCE Lake Working Group", 0)]).entity_ids
    (short,) = resolver.resolve([body("b", "Lake Working Group", 0)]).entity_ids
    assert full == short
    (senate,) = resolver.resolve([body("c", "US Harbour Board", 0)]).entity_ids
    (board,) = resolver.resolve([body("d", "Harbour Board", 0)]).entity_ids
    assert senate != board  # a country is no parent body: another state may have a board of that name
    (one,) = resolver.resolve([body("e", "OSCE River Panel", 0)]).entity_ids
    (two,) = resolver.resolve([body("f", "NATO River Panel", 0)]).entity_ids
    (bare,) = resolver.resolve([body("g", "River Panel", 0)]).entity_ids
    assert bare not in (one, two)  # which of the two it was is not told


def test_a_name_before_an_outlet_noun_is_that_outlet() -> None:
    found = [m for m in mentions("The spokesman told the Koldava news agency that talks would resume.")
             if "Koldava" in m.text]
    assert found and found[0].type is EntityType.ORG and found[0].name == "Koldava", found
    assert found[0].text.endswith("Koldava news agency")
    assert not [m for m in mentions("A Koldava media adviser resigned.") if m.text.endswith("media")]  # his adviser


@pytest.mark.parametrize(("full", "surname"), [("Emma Lindqvist", "Lindqvist"), ("General Omar Haddad", "Haddad"),
                                               ("Karim al-Masri", "Masri"), ("Murad Abu Salem", "Abu Salem")])
def test_a_full_name_s_surname_as_written(full: str, surname: str) -> None:
    assert surname_as_written(full) == surname
    assert surname_as_written("Lindqvist") is None


def test_a_surname_no_one_else_has_is_a_name_form_of_the_one_person_taken_back_when_a_namesake_comes() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    (omar,) = resolver.resolve([_named("a", 1, "Omar Haddad", EntityType.PERSON)]).entity_ids
    (lena,) = resolver.resolve([_named("b", 1, "Lena Varga", EntityType.PERSON)]).entity_ids
    assert resolver.entities[omar].surname_form == "Haddad" and resolver.entities[lena].surname_form == "Varga"
    (yusuf,) = resolver.resolve([_named("c", 1, "Yusuf Haddad", EntityType.PERSON)]).entity_ids
    assert yusuf != omar and resolver.entities[omar].surname_form is None is resolver.entities[yusuf].surname_form
    assert resolver.entities[lena].surname_form == "Varga"


def test_a_surname_that_names_another_entity_is_no_name_form_of_the_person() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    resolver.resolve([_named("a", 1, "Varga", EntityType.PLACE)])
    (lena,) = resolver.resolve([_named("b", 1, "Lena Varga", EntityType.PERSON)]).entity_ids
    assert resolver.entities[lena].surname_form is None


def test_an_organisation_s_acronym_before_a_body_noun_is_the_body_s_name() -> None:
    """'the EAC Secretariat' is a body of its own, not the organisation 'EAC' and a loose word."""
    names = {m.name for m in mentions("The EAC Secretariat said on Monday that the EAC would meet in Arusha.")}
    assert "EAC Secretariat" in names and "East African Community" in names


@pytest.mark.parametrize(("a", "b", "same"), [("tiani", "tchiani", True), ("marova", "markova", True),
                                              ("hassan", "hassani", False), ("sallam", "saallam", False),
                                              ("rossi", "rosso", False), ("bell", "bechll", False)])
def test_a_surname_written_with_a_consonant_or_two_more(a: str, b: str, same: bool) -> None:
    assert inserted_consonants(a, b) is same


def test_a_full_name_whose_surname_gains_a_consonant_is_the_same_person_unless_the_given_name_differs() -> None:
    (first,), (second,), (third,) = _ids_of([_named("a", 1, "Idrissa Tiani", EntityType.PERSON)],
                                            [_named("b", 1, "Idrissa Tchiani", EntityType.PERSON)],
                                            [_named("c", 1, "Moussa Tchiani", EntityType.PERSON)])
    assert first == second != third


def test_a_sole_surname_is_stored_as_a_name_form_and_taken_back(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_text(folder, "a.txt", "Foreign Minister Lena Varga arrived in Oslo on Monday.", published="2025-03-03")
    db = build_store(tmp_path / "v.db", folder, EMPTY_PACK)
    store = open_store(db, create=False)
    assert [e.id for e in store.actors.find("Varga")] == ["lena_varga"]
    store.close()
    write_text(folder, "b.txt", "Her brother Piotr Varga stayed in Budapest on Tuesday.", published="2025-03-04")
    db = build_store(tmp_path / "v.db", folder, EMPTY_PACK)
    store = open_store(db, create=False)
    assert store.actors.find("Varga") == [], "two people of that surname: it names neither"


@pytest.mark.parametrize(("acronym", "name", "spelt"), [
    ("EFOPS", "Economic Forum of Pacific States", True), ("EFPS", "Economic Forum of Pacific States", True),
    ("UDV", "Union des Villes", True), ("UDV", "Union of Valley Towns", False), ("UV", "Union", False),
    ("NRC", "the Northern Rail Company", True), ("NRC", "Northern Rail", False),
])
def test_an_acronym_spells_a_name_with_or_without_its_linking_words(acronym: str, name: str, spelt: bool) -> None:
    assert spells_out(acronym, name) is spelt


def test_an_acronym_with_a_linking_word_s_letter_spelt_out_in_the_article_is_that_actor() -> None:
    _, (first,) = _resolve("The Economic Forum of Pacific States (EFOPS) met in Suva on Monday. EFOPS later "
                           "issued a statement.")
    assert first["EFOPS"] == first["The Economic Forum of Pacific States"]


def test_a_name_before_its_acronym_in_brackets_is_an_organisation_even_where_the_tagger_missed_it() -> None:
    found = {m.name: m.type for m in mentions("Ministers of three states founded the Ligue des Ports du Levant "
                                              "(LPL) on Saturday in Tyre.")}
    assert found.get("Ligue des Ports du Levant") is EntityType.ORG and found.get("LPL") is EntityType.ORG


def test_a_region_the_tagger_took_for_a_person_is_a_place() -> None:
    found = {m.name: m.type for m in mentions("Drought has spread across the Sahel, said Anna Berg, a Sahel "
                                              "researcher in Oslo.")}
    assert found.get("Sahel") is EntityType.PLACE and found.get("Anna Berg") is EntityType.PERSON
