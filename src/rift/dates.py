"""EDTF values as intervals of days: the one place where date semantics live.

Every EDTF string maps to an `Interval` with two pairs of bounds:

* `earliest`/`latest`: every day the value could possibly denote. An uncertain
  (``?``) or approximate (``~``) value is widened by one unit of its precision
  on each side (a day, a month or a year; two units for ``%``, both at once).
  Comparisons (`overlaps`, `before`, `during`, `contains`) use these, so
  uncertainty is kept, never rounded away.
* `core_start`/`core_end`: the days the value denotes if its qualifiers are
  ignored ("1961-12?" -> December 1961). Useful to rank candidates.

Open ends (``1990-07-30/..``) extend to `OPEN_END`; unknown starts to `OPEN_START`.

>>> parse("1968").earliest, parse("1968").latest
(datetime.date(1968, 1, 1), datetime.date(1968, 12, 31))
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from time import struct_time

from rift.errors import InputError

OPEN_START = date(1, 1, 1)
OPEN_END = date(9999, 12, 31)

_PLAIN = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
#: A plain date with one qualifier for the whole of it ("1961-12?", "1944~", "1961%").
_QUALIFIED = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)([?~%])$")
#: Either end of an interval: a plain or qualified date, or nothing / ".." for an open end.
_END = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?[?~%]?|\.\.)?$")
#: A month part past the four seasons (21-24): a Level 2 season or sub-year, which the
#: EDTF grammar takes alone ("1961-25") but not as an end of an interval.
_SUB_SEASON = re.compile(r"^\d{4}-(?:2[5-9]|[3-9]\d)[?~%]?$")


@dataclass(frozen=True)
class Interval:
    """The days an EDTF value may denote (see the module docstring)."""

    edtf: str
    earliest: date
    latest: date
    core_start: date
    core_end: date

    @property
    def uncertain(self) -> bool:
        """True when qualifiers widen the value beyond its core."""
        return (self.earliest, self.latest) != (self.core_start, self.core_end)

    @property
    def open_end(self) -> bool:
        return self.latest == OPEN_END

    def overlaps(self, other: Interval) -> bool:
        """The two intervals may share at least one day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def before(self, other: Interval) -> bool:
        """Every day of this interval is before every day of `other`."""
        return self.latest < other.earliest

    def during(self, other: Interval) -> bool:
        """This interval lies wholly inside `other`."""
        return other.earliest <= self.earliest and self.latest <= other.latest

    def contains(self, other: Interval) -> bool:
        """`other` lies wholly inside this interval."""
        return other.during(self)


def _day(value: struct_time) -> date:
    return date(value.tm_year, value.tm_mon, value.tm_mday)


def _plain(text: str) -> Interval | None:
    """Fast path for unqualified YYYY, YYYY-MM, YYYY-MM-DD (no library import needed)."""
    match = _PLAIN.match(text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    try:
        if month is None:
            start, end = date(year, 1, 1), date(year, 12, 31)
        elif day is None:
            start = date(year, month, 1)
            end = date(year, month, monthrange(year, month)[1])
        else:
            start = end = date(year, month, day)
    except ValueError:
        return None
    return Interval(text, start, end, start, end)


#: Intervals already known, e.g. read from the store, so the EDTF grammar is not run again.
_KNOWN: dict[str, Interval] = {}


def remember(intervals: list[Interval]) -> None:
    """Make `parse` answer these values from memory (the store keeps every parsed date)."""
    for interval in intervals:
        _KNOWN[interval.edtf] = interval


@lru_cache(maxsize=65536)
def parse(text: str) -> Interval:
    """Map an EDTF string to its `Interval`; raise `InputError` if it is not EDTF.

    Plain dates, qualified dates and intervals of them (every date the chronicle
    writes) are read here; the EDTF grammar, slow to load and to run, only sees the rest.
    """
    value = text.strip()
    quick = _plain(value) or _KNOWN.get(value)
    if quick is not None:
        return quick
    if not value:
        raise InputError("empty date: expected an EDTF date such as 1961, 1961-12 or 1961-12-03")
    try:
        fast = _fast(value)
        return fast if fast is not None else _grammar(value, text)
    except (ValueError, OverflowError) as exc:  # a qualifier widens it past year 1 or 9999
        raise InputError(f"date out of range: {text!r} (rift reads years 0001 to 9999)") from exc


def _fast(value: str) -> Interval | None:
    """Qualified dates and intervals of plain or qualified dates, without the grammar."""
    qualified = _QUALIFIED.match(value)
    if qualified:
        core = _plain(qualified.group(1))
        if core is None:
            raise _not_edtf(value)
        units = 2 if qualified.group(2) == "%" else 1
        earliest, latest = _widen(core.core_start, core.core_end, units)
        return Interval(value, earliest, latest, core.core_start, core.core_end)
    if value.count("/") != 1:
        return None
    low, high = value.split("/")
    if not (_END.match(low) and _END.match(high)) or (low in ("", "..") and high in ("", "..")):
        return None
    if any(_SUB_SEASON.match(end) for end in (low, high)):
        raise _not_edtf(value)  # a Level 2 season ("1961-25") ends no interval in EDTF
    start = parse(low) if low not in ("", "..") else None
    end = parse(high) if high not in ("", "..") else None
    return _between(value, start, end)


def _between(value: str, start: Interval | None, end: Interval | None) -> Interval:
    """The interval from `start` to `end` (either may be open); refused when reversed."""
    if start is not None and end is not None and end.core_end < start.core_start:
        raise InputError(
            f"reversed interval: {value!r} ends ({end.edtf}) before it starts ({start.edtf})"
        )
    return Interval(
        value,
        start.earliest if start else OPEN_START,
        end.latest if end else OPEN_END,
        start.core_start if start else OPEN_START,
        end.core_end if end else OPEN_END,
    )


def _not_edtf(text: str) -> InputError:
    return InputError(
        f"not an EDTF date: {text!r} (expected e.g. 1961, 1961-12, 1961-12-03, 1961~, 1960/1961)"
    )


def _grammar(value: str, text: str) -> Interval:
    """The rest of EDTF (partial qualifiers, seasons, ...) through the `edtf` library."""
    import edtf  # imported lazily: it costs start-up time and most dates are read above

    try:
        parsed = edtf.parse_edtf(value)
    except Exception as exc:  # the library raises several types for bad input
        raise _not_edtf(text) from exc
    if isinstance(parsed, edtf.Level1Interval | edtf.Interval):
        lower = parsed.lower
        upper = parsed.upper
        start = parse(str(lower)) if _is_date(lower) else None
        end = parse(str(upper)) if _is_date(upper) else None
        return _between(value, start, end)
    try:
        core_start, core_end = _day(parsed.lower_strict()), _day(parsed.upper_strict())
    except Exception as exc:
        raise InputError(f"unsupported EDTF date: {text!r}") from exc
    units = 2 if "%" in value else 1 if ("?" in value or "~" in value) else 0
    earliest, latest = _widen(core_start, core_end, units)
    return Interval(value, earliest, latest, core_start, core_end)


def _widen(start: date, end: date, units: int) -> tuple[date, date]:
    """Pad [start, end] by `units` of its own precision (day, month or year)."""
    if units == 0:
        return start, end
    if start == end:
        return date.fromordinal(start.toordinal() - units), date.fromordinal(
            end.toordinal() + units
        )
    if start.year == end.year and start.month == end.month:
        return _add_months(start, -units), _month_end(_add_months(end, units))
    return date(start.year - units, 1, 1), date(end.year + units, 12, 31)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date) -> date:
    return date.fromordinal(_add_months(day, 1).toordinal() - 1)


def _is_date(part: object) -> bool:
    text = str(part).strip()
    return bool(text) and text != ".." and any(ch.isdigit() for ch in text)


def span(start: str, end: str | None) -> Interval:
    """The interval from the start of `start` to the end of `end` (open when `end` is None)."""
    first = parse(start)
    last = parse(end) if end else None
    return Interval(
        f"{start}/{end or '..'}",
        first.earliest,
        last.latest if last else OPEN_END,
        first.core_start,
        last.core_end if last else OPEN_END,
    )
