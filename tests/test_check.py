"""`rift check` end to end: verdicts on texts written for the tests, formats, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rift.check import omissions
from rift.cli import app

DATA = Path(__file__).parent / "data"
EXPECTED = json.loads((DATA / "expectations.json").read_text(encoding="utf-8"))
ERRORS = {"contradicted", "partly_supported"}
runner = CliRunner()


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


def check(*args: str, stdin: str | bytes | None = None) -> Any:
    return runner.invoke(app, ["check", *args], input=stdin)


def report_of(path: Path) -> dict[str, Any]:
    result = check("--format", "json", str(path))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def verdicts_at(report: dict[str, Any], text: str, quote: str, whole: bool = False) -> set[str]:
    """The verdicts on the quote: of the words each claim's verdict marks (a flag may
    mark only the words it holds wrong, "1983" in "died in 1983"), or, `whole`, of the
    claims themselves."""
    start = text.index(quote)
    end = start + len(quote)
    found = set()
    for c in report["claims"]:
        low, high = (c["claim_start"], c["claim_end"]) if whole else (c["start"], c["end"])
        if min(end, high) - max(start, low) >= min(10, len(quote), high - low):
            found.add(c["verdict"])
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_verdicts_on_annotated_texts(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    report = report_of(DATA / name)
    for quote, expected in EXPECTED[name]:
        found = verdicts_at(report, text, quote)
        if expected == "error":
            assert found & ERRORS, (quote, found)
        elif expected == "not error":
            assert not found & ERRORS, (quote, found)
        else:
            assert expected in found and not found & ERRORS, (quote, found)


def test_the_json_contract() -> None:
    report = report_of(DATA / "errors-one.txt")
    text = (DATA / "errors-one.txt").read_text(encoding="utf-8")
    assert set(report) == {"document", "claims", "omissions", "summary"}
    for claim in report["claims"]:
        assert set(claim) == {
            "id",
            "start",
            "end",
            "text",
            "claim_start",
            "claim_end",
            "claim",
            "frames",
            "verdict",
            "reason",
            "rule",
            "evidence",
            "correction",
            "confidence",
        }
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert claim["claim_start"] <= claim["start"] < claim["end"] <= claim["claim_end"]
        assert claim["verdict"] in {"supported", "contradicted", "partly_supported", "unverifiable"}
        for item in claim["evidence"]:
            assert set(item) == {"id", "title", "date", "sources"} and item["sources"]
        if claim["verdict"] == "contradicted":
            assert claim["correction"]
    for omission in report["omissions"]:
        assert set(omission) == {"id", "statement", "date", "salience", "summary"}
    stalin = next(c for c in report["claims"] if text[c["claim_start"] :].startswith("Stalin died"))
    assert "1953" in stalin["correction"]
    assert stalin["text"] == "1956"  # the flag marks the date it holds wrong


def test_omissions_name_what_the_text_leaves_out() -> None:
    report = report_of(DATA / "errors-one.txt")
    statements = " ".join(o["statement"] for o in report["omissions"])
    assert "Czechoslovakia" in statements  # 1968 is inside the text's span, never mentioned
    told = {1955, 1956, 1961, 1965, 1978, 1985}  # the years the text dates things in
    lesser = [o for o in report["omissions"] if o["salience"] != 1]
    assert len(lesser) <= omissions.DWELT
    assert all(o["salience"] == 2 and int(o["date"][:4]) in told for o in lesser)
    assert all(o["summary"] for o in report["omissions"])


def test_stdin_and_several_files() -> None:
    result = check("--format", "json", "-", stdin="Stalin died in 1956.")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["claims"][0]["verdict"] == "contradicted"
    both = check("--format", "json", str(DATA / "errors-one.txt"), str(DATA / "errors-two.txt"))
    assert [r["document"] for r in json.loads(both.stdout)] == [
        str(DATA / "errors-one.txt"),
        str(DATA / "errors-two.txt"),
    ]


def test_text_markdown_and_html(tmp_path: Path) -> None:
    text = check("--format", "text", str(DATA / "errors-one.txt"))
    assert "contradicted: Stalin died in 1956" in text.stdout
    assert "correction: Stalin dies: 1953-03-05" in text.stdout
    summary = text.stdout.rstrip().splitlines()[-1]
    assert "claims:" in summary and "contradicted" in summary and "omission" in summary
    markdown = check("--format", "markdown", str(DATA / "errors-one.txt"))
    assert "Stalin died in **1956**" in markdown.stdout
    out = tmp_path / "report.html"
    assert check("--format", "html", "-o", str(out), str(DATA / "errors-one.txt")).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<mark class="contradicted"' in page
    assert "<script" not in page and "http" not in page.split("<body>")[1]


def test_html_escapes_the_input(tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        'Stalin died in 1956 <script>alert("x")</script> & more.\n', encoding="utf-8"
    )
    page = check("--format", "html", str(hostile)).stdout
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n ", "is empty"),
        (b"\x00\x01\x02binary\x00data", "binary"),
        (b"Albania \xff\xfe joined", "not valid UTF-8"),
        (
            "Albanien trat 1955 dem Warschauer Pakt bei und verließ ihn im Jahr 1968 nach der "
            "Invasion der Tschechoslowakei durch die Truppen des Paktes, die Hoxha scharf "
            "verurteilte und danach eine Politik der Selbstständigkeit verfolgte.".encode(),
            "does not look like English",
        ),
        (b"x" * 5_000_001, "too large"),
    ],
)
def test_unusable_input_is_refused_in_one_line(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = check(str(path))
    assert result.exit_code == 2
    assert message in result.stderr and str(path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_missing_file_is_refused() -> None:
    result = check("no/such/essay.txt")
    assert result.exit_code == 2
    assert "no/such/essay.txt: no such file" in result.stderr


def test_html_input_is_read_as_its_visible_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><style>p{}</style></head><body><p>Stalin died in 1956.</p></body></html>",
        encoding="utf-8",
    )
    report = json.loads(check("--format", "json", str(page)).stdout)
    assert report["claims"][0]["verdict"] == "contradicted"


def test_a_text_with_nothing_to_check_is_a_result_not_an_error() -> None:
    result = check("--format", "json", "-", stdin="It was a time of great hopes and fears.")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["claims"] == [] and report["summary"]["claims"] == 0
