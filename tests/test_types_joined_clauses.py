"""A second clause's subject the parser joined to the first clause's last noun ("X closed its border with Y and Z
recalled its envoy") acts in its own clause and is no target of the first. Every sentence here is written for these
tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_the_subject_of_a_second_clause_is_no_target_of_the_first() -> None:
    found = events("Peru closed its border with Bolivia and Chile recalled its ambassador from La Paz.")
    assert [(e.type, e.actors, e.targets) for e in found] == [
        ("SANCTION", {"Peru"}, {"Bolivia"}), ("SANCTION", {"Chile"}, set())]


def test_the_second_clause_acts_with_its_auxiliaries_and_adverbs_between() -> None:
    found = events("Bolivia expelled the envoy of Chile and Peru has also recalled its ambassador.")
    assert [e.actors for e in found] == [{"Bolivia"}, {"Peru"}]
    struck = events("Chile attacked the rebel camps on Monday and Peru condemned the strikes.")
    assert [(e.type, e.actors) for e in struck] == [("ASSAULT", {"Chile"}), ("ACCUSE", {"Peru"})]
    assert "Peru" not in struck[0].targets


def test_names_joined_as_objects_stay_objects() -> None:
    met = events("Peru met Bolivia and Chile on Monday.")
    assert [(e.type, e.targets) for e in met] == [("CONSULT", {"Bolivia", "Chile"})]
    signed = events("Peru signed deals with Bolivia and Chile and opened a consulate in La Paz.")
    assert signed[0].targets == {"Bolivia", "Chile"}
