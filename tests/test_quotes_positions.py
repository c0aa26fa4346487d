"""Quotations with their speakers (every attribution pattern), reported speech, and stances on issues."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import extraction


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    found = extraction(text)
    return [(q.text, found.mentions[q.speaker].pack_id or found.mentions[q.speaker].name
             if q.speaker is not None else None, q.kind) for q in found.quotes]


def direct(text: str) -> list[tuple[str, str | None]]:
    return [(words, speaker) for words, speaker, kind in quotes(text) if kind == "direct"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will review every agreement,” Lavrov said.", "sergei_lavrov"),
    ("“We will review every agreement,” said Sergei Lavrov.", "sergei_lavrov"),
    ('According to the Kremlin, "the talks were frank and useful".', "kremlin"),
    ("As Asaad al-Shaibani put it, “we came to build, not to settle accounts.”", "asaad_al_shaibani"),
    ('Mikhail Bogdanov told reporters: "There is no change on the bases for now."', "mikhail_bogdanov"),
    ("Lavrov thanked his hosts. He added, “Our friendship does not depend on who governs.”", "sergei_lavrov"),
    ("Ahmed al-Sharaa met Putin in the Kremlin. “I saw a lot of snow on the way,” he said.", "ahmed_al_sharaa"),
    ("The Kremlin described the call as “constructive and businesslike”.", "kremlin"),
    ("Al-Sharaa thanked Moscow for its “strong position” on the strikes.", "ahmed_al_sharaa"),
])
def test_attribution_patterns(text: str, speaker: str) -> None:
    found = direct(text)
    assert len(found) == 1 and found[0][1] == speaker, found


def test_speaker_named_in_the_previous_sentence() -> None:
    text = ("Al-Sharaa spoke to Saudi television in December. He emphasised that Syria and Russia share interests. "
            "“All Syrian weapons are of Russian origin. We do not want Russia to leave.”")
    (words, speaker), = direct(text)
    assert speaker == "ahmed_al_sharaa" and words.startswith("All Syrian weapons") and "leave" in words, \
        "one quotation over two sentences, its speaker named before it"


def test_person_introduced_before_a_quotation() -> None:
    text = ("Omar Haddad, a teacher from Douma, watched the cars pass. “They flattened our neighbourhoods.”\n\n"
            "“We will not forget who sent the planes,” he said.")
    assert [s for _, s in direct(text)] == ["Omar Haddad", "Omar Haddad"]


def test_mixed_straight_and_curly_marks() -> None:
    text = 'Al Shibani said Russia should act "in accordance with international law and Syrian interests”.'
    assert direct(text) == [("in accordance with international law and Syrian interests", "asaad_al_shaibani")]


def test_no_clear_speaker_stays_none() -> None:
    text = "Protesters carried a banner reading “Your bombs are not forgotten” past the ministry."
    assert direct(text) == [("Your bombs are not forgotten", None)]


def test_reported_speech_has_its_speaker() -> None:
    reported = [(w, s) for w, s, kind in quotes("Lavrov indicated that Russia was open to reviewing all agreements.")
                if kind == "reported"]
    assert reported == [("Russia was open to reviewing all agreements", "sergei_lavrov")]


def positions(text: str) -> set[tuple[str, str, str, bool]]:
    found = extraction(text)
    return {(found.mentions[p.actor].pack_id or found.mentions[p.actor].name, p.issue, p.stance, p.negated)
            for p in found.positions}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ahmed al-Sharaa demanded the extradition of Assad to stand trial.",
     ("ahmed_al_sharaa", "assad_extradition", "demand", False)),
    ("Russia offered to deliver wheat shipments to Latakia.", ("russia", "economic_aid_shipments", "offer", False)),
    ("Syria accepted the Russian wheat shipments.", ("syria", "economic_aid_shipments", "accept", False)),
    ("Moscow rejected any extradition of Assad.", ("moscow", "assad_extradition", "reject", False)),
    ("The European Union conditioned sanctions relief on the withdrawal of Russian forces.",
     ("european_union", "sanctions_relief", "condition", False)),
    ("Russia supports the lifting of sanctions on Syria.", ("russia", "sanctions_relief", "support", False)),
    ("The new government did not demand the withdrawal of Russian forces.",
     ("syrian_government", "russian_bases", "demand", True)),
])
def test_stances_of_each_kind(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert expected in positions(text)


def test_a_quotation_on_an_issue_is_its_speakers_position() -> None:
    found = positions("“The bases will stay as long as Damascus wants them,” Lavrov said.")
    assert ("sergei_lavrov", "russian_bases", "states", False) in found
