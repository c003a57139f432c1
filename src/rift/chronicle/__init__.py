"""The bundled chronicle: YAML files in this folder, loaded and validated.

>>> chronicle = load()
>>> chronicle.actors["SUN"].name
'Soviet Union'
"""

from __future__ import annotations

from pathlib import Path

from rift.chronicle.validation import Chronicle, check
from rift.errors import ChronicleError, Problem

CHRONICLE_DIR = Path(__file__).resolve().parent

__all__ = ["CHRONICLE_DIR", "Chronicle", "Problem", "check", "files", "load"]


def files(directory: Path = CHRONICLE_DIR) -> list[Path]:
    """The chronicle files under `directory`, in a stable order."""
    return sorted(directory.glob("*.yaml"))


def load(directory: Path = CHRONICLE_DIR) -> Chronicle:
    """Load and validate the chronicle; raise `ChronicleError` listing every problem."""
    chronicle, problems = check(directory)
    if problems:
        raise ChronicleError(problems)
    return chronicle
