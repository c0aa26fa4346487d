"""A member leaving an organisation or bloc withdraws itself from it: PLOVER SANCTION withdraw, not the RETREAT a
verb of leaving gives on its own (giving up ground, or a post)."""

from __future__ import annotations

from dossier.extract.coding import names_a_body
from dossier.lexicon import frames
from dossier.models import EntityType
from tests.helpers.pipeline import extraction


def _coded(text: str) -> list[tuple[str, str | None]]:
    found = extraction(text, None, "none")
    return [(str(e.type), e.mode.value if e.mode else None) for e in found.events]


def test_leaving_an_organisation_named_or_told_by_its_noun_is_a_sanction() -> None:
    assert _coded("Niger withdrew from the Economic Community of West African States on Monday.") == [
        ("SANCTION", "withdraw")]
    assert _coded("Mali said on Sunday that it was leaving the Economic Community of West African States.") == [
        ("SANCTION", "withdraw")]
    assert _coded("Kenya withdrew from the coalition on Tuesday.") == [("SANCTION", "withdraw")]  # a body's noun


def test_leaving_ground_talks_or_with_ones_troops_stays_a_retreat() -> None:
    assert _coded("Norvia withdrew its troops from the border town on Monday.") == [("RETREAT", None)]
    assert _coded("The rebels left the capital on Friday.") == [("RETREAT", None)]
    assert _coded("Norvia withdrew from the talks on Monday.") == [("RETREAT", None)]


def test_a_region_the_tagger_calls_an_organisation_is_still_ground() -> None:
    """Only a body's acronym or a name holding a noun of a body ('Community', 'Union') is an organisation left:
    the tagger types regions as organisations too ('Upper Karst'), and leaving a region is a retreat."""
    bodies = frames().member_bodies
    assert not names_a_body("Upper Karst", EntityType.ORG, bodies)
    assert names_a_body("ECOWAS", EntityType.ORG, bodies)
    assert names_a_body("East African Community", EntityType.ORG, bodies)
    assert not names_a_body("East African Community", EntityType.PLACE, bodies)
