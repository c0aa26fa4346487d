"""An article with no date that tells an act by a weekday ("Norway and Chile signed the accord on Wednesday") is
dated by the one day a dated article gives the same act of the same parties on that weekday
(`resolve/events/dating.same_act_days`); an agreement and its signing are one act when no act of the mention's own
type is dated (`dating.same_act`). A time hanging from a verb of saying ("announced on 3 March that it would
withdraw") is the saying's, past when written, whatever the act reported (`TimeExpr.said`). Sentences, names and
articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.models import Anchor, AnchorKind, Modality, PartialDate, TimeExpr, TimeKind
from dossier.packs import load_pack
from dossier.resolve.dates import place
from dossier.resolve.events.dating import same_act
from tests.helpers.articles import write_text
from tests.helpers.pipeline import extraction
from tests.helpers.stores import Location, build_store, mention_dates

SIGNING = frozenset({"sign", "initial"})


def test_an_agreement_and_the_signing_of_it_can_be_one_act() -> None:
    assert same_act("AGREE", "agree", "AGREE", {"agree"}, SIGNING)
    assert same_act("AGREE", "agree", "SUPPORT", {"sign"}, SIGNING), "the text signed is the agreement made"
    assert same_act("SUPPORT", "sign", "AGREE", {"agree"}, SIGNING)
    assert not same_act("AGREE", "agree", "SUPPORT", {"praise", "thank"}, SIGNING), "praise is no signing"
    assert not same_act("SUPPORT", "welcome", "AGREE", {"agree"}, SIGNING)
    assert not same_act("CONSULT", "meet", "SUPPORT", {"sign"}, SIGNING)


def _dates(tmp_path: Path, new_db: Callable[[str], Location], name: str, articles: dict[str, tuple[str, str | None]]
           ) -> Location:
    corpus = tmp_path / name
    corpus.mkdir()
    for file, (body, published) in articles.items():
        header = {"source": file.split(".")[0].split("_")[1].title() + " Post"}
        if published is not None:
            header["published"] = published
        write_text(corpus, file, body, **header)
    return build_store(new_db(name), corpus, load_pack(None))


def test_a_weekday_in_an_undated_article_takes_the_day_a_dated_article_gives_the_same_act(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = _dates(tmp_path, new_db, "same_act", {
        "a_harbour.txt": ("Norway and Chile signed a fisheries accord in Oslo on Wednesday, officials said.",
                          "2031-05-16"),
        "b_tide.txt": ("Norway and Chile signed a fisheries accord on Wednesday after two years of talks.\n\n"
                     "Fishermen in both countries welcomed the deal.", None),
    })
    told = mention_dates(db, "b_tide.txt")
    assert told.get("signed") == "2031-05-14", told  # 14 May 2031 is a Wednesday


def test_an_agreement_on_a_weekday_takes_the_day_the_same_parties_signed_it(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = _dates(tmp_path, new_db, "agreement", {
        "a_capital.txt": ("The pact was signed on Tuesday by the foreign ministers of Latvia and Moldova.",
                        "2031-09-11"),
        "b_review.txt": ("Latvia and Moldova agreed on Tuesday to end their customs dispute.", None),
    })
    told = mention_dates(db, "b_review.txt")
    assert told.get("agreed") == "2031-09-09", told  # 9 September 2031 is a Tuesday


def test_the_undated_article_read_first_is_dated_all_the_same(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    # read in this order: the undated article before the dated one, which must date it once read
    db = _dates(tmp_path, new_db, "read_first", {
        "a_tide.txt": ("Norway and Chile signed a fisheries accord on Wednesday after two years of talks.\n\n"
                       "Fishermen in both countries welcomed the deal.", None),
        "b_harbour.txt": ("Norway and Chile signed a fisheries accord in Oslo on Wednesday, officials said.",
                          "2031-05-16"),
    })
    told = mention_dates(db, "a_tide.txt")
    assert told.get("signed") == "2031-05-14", told


def test_another_weekday_or_two_days_that_fit_date_nothing(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = _dates(tmp_path, new_db, "ambiguous", {
        "a_oslo.txt": ("Norway and Chile signed a fisheries accord in Oslo on Wednesday.", "2031-05-16"),
        "b_santiago.txt": ("Norway and Chile signed a shipping accord in Santiago on Wednesday.", "2031-10-03"),
        "c_wednesday.txt": ("Norway and Chile signed an accord on Wednesday.", None),
        "d_friday.txt": ("Norway and Chile signed an accord on Friday.", None),
    })  # read in this order: the undated ones after both dated ones
    assert mention_dates(db, "c_wednesday.txt").get("signed") is None, "two Wednesdays: nothing tells which"
    assert mention_dates(db, "d_friday.txt").get("signed") is None, "no signing of theirs on a Friday"


# --- a time on the verb of saying dates the saying ---------------------------------------------------------------


def test_a_time_on_the_verb_of_saying_is_marked_as_the_saying_s() -> None:
    found = {e.trigger: e.time for e in extraction(
        "On 3 March the ministry announced that Peru would withdraw its envoy from Quito.").events}
    assert found["withdraw"] is not None and found["withdraw"].said, found
    found = {e.trigger: e.time for e in extraction(
        "Peru will withdraw its envoy from Quito on Monday, the ministry said.").events}
    assert found["withdraw"] is not None and not found["withdraw"].said, "the plan's own day"


def test_a_plan_reported_on_a_past_day_is_placed_at_that_day_not_a_year_on() -> None:
    published = Anchor(PartialDate(2031, 3, 5), AnchorKind.PUBLISHED)
    said = TimeExpr("3 March", TimeKind.MONTH_DAY, month=3, day=3, said=True)
    assert place(said, published, Modality.FUTURE).date == PartialDate(2031, 3, 3)
    own = TimeExpr("3 March", TimeKind.MONTH_DAY, month=3, day=3)
    assert place(own, published, Modality.FUTURE).date == PartialDate(2032, 3, 3), "a plan's own day is ahead"
    monday = TimeExpr("Monday", TimeKind.WEEKDAY, day=0, said=True)
    assert place(monday, published, Modality.FUTURE).date == PartialDate(2031, 3, 3), "the Monday just past"
    scheduled = TimeExpr("3 March", TimeKind.MONTH_DAY, month=3, day=3, said=True, ahead=True)
    assert place(scheduled, published, Modality.ASSERTED).date == PartialDate(2032, 3, 3), "scheduled: ahead"
