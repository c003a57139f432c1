"""The chronicle in memory gives the library's answers, field for field and in the same order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rift import measure, queries
from rift.errors import InputError
from rift.web.database import Database
from rift.web.snapshot import Snapshot

ACTORS = ["ALB", "SUN", "CHN", "YUG", "USA"]


@pytest.fixture(scope="module")
def database(bundled_db: Path) -> Iterator[Database]:
    db = Database(bundled_db)
    yield db
    db.close()


@pytest.fixture(scope="module")
def snapshot(database: Database) -> Snapshot:
    return Snapshot.read(database)


@pytest.fixture(scope="module")
def con(database: Database) -> Iterator[Any]:
    with database.cursor() as con:
        yield con


def test_every_item_is_shown_as_rift_show_shows_it(snapshot: Snapshot, con: Any) -> None:
    ids = [r["id"] for r in [*snapshot.events(), *snapshot.periods(), *snapshot.actors()]]
    ids += [s["id"] for s in snapshot.sources()]
    for ident in ids:
        assert snapshot.show(ident) == queries.show(con, ident), ident


def test_an_unknown_id_is_the_same_error(snapshot: Snapshot, con: Any) -> None:
    with pytest.raises(InputError) as library:
        queries.show(con, "warsaw-pakt")
    with pytest.raises(InputError) as memory:
        snapshot.show("warsaw-pakt")
    assert str(memory.value) == str(library.value)


def test_the_listings_are_the_librarys(snapshot: Snapshot, con: Any) -> None:
    assert snapshot.actors() == queries.actors(con)
    assert snapshot.actors("person") == queries.actors(con, "person")
    assert snapshot.sources() == queries.sources(con)
    for args in [
        ([], None, None, None, None),
        (["ALB", "SUN"], "1960", "1961", None, None),
        ([], None, None, "SANCTION", None),
        ([], None, None, "16", 2),
        (["ALB"], "1950~", "1961-12", None, 1),
    ]:
        assert snapshot.events(*args) == queries.events(con, *args), args
    for pargs in [
        ([], None, None, None),
        (["ALB"], None, None, "phase"),
        ([], "1968", "1968", None),
    ]:
        assert snapshot.periods(*pargs) == queries.periods(con, *pargs), pargs


@pytest.mark.parametrize(
    "call",
    [
        lambda q: q.events(["XXX"]),
        lambda q: q.events(None, "1961", "1950"),
        lambda q: q.events(None, None, None, "NOPE"),
        lambda q: q.periods(None, None, None, "nope"),
        lambda q: q.on("1961-13"),
        lambda q: q.on("9999"),
    ],
)
def test_errors_are_the_librarys(snapshot: Snapshot, con: Any, call: Any) -> None:
    with pytest.raises(InputError) as library:
        call(_Library(con))
    with pytest.raises(InputError) as memory:
        call(snapshot)
    assert str(memory.value) == str(library.value)


class _Library:
    """The library's functions with the connection given, shaped like the snapshot's."""

    def __init__(self, con: Any) -> None:
        self.con = con

    def events(self, *args: Any) -> Any:
        return queries.events(self.con, *args)

    def periods(self, *args: Any) -> Any:
        return queries.periods(self.con, *args)

    def on(self, *args: Any) -> Any:
        return queries.on(self.con, *args)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    year=st.integers(1900, 2000),
    month=st.integers(1, 12),
    qualifier=st.sampled_from(["", "~", "?"]),
    actors=st.lists(st.sampled_from(ACTORS), max_size=2, unique=True),
)
def test_on_a_date_is_rift_on(
    snapshot: Snapshot, con: Any, year: int, month: int, qualifier: str, actors: list[str]
) -> None:
    when = f"{year}-{month:02d}{qualifier}"
    assert snapshot.on(when, actors) == queries.on(con, when, actors)


@pytest.mark.parametrize("when", ["1961~", "1960/1962", "1944", "2500-06-01", "0005"])
def test_on_a_date_far_from_the_record_is_rift_on_too(
    snapshot: Snapshot, con: Any, when: str
) -> None:
    assert snapshot.on(when) == queries.on(con, when)


@pytest.mark.parametrize("pair", [("ALB", "SUN"), ("SUN", "ALB"), ("ALB", "CHN"), ("YUG", "ALB")])
def test_the_yearly_scores_are_measure_at(snapshot: Snapshot, con: Any, pair: Any) -> None:
    for year in range(1922, 1996, 3):
        assert snapshot.at(*pair, str(year)) == measure.at(con, *pair, str(year)), year
