"""A state's body written in lower case after a demonym ("the Chilean foreign ministry"): an actor of that
country, as after the country's possessive; a demonym before a title stays part of the title. Sentences written
for these tests."""

from __future__ import annotations

from dossier.models import EntityType
from tests.helpers.pipeline import extraction


def _bodies(text: str) -> list[tuple[str, EntityType, str | None]]:
    return [(m.name, m.type, m.country) for m in extraction(text, pack_name="none").mentions
            if m.type is EntityType.ORG]


def test_a_body_after_a_demonym_is_that_country_s_body() -> None:
    assert _bodies("The Chilean foreign ministry protested against the arrest of two sailors.") == [
        ("Chilean foreign ministry", EntityType.ORG, "Chile")]
    assert _bodies("On Friday the Kenyan interior ministry closed the crossing at Moyale.") == [
        ("Kenyan interior ministry", EntityType.ORG, "Kenya")]
    assert _bodies("Late on Monday the Norwegian central bank raised its main rate.") == [
        ("Norwegian central bank", EntityType.ORG, "Norway")]


def test_the_body_speaks_for_what_it_said() -> None:
    found = extraction("The Peruvian health ministry said it had sent doctors to the flooded towns.",
                       pack_name="none")
    index = found.quotes[0].speaker
    assert index is not None
    speaker = found.mentions[index]
    assert (speaker.name, speaker.type) == ("Peruvian health ministry", EntityType.ORG)


def test_a_demonym_before_a_title_or_a_body_qualifying_a_noun_makes_no_body() -> None:
    assert _bodies("The Chilean foreign minister, Ana Rojas, flew to Lima.") == []
    assert _bodies("A Kenyan defence ministry spokesman denied the report.") == []
