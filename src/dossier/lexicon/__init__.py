"""Domain-neutral knowledge kept as data: countries (from countryinfo plus our additions), titles.

Every story uses these, with or without a domain pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from dossier.errors import DossierError
from dossier.plover import NOT_AN_EVENT, EventType, Mode


def load_yaml(name: str) -> Any:
    return yaml.safe_load(resources.files("dossier.lexicon").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(t.lower() for t in load_yaml("titles.yaml")["titles"])


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    capital: str | None
    surface_forms: tuple[str, ...]  # name, other names and demonyms, as written
    demonym: str | None = None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Country knowledge, keyed by lower-cased surface form (exact-case for short acronyms)."""

    countries: dict[str, Country]  # surface form -> country
    capitals: dict[str, Country]  # capital city -> country
    seats: dict[str, Country]  # seat of government ("Kremlin") -> country
    regions: dict[str, str]  # lower-cased region or adjective ("european") -> region name ("Europe")
    blocs: dict[str, str]  # lower-cased surface form ("western powers") -> bloc name ("The West")
    organisations: dict[str, str]  # surface form ("E.U.", lower-cased unless an acronym) -> name
    facility_nouns: tuple[tuple[str, ...], ...]  # ("naval", "port"), ("airport",): longest first

    def country(self, surface: str) -> Country | None:
        return self.countries.get(surface) or self.countries.get(surface.lower())

    def organisation(self, surface: str) -> str | None:
        return self.organisations.get(surface) or self.organisations.get(surface.lower())

    def demonym(self, country_name: str) -> str:
        country = self.country(country_name)
        return (country.demonym if country and country.demonym else None) or country_name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import countryinfo  # imported here: only the analyse stage needs it

    extra = load_yaml("places.yaml")
    countries: dict[str, Country] = {}
    capitals: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    population: dict[str, int] = {}
    for info in (c.info() for c in countryinfo.all_countries()):
        name = info["name"]
        population[name] = int(info.get("population") or 0)
        forms = [name, *[s for s in info.get("altSpellings", []) if _is_name(s)]]
        if info.get("demonym"):
            forms.append(info["demonym"])
        forms += extra["country_aliases"].get(name, [])
        capital = info.get("capital") or None
        if isinstance(capital, list):  # a few countries list several capitals
            capital = capital[0] if capital else None
        country = Country(name, capital, tuple(dict.fromkeys(forms)), info.get("demonym") or None)
        by_name[name] = country
        if capital:
            capitals[capital.lower()] = country
    for name, forms in extra["former_states"].items():
        by_name[name] = Country(name, None, (name, *forms), forms[0] if forms else None)
    # A form shared by several countries ("French": France and its territories) means the most populous.
    for country in sorted(by_name.values(), key=lambda c: population.get(c.name, 0)):
        for form in country.surface_forms:
            countries[form if _acronym(form) else form.lower()] = country
    seats = {seat.lower(): by_name[name] for seat, name in extra["seats_of_government"].items()}
    regions = {form.lower(): name for name, forms in extra["regions"].items() for form in (name, *forms)}
    blocs = {form.lower(): name for name, forms in extra["blocs"].items() for form in (name, *forms)}
    organisations = {(form if _acronym(form) else form.lower()): name
                     for name, forms in extra["organisations"].items() for form in (name, *forms)}
    nouns = tuple(sorted((tuple(n.split()) for n in extra["facility_nouns"]), key=len, reverse=True))
    return Gazetteer(countries, capitals, seats, regions, blocs, organisations, nouns)


def _acronym(form: str) -> bool:
    """Short capitalised forms (US, UK, UAE) only match with their own case, never 'us'."""
    letters = form.replace(".", "")
    return letters.isupper() and len(letters) <= 4


def _is_name(spelling: str) -> bool:
    """Drop ISO codes (TR, SYR) and non-Latin native forms from countryinfo's alternative spellings."""
    return len(spelling) > 3 and spelling.isascii() and ", " not in spelling


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str  # an EventType, or NOT_AN_EVENT for a phrase that is no event ("strike a tone")
    mode: Mode | None


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    verbs: dict[str, Trigger]  # lemma -> trigger
    nouns: dict[str, Trigger]  # lemma, or "compound lemma" ("phone call") -> trigger
    phrases: dict[tuple[str, str], Trigger]  # (verb lemma, object lemma or particle) -> trigger


def trigger_lexicon(extra: dict[str, list[str]] | None = None) -> TriggerLexicon:
    """The domain-neutral triggers, plus a pack's (`{type: [lemma or "verb object", ...]}`)."""
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    phrases: dict[tuple[str, str], Trigger] = {}
    for event_type, groups in _triggers().items():  # "NONE" holds phrases that are no event
        for lemma, mode in (groups.get("verbs") or {}).items():
            verbs.setdefault(lemma, Trigger(event_type, Mode(mode) if mode else None))
        for lemma, mode in (groups.get("nouns") or {}).items():
            nouns.setdefault(lemma, Trigger(event_type, Mode(mode) if mode else None))
        for phrase, mode in (groups.get("phrases") or {}).items():
            verb, obj = phrase.split(" ", 1)
            phrases.setdefault((verb, obj), Trigger(event_type, Mode(mode) if mode else None))
    for event_type, words in (extra or {}).items():
        if event_type not in TRIGGER_TYPES:
            raise DossierError(f"pack triggers: {event_type!r} is not a PLOVER type ({', '.join(EventType)})")
        for word in words:
            parts = " ".join(w for w in word.lower().split() if w not in ("the", "a", "an")).split(" ", 1)
            if len(parts) == 2:
                phrases[(parts[0], parts[1])] = Trigger(event_type, None)
            else:
                verbs[parts[0]] = Trigger(event_type, None)
    return TriggerLexicon(verbs, nouns, phrases)


TRIGGER_TYPES = {*EventType, NOT_AN_EVENT}


@lru_cache(maxsize=1)
def _triggers() -> dict[str, dict[str, dict[str, str | None]]]:
    data: dict[str, dict[str, dict[str, str | None]]] = load_yaml("triggers.yaml")
    check_triggers(data)
    return data


def check_triggers(data: dict[str, dict[str, dict[str, str | None]]]) -> None:
    """Every type of the trigger lexicon is a PLOVER type (or NOT_AN_EVENT), every mode a `Mode`."""
    modes = set(Mode)
    for event_type, groups in data.items():
        if event_type not in TRIGGER_TYPES:
            raise ValueError(f"triggers.yaml: {event_type!r} is not a PLOVER type ({', '.join(EventType)})")
        for group, words in (groups or {}).items():
            for word, mode in (words or {}).items():
                if mode is not None and mode not in modes:
                    raise ValueError(f"triggers.yaml: {event_type}.{group}.{word}: unknown mode {mode!r}"
                                     f" ({', '.join(Mode)})")


@lru_cache(maxsize=1)
def stance_words() -> dict[tuple[str, str], str]:
    """(part of speech, lemma or "verb particle") -> stance: ("VERB", "call for") -> "demand"."""
    found: dict[tuple[str, str], str] = {}
    for stance, groups in load_yaml("stances.yaml").items():
        for pos, key in (("VERB", "verbs"), ("NOUN", "nouns"), ("ADJ", "adjectives")):
            for word in groups.get(key) or []:
                found.setdefault((pos, word), stance)
    return found
