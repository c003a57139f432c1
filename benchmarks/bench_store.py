"""Benchmark the store: `rift build` time and the cold start of `rift on` and `rift events`.

Every figure is printed next to a baseline measured in the same run (these
machines are shared and noisy): the build against reading the chronicle files
once, the commands against a bare `python -c pass` start-up.

    .venv/bin/python benchmarks/bench_store.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rift import store
from rift.chronicle import CHRONICLE_DIR, files

RIFT = str(Path(sys.executable).with_name("rift"))


def timed(action: object, repeat: int) -> float:
    """Median wall time of `repeat` calls of `action`, in seconds."""
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def run(argv: list[str], env: dict[str, str]) -> None:
    subprocess.run(argv, env=env, check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        env = {**os.environ, "RIFT_DB": str(db)}
        read = timed(lambda: [p.read_text(encoding="utf-8") for p in files()], args.repeat)
        build = timed(lambda: store.build(db, CHRONICLE_DIR), args.repeat)
        bare = timed(lambda: run([sys.executable, "-c", "pass"], env), args.repeat)
        on = timed(lambda: run([RIFT, "on", "1965-06-01", "--format", "json"], env), args.repeat)
        events = timed(lambda: run([RIFT, "events", "--format", "json"], env), args.repeat)
    print(f"rift build          {build:7.3f} s   ({build / read:6.0f}x reading the YAML files)")
    print(f"python -c pass      {bare:7.3f} s   (baseline start-up)")
    print(f"rift on (cold)      {on:7.3f} s   ({on / bare:6.1f}x bare start-up)")
    print(f"rift events (cold)  {events:7.3f} s   ({events / bare:6.1f}x bare start-up)")


if __name__ == "__main__":
    main()
