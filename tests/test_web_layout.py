"""The pure parts of the web layer: timeline items with fuzzy ends, an annotated text."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from rift import dates
from rift.web import annotate, timeline

HORIZON = date(1992, 12, 31)


def event(when: str) -> dict[str, Any]:
    latest = dates.parse(when).latest.isoformat()
    return {
        "id": "e",
        "date": when,
        "latest": latest,
        "title": "T",
        "salience": 1,
        "type": "X",
        "goldstein": 1.0,
    }


def period(start: str, end: str | None) -> dict[str, Any]:
    return {
        "id": "p",
        "kind": "relations",
        "start": start,
        "end": end,
        "latest": dates.parse(end).latest.isoformat() if end else "open",
        "title": "T",
        "salience": None,
        "level": "embassy",
    }


def test_an_event_dated_to_the_day_is_a_point() -> None:
    item = timeline.event_item(event("1961-12-03"))
    assert (item["start"], item["end"]) == ("1961-12-03", None)
    assert item["url"] == "/events/e"


def test_an_uncertain_month_fades_out_over_the_months_beside_it() -> None:
    item = timeline.event_item(event("1961-12?"))
    assert (item["start"], item["end"]) == ("1961-11-01", "1962-02-01")
    # November and January (30 + 31 of 92 days) are uncertain; December is solid
    assert (item["fade_in"], item["fade_out"]) == (round(30 / 92, 4), round(31 / 92, 4))


def test_a_year_without_qualifiers_fades_in_from_both_ends() -> None:
    item = timeline.event_item(event("1961"))
    assert (item["start"], item["end"]) == ("1961-01-01", "1962-01-01")
    assert item["fade_in"] + item["fade_out"] > 0.99


def test_a_period_is_solid_between_its_uncertain_ends() -> None:
    item = timeline.period_item(period("1961-12", "1990-07-30"), HORIZON)
    assert (item["start"], item["end"]) == ("1961-12-01", "1990-07-31")
    assert item["fade_in"] > 0 and item["fade_out"] == 0
    assert item["group"] == "relations" and not item["open"]


def test_an_open_period_runs_to_the_horizon() -> None:
    item = timeline.period_item(period("1990-07-30", None), HORIZON)
    assert item["end"] == "1993-01-01" and item["open"]


def test_groups_are_the_kinds_present_periods_first() -> None:
    data = timeline.items([event("1961")], [period("1955", "1961")])
    assert [g["id"] for g in data["groups"]] == ["relations", "event"]


years = st.integers(min_value=1900, max_value=1999)
qualifiers = st.sampled_from(["", "?", "~", "%"])


@given(years, st.integers(min_value=1, max_value=12), qualifiers)
def test_fades_never_overlap(year: int, month: int, qualifier: str) -> None:
    item = timeline.event_item(event(f"{year}-{month:02d}{qualifier}"))
    assert item["fade_in"] >= 0 and item["fade_out"] >= 0
    assert item["fade_in"] + item["fade_out"] <= 1
    assert item["start"] < item["end"]


def claim(ident: str, start: int, end: int, verdict: str = "supported") -> dict[str, Any]:
    return {"id": ident, "start": start, "end": end, "verdict": verdict}


def test_a_claim_inside_another_is_noted_not_marked_again() -> None:
    text = "Albania left the Pact in 1968 after the invasion."
    outer, inner = claim("c1", 0, 29), claim("c2", 17, 29, "contradicted")
    [paragraph] = annotate.paragraphs(text, [outer, inner])
    assert [s.claim["id"] for s in paragraph.segments if s.claim] == ["c1"]
    assert [c["id"] for c in paragraph.notes] == ["c1", "c2"]


def test_a_note_says_the_verdict_and_what_corrects_it() -> None:
    found = {**claim("c1", 0, 4, "contradicted"), "correction": "Stalin dies: 1953-03-05."}
    assert annotate.note(found) == "contradicted: Stalin dies: 1953-03-05."


@st.composite
def texts_with_claims(draw: st.DrawFn) -> tuple[str, list[dict[str, Any]]]:
    text = draw(st.text(alphabet="ab \n<>&\"'", min_size=1, max_size=60))
    claims = []
    for number in range(draw(st.integers(min_value=0, max_value=4))):
        start = draw(st.integers(min_value=0, max_value=len(text) - 1))
        end = draw(st.integers(min_value=start + 1, max_value=len(text)))
        claims.append(claim(f"c{number}", start, end))
    return text, claims


@given(texts_with_claims())
def test_the_paragraphs_give_back_every_line_of_the_text(
    case: tuple[str, list[dict[str, Any]]],
) -> None:
    text, claims = case
    paragraphs = annotate.paragraphs(text, claims)
    rebuilt = ["".join(s.text for s in p.segments) for p in paragraphs]
    assert rebuilt == [line for line in text.split("\n") if line.strip()]
    for p in paragraphs:
        for segment in p.segments:
            if segment.claim:
                assert text[segment.claim["start"] :].startswith(segment.text)
