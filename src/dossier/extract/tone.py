"""Tone of a sentence: VADER's compound score (a lexicon and rules, offline, no model to download).

Measured against tests/data/tone_gold.jsonl (60 sentences written for Dossier, each with the tone its
wording takes towards one actor: hostile, neutral, favourable): 0.60 accuracy on three classes
(chance 0.33). It reads the sentence's wording, not its stance towards each actor separately; a
targeted variant (the actor's own clause) did no better on that set. Outlet comparisons average it
over many sentences, which is where it is useful.
"""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

NEUTRAL_BAND = 0.05  # VADER's own threshold between neutral and polar


@lru_cache(maxsize=1)
def _analyser() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def tone(text: str) -> float:
    return round(float(_analyser().polarity_scores(text)["compound"]), 4)


def tone_class(score: float) -> int:
    """-1 hostile, 0 neutral, +1 favourable."""
    return 1 if score >= NEUTRAL_BAND else -1 if score <= -NEUTRAL_BAND else 0
