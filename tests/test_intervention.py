"""One military intervention told several ways is one event (issue 16): forces sent to back a side's fight are a
use of force by the one sending them, against the side fought (PLOVER: a MOBILIZE in the context of an ASSAULT is
coded ASSAULT, as the noun "intervention" is); "a decade ago" is a year give or take one, placed at no year of its
own but compared with the years other sources give. Sentences and names written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dossier.extract.time import parse_time
from dossier.lexicon import frames
from dossier.models import Anchor, AnchorKind, Modality, PartialDate, TimeExpr, TimeKind
from dossier.packs import load_pack
from dossier.plover import EventType
from dossier.resolve.dates import around_year, place
from dossier.resolve.events import EventResolver, rules
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.pipeline import events
from tests.helpers.stores import Location, build_store
from tests.test_recurring import FACTS, event_of, in_month, mention, on

# --- extraction ----------------------------------------------------------------------------------------------------


def test_troops_deployed_to_back_a_sides_fight_are_a_use_of_force_on_the_side_fought() -> None:
    found = events("Iran deployed troops to Yemen in 2016 to support the Houthis' bloody campaign against "
                   "government forces.")
    assert [(e.type, e.actors, e.targets, e.location, e.time) for e in found] == [
        (EventType.ASSAULT, {"iran"}, {"government forces"}, "Yemen", "2016")], found
    # the backing is part of the intervention, not an event of its own; the side backed and the forces sent are
    # no targets


def test_in_support_of_a_sides_war_is_the_same_intervention() -> None:
    found = events("Iran deployed soldiers to Yemen in 2016 in support of the rebels' war against the government.")
    assert [(e.type, e.targets, e.location) for e in found] == [(EventType.ASSAULT, {"government"}, "Yemen")], found


def test_a_deployment_backing_no_fight_stays_a_show_of_force() -> None:
    found = events("Iran deployed troops to Yemen in 2016 to support the Houthis.")
    assert [e.type for e in found] == [EventType.MOBILIZE], found


# --- dates ---------------------------------------------------------------------------------------------------------


def test_years_and_decades_ago_are_approximate_year_offsets() -> None:
    for text, offset in (("a decade ago", -10), ("two decades ago", -20), ("five years ago", -5),
                         ("3 years ago", -3)):
        time = parse_time(text)
        assert time is not None and (time.kind, time.offset, time.approximate) == (
            TimeKind.YEAR_OFFSET, offset, True), text
    assert parse_time("several years ago") is None, "no count, no year"
    last = parse_time("last year")
    assert last is not None and not last.approximate, "'last year' is the year before, exactly"


def test_an_approximate_year_is_placed_at_no_year_but_compared_around_one() -> None:
    decade = parse_time("a decade ago")
    written = Anchor(PartialDate(2026, 3, 4), AnchorKind.PUBLISHED)
    assert place(decade, written, Modality.ASSERTED).date is None, "never a false year"
    assert around_year(decade, written) == 2016
    assert around_year(decade, Anchor(PartialDate(2026, 3), AnchorKind.LOWER_BOUND)) is None, "written when?"
    assert around_year(parse_time("last year"), written) is None


def test_about_the_year_compares_an_approximate_year_within_one_year() -> None:
    assert rules.about_the_year(2016, None, PartialDate(2015, 9)) == PartialDate(2015)
    assert rules.about_the_year(2016, None, PartialDate(2017)) == PartialDate(2017)
    assert rules.about_the_year(2016, None, PartialDate(2013)) is None, "three years off"
    assert rules.about_the_year(2016, PartialDate(2014), PartialDate(2015)) is None, "its own date is compared"
    assert rules.about_the_year(None, None, PartialDate(2015)) is None
    assert rules.about_the_year(2016, None, None) is None


# --- one intervention across articles --------------------------------------------------------------------------------


@pytest.mark.parametrize(("when", "dated"), [("in 2016", "2016"), ("in September 2016", "2016-09")])
def test_an_intervention_told_with_a_year_and_a_decade_ago_is_one_event(
        tmp_path: Path, new_db: Callable[[str], Location], when: str, dated: str) -> None:
    """A deployment 'in 2016' backing a side's fight, and 'an intervention in support of' that side 'a decade ago'
    in an article of 2026: one use of force, dated by the year (or month) the first source gives."""
    corpus = tmp_path / "intervention"
    corpus.mkdir()
    write_text(corpus, "a.txt", f"Iran deployed troops to Yemen {when} to support the Houthis' bloody campaign "
               "against government forces.\n\nThe move surprised many observers in the region.",
               source="One Wire", published="2024-05-02")
    write_text(corpus, "b.txt", "Iran's costly intervention in support of the Houthis a decade ago changed the "
               "course of the war.\n\nOfficials in Sanaa declined to comment.", source="Other Post",
               published="2026-03-04")
    db = build_store(new_db("intervention"), corpus, load_pack("syria-russia"))
    rows = open_store(db, create=False).db.execute(
        "SELECT trigger, type, date, event_id FROM event_mentions WHERE type = ?",
        (EventType.ASSAULT.value,)).fetchall()
    told = {str(r[0]): (str(r[2]), str(r[3])) for r in rows}
    assert set(told) >= {"deployed", "intervention"}, rows
    assert told["intervention"][1] == told["deployed"][1], "one intervention, whatever each names as its target"
    assert told["intervention"][0] == "None", "'a decade ago' dates nothing on its own"
    event = open_store(db, create=False).db.execute(
        "SELECT date FROM events WHERE id = ?", (told["deployed"][1],)).fetchone()
    assert str(event[0]) == dated


def test_one_intervention_asks_words_of_intervention_on_both_sides_and_a_state_acting_in_both() -> None:
    words = frames().interventions
    assert {"intervention", "intervene"} <= words
    assert rules.one_intervention({"intervention"}, {"deploy", "intervention"}, words, {"iran"}, {"iran"})
    assert not rules.one_intervention({"intervention"}, {"intervention"}, words, {"iran"}, {"turkey"}), \
        "another state's intervention"
    assert not rules.one_intervention({"airstrike"}, {"intervention"}, words, {"iran"}, {"iran"}), \
        "an air strike is one of many"
    assert not rules.one_intervention({"intervention"}, {"intervention"}, words, set(), set()), "no state acting"



# --- the resolver, on mentions written for these tests (no parsing) ------------------------------------------------


def decade_ago(n: int = 1) -> TimeExpr:
    return TimeExpr("a decade ago", TimeKind.YEAR_OFFSET, offset=-10 * n, approximate=True)


def test_a_decade_ago_joins_the_intervention_of_that_state_within_a_year_of_it() -> None:
    """'Norvia intervened militarily in Kessel in September 2015' (against the Rebel Front) / in January 2026,
    'Norvia's intervention a decade ago' (no target) / 'Kessel's intervention a decade ago' / 'Norvia's
    intervention two decades ago'."""
    resolver = EventResolver(FACTS.get)
    ids = ["norvia", "rebel_front", "kessel_state"]
    resolver.add_article("a", PartialDate(2016, 1, 5), [
        mention("a", 0, EventType.ASSAULT, [0], [1], "intervention", time=in_month(9, 2015))], ids,
        [in_month(9, 2015)])
    known = event_of(resolver, "a")
    resolver.add_article("b", PartialDate(2026, 1, 10), [
        mention("b", 0, EventType.ASSAULT, [0], [], "intervention", time=decade_ago())], ids, [decade_ago()])
    assert event_of(resolver, "b") is known, "about 2016 and September 2015: one intervention"
    assert known.date == PartialDate(2015, 9), "'a decade ago' dates nothing"
    resolver.add_article("c", PartialDate(2026, 1, 11), [
        mention("c", 0, EventType.ASSAULT, [2], [], "intervention", time=decade_ago())], ids, [decade_ago()])
    assert event_of(resolver, "c") is not known, "another state's intervention"
    resolver.add_article("d", PartialDate(2026, 1, 12), [
        mention("d", 0, EventType.ASSAULT, [0], [], "intervention", time=decade_ago(2))], ids, [decade_ago(2)])
    assert event_of(resolver, "d") is not known, "two decades ago is not 2015"


def test_shows_of_force_recur_so_the_only_one_in_the_store_is_no_candidate() -> None:
    """'Norvian troops were stationed in Kessel on 3 June 2019.' / an undated article: 'Norvia began to conduct
    patrols.' Troops are sent, stationed and patrol again and again."""
    resolver = EventResolver(FACTS.get)
    ids = ["norvia", "kessel_state"]
    resolver.add_article("a", PartialDate(2019, 6, 4), [
        mention("a", 0, EventType.MOBILIZE, [0], [1], "station", time=on(3, 6, 2019))], ids, [on(3, 6, 2019)])
    resolver.add_article("u", None, [mention("u", 0, EventType.MOBILIZE, [0], [], "patrol")], ids, [])
    assert event_of(resolver, "u") is not event_of(resolver, "a")
