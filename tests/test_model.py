"""The pydantic models reject what the chronicle must not contain."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from rift.model import Actor, Event, Period, Source


def event(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "warsaw-pact-founded-1955",
        "date": "1955-05-14",
        "title": "The Warsaw Pact is founded",
        "summary": "Eight states sign the treaty in Warsaw.",
        "actors": [{"id": "ALB", "role": "participant"}],
        "cameo": "057",
        "salience": 1,
        "frame": {"type": "join", "agent": ["ALB"], "org": "warsaw-pact"},
        "sources": [{"id": "crump-2015"}],
    }
    return {**base, **changes}


def test_a_valid_event_keeps_its_edtf_string() -> None:
    assert Event.model_validate(event(date="1961-12?")).date == "1961-12?"
    assert Event.model_validate(event(date=1968)).date == "1968"


@pytest.mark.parametrize(
    "changes",
    [
        {"date": "1961-13-01"},
        {"id": "Not A Slug"},
        {"goldstein": 11},
        {"salience": 4},
        {"sources": []},
        {"actors": [{"id": "ALB", "role": "bystander"}]},
        {"cameo": "1a"},
        {"colour": "red"},
    ],
)
def test_invalid_events_are_rejected(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Event.model_validate(event(**changes))


def test_actor_ids_are_iso_codes_or_slugs() -> None:
    assert Actor(id="SUN", kind="state", name="Soviet Union").id == "SUN"
    assert Actor(id="enver-hoxha", kind="person", name="Enver Hoxha").kind == "person"
    for bad in ("Sun", "Enver Hoxha", "SU", "enver_hoxha"):
        with pytest.raises(ValidationError):
            Actor(id=bad, kind="state", name="x")
    with pytest.raises(ValidationError):
        Actor(id="ALB", kind="state", name="Albania", wikidata="222")


def test_periods_may_be_open_ended_and_sources_need_a_citation() -> None:
    period = Period.model_validate(
        {
            "id": "alb-in-un",
            "kind": "membership",
            "start": "1955-12-14",
            "title": "Albania in the UN",
            "summary": "A member since December 1955.",
            "actors": [{"id": "ALB", "role": "source"}, {"id": "united-nations", "role": "target"}],
            "sources": [{"id": "x-2000"}],
        }
    )
    assert period.end is None and period.salience == 2
    with pytest.raises(ValidationError):
        Source(id="x", type="book", citation="short")
    with pytest.raises(ValidationError):
        Source(id="x-2000", type="blog", citation="A long enough citation text")


def test_a_source_declares_its_class() -> None:
    source = Source.model_validate(
        {"id": "x-2000", "type": "book", "class": "scholarly", "citation": "A long enough citation"}
    )
    assert source.class_ == "scholarly"
    with pytest.raises(ValidationError, match="class"):
        Source.model_validate({"id": "x-2000", "type": "book", "citation": "A long enough one"})
    with pytest.raises(ValidationError, match="class"):
        Source.model_validate(
            {"id": "x-2000", "type": "web", "class": "blog", "citation": "A long enough one"}
        )
