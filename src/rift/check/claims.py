"""Stage 5: claims: spans of the text, each with its frames and its time.

A clause gives one claim with the frames its verbs trigger. A noun phrase
that states a fact by itself ("Albania's withdrawal from the Warsaw Pact in
1968", "after Hoxha's death") is a claim of its own, so a sentence that makes
two claims gives two.

A claim's time is the last temporal expression in its span (`explicit`); else,
by explicit rules only: the time of the claim a demonstrative subject ("this
decision") refers back to, or a time stated earlier in the same sentence
(`anchored`); else the last explicit time earlier in the paragraph
(`inherited`, which may support a claim but never contradicts one).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from rift import dates
from rift import frames as frame_types
from rift.check.discourse import implicit_partners, paragraph_pair, text_pair
from rift.check.extract import (
    CABINETS,
    DIPLOMATIC_TIES,
    GATHER,
    MONTH_NAMES,
    OFFICE_WORDS,
    REGIONS,
    ClaimFrame,
    actors_by_token,
    frames_of,
    subject_holder,
    title_frames,
)
from rift.check.lexicon import Lexicon
from rift.check.link import INSTITUTIONS
from rift.check.nlp import TITLES, dated_entries, entry_labels, sentence_of
from rift.check.numbers import WITH_ARTICLES
from rift.check.spans import Clause, Mention, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

ANAPHORA = re.compile(
    r"^\s*(?:this|that|these|those|such)\s+(?:\w+\s+){0,3}?"
    r"(?:decision|move|step|act|action|event|development|break|withdrawal|choice|policy)\b",
    re.I,
)
PREDICATIVE = {"attr", "oprd", "ROOT", "acomp"}
SUBJECTS = {"nsubj", "nsubjpass"}
#: Words that may stand before a time fronted at the head of a sentence ("In 1956, ...").
FRONTING = {
    "",
    "in",
    "on",
    "by",
    "during",
    "early in",
    "late in",
    "in early",
    "in late",
    "then, in",
}
#: Words that make a visit another one to the same place.
AGAIN = re.compile(r"\b(?:came back|come back|comes back|returned|returns|again)\b", re.I)
#: Words between a noun phrase and a date that still make the date the phrase's own.
TO_DATE = {"", "in", "of", ",", "on"}


@dataclass
class Claim:
    """One checkable statement of the text."""

    start: int
    end: int
    text: str
    sentence: int
    paragraph: int
    frames: list[ClaimFrame]
    actors: list[str]  # every actor named in the span, in order
    times: list[TimeExpression] = field(default_factory=list)  # explicit, in order
    time: TimeExpression | None = None
    time_source: str | None = None  # explicit, anchored, inherited
    strangers: list[str] = field(default_factory=list)  # proper names no actor stands for
    #: actors of the claim its sentence names only by a pronoun or a description ("he",
    #: "the country"): who they are is the resolver's guess
    referred: list[str] = field(default_factory=list)
    nominal: bool = False
    #: The time is stated for this claim: in its span, or by "this decision" referring back.
    own_time: bool = False
    #: "three years after the death of Stalin": a time counted from another event's
    #: (see `Offset`), resolved once that event is found in the chronicle
    offset: Offset | None = None
    #: the span of a claim that the text says happened after this one ("Albania left the
    #: Pact in 1968 after the invasion of ..."): this claim names its antecedent
    precedes: tuple[int, int] | None = None
    #: the whole sentence the claim stands in ("Albania was the only member | that
    #: refused to take part": what the first part says depends on the second)
    said: str = ""
    #: an event by which the sentence times another ("held it until his death"): the
    #: sentence's time is not its own
    anchor: bool = False
    #: the time is another clause's of the sentence ("prime minister from 1944 to 1954
    #: and in the early years also foreign minister"): said of that clause's event
    lent: bool = False
    #: a clause the sentence times its deed by ("In 1961, after Albania sided with
    #: China, Moscow broke off relations"): it lies before ("before") or after ("after")
    #: the time of the clause it hangs on
    lead: str | None = None
    #: an event named by a noun that the deed is placed after or before, with no time
    #: of its own ("was elected two days after his death"): "after" or "before"
    ordered: str | None = None
    #: a year of the birth or death in the bracket after a name ("Ramiz Alia
    #: (1925-2011)"): borne out or left open, never held wrong, for such brackets give
    #: terms of office as well ("Enver Hoxha (1944-85)")
    lifespan: bool = False
    #: the claim stands wholly inside quotation marks ("**"Hoxha never met Stalin."**"
    #: in a list of misconceptions): words the text reports, not its own
    quoted: bool = False
    #: times said of one of several actors in a role only ("joined Comecon in 1949 and
    #: the Warsaw Pact in 1955", "joined Comecon and, in 1955, the Pact"): by actor
    gapped: dict[str, TimeExpression] = field(default_factory=dict)
    #: each deed's own time where one claim holds several, each dated in its own words
    #: ("by receiving Tito in 1975 and then, in July 1978, by ending all aid"): by trigger
    frame_times: dict[int, TimeExpression] = field(default_factory=dict)
    #: no time of the sentence is the claim's ("Xoxe, the interior minister, was shot
    #: in 1949": the office he had held)
    untimed: bool = False
    #: what a verb of telling tells, the times of the sentence being the telling's:
    #: "done" by then ("announced that Hoxha had died"), or "ahead", of no time of its
    #: own ("declared that the USSR had ceased to exist"); `decide` judges it so
    told: str | None = None
    #: where the clause goes on after a description of its subject set off by commas
    #: ("Albania, the smallest of the signatories, has taken no part"), counted from
    #: `start`; 0 when there is none. A flag on the clause is on what follows it.
    aside: int = 0
    #: where the clause's subject begins, counted from the claim's start, after a phrase
    #: set before it by a comma ("In 1968, after the invasion, Albania was expelled"):
    #: 0 when there is none
    fronted: int = 0
    #: the sentence just before, when the time is inherited from it ("In June 1960 the
    #: parties met in Bucharest. The Albanian delegation, led by Kapo, ..."): what it names
    #: may be what this claim's deed took place at
    time_said: str = ""
    #: on a line the text labels a myth or a misconception ("Myth 6: Albania left the
    #: Warsaw Pact in 1961"): set out to be refuted, not asserted
    disowned: bool = False


@dataclass(frozen=True)
class Offset:
    """A time said as a distance from an event the text names, not as a date."""

    years: int  # signed: "two years before" is -2
    start: int  # the phrase "three years after the death of Stalin", in the text
    end: int
    text: str
    anchor_start: int  # the event it counts from ("the death of Stalin")
    anchor_end: int
    before: bool = False  # "a month before X": this comes first
    short: bool = False  # counted in months, weeks or days: within the year's reach


def _noun_span(doc: Doc, i: int, text: str, times: list[TimeExpression]) -> tuple[int, int]:
    token = doc[i]
    left, right = token.left_edge.i, token.right_edge.i
    for child in token.children:
        cut = child.dep_ in ("relcl", "acl", "conj", "cc", "appos") or child.lower_ == "as"
        # a phrase set off by a comma adds to the event: "his visit, with his minister"
        cut = cut or (child.dep_ == "prep" and doc[child.i - 1].text == ",")
        if cut and child.i > token.i:
            right = min(right, child.left_edge.i - 1)
    while right > token.i and (doc[right].is_punct or doc[right].lower_ in ("and", "or")):
        right -= 1
    start, end = doc[left].idx, doc[right].idx + len(doc[right].text)
    for t in times:  # "... withdrawal from the Warsaw Pact in 1968"
        if 0 <= t.start - end <= 5 and text[end : t.start].strip() in TO_DATE:
            end = t.end
    return start, end


def _is_predicate(frame: ClaimFrame, doc: Doc, clause: Clause) -> bool:
    token = doc[frame.trigger]
    return (
        not frame.nominal
        or token.i == clause.head
        or token.dep_ in PREDICATIVE
        or (token.dep_ == "conj" and token.head.dep_ in PREDICATIVE)
    )


#: "first" before a "since" time: "the first free elections since 1923", "for the first
#: time since 1944".
FIRST_BEFORE = re.compile(r"\bfirst\b[^.;:]*$", re.I)


def build(
    doc: Doc,
    text: str,
    clauses: list[Clause],
    mentions: list[Mention],
    times: list[TimeExpression],
    lexicon: Lexicon,
    kinds: dict[str, str],
    countries: dict[str, str] | None = None,
) -> list[Claim]:
    """The claims of a parsed text, in order, with their times resolved."""
    sents = list(doc.sents)
    headings = _headings(text, sents)
    triggers = lexicon.triggers(doc)
    countries = countries or {}
    dated = {
        t.i for x in times for t in doc.char_span(x.start, x.end, alignment_mode="expand") or []
    }
    known = dated | {
        t.i for m in mentions for t in doc.char_span(m.start, m.end, alignment_mode="expand") or []
    }
    claims: list[Claim] = []
    sentences = [sentence.text for sentence in sents]
    entry_dates = dated_entries(text)
    labels = entry_labels(text)  # "25 November 1971: The Assembly adopts ...": its date
    titled = title_frames(doc, mentions, kinds)
    by_token = actors_by_token(doc, mentions)
    people = {i for i, actors in by_token.items() if any(kinds.get(a) == "person" for a in actors)}
    # relative clauses by sentence, read once: "which first surfaced in June 1960"
    relative_clauses: dict[int, list[Clause]] = {}
    for other in clauses:
        if doc[other.head].dep_ == "relcl":
            relative_clauses.setdefault(other.sentence, []).append(other)
    for clause in clauses:
        if clause.sentence in headings:
            continue
        own = sorted(clause.own & triggers)
        found = frames_of(doc, own, lexicon, mentions, kinds, dated, by_token, people)
        # (an office named by the clause; "led by First Secretary Hoxha and Premier Kapo"
        # names none, so the titles say which each held)
        held = {
            a
            for f in found
            if f.type == "hold_office" and f.office
            for a in f.roles.get("agent", [])
        }
        found += [  # "Premier Mehmet Shehu": an office the text says is his then
            f for f in titled if f.trigger in clause.own and not set(f.roles["agent"]) & held
        ]
        found.sort(key=lambda f: f.trigger)
        # the pair "the two countries" stands for, taken from the context: a guess
        in_clause = [m for m in mentions if clause.start <= m.start < clause.end]
        guessed_pair = {m.actor for m in in_clause if m.via == "carry-over"} - {
            m.actor for m in in_clause if m.via != "carry-over"
        }
        for frame in found:
            if guessed_pair & set(frame.actors()):
                frame.paired = True  # confirms or dates a record, never denies another's
            kind = frame_types.TYPES[frame.type]
            if kind.family == "relations" and kind.symmetric and _group_subject(doc[frame.trigger]):
                # "every Eastern Bloc country cut ties with Tirana": states the text does
                # not name; no partner is to be guessed for them
                frame.unknown_agent = True
            elif kind.family == "relations" and kind.symmetric:
                trigger = doc[frame.trigger].idx
                before = [m for m in mentions if m.start < trigger]
                guessed = implicit_partners(frame.roles, before, kinds, countries)
                if len(frame.partners) >= 2 and set(frame.roles.get("agent", [])) <= set(
                    frame.partners
                ):
                    # "relations were restored with Moscow and Washington": the other
                    # side of each, the same state for all of them, when one stands out
                    others = [m for m in before if m.actor not in frame.partners]
                    each = {
                        tuple(implicit_partners({"agent": [p]}, others, kinds, countries))
                        for p in frame.partners
                    }
                    guessed = [*each.pop()] if len(each) == 1 else []
                    guessed = [a for a in guessed if a not in frame.partners]
                frame.roles.setdefault("agent", []).extend(guessed)
                frame.paired = frame.paired or bool(guessed)  # a guess: never denies
                sentence = sentence_of(doc[frame.trigger])
                if not frame.actors():  # "the two governments announced that relations
                    # would be restored": the pair the sentence names
                    pair = {
                        m.actor
                        for m in mentions
                        if m.via == "carry-over"
                        and sentence.start_char <= m.start < sentence.end_char
                    }
                    if len(pair) == 2:
                        frame.roles["agent"] = sorted(pair)
                # "ties were severed in 1964": between the two states the paragraph has
                # told of most, when two stand out; not when it names people ("Stalin broke
                # with Tito"), whose break is no pair of states told before
                if not frame.actors() and not frame.doers:
                    told = paragraph_pair(
                        text, mentions, kinds, countries, sentence.start_char
                    ) or text_pair(
                        text, mentions, kinds, countries, sentence.start_char, sentence.end_char
                    )
                    if told is not None:
                        frame.roles["agent"] = sorted(told)
                        frame.paired = True
        nominal = [f for f in found if not _is_predicate(f, doc, clause)]
        verbal = [f for f in found if f not in nominal]
        if verbal:  # "withdrew from the Vlora base in 1962": a base of no one keeps no date
            nominal = [f for f in nominal if f.actors()]
        pieces: list[tuple[int, int, list[ClaimFrame], bool]] = []
        for frame in nominal:
            start, end = _noun_span(doc, frame.trigger, text, times)
            title = doc[frame.trigger]
            if frame.cls == "title" and title.lemma_.lower() in CABINETS:
                # "the cabinet of Mehmet Shehu", "Shehu's government": the whole phrase
                last = max(
                    (t for t in title.subtree if t.dep_ not in ("relcl", "acl")),
                    key=lambda t: t.i,
                )
                start, end = title.left_edge.idx, last.idx + len(last)
            elif frame.cls == "title":  # "Premier Mehmet Shehu": the title and the name
                name = doc[frame.trigger]
                while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN":
                    name = doc[name.i + 1]
                start, end = doc[frame.trigger].idx, name.idx + len(name)
            pieces.append((start, end, [frame], True))
        inner = [(s, e) for s, e, _, _ in pieces]
        # "The dispute, which first surfaced in June 1960, has now culminated in a
        # rupture": a relative clause's time is of what it tells, not of its host
        relatives = [
            (o.start, o.end)
            for o in relative_clauses.get(clause.sentence, [])
            if o is not clause and clause.start <= o.start and o.end <= clause.end
        ]
        pieces.append((clause.start, clause.end, verbal, False))
        # the events of the clause: its frames, and nouns that name one ("the invasion")
        events = {f.trigger for f in found} | {
            i
            for i in clause.own & triggers
            # a name is no event ("left the Warsaw Pact (1968)": the date is the leaving's)
            if doc[i].pos_ in ("NOUN", "PROPN") and i not in by_token
        }
        sentence = sents[clause.sentence]
        in_sentence = [m for m in mentions if sentence.start_char <= m.start < sentence.end_char]
        # by a name in the sentence, not a pronoun or a description; in a sentence that
        # has one, an actor a clause gets from outside its words may be the pronoun's
        # ("After Tito's break with Stalin he was arrested, tried and shot": who was
        # shot is the guess of who "he" is)
        named_here = (
            set()
            if any(m.via == "reference" for m in in_sentence)
            else {m.actor for m in in_sentence}
        )
        for start, end, framed, is_nominal in pieces:
            span = text[start:end].strip()
            if len(span) < 4:
                continue
            asides = [] if is_nominal else _asides(doc, [f.trigger for f in framed], events, people)
            # "- 1949: Joins Comecon": the entry's date, before its stand-in subject
            since = entry_dates.get(start, (labels.get(start, start), 0))[0]
            own_times = [
                t
                for t in times
                # or one the clause begins inside ("8 November 1941 – ... founded", the
                # day read as a sentence of its own)
                if (
                    since <= t.start < end
                    or (t.start < since < t.end and not t.invalid and "\n" not in t.text)
                )
                and (
                    (not is_nominal and _gathered(doc, t, framed))
                    or (
                        (
                            (is_nominal and not _in_modifier(doc, t, framed))
                            or (not is_nominal and not any(s <= t.start < e for s, e in inner))
                            or _governed(doc, t, framed)
                        )
                        and not any(s <= t.start < e for s, e in asides)
                        and not any(s <= t.start < e for s, e in relatives if not s <= start < e)
                        # "the first multiparty elections since 1923": a time measured
                        # from, not the time of the deed
                        and not (
                            t.text.lower().startswith("since")
                            and FIRST_BEFORE.search(text, max(since, t.start - 60), t.start)
                        )
                    )
                )
            ]
            own_times = _narrowest(own_times)
            if not own_times and not is_nominal:
                own_times = _when_told(doc[clause.head], times) or _held_then(
                    doc[clause.head], times
                )
            lead = None if is_nominal else _lead(doc, framed)
            above = [t for t in own_times if lead and _above(doc, t, framed)]
            own_times = [t for t in own_times if t not in above]
            if not is_nominal:  # "succeeded him after his death on 11 April": after then
                own_times = [_through_event(doc, t, framed, triggers) for t in own_times]
            told_as: str | None = None
            complement = _told(doc, framed) if framed and not is_nominal else None
            if complement is not None:  # "announced on 13 April that Hoxha had died"
                own_times, told_as = _told_times(complement, framed, own_times)
            spanned = [m for m in mentions if start <= m.start < end]
            actors = list(dict.fromkeys(m.actor for m in spanned))
            by_name = {m.actor for m in spanned if m.via != "reference"}
            borrowed = replace(above[-1], mode=lead) if above and lead else None
            # in a clause that states nothing else, the clause's time is the nominal's
            # own ("the invasion took place in 1956", "maintained relations in 1964")
            noun = doc[framed[0].trigger] if is_nominal else None
            # an event another is timed by ("until his death") is no subject of its clause
            anchor = noun is not None and _anchoring(noun)
            # "Xoxe, the interior minister, was executed in 1949": an office the condemned
            # man had held, not one he held when he was shot
            former = (
                is_nominal
                and framed[0].type in ("hold_office", "take_office")
                and any(f.type == "execute" for f in verbal)
            )
            # "a year after the death of Prime Minister Mehmet Shehu", "the purge of the
            # defence minister Beqir Balluku in 1974": the office he held until then,
            # not at the time of the clause
            ended = {f.trigger for f in found if f.type in ENDING_A_CAREER}
            former = former or (
                noun is not None
                and framed[0].type == "hold_office"
                and any(
                    _anchoring(a) or a.i in ended
                    for a in noun.ancestors
                    if a.pos_ in ("NOUN", "PROPN")
                )
            )
            # "its creation was announced on 25 January": told of then, not done then;
            # a death, a birth, an execution, an invasion or a founding told of had
            # happened by then ("Hoxha's death was announced on 11 April 1985")
            reported = noun is not None and _reported(noun)
            done = reported and framed[0].type in DONE_WHEN_TOLD
            subject = (
                noun is not None
                and not verbal
                and not _described(noun)
                and not anchor
                and (done or not reported)
            )
            if is_nominal and not own_times:  # "Soviet aid flowed in during the 1950s"
                outside = [
                    t
                    for t in times
                    if clause.start <= t.start < clause.end
                    and not any(s <= t.start < e for s, e in inner)
                    and not any(s <= t.start < e for s, e in relatives if not s <= start < e)
                    # "began with the rupture with Moscow: in August 1961 he was sent":
                    # what follows a colon tells of something else
                    and ":" not in text[min(start, t.start) : max(end, t.start)]
                ]
                borrowed = outside[-1] if outside else None
                if borrowed is not None:  # "succeeded him as leader after his death on
                    # 11 April": the office is his after that day
                    borrowed = _through_event(doc, borrowed, verbal, triggers)
                if former:
                    borrowed = None
                elif borrowed is not None and (done or _object_of_another(noun, framed)):
                    # "in 1961 Khrushchev held her death against Hoxha": by then
                    borrowed = replace(borrowed, mode="by")
                if borrowed is not None and noun is not None and anchor:
                    # "withdrew in September 1968, after the invasion": the invasion was
                    # before then; "held it until his death" says nothing of when he died
                    after = noun.head.lower_ in ("after", "since")
                    borrowed = replace(borrowed, mode="before") if after else None
                elif borrowed is not None and noun is not None and _ahead(noun):
                    # "in September, as Tirana edged towards its break with Moscow": the
                    # break was still to come
                    borrowed = replace(borrowed, mode="after")
            shown = start
            aside_end = start
            if not is_nominal and framed:
                # "Albania, a founding member of the Pact, was expelled": the apposition
                # is a claim of its own, and the clause's verdict is not about it
                first = min(doc[f.trigger].idx for f in framed)
                for low, high in asides:  # a nominal's, or a clause of its own set
                    after_subject = len(text[start:low].split()) <= 3
                    apart = any(s <= low < e for s, e in inner) or (
                        after_subject
                        and any(o is not clause and o.start <= low < o.end for o in clauses)
                    )
                    if start < low and high <= first and apart:
                        shown = max(shown, high)
                    elif (
                        start < low
                        and high <= first
                        and (after_subject or _of_subject(doc, low, high, framed))
                    ):
                        # set off by commas, judged with the clause: "Albania, the
                        # smallest of the signatories, has taken no part": a flag on
                        # the clause is not on the description
                        aside_end = max(aside_end, high)
                while shown < end and text[shown] in " ,;:–—()":
                    shown += 1
                if len(text[shown:end].strip()) < 4:
                    shown = start  # nothing of the clause would be left to show
            claims.append(
                Claim(
                    start=shown,
                    end=shown + len(text[shown:end].rstrip()),
                    text=text[shown:end].rstrip(),
                    sentence=clause.sentence,
                    said=sentences[clause.sentence],
                    anchor=anchor,
                    paragraph=clause.paragraph,
                    frames=framed,
                    actors=actors,
                    # named in the span only by reference, or outside it not by name
                    referred=sorted(
                        a
                        for a in {*actors, *(a for f in framed for a in f.actors())}
                        if a not in by_name and (a in actors or a not in named_here)
                    ),
                    times=own_times,
                    time=own_times[-1] if own_times else borrowed,
                    time_source="explicit" if own_times else ("anchored" if borrowed else None),
                    own_time=bool(own_times) or ((subject or bool(above)) and borrowed is not None),
                    lead=lead,
                    ordered=_ordered(doc, framed, triggers),
                    strangers=[  # a place the frame reads as its place is no stranger
                        name
                        for name in _strangers(doc, start, end, known)
                        if name not in {f.place for f in framed}
                        # nor a word of the office the frame reads ("Council of Ministers")
                        and not any(name in (f.office or "").split() for f in framed)
                    ],
                    nominal=is_nominal,
                    untimed=former,
                    told=told_as,
                    aside=_after_aside(text, shown, aside_end),
                    fronted=0 if is_nominal else _fronted_end(doc, text, shown, verbal),
                )
            )
    claims.sort(key=lambda c: (c.start, c.end))
    fronted = set()
    for t in times:
        located = doc.char_span(t.start, t.end, alignment_mode="expand")
        if located is not None and len(located):
            head = sentence_of(located[0]).start_char
            if text[head : t.start].strip().lower() in FRONTING:
                fronted.add(t.start)
    # an entry's date before its first words ("- 31 March 1991: First multiparty
    # elections, won by ...") stands at the head of all it says
    fronted |= {t.start for t in times for first, date in labels.items() if date <= t.start < first}
    # a chronology's line dated at its head ("December 1961 — ... . ...") dates every
    # sentence on the line
    headed = {
        t.start
        for t in times
        if re.search(r"(?:^|\n)(?:[-*•] {1,2})?$", text[max(0, t.start - 3) : t.start])
        and re.match(r"\s*[—–:-]\s", text[t.end : t.end + 3])
    }
    # a sentence that only names a time ("Then came 1975.") dates the sentence after it
    starts = [sent.start_char for sent in sents]
    bare = {
        t.start
        for t in times
        for sent in [sents[bisect_right(starts, t.start) - 1]]
        if t.start < sent.end_char
        and BARE_TIME.fullmatch(f"{text[sent.start_char : t.start]}#{text[t.end : sent.end_char]}")
    }
    _anchor_times(doc, claims, times)
    _sequences(doc, claims)
    for claim in claims:
        if claim.frames and (claim.time is None or claim.time_source == "explicit"):
            # a time counted from another event; beside a date of the claim's own, it
            # says how far the two events lie apart ("in July 1978, a year before ...")
            claim.offset = _offset_of(doc[claim.frames[0].trigger])
    owned = {t.start for c in claims for t in c.times} | {
        c.time.start for c in claims if c.time is not None
    }
    orphans = {  # "In 1961, after ..., Moscow broke off relations": the fronted time of
        # a sentence that only a clause after the one it stands in can own
        sentence: t
        for t in times
        if t.start in fronted and t.start not in owned
        for sentence, sent in enumerate(sents)
        if sent.start_char <= t.start < sent.end_char
    }
    _resolve_times(claims, fronted, headed, orphans, bare)
    _followed(doc, claims, mentions, kinds)
    _gapped(text, claims, mentions, kinds)
    _own_frame_times(doc, claims)
    _shifted(doc, claims)
    _delegation_times(doc, claims, times)
    _destinations(claims, countries)
    claims += _lifespans(doc, text, clauses, mentions, kinds)
    vitals = _vitals(doc, text, clauses, mentions, kinds, times)
    claims = [  # what the bracket's words read alone ("died 11 April 1985": no one's)
        c
        for c in claims
        if not any(v.start <= c.start and c.end <= v.end for v in vitals)
        or any(f.actors() for f in c.frames)
    ]
    claims += vitals
    claims.sort(key=lambda c: (c.start, c.end))
    quotes = _quotations(text)
    myths = [(m.start(), m.end()) for m in MYTH.finditer(text)]
    for claim in claims:
        claim.quoted = any(s <= claim.start and claim.end <= e for s, e in quotes)
        claim.disowned = any(s <= claim.start and claim.end <= e for s, e in myths)
    return claims


#: A line labelled a myth or a misconception, to the end of the line.
MYTH = re.compile(
    r"(?im)^[\s*_>#\-\d.)]*(?:myth|misconception|misbelief|legend|false claim)s?\b"
    r"[^:\n]{0,12}:[^\n]*"
)


#: A quotation mark, straight or curly.
QUOTE_MARK = re.compile(r'["“”]')
#: How long a stretch in quotation marks must be to state something.
QUOTED_LENGTH = 12


def _of_subject(doc: Doc, low: int, high: int, framed: list[ClaimFrame]) -> bool:
    """The aside describes the subject of the clause's verb ("Albania and the United
    States, whose relations had been broken off in 1939, signed"), however far into
    the clause the subject stands."""
    span = doc.char_span(low, high, alignment_mode="expand")
    if span is None or not framed:
        return False
    verb = doc[framed[0].trigger]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    owners = {t.i for s in subjects for t in (s, *s.conjuncts)}
    return span.root.head.i in owners


def _fronted_end(doc: Doc, text: str, start: int, framed: list[ClaimFrame]) -> int:
    """Where the subject of the clause's verb begins, counted from `start`, when a
    phrase set off by a comma stands before it ("After the invasion, Albania left")."""
    if not framed:
        return 0
    verb = doc[framed[0].trigger]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return 0
    at = subjects[0].left_edge.idx
    if at <= start or not text[start:at].rstrip().endswith(","):
        return 0
    return at - start


def _after_aside(text: str, shown: int, aside_end: int) -> int:
    """Where the clause goes on after a description of its subject set off by commas,
    counted from the claim's start (0: there is none)."""
    if aside_end <= shown:
        return 0
    while aside_end < len(text) and text[aside_end] in " ,;:–—()":
        aside_end += 1
    return aside_end - shown


def _quotations(text: str) -> list[tuple[int, int]]:
    """The stretches in quotation marks, long enough to state something, each on one
    line: the marks are paired in order, so a short one ("Stalin City") is not taken
    for the end of a long one."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in QUOTE_MARK.finditer(line.group(0))]
        for opening, closing in zip(marks[::2], marks[1::2], strict=False):
            if closing - opening - 1 >= QUOTED_LENGTH:
                found.append((line.start() + opening, line.start() + closing + 1))
    return found


#: The years in a bracket after a person's name: "(1925–2011)", "(b. 1908 – d. 1985)".
LIFESPAN = re.compile(
    r"\s*\(\s*(?:b\.|born)?\s*(?P<born>1[89]\d\d)\s*[–—-]\s*(?:d\.|died)?\s*"
    r"(?P<died>1[89]\d\d|20[0-2]\d|\d\d)\s*\)"
)


def _lifespans(
    doc: Doc, text: str, clauses: list[Clause], mentions: list[Mention], kinds: dict[str, str]
) -> list[Claim]:
    """A claim of birth and one of death for the years bracketed after a person's name."""
    found: list[Claim] = []
    for mention in mentions:
        match = LIFESPAN.match(text, mention.end)
        if kinds.get(mention.actor) != "person" or match is None:
            continue
        born, died = int(match["born"]), match["died"]
        death = int(died) if len(died) == 4 else born // 100 * 100 + int(died)
        if death < born:
            death += 100  # "(1899-05)"
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        clause = next((c for c in clauses if c.start <= mention.start < c.end), None)
        if not span or clause is None or not born < death <= born + 110:
            continue
        for kind, year, group in (("born", born, "born"), ("die", death, "died")):
            start, end = match.span(group)
            time = TimeExpression(start, end, text[start:end], dates.parse(str(year)))
            frame = ClaimFrame(kind, span.root.i, True, {"patient": [mention.actor]})
            found.append(
                Claim(
                    start=start,
                    end=end,
                    text=text[start:end],
                    sentence=clause.sentence,
                    paragraph=clause.paragraph,
                    frames=[frame],
                    actors=[mention.actor],
                    times=[time],
                    time=time,
                    time_source="explicit",
                    own_time=True,
                    lifespan=True,
                )
            )
    return found


#: A bracket after a person's name, past a bracketed name of theirs ("SHEHU, Mehmet
#: (Ismail) (b. ..."): where a birth and a death may be given.
VITALS_OPEN = re.compile(r"\s*(?:\([^()\d]{1,30}\)\s*)?\(")
#: The words that mark a birth or a death in such a bracket ("b. 10 January 1913").
VITAL_MARK = re.compile(r"(?<![\w.])(?P<word>b\.|born|d\.|died)\s", re.I)
#: A place after the date, up to the next comma or the bracket's end ("..., Tirana").
VITAL_PLACE = re.compile(r"\s*,\s*(?:in\s+)?(?P<place>[A-ZÀ-Ž][\w’'-]+(?:[ -][A-ZÀ-Ž][\w’'-]+)*)")


def _vitals(
    doc: Doc,
    text: str,
    clauses: list[Clause],
    mentions: list[Mention],
    kinds: dict[str, str],
    times: list[TimeExpression],
) -> list[Claim]:
    """Claims of birth and death a bracket after a person's name gives with its words
    ("Mehmet Shehu (b. 10 January 1913, Çorrush – d. 17 December 1981, Tirana)",
    "Hoxha (born 16 October 1908, Gjirokastër; died 11 April 1985)"): said as such, not
    bare years, so held to the record like any birth or death."""
    found: list[Claim] = []
    for mention in mentions:
        opened = VITALS_OPEN.match(text, mention.end)
        if kinds.get(mention.actor) != "person" or opened is None:
            continue
        close = text.find(")", opened.end())
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        clause = next((c for c in clauses if c.start <= mention.start < c.end), None)
        if close < 0 or close - opened.end() > 200 or not span or clause is None:
            continue
        marks = list(VITAL_MARK.finditer(text, opened.end(), close))
        for number, mark in enumerate(marks):
            limit = marks[number + 1].start() if number + 1 < len(marks) else close
            time = next((t for t in times if mark.end() <= t.start < limit), None)
            if time is None or time.invalid or text[mark.end() : time.start].strip():
                continue  # "b. in Gjirokastër, 1908": no date right after the word
            place = VITAL_PLACE.match(text, time.end, limit)
            end = place.end() if place else time.end
            kind = "born" if mark["word"].lower().startswith("b") else "die"
            frame = ClaimFrame(
                kind,
                span.root.i,
                True,
                {"patient": [mention.actor]},
                place=place["place"] if place else None,
            )
            found.append(
                Claim(
                    start=mark.start(),
                    end=end,
                    text=text[mark.start() : end],
                    sentence=clause.sentence,
                    paragraph=clause.paragraph,
                    frames=[frame],
                    actors=[mention.actor],
                    times=[time],
                    time=replace(time, mode="at"),
                    time_source="explicit",
                    own_time=True,
                )
            )
    return found


#: Adverbs that put a deed after or before the time the text told last.
SHIFTS = {
    **dict.fromkeys(("later", "afterwards", "afterward", "thereafter", "subsequently"), "after"),
    **dict.fromkeys(("earlier", "previously", "beforehand"), "before"),
}


def _shifted(doc: Doc, claims: list[Claim]) -> None:
    """A deed told "six weeks later" or "some time earlier" than a time it borrows
    lies after or before that time, not at it (the measure, unread, is not trusted);
    one the clause moves "towards" lies after it."""
    text = doc.text  # spaCy joins the tokens anew on each access: read it once
    for claim in claims:
        time = claim.time
        if not claim.frames or time is None or claim.start <= time.start < claim.end:
            continue
        trigger = doc[claim.frames[0].trigger]
        if _ahead(trigger):  # "as Tirana edged towards its break with Moscow"
            claim.time = replace(time, mode="after")
            claim.times = [claim.time]
            continue
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
        # and the verb an infinitive completes ("afterwards it became the first to
        # recognise", "soon afterwards it decided to leave")
        governing = [verb]
        while governing[-1].dep_ == "xcomp" and len(governing) < 4:
            governing.append(governing[-1].head)
        for word in (*trigger.children, *(w for v in governing for w in v.children)):
            mode = SHIFTS.get(word.lower_)
            # "a year later, in August 1970": the time set beside it says when
            restated = re.fullmatch(
                r"\s*,\s*(?:in|on|by)?\s*",
                text[word.right_edge.idx + len(word.right_edge) : time.start],
            )
            if word.dep_ == "advmod" and mode is not None and not restated:
                claim.time = replace(time, mode=mode)
                claim.times = [claim.time]
                break


#: Verbs that tell of an event rather than do it: their time is the telling's.
REPORTING = {
    "announce",
    "report",
    "reveal",
    "disclose",
    "confirm",
    "publish",
    "publicize",
    "publicise",
    "acknowledge",
    "mention",
    "learn",
    "broadcast",
}
#: Deeds that had happened by the time they are told of (not planned ones: a
#: withdrawal or a dissolution may be announced ahead).
DONE_WHEN_TOLD = {"die", "born", "execute", "invade", "attack", "found"}


def _object_of_another(noun: Token | None, framed: list[ClaimFrame]) -> bool:
    """The noun names a death, a birth, an execution, an invasion or a founding that is
    the object of another verb ("held her death against Hoxha", "recalled the
    invasion"): the clause's time is that verb's, and the event had happened by then."""
    return (
        noun is not None
        and bool(framed)
        and framed[0].type in DONE_WHEN_TOLD
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
    )


def _reported(noun: Token) -> bool:
    """The event is what a verb of telling tells ("its creation was announced", "the
    founding was made public")."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    public = head.lemma_ == "make" and any(c.lower_ in ("public", "known") for c in head.children)
    return head.lemma_ in REPORTING or public


#: Nouns for states, and the words that make them a group the text does not name
#: ("every Eastern Bloc country", "the other member states", "most satellites").
STATE_NOUNS = {"country", "state", "nation", "government", "member", "ally", "satellite", "regime"}
GROUP_WORDS = {"every", "each", "all", "most", "many", "several", "some", "other", "remaining"}


def _group_subject(token: Token) -> bool:
    """The verb's subject is a group of states the text does not name."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.lemma_.lower() in STATE_NOUNS
        and any(g.lower_ in GROUP_WORDS for g in c.children if g.dep_ in ("det", "amod", "predet"))
        for c in subject_holder(token).children
    )


#: A sentence that names a time and nothing else ("Then came 1975.", "And then, 1961:"),
#: the time standing for "#".
BARE_TIME = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:then,?\s+)?(?:(?:came|arrived)\s+)?(?:the\s+year\s+)?#"
    r"\s*(?:came|arrived)?\s*[.!:]?\s*",
    re.I,
)


#: Events after which one no longer holds the office a title gives him.
ENDING_A_CAREER = {"purge", "execute", "die", "leave_office"}


#: Verbs of telling whose complement tells what had happened, or what would, by then.
TELLING = REPORTING | {"declare", "proclaim", "say", "state", "tell"}


def _told_times(
    complement: Token, framed: list[ClaimFrame], own_times: list[TimeExpression]
) -> tuple[list[TimeExpression], str | None]:
    """The times of a clause whose frames a verb of telling tells, and how it tells
    them. A time in the complement's own words is the deed's (not one in a clause the
    parser hangs on it: "said he had died ... and disclosed that ... the previous
    year"). Else the times are the telling's: a death, or a perfect ("says it has sent
    3,000 experts"), was "done" by then; anything else ("declared that the USSR had
    ceased to exist", a withdrawal announced) may be told "ahead" of it."""
    beside = {t.i for c in complement.children if c.dep_ == "conj" for t in c.subtree}
    inside = {
        at for t in complement.subtree if t.i not in beside for at in range(t.idx, t.idx + len(t))
    }
    if any(t.start in inside for t in own_times):
        return [t for t in own_times if t.start in inside], None
    perfect = complement.head.lemma_.lower() not in PERFORMATIVE and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in complement.children
    )
    done = perfect or all(f.type in DONE_WHEN_TOLD for f in framed)
    # only the telling's own time is its ("said on 13 April"), not one beside it
    return [t for t in own_times if _said_at(complement, t.start)], "done" if done else "ahead"


def _said_at(complement: Token, start: int) -> bool:
    """The time at `start` is in the words of the verb of telling itself, not in its
    complement nor in a clause beside it."""
    verb = complement.head
    aside = {
        t.i
        for c in verb.children
        if c.i == complement.i or c.dep_ in ("conj", "advcl", "parataxis", "relcl")
        for t in c.subtree
    }
    return any(t.idx <= start < t.idx + len(t) and t.i not in aside for t in verb.subtree)


#: Verbs of telling that make so what they tell ("declared that the USSR had ceased to
#: exist"): its day is theirs, whatever the tense.
PERFORMATIVE = {"declare", "proclaim"}


def _told(doc: Doc, framed: list[ClaimFrame]) -> Token | None:
    """The complement of a verb of telling that holds every frame of a clause
    ("declared that the USSR had ceased to exist")."""
    found = None
    for frame in framed:
        token = doc[frame.trigger]
        clause = next(
            (a for a in [token, *token.ancestors] if a.dep_ == "ccomp"),
            None,
        )
        if clause is None or clause.head.lemma_.lower() not in TELLING:
            return None
        if found is not None and clause.i != found.i:
            return None
        found = clause
    return found


#: Objects of "follow" that make it "do as the one before did" ("followed suit").
FOLLOWED = {"suit", "example", "lead"}


#: Words by which "did" echoes the sentence before with another subject: "neither did
#: Hungary", "nor did Romania" (a denial echoed), "so did Poland", "Bulgaria did too".
ECHO_DENIED = {"neither", "nor"}


def _following(token: Token) -> str | None:
    """How a verb says its subject did what the sentence before told of another:
    "follow" ("East Germany followed in 1950", "followed suit", "did the same", "did
    likewise"), "echo" ("so did Poland", "Bulgaria did too") or "echo_denied" ("neither
    did Hungary", "nor did Romania"); None for any other verb."""
    children = list(token.children)
    if token.pos_ != "VERB" or any(c.dep_ in ("agent", "ccomp", "xcomp") for c in children):
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    if token.lemma_ == "follow":
        return "follow" if all(o.lemma_ in FOLLOWED for o in objects) else None
    if token.lemma_ != "do":
        return None
    if (len(objects) == 1 and objects[0].lower_ in ("same", "likewise")) or any(
        c.dep_ == "advmod" and c.lower_ == "likewise" for c in children
    ):
        return "follow"
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if objects or len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return None
    inverted = subjects[0].i > token.i  # "neither did Hungary", "so did Poland"
    before = {c.lower_ for c in children if c.i < token.i}
    if inverted and before & ECHO_DENIED:
        return "echo_denied"
    if (inverted and "so" in before) or (
        not inverted and any(c.lower_ in ("too", "also") for c in children if c.i > token.i)
    ):  # "so did Poland"; "Bulgaria did too", not "and so it did" (it did as asked)
        return "echo"
    return None


def _subject_actors(token: Token, mentions: list[Mention]) -> list[str]:
    """The actors a verb's subject names by its head ("East Germany", "Poland and
    Hungary"), not those named inside it ("the invasion of Czechoslovakia")."""
    heads = [c for c in subject_holder(token).children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [c for h in heads for c in h.conjuncts]
    return list(dict.fromkeys(m.actor for h in heads for m in mentions if m.start <= h.idx < m.end))


#: Frame types of a change in relations that another partner's relations may follow.
RELATION_CHANGES = {"establish_relations", "restore_relations", "break_relations"}


def _relations_subject(verb: Token) -> bool:
    """The verb's subject is relations ("ties with Washington followed")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DIPLOMATIC_TIES
        for c in subject_holder(verb).children
    )


def _with_actors(token: Token, mentions: list[Mention]) -> list[str]:
    """The actors a clause names in its "with" phrases, under the verb or under its
    subject or object ("relations with Moscow", "ties with Washington")."""
    holders = [subject_holder(token), *subject_holder(token).children]
    spans = [
        (g.left_edge.idx, g.right_edge.idx + len(g.right_edge))
        for h in holders
        for g in h.children
        if g.dep_ == "prep" and g.lower_ == "with"
    ]
    return list(dict.fromkeys(m.actor for m in mentions for lo, hi in spans if lo <= m.start < hi))


def _followed(
    doc: Doc, claims: list[Claim], mentions: list[Mention], kinds: dict[str, str] | None = None
) -> None:
    """ "Albania joined Comecon in February 1949. East Germany followed in 1950": a
    claim that only says its subject followed does what the last claim before it in
    the paragraph told its own subject doing, with this subject in its place. It
    keeps only a time of its own: to follow is to come after, not at the same time.
    An echo ("neither did Hungary", "so did Poland") says the same of its subject, at
    the same time, and only of a claim of its own polarity ("neither" echoes a denial,
    "so" an assertion)."""
    for at, claim in enumerate(claims):
        if claim.frames:
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        verb, how = next(((t, h) for t in span or [] if (h := _following(t))), (None, None))
        if verb is None:
            continue
        doers = _subject_actors(verb, mentions)
        # "ties with Washington followed": the relations of another partner
        ties = how == "follow" and not doers and _relations_subject(verb)
        if ties:
            doers = _with_actors(verb, mentions)
        before = [
            c
            for c in claims[:at]
            if c.paragraph == claim.paragraph
            and claim.sentence - c.sentence <= 1
            and c.frames
            # not a phrase of its own subject ("ties with Washington")
            and not (ties and claim.start <= c.start < claim.end)
        ]
        if not doers or not before:
            continue
        told = before[-1].frames[0]
        trigger = doc[told.trigger]
        if told.hedged or told.negated != (how == "echo_denied"):
            continue
        if told.nominal and not told.negated:  # "took no part in the invasion" is told
            continue
        agents = told.roles.get("agent", [])
        if told.nominal:  # "took no part in the invasion": the subject of the verb
            trigger = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), trigger)
        replaced = [a for a in _subject_actors(trigger, mentions) if a in agents]
        if ties:  # the partner the relations told before were with
            if told.type not in RELATION_CHANGES:
                continue
            replaced = [a for a in _with_actors(trigger, mentions) if a in agents]
        if not replaced or set(doers) & set(told.actors()):
            continue
        if kinds and {kinds.get(a) for a in doers} != {kinds.get(a) for a in replaced}:
            continue  # "The Warsaw Pact followed in 1955": came next, no state joining
        roles = dict(told.roles)
        roles["agent"] = [a for a in agents if a not in replaced] + doers
        # "Romania did not follow": it did not do so
        denied = told.negated or any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
        claim.frames = [
            replace(
                told,
                negated=denied,
                trigger=verb.i,
                roles=roles,
                doers=doers,
                quantity=None,
                unit=None,
                count=None,
                first=False,
                states_counted=None,
                paired=False,
            )
        ]
        claim.actors = list(dict.fromkeys([*claim.actors, *doers]))
        if claim.time_source == "explicit":
            continue
        if how == "follow":
            claim.time, claim.time_source, claim.own_time = None, None, False
        else:  # an echo says again all the clause before said, its time too
            claim.time = before[-1].time
            claim.time_source = before[-1].time_source
            claim.own_time = before[-1].own_time


def _own_frame_times(doc: Doc, claims: list[Claim]) -> None:
    """A claim of two or more verbs, each with a time in its own words and no other's
    ("retorted by receiving Tito in 1975 and then, in 1978, by ending its aid"): each
    deed is said at its own time, not at the claim's last."""
    for claim in claims:
        verbs = [f for f in claim.frames if not f.nominal]
        if len(verbs) < 2 or len(claim.times) < 2 or claim.gapped:
            continue
        owned: dict[int, TimeExpression] = {}
        for frame in verbs:
            token = doc[frame.trigger]
            # the verb's own words: its subtree without the verbs joined to it
            joined = {t.i for c in token.children if c.dep_ == "conj" for t in c.subtree}
            own = {t.idx for t in token.subtree if t.i not in joined}
            mine = [t for t in claim.times if any(t.start <= i < t.end for i in own)]
            if len(mine) == 1:
                owned[frame.trigger] = mine[0]
        # the one time no verb's words hold goes to the one verb without a time of its own
        # ("and then, in a note of July 1978, by ending its aid": hung on "retorted")
        left = [t for t in claim.times if all(t is not o for o in owned.values())]
        bare = [f.trigger for f in verbs if f.trigger not in owned]
        if len(left) == 1 and len(bare) == 1:
            owned[bare[0]] = left[0]
        if len(owned) == len(verbs) and len({t.start for t in owned.values()}) == len(verbs):
            claim.frame_times = owned


def _gapped(
    text: str, claims: list[Claim], mentions: list[Mention], kinds: dict[str, str] | None = None
) -> None:
    """ "Albania joined Comecon in 1949 and the Warsaw Pact in 1955", "joined Comecon
    and, in 1955, the Warsaw Pact": a time inside a coordination of several actors in one
    role is said of the actor it stands by (the one after it, when it stands between
    "and" and that actor; else the one before it), not of the others."""
    for claim in claims:
        if not claim.times or claim.nominal or len(claim.frames) != 1:
            continue
        framed = set(claim.frames[0].actors())
        for t in claim.times:  # "joined Comecon and, in 1955, the Warsaw Pact": the Pact's
            other = next(
                (
                    m
                    for m in mentions
                    if t.end <= m.start < claim.end + 40 and m.actor not in framed
                ),
                None,
            )
            if (
                other is not None
                and re.search(r"\band[\s,]*(?:in|on|by)?\s*$", text[claim.start : t.start])
                and re.fullmatch(r"[\s,]*(?:the\s+)?", text[t.end : other.start])
            ):
                claim.gapped = {other.actor: t}
                continue
            # "Albania was admitted a month later and East Germany in 1950": the time after
            # an actor the frame lacks, set after "and", is that actor's
            last = next(
                (
                    m
                    for m in reversed(mentions)
                    if claim.start <= m.start and m.end <= t.start and m.actor not in framed
                ),
                None,
            )
            if (
                last is not None
                and re.search(r"\band\s+(?:the\s+)?$", text[claim.start : last.start])
                and re.fullmatch(r"\s*,?\s*(?:in|on|by)?\s*", text[last.end : t.start])
            ):
                claim.gapped = {last.actor: t}
                frame = claim.frames[0]
                agents = frame.roles.get("agent", [])
                kind = (kinds or {}).get(last.actor)
                if (  # a doer of the same one-sided deed, at its own time ("Albania joined
                    # Comecon in 1949 and East Germany in 1950"); not a second partner
                    # or place ("left Hungary on 19 June and Poland on 21 June")
                    agents
                    and set(frame.roles) <= {"agent", "org"}
                    and not frame_types.TYPES[frame.type].symmetric
                    and kind == "state"
                    and all((kinds or {}).get(a) == kind for a in agents)
                ):
                    agents.append(last.actor)
        if claim.gapped:
            continue
        listed = [a for a in claim.frames[0].roles.values() if len(a) > 1]
        if claim.frames[0].partners:  # "with Moscow in 1990 and with Washington in 1991",
            # the other side left to the context: the partners the clause names
            listed = [list(claim.frames[0].partners)]
        if len(listed) != 1:
            continue
        at = {  # where the claim names each of them first
            m.actor: m
            for m in reversed(mentions)
            if claim.start <= m.start < claim.end and m.actor in listed[0]
        }
        if len(at) != len(listed[0]):
            continue
        order = sorted(at.values(), key=lambda m: m.start)
        if not any(order[0].end <= t.start < order[-1].start for t in claim.times):
            continue  # all before the first or after the last: said of every one
        paired: dict[str, TimeExpression] = {}
        for t in claim.times:
            after = [m for m in order if m.start >= t.end]
            before = [m for m in order if m.end <= t.start]
            if not before:
                continue
            joined = (
                after
                and re.fullmatch(r"[\s,]*(?:the\s+)?", text[t.end : after[0].start])
                and re.search(
                    r"\b(?:and|or|then)\b[\s,]*(?:in|on|by)?\s*$", text[before[-1].end : t.start]
                )
            )
            paired[(after[0] if joined else before[-1]).actor] = t
        if paired:
            claim.gapped = paired


def _destinations(claims: list[Claim], countries: dict[str, str]) -> None:
    """A visit that names no destination but is said to be another ("a second visit",
    "came back", "returned") goes where the same visitor's last visit in the text went.
    No one visits his own state: "his only trip to the country" read as the visitor's
    own is a misreading, and the country is where he last went."""
    last: dict[str, list[str]] = {}
    for claim in claims:
        for cf in claim.frames:
            if cf.type != "visit" or cf.negated:
                continue
            agents = cf.roles.get("agent", [])
            home = {countries.get(a, a) for a in agents}
            if home & set(cf.roles.get("patient", [])):
                abroad = [p for p in cf.roles["patient"] if p not in home]
                if abroad:
                    cf.roles["patient"] = abroad
                elif len(agents) == 1 and agents[0] in last:
                    cf.roles["patient"] = list(last[agents[0]])
                else:
                    del cf.roles["patient"]
            if cf.roles.get("patient"):
                for agent in agents:
                    last[agent] = cf.roles["patient"]
            elif (
                len(agents) == 1
                and agents[0] in last
                and ((cf.count or 0) >= 2 or AGAIN.search(claim.text))
            ):
                cf.roles["patient"] = list(last[agents[0]])


def _delegation_times(doc: Doc, claims: list[Claim], times: list[TimeExpression]) -> None:
    """Who headed a delegation is said of the meeting the sentence dates, wherever in
    the sentence the date stands ("the delegation, led by Kapo, ... in June 1960")."""
    for claim in claims:
        if claim.time_source == "explicit" or not claim.frames:
            continue
        if any(f.type != "lead" for f in claim.frames):
            continue
        sentence = sentence_of(doc[claim.frames[0].trigger])
        inside = [t for t in times if sentence.start_char <= t.start < sentence.end_char]
        if inside:
            chosen = min(inside, key=lambda t: abs(t.start - claim.start))
            claim.time, claim.times, claim.time_source = chosen, [chosen], "anchored"
            claim.own_time = True


#: Units of a counted distance in time, in years (0: less than one).
UNITS = {"year": 1, "decade": 10, "month": 0, "week": 0, "day": 0}


def _offset_of(token: Token) -> Offset | None:
    """ "Three years after the death of Stalin, ...": a distance from a named event.

    The trigger, or the verb it hangs on, governs "after" or "before" (a
    preposition or a clause) measured by a counted number of years or decades.
    """
    shapes = [
        (word, child, [g for g in child.children if g.dep_ == "npadvmod"])
        for word, child in _connected(token, {"after", "before"})
    ]
    # "cut off aid in 1978, a year before Tito's visit": the parser may hang the
    # preposition on the measure
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    shapes += [
        (child.lower_, child, [measure])
        for measure in verb.children
        if measure.dep_ == "npadvmod" and measure.lemma_.lower() in UNITS
        for child in measure.children
        if child.dep_ == "prep" and child.lower_ in ("after", "before")
    ]
    for word, child, measures in shapes:
        anchor = (
            [child]
            if child.dep_ == "advcl"
            else [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        )
        if not anchor or not measures or child.left_edge.i <= token.i <= child.right_edge.i:
            continue  # none, or the claim is the anchor event itself
        measure = measures[0]
        unit = UNITS.get(measure.lemma_.lower())
        counts = [
            WITH_ARTICLES.get(g.lower_) or (int(g.text) if g.text.isdigit() else None)
            for g in measure.children
            if g.dep_ in ("nummod", "det")
        ]
        count = next((c for c in counts if c), None)
        if unit is None or count is None or (unit == 0 and count > 11):
            continue
        start = measure.left_edge.idx
        end = child.right_edge.idx + len(child.right_edge)
        if anchor[0] is child:  # a clause: its words but the measure and the conjunction
            low = min(t.idx for t in child.subtree if t.i > measure.right_edge.i)
        else:
            low = anchor[0].left_edge.idx
        years = count * unit * (1 if word == "after" else -1)
        text = token.doc.text[start:end]
        return Offset(years, start, end, text, low, end, word == "before", unit == 0)
    return None


#: Prepositions and conjunctions that put the event they introduce before the claim.
SEQUENCE = {"after", "following"}


def _sequences(doc: Doc, claims: list[Claim]) -> None:
    """Mark an event named in a claim's "after ..." phrase as preceding that claim."""
    for claim in claims:
        if not claim.frames:
            continue
        trigger = doc[claim.frames[0].trigger]
        phrases = [child for _, child in _connected(trigger, SEQUENCE)]
        # "in protest at the invasion", "in response to the note", "because of the
        # break": a cause, so an event before the claim
        for word, child in _connected(trigger, {"in", "because"}):
            if word == "because":  # "because of the invasion"
                phrases.append(child)
                continue
            for noun in child.children:
                if noun.lemma_.lower() in REACTIONS:
                    phrases += [
                        g for g in noun.children if g.dep_ == "prep" and g.lower_ in CAUSE_PREPS
                    ]
        for child in phrases:
            if claim.nominal and child.head is not trigger:
                continue  # the verb's phrase is the verb's claim's, not a noun's under it
            if any(
                g.dep_ == "npadvmod" and g.lemma_.lower() not in SHORT_UNITS for g in child.children
            ):
                continue  # "two years after X": a distance stated, judged as such (but
                # "a month after X", "weeks after X" still put X first)
            low = child.left_edge.idx
            high = child.right_edge.idx + len(child.right_edge)
            for other in claims:
                inside = any(low <= doc[f.trigger].idx < high for f in other.frames)
                if other is not claim and other.nominal and inside:
                    other.precedes = (claim.start, claim.end)


#: Units of a distance short enough to leave only the order to judge ("a month after").
SHORT_UNITS = {"day", "week", "month"}


#: Nouns of a deed done as an answer to another: "in protest at", "in response to".
REACTIONS = {"protest", "response", "reaction", "retaliation", "answer", "reply"}
CAUSE_PREPS = {"at", "against", "to", "for", "over"}


def _connected(token: Token, words: set[str]) -> Iterator[tuple[str, Token]]:
    """(word, dependent) for each phrase or clause introduced by one of `words` ("until",
    "after") that the trigger, or the verb it hangs on, governs; a clause may hang on
    the verb's complement ("kept flowing until ...")."""
    for holder in [token, *token.ancestors][:4]:
        complements = [c for c in holder.children if c.dep_ in ("xcomp", "ccomp")]
        for child in [*holder.children, *(g for c in complements for g in c.children)]:
            if child.dep_ == "advcl":
                marks = [g.lower_ for g in child.children if g.dep_ in ("mark", "advmod")]
                word = next((m for m in marks if m in words), None)
            else:
                word = child.lower_ if child.dep_ == "prep" and child.lower_ in words else None
            if word is not None:
                yield word, child
        if holder.pos_ in ("VERB", "AUX"):
            return


#: Conjunctions and prepositions that tie a claim to another event's time.
#: How long after an event a deed done "when" it happened may follow it.
RESPONSE_DAYS = 92

ANCHORS = {
    "until": "until",
    "till": "until",
    "after": "after",
    "before": "before",
    "when": "at",
    "on": "at",  # "succeeded him on his death (11 April 1985)"
    "upon": "at",
}


def _anchoring(token: Token) -> bool:
    """The noun is the event another is timed by ("until his death", "after the
    invasion", "what had gone wrong since his visit"): the clause's time is not its own."""
    if token.dep_ != "pobj":
        return False
    head = token.head
    # "on the tenth anniversary of the invasion": it was years before
    return head.lower_ in (*ANCHORS, "since") or (
        head.lower_ == "of" and head.head.lemma_.lower() in ("anniversary", "jubilee")
    )


#: Words before an event that has not happened yet at the clause's time: "towards a
#: break", "on the brink of war", "on the eve of the invasion".
AHEAD = {"towards", "toward"}
BRINK = {"brink", "verge", "eve", "threshold", "edge", "road", "path", "prelude"}


def _ahead(token: Token) -> bool:
    """The noun is an event the clause moves towards ("edged towards its break")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in AHEAD:
        return True
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in BRINK


def _anchor_times(doc: Doc, claims: list[Claim], times: list[TimeExpression]) -> None:
    """A timeless claim tied to a dated event: "aid flowed until Mao died in 1976".

    The claim's trigger, or the verb it hangs on, governs a clause or phrase
    introduced by until, after, before or when that states a time: the claim
    holds until, after, before or at that time, by its own words.
    """
    for claim in claims:
        if claim.time is not None or not claim.frames or claim.untimed:
            continue
        trigger = doc[claim.frames[0].trigger]
        if _anchoring(trigger):  # "two days after Hoxha's death, until June 1991": the
            continue  # death times the other deed; what times that deed is not its own
        anchored = _anchor_of(trigger, times)
        if anchored is not None:
            claim.time, claim.time_source, claim.own_time = anchored, "anchored", True
            claim.times = [anchored]


def _anchor_of(token: Token, times: list[TimeExpression]) -> TimeExpression | None:
    for word, child in _connected(token, set(ANCHORS)):
        if word in ("on", "upon") and not any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ != "DATE" for g in child.children
        ):
            continue  # only "on" an event: "on 13 September" is a date of its own
        low = child.left_edge.idx
        high = child.right_edge.idx + len(child.right_edge)
        inside = [t for t in times if low <= t.start < high and t.mode == "at"]
        if not inside:
            continue
        anchored = replace(inside[-1], mode=ANCHORS[word])
        if word == "when":  # "when the troops came in August, Albania left": a response
            span = anchored.interval  # follows its cause by weeks, not within its month
            later = replace(span, latest=span.latest + timedelta(days=RESPONSE_DAYS))
            anchored = replace(anchored, interval=later)
        return anchored
    return None


#: Dependents that describe a noun in passing: their dates are not the clause's.
ASIDES = {"appos", "relcl", "acl", "parataxis"}


def _date_word(token: Token) -> bool:
    """A word of a written date: a number, a month's name, punctuation."""
    return (
        token.ent_type_ == "DATE"
        or token.is_punct
        or token.like_num
        or token.lower_.rstrip(".") in MONTH_NAMES
    )


def _beside(doc: Doc, trigger: int, at: int) -> bool:
    """The words from the trigger up to `at` are one phrase: no comma or conjunction
    between them ("dissolved in Prague (1 July 1991)", not "refused ..., and at the
    Moscow meeting (Nov. 1960)")."""
    return trigger < at and not any(
        t.dep_ == "cc" or (t.is_punct and t.text not in "()") for t in doc[trigger + 1 : at]
    )


def _listed_under(doc: Doc, at: int, triggers: list[int]) -> bool:
    """The name at `at` is a later one of a list the trigger governs ("relations with
    Spain (1986) and West Germany (1987)"): a date set beside it is its own."""
    name = doc[at]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if name.dep_ == "pobj" and name.head.dep_ == "conj":  # "and with West Germany (1987)"
        name = name.head
    elif name.dep_ == "pobj" and name.head.dep_ == "prep":
        # "with Moscow (1990) and with Washington (1991)": the preposition said again
        prep = name.head
        return any(
            other.i < prep.i and other.dep_ == "prep" and other.lower_ == prep.lower_
            for holder in (prep.head, *prep.head.children)
            for other in holder.children
        ) and (prep.head.i in triggers or prep.head.head.i in triggers)
    if name.dep_ != "conj":
        return False
    first = name
    while first.dep_ == "conj":
        first = first.head
    return (first.i in triggers or any(a.i in triggers for a in first.ancestors)) and not any(
        a.pos_ in ("VERB", "AUX") and a.i not in triggers
        for a in first.ancestors
        if a.i > min(triggers)
    )


#: Words that time a state from or to a day ("since November 1981", "from 1954").
SPAN_WORDS = {"since", "from", "until", "till", "to"}


def _aside_end(doc: Doc, low: int, high: int) -> int:
    """Where an apposition set off by commas ends: at its closing comma, when all that
    stands before that comma is a time the parser hung on the verb ("elected Alia, head
    of state since November 1981, as first secretary"): it times the apposition."""
    if low == 0 or doc[low - 1].text != ",":
        return high
    rest = doc[high + 1 : sentence_of(doc[low]).end]
    close = next((t.i for t in rest if t.text in (",", ")", ";")), None)
    between: list[Token] = list(doc[high + 1 : close]) if close is not None else []
    if (
        len(between) >= 2
        and between[0].lower_ in SPAN_WORDS
        and all(_date_word(t) for t in between[1:])
    ):
        return between[-1].i
    return high


def _asides(
    doc: Doc, triggers: list[int], events: set[int], people: AbstractSet[int] = frozenset()
) -> list[tuple[int, int]]:
    """Character spans of descriptions set into a clause that hold none of its triggers:
    "Mehmet Shehu, prime minister since 1954, died in 1981"; "Hoxha (1908-1985)".
    `events`: the triggers of every frame of the clause (a date set beside one of
    them is that event's)."""
    if not triggers:
        return []
    spans = []
    for token in sentence_of(doc[triggers[0]]):
        if token.dep_ not in ASIDES:
            continue
        low, high = token.left_edge.i, token.right_edge.i
        if token.dep_ == "appos":
            high = _aside_end(doc, low, high)
        if any(low <= i <= high for i in triggers):
            continue
        if (
            all(_date_word(t) for t in doc[low : high + 1])
            and (token.head.i in triggers or token.head.i not in events)
            and (_beside(doc, triggers[0], low) or _listed_under(doc, token.head.i, triggers))
        ):
            # "left the Pact (13 September 1968)", "executed by firing squad (11 June
            # 1950)": a date beside the deed or a thing of it is its date; one beside
            # another event ("on his death (11 Apr. 1985)") is that event's
            continue
        spans.append((doc[low].idx, doc[high].idx + len(doc[high])))
    # "(1908–1985)" after a name: a life, not a time of the clause
    for token in sentence_of(doc[triggers[0]]):
        if token.text == "(" and token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
            close = next((t for t in doc[token.i :] if t.text == ")"), None)
            inside: list[Token] = list(doc[token.i + 1 : close.i]) if close is not None else []
            single = (  # a year alone after a name no person's: the deed's, no life
                len(inside) == 1 and inside[0].like_num and token.i - 1 not in people
            )
            if (
                (_beside(doc, triggers[0], token.i) or _listed_under(doc, token.i - 1, triggers))
                and (single or any(_date_word(t) and t.is_alpha for t in inside))
                and not any(t.text in ("-", "–", "—") or t.lower_ == "to" for t in inside)
            ):
                continue  # "dissolved in Prague (1 July 1991)", "left the Warsaw Pact
                # (1968)": a date beside the deed is its date
            if close is not None and not any(token.i < i < close.i for i in triggers):
                spans.append((token.idx, close.idx + 1))
    return spans


#: Words that open a clause a sentence times its deed by, and where that clause's own
#: deed lies from the time of the deed it hangs on.
LEADS = {
    **dict.fromkeys(("after", "once", "since"), "before"),
    **dict.fromkeys(("before", "until"), "after"),
}


def _lead_mark(doc: Doc, framed: list[ClaimFrame]) -> Token | None:
    """The word that opens the clause of the frames, if it is "after", "before", "since"
    or "until" ("after Albania sided with China") and the clause hangs on another."""
    if not framed:
        return None
    verb = doc[framed[0].trigger]
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in ("advcl", "ccomp", "ROOT"):  # the parser takes some for complements,
        return None  # and an answer's fragment ("In 1949, a month after it was set up.")
    deps = ("mark",) if verb.dep_ == "ROOT" else ("mark", "advmod")
    return next((c for c in verb.children if c.dep_ in deps and c.lower_ in LEADS), None)


def _lead(doc: Doc, framed: list[ClaimFrame]) -> str | None:
    mark = _lead_mark(doc, framed)
    return LEADS[mark.lower_] if mark is not None else None


def _above(doc: Doc, time: TimeExpression, framed: list[ClaimFrame]) -> bool:
    """The time is the deed's the clause hangs on: told before the word that opens the
    clause ("In February 1949, a month after Comecon was set up, Albania joined"), or
    hung on a verb the clause hangs on."""
    located = doc.char_span(time.start, time.end, alignment_mode="expand")
    mark = _lead_mark(doc, framed)
    if located is None or not len(located) or mark is None:
        return False
    if located.end <= mark.i:
        return True
    head = located.root.head
    while head.dep_ in ("prep", "pobj", "npadvmod") and head.head.i != head.i:
        head = head.head
    trigger = doc[framed[0].trigger]
    return head.i != trigger.i and any(a.i == head.i for a in trigger.ancestors)


#: Prepositions that place a deed after or before an event named by a noun.
EVENT_ORDER = {"after": "after", "following": "after", "upon": "after", "before": "before"}


def _ordered(doc: Doc, framed: list[ClaimFrame], events: set[int]) -> str | None:
    """Whether the deed is placed after or before an event its verb names by a noun
    ("was elected two days after his death"): "after", "before" or None."""
    if not framed:
        return None
    for child in doc[framed[0].trigger].children:
        if (
            child.dep_ == "prep"
            and child.lower_ in EVENT_ORDER
            and any(g.dep_ == "pobj" and g.i in events for g in child.children)
        ):
            return EVENT_ORDER[child.lower_]
    return None


def _through_event(
    doc: Doc, time: TimeExpression, framed: list[ClaimFrame], events: set[int]
) -> TimeExpression:
    """A time that dates an event the deed is placed after or before ("became leader
    after the dictator's death on 11 April 1985"): the deed's time is after (or before)
    it, not at it. `events`: the nouns that name an event (not "before a crowd")."""
    located = doc.char_span(time.start, time.end, alignment_mode="expand")
    if located is None or not len(located) or time.mode != "at":
        return time
    head = located.root.head
    if head.dep_ != "prep" or head.lower_ not in ("on", "in"):
        return time
    triggers = {f.trigger for f in framed}
    if head.head.i in triggers and head.i > 0:
        # hung on the verb right after the phrase ("left after the invasion of
        # Czechoslovakia in August 1968"): read as the event's, as a reader does
        before = doc[head.i - 1]
        order = next(
            (
                a
                for a in [before, *before.ancestors]
                if a.lower_ in EVENT_ORDER or a.head.i in triggers
            ),
            None,
        )
        if (
            order is not None
            and order.lower_ in EVENT_ORDER
            and order.right_edge.i == before.i
            and any(c.dep_ == "pobj" and c.i in events for c in order.children)
        ):
            return replace(time, mode=EVENT_ORDER[order.lower_])
    noun = head.head  # "the invasion of Czechoslovakia in August 1968": up the nouns
    while noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("pobj", "dobj"):
        order = noun.head
        if order.lower_ in EVENT_ORDER and order.head.i in triggers and noun.i in events:
            return replace(time, mode=EVENT_ORDER[order.lower_])
        if order.lower_ != "of":
            break
        noun = order.head
    return time


def _in_modifier(doc: Doc, time: TimeExpression, framed: list[ClaimFrame]) -> bool:
    """The time hangs on a verb that modifies the noun's phrase ("the restoration of
    relations broken off in 1961"): that verb's time, not the noun's."""
    located = doc.char_span(time.start, time.end, alignment_mode="expand")
    if located is None or not len(located) or not framed:
        return False
    noun = doc[framed[0].trigger]
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    for node in located.root.ancestors:
        if node.i == noun.i or node.i not in inside:
            return False  # the noun's own, or hung above it ("culminated in ... 1971")
        if node.pos_ in ("VERB", "AUX") and node.dep_ in ("acl", "relcl"):
            return True
    return False


def _hung_on(doc: Doc, time: TimeExpression) -> Token | None:
    """The word a time's phrase hangs on, past its prepositions ("in April 1985")."""
    located = doc.char_span(time.start, time.end, alignment_mode="expand")
    if located is None or not len(located):
        return None
    head = located.root.head
    while head.dep_ == "prep" and head.head is not head:
        head = head.head
    return head


def _governed(doc: Doc, time: TimeExpression, framed: list[ClaimFrame]) -> bool:
    """The time hangs on one of the verbs themselves, though a noun's span reaches it
    ("became First Secretary upon the death of Hoxha in April 1985")."""
    head = _hung_on(doc, time)
    if head is None:
        return False
    triggers = {f.trigger for f in framed}
    # or on the role the verb gives its subject ("admitted as a member in February
    # 1949", "became a member in 1949")
    if head.dep_ == "pobj" and head.head.lower_ == "as" and head.head.head.i in triggers:
        return True
    if head.dep_ in ("attr", "oprd") and head.head.i in triggers:
        return True
    return head.i in triggers


def _gathered(doc: Doc, time: TimeExpression, framed: list[ClaimFrame]) -> bool:
    """The time is that of the gathering the clause's subject is said to hold, set off
    by commas or before the clause ("the committee, meeting in Prague in March 1961,
    sided with Moscow"; "Meeting in June 1948, the Cominform expelled"): the deed's."""
    head = _hung_on(doc, time)
    if head is None or head.lemma_.lower() not in GATHER or head.tag_ not in ("VBG", "VBN"):
        return False
    verbs = {f.trigger for f in framed}
    owner = head.head
    return (head.dep_ == "acl" and owner.dep_ in SUBJECTS and owner.head.i in verbs) or (
        head.dep_ == "advcl" and owner.i in verbs
    )


def _described(token: Token) -> bool:
    """The noun describes another in passing ("Albania, a founding member of the Pact,
    ..."): the clause's time is not its time."""
    for node in [token, *token.ancestors]:
        if node.dep_ in ASIDES:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in ("as", "among"):
            return True  # "announced on 25 January, with six states as its members"
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _when_told(head: Token, times: list[TimeExpression]) -> list[TimeExpression]:
    """The time a "when" clause hangs on, its own ("lasted until 1985, when China cut
    off its aid": China cut it off in 1985)."""
    if head.dep_ != "relcl" or not any(c.lower_ == "when" for c in head.children):
        return []
    at = head.head.idx
    return [replace(t, mode="at") for t in times if t.start <= at < t.end][:1]


#: Verbs of an occasion taking place ("the elections, held on 31 March 1991").
HELD = {"hold", "stage", "conduct", "convene"}


def _held_then(head: Token, times: list[TimeExpression]) -> list[TimeExpression]:
    """The time a participle of holding gives the clause's subject, an occasion ("the
    elections, held on 31 March 1991, were won by the Party of Labour": won then)."""
    for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        for held in (c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            if held.lemma_.lower() not in HELD:
                continue
            low, high = held.left_edge.idx, held.right_edge.idx + len(held.right_edge)
            return [replace(t, mode="at") for t in times if low <= t.start < high][:1]
    return []


def _narrowest(times: list[TimeExpression]) -> list[TimeExpression]:
    """The times without an era or decade that a finer time beside it narrows ("during
    the Cold War, in 1956" is 1956: any year of the era would fit the era)."""
    return [
        t
        for t in times
        if not (
            t.precision in ("era", "decade")
            and any(
                o.precision not in ("era", "decade")
                and t.interval.earliest <= o.interval.earliest
                and o.interval.latest <= t.interval.latest
                for o in times
            )
        )
    ]


#: Prepositions that set out what a noun is about ("polemics over Kosovo").
TOPIC_PREPOSITIONS = {"over", "about", "concerning", "regarding"}


def _strangers(doc: Doc, start: int, end: int, known: set[int]) -> list[str]:
    """Proper names in the span that no actor or date (token indices `known`) stands for."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [
        t.text
        for t in span
        if t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.i not in known
        # a name by its head word: "Marshal Malinovsky" is Malinovsky
        and not (t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i not in known)
        and t.lemma_.lower() not in OFFICE_WORDS
        # a body that acts for a state the text names ("the Central Committee")
        and t.lemma_.lower() not in INSTITUTIONS
        and not (t.dep_ == "compound" and t.head.lemma_.lower() in INSTITUTIONS)
        and t.lower_ not in TITLES  # "Mr."
        and t.lower_ not in REGIONS  # "hostile to the West": a part of the world, no doer
        # what a quarrel is about ("polemics over Kosovo"): a topic, no party to the deed
        and not (
            t.dep_ == "pobj" and t.head.lower_ in TOPIC_PREPOSITIONS and t.head.head.pos_ == "NOUN"
        )
        # a creed or a following named after a man ("Titoist", "Stalinism") is no one
        and not re.search(r"(?:ist|ists|ism|ite|ites)$", t.lower_)
        and not (
            t.dep_ in ("compound", "amod")
            and t.head.lemma_.lower() in OFFICE_WORDS
            and t.head.text[:1].isupper()  # "Foreign Minister"; "elects Pashko president"
        )
    ]


def _headings(text: str, sents: list[Span]) -> set[int]:
    """Sentences that are titles: a whole line of at most ten words with no final stop."""
    found = set()
    for number, sentence in enumerate(sents):
        line = text[sentence.start_char : sentence.end_char].strip()  # the words as written
        start = sentence.start_char
        end = text.find("\n", start)
        whole = text[text.rfind("\n", 0, start) + 1 : end if end >= 0 else len(text)].strip()
        if LIST_ITEM.match(whole) and not re.fullmatch(r"[-*•\d.)\s]*\*\*[^*]+\*\*:?", whole):
            continue  # "- Mongolia: joined in June 1962": an item of a list, not a title
        if whole == line and len(line.split()) <= 10 and not line.endswith((".", "!", "?", '"')):
            found.add(number)
    return found


#: A line that is an item of a list: a bullet or a number before its text.
LIST_ITEM = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+\S")


def as_months(expression: TimeExpression) -> TimeExpression:
    """The same expression widened to the month it names (a day lent to another deed)."""
    day = expression.interval.core_start
    month = f"{day.year}-{day.month:02d}"
    return replace(expression, interval=dates.parse(month), precision="month")


def as_years(expression: TimeExpression) -> TimeExpression:
    """The same expression widened to whole years (for times borrowed from elsewhere)."""
    first, last = expression.interval.core_start.year, expression.interval.core_end.year
    interval = dates.parse(str(first) if first == last else f"{first}/{last}")
    return replace(
        expression, interval=interval, precision="year" if first == last else expression.precision
    )


def _resolve_times(
    claims: list[Claim],
    fronted: set[int],
    headed: set[int],
    orphans: dict[int, TimeExpression] | None = None,
    bare: set[int] | None = None,
) -> None:
    """Give timeless claims an anchored or inherited time, by explicit rules only.

    A time fronted at the head of a sentence ("In 1956 Moscow ... and ...") is the
    own time of every clause of the sentence.
    """
    # "9 April – Berisha is elected president; Meksi becomes prime minister": a day
    # that heads one deed (its own, or lent to it) is only the month of the next one
    taken = {t.start for c in claims if c.frames for t in c.times}

    def lent(time: TimeExpression, claim: Claim) -> TimeExpression:
        once = time.start in taken and time.precision == "day"
        if claim.frames:
            taken.add(time.start)
        return as_months(time) if once else time

    # the times each sentence states (read once: the loop only adds borrowed ones)
    stated_in: dict[int, set[int]] = {}
    for c in claims:
        if c.time is not None and c.time_source == "explicit":
            stated_in.setdefault(c.sentence, set()).add(c.time.start)
    for i, claim in enumerate(claims):
        if claim.time is not None or claim.anchor or claim.untimed:
            continue
        orphan = (orphans or {}).get(claim.sentence)
        if orphan is not None and orphan.start < claim.start:
            orphan = lent(orphan, claim)
            claim.time = replace(orphan, mode=claim.lead) if claim.lead else orphan
            claim.time_source, claim.own_time = "anchored", True
            continue
        if ANAPHORA.search(claim.text):
            previous = [c for c in claims[:i] if c.sentence < claim.sentence and c.time]
            if previous:
                claim.time, claim.time_source = previous[-1].time, "anchored"
                claim.own_time = True
                continue
        stated = [
            c.time
            for c in claims
            if c.sentence == claim.sentence
            and c is not claim
            and c.time
            and c.time_source == "explicit"
            and c.time.start < claim.start
        ]
        if stated:
            chosen = max(stated, key=lambda t: t.start)
            if chosen.start in fronted:
                claim.time, claim.own_time = lent(chosen, claim), True
            else:
                claim.time, claim.lent = as_years(chosen), True
            if claim.lead:  # "joined Comecon in 1949, a month after it was set up"
                claim.time = replace(claim.time, mode=claim.lead)
            claim.time_source = "anchored"
            continue
        before = [
            c
            for c in claims[:i]
            if c.paragraph == claim.paragraph and c.time and c.time_source == "explicit"
        ]
        if before:
            claim.time, claim.time_source = before[-1].time, "inherited"
            told = stated_in.get(before[-1].sentence, set())
            if before[-1].sentence == claim.sentence - 1 and len(told) == 1:
                # one time in the sentence before: what it names happened then
                claim.time_said = before[-1].said
            heading = before[-1].time is not None and (
                before[-1].time.start in headed
                or (
                    before[-1].time.start in (bare or set())
                    and claim.sentence == before[-1].sentence + 1
                )
            )
            if before[-1].time and heading:
                claim.time_source, claim.own_time = "anchored", True
                claim.time = lent(before[-1].time, claim)
            if claim.ordered == "after" and claim.time is not None:
                # "Hoxha died on 11 April. Alia was elected two days after his death":
                # the time told before is the event's, and the deed came after it
                claim.time = replace(claim.time, mode="after")
