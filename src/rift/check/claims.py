"""Stage 5: claims: subject, predicate, object, time, polarity and span.

A clause gives one claim. A noun phrase that states a fact by itself ("Albania's
withdrawal from the Warsaw Pact in 1968", "the Soviet invasion of
Czechoslovakia") is a claim of its own, and the clause's remaining words are
another: a sentence that makes two claims gives two claims.

A claim's time is its own temporal expression (`explicit`); else the date of
an event named in the same clause or sentence, or of the claim a demonstrative
subject ("This decision") refers back to (`anchored`); else the last time named
earlier in the paragraph (`inherited`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rift import dates
from rift.check import predicate
from rift.check.predicate import Category
from rift.check.spans import Clause, Mention, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc

NOMINALS = {noun for category in predicate.CATEGORIES for noun in category.nominal}
ANAPHORA = re.compile(
    r"^\s*(?:this|that|these|those|such)\s+(?:\w+\s+){0,3}?"
    r"(?:decision|move|step|act|action|event|development|break|withdrawal|choice|policy|rupture)\b",
    re.I,
)
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
#: Capitalized words that name no actor but do not make a claim unknowable.
COMMON_NAMES = {
    "Cold",
    "War",
    "World",
    "II",
    "Second",
    "Europe",
    "Eastern",
    "Western",
    "East",
    "West",
    "Party",
    "Congress",
    "Communist",
    "Pact",
    "Treaty",
    "Conference",
    "Secret",
    "Speech",
    "Constitution",
    "Politburo",
    "Central",
    "Committee",
    "Labour",
    "Labor",
    "Balkans",
    "Balkan",
    "Mediterranean",
    "Adriatic",
    "Vlorë",
    "Vlora",
    "Valona",
    "Sazan",
    "Pashaliman",
    "Durrës",
    "Socialist",
    "People",
    "Republic",
    "Democratic",
    "Stalinist",
    "Marxist",
    "Leninist",
    "Marxism",
    "Leninism",
    "Zëri",
    "Popullit",
    "Pravda",
    "Axis",
    "Allies",
}
DYADIC = {"split", "break_relations", "restore_relations", "reconcile", "alliance"}
LEADING = {
    "with",
    "after",
    "following",
    "since",
    "before",
    "upon",
    "on",
    "by",
    "despite",
    "through",
    "amid",
    "during",
    "in",
    "with the",
}
ALONG = re.compile(r"\b(?:together with|along with|as did|like)\s*$", re.I)


@dataclass
class Claim:
    """One checkable statement of the text."""

    start: int
    end: int
    text: str
    sentence: int
    paragraph: int
    categories: list[Category]
    actors: list[str]  # every actor named in the claim, in order
    subjects: list[str]  # the actors it is about
    time: TimeExpression | None = None
    time_source: str | None = None  # explicit, anchored, inherited
    negated: bool = False
    hedged: bool = False
    throughout: bool = False
    initial: bool = False
    consequence: bool = False
    nominal: bool = False
    passive: bool = False  # "was executed": the subject undergoes the act
    strangers: list[str] = field(default_factory=list)  # proper names the chronicle lacks
    cause: int | None = None  # index of the claim this one follows from
    context: list[str] = field(default_factory=list)  # actors named in the whole sentence


def _token_start(doc: Doc, char: int) -> int:
    """The offset of the token that holds character `char`."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].idx if span is not None and len(span) else char


def _nominal_spans(
    doc: Doc, clause: Clause, text: str, times: list[TimeExpression]
) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for i in clause.tokens:
        token = doc[i]
        if token.pos_ != "NOUN" or token.lemma_.lower() not in NOMINALS:
            continue
        if token.dep_ in ("compound", "dobj"):  # a direct object is part of its verb's claim
            continue
        left = token.left_edge.i
        right = token.right_edge.i
        # a relative or participial clause, or a coordinated phrase, is another claim
        for child in token.subtree:
            if child.dep_ in ("relcl", "acl") and child.i > token.i:
                right = min(right, child.left_edge.i - 1)
        for child in token.children:
            if child.dep_ == "conj" and child.i > token.i:
                cut = min(
                    (c.i for c in token.children if c.dep_ == "cc" and c.i < child.i),
                    default=child.left_edge.i,
                )
                right = min(right, cut - 1)
        while left < token.i and (doc[left].is_punct or doc[left].lower_ in ("and", "but")):
            left += 1
        start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
        phrase = text[start:end]
        if not any(
            c.compiled.search(phrase)
            for c in predicate.CATEGORIES
            if token.lemma_.lower() in c.nominal
        ):
            continue
        for t in times:  # "... withdrawal from the Warsaw Pact in 1968"
            if 0 <= t.start - end <= 4 and text[end : t.start].strip() in ("", "in", "of", ","):
                end = t.end
        if end - start >= 12:
            spans.append((start, end))
    spans.sort()
    kept: list[tuple[int, int]] = []
    for span in spans:  # keep the outermost phrases
        if kept and span[0] < kept[-1][1]:
            if span[1] > kept[-1][1] and span[0] <= kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _subjects(doc: Doc, clause: Clause, mentions: list[Mention], text: str) -> list[str]:
    head = doc[clause.head]
    verb = head
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # "... and broke off relations": the subject of the first verb
    subjects: list[str] = []
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            lo, hi = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            subjects += [m.actor for m in mentions if lo <= m.start < hi]
            if child.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                antecedent = verb.head
                lo, hi = antecedent.left_edge.idx, antecedent.idx + len(antecedent.text)
                subjects += [m.actor for m in mentions if lo <= m.start < hi]
    if not subjects and verb.dep_ == "ROOT":
        # a subject the parser attached elsewhere: the names just before the verb
        i = verb.i - 1
        while (
            i >= verb.sent.start
            and verb.i - i <= 8
            and (doc[i].pos_ in ("PROPN", "PUNCT", "CCONJ", "ADV", "ADP", "DET"))
        ):
            i -= 1
        lo, hi = doc[i + 1].idx, verb.idx
        subjects += [m.actor for m in mentions if lo <= m.start < hi]
    for m in mentions:  # "Albania, together with Romania, withdrew"
        if (
            ALONG.search(text[max(0, m.start - 20) : m.start])
            and m.start < head.idx
            and m.start >= head.sent.start_char
        ):
            subjects.append(m.actor)
    return list(dict.fromkeys(subjects))


def build(
    doc: Doc,
    text: str,
    clauses: list[Clause],
    mentions: list[Mention],
    times: list[TimeExpression],
) -> list[Claim]:
    """The claims of a parsed text, in order, with their times resolved."""
    pieces: list[tuple[int, int, Clause, bool]] = []
    headings = _headings(doc, text)
    for clause in clauses:
        if clause.sentence in headings:
            continue
        nominals = _nominal_spans(doc, clause, text, times)
        nominals = sorted([*nominals, *_coordinated(doc, clause, text)])
        rest_start, rest_end = clause.start, clause.end
        for start, end in nominals:
            pieces.append((start, end, clause, True))
            lead = text[rest_start:start].strip().lower()
            if start <= rest_start + 2 or lead in LEADING:
                rest_start = max(rest_start, end)
            elif end >= rest_end - 2:
                rest_end = min(rest_end, start)
        while rest_start < rest_end and not text[rest_start].isalnum():
            rest_start += 1
        while rest_end > rest_start and not text[rest_end - 1].isalnum():
            rest_end -= 1
        tail = re.search(r"(?:\s|,)+(?:and|but|or)$", text[rest_start:rest_end])
        if tail:
            rest_end = rest_start + tail.start()
        covered = sum(e - s for s, e in nominals if rest_start <= s and e <= rest_end)
        if rest_end - rest_start >= 8 and covered < 0.8 * (rest_end - rest_start):
            pieces.append((rest_start, rest_end, clause, False))
    pieces.sort(key=lambda p: (p[0], p[1]))
    sentence_bounds = {n: (s.start_char, s.end_char) for n, s in enumerate(doc.sents)}
    claims: list[Claim] = []
    for start, end, clause, nominal in pieces:
        span = text[start:end]
        own_chars = {doc[i].idx for i in clause.own}
        inside = [
            m
            for m in mentions
            if start <= m.start < end and (nominal or _token_start(doc, m.start) in own_chars)
        ]
        actors = list(dict.fromkeys(m.actor for m in inside))
        masked = span
        if not nominal:
            for s, e, c, is_nominal in pieces:
                if is_nominal and c is clause and start <= s and e <= end:
                    masked = masked[: s - start] + " " * (e - s) + masked[e - start :]
        effect = predicate.CONSEQUENCE.search(masked)
        if effect:  # "A led to B": the claim is about B
            masked = " " * effect.end() + masked[effect.end() :]
        found = list(predicate.categories(masked))
        if nominal:
            subjects = actors[:1]
            governing = _subjects(doc, clause, mentions, text)
            dyadic = any(c.name in DYADIC for c, _ in predicate.categories(span))
            if dyadic and 0 < len(actors) < 2 and governing and governing[0] not in actors:
                subjects = [governing[0], *subjects]  # "Albania's quest led to a break with X"
        else:
            subjects = [
                a for a in _subjects(doc, clause, mentions, text) if a in actors
            ] or _subjects(doc, clause, mentions, text)
        own = [t for t in times if start <= t.start < end]
        known = [(m.start, m.end) for m in mentions]
        strangers = [
            doc[i].text
            for i in sorted(clause.own if not nominal else clause.tokens)
            if start <= doc[i].idx < end
            and doc[i].pos_ == "PROPN"
            and not any(s <= doc[i].idx < e for s, e in known)
            and not any(t.start <= doc[i].idx < t.end for t in times)
            and doc[i].text not in COMMON_NAMES
        ]
        claim = Claim(
            start=start,
            strangers=strangers,
            end=end,
            text=span,
            sentence=clause.sentence,
            paragraph=clause.paragraph,
            categories=[c for c, _ in found],
            actors=list(dict.fromkeys([*subjects, *actors])),
            subjects=subjects,
            time=own[-1] if own else None,
            time_source="explicit" if own else None,
            negated=bool(predicate.NEGATION.search(span)),
            hedged=bool(predicate.HEDGE.search(span)),
            throughout=bool(predicate.THROUGHOUT.search(span))
            or any(t.mode == "throughout" for t in own),
            initial=bool(predicate.INITIAL.search(span)) and not own,
            consequence=bool(predicate.CONSEQUENCE.search(span))
            or (nominal and bool(predicate.CONSEQUENCE.search(text[clause.start : start]))),
            context=[
                m.actor
                for m in mentions
                if sentence_bounds[clause.sentence][0]
                <= m.start
                < sentence_bounds[clause.sentence][1]
            ],
            nominal=nominal,
            passive=not nominal
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in doc[clause.head].children),
        )
        claims.append(claim)
    _resolve_times(claims)
    return claims


def _headings(doc: Doc, text: str) -> set[int]:
    """Sentences that are titles: a whole line of at most ten words with no final stop."""
    found = set()
    for number, sentence in enumerate(doc.sents):
        line = sentence.text.strip()
        start = sentence.start_char
        end = text.find("\n", start)
        whole = text[text.rfind("\n", 0, start) + 1 : end if end >= 0 else len(text)].strip()
        if whole == line and len(line.split()) <= 10 and not line.endswith((".", "!", "?", '"')):
            found.add(number)
    return found


def as_years(expression: TimeExpression) -> TimeExpression:
    """The same expression widened to whole years (for times borrowed from elsewhere)."""
    first, last = expression.interval.core_start.year, expression.interval.core_end.year
    interval = dates.parse(str(first) if first == last else f"{first}/{last}")
    return replace(
        expression, interval=interval, precision="year" if first == last else expression.precision
    )


def _resolve_times(claims: list[Claim]) -> None:
    """Give timeless claims an anchored or inherited time, and link consequences."""
    for i, claim in enumerate(claims):
        same_sentence = [c for c in claims if c.sentence == claim.sentence and c is not claim]
        if claim.consequence:
            earlier = [j for j in range(i) if claims[j].sentence == claim.sentence]
            if earlier:
                claim.cause = earlier[-1]
            elif i and claims[i - 1].paragraph == claim.paragraph:
                claim.cause = i - 1
        if claim.time is not None:
            continue
        if ANAPHORA.search(claim.text) and i:
            previous = [c for c in claims[:i] if c.sentence < claim.sentence and c.time]
            if previous:
                claim.time, claim.time_source = previous[-1].time, "anchored"
                continue
        # "The collapse of the Soviet Union in 1991 marked ...": the subject's time
        dated = [
            c
            for c in same_sentence
            if c.time and c.time_source == "explicit" and c.nominal and c.end <= claim.start + 1
        ]
        if dated:
            claim.time, claim.time_source = dated[-1].time, "anchored"
            continue
        stated = [
            c.time
            for c in same_sentence
            if c.time and c.time_source == "explicit" and c.time.start < claim.start
        ]
        if stated:  # a time stated earlier in the same sentence: its year(s) apply
            claim.time = as_years(max(stated, key=lambda t: t.start))
            claim.time_source = "anchored"
            continue
        before = [
            c
            for c in claims[:i]
            if c.paragraph == claim.paragraph and c.time and c.time_source == "explicit"
        ]
        if before:
            claim.time, claim.time_source = before[-1].time, "inherited"


def _coordinated(doc: Doc, clause: Clause, text: str) -> list[tuple[int, int]]:
    """Phrases coordinated with a fact-stating noun ("a break ... and a period of isolation")."""
    spans = []
    for i in clause.tokens:
        token = doc[i]
        if token.pos_ != "NOUN" or token.lemma_.lower() not in NOMINALS:
            continue
        for child in token.children:
            if child.dep_ != "conj" or child.i < token.i:
                continue
            start = child.left_edge.idx
            end = child.right_edge.idx + len(child.right_edge.text)
            if any(c.compiled.search(text[start:end]) for c in predicate.CATEGORIES):
                spans.append((start, end))
    return spans
