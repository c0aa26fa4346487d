"""A state's military named as a body after its country ('the Ruritanian Armed Forces', 'Israel Defense Forces')
is the same actor as 'the army', 'the military' and 'Ruritanian forces' in the story: the state's military."""

from __future__ import annotations

from dossier.packs import EMPTY_PACK
from dossier.resolve.actors import ActorResolver
from tests.helpers.pipeline import extraction


def _ids(resolver: ActorResolver, text: str) -> dict[str, str]:
    found = extraction(text, pack_name="none").mentions
    return {m.text: i for m, i in zip(found, resolver.resolve(found).entity_ids, strict=True)}


def test_the_named_armed_forces_the_army_and_the_forces_of_a_state_are_one_actor() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    first = _ids(resolver, "The Chadian Armed Forces retook the town of Abeche on Monday. The army said the "
                           "rebels fled north.")
    second = _ids(resolver, "Chadian forces advanced on the border, and the military denied shelling it.")
    assert first["The Chadian Armed Forces"] == first["The army"] == second["Chadian forces"] \
        == second["the military"]


def test_a_country_s_defence_forces_and_army_written_with_its_name_or_possessive_are_its_military() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    first = _ids(resolver, "The Israel Defense Forces struck a depot in the south.")
    second = _ids(resolver, "Israeli forces withdrew from the village a day later.")
    assert first["The Israel Defense Forces"] == second["Israeli forces"]
    third = _ids(resolver, "Mali's Armed Forces attacked the camp, and Malian troops held the road.")
    assert third["Mali's Armed Forces"] == third["Malian troops"]


def test_an_armed_movement_named_after_a_country_is_no_state_s_military() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    found = _ids(resolver, "The Sudan People's Liberation Army clashed with Sudanese forces near Malakal.")
    assert found["The Sudan People's Liberation Army"] != found["Sudanese forces"]


def test_the_army_of_an_article_about_one_state_is_that_state_s_military() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    found = _ids(resolver, "Fighting spread across Chad on Monday. Chadian officials said the army had retaken "
                           "Abeche, and the Chadian capital was calm. Libya said nothing. Chad closed its border.")
    later = _ids(resolver, "Chadian forces moved north.")
    assert found["the army"] == later["Chadian forces"]


def test_the_army_of_an_article_about_two_states_alike_is_nobody_s_in_particular() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    found = _ids(resolver, "Chad and Niger met in Niamey. Chad and Niger agreed on patrols, and Chad and Niger "
                           "said the army would guard the road.")
    assert found["the army"] not in (found["Chad"], found["Niger"])
    assert not resolver.entities[found["the army"]].name.startswith(("Chadian", "Nigerien"))


def test_the_army_of_an_article_naming_no_state_is_the_one_military_the_story_knows() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    known = _ids(resolver, "The Chadian Armed Forces retook the town of Abeche on Monday.")
    later = _ids(resolver, "Fighting went on near the border. The army said it held the road.")
    assert later["The army"] == known["The Chadian Armed Forces"]
    _ids(resolver, "The Nigerien Armed Forces closed the border.")
    again = _ids(resolver, "The army said the road was open.")  # two militaries known: nobody's in particular
    assert again["The army"] not in (known["The Chadian Armed Forces"], later["The army"])
