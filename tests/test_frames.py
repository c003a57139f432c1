"""What the frame vocabulary itself says about a record (rift.frames)."""

from __future__ import annotations

import pytest

from rift import frames


@pytest.mark.parametrize(
    ("what", "named"),
    [
        # a document's own name is signed once
        ("Treaty of Friendship and Mutual Assistance", True),
        ("Helsinki Final Act", True),
        ("Belovezha Accords (agreement creating the Commonwealth of Independent States)", True),
        # a kind of document is signed again and again
        ("trade agreement", False),
        ("agreement on cultural cooperation", False),
        ("Soviet-Albanian joint declaration", False),
        (None, False),
    ],
)
def test_a_named_document_is_told_from_a_kind_of_document(what: str | None, named: bool) -> None:
    assert frames.named_document(what) is named
