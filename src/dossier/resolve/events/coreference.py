"""In-article coreference of meetings (fourth merging round): one article tells one call, one visit or one
meeting in several sentences and not always in one mode. Extraction types 'the two leaders discussed ...' (said
of a phone call) as a meeting without a mode, 'came to Moscow' (said of a visit) as one as well, and 'held a
joint press conference following their meeting' as a multilateral meeting; `in_article.corefer` compares only
events of one mode, so these stay apart as two or three events of one occasion.

Each rule here says when an article's modeless CONSULT (talks, a discussion, a coming) or multilateral one (a
joint appearance) is another telling of one of its calls, visits or meetings, as a pure function of what each
side names. The gates every pair passes first (one article, compatible dates at their precision, compatible
places, both reported as having happened or neither, no date on either side only on a firm match) are
`in_article`'s, shared with `one_story`. A coming told of a visit names no counterpart; the visitor's one meeting
with a counterpart ('the delegation met the president'), told by that article alone, is the visit's talks
(`rules.meeting_of_the_visit`, applied by `in_article`); a meeting other articles tell too, or one of two the
article tells of its visit, is an event of its own (and `rules.same_mode` keeps them apart across articles).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from enum import Enum

from dossier.plover import EventType, Mode


class Occasion(Enum):
    """What a CONSULT event of one article is, for telling it again in another mode."""

    CALL = "call"  # a phone call
    VISIT = "visit"  # a trip to a place
    MEETING = "meeting"  # talks without a mode: a meeting, a discussion, a coming
    APPEARANCE = "appearance"  # a multilateral one: a summit, a conference, a joint press conference


def occasion(event_type: EventType | None, mode: Mode | None) -> Occasion | None:
    """The occasion a CONSULT is (None for any other type, and for talks through a third party)."""
    if event_type is not EventType.CONSULT:
        return None
    return {None: Occasion.MEETING, Mode.PHONE: Occasion.CALL, Mode.VISIT: Occasion.VISIT,
            Mode.MULTILATERAL: Occasion.APPEARANCE}.get(mode)


def talk_of_the_call(named: Collection[str], parties: Collection[str], placed: bool,
                     call_parties: Collection[str]) -> bool:
    """'Putin spoke with al-Sharaa by phone.' ... 'The two leaders discussed trade.' / 'During the call, the two
    sides discussed ...': talks without a mode naming no person or group the call lacks and sharing a party
    with it are the call told again. Talks held at a place ('they met in Sochi') are no call."""
    theirs = set(call_parties)
    return not placed and set(named) <= theirs and bool(set(parties) & theirs)


def travel_of_the_visit(named: Collection[str], named_targets: bool, actors: Collection[str],
                        visitors: Collection[str]) -> bool:
    """'Vell arrived in Kessel on a visit.' ... 'Vell came to Kessel on Monday.': a coming typed without a mode,
    naming no counterpart (no person or group it is held with) and no one but the visit's own actors, with one
    of them acting, is the visit told again. 'Vell met President Oda' names a counterpart: a meeting of the
    visit, an event of its own."""
    theirs = set(visitors)
    return not named_targets and set(named) <= theirs and bool(set(actors) & theirs)


def appearance_of_the_meeting(named: Collection[str], parties: Collection[str], meeting_parties: Collection[str],
                              least_named: int) -> bool:
    """'Vell and Oda met in Kessel.' ... 'Vell and Oda held a joint press conference following their meeting.':
    an appearance (typed multilateral) of at least `least_named` named people, all of whose parties take part in
    one meeting of the article, is that meeting told again. A summit names a party the meeting lacks (the
    summit's organisation, another state) and stays apart ('Vell met Oda on the sidelines of the summit')."""
    return len(set(named)) >= least_named and set(parties) <= set(meeting_parties)


def told_in_another_mode(part: Occasion, whole: Occasion, named: Collection[str], parties: Collection[str],
                         actors: Collection[str], targets: Collection[str], placed: bool,
                         whole_actors: Collection[str], whole_parties: Collection[str],
                         specific: Callable[[str], bool], least_named: int) -> bool:
    """Whether one event of an article (`part`: its named parties, parties, actors, targets, and whether it
    names a place) is another telling of another (`whole`) in another mode: talks told of a call, a coming told
    of a visit, a joint appearance told of a meeting. Other pairs of occasions are not compared."""
    if part is Occasion.MEETING and whole is Occasion.CALL:
        return talk_of_the_call(named, parties, placed, whole_parties)
    if part is Occasion.MEETING and whole is Occasion.VISIT:
        return travel_of_the_visit(named, any(specific(t) for t in targets), actors, whole_actors)
    if part is Occasion.APPEARANCE and whole is Occasion.MEETING:
        return appearance_of_the_meeting(named, parties, whole_parties, least_named)
    return False


def makeup_of_visit(mode: Mode | None, targets: Collection[str], location: str | None) -> bool:
    """A visit mention naming neither where it went nor whom it visited ('X led a delegation that included Y and
    Z', extract/companions.py `told_by_who_went`): it tells the make-up of the visit it restates."""
    return mode is Mode.VISIT and not targets and location is None
