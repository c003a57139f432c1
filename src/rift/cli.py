"""The `rift` command line: a thin shell over `rift.queries`, `rift.store` and friends."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from rift.errors import ChronicleError, RiftError

app = typer.Typer(
    name="rift",
    help="Albania and the Soviet Union in the Cold War: a cited chronicle to explore, "
    "measure and check.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="table (default on a terminal), json or csv."),
]
ActorOption = Annotated[
    list[str] | None,
    typer.Option("--actor", "-a", help="Actor id (repeatable), e.g. ALB, SUN, warsaw-pact."),
]
FromOption = Annotated[str | None, typer.Option("--from", help="EDTF date, e.g. 1955 or 1961-12.")]
ToOption = Annotated[str | None, typer.Option("--to", help="EDTF date, e.g. 1968-09-13.")]


def _fail(message: str, status: int = 2) -> NoReturn:
    typer.echo(f"rift: {message}", err=True)
    raise typer.Exit(status)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn rift's errors into one line each and an exit status, never a traceback."""
    try:
        yield
    except ChronicleError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        _fail(f"the chronicle has {len(exc.problems)} problem(s); the database was not changed", 1)
    except RiftError as exc:
        _fail(str(exc))


@contextmanager
def _output() -> Iterator[None]:
    """A failure to write standard output (a full disk, a closed pipe) is one line, exit 2."""
    try:
        yield
    except OSError as exc:
        import os

        # nothing more can reach stdout; point it at /dev/null so that the
        # interpreter's final flush does not print a traceback of its own
        with suppress(OSError, ValueError):  # no file descriptor (a test runner)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        _fail(f"cannot write the output: {exc.strerror or exc}")


def _echo(text: str, nl: bool = True) -> None:
    """Print to standard output (see `_output`)."""
    with _output():
        typer.echo(text, nl=nl)


def _format(chosen: Format | None) -> Format:
    if chosen is not None:
        return chosen
    return Format.table if sys.stdout.isatty() else Format.json


def _emit(
    data: Any,
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: Format | None,
    title: str | None = None,
) -> None:
    from rift import render

    chosen = _format(fmt)
    if chosen is Format.json:
        _echo(render.to_json(data))
    elif chosen is Format.csv:
        _echo(render.to_csv(rows), nl=False)
    else:
        from rich.console import Console

        with _output():
            Console().print(render.table(rows, columns, title))


def _query(run: Callable[[Any], Any]) -> Any:
    from rift import store

    with _errors(), store.connect() as con:
        return run(con)


@app.command()
def build() -> None:
    """Compile the chronicle into the database (atomic; RIFT_DB sets the path)."""
    from rift import store

    with _errors():
        report = store.build(store.default_path(), store.chronicle_dir())
    _echo(
        f"built {report.path}: {report.events} events, {report.periods} periods, "
        f"{report.actors} actors, {report.sources} sources in {report.seconds:.2f} s"
    )


@app.command()
def validate(
    path: Annotated[
        Path | None, typer.Argument(help="Chronicle folder (default: bundled).")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Also warn on items sourced only by class other.")
    ] = False,
) -> None:
    """Check the chronicle files; print each problem as file:line: message (exit 1 if any)."""
    from rift import store
    from rift.chronicle import check
    from rift.chronicle.consistency import weakly_sourced

    folder = path or store.chronicle_dir()
    chronicle, problems = check(folder)
    if strict:
        problems = [*problems, *weakly_sourced(chronicle)]
    for problem in sorted(problems):
        _echo(str(problem))
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {folder}", err=True)
        raise typer.Exit(1)
    _echo(
        f"ok: {len(chronicle.events)} events, {len(chronicle.periods)} periods, "
        f"{len(chronicle.actors)} actors, {len(chronicle.sources)} sources"
    )


@app.command()
def actors(
    kind: Annotated[
        str | None, typer.Option(help="state, person, party, organization, alliance")
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """List the actors with their ids, names and aliases."""
    from rift import queries

    rows = _query(lambda con: queries.actors(con, kind))
    _emit(rows, rows, ["id", "kind", "name", "aliases", "wikidata", "cow"], fmt, "Actors")


@app.command()
def sources(fmt: FormatOption = None) -> None:
    """List the works the chronicle cites."""
    from rift import queries

    rows = _query(queries.sources)
    _emit(rows, rows, ["id", "type", "class", "citation", "cited_by"], fmt, "Sources")


@app.command()
def events(
    actor: ActorOption = None,
    start: FromOption = None,
    end: ToOption = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER type (e.g. SANCTION) or CAMEO code prefix.")
    ] = None,
    min_salience: Annotated[
        int | None,
        typer.Option(
            "--min-salience", min=1, max=3, help="Keep salience N or more important (1 = most)."
        ),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """List events involving every given actor, in date order."""
    from rift import queries

    rows = _query(lambda con: queries.events(con, actor, start, end, event_type, min_salience))
    _emit(
        rows,
        rows,
        ["id", "date", "title", "type", "goldstein", "salience", "actors"],
        fmt,
        "Events",
    )


@app.command()
def periods(
    actor: ActorOption = None,
    start: FromOption = None,
    end: ToOption = None,
    kind: Annotated[
        str | None,
        typer.Option(help="relations, membership, alliance, leader, aid, base, policy, phase"),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """List periods (relations, memberships, offices, aid, phases...) involving every actor."""
    from rift import queries

    rows = _query(lambda con: queries.periods(con, actor, start, end, kind))
    _emit(
        rows,
        rows,
        ["id", "kind", "start", "end", "title", "level", "status", "actors"],
        fmt,
        "Periods",
    )


@app.command()
def show(
    ident: Annotated[
        str, typer.Argument(metavar="ID", help="An actor, event, period or source id.")
    ],
    fmt: FormatOption = None,
) -> None:
    """Everything about one item, with its sources."""
    from rift import queries

    data = _query(lambda con: queries.show(con, ident))
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
    rows += [{"field": "dyad then", "value": _score_text(s)} for s in data.get("scores", [])]
    rows += [
        {"field": "period", "value": f"{p['id']} ({p['start']}–{p['end'] or ''})"}
        for p in data.get("periods", [])
    ]
    rows += [
        {"field": "event", "value": f"{e['date']} {e['title']}"} for e in data.get("events", [])
    ]
    _emit(data, rows, ["field", "value"], fmt, f"{data['kind']} {ident}")


@app.command()
def on(
    when: Annotated[str, typer.Argument(metavar="DATE", help="EDTF date, e.g. 1965-06-01.")],
    actor: ActorOption = None,
    fmt: FormatOption = None,
) -> None:
    """The state of the world on DATE: active periods, phases, and events within a year."""
    from rift import queries

    state = _query(lambda con: queries.on(con, when, actor))
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
            "title": _score_text(s),
            "from": s["year"],
            "to": "",
        }
        for s in state["scores"]
    ]
    rows += [
        {"what": "event", "id": e["id"], "title": e["title"], "from": e["date"], "to": ""}
        for e in state["events"]
    ]
    _emit(state, rows, ["what", "id", "title", "from", "to"], fmt, f"On {when}")


def _score_text(score: dict[str, Any]) -> str:
    phase = f"phase {score['phase']!r}, " if score["phase"] else ""
    value = score["composite"]
    shown = "no relations on record" if value is None else f"composite {value:+.1f}"
    return f"{'–'.join(score['dyad'])} in {score['year']}: {phase}{shown}"


@app.command()
def overview(fmt: FormatOption = None) -> None:
    """What the chronicle holds, and the Albania–USSR relationship's phases and key dates."""
    from rift.overview import overview as summarize

    data = _query(summarize)
    if _format(fmt) is not Format.table:
        _emit(data, data["states"], list(data["states"][0]), fmt)
        return
    from rich.console import Console

    from rift import render

    console = Console()
    size = data["size"]
    with _output():
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


@app.command()
def index(
    a: Annotated[str, typer.Argument(metavar="A", help="First actor id, e.g. ALB.")],
    b: Annotated[str | None, typer.Argument(metavar="B", help="Second actor id, e.g. SUN.")] = None,
    by: Annotated[str, typer.Option("--by", help="year, quarter or month.")] = "year",
    start: FromOption = None,
    end: ToOption = None,
    all_partners: Annotated[
        bool, typer.Option("--all", help="Event totals for every partner of A instead.")
    ] = False,
    fmt: FormatOption = None,
) -> None:
    """Cooperation–conflict series of the dyad A–B: events, structure and composite."""
    from rift import measure

    if all_partners or b is None:
        rows = _query(lambda con: measure.partners(con, a, by))
        _emit(
            rows,
            rows,
            ["partner", "events", "goldstein_mean", "cooperative", "conflictual"],
            fmt,
            f"Partners of {a}",
        )
        return
    rows = _query(lambda con: measure.series(con, a, b, by, start, end))
    _emit(
        rows,
        rows,
        [
            "bin",
            "events",
            "goldstein_mean",
            "relations",
            "alliance",
            "aid",
            "structural",
            "composite",
            "phase",
        ],
        fmt,
        f"{a}–{b} by {by}",
    )


@app.command()
def phases(
    a: Annotated[str, typer.Argument(metavar="A")],
    b: Annotated[str, typer.Argument(metavar="B")],
    start: FromOption = None,
    end: ToOption = None,
    fmt: FormatOption = None,
) -> None:
    """Curated phases and detected change points of the dyad A–B, and how well they agree."""
    from rift import phases as detect

    data = _query(lambda con: detect.phases(con, a, b, start, end))
    rows = [{"what": "phase", "date": p["start"], "detail": p["title"]} for p in data["curated"]]
    rows += [
        {
            "what": "change point",
            "date": d["date"],
            "detail": f"mean {d['before']:+.1f} → {d['after']:+.1f}",
        }
        for d in data["detected"]
    ]
    rows += [
        {
            "what": "boundary",
            "date": x["date"],
            "detail": ("matched by " + x["nearest"]) if x["matched"] else "not matched",
        }
        for x in data["boundaries"]
    ]
    rows.sort(key=lambda r: r["date"])
    agreement = data["agreement"]
    _emit(
        data,
        rows,
        ["date", "what", "detail"],
        fmt,
        f"{a}–{b}: {agreement['matched']} of {agreement['boundaries']} curated boundaries "
        "matched within a year",
    )


@app.command()
def plot(
    actor_ids: Annotated[
        list[str], typer.Argument(metavar="A B [C D ...]", help="Pairs of actor ids.")
    ],
    out: Annotated[Path, typer.Option("--output", "-o", help="FILE.png or FILE.svg")],
    start: FromOption = None,
    end: ToOption = None,
) -> None:
    """Chart the composite series of one or more dyads, with phases and key events."""
    from rift import plot as chart
    from rift.errors import InputError

    if len(actor_ids) % 2:
        _fail("give actor ids in pairs: A B [C D ...]")
    dyads = list(zip(actor_ids[::2], actor_ids[1::2], strict=True))

    def draw(con: Any) -> Path:
        try:
            return chart.plot(con, dyads, out, start, end)
        except OSError as exc:
            raise InputError(f"{out}: cannot write the chart: {exc.strerror}") from exc

    written = _query(draw)
    _echo(f"wrote {written}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Explore the chronicle, its measures and the checker in a browser (read-only)."""
    from rift.web import serve as run_server

    with _errors():
        run_server(host, port)


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


@app.command()
def check(
    files: Annotated[list[str], typer.Argument(metavar="FILE... | -", help="Texts to check.")],
    fmt: Annotated[
        CheckFormat | None,
        typer.Option("--format", "-f", help="text (default on a terminal), json, markdown, html."),
    ] = None,
    out: Annotated[Path | None, typer.Option("--output", "-o", help="Write here.")] = None,
) -> None:
    """Hold English narratives against the chronicle, claim by claim."""
    from rift import output
    from rift.check import inputs, report, run

    with _errors():
        if out is not None:
            output.require_writable(out, files)
        texts = inputs.read(files, sys.stdin.buffer)
    reports = _query(lambda con: run.check_texts(con, texts))
    chosen = fmt or (CheckFormat.text if sys.stdout.isatty() or out else CheckFormat.json)
    rendered = report.render(reports, chosen.value)
    if out is None:
        _echo(rendered, nl=not rendered.endswith("\n"))
        return
    with _errors():
        output.write(out, rendered)
    _echo(f"wrote {out}")
