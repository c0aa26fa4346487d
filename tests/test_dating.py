"""Dates as an analyst sets them, end to end on articles written for these tests: the news peg, the story an
undated mention continues, a weekday that dates an undated article, and a publication month from the address."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.models import PartialDate
from dossier.packs import load_pack
from dossier.resolve.events.dating import continues, count_from, news_day
from dossier.store import open_store
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store, count_rows, mention_dates


def date_of(found: dict[str, str | None], word: str) -> str | None:
    (date,) = [d for t, d in found.items() if t == word or t.startswith(word + " ")]
    return date


def test_statements_reported_with_the_news_take_its_day_and_a_plan_is_no_peg(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "peg"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "Vladimir Putin met Hakan Fidan in Moscow on Wednesday, March 5, for talks on Syria.\n\n"
               "Fidan thanked Sergei Lavrov for the invitation.\n\n"
               "Putin praised Turkey's role in the region.", source="One Wire", published="2025-03-06")
    write_text(corpus, "b.txt", "Hakan Fidan will visit Moscow tomorrow, Friday.\n\n"
               "Fidan visited Moscow last October, where he met Sergei Lavrov.\n\n"
               "Fidan praised Russia's role in the region.", source="Other Post", published="2025-03-06")
    db = build_store(new_db("peg"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "a.txt")
    assert date_of(told, "met") == "2025-03-05"
    assert date_of(told, "thanked") == "2025-03-05", "Fidan is in the day's news"
    assert date_of(told, "praised") == "2025-03-05"
    planned = mention_dates(db, "b.txt")
    assert date_of(planned, "visit") == "2025-03-07", "'tomorrow, Friday': the day after the article's"
    assert date_of(planned, "visited") == "2024-10", "'last October': the latest October before the article"
    assert date_of(planned, "praised") != "2025-03-07", "what was said is not dated by what is planned"


def test_an_undated_article_takes_its_month_from_its_address(tmp_path: Path,
                                                             new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "url"
    corpus.mkdir()
    write_text(corpus, "a.txt", "A Russian delegation visited Damascus late last month.", source="One Wire",
               url="https://one-wire.test/archive/2025/02/russian-delegation-in-damascus")
    db = build_store(new_db("url"), corpus, load_pack("syria-russia"))
    assert date_of(mention_dates(db, "a.txt"), "visited") == "2025-01"


def test_a_weekday_beside_a_day_and_month_dates_an_undated_article_in_the_collections_years(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """An article with no date says 'on Tuesday, June 3': in a collection written in 2025, that is 3 June 2025
    (a Tuesday); the story it opens is of that day too."""
    corpus = tmp_path / "era"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Recep Tayyip Erdogan visited Doha in May and met Emir Tamim.", source="One Wire",
               published="2025-05-20")
    write_text(corpus, "b.txt", "Hakan Fidan met Emir Tamim in Doha on Tuesday, June 3, for talks on Gaza.\n\n"
               "Fidan thanked Emir Tamim for hosting the talks.", source="Other Post")
    db = build_store(new_db("era"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "b.txt")
    assert date_of(told, "met") == "2025-06-03"
    assert date_of(told, "thanked") == "2025-06-03", "the story the dated meeting opens"


def test_numbered_events_of_a_series_keep_their_order_and_their_own_times(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """An article with no date tells a first visit of October 2025 and a second 'on January 20': the second is of
    January 2026 (after the first), although the January nearest the article's bound is January 2025. In a dated
    article about a second visit, the first visit it recalls is not dated by that day's news."""
    corpus = tmp_path / "series"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Emir Tamim made his first visit to Ankara in October 2025 and met Recep Tayyip"
               " Erdogan.\n\nEmir Tamim made his second visit to Ankara on January 20 and met Erdogan again.",
               source="One Wire")
    write_text(corpus, "b.txt", "Emir Tamim visited Ankara for the second time on Monday and met Recep Tayyip"
               " Erdogan.\n\nEmir Tamim first visited Turkey as a young crown prince.", source="Other Post",
               published="2026-01-21")
    db = build_store(new_db("series"), corpus, load_pack("syria-russia"))
    series = mention_dates(db, "a.txt")
    assert [d for t, d in series.items() if "second visit" in t] == ["2026-01-20"], series
    recalled = mention_dates(db, "b.txt")
    assert sorted(recalled.values(), key=str) == ["2026-01-19", None], recalled  # the recalled first visit: undated


VISIT_OCTOBER = "Ahmed al-Sharaa visited Moscow on Wednesday, October 15, and met Vladimir Putin."
VISIT_JANUARY = "Ahmed al-Sharaa visited Moscow on Wednesday, January 28, and met Vladimir Putin."
UNDATED = ("Ahmed al-Sharaa visited Moscow on Wednesday and met Vladimir Putin.\n\n"
           "Al-Sharaa thanked Putin for his support.")


def test_a_weekday_dates_an_undated_article_by_the_day_another_source_gives(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "weekday"
    corpus.mkdir()
    write_text(corpus, "a.txt", VISIT_OCTOBER, source="One Wire", published="2025-10-16")
    write_text(corpus, "c.txt", UNDATED, source="Third Post")
    db = build_store(new_db("weekday"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "c.txt")
    assert date_of(told, "visited") == "2025-10-15"
    assert date_of(told, "thanked") == "2025-10-15", "reported with the news of that day"


def test_a_weekday_shared_by_two_dated_visits_takes_the_day_of_the_event_the_mention_joined(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Two visits on two Wednesdays: the weekday alone cannot choose, so the day is the one of the event the
    mention belongs to (never the other visit's, and none when it belongs to neither), and the article's
    statements follow it."""
    corpus = tmp_path / "two"
    corpus.mkdir()
    write_text(corpus, "a.txt", VISIT_OCTOBER, source="One Wire", published="2025-10-16")
    write_text(corpus, "b.txt", VISIT_JANUARY, source="Other Post", published="2026-01-29")
    write_text(corpus, "c.txt", UNDATED, source="Third Post")
    db = build_store(new_db("two"), corpus, load_pack("syria-russia"))
    store = open_store(db, create=False)
    (row,) = store.db.execute("SELECT m.date, e.date FROM event_mentions m JOIN events e ON e.id = m.event_id"
                              " JOIN articles a ON a.id = m.article_id"
                              " WHERE a.source_path LIKE '%c.txt' AND m.trigger LIKE 'visited%'").fetchall()
    # a weekday two dated events share does not say which one was meant: the mention joins one of them and takes
    # its day, or joins neither and stays undated (merging leaves a mention apart that fits events months apart)
    assert row[0] == row[1]
    assert date_of(mention_dates(db, "c.txt"), "thanked") == row[0]


def test_a_story_told_of_an_event_other_sources_date_takes_its_day_once_merged(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'Fidan visited Moscow last October, ...; Fidan also thanked Lavrov': once the visit joins the event two
    other articles date to 15 October, the story (and the thanks that continue it) is of that day; a day only
    one other article gives is not enough to sharpen a story's month."""
    corpus = tmp_path / "story"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Hakan Fidan arrived in Moscow on Wednesday, October 15, for talks with Sergei"
               " Lavrov.\n\nSergei Lavrov praised Turkey's mediation in the grain talks.", source="One Wire",
               published="2025-10-16")
    write_text(corpus, "b.txt", "Turkish Foreign Minister Hakan Fidan visited Moscow on 15 October and met Sergei"
               " Lavrov.", source="Other Post", published="2025-10-17")
    write_text(corpus, "c.txt", "Hakan Fidan visited Moscow last October, where he met Sergei Lavrov.\n\n"
               "The talks covered grain shipments across the Black Sea.\n\n"
               "Fidan also thanked Lavrov for the invitation.", source="Third Post", published="2026-01-20")
    write_text(corpus, "g.txt", "Hakan Fidan visited Moscow last October.\n\n"
               "Sergei Lavrov praised Turkey's mediation in the grain talks.", source="Fifth Post",
               published="2026-01-22")  # Lavrov is named as Fidan's host only by the other sources
    write_text(corpus, "d.txt", "Ahmed al-Sharaa visited Ankara on 3 September and met Recep Tayyip Erdogan.",
               source="One Wire", published="2025-09-04")
    write_text(corpus, "f.txt", "Hakan Fidan visited Moscow on 16 October.", source="Fourth Post",
               published="2025-10-20")  # one source disagrees: two against one still date the visit
    write_text(corpus, "e.txt", "Ahmed al-Sharaa visited Ankara last September, where he met Recep Tayyip"
               " Erdogan.\n\nAl-Sharaa also thanked Erdogan for the invitation.", source="Third Post",
               published="2026-01-21")
    db = build_store(new_db("story"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "c.txt")
    assert date_of(told, "thanked") == "2025-10-15"
    assert date_of(mention_dates(db, "g.txt"), "praised") == "2025-10-15", "the story's parties are its event's"
    store = open_store(db, create=False)
    praise = store.db.execute("SELECT DISTINCT m.event_id FROM event_mentions m JOIN articles a ON a.id = m.article_id"
                              " WHERE m.trigger LIKE 'praised%' AND (a.source_path LIKE '%a.txt'"
                              " OR a.source_path LIKE '%g.txt')").fetchall()
    assert len(praise) == 1, "newly dated, the praise joins the other source's report of it"
    assert date_of(mention_dates(db, "e.txt"), "thanked") == "2025-09", "one other source: the story keeps its month"



def test_a_weekday_that_fits_two_days_of_a_persons_meetings_dates_nothing(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """Al-Sharaa met Putin on a Wednesday in October and on a Wednesday in January: an undated article that tells
    of his meeting with Putin and his call with Erdogan 'on Wednesday' could be of either week, whichever meeting
    its own mention happened to join, so nothing in it is dated."""
    corpus = tmp_path / "months"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Vladimir Putin met Ahmed al-Sharaa in the Kremlin on Wednesday, October 15.",
               source="One Wire", published="2025-10-16")
    write_text(corpus, "b.txt", "Vladimir Putin met Ahmed al-Sharaa in the Kremlin on Wednesday, January 28.",
               source="Other Post", published="2026-01-29")
    write_text(corpus, "c.txt", "Vladimir Putin met Ahmed al-Sharaa in the Kremlin on Wednesday.\n\n"
               "Al-Sharaa spoke with Recep Tayyip Erdogan by phone on Wednesday.", source="Third Post")
    db = build_store(new_db("months"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "c.txt")
    assert set(told.values()) == {None}, told


def test_a_story_goes_on_in_a_sentence_it_continued_but_not_in_the_one_that_opened_it() -> None:
    assert continues(sentence=5, opened=3, last=4, within=2) and continues(sentence=6, opened=3, last=4, within=2)
    assert continues(sentence=4, opened=3, last=4, within=2), "the second clause of a continued sentence"
    assert not continues(sentence=3, opened=3, last=3, within=2), "the opening sentence's undated clauses"
    assert not continues(sentence=7, opened=3, last=4, within=2)


def test_every_clause_of_a_sentence_that_continues_a_story_takes_its_date(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    corpus = tmp_path / "clauses"
    corpus.mkdir()
    write_text(corpus, "a.txt", "In late May, a Qatari delegation led by Emir Tamim visited Ankara.\n\n"
               "During the trip, Emir Tamim held talks with Recep Tayyip Erdogan and met Hakan Fidan.",
               source="One Wire", published="2025-08-01")
    db = build_store(new_db("clauses"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "a.txt")
    assert date_of(told, "held talks") == "2025-05" and date_of(told, "met") == "2025-05", told


def test_a_mention_a_span_after_or_before_an_event_it_names_is_dated_from_that_event(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'two days after Erdogan's visit': the visit's day moved two days on, not the visit's own day; 'two days
    before the visit': two days back."""
    corpus = tmp_path / "offsets"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Erdogan visited Moscow on 4 March 2024 for talks on Syria.\n\n"
               "Putin called Macron two days after Erdogan's visit to Moscow.", source="One Wire",
               published="2024-03-20")
    write_text(corpus, "b.txt", "Erdogan visited Moscow on 4 March 2024 for talks on Syria.\n\n"
               "Two days before the visit of Erdogan to Moscow, Putin called Macron.", source="Other Post",
               published="2024-03-21")
    db = build_store(new_db("offsets"), corpus, load_pack("syria-russia"))
    assert date_of(mention_dates(db, "a.txt"), "called") == "2024-03-06"
    assert date_of(mention_dates(db, "b.txt"), "called") == "2024-03-02"


def test_a_meeting_reported_with_the_news_takes_its_day_whoever_takes_part(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """An undated meeting the article reports beside its news is dated to the news's day even when it shares no
    party with it: the day an analyst gives it, where the month alone is wrong at a day's precision."""
    corpus = tmp_path / "others"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "Recep Tayyip Erdogan met Emir Tamim in Doha on Tuesday to discuss the border.\n\n"
               "The crisis has worried the whole region for months.\n\n"
               "The Kuwaiti foreign minister also held talks with his Omani counterpart.",
               source="One Wire", published="2025-06-12")
    db = build_store(new_db("others"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "a.txt")
    assert date_of(told, "met") == "2025-06-10"
    assert date_of(told, "held talks") == "2025-06-10", told


def test_a_measure_reported_with_the_news_takes_its_day_when_it_touches_its_parties(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'Ankara also expelled three Syrian diplomats' beside the day's news about Ankara: that day; a measure
    between parties the news does not name is no news of the day."""
    corpus = tmp_path / "measures"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "Turkey closed its border with Syria on Tuesday after a bombing in Gaziantep.\n\n"
               "Ankara also expelled three Syrian diplomats.\n\n"
               "Canada banned flights from Iran.",
               source="One Wire", published="2025-06-12")
    db = build_store(new_db("measures"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "a.txt")
    assert date_of(told, "closed") == "2025-06-10", told
    assert date_of(told, "expelled") == "2025-06-10", told
    assert date_of(told, "banned") is None, told


def test_a_month_in_an_article_with_no_date_takes_the_year_its_story_holds_it(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """An analysis with no date and no year in it says a summit was held 'in late June' and that an emir 'will visit
    Ankara in July': the collection's dated articles were written in June and July of 2025, so the summit is of June
    2025; a plan, and a month the story's days do not hold, keep no year."""
    corpus = tmp_path / "span"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Recep Tayyip Erdogan met Emir Tamim in Doha on Monday for talks on Gaza.",
               source="One Wire", published="2025-06-24")
    write_text(corpus, "b.txt", "Emir Tamim visited Ankara on Tuesday and met Hakan Fidan.",
               source="One Wire", published="2025-07-16")
    write_text(corpus, "c.txt", "Recep Tayyip Erdogan hosted a summit with Emir Tamim in late June.\n\n"
               "Emir Tamim will visit Ankara in July, his office said.\n\n"
               "Emir Tamim visited Baghdad in March and met the Iraqi prime minister.", source="Other Post")
    db = build_store(new_db("span"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "c.txt")
    assert date_of(told, "hosted") == "2025-06", told
    assert date_of(told, "visit") is None, "what is planned stays year-less"
    assert date_of(told, "visited") is None, "March: before every dated article of the collection"


def test_a_look_back_inside_a_dated_sentence_leaves_what_follows_on_that_day_and_two_steps_stay_two(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'X struck camps on Thursday, its answer to the massacre of last month': the massacre is looked back on, so
    'during the night' and 'within hours' in the sentences after it are Thursday's; and the two acts told in turn
    after it are two, though of one day and one side."""
    corpus = tmp_path / "lookback"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "Turkey struck six camps in northern Iraq in the early hours of Thursday, in what the government "
               "called its answer to the massacre of soldiers at Hakkari last month.\n\n"
               "The PKK said its fighters had shot down two Turkish drones during the night.\n\n"
               "Within hours PKK fighters shelled Turkish villages in Hakkari province, killing nine farmers, "
               "Turkish officials said.", source="One Wire", published="2025-06-14")
    db = build_store(new_db("lookback"), corpus, load_pack("none"))
    told = mention_dates(db, "a.txt")
    assert date_of(told, "struck") == "2025-06-12"
    assert date_of(told, "massacre") == "2025-05"
    assert date_of(told, "shot") == "2025-06-12", told
    assert date_of(told, "shelled") == "2025-06-12", told
    assert count_rows(db, "SELECT COUNT(DISTINCT event_id) FROM event_mentions WHERE trigger LIKE 'shot%' "
                          "OR trigger LIKE 'shelled%'") == 2


def test_an_act_done_to_the_crowd_just_told_takes_the_gatherings_day(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'Protesters marched on Saturday.' ... 'Police detained six people at the edge of the crowd.': the detentions
    were at the march, on Saturday, not on the day the article was written; after a sentence told only to its
    month, the crowd gives no day."""
    corpus = tmp_path / "crowd"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "Several thousand protesters marched through central Lorn on Saturday, demanding that the governor "
               "resign.\n\n"
               "Police detained six people after scuffles at the edge of the crowd, a police spokesman said.\n\n"
               "The governor said last week that she would not resign.\n\n"
               "In the capital, police fired tear gas at the demonstrators.",
               source="One Wire", published="2025-06-29")
    db = build_store(new_db("crowd"), corpus, load_pack("none"))
    told = mention_dates(db, "a.txt")
    assert date_of(told, "marched") == "2025-06-28"
    assert date_of(told, "detained") == "2025-06-28", told
    assert date_of(told, "fired tear gas") is None, told


def test_two_acts_of_one_sentence_dated_alike_open_one_story(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'Last month X ended its accord with Y, after Y's envoys left without meeting X's leader': both acts open the
    story, so a statement in the next sentence that names the first act's side only continues it, at last month,
    not at the day of the news the article opens with."""
    corpus = tmp_path / "story"
    corpus.mkdir()
    write_text(corpus, "a.txt",
               "Thousands of people marched in N'Djamena on Saturday against the Danish presence.\n\n"
               "Last month the junta revoked the defence agreement with Denmark, with immediate effect, after a "
               "delegation led by the Danish minister for development, Lars Holm, left N'Djamena without meeting "
               "General Idriss Kaba.\n\n"
               "A government spokesman, Colonel Ali Moussa, accused Denmark of an \"arrogant attitude\".",
               source="One Wire", published="2025-05-12")
    db = build_store(new_db("story"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "a.txt")
    assert date_of(told, "revoked") == "2025-04" and date_of(told, "left") == "2025-04"
    assert date_of(told, "accused") == "2025-04", "the story the sentence before opened, not Saturday's news"


def test_an_undated_analysis_takes_its_years_from_the_facts_dated_articles_tell(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """An analysis with no date whose only full date is one it recalls ('Denmark pulled its troops out of Mali in
    May 2021'): its '22 December' is not the one nearest that recalled month but the year a dated article gives the same
    withdrawal (21 December, a day apart: one fact); it was then written after that December, so 'a week after
    the coup of 26 July' is 2 August of that year."""
    corpus = tmp_path / "years"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Denmark completed the withdrawal of its forces from Chad on 21 December, the army "
               "said.\n\nThousands of people marched in N'Djamena on Saturday.", source="One Wire",
               published="2024-03-10")
    write_text(corpus, "b.md", "The last Danish soldiers left Chad on 22 December, when a convoy crossed into "
               "Sudan.\n\nA week after the coup of 26 July, the junta of General Idriss Kaba denounced the defence "
               "agreements with Denmark and ordered the Danish troops to go.\n\nDenmark pulled its troops out of Mali "
               "in May 2021.",
               source="Other Review")
    db = build_store(new_db("years"), corpus, load_pack("syria-russia"))
    told = mention_dates(db, "b.md")
    assert told["left"] == "2023-12-22", told
    assert date_of(told, "denounced") == "2023-08-02", told


def test_the_same_day_in_a_later_sentence_takes_the_day_just_told(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    """'Erdogan visited Moscow on 4 March ... Putin called Macron the same day': the call is of the visit's day,
    the day the article told last, not of the article's own day."""
    corpus = tmp_path / "same"
    corpus.mkdir()
    write_text(corpus, "a.txt", "Erdogan visited Moscow on 4 March 2024 for talks on Syria.\n\n"
               "Putin called Macron the same day.", source="One Wire", published="2024-03-20")
    db = build_store(new_db("same"), corpus, load_pack("syria-russia"))
    assert date_of(mention_dates(db, "a.txt"), "called") == "2024-03-04"


def test_the_same_day_counts_from_the_day_its_own_sentence_told_last() -> None:
    """Within a sentence 'the same day' is the day told just before it, even when the sentence named a later day
    first; in a later sentence it is the story's time."""
    planned, withdrew = PartialDate(2024, 6, 11), PartialDate(2024, 6, 10)
    assert count_from(planned, withdrew, same_sentence=True) == withdrew
    assert count_from(planned, withdrew, same_sentence=False) == planned
    assert count_from(planned, None, same_sentence=True) == planned


def test_the_news_is_of_the_day_the_article_first_names() -> None:
    """'The juntas on Saturday founded an alliance (no event type) ... On Friday the French president said ...':
    the news is Saturday's, the day the first time names, not the Friday of a later sentence; when the first
    dated event is the one the first time dates, or the first time names no day, the event's day."""
    saturday, friday = PartialDate(2024, 6, 15), PartialDate(2024, 6, 14)
    assert news_day(friday, False, saturday) == saturday
    assert news_day(friday, True, saturday) == friday
    assert news_day(friday, False, None) == friday
    assert news_day(None, False, saturday) == saturday
