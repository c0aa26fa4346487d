"""Generic agents ('police', 'protesters', 'opposition supporters') as actors, capitals and places the NER
mislabels, and generic forms of an international body's name. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.lexicon.agents import OUTPUT, agents, build, convert, dump, plural
from dossier.models import ActorMention, EntityType
from dossier.packs import EMPTY_PACK
from dossier.resolve.actors import ActorResolver
from tests.helpers.pipeline import extraction

_DICTIONARY = """# a small dictionary in the agents file's format
!PERSON! = MAN, MEN, WOMAN
RIOT_POLICE {} [~COP]
HARBOUR!PERSON! [~LAB]
MARCHER [~OPP]
DEPUTY {DEPUTIES} [~LEG]
STREET_PARTY [~CVL]  # a trailing comment
NOT AN ENTRY
"""


def test_the_converter_reads_phrases_plurals_and_substitution_sets() -> None:
    found = convert(_DICTIONARY)
    assert found["riot police"] == ["COP", True]  # {}: a mass noun, no plural
    assert "riot polices" not in found
    assert found["marchers"] == ["OPP", False] and found["marcher"] == ["OPP", False]
    assert found["deputies"] == ["LEG", False]  # the irregular plural written out
    assert found["street parties"] == ["CVL", False]
    assert {"harbourman", "harbourmen", "harbourwoman"} <= set(found)


def test_the_shipped_list_is_what_the_converter_derives_from_the_dictionary() -> None:
    resources = Path(__file__).resolve().parents[1].parent / "shared" / "resources"
    if not (resources / "petrarch2" / "Phoenix.agents.txt").is_file():
        pytest.skip("../shared/resources is not beside this checkout")
    assert dump(build(resources)) == OUTPUT.read_text(encoding="utf-8")


def test_regular_plurals() -> None:
    assert [plural(w) for w in ("rebel", "party", "witness", "day")] == ["rebels", "parties", "witnesses", "days"]


def test_the_derived_list_keeps_agents_and_drops_places_weapons_and_what_other_rules_handle() -> None:
    table = agents()
    police = table.find(["riot", "police"])
    assert police is not None and police[0] == 2 and police[1].sector == "police" and police[1].mass
    supporters = table.find(["opposition", "supporters"])
    assert supporters is not None and supporters[1].sector == "opposition"
    assert table.find(["villages"]) is None and table.find(["warplanes"]) is None and table.find(["army"]) is None
    assert table.find(["ministers"]) is None  # government people are titles and unnamed sources


def _groups(text: str) -> list[ActorMention]:
    return [m for m in extraction(text, pack_name="none").mentions if m.type is EntityType.GROUP]


def test_a_generic_agent_that_acts_is_an_actor_of_the_event() -> None:
    found = extraction("Riot police detained eleven students outside the parliament in Vilnius on Monday.",
                       pack_name="none")
    police = [i for i, m in enumerate(found.mentions) if m.name == "riot police"]
    assert police and any(police[0] in e.actors for e in found.events)
    rally = extraction("Several thousand demonstrators marched through the old town on Sunday.", pack_name="none")
    marchers = [i for i, m in enumerate(rally.mentions) if m.name == "demonstrators"]
    assert marchers and any(e.type == "PROTEST" and marchers[0] in e.actors for e in rally.events)


def test_rights_groups_and_aid_groups_are_actors() -> None:
    found = extraction("Human rights groups accused the Kenyan police of torture on Friday.", pack_name="none")
    groups = [i for i, m in enumerate(found.mentions) if "rights groups" in m.name]
    assert groups and any(e.type == "ACCUSE" and groups[0] in e.actors for e in found.events), found.events
    aid = extraction("Swedish aid groups delivered medicine to a hospital in Herat on Friday.", pack_name="none")
    donors = [i for i, m in enumerate(aid.mentions) if "aid groups" in m.name]
    assert donors and any(e.type == "AID" and donors[0] in e.actors for e in aid.events), aid.events


def test_a_generic_agent_keeps_the_state_the_text_gives_it() -> None:
    police = [m for m in _groups("Georgian police dispersed the crowd with water cannon.") if "police" in m.name]
    assert [(m.name, m.country) for m in police] == [("Georgian police", "Georgia")]


def test_an_owned_or_singular_agent_is_no_new_actor() -> None:
    assert not [m for m in _groups("The ministry said its troops had left the valley.") if m.name == "troops"]
    assert not [m for m in _groups("A soldier was wounded near the crossing.") if "soldier" in m.name]
    assert not [m for m in _groups("The police station was closed.") if "police" in m.name]


def test_a_capital_the_tagger_took_for_a_person_is_the_capital_standing_for_its_state() -> None:
    found = extraction("Officials in Tbilisi were cautious. Tbilisi would not accept the new text, he said.",
                       pack_name="none").mentions
    capitals = [m for m in found if m.name == "Tbilisi"]
    assert capitals and all(m.type is EntityType.PLACE and m.country == "Georgia" for m in capitals)


def test_a_country_name_the_ner_left_out_is_the_state() -> None:
    found = extraction("Uzbekistan opened the bridge on Monday.", pack_name="none")
    assert [(m.name, m.type) for m in found.mentions] == [("Uzbekistan", EntityType.STATE)], found.mentions
    assert found.events and tuple(found.events[0].actors) == (0,), found.events
    person = extraction("Chad Smith met the Kenyan president on Monday.", pack_name="none")
    assert all(m.type is not EntityType.STATE or m.name != "Chad" for m in person.mentions), person.mentions


def test_a_name_before_a_place_noun_is_a_place() -> None:
    found = extraction("The road would cross the Meghri district and reach the Ordubad exclave.",
                       pack_name="none").mentions
    places = {m.name: m.type for m in found if m.name in ("Meghri", "Ordubad")}
    assert places and set(places.values()) == {EntityType.PLACE}


def _resolve(*texts: str) -> list[dict[str, str]]:
    resolver = ActorResolver(EMPTY_PACK)
    seen = []
    for text in texts:
        found = extraction(text, pack_name="none").mentions
        ids = resolver.resolve(found).entity_ids
        seen.append({m.name: i for m, i in zip(found, ids, strict=True)})
    return seen


def test_a_states_own_security_council_is_not_the_united_nations_body() -> None:
    un, national = _resolve("Diplomats said the United Nations Security Council would meet on Friday.",
                            "The prime minister chaired a session of the Security Council in Yerevan.")
    assert "United Nations Security Council" in un
    assert national.get("Security Council") not in (None, un["United Nations Security Council"])


def test_the_short_form_is_the_united_nations_body_where_the_article_names_the_un() -> None:
    (seen,) = _resolve("The UN envoy briefed the Security Council on the talks.")
    assert "United Nations Security Council" in seen and "Security Council" not in seen


def test_a_lone_given_name_after_the_full_name_is_that_person() -> None:
    found = extraction("Thai Prime Minister Somchai Rattanakul flew to Hanoi on Monday. Somchai said in a statement"
                       " that the talks would go on.", pack_name="none").mentions
    assert {m.type for m in found if m.name == "Somchai"} == {EntityType.PERSON}


def test_a_lower_case_state_body_after_its_country_is_an_actor_of_that_country() -> None:
    found = extraction("Cambodia's defence ministry denied that the shelling had happened.", pack_name="none")
    bodies = [m for m in found.mentions if m.name == "Cambodian defence ministry"]
    assert [(m.type, m.country) for m in bodies] == [(EntityType.ORG, "Cambodia")]
    spokeswoman = extraction("Cambodia's defence ministry spokeswoman said the shelling had stopped.",
                             pack_name="none").mentions
    assert not [m for m in spokeswoman if m.name == "Cambodian defence ministry" and m.type is EntityType.ORG
                and m.text.endswith("spokeswoman")]


def test_a_seat_of_government_of_another_story_stands_for_its_state() -> None:
    found = extraction("The Casa Rosada rejected the offer on Tuesday.", pack_name="none").mentions
    seats = [m for m in found if "Casa Rosada" in m.text]
    assert [(m.seat, m.country) for m in seats] == [(True, "Argentina")]


def test_police_with_no_state_belong_to_their_article_and_a_states_police_to_the_corpus() -> None:
    first, second = _resolve("Police detained two men in the port on Friday. Police later freed them.",
                             "Police dispersed a march in the hills on Monday.")
    assert first["police"] != second["police"]  # one town's police and another's are not one actor
    third, fourth = _resolve("Georgian police detained two men on Friday.", "Georgian police freed them on Monday.")
    assert third["Georgian police"] == fourth["Georgian police"]


def test_peacekeepers_are_a_military_group_by_their_plural_or_a_collective_noun() -> None:
    table = agents()
    assert table.find(["peacekeepers"]) is not None and table.find(["peacekeeping", "contingent"]) is not None
    found = _groups("Danish peacekeepers left the valley. The peacekeeping contingent had guarded it for a year.")
    assert any(m.name == "Danish peacekeepers" and m.country == "Denmark" for m in found), found


def test_an_agent_named_without_a_state_is_the_one_state_s_agent_the_article_names() -> None:
    from dossier.extract.actors import AGENT, agents_of_one_state

    def group(name: str, country: str | None) -> ActorMention:
        return ActorMention("a", 0, 0, len(name), name, name, EntityType.GROUP, 0, 1, country=country,
                            descriptor=None if country else AGENT)
    tied = agents_of_one_state([group("Danish peacekeepers", "Denmark"), group("peacekeepers", None)])
    assert [(m.name, m.country, m.descriptor) for m in tied][1] == ("Danish peacekeepers", "Denmark", None)
    two = agents_of_one_state([group("Danish police", "Denmark"), group("Swedish police", "Sweden"),
                               group("police", None)])
    assert two[2].descriptor == AGENT and two[2].country is None  # whose police is not told


def test_a_crowd_told_in_the_singular_is_a_group_that_acts() -> None:
    found = extraction("In Libreville, a crowd gathered on Sunday evening to celebrate the decision.",
                       pack_name="none")
    names = found.mentions
    assert [(e.type, {names[i].name for i in e.actors}) for e in found.events] == [("PROTEST", {"crowd"})]
