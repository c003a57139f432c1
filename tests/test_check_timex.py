"""Time expressions: invalid dates are kept with a reason, ISO dates are read, none aborts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rift.check import timex
from rift.check.nlp import unseen

WORDS = [
    "in",
    "on",
    "from",
    "to",
    "between",
    "and",
    "since",
    "until",
    "the",
    "following",
    "year",
    "late",
    "early",
    "1950s",
    "1960s",
    "November",
    "31",
    "February",
    "3",
    "December",
    "1961",
    "1941",
    "19999",
    "0",
    "1990-07-30",
    "1961-02-31",
    "1990-07",
    "1961-62",
    "–",
    "-",
    ",",
    ".",
    "\n",
    "World War II",
    "Albania",
    "12",
    "months",
]


@pytest.mark.parametrize(
    ("text", "quote", "reason"),
    [
        ("Albania left on 31 February 1961.", "31 February 1961", "not a date of the calendar"),
        ("It fell on 1961-02-31.", "1961-02-31", "not a date of the calendar"),
        ("Albania left the pact in 19999.", "in 19999", "year 19999 is out of range"),
        ("In 19999 Albania left the pact.", "In 19999", "year 19999 is out of range"),
        ("Albania joined in 0.", "in 0", "year 0 is out of range"),
        ("It ended in 2000000, they say.", "in 2000000", "out of range"),
        ("They met between 1961 and 1941.", "between 1961 and 1941", "ends (1941) before"),
        ("They met from 1961 to 1941.", "from 1961 to 1941", "ends (1941) before"),
        ("They met on 30 June–2 May 1990.", "30 June–2 May 1990", "ends before it starts"),
        ("They met on 30-31 June 1990.", "30-31 June 1990", "not a date of the calendar"),
    ],
)
def test_invalid_dates_are_kept_with_their_reason(text: str, quote: str, reason: str) -> None:
    [found] = timex.expressions(text)
    assert found.text == quote and found.invalid and reason in found.invalid


@pytest.mark.parametrize(
    ("text", "edtf", "precision"),
    [
        ("Relations were restored on 1990-07-30.", "1990-07-30", "day"),
        ("Relations were restored in 1990-07.", "1990-07", "month"),
        ("The split of 1961-62 was final.", "1961/1962", "year"),
    ],
)
def test_iso_dates_in_prose_are_read(text: str, edtf: str, precision: str) -> None:
    [found] = timex.expressions(text)
    assert (found.interval.edtf, found.precision, found.invalid) == (edtf, precision, None)


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # a part of a year: a season, its start, middle or end, a half
        ("Moscow cancelled its credits in the spring of 1961.", "1961-03/1961-05"),
        ("The submarines arrived in summer 1958.", "1958-06/1958-08"),
        ("The experts left in the autumn of 1961.", "1961-09/1961-11"),
        ("By mid-1961 the base was blockaded.", "1961-05/1961-08"),
        ("In early 1961 the quarrel deepened.", "1961-01/1961-04"),
        ("Relations were broken at the end of 1961.", "1961-09/1961-12"),
        ("Talks began in the second half of 1990.", "1990-07/1990-12"),
        ("The winter of 1960 was hard.", "1960-12/1961-02"),
        ("Early 1961 saw the quarrel deepen.", "1961-01/1961-04"),
        ("Spring 1961: the Vlorë crisis.", "1961-03/1961-05"),
    ],
)
def test_a_part_of_a_year_is_read_as_its_months(text: str, edtf: str) -> None:
    [found] = timex.expressions(text)
    assert (found.interval.edtf, found.precision) == (edtf, "season")


@pytest.mark.parametrize(
    "text",
    ["It came after the Prague Spring of 1968.", "It came after the prague spring of 1968."],
)
def test_the_prague_spring_is_no_season(text: str) -> None:
    [found] = timex.expressions(text)
    assert (found.interval.edtf, found.precision) == ("1968", "year")


def test_a_list_of_years_in_any_order_is_read_year_by_year() -> None:
    found = timex.expressions("Albania voted against it in 1961 and 1941.")
    assert [t.interval.edtf for t in found] == ["1961", "1941"]


def test_counts_are_not_years() -> None:
    assert timex.expressions("It took 12 months, in 3 stages; in 40 days it was over.") == []


def test_an_invalid_date_does_not_anchor_what_follows() -> None:
    text = "In 1960 they met; in 19999 they parted. The following year they met again."
    found = timex.expressions(text)
    assert [t.interval.edtf for t in found if not t.invalid] == ["1960", "1961"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join))
def test_any_text_gives_expressions_inside_it(text: str) -> None:
    found = timex.expressions(text)
    for expression in found:
        assert 0 <= expression.start < expression.end <= len(text)
        assert text[expression.start : expression.end] == expression.text
        interval = expression.interval
        assert interval.earliest <= interval.core_start <= interval.core_end <= interval.latest
        if expression.invalid:
            assert interval == timex.PLACEHOLDER
    assert [t.start for t in found] == sorted(t.start for t in found)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_characters_at_all(text: str) -> None:
    for expression in timex.expressions(text):
        assert text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize(
    ("text", "edtf", "precision"),
    [
        ("1955 (May 14): Albania signs the Warsaw Treaty.", "1955-05-14", "day"),
        ("1950 (February): Albania joins Comecon.", "1950-02", "month"),
        ("In 1961 ( December 3 ) Moscow broke off relations.", "1961-12-03", "day"),
    ],
)
def test_a_chronology_date_with_its_month_in_parentheses_is_one_date(
    text: str, edtf: str, precision: str
) -> None:
    [found] = timex.expressions(text)
    assert (found.interval.edtf, found.precision) == (edtf, precision)


@pytest.mark.parametrize(
    ("text", "said", "edtf"),
    [
        (
            "11 Dec. 1990: the party allows rivals. A new party is founded the next day.",
            "the next day",
            "1990-12-12",
        ),
        (
            "On 7 July 1978 China cut its aid; two days later Tirana answered.",
            "two days later",
            "1978-07-09",
        ),
        (
            "Hoxha died on 11 April 1985. The following day Alia took over.",
            "The following day",
            "1985-04-12",
        ),
        (
            "Relations were restored on 30 July 1990; the day before, talks had ended.",
            "the day before",
            "1990-07-29",
        ),
    ],
)
def test_a_day_counted_from_the_last_day_named(text: str, said: str, edtf: str) -> None:
    found = {t.text: t.interval.edtf for t in timex.expressions(text)}
    assert found.get(said) == edtf


def test_a_day_counted_from_a_year_alone_is_not_read() -> None:
    found = timex.expressions("In 1961 the break came; the next day it snowed.")
    assert all("day" not in t.text for t in found)


def test_a_year_counted_from_the_last_one_names_the_others_it_could_be() -> None:
    text = (
        "It has stayed out since its quarrel with Moscow in 1961; relations ended in "
        "December of that year."
    )
    found = [t for t in timex.expressions("Sept. 13, 1968. " + text) if t.relative]
    assert found and found[0].interval.edtf == "1968-12"
    assert "1961-12" in {o.edtf for o in found[0].others}


@pytest.mark.parametrize(
    ("text", "said", "edtf"),
    [
        ("1991\n- 8 August: the freighter docks at Bari.", "8 August", "1991-08-08"),
        ("1987\n- October: relations with West Germany.", "October", "1987-10"),
        ("1961\nMay 31 – Sejko is shot.", "May 31", "1961-05-31"),
        # bold marks, as a chatbot sets its entries
        ("**1957**\n- **April:** a delegation goes to Moscow.", "April", "1957-04"),
        ("**1990**\n* **30 July** – the embassies reopen.", "30 July", "1990-07-30"),
        ("**1948**\n**June:** the Cominform meets.", "June", "1948-06"),
    ],
)
def test_a_timeline_entry_under_a_year_is_dated_by_it(text: str, said: str, edtf: str) -> None:
    # read as the checker reads it, bold marks blanked
    found = {t.text: t.interval.edtf for t in timex.expressions(unseen(text))}
    assert found.get(said) == edtf


def test_a_year_heading_is_no_dateline() -> None:
    # a timeline's first year is one entry among others, not the story's own year
    text = "1987\n- October: one thing.\n1985\n- October: another."
    last = [t for t in timex.expressions(text) if t.text == "October"][-1]
    assert last.interval.edtf == "1985-10"
    assert "1987-10" not in {o.edtf for o in last.others}


def test_a_dateline_under_a_headline_is_the_story_year() -> None:
    text = (
        "ALLIES SHUN ALBANIA\n\nVIENNA, Dec. 22, 1961 — The rift dates from 1960. On May 31 "
        "a plot was crushed."
    )
    may = next(t for t in timex.expressions(text) if t.text == "May 31")
    assert "1961-05-31" in {may.interval.edtf, *(o.edtf for o in may.others)}


@pytest.mark.parametrize(
    ("text", "edtf"),
    [
        # days of a month without a year are of the year named last
        ("In 1960 the meeting in Bucharest took place on 24-26 June.", "1960-06-24/1960-06-26"),
        ("The conference of 1956 was held from 14 to 20 April.", "1956-04-14/1956-04-20"),
        ("In 1990, on 29–30 June, talks were held in Sofia.", "1990-06-29/1990-06-30"),
    ],
)
def test_days_of_a_month_without_a_year_are_of_the_year_named_last(text: str, edtf: str) -> None:
    spans = [t for t in timex.expressions(text) if t.precision == "day"]
    assert [t.interval.edtf for t in spans] == [edtf]
    assert spans[0].mode == "at"


@pytest.mark.parametrize(
    ("text", "said", "edtf"),
    [
        (
            "Shehu died in December 1981. The following November Alia became head of state.",
            "The following November",
            "1982-11",
        ),
        (
            "Stalin died in March 1953; the following September Khrushchev took the party.",
            "the following September",
            "1953-09",
        ),
        (
            "Hoxha died in April 1985. The previous November he had fallen ill.",
            "The previous November",
            "1984-11",
        ),
        (
            "Relations were broken in December 1961, and the next February trade stopped.",
            "the next February",
            "1962-02",
        ),
        (
            "China's aid ended in July 1978; the preceding May it had been cut.",
            "the preceding May",
            "1978-05",
        ),
    ],
)
def test_a_month_counted_from_the_last_month_named(text: str, said: str, edtf: str) -> None:
    found = {t.text: t.interval.edtf for t in timex.expressions(text)}
    assert found.get(said) == edtf


@pytest.mark.parametrize(
    "text",
    [
        "Albania left the Pact in 1968. The following November it held elections.",
        "Albania left the Pact in 1968. The following may seem odd.",
        "Albania left the Pact in September 1968. The following November 1969 was cold.",
    ],
)
def test_a_month_after_a_bare_year_or_a_word_is_not_counted(text: str) -> None:
    found = timex.expressions(text)
    assert all(not t.text.lower().startswith(("the following", "following")) for t in found)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Alia was born in October 1925. 1981 was a crisis; the following November he rose.",
            "the following November",
        ),
        (
            "Talks began in June 1960. In 1961 it broke; the next month the envoys left.",
            "the next month",
        ),
        (
            "Stalin died in March 1953. By 1956 all changed; the previous May Tito was courted.",
            "the previous May",
        ),
    ],
)
def test_a_month_is_not_counted_from_a_month_of_an_earlier_year(text: str, said: str) -> None:
    assert said not in {t.text for t in timex.expressions(text)}


@pytest.mark.parametrize(
    ("text", "said", "edtf"),
    [
        # counted from the day a dated story was written
        (
            "VIENNA, Dec. 11, 1961 — Soviet loans were cancelled in the spring of this year.",
            "in the spring of this year",
            "1961-03/1961-05",
        ),
        ("MOSCOW, July 30, 1990 — Earlier this month thousands fled.", "this month", "1990-07"),
        ("TIRANA, April 12, 1992 — Peking sent greetings last month.", "last month", "1992-03"),
        ("MOSCOW, Jan. 5, 1962 — The envoys left last month.", "last month", "1961-12"),
    ],
)
def test_a_month_or_season_of_a_dated_story_counts_from_its_day(
    text: str, said: str, edtf: str
) -> None:
    [found] = [e for e in timex.expressions(text) if said in e.text]
    assert found.interval.edtf == edtf


def test_this_month_in_a_story_with_no_date_is_no_time() -> None:
    text = "Relations broke in 1961. Earlier this month the embassy closed."
    assert [e.text for e in timex.expressions(text)] == ["1961"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a life's two dates are two days, not a span of days ending in the year's digits
        ("XOXE, Koçi (1 May 1911 – 11 June 1949)", ["1911-05-01", "1949-06-11"]),
        ("SHEHU, Mehmet (10 January 1913 – 18 December 1981)", ["1913-01-10", "1981-12-18"]),
        ("He held the post from 4 June 1954 to 2 May 1961.", ["1954-06-04", "1961-05-02"]),
        ("The talks ran on 29-30 June 1990.", ["1990-06-29/1990-06-30"]),
    ],
)
def test_two_full_dates_joined_by_a_dash_are_two_dates(text: str, read: list[str]) -> None:
    found = timex.expressions(text)
    assert [t.interval.edtf for t in found if t.interval] == read
    assert not any(t.invalid for t in found)
