"""Read chronicle YAML files, keeping the line of every item and field.

Dates are kept as the strings written in the file (YAML would otherwise turn
``1961-12-03`` into a date object and lose EDTF qualifiers' neighbours).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records line numbers and does not construct timestamps."""


_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Item:
    """One mapping from a chronicle file, with where it and each of its keys stand."""

    data: dict[str, Any]
    file: str
    line: int
    key_lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, key: object) -> int:
        """The line of `key` in this item, or of the item when the key is absent."""
        return self.key_lines.get(str(key), self.line)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    built = yaml.SafeLoader.construct_mapping(loader, node, deep=True)
    mapping: dict[str, Any] = {str(key): value for key, value in built.items()}
    mapping["__line__"] = node.start_mark.line + 1
    mapping["__key_lines__"] = {
        str(key.value): key.start_mark.line + 1 for key, _ in node.value if hasattr(key, "value")
    }
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in ("__line__", "__key_lines__")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def read(path: Path, label: str) -> dict[str, list[Item]]:
    """Parse one file into its top-level lists of items.

    Raises `yaml.YAMLError` (with a position) or `ValueError` for a file whose
    shape is not a mapping of lists; the caller reports them as problems.
    """
    text = path.read_text(encoding="utf-8")
    document = yaml.load(text, Loader=_LineLoader)
    if document is None:
        return {}
    if not isinstance(document, dict):
        raise ValueError("the file must be a mapping of lists (actors, sources, events, periods)")
    lists: dict[str, list[Item]] = {}
    for key, value in document.items():
        if key in ("__line__", "__key_lines__"):
            continue
        line = document["__key_lines__"].get(str(key), 1)
        if not isinstance(value, list):
            raise ValueError(f"line {line}: `{key}` must be a list")
        items = []
        for entry in value:
            if not isinstance(entry, dict):
                raise ValueError(f"line {line}: every entry of `{key}` must be a mapping")
            items.append(
                Item(_strip(entry), label, entry["__line__"], dict(entry["__key_lines__"]))
            )
        lists[str(key)] = items
    return lists
