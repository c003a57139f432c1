"""`rift validate` passes on the bundled chronicle and locates problems in broken copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from rift.chronicle import check, files, load
from rift.errors import ChronicleError


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def replace_once(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in `path` with `new`; return its line."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_the_bundled_chronicle_is_valid_and_large_enough() -> None:
    chronicle = load()
    assert len(chronicle.events) >= 150
    assert len(chronicle.periods) >= 50
    assert len(chronicle.actors) >= 30
    assert len(chronicle.sources) >= 25
    cited = {
        c.id
        for item in [*chronicle.events.values(), *chronicle.periods.values()]
        for c in item.sources
    }
    assert cited <= set(chronicle.sources)


def test_every_person_in_the_bundled_chronicle_has_a_gender() -> None:
    # "she" and "he" are resolved by it: a person without one is never "she"
    people = [a for a in load().actors.values() if a.kind == "person"]
    assert people and all(a.gender in ("female", "male") for a in people)
    assert all(a.gender is None for a in load().actors.values() if a.kind != "person")


def test_the_mini_chronicle_is_valid(mini_chronicle: Path) -> None:
    chronicle, problems = check(mini_chronicle)
    assert problems == []
    assert set(chronicle.events) == {"pact-founded-1955", "relations-broken-1961"}


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('date: "1955-05-14"', 'date: "1955-13-14"', "not an EDTF date"),
        ("{id: SUN, role: source}", "{id: XXX, role: source}", "unknown actor 'XXX'"),
        (
            "- {id: test-source-2000}\n  - id: no-relations",
            "- {id: nobody-1999}\n  - id: no-relations",
            "unknown source 'nobody-1999'",
        ),
        ('end: "1990-07-30"', 'end: "1950"', "ends (1950) before it starts"),
        ('cameo: "161"', 'cameo: "999"', "not a CAMEO event code"),
        ("level: none", "level: high", "level"),
        ("id: relations-broken-1961", "id: pact-founded-1955", "duplicate id 'pact-founded-1955'"),
        (
            "    sources:\n      - {id: test-source-2000}\nperiods",
            "    sources: []\nperiods",
            "sources",
        ),
    ],
)
def test_problems_are_reported_at_their_line(
    mini_chronicle: Path, old: str, new: str, message: str
) -> None:
    path = mini_chronicle / "mini.yaml"
    text = path.read_text(encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    replace_once(path, old, new)
    _, problems = check(mini_chronicle)
    found = [p for p in problems if message in p.message]
    assert found, [str(p) for p in problems]
    assert found[0].file.endswith("mini.yaml")
    assert line - 3 <= found[0].line <= line + 3  # the field's line, within its item
    assert str(found[0]).startswith(f"{found[0].file}:{found[0].line}: ")


def test_a_broken_date_in_the_bundled_copy_names_its_file_and_line(bundled_copy: Path) -> None:
    path = next(p for p in files(bundled_copy) if "date:" in p.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    start = text.index("date:")
    line = text[:start].count("\n") + 1
    end = text.index("\n", start)
    path.write_text(text[:start] + 'date: "1961-02-30"' + text[end:], encoding="utf-8")
    _, problems = check(bundled_copy)
    assert [(p.file.endswith(path.name), p.line) for p in problems] == [(True, line)]


def test_invalid_yaml_is_reported_with_a_line(mini_chronicle: Path) -> None:
    path = mini_chronicle / "mini.yaml"
    line = replace_once(path, "    name: Soviet Union", "    name: [Soviet Union")
    _, problems = check(mini_chronicle)
    assert len(problems) == 1
    assert "invalid YAML" in problems[0].message
    assert line <= problems[0].line <= line + 2


def test_load_raises_with_every_problem(mini_chronicle: Path) -> None:
    path = mini_chronicle / "mini.yaml"
    replace_once(path, 'cameo: "057"', 'cameo: "999"')
    replace_once(path, "{id: SUN, role: source}", "{id: XXX, role: source}")
    with pytest.raises(ChronicleError) as caught:
        load(mini_chronicle)
    assert len(caught.value.problems) == 2
    assert "and 1 more problem" in str(caught.value)


def test_a_missing_folder_is_a_problem(tmp_path: Path) -> None:
    _, problems = check(tmp_path / "nowhere")
    assert problems and "no such chronicle folder" in problems[0].message


# One fact, one date (issue 8): the same fact dated differently in two items is a problem.


def test_two_events_of_one_unique_fact_must_share_a_date(mini_chronicle: Path) -> None:
    path = mini_chronicle / "mini.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: pact-founded-1955")
    end = text.index("  - id: relations-broken-1961")
    copy = text[start:end].replace("pact-founded-1955", "pact-joined-1956")
    copy = copy.replace('date: "1955-05-14"', 'date: "1956-05-14"')
    path.write_text(text[:end] + copy + text[end:], encoding="utf-8")
    _, problems = check(mini_chronicle)
    assert [p.message for p in problems if "the same join" in p.message], problems


def test_an_event_and_a_period_boundary_of_one_fact_must_overlap(mini_chronicle: Path) -> None:
    replace_once(mini_chronicle / "mini.yaml", 'start: "1955-05-14"', 'start: "1955-09-01"')
    _, problems = check(mini_chronicle)
    assert any("one fact with two dates" in p.message for p in problems), problems


def test_a_period_named_after_its_event_takes_the_event_date(mini_chronicle: Path) -> None:
    path = mini_chronicle / "mini.yaml"
    replace_once(
        path,
        '    start: "1961-12"\n',
        '    start: "1961-12"\n    starts_with: relations-broken-1961\n',
    )
    assert check(mini_chronicle)[1] == []
    replace_once(path, "date: 1961-12", 'date: "1961-11"')
    _, problems = check(mini_chronicle)
    assert any("is the event 'relations-broken-1961'" in p.message for p in problems), problems


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # Hoxha's government: 24 October in the period, 20 October at Berat
        ('start: "1944-10-20/1944-10-24"', 'start: "1944-10-24"', "one fact with two dates"),
        # the Soviet credits: cancelled by June in one item, by May in the other
        ('date: "1961-03/1961-05"', 'date: "1961-03/1961-06"', "soviet-credits-cancelled-1961"),
    ],
)
def test_the_audit_inconsistencies_would_be_caught(
    bundled_copy: Path, old: str, new: str, message: str
) -> None:
    path = next(p for p in files(bundled_copy) if old in p.read_text(encoding="utf-8"))
    replace_once(path, old, new)
    _, problems = check(bundled_copy)
    assert any(message in p.message for p in problems), problems


def test_the_bundled_chronicle_dates_each_fact_once() -> None:
    from rift.chronicle.consistency import date_conflicts

    assert date_conflicts(load()) == []


def test_strict_warns_on_items_sourced_only_by_class_other(mini_chronicle: Path) -> None:
    from typer.testing import CliRunner

    from rift.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["validate", "--strict", str(mini_chronicle)]).exit_code == 0
    replace_once(mini_chronicle / "mini.yaml", "class: scholarly", "class: other")
    assert runner.invoke(app, ["validate", str(mini_chronicle)]).exit_code == 0
    result = runner.invoke(app, ["validate", "--strict", str(mini_chronicle)])
    assert result.exit_code == 1
    assert "'pact-founded-1955': only sources of class other" in result.output


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ('"1961"', "is not an EDTF interval"),
        ('"1960/1961-13"', "complete_within"),
        ('"1962/1964"', "lies outside the span it declares complete"),
    ],
)
def test_a_span_declared_complete_is_an_interval_around_its_event(
    mini_chronicle: Path, span: str, message: str
) -> None:
    # the break of relations in 1961 declares itself complete within a span
    replace_once(
        mini_chronicle / "mini.yaml",
        "frame: {type: break_relations, agent: [SUN, ALB]}",
        f"frame: {{type: break_relations, agent: [SUN, ALB], complete_within: {span}}}",
    )
    _, problems = check(mini_chronicle)
    assert any(message in p.message for p in problems), [str(p) for p in problems]


def test_a_span_declared_complete_around_its_event_is_valid(mini_chronicle: Path) -> None:
    replace_once(
        mini_chronicle / "mini.yaml",
        "frame: {type: break_relations, agent: [SUN, ALB]}",
        'frame: {type: break_relations, agent: [SUN, ALB], complete_within: "1955/1970"}',
    )
    _, problems = check(mini_chronicle)
    assert problems == []
