"""'Government forces' are the military of one state, the same actor in every article: the state of the
government the article names (by a description or by a known actor's name), else the state the article is
about; never a new actor per spelling or case."""

from __future__ import annotations

from dossier.models import ActorMention, EntityType
from dossier.packs import EMPTY_PACK, Pack, PackActor
from dossier.resolve.actors import ActorResolver
from tests.helpers.pipeline import extraction


def _mentions(text: str) -> list[ActorMention]:
    return extraction(text, pack_name="none").mentions


def _ids(resolver: ActorResolver, text: str) -> dict[str, str]:
    found = _mentions(text)
    return {m.text: i for m, i in zip(found, resolver.resolve(found).entity_ids, strict=True)}


def test_government_forces_in_an_article_naming_no_government_are_its_state_s_military() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    first = _ids(resolver, "The Bolivian government closed the border. Bolivian troops guarded the bridge.")
    second = _ids(resolver, "Government forces entered Sucre on Friday after days of fighting in Bolivia.")
    third = _ids(resolver, "In Bolivia, government forces left the town of Tupiza.")
    assert second["Government forces"] == third["government forces"] == first["Bolivian troops"]


def test_government_forces_follow_the_state_the_article_names_most() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    first = _ids(resolver, "The Bolivian government sent envoys. The Bolivian army stayed home.")
    second = _ids(resolver, "The Peruvian government met them. The Peruvian army said nothing.")
    later = _ids(resolver, "Government forces shelled a village near the Bolivian border of Peru, "
                           "and Peru said Peruvian towns were calm.")
    assert later["Government forces"] != first["The Bolivian army"]
    assert later["Government forces"] == second["The Peruvian army"]


def test_government_forces_with_no_state_at_all_stay_one_actor_whatever_the_case() -> None:
    resolver = ActorResolver(EMPTY_PACK)
    first = _ids(resolver, "Government forces crossed the river.")
    second = _ids(resolver, "Witnesses said government forces crossed the river.")
    assert first["Government forces"] == second["government forces"]


def test_a_government_named_by_a_known_actor_s_name_has_the_forces() -> None:
    pack = Pack(name="test", actors=[
        PackActor(id="peru", name="Peru", type=EntityType.STATE),
        PackActor(id="peruvian_cabinet", name="Peruvian government", type=EntityType.ORG, denotes="peru",
                  aliases=["Lima cabinet"]),
    ])
    resolver = ActorResolver(pack)
    found = [ActorMention("a", 0, 0, 12, "Lima cabinet", "Lima cabinet", EntityType.ORG, 0, 2,
                          pack_id="peruvian_cabinet"),
             ActorMention("a", 1, 20, 37, "Government forces", "Government forces", EntityType.ORG, 4, 6,
                          descriptor="military")]
    forces = resolver.entities[resolver.resolve(found).entity_ids[1]]
    assert forces.descriptor == "military" and forces.name == "Peruvian military"
