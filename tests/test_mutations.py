"""The mutation suite (`benchmarks/mutations.py`): its cases, and `rift check` on a seeded sample.

The sample is drawn from the developed template families only: the held-out
families (`relative`, `context`) are scored by the benchmark, never by tests.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from rift.chronicle import CHRONICLE_DIR
from rift.chronicle.validation import check

ROOT = Path(__file__).resolve().parents[1]
SEED = 0
SAMPLE_SIZE = 300


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mutations", ROOT / "benchmarks" / "mutations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutations"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


mutations = _load()


@pytest.fixture(scope="module")
def cases() -> list[Any]:
    chronicle, problems = check(CHRONICLE_DIR)
    assert not problems
    return list(mutations.generate(chronicle, SEED))


@pytest.fixture(scope="module")
def checked(cases: list[Any], bundled_db: Path) -> tuple[list[Any], list[str]]:
    """The sample and its verdicts, from one loaded knowledge base and pipeline."""
    developed = [f for f in mutations.FAMILIES if f not in mutations.DEFAULT_HOLDOUT]
    picked = mutations.sample(cases, SAMPLE_SIZE, SEED, families=developed)
    checker = mutations.Checker(bundled_db)
    reports = checker.reports(picked)
    return picked, [mutations.verdict_of(c, r) for c, r in zip(picked, reports, strict=True)]


def test_the_generator_makes_enough_well_formed_cases(cases: list[Any]) -> None:
    assert len(cases) >= 10_000
    assert len({c.text for c in cases}) == len(cases)
    for case in cases:
        assert 0 <= case.target_start < case.target_end <= len(case.text), case
        assert case.text[case.target_start : case.target_end].strip(), case
        assert case.expected in {"supported", "contradicted", "unverifiable"}, case
        assert case.frame_type in mutations.SCOPE
        assert case.template_family in mutations.FAMILIES
        assert case.perturbation in mutations.PERTURBATIONS
        assert "{" not in case.text and "None" not in case.text, case


def test_every_family_perturbation_and_type_is_generated(cases: list[Any]) -> None:
    assert {c.template_family for c in cases} == set(mutations.FAMILIES)
    assert {c.perturbation for c in cases} == set(mutations.PERTURBATIONS)
    assert {c.frame_type for c in cases} == set(mutations.SCOPE)


def test_expected_verdicts_follow_the_policy(cases: list[Any]) -> None:
    by = {p: {c.expected for c in cases if c.perturbation == p} for p in mutations.PERTURBATIONS}
    assert by["none"] == {"supported"}
    assert by["negation"] == by["quantity"] == {"contradicted"}
    assert "contradicted" in by["date"] and "unverifiable" in by["date"]
    # The sentences drawn for an item depend on the whole actor list (distractors),
    # so the test asks for kinds of sentence, not one exact wording.
    leave = [c for c in cases if c.item_id.startswith("albania-withdraws")]
    plain = {c.expected for c in leave if c.perturbation == "none" and "1968" in c.text}
    assert plain == {"supported"}  # "Albania withdrew from the Warsaw Pact in 1968."
    expelled = {c.expected for c in leave if "expelled" in c.text or "thrown out" in c.text}
    assert expelled <= {"contradicted"}  # "Albania was expelled from the Warsaw Pact in 1968."


def test_the_sample_is_seeded_and_spread() -> None:
    made = [
        mutations.Case(str(i), t, "active", "x", p, f"text {i}", 0, 4, "supported", "item")
        for i, (t, p) in enumerate((t, p) for t in ("die", "join") for p in ("none", "date") * 5)
    ]
    first = mutations.sample(made, 4, 1)
    assert first == mutations.sample(made, 4, 1)
    assert {(c.frame_type, c.perturbation) for c in first} == {
        ("die", "none"),
        ("die", "date"),
        ("join", "none"),
        ("join", "date"),
    }


def test_evaluate_counts_flags_and_rates() -> None:
    def case(expected: str, family: str = "active") -> Any:
        return mutations.Case("i", "leave", family, "t", "date", "x", 0, 1, expected, "item")

    made = [case("contradicted"), case("contradicted"), case("unverifiable"), case("supported")]
    predicted = ["contradicted", "unverifiable", "partly_supported", "supported"]
    overall = mutations.evaluate(made, predicted)["overall"]
    assert overall["flagged"] == 2 and overall["wrong_flags"] == 1
    assert overall["contradiction_precision"] == 0.5
    assert overall["contradiction_recall"] == 0.5
    assert overall["supported_recall"] == 1.0
    assert overall["confusion"]["unverifiable"] == {"partly_supported": 1}


def test_verdict_of_prefers_errors_over_support() -> None:
    made = mutations.Case("i", "leave", "relative", "t", "none", "x" * 40, 10, 30, "supported", "i")
    report = {
        "claims": [
            {"start": 0, "end": 40, "verdict": "unverifiable"},
            {"start": 12, "end": 30, "verdict": "supported"},
            {"start": 30, "end": 40, "verdict": "contradicted"},  # outside the target
        ]
    }
    assert mutations.verdict_of(made, report) == "supported"
    report["claims"].append({"start": 0, "end": 11, "verdict": "partly_supported"})
    assert mutations.verdict_of(made, report) == "partly_supported"
    assert mutations.verdict_of(made, {"claims": []}) == "unverifiable"


def test_contradictions_on_the_sample_are_precise(checked: tuple[list[Any], list[str]]) -> None:
    picked, predicted = checked
    overall = mutations.evaluate(picked, predicted)["overall"]
    wrong = [
        (c.perturbation, c.expected, p, c.text)
        for c, p in zip(picked, predicted, strict=True)
        if p in mutations.FLAGS and c.expected != "contradicted"
    ]
    assert overall["flagged"] > 0
    assert overall["contradiction_precision"] >= 0.9, wrong


def test_true_claims_are_never_contradicted(checked: tuple[list[Any], list[str]]) -> None:
    picked, predicted = checked
    flagged = [
        (c.template, p, c.text)
        for c, p in zip(picked, predicted, strict=True)
        if c.perturbation == "none" and p in mutations.FLAGS
    ]
    assert not flagged
