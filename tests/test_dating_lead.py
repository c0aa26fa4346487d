"""An article with no date that opens on a year-less day (its news), known only to be written after a date it
recalls: the news is no older than what it recalls (`resolve.dates.lead_bound`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from dossier.extract.time import parse_time
from dossier.models import Anchor, AnchorKind, PartialDate, TimeKind
from dossier.packs import load_pack
from dossier.resolve.dates import lead_bound
from tests.helpers.articles import write_text
from tests.helpers.pipeline import extraction
from tests.helpers.stores import Location, build_store, mention_dates

AFTER_NOVEMBER = Anchor(PartialDate(2023, 11), AnchorKind.LOWER_BOUND)  # "written after November 2023"


def test_a_lead_day_long_before_the_recalled_date_is_of_the_year_after() -> None:
    """'Opened on 4 March' in an essay whose latest date is November 2023: March 2024, and written after it."""
    raised = lead_bound(AFTER_NOVEMBER, parse_time("on 4 March"), 60)
    assert raised == Anchor(PartialDate(2024, 3, 4), AnchorKind.LOWER_BOUND)
    leap = lead_bound(Anchor(PartialDate(2023, 6), AnchorKind.LOWER_BOUND), parse_time("29 February"), 60)
    assert leap is not None and leap.date == PartialDate(2024, 2, 29)


def test_a_lead_day_near_or_after_the_bound_leaves_it() -> None:
    """A day within two months before the bound (the news told beside the days just before it), or after it, says
    nothing more; nor does a lead of a weekday, a month, a year, or a bound of a year, or an article with a date."""
    for text in ("on 20 October", "2 December", "on Sunday", "in March", "in 2021", "last year"):
        assert lead_bound(AFTER_NOVEMBER, parse_time(text), 60) == AFTER_NOVEMBER, text
    year_only = Anchor(PartialDate(2023), AnchorKind.LOWER_BOUND)
    assert lead_bound(year_only, parse_time("on 4 March"), 60) == year_only
    published = Anchor(PartialDate(2023, 11, 20), AnchorKind.PUBLISHED)
    assert lead_bound(published, parse_time("on 4 March"), 60) == published
    assert lead_bound(None, parse_time("on 4 March"), 60) is None
    due = parse_time("by 4 March")
    assert due is not None and due.kind is TimeKind.MONTH_DAY
    assert lead_bound(AFTER_NOVEMBER, replace(due, ahead=True), 60) == AFTER_NOVEMBER


def test_an_essay_opening_on_its_news_is_dated_after_what_it_recalls(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """An undated essay opens 'Erdogan met Emir Tamim in Doha on 4 March' and then recalls 'in November 2023': the
    meeting is of March 2024, not of the March before the latest date the essay states; the recalled date stays."""
    corpus = tmp_path / "lead"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Recep Tayyip Erdogan visited Doha in May.", source="One Wire", published="2024-05-20")
    write_text(corpus, "essay.txt",
               "Recep Tayyip Erdogan met Emir Tamim in Doha on 4 March to discuss Gaza.\n\n"
               "Turkey and Qatar signed twelve agreements in Ankara in November 2023.", source="Other Review")
    db = build_store(new_db("lead"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "essay.txt")
    assert told.get("met") == "2024-03-04", told
    assert told.get("signed") == "2023-11", told


def test_the_lead_s_day_dates_the_statements_of_the_news_when_no_event_carries_it(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'Ruritania and Velm on Thursday founded a customs union' (an act no event type names) in an article of
    Friday: the presidents' signing told next, with no date of its own, is of Thursday; what 'had' been asked
    before may be older, and takes no day; a lead that plans ('will found ... on Thursday') dates nothing."""
    corpus = tmp_path / "lead_day"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "OSLAVA (One Wire) - Ruritania and Velm on Thursday founded a customs union in Oslava.\n\n"
               "Recep Tayyip Erdogan and Emir Tamim signed the founding charter, the Turkish presidency said.\n\n"
               "Farmers' unions had urged Emir Tamim to protect grain prices.",
               source="One Wire", published="2025-03-07")
    write_text(corpus, "b.txt",
               "OSLAVA (Other Post) - Ruritania and Velm will found a customs union on Thursday.\n\n"
               "Recep Tayyip Erdogan and Emir Tamim signed a preliminary accord, the Turkish presidency said.",
               source="Other Post", published="2025-03-04")
    db = build_store(new_db("lead_day"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "a.txt")
    assert told.get("signed") == "2025-03-06", told
    assert told.get("urged") is None, told
    planned = mention_dates(db, "b.txt")
    assert planned.get("signed") is None, planned


def test_a_verb_in_the_past_perfect_is_told_as_earlier() -> None:
    """'had urged': before the time the article tells; 'urged', 'has urged' are not."""
    for text, earlier in (("Farmers' unions had urged Emir Tamim to protect grain prices.", True),
                          ("Farmers' unions urged Emir Tamim to protect grain prices.", False),
                          ("Farmers' unions have urged Emir Tamim to protect grain prices.", False)):
        found = [e.earlier for e in extraction(text).events if e.trigger.startswith("urged")]
        assert found == [earlier], (text, found)
