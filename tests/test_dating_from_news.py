"""An event dated by another event of its sentence ("the talks came a day after the minister's call with X"), kept
apart from it, and an article with no date placed by the week its other reports give. Sentences, names and
articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.export import export_json
from dossier.models import PartialDate, TimeExpr, TimeKind
from dossier.packs import load_pack
from dossier.plover import DateOrigin
from dossier.resolve.dates import said_date
from dossier.resolve.events.dating import week_told
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.pipeline import extraction
from tests.helpers.stores import Location, build_store, mention_dates

# --- extraction -------------------------------------------------------------------------------------------------


def test_two_calls_one_counted_from_the_other_are_two_events() -> None:
    """'X's call with Y came a day after X's call with Z': two calls of one kind in one sentence, one dated from the
    other, are not one call told twice."""
    found = extraction("Recep Tayyip Erdogan's call with Emmanuel Macron came a day after Erdogan's call with "
                       "Vladimir Putin.").events
    calls = [e for e in found if e.type == "CONSULT"]
    assert len(calls) == 2, found
    dated = [e for e in calls if e.time_ref is not None]
    assert len(dated) == 1 and dated[0].time is not None and dated[0].time.offset == 1


def test_the_news_counted_from_an_earlier_event_dates_that_event_back() -> None:
    """'Meeting comes two days after X's call with Y' under a report of the meeting: the noun names nobody, it is the
    news; the call is two days before the article's first meeting, and dated by it."""
    found = extraction("Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday.\n\n"
                       "Meeting comes two days after Erdogan's conversation with Emmanuel Macron").events
    (call,) = [e for e in found if e.trigger.endswith("conversation")]
    assert call.time is not None and (call.time.kind, call.time.offset) == (TimeKind.AFTER_EVENT, -2)
    assert call.time_ref == 0, "dated by the meeting the article reported first"
    assert len(found) == 2, "the bare noun adds no event"


def test_a_bare_news_noun_with_no_event_told_before_dates_nothing() -> None:
    found = extraction("Meeting comes two days after Erdogan's conversation with Emmanuel Macron").events
    assert all(e.time_ref is None for e in found), found


# --- resolution -------------------------------------------------------------------------------------------------


def test_a_date_counted_from_an_event_is_said_by_its_source() -> None:
    """'a day after the talks' says how far apart the two are: a date conflict may be about it; 'during the talks'
    only borrows the talks' date."""
    counted = TimeExpr("a day after", TimeKind.AFTER_EVENT, offset=1, unit="day")
    assert said_date(DateOrigin.REFERENCED, counted)
    assert not said_date(DateOrigin.REFERENCED, None)
    assert not said_date(DateOrigin.REFERENCED, TimeExpr("after ... May 4", TimeKind.AFTER_EVENT))
    assert said_date(DateOrigin.STATED, None) and not said_date(DateOrigin.INHERITED, None)


def test_the_week_an_article_tells_as_its_own_picks_one_of_a_weekdays_days() -> None:
    wednesdays = {PartialDate(2025, 10, 15), PartialDate(2026, 1, 28)}
    this_week = [PartialDate(2026, 1, 26)]
    assert week_told({PartialDate(2026, 1, 28)}, wednesdays, this_week, 7) == PartialDate(2026, 1, 28)
    assert week_told({PartialDate(2026, 1, 28)}, wednesdays, [], 7) is None, "nothing tells the week"
    assert week_told({PartialDate(2025, 10, 15)}, wednesdays, this_week, 7) is None, "a rival alone dates nothing"
    both = wednesdays | {PartialDate(2026, 1, 21)}
    assert week_told(both, both, this_week, 7) is None, "two days fit"


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    write_text(folder, "a.txt", "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday, October 15.",
               source="One Wire", published="2025-10-16")
    write_text(folder, "b.txt", "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday, January 28.",
               source="Other Post", published="2026-01-29")
    write_text(folder, "c.txt", "Russian troops left the Tal Abyad base on January 26, officials said.",
               source="Third Wire", published="2026-01-26")
    return folder


def test_an_undated_article_is_placed_in_the_week_its_other_news_gives(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Putin met Erdogan on a Wednesday in October and on one in January: an undated article telling of the meeting
    'on Wednesday' and, as this week's news, of a withdrawal another source dates to 26 January is of January's
    week; its call 'on Wednesday' is then the 28th, and the call it says came a day before the meeting the 27th:
    one call, two dates."""
    corpus = _corpus(tmp_path / "week")
    write_text(corpus, "d.txt", "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday.\n\n"
               "Russian troops left the Tal Abyad base this week, officials said.\n\n"
               "Meeting comes one day after Erdogan's conversation with Emmanuel Macron\n\n"
               "Erdogan spoke with Emmanuel Macron by phone on Wednesday.", source="Fourth Post")
    db = build_store(new_db("week"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "d.txt")
    assert told["met"] == "2026-01-28", told
    assert told["spoke"] == "2026-01-28" if "spoke" in told else any(
        t.startswith("spoke") and d == "2026-01-28" for t, d in told.items()), told
    assert any(t.endswith("conversation") and d == "2026-01-27" for t, d in told.items()), told
    exported = export_json(open_store(db, create=False))
    called = [e for e in exported["events"] if "emmanuel_macron" in e["actors"] + e["targets"]]
    assert len(called) == 1 and called[0]["conflict"], called


def test_without_news_of_its_week_the_weekday_still_dates_nothing(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = _corpus(tmp_path / "noweek")
    write_text(corpus, "d.txt", "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday.\n\n"
               "Erdogan spoke with Emmanuel Macron by phone on Wednesday.", source="Fourth Post")
    db = build_store(new_db("noweek"), corpus, load_pack("syria-russia"))
    assert set(mention_dates(db, "d.txt").values()) == {None}
