"""Number words, read the same way by every stage ("three visits", "two years later")."""

from __future__ import annotations

_WORDS = """zero one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty"""
#: Cardinal numbers written as words, as texts write small counts.
NUMBER_WORDS = {word: value for value, word in enumerate(_WORDS.split()) if value} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
#: Counts that a noun's article gives ("a year later").
WITH_ARTICLES = {"a": 1, "an": 1, **NUMBER_WORDS}

_ORDINALS = """first second third fourth fifth sixth seventh eighth ninth tenth eleventh
twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
twentieth"""
#: Ordinal numbers written as words ("the Sixth Congress"), and the tens before them
#: ("Twenty-Second").
ORDINAL_WORDS = {word: value for value, word in enumerate(_ORDINALS.split(), start=1)}
TENS = {"twenty": 20, "thirty": 30}
