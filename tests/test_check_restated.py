"""A statement no frame reads, restating one record nearly word for word, is borne out.

Each phrasing our own, none taken from a dev text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_check_rules import assert_verdict


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


@pytest.mark.parametrize(
    "text",
    [
        "Serbo-Croatian was made a compulsory subject in the high schools of Albania.",
        "Thousands of Albanians took refuge in foreign embassies in the capital, Tirana.",
        "Crowds in Tirana toppled the statue of Enver Hoxha in Skanderbeg Square.",
    ],
)
def test_a_statement_restating_a_record_is_borne_out(text: str) -> None:
    assert_verdict(text, text.rstrip("."), "supported")


@pytest.mark.parametrize(
    "text",
    [
        # a number, a town or a denial the record does not have
        "About 50,000 tons of Yugoslav grain helped Albania stave off famine.",
        "Thousands of Albanians took refuge in foreign embassies in Shkodër.",
        "Serbo-Croatian never became a subject in the high schools of Albania.",
    ],
)
def test_a_statement_differing_in_a_detail_is_not_borne_out_by_words(text: str) -> None:
    assert_verdict(text, text.rstrip("."), "unverifiable")
