"""Dyadic series: event shares, structure, composite; and the arcs the chronicle must show."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from rift import measure, store
from rift.cli import app
from rift.errors import InputError

runner = CliRunner()


@pytest.fixture
def mini_con(mini_chronicle: Path, isolated_db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    store.build(isolated_db, mini_chronicle)
    with duckdb.connect(str(isolated_db), read_only=True) as con:
        yield con


def by_bin(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["bin"]: r for r in rows}


def test_a_month_precise_event_is_spread_not_dropped(mini_con: duckdb.DuckDBPyConnection) -> None:
    rows = measure.series(mini_con, "ALB", "SUN", by="quarter", start="1961", end="1961")
    assert [r["bin"] for r in rows] == ["1961-Q1", "1961-Q2", "1961-Q3", "1961-Q4"]
    assert [r["events"] for r in rows] == [0, 0, 0, 1]
    weekly = measure.series(mini_con, "ALB", "SUN", by="month", start="1961-12", end="1961-12")
    assert weekly[0]["events"] == 1
    yearly = by_bin(measure.series(mini_con, "ALB", "SUN", start="1955", end="1962"))
    assert sum(r["events"] for r in yearly.values()) == 2  # each event counted once
    assert yearly["1961"]["b_to_a"] == 1 and yearly["1961"]["a_to_b"] == 0
    assert yearly["1961"]["conflictual"] == 1 and yearly["1961"]["goldstein_sum"] < 0
    assert yearly["1955"]["mutual"] == 1 and yearly["1955"]["cooperative_sum"] > 0


def test_a_year_precise_event_is_shared_between_quarters(
    mini_chronicle: Path, isolated_db: Path
) -> None:
    path = mini_chronicle / "mini.yaml"
    path.write_text(path.read_text().replace("date: 1961-12", "date: 1961"), encoding="utf-8")
    store.build(isolated_db, mini_chronicle)
    with duckdb.connect(str(isolated_db), read_only=True) as con:
        rows = measure.series(con, "ALB", "SUN", by="quarter", start="1961", end="1961")
    assert [r["events"] for r in rows] == [0.25, 0.25, 0.25, 0.25]


def test_structure_reads_relations_from_periods(mini_con: duckdb.DuckDBPyConnection) -> None:
    rows = by_bin(measure.series(mini_con, "ALB", "SUN", start="1960", end="1963"))
    assert rows["1963"]["relations"] == 0 and rows["1963"]["structural"] == -10
    assert rows["1963"]["composite"] == -10  # no events: structure alone


def test_bad_arguments(mini_con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(InputError, match="--by"):
        measure.series(mini_con, "ALB", "SUN", by="week")
    with pytest.raises(InputError, match="unknown actor"):
        measure.series(mini_con, "ALB", "XXX")
    with pytest.raises(InputError, match="two different"):
        measure.series(mini_con, "ALB", "ALB")


# The bundled chronicle must show the arcs of the three dyads (issue: Measure).


def index(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["index", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def phases(a: str, b: str) -> dict[str, Any]:
    result = runner.invoke(app, ["phases", a, b, "--format", "json"])
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def years(rows: list[dict[str, Any]], first: int, last: int) -> list[float]:
    return [r["composite"] for r in rows if first <= int(r["bin"]) <= last]


@pytest.fixture
def bundled(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


@pytest.mark.usefixtures("bundled")
def test_albania_soviet_union_arc() -> None:
    rows = index("ALB", "SUN")
    assert all(v > 0 for v in years(rows, 1949, 1959))
    assert min(years(rows, 1960, 1961)) < max(years(rows, 1949, 1959)) - 5
    rupture = [r for r in rows if 1962 <= int(r["bin"]) <= 1989]
    # the structural floor: nothing shared (1962 may still hold the Pact's uncertain end)
    assert all(r["structural"] == -10 for r in rupture[1:])
    assert all(r["composite"] < -5 for r in rupture)  # events colour it, never lift it
    assert all(v > max(years(rows, 1962, 1989)) + 5 for v in years(rows, 1991, 1991))
    detected = {int(d["date"][:4]) for d in phases("ALB", "SUN")["detected"]}
    for year in (1948, 1961, 1990):
        assert any(abs(d - year) <= 1 for d in detected), (year, detected)


@pytest.mark.usefixtures("bundled")
def test_albania_china_arc() -> None:
    rows = index("ALB", "CHN")
    assert max(years(rows, 1962, 1976)) > 0
    assert sum(years(rows, 1962, 1976)) / 15 > sum(years(rows, 1950, 1959)) / 10
    assert max(years(rows, 1979, 1985)) < min(years(rows, 1962, 1976))
    detected = {int(d["date"][:4]) for d in phases("ALB", "CHN")["detected"]}
    assert any(1959 <= d <= 1962 for d in detected), detected
    assert any(1976 <= d <= 1979 for d in detected), detected


@pytest.mark.usefixtures("bundled")
def test_albania_yugoslavia_arc() -> None:
    rows = index("ALB", "YUG")
    assert min(years(rows, 1945, 1947)) > max(years(rows, 1949, 1953))
    detected = {int(d["date"][:4]) for d in phases("ALB", "YUG")["detected"]}
    assert any(abs(d - 1948) <= 1 for d in detected), detected


def test_the_stored_years_are_the_series_of_either_order(bundled_db: Path) -> None:
    with duckdb.connect(str(bundled_db), read_only=True) as con:
        stored = con.execute("SELECT a, b, year, phase, composite FROM dyad_years").fetchall()
        assert {(a, b) for a, b, *_ in stored} >= {("ALB", "SUN"), ("SUN", "ALB"), ("CHN", "ALB")}
        computed = {
            (a, b, row["bin"]): (row["phase"], row["composite"])
            for a, b in {(a, b) for a, b, *_ in stored}
            for row in measure.series(con, a, b)
        }
        assert {(a, b, year): (phase, value) for a, b, year, phase, value in stored} == computed
        # a dyad without curated phases is computed on demand, the same way
        row = measure.series(con, "ALB", "pla", "year", "1961", "1961")[0]
        assert measure.at(con, "ALB", "pla", "1961-06-01") == {
            "dyad": ["ALB", "pla"],
            "year": "1961",
            "phase": row["phase"],
            "composite": row["composite"],
        }
        assert measure.at(con, "ALB", "no-such-actor", "1961") is None


@pytest.mark.usefixtures("bundled")
def test_on_and_show_give_the_phase_and_score_of_the_day() -> None:
    result = runner.invoke(
        app, ["on", "1965-06-01", "--actor", "ALB", "--actor", "SUN", "--format", "json"]
    )
    scores = {tuple(s["dyad"]): s for s in json.loads(result.stdout)["scores"]}
    assert scores[("ALB", "SUN")]["phase"] == "Rupture"
    assert scores[("ALB", "SUN")]["composite"] < -5
    assert scores[("ALB", "CHN")]["composite"] > 0
    events = json.loads(
        runner.invoke(
            app,
            [
                "events",
                "--actor",
                "ALB",
                "--actor",
                "SUN",
                "--from",
                "1955",
                "--to",
                "1955",
                "--format",
                "json",
            ],
        ).stdout
    )
    shown = json.loads(runner.invoke(app, ["show", events[0]["id"], "--format", "json"]).stdout)
    assert [s["dyad"] for s in shown["scores"]] == [["ALB", "SUN"]]
    assert shown["scores"][0]["composite"] > 0


@pytest.mark.usefixtures("bundled")
def test_phases_report_agreement_and_method() -> None:
    data = phases("ALB", "SUN")
    assert data["method"]["algorithm"].startswith("PELT")
    assert data["curated"] and data["boundaries"]
    agreement = data["agreement"]
    assert agreement["boundaries"] == len(data["boundaries"])
    assert agreement["matched"] == sum(b["matched"] for b in data["boundaries"])


@pytest.mark.usefixtures("bundled")
def test_index_all_partners_and_csv() -> None:
    partners = {r["partner"]: r for r in index("ALB", "--all")}
    assert {"SUN", "CHN", "YUG"} <= set(partners)
    result = runner.invoke(app, ["index", "ALB", "SUN", "--by", "quarter", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("bin,start,end,events,")


@pytest.mark.usefixtures("bundled")
def test_plot_writes_a_deterministic_png(tmp_path: Path) -> None:
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    for out in (first, second):
        result = runner.invoke(app, ["plot", "ALB", "SUN", "ALB", "CHN", "-o", str(out)])
        assert result.exit_code == 0, result.output
    assert first.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert first.read_bytes() == second.read_bytes()
    svg = tmp_path / "c.svg"
    assert runner.invoke(app, ["plot", "ALB", "YUG", "-o", str(svg)]).exit_code == 0
    assert svg.read_text().lstrip().startswith("<?xml")


@pytest.mark.usefixtures("bundled")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plot", "ALB", "-o", "x.png"], "in pairs"),
        (["plot", "ALB", "SUN", "-o", "x.gif"], ".png or .svg"),
        (["index", "ALB", "SUN", "--by", "week"], "--by must be"),
        (["phases", "ALB", "NOPE"], "unknown actor"),
    ],
)
def test_measure_commands_reject_bad_input(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_no_relations_on_record_is_not_hostility(mini_con: duckdb.DuckDBPyConnection) -> None:
    rows = by_bin(measure.series(mini_con, "ALB", "SUN", start="1955", end="1963"))
    # 1955: an event, but no relations period covers the year: nothing to score
    assert rows["1955"]["relations_known"] == 0 and rows["1955"]["relations"] is None
    assert rows["1955"]["structural"] is None and rows["1955"]["composite"] is None
    # 1963: relations broken off (a level-none period) is hostility
    assert rows["1963"]["relations_known"] == 1 and rows["1963"]["structural"] == -10
    # 1961: on record for December only, scored on the days on record
    assert 0 < rows["1961"]["relations_known"] < 0.1 and rows["1961"]["relations"] == 0


def test_albania_china_before_1954_are_relations_not_a_rupture() -> None:
    rows = by_bin(index("ALB", "CHN", "--from", "1950", "--to", "1953"))
    assert all(r["relations_known"] == 1 and r["relations"] == 1 for r in rows.values())
    assert all(r["composite"] > -10 for r in rows.values())
    broken = by_bin(index("ALB", "SUN", "--from", "1965", "--to", "1965"))
    assert broken["1965"]["composite"] < rows["1950"]["composite"]
