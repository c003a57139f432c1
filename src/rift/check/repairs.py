"""Repairs to the parser's reading of a sentence: each a pipeline step that mends one
kind of misparse in place (a head or a label), before any stage reads the parse."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rift.check.timex import MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Doc


def particle_objects(doc: Doc) -> Doc:
    """A verb's object that the parser hangs on its particle as the object of a
    preposition ("breaks off diplomatic relations": "relations" under "off") is the
    verb's own object, as it is in the past tense ("broke off diplomatic relations")."""
    for token in doc:
        if token.dep_ != "prt" or token.head.pos_ != "VERB":
            continue
        if any(c.dep_ == "dobj" for c in token.head.children):
            continue
        for child in list(token.children):
            if child.dep_ == "pobj":
                child.head = token.head
                child.dep_ = "dobj"
    return doc


#: Verb tags of a finite verb, which needs a subject of its own.
FINITE = {"VBD", "VBZ", "VBP"}


def stranded_subjects(doc: Doc) -> Doc:
    """A name the parser joins to the object before it ("Hoxha died in Tirana and Ramiz
    Alia took over": "Alia" joined to "Tirana") is the subject of the finite verb right
    after it, when that verb, joined to the one before, has no subject of its own."""
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "PROPN" or token.head.dep_ not in ("pobj", "dobj"):
            continue
        after = token.right_edge.i + 1
        while after < len(doc) and doc[after].pos_ == "ADV":
            after += 1  # "and Alia then took over"
        if after >= len(doc):
            continue
        verb = doc[after]
        if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl") or verb.tag_ not in FINITE:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        joined = [c for c in token.head.children if c.dep_ == "cc" and c.i == token.left_edge.i - 1]
        if not joined:
            continue  # "and" right before the name: the clause's, not the name's
        token.head = verb
        token.dep_ = "nsubj"
        if verb.dep_ == "advcl":  # "died in Tirana and Alia took over": two clauses
            verb.dep_ = "conj"
        joined[0].head = verb.head
    return doc


#: Words that open a relative clause after a comma.
RELATIVES = {"whose", "which", "who", "whom"}


def relative_clauses(doc: Doc) -> Doc:
    """A clause set off by a comma and opened by a relative word that the parser hangs on
    the main verb as its complement or as a clause joined to it ("Çarçani declared that
    Albania was ready to join the Conference, whose Final Act Tirana refused to sign in
    1975": "refused" read as what was declared) is a relative clause of the noun before
    the comma, or of the head of that noun's phrase ("the Conference on Security in
    Europe, whose ...": the Conference)."""
    for verb in doc:
        if verb.dep_ not in ("ccomp", "conj") or verb.pos_ not in ("VERB", "AUX"):
            continue
        opening = verb.left_edge
        if opening.lower_ not in RELATIVES or opening.i < 2 or doc[opening.i - 1].text != ",":
            continue
        if verb.head.i > opening.i:
            continue  # "Yugoslavia, which many feared wanted ...": the relative clause's own
        noun = doc[opening.i - 2]
        while noun.dep_ in ("pobj", "conj", "appos") and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or verb in noun.ancestors or noun.i >= opening.i:
            continue
        verb.head = noun
        verb.dep_ = "relcl"
    return doc


def second_descriptions(doc: Doc) -> Doc:
    """A description joined by "and" to a participle's phrase that the parser takes for
    a second object of its preposition ("Liri Gega, born in Korçë and the only woman
    among the founders in 1941, ...": "woman" joined to "Korçë", "in 1941" hung on
    "born") describes the participle's noun itself; a phrase after it is its own."""
    for second in doc:
        if second.dep_ != "conj" or second.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" for c in second.children):
            continue
        name = second.head  # "born in Korçë and the only woman": joined to the place
        if name.pos_ == "VERB":  # or to the participle itself
            verb = name
        elif name.pos_ == "PROPN" and name.dep_ == "pobj" and name.head.dep_ == "prep":
            verb = name.head.head
        else:
            continue
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("PROPN", "NOUN"):
            continue
        joint = [c for c in name.children if c.dep_ == "cc" and c.i < second.i]
        later = [c for c in verb.children if c.dep_ == "prep" and c.i > second.right_edge.i]
        second.head = verb.head
        second.dep_ = "appos"
        for token in [*joint, *later]:
            token.head = second
    return doc


#: Words that open a clause of time, which the parser can take for prepositions.
TIME_MARKS = {"after", "before", "when", "until", "since", "once", "while"}


def marked_subjects(doc: Doc) -> Doc:
    """A clause of time whose opening word the parser takes for a preposition and its
    subject for that word's object ("After the Albanian delegation, alone among the
    parties, sided with China, Moscow cut ...": "sided" with no subject, then given
    the main clause's) has that subject, and its word marks the clause."""
    for mark in doc:
        if mark.lower_ not in TIME_MARKS or mark.dep_ != "prep":
            continue
        verb = mark.head
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "advcl":
            continue  # (not "Albania ceased ... and, after the invasion, withdrew": joined)
        if any(c.dep_ in ("auxpass", "agent", "aux") for c in verb.children):
            continue  # ("After the war, hailed by Moscow as ...": a participle of its own)
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue
        if verb.left_edge.i != mark.i:
            continue  # the word opens the verb's clause
        subjects = [c for c in mark.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if len(subjects) != 1:
            continue
        subjects[0].head = verb
        subjects[0].dep_ = "nsubj"
        mark.dep_ = "mark"
    return doc


#: Nouns of a stretch of time ("for two decades").
STRETCHES = {"year", "decade", "month", "week", "generation", "century"}


def described_over_time(doc: Doc) -> Doc:
    """A description set after a name behind a stretch of time ("Beqir Balluku, for
    two decades Albania's defence minister, ...": "minister" read as an apposition of
    "decades", or as a second subject of the verb) describes the name."""
    for stretch in doc:
        if stretch.lemma_.lower() not in STRETCHES or stretch.dep_ != "pobj":
            continue
        opening = stretch.head
        if opening.lower_ not in ("for", "over") or opening.i < 2 or doc[opening.i - 1].text != ",":
            continue
        name = doc[opening.i - 2]
        if name.pos_ != "PROPN" or stretch.i + 1 >= len(doc):
            continue
        heads = [
            t
            for t in doc[stretch.i + 1 : min(len(doc), stretch.i + 12)]
            if t.left_edge.i == stretch.i + 1
            and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ in ("appos", "nsubj", "nsubjpass", "pobj")
        ]
        if not heads:
            continue
        described = max(heads, key=lambda t: len(list(t.subtree)))
        if name in described.subtree or described in name.ancestors:
            continue
        described.head = name
        described.dep_ = "appos"
    return doc


def whole_dates(doc: Doc) -> Doc:
    """A date the parser cuts after its day ("met in Moscow on 28 | March 1961, Albania
    was ...": "March" hung on the main verb) is one phrase: the month hangs on the day."""
    for month in doc[1:]:
        day = doc[month.i - 1]
        if (
            month.lower_ not in MONTHS
            or not month.text[:1].isupper()  # ("Article 5 may be ...": a verb)
            or not day.text.isdigit()
            or not 1 <= int(day.text) <= 31
        ):
            continue
        if month.head.i == day.i or day.head.i == month.i or day in month.subtree:
            continue
        if month.is_sent_start or day.sent.start != month.sent.start:
            continue  # ("VIENNA, 14 | April - Hoxha ...": the parser's sentences stay)
        month.head = day
        month.dep_ = "npadvmod"
    return doc


def relative_roots(doc: Doc) -> Doc:
    """A relative clause after a comma that the parser takes for the sentence's main
    clause, with the main clause as its complement ("The party was founded in 1941 at a
    meeting attended by Popović and Mugoša, whose influence outlasted the liberation in
    1944": "outlasted" the root, "founded" under it): the main clause is the root again,
    and the relative clause is the noun's before the comma."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]:
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            continue
        opening = subjects[0].left_edge
        if opening.lower_ not in RELATIVES or opening.i < 2 or doc[opening.i - 1].text != ",":
            continue
        mains = [
            c
            for c in root.children
            if c.dep_ in ("ccomp", "advcl", "conj")
            and c.pos_ in ("VERB", "AUX")
            and c.i < opening.i
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        noun = doc[opening.i - 2]
        if len(mains) != 1 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        main = mains[0]
        path = [noun, *noun.ancestors]
        if root not in path or path[path.index(root) - 1].i >= opening.i:
            continue  # the noun hangs on what comes before the comma, which moves
        for child in [c for c in root.children if c.i < opening.i and c is not main]:
            child.head = main
        main.head = main
        main.dep_ = "ROOT"
        root.head = noun
        root.dep_ = "relcl"
    return doc


def coordinated_events(doc: Doc, events: frozenset[str]) -> Doc:
    """An event noun that the parser joins to the name ending the phrase of another
    event noun ("Khrushchev's reconciliation with Tito and his denunciation of Stalin
    in 1956": "denunciation" joined to "Tito", "in 1956" hung on "reconciliation") is
    joined to that event; a phrase after it that the parser hung on the first event is
    its own (the denunciation is of 1956, the reconciliation not)."""
    for second in doc:
        if second.dep_ != "conj" or second.pos_ != "NOUN" or second.lemma_.lower() not in events:
            continue
        if not any(c.dep_ in ("poss", "det") for c in second.children):
            continue  # "with Tito and Kardelj": partners, not another event
        name = second.head
        if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.head.dep_ != "prep":
            continue
        first = name.head.head
        if first.pos_ != "NOUN" or first.lemma_.lower() not in events:
            continue
        for joint in [c for c in name.children if c.dep_ == "cc" and name.i < c.i < second.i]:
            joint.head = first
        second.head = first
        for phrase in [c for c in first.children if c.dep_ == "prep" and c.i > second.right_edge.i]:
            phrase.head = second
    return doc


def in_order(events: frozenset[str]) -> list[tuple[str, Callable[[Doc], Doc]]]:
    """The repairs by pipeline name, in the order they run; `events` are the nouns that
    name an event (the lexicon's), which `coordinated_events` needs."""
    return [
        ("rift_particle_objects", particle_objects),
        ("rift_stranded_subjects", stranded_subjects),
        ("rift_relative_clauses", relative_clauses),
        ("rift_relative_roots", relative_roots),
        ("rift_coordinated_events", lambda doc: coordinated_events(doc, events)),
        ("rift_whole_dates", whole_dates),
        ("rift_second_descriptions", second_descriptions),
        ("rift_marked_subjects", marked_subjects),
        ("rift_described_over_time", described_over_time),
    ]
