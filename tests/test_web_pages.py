"""Every page, as a browser asks for it: what it shows comes from the same queries as the CLI."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from rift import measure, overview, queries, render, store
from rift.web.app import create_app

HTML = {"accept": "text/html"}


@pytest.fixture(scope="module")
def client(bundled_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(bundled_db), headers=HTML) as client:
        yield client


@pytest.fixture(scope="module")
def con(bundled_db: Path) -> Iterator[object]:
    with store.connect(bundled_db) as con:
        yield con


@pytest.fixture(scope="module")
def ids(con: object) -> dict[str, str]:
    """Ids of real items, found by query rather than written down (the chronicle grows)."""
    phase = queries.periods(con, ["ALB", "SUN"], kind="phase")[1]  # type: ignore[arg-type]
    cited = max(queries.sources(con), key=lambda s: s["cited_by"])  # type: ignore[arg-type]
    key = queries.events(con, ["ALB", "SUN"], min_salience=1)[0]  # type: ignore[arg-type]
    return {"phase": phase["id"], "source": cited["id"], "event": key["id"]}


def text_of(page: str) -> str:
    """The page's text with tags dropped and entities read, for plain comparisons."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


PAGES = [
    "/",
    "/timeline",
    "/timeline?actor=ALB&actor=CHN&kind=alliance&min_salience=",
    "/events/{event}",
    "/periods/{phase}",
    "/sources/{source}",
    "/actors/ALB",
    "/actors/warsaw-pact",
    "/on/1965-06-01",
    "/on/1961~?actor=ALB",
    "/dyads",
    "/dyads/ALB/SUN",
    "/dyads/ALB/CHN?by=quarter&from=1960&to=1965",
    "/actors",
    "/sources",
    "/check",
    "/api/docs",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_loads_only_its_own_files(
    client: TestClient, ids: dict[str, str], path: str
) -> None:
    response = client.get(path.format(**ids))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    for ref in re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]*)"', response.text):
        assert ref.startswith(("/", "data:")), f"{path} loads {ref} from elsewhere"
    assert "<script>" not in response.text  # scripts come from files only


def test_the_overview_shows_the_arc_and_its_phases(client: TestClient, con: object) -> None:
    page = client.get("/").text
    data = overview.overview(con)  # type: ignore[arg-type]
    for phase in data["phases"]:
        assert f'href="/periods/{phase["id"]}"' in page
    for pair in ("ALB/SUN", "ALB/YUG", "ALB/CHN"):
        assert f'href="/dyads/{pair}"' in page
    assert 'src="/chart.svg?actor=ALB&amp;actor=SUN&amp;actor=ALB&amp;actor=YUG' in page
    key = queries.events(con, ["ALB", "SUN"], min_salience=1)  # type: ignore[arg-type]
    assert all(f'href="/events/{e["id"]}"' in page for e in key)


def test_the_chart_is_rift_plot_as_svg(client: TestClient) -> None:
    response = client.get("/chart.svg?actor=ALB&actor=SUN&actor=ALB&actor=CHN")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.content.lstrip().startswith(b"<?xml") and b"<svg" in response.content


def test_an_event_page_gives_what_rift_show_gives(
    client: TestClient, con: object, ids: dict[str, str]
) -> None:
    data = queries.show(con, ids["event"])  # type: ignore[arg-type]
    page = client.get(f"/events/{ids['event']}").text
    shown = text_of(page)
    item = data["item"]
    assert item["title"] in shown and item["summary"] in shown and item["date"] in shown
    for source in item["sources"]:
        assert f'href="/sources/{source["id"]}"' in page
        assert source["citation"] in shown
        if source["url"]:
            assert f'href="{html.escape(source["url"])}"' in page
    for score in data["scores"]:
        assert f'href="/dyads/{score["dyad"][0]}/{score["dyad"][1]}"' in page


def test_a_phase_page_lists_the_events_within_it(
    client: TestClient, con: object, ids: dict[str, str]
) -> None:
    item = queries.show(con, ids["phase"])["item"]  # type: ignore[arg-type]
    page = client.get(f"/periods/{ids['phase']}").text
    inside = queries.events(con, ["ALB", "SUN"], item["start"], item["end"])  # type: ignore[arg-type]
    assert inside and all(f'href="/events/{e["id"]}"' in page for e in inside)
    assert 'href="/dyads/ALB/SUN"' in page


def test_an_actor_page_lists_its_periods_and_dyads(client: TestClient, con: object) -> None:
    data = queries.show(con, "ALB")  # type: ignore[arg-type]
    page = client.get("/actors/ALB").text
    assert all(f'href="/periods/{p["id"]}"' in page for p in data["periods"])
    assert 'href="/dyads/ALB/SUN"' in page


def test_a_source_page_links_every_item_citing_it(
    client: TestClient, con: object, ids: dict[str, str]
) -> None:
    data = queries.show(con, ids["source"])  # type: ignore[arg-type]
    page = client.get(f"/sources/{ids['source']}").text
    assert data["cited_by"]
    for cited in data["cited_by"]:
        assert f'href="/{cited["kind"]}s/{cited["id"]}"' in page


def test_on_a_date_shows_the_state_of_things(client: TestClient, con: object) -> None:
    state = queries.on(con, "1965-06-01", ["ALB"])  # type: ignore[arg-type]
    page = client.get("/on/1965-06-01?actor=ALB").text
    for item in [*state["phases"], *state["periods"]]:
        assert f'href="/periods/{item["id"]}"' in page
    for event in state["events"]:
        assert f'href="/events/{event["id"]}"' in page


def test_a_dyad_page_tabulates_its_series_and_offers_downloads(
    client: TestClient, con: object
) -> None:
    rows = measure.series(con, "ALB", "SUN", "year")  # type: ignore[arg-type]
    page = client.get("/dyads/ALB/SUN").text
    table = page[page.index('<table class="data numbers">') :]
    assert table.count("<tr>") == len(rows) + 1
    assert 'href="/dyads/ALB/SUN/series.csv?by=year"' in page
    csv = client.get("/dyads/ALB/SUN/series.csv?by=year")
    assert csv.text == render.to_csv(rows)
    assert "attachment" in csv.headers["content-disposition"]
    assert client.get("/dyads/ALB/SUN/series.json").json() == rows


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/events/ALB", "/actors/ALB"),
        ("/actors/{event}", "/events/{event}"),
        ("/events/{phase}", "/periods/{phase}"),
        ("/on?date=1961-12&actor=ALB", "/on/1961-12?actor=ALB"),
        ("/dyads/go?a=ALB&b=CHN", "/dyads/ALB/CHN"),
    ],
)
def test_forms_and_misplaced_ids_lead_to_the_right_page(
    client: TestClient, ids: dict[str, str], path: str, target: str
) -> None:
    response = client.get(path.format(**ids), follow_redirects=False)
    assert response.status_code in (307, 308)
    assert response.headers["location"] == target.format(**ids)


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/events/no-such-event", 404, "unknown id 'no-such-event'"),
        ("/on/not-a-date", 400, "not an EDTF date"),
        ("/dyads/ALB/NOPE", 404, "unknown actor 'NOPE'"),
        ("/dyads/ALB/SUN?by=decade", 422, "by"),
        ("/chart.svg?actor=ALB", 400, "in pairs"),
        ("/no/such/page", 404, "no page at /no/such/page"),
    ],
)
def test_errors_are_pages_a_person_can_read(
    client: TestClient, path: str, status: int, words: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert words in text_of(response.text)
    assert "Traceback" not in response.text


def test_a_page_asked_for_again_comes_from_memory(
    bundled_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    series = measure.series

    def counted(con: object, a: str, b: str, by: str = "year", *window: str | None) -> object:
        if by == "quarter":  # not one the server warms up
            calls.append((a, b, *window))
        return series(con, a, b, by, *window)  # type: ignore[arg-type]

    monkeypatch.setattr(measure, "series", counted)
    with TestClient(create_app(bundled_db), headers=HTML) as client:
        first = client.get("/dyads/ALB/SUN?by=quarter")
        again = client.get("/dyads/ALB/SUN?by=quarter")
        csv = client.get("/dyads/ALB/SUN/series.csv?by=quarter")
        for _ in range(2):
            assert client.get("/dyads/ALB/SUN?by=quarter&from=1962&to=1960").status_code == 400
    assert first.content == again.content and first.headers == again.headers
    assert csv.status_code == 200
    # the series is computed once for the page and its download; errors are not kept
    assert calls == [("ALB", "SUN", None, None), *[("ALB", "SUN", "1962", "1960")] * 2]


def test_item_pages_do_not_query_the_database(
    bundled_db: Path, ids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(create_app(bundled_db), headers=HTML) as client:
        client.get("/api/actors")  # the chronicle is read into memory
        monkeypatch.setattr(queries, "show", None)
        monkeypatch.setattr(queries, "events", None)
        monkeypatch.setattr(queries, "periods", None)
        for kind, path in (("event", "events"), ("phase", "periods"), ("source", "sources")):
            assert client.get(f"/{path}/{ids[kind]}").status_code == 200
        assert client.get("/actors/ALB").status_code == 200
        assert client.get("/on/1961-06-01").status_code == 200
