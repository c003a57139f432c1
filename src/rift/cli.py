"""The `rift` command line, declared for Typer: a thin shell over `rift.views` and friends.

`rift.main` is the program itself: it runs the common queries' views without
loading Typer, and this app for everything else (help and mistakes included).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from rift import views
from rift.views import Format

app = typer.Typer(
    name="rift",
    help="Albania and the Soviet Union in the Cold War: a cited chronicle to explore, "
    "measure and check.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


@app.command()
def build() -> None:
    """Compile the chronicle into the database (atomic; RIFT_DB sets the path)."""
    from rift import store

    with views.errors():
        report = store.build(store.default_path(), store.chronicle_dir())
    views.echo(
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
        views.echo(str(problem))
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {folder}", err=True)
        raise typer.Exit(1)
    views.echo(
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
    views.actors(kind, fmt)


@app.command()
def sources(fmt: FormatOption = None) -> None:
    """List the works the chronicle cites."""
    views.sources(fmt)


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
    views.events(actor, start, end, event_type, min_salience, fmt)


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
    views.periods(actor, start, end, kind, fmt)


@app.command()
def show(
    ident: Annotated[
        str, typer.Argument(metavar="ID", help="An actor, event, period or source id.")
    ],
    fmt: FormatOption = None,
) -> None:
    """Everything about one item, with its sources."""
    views.show(ident, fmt)


@app.command()
def on(
    when: Annotated[str, typer.Argument(metavar="DATE", help="EDTF date, e.g. 1965-06-01.")],
    actor: ActorOption = None,
    fmt: FormatOption = None,
) -> None:
    """The state of the world on DATE: active periods, phases, and events within a year."""
    views.on(when, actor, fmt)


@app.command()
def overview(fmt: FormatOption = None) -> None:
    """What the chronicle holds, and the Albania–USSR relationship's phases and key dates."""
    views.overview(fmt)


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
        rows = views.query(lambda con: measure.partners(con, a, by))
        views.emit(
            rows,
            rows,
            ["partner", "events", "goldstein_mean", "cooperative", "conflictual"],
            fmt,
            f"Partners of {a}",
        )
        return
    rows = views.query(lambda con: measure.series(con, a, b, by, start, end))
    views.emit(
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

    data = views.query(lambda con: detect.phases(con, a, b, start, end))
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
    views.emit(
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
        views.fail("give actor ids in pairs: A B [C D ...]")
    dyads = list(zip(actor_ids[::2], actor_ids[1::2], strict=True))

    def draw(con: Any) -> Path:
        try:
            return chart.plot(con, dyads, out, start, end)
        except OSError as exc:
            raise InputError(f"{out}: cannot write the chart: {exc.strerror}") from exc

    written = views.query(draw)
    views.echo(f"wrote {written}")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Explore the chronicle, its measures and the checker in a browser (read-only)."""
    from rift.web import serve as run_server

    with views.errors():
        run_server(host, port)


CheckFormat = views.CheckFormat


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
    views.check(files, fmt, out)
