"""Dossier from Python, as a notebook would use it (run it whole, or cell by cell: each `# %%` is a cell).

    dossier ingest examples/corpus               # once: builds ./dossier.db from the example corpus
    python examples/notebook.py [dossier.db]     # or a postgresql:// URL

DataFrames need pandas (`pip install 'dossier[pandas]'`); everything else works without it.
"""

# %% Open the store (read-only) and see what is in it
import sys

import dossier

d = dossier.open(sys.argv[1] if len(sys.argv) > 1 else "dossier.db")
stats = d.stats()
print(f"{stats.articles} articles from {stats.outlets} outlets, {stats.events} events, "
      f"{stats.events_with_conflicts} disputed")

# %% Lavrov's events since July 2025 (any alias finds him), as a DataFrame
events = d.timeline(actor="Lavrov", since="2025-07")
frame = events.to_pandas()
print(frame[["date", "type", "summary", "articles"]].to_string(index=False))

# %% One event with every source side by side
event = d.event(events[0].id)
print(event.summary, "|", ", ".join(r.name for r in event.actors))
for item in event.evidence:
    print(f"  {item.outlet}: {item.date_as_stated or 'no date'} -> {item.date} ({item.how_dated})")

# %% Where the sources disagree
for conflict in d.conflicts()[:5]:
    print(f"{conflict.event_date or 'undated'} {conflict.event_summary}: {conflict.explanation}")

# %% Actors, with every spelling seen
people = d.entities(type="PERSON", limit=5).to_pandas()
print(people[["name", "mentions", "articles"]].to_string(index=False))
sharaa = d.entity("al Sharaa")
print(sharaa.name, "also written", ", ".join(a for a in sharaa.aliases if a != sharaa.name))

# %% Who said what, and the issue board
for quote in d.quotes(speaker="Lavrov", limit=3):
    print(f"{quote.speaker.name if quote.speaker else '?'} ({quote.outlet}): {quote.text}")
for issue in d.issues(limit=3):
    print(issue.label, "|", "; ".join(f"{s.name} {s.label}" for s in issue.stances))
bases = d.issue("russian_bases")
print(bases.label, len(bases.positions), "positions,", len(bases.events), "events")

# %% Full-text search, articles and outlets
for hit in d.search('"air base" OR Hmeymim', limit=3):
    print(hit.title, "|", hit.snippet)
print(d.articles().to_pandas().groupby("outlet").size().to_string())
print([o.outlet for o in d.outlets()])

# %% A bad filter is one clear error
try:
    d.timeline(since="next spring")
except dossier.BadFilter as problem:
    print("BadFilter:", problem)

d.close()
