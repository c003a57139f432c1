"""What keeps a browser safe: the policy header, escaped chronicle text, a read-only database."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

from rift import queries, store
from rift.web import security
from rift.web.app import create_app
from rift.web.errors import validation_message

HTML = {"accept": "text/html"}
SCRIPT = "<script>alert('title')</script>"
ATTRIBUTE = '" onmouseover="alert(\'summary\')" x="'
URL = "https://example.org/\"><script>alert('url')</script>"


@pytest.fixture
def hostile(mini_chronicle: Path, tmp_path: Path) -> Iterator[TestClient]:
    """The server over a chronicle whose text tries to become markup."""
    path = mini_chronicle / "mini.yaml"
    text = (
        path.read_text("utf-8")
        .replace("The Warsaw Pact is founded", json.dumps(SCRIPT))
        .replace(
            "Albania and the Soviet Union are among the founding members.",
            json.dumps(ATTRIBUTE),
        )
        .replace("    citation:", f"    url: {json.dumps(URL)}\n    citation:")
        .replace("Relations are broken off until 1990.", json.dumps("javascript:alert(1)"))
    )
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "hostile.duckdb"
    store.build(db, mini_chronicle)
    with TestClient(create_app(db), headers=HTML) as client:
        yield client


@pytest.mark.parametrize(
    "path",
    [
        "/events/pact-founded-1955",
        "/periods/no-relations",
        "/actors/ALB",
        "/sources/test-source-2000",
        "/sources",
        "/on/1961-12-31",
        "/timeline",
    ],
)
def test_chronicle_text_is_escaped_everywhere(hostile: TestClient, path: str) -> None:
    page = hostile.get(path)
    assert page.status_code == 200, page.text
    assert "<script>alert" not in page.text
    assert 'onmouseover="alert' not in page.text
    assert not re.search(r'href="javascript:', page.text)
    assert '"><script>' not in page.text


def test_the_hostile_text_is_still_there_to_read(hostile: TestClient) -> None:
    page = hostile.get("/events/pact-founded-1955").text
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&#34; onmouseover=&#34;alert(&#39;summary&#39;)&#34;" in page


def test_json_is_never_served_as_a_page(hostile: TestClient) -> None:
    for path in ("/api/events", "/api/timeline", "/api/items/pact-founded-1955"):
        response = hostile.get(path)
        assert response.headers["content-type"] == "application/json"
        assert response.headers["x-content-type-options"] == "nosniff"


@pytest.fixture(scope="module")
def client(bundled_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(bundled_db), headers=HTML) as client:
        yield client


@pytest.mark.parametrize(
    "path", ["/", "/api/events", "/static/rift.css", "/no/such/page", "/api/items/nope"]
)
def test_every_response_carries_the_policy(client: TestClient, path: str) -> None:
    policy = client.get(path).headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "http" not in policy


def test_a_refused_body_carries_the_policy_too(client: TestClient) -> None:
    response = client.post("/api/check", content=b"x" * 2_000_000)
    assert response.status_code == 413
    assert "content-security-policy" in response.headers


def test_the_policy_allows_exactly_the_styles_vis_timeline_injects() -> None:
    script = security.VIS_JS.read_text("utf-8")
    styles = security.injected_styles(script)
    assert len(styles) >= 10 and any(".vis-timeline{" in css for css in styles)
    policy = security.content_security_policy()
    assert all(security.style_hash(css) in policy for css in styles)


def test_style_hashes_follow_the_csp_rule() -> None:
    # CSP: base64 of the SHA-256 of the element's text, as UTF-8
    assert security.style_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://www.wilsoncenter.org/document/1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/x", False),
        ("/events/x", False),
        (None, False),
    ],
)
def test_only_web_addresses_become_links(url: str | None, kept: bool) -> None:
    assert (security.web_url(url) is not None) is kept


def test_the_database_is_opened_read_only(client: TestClient, bundled_db: Path) -> None:
    app = client.app
    before = bundled_db.stat().st_mtime_ns
    with app.state.db.cursor() as con, pytest.raises(duckdb.Error):  # type: ignore[attr-defined]
        con.execute("CREATE TABLE notes (text VARCHAR)")
    for path in ("/", "/timeline", "/api/events", "/api/on/1961"):
        client.get(path)
    assert bundled_db.stat().st_mtime_ns == before


def test_an_unexpected_failure_is_a_500_without_details(
    bundled_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(con: object) -> None:
        raise RuntimeError("secret internals")

    app = create_app(bundled_db)
    monkeypatch.setattr(queries, "sources", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        api = client.get("/api/sources")
        page = client.get("/sources", headers=HTML)
    assert api.status_code == 500 and list(api.json()) == ["error"]
    assert page.status_code == 500 and "failed on this request" in page.text
    for response in (api, page):
        assert "secret internals" not in response.text and "Traceback" not in response.text


def test_validation_problems_read_as_one_sentence(client: TestClient) -> None:
    from fastapi.exceptions import RequestValidationError

    problem = RequestValidationError(
        [
            {"loc": ("query", "min_salience"), "msg": "Input should be a valid integer"},
            {"loc": ("query", "by"), "msg": "String should match pattern"},
        ]
    )
    assert validation_message(problem) == (
        "query parameter 'min_salience': input should be a valid integer (and 1 more)"
    )
