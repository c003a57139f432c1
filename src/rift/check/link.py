"""Stage 2: link mentions of chronicle actors.

Names, aliases and demonyms come from the chronicle's actors. A capital used
as a place ("in Moscow", "the Bucharest conference") is not the state acting;
the same word as a subject or object ("Moscow refused") is. Carry-over
references are resolved within the text: "the two countries" and "both" to the
last two states named ("the country", "the Pact" and pronouns are left to
`discourse`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from rift.check.discourse import paragraph_pair
from rift.check.spans import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Prepositions after which a capital is where something happened, not the state:
#: "talks in Moscow"; after "to", "from" or "into" it is the state ("flew to Beijing").
LOCATIVE = {"in", "at", "near", "via", "through", "outside", "inside"}
#: Bodies of a state: a capital they sit in names the state ("the assembly in Tirana").
INSTITUTIONS = {
    "assembly",
    "parliament",
    "government",
    "leadership",
    "regime",
    "authority",
    "politburo",
    "presidium",
    "committee",
    "ministry",
    "cabinet",
    "council",
    "court",
}
COMBINING_FORMS = {"Sino": "CHN", "Anglo": "GBR", "Russo": "SUN", "Italo": "ITA", "Greco": "GRC"}
COMBINING = re.compile(r"\b(Sino|Anglo|Russo|Italo|Greco)-([A-Z][a-z]+)\b")
#: "the two countries", "the two communist states", "both governments"
BOTH = re.compile(
    r"\b(?:the two|both)(?: [a-z]+){0,2} (?:countries|states|nations|governments|regimes)\b"
    r"|\bboth sides\b",
    re.I,
)


@dataclass(frozen=True)
class ActorName:
    """One name an actor goes by in English texts."""

    actor: str
    kind: str
    text: str
    via: str  # name, alias, demonym


#: Three or more words set in capitals: a heading or a reference work's headword.
CAPITALS = re.compile(r"\b[A-Z][A-Z'’.-]*(?:[ \t,:;&]+[A-Z][A-Z'’.-]*){2,}\b")


class Gazetteer:
    """Every actor name, matched longest first on word boundaries."""

    def __init__(self, names: Sequence[ActorName]) -> None:
        self.names = sorted(names, key=lambda n: -len(n.text))
        self.by_text = {n.text.lower(): n for n in reversed(self.names)}
        self.kinds = {n.actor: n.kind for n in names}
        self.countries: dict[str, str] = {}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        parts = []
        for name in self.names:
            escaped = re.escape(name.text).replace("\\ ", r"\s+").replace("'", "['’]")
            if name.text[:1].islower():  # "the Soviets": any case for the article
                escaped = f"(?i:{escaped[:1]}){escaped[1:]}"
            if name.via == "demonym":
                escaped += "s?"  # "Albanians", "the Soviets"
            parts.append(escaped)
        return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")

    def _longest(self, text: str, m: re.Match[str]) -> tuple[int, int, str]:
        """The match, or a longer name that begins inside it ("the International Court
        of Justice": the full name, not the alias "the International Court")."""
        for word in re.finditer(r"(?<=\s)\S", m.group(0)):
            longer = self.pattern.match(text, m.start() + word.start())
            if longer is not None and longer.end() > m.end():
                return longer.start(), longer.end(), longer.group(0)
        return m.start(), m.end(), m.group(0)

    @cached_property
    def any_case(self) -> re.Pattern[str]:
        return re.compile(self.pattern.pattern, re.I)

    def find(self, text: str) -> Iterable[tuple[ActorName, int, int]]:
        """Every name in `text`, longest first, without overlaps; in a heading set in
        capitals ("ALBANIA AND THE WARSAW PACT") names are matched in any case."""
        found = [self._longest(text, m) for m in self.pattern.finditer(text)]
        for run in CAPITALS.finditer(text):
            found += [
                (m.start(), m.end(), m.group(0))
                for m in self.any_case.finditer(text, run.start(), run.end())
                if not any(s < m.end() and m.start() < e for s, e, _ in found)
            ]
        for start, end, words in sorted(found):
            key = re.sub(r"\s+", " ", words).replace("’", "'").lower()
            name = self.by_text.get(key) or self.by_text.get(key[:-1])
            if name is not None:
                yield name, start, end


def gazetteer(actors: Iterable[dict[str, object]]) -> Gazetteer:
    """A gazetteer from actor rows (`id`, `kind`, `name`, `aliases`, `demonyms`)."""
    names = []
    countries = {}
    for actor in actors:
        ident, kind = str(actor["id"]), str(actor["kind"])
        if actor.get("country"):
            countries[ident] = str(actor["country"])
        names.append(ActorName(ident, kind, str(actor["name"]), "name"))
        for alias in actor.get("aliases") or []:  # type: ignore[attr-defined]
            names.append(ActorName(ident, kind, str(alias), "alias"))
        for demonym in actor.get("demonyms") or []:  # type: ignore[attr-defined]
            names.append(ActorName(ident, kind, str(demonym), "demonym"))
    found = Gazetteer(names)
    found.countries = countries
    return found


def _is_place(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        # "the People's Assembly in Tirana", "the government in Belgrade": the state's own
        owner = root.head.head
        return not (owner.pos_ in ("NOUN", "PROPN") and owner.lemma_.lower() in INSTITUTIONS)
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN"


def link(doc: Doc, text: str, names: Gazetteer) -> list[Mention]:
    """Actor mentions in `text` (parsed as `doc`), in order, with carry-over references."""
    mentions: list[Mention] = []
    for name, start, end in names.find(text):
        capital = (
            name.via == "alias"
            and name.kind == "state"
            and name.text[:1].isupper()
            and " " not in name.text
            and len(name.text) > 3
            and not name.text.isupper()
        )
        if capital and _is_place(doc, start, end):
            continue
        if text.startswith("$", end) and name.text.isupper():
            continue  # "US$123 million", "HK$": a currency, no actor
        if name.kind == "party" and _of_another_state(text, start, name, names):
            continue  # "the Italian Socialist Party" is not Albania's
        mentions.append(Mention(name.actor, start, end, name.via))
    for match in COMBINING.finditer(text):  # "Sino-Soviet", "Sino-American"
        mentions.append(
            Mention(COMBINING_FORMS[match.group(1)], match.start(1), match.end(1), "combining form")
        )
        for name, start, end in names.find(match.group(2)):
            mentions.append(
                Mention(name.actor, match.start(2) + start, match.start(2) + end, name.via)
            )
    mentions.extend(_headwords(text, names, mentions))
    mentions.extend(_carry_over(text, mentions, names))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _of_another_state(text: str, start: int, name: ActorName, names: Gazetteer) -> bool:
    """The party's name follows a state's name or demonym other than its own state's
    ("the Italian Socialist Party", "the Greek Communist Party")."""
    before = re.search(r"([A-Z][\w’'-]+)\s+$", text[max(0, start - 40) : start])
    if before is None:
        return False
    other = names.by_text.get(before.group(1).lower())
    return (
        other is not None
        and other.kind == "state"
        and other.actor != names.countries.get(name.actor)
    )


#: A reference work's headword: "SHEHU, Mehmet (1913–1981)", "HOXHA, Enver".
HEADWORD = re.compile(r"(?m)^(?P<surname>[A-ZÇË][A-ZÇË'-]+),\s+(?P<given>[A-ZÇË][\w'-]+)\b")


def _headwords(text: str, names: Gazetteer, found: list[Mention]) -> list[Mention]:
    """A person named by surname first in capitals at the head of a line: the person."""
    taken = {(m.start, m.end) for m in found}
    mentions = []
    for match in HEADWORD.finditer(text):
        whole = f"{match.group('given')} {match.group('surname').title()}".lower()
        name = names.by_text.get(whole)
        if name is None or name.kind != "person" or (match.start(), match.end()) in taken:
            continue
        mentions.append(Mention(name.actor, match.start(), match.end(), "name"))
    return mentions


#: Two states written as one compound: "Albanian-Chinese", "Soviet–Albanian".
PAIRED = re.compile(r"^\s*[-–]\s*$")
#: How far back a compound pair still names "the two countries" (about two sentences).
PAIR_REACH = 400


def _pair_before(text: str, states: list[Mention], limit: int) -> tuple[str, str] | None:
    """The last two states written as a compound pair shortly before `limit`."""
    for first, second in reversed(list(pairwise(states))):
        if second.end <= limit - PAIR_REACH:
            return None
        joined = PAIRED.match(text[first.end : second.start])
        if joined and first.actor != second.actor:
            return first.actor, second.actor
    return None


def _partners(text: str, states: list[Mention], limit: int) -> tuple[str, str] | None:
    """ "with both countries", "with the two states": the two states named last before
    the sentence, apart from the state its clause names first (who deals with them)."""
    if not re.search(r"\bwith\s+$", text[max(0, limit - 8) : limit]):
        return None
    start = max(text.rfind(stop, 0, limit) for stop in (". ", "! ", "? ", "\n")) + 1
    own = [m for m in states if m.start >= start]
    if not own:
        return None
    earlier = [m.actor for m in states if m.start < start and m.actor != own[0].actor]
    last = list(dict.fromkeys(reversed(earlier)))[:2]
    return (last[1], last[0]) if len(last) == 2 else None


def _carry_over(text: str, mentions: list[Mention], names: Gazetteer) -> list[Mention]:
    resolved: list[Mention] = []
    for match in BOTH.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and names.kinds[m.actor] == "state"]
        pair = _partners(text, before, match.start())
        if pair is not None:  # "Yugoslavia signed a treaty with both countries"
            resolved.extend(Mention(s, match.start(), match.end(), "carry-over") for s in pair)
            continue
        pair = _pair_before(text, before, match.start())
        if pair is not None:  # "the Albanian-Chinese connection ... the two states"
            resolved.extend(Mention(s, match.start(), match.end(), "carry-over") for s in pair)
            continue
        pair = paragraph_pair(text, mentions, names.kinds, names.countries, match.start())
        if pair is not None:  # the two states its paragraph names most, people included
            resolved.extend(Mention(s, match.start(), match.end(), "carry-over") for s in pair)
            continue
        # the state named last (a name, not an adjective: "the Hungarian uprising") ...
        named = [m for m in before if m.via != "demonym"]
        if not named:
            continue
        last = named[-1].actor
        # ... and the one the text has named most besides it: its subject
        counts: dict[str, tuple[int, int]] = {}
        for position, m in enumerate(named):
            if m.actor != last:
                count = counts.get(m.actor, (0, 0))[0]
                counts[m.actor] = (count + 1, position)
        if not counts:
            continue
        partner = max(counts, key=lambda a: counts[a])
        resolved.extend(
            Mention(s, match.start(), match.end(), "carry-over") for s in (last, partner)
        )
    return resolved
