"""Following a story: `dossier watch` polls feeds, folders and lists of addresses, reads only what is new,
analyses it, and reports each poll.

- `sources.py`: the kinds of source and what one poll of each reads (the store remembers what was read);
- `loop.py`: the schedule (each source's own, with backoff after failures) and the `PollReport` of a poll;
- `analysis.py`: the one call into the analysis, with the model kept between polls;
- `schedule.py`: durations and backoff (pure functions);
- `notify.py`: the command run with each poll's changes (`--notify`).
"""

from dossier.watch.analysis import Analyser, AnalysisResult
from dossier.watch.loop import Ending, PollReport, Watcher
from dossier.watch.notify import Notifier
from dossier.watch.schedule import parse_duration, retry_delay, shown_duration
from dossier.watch.sources import Limits, Source, SourceResult, make_source, poll_source

__all__ = ["Analyser", "AnalysisResult", "Ending", "Limits", "Notifier", "PollReport", "Source", "SourceResult",
           "Watcher", "make_source", "parse_duration", "poll_source", "retry_delay", "shown_duration"]
