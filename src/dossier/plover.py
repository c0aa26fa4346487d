"""The event vocabulary, in one place: PLOVER's event types (each with its class, context and the phrase a
summary uses), the modes a type is refined by, how an event mention got its date, and date precision.

PLOVER (the open successor of CAMEO) codes who did what to whom: sixteen types in four classes (verbal and
material cooperation, verbal and material conflict). `lexicon/triggers.yaml` and a pack's `triggers:` are
checked against `EventType` and `Mode` when they load; the CLI, the web pages and the store take their
lists and labels from here. Every value is a `StrEnum`, stored and shown as its plain string.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

NOT_AN_EVENT = "NONE"  # the lexicon's type of phrases that look like triggers but are not ("strike a tone")


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class QuadClass(StrEnum):
    """PLOVER's four classes: the timeline's lanes and the colour families of the pages."""

    VERBAL_COOPERATION = "verbal-coop"
    MATERIAL_COOPERATION = "material-coop"
    VERBAL_CONFLICT = "verbal-conflict"
    MATERIAL_CONFLICT = "material-conflict"

    @property
    def label(self) -> str:
        return _CLASS_LABELS[self]


class Mode(StrEnum):
    """What refines a type: a visit or a phone call is a CONSULT, an expulsion a SANCTION."""

    VISIT = "visit"
    PHONE = "phone"
    MULTILATERAL = "multilateral"
    ASYLUM = "asylum"
    DISCONTINUE = "discontinue"
    EXPEL = "expel"
    WITHDRAW = "withdraw"
    THIRD_PARTY = "third-party"  # talks mediated by, or held at, a third party
    RESIGN = "resign"  # stepping down: a RETREAT from office


@dataclass(frozen=True, slots=True)
class Phrase:
    """How a summary words an event: '<actors> <verb> <preposition> <targets>'."""

    verb: str
    preposition: str = ""


class EventType(StrEnum):
    """PLOVER's event types, in the order of their classes."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"

    @property
    def quad_class(self) -> QuadClass:
        return _TYPES[self][0]

    @property
    def context(self) -> str:
        """PLOVER's context of an event, from its type (a coarse default; PLOVER codes it per event)."""
        return _TYPES[self][1]

    def phrase(self, mode: str | None = None) -> Phrase:
        """How a summary words it, in this mode if the mode has its own words."""
        phrases = _TYPES[self][2]
        return phrases.get(mode) or phrases[None]


# type -> (class, context, phrase per mode: None is the type's own)
_TYPES: dict[EventType, tuple[QuadClass, str, dict[str | None, Phrase]]] = {
    EventType.AGREE: (QuadClass.VERBAL_COOPERATION, "diplomatic", {None: Phrase("agree", "with")}),
    EventType.CONSULT: (QuadClass.VERBAL_COOPERATION, "diplomatic", {
        None: Phrase("meet", "with"), Mode.VISIT: Phrase("visit"), Mode.PHONE: Phrase("speak by phone", "with"),
        Mode.MULTILATERAL: Phrase("meet", "with")}),
    EventType.SUPPORT: (QuadClass.VERBAL_COOPERATION, "diplomatic", {None: Phrase("support")}),
    EventType.CONCEDE: (QuadClass.VERBAL_COOPERATION, "political", {None: Phrase("make concessions", "to")}),
    EventType.COOPERATE: (QuadClass.MATERIAL_COOPERATION, "political", {None: Phrase("cooperate", "with")}),
    EventType.AID: (QuadClass.MATERIAL_COOPERATION, "humanitarian", {
        None: Phrase("send aid", "to"), Mode.ASYLUM: Phrase("give refuge", "to")}),
    EventType.RETREAT: (QuadClass.MATERIAL_COOPERATION, "military", {None: Phrase("withdraw", "from")}),
    EventType.REQUEST: (QuadClass.VERBAL_CONFLICT, "diplomatic", {None: Phrase("make demands", "of")}),
    EventType.ACCUSE: (QuadClass.VERBAL_CONFLICT, "diplomatic", {None: Phrase("accuse")}),
    EventType.REJECT: (QuadClass.VERBAL_CONFLICT, "diplomatic", {None: Phrase("reject")}),
    EventType.THREATEN: (QuadClass.VERBAL_CONFLICT, "political", {None: Phrase("threaten")}),
    EventType.PROTEST: (QuadClass.MATERIAL_CONFLICT, "political", {None: Phrase("protest", "against")}),
    EventType.SANCTION: (QuadClass.MATERIAL_CONFLICT, "economic", {
        None: Phrase("sanction"), Mode.DISCONTINUE: Phrase("cancel dealings", "with"), Mode.EXPEL: Phrase("expel")}),
    EventType.MOBILIZE: (QuadClass.MATERIAL_CONFLICT, "military", {None: Phrase("mobilise", "against")}),
    EventType.COERCE: (QuadClass.MATERIAL_CONFLICT, "political", {None: Phrase("coerce")}),
    EventType.ASSAULT: (QuadClass.MATERIAL_CONFLICT, "military", {None: Phrase("attack")}),
}
_CLASS_LABELS = {QuadClass.VERBAL_COOPERATION: "Verbal cooperation", QuadClass.MATERIAL_COOPERATION:
                 "Material cooperation", QuadClass.VERBAL_CONFLICT: "Verbal conflict",
                 QuadClass.MATERIAL_CONFLICT: "Material conflict"}


class DateOrigin(StrEnum):
    """How an event mention got its date."""

    STATED = "stated"  # its own words, placed against its article's anchor
    YEAR_FROM_SOURCES = "year_from_sources"  # a year-less date, the year from the other sources of its event
    INHERITED = "inherited"  # the date of the story it continues, or of its article's news peg
    REFERENCED = "referenced"  # the date of the event it refers to ("during the visit")
    NONE = ""  # undated

    @property
    def label(self) -> str:
        return _ORIGIN_LABELS[self]

    @property
    def borrowed(self) -> bool:
        """Taken from the story around it: counts after the dates an event's own sources state."""
        return self in (DateOrigin.INHERITED, DateOrigin.REFERENCED)

    @property
    def stated(self) -> bool:
        """Said by its source: the dates a date conflict is about."""
        return self in (DateOrigin.STATED, DateOrigin.YEAR_FROM_SOURCES)


_ORIGIN_LABELS = {DateOrigin.STATED: "as stated", DateOrigin.YEAR_FROM_SOURCES: "year from the other sources",
                  DateOrigin.INHERITED: "date of the story it continues",
                  DateOrigin.REFERENCED: "date of the event it refers to", DateOrigin.NONE: "undated"}


def act_key(event_type: EventType | None, kind: str | None) -> str:
    """What an event is filed and compared under in resolution: its PLOVER type, or, for an act PLOVER does not
    type (an appointment, an inauguration: `lexicon/acts.yaml`), its kind, so that a typeless event only ever
    meets typeless events of the same kind."""
    return event_type.value if event_type is not None else f"act:{kind or ''}"


def event_type(value: str) -> EventType | None:
    """The type a user's word names (any case), or None."""
    return next((t for t in EventType if t.value == value.upper()), None)


def quad_class(value: str) -> str:
    """The class of a type as stored ('other' for a type PLOVER does not have)."""
    found = event_type(value)
    return found.quad_class.value if found is not None else "other"


def context(value: str) -> str | None:
    """The context of a type as stored (None for a type PLOVER does not have)."""
    found = event_type(value)
    return found.context if found is not None else None
