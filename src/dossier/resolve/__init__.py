"""The resolve stage: the one global step (actors across articles; later, events across sources)."""
