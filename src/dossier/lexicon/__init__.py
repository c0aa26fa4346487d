"""Domain-neutral knowledge kept as data: countries (from countryinfo plus our additions), titles, places'
other names (exonyms, renamings), news organisations and the words that credit a report, roles.

Every story uses these, with or without a domain pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


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
    for names in place_names().values():  # Burma is Myanmar, Türkiye is Turkey
        known = next((by_name[f] for f in names if f in by_name), None)
        if known is not None:
            every = tuple(dict.fromkeys((*known.surface_forms, *names)))
            by_name[known.name] = Country(known.name, known.capital, every, known.demonym)
    # A form shared by several countries ("French": France and its territories) means the most populous.
    for country in sorted(by_name.values(), key=lambda c: population.get(c.name, 0)):
        for form in country.surface_forms:
            countries[form if _acronym(form) else form.lower()] = country
    for names in place_names().values():  # Kyiv is Kiev, Astana is Nur-Sultan
        capital_of = next((capitals[f.lower()] for f in names if f.lower() in capitals), None)
        if capital_of is not None:
            for other in names:
                capitals.setdefault(other.lower(), capital_of)
    seats = {seat.lower(): by_name[name] for seat, name in extra["seats_of_government"].items()}
    regions = {form.lower(): name for name, forms in extra["regions"].items() for form in (name, *forms)}
    blocs = {form.lower(): name for name, forms in extra["blocs"].items() for form in (name, *forms)}
    organisations = {(form if _acronym(form) else form.lower()): name
                     for name, forms in extra["organisations"].items() for form in (name, *forms)}
    for form, name in news().organisations.items():
        organisations.setdefault(form, name)  # agencies and outlets are organisations ("AP": the Associated Press)
    nouns = tuple(sorted((tuple(n.split()) for n in extra["facility_nouns"]), key=len, reverse=True))
    return Gazetteer(countries, capitals, seats, regions, blocs, organisations, nouns)


def _acronym(form: str) -> bool:
    """Short capitalised forms (US, UK, UAE) only match with their own case, never 'us'."""
    letters = form.replace(".", "")
    return letters.isupper() and len(letters) <= 4


def _is_name(spelling: str) -> bool:
    """Drop ISO codes (TR, SYR) and non-Latin native forms from countryinfo's alternative spellings."""
    return len(spelling) > 3 and spelling.isascii() and ", " not in spelling


@lru_cache(maxsize=1)
def compass() -> dict[str, str]:
    """Compass words ('northeastern') -> the form a region of a country is named with ('northeast')."""
    data: dict[str, str] = load_yaml("places.yaml")["compass"]
    return data


@lru_cache(maxsize=1)
def place_names() -> dict[str, tuple[str, ...]]:
    """Each place known by several names (exonyms, renamings): shown name -> all its names, shown name first."""
    return {name: (name, *(others or [])) for name, others in load_yaml("exonyms.yaml")["places"].items()}


@dataclass(frozen=True, slots=True)
class News:
    """News organisations and the words that credit a report (lexicon `news.yaml`)."""

    organisations: dict[str, str]  # surface form (lower-cased unless an acronym) -> name
    name_endings: tuple[tuple[str, ...], ...]  # lower-cased word sequences ending an outlet's name ("news agency")
    name_starts: frozenset[str]  # lower-cased first words of an outlet's name ("daily")
    outlet_nouns: frozenset[str]  # "agency", "state media": an outlet described, not named
    unnamed_singular: frozenset[str]  # "source", "official": an unnamed person
    unnamed_plural: frozenset[str]
    partitive: frozenset[str]  # "member", "one": their of-phrase belongs to the description
    unnamed_titles: frozenset[str]  # "minister": may be a named person's title ("the minister said")
    reporting_verbs: frozenset[str]
    reporting_nouns: frozenset[str]
    credit_words: frozenset[str]

    def organisation(self, surface: str) -> str | None:
        return self.organisations.get(surface) or self.organisations.get(surface.lower())


@lru_cache(maxsize=1)
def news() -> News:
    data = load_yaml("news.yaml")
    organisations = {(form if _acronym(form) else form.lower()): name
                     for name, forms in data["organisations"].items() for form in (name, *(forms or []))}
    sources = data["unnamed_sources"]
    return News(
        organisations,
        tuple(sorted((tuple(e.lower().split()) for e in data["name_endings"]), key=len, reverse=True)),
        frozenset(w.lower() for w in data["name_starts"]),
        frozenset(w.lower() for w in data["outlet_nouns"]),
        frozenset(sources["singular"]),
        frozenset(sources["plural"]),
        frozenset(sources["partitive"]),
        frozenset(sources["titles"]),
        frozenset(data["reporting_verbs"]),
        frozenset(data["reporting_nouns"]),
        frozenset(data["credit_words"]),
    )


@dataclass(frozen=True, slots=True)
class Roles:
    """Roles held for a country and the words for each (lexicon `roles.yaml`)."""

    words: dict[str, str]  # lower-cased role phrase ("interim president", "top diplomat") -> role id
    modifiers: frozenset[str]
    not_current: frozenset[str]
    state_bodies: tuple[tuple[str, ...], ...]  # ("foreign", "office"), ("ministry",): longest first

    def role(self, phrase: str) -> str | None:
        return self.words.get(phrase.lower())


@lru_cache(maxsize=1)
def roles() -> Roles:
    data = load_yaml("roles.yaml")
    words = {phrase.lower(): role for role, phrases in data["roles"].items() for phrase in phrases}
    bodies = tuple(sorted((tuple(b.lower().split()) for b in data["state_bodies"]), key=len, reverse=True))
    return Roles(words, frozenset(data["modifiers"]), frozenset(data["not_current"]), bodies)


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str  # PLOVER type
    mode: str | None


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
            verbs.setdefault(lemma, Trigger(event_type, mode))
        for lemma, mode in (groups.get("nouns") or {}).items():
            nouns.setdefault(lemma, Trigger(event_type, mode))
        for phrase, mode in (groups.get("phrases") or {}).items():
            verb, obj = phrase.split(" ", 1)
            phrases.setdefault((verb, obj), Trigger(event_type, mode))
    for event_type, words in (extra or {}).items():
        for word in words:
            parts = " ".join(w for w in word.lower().split() if w not in ("the", "a", "an")).split(" ", 1)
            if len(parts) == 2:
                phrases[(parts[0], parts[1])] = Trigger(event_type, None)
            else:
                verbs[parts[0]] = Trigger(event_type, None)
    return TriggerLexicon(verbs, nouns, phrases)


@lru_cache(maxsize=1)
def _triggers() -> dict[str, dict[str, dict[str, str | None]]]:
    data: dict[str, dict[str, dict[str, str | None]]] = load_yaml("triggers.yaml")
    return data


@lru_cache(maxsize=1)
def stance_words() -> dict[tuple[str, str], str]:
    """(part of speech, lemma or "verb particle") -> stance: ("VERB", "call for") -> "demand"."""
    found: dict[tuple[str, str], str] = {}
    for stance, groups in load_yaml("stances.yaml").items():
        for pos, key in (("VERB", "verbs"), ("NOUN", "nouns"), ("ADJ", "adjectives")):
            for word in groups.get(key) or []:
                found.setdefault((pos, word), stance)
    return found
