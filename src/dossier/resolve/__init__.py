"""The resolve stage: the one global step. Actors across spellings and articles (actors.py), dates on the
calendar (dates.py), events merged across sources with their conflicts (events/); resolver.py puts them
together as one closed stage: `Resolver.add(extraction)` per article, and the records the store writes
(`evidence_delta`, `event_delta`), with what each article changed (changes.py)."""
