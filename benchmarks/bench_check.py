"""Benchmark `rift check`: throughput, overhead over parsing, peak memory, cold start.

Makes 200 essays by varying the seed essay and the development essays (shuffled
paragraphs, subsets of sentences, years moved by a few), then measures in one run:

* the time the spaCy pipeline alone takes to parse them (the baseline),
* the time `rift check` takes for the same texts (parse included), on one core,
* essays per second, the ratio of check time to parse time, peak memory,
* the cold start of `rift check` on one essay, against a bare `python -c pass` and
  against loading the spaCy model alone in a fresh process,
* a size sweep: texts of 30 KB to 2 MB made of the same essays, each checked in a
  fresh process, with seconds per 100 KB and the process's peak memory (the check
  is linear when seconds per 100 KB stay flat).

    .venv/bin/python benchmarks/bench_check.py [--essays 200] [--sizes 30,100,300,1000,1990]
"""

from __future__ import annotations

import os

for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(name, "1")  # one core

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import duckdb

from rift import store
from rift.check import knowledge
from rift.check.nlp import pipeline
from rift.check.pipeline import check_parsed

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "examples" / "albania-soviet-essay.txt",
    *sorted((ROOT.parent / "shared" / "eval" / "dev").glob("*.txt")),
]
RIFT = str(Path(sys.executable).with_name("rift"))


def _moved(match: re.Match[str], shift: int) -> str:
    return str(int(match.group(1)) + shift)


def variants(texts: list[str], count: int, seed: int = 0) -> list[str]:
    """`count` essays made from `texts`: shuffled paragraphs, sentence subsets, shifted years."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        base = texts[n % len(texts)]
        paragraphs = [p for p in base.split("\n") if p.strip()]
        rng.shuffle(paragraphs)
        kept = []
        for paragraph in paragraphs:
            sentences = re.split(r"(?<=\.)\s+", paragraph)
            kept.append(" ".join(s for s in sentences if rng.random() > 0.2) or sentences[0])
        essay = "\n".join(kept)
        shift = rng.choice([0, 0, 1, -1, 2])
        made.append(re.sub(r"\b(19[4-9]\d)\b", partial(_moved, shift=shift), essay))
    return made


def long_text(size: int, seed: int = 0) -> str:
    """About `size` characters of essays, varied as in `variants`, paragraph after paragraph."""
    sources = [p.read_text(encoding="utf-8") for p in SOURCES if p.exists()]
    parts: list[str] = []
    total, batch = 0, 0
    while total < size:
        for essay in variants(sources, 20, seed=seed + batch):
            parts.append(essay)
            total += len(essay) + 1
            if total >= size:
                break
        batch += 1
    return "\n".join(parts)[:size].rsplit("\n", 1)[0]


def one_size(size: int, db: Path) -> dict[str, float]:
    """Check one text of `size` characters in this process: seconds and peak memory."""
    from rift.check import run
    from rift.check.inputs import Text

    text = long_text(size)
    with duckdb.connect(str(db), read_only=True) as con:
        run.check_texts(con, [Text("warm-up", "Stalin died in 1953.")])
        began = time.perf_counter()
        [report] = run.check_texts(con, [Text("long", text)])
        seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"chars": len(text), "seconds": seconds, "peak": peak, "claims": len(report["claims"])}


def sweep(sizes: list[int], db: Path) -> None:
    """The size sweep, each size in a fresh process (peak memory is per process)."""
    print("size sweep (one fresh process per size)")
    print("      size    seconds   s/100 KB   peak MB   claims")
    first = None
    for kb in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(kb * 1000), "--db", str(db)],
            check=True,
            capture_output=True,
            text=True,
        )
        row = json.loads(done.stdout.strip().splitlines()[-1])
        per = row["seconds"] / (row["chars"] / 100_000)
        first = first or per
        print(
            f"{row['chars'] / 1000:8.0f} KB {row['seconds']:8.1f} s {per:8.2f} s"
            f"  {row['peak']:7.0f}  {row['claims']:7d}   ({per / first:.2f}x the first)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--essays", type=int, default=200)
    parser.add_argument("--sizes", default="30,100,300,1000,1990", help="KB, comma-separated")
    parser.add_argument("--sweep-only", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_size(args.one, args.db)))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.sweep_only:
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "bench.duckdb"
            store.build(db, store.DEFAULT_CHRONICLE)
            sweep(sizes, db)
        return
    texts = variants([p.read_text(encoding="utf-8") for p in SOURCES if p.exists()], args.essays)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        store.build(db, store.DEFAULT_CHRONICLE)
        nlp = pipeline()
        nlp("warm up the pipeline.")
        began = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        parse = time.perf_counter() - began
        with duckdb.connect(str(db), read_only=True) as con:
            began = time.perf_counter()
            know = knowledge.load(con)
            loaded = time.perf_counter() - began
            began = time.perf_counter()
            reports = [
                check_parsed(doc, text, know, f"essay-{n}")
                for n, (doc, text) in enumerate(
                    zip(nlp.pipe(texts, batch_size=16), texts, strict=True)
                )
            ]
            check = time.perf_counter() - began
        claims = sum(len(r["claims"]) for r in reports)
        essay = Path(folder) / "essay.txt"
        essay.write_text(texts[0], encoding="utf-8")
        env = {**os.environ, "RIFT_DB": str(db)}
        subprocess.run(
            [RIFT, "check", "--format", "json", str(essay)],
            env=env,
            check=True,
            capture_output=True,
        )  # the database is built; now time cold starts
        colds, bares, models = [], [], []
        for _ in range(3):
            began = time.perf_counter()
            subprocess.run(
                [sys.executable, "-c", "from rift.check.nlp import pipeline; pipeline()"],
                check=True,
            )
            models.append(time.perf_counter() - began)
            began = time.perf_counter()
            subprocess.run(
                [RIFT, "check", "--format", "json", str(essay)],
                env=env,
                check=True,
                capture_output=True,
            )
            colds.append(time.perf_counter() - began)
            began = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bares.append(time.perf_counter() - began)
        sweep(sizes, db)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del docs
    cold, bare, model = sorted(colds)[1], sorted(bares)[1], sorted(models)[1]
    print(f"essays              {len(texts)} ({claims} claims)")
    print(f"spaCy parse alone   {parse:7.2f} s   ({len(texts) / parse:6.1f} essays/s)")
    print(f"rift check          {check:7.2f} s   ({len(texts) / check:6.1f} essays/s, one core)")
    print(f"check / parse       {check / parse:7.2f}    (aim: at most 1.5)")
    print(f"chronicle load      {loaded:7.2f} s   (once per run)")
    print(f"peak memory         {peak:7.0f} MB  (aim: under 600)")
    print(f"cold start          {cold:7.2f} s   (python -c pass: {bare:.2f} s; aim: under 2 s)")
    print(f"spaCy model load    {model:7.2f} s   (cold start / model load: {cold / model:.2f})")


if __name__ == "__main__":
    main()
