"""'The group' naming nobody is the armed group the article last named by name (`syntax.armed_group_named_before`),
as the subject of an attack told a sentence later. ('The movement' is not read so: on the fifth story it gave the
group three more facts and cost their types more, docs/eval.md.) Sentences written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import extraction


def _acts(text: str) -> list[tuple[str, list[str]]]:
    found = extraction(text, pack_name="none")
    return [(e.trigger, [found.mentions[i].name for i in e.actors]) for e in found.events]


def test_the_group_attacking_is_the_armed_group_named_in_the_sentence_before() -> None:
    acts = _acts("Boko Haram fighters raided a village near the lake in June. The group attacked army positions "
                 "near Monguno last week, officials said.")
    assert ("attacked", ["Boko Haram"]) in acts
