"""Stage 1: sentences and clauses, with character offsets.

A clause is headed by the sentence's root verb or by a verb attached as a
coordinated clause (`conj`), an adverbial clause (`advcl`), a relative clause
(`relcl`), a participial modifier (`acl`) or a parenthetical (`parataxis`).
Its tokens are the head's subtree minus the subtrees of the clauses nested in
it; its span is the contiguous run of those tokens around the head, with the
subject in front when only nested clauses stand between them.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from rift.check.spans import Clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CLAUSE_DEPS = {"ROOT", "conj", "advcl", "relcl", "acl", "parataxis"}
VERBAL = {"VERB", "AUX"}
EDGE_WORDS = {"and", "but", "or", "while", "whereas", "yet", "so"}
#: Verbs that tell what was said or written: "..., the agency reported".
_SAYING = """say report announce state tell write claim declare add note confirm insist allege
argue explain recall comment disclose reveal assert maintain"""
SAYING = frozenset(_SAYING.split())


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs begin (any line break starts one)."""
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n" and i + 1 < len(text):
            starts.append(i + 1)
    return starts


def is_clause_head(token: Token) -> bool:
    """Whether `token` heads a clause of its own."""
    if token.dep_ == "ROOT":
        return True
    doc = token.doc
    if token.is_punct or not token.text[:1].isalpha():
        return False
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        return False  # the second half of a hyphenated word ("re-established")
    if (
        _coordinated_complement(token)
        or coordinated_before(token)
        or _fronted_report(token)
        or _subordinate_subject(token)
        or _before_colon(token)
        or _listed_verb(token)
    ):
        return True
    if token.dep_ not in CLAUSE_DEPS or token.pos_ not in VERBAL:
        return False
    if token.dep_ == "conj" and _finite_after_infinitive(token):
        # "ceased to take part in Comecon and formally left the Pact": coordinated with
        # the verb the infinitive hangs on, whatever the parser hung it on
        return is_clause_head(token.head.head)
    if token.dep_ == "conj":  # a coordinated verb: its own clause only if the head is one too
        return is_clause_head(token.head)
    return True


def _finite_after_infinitive(token: Token) -> bool:
    """A verb in the past or present tense coordinated with a bare infinitive, which
    it cannot share a "to" with ("ceased to take part ... and left")."""
    head = token.head
    return token.tag_ in ("VBD", "VBZ", "VBP") and head.dep_ == "xcomp" and head.tag_ == "VB"


def _listed_verb(token: Token) -> bool:
    """ "Xoxe was arrested, tried and executed in 1949": a verb of a list after a comma
    that the parser left unlabelled (`dep`) instead of coordinating it."""
    head = token.head
    return (
        token.dep_ == "dep"
        and token.pos_ == "VERB"
        and head.pos_ in VERBAL
        and head.i < token.i
        and token.doc[token.i - 1].text == ","
        and is_clause_head(head)
    )


def _before_colon(token: Token) -> bool:
    """ "Albania left the Pact in two steps: it stopped taking part in 1962, ...": a
    clause before a colon or semicolon that the parser took for the complement of the
    clause after it."""
    head = token.head
    return (
        token.dep_ == "ccomp"
        and token.pos_ in VERBAL
        and token.i < head.i
        and any(t.text in (":", ";") for t in token.doc[token.i : head.i])
        and _has_subject(token)
    )


def _has_subject(token: Token) -> bool:
    """The verb has a subject of its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


#: Words that open a clause of time or cause: no clause opened by one is a subject.
SUBORDINATORS = {"when", "while", "after", "before", "as", "once", "since", "until", "because"}


def _subordinate_subject(token: Token) -> bool:
    """ "When Khrushchev toured Albania in May 1959, accompanied by ..., the question was
    ...": a clause of time the parser took for the subject of the main verb."""
    return (
        token.dep_ == "csubj"
        and token.pos_ in VERBAL
        and any(c.lower_ in SUBORDINATORS and c.i < token.i for c in token.children)
    )


def _fronted_report(token: Token) -> bool:
    """ "Albania today withdrew from the Pact, the agency (ATA) reported": a deed told
    before the verb that reports it, set off by a comma; the report holds it, but the
    deed has words of its own."""
    head = token.head
    doc = token.doc
    return (
        token.dep_ == "ccomp"
        and token.pos_ in VERBAL
        and head.lemma_.lower() in SAYING
        and token.i < head.i
        and token.right_edge.i + 1 < head.i
        and doc[token.right_edge.i + 1].text == ","
        and _has_subject(token)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in head.children)
    )


def coordinated_before(token: Token) -> bool:
    """ "He led the delegation, and that autumn he argued for ...": a clause the parser
    took for what the verb after it reports, though "and" joins the two (both have a
    subject of their own)."""
    head = token.head
    return (
        token.dep_ == "ccomp"
        and token.pos_ in VERBAL
        and token.i < head.i
        and any(
            c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i > token.i for c in token.children
        )
        and _has_subject(token)
        and _has_subject(head)
    )


def _coordinated_complement(token: Token) -> bool:
    """ "..., and two days later he was elected": a clause joined by "and" that the
    parser took for a complement (its own subject, no "that", the "and" before it)."""
    head = token.head
    return (
        token.dep_ == "ccomp"
        and token.pos_ in VERBAL
        and any(c.dep_ == "cc" and head.i < c.i < token.i for c in head.children)
        and _has_subject(token)
        and not any(c.dep_ == "mark" for c in token.children)
        and is_clause_head(head)
    )


def clauses(doc: Doc, text: str) -> list[Clause]:
    """The clauses of `doc` in text order."""
    starts = paragraph_starts(text)
    found: list[Clause] = []
    for number, sentence in enumerate(doc.sents):
        heads = [t for t in sentence if is_clause_head(t)]
        head_ids = {t.i for t in heads}
        owns = {head.i: _own_tokens(head, head_ids) for head in heads}
        for head in heads:
            for phrase, later in _fronted_phrases(head, head_ids):
                owns[head.i] -= phrase
                owns[later] |= phrase
            if coordinated_before(head) and head.head.i in owns:
                # what follows its "and" is the later verb's ("..., and that autumn,
                # in New York, he argued"), whatever the parser hung it on
                join = min(c.i for c in head.children if c.dep_ == "cc" and c.i > head.i)
                moved = {i for i in owns[head.i] if i >= join}
                owns[head.i] -= moved
                owns[head.head.i] |= moved
        for head in heads:
            own = owns[head.i]
            run = _run(head, own, head_ids, doc)
            span = _trim(doc, run)
            if not span:
                continue
            first, last = doc[span[0]], doc[span[-1]]
            found.append(
                Clause(
                    start=first.idx,
                    end=last.idx + len(last.text),
                    sentence=number,
                    paragraph=bisect_right(starts, first.idx) - 1,
                    head=head.i,
                    tokens=tuple(span),
                    own=frozenset(own),
                )
            )
    found.sort(key=lambda c: (c.start, c.end))
    return found


def _fronted_phrases(head: Token, heads: set[int]) -> list[tuple[set[int], int]]:
    """ "cancelled its credits and, in December, broke off relations": a phrase set
    between the "and" and the next verb of a coordination, which the parser hung on
    the verb before; it is the next verb's (its tokens, and that verb)."""
    conjoined = [c for c in head.children if c.dep_ == "conj" and c.i in heads]
    joins = [c.i for c in head.children if c.dep_ == "cc"]
    found: list[tuple[set[int], int]] = []
    if not joins or not conjoined:
        return found
    doc = head.doc
    starts: dict[int, int] = {}  # where each next verb's words begin, phrases taken in
    for child in sorted(head.children, key=lambda c: -c.i):  # from the verb back
        if child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        later = [c for c in conjoined if child.i < c.i]
        if not later or child.i < min(joins):
            continue
        verb = min(later, key=lambda c: c.i)
        after = child.right_edge.i + 1  # the next verb's words follow it, past a comma
        while after < len(doc) and doc[after].text == ",":
            after += 1
        if starts.get(verb.i, verb.left_edge.i) <= after <= verb.i:
            found.append(({t.i for t in child.subtree}, verb.i))
            starts[verb.i] = child.left_edge.i
    return found


def _own_tokens(head: Token, heads: set[int]) -> set[int]:
    own: set[int] = set()
    stack = [head]
    while stack:
        token = stack.pop()
        own.add(token.i)
        stack.extend(child for child in token.children if child.i not in heads)
    return own


def _run(head: Token, own: set[int], heads: set[int], doc: Doc) -> list[int]:
    """The contiguous run of own tokens around the head, joined to its subject's run."""
    lo = hi = head.i
    # (over a comma that sets off a phrase of its own: "and, in December, broke off")
    while lo - 1 in own or (lo - 2 in own and doc[lo - 1].text == ","):
        lo -= 1
    while hi + 1 in own:
        hi += 1
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < lo]
    if subjects:
        start = min(subjects)
        while start - 1 in own:
            start -= 1
        lo = start
    return [i for i in range(lo, hi + 1)]


def _trim(doc: Doc, run: list[int]) -> list[int]:
    """Drop punctuation and bare conjunctions at the edges of a run."""
    while run and (
        doc[run[0]].is_punct or doc[run[0]].is_space or doc[run[0]].lower_ in EDGE_WORDS
    ):
        run = run[1:]
    while run and (
        doc[run[-1]].is_punct or doc[run[-1]].is_space or doc[run[-1]].lower_ in EDGE_WORDS
    ):
        run = run[:-1]
    return run
