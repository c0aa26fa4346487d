"""A denial told as a statement that an act broke no law: a speaker who reports that an act or a party broke or
violated no law, rule or pact denies a charge (PLOVER REJECT, as 'said Kenya had played no part in the raid' is).
Every sentence here is written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_saying_an_act_broke_no_law_is_a_denial() -> None:
    found = events("Uganda's government said on Monday that the accord broke no law.")
    assert [(e.type, e.time) for e in found] == [("REJECT", "Monday")]
    assert [e.type for e in events("Kenya told reporters it had not violated any rule.")] == ["REJECT"]


def test_a_breach_charged_or_no_norm_broken_is_no_denial() -> None:
    assert "REJECT" not in [e.type for e in events("Kenya said Uganda had broken the law.")]
    assert events("Kenya said the accord broke no records.") == []
