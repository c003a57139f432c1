"""The error families rift raises; the CLI turns each into one line and exit status 2."""

from __future__ import annotations

from dataclasses import dataclass


class RiftError(Exception):
    """Base class: carries a message a user can act on."""


class InputError(RiftError):
    """Something the user typed or passed in cannot be used (a date, an id, a file)."""


class StoreError(RiftError):
    """The database cannot be built, opened or read."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem found in a chronicle file, located by file and line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class ChronicleError(RiftError):
    """The chronicle's files do not validate; `problems` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        first = self.problems[0] if self.problems else "no problems recorded"
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(f"{first}{suffix}")
