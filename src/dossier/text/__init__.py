"""How actors are written, below the stages that need it (extract finds them, resolve matches them):
names folded to comparable keys and compared (names.py), and descriptions that name an actor without a
proper name, "the Syrian government", "the Assad regime" (descriptors.py)."""
