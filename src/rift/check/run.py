"""Check several texts with one parse pass and one load of the chronicle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rift.check import knowledge
from rift.check.inputs import Text
from rift.check.nlp import pipeline
from rift.check.pipeline import Report, check_parsed

if TYPE_CHECKING:
    import duckdb


def check_texts(con: duckdb.DuckDBPyConnection, texts: list[Text]) -> list[Report]:
    """A report for each text, in order."""
    know = knowledge.load(con)
    nlp = pipeline()
    docs = nlp.pipe([t.text for t in texts], batch_size=16)
    return [check_parsed(doc, t.text, know, t.name) for doc, t in zip(docs, texts, strict=True)]
