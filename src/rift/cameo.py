"""CAMEO event codes with their Goldstein weights and PLOVER event types.

The table (`cameo.csv`) and its provenance (`cameo.md`) ship with the package.

>>> lookup("161").plover
'SANCTION'
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO verb code."""

    code: str
    name: str
    goldstein: float
    plover: str | None  # PLOVER drops CAMEO roots 01 and 02 (statements, appeals)


@lru_cache(maxsize=1)
def table() -> dict[str, CameoCode]:
    """Every CAMEO code in the bundled table, by code."""
    text = resources.files("rift").joinpath("cameo.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines())
    return {
        row["code"]: CameoCode(
            row["code"], row["name"], float(row["goldstein"]), row["plover"] or None
        )
        for row in rows
    }


def lookup(code: str) -> CameoCode | None:
    """The CAMEO code `code`, or None when the codebook has no such code."""
    return table().get(code)
