"""Checking a text on the web: the same report as `rift check`, pasted or uploaded, kept inert."""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rift.cli import app as cli
from rift.web.app import create_app
from rift.web.checker import WORKER_NICENESS, Checker

DATA = Path(__file__).parent / "data"
ERRORS = DATA / "errors-one.txt"
HTML = {"accept": "text/html"}

HOSTILE = (
    "Stalin died in 1956. <script>alert('pasted')</script> "
    '" onmouseover="alert(1)" <img src=x onerror=alert(2)> '
    'See javascript:alert(3) and <a href="javascript:alert(4)">this</a>.'
)


@pytest.fixture(scope="module")
def client(bundled_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(bundled_db)) as client:
        yield client


def cli_report(path: Path, db: Path) -> dict[str, object]:
    result = CliRunner().invoke(
        cli, ["check", "--format", "json", str(path)], env={"RIFT_DB": str(db)}
    )
    assert result.exit_code == 0, result.output
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_a_pasted_text_gets_the_report_rift_check_gives(
    client: TestClient, bundled_db: Path
) -> None:
    response = client.post(
        "/api/check", json={"text": ERRORS.read_text("utf-8"), "document": str(ERRORS)}
    )
    assert response.status_code == 200, response.text
    assert response.json() == cli_report(ERRORS, bundled_db)


def test_an_uploaded_file_and_a_plain_body_are_read_the_same_way(client: TestClient) -> None:
    pasted = client.post("/api/check", json={"text": ERRORS.read_text("utf-8")}).json()
    uploaded = client.post(
        "/api/check", files={"file": ("errors-one.txt", ERRORS.read_bytes(), "text/plain")}
    ).json()
    plain = client.post(
        "/api/check", content=ERRORS.read_bytes(), headers={"content-type": "text/plain"}
    ).json()
    assert uploaded["document"] == "errors-one.txt"
    assert uploaded["claims"] == pasted["claims"] == plain["claims"]


@pytest.mark.parametrize(
    ("kwargs", "status", "words"),
    [
        ({"json": {"text": "   "}}, 400, "is empty"),
        ({"json": {"words": "Stalin died in 1953."}}, 400, "text: Field required"),
        ({"json": ["Stalin died"]}, 400, "must be a JSON object"),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400, "JSON"),
        ({"files": {"file": ("x.bin", b"\x00\x01\x02" * 10)}}, 400, "binary"),
        ({"files": {"file": ("fr.txt", "Il mourut à Moscou".encode("cp1252"))}}, 400, "UTF-8"),
        ({"data": {"text": ""}}, 400, "empty"),
        ({"content": b"Stalin died", "headers": {"content-type": "image/png"}}, 415, "send JSON"),
        ({"content": b"x" * 1_000_001, "headers": {"content-type": "text/plain"}}, 413, "1 MB"),
    ],
)  # fmt: skip
def test_texts_that_cannot_be_checked_are_refused_in_one_line(
    client: TestClient, kwargs: dict[str, object], status: int, words: str
) -> None:
    response = client.post("/api/check", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert words in response.json()["error"]
    assert "\n" not in response.json()["error"]


def test_a_body_without_a_length_is_bounded_too(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"Albania left the Warsaw Pact in 1968. " * 2000

    response = client.post("/api/check", content=chunks(), headers={"content-type": "text/plain"})
    assert response.status_code == 413


def test_the_check_page_marks_each_claim_with_its_verdict(client: TestClient) -> None:
    text = ERRORS.read_text("utf-8")
    claims = client.post("/api/check", json={"text": text}).json()["claims"]
    page = client.post("/check", data={"text": text}, headers=HTML)
    assert page.status_code == 200
    contradicted = [c for c in claims if c["verdict"] == "contradicted"]
    assert contradicted, "errors-one.txt plants errors the checker finds"
    # a claim that begins inside another is noted beside the text, not marked again
    marked: list[dict[str, Any]] = []
    for claim in sorted(claims, key=lambda c: (c["start"], -c["end"])):
        if not marked or claim["start"] >= marked[-1]["end"]:
            marked.append(claim)
    for claim in marked:
        assert f'<mark class="v-{claim["verdict"]}" id="claim-{claim["id"]}"' in page.text
    for claim in contradicted:
        assert claim["correction"] in page.text
    assert len(re.findall(r'<mark [^>]*id="claim-', page.text)) == len(marked)


def test_pasted_markup_comes_back_as_text(client: TestClient) -> None:
    page = client.post("/check", data={"text": HOSTILE}, headers=HTML)
    assert page.status_code == 200
    body = page.text
    assert "<script>alert" not in body and "<img src=x" not in body
    assert 'onmouseover="alert' not in body and 'href="javascript:' not in body
    assert "&lt;script&gt;alert(&#39;pasted&#39;)&lt;/script&gt;" in body


def test_an_uploaded_page_is_read_for_its_visible_text_only(client: TestClient) -> None:
    page_file = (
        "<html><head><script>alert('head')</script></head><body>"
        f"<p>{HOSTILE}</p><p><a href='javascript:alert(5)' onclick='alert(6)'>Khrushchev</a> "
        "visited Albania in 1959.</p></body></html>"
    ).encode()
    page = client.post(
        "/check", files={"file": ("essay.html", page_file, "text/html")}, headers=HTML
    )
    assert page.status_code == 200
    body = page.text
    assert "alert('head')" not in body and "alert(&#39;head&#39;)" not in body
    assert "javascript:alert(5)" not in body and "onclick" not in body
    assert "Check of essay.html" in body


def test_a_refused_text_is_explained_on_the_page(client: TestClient) -> None:
    page = client.post("/check", data={"text": "   "}, headers=HTML)
    assert page.status_code == 400
    assert "is empty: there is nothing to check" in page.text
    assert "<textarea" in page.text


def test_a_long_check_does_not_hold_up_other_requests(client: TestClient) -> None:
    client.post("/api/check", json={"text": "Stalin died in 1953."})  # the model is loaded
    long_text = (DATA.parent.parent / "examples" / "albania-soviet-essay.txt").read_text() * 12
    finished: dict[str, float] = {}

    def check() -> None:
        response = client.post("/api/check", json={"text": long_text})
        assert response.status_code == 200
        finished["check"] = time.monotonic()

    worker = threading.Thread(target=check)
    worker.start()
    time.sleep(0.3)
    for _ in range(5):
        assert client.get("/api/events?actor=ALB&actor=SUN").status_code == 200
    finished["queries"] = time.monotonic()
    worker.join()
    assert finished["queries"] < finished["check"]


@pytest.mark.skipif(not hasattr(os, "nice"), reason="niceness is POSIX")
def test_the_checker_yields_the_cpu_to_the_pages(bundled_db: Path) -> None:
    checker = Checker(bundled_db)
    try:
        worker = checker._executor().submit(os.nice, 0).result(timeout=120)
    finally:
        checker.close()
    assert worker == min(19, os.nice(0) + WORKER_NICENESS)
