"""Every command, through Typer's runner, as the README shows them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from rift.cli import app

runner = CliRunner()


def rift(*args: str, env: dict[str, str] | None = None) -> Any:
    return runner.invoke(app, list(args), env=env)


def as_json(*args: str) -> Any:
    result = rift(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


def ids(period: dict[str, Any]) -> set[str]:
    return {a["id"] for a in period["actors"]}


def test_validate_passes_on_the_bundled_chronicle() -> None:
    result = rift("validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: ")


def test_validate_fails_with_file_and_line(mini_chronicle: Path) -> None:
    path = mini_chronicle / "mini.yaml"
    path.write_text(path.read_text().replace('cameo: "161"', 'cameo: "999"'), encoding="utf-8")
    result = rift("validate", str(mini_chronicle))
    assert result.exit_code == 1
    assert "mini.yaml:" in result.stdout and "not a CAMEO event code" in result.stdout


def test_build_reports_counts(tmp_path: Path) -> None:
    result = rift("build", env={"RIFT_DB": str(tmp_path / "x.duckdb")})
    assert result.exit_code == 0, result.output
    assert "events" in result.stdout and (tmp_path / "x.duckdb").exists()


def test_a_broken_chronicle_fails_the_build_and_keeps_the_database(
    mini_chronicle: Path, tmp_path: Path
) -> None:
    env = {"RIFT_DB": str(tmp_path / "x.duckdb"), "RIFT_CHRONICLE": str(mini_chronicle)}
    assert rift("build", env=env).exit_code == 0
    before = (tmp_path / "x.duckdb").read_bytes()
    path = mini_chronicle / "mini.yaml"
    path.write_text(path.read_text().replace("{id: SUN, role: source}", "{id: XXX, role: source}"))
    result = rift("build", env=env)
    assert result.exit_code == 1
    assert "mini.yaml:" in result.stderr and "unknown actor 'XXX'" in result.stderr
    assert "Traceback" not in result.output
    assert (tmp_path / "x.duckdb").read_bytes() == before


def test_query_commands_build_a_missing_database(tmp_path: Path) -> None:
    result = rift("actors", "--format", "json", env={"RIFT_DB": str(tmp_path / "new.duckdb")})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "new.duckdb").exists()


def test_actors_lists_states_with_aliases() -> None:
    actors = {a["id"]: a for a in as_json("actors")}
    assert {"ALB", "SUN", "YUG", "CHN", "warsaw-pact", "comecon", "enver-hoxha"} <= set(actors)
    assert "Moscow" in actors["SUN"]["aliases"]
    assert actors["SUN"]["kind"] == "state"
    assert actors["enver-hoxha"]["country"] == "ALB"
    fields = {"id", "kind", "name", "aliases", "demonyms", "wikidata", "cow", "country", "gender"}
    assert all(set(a) == fields for a in actors.values())


def test_sources_are_all_cited() -> None:
    rows = as_json("sources")
    assert len(rows) >= 25
    assert all(row["citation"] for row in rows)
    assert all(row["cited_by"] > 0 for row in rows)  # nothing uncited is kept
    classes = {row["class"] for row in rows}
    assert classes <= {"scholarly", "archive", "press", "encyclopedia", "other"}
    assert {"scholarly", "archive", "press", "encyclopedia"} <= classes


def test_events_filter_by_actor_date_type_and_salience() -> None:
    rows = as_json("events", "--actor", "ALB", "--actor", "SUN", "--from", "1961", "--to", "1961")
    assert rows and all({"ALB", "SUN"} <= {a["id"] for a in r["actors"]} for r in rows)
    assert all(r["earliest"] <= "1961-12-31" and r["latest"] >= "1961-01-01" for r in rows)
    key = as_json("events", "--min-salience", "1")
    assert key and all(r["salience"] == 1 for r in key)
    sanctions = as_json("events", "--type", "sanction")
    assert sanctions and all(r["type"] == "SANCTION" for r in sanctions)
    assert all(r["sources"] for r in rows)


def test_events_as_csv_flatten_actors() -> None:
    result = rift("events", "--actor", "SUN", "--format", "csv")
    assert result.exit_code == 0
    header, first = result.stdout.splitlines()[:2]
    assert header.startswith("id,date,earliest,latest,title")
    assert "SUN:" in first


def test_periods_filter_by_kind() -> None:
    rows = as_json("periods", "--actor", "ALB", "--kind", "membership")
    assert rows and all(r["kind"] == "membership" for r in rows)


def test_on_1965_shows_the_rupture() -> None:
    state = as_json("on", "1965-06-01", "--actor", "ALB", "--actor", "SUN")
    periods = state["periods"]
    relations = [p for p in periods if p["kind"] == "relations" and ids(p) == {"ALB", "SUN"}]
    assert [p["level"] for p in relations] == ["none"]
    pact = [p for p in periods if p["kind"] == "membership" and ids(p) == {"ALB", "warsaw-pact"}]
    assert [p["status"] for p in pact] == ["inactive"]
    assert any(p["kind"] == "leader" and "enver-hoxha" in ids(p) for p in periods)
    assert any(p["kind"] == "alliance" and ids(p) == {"ALB", "CHN"} for p in periods)
    assert not any(p["kind"] == "aid" and ids(p) == {"ALB", "SUN"} for p in periods)


def test_on_1955_shows_the_alliance() -> None:
    state = as_json("on", "1955-06-01")
    periods = state["periods"]
    members = {
        next(a["id"] for a in p["actors"] if a["role"] == "source")
        for p in periods
        if p["kind"] == "membership" and "warsaw-pact" in ids(p) and p["status"] != "inactive"
    }
    assert {"ALB", "SUN"} <= members
    relations = [p for p in periods if p["kind"] == "relations" and ids(p) == {"ALB", "SUN"}]
    assert [p["level"] for p in relations] == ["embassy"]
    assert any(p["kind"] == "aid" and ids(p) == {"ALB", "SUN"} for p in periods)


def test_show_gives_full_citations() -> None:
    event = as_json("events", "--min-salience", "1")[0]
    shown = as_json("show", event["id"])
    assert shown["kind"] == "event"
    assert all(s["citation"] for s in shown["item"]["sources"])
    actor = as_json("show", "SUN")
    assert actor["kind"] == "actor" and actor["periods"]


def test_overview_summarizes_the_dyad() -> None:
    result = rift("overview", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "Phases of Albania" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nonexistent-thing"], "unknown id 'nonexistent-thing'"),
        (["on", "1965-13-01"], "not an EDTF date"),
        (["events", "--actor", "XYZ"], "unknown actor 'XYZ'"),
        (["events", "--from", "soon"], "not an EDTF date"),
        (["periods", "--from", "1970", "--to", "1960"], "before --from"),
    ],
)
def test_bad_input_is_one_line_and_status_2(args: list[str], message: str) -> None:
    result = rift(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
