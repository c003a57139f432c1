"""Stage 3: temporal expressions to EDTF intervals.

Recognizes dates ("13 September 1968", "December 1961", "1968"), months
resolved against the last year named ("in November"), relative years ("the
following year", "of that year"), decades and their parts ("the late 1950s":
1957–1959, "the mid-1950s": 1954–1956, "the early 1960s": 1960–1963), spans
("from 1961 to 1978", "between 1961 and 1978", "1961–78", "throughout the 1970s
and 1980s"), prefixes that set how a claim relates to the interval (since,
until, by, after, before, throughout) and named eras (World War II, its
aftermath, the early Cold War, the Cold War) and ISO dates ("on 1990-07-30").

A date that names no real day ("31 February 1961"), a year out of the range read
here ("in 19999", "in 0") or a span that ends before it starts ("between 1961
and 1941") is kept as an expression with its reason in `invalid`: the claim it
times is then `unverifiable`, and the rest of the text is read as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rift import dates
from rift.check.nlp import as_parentheses
from rift.check.numbers import WITH_ARTICLES
from rift.check.spans import TimeExpression
from rift.errors import InputError

#: The years read in a text; outside them a year is out of range (`YEAR` matches these).
FIRST_YEAR, LAST_YEAR = 1800, 2029
#: Stands in for the interval of an invalid expression: the whole range read.
PLACEHOLDER = dates.Interval(
    f"{FIRST_YEAR}/{LAST_YEAR}",
    date(FIRST_YEAR, 1, 1),
    date(LAST_YEAR, 12, 31),
    date(FIRST_YEAR, 1, 1),
    date(LAST_YEAR, 12, 31),
)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
#: The head of a line of a list, its bullet and bold marks blanked ("- **June:**" is read
#: as "-   June:   "): where a chronology's entry under a year heading starts.
LINE_HEAD = (
    "(?:" + "|".join(f"(?<=^{lead})" for lead in ("", "  ", "[-*•] ", "[-*•]  ", "[-*•]   ")) + ")"
)

MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
)
YEAR = r"(?P<year>1[89]\d\d|20[0-2]\d)"
#: Small counts in words, for "two years later".
COUNTS = WITH_ARTICLES
COUNT = r"\d{1,2}|" + "|".join(COUNTS)
DECADE_PART = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9)}

ERAS: list[tuple[str, str, str]] = [
    (
        r"the\s+(?:immediate\s+)?aftermath\s+of\s+(?:World\s+War\s+II|the\s+Second\s+World\s+War)",
        "1945/1948",
        "era",
    ),
    (
        r"(?:the\s+)?(?:early\s+years|first\s+years|early\s+stages?|beginning)\s+of\s+the\s+Cold\s+War",
        "1947/1955",
        "era",
    ),
    (r"the\s+early\s+Cold\s+War", "1947/1955", "era"),
    # the war, unqualified, in an account of these years is the Second World War
    (
        r"the\s+(?:end|close)\s+of\s+(?:the\s+(?:Second\s+World\s+)?war|World\s+War\s+II)"
        r"(?!\w|\s+(?:in|with|against|between)\s)",
        "1945",
        "year",
    ),
    (r"the\s+war's\s+end", "1945", "year"),
    (r"(?:World\s+War\s+II|the\s+Second\s+World\s+War|WWII)", "1939-09/1945-05", "era"),
    (r"the\s+(?:end|close)\s+of\s+the\s+Cold\s+War", "1989/1991", "era"),
    (r"the\s+Cold\s+War", "1947/1991", "era"),
]

PREFIX = re.compile(
    r"(?P<prefix>\b(?:since|until|till|up\s+to|by|after|before|throughout|through|during|from)\s+"
    r"(?:the\s+(?:end|start|beginning)\s+of\s+)?)$",
    re.I,
)
MODES = {
    "since": "since",
    "until": "until",
    "till": "until",
    "up to": "until",
    "by": "by",
    "after": "after",
    "before": "before",
    "throughout": "throughout",
    "through": "until",
    "during": "at",
    "from": "since",
}


#: The months a part of a year spans (a winter runs into the next year's February).
YEAR_PARTS = {
    **dict.fromkeys(("early", "beginning", "start"), (1, 4)),
    **dict.fromkeys(("mid", "middle"), (5, 8)),
    **dict.fromkeys(("late", "end", "close"), (9, 12)),
    "first half": (1, 6),
    "second half": (7, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    **dict.fromkeys(("autumn", "fall"), (9, 11)),
    "winter": (12, 14),
}


def _interval(start: date, end: date, edtf: str) -> dates.Interval:
    return dates.Interval(edtf, start, end, start, end)


def _decade(decade: int, part: str | None) -> tuple[int, int]:
    if part:
        low, high = DECADE_PART[part.lower()]
        return decade + low, decade + high
    return decade, decade + 9


def _year_span(first: int, last: int) -> dates.Interval:
    return _interval(date(first, 1, 1), date(last, 12, 31), f"{first}/{last}")


DECADE = r"(?:the\s+)?(?:(?P<part{n}>early|mid|middle|late)[\s-]+)?(?P<dec{n}>1[89]\d0)s"

PATTERNS: list[tuple[str, str]] = [
    # spans first: they contain the simpler forms
    ("decades", rf"{DECADE.format(n=1)}\s+(?:and|to|through|until)\s+{DECADE.format(n=2)}"),
    (
        "years",
        r"(?:from\s+|between\s+)?(?P<y1>1[89]\d\d)\s*(?:–|-|—|to|and|until|till|through)\s*"
        r"(?P<y2>1[89]\d\d|\d\d)(?!\d)",
    ),
    (
        "months",
        rf"{MONTH.replace('month', 'm1')}\s*(?:–|-|—|to|and|until)\s*{MONTH.replace('month', 'm2')}"
        rf"\s+{YEAR}",
    ),
    # "25 May to 4 June 1959", "29-30 June 1990", "June 29-30, 1990"
    (
        "day_span",
        rf"(?:from\s+)?(?<!\d)(?P<d1>\d{{1,2}})\s+{MONTH.replace('month', 'm1')}"
        rf"\s*(?:–|-|—|to|until)\s*"
        rf"(?P<d2>\d{{1,2}})\s+{MONTH.replace('month', 'm2')}\s*,?\s+{YEAR}",
    ),
    # (not the end of a year and a day: "18 October 1925 – 7 October 2011")
    (
        "days",
        rf"(?<!\d)(?P<d1>\d{{1,2}})\s*(?:–|-|—|to|and)\s*(?P<d2>\d{{1,2}})\s+{MONTH}\s*,?\s+{YEAR}",
    ),
    ("days_us", rf"{MONTH}\s+(?P<d1>\d{{1,2}})\s*(?:–|-|—)\s*(?P<d2>\d{{1,2}}),?\s+{YEAR}"),
    ("iso", r"(?<![\d/.-])(?P<year>\d{4})-(?P<mm>\d\d)-(?P<dd>\d\d)(?![\d/-])"),
    # a chronology's "1955 (May 14):", "1950 (February):"
    ("day_paren", rf"{YEAR}\s*\(\s*{MONTH}\s+(?P<day>\d{{1,2}})\s*\)"),
    ("month_paren", rf"{YEAR}\s*\(\s*{MONTH}\s*\)"),
    # a chronology's line "1968 – 13 October: ...", "1954 – July: ..."
    ("day", rf"(?m)(?<=^){YEAR}[ \t]*[–—-][ \t]*(?P<day>\d{{1,2}})[ \t]+{MONTH}(?=[ \t]*[:–—])"),
    ("day_us", rf"(?m)(?<=^){YEAR}[ \t]*[–—-][ \t]*{MONTH}[ \t]+(?P<day>\d{{1,2}})(?=[ \t]*[:–—])"),
    ("month", rf"(?m)(?<=^){YEAR}[ \t]*[–—-][ \t]*{MONTH}(?=[ \t]*[:–—])"),
    ("day", rf"(?P<day>\d{{1,2}})\s+{MONTH}\s*,?\s+{YEAR}"),
    ("day_us", rf"{MONTH}\s+(?P<day>\d{{1,2}}),?\s+{YEAR}"),
    ("month", rf"{MONTH}\s+(?:of\s+)?{YEAR}"),
    ("decade", DECADE.format(n=1)),
    # "in the spring of 1961", "mid-1961", "at the end of 1961": a part of a year
    (
        "part",
        r"(?<!Prague\s)\b(?:the\s+)?(?P<part>early|mid|middle|late|end|close|beginning"
        r"|start|first\s+half|second\s+half|spring|summer|autumn|fall|winter)"
        rf"(?:\s+of\s+|\s+|-)(?:the\s+year\s+)?{YEAR}(?![\d/-]|s\b)",
    ),
    ("year", rf"(?<![\d/.-]){YEAR}(?![\d/-]|s\b)"),
    # any other number where a year is expected: out of range unless `year` reads it
    (
        "number_year",
        r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]fter|[Bb]efore|[Dd]uring|year)\s+"
        # a short number before a word is a count ("in 12 months", "in 3 May"); a long one
        # before a capital is a year and a new sentence ("in 19999 Albania left")
        r"(?P<number>\d{5,}(?![\d,.]?\d)(?!\s*(?:%|[a-z]))|\d{1,4}(?![\d,.]?\d)(?!\s*[A-Za-z%]))",
    ),
    # "on 21 August", "on August 21": the day of the year named last
    (
        "day_only",
        rf"(?<=[Oo]n\s)(?:(?P<day>\d{{1,2}})\s+{MONTH}|{MONTH.replace('month', 'm2')}\s+"
        r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?)\b(?!\s*,?\s*\d)",
    ),
    # "on 24-26 June", "from 14 to 20 June": days of the year named last
    (
        "day_only",
        rf"(?:(?<=[Oo]n\s)|[Ff]rom\s+)(?P<d1>\d{{1,2}})\s*(?:–|-|—|to)\s*(?P<d2>\d{{1,2}})\s+"
        rf"{MONTH.replace('month', 'm3')}\b(?!\s*,?\s*\d)",
    ),
    # a timeline's entry under a year: "- 8 August: ...", "August 8 – ...", "October: ..."
    (
        "day_only",
        rf"(?m)(?<![\w,]){LINE_HEAD}(?:(?P<day>\d{{1,2}})\s+{MONTH}|"
        rf"{MONTH.replace('month', 'm2')}\s+(?P<day2>\d{{1,2}}))(?=\s*[:–—])",
    ),
    # a chronology's entry under a year heading: "11 Apr. Death of Enver Hoxha ...",
    # "30 June. Relations are restored."
    (
        "day_only",
        rf"(?m){LINE_HEAD}(?P<day>\d{{1,2}})\s+{MONTH}"
        r"(?=(?<=\.)[ \t]+[A-Z]|\.[ \t]+[A-Z])",
    ),
    (
        "month_only",
        rf"(?m){LINE_HEAD}{MONTH}(?=\s*[:–—])",
    ),
    (
        "month_only",
        rf"(?:(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|of|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]hat(?:\s+same)?"
        rf"|[Tt]he\s+same)\s+){MONTH}\b"
        # "in December of that year": the month of the year named last
        r"(?:\s+(?:of\s+)?(?:that|the\s+same)\s+year\b)?(?!\s+\d)",
    ),
    # "at the end of July last year", "this year", "in the spring of this year", "last
    # month": from the day a news story is dated
    (
        "present",
        rf"(?:(?:{MONTH.replace('month', 'pm')}|[Ii]n|[Ee]arly|[Ll]ate)\s+)?"
        r"(?:(?:the\s+)?(?P<ps>spring|summer|autumn|fall|winter)\s+)?(?:of\s+)?"
        r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month)\b",
    ),
    # "within weeks", "a few months later": soon after the last time named
    (
        "soon",
        r"\b(?:(?:with)?in\s+(?:a\s+few\s+|several\s+|a\s+couple\s+of\s+)?"
        r"(?P<within>days|weeks|months)(?!\s+(?:of|after|before))"
        r"|(?:a\s+few\s+|several\s+)(?P<after>days|weeks|months)\s+(?:later|afterwards?))",
    ),
    # "the next day", "two days later": from the last day named
    (
        "relative_day",
        r"\b(?:the|that)\s+(?:very\s+)?(?:following|next|previous|preceding|same)\s+day\b"
        r"|the\s+day\s+(?:after|before)\b(?!\s+(?:the|his|her|its|their|a)\b)"
        rf"|\b(?P<dcount>{COUNT})\s+days?\s+(?P<dway>later|earlier|afterwards?|before(?!\s+[\w'’]))\b",
    ),
    (
        "relative",
        r"\b(?:(?:the|that)\s+(?:very\s+)?(?:following|next|same|previous|preceding)|that(?:\s+very)?"
        r"|of\s+that|(?:later|earlier)\s+(?:in\s+)?that)\s+(?P<unit>year|month)"
        # "two years before" counts back from the last time named; "two years before the
        # break" from the break (see `claims.Offset`)
        rf"|\b(?P<count>{COUNT})\s+(?P<units>years?|months?|decades?)\s+"
        r"(?P<way>later|earlier|afterwards?|before(?!\s+[\w'’]))"
        # "the following November", "the previous March": that month's next (or last)
        # coming after (or before) the last month named
        r"|\b(?:the\s+)?(?P<mway>following|next|previous|preceding)\s+(?P<mname>(?-i:January|"
        r"February|March|April|May|June|July|August|September|October|November|December))\b"
        r"(?!\s*,?\s*\d)",
    ),
]
COMPILED = [
    (kind, re.compile(rx, re.I if kind in ("relative", "relative_day", "soon", "part") else 0))
    for kind, rx in PATTERNS
]
#: Words every match of a kind contains: a text without them is not searched for it
#: (the slowest patterns, whose optional openings are tried at every character).
GATES = {
    kind: re.compile(rx, re.I)
    for kind, rx in (
        ("present", r"(?:last|this|next)\s+(?:year|month)"),
        ("relative_day", r"day"),
        ("relative", r"year|month|decade|following|next|previous|preceding"),
        ("soon", r"days|weeks|months"),
        ("decade", r"\d0s"),
        ("decades", r"\d0s"),
    )
}
#: The dash after a dateline's day: "April 12, 1985 — Enver Hoxha ...".
DATELINE_DASH = re.compile(r"\.?\s*(?:—|–|--|-\s)")
#: The place that opens a news story's dateline: "TIRANA, ", "Belgrade, ".
DATELINE_PLACE = re.compile(r"^[A-Z][A-Za-z .'-]*(?:,\s*[A-Z][A-Za-z .'-]*)?,\s*$")
#: How many months "within days/weeks/months" may reach past the last time named.
SOON = {"days": 1, "weeks": 3, "months": 12}
ERA_COMPILED = [(re.compile(rx, re.I), edtf, precision) for rx, edtf, precision in ERAS]


@dataclass
class _Found:
    """A match before context resolves it (months alone, relative years)."""

    start: int
    end: int
    kind: str
    interval: dates.Interval | None
    precision: str
    match: re.Match[str]
    invalid: str | None = None


class _Invalid(Exception):
    """The expression names no real date; the message says why."""


class _NotADate(Exception):
    """The match is not a time expression after all (a list of years, say)."""


def _raw(text: str) -> Iterator[_Found]:
    for pattern, edtf, precision in ERA_COMPILED:
        for m in pattern.finditer(text):
            yield _Found(m.start(), m.end(), "era", dates.parse(edtf), precision, m)
    gated = {kind for kind, gate in GATES.items() if not gate.search(text)}
    for kind, pattern in COMPILED:
        if kind in gated:
            continue
        for m in pattern.finditer(text):
            found = _Found(m.start(), m.end(), kind, None, _precision(kind), m)
            try:
                found.interval = _absolute(found)
            except _NotADate:
                continue
            except _Invalid as exc:
                found.interval, found.invalid = PLACEHOLDER, str(exc)
            yield found


def _precision(kind: str) -> str:
    return {
        "iso": "day",
        "day": "day",
        "day_us": "day",
        "month": "month",
        "month_paren": "month",
        "day_paren": "day",
        "months": "month",
        "month_only": "month",
        "day_only": "day",
        "present": "year",
        "day_span": "day",
        "days": "day",
        "days_us": "day",
        "decade": "decade",
        "decades": "decade",
        "part": "season",
    }.get(kind, "year")


def _date(edtf: str, words: str) -> dates.Interval:
    """The interval of a date the text names; `_Invalid` when there is no such day."""
    try:
        return dates.parse(edtf)
    except InputError as exc:
        raise _Invalid(f"{words!r} is not a date of the calendar") from exc


def _in_range(year: int, words: str) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _Invalid(
            f"{words!r}: the year {year} is out of range (texts are read from "
            f"{FIRST_YEAR} to {LAST_YEAR})"
        )
    return year


def _absolute(found: _Found) -> dates.Interval | None:
    """The interval a match names by itself, None when context must resolve it."""
    m, kind, words = found.match, found.kind, found.match.group(0)
    g = m.groupdict()
    if kind == "iso":
        _in_range(int(g["year"]), words)
        return _date(f"{g['year']}-{g['mm']}-{g['dd']}", words)
    if kind == "number_year":
        if FIRST_YEAR <= int(g["number"]) <= LAST_YEAR:
            raise _NotADate  # an ordinary year: `year` reads it
        _in_range(int(g["number"]), words)
    if kind in ("day_span", "days", "days_us"):
        first = MONTHS[(g.get("m1") or g["month"]).lower().rstrip(".")]
        last = MONTHS[(g.get("m2") or g["month"]).lower().rstrip(".")]
        start = _date(f"{g['year']}-{first:02d}-{int(g['d1']):02d}", words)
        end = _date(f"{g['year']}-{last:02d}-{int(g['d2']):02d}", words)
        if end.core_start < start.core_start:
            raise _Invalid(f"{words!r}: the span ends before it starts")
        return dates.parse(f"{start.edtf}/{end.edtf}")
    if kind in ("day", "day_us", "day_paren"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        return _date(f"{g['year']}-{month:02d}-{int(g['day']):02d}", words)
    if kind in ("month", "month_paren"):
        return dates.parse(f"{g['year']}-{MONTHS[g['month'].lower().rstrip('.')]:02d}")
    if kind == "months":  # "May–June 1959"
        first = MONTHS[g["m1"].lower().rstrip(".")]
        last = MONTHS[g["m2"].lower().rstrip(".")]
        if last < first:
            raise _Invalid(f"{words!r}: the span ends before it starts")
        return dates.parse(f"{g['year']}-{first:02d}/{g['year']}-{last:02d}")
    if kind == "year":
        return dates.parse(g["year"])
    if kind == "part":
        first, last = YEAR_PARTS[re.sub(r"\s+", " ", g["part"].lower())]
        year = int(g["year"])
        end_year = year + 1 if last > 12 else year
        last = last - 12 if last > 12 else last
        return dates.parse(f"{year}-{first:02d}/{end_year}-{last:02d}")
    if kind == "decade":
        return _year_span(*_decade(int(g["dec1"]), g["part1"]))
    if kind == "decades":
        first = _decade(int(g["dec1"]), g["part1"])[0]
        last = _decade(int(g["dec2"]), g["part2"])[1]
        if last < first:
            raise _Invalid(f"{words!r}: the span ends before it starts")
        return _year_span(first, last)
    if kind == "years":
        return _years(found, g["y1"], g["y2"])
    return None  # month_only and relative are resolved in context


def _years(found: _Found, first: str, second: str) -> dates.Interval:
    """ "1961–78", "from 1961 to 1978", "between 1961 and 1978"; "1990-07" is July 1990."""
    words = found.match.group(0)
    y1 = int(first)
    last = int(second) if len(second) == 4 else (y1 // 100) * 100 + int(second)
    if last >= y1:
        return _year_span(y1, last)
    if len(second) == 2:
        if words == f"{first}-{second}" and 1 <= int(second) <= 12:
            found.kind, found.precision = "month", "month"  # an ISO year and month
            return dates.parse(words)
        raise _NotADate  # "1961-58": a page range, a score; not a span of years
    spanning = words.lower().startswith(("from", "between")) or " and " not in words
    if not spanning:
        raise _NotADate  # "in 1961 and 1941": two years, read one by one
    raise _Invalid(f"{words!r}: the span ends ({last}) before it starts ({y1})")


#: Kinds of expression that name a month, for "later that month"
DATED_MONTH = {
    *("iso", "day", "day_us", "day_only", "day_span", "days", "days_us"),
    *("month", "month_only"),
}


def expressions(text: str) -> list[TimeExpression]:
    """Temporal expressions in `text`, in order, each resolved to an interval."""
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    for item in sorted(_raw(text), key=lambda r: (-(r.end - r.start), r.start)):
        if any(item.start < e and s < item.end for s, e in taken):
            continue
        taken.append((item.start, item.end))
        found.append(item)
    found.sort(key=lambda r: r.start)
    result: list[TimeExpression] = []
    last_year: int | None = None
    last_month: int | None = None
    #: the last year was named as such (not the end of "the early 1960s"): a day or a
    #: month without a year may be of it
    exact = False
    named: list[int] = []  # every year named so far, told in passing or not
    passing: list[int] = []  # the years told in passing
    dateline: list[int] = []  # the year of a date on the text's first line
    last_day: date | None = None  # the last day named, for "the next day"
    last_day_others: list[date] = []  # that day as read in another year
    story: date | None = None  # the day a news story is dated ("MOSCOW, Sept. 9, 1991 —")
    dated = False  # the expression at hand is a dateline's day
    heading_year: int | None = None  # a year alone on a line: a chronology's heading
    header = _header(text)
    for at, item in enumerate(found):
        start, end, kind, interval, precision, m = (
            item.start,
            item.end,
            item.kind,
            item.interval,
            item.precision,
            item.match,
        )
        if item.invalid:  # kept for its claim, but no later expression resolves against it
            mode, start = _mode(text, start, kind)
            result.append(
                TimeExpression(
                    start, end, text[start:end], PLACEHOLDER, mode, precision, invalid=item.invalid
                )
            )
            continue
        relative = interval is None
        if kind in ("month_only", "day_only") and not exact:
            continue
        if (
            relative
            and kind in ("relative", "relative_day")
            and (
                ROUGHLY.search(text, max(0, start - 20), start)
                or (result and re.fullmatch(r"\s*,\s*", text[result[-1].end : start]))
            )
        ):
            # "less than a month later" is no point in time; "on 13 September, a month
            # later": a date told again, counted from what came before it, not from itself
            continue
        told = found[at + 1] if at + 1 < len(found) else None
        if (
            relative
            and kind in ("relative", "relative_day")
            and told is not None
            and told.interval is not None
            and re.fullmatch(r"\s*,\s*(?:in|on|by)?\s*", text[end : told.start])
        ):
            continue  # "six years later, in 1956": the date set beside it says when
        # an entry of a chronology under a year set on a line of its own ("1990" / "30 June.
        # Relations are restored"): of that year, whatever year the entry before told
        heading = kind in ("month_only", "day_only") and _opens_line(text, start)
        year_of_entry = heading_year if heading and heading_year is not None else last_year
        if kind == "month_only" and last_year is not None:
            month = MONTHS[m.group("month").lower().rstrip(".")]
            interval = dates.parse(f"{year_of_entry}-{month:02d}")
        elif kind == "day_only" and last_year is not None and m.groupdict().get("d1"):
            month = MONTHS[m.group("m3").lower().rstrip(".")]
            first, last = int(m.group("d1")), int(m.group("d2"))
            try:
                interval = dates.parse(
                    f"{last_year}-{month:02d}-{first:02d}/{last_year}-{month:02d}-{last:02d}"
                )
            except InputError:
                continue  # "from 30 to 31 June": no such days
        elif kind == "day_only" and last_year is not None:
            name, day = (
                (m.group("month"), m.group("day"))
                if m.group("day")
                else (
                    m.group("m2"),
                    m.group("day2"),
                )
            )
            month = MONTHS[name.lower().rstrip(".")]
            try:
                interval = dates.parse(f"{year_of_entry}-{month:02d}-{int(day):02d}")
            except InputError:
                continue  # "on 31 February" of a year named before: no day to read
        elif kind == "relative" and last_year is not None:
            interval, precision = _relative(m, last_year, last_month)
        elif kind == "relative_day" and last_day is not None:
            interval, precision = _relative_day(m, last_day), "day"
        elif kind == "present":
            if story is None:
                continue  # "last year" of a story with no date: no year to count from
            interval, precision = _present(m, story)
        elif kind == "soon" and last_year is not None:
            interval, precision = _soon(m, last_year, last_month)
        if interval is None:
            continue
        others: tuple[dates.Interval, ...] = ()
        if kind == "relative_day":
            others = tuple(o for d in last_day_others if (o := _relative_day(m, d)) is not None)
        elif kind in ("day_only", "month_only") and story is not None:
            # a news story's "On Feb. 20", "in December": of the months before its date,
            # whatever year its background last named
            recent = last_year in (story.year, story.year - 1)
            if recent:
                # the story's own months: the latest before its date ("founded on Dec. 12"
                # in an April story is of the December before)
                later = (interval.core_start.month, interval.core_start.day) > (
                    story.month,
                    story.day,
                )
                shifted = _shifted(interval, story.year - int(later) - interval.core_start.year)
                if shifted is not None:
                    interval = shifted
            years = {*passing[-OTHER_YEARS:]} | (set() if recent else {story.year, story.year - 1})
            years -= {interval.core_start.year}
            others = tuple(
                o
                for y in sorted(years)
                if (o := _shifted(interval, y - interval.core_start.year)) is not None
            )
        elif relative and kind != "present" and last_year is not None:
            # a dateline's year, and years told in passing ("since its quarrel with
            # Moscow in 1961"), which a reader may count from as well
            years = {*dateline, *passing[-OTHER_YEARS:]}
            others = tuple(
                o
                for y in sorted(years - {last_year})
                if (o := _shifted(interval, y - last_year)) is not None
            )
        if precision == "year" and _alone_on_line(text, start, end):
            heading_year = interval.core_start.year
        # a time told in passing ("had been head of state since November 1982"): no
        # later day, month or year counts from it
        passed = _background(text, start, end)
        if not passed:
            if precision == "day" and interval.core_start == interval.core_end:
                last_day = interval.core_start
                last_day_others = [o.core_start for o in others if o.core_start == o.core_end]
            elif precision != "era" and kind != "soon":
                last_day = None  # a later, vaguer time: "the next day" is not of that day
            if kind in DATED_MONTH or (kind == "relative" and precision == "month"):
                last_month = interval.core_start.month
            elif precision not in ("day", "month", "era") and kind != "soon":
                last_month = None  # "born in October 1925 ... the crisis of 1981": no month
            if precision != "era" and kind != "soon":
                last_year = (
                    interval.core_end.year
                    if kind not in ("years", "decades", "part")  # "the winter of 1960"
                    else interval.core_start.year
                )
                exact = kind not in ("years", "decades", "decade")
        if precision != "era" and kind != "soon" and not relative:
            # the first date to the day or month in the text's first lines: a dateline,
            # or an obituary's "died on 11 April 1985" after a "(1908–1985)" heading
            if not dateline and precision in ("day", "month") and _heads(text, start, end, header):
                dateline = [interval.core_end.year]  # "Tirana, Dec. 22, 1961.": the story's
                line = text[text.rfind("\n", 0, start) + 1 : start]
                opens = DATELINE_PLACE.match(line) or (
                    not line.strip() and DATELINE_DASH.match(text, end) and _story(text, end)
                )
                if opens or _ends_header_line(text, end, header):
                    last_day = None  # "a day later" counts from a day the story tells
                    story = interval.core_start if precision == "day" else None
                    dated = bool(opens) and precision == "day"
            named.append(interval.core_end.year)
            if passed:
                passing.append(interval.core_end.year)
        mode, start = _mode(text, start, kind)
        if dated:  # "MOSCOW, April 12, 1985 — Hoxha died yesterday": told by that day
            mode, dated = "by", False
        result.append(
            TimeExpression(start, end, text[start:end], interval, mode, precision, relative, others)
        )
    return _spans(text, result)


#: The longest line of a document's header ("MEMORANDUM", "Subject: Albania after Hoxha").
HEADER_LINE = 80


def _header(text: str) -> tuple[int, int]:
    """Where the text's first four lines end, and where its header ends (the first line
    longer than a header's begins): read once per text, for `_heads`."""
    fourth = -1
    for _ in range(4):
        fourth = text.find("\n", fourth + 1)
        if fourth < 0:
            fourth = len(text)
            break
    long = re.search(rf"(?m)^[^\n]{{{HEADER_LINE + 1},}}", text)
    return fourth, long.start() if long else len(text)


#: A line that opens with a date: an entry of a chronology ("6 May 1971 — ...").
DATED_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:\d{1,4}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.?\s+\d)"
)


def _opens_line(text: str, start: int) -> bool:
    """The expression opens its line, after a bullet or emphasis at most."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-*•#")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """The expression is its line's only words ("1990", "**1990**", "## 1990")."""
    ends = text.find("\n", end)
    rest = text[end : len(text) if ends < 0 else ends]
    return _opens_line(text, start) and not rest.strip(" \t*:")


def _story(text: str, end: int) -> bool:
    """The text goes on after the dated line, and no line after it opens with a date: a
    story with its dateline ("April 12, 1985 — Enver Hoxha ... died yesterday"), not a
    chronology's first entry."""
    rest = text[end:]
    ends = rest.find("\n")
    if ends < 0 or not rest[ends:].strip():
        return False
    return DATED_LINE.search(rest, ends) is None


def _ends_header_line(text: str, end: int, header: tuple[int, int]) -> bool:
    """The date ends a line of the header ("CURRENT INTELLIGENCE MEMORANDUM  15 January
    1962"): the day the document is dated, as a dateline's."""
    ends = text.find("\n", end)
    rest = text[end : len(text) if ends < 0 else ends]
    return not rest.strip(" \t.") and text.rfind("\n", 0, end) < header[1]


def _heads(text: str, start: int, end: int, header: tuple[int, int]) -> bool:
    """The date is in the text's first lines ("Tirana, Dec. 22, 1961."), or alone on a
    line of the header above its first paragraph ("Intelligence Assessment / June 1985"):
    the day the text is dated."""
    first_lines, header_end = header
    if start <= first_lines:
        return True
    begins = text.rfind("\n", 0, start) + 1
    ends = text.find("\n", end)
    line = text[begins : len(text) if ends < 0 else ends]
    return line.strip(" \t.") == text[start:end] and begins <= header_end


#: The word that opens a span of two times joined by "and".
BETWEEN = re.compile(r"\bbetween\s+$", re.I)


def _spans(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "from the end of the war until 1961": a from-expression and the until-expression
    right after it are one span (the forms with two years are read whole by PATTERNS)."""
    merged: list[TimeExpression] = []
    for expression in found:
        if merged:
            first = merged[-1]
            joined = (
                first.mode == "since"
                and first.text.lower().startswith("from")
                and expression.mode == "until"
                and not text[first.end : expression.start].strip()
                and first.interval.core_start <= expression.interval.core_end
            )
            opening = BETWEEN.search(text, max(0, first.start - 9), first.start)
            if (  # "between November 1982 and March 1985"
                not joined
                and opening is not None
                and text[first.end : expression.start].strip().lower() == "and"
                and first.interval.core_start <= expression.interval.core_end
                and first.mode == expression.mode == "at"
            ):
                joined, first = True, replace(first, start=opening.start())
            if joined:
                interval = _interval(
                    first.interval.core_start,
                    expression.interval.core_end,
                    f"{first.interval.edtf.split('/')[0]}/{expression.interval.edtf.split('/')[-1]}",
                )
                scale = ["day", "month", "season", "year", "decade", "era"]
                precision = max(first.precision, expression.precision, "year", key=scale.index)
                merged[-1] = TimeExpression(
                    first.start,
                    expression.end,
                    text[first.start : expression.end],
                    interval,
                    "at",
                    precision,
                    first.relative or expression.relative,
                )
                continue
        merged.append(expression)
    return merged


#: Words that make a counted distance a bound, not a point: "less than a month later".
ROUGHLY = re.compile(
    r"\b(?:less\s+than|under|within|more\s+than|over|not\s+even)\s*$",
    re.I,
)


def _relative(m: re.Match[str], year: int, month: int | None) -> tuple[dates.Interval | None, str]:
    """ "the following year", "later that month", "two years later": from the last time named."""
    g = m.groupdict()
    if g.get("mname"):
        if month is None:
            return None, "month"  # "the following November" after a bare year: which?
        named = MONTHS[g["mname"].lower()]
        if g["mway"].lower() in ("following", "next"):
            return _relative_month((year + (named <= month)) * 12 + named - 1), "month"
        return _relative_month((year - (named >= month)) * 12 + named - 1), "month"
    if g.get("unit"):  # the same, next or previous year or month
        phrase = m.group(0).lower()
        step = (
            1
            if re.search(r"following|next", phrase)
            else -1
            if re.search(r"previous|preceding", phrase)
            else 0
        )
        if g["unit"].lower() == "month":
            if month is None:
                return None, "month"
            index = year * 12 + month - 1 + step
            return _relative_month(index), "month"
        return _relative_year(year + step), "year"
    count = g["count"].lower()
    n = int(count) if count.isdigit() else COUNTS[count]
    sign = -1 if g["way"].lower() in ("earlier", "before") else 1
    unit = g["units"].lower().rstrip("s")
    if unit == "month":
        if month is None:
            return None, "month"
        index = year * 12 + month - 1 + sign * n
        if n > 1:  # "six months later" is a round figure: the month either side too
            return _relative_months(index - 1, index + 1), "month"
        return _relative_month(index), "month"
    years = n * (10 if unit == "decade" else 1)
    # "a decade later" is a round figure: read it as a decade's width around the year
    return _relative_year(year + sign * years), "decade" if unit == "decade" else "year"


def _present(m: re.Match[str], story: date) -> tuple[dates.Interval | None, str]:
    """ "last year", "in July last year", "in the spring of this year", "last month":
    counted from the day a news story is dated."""
    step = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
    if m.group("unit").lower() == "month":
        year, month = divmod(story.year * 12 + story.month - 1 + step, 12)
        return dates.parse(f"{year}-{month + 1:02d}"), "month"
    year = story.year + step
    if m.group("ps"):
        first, last = YEAR_PARTS[m.group("ps").lower()]
        end_year = year + 1 if last > 12 else year
        last = last - 12 if last > 12 else last
        return dates.parse(f"{year}-{first:02d}/{end_year}-{last:02d}"), "season"
    if m.group("pm"):
        month = MONTHS[m.group("pm").lower().rstrip(".")]
        return dates.parse(f"{year}-{month:02d}"), "month"
    return _relative_year(year), "year"


def _relative_day(m: re.Match[str], day: date) -> dates.Interval | None:
    """ "the next day", "two days later": from the last day named."""
    phrase = m.group(0).lower()
    if m.group("dcount"):
        count = m.group("dcount").lower()
        n = int(count) if count.isdigit() else COUNTS[count]
        step = -n if m.group("dway").lower() in ("earlier", "before") else n
    else:
        step = (
            1
            if re.search(r"following|next|after", phrase)
            else -1
            if re.search(r"previous|preceding|before", phrase)
            else 0
        )
    moved = day + timedelta(days=step)
    return dates.parse(moved.isoformat()) if FIRST_YEAR <= moved.year <= LAST_YEAR else None


def _soon(m: re.Match[str], year: int, month: int | None) -> tuple[dates.Interval | None, str]:
    """ "within weeks": from the last month named (or its year) to a few months on."""
    unit = (m.group("within") or m.group("after")).lower()
    first = year * 12 + (month or 1) - 1
    last = first + SOON[unit] + (0 if month else 11)
    if not FIRST_YEAR <= last // 12 <= LAST_YEAR:
        return None, "month"
    edtf = f"{first // 12}-{first % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"
    return dates.parse(edtf), "month" if last - first <= 3 else "year"


def _shifted(interval: dates.Interval, years: int) -> dates.Interval | None:
    """The same days `years` years on (or back), if they are in range."""
    try:
        edtf = re.sub(r"\d{4}", lambda y: f"{int(y.group()) + years:04d}", interval.edtf)
        shifted = dates.parse(edtf)
    except InputError:
        return None
    return shifted if FIRST_YEAR <= shifted.core_start.year <= LAST_YEAR else None


def _relative_month(index: int) -> dates.Interval | None:
    """The month `index` (year * 12 + month - 1), if its year is in range."""
    year, month = divmod(index, 12)
    return dates.parse(f"{year}-{month + 1:02d}") if FIRST_YEAR <= year <= LAST_YEAR else None


def _relative_months(first: int, last: int) -> dates.Interval | None:
    """The months from `first` to `last` (each year * 12 + month - 1), if in range."""
    (y1, m1), (y2, m2) = divmod(first, 12), divmod(last, 12)
    if not (y1 >= FIRST_YEAR and y2 <= LAST_YEAR):
        return None
    return dates.parse(f"{y1}-{m1 + 1:02d}/{y2}-{m2 + 1:02d}")


def _relative_year(year: int) -> dates.Interval | None:
    """The year before or after one named, if it is in range (else nothing is read)."""
    return dates.parse(str(year)) if FIRST_YEAR <= year <= LAST_YEAR else None


#: How many of the years named last a relative time may be counted from instead.
OTHER_YEARS = 3

#: "ever since it broke with Yugoslavia in 1948": a time in a since-clause looks back
#: from the story's present, and "the same year" after it is not that year.
BACKGROUND = re.compile(r"\bsince\b[^.;:!?]*$", re.I)


#: "the body that had expelled the Yugoslav party in 1948": a relative clause in the
#: past perfect looks back from the story's time.
LOOKING_BACK = re.compile(
    r"\b(?:that|which|who|whom)\s+(?:\w+\s+)?had\s+(?:not\s+|never\s+|been\s+)?\w+[^.;:!?,()]*$",
    re.I,
)


#: The start of a line that heads a section or an item: a number, a bullet, bold, "#".
HEADED = re.compile(r"\s*(?:#+\s*|[-*•]\s+|\d{1,2}[.)]\s+)?\*{0,2}[A-Z][^()]{0,60}\($")


#: "Comecon, the bloc's economic organization founded in 1949, had been wound up":
#: a participle in an apposition set off by commas says what its noun is.
APPOSED = re.compile(
    r",\s+(?:the|a|an|its|their|his|her)\s[^,.;:!?()\n]*?\b\w+(?:ed|en|wn)\s+(?:in|on)\s+$"
)


def _background(text: str, start: int, end: int | None = None) -> bool:
    """A time told in passing: in a since-clause, in a relative clause that looks back
    ("the body that had expelled Yugoslavia in 1948"), in an apposition (`APPOSED`),
    or inside parentheses ("(it
    wasn't opened until 1966)"), which a later "on 17 April" does not count from."""
    before = as_parentheses(text[max(0, start - 200) : start])
    aside = before.rfind("(") > before.rfind(")") and "\n" not in before[before.rfind("(") :]
    line = text[text.rfind("\n", 0, start) + 1 : start]
    if aside and HEADED.match(line) and re.fullmatch(r".*\(\s*", line):
        aside = False  # "3. **The rupture (1961).**": the year of the section it heads
    near = text[max(0, start - 100) : start]
    apposed = end is not None and text[end : end + 2].startswith(",") and APPOSED.search(near)
    return aside or bool(BACKGROUND.search(near[-60:]) or LOOKING_BACK.search(near) or apposed)


def _mode(text: str, start: int, kind: str) -> tuple[str, int]:
    window = text[max(0, start - 40) : start]
    m = PREFIX.search(window)
    if not m:
        return (
            "throughout" if kind == "decades" and "throughout" in window.lower() else "at"
        ), start
    word = re.sub(r"\s+", " ", m.group("prefix").strip().lower())
    word = word.split(" the ")[0] if " the " in word else word
    mode = MODES.get(word, "at")
    if kind in ("years", "decades") and mode in ("since", "until"):
        mode = "at"  # "from 1961 to 1978" is a span, not an open end
    before = window[: m.start()].rstrip().lower()
    if mode == "until" and re.search(r"\b(?:not|n't|only)$", before):
        mode = "at"  # "not until 1990 were relations restored": restored in 1990
    return mode, start - len(m.group("prefix"))
