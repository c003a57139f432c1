"""The JSON API gives what `rift ... --format json` gives, and every error as one line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rift.cli import app as cli
from rift.web.app import create_app


@pytest.fixture(scope="module")
def client(bundled_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(bundled_db)) as client:
        yield client


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


def rift_json(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("path", "command"),
    [
        ("/api/actors", ["actors"]),
        ("/api/actors?kind=person", ["actors", "--kind", "person"]),
        ("/api/sources", ["sources"]),
        (
            "/api/events?actor=ALB&actor=SUN&from=1960&to=1961",
            ["events", "--actor", "ALB", "--actor", "SUN", "--from", "1960", "--to", "1961"],
        ),
        ("/api/events?type=SANCTION", ["events", "--type", "SANCTION"]),
        ("/api/events?type=16&min_salience=2", ["events", "--type", "16", "--min-salience", "2"]),
        ("/api/periods?actor=ALB&kind=phase", ["periods", "--actor", "ALB", "--kind", "phase"]),
        ("/api/periods?from=1968&to=1968", ["periods", "--from", "1968", "--to", "1968"]),
        ("/api/items/warsaw-pact", ["show", "warsaw-pact"]),
        ("/api/items/stalin-dies-1953", ["show", "stalin-dies-1953"]),
        ("/api/on/1965-06-01?actor=ALB", ["on", "1965-06-01", "--actor", "ALB"]),
        ("/api/on/1961~", ["on", "1961~"]),
        ("/api/overview", ["overview"]),
        ("/api/index/ALB/SUN", ["index", "ALB", "SUN"]),
        (
            "/api/index/ALB/SUN?by=quarter&from=1960&to=1962",
            ["index", "ALB", "SUN", "--by", "quarter", "--from", "1960", "--to", "1962"],
        ),
        ("/api/index/ALB", ["index", "ALB", "--all"]),
        ("/api/phases/ALB/SUN", ["phases", "ALB", "SUN"]),
        ("/api/phases/ALB/CHN?from=1950", ["phases", "ALB", "CHN", "--from", "1950"]),
    ],
)
def test_each_route_returns_the_json_of_its_command(
    client: TestClient, path: str, command: list[str]
) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == rift_json(*command)


def test_the_source_of_an_item_comes_with_its_citation(client: TestClient) -> None:
    item = client.get("/api/items/stalin-dies-1953").json()["item"]
    assert item["sources"] and all(s["citation"] for s in item["sources"])


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/api/items/no-such-item", 404, "unknown id 'no-such-item'"),
        ("/api/items/warsaw-pakt", 404, "did you mean warsaw-pact"),
        ("/api/on/yesterday", 400, "not an EDTF date"),
        ("/api/events?actor=ALB&actor=NOPE", 400, "unknown actor 'NOPE'"),
        ("/api/events?from=1970&to=1960", 400, "before --from"),
        ("/api/events?min_salience=9", 422, "min_salience"),
        ("/api/events?min_salience=high", 422, "min_salience"),
        ("/api/index/ALB/SUN?by=week", 422, "by"),
        ("/api/index/ALB/NOPE", 404, "unknown actor 'NOPE'"),
        ("/api/index/ALB/ALB", 400, "two different actors"),
        ("/api/phases/XXX/SUN", 404, "unknown actor 'XXX'"),
        ("/api/index/NOPE", 404, "unknown actor 'NOPE'"),
        ("/api/no-such-route", 404, "no page at /api/no-such-route"),
    ],
)
def test_errors_are_one_line_of_json(
    client: TestClient, path: str, status: int, words: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert list(body) == ["error"]
    assert words in body["error"]
    assert "\n" not in body["error"] and "Traceback" not in response.text


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_nothing_can_be_written(client: TestClient, method: str) -> None:
    response = client.request(method, "/api/events")
    assert response.status_code == 405
    assert "read-only" in response.json()["error"]


def test_the_timeline_holds_the_same_events_as_the_listing(client: TestClient) -> None:
    query = "actor=ALB&actor=SUN&min_salience=2"
    listed = {e["id"] for e in client.get(f"/api/events?{query}").json()}
    data = client.get(f"/api/timeline?{query}&kind=phase").json()
    shown = {i["id"] for i in data["items"] if i["kind"] == "event"}
    assert shown == listed
    assert {i["group"] for i in data["items"] if i["kind"] == "period"} == {"phase"}
    for item in data["items"]:
        assert 0 <= item["fade_in"] <= 1 and 0 <= item["fade_out"] <= 1
        assert item["end"] is None or item["start"] < item["end"]


def test_the_api_is_described_by_openapi(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/events", "/api/items/{ident}", "/api/check", "/api/index/{a}/{b}"} <= paths
    assert not any(p.startswith(("/events", "/timeline", "/check")) for p in paths)
    assert "multipart/form-data" in schema["paths"]["/api/check"]["post"]["requestBody"]["content"]
