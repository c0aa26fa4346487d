"""Parties told by a word for a group: a named group written with a generic noun ("LRA rebels", "the rebels"),
and a count of people named just before ("the three men", "the two ministers"). Sentences written for these tests."""

from __future__ import annotations

from dossier.extract.actors import groups_described
from dossier.models import ActorMention, EntityType
from dossier.packs import EMPTY_PACK
from dossier.resolve.actors import ActorResolver
from tests.helpers.pipeline import extraction


def _acts(text: str) -> list[tuple[str | None, set[str]]]:
    found = extraction(text, pack_name="none")
    return [(e.type, {found.mentions[i].name for i in e.actors}) for e in found.events]


def _mention(text: str, kind: EntityType, descriptor: str | None = None, owner: str | None = None,
             country: str | None = None) -> ActorMention:
    return ActorMention("a", 0, 0, len(text), text, text.removeprefix("the "), kind, 0, 1, country=country,
                        descriptor=descriptor, owner=owner)


def test_a_description_made_with_a_group_s_name_is_that_group() -> None:
    found = groups_described([_mention("Vale", EntityType.PLACE), _mention("Vale rebels", EntityType.GROUP,
                                                                            "opposition", "Vale"),
                              _mention("the rebels", EntityType.GROUP, "opposition")])
    assert [(m.name, m.type, m.descriptor) for m in found] == [("Vale", EntityType.GROUP, None)] * 3
    assert found[2].kind == "opposition"  # resolution remembers the story described it as rebels


def test_bare_rebels_stay_a_description_when_two_groups_are_so_described_or_the_name_is_never_named() -> None:
    two = groups_described([_mention("Vale", EntityType.ORG), _mention("Hill", EntityType.ORG),
                            _mention("Vale rebels", EntityType.GROUP, "opposition", "Vale"),
                            _mention("Hill rebels", EntityType.GROUP, "opposition", "Hill"),
                            _mention("the rebels", EntityType.GROUP, "opposition")])
    assert [m.name for m in two[2:4]] == ["Vale", "Hill"] and two[4].descriptor == "opposition"
    unnamed = groups_described([_mention("Vale rebels", EntityType.GROUP, "opposition", "Vale")])
    assert unnamed[0].descriptor == "opposition"  # the name is nowhere an actor of its own
    state = groups_described([_mention("Ruritania", EntityType.STATE, country="Ruritania"),
                              _mention("Ruritanian rebels", EntityType.GROUP, "opposition", country="Ruritania")])
    assert state[1].descriptor == "opposition"  # a state's rebels are no group named after it


def test_the_rebels_of_a_named_group_act_as_that_group_in_the_article() -> None:
    found = _acts("LRA rebels attacked the town of Gulu on Monday. The LRA was formed in 1987. It first raided "
                  "the town in 1990, and the rebels burned houses.")
    assert [actors for _, actors in found] == [{"LRA"}] * 3


def test_the_rebels_of_another_article_are_the_one_group_the_story_described_as_rebels() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    seen = []
    for text in ("LRA rebels attacked the town of Gulu on Monday. The LRA was formed in 1987.",
                 "Witnesses said the rebels burned houses near Gulu."):
        found = extraction(text, pack_name="none").mentions
        seen.append({m.text: i for m, i in zip(found, resolver.resolve(found).entity_ids, strict=True)})
    assert seen[1]["the rebels"] == seen[0]["LRA rebels"] == seen[0]["The LRA"]


def test_a_count_of_people_is_the_people_acting_just_before_it() -> None:
    found = _acts("Presidents John Mahama and Bola Tinubu met in Accra on Monday. The meeting was hosted by the "
                  "Emir of Qatar, Sheikh Hamad bin Khalifa, who had invited both leaders. In a statement issued "
                  "by the Qatari foreign ministry, the three men said they had agreed to continue the talks.")
    assert next(a for t, a in found if t == "AGREE") == {"John Mahama", "Bola Tinubu", "Hamad bin Khalifa"}


def test_a_count_of_people_that_does_not_fit_the_people_named_refers_to_nobody_new() -> None:
    found = _acts("Presidents John Mahama and Bola Tinubu met in Accra on Monday with the Emir of Qatar, Sheikh "
                  "Hamad bin Khalifa, and the Kenyan leader, William Ruto. The two men said they had agreed to "
                  "continue the talks.")
    assert next(a for t, a in found if t == "AGREE") != {"John Mahama", "Bola Tinubu"}  # four named: which two?


def test_a_pronoun_subject_keeps_its_group_for_each_act_of_its_sentence() -> None:
    found = extraction("LRA rebels attacked Gulu on Monday. The LRA was founded in 1987. It first seized the town of "
                       "Kitgum in 2002 before being driven out a year later, and took up arms again in 2005.",
                       pack_name="none")
    names = found.mentions
    assert [(e.type, {names[i].name for i in e.actors}, {names[i].name for i in e.targets} - {"Kitgum"})
            for e in found.events[1:]] == [("ASSAULT", {"LRA"}, set()), ("ASSAULT", set(), {"LRA"}),
                                           ("MOBILIZE", {"LRA"}, set())]


def test_a_passive_after_a_preposition_of_time_is_done_to_the_subject_above() -> None:
    found = extraction("Ruritanian rebels held the port of Vale for a month before being driven out by the army.",
                       pack_name="none")
    driven = next(e for e in found.events if "driven" in e.trigger)
    assert {found.mentions[i].name for i in driven.targets} == {"Ruritanian rebels"}


def test_driving_out_fights_a_party_named_not_people_made_to_flee() -> None:
    assert _acts("Kenya's army crossed the river in May and drove out more than 5,000 people within a week.") == []
    driven = _acts("Ruritanian rebels held the port of Vale for a month before being driven out by the army.")
    assert ("ASSAULT", {"army"}) in driven
    assert _acts("Kessel rebels took up arms again in 2019.") == [("MOBILIZE", {"Kessel rebels"})]


def test_a_count_of_countries_after_a_meeting_of_people_is_the_states_acting_before() -> None:
    found = _acts("Kenya and Uganda signed a border accord in March. Presidents William Ruto and Yoweri Museveni "
                  "met in Nairobi on Monday. The two countries said they would reopen the border in May.")
    assert found[-1] == ("AGREE", {"Kenya", "Uganda"})


def test_a_singular_it_stands_for_no_crowd_named_by_a_common_noun() -> None:
    found = extraction("The African Union Commission said it would keep welcoming citizens of the three "
                       "states. It urged member states to let their citizens travel freely.", pack_name="none")
    names = found.mentions
    urged = [e for e in found.events if e.trigger == "urged"]
    # (the body's own name: a lexicon organisation's name followed by a body's noun is one name)
    assert [{names[i].name for i in e.actors} for e in urged] == [{"African Union Commission"}], [
        (e.type, e.trigger, [names[i].name for i in e.actors]) for e in found.events]


def test_an_it_in_what_an_unnamed_body_says_stands_for_no_earlier_party() -> None:
    found = extraction("Drones hit the airport on Sunday, Hamas said. A foreign ministry said late on Monday that "
                       "it did not recognise the decision.", pack_name="none")
    names = found.mentions
    refused = [e for e in found.events if e.trigger == "recognise"]
    assert all(not e.actors for e in refused), [(e.type, [names[i].name for i in e.actors]) for e in refused]


def test_the_group_is_the_group_the_article_named_by_name_before() -> None:
    found = _acts("Boko Haram fighters stormed a village in Borno state on Monday. Soldiers and police later "
                  "reached the area. The group said it had kidnapped forty pupils from the school.")
    assert ("COERCE", {"Boko Haram"}) in found, found
    qualified = _acts("The M23 took Goma in January. Three weeks later the rebel group seized Bukavu.")
    assert ("COERCE", {"M23"}) in qualified or ("ASSAULT", {"M23"}) in qualified, qualified


def test_the_group_is_no_party_when_only_people_were_named_as_a_group() -> None:
    found = _acts("Analysts gathered in Nairobi on Friday. The group attacked an army base near Garissa.")
    assert all(not actors for kind, actors in found if kind == "ASSAULT"), found
    described = _acts("Al-Shabaab claimed the bombing in Kismayo. A group of pilgrims travelled to Mecca, and "
                      "the group of pilgrims met the Saudi king.")
    assert all("Al-Shabaab" not in actors for kind, actors in described if kind == "CONSULT"), described


def test_a_named_group_is_told_from_people_named_as_a_group() -> None:
    from dossier.extract.syntax import named_group
    assert named_group(_mention("al-Qaeda", EntityType.GROUP))
    assert named_group(_mention("SPLM-North", EntityType.GROUP))
    assert named_group(_mention("Vale Liberation Front", EntityType.GROUP))
    assert not named_group(_mention("Analysts", EntityType.GROUP))
    assert not named_group(_mention("UN experts", EntityType.GROUP))
    assert not named_group(_mention("fighters", EntityType.GROUP))
    assert not named_group(_mention("the rebels", EntityType.GROUP, "opposition"))
