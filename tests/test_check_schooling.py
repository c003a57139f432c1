"""Schooling: a school said to be attended, held to the person's study records.

Each rule on three or more phrasings of our own, none taken from a dev text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rift.check.schooling import School, held_to
from test_check_rules import assert_verdict


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a school of a name of its own, put in another town than its own
        ("Mehmet Shehu enrolled at the Nunziatella academy in Rome.", "Rome"),
        (
            "Mehmet Shehu studied for a time at the Nunziatella, a military academy in Trieste.",
            "Trieste",
        ),
        ("Beqir Balluku graduated from the Voroshilov academy in Leningrad in 1953.", "Leningrad"),
        # a school of a kind, in another town than the person's record of that kind then
        ("In 1930 Hoxha began his studies at a university in Paris.", "his studies"),
        ("Ramiz Alia attended a party school in Leningrad from 1952 to 1954.", "Leningrad"),
        ("In 1953 Ramiz Alia was studying at a party school in Kiev.", "Kiev"),
    ],
)
def test_a_school_put_in_another_town_is_flagged(text: str, flagged: str) -> None:
    assert_verdict(text, flagged, "contradicted")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Shehu graduated from the American Vocational School in Tirana in 1932.", "graduated"),
        ("Alia studied at the party school in Moscow between 1952 and 1954.", "studied"),
        (
            "Mehmet Shehu studied for a time at the Nunziatella, a military academy in Naples.",
            "Naples",
        ),
        ("Back from the war, in 1945 Mehmet Shehu was studying in Moscow.", "studying"),
    ],
)
def test_a_school_in_its_own_town_is_borne_out(text: str, quote: str) -> None:
    assert_verdict(text, quote, "supported")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # another name than the record's: reference works name the academy otherwise
        ("In 1953 Balluku graduated from the Frunze Military Academy in Moscow.", "Frunze"),
        # a school of a kind at no time the text gives: the record is not all there was
        ("Shehu later studied at a military school in Tirana.", "Tirana"),
        # a person whose schooling the chronicle does not record
        ("Hysni Kapo studied at the commercial school in Vlorë.", "Vlorë"),
        # a subject studied, not a school
        ("Hoxha studied the works of Marx in Korçë.", "Korçë"),
    ],
)
def test_schooling_the_chronicle_cannot_judge_is_not_flagged(text: str, quote: str) -> None:
    assert_verdict(text, quote, "unverifiable")


def same(said: str, recorded: str) -> bool:
    return said == recorded


def test_a_school_is_of_a_kind_and_may_have_a_name_of_its_own() -> None:
    assert School("the Nunziatella military academy", "Naples").kind == "military"
    assert School("the Nunziatella military academy", "Naples").names == {"nunziatella"}
    assert School("the University of Lyon", "Lyon").names == frozenset()
    assert School("the French lycée", None).kind == "secondary"
    assert School("the American Vocational School", "Tirana").kind == "vocational"
    assert School("the higher party school of the CPSU", "Moscow").kind == "party"


def test_held_to_records_by_name_then_by_kind_at_the_time() -> None:
    records = [
        ("Nunziatella military academy", "Naples"),
        ("University of Montpellier", "Montpellier"),
    ]
    named = held_to(School("the Nunziatella", "Turin"), records, [False, False], same, timed=True)
    assert (named.verdict, named.record) == ("contradicted", 0)  # a name is where it is
    then = held_to(School("a university", "Lyon"), records, [False, True], same, timed=True)
    assert (then.verdict, then.record) == ("contradicted", 1)
    untimed = held_to(School("a university", "Lyon"), records, [True, True], same, timed=False)
    assert untimed.verdict == "unverifiable"  # no time: another university may be meant
    other = held_to(School("the Sorbonne", "Paris"), records, [True, True], same, timed=False)
    assert other.verdict == "unverifiable"
