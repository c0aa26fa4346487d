"""A word of a removal from power told of places alone ("since the fall of Tarvos", "the fall of the port")
names a town that fell, no ruler removed: resolution gives it no event, whatever type the sentence's parser
took the town's name for (resolve/events/recurring.py, `no_ruler_removed`). Mentions written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.models import EntityType, EventMention, Modality
from dossier.packs import load_pack
from dossier.plover import EventType
from dossier.resolve.events.recurring import no_ruler_removed, without
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store, mention_dates

TYPES = {0: EntityType.PLACE, 1: EntityType.PERSON, 2: EntityType.FACILITY, 3: EntityType.GROUP}


def mention(lemma: str, actors: tuple[int, ...], targets: tuple[int, ...], event_type: EventType = EventType.COERCE,
            time_ref: int | None = None) -> EventMention:
    return EventMention("a1", 0, lemma, 0, len(lemma), event_type, None, Modality.ASSERTED, actors, targets, None,
                        None, lemma=lemma, time_ref=time_ref)


def test_the_fall_of_a_town_is_no_removal() -> None:
    assert no_ruler_removed(mention("fall", (), (0,)), TYPES.get), "the fall of Tarvos (a town)"
    assert no_ruler_removed(mention("collapse", (), (0, 2)), TYPES.get), "the collapse of the town and its port"


def test_the_fall_of_a_ruler_or_a_group_stays() -> None:
    assert not no_ruler_removed(mention("fall", (), (1,)), TYPES.get), "the fall of President Vell"
    assert not no_ruler_removed(mention("overthrow", (), (3, 0)), TYPES.get), "the ouster of the junta in Tarvos"


def test_a_doer_or_another_kind_of_act_stays() -> None:
    assert not no_ruler_removed(mention("fall", (3,), (0,)), TYPES.get), "named who took it"
    assert not no_ruler_removed(mention("capture", (), (0,), EventType.ASSAULT), TYPES.get), "a capture is an act"
    assert not no_ruler_removed(mention("arrest", (), (0,)), TYPES.get), "no word of a removal from power"
    assert not no_ruler_removed(mention("fall", (), (5,)), TYPES.get), "a party of no known type"


def test_dropping_a_mention_moves_the_date_references_after_it() -> None:
    talks, fall, visit, note = (mention("talk", (1,), (3,), EventType.CONSULT), mention("fall", (), (0,)),
                                mention("visit", (1,), (0,), EventType.CONSULT, time_ref=0),
                                mention("say", (1,), (), EventType.CONSULT, time_ref=1))
    kept = without([talks, fall, visit, note], {1})
    assert [m.lemma for m in kept] == ["talk", "visit", "say"]
    assert [m.time_ref for m in kept] == [None, 0, None], "one dated by the dropped mention is dated by nothing"
    assert without([talks], set()) == [talks]


def test_a_date_reference_to_a_later_mention_follows_it() -> None:
    first = mention("killing", (3,), (1,), EventType.ASSAULT, time_ref=2)
    kept = without([first, mention("fall", (), (0,)), mention("close", (1,), (3,), EventType.SANCTION)], {1})
    assert kept[0].time_ref == 1


def test_a_store_keeps_no_event_for_a_fallen_town(tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "towns"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Fighters of the Lakes Front captured the town of Goma on 3 March. Goma is a town "
               "on the shore of the lake.", source="One Wire", published="2025-03-05")
    write_text(corpus, "b.txt", "Since the fall of Goma last month, the Lakes Front has pushed south towards the "
               "border.\n\nThe fall of Goma gives the Lakes Front control of the lake shore.", source="Other Post",
               published="2025-04-10")
    db = build_store(new_db("towns"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "b.txt")
    assert not [t for t in told if t.startswith("fall")], told
