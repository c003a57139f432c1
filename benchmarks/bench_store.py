"""Benchmark the store: build time against chronicle size.

Every figure is printed next to a baseline measured in the same run (these
machines are shared and noisy): the build against reading the chronicle files
once. The cold start of the query commands is `bench_cli.py`'s.

* `rift build` of the bundled chronicle and of synthetic chronicles of 1,000 to
  20,000 events (dates of every precision, qualifiers and intervals), with the
  time per 1,000 events: flat when the build is linear.

    .venv/bin/python benchmarks/bench_store.py [--repeat 5] [--sizes 1000,5000,20000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

HEADER = """\
actors:
  - {id: ALB, kind: state, name: Albania, aliases: [Tirana], demonyms: [Albanian]}
  - {id: SUN, kind: state, name: Soviet Union, aliases: [USSR, Moscow], demonyms: [Soviet]}
  - {id: CHN, kind: state, name: China, aliases: [Beijing], demonyms: [Chinese]}
  - {id: warsaw-pact, kind: alliance, name: Warsaw Pact}
sources:
  - id: bench-source-2000
    type: book
    class: scholarly
    citation: "A. Author, A Book Written for the Benchmark (Nowhere: Bench Press, 2000)."
events:
"""

EVENT = """\
  - id: event-{n}
    date: "{date}"
    title: Event number {n} between {a} and {b}
    summary: A synthetic event for timing the build, number {n}.
    actors:
      - {{id: {a}, role: source}}
      - {{id: {b}, role: target}}
    cameo: "{cameo}"
    salience: {salience}
    frame: {frame}
    sources:
      - {{id: bench-source-2000, at: "p. {page}"}}
"""

KINDS = [
    ("057", "{{type: sign, agent: [{a}, {b}]}}"),
    ("161", "{{type: break_relations, agent: [{a}, {b}]}}"),
    ("042", "{{type: visit, agent: [{a}], patient: [{b}]}}"),
]


def _date(rng: random.Random) -> str:
    """An EDTF date of any precision, sometimes qualified or an interval."""
    year = rng.randint(1939, 1992)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    plain = rng.choice([f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"])
    roll = rng.random()
    if roll < 0.15:
        return plain + rng.choice("?~%")
    if roll < 0.3:
        return f"{year}-{month:02d}-{day:02d}/{year + rng.randint(0, 3)}-12"
    return plain


def synthetic_chronicle(events: int, seed: int = 0) -> str:
    """A valid chronicle file of `events` events on three states."""
    rng = random.Random(seed)
    parts = [HEADER]
    for n in range(events):
        a, b = rng.sample(["ALB", "SUN", "CHN"], 2)
        cameo, frame = rng.choice(KINDS)
        parts.append(
            EVENT.format(
                n=n,
                date=_date(rng),
                a=a,
                b=b,
                cameo=cameo,
                frame=frame.format(a=a, b=b),
                salience=rng.randint(1, 3),
                page=rng.randint(1, 400),
            )
        )
    return "".join(parts)


def timed(action: object, repeat: int) -> float:
    """Median wall time of `repeat` calls of `action`, in seconds."""
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sizes", default="1000,5000,20000")
    args = parser.parse_args()
    from rift import store
    from rift.chronicle import CHRONICLE_DIR, files

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        read = timed(lambda: [p.read_text(encoding="utf-8") for p in files()], args.repeat)
        bundled = store.build(db, CHRONICLE_DIR)
        build = timed(lambda: store.build(db, CHRONICLE_DIR), args.repeat)
        sized = []
        for size in [int(s) for s in args.sizes.split(",")]:
            chronicle = Path(folder) / f"chronicle-{size}"
            chronicle.mkdir()
            (chronicle / "events.yaml").write_text(synthetic_chronicle(size), encoding="utf-8")
            other = Path(folder) / f"bench-{size}.duckdb"
            report = store.build(other, chronicle)
            sized.append((size, report.seconds))
    print(
        f"rift build          {build:7.3f} s   ({bundled.events} events; "
        f"{build / read:6.0f}x reading the YAML files)"
    )
    for size, seconds in sized:
        print(
            f"build {size:6d} events {seconds:7.2f} s   ({seconds / size * 1000:5.2f} s per 1,000)"
        )


if __name__ == "__main__":
    main()
