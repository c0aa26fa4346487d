"""The event vocabulary lives in one module (dossier/plover.py): types with their class, context and summary
phrase, modes, date origins; the trigger lexicon and packs are checked against it."""

from __future__ import annotations

import pytest

from dossier.errors import DossierError
from dossier.lexicon import _triggers, check_triggers, trigger_lexicon
from dossier.models import Modality
from dossier.packs import parse_pack
from dossier.plover import DateOrigin, EventType, Mode, QuadClass, context, event_type, quad_class
from dossier.summaries import summarise
from dossier.web.plover import QUAD_CLASSES


def test_sixteen_types_in_four_classes_in_their_order() -> None:
    assert len(EventType) == 16
    assert [t for t in EventType if t.quad_class is QuadClass.VERBAL_COOPERATION] == [
        EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.CONCEDE]
    assert QUAD_CLASSES[3] == ("material-conflict", "Material conflict",
                               ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"))
    assert quad_class("ASSAULT") == "material-conflict" and quad_class("MEET") == "other"


def test_each_type_has_its_context_and_words() -> None:
    assert context("AID") == "humanitarian" and context("SANCTION") == "economic" and context("MEET") is None
    assert EventType.CONSULT.phrase(Mode.VISIT).verb == "visit"
    assert EventType.SANCTION.phrase(Mode.WITHDRAW) == EventType.SANCTION.phrase(None), "no words of its own"
    assert event_type("consult") is EventType.CONSULT and event_type("meet") is None


def test_a_summary_words_the_event_from_its_type_and_mode() -> None:
    names = {"sergei_lavrov": "Sergei Lavrov", "moscow": "Moscow", "syria": "Syria", "asaad": "Asaad al-Shaibani"}
    assert summarise(EventType.CONSULT, Mode.VISIT, Modality.ASSERTED, ["asaad"], ["sergei_lavrov"], "moscow",
                     names.__getitem__) == "Asaad al-Shaibani visits Moscow"
    assert summarise(EventType.CONSULT, Mode.PHONE, Modality.FUTURE, ["sergei_lavrov"], ["asaad"], None,
                     names.__getitem__) == "Sergei Lavrov is to speak by phone with Asaad al-Shaibani"
    assert summarise(EventType.SUPPORT, None, Modality.ASSERTED, [], ["syria"], None,
                     names.__getitem__) == "Syria is supported"


def test_date_origins_are_said_in_words() -> None:
    assert DateOrigin("year_from_sources").label == "year from the other sources"
    assert DateOrigin.REFERENCED.borrowed and DateOrigin.YEAR_FROM_SOURCES.stated and not DateOrigin.NONE.stated
    assert not DateOrigin.NONE, "undated is empty, as stored"


def test_the_trigger_lexicon_uses_only_plover_types_and_known_modes() -> None:
    check_triggers(_triggers())  # the bundled lexicon
    with pytest.raises(ValueError, match="'MEET' is not a PLOVER type"):
        check_triggers({"MEET": {"verbs": {"greet": None}}})
    with pytest.raises(ValueError, match="unknown mode 'video'"):
        check_triggers({"CONSULT": {"nouns": {"videoconference": "video"}}})
    assert trigger_lexicon().verbs["visit"].mode is Mode.VISIT


def test_a_pack_trigger_of_no_plover_type_is_one_clear_line() -> None:
    with pytest.raises(DossierError, match="unknown PLOVER type 'MEET'"):
        parse_pack("name: x\ntriggers: {MEET: [greet]}", "my-pack.yaml")
    with pytest.raises(DossierError, match="'MEET' is not a PLOVER type"):
        trigger_lexicon({"MEET": ["greet"]})
