"""Benchmark the cold start of the query commands, start to exit, in a fresh process each time.

Each command's median is printed next to two baselines measured in the same run,
interleaved with it (these machines are shared and noisy): a bare `python -c pass`
and `python -c "import duckdb"`, the floor of any command that reads the store.
The aim (issue 8) is 10x a bare start-up. Python may write byte-code here
(PYTHONDONTWRITEBYTECODE is dropped), as in an installation, whose byte-code is
compiled once: recompiling rift's modules on every start costs tens of milliseconds.

    .venv/bin/python benchmarks/bench_cli.py [--repeat 15] [--rift PATH]
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

RIFT = str(Path(sys.executable).with_name("rift"))
PYTHON = sys.executable


def cases(rift: str) -> dict[str, list[str]]:
    """The commands to time, by name, the two baselines first."""
    return {
        "python -c pass": [PYTHON, "-c", "pass"],
        "python -c 'import duckdb'": [PYTHON, "-c", "import duckdb"],
        "rift on 1965-06-01": [rift, "on", "1965-06-01", "--format", "json"],
        "rift events --actor ALB --from 1960 --to 1961": [
            rift,
            *("events", "--actor", "ALB", "--from", "1960", "--to", "1961", "--format", "json"),
        ],
        "rift show vlore-base-crisis-1961": [rift, "show", "vlore-base-crisis-1961", "-f", "json"],
        "rift show ALB": [rift, "show", "ALB", "--format", "json"],
        "rift events --help (Typer)": [rift, "events", "--help"],
    }


def once(argv: list[str], env: dict[str, str]) -> float:
    """Wall time of one run of `argv`, start to exit, in seconds."""
    began = time.perf_counter()
    subprocess.run(argv, env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--rift", default=RIFT, help="the rift program (default: %(default)s)")
    args = parser.parse_args()
    commands = cases(args.rift)
    from rift import store
    from rift.chronicle import CHRONICLE_DIR

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        env = {**os.environ, "RIFT_DB": str(db)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        store.build(db, CHRONICLE_DIR)
        for argv in commands.values():  # warm the file cache and the byte-code
            once(argv, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):  # round-robin, so that a noisy moment hits every case
            for name, argv in commands.items():
                samples[name].append(once(argv, env))
    medians = {name: statistics.median(times) for name, times in samples.items()}
    bare = medians["python -c pass"]
    duck = medians["python -c 'import duckdb'"]
    print(f"median of {args.repeat} runs each, interleaved; aim: 10x bare start-up")
    print(f"{'command':48} {'seconds':>8} {'x pass':>7} {'x duckdb':>9}")
    for name, seconds in medians.items():
        print(f"{name:48} {seconds:8.3f} {seconds / bare:7.1f} {seconds / duck:9.2f}")


if __name__ == "__main__":
    main()
