"""Schooling: the school a text says someone attended, and the records it is held to.

A `study` frame says that a person studied at a school in a town: "won a
scholarship to the Nunziatella military academy in Naples", "was educated at the
French lycée in Korçë", "studied in Moscow". The school is no actor of the
chronicle; the text names it in words, which are of a kind (a university, a
military academy, a secondary school, a party school) and may hold a name of its
own ("Nunziatella", "Montpellier"). The chronicle's study frames name the school
in `what` and its town in `place`.

A school's town is where it is: a text that names the school a person attended
and puts it in another town is wrong about the town, whoever else studied there.
A school named only by its kind and town ("a military college in Turin") is held
against the person's records of that kind: when every one of them lies in another
town, the text is wrong; where the person's record names no school of that kind,
nothing is said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rift.check.towns import TOWNS, plain

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns that name a school, by the kind of school they are (and the two schools
#: known by a name of their own alone, whose kind the name tells).
SCHOOL_KINDS: dict[str, tuple[str, ...]] = {
    "university": ("university", "faculty", "sorbonne"),
    "military": (
        "nunziatella",
        "military academy",
        "military college",
        "military school",
        "staff academy",
        "war college",
        "officers' school",
        "officer school",
        "cadet school",
    ),
    "party": ("party school", "party college", "higher party school"),
    "secondary": (
        "lycée",
        "lycee",
        "lyceum",
        "gymnasium",
        "secondary school",
        "high school",
        "grammar school",
    ),
    "vocational": (
        "vocational school",
        "technical school",
        "commercial school",
        "vocational high school",
        "technical college",
    ),
}
#: The head nouns of a school's name ("the Nunziatella military academy", "the lycée").
SCHOOL_NOUNS = frozenset(
    {
        "university",
        "academy",
        "college",
        "school",
        "lycée",
        "lycee",
        "lyceum",
        "gymnasium",
        "institute",
        "faculty",
        "seminary",
    }
)
#: Schools that go by a name of their own alone ("the Nunziatella", "the Sorbonne").
NAMED_SCHOOLS = frozenset({"sorbonne", "nunziatella"})
#: Verbs that say a person studied somewhere even when only a town follows ("studied in
#: Moscow"); the others need a school ("went to the University of Montpellier").
TOWN_ENOUGH = frozenset({"study", "graduate", "educate", "enrol", "enroll", "matriculate"})
#: Words of a school's name that name no school of its own.
PLAIN = (
    frozenset(
        {
            "the",
            "a",
            "an",
            "of",
            "in",
            "at",
            "and",
            "for",
            "its",
            "his",
            "her",
            "their",
            "state",
            "national",
            "french",
            "american",
            "soviet",
            "italian",
            "royal",
            "general",
            "staff",
            "higher",
            "old",
            "famous",
            "prestigious",
            "albanian",
            "red",
            "cross",
            "funded",
            "run",
            "sponsored",
            "language",
            "french-language",
            "american-funded",
            "american-run",
            "american-sponsored",
        }
        | {w for words in SCHOOL_KINDS.values() for phrase in words for w in phrase.split()}
        | SCHOOL_NOUNS
    )
    - NAMED_SCHOOLS
)


@dataclass(frozen=True)
class School:
    """A school as a text or a record names it: its words, kind, own names and town."""

    words: str
    town: str | None

    @property
    def kind(self) -> str | None:
        said = self.words.lower()
        # the longest phrase first: "vocational high school" is no secondary school
        found = sorted(
            (
                (len(p), kind)
                for kind, phrases in SCHOOL_KINDS.items()
                for p in phrases
                if p in said
            ),
            reverse=True,
        )
        if found:
            return found[0][1]
        if re.search(r"\bacademy\b", said) and re.search(r"\bmilitar|\bwar\b|\bstaff\b", said):
            return "military"
        return None

    @property
    def names(self) -> frozenset[str]:
        """The school's own name words ("nunziatella", "voroshilov"), not its kind's nor
        its town's."""
        words = re.findall(r"[^\W\d_][\w'-]*", self.words)
        return frozenset(
            w.lower()
            for w in words
            if w[:1].isupper() and w.lower() not in PLAIN and plain(w) not in TOWNS
        )


def school_of(token: Token) -> School | None:
    """The school a study trigger names ("at the Nunziatella military academy in
    Turin", "attended the French lycée", "a graduate of the Frunze academy"), with
    the town in or after its name; or only a town ("studied in Moscow") for a verb
    that may go without a school."""
    near = [*token.children, *(c for o in token.children if o.dep_ == "dobj" for c in o.children)]
    if token.pos_ != "VERB":  # "won a scholarship to ...", "went on a scholarship to ..."
        verb = token.head.head if token.dep_ == "pobj" else token.head
        near += [c for c in verb.children if c.i > token.i]
    phrases = _phrases(near)
    # "for a time at the Nunziatella": a phrase under any phrase of the trigger
    under = [g for c in near if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    phrases += _phrases([c for p in under for c in p.children])
    phrases += [c for c in token.children if c.dep_ == "dobj"]
    for head in phrases:
        if {head.lemma_.lower(), head.lower_} & (SCHOOL_NOUNS | NAMED_SCHOOLS):
            words = _name_of(head)
            return School(" ".join(t.text for t in words), _town_in(words) or _town_after(head))
    if token.lemma_.lower() not in TOWN_ENOUGH or token.pos_ != "VERB":
        return None
    if any(c.dep_ == "dobj" for c in token.children):
        return None  # "studied Marx in Korçë": a subject studied, not a school attended
    for head in phrases:
        town = head.pos_ == "PROPN" and plain(head.text) in TOWNS
        if town and head.dep_ == "pobj" and head.head.lower_ in ("in", "at"):
            return School("", TOWNS[plain(head.text)])
    return None


def _phrases(near: list[Token]) -> list[Token]:
    """The heads of the "at", "to", "from", "in" and "of" phrases among `near`."""
    return [
        g
        for child in near
        if child.dep_ == "prep" and child.lower_ in ("at", "to", "from", "in", "of")
        for g in child.children
        if g.dep_ == "pobj"
    ]


def _name_of(head: Token) -> list[Token]:
    """The words of a school's name: the noun with what comes before it and its "of"
    phrase ("University of Montpellier"), not a clause about it."""
    words = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod", "det", "poss")]
    inner = [w for t in words for w in t.subtree]
    tail: list[Token] = []
    for child in head.rights:
        named = child.dep_ in ("compound", "appos") and child.pos_ == "PROPN"
        if (child.dep_ == "prep" and child.lower_ == "of") or named:
            tail.extend(child.subtree)
    return sorted({*inner, head, *tail}, key=lambda t: t.i)


def _town_in(words: list[Token]) -> str | None:
    for t in words:
        if t.pos_ == "PROPN" and plain(t.text) in TOWNS:
            return TOWNS[plain(t.text)]
    return None


def _town_after(head: Token) -> str | None:
    """The town of an "in" or "at" phrase after the school's name ("the Nunziatella
    military academy in Turin"), or on the verb it hangs on."""
    verb = head.head if head.dep_ == "dobj" else head.head.head
    # "the Nunziatella, a military academy in Naples": the town of the apposition
    described = [c for a in head.rights if a.dep_ == "appos" for c in a.rights]
    for child in [*head.rights, *described, *verb.children]:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for g in child.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN" and plain(g.text) in TOWNS:
                    return TOWNS[plain(g.text)]
    return None


@dataclass(frozen=True)
class Finding:
    """What the records say of a school named: the `verdict`, the record it rests on
    (for support or a flag), and why nothing is said (for unverifiable)."""

    verdict: str  # supported, contradicted or unverifiable
    record: int | None = None  # the index of the record in the list judged
    reason: str = ""


def held_to(
    school: School,
    records: list[tuple[str, str | None]],
    at_time: list[bool],
    same_place: Callable[[str, str], bool],
    timed: bool,
) -> Finding:
    """A school a person is said to have attended, held to that person's study
    records (each its `what` and `place`; `at_time`: whether it fits the time the
    claim gives, if `timed`).

    - A school named by a name of its own is the record's of that name: another town
      is wrong; no record of that name, nothing is said.
    - A school named by its kind and town ("a military college in Turin") is wrong
      when the person's record of that kind at the time the claim gives lies in
      another town (one studies at one school of a kind at a time).
    - A town alone ("studied in Moscow") is borne out by a record there.
    """
    known = [School(what, place) for what, place in records]
    fitting = [n for n in range(len(known)) if at_time[n] or not timed]
    if school.names:
        named = [n for n, k in enumerate(known) if k.names & school.names]
        if not named:
            return Finding(
                "unverifiable", reason="the chronicle records no school of that name for them"
            )
        elsewhere = [
            n
            for n in named
            if school.town and known[n].town and not same_place(school.town, str(known[n].town))
        ]
        if school.town and len(elsewhere) == len(named):
            return Finding("contradicted", elsewhere[0])
        there = [n for n in named if n in fitting]
        if not there:
            return Finding("unverifiable", reason="the chronicle records it at another time")
        return Finding("supported", there[0])
    kind = school.kind
    if kind is not None:
        alike = [n for n in fitting if known[n].kind == kind]
        if not alike:
            return Finding(
                "unverifiable", reason="the chronicle records no school of that kind for them"
            )
        if not school.town:
            return Finding("supported", alike[0])
        here = [n for n in alike if known[n].town and same_place(school.town, str(known[n].town))]
        if here:
            return Finding("supported", here[0])
        if timed and all(known[n].town for n in alike):
            return Finding("contradicted", alike[0])
        return Finding(
            "unverifiable",
            reason="the chronicle records their schooling of that kind elsewhere, at no time"
            " the text gives",
        )
    if school.town:
        here = [n for n in fitting if known[n].town and same_place(school.town, str(known[n].town))]
        if here:
            return Finding("supported", here[0])
    return Finding("unverifiable", reason="the chronicle records no schooling of theirs there")
