"""Calibrate `confidence`: the observed precision of each rule of the decision on the
mutation suite's developed template families (never the held-out ones).

A verdict reached by a rule is right when the suite expects that verdict (a
contradiction where a contradiction is expected, a support where a support is).
The precision of each rule, with the number of cases it decided, is written to
`src/rift/check/calibration.json`, which `rift.check.decide` reads; a rule with
fewer than 20 cases keeps its default confidence.

    .venv/bin/python benchmarks/calibrate.py [--sample N] [--seed S]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutations import DEFAULT_HOLDOUT, Checker, generate, sample

OUT = Path(__file__).resolve().parents[1] / "src" / "rift" / "check" / "calibration.json"
FLAGS = {"contradicted", "partly_supported"}


def rule_of(case: object, report: dict[str, object]) -> tuple[str, str] | None:
    """The (rule, verdict) of the claim over the case's target, errors first."""
    best = None
    for claim in report.get("claims", []):  # type: ignore[attr-defined]
        if claim["start"] < case.target_end and case.target_start < claim["end"]:  # type: ignore[attr-defined]
            if claim["verdict"] == "unverifiable" or not claim.get("rule"):
                continue
            if best is None or claim["verdict"] in FLAGS:
                best = (claim["rule"], claim["verdict"])
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    from rift.chronicle import CHRONICLE_DIR
    from rift.chronicle.validation import check

    chronicle, _ = check(CHRONICLE_DIR)
    cases = [c for c in generate(chronicle, args.seed) if c.template_family not in DEFAULT_HOLDOUT]
    if args.sample:
        cases = sample(cases, args.sample, args.seed)
    reports = Checker().reports(cases)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case, report in zip(cases, reports, strict=True):
        found = rule_of(case, report)
        if found is None:
            continue
        rule, verdict = found
        right = (verdict in FLAGS) == (case.expected == "contradicted") and (
            verdict in FLAGS or case.expected == "supported"
        )
        tally[rule][0] += right
        tally[rule][1] += 1
    rules = {
        rule: {"precision": round(right / total, 3), "cases": total}
        for rule, (right, total) in sorted(tally.items())
    }
    OUT.write_text(
        json.dumps({"source": "benchmarks/calibrate.py", "rules": rules}, indent=1) + "\n",
        encoding="utf-8",
    )
    for rule, figures in rules.items():
        print(f"  {rule:20} {figures['precision']:.3f}  ({figures['cases']} cases)")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
