"""Load test of `rift serve`: concurrent clients over pages, API calls and some checks.

A `rift serve` process on a loopback port, and `--clients` clients (50) that send
requests back to back for `--duration` seconds (30): `--check-clients` of them
(2) send checks of a short text, the others a seeded mix of item pages, list
pages (overview, timeline, a date, a dyad) and JSON API calls. Checks have
clients of their own because a check takes the worker a second or more: drawn
into every client's mix (one request in fifty, `--check-clients 0`), they soon
hold nearly every client waiting on the checker, and the pages are then asked
by two or three clients, not fifty. The "in flight" column says how many
clients were waiting on each kind of request, on average.

The clients run in `--processes` (2) processes of their own, each with its own
event loop, so the load generator does not share an interpreter with what it
measures. Each client keeps one connection and speaks HTTP/1.1 through
httptools (the parser uvicorn itself uses): a general-purpose client such as
httpx costs several times the server's own CPU per request, and on a machine
with two cores its queueing would be most of what is measured. A latency is
from sending the request to having read the whole body. Reported per kind:
requests, requests per second, p50 and p99 latency, errors (anything but 200,
by status).

The baseline, measured in the same run: the same queries called in-process on
one connection, one after another (no HTTP, no templates), with their p50 and
p99, so the figures can be read against what the library itself costs on this
machine at this moment.

    .venv/bin/python benchmarks/bench_serve.py [--duration 30] [--clients 50]
        [--check-clients 2] [--processes 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import httptools
import httpx2

from rift import measure, overview, queries, store
from rift import phases as detect
from rift.check import inputs, run

RIFT = str(Path(sys.executable).with_name("rift"))
CHECKED = Path(__file__).parent.parent / "tests" / "data" / "errors-one.txt"

Request = tuple[str, str, str]  # kind, method, path
CHECK: Request = ("check", "POST", "/api/check")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def chronicle_ids(con: Any) -> dict[str, list[str]]:
    """The ids the clients draw from."""
    return {
        "events": [e["id"] for e in queries.events(con)],
        "periods": [p["id"] for p in queries.periods(con)],
        "actors": [a["id"] for a in queries.actors(con)],
    }


def mix(
    ids: dict[str, list[str]], rng: random.Random, with_checks: bool = True
) -> Callable[[], Request]:
    """A function that draws the next request: (kind, method, path); a check one time in 50."""
    events, periods, actors = ids["events"], ids["periods"], ids["actors"]
    days = [f"{y}-06-01" for y in range(1945, 1992)]
    items = [
        lambda: f"/events/{rng.choice(events)}",
        lambda: f"/periods/{rng.choice(periods)}",
        lambda: f"/actors/{rng.choice(actors)}",
    ]
    lists = [
        lambda: "/",
        lambda: "/timeline",
        lambda: f"/on/{rng.choice(days)}",
        lambda: "/dyads/ALB/SUN",
        lambda: "/dyads/ALB/CHN",
    ]
    api = [
        lambda: f"/api/items/{rng.choice(events + periods)}",
        lambda: "/api/events?actor=ALB&actor=SUN&from=1960&to=1961",
        lambda: f"/api/on/{rng.choice(days)}?actor=ALB",
        lambda: "/api/index/ALB/SUN",
        lambda: "/api/phases/ALB/SUN",
        lambda: "/api/timeline?actor=ALB&actor=SUN&min_salience=2",
    ]

    def draw() -> Request:
        roll = rng.random() * (1.0 if with_checks else 0.98)
        if roll >= 0.98:
            return CHECK
        if roll < 0.38:
            return ("item page", "GET", rng.choice(items)())
        if roll < 0.63:
            return ("list page", "GET", rng.choice(lists)())
        return ("api", "GET", rng.choice(api)())

    return draw


class Connection(asyncio.Protocol):
    """One keep-alive HTTP/1.1 connection, its responses read by httptools."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiting: asyncio.Future[int] | None = None
        self.reusable = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.reusable = False
        self._fail(exc or ConnectionResetError("the server closed the connection"))

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self.reusable = False
            self._fail(exc)

    def on_message_complete(self) -> None:  # httptools: the whole body is read
        self.reusable = self.parser.should_keep_alive()
        if self.waiting is not None and not self.waiting.done():
            self.waiting.set_result(self.parser.get_status_code())

    def _fail(self, exc: BaseException) -> None:
        if self.waiting is not None and not self.waiting.done():
            self.waiting.set_exception(exc)

    async def send(self, request: bytes) -> int:
        """The status of the response to `request`, once its whole body is read."""
        assert self.transport is not None
        self.parser = httptools.HttpResponseParser(self)
        self.waiting = asyncio.get_running_loop().create_future()
        self.transport.write(request)
        return await self.waiting


class Client:
    """A client of the server at `host:port` on a connection of its own, opened when needed."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self.connection: Connection | None = None

    async def status(self, method: str, path: str, body: bytes = b"") -> int:
        """Send one request and read the whole response; its status."""
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
        if body:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        if self.connection is None or not self.connection.reusable:
            loop = asyncio.get_running_loop()
            _, self.connection = await loop.create_connection(Connection, self.host, self.port)
        try:
            async with asyncio.timeout(120):
                return await self.connection.send(head.encode("ascii") + b"\r\n" + body)
        except BaseException:
            if self.connection.transport is not None:
                self.connection.transport.close()
            self.connection = None
            raise


async def client(
    http: Client,
    draw: Callable[[], Request],
    until: float,
    check: bytes,
    results: dict[str, list[float]],
    errors: dict[str, dict[str, int]],
) -> None:
    while time.perf_counter() < until:
        kind, method, path = draw()
        began = time.perf_counter()
        try:
            status = str(await http.status(method, path, check if method == "POST" else b""))
        except (OSError, TimeoutError, httptools.HttpParserError) as exc:
            status = type(exc).__name__
        results[kind].append(time.perf_counter() - began)
        if status != "200":
            errors[kind][status] = errors[kind].get(status, 0) + 1


async def load(
    base: str, draw: Callable[[], Request], clients: int, checkers: int, until: float
) -> Any:
    """`clients` clients on this event loop, `checkers` of them checking texts, until `until`."""
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, dict[str, int]] = defaultdict(dict)
    check = json.dumps({"text": CHECKED.read_text("utf-8")}).encode("utf-8")
    host, port = base.removeprefix("http://").rsplit(":", 1)
    stop = time.perf_counter() + (until - time.time())
    await asyncio.gather(
        *(
            client(
                Client(host, int(port)),
                (lambda: CHECK) if i < checkers else draw,
                stop,
                check,
                results,
                errors,
            )
            for i in range(clients)
        )
    )
    return dict(results), dict(errors)


def clients_process(
    base: str,
    ids: dict[str, list[str]],
    seed: int,
    clients: int,
    checkers: int,
    mixed: bool,
    start: float,
    until: float,
) -> Any:
    """One process's share of the clients, from the wall-clock `start` to `until`.

    `checkers` of them send only checks; with `mixed`, every other client
    draws a check one time in fifty as well.
    """
    draw = mix(ids, random.Random(seed), with_checks=mixed)
    time.sleep(max(0.0, start - time.time()))
    return asyncio.run(load(base, draw, clients, checkers, until))


def load_from_processes(
    base: str, ids: dict[str, list[str]], args: argparse.Namespace
) -> tuple[dict[str, list[float]], dict[str, dict[str, int]], float]:
    """All the clients, spread over `args.processes` processes that start together."""
    shares = spread(args.clients, args.processes)
    checkers = spread(args.check_clients, args.processes)
    mixed = not args.check_clients
    start = time.time() + 3  # every process is up and waiting by then
    until = start + args.duration
    results: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, dict[str, int]] = defaultdict(dict)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=args.processes, mp_context=context) as pool:
        futures = [
            pool.submit(
                clients_process, base, ids, args.seed + i, share, checking, mixed, start, until
            )
            for i, (share, checking) in enumerate(zip(shares, checkers, strict=True))
        ]
        for future in futures:
            got, failed = future.result()
            for kind, samples in got.items():
                results[kind].extend(samples)
            for kind, statuses in failed.items():
                for status, count in statuses.items():
                    errors[kind][status] = errors[kind].get(status, 0) + count
    return dict(results), dict(errors), args.duration


def spread(count: int, parts: int) -> list[int]:
    """`count` split into `parts` shares that differ by one at most."""
    return [count // parts + (i < count % parts) for i in range(parts)]


def quantile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(
    title: str, rows: list[tuple[str, list[float], dict[str, int], float]], in_flight: bool = True
) -> None:
    """A table of the rows: (kind, latencies, errors by status, seconds they were taken over).

    In flight: how many clients were waiting on that kind of request, on average.
    """
    print(f"\n{title}")
    print(
        f"{'kind':<12}{'requests':>10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}"
        + (f"{'in flight':>11}" if in_flight else "")
        + f"{'errors':>8}  by status"
    )
    for kind, samples, errors, elapsed in rows:
        if samples:
            statuses = ", ".join(f"{s}: {n}" for s, n in sorted(errors.items()))
            print(
                f"{kind:<12}{len(samples):>10}{len(samples) / elapsed:>10.1f}"
                f"{1000 * statistics.median(samples):>10.1f}"
                f"{1000 * quantile(samples, 0.99):>10.1f}"
                + (f"{sum(samples) / elapsed:>11.1f}" if in_flight else "")
                + f"{sum(errors.values()):>8}  {statuses}"
            )


def baseline(con: Any, draw_rng: random.Random, seconds: float) -> dict[str, list[float]]:
    """The same queries, in-process and one at a time, for about `seconds` each kind."""
    events = [e["id"] for e in queries.events(con)]
    periods = [p["id"] for p in queries.periods(con)]
    calls: dict[str, list[Callable[[], object]]] = {
        "item page": [lambda: queries.show(con, draw_rng.choice(events + periods))],
        "list page": [
            lambda: overview.overview(con),
            lambda: queries.on(con, f"{draw_rng.randint(1945, 1991)}-06-01"),
            lambda: measure.series(con, "ALB", "SUN"),
        ],
        "api": [
            lambda: queries.events(con, ["ALB", "SUN"], "1960", "1961"),
            lambda: measure.series(con, "ALB", "SUN"),
            lambda: detect.phases(con, "ALB", "SUN"),
        ],
        "check": [lambda: run.check_texts(con, [inputs.decode("t", CHECKED.read_bytes())])],
    }
    calls["check"][0]()  # the model is loaded before timing, as in the server
    timings: dict[str, list[float]] = {}
    for kind, options in calls.items():
        samples: list[float] = []
        until = time.perf_counter() + seconds
        while time.perf_counter() < until or len(samples) < 5:
            began = time.perf_counter()
            draw_rng.choice(options)()
            samples.append(time.perf_counter() - began)
        timings[kind] = samples
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients")
    parser.add_argument(
        "--check-clients",
        type=int,
        default=2,
        help="clients that only send checks (0: a check in every client's mix, 1 in 50)",
    )
    parser.add_argument("--processes", type=int, default=2, help="processes for the clients")
    parser.add_argument("--seed", type=int, default=1961)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "rift.duckdb"
        store.build(db, store.chronicle_dir())
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "RIFT_DB": str(db)}
        server = subprocess.Popen(
            [RIFT, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx2.get(f"{base}/api/actors", timeout=2).status_code == 200:
                        break
                except httpx2.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("bench_serve: the server did not start")
                time.sleep(0.2)
            # warm up: the checker's model, the charts, every kind of page once
            httpx2.post(f"{base}/api/check", json={"text": "Stalin died in 1953."}, timeout=120)
            for path in ("/", "/dyads/ALB/SUN", "/dyads/ALB/CHN"):
                httpx2.get(base + path, timeout=60)
            with store.connect(db) as con:
                ids = chronicle_ids(con)
            checking = (
                f"{args.check_clients} of them sending checks"
                if args.check_clients
                else "a check one request in 50"
            )
            print(
                f"rift serve on {base}: {args.clients} clients in {args.processes} processes "
                f"for {args.duration:g} s, {checking} ({os.cpu_count()} CPUs, shared)"
            )
            results, errors, elapsed = load_from_processes(base, ids, args)
        finally:
            server.terminate()
            server.wait(timeout=30)
        everything = [s for samples in results.values() for s in samples]
        rows = [(k, results[k], errors.get(k, {}), elapsed) for k in sorted(results)]
        every: dict[str, int] = {}
        for statuses in errors.values():
            for status, count in statuses.items():
                every[status] = every.get(status, 0) + count
        rows.append(("all", everything, every, elapsed))
        report("Over HTTP, concurrent", rows)

        with store.connect(db) as con:
            timings = baseline(con, random.Random(args.seed), seconds=3)
        report(
            "Baseline: the same queries in-process, one at a time (req/s = calls/s)",
            [(k, v, {}, sum(v)) for k, v in timings.items()],
            in_flight=False,
        )


if __name__ == "__main__":
    main()
