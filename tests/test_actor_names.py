"""One entity per actor however the texts name it: the long and short forms of a state, and the states a short
form could mean (resolve/actors.py, lexicon)."""

from __future__ import annotations

from dataclasses import replace

from dossier.lexicon import Country, gazetteer, shared_forms, without_inner_article
from dossier.models import ActorMention, EntityType
from dossier.packs import EMPTY_PACK
from dossier.resolve.actors import ActorResolver

DRC, ROC = "Democratic Republic of the Congo", "Republic of the Congo"


def test_a_long_form_is_known_with_and_without_the_article_after_its_of() -> None:
    assert without_inner_article("United Republic of the Vale") == "United Republic of Vale"
    assert without_inner_article("Vale") is None and without_inner_article("Republic of Vale") is None
    found = gazetteer().country("Democratic Republic of Congo")
    assert found is not None and found.name == DRC


def test_a_short_form_that_other_states_names_hold_is_shared() -> None:
    vale = Country("Republic of the Vale", None, ("Republic of the Vale", "Vale", "Valish"), "Valish")
    upper = Country("Upper Republic of the Vale", None, ("Upper Republic of the Vale", "Valish"), "Valish")
    marsh = Country("Marsh", None, ("Marsh", "Marshite"), "Marshite")
    south = Country("South Marsh", None, ("South Marsh",), None)
    assert shared_forms([vale, upper, marsh, south]) == {
        "vale": ("Republic of the Vale", ("Upper Republic of the Vale",))}


def test_the_state_a_short_form_may_mean_and_what_names_a_state_in_full() -> None:
    places = gazetteer()
    assert places.states_sharing("Congo", ROC) == (DRC,)
    assert places.states_sharing("eastern Congo", ROC) == (DRC,)
    assert places.states_sharing(ROC, ROC) == () and places.states_sharing("Sudan", "Sudan") == ()
    assert places.names_in_full("DRC", DRC) and not places.names_in_full("Congolese", DRC)
    assert not places.names_in_full("Congo", ROC)


def _state(article: str, n: int, name: str, country: str) -> ActorMention:
    return ActorMention(article, n, 100 * n, 100 * n + len(name), name, name, EntityType.STATE, 20 * n, 20 * n + 1,
                        country=country)


def test_a_shared_short_form_is_the_state_the_dossier_names_in_full_in_either_order() -> None:
    short, full = [_state("a", 1, "Congo", ROC)], [_state("b", 1, "Democratic Republic of Congo", DRC)]
    resolver = ActorResolver(EMPTY_PACK)
    (congo,) = resolver.resolve(short).entity_ids
    result = resolver.resolve(full)
    assert result.merged == [(congo, result.entity_ids[0])], "named in full later: the earlier short form joins it"
    assert resolver.resolve([_state("c", 1, "Congo", ROC)]).entity_ids == result.entity_ids
    assert set(resolver.entities) == {result.entity_ids[0]}
    resolver = ActorResolver(EMPTY_PACK)
    (drc,) = resolver.resolve(full).entity_ids
    assert resolver.resolve(short).entity_ids == [drc]


def test_a_shared_short_form_stays_its_own_state_where_that_one_is_named_in_full_too() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    resolver.resolve([_state("a", 1, "Democratic Republic of the Congo", DRC), _state("a", 2, ROC, ROC)])
    (congo,) = resolver.resolve([_state("b", 1, "Congo", ROC)]).entity_ids
    assert resolver.entities[congo].name == ROC


def test_an_outlet_writes_itself_by_its_last_words_in_its_own_texts() -> None:
    from dossier.extract.attribution import outlet_shortened
    assert outlet_shortened("the Beacon", ["Lakeside Evening Beacon"]) == "Lakeside Evening Beacon"
    assert outlet_shortened("Evening Beacon", ["The Lakeside Evening Beacon"]) == "Lakeside Evening Beacon"
    assert outlet_shortened("Beacon", ["Beacon"]) is None, "its whole name is no short form"
    assert outlet_shortened("Cyprus", ["Voice of Cyprus"]) is None, "a country stays a country"
    assert outlet_shortened("the Lantern", ["Lakeside Evening Beacon"]) is None


def test_the_outlet_shortened_in_its_own_article_is_that_outlet() -> None:
    from dossier.extract.actors import as_outlet
    told = ActorMention("a", 1, 0, 6, "Beacon", "Beacon", EntityType.PERSON, 0, 1)
    found = as_outlet(told, "Lakeside Beacon")
    assert (found.name, found.type) == ("Lakeside Beacon", EntityType.ORG)
    place = ActorMention("a", 1, 0, 4, "Vale", "Vale", EntityType.PLACE, 0, 1)
    assert as_outlet(place, "Radio Vale") == place, "a name standing as a place stays one"


def test_a_force_named_with_an_office_word_is_a_body_not_a_person() -> None:
    from dossier.extract.actors import titled_person
    force = ActorMention("a", 1, 0, 27, "the Vale Defence Force", "Vale Defence Force", EntityType.ORG, 0, 4)
    assert titled_person(force, "the Vale Defence Force") is None
    marshal = ActorMention("a", 1, 0, 20, "Air Marshal J.R. Tam", "Air Marshal J.R. Tam", EntityType.ORG, 0, 4)
    found = titled_person(marshal, "Air Marshal J.R. Tam")
    assert found is not None and found.name == "J.R. Tam"


def _resolved(*texts: str) -> list[dict[str, str]]:
    from tests.helpers.pipeline import extraction
    resolver, seen = ActorResolver(EMPTY_PACK), []
    for text in texts:
        found = extraction(text, pack_name="none").mentions
        seen.append({m.text: i for m, i in zip(found, resolver.resolve(found).entity_ids, strict=True)})
    return seen


def test_the_army_is_that_of_the_state_the_dateline_names() -> None:
    from dossier.resolve.actors import dateline_state
    first, second = _resolved("The Peruvian army closed the border road on Monday.",
                              "LIMA (Andean Wire) - Farmers blocked the road, the army said on Tuesday.")
    assert second["the army"] == first["The Peruvian army"]
    lima = ActorMention("a", 0, 0, 4, "LIMA", "LIMA", EntityType.PLACE, 0, 1, country="Peru")
    assert dateline_state([lima]) == "Peru"
    assert dateline_state([replace(lima, text="Lima")]) is None, "a capital in a sentence is no dateline"
    assert dateline_state([replace(lima, start=40, end=44)]) is None


def test_the_government_is_a_state_s_before_a_province_s() -> None:
    first, second = _resolved("The Peruvian government and the Cusco provincial government met in Lima. "
                              "The Cusco provincial government asked for funds. The Cusco provincial government "
                              "said it would wait.", "The government said on Friday that the talks would resume.")
    assert second["The government"] == first["The Peruvian government"]


def _lone(article: str, n: int, name: str, entity_type: EntityType, weight: float = 1.0) -> ActorMention:
    return ActorMention(article, n, 100 * n, 100 * n + len(name), name, name, entity_type, 20 * n, 20 * n + 1,
                        weight=weight)


def test_a_lone_word_the_tagger_took_for_a_person_is_a_place_once_the_text_says_so() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    (town,) = resolver.resolve([_lone("a", 1, "Marvo", EntityType.PERSON)]).entity_ids
    resolver.resolve([_lone("b", 1, "Marvo", EntityType.PLACE, weight=2.0)])  # "sent into Marvo"
    for k in range(4):
        resolver.resolve([_lone(f"c{k}", 1, "Marvo", EntityType.PERSON)])  # the tagger keeps guessing a person
    assert resolver.entities[town].type is EntityType.PLACE


def test_a_person_with_a_full_name_stays_a_person() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    (person,) = resolver.resolve([_lone("a", 1, "Ines Marvo", EntityType.PERSON)]).entity_ids
    resolver.resolve([_lone("b", 1, "Marvo", EntityType.PERSON)])
    resolver.resolve([_lone("c", 1, "Marvo", EntityType.PLACE, weight=2.0)])
    assert resolver.entities[person].type is EntityType.PERSON
