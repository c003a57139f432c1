"""Check several texts with one parse pass and one load of the chronicle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rift.check import knowledge
from rift.check.inputs import Text
from rift.check.nlp import deeds_as_nouns, pipeline, shadow
from rift.check.pipeline import Analysis, Report, analyse, assemble, blocks

if TYPE_CHECKING:
    import duckdb

#: Blocks parsed together. Peak memory grows with it (a 300 KB text: 250 MB at 1,
#: 350 MB at 4, 690 MB at 16) while the speed hardly changes.
BATCH = 4


def check_texts(con: duckdb.DuckDBPyConnection, texts: list[Text]) -> list[Report]:
    """A report for each text, in order.

    Every text is cut into blocks of paragraphs (`pipeline.blocks`), parsed and
    checked one block after another: a parsed block is dropped once checked, so
    memory stays bounded whatever the length of the text.
    """
    know = knowledge.load(con)
    nlp = pipeline()
    pieces = [(n, block) for n, t in enumerate(texts) for block in blocks(t.text)]
    docs = nlp.pipe((shadow(block.text) for _, block in pieces), batch_size=BATCH)
    parts: list[list[Analysis]] = [[] for _ in texts]
    for (n, block), doc in zip(pieces, docs, strict=True):
        if (reread := deeds_as_nouns(doc)) is not None:
            doc = nlp(reread)  # a deed read as a noun: once more, in the past tense
        parts[n].append(analyse(doc, block, know))
    reports = []
    for text, analyses in zip(texts, parts, strict=True):
        report = assemble(text.name, text.text, analyses, know)
        if text.html:  # offsets index the page's visible text: give it with them
            report["checked_text"] = text.text
        reports.append(report)
    return reports
