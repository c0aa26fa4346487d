"""Cross-source events (see resolver.py), one job per module:

- records.py: evidence, events, what events know of an entity, conflicts;
- settings.py: every threshold, in one `Settings`;
- rules.py: the merge rules, pure functions; merging.py applies them across articles (a mention and an event,
  two events), in_article.py within one article (its events told again; coreference.py: in another mode);
- blocking.py and candidates.py: which events a mention is compared with;
- tally.py: what an event's evidence adds up to, kept as running counts;
- dating.py: dates placed, inherited, referenced, and flowing across sources; consensus.py: an event's date;
- conflicts.py and firsts.py: where sources disagree, rival "first" claims;
- state.py: what is kept between articles; resolver.py: `EventResolver`, the steps for each article.
"""

from dossier.resolve.events.records import Conflict, EntityFacts, Event, Evidence, events_from_records
from dossier.resolve.events.resolver import EventResolver
from dossier.resolve.events.settings import Settings

__all__ = ["Conflict", "EntityFacts", "Event", "EventResolver", "Evidence", "Settings", "events_from_records"]
