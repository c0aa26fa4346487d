"""Dates within the week and the conflicts they reveal (issue 16, items 5 and 6): 'last week', 'earlier this week'
and 'five or six days ago' fix a span finer than the month their date is kept at; two sources of one event whose
spans do not meet disagree on its date, though their months agree (a span inside another does not). Sentences and
articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import dossier
from dossier.export import export_json
from dossier.models import Anchor, AnchorKind, Modality, PartialDate, TimeExpr, TimeKind
from dossier.packs import load_pack
from dossier.resolve.dates import days_of, overlap, place, span
from dossier.resolve.events.conflicts import Told, spans_disagree
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store

WEDNESDAY = Anchor(PartialDate(2011, 3, 16), AnchorKind.PUBLISHED)  # Wednesday 16 March 2011
LAST_WEEK = TimeExpr("last week", TimeKind.WEEK_OFFSET, offset=-1)
EARLIER_THIS_WEEK = TimeExpr("earlier this week", TimeKind.WEEK_OFFSET, earlier=True)
THIS_WEEK = TimeExpr("this week", TimeKind.WEEK_OFFSET)
FIVE_OR_SIX_DAYS_AGO = TimeExpr("five or six days ago", TimeKind.DAY_OFFSET, offset=-5, approximate=True, spread=1)


def spanned(time: TimeExpr, anchor: Anchor = WEDNESDAY, modality: Modality = Modality.ASSERTED) -> tuple[date, date]:
    placed = place(time, anchor, modality).date
    assert placed is not None
    return span(time, placed, anchor, modality)


def test_the_day_the_anchor_falls_on_is_a_wednesday() -> None:
    assert date(2011, 3, 16).weekday() == 2


def test_last_week_is_the_previous_monday_to_sunday_though_kept_as_its_month() -> None:
    assert place(LAST_WEEK, WEDNESDAY, Modality.ASSERTED).date == PartialDate(2011, 3)
    assert spanned(LAST_WEEK) == (date(2011, 3, 7), date(2011, 3, 13))


def test_this_week_runs_from_its_monday_to_the_day_of_the_article_earlier_this_week_to_the_day_before() -> None:
    assert spanned(THIS_WEEK) == (date(2011, 3, 14), date(2011, 3, 16))
    assert spanned(EARLIER_THIS_WEEK) == (date(2011, 3, 14), date(2011, 3, 15))
    planned = TimeExpr("this week", TimeKind.WEEK_OFFSET)
    assert spanned(planned, modality=Modality.FUTURE) == (date(2011, 3, 16), date(2011, 3, 20))


def test_earlier_this_week_written_on_a_monday_is_no_span_of_this_week() -> None:
    monday = Anchor(PartialDate(2011, 3, 14), AnchorKind.PUBLISHED)
    placed = PartialDate(2011, 3)
    assert span(EARLIER_THIS_WEEK, placed, monday) == days_of(placed)


def test_a_week_across_two_months_keeps_its_days() -> None:
    tuesday = Anchor(PartialDate(2011, 3, 1), AnchorKind.PUBLISHED)
    assert spanned(LAST_WEEK, tuesday) == (date(2011, 2, 21), date(2011, 2, 27))
    assert spanned(THIS_WEEK, tuesday) == (date(2011, 2, 28), date(2011, 3, 1))


def test_five_or_six_days_ago_is_those_two_days() -> None:
    assert spanned(FIVE_OR_SIX_DAYS_AGO) == (date(2011, 3, 10), date(2011, 3, 11))


def test_without_an_exact_day_to_count_from_a_span_is_its_whole_date() -> None:
    bound = Anchor(PartialDate(2011, 3), AnchorKind.LOWER_BOUND)
    assert span(LAST_WEEK, PartialDate(2011, 3), bound) == (date(2011, 3, 1), date(2011, 3, 31))
    assert span(LAST_WEEK, PartialDate(2011, 3), None) == (date(2011, 3, 1), date(2011, 3, 31))
    assert span(None, PartialDate(2011), WEDNESDAY) == (date(2011, 1, 1), date(2011, 12, 31))
    assert span(None, PartialDate(2011, 3, 15), WEDNESDAY) == (date(2011, 3, 15), date(2011, 3, 15))


def test_spans_overlap_when_they_share_a_day_one_inside_another_does() -> None:
    tuesday = (date(2011, 3, 15), date(2011, 3, 15))
    assert overlap(spanned(EARLIER_THIS_WEEK), tuesday)
    assert overlap(tuesday, spanned(EARLIER_THIS_WEEK))
    assert not overlap(spanned(LAST_WEEK), tuesday)
    assert not overlap(spanned(LAST_WEEK), spanned(EARLIER_THIS_WEEK))
    assert overlap(spanned(FIVE_OR_SIX_DAYS_AGO), spanned(LAST_WEEK))


def withdrawal_corpus(folder: Path, *, with_start: bool) -> Path:
    """Reports of one withdrawal from an airport: its completion 'on Tuesday' (15 March) and 'earlier this week'
    agree; with `with_start`, a report of 16 March that it began 'last week' (7-13 March) tells another time."""
    folder.mkdir()
    write_text(folder, "b.txt", "Norland pulled its troops from Port Alder airport on Tuesday, a witness said.\n\n"
               "The runway was empty by the evening.", title="Norland leaves", source="Second Wire",
               published="2011-03-16")
    write_text(folder, "c.txt", "Earlier this week, Norland withdrew its troops from Port Alder airport.\n\n"
               "Local leaders met to discuss the empty base.", title="After the pull-out", source="Third Daily",
               published="2011-03-17")
    if with_start:
        write_text(folder, "a.txt", "Two sources said Norland's troops had begun a gradual withdrawal from Port "
                   "Alder airport last week.\n\nThe sources asked not to be named.", title="Pull-out under way",
                   source="First Post", published="2011-03-16")
    return folder


def date_conflicts(db: Location) -> list[list[str]]:
    with dossier.open(db) as d:
        exported = export_json(d)
    return [[v["value"] for v in c["values"]] for c in exported["conflicts"] if c["field"] == "date"]


def test_a_withdrawal_begun_last_week_and_done_on_tuesday_is_a_date_conflict_read_as_the_sources_say_it(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = build_store(new_db("weeks"), withdrawal_corpus(tmp_path / "weeks", with_start=True), load_pack("none"))
    (values,) = date_conflicts(db)
    assert "2011-03-15" in values, values
    assert "withdrawal last week (2011-03-07 to 2011-03-13)" in values, values
    assert "withdraw earlier this week (2011-03-14 to 2011-03-16)" in values, values


def test_a_day_inside_another_source_s_week_is_no_conflict(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = build_store(new_db("agree"), withdrawal_corpus(tmp_path / "agree", with_start=False), load_pack("none"))
    assert date_conflicts(db) == []



NORLAND, VELL = frozenset({"norland"}), frozenset({"vell"})


def told(first: date, last: date, articles: set[str], place: str | None = None,
         parties: frozenset[str] = frozenset()) -> Told:
    return Told((first, last), set(articles), [(place, parties)] if place else [])


def test_days_that_do_not_meet_disagree_on_mentions_one_article_or_one_place_ties() -> None:
    week = (date(2011, 3, 7), date(2011, 3, 13))
    tuesday = (date(2011, 3, 15), date(2011, 3, 15))
    assert spans_disagree([told(*week, {"a"}), told(*tuesday, {"a"})]), "one article tells both"
    assert spans_disagree([told(*week, {"a"}, "alder", NORLAND), told(*tuesday, {"b"}, "alder", NORLAND)]), \
        "one place, a party in common"
    assert not spans_disagree([told(*week, {"a"}, "alder", NORLAND), told(*tuesday, {"b"}, "kessel", NORLAND)]), \
        "merged on their month only: two places"
    assert not spans_disagree([told(*week, {"a"}, "alder", NORLAND), told(*tuesday, {"b"}, "alder", VELL)]), \
        "merged on their month only: two parties' deliveries to one town"
    assert not spans_disagree([told(*week, {"a"}), told(*tuesday, {"b"})]), "no place, two reports"
    inside = (date(2011, 3, 8), date(2011, 3, 9))
    assert not spans_disagree([told(*week, {"a"}), told(*inside, {"a"})]), "a span inside another agrees"
