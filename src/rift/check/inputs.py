"""Read the texts to check: files or standard input, refused with one clear line when unusable."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from rift.errors import InputError

MAX_BYTES = 2_000_000
ENGLISH = {
    "the",
    "and",
    "of",
    "to",
    "in",
    "was",
    "a",
    "that",
    "with",
    "for",
    "its",
    "by",
    "as",
    "is",
    "on",
    "from",
    "were",
    "his",
    "it",
    "had",
    "an",
    "which",
    "at",
    "this",
}


@dataclass(frozen=True)
class Text:
    """One document to check; for an HTML page, `text` is its visible text (what is checked)."""

    name: str
    text: str
    html: bool = False


class _Visible(HTMLParser):
    """Collects the visible text of an HTML page, a paragraph per block."""

    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:html|body|p|div|!doctype)\b", text[:2000], re.I))


def visible_text(page: str) -> str:
    """The visible text of an HTML page, paragraphs on their own lines."""
    parser = _Visible()
    parser.feed(page)
    text = html.unescape("".join(parser.parts))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def decode(name: str, data: bytes) -> Text:
    """Validate and decode one input; raise `InputError` naming it when unusable."""
    if len(data) > MAX_BYTES:
        raise InputError(
            f"{name}: too large to check (over {MAX_BYTES / 1e6:.0f} MB, the limit): "
            "split it into smaller files"
        )
    if _utf16(data[:8192]):
        raise InputError(
            f"{name}: is UTF-16 text; rift reads UTF-8: convert it first, e.g. "
            f"iconv -f UTF-16 -t UTF-8 {name} > {Path(name).stem}-utf8.txt"
        )
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}): save it as UTF-8 and try again"
        ) from exc
    html = looks_like_html(text)
    if html:
        text = visible_text(text)
    if not text.strip():
        raise InputError(f"{name}: is empty: there is nothing to check")
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) >= 20 and sum(w in ENGLISH for w in words) / len(words) < 0.08:
        raise InputError(f"{name}: does not look like English; rift checks English texts")
    return Text(name, text, html)


def _utf16(head: bytes) -> bool:
    """A UTF-16 byte-order mark, or ASCII text with every other byte zero."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    pairs = len(head) // 2
    if pairs < 8:
        return False
    even, odd = head[0 : pairs * 2 : 2], head[1 : pairs * 2 : 2]
    return even.count(0) > 0.9 * pairs or odd.count(0) > 0.9 * pairs


def _bounded(stream: BinaryIO) -> bytes:
    """At most the limit plus one byte: enough to refuse endless or huge input early."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_BYTES:
        chunk = stream.read(MAX_BYTES + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def read(paths: list[str], stdin: BinaryIO) -> list[Text]:
    """The texts named by `paths` ('-' is standard input)."""
    texts = []
    for path in paths:
        if path == "-":
            texts.append(decode("<stdin>", _bounded(stdin)))
            continue
        file = Path(path)
        if not file.exists():
            raise InputError(f"{path}: no such file")
        if file.is_dir():
            raise InputError(f"{path}: is a folder, not a file")
        try:
            with file.open("rb") as stream:
                data = _bounded(stream)
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
        texts.append(decode(path, data))
    return texts
