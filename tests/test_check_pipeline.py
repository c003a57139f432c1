"""The whole check on generated text: never an exception, every offset valid.

Also: long texts are checked block by block with the same offsets, and absurd
claims are never supported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from rift.check import knowledge, pipeline, run
from rift.check.inputs import Text
from rift.cli import app

PIECES = [
    "Albania",
    "the Soviet Union",
    "Moscow",
    "Tirana",
    "Hoxha",
    "Khrushchev",
    "Stalin",
    "China",
    "the Warsaw Pact",
    "he",
    "they",
    "it",
    "this decision",
    "broke off relations with",
    "restored diplomatic relations with",
    "left",
    "joined",
    "visited",
    "invaded",
    "did not invade",
    "may have",
    "died",
    "signed a treaty with",
    "in 1961",
    "on 3 December 1961",
    "on 31 February 1961",
    "in 19999",
    "in 0",
    "between 1961 and 1941",
    "from 1955 to 1968",
    "on 1990-07-30",
    "in the late 1950s",
    "the following year",
    "in November",
    "during the Cold War",
    "and",
    ",",
    ";",
    ".",
    ". ",
    "\n",
    "\n\n",
    "«»",
    "é",
    "—",
    "  ",
    "(",
    ")",
    '"',
]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join)


@pytest.fixture(scope="module")
def con(bundled_db: Path) -> Any:
    with duckdb.connect(str(bundled_db), read_only=True) as connection:
        yield connection


def assert_well_formed(report: dict[str, Any], text: str) -> None:
    json.dumps(report)  # the contract is JSON
    for claim in report["claims"]:
        assert 0 <= claim["start"] < claim["end"] <= len(text)
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["verdict"] in {"supported", "contradicted", "partly_supported", "unverifiable"}
        assert claim["verdict"] != "unverifiable" or claim["reason"]
    assert report["summary"]["claims"] == len(report["claims"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_checks_without_error_and_with_valid_offsets(con: Any, text: str) -> None:
    if not text.strip():
        return
    [report] = run.check_texts(con, [Text("generated", text)])
    assert_well_formed(report, text)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(texts, min_size=2, max_size=12))
def test_long_texts_are_checked_in_blocks_with_offsets_into_the_whole(
    con: Any, paragraphs: list[str]
) -> None:
    text = "\n".join(paragraphs)
    if not text.strip():
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "BLOCK_CHARS", 120)
        [report] = run.check_texts(con, [Text("generated", text)])
    assert_well_formed(report, text)


@given(text=st.text(max_size=400), size=st.integers(min_value=1, max_value=80))
def test_blocks_cover_the_text_in_order(text: str, size: int) -> None:
    found = pipeline.blocks(text, size)
    assert "".join(b.text for b in found) == text
    assert all(text[b.start : b.start + len(b.text)] == b.text for b in found)
    assert all(len(b.text) <= size for b in found)
    assert all(b.text for b in found) or text == ""


def test_an_essay_is_one_block_and_checked_whole() -> None:
    essay = Path(__file__).resolve().parents[1] / "examples" / "albania-soviet-essay.txt"
    text = essay.read_text(encoding="utf-8")
    assert [b.text for b in pipeline.blocks(text)] == [text]


def test_blocks_end_at_paragraphs_when_they_can() -> None:
    text = "First paragraph.\nSecond one here.\nThird."
    assert [b.text for b in pipeline.blocks(text, 20)] == [
        "First paragraph.\n",
        "Second one here.\n",
        "Third.",
    ]
    assert [b.text for b in pipeline.blocks("One. Two. Three.", 11)] == ["One. Two. ", "Three."]


@pytest.fixture
def checked(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))

    def verdicts(text: str) -> list[str]:
        result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
        assert result.exit_code == 0, result.output
        return [c["verdict"] for c in json.loads(result.stdout)["claims"]]

    return verdicts


@pytest.mark.parametrize(
    "claim",
    [
        "Stalin visited Tirana in 1958.",
        "The Soviet Union invaded Albania.",
        "Albania invaded the Soviet Union in 1965.",
    ],
)
def test_absurd_claims_are_never_supported(checked: Any, claim: str) -> None:
    found = checked(claim)
    assert found and "supported" not in found


def test_invalid_dates_make_their_claim_unverifiable_and_the_rest_is_checked(
    bundled_db: Path,
) -> None:
    text = (
        "Albania joined the Warsaw Pact on 31 February 1961. Stalin died in 1953.\n"
        "Albania left the Warsaw Pact in 19999.\n"
        "The Soviet Union broke off relations with Albania between 1961 and 1941.\n"
        "Albania and the Soviet Union restored diplomatic relations on 1990-07-30.\n"
    )
    with duckdb.connect(str(bundled_db), read_only=True) as connection:
        [report] = run.check_texts(connection, [Text("dates", text)])
    by_text = {c["text"]: c for c in report["claims"]}
    for quote in ("31 February 1961", "in 19999", "between 1961 and 1941"):
        [claim] = [c for t, c in by_text.items() if quote in t]
        assert claim["verdict"] == "unverifiable"
        assert "date is not valid" in claim["reason"] and quote in claim["reason"]
    assert by_text["Stalin died in 1953"]["verdict"] == "supported"
    [restored] = [c for t, c in by_text.items() if "1990-07-30" in t]
    assert restored["verdict"] == "supported" and "(1990-07-30, explicit)" in restored["claim"]


def test_knowledge_reads_dates_from_the_store(bundled_db: Path) -> None:
    with duckdb.connect(str(bundled_db), read_only=True) as connection:
        know = knowledge.load(connection)
    assert all(i.interval.earliest <= i.interval.latest for i in know.items)
