"""How names are written: a person's title before the name is part of what is written (an alias such as 'Home
Minister Ravi Kumar'), never a fragment of it ('State Lena Morrow') nor an actor of its own ('State'); a country
known with its article ('the Emirates') is that country once the article is stripped."""

from __future__ import annotations

import pytest

from dossier.models import EntityType
from tests.helpers.pipeline import extraction


def _written(text: str) -> dict[str, str]:
    return {m.name: m.text for m in extraction(text, pack_name="none").mentions}


@pytest.mark.parametrize(("text", "name", "written"), [
    ("Secretary of State Lena Morrow flew to Oslo on Monday.", "Lena Morrow", "Secretary of State Lena Morrow"),
    ("The talks were led by Chief of Staff Dan Ortiz.", "Dan Ortiz", "Chief of Staff Dan Ortiz"),
    ("Home Minister Ravi Kumar chaired the meeting.", "Ravi Kumar", "Home Minister Ravi Kumar"),
    ("Wing Commander Priya Nair briefed reporters.", "Priya Nair", "Wing Commander Priya Nair"),
    ("He spoke with National Security Adviser Tomas Berg.", "Tomas Berg", "National Security Adviser Tomas Berg"),
    ("Archbishop Karen Avetyan led the march.", "Karen Avetyan", "Archbishop Karen Avetyan"),
])
def test_the_whole_title_is_written_before_the_name(text: str, name: str, written: str) -> None:
    assert _written(text)[name] == written


@pytest.mark.parametrize(("text", "name", "written"), [
    ("On Monday Defence Minister Arno Kessler left.", "Arno Kessler", "Defence Minister Arno Kessler"),  # a weekday
    ("Peruvian Foreign Minister Ana Vidal met him.", "Ana Vidal", "Foreign Minister Ana Vidal"),  # a nationality
    ("Trump adviser Steve Witkoff flew to Doha.", "Steve Witkoff", "adviser Steve Witkoff"),  # a title not as one
])
def test_no_weekday_nationality_or_other_name_joins_a_title(text: str, name: str, written: str) -> None:
    assert _written(text)[name] == written


def test_a_name_inside_a_title_is_no_actor() -> None:
    found = extraction("US Secretary of State Lena Morrow met National Security Adviser Tomas Berg.",
                       pack_name="none").mentions
    assert [m.name for m in found if m.type is EntityType.PERSON] == ["Lena Morrow", "Tomas Berg"]
    assert not [m.name for m in found if m.name in ("State", "National Security")]


def test_a_country_known_with_its_article_is_that_country_once_the_article_is_stripped() -> None:
    found = extraction("Sudan recalled its envoy from the Emirates. The Emirates denied arming the militia.",
                       pack_name="none").mentions
    assert {m.country for m in found if m.name == "Emirates"} == {"United Arab Emirates"}
