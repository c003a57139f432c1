"""The lexicon of frame triggers (`lexicon.yaml`), loaded once and compiled to a spaCy Matcher.

The data says which verbs and nouns trigger which frame type and how their
syntactic arguments fill the frame's roles; this module only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from rift import frames

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

LEXICON = Path(__file__).with_name("lexicon.yaml")


@dataclass(frozen=True)
class Entry:
    """One trigger entry: a word class for one frame type, with its conditions."""

    type: str
    cls: str
    pos: str  # verb or noun
    head: str  # the trigger's lemma
    rest: tuple[str, ...]  # further lemmas a multi-word trigger needs among its dependents
    roles: dict[str, str]
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    object_kinds: frozenset[str] = frozenset()
    needs_org: bool = False
    states_only: bool = False
    #: The subject names two sides or more ("Albanian and Soviet diplomats met")
    together: bool = False
    #: Matches only a negated trigger and asserts the positive frame ("no longer attended")
    negative: bool = False
    #: The direct object must itself be an actor ("received Hoxha", not "received aid")
    actor_object: bool = False
    #: The direct object is a thing done or held, not an actor ("condemned the invasion")
    event_object: bool = False
    #: The subject is the thing the verb happens to, one of `objects` ("Chinese aid ended")
    theme_subject: bool = False
    #: `objects` must be the verb's own complement ("made him minister"), not in a phrase
    #: under it ("made a visit with his defence minister")
    direct: bool = False
    #: Prepositions that, governing the noun, make it a plain word ("at his side")
    not_after: frozenset[str] = frozenset()
    #: The trigger has no object and no phrase but a time ("in 1968 it withdrew"): what
    #: it acts on is the organization in play
    bare: bool = False

    @property
    def constrained(self) -> bool:
        """Entries with conditions are tried before plain ones."""
        return bool(self.objects or self.preps or self.rest or self.needs_org or self.theme_subject)


@dataclass
class Lexicon:
    """Entries by (part of speech, lemma), constrained entries first."""

    entries: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    _matcher: Matcher | None = field(default=None, repr=False)
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def lookup(self, pos: str, lemma: str) -> list[Entry]:
        return self.entries.get((pos, lemma), [])

    def words_of(self, type: str) -> frozenset[str]:
        """The one-word triggers (verbs and nouns) of a frame type (read once per type)."""
        if type not in self._words:
            self._words[type] = frozenset(
                lemma
                for (_, lemma), listed in self.entries.items()
                if any(e.type == type and not e.rest for e in listed)
            )
        return self._words[type]

    def matcher(self, vocab: Vocab) -> Matcher:
        """A spaCy Matcher that finds every trigger lemma as a verb or a noun."""
        from spacy.matcher import Matcher

        matcher = Matcher(vocab)
        for pos, tags in (("verb", ["VERB", "AUX"]), ("noun", ["NOUN", "PROPN"])):
            plain = sorted({lemma for p, lemma in self.entries if p == pos})  # "re-establish"
            # is one token where the pipeline keeps it whole (`nlp.REDONE`)
            matcher.add(pos, [[{"LEMMA": {"IN": plain}, "POS": {"IN": tags}}]])
            if pos == "noun":  # "Prime Minister": a capitalized noun keeps its capital lemma
                matcher.add(pos, [[{"LOWER": {"IN": plain}, "POS": "PROPN"}]])
        for pos, lemma in self.entries:
            prefix, dash, stem = lemma.partition("-")
            if dash and prefix in ("re", "co"):  # split by the tokenizer: re - establish
                matcher.add(f"{pos}:{lemma}", [[{"LOWER": prefix}, {"ORTH": "-"}, {"LEMMA": stem}]])
        return matcher

    def triggers(self, doc: Doc) -> set[int]:
        """Indices of the tokens of `doc` that may trigger a frame (the last token of a match)."""
        if self._matcher is None:
            self._matcher = self.matcher(doc.vocab)
        return {end - 1 for _, _, end in self._matcher(doc)}


def _entries(name: str, spec: dict[str, Any]) -> list[Entry]:
    if name not in frames.TYPES:
        raise ValueError(f"lexicon.yaml: unknown frame type {name!r}")
    found = []
    for raw in spec["entries"]:
        roles = dict(spec.get("roles", {}))
        roles.update(raw.get("roles", {}))
        words = [*roles, *raw.get("prep", []), *raw.get("object", [])]
        if any(not isinstance(w, str) for w in words):
            # YAML reads a bare on, off, yes or no as true or false: they must be quoted
            raise ValueError(f"lexicon.yaml: {name}: quote the words on/off/yes/no in {raw}")
        for pos in ("verbs", "nouns"):
            for words in raw.get(pos, []):
                head, rest = _head(str(words).split(), noun=pos == "nouns")
                found.append(
                    Entry(
                        type=name,
                        cls=raw.get("class", ""),
                        pos=pos[:-1],
                        head=head,
                        rest=tuple(rest),
                        roles=roles,
                        objects=frozenset(raw.get("object", [])),
                        preps=frozenset(raw.get("prep", [])),
                        object_kinds=frozenset(raw.get("object_kinds", [])),
                        needs_org=bool(raw.get("needs_org")),
                        states_only=bool(raw.get("states_only")),
                        together=bool(raw.get("together")),
                        negative=bool(raw.get("negative")),
                        actor_object=bool(raw.get("actor_object")),
                        event_object=bool(raw.get("event_object")),
                        theme_subject=bool(raw.get("theme_subject")),
                        direct=bool(raw.get("direct")),
                        not_after=frozenset(raw.get("not_after", [])),
                        bare=bool(raw.get("bare")),
                    )
                )
    return found


def _head(words: list[str], noun: bool) -> tuple[str, tuple[str, ...]]:
    """The word a multi-word trigger hangs on, and the rest: a verb's first word ("take
    over"), a noun's last ("prime minister") or the one before "of" ("head of state")."""
    if not noun or len(words) == 1:
        return words[0], tuple(words[1:])
    at = words.index("of") - 1 if "of" in words else len(words) - 1
    return words[at], tuple(w for i, w in enumerate(words) if i != at and w != "of")


@lru_cache(maxsize=1)
def load(path: Path = LEXICON) -> Lexicon:
    """Read the lexicon; constrained entries of a lemma come before plain ones."""
    # libyaml's loader where installed: the pure-Python one costs a noticeable part of start-up
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    lexicon = Lexicon()
    for name, spec in data.items():
        for entry in _entries(name, spec):
            lexicon.entries.setdefault((entry.pos, entry.head), []).append(entry)
    for key, listed in lexicon.entries.items():
        # (those that name their objects first: "dropped out of the Pact's activity")
        lexicon.entries[key] = sorted(listed, key=lambda e: (not e.constrained, not e.objects))
    return lexicon
