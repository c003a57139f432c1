"""Turn query results into tables, JSON or CSV text.

JSON is the stable contract (field names as in the README); CSV flattens
lists (`actors` as ``ALB:source;SUN:target``, `sources` as ids); tables are for
people and may abbreviate.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

Row = dict[str, Any]


def to_json(data: Any) -> str:
    """Stable, indented JSON; dates as ISO strings."""
    return json.dumps(data, indent=2, ensure_ascii=False, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot serialize {type(value).__name__}")


def flat(value: Any) -> str:
    """One cell of text for a value that may be a list of actors, sources or names."""
    if value is None:
        return ""
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict) and "role" in item:
                parts.append(f"{item['id']}:{item['role']}")
            elif isinstance(item, dict):
                parts.append(str(item.get("id", "")))
            else:
                parts.append(str(item))
        return ";".join(parts)
    return str(value)


def to_csv(rows: Sequence[Row], columns: Sequence[str] | None = None) -> str:
    """CSV with a header row; every column of the first row unless `columns` is given."""
    columns = list(columns or (rows[0].keys() if rows else []))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([flat(row.get(c)) for c in columns])
    return out.getvalue()


def table(rows: Sequence[Row], columns: Sequence[str], title: str | None = None) -> Any:
    """A rich Table of `columns` (long text wraps)."""
    from rich.table import Table

    grid = Table(title=title, show_lines=False, header_style="bold", title_justify="left")
    for column in columns:
        grid.add_column(column, overflow="fold")
    for row in rows:
        grid.add_row(*(flat(row.get(c)) for c in columns))
    return grid
