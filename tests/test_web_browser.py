"""The explorer in a real browser: Debian's Chromium, driven by Playwright, over a live server.

`make test` installs Chromium (as root, through apt-get) when it is missing. Without
it these tests fail, unless RIFT_BROWSER_TESTS=skip says to skip them knowingly.
RIFT_SCREENSHOTS=docs/img writes the README's screenshots.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import uvicorn

from rift.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
# the network is closed: Chromium must not try its own background connections
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).parent.parent
ESSAY = ROOT / "examples" / "albania-soviet-essay.txt"
ERRORS = ROOT / "tests" / "data" / "errors-one.txt"
SHOTS = os.environ.get("RIFT_SCREENSHOTS")


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    if os.environ.get("RIFT_BROWSER_TESTS") == "skip":
        pytest.skip("RIFT_BROWSER_TESTS=skip and Chromium is not installed")
    pytest.fail(
        f"{CHROMIUM} is missing: run `make test` as root (it installs Debian's chromium) or "
        "`apt-get install chromium`; RIFT_BROWSER_TESTS=skip skips the browser tests"
    )


@pytest.fixture(scope="module")
def server(bundled_db: Path) -> Iterator[str]:
    """The explorer on a free loopback port, in a thread."""
    app = create_app(bundled_db)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    host, port = sock.getsockname()
    live = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=live.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not live.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert live.started, "the server did not start"
    yield f"http://{host}:{port}"
    live.should_exit = True
    thread.join(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


class Tab:
    """A page with the console's complaints collected."""

    def __init__(self, browser: Any, base: str) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.base = base
        self.problems: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"error: {error}"))

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"{message.type}: {message.text}")

    def open(self, path: str) -> Any:
        self.page.goto(self.base + path)
        return self.page

    def shot(self, name: str) -> None:
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(SHOTS) / f"web-{name}.png"), full_page=True)


@pytest.fixture
def tab(browser: Any, server: str) -> Iterator[Tab]:
    tab = Tab(browser, server)
    yield tab
    tab.page.close()


def until(page: Any, expression: str, timeout: float = 15) -> None:
    """Wait for `expression` to hold (polled: the CSP forbids wait_for_function's eval)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        time.sleep(0.05)


def api(server: str, path: str, **kwargs: Any) -> Any:
    response = httpx2.request(kwargs.pop("method", "GET"), server + path, timeout=120, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_overview_draws_the_chart_and_links_the_phases(tab: Tab, server: str) -> None:
    page = tab.open("/")
    until(page, "document.querySelector('figure.chart img').naturalWidth > 0")
    phases = api(server, "/api/overview")["phases"]
    for phase in phases:
        assert page.locator(f'a[href="/periods/{phase["id"]}"]').count() >= 1
    tab.shot("overview")
    page.locator(f'a[href="/periods/{phases[0]["id"]}"]').first.click()
    page.wait_for_url(f"**/periods/{phases[0]['id']}")
    assert page.locator("h1").inner_text() == phases[0]["title"]
    assert tab.problems == []


def test_the_timeline_zooms_and_opens_an_item(tab: Tab) -> None:
    page = tab.open("/timeline")
    page.wait_for_selector("#timeline[data-ready=true]")
    page.wait_for_selector(".vis-item.kind-event")
    span = "(() => { const w = window.riftTimeline.getWindow(); return w.end - w.start; })()"
    before = page.evaluate(span)
    page.click("#zoom-in")
    until(page, f"{span} < {before} * 0.8")
    page.click("#fit")
    until(page, f"Math.abs({span} - {before}) < {before} * 0.01")
    page.wait_for_timeout(300)
    tab.shot("timeline")
    point = page.locator(".vis-item.kind-event.vis-point").first
    title = point.inner_text().strip()
    point.click()
    page.wait_for_url("**/events/*")
    assert page.locator("h1").inner_text() == title
    assert tab.problems == []


def test_the_item_pages_and_the_dyad_page(tab: Tab) -> None:
    page = tab.open("/dyads/ALB/SUN")
    until(page, "document.querySelector('figure.chart img').naturalWidth > 0")
    tab.shot("dyad")
    page.locator('a[href^="/periods/"]').first.click()
    page.wait_for_url("**/periods/*")
    page.locator('a[href^="/events/"]').first.click()
    page.wait_for_url("**/events/*")
    assert page.locator("ol.sources li").count() >= 1
    tab.shot("event")
    assert tab.problems == []


def test_the_seed_essay_comes_back_annotated(tab: Tab, server: str) -> None:
    essay = ESSAY.read_text("utf-8")
    claims = api(server, "/api/check", method="POST", json={"text": essay})["claims"]
    page = tab.open("/check")
    page.fill("#text", essay)
    page.click("#check-button")
    page.wait_for_selector("#report")
    # every claim has its note; a claim is marked in place unless it lies inside a marked one
    assert page.locator("#report .note").count() == len(claims)
    marked = {m.get_attribute("id")[len("claim-") :] for m in page.locator("#report mark").all()}
    spans = {c["id"]: (c["start"], c["end"]) for c in claims}
    for claim in claims:
        if claim["id"] in marked:
            mark = page.locator(f"#claim-{claim['id']}")
            assert mark.get_attribute("data-verdict") == claim["verdict"]
            assert essay[claim["start"] :].startswith(mark.inner_text())
        else:
            assert any(spans[m][0] <= claim["start"] < spans[m][1] for m in marked), (
                f"{claim['id']} is neither marked nor inside a marked claim"
            )
    assert tab.problems == []


def test_contradicted_claims_are_highlighted_with_their_corrections(tab: Tab, server: str) -> None:
    text = ERRORS.read_text("utf-8")
    claims = api(server, "/api/check", method="POST", json={"text": text})["claims"]
    wrong = [c for c in claims if c["verdict"] == "contradicted"]
    assert wrong
    page = tab.open("/check")
    page.fill("#text", text)
    page.click("#check-button")
    page.wait_for_selector("#report")
    highlighted = page.locator("#report mark.v-contradicted")
    assert highlighted.count() == len(wrong)
    for claim in wrong:
        mark = page.locator(f"#claim-{claim['id']}")
        assert mark.is_visible()
        colour = mark.evaluate("m => getComputedStyle(m).backgroundColor")
        assert colour == "rgb(248, 208, 204)"  # --contradicted
        assert claim["correction"] in (mark.get_attribute("title") or "")
        assert claim["correction"] in page.locator(f"#note-{claim['id']}").inner_text()
    tab.shot("check")
    assert tab.problems == []


def test_markup_in_a_pasted_or_uploaded_text_does_not_run(tab: Tab, tmp_path: Path) -> None:
    hostile = (
        "Stalin died in 1956. <img src=x onerror=\"window.pwned='img'\"> "
        "<script>window.pwned='script'</script> javascript:window.pwned='link'"
    )
    page = tab.open("/check")
    page.fill("#text", hostile)
    page.click("#check-button")
    page.wait_for_selector("#report")
    assert page.evaluate("window.pwned") is None
    assert page.locator("#report img, #report script").count() == 0
    upload = tmp_path / "essay.html"
    upload.write_text(
        f"<p>{hostile}</p><p><a href=\"javascript:window.pwned='a'\">Albania</a> "
        "left the Warsaw Pact in 1968.</p>",
        encoding="utf-8",
    )
    page = tab.open("/check")
    page.set_input_files("input[type=file]", str(upload))
    page.click("#check-button")
    page.wait_for_selector("#report")
    assert page.evaluate("window.pwned") is None
    assert page.locator('#report a[href^="javascript"]').count() == 0
    # the CSP refuses the inline handler: the browser says so, and nothing ran
    assert all("Content Security Policy" in p or "x:1" in p for p in tab.problems)


def test_the_api_docs_run_from_the_package(tab: Tab) -> None:
    page = tab.open("/api/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 12
    assert tab.problems == []
