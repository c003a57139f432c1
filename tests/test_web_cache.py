"""Kept responses: a repeated GET gets the bytes a fresh answer has, within the cache's bounds."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from rift import queries, store
from rift.web.app import create_app
from rift.web.cache import ResponseCache, visit
from rift.web.security import Message, Receive, Scope, Send

HTML = {"accept": "text/html"}
Answer = tuple[int, list[Any], bytes]


class Pages:
    """An app whose answer is its path and query string; counts the answers it computes.

    Paths under /missing are 404s; a longer query string makes a longer body.
    """

    def __init__(self) -> None:
        self.computed = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.computed += 1
        query: bytes = scope["query_string"]
        body = scope["path"].encode() + b"?" + query + b"." * (10 * len(query))
        status = 404 if scope["path"].startswith("/missing") else 200
        headers = [(b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


async def ask(app: Any, url: str, method: str = "GET") -> Answer:
    """One request to the ASGI `app`: (status, headers, body)."""
    path, _, query = url.partition("?")
    scope = {"type": "http", "method": method, "path": path, "query_string": query.encode()}
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    await app(scope, receive, send)
    start, *bodies = sent
    return start["status"], start["headers"], b"".join(m.get("body", b"") for m in bodies)


def asked(app: Any, *urls: str, method: str = "GET") -> list[Answer]:
    """The answers of `app` to `urls`, asked one after another."""

    async def each() -> list[Answer]:
        return [await ask(app, url, method) for url in urls]

    return asyncio.run(each())


def test_a_repeated_get_is_sent_again_as_it_was_without_computing_it() -> None:
    pages = Pages()
    cache = ResponseCache(pages)
    first, again = asked(cache, "/events/x?actor=ALB", "/events/x?actor=ALB")
    assert again == first == asked(Pages(), "/events/x?actor=ALB")[0]
    assert pages.computed == 1


def test_urls_that_differ_only_in_their_query_string_are_answers_of_their_own() -> None:
    pages = Pages()
    cache = ResponseCache(pages)
    urls = ["/on/1965", "/on/1965?actor=ALB", "/on/1965?actor=SUN", "/on/1965?actor=ALB&x="]
    assert asked(cache, *urls, *urls) == asked(Pages(), *urls, *urls)
    assert pages.computed == len(urls)


def test_what_a_middleware_outside_does_to_an_answer_is_not_kept() -> None:
    def stamped(app: Any) -> Any:
        async def call(scope: Scope, receive: Receive, send: Send) -> None:
            async def stamp(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message["headers"].append((b"x-stamp", b"1"))  # in place, as some do
                await send(message)

            await app(scope, receive, stamp)

        return call

    urls = ["/a", "/a", "/a"]
    assert asked(stamped(ResponseCache(Pages())), *urls) == asked(stamped(Pages()), *urls)


def test_only_whole_200_answers_to_a_get_are_kept() -> None:
    pages = Pages()
    cache = ResponseCache(pages)
    asked(cache, "/missing/x", "/missing/x", "/static/app.css", "/static/app.css")
    asked(cache, "/api/check", "/api/check", method="POST")
    assert pages.computed == 6 and not cache.kept


def test_a_visit_asks_each_page_once_and_the_cache_keeps_the_answers() -> None:
    pages = Pages()
    cache = ResponseCache(pages)
    assert asyncio.run(visit(cache, ["/a", "/b?x=1", "/missing/c"])) == 2  # the 200s
    assert pages.computed == 3
    first = asked(cache, "/a", "/b?x=1")
    assert pages.computed == 3 and first == asked(Pages(), "/a", "/b?x=1")


def test_the_least_recently_asked_answer_goes_first() -> None:
    pages = Pages()
    cache = ResponseCache(pages, entries=2)
    asked(cache, "/a", "/b", "/a", "/c")  # /b is the least recently asked when /c comes
    computed = pages.computed
    asked(cache, "/a", "/c")
    assert pages.computed == computed
    asked(cache, "/b")
    assert pages.computed == computed + 1


def test_the_kept_bodies_stay_within_their_size() -> None:
    cache = ResponseCache(Pages(), size=1600)  # bodies over 100 bytes are not kept
    asked(cache, "/big?" + "q" * 20, "/a?1", "/b?22", "/c?333", "/d?4444", "/e?55555")
    assert ("GET", "/big", b"q" * 20) not in cache.kept
    assert 0 < cache.bytes == sum(len(body) for _, body in cache.kept.values()) <= 1600


@given(
    st.lists(
        st.tuples(st.sampled_from(["/a", "/b", "/missing"]), st.sampled_from(["", "x", "y=1"])),
        max_size=40,
    ),
    st.integers(min_value=0, max_value=4),
    st.integers(min_value=0, max_value=200),
)
def test_any_gets_have_their_fresh_answers_within_the_bounds(
    requests: list[tuple[str, str]], entries: int, size: int
) -> None:
    urls = [f"{path}?{query}" if query else path for path, query in requests]
    cache = ResponseCache(Pages(), entries=entries, size=size)
    assert asked(cache, *urls) == asked(Pages(), *urls)
    assert len(cache.kept) <= entries and cache.bytes <= size


# -- the explorer: every kind of page and API answer, kept and fresh


@pytest.fixture(scope="module")
def kept(bundled_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(bundled_db), headers=HTML) as client:
        yield client


@pytest.fixture(scope="module")
def fresh(bundled_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(bundled_db, kept=0), headers=HTML) as client:
        yield client


@pytest.fixture(scope="module")
def ids(bundled_db: Path) -> dict[str, str]:
    with store.connect(bundled_db) as con:
        return {
            "event": queries.events(con, ["ALB", "SUN"])[0]["id"],
            "period": queries.periods(con, ["ALB", "SUN"], kind="phase")[0]["id"],
            "source": queries.sources(con)[0]["id"],
        }


def cache_of(app: FastAPI) -> ResponseCache:
    """The app's `ResponseCache`, among its middleware."""
    layer: Any = app.middleware_stack
    while not isinstance(layer, ResponseCache):
        layer = layer.app
    return layer


def answer(client: TestClient, url: str) -> Answer:
    response = client.get(url)
    return response.status_code, response.headers.raw, response.content


# pairs that differ only in their query string, and answers that differ
URLS = [
    ("/", "/?actor=ALB"),
    ("/timeline", "/timeline?actor=ALB&actor=CHN&kind=alliance&min_salience="),
    ("/events/{event}", "/events/{event}?from=1960"),
    ("/periods/{period}", "/periods/{period}?x=1"),
    ("/sources/{source}", "/actors/ALB"),
    ("/on/1965-06-01", "/on/1965-06-01?actor=ALB"),
    ("/dyads/ALB/SUN", "/dyads/ALB/SUN?by=quarter&from=1960&to=1965"),
    ("/api/events?actor=ALB&from=1960&to=1961", "/api/events?actor=ALB&from=1962&to=1963"),
    ("/api/on/1965-06-01?actor=ALB", "/api/on/1965-06-01?actor=SUN"),
    ("/api/timeline?actor=ALB&min_salience=1", "/api/timeline?actor=ALB&min_salience=3"),
    ("/api/items/{event}", "/api/items/{period}"),
]


@pytest.mark.parametrize(("one", "other"), URLS)
def test_a_kept_answer_is_the_bytes_of_a_fresh_one(
    kept: TestClient, fresh: TestClient, ids: dict[str, str], one: str, other: str
) -> None:
    one, other = one.format(**ids), other.format(**ids)
    first = [answer(kept, one), answer(kept, other)]
    again = [answer(kept, one), answer(kept, other)]
    assert first == again == [answer(fresh, one), answer(fresh, other)]
    assert first[0][0] == 200 and first[1][0] == 200
    cache = cache_of(kept.app)  # type: ignore[arg-type]
    for url in (one, other):
        path, _, query = url.partition("?")
        assert ("GET", path, query.encode()) in cache.kept
    assert not cache_of(fresh.app).kept  # type: ignore[arg-type]


def test_a_query_string_the_page_reads_changes_the_kept_answer(kept: TestClient) -> None:
    for one, other in [
        ("/api/on/1965-06-01?actor=ALB", "/api/on/1965-06-01?actor=SUN"),
        ("/api/timeline?actor=ALB&min_salience=1", "/api/timeline?actor=ALB&min_salience=3"),
    ]:
        assert answer(kept, one)[2] != answer(kept, other)[2]


async def visited(app: FastAPI) -> int:
    """The item pages the server drew when it started, once it has drawn them."""
    count: int = await app.state.visits
    return count


def test_every_item_page_is_kept_when_the_server_starts_as_a_visitor_would_get_it(
    bundled_db: Path, fresh: TestClient
) -> None:
    with TestClient(create_app(bundled_db), headers=HTML) as client:
        app: Any = client.app
        urls = list(app.state.catalogue.urls())
        assert client.portal.call(visited, app) == len(urls) == len(app.state.catalogue.entries)
        cache = cache_of(app)
        # kept before anyone asked ...
        assert {("GET", url, b"") for url in urls} <= set(cache.kept)
        assert {url.split("/")[1] for url in urls} == {"events", "periods", "actors", "sources"}
        # ... and the bytes a fresh answer has, headers and all
        for url in urls:
            assert answer(client, url) == answer(fresh, url)
    assert not cache_of(fresh.app).kept  # type: ignore[arg-type]
