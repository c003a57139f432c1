"""The towns a text may name, by state (`towns.yaml`): general geography, not facts of
the chronicle, read once."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import yaml

TOWNS_FILE = Path(__file__).with_name("towns.yaml")


@lru_cache(maxsize=4096)
def plain(name: str) -> str:
    """A place name without accents or case: "Vlorë" is "vlore"."""
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", name.strip().lower())
        if not unicodedata.combining(c)
    )


def _town_states() -> dict[str, tuple[str, str]]:
    """Every name of a town in `towns.yaml`, plain, to the town's first name and state."""
    data = yaml.safe_load(TOWNS_FILE.read_text(encoding="utf-8"))
    found = {}
    for state, towns in data.items():
        for line in towns:
            names = [n.strip() for n in str(line).split("/")]
            for name in names:
                found[plain(name)] = (names[0], str(state))
    return found


_READ = _town_states()
#: Every plain name of a town the checker knows, to its usual name.
TOWNS = {name: first for name, (first, _) in _READ.items()}
#: Every plain name of a town the checker knows, to the state it lies in.
TOWN_STATES = {name: state for name, (_, state) in _READ.items()}
