"""Every threshold of event resolution, in one place: merging, dating, blocking, "first" rivals, memory."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.models import EntityType
from dossier.plover import EventType


@dataclass(frozen=True, slots=True)
class Settings:
    # --- merging (rules.py) ---
    strong: int = 3  # participant overlap of a strong match (a shared person counts 2, a state or place 1)
    weak: int = 2  # the least overlap a mention merges on
    conflict_window_days: int = 45  # a strong match this far apart is one event with a date conflict
    month_day_slack_days: int = 3  # two year-less dates of one month this close may be one event
    recalled_named: int = 2  # an undated mention recalls a past event (any date) sharing this many named parties
    reporting_lag_days: int = 1  # two day-precise events of the same named parties this close: one, dated apart
    # acts a state does once for a while (a withdrawal), unlike strikes, arrests or shows of force that recur day
    # after day: two reports of one by the same states, `reporting_lag_days` apart, are one (`rules.one_act_days_apart`)
    one_off_types: frozenset[EventType] = frozenset({EventType.RETREAT})
    story_group_most: int = 24  # one article's events of one kind compared as one story told again, at most
    story_passes: int = 4  # passes merging one article's events told again (each merges every pair it finds)
    appearance_named: int = 2  # a joint appearance (a press conference) names this many people to be their meeting
    # --- recurring background facts (recurring.py) ---
    sole_scan_most: int = 400  # an undated mention's principal in more events than this: no sole candidate looked for
    # shows of force recur (troops sent, stationed, patrolling): the one such event of a state in the store is no
    # sign an undated one is it (`merging._sole`)
    shows_of_force: frozenset[EventType] = frozenset({EventType.MOBILIZE})
    story_articles_most: int = 3  # an undated event's articles whose story is read (`merging._same_remark`)
    # named enough to count double in an overlap, and to make a match firm
    specific_types: frozenset[EntityType] = frozenset(
        {EntityType.PERSON, EntityType.ORG, EntityType.GROUP, EntityType.FACILITY})
    # statements: one article's two statements with different words are two events ("thanked", "reaffirmed")
    statement_types: frozenset[EventType] = frozenset(
        {EventType.SUPPORT, EventType.REQUEST, EventType.REJECT, EventType.ACCUSE, EventType.THREATEN, EventType.AGREE,
         EventType.CONCEDE})
    # --- conflicts (conflicts.py) ---
    # events their parties do together: who is actor and who target is no disagreement ('A called B', 'B called A')
    joint_types: frozenset[EventType] = frozenset({EventType.CONSULT, EventType.AGREE, EventType.COOPERATE})
    # words of what parties do together whatever its type: a signing (SUPPORT) between two sides is one act, told by
    # either as its own ('A signed a pact with B', 'B signed the pact with A': `rules.signed_together`)
    together_words: frozenset[str] = frozenset({"sign", "initial", "countersign", "cosign", "co-sign"})
    joint_named_people: int = 2  # an article naming fewer people in a joint event names one side: no conflict
    # an article listing fewer states as doing the act ('Norvia and Velm called for ...') names no list of who did
    # it (a side, or the states it cares about); two articles' lists of at least this many that differ disagree
    listed_states: int = 3
    # --- dating (dating.py) ---
    # Undated mentions of these types take the date of the article's news peg (its first event dated within
    # `peg_days` of the article's own day); they also continue a dated story told just before them.
    peg_types: frozenset[EventType] = frozenset(
        {EventType.CONSULT, EventType.AGREE, EventType.SUPPORT, EventType.REQUEST, EventType.REJECT, EventType.ACCUSE,
         EventType.THREATEN, EventType.CONCEDE, EventType.COOPERATE})
    # measures announced with the news (an expulsion, a closure, a sanction) by or against a party of the day's
    # news: the peg's date too (no story's)
    peg_measures: frozenset[EventType] = frozenset({EventType.SANCTION})
    peg_days: int = 7
    # an article with no date that opens on a year-less day this many days or more before the latest date it recalls
    # reports news of the year after (`dates.lead_bound`)
    recalled_days: int = 60
    narrative_sentences: int = 2  # an undated mention this close after a dated one continues its story
    propagation_rounds: int = 5  # dates flowing between sources: at most this many rounds per article
    # --- blocking (blocking.py) ---
    conflict_days: int = 7  # how far apart two sources' dates of one event are looked for
    undated_lookback_days: int = 14  # an undated mention looks for events this far before its article
    wide_span_days: int = 62  # a date vaguer than two months (a year) is looked up by months, not days
    # --- "the first" rivals (firsts.py) ---
    rival_months: int = 6  # "the first visit" claimed for events up to this far apart: rival claims
    rival_dates: int = 3  # the rival claims an event's conflict lists, nearest first
    # --- memory (tally.py) ---
    kept_tallies: int = 20_000  # ~2.8 KB each; the events of the last ~1,000 articles


DEFAULT = Settings()
