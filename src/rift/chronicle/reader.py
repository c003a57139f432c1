"""Read chronicle YAML files, keeping the line of every item and field.

Dates are kept as the strings written in the file (YAML would otherwise turn
``1961-12-03`` into a date object and lose EDTF qualifiers' neighbours).

libyaml (when PyYAML was built with it) composes the node graph; rift builds the
values from it itself, in one pass that also refuses YAML aliases: an alias makes
one node appear in many places, and a file of a few lines can then expand to
billions of values (an "alias bomb"). The chronicle has no use for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml if built
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


#: Plain scalars' tags by first character, as YAML 1.1 resolves them, without
#: timestamps (dates stay as written).
_IMPLICIT = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """A safe loader that does not resolve timestamps, and resolves tags quickly.

    libyaml calls `resolve` back for every node; PyYAML's version also walks path
    resolvers, which the chronicle does not use. This one is the same rule without
    them (a third of the time of reading a large file).
    """

    yaml_implicit_resolvers = _IMPLICIT

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1] if value else "", ()):
                    if regexp.match(value):
                        return str(tag)
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass  # no path resolvers

    def ascend_resolver(self) -> None:
        pass


class ReadError(ValueError):
    """A file that cannot be read as a chronicle file, with the line where it goes wrong."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


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


def read(path: Path, label: str) -> dict[str, list[Item]]:
    """Parse one file into its top-level lists of items.

    Raises `yaml.YAMLError` (with a position) or `ReadError` (with a line) for a
    file that cannot be read, is not UTF-8, uses YAML aliases or whose shape is
    not a mapping of lists; the caller reports them as problems.
    """
    if path.is_dir():
        raise ReadError(1, "is a folder, not a chronicle file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(1, f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReadError(
            line, f"not UTF-8: byte 0x{data[exc.start]:02x}: save the file as UTF-8"
        ) from exc
    loader = _Loader(text)
    try:
        document = loader.get_single_node()
        if document is None:
            return {}
        return _lists(_Builder(loader), document, label)
    finally:
        loader.dispose()


def _lists(build: _Builder, document: yaml.Node, label: str) -> dict[str, list[Item]]:
    if not isinstance(document, yaml.MappingNode):
        raise ReadError(
            _line(document),
            "the file must be a mapping of lists (actors, sources, events, periods)",
        )
    lists: dict[str, list[Item]] = {}
    for key_node, value_node in document.value:
        key = str(build(key_node))
        line = _line(key_node)
        if not isinstance(value_node, yaml.SequenceNode):
            raise ReadError(line, f"`{key}` must be a list")
        items = []
        for entry in value_node.value:
            if not isinstance(entry, yaml.MappingNode):
                raise ReadError(_line(entry), f"every entry of `{key}` must be a mapping")
            key_lines = {str(k.value): _line(k) for k, _ in entry.value}
            items.append(Item(build(entry), label, _line(entry), key_lines))
        lists[key] = items
    return lists


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Builder:
    """Build Python values from YAML nodes, refusing any node reached twice (an alias)."""

    def __init__(self, loader: _Loader) -> None:
        self.loader = loader
        self.seen: set[int] = set()

    def __call__(self, node: yaml.Node) -> Any:
        try:
            return self._build(node)
        except RecursionError as exc:
            raise ReadError(_line(node), "nested too deeply") from exc

    def _build(self, node: yaml.Node) -> Any:
        if id(node) in self.seen:
            raise ReadError(
                _line(node),
                "YAML anchors and aliases (&name, *name) are not allowed in the chronicle: "
                "write the value out",
            )
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            return {str(self._build(k)): self._build(v) for k, v in node.value}
        if isinstance(node, yaml.SequenceNode):
            return [self._build(v) for v in node.value]
        if node.tag == _STR:
            return node.value
        return self.loader.construct_object(node)  # numbers, booleans, null
