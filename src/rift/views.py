"""What the query commands print: run a query, lay its answer out as rows, write it out.

Free of Typer, so that `rift.main` can answer the common queries without loading
it; `rift.cli` declares the same commands' options for Typer and calls these.
Errors follow the CLI's rule: one line on standard error and exit status 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn

from rift.errors import ChronicleError, RiftError


class Format(StrEnum):
    """How a query's answer is written out."""

    table = "table"
    json = "json"
    csv = "csv"


class CheckFormat(StrEnum):
    """How a check's report is written out."""

    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


def fail(message: str, status: int = 2) -> NoReturn:
    """Print `rift: message` on standard error and exit with `status`."""
    _write(sys.stderr, f"rift: {message}\n")
    raise SystemExit(status)


@contextmanager
def errors() -> Iterator[None]:
    """Turn rift's errors into one line each and an exit status, never a traceback."""
    try:
        yield
    except ChronicleError as exc:
        _write(sys.stderr, "".join(f"{problem}\n" for problem in exc.problems))
        fail(f"the chronicle has {len(exc.problems)} problem(s); the database was not changed", 1)
    except RiftError as exc:
        fail(str(exc))


@contextmanager
def output() -> Iterator[None]:
    """A failure to write standard output (a full disk, a closed pipe) is one line, exit 2."""
    try:
        yield
    except OSError as exc:
        import os

        # nothing more can reach stdout; point it at /dev/null so that the
        # interpreter's final flush does not print a traceback of its own
        with suppress(OSError, ValueError):  # no file descriptor (a test runner)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        fail(f"cannot write the output: {exc.strerror or exc}")


def echo(text: str, nl: bool = True) -> None:
    """Print to standard output (see `output`)."""
    with output():
        _write(sys.stdout, text + "\n" if nl else text)


def _write(stream: Any, text: str) -> None:
    stream.write(text)
    stream.flush()  # as click.echo does: a full disk shows here, inside `output`


def chosen(fmt: Format | None) -> Format:
    """The format asked for; else a table on a terminal and JSON in a pipe."""
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.json


def emit(
    data: Any,
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: Format | None,
    title: str | None = None,
) -> None:
    """Write `data` as JSON, or `rows` as CSV or a table of `columns`."""
    from rift import render

    form = chosen(fmt)
    if form is Format.json:
        echo(render.to_json(data))
    elif form is Format.csv:
        echo(render.to_csv(rows), nl=False)
    else:
        from rich.console import Console

        with output():
            Console().print(render.table(rows, columns, title))


def query(run: Callable[[Any], Any]) -> Any:
    """`run(connection)` on the store, built first when needed; rift's errors are one line."""
    from rift import store

    with errors(), store.connect() as con:
        return run(con)


def actors(kind: str | None = None, fmt: Format | None = None) -> None:
    """`rift actors`."""
    from rift import queries

    rows = query(lambda con: queries.actors(con, kind))
    emit(rows, rows, ["id", "kind", "name", "aliases", "wikidata", "cow"], fmt, "Actors")


def sources(fmt: Format | None = None) -> None:
    """`rift sources`."""
    from rift import queries

    rows = query(queries.sources)
    emit(rows, rows, ["id", "type", "class", "citation", "cited_by"], fmt, "Sources")


def events(
    actor: list[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    event_type: str | None = None,
    min_salience: int | None = None,
    fmt: Format | None = None,
) -> None:
    """`rift events`."""
    from rift import queries

    rows = query(lambda con: queries.events(con, actor, start, end, event_type, min_salience))
    columns = ["id", "date", "title", "type", "goldstein", "salience", "actors"]
    emit(rows, rows, columns, fmt, "Events")


def periods(
    actor: list[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    kind: str | None = None,
    fmt: Format | None = None,
) -> None:
    """`rift periods`."""
    from rift import queries

    rows = query(lambda con: queries.periods(con, actor, start, end, kind))
    columns = ["id", "kind", "start", "end", "title", "level", "status", "actors"]
    emit(rows, rows, columns, fmt, "Periods")


def show(ident: str, fmt: Format | None = None) -> None:
    """`rift show ID`."""
    from rift import queries

    data = query(lambda con: queries.show(con, ident))
    item = data["item"]
    rows = [{"field": k, "value": v} for k, v in item.items() if k != "sources"]
    rows += [
        {"field": "source", "value": f"{s['citation']}" + (f" ({s['at']})" if s["at"] else "")}
        for s in item.get("sources") or []
        if isinstance(s, dict) and "citation" in s
    ]
    rows += [
        {"field": "cited by", "value": f"{c['kind']} {c['id']}"} for c in data.get("cited_by", [])
    ]
    rows += [{"field": "dyad then", "value": score_text(s)} for s in data.get("scores", [])]
    rows += [
        {"field": "period", "value": f"{p['id']} ({p['start']}–{p['end'] or ''})"}
        for p in data.get("periods", [])
    ]
    rows += [
        {"field": "event", "value": f"{e['date']} {e['title']}"} for e in data.get("events", [])
    ]
    emit(data, rows, ["field", "value"], fmt, f"{data['kind']} {ident}")


def on(when: str, actor: list[str] | None = None, fmt: Format | None = None) -> None:
    """`rift on DATE`."""
    from rift import queries

    state = query(lambda con: queries.on(con, when, actor))
    rows = [
        {
            "what": p["kind"]
            + (f" ({p['level']})" if p["level"] else "")
            + (f" ({p['status']})" if p["status"] else ""),
            "id": p["id"],
            "title": p["title"],
            "from": p["start"],
            "to": p["end"] or "",
        }
        for p in [*state["phases"], *state["periods"]]
    ]
    rows += [
        {
            "what": "score",
            "id": "–".join(s["dyad"]),
            "title": score_text(s),
            "from": s["year"],
            "to": "",
        }
        for s in state["scores"]
    ]
    rows += [
        {"what": "event", "id": e["id"], "title": e["title"], "from": e["date"], "to": ""}
        for e in state["events"]
    ]
    emit(state, rows, ["what", "id", "title", "from", "to"], fmt, f"On {when}")


def overview(fmt: Format | None = None) -> None:
    """`rift overview`: a summary line and two tables, or the key dates' states as data."""
    from rift.overview import overview as summarize

    data = query(summarize)
    if chosen(fmt) is not Format.table:
        emit(data, data["states"], list(data["states"][0]), fmt)
        return
    from rich.console import Console

    from rift import render

    console = Console()
    size = data["size"]
    with output():
        console.print(
            f"[bold]rift chronicle[/bold]: {size['events']} events ({data['events_from']} to "
            f"{data['events_to']}), {size['periods']} periods, {size['actors']} actors, "
            f"{size['sources']} sources"
        )
        console.print(
            render.table(
                data["phases"],
                ["title", "start", "end"],
                "Phases of Albania–Soviet Union relations",
            )
        )
        console.print(
            render.table(
                data["states"],
                ["date", "phase", "relations", "memberships", "aid"],
                "The relationship on key dates",
            )
        )


def score_text(score: dict[str, Any]) -> str:
    """One line for a dyad's phase and composite score in a year."""
    phase = f"phase {score['phase']!r}, " if score["phase"] else ""
    value = score["composite"]
    shown = "no relations on record" if value is None else f"composite {value:+.1f}"
    return f"{'–'.join(score['dyad'])} in {score['year']}: {phase}{shown}"


def check(files: list[str], fmt: CheckFormat | None = None, out: Path | None = None) -> None:
    """Hold English narratives against the chronicle, claim by claim."""
    from rift import output
    from rift.check import inputs, report, run

    with errors():
        if out is not None:
            output.require_writable(out, files)
        texts = inputs.read(files, sys.stdin.buffer)
    reports = query(lambda con: run.check_texts(con, texts))
    picked = fmt or (CheckFormat.text if sys.stdout.isatty() or out else CheckFormat.json)
    rendered = report.render(reports, picked.value)
    if out is None:
        echo(rendered, nl=not rendered.endswith("\n"))
        return
    with errors():
        output.write(out, rendered)
    echo(f"wrote {out}")
