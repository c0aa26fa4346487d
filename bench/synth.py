"""Synthetic benchmark corpus: N news articles about Syria–Russia relations, deterministic and seeded.

    .venv/bin/python -m bench.synth 1000 > corpus.jsonl
    .venv/bin/python -m bench.synth 100000 --seed 7 --words 600 --out corpus-100k.jsonl
    .venv/bin/dossier ingest corpus-100k.jsonl --db bench.db

Each line is one article as `dossier ingest` reads JSON Lines: {"title", "outlet", "url", "published",
"text"}. Article i depends only on (seed, i), so the first 1,000 articles of a 100k run are the 1k run.
Lengths are drawn between 400 and 1,200 words (mean about 610), or set with --words (within 10%).
About 2,000 articles a second on one core: 100,000 take under a minute.

The text is built from the domain pack (actors, aliases, issues), templates whose verbs are triggers of
lexicon/triggers.yaml and stances.yaml, and sentences adapted from examples/corpus (all written by the
team); nothing comes from real outlets:

- pack actors under their pack aliases and generated transliterations (al-/el-/Al /no article,
  Ahmed/Ahmad, Sharaa/Shara, Sergei/Sergey, Hmeimim/Khmeimim), named in full with a title first, then
  shortly; plus a long tail of invented people, towns and organisations drawn from a Zipf-like law, so
  the number of distinct entities keeps growing with N;
- every block of six consecutive articles covers one to three news pegs (a visit, talks, a phone call,
  a shipment, sanctions eased, an Israeli strike, ...), each article from a different outlet, so
  cross-source merging has work; about one peg in four has an outlet a day off (a date conflict);
- dates consistent with `published` (spread over December 2024 to October 2026): "on Tuesday",
  "yesterday", "on 12 March", "on 12 March 2025", "last month", "two days later", "last week";
- quotations with their speakers, reported speech, stances on the pack's issues, background.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from random import Random
from typing import TextIO

import yaml

PACK = "syria-russia"  # the domain pack whose actors and spellings the articles use
FIRST_DAY, LAST_DAY = date(2024, 12, 1), date(2026, 10, 26)  # pegs; published up to five days later
BLOCK = 6  # consecutive articles sharing a few news pegs, each from a different outlet
KEY_EVENTS = 80  # the story's background beats, recalled by later articles
MIN_WORDS, MAX_WORDS = 400, 1200
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("a day", "two days", "three days", "four days", "five days")

# --- outlets ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    name: str
    host: str
    home: str  # the dateline city of stories not tied to a place
    curly: bool  # “curly” or "straight" quotation marks
    sections: tuple[str, ...] = ("world", "politics", "middle-east")


OUTLETS = (
    Outlet("Atlantic Wire", "atlantic-wire.test", "Damascus", False),
    Outlet("Levant Monitor", "levant-monitor.test", "Damascus", True, ("news", "syria")),
    Outlet("Gulf Ledger", "gulf-ledger.test", "Dubai", False, ("economy", "markets", "briefs")),
    Outlet("Bosphorus Daily", "bosphorus-daily.test", "Ankara", True, ("region", "turkiye")),
    Outlet("Rhine Chronicle", "rhine-chronicle.test", "Brussels", False, ("europe", "world")),
    Outlet("Meridian Review", "meridian-review.test", "Beirut", True, ("analysis", "essays")),
    Outlet("Volga Herald", "volga-herald.test", "Moscow", True, ("politics", "world")),
    Outlet("Cedar Post", "cedar-post.test", "Beirut", False),
    Outlet("Orontes Observer", "orontes-observer.test", "Homs", True, ("syria", "local")),
    Outlet("Caspian Times", "caspian-times.test", "Moscow", False, ("russia", "world")),
    Outlet("Harbour Gazette", "harbour-gazette.test", "Latakia", True, ("coast", "news")),
    Outlet("Aegean Courier", "aegean-courier.test", "Istanbul", False, ("world", "diplomacy")),
)

# --- people of the pack ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    key: str  # the pack id, or "x:..." for an invented person
    given: tuple[str, ...]  # spellings, the pack's first
    surname: tuple[str, ...]
    side: str  # russia, syria, turkey, west, israel, old (the fallen regime)
    titles: tuple[str, ...] = ()  # written before the full name: "Russian Foreign Minister"
    role: str = ""  # an apposition: "the deputy foreign minister"
    short_title: str = ""  # before the surname alone: "President"
    arabic: bool = False  # the surname takes an article: al-, al , el-, Al-, or none
    she: bool = False
    aliases: tuple[str, ...] = ()  # full-name aliases from the pack


def _cast(pid: str, given: str, surname: str, side: str, titles: str = "", role: str = "", short: str = "",
          arabic: bool = False, she: bool = False) -> Person:
    return Person(pid, tuple(given.split("|")), tuple(surname.split("|")), side,
                  tuple(t for t in titles.split("|") if t), role, short, arabic, she)


# Pack actors that act in the story, with the spellings the press uses (`|` separates variants).
CAST = {p.key: p for p in (
    _cast("ahmed_al_sharaa", "Ahmed|Ahmad", "Sharaa|Shara", "syria", "Syrian President|President|Interim President",
          "the Syrian president", "President", arabic=True),
    _cast("asaad_al_shaibani", "Asaad|Asad|Asaad Hassan", "Shaibani|Shaybani|Shibani", "syria",
          "Syrian Foreign Minister|Foreign Minister", "the Syrian foreign minister", "Foreign Minister", True),
    _cast("murhaf_abu_qasra", "Murhaf", "Abu Qasra|Abu Qasrah", "syria", "Syrian Defence Minister|Defence Minister",
          "the defence minister", "Defence Minister"),
    _cast("maher_al_sharaa", "Maher", "Sharaa|Shara", "syria", "", "the president's elder brother", arabic=True),
    _cast("hussein_al_salama", "Hussein", "Salama", "syria", "", "the head of Syria's General Intelligence Service",
          arabic=True),
    _cast("vladimir_putin", "Vladimir", "Putin", "russia", "Russian President|President", "the Russian president",
          "President"),
    _cast("sergei_lavrov", "Sergei|Sergey", "Lavrov", "russia", "Russian Foreign Minister|Foreign Minister",
          "the Russian foreign minister", "Foreign Minister"),
    _cast("mikhail_bogdanov", "Mikhail", "Bogdanov", "russia", "Deputy Foreign Minister",
          "the deputy foreign minister"),
    _cast("alexander_lavrentyev", "Alexander|Aleksandr", "Lavrentyev|Lavrentiev", "russia", "presidential envoy",
          "the presidential envoy for Syria"),
    _cast("andrey_belousov", "Andrey|Andrei", "Belousov", "russia", "Russian Defence Minister|Defence Minister",
          "the Russian defence minister", "Defence Minister"),
    _cast("yunus_bek_yevkurov", "Yunus-Bek|Yunus-bek", "Yevkurov", "russia", "Deputy Defence Minister",
          "the deputy defence minister"),
    _cast("dmitry_peskov", "Dmitry|Dmitri", "Peskov", "russia", "Kremlin spokesman", "the Kremlin spokesman"),
    _cast("maria_zakharova", "Maria", "Zakharova", "russia", "", "the foreign ministry spokeswoman", she=True),
    _cast("aleksandr_zorin", "Aleksandr|Alexander", "Zorin", "russia", "Lieutenant General",
          "a Russian general who negotiated local truces during the war"),
    _cast("hakan_fidan", "Hakan", "Fidan", "turkey", "Turkish Foreign Minister|Foreign Minister",
          "the Turkish foreign minister", "Foreign Minister"),
    _cast("recep_tayyip_erdogan", "Recep Tayyip", "Erdogan|Erdoğan", "turkey", "Turkish President|President",
          "the Turkish president", "President"),
    _cast("kaja_kallas", "Kaja", "Kallas", "west", "", "the EU's foreign policy chief", she=True),
    _cast("donald_trump", "Donald", "Trump", "west", "US President|President", "the US president", "President"),
    _cast("benjamin_netanyahu", "Benjamin", "Netanyahu", "israel", "Israeli Prime Minister|Prime Minister",
          "the Israeli prime minister", "Prime Minister"),
    _cast("bashar_al_assad", "Bashar", "Assad|Asad", "old", "", "the ousted president", arabic=True),
    _cast("hafez_al_assad", "Hafez|Hafiz", "Assad|Asad", "old", "", "Bashar's father", arabic=True),
    _cast("maher_al_assad", "Maher", "Assad|Asad", "old", "", "Bashar's younger brother", arabic=True),
)}
# Short names that templates use as {slots}.
NICK = {"sharaa": "ahmed_al_sharaa", "shaibani": "asaad_al_shaibani", "abu_qasra": "murhaf_abu_qasra",
        "maher_sharaa": "maher_al_sharaa", "salama": "hussein_al_salama", "putin": "vladimir_putin",
        "lavrov": "sergei_lavrov", "bogdanov": "mikhail_bogdanov", "lavrentyev": "alexander_lavrentyev",
        "belousov": "andrey_belousov", "yevkurov": "yunus_bek_yevkurov", "peskov": "dmitry_peskov",
        "zakharova": "maria_zakharova", "zorin": "aleksandr_zorin", "fidan": "hakan_fidan",
        "erdogan": "recep_tayyip_erdogan", "kallas": "kaja_kallas", "trump": "donald_trump",
        "netanyahu": "benjamin_netanyahu", "assad": "bashar_al_assad", "hafez": "hafez_al_assad",
        "maher_assad": "maher_al_assad"}
# Relatives of a better-known namesake: always named in full, as papers do.
NAMESAKES = frozenset({"maher_al_sharaa", "hafez_al_assad", "maher_al_assad"})
# Who travels, hosts and phones for each side (invented officials join them: see _official).
ENVOYS = {"russia": ("mikhail_bogdanov", "alexander_lavrentyev", "sergei_lavrov", "yunus_bek_yevkurov",
                     "andrey_belousov", "aleksandr_zorin"),
          "syria": ("asaad_al_shaibani", "murhaf_abu_qasra", "ahmed_al_sharaa", "maher_al_sharaa",
                    "hussein_al_salama"),
          "turkey": ("hakan_fidan",)}
HOSTS = {"russia": ("vladimir_putin", "sergei_lavrov", "andrey_belousov", "mikhail_bogdanov"),
         "syria": ("ahmed_al_sharaa", "asaad_al_shaibani", "murhaf_abu_qasra"),
         "turkey": ("recep_tayyip_erdogan", "hakan_fidan")}
CALLS = (("vladimir_putin", "ahmed_al_sharaa"), ("sergei_lavrov", "asaad_al_shaibani"),
         ("hakan_fidan", "sergei_lavrov"), ("recep_tayyip_erdogan", "vladimir_putin"),
         ("hakan_fidan", "asaad_al_shaibani"), ("donald_trump", "ahmed_al_sharaa"),
         ("kaja_kallas", "asaad_al_shaibani"), ("vladimir_putin", "benjamin_netanyahu"))
CAPITALS = {"russia": "moscow", "syria": "damascus", "turkey": "ankara"}
# Actors that are not people, by side, with their pronoun.
BODIES = {"russia": (("Moscow", "it"), ("the Kremlin", "it"), ("Russia", "it"), ("the Russian foreign ministry", "it")),
          "syria": (("Damascus", "it"), ("the new government", "it"), ("the Syrian government", "it"),
                    ("the transitional government", "it")),
          "west": (("the European Union", "it"), ("Brussels", "it"), ("Washington", "it"),
                   ("Western governments", "they")),
          "turkey": (("Ankara", "it"), ("{turkey}", "it")),
          "israel": (("Israel", "it"),)}
QUOTE_SIDE = {"russia": "russia", "syria": "syria", "old": "syria"}  # everyone else speaks as a third party

# --- the pack's places and issues ------------------------------------------------------------------------

PLACES = {"damascus": ("Damascus",), "moscow": ("Moscow",), "ankara": ("Ankara",), "latakia": ("Latakia",),
          "tartus": ("Tartus", "Tartous"), "quneitra": ("Quneitra",), "deraa": ("Deraa", "Daraa"),
          "kisweh": ("Kisweh",), "homs": ("Homs",), "aleppo": ("Aleppo",), "idlib": ("Idlib",), "hama": ("Hama",),
          "riyadh": ("Riyadh",), "doha": ("Doha",), "sochi": ("Sochi",)}
SOUTH = ("quneitra", "deraa", "kisweh", "damascus")
PORTS = ("latakia", "tartus")


@dataclass(frozen=True)
class Issue:
    topics: tuple[str, ...]  # neutral noun phrases holding one of the pack's keywords for the issue
    positions: tuple[str, ...]  # "stance|side|what" (a condition: "condition|side|what|on what")
    clauses: tuple[str, ...]  # that-clauses for reported speech


ISSUES = {
    "russian_bases": Issue(
        ("the future of the Russian military bases", "the Russian military presence at {hmeimim}",
         "the naval base at {tartus}"),
        ("demand|west|the withdrawal of Russian forces", "reject|russia|the withdrawal of Russian forces",
         "offer|russia|a new lease for the naval base at {tartus} on shorter terms",
         "offer|russia|rent for the use of the air base at {hmeimim}",
         "condition|syria|any new lease for the bases|compensation for war damage",
         "support|russia|a continued Russian military presence", "demand|syria|a timetable for the Russian bases"),
        ("Moscow wanted to keep its naval base at {tartus} and the air base at {hmeimim}",
         "any Russian military presence would have to serve Syrians",
         "the future of the bases would be settled by negotiation, not by pressure")),
    "sanctions_relief": Issue(
        ("the lifting of sanctions", "sanctions relief", "the remaining sanctions on Syria"),
        ("demand|syria|the lifting of sanctions", "demand|russia|the lifting of all sanctions on Syria",
         "condition|west|further sanctions relief|the departure of Russian forces",
         "condition|west|the lifting of sanctions|an inclusive political transition",
         "support|turkey|the lifting of sanctions", "offer|west|a licence easing some sanctions"),
        ("the remaining sanctions should be lifted without conditions",
         "sanctions relief would depend on progress in the political transition")),
    "assad_extradition": Issue(
        ("the extradition of {assad}", "the asylum granted to {assad}"),
        ("demand|syria|the extradition of {assad}", "reject|russia|the extradition of {assad}",
         "support|syria|the return of {assad} to stand trial", "reject|russia|any request to hand over Assad"),
        ("Damascus would keep asking for the extradition of {assad}",
         "the asylum granted to {assad} was not up for discussion")),
    "war_compensation": Issue(
        ("compensation for war damage", "reparations for the bombing of Syrian cities"),
        ("demand|syria|compensation for war damage", "reject|russia|any talk of reparations",
         "offer|russia|help with rebuilding in place of compensation"),
        ("Syria expected compensation for the destruction caused by Russian air strikes",
         "talk of reparations would not help either side")),
    "syrian_assets_debts": Issue(
        ("frozen funds held in Russian banks", "Syria's debts to Russia"),
        ("demand|syria|the release of frozen funds held in Russian banks", "offer|russia|a review of Syria's debts",
         "reject|russia|the release of frozen assets"),
        ("Syrian state funds frozen in Russian banks should be released",
         "Syria's debts to Russia would be reviewed line by line")),
    "economic_aid_shipments": Issue(
        ("wheat shipments", "deliveries of fuel and grain", "humanitarian aid for Syrian families"),
        ("offer|russia|new wheat shipments", "accept|syria|new wheat shipments",
         "accept|syria|deliveries of fuel and grain on commercial terms", "demand|syria|cheaper Russian wheat",
         "support|turkey|humanitarian aid for Syrian families"),
        ("Russia was ready to send more wheat and fuel", "the grain shipments would continue on commercial terms")),
    "reconstruction_economy": Issue(
        ("reconstruction", "the rebuilding of power plants", "economic cooperation"),
        ("offer|russia|help with the rebuilding of power plants", "accept|syria|Russian investment in reconstruction",
         "condition|west|support for reconstruction|progress in the transition",
         "support|turkey|economic cooperation with Damascus"),
        ("Russian firms were ready to help rebuild power plants", "Syria would welcome investment from any partner")),
    "review_of_agreements": Issue(
        ("the agreements signed under Assad", "the existing agreements"),
        ("demand|syria|a review of agreements signed under Assad", "accept|russia|a review of the existing agreements",
         "offer|russia|a joint review of the existing agreements",
         "reject|syria|contracts signed under the old regime"),
        ("the two sides would review the agreements signed under the old regime",
         "every contract from the Assad era would be examined on its merits")),
    "tartus_seaport_contract": Issue(
        ("the Tartus port contract", "the concession for the commercial port of {tartus}"),
        ("reject|syria|the Tartus port contract", "demand|russia|a new deal on the port contract"),
        ("the cancellation of the Stroytransgaz concession was final",
         "the port management would be offered to the best bidder")),
    "diplomatic_relations": Issue(
        ("bilateral relations", "the embassy in Damascus", "a summit in Moscow"),
        ("support|russia|a new chapter in bilateral relations", "accept|syria|an invitation to a summit in Moscow",
         "offer|russia|an invitation to a summit in Moscow"),
        ("relations were entering a new chapter", "the embassy would keep working normally")),
    "israel_south_syria": Issue(
        ("Israeli strikes", "the buffer zone near {quneitra}", "security in southern Syria"),
        ("demand|syria|an end to Israeli strikes", "offer|russia|Russian military police patrols in southern Syria",
         "reject|israel|Russian patrols near the buffer zone",
         "support|turkey|Russian military police patrols in southern Syria"),
        ("Russian military police could resume patrols near {quneitra}",
         "Israeli strikes were a violation of Syrian sovereignty")),
    "defence_cooperation": Issue(
        ("military cooperation", "training for the new army", "spare parts for Russian-made weapons"),
        ("offer|russia|training for the new army", "accept|syria|spare parts for its Russian-made weapons",
         "offer|turkey|military training for the new army"),
        ("Russia could help train the new Syrian army", "spare parts for Russian-made aircraft were a priority")),
    "intergovernmental_commission": Issue(
        ("the intergovernmental commission",),
        ("offer|russia|a joint commission on trade", "accept|syria|a joint commission on trade"),
        ("the intergovernmental commission would meet again before the end of the year",)),
    "transitional_justice": Issue(
        ("accountability for war crimes", "justice for the victims of the war"),
        ("demand|syria|accountability for war crimes", "support|west|justice for the victims of the war"),
        ("there could be no reconciliation without accountability for war crimes",)),
}
CLAUSES = tuple(c for issue in ISSUES.values() for c in issue.clauses)
STANCES = {
    "demand": ("{x} demanded {t}.", "{x} called for {t}.", "{x} pressed for {t}.", "{x} insisted on {t}."),
    "offer": ("{x} offered {t}.", "{x} proposed {t}.", "{x} said {pron} was ready to consider {t}."),
    "reject": ("{x} rejected {t}.", "{x} ruled out {t}.", "{x} refused to discuss {t}."),
    "condition": ("{x} conditioned {t} on {u}.", "{x} tied {t} to {u}.", "{x} made {t} conditional on {u}."),
    "support": ("{x} supported {t}.", "{x} backed {t}.", "{x} reaffirmed {poss} support for {t}."),
    "accept": ("{x} accepted {t}.", "{x} welcomed {t}.", "{x} agreed to {t}."),
}

# --- events ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    kind: str  # a key of TELL
    actors: tuple[Person, ...]
    targets: tuple[Person, ...]
    place: str  # a key of PLACES, or an invented town's name
    day: date
    issue: str  # a key of ISSUES
    detail: str = ""  # what was shipped, signed, asked for, or which sanctions went


# Event sentences per kind, with the triggers of lexicon/triggers.yaml; every template of a kind codes
# the same PLOVER type and mode, so sources that word it differently still report one event.
TELL = {
    "visit": ("{a} arrived in {p} {d} for talks with {b}.", "{a} travelled to {p} {d} for talks with {b}.",
              "{a} visited {p} {d} and met {b}.", "{D}, {a} arrived in {p} for talks with {b}.",
              "{a} flew to {p} {d} for a meeting with {b}."),
    "talks": ("{a} met {b} in {p} {d}.", "{a} held talks with {b} in {p} {d}.", "{D}, {a} met {b} in {p}.",
              "{a} and {b} held talks in {p} {d}."),
    "phone": ("{a} telephoned {b} {d}.", "{a} spoke by phone with {b} {d}.", "{D}, {a} telephoned {b}.",
              "{a} called {b} {d} to discuss {t}."),
    "aid": ("Russia delivered {x} to {p} {d}.", "Moscow sent {x} to {p} {d}.", "{D}, Russia shipped {x} to {p}."),
    "lift": ("The European Union lifted sanctions on {x} {d}.", "The European Union eased sanctions on {x} {d}.",
             "{D}, the European Union lifted sanctions on {x}."),
    "sign": ("{a} and {b} signed {x} in {p} {d}.", "{a} signed {x} with {b} in {p} {d}.",
             "{D}, {a} and {b} signed {x} in {p}."),
    "request": ("{a} formally asked {b} {d} {x}.", "{D}, {a} asked {b} {x}.", "{a} urged {b} {d} {x}."),
    "strike": ("Israeli aircraft struck targets near {p} {d}.", "Israeli jets bombed an arms depot near {p} {d}.",
               "{D}, Israeli aircraft struck positions near {p}."),
}
KIND_WEIGHTS = {"visit": 24, "talks": 18, "phone": 12, "aid": 8, "lift": 6, "sign": 9, "request": 9, "strike": 14}
DETAILS = {
    "aid": (("a cargo of wheat", "economic_aid_shipments"), ("a cargo of diesel fuel", "economic_aid_shipments"),
            ("tonnes of flour and sugar", "economic_aid_shipments"),
            ("spare parts for the power grid", "reconstruction_economy")),
    "lift": (("Syria's energy sector", "sanctions_relief"), ("Syrian banks", "sanctions_relief"),
             ("Syria's transport sector", "sanctions_relief"), ("Syria's central bank", "sanctions_relief")),
    "sign": (("a memorandum on grain deliveries", "economic_aid_shipments"),
             ("an agreement on military training", "defence_cooperation"),
             ("a memorandum on a joint commission", "intergovernmental_commission"),
             ("an agreement on rebuilding power plants", "reconstruction_economy")),
    "request": (("to hand over {assad}", "assad_extradition"), ("to release Syrian funds frozen in Russian banks",
                                                                 "syrian_assets_debts"),
                ("to pay compensation for war damage", "war_compensation"),
                ("to lift the remaining sanctions", "sanctions_relief")),
}
HEADLINES = {
    "visit": ("{a} in {p} for talks with {b}", "{a} visits {p} as old ties are tested", "{a} brings a message to {p}"),
    "talks": ("{a} and {b} meet in {p}", "{a} and {b} hold talks on {t}", "In {p}, {a} and {b} look for common ground"),
    "phone": ("{a} and {b} speak by phone", "{a} calls {b} as ties are rebuilt"),
    "aid": ("Russian cargo reaches {p}", "Moscow sends {x} to {p}"),
    "lift": ("EU eases sanctions on {x}", "Brussels loosens its grip on {x}"),
    "sign": ("{a} and {b} sign {x}", "A deal in {p}: {a} and {b} sign"),
    "request": ("{a} asks {b} {x}", "{a} puts a request to {b}"),
    "strike": ("Israeli strikes hit {p}", "Israeli aircraft strike near {p} again"),
}
# After the peg: colour that refers back to it ({A} and {B} are the surnames).
COLOUR = {
    "visit": ("It was the first trip by {A} to {p} since the fall of the old regime.",
              "The talks lasted around three hours, two people briefed on the meeting said.",
              "The visitors were received in a friendly atmosphere, according to the Syrian side."),
    "talks": ("The meeting lasted more than two hours and ended without a joint statement.",
              "Officials in both capitals described the talks as frank and practical."),
    "phone": ("The conversation was the first between the two men in several months.",
              "Neither side published a full account of the call."),
    "aid": ("Officials at the trade ministry said the cargo came under a commercial deal rather than as aid.",
            "Traders say Russian exporters could send more if payment channels are found."),
    "lift": ("The bloc kept the arms embargo and the listings of former regime figures in place.",
             "Diplomats said further relief would depend on the course of the transition."),
    "sign": ("The text was not published, but officials said it would be reviewed within a year.",),
    "request": ("There was no public answer from the Russian side.",
                "Officials in Damascus said the request had been made before and would be made again."),
    "strike": ("There was no immediate word on casualties.",
               "The Israeli army said it had targeted weapons that could threaten its forces."),
}
SOURCES = ("two people briefed on the meeting said", "officials in both capitals said",
           "a diplomat familiar with the discussion said", "according to a statement from the Syrian side",
           "Syrian state media reported", "the Russian foreign ministry said")

# --- quotations, reported speech, background (adapted from examples/corpus and written for this file) -----

QUOTES = {
    "russia": ("We are ready to look at every document together, calmly and without haste.",
               "Our friendship is older than any government.",
               "There is no change on the bases for now. This question needs further consultation.",
               "We have agreed to go through all of our existing agreements together and to do it regularly.",
               "We have always been guided by the interests of the Syrian people, not by those of any one group.",
               "The sanctions punish ordinary Syrians and should be lifted in full.",
               "Russia does not abandon its friends, and it does not impose itself on them either.",
               "Our presence in Syria has never been directed against anyone.",
               "We are prepared to help rebuild what Soviet engineers once built."),
    "syria": ("We came to build, not to settle old accounts.",
              "Syria will choose its partners according to what they bring to reconstruction.",
              "Any relationship must respect the will of Syrians and repair the damage of the war years.",
              "We want balanced ties with every power, and we will judge each by its actions.",
              "Every agreement signed under the old regime will be examined on its merits.",
              "We welcome investment from every direction once the sanctions are gone.",
              "No foreign base is permanent if it does not serve Syrians.",
              "Justice for the victims is not something we can trade."),
    "third": ("We do not ask our Syrian friends to choose between their partners.",
              "Further relief comes with conditions, and everyone in Damascus knows what they are.",
              "The future of the Russian bases has to be part of any discussion with Damascus.",
              "Stability in Syria is in the interest of the whole region.",
              "We will judge the new authorities by what they do, not by what they promise."),
    "local": ("We want someone standing between us and the raids.",
              "They flattened our neighbourhoods, and now they come asking for contracts. Let them pay first.",
              "We will not forget who sent the planes.",
              "Bread costs twice what it did last winter, and nobody tells us why.",
              "If the electricity comes back, I do not care who built the power station.",
              "We have heard many promises. We are waiting for the trucks."),
}
ANALYSIS = ("Moscow was playing for time and hoped to keep at least one of its bases",
            "Damascus was using the Russian card to raise the price of Western relief",
            "neither side could afford a clean break", "the talks were more about symbolism than substance",
            "Gulf investors would wait for clarity on sanctions before committing money",
            "the new authorities wanted many partners and no patron")
BACKGROUND = (
    "Russia keeps warplanes at the {hmeimim} air base near {latakia} and ships at its naval facility in {tartus}.",
    "Moscow has not withdrawn its forces from either site, although satellite pictures have shown vehicles "
    "and equipment being gathered at {hmeimim}.",
    "Russia entered the Syrian war in 2015 to save a client and was left, nine years later, with two bases "
    "it no longer has a clear right to use.",
    "In 2017 Moscow and Damascus signed a 49-year lease for {tartus}, with an option to extend it.",
    "{hafez} opened Syrian ports to Soviet ships in the early 1970s, and his son inherited the partnership "
    "along with the presidency.",
    "Russian jets began bombing opposition towns in 2015 and kept the regime of {assad} standing for nine "
    "more years.",
    "Moscow sheltered {assad} after he fled Damascus in December 2024, and it has given no sign that it "
    "will hand him over.",
    "{maher_assad}, who commanded the feared Fourth Division, is believed to be in Russia as well.",
    "The European Union imposed sanctions on Damascus in 2011, after the security forces of {assad} fired "
    "on peaceful protesters.",
    "Before the fall of the old regime, Russia was one of Syria's main wheat suppliers, and many cargoes were "
    "paid for with credit lines that Damascus never fully settled.",
    "Russia wrote off most of Syria's Soviet-era debt in 2005.",
    "Russia holds sizeable Soviet-era stakes in Syrian oil fields, power plants and phosphate mines.",
    "{turkey}, which backed the armed opposition for more than a decade, has become the closest partner of the "
    "new government.",
    "Turkish engineers are repairing power lines around {aleppo}, and Ankara has offered to help train and "
    "equip a new Syrian army.",
    "Saudi Arabia and Qatar have discussed paying Syrian public sector salaries, but Western sanctions still "
    "block most transfers.",
    "Syria's new rulers fought Russian-backed forces for years and have since drawn closer to {turkey} and "
    "the Gulf states.",
    "{sharaa}, who once commanded Hayat Tahrir al-Sham under the nom de guerre {jolani}, has promised "
    "Syrians a state for all of them.",
    "Israeli troops have pushed into the demilitarised buffer zone near {quneitra} and built new positions.",
    "Russian military police withdrew from their observation posts along the Golan line after the fall of "
    "{assad}, leaving a gap that Israeli forces moved quickly to fill.",
    "The bases have become a bargaining chip rather than a given.",
    "Western capitals have tied the lifting of their sanctions in part to the departure of Russian forces, "
    "while Moscow says the sanctions should go without conditions.",
    "Families who lost relatives to Russian air strikes want Moscow to pay for the hospitals, schools and "
    "markets its pilots destroyed.",
    "The 2019 contract that gave the Russian firm Stroytransgaz control of the commercial port of {tartus} "
    "was cancelled in January 2025.",
    "The concession for the commercial port later went to the Emirati group DP World.",
    "Diplomatic relations between the two countries go back more than eighty years.",
    "Thousands of Syrians studied at Soviet and Russian universities, and many of the country's engineers "
    "and doctors still speak Russian.",
    "Gulf capital remains on the sidelines, and bankers in Riyadh and Doha say they will not commit until the "
    "remaining sanctions are gone.",
    "The Syrian army still flies Russian aircraft and needs spare parts that only Russian factories make.",
    "Western governments, which spent years trying to isolate Damascus, have watched the rapprochement "
    "with unease.",
    "Iran, the other great backer of the old regime, has lost almost all of its influence in Damascus.",
    "For the families of the dead, the return of Russian officials looks more like a negotiation over who "
    "gets to keep {tartus}.",
)
LOCAL_EVENTS = (
    "{D}, hundreds of people protested in {town} against {grievance}.",
    "{D}, gunmen attacked a checkpoint near {town}, killing two members of the security forces.",
    "{org} delivered food aid to families in {town} {d}.",
    "{D}, {org} signed a contract to rebuild the water network in {town}.",
    "Residents of {town} said {d} that the electricity had been cut for most of the week.",
)
GRIEVANCES = ("the return of Russian troops", "the price of bread", "the power cuts", "Israeli incursions",
              "the slow pace of reconstruction", "the release of former regime officers")
CONNECTIVES = ("Contacts had begun earlier.", "The ground had been prepared for months.", "It was not the first step.",
               "The relationship has moved in small steps.")
JOBS = ("a farmer", "a teacher", "a shopkeeper", "a taxi driver", "a pharmacist", "an engineer", "a nurse",
        "a student", "a retired officer", "a grain trader", "a baker", "a lawyer")
EXPERTS = ("an analyst at", "a researcher at", "a senior fellow at", "an economist at", "a former diplomat now at")

# --- the long tail: invented names from parts (so distinct entities keep growing with N) -------------------

GIVEN = {
    "syria": ("Omar", "Khaled", "Rami", "Samer", "Nour", "Lina", "Hassan", "Yasser", "Maya", "Rania", "Firas",
              "Majd", "Ziad", "Hala", "Tarek", "Bassel", "Ghassan", "Wael", "Hiba", "Mazen", "Amer", "Fadi", "Rasha",
              "Nabil", "Ayham", "Louay", "Dima", "Reem", "Sami", "Karim", "Yara", "Adnan", "Issam", "Lubna"),
    "russia": ("Dmitry", "Igor", "Oleg", "Pavel", "Nikolai", "Yuri", "Viktor", "Anton", "Ilya", "Roman", "Kirill",
               "Maxim", "Artyom", "Elena", "Olga", "Irina", "Natalia", "Tatiana", "Svetlana", "Anna", "Gennady"),
    "turkey": ("Mehmet", "Ahmet", "Emre", "Burak", "Selin", "Zeynep", "Cem", "Murat", "Elif", "Kerem", "Ayse"),
    "west": ("James", "Sarah", "Thomas", "Claire", "Daniel", "Hannah", "Marco", "Julia", "Pierre", "Sophie",
             "Lukas", "Eva", "Martin", "Ingrid"),
}
FEMALE = frozenset({"Nour", "Lina", "Maya", "Rania", "Hala", "Hiba", "Rasha", "Dima", "Reem", "Yara", "Lubna",
                    "Elena", "Olga", "Irina", "Natalia", "Tatiana", "Svetlana", "Anna", "Selin", "Zeynep", "Elif",
                    "Ayse", "Sarah", "Claire", "Hannah", "Julia", "Sophie", "Eva", "Ingrid"})
SURNAME_PARTS = {
    "syria": (("Kh", "H", "M", "N", "S", "Sh", "Z", "T", "R", "Q", "J", "D", "B", "K", "F", "Dh"),
              ("a", "ou", "i", "a", "e"), ("dd", "ss", "tt", "lm", "rr", "bb", "mm", "nn", "sh", "b", "r", "l", "z"),
              ("ad", "ar", "awi", "ani", "oun", "im", "i", "ah", "ab", "iri", "ouri", "al")),
    "russia": (("Vol", "Kuz", "Sor", "Mel", "Gor", "Bel", "Tikh", "Zub", "Lap", "Rod", "Kras", "Step", "Fed", "Mor",
                "Chern", "Sav", "Gav", "Sid", "Nov", "Kal", "Tar", "Lys", "Pol", "Shev"),
               ("", "o", "a", "en", "yak", "il", "ush", "ach", "ot"), ("",), ("ov", "ev", "in", "sky", "enko", "yev")),
    "turkey": (("Yil", "Kar", "Ak", "Demir", "Oz", "Kaya", "Sen", "Ay", "Er", "Tun", "Cel", "Gul"),
               ("", "a", "e", "i"), ("",), ("diz", "ca", "soy", "oglu", "turk", "han", "can", "er", "ik")),
    "west": (("Hart", "Well", "Brook", "Lind", "Ash", "Mor", "Ber", "Stein", "Fal", "Carr", "Hol", "Wint", "Dal"),
             ("", "e", "a"), ("",), ("man", "ley", "ton", "er", "ford", "berg", "wood", "mann", "ell", "ing")),
}
TOWN_PARTS = (("Tell ", "Kafr ", "Deir ", "Ain ", "Jisr ", "Beit ", "Khirbet ", "Maarat ", "", "", "", ""),
              ("Nab", "Sal", "Hamr", "Zeit", "Qar", "Shaq", "Ras", "Bust", "Jab", "Marj", "Hal", "Sfir", "Dar", "Qab",
               "Mash", "Dum", "Zab", "Hur", "Kan", "Tal"),
              ("a", "iyeh", "un", "an", "ah", "ouz", "in", "ra", "ayya", "oun", "eh"))
ORG_PARTS = (("Levant", "Orontes", "Barada", "Euphrates", "Qalamoun", "Hauran", "Black Sea", "Volga", "Caspian",
              "Anatolia", "Cedar", "Jazira", "Ghouta", "Tigris", "Baltic", "Aleppo", "Damascus", "Coastal"),
             ("Policy", "Strategy", "Energy", "Trading", "Relief", "Development", "Security", "Research", "Grain",
              "Logistics", "Reconstruction", "Shipping"),
             ("Institute", "Centre", "Foundation", "Group", "Company", "Network", "Council", "Forum", "Partners"))
OFFICIAL_TITLES = {"syria": ("Economy Minister", "Finance Minister", "Interior Minister", "Deputy Foreign Minister"),
                   "russia": ("Deputy Foreign Minister", "Deputy Prime Minister", "Deputy Defence Minister",
                              "Ambassador")}


def _zipf(rng: Random, scale: float, exponent: float) -> int:
    """An index with a heavy tail: a few names recur often, new ones keep appearing as N grows."""
    return int(scale * (rng.paretovariate(exponent) - 1.0))


def _surname(rng: Random, nation: str) -> str:
    onset, vowel, middle, end = SURNAME_PARTS[nation]
    return rng.choice(onset) + rng.choice(vowel) + rng.choice(middle) + rng.choice(end)


@lru_cache(maxsize=65536)
def _invented(seed: int, index: int) -> Person:
    rng = Random(f"{seed}:person:{index}")
    nation = rng.choices(("syria", "russia", "turkey", "west"), (55, 22, 9, 14))[0]
    given = rng.choice(GIVEN[nation])
    she = given in FEMALE
    surname = _surname(rng, nation)
    if nation == "russia" and she:
        surname = surname[:-3] + "skaya" if surname.endswith("sky") else surname if surname.endswith("o") \
            else surname + "a"
    arabic = nation == "syria" and rng.random() < 0.5
    return Person(f"x:{index}", (given,), (surname,), nation, arabic=arabic, she=she)


@lru_cache(maxsize=65536)
def _official(seed: int, side: str, index: int) -> Person:
    rng = Random(f"{seed}:official:{side}:{index}")
    given = rng.choice(GIVEN[side])
    title = rng.choice(OFFICIAL_TITLES[side])
    country = "Syrian" if side == "syria" else "Russian"
    surname = _surname(rng, side)
    return Person(f"o:{side}:{index}", (given,), (surname,), side, (f"{country} {title}", title),
                  f"the {country} {title.lower()}", title, side == "syria" and rng.random() < 0.5, given in FEMALE)


@lru_cache(maxsize=65536)
def _town(seed: int, index: int) -> str:
    rng = Random(f"{seed}:town:{index}")
    prefix, root, end = TOWN_PARTS
    return rng.choice(prefix) + rng.choice(root) + rng.choice(end)


@lru_cache(maxsize=65536)
def _org(seed: int, index: int) -> str:
    rng = Random(f"{seed}:org:{index}")
    place, field, kind = ORG_PARTS
    first = _surname(rng, rng.choice(("syria", "russia", "turkey"))) if rng.random() < 0.4 else rng.choice(place)
    return f"the {first} {rng.choice(field)} {rng.choice(kind)}"


# --- what the pack contributes ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pack_names() -> dict[str, tuple[str, ...]]:
    """Each pack actor's name and aliases. The YAML is read directly: a pack loaded by dossier.packs would
    only add validation, which the project's tests already do."""
    text = resources.files("dossier.packs").joinpath(f"{PACK}.yaml").read_text(encoding="utf-8")
    actors = yaml.safe_load(text)["actors"]
    return {str(a["id"]): (str(a["name"]), *(str(x) for x in a.get("aliases") or ())) for a in actors}


@lru_cache(maxsize=1)
def _spellings() -> dict[str, tuple[str, ...]]:
    """Spellings of places and states as the pack lists them (canonical first)."""
    names = _pack_names()

    def forms(pid: str, keep: Callable[[str], bool]) -> tuple[str, ...]:
        return tuple(s for s in names[pid] if keep(s))

    return {"hmeimim": forms("hmeimim_air_base", lambda s: " " not in s),
            "tartus": forms("tartus_naval_base", lambda s: " " not in s),
            "turkey": forms("turkey", lambda s: s[:1] == "T" and s[-1:] != "s" and "ish" not in s),
            "jolani": forms("ahmed_al_sharaa", lambda s: s.startswith("Abu ")),
            "latakia": names["latakia"], **{key: PLACES[key] for key in PLACES if key not in ("tartus", "latakia")}}


@lru_cache(maxsize=1)
def _cast_with_aliases() -> dict[str, Person]:
    """The cast, each person with the pack's full-name aliases that spell the same name (not a nickname)."""
    names = _pack_names()
    out = {}
    for key, person in CAST.items():
        stems = {s.lower()[:4] for s in person.surname}
        full = tuple(a for a in names[key][1:] if len(a.split()) >= 2 and a.split()[-1].split("-")[-1].lower()[:4]
                     in stems and not a.lower().startswith(("al", "abu", "president")))
        out[key] = replace(person, aliases=full)
    return out


# --- one article -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """What the block decides for one of its articles: its peg, outlet and day."""

    event: Event
    outlet: Outlet
    published: datetime
    stated: date  # the day this article gives its peg: the event's, or one off


class _Slots(dict[str, str]):
    """Template slots filled on demand, so each name is spelt and introduced the way the article needs."""

    def __init__(self, writer: Writer, fixed: dict[str, str]) -> None:
        super().__init__(fixed)
        self.writer = writer

    def __missing__(self, key: str) -> str:
        return self.writer.slot(key)


class Writer:
    """One article's voice: its outlet's spellings, who it has introduced, how it dates things."""

    def __init__(self, seed: int, rng: Random, outlet: Outlet, today: date) -> None:
        self.seed, self.rng, self.outlet, self.today = seed, rng, outlet, today
        self.forms: dict[str, str] = {}
        self.named: set[str] = set()
        self.used: set[str] = set()
        self.cast = _cast_with_aliases()
        self.spellings = _spellings()

    # names

    def spell(self, key: str, options: Sequence[str]) -> str:
        """One spelling per name per article; an outlet keeps a house spelling half of the time."""
        if key not in self.forms:
            house = zlib.crc32(f"{self.outlet.name}:{key}".encode()) % len(options)
            self.forms[key] = options[house] if self.rng.random() < 0.5 else self.rng.choice(options)
        return self.forms[key]

    def person(self, p: Person) -> str:
        family = p.surname[0]  # one spelling per family: Ahmed and Maher al-Sharaa are spelt alike
        article = self.spell(f"{family}/al", ("al-", "al-", "al-", "al ", "el-", "Al-", "")) if p.arabic else ""
        surname = article + self.spell(f"{family}/sn", p.surname)
        if p.key == "bashar_al_assad" and self.rng.random() < 0.6:
            surname = self.spell(f"{family}/sn", p.surname)  # the press calls him plain Assad
        given = self.spell(f"{p.key}/gn", p.given)
        if p.key in self.named:
            if p.key in NAMESAKES:
                return f"{given} {surname}"
            if p.short_title and self.rng.random() < 0.25:
                return f"{p.short_title} {surname}"
            return surname
        self.named.add(p.key)
        full = f"{given} {surname}"
        if p.aliases and self.rng.random() < 0.15:
            full = self.spell(f"{p.key}/alias", p.aliases)
        return self._introduce(p, full)

    def _introduce(self, p: Person, full: str) -> str:
        r = self.rng.random()
        if p.titles and r < 0.55:
            return f"{self.rng.choice(p.titles)} {full}"
        if p.role and r < 0.8:
            return f"{full}, {p.role},"
        return full

    def fresh(self, options: Sequence[str]) -> str:
        """A choice this article has not used yet while there is one: long stories repeat themselves less."""
        unused = [o for o in options if o not in self.used]
        pick = self.rng.choice(unused or options)
        self.used.add(pick)
        return pick

    def pron(self, p: Person) -> tuple[str, str]:
        return ("she", "her") if p.she else ("he", "his")

    def people(self, group: Sequence[Person]) -> str:
        names = [self.person(p) for p in group]
        if len(names) < 2:
            return "".join(names)
        return ", ".join(names[:-1]).rstrip(",") + " and " + names[-1]

    def surname(self, group: Sequence[Person]) -> str:
        """Surnames as this article spells them, for headlines and back-references."""
        return " and ".join(self.spell(f"{p.surname[0]}/sn", p.surname) for p in group)

    def slot(self, key: str) -> str:
        if key in NICK:
            return self.person(self.cast[NICK[key]])
        if key in self.spellings:
            return self.spell(key, self.spellings[key])
        if key == "town":
            return self.town()
        if key == "org":
            return _org(self.seed, _zipf(self.rng, 20, 1.2))
        if key == "grievance":
            return self.rng.choice(GRIEVANCES)
        if key == "d":
            return self.recent()
        if key == "D":
            return cap(self.recent())
        raise KeyError(key)

    def fill(self, template: str, **fixed: str) -> str:
        """A template with its slots filled; `fixed` values are used as they are (fill them first)."""
        return template.format_map(_Slots(self, fixed))

    def say(self, template: str, **fixed: str) -> str:
        """A sentence: filled, capitalised, stray commas gone."""
        return cap(tidy(self.fill(template, **fixed)))

    def town(self) -> str:
        return _town(self.seed, _zipf(self.rng, 30, 1.3))

    def local(self) -> Person:
        """An invented person this article has not named yet (one person, one role per story)."""
        for _ in range(8):
            p = _invented(self.seed, _zipf(self.rng, 40, 1.2))
            if p.key not in self.named:
                break
        return p

    def topic(self, issue: str) -> str:
        return self.fill(self.rng.choice(ISSUES[issue].topics))

    def place(self, key: str) -> str:
        return self.spell(key, self.spellings[key]) if key in self.spellings else key

    def quote(self, words: str) -> str:
        return f"“{words}”" if self.outlet.curly else f'"{words}"'

    # dates

    def when(self, day: date) -> str:
        """A past day as papers date it: weekday or yesterday within the week, else the calendar date."""
        lag, r = (self.today - day).days, self.rng.random()
        if 0 <= lag <= 6 and r < 0.55:
            if lag == 1 and r < 0.2:
                return "yesterday"
            return "today" if lag == 0 and r < 0.1 else f"on {WEEKDAYS[day.weekday()]}"
        return self.calendar(day)

    def calendar(self, day: date) -> str:
        r = self.rng.random()
        month = MONTHS[day.month - 1]
        if r < 0.1:
            return f"on {WEEKDAYS[day.weekday()]}, {day.day} {month} {day.year}"
        if day.year != self.today.year or r < 0.3:
            return f"on {day.day} {month} {day.year}"
        return f"on {month} {day.day}" if r < 0.45 else f"on {day.day} {month}"

    def earlier(self, day: date) -> str:
        """A day weeks or months back: 'last month', 'in late March', 'on 12 March 2025'."""
        back = (self.today.year * 12 + self.today.month) - (day.year * 12 + day.month)
        r = self.rng.random()
        if back == 1 and r < 0.25:
            return "last month"
        if back == 0 and r < 0.25:
            return "earlier this month"
        if back >= 1 and r < 0.45:
            part = "early " if day.day <= 10 else "late " if day.day >= 21 else ""
            year = f" {day.year}" if day.year != self.today.year else ""
            return f"in {part}{MONTHS[day.month - 1]}{year}"
        return self.calendar(day)

    def recent(self) -> str:
        lag = self.rng.randint(1, 12)
        if lag >= 7 and self.rng.random() < 0.6:
            return "last week"
        return self.when(self.today - timedelta(days=lag))

    # events

    def tell(self, event: Event, when: str) -> str:
        """One event as a sentence, dated by `when` ("on Tuesday"), in front or after the verb."""
        a = self.delegation(event.actors) if event.kind in ("visit", "talks") else self.people(event.actors)
        return self.say(self.rng.choice(TELL[event.kind]), a=a, b=self.people(event.targets),
                        p=self.place(event.place), t=self.topic(event.issue), x=self.fill(event.detail),
                        d=when, D=cap(when))

    def delegation(self, group: Sequence[Person]) -> str:
        if len(group) > 1 and self.rng.random() < 0.3:
            country = "Russian" if group[0].side == "russia" else "Syrian" if group[0].side == "syria" else "Turkish"
            rest = self.people(group[1:])
            return f"a {country} delegation led by {self.person(group[0])} and including {rest}"
        return self.people(group)


_STRAY_COMMA = re.compile(r",\s?(?=[.,:?])")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def tidy(text: str) -> str:
    """Commas left by an apposition before other punctuation: 'X, the envoy,.' -> 'X, the envoy.'"""
    return _STRAY_COMMA.sub("", text)


def _day(rng: Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def _event(seed: int, rng: Random, day: date) -> Event:
    """A news event: who, to whom, where, on which issue."""
    kind = rng.choices(tuple(KIND_WEIGHTS), tuple(KIND_WEIGHTS.values()))[0]
    detail, issue = rng.choice(DETAILS[kind]) if kind in DETAILS else ("", "")
    issue = issue or ("israel_south_syria" if kind == "strike" else rng.choice(tuple(ISSUES)))
    actors: tuple[Person, ...] = ()
    targets: tuple[Person, ...] = ()
    place = ""
    if kind in ("visit", "talks", "sign"):
        guest, host = _sides(rng, kind)
        actors = _group(seed, rng, guest, 2 if kind == "visit" and rng.random() < 0.4 else 1)
        targets = (CAST[rng.choice(HOSTS[host])],)
        place = CAPITALS[host] if kind != "talks" or rng.random() < 0.7 else rng.choice(("sochi", "riyadh", "doha"))
    elif kind == "request":
        actors, targets = (CAST[rng.choice(HOSTS["syria"])],), (CAST[rng.choice(HOSTS["russia"])],)
    elif kind == "phone":
        pair = [CAST[k] for k in rng.choice(CALLS)]
        rng.shuffle(pair)
        actors, targets = (pair[0],), (pair[1],)
    elif kind == "aid":
        place = rng.choice(PORTS)
    elif kind == "strike":
        place = _town(seed, _zipf(rng, 30, 1.3)) if rng.random() < 0.4 else rng.choice(SOUTH)
    return Event(kind, actors, targets, place, day, issue, detail)


def _sides(rng: Random, kind: str) -> tuple[str, str]:
    pairs = (("russia", "syria"), ("syria", "russia"), ("turkey", "syria"), ("syria", "turkey"))
    return rng.choices(pairs, (45, 35, 12, 8) if kind == "visit" else (40, 40, 10, 10))[0]


def _group(seed: int, rng: Random, side: str, size: int) -> tuple[Person, ...]:
    """Who travels: pack officials mostly, an invented official one time in four."""
    keys = rng.sample(ENVOYS[side], min(size, len(ENVOYS[side])))
    people = [CAST[k] for k in keys]
    if side in OFFICIAL_TITLES and rng.random() < 0.25:
        people[-1] = _official(seed, side, _zipf(rng, 10, 1.3))
    return tuple(people)


@lru_cache(maxsize=64)
def _key_events(seed: int) -> tuple[Event, ...]:
    """The story's background beats in date order, each with a follow-up a few days later in one case in three."""
    rng = Random(f"{seed}:story")
    events = []
    for _ in range(KEY_EVENTS):
        event = _event(seed, rng, _day(rng))
        events.append(event)
        if rng.random() < 0.33:
            events.append(_event(seed, rng, event.day + timedelta(days=rng.randint(1, 5))))
    return tuple(sorted(events, key=lambda e: e.day))


@lru_cache(maxsize=1024)
def _block(seed: int, number: int) -> tuple[Slot, ...]:
    """Six articles on one to three pegs, each article from a different outlet, one of them maybe a day off."""
    rng = Random(f"{seed}:block:{number}")
    events = [_event(seed, rng, _day(rng)) for _ in range(rng.choice((1, 2, 2, 3)))]
    outlets = rng.sample(OUTLETS, BLOCK)
    picks = [rng.randrange(len(events)) for _ in range(BLOCK)]
    lags = [rng.choice((0, 1, 1, 1, 2, 3, 5)) for _ in range(BLOCK)]
    stated = [events[p].day for p in picks]
    for e in range(len(events)):
        where = [j for j, p in enumerate(picks) if p == e]
        if len(where) >= 2 and rng.random() < 0.25:
            j = rng.choice(where)
            lags[j] = max(lags[j], 2)
            stated[j] = events[e].day + timedelta(days=rng.choice((-1, 1)))
    return tuple(
        Slot(events[p], outlets[j], datetime.combine(events[p].day + timedelta(days=lags[j]), datetime.min.time())
             + timedelta(minutes=rng.randrange(6 * 60, 23 * 60)), stated[j])
        for j, p in enumerate(picks))


# --- paragraphs ------------------------------------------------------------------------------------------

Paragraph = Callable[[Writer, Slot], list[str]]


def _lead(w: Writer, slot: Slot) -> list[str]:
    e = slot.event
    phrase = w.calendar(slot.stated) if slot.stated != e.day else w.when(slot.stated)
    first = w.tell(e, phrase)
    if w.rng.random() < 0.5:  # a dateline
        city = w.place(e.place) if e.place in PLACES else slot.outlet.home
        first = f"{city.upper()} ({slot.outlet.name}) - {first}"
    return [first, w.say(w.fresh(COLOUR[e.kind]), A=w.surname(e.actors) or "Moscow", p=w.place(e.place))]


def _follow(w: Writer, slot: Slot) -> list[str]:
    e = slot.event
    source = w.rng.choice(SOURCES)
    if e.kind in ("aid", "lift", "strike"):
        first = w.say("The move bears on {t}, {s}.", t=w.topic(e.issue), s=source)
    else:
        other = w.topic(w.rng.choice(tuple(ISSUES)))
        first = w.say("The talks covered {t} and {u}, {s}.", t=w.topic(e.issue), u=other, s=source)
    return [first, w.say(w.fresh(COLOUR[e.kind]), A=w.surname(e.actors) or "Moscow", p=w.place(e.place))]


def _speaker(w: Writer, slot: Slot) -> Person:
    people = [p for p in (*slot.event.actors, *slot.event.targets) if not p.key.startswith("x:")]
    if people and w.rng.random() < 0.6:
        return w.rng.choice(people)
    return w.cast[w.rng.choice(("sergei_lavrov", "dmitry_peskov", "maria_zakharova", "asaad_al_shaibani",
                                "ahmed_al_sharaa", "hakan_fidan", "kaja_kallas", "vladimir_putin"))]


def _quotation(w: Writer, slot: Slot) -> list[str]:
    p = _speaker(w, slot)
    words = w.fresh(QUOTES[QUOTE_SIDE.get(p.side, "third")])
    lead = words[:-1] + "," if words.endswith(".") else words
    form = w.rng.randrange(5)
    if form == 0:
        first = f"{w.quote(lead)} {w.person(p)} said."
    elif form == 1:
        first = f"{w.quote(lead)} said {w.person(p)}."
    elif form == 2:
        first = f"{w.person(p)} told reporters: {w.quote(words)}"
    elif form == 3:
        first = f"As {w.person(p)} put it, {w.quote(words)}"
    else:
        first = f"{w.quote(lead)} according to {w.person(p)}."
    he, _ = w.pron(p)
    return [tidy(cap(first)), w.say("{he} added that {c}.", he=he, c=w.fill(w.fresh(CLAUSES)))]


def _reported(w: Writer, slot: Slot) -> list[str]:
    p = _speaker(w, slot)
    clauses = ISSUES[slot.event.issue].clauses if w.rng.random() < 0.5 else CLAUSES
    verb = w.rng.choice(("indicated", "said", "told reporters", "stressed", "added"))
    out = [w.say("{x} {v} that {c}.", x=w.person(p), v=verb, c=w.fill(w.fresh(clauses)))]
    if w.rng.random() < 0.5:
        out.append(w.say("{c}, according to {x}.", c=w.fill(w.fresh(CLAUSES)), x=w.person(p)))
    return out


def _stance(w: Writer, slot: Slot) -> list[str]:
    key = slot.event.issue if w.rng.random() < 0.4 else w.rng.choice(tuple(ISSUES))
    positions = ISSUES[key].positions
    out = []
    for position in dict.fromkeys(w.fresh(positions) for _ in range(2)):  # ordered: sets are not
        stance, side, what, *on = position.split("|")
        x, pron, poss = _actor(w, side)
        out.append(w.say(w.rng.choice(STANCES[stance]), x=x, pron=pron, poss=poss, t=w.fill(what),
                         u=w.fill(on[0]) if on else ""))
    return out


def _actor(w: Writer, side: str) -> tuple[str, str, str]:
    """Someone of a side who takes a stance: a person of the cast or a body (Moscow, the EU)."""
    people = _people_of(side)
    if people and w.rng.random() < 0.5:
        p = w.rng.choice(people)
        return (w.person(p), *w.pron(p))
    name, pron = w.rng.choice(BODIES[side])
    return w.fill(name), pron, "their" if pron == "they" else "its"


@lru_cache(maxsize=16)
def _people_of(side: str) -> tuple[Person, ...]:
    return tuple(p for p in _cast_with_aliases().values() if p.side == side)


def _background(w: Writer, slot: Slot) -> list[str]:
    return [w.say(w.fresh(BACKGROUND)) for _ in range(w.rng.randint(2, 3))]


def _history(w: Writer, slot: Slot) -> list[str]:
    """Earlier beats of the story, dated from this article's day; a follow-up told as 'two days later'."""
    events = _key_events(w.seed)
    past = events[:bisect_left([e.day for e in events], w.today - timedelta(days=7))]
    if not past:
        return _background(w, slot)
    recent = [f"beat {i}" for i in range(max(0, len(past) - 12), len(past))]  # recent beats, each told once
    i = int(w.fresh(recent).split()[1])
    w.used.add(f"beat {i + 1}")
    out = [w.rng.choice(CONNECTIVES)] if w.rng.random() < 0.5 else []
    out.append(w.tell(past[i], w.earlier(past[i].day)))
    gap = (past[i + 1].day - past[i].day).days if i + 1 < len(past) else 0
    if 1 <= gap <= len(NUMBER_WORDS):
        later = "the next day" if gap == 1 and w.rng.random() < 0.5 else f"{NUMBER_WORDS[gap - 1]} later"
        out.append(w.tell(past[i + 1], later))
    return out


def _voice(w: Writer, slot: Slot) -> list[str]:
    p = w.local()
    town = _town(w.seed, zlib.crc32(p.key.encode()) % 5000)  # each invented person has a home town
    job = w.rng.choice(JOBS)
    words = w.fresh(QUOTES["local"])
    first = f"{w.quote(words[:-1] + ',')} said {w.person(p)}, {job} from {town}."
    if w.rng.random() < 0.5:
        return [tidy(first)]
    he, _ = w.pron(p)
    return [tidy(first), w.say("{he} said that {c}.", he=he, c=w.fresh(ANALYSIS))]


def _expert(w: Writer, slot: Slot) -> list[str]:
    p = w.local()
    org = _org(w.seed, _zipf(w.rng, 20, 1.2))
    who = f"{w.person(p)}, {w.rng.choice(EXPERTS)} {org},"
    return [w.say("{who} said {c}.", who=who, c=w.fresh(ANALYSIS)),
            w.say("{c}, {x} added.", c=w.fresh(ANALYSIS), x=w.person(p))]


def _local(w: Writer, slot: Slot) -> list[str]:
    return [w.say(w.fresh(LOCAL_EVENTS)) for _ in range(2)]


BODY: tuple[tuple[Paragraph, int], ...] = (
    (_quotation, 18), (_reported, 12), (_stance, 18), (_background, 14), (_history, 14), (_voice, 7),
    (_expert, 7), (_local, 8), (_follow, 4))


def _length(rng: Random) -> int:
    """A word target between 405 and 1,140 (mean about 605): most stories short, a few long. The last
    sentence may overshoot it by up to ~50 words, still under MAX_WORDS."""
    while True:
        extra = rng.gammavariate(2.0, 100.0)
        if extra <= 735:
            return MIN_WORDS + 5 + int(extra)


def _headline(w: Writer, event: Event) -> str:
    template = w.rng.choice(HEADLINES[event.kind])
    return cap(template.format(a=w.surname(event.actors), b=w.surname(event.targets), p=w.place(event.place),
                               t=w.topic(event.issue).removeprefix("the "), x=w.fill(event.detail)))


def _url(outlet: Outlet, rng: Random, published: datetime, title: str) -> str:
    slug = "-".join("".join(c for c in word if c.isalnum()) for word in title.lower().split()[:8])
    return (f"https://{outlet.host}/{rng.choice(outlet.sections)}/{published:%Y/%m/%d}/"
            f"{slug}-{rng.getrandbits(24):06x}")


def article(seed: int, i: int, words: int | None = None) -> dict[str, str]:
    """Article i of the corpus for `seed`: the same whatever N is."""
    rng = Random(f"{seed}:{i}")
    slot = _block(seed, i // BLOCK)[i % BLOCK]
    target = words if words is not None else _length(rng)
    w = Writer(seed, rng, slot.outlet, slot.published.date())
    paragraphs = [_lead(w, slot)]
    count = sum(len(s.split()) for s in paragraphs[0])
    builders, weights = zip(*BODY, strict=True)
    while count < target:
        paragraph = rng.choices(builders, weights)[0](w, slot)
        paragraphs.append(paragraph)
        count += sum(len(s.split()) for s in paragraph)
    _trim(paragraphs, count, target)
    title = _headline(w, slot.event)
    return {"title": title, "outlet": slot.outlet.name, "url": _url(slot.outlet, rng, slot.published, title),
            "published": slot.published.strftime("%Y-%m-%dT%H:%M:00Z"),
            "text": "\n\n".join(" ".join(p) for p in paragraphs if p)}


def _trim(paragraphs: list[list[str]], count: int, target: int) -> None:
    """Drop closing sentences while the article stays at or above its target: overshoot is under one sentence."""
    last = paragraphs[-1]
    while len(last) > 1 and count - len(last[-1].split()) >= target:
        count -= len(last.pop().split())


def synthetic_articles(n: int, seed: int = 0, words: int | None = None) -> Iterator[dict[str, str]]:
    """N JSON Lines records ({title, outlet, url, published, text}); article i depends only on (seed, i)."""
    for i in range(n):
        yield article(seed, i, words)


# --- command line ----------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, metavar="N", help="number of articles to write")
    parser.add_argument("--seed", type=int, default=0, help="another seed gives another corpus (default 0)")
    parser.add_argument("--words", type=int, default=None, metavar="W",
                        help="about W words per article (within 10%%) instead of 400-1,200")
    parser.add_argument("--out", type=Path, default=None, metavar="FILE.jsonl",
                        help="write here instead of standard output; prints a summary on standard error")
    args = parser.parse_args(argv)
    if args.n < 0 or (args.words is not None and args.words < 50):
        parser.error("N must be >= 0 and --words >= 50")
    started = time.perf_counter()
    if args.out is None:
        try:
            _write(sys.stdout, args)
        except BrokenPipeError:  # `| head`: the reader has seen enough
            sys.stderr.close()
        return
    with args.out.open("w", encoding="utf-8") as out:
        total = _write(out, args)
    seconds = time.perf_counter() - started
    print(f"wrote {args.n} articles ({total} words) to {args.out} in {seconds:.1f} s", file=sys.stderr)


def _write(out: TextIO, args: argparse.Namespace) -> int:
    total = 0
    for record in synthetic_articles(args.n, args.seed, args.words):
        total += len(record["text"].split())
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return total


if __name__ == "__main__":
    main()
