"""Stage 6: the decision: a claim frame against the chronicle's declared frames.

The policy, precision first:

- **supported**: a chronicle frame of the same type whose roles hold every
  actor the claim names in them, at a time that fits the claim's time (at its
  precision), with no explicit disagreement on a quantity, a place or a helper.
- **contradicted**, only when the roles align exactly and one slot explicitly
  disagrees:
  - *date*: the claim states or anchors a time in its own sentence, the
    aligned chronicle frames are unique (a death, a withdrawal, a founding) or
    complete (the relations of a pair are on record for those years), and none
    fits;
  - *predicate*: no frame of the claim's type exists for those actors, but a
    contrasting one does (withdrew, not expelled) at the claim's time;
  - *actor*: the claim names another actor in one role of a unique frame at
    the stated time (the wrong invaded country), or an actor the chronicle
    says was absent (`without`);
  - *quantity*, *place*: the aligned frame counts or places it otherwise;
  - *polarity*: the claim denies what the chronicle records at that time;
  - *dead*: a person named as the doer at a stated time after the chronicle
    records their death;
  - *delegation*: another head of a side's delegation than the `led_by` of the
    meeting the sentence names.
- **partly_supported**: one frame or one actor of the claim is supported and
  another contradicted.
- **unverifiable** otherwise, with the reason.

A correction always states the aligned chronicle frame; nothing is corrected
by an item of another kind.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from rift import dates, frames
from rift.check import schooling
from rift.check.claims import Claim, as_years
from rift.check.extract import (
    AID_KINDS,
    GROUND,
    LESSER,
    MONTH_NAMES,
    NOT_THE_HOLDER,
    OTHER_TIME,
    SINGLE_OFFICE,
    ClaimFrame,
)
from rift.check.extract import OTHER_TIES as TIES_OF_ANOTHER_KIND
from rift.check.knowledge import Item, Knowledge
from rift.check.numbers import NUMBER_WORDS, ORDINAL_WORDS, TENS
from rift.check.spans import TimeExpression
from rift.check.towns import TOWN_STATES, TOWNS
from rift.check.towns import plain as _plain

#: Types whose chronicle record is complete enough for a wrong actor to be an error.
COMPLETE = {
    "invade",
    "join",
    "leave",
    "expel",
    "die",
    "execute",
    "dissolve",
    "liberate",
    "found",
    "elect",
}
#: Frames about a person as such: nobody else stands in for them.
#: Types whose patient is the person followed in office, never a state they stood for.
SUCCESSIONS = {"take_office", "leave_office"}
PERSONAL = {
    "visit",
    "meet",
    "born",
    "die",
    "execute",
    "purge",
    "take_office",
    "leave_office",
    "hold_office",
    # a signature is the signer's own: a minister of 1991 signed no treaty of 1943
    # for his state, though he may stand for it in other deeds
    "sign",
}
#: Types that hold for a while, so that "until" dates their end (an event's "until" is
#: a cleft "not until", its date).
DURATIVE = {
    *(name for name, kind in frames.TYPES.items() if kind.period),
    *(kind for kind in frames.CONFIRMS if kind not in ("take_office", "leave_office", "reconcile")),
}
#: How far a coarse expression may reach ("the late 1950s" is 1957-1959, give or take).
PAD = {"decade": 365, "era": 730, "season": 31}
#: How far a span told may reach past the record's bounds and still be borne out.
OVERHANG_DAYS = 730
#: How long after the time a text gives a state may begin and still be "since" it, by
#: the precision the text gives it ("since November 1981" of a term begun in
#: November 1982 is a year off; "since 1981" of one begun in the spring of 1982 may
#: be a source's rounding).
SINCE_SLACK_DAYS = {"day": 62, "month": 62, "season": 92, "year": 183}
#: Events that begin a state a text may time by "since" ("has taken no part in the
#: Pact's work since 1962", "has stayed out of Comecon since 1961").
STATE_STARTS = {"exclude", "leave"}
#: Words that count the same people or things, by their first five letters.
UNIT_KIN = {
    **dict.fromkeys(("speci", "exper", "advis", "techn", "engin"), "exper"),
    **dict.fromkeys(("ton", "tons", "tonne"), "ton"),
    **dict.fromkeys(("refug", "asylu"), "refug"),
}
#: Words for vessels, by their first five letters: a count of boats is not borne out by
#: a record that counts submarines otherwise (nor held wrong by it).
VESSELS = {"boat", "ship", "vesse", "subma", "sub", "warsh"}
#: Words naming a body other than a state or its ruling party: its offices are others,
#: as are a local branch's ("first secretary of the Tirana party committee").
OTHER_BODY = re.compile(
    r"\b(?:youth|(?<!soviet )union(?! of soviet)|women|front|writers|pioneers|veterans"
    r"|trade|students?|academy"
    r"|district|city|regional|region|municipal|provincial|local|county|prefecture|branch"
    r"|organi[sz]ation|(?<!central )committee)\b",
    re.I,
)
#: The roles of a frame that name actors.
ROLE_KEYS = {"agent", "patient", "org", "with", "against", "without"}
#: Frame types whose counts grow over time: a record's count is one moment's.
ACCUMULATING = {"deploy_forces", "give_aid"}
#: Words for a share, not a count: never held against a record's count.
SHARES = {"percent", "per", "%", "percentage", "share", "proportion", "fraction", "half", "third"}


@dataclass
class Judgement:
    """The verdict on one claim, with the chronicle items it rests on."""

    verdict: str
    evidence: list[Item] = field(default_factory=list)
    correction: str | None = None
    confidence: float = 0.5
    reason: str | None = None
    rule: str | None = None  # which part of the policy decided
    #: the part of the claim's text the verdict is about, when it is only a part
    #: ("the 21st Party Congress" in a sentence on the Secret Speech): offsets in it
    focus: tuple[int, int] | None = None


CALIBRATION = Path(__file__).with_name("calibration.json")


@lru_cache(maxsize=1)
def _calibration() -> dict[str, float]:
    """Observed precision of each rule on the mutation suite (benchmarks/calibrate.py)."""
    if not CALIBRATION.exists():
        return {}
    data = json.loads(CALIBRATION.read_text(encoding="utf-8"))
    return {str(k): float(v["precision"]) for k, v in data["rules"].items() if v["cases"] >= 20}


def _ruled(rule: str, default: float) -> dict[str, Any]:
    """The `rule` of a verdict and its confidence: calibrated where measured."""
    return {"rule": rule, "confidence": round(_calibration().get(rule, default), 2)}


def unverifiable(reason: str) -> Judgement:
    return Judgement("unverifiable", reason=reason, confidence=0.5)


def _names(item: Item, name: str) -> bool:
    """The item's title or summary names `name` (by its last word: "Marshal Malinovsky")."""
    last = name.split()[-1].lower()
    return re.search(rf"\b{re.escape(last)}\b", f"{item.title} {item.summary}".lower()) is not None


def _listed(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


@lru_cache(maxsize=4)
def decider(know: Knowledge) -> Decider:
    """The decider of a chronicle, made once: what it reads of the chronicle (members,
    leaders, deaths, the actors of each role) serves every text checked against it."""
    return Decider(know)


class Decider:
    """Applies the policy above to the claims of one text."""

    def __init__(self, know: Knowledge) -> None:
        self.know = know
        self.members: dict[str, set[str]] = {}
        for item in know.by_type.get("member", []):
            for org in _listed(item.frame.get("org")):
                self.members.setdefault(org, set()).update(_listed(item.frame.get("agent")))
        #: the bodies whose members the chronicle lists (several members, or founders): one
        #: state's joining on record there shows that another state did not join then
        self.listed_bodies = {org for org, states in self.members.items() if len(states) >= 3} | {
            org
            for item in know.by_type.get("found", [])
            if len(_listed(item.frame.get("agent"))) >= 3
            for org in _listed(item.frame.get("patient"))
        }
        self.events = sorted(
            (i for i in know.items if i.kind == "event"), key=lambda i: i.interval.earliest
        )
        #: the events' earliest days, in order, and the longest span of any: what
        #: `events_near` bisects
        self._starts = [i.interval.earliest for i in self.events]
        self._longest = max(
            (i.interval.latest - i.interval.earliest for i in self.events), default=timedelta()
        )
        #: `record_stems` remembered, by record
        self._record_stems: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        #: the events whose titles hold each word (`_named_stems`), by index in `events`
        self.titled: dict[str, list[int]] = {}
        for n, item in enumerate(self.events):
            for stem in _named_stems(item.title):
                self.titled.setdefault(stem, []).append(n)
        #: `same_place` remembered: the same few places are compared in every text
        self._same_places: dict[tuple[str, str], bool] = {}
        #: every place the chronicle names an event's place
        self.places = {str(i.frame["place"]) for i in know.items if i.frame.get("place")}
        #: people who held office: they may stand for their state
        self.leaders = {
            a for i in know.by_type.get("hold_office", []) for a in _listed(i.frame.get("agent"))
        }
        #: the record of each person's death or execution
        self.deaths = {
            person: item
            for kind in ("die", "execute")
            for item in know.by_type.get(kind, [])
            for person in _listed(item.frame.get("patient"))
        }
        #: the record of each person's birth
        self.births = {
            person: item
            for item in know.by_type.get("born", [])
            for person in _listed(item.frame.get("patient"))
        }
        self._places: set[str] | None = None
        self._cast: dict[str, set[str]] | None = None
        self._pools: dict[tuple[str, int, str], tuple[dict[str, Any], frozenset[str]]] = {}

    # -- roles ---------------------------------------------------------------

    def matches(self, actor: str, pool: AbstractSet[str], members: bool = True) -> bool:
        """`actor` is in `pool` itself, through its country, or (a state) through its people.

        With `members`, an alliance also matches its member states ("Warsaw Pact armies").
        """
        if actor in pool:
            return True
        countries = self.know.countries
        if actor in self.leaders and countries.get(actor) in pool:
            return True
        if actor in self.leaders and any(  # Tito for the Yugoslav party
            self.know.kind_of(p) == "party" and countries.get(p) == countries.get(actor)
            for p in pool
        ):
            return True
        kind = self.know.kind_of(actor)
        if kind == "state":
            return any(countries.get(p) == actor for p in pool)
        if kind == "alliance" and members:  # "Warsaw Pact armies": its members acting
            return bool(self.members.get(actor, set()) & pool)
        return False

    def personal(self, item: Item) -> bool:
        """The record's doers (or, with none, those it befalls) are all persons."""
        doers = _listed(item.frame.get("agent")) or _listed(item.frame.get("patient"))
        return bool(doers) and all(self.know.kind_of(a) == "person" for a in doers)

    def another_person(self, person: str, cast: AbstractSet[str]) -> bool:
        """The record names someone else of the person's state and not them ("Deng
        Xiaoping set out the theory" is no record of Zhou Enlai doing so)."""
        country = self.know.countries.get(person)
        return person not in cast and any(
            p != person
            and self.know.kind_of(p) == "person"
            and self.know.countries.get(p) == country
            for p in cast
        )

    def cast(self, item_id: str) -> set[str]:
        """Every actor that fills a role in any frame of the record `item_id`."""
        if self._cast is None:
            self._cast = {}
            for item in self.know.items:
                held = self._cast.setdefault(item.id, set())
                for role, value in item.frame.items():
                    if role in ROLE_KEYS:
                        held.update(_listed(value))
        return self._cast.get(item_id, set())

    def pool(self, item: Item, role: str) -> frozenset[str]:
        """The actors that fill `role` in the item's frame (read once per item and role)."""
        key = (item.id, id(item.frame), role)  # an item may declare several frames
        held = self._pools.get(key)
        if held is None or held[0] is not item.frame:
            held = self._pools[key] = (item.frame, frozenset(self._pool(item, role)))
        return held[1]

    def _pool(self, item: Item, role: str) -> set[str]:
        frame = item.frame
        if frames.TYPES[str(frame["type"])].symmetric and role in ("agent", "patient"):
            found = {*_listed(frame.get("agent")), *_listed(frame.get("patient"))}
        else:
            found = set(_listed(frame.get(role)))
        if role in ("agent", "patient"):
            found |= set(_listed(frame.get("with")))
        # the people the item names, acting for a state in this role
        countries = self.know.countries
        found |= {a for a in item.actors if countries.get(a) in found}
        return found

    def aligned(self, cf: ClaimFrame, item: Item, skip: str | None = None) -> bool:
        """Every actor the claim puts in a role is in that role of the item.

        In a personal frame (a visit, a meeting, a death, an office) a person is
        only ever that person; elsewhere a leader may stand for the state.
        """
        personal = cf.type in PERSONAL
        # what is founded or dissolved is the body itself, not its members ("the Pact was
        # dissolved" is not East Germany's end)
        itself = cf.type in ("found", "dissolve")
        for role, actors in cf.roles.items():
            if role in ("with", "without") or role == skip:
                continue
            pool = self.pool(item, role)
            for actor in actors:
                one = personal or (cf.type in SUCCESSIONS and role == "patient")
                if one and self.know.kind_of(actor) == "person":  # "succeeding Shehu": he
                    if actor not in pool:
                        return False
                elif not self.matches(actor, pool, members=not itself) or self.someone_else(
                    actor, item, role
                ):
                    return False
                elif actor not in pool and set(actors) & self.members.get(actor, set()):
                    return False  # "Albania's alliance with the Pact": not Albania itself
        return True

    def someone_else(self, actor: str, item: Item, role: str) -> bool:
        """The item's frame names, in this role, another person of the actor's state:
        Khrushchev's speech is not Brezhnev's, though both stood for Moscow."""
        if self.know.kind_of(actor) != "person":
            return False
        if role == "agent" and item.frame.get("type") in SPOKEN:
            # "Albania's representative, Shehu, refused": Kapo led its side
            led = item.frame.get("led_by") or {}
            head = led.get(self.know.countries.get(actor)) if isinstance(led, dict) else None
            if head is not None and actor not in _listed(head):
                return True
        return self.another_person(actor, set(_listed(item.frame.get(role))))

    def placed(self, cf: ClaimFrame, item: Item) -> bool:
        """Every actor the claim names beside the roles is somewhere in the item's frame."""
        pool = {a for role in frames.ACTOR_ROLES for a in _listed(item.frame.get(role))}
        return all(self.matches(a, pool, members=False) for a in cf.unplaced)

    # -- time ----------------------------------------------------------------

    @staticmethod
    def fits(item: Item, time: dates.Interval, mode: str, precision: str) -> bool:
        pad = timedelta(days=PAD.get(precision, 0))
        low, high = time.earliest - pad, time.latest + pad
        moment = item.interval
        if mode in ("by", "before", "until"):
            return moment.earliest <= high
        if mode in ("after", "since"):
            return moment.latest >= low
        return moment.earliest <= high and low <= moment.latest

    def events_near(self, time: dates.Interval, precision: str) -> list[Item]:
        """The events that fit `time` at `precision` (`fits`, mode "at"), found by
        bisecting the events in order of their earliest day."""
        pad = timedelta(days=PAD.get(precision, 0))
        low = bisect_left(self._starts, time.earliest - pad - self._longest)
        high = bisect_right(self._starts, time.latest + pad)
        return [i for i in self.events[low:high] if self.fits(i, time, "at", precision)]

    # -- the policy ----------------------------------------------------------

    def judge_all(self, claims: list[Claim]) -> list[tuple[Claim, Judgement]]:
        """Every claim judged; those dated from another event ("three years after the
        death of Stalin") once that event is found; one flag for one error."""
        judged = [(c, self.judge(c)) for c in claims]
        result = []
        for claim, judgement in judged:
            if claim.time is None and ONLY.search(claim.text):  # "Albania alone stayed out
                # of the invasion of 1968": the time of a claim inside it
                inner = [
                    o.time
                    for o in claims
                    if o is not claim
                    and o.time
                    and o.own_time
                    and claim.start <= o.start
                    and o.end <= claim.end
                ]
                alone = self.alone(claim, inner[0]) if inner else None
                judgement = alone or judgement
            if claim.time_source == "explicit" and claim.offset is not None:
                judgement = self.apart(claim, judgement, judged) or judgement
                time = None
            else:
                time = self.offset_time(claim, judged)
            if time is not None:
                claim = replace(claim, time=time, times=[time], time_source="anchored")
                claim.own_time = True
                judgement = self.judge(claim)
            result.append((claim, judgement))
        result = [(c, self.out_of_order(c, result) or j) for c, j in result]
        result = [(c, _focused(c, _as_told(c, j))) for c, j in result]
        return short_of_anchors(defer_to_anchors(_framed_first(result)))

    def out_of_order(self, claim: Claim, judged: list[tuple[Claim, Judgement]]) -> Judgement | None:
        """An event named as coming before another ("left the Pact in 1968 after the
        invasion of Hungary") that the chronicle puts after it, or years before it
        while an event of the same kind with another actor came just before it."""
        if claim.precedes is None or len(claim.frames) != 1 or claim.time_source == "explicit":
            return None
        cf = claim.frames[0]
        if cf.negated or cf.hedged or not cf.actors() or claim.strangers:
            return None
        later = [j for c, j in judged if (c.start, c.end) == claim.precedes]
        # the later event as the chronicle has it: borne out, or the contrasting event
        # it was ("expelled ... after X": withdrew, that day)
        if len(later) != 1 or not (later[0].verdict == "supported" or later[0].rule == "contrast"):
            return None
        found = [i for i in later[0].evidence if i.kind == "event"]
        if len(found) != 1:
            return None
        moment = found[0].interval
        aligned = [i for i in self.candidates(cf) if self.aligned(cf, i)]
        if not aligned:
            return None
        if all(self.unique_for(cf, i) and i.interval.earliest > moment.latest for i in aligned):
            item = aligned[0]
            return Judgement(
                "contradicted",
                [item, found[0]],
                f"{_dated(item)} came after {_dated(found[0])}.",
                **_ruled("sequence", 0.75),
            )
        if not all(i.interval.latest < moment.earliest - timedelta(days=3 * 365) for i in aligned):
            return None
        lately = [
            i
            for i in self.know.by_type.get(cf.type, [])
            if i not in aligned
            and any(self.aligned(cf, i, skip=role) for role in cf.roles)
            and moment.earliest - timedelta(days=400) <= i.interval.earliest <= moment.earliest
        ]
        if len(lately) != 1:
            return None
        item = lately[0]
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)} came just before {found[0].title}; "
            f"{aligned[0].title} was in {aligned[0].interval.core_start.year}.",
            **_ruled("sequence", 0.75),
        )

    @staticmethod
    def apart(
        claim: Claim, judgement: Judgement, judged: list[tuple[Claim, Judgement]]
    ) -> Judgement | None:
        """A dated event said to lie a counted distance from another ("in July 1978, a
        year before Tito's visit to Beijing"): both borne out by one dated chronicle
        event each, the second on the other side of the first, or far from the
        distance told."""
        offset, time = claim.offset, claim.time
        if offset is None or time is None or judgement.verdict != "supported":
            return None
        if offset.short and time.precision not in ("day", "month"):
            return None  # "two days after his death": of a deed dated to its day or month
        own = [i for i in judgement.evidence if i.kind == "event"]
        anchors = [
            i
            for c, j in judged
            if c is not claim and c.start < offset.anchor_end and offset.anchor_start < c.end
            # "a month after Hoxha's death": the death borne out, whatever time it borrowed
            if j.verdict == "supported" and j.rule in ("supported", "supported_borrowed")
            for i in j.evidence
            if i.kind == "event"
        ]
        if len(own) != 1 or len({i.id for i in anchors}) != 1 or anchors[0].id == own[0].id:
            return None
        here, there = own[0].interval, anchors[0].interval
        if here.latest.year < time.interval.core_start.year - 1 or (
            here.earliest.year > time.interval.core_end.year + 1
        ):
            return None  # the record that bore it out is not of the time the claim states
        # "a year before X": X comes after this; "after X": X comes first
        wrong_side = there.latest < here.earliest if offset.before else there.earliest > here.latest
        gap = (there.core_start.year - here.core_start.year) + offset.years
        far = abs(gap) >= 2 and abs(gap) * 2 > abs(offset.years)
        if not (wrong_side or far):
            return None
        item = anchors[0]
        side = "before" if there.latest < here.earliest else "after"
        return Judgement(
            "contradicted",
            [item, own[0]],
            f"{_dated(item)} came {side} {_dated(own[0])}, not {offset.text}.",
            # the words that say how far apart, wherever they stand in the sentence
            focus=(offset.start - claim.start, offset.end - claim.start),
            **_ruled("sequence", 0.75),
        )

    @staticmethod
    def offset_time(claim: Claim, judged: list[tuple[Claim, Judgement]]) -> TimeExpression | None:
        """The year a counted distance from a named event comes to, when the text's
        words for that event are borne out by one dated chronicle event."""
        offset = claim.offset
        if offset is None or offset.short:  # "a month after": the year may not be its
            return None
        anchors = [
            j
            for c, j in judged
            if c is not claim and c.start < offset.anchor_end and offset.anchor_start < c.end
        ]
        years = {
            i.interval.core_start.year
            for j in anchors
            if j.verdict == "supported"
            for i in j.evidence
            if i.kind == "event" and i.interval.core_start.year == i.interval.core_end.year
        }
        if len(years) != 1:
            return None
        year = years.pop() + offset.years
        if not 1 <= year <= 9999:
            return None
        text = f"{offset.text} ({year})"
        return TimeExpression(
            offset.start, offset.end, text, dates.parse(f"{year:04d}"), "at", "year", True
        )

    def judge(self, claim: Claim) -> Judgement:
        """The verdict on a claim: its frames judged one by one, then combined."""
        announced = claim.told == "ahead" and any(f.announced for f in claim.frames)
        if announced and claim.time_source == "explicit":
            pass  # the telling's time bounds what it announced (`announced`)
        elif claim.told == "ahead" and claim.time_source == "explicit" and claim.time is not None:
            # "in July 1979 Beijing announced that it was ending its aid": told as under
            # way then, done about then or after; never denied by the telling's date
            told = [replace(f, announced=True, told_under_way=True) for f in claim.frames]
            claim = replace(claim, frames=told)
        elif claim.told == "ahead" or (claim.told == "done" and claim.time_source != "explicit"):
            # the time is the telling's, not what it tells; or another clause's
            claim = replace(claim, time=None, times=[], own_time=False, time_source=None)
        elif claim.told == "done" and claim.time is not None:  # done by the telling
            claim = replace(
                claim,
                time=replace(claim.time, mode="by"),
                times=[replace(t, mode="by") for t in claim.times],
            )
        invalid = next((t.invalid for t in (claim.time, *claim.times) if t and t.invalid), None)
        if invalid:  # the text names no real date: nothing to hold it against
            return unverifiable(f"its date is not valid: {invalid}")
        alone = self.alone(claim)
        if alone is not None:
            return alone
        counted = (
            self.counted_name(claim)
            or self.counted_time(claim)
            or self.named_time(claim)
            or self.numbered_resolution(claim)
        )
        if counted is not None:
            return counted
        if not claim.frames:
            placed = self.gathering_place(claim)
            if placed is not None:
                return placed
            dated = self.dated_event(claim) or self.told_event(claim) or self.restated(claim)
            if dated is not None:
                return dated
            return unverifiable("no statement the chronicle records (an opinion, or too vague)")
        results: list[Judgement] = []
        whole = claim
        for cf in claim.frames:
            own = whole.frame_times.get(cf.trigger)
            claim = (  # a deed dated in its own words, apart from the others of the claim
                replace(whole, time=own, times=[own], own_time=True, time_source="explicit")
                if own is not None
                else whole
            )
            aged = self.age_at_death(cf, claim)
            if aged is not None:
                results.append(aged)
                continue
            several = self.several(claim, cf)
            if several is not None:
                results.append(several)
                continue
            parts = [
                # each part flagged on its own words ("and with the United States in
                # March 1992": its date)
                _focused(timed, self.frame(timed, v))
                for v in _split(cf, claim.gapped, self.know.kind_of)
                for timed in [_timed_for(claim, v)]
            ]
            results.append(_doers_combined(parts) if len(parts) > 1 else parts[0])
        claim = whole
        combined = _combine(results)
        if combined.verdict == "unverifiable":
            away = self.stayed_away(claim)
            if away is not None:
                return away
        if (
            combined.verdict == "unverifiable"
            and not any(f.type == "lead" for f in claim.frames)
            # nor who stayed away from it ("boycotted the conference in Belgrade")
            and not STAYED_AWAY.search(claim.text)
        ):
            # "he went with Hoxha to Bucharest for the conference of 81 parties": the
            # gathering the sentence names, wherever its verb leaves it; not who headed a
            # delegation there ("represented by Shehu at the meeting in Moscow")
            placed = self.gathering_place(claim)
            if placed is not None:
                return placed
        return combined

    def age_at_death(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """The age a person is said to have died at ("died aged 69", "at the age of 76"),
        against the records of the birth and the death: wrong when no day between them
        gives that age. Only an error is returned; a right age leaves the death to the
        rest of the policy."""
        if cf.type not in ("die", "execute") or cf.negated or cf.hedged:
            return None
        people = cf.roles.get("patient", [])
        if len(people) != 1 or people[0] in claim.referred:
            return None
        said = AGED.search(claim.text)
        if said is None:
            return None
        word = said.group("age").lower()
        age = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        birth, death = self.births.get(people[0]), self.deaths.get(people[0])
        if age is None or birth is None or death is None:
            return None
        born, died = birth.interval, death.interval
        youngest = _years_between(born.latest, died.earliest)
        oldest = _years_between(born.earliest, died.latest)
        if youngest <= age <= oldest:
            return None
        ages = str(youngest) if youngest == oldest else f"{youngest} or {oldest}"
        return Judgement(
            "contradicted",
            [birth, death],
            f"{_dated(birth)}; {_dated(death)}: aged {ages}, not {age}.",
            focus=said.span("age"),
            **_ruled("age", 0.75),
        )

    def alone(self, claim: Claim, time: TimeExpression | None = None) -> Judgement | None:
        """A state said to be the only one that stayed out of something ("Albania was the
        only member that refused to take part"), against the states the chronicle records
        as absent from the one event of that time that records absences of it."""
        time = time or claim.time
        only = ONLY.search(claim.text)
        if only is None or time is None:
            return None
        rest = claim.said[claim.said.find(claim.text) :]
        if not STAYED_OUT.search(rest) or HEDGES.search(rest):
            return None
        states = [a for a in claim.actors if self.know.kind_of(a) == "state"]
        if not states:
            return None
        near = [
            i for i in self.events_near(time.interval, time.precision) if i.frame.get("without")
        ]
        absent = [i for i in near if set(states) & set(_listed(i.frame.get("without")))]
        # "Hungary was the only member that refused": a state the one such event has
        # among its doers did take part
        # (told to the month or day: a year holds too many gatherings)
        monthly = time.precision in ("day", "month") or bool(
            set(re.findall(r"[a-z]+", time.text.lower())) & MONTH_NAMES
        )
        took_part = [
            i
            for i in (near if monthly else [])
            if set(states) & set(_listed(i.frame.get("agent")))
            and set(states)
            <= set(_listed(i.frame.get("agent"))) | set(_listed(i.frame.get("without")))
        ]
        if len(absent) > 1 or len(absent) + len(took_part) == 0:
            return None
        if not absent and len(took_part) != 1:
            return None
        item = (absent or took_part)[0]
        doers = [a for a in states if a in _listed(item.frame.get("agent"))]
        # the states the claim names as staying out, not what they stayed out of
        states = [a for a in states if a in _listed(item.frame.get("without"))]
        others = [
            a
            for a in _listed(item.frame.get("without"))
            if a not in states and self.know.kind_of(a) == "state"
        ]
        if not others and not doers:  # "Albania and Romania were the only members that stayed out"
            return Judgement("supported", [item], None, **_ruled("alone", 0.7))
        names = " and ".join(self.know.name_of(a) for a in [*states, *others])
        joined = " and ".join(self.know.name_of(a) for a in doers)
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: {names} stayed out of it"
            + (f"; {joined} took part." if doers else "."),
            # from the words that make it the only one ("alone among the Pact's members")
            focus=(only.start(), len(claim.text)),
            **_ruled("alone", 0.7),
        )

    def stayed_away(self, claim: Claim) -> Judgement | None:
        """A state said to have stayed away from a gathering ("boycotted the Balkan
        conference in Belgrade in February 1988", "did not attend ..."), that the one
        gathering of that month whose title shares two words of its name with the
        statement has among its participants, and no record of that month among those
        absent. Told to the month or day: a year holds too many gatherings."""
        time = claim.time
        if time is None or time.precision not in ("day", "month") or time.mode != "at":
            return None
        if not claim.own_time or claim.time_source != "explicit":
            return None
        away = [f for f in claim.frames if f.type == "reject" or (f.negated and f.type == "meet")]
        rest = claim.said[claim.said.find(claim.text) :] if claim.text in claim.said else claim.text
        if not away or not STAYED_AWAY.search(claim.text) or HEDGES.search(rest):
            return None
        states = {
            a for f in away for a in f.roles.get("agent", []) if self.know.kind_of(a) == "state"
        }
        if len(states) != 1 or any(f.hedged for f in away):
            return None
        state = states.pop()
        names = {w for a in claim.actors for w in _named_stems(self.know.name_of(a))}
        places = {w for p in AT_PLACE.findall(claim.text) for w in _named_stems(p)}
        words = _named_stems(claim.text) - GATHERING_STEMS - names - places
        near = self.events_near(time.interval, time.precision)
        if any(state in _listed(i.frame.get("without")) for i in near):
            return None
        meetings = [
            i
            for i in near
            if i.frame.get("type") == "meet" and len(words & _named_stems(i.title)) >= 2
        ]
        if len(meetings) != 1 or state not in _listed(meetings[0].frame.get("agent")):
            return None
        item = meetings[0]
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: {self.know.name_of(state)} took part.",
            **_ruled("stayed_away", 0.7),
        )

    def several(self, claim: Claim, cf: ClaimFrame) -> Judgement | None:
        """A relation of three or more states ("normalized relations with Yugoslavia and
        Greece"): supported when pairs of them the chronicle bears out take in every
        one; never contradicted, since the text does not say who paired with whom."""
        kind = frames.TYPES[cf.type]
        states = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "state"]
        if not kind.symmetric or len(states) < 3 or len(states) != len(cf.actors()):
            return None
        if len([a for a in states if a not in claim.gapped]) == 1:
            return None  # "with Moscow in 1990 and with Washington in 1991": each by its time
        if set(states) <= set(cf.partners):  # no pair among them is what the text says
            return unverifiable(PARTNERS_ONLY)
        sides = [a for a in states if a in cf.partners]
        own = [a for a in states if a not in sides]
        if len(own) == 1 and len(sides) >= 2:
            return self.each_partner(claim, cf, own[0], sides)
        covered: set[str] = set()
        evidence: list[Item] = []
        placed: list[Judgement] = []
        for i, one in enumerate(states):
            for other in states[i + 1 :]:
                judged = self.frame(claim, replace(cf, roles={"agent": [one, other]}))
                if judged.verdict == "supported":
                    covered |= {one, other}
                    evidence += judged.evidence
                placed.append(judged)
        if covered == set(states):
            return Judgement("supported", evidence[:3], None, **_ruled("supported", 0.7))
        if all(j.rule == "place" for j in placed) and len({j.evidence[0].id for j in placed}) == 1:
            return placed[0]  # every pair's one record was somewhere else: the place is wrong
        return unverifiable("the chronicle does not bear out every pair it names")

    def each_partner(
        self, claim: Claim, cf: ClaimFrame, one: str, partners: list[str]
    ) -> Judgement:
        """A relation of one state with each of several ("Albania restored relations with
        Moscow and Washington in 1990"): one pair for each partner, judged alone; wrong
        for one partner and borne out for another, the claim is partly supported."""
        judged = [self.frame(claim, replace(cf, roles={"agent": [one, p]})) for p in partners]
        right = [j for j in judged if j.verdict == "supported"]
        # a time the clause takes from another ("accepted pluralism that December, and
        # restored ties with Moscow and Washington") is not held against each partner,
        # nor is one whose other side is a guess ("ties were restored with ...")
        wrong = [
            j for j in judged if j.verdict == "contradicted" and claim.own_time and not cf.paired
        ]
        if len(right) == len(judged):
            evidence = [i for j in right for i in j.evidence]
            return Judgement("supported", evidence[:3], None, **_ruled("supported", 0.7))
        if wrong and right:
            return replace(wrong[0], verdict="partly_supported")
        if wrong and len(wrong) == len(judged):
            return wrong[0]
        if wrong:  # wrong for one partner, nothing known of another: the error stands
            return wrong[0]
        return unverifiable("the chronicle does not bear out every pair it names")

    def frame(self, claim: Claim, cf: ClaimFrame) -> Judgement:
        if cf.announced:
            return self.announced(claim, cf)
        host = TOWN_STATES.get(_plain(cf.place or ""))
        if (
            cf.type in ("deploy_forces", "withdraw_forces")
            and cf.roles.get("agent")
            and not cf.roles.get("patient")
            and host is not None
            and host not in cf.roles["agent"]
        ):  # "the submarines sailed out of Vlorë": out of Albania, where the town lies
            cf = replace(cf, roles={**cf.roles, "patient": [host]})
        if cf.type in GROUND and cf.place and claim.time is not None:
            # "the partisans liberated Tirana on 17 November": the capital's day, not
            # the state's; who did it is the state's record all the same
            untimed = replace(claim, time=None, times=[], own_time=False, time_source=None)
            judged = self._frame(untimed, cf)
            if judged.verdict == "supported":
                return unverifiable("the chronicle dates the state's liberation, not its capital's")
            return judged
        judged = self._frame(claim, cf)
        if judged.verdict == "unverifiable":
            guest = self.guest_visit(cf)
            if guest is not None:
                visited = self._frame(claim, guest)
                if visited.verdict in ("supported", "contradicted"):
                    return visited
        passing = cf.type == "relations" and cf.subject
        if passing and judged.verdict != "supported":
            # "relations do not improve": the noun names the tie as what a verb of its
            # own is about; it may be borne out, not denied
            return unverifiable("it names the relations in passing, as what something befell")
        if cf.supplanted and judged.verdict != "supported":
            # "Chinese aid replaced Soviet aid until 1978": the time is the newcomer's
            return unverifiable("it names what was replaced; the time told is the change's")
        if judged.verdict == "supported" and self.other_count(cf):
            return unverifiable(f"the chronicle records another number of {cf.unit}s")
        return judged

    def announced(self, claim: Claim, cf: ClaimFrame) -> Judgement:
        """A deed told as what someone announced would be done ("in April Kosygin
        informed Hoxha that the ships would be withdrawn"): borne out by the deed done
        within a year of the telling; never denied, since what was announced may have
        been done otherwise or not at all."""
        plain = replace(cf, announced=False)
        time = claim.time
        if time is None:  # no time of the telling: what it announced may come at any time
            return unverifiable("it tells what was announced, at no time the text gives")
        told, within = time.interval, timedelta(days=ANNOUNCED_WITHIN)
        # a deed told as under way may have begun a little before the telling
        before = timedelta(days=UNDER_WAY_BEFORE if cf.told_under_way else 0)
        later = dates.Interval(
            told.edtf,
            told.earliest - before,
            told.latest + within,
            told.core_start - before,
            told.core_end + within,
        )
        soon = replace(time, interval=later, mode="at", precision="day", others=())
        # the telling's own date, when the text gives one, is a time the deed must follow
        own = claim.own_time or claim.time_source == "explicit"
        judged = self.frame(replace(claim, time=soon, times=[soon], own_time=own), plain)
        if judged.verdict == "supported":
            return judged
        return unverifiable("it tells what was announced, which the chronicle does not deny")

    def guest_visit(self, cf: ClaimFrame) -> ClaimFrame | None:
        """A meeting in a town of one state with one person of another state ("Tito is
        welcomed in Beijing", "received Tito in Beijing"): that person's visit to that
        state, which the chronicle may record (and know to be his only one)."""
        if cf.type != "meet" or cf.negated or cf.hedged or not cf.place:
            return None
        host = TOWN_STATES.get(_plain(cf.place))
        if host is None:
            name = self.know.names.by_text.get(cf.place.strip().lower())
            host = name.actor if name is not None and name.kind == "state" else None
        countries = self.know.countries
        guests = [
            a
            for a in cf.roles.get("agent", [])
            if self.know.kind_of(a) == "person" and countries.get(a) not in (None, host)
        ]
        if host is None or len(guests) != 1:
            return None
        return replace(cf, type="visit", roles={"agent": guests, "patient": [host]})

    def named_doer(self, cf: ClaimFrame, claim: Claim) -> bool:
        """A doer the chronicle knows no actor for ("US Secretary of State James Baker")
        whom a record of the claim's type at the claim's own time names all the same."""
        time = claim.time
        if not cf.stranger or time is None or not claim.own_time:
            return False
        return any(
            _names(i, cf.stranger) and self.fits(i, time.interval, time.mode, time.precision)
            for i in self.know.by_type.get(cf.type, [])
        )

    def other_count(self, cf: ClaimFrame) -> bool:
        """The claim counts something ("16,000 experts", "six boats") that the chronicle
        counts, for the same actors, only as another number: the count is not borne out."""
        if cf.quantity is None or not cf.unit:
            return False
        unit = cf.unit.lower()
        actors = cf.actors()

        def alike(key: str) -> bool:  # the same thing, or vessels of any kind
            vessels = {_plain(w).rstrip("s")[:5] for w in (unit, key)} <= VESSELS
            return _same_unit(unit, key) or vessels

        # forces stationed, withdrawn and seized are counted apart (twelve submarines
        # based, eight sailed, four kept); aid given and aid cut count the same experts
        apart = cf.type in ("deploy_forces", "withdraw_forces", "seize")
        counts = [
            int(n)
            for i in self.know.items
            if actors
            and all(i.involves(a, self.know.countries) for a in actors)
            and (not apart or i.frame.get("type") == cf.type)
            for key, n in (i.frame.get("quantity") or {}).items()
            if alike(str(key)) and isinstance(n, int)
        ]
        return bool(counts) and not any(abs(n - cf.quantity) <= n * 0.1 for n in counts)

    def _frame(self, claim: Claim, cf: ClaimFrame) -> Judgement:
        if cf.hedged:
            return unverifiable("hedged: the text does not assert it")
        if cf.type == "lead":
            if cf.negated:
                return unverifiable("it says who did not head a delegation")
            return self.delegation(cf, claim)
        if cf.type == "study":
            return self.studied(cf, claim)
        if cf.unknown_party:
            return unverifiable(f"it names {cf.unknown_party}, of whom the chronicle knows nothing")
        agents = cf.roles.get("agent", [])
        if len(cf.partners) >= 2 and agents and set(agents) <= set(cf.partners):
            # "relations were restored with Moscow and with Washington": each a partner of
            # a side the text leaves to a context that does not tell it
            return unverifiable(PARTNERS_ONLY)
        if cf.unknown_agent and not self.named_doer(cf, claim):
            return unverifiable("it names as the doer someone the chronicle does not know")
        founders = self.founders_counted(cf, claim) or self.founders(cf, claim)
        if founders is not None:
            return founders
        if cf.type == "elect" and not cf.roles.get("agent") and cf.roles.get("patient"):
            # "the elections were won by the Democratic Party": elections in its country;
            # "Berisha's Democratic Party won": the party
            parties = [a for a in cf.roles["patient"] if self.know.kind_of(a) == "party"]
            if parties:
                cf = replace(cf, roles={**cf.roles, "patient": parties})
            where = {c for a in cf.roles["patient"] if (c := self.know.countries.get(a))}
            if len(where) == 1:
                cf = replace(cf, roles={**cf.roles, "agent": sorted(where)})
        named_org = not cf.org_in_play
        if cf.type == "join" and cf.cls == "founding" and not cf.roles.get("agent") and named_org:
            # "the Warsaw Treaty was signed in 1955": by no one named, the founding (of
            # the organization the claim names, not one in play before it)
            cf = replace(cf, type="found", roles={"patient": cf.roles.get("org", [])})
        if not cf.actors():
            return self.actorless(cf, claim)
        time = claim.time
        absent = self.done_without(cf, claim) or self.other_helper(cf, claim)
        if absent is not None:
            return absent
        dead = self.after_death(cf, claim)
        if dead is not None:
            return dead
        mode = time.mode if time else "at"
        negated = cf.negated
        if negated and mode == "until":  # "not restored until 1990": restored in 1990
            negated, mode = False, "at"
        if mode == "until" and cf.type not in DURATIVE:
            mode = "at"  # "it was not until 1990 that relations were restored": an event, then
        wanted = self.candidates(cf)
        if cf.type == "relations":
            level_none = negated
            negated = False
            if level_none and time is not None and claim.own_time and not claim.strangers:
                held = self.relations_held(cf, wanted, time.interval)
                if held is not None:  # "did not maintain relations" while they did
                    return held
            wanted = [i for i in wanted if (i.frame.get("what") == "none") == level_none]
        aligned = [i for i in wanted if self.aligned(cf, i)]
        if cf.aid_kind is not None:  # "cancelled its loans": not the specialists' recall
            aligned = [i for i in aligned if _aid_of_kind(i, cf.aid_kind)]
        if time is not None and time.mode == "before" and not negated:
            target = self.other_target(cf, claim, aligned, False)
            if target is not None:  # "after the invasion of Hungary", told of 1968
                return target
        if cf.paired and not aligned:
            return unverifiable("it names neither side; the paragraph's two have no such record")
        if cf.document in ("treaty", "pact"):  # a treaty, not an agreement on culture
            aligned = [i for i in aligned if TREATY.search(f"{i.title} {i.frame.get('what', '')}")]
        held = (
            self.office_holder(cf, claim)
            or self.deputy(cf, claim)
            or self.successor(cf, claim)
            or self.predecessor(cf, claim)
            or self.heir(cf, claim)
        )
        if held is not None:
            return held
        if cf.type in ("hold_office", "take_office") and _another_body(cf):
            # "first secretary of the Tirana party committee": the records of such a body
            bodies = {w.lower() for w in OTHER_BODY.findall(cf.office or "")}
            aligned = [
                i
                for i in aligned
                if bodies & {w.lower() for w in OTHER_BODY.findall(str(i.frame.get("office")))}
            ]
            if not aligned:
                return unverifiable("the chronicle records no office of that body for them")
        if cf.type == "reform":
            # "adopted a new constitution": the records of that change, not of another
            # change in the same state then ("banned religion")
            aligned, why = _same_change(cf, aligned)
            if why:
                return unverifiable(why)
        if cf.office is not None and (pattern := _office_pattern(cf.office)) is not None:
            # "became First Secretary": the records of that office, not of others
            same = [i for i in aligned if pattern.search(str(i.frame.get("office") or ""))]
            # a person's office as a deputy is borne out by a deputy's record only
            if cf.roles.get("agent"):
                lesser = bool(LESSER.search(cf.office))
                same = [
                    i for i in same if bool(LESSER.search(str(i.frame.get("office")))) == lesser
                ]
            if aligned and not same:
                return unverifiable("the chronicle records other offices for them")
            aligned = same
        timed = aligned
        if time is not None:
            timed = [
                i
                for i in aligned
                if any(
                    self.fits(i, t.interval, mode if t is time else t.mode, t.precision)
                    for t in claim.times or [time]
                )
            ]
        # a name the chronicle does not know, unless the record itself names it
        # ("with his defence minister, Malinovsky" of a visit whose record says so)
        strangers = [
            n
            for n in claim.strangers
            if not any(_names(i, n) for i in aligned)
            # the name of the document signed ("a Treaty of Friendship, Cooperation and
            # Mutual Aid"), which `_same_document` holds to the record's
            and not (cf.titled and _words_of_name(n) <= {*cf.titled, *DOCUMENT_WORDS})
        ]
        if cf.type in ONCE_IN_A_LIFE and cf.roles.get("patient"):
            # one is born, dies or is shot once: others named with them ("executed
            # with Pal Maleter and Miklos Gimes") leave the date theirs to answer for
            strangers = []
        stated = claim.own_time and not strangers
        if negated:
            return self.denied(cf, claim, aligned, timed, stated)
        spanning = mode == "throughout" or (  # "from 1961 to 1978"; not "from 1982" alone
            time is not None
            and time.text.lower().startswith(("from", "between"))
            and time.interval.core_start.year != time.interval.core_end.year
            # nor "from the Second World War": an era it began in, not the span told
            and not (mode == "since" and not SECOND_END.search(time.text))
        )
        durative = cf.type in DURATIVE  # "handed the post over" is no state that lasts
        if (
            timed
            and time is not None
            and spanning
            and durative
            and all(i.kind == "period" for i in timed)
        ):
            if claim.lent:
                # a span the clause borrows ("prime minister from 1944 to 1954 and in
                # the early years also foreign minister"): true within it, not throughout
                return Judgement("supported", timed[:2], None, **_ruled("supported", 0.7))
            return self.throughout(timed, time.interval, time.precision)
        if (
            timed
            and time is not None
            and mode == "since"
            and cf.type in ("hold_office", "member")
            and stated
            and not claim.lent
            and time.precision not in PAD
            and all(i.kind == "period" for i in timed)
            # "UN membership rose ... since 1945": the body's, no member's
            and bool(cf.roles.get("agent") or cf.roles.get("patient"))
        ):
            # "head of state since 1946" of a term begun in 1953: an office held, or a
            # membership, since a time years before the record has it begin
            first = min(i.interval.earliest for i in timed)
            # or of one begun years before it ("a member of Comecon since 1955" of a
            # membership begun in 1949): "since" tells when it began, unless the words
            # say it only went on ("still", "only in name since 1961")
            starts = [i.start.latest if i.start else i.interval.earliest for i in timed]
            late = (
                not claim.nominal  # "the members", "the Albanian leader": described, not told
                and any((time.interval.core_start - s).days > OVERHANG_DAYS for s in starts)
                and all(abs((time.interval.core_start - s).days) > OVERHANG_DAYS for s in starts)
                and not GOING_ON.search(claim.text)
            )
            begun_after = (first - time.interval.core_end).days > SINCE_SLACK_DAYS[time.precision]
            if begun_after or late:
                spans = "; ".join(f"{i.title}: {_when(i)}" for i in timed[:2])
                return Judgement(
                    "partly_supported",
                    timed[:2],
                    f"Not since {_since_told(time)}: {spans}.",
                    **_ruled("partly_span", 0.65),
                )
        if (
            timed
            and time is not None
            and mode == "since"
            and cf.type in STATE_STARTS
            and stated
            and not claim.lent
            and time.precision in SINCE_SLACK_DAYS
            and all(i.kind == "event" for i in timed)
        ):
            # "has taken no part in the Pact's work since 1958" of an exclusion in
            # December 1961: the state the event began is told as begun years before it
            begun = min(aligned, key=lambda i: i.interval.earliest)
            lag = (begun.interval.earliest - time.interval.core_end).days
            if lag > SINCE_SLACK_DAYS[time.precision]:
                return Judgement(
                    "partly_supported",
                    [begun],
                    f"Not since {_since_told(time)}: {_dated(begun)}.",
                    **_ruled("partly_span", 0.65),
                )
        if cf.first and cf.type == "visit" and stated and time is not None and not cf.hedged:
            earlier = [i for i in aligned if i.interval.latest < time.interval.earliest]
            if earlier:  # "his first visit", told of a time after one on record
                item = min(earlier, key=lambda i: i.interval.earliest)
                return Judgement(
                    "contradicted",
                    [item],
                    f"Not the first: {_dated(item)}.",
                    **_ruled("count", 0.75),
                )
        if cf.only and cf.type == "visit" and not (cf.hedged or cf.negated):
            # (not meetings: two who attended one conference may be said never to have
            # met there, "met him only once, in China")
            apart = sorted(aligned, key=lambda i: i.interval.earliest)
            if (
                cf.roles.get("agent")
                and cf.roles.get("patient")
                and any(a.interval.latest < b.interval.earliest for a, b in pairwise(apart))
            ):  # "Zhou's only visit to Albania", who went there three times
                return Judgement(
                    "contradicted",
                    apart[:3],
                    "More than one on record: " + "; ".join(_dated(i) for i in apart[:3]) + ".",
                    **_ruled("count", 0.7),
                )
        if cf.count and cf.count > 1 and aligned and all(self.unique_for(cf, i) for i in aligned):
            item = aligned[0]  # "his second visit" to where he went only once
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}: it happened once.",
                **_ruled("count", 0.75),
            )
        if cf.unplaced and not any(self.placed(cf, i) for i in timed or aligned):
            return unverifiable("it names an actor the chronicle does not place in this event")
        if mode == "until" and stated and time is not None:
            ended = self.ended(aligned, time)
            if ended is not None:
                return ended
        ending = frames.TYPES[cf.type].family in ("aid", "relations", "membership")
        if timed and stated and ending and all(i.kind == "period" for i in timed):
            # aid "sent on 7 July 1978", the day it was cut off: the period's last day
            # confirms nothing against the event that ended it (an ally may still be
            # criticized while the alliance lasts: alignment is not judged so)
            contrast = self.contrast_at(cf, claim)
            if contrast is not None:
                return contrast
        if timed:
            precise = stated and time is not None and time.precision in ("day", "month")
            return self.details(cf, timed, precise, aligned, claim)
        if (
            aligned
            and not claim.own_time
            and claim.anchor
            and time is not None
            and time.mode in ("before", "after")
            and not any(self.fits(i, time.interval, time.mode, "year") for i in aligned)
        ):  # "In 1974, after the purge of Hazbiu, ...": his purge on record came later
            return unverifiable("the chronicle records it at another time")
        if aligned and not claim.own_time:
            # the time was borrowed from elsewhere; the claim itself states none: a
            # count can still disagree with what was done that year
            if cf.quantity is not None and time is not None:
                year = as_years(time)
                near = [i for i in aligned if self.fits(i, year.interval, "at", "year")]
                counted = self.details(replace(cf, place=None, roles={}), near) if near else None
                if counted is not None and counted.verdict == "contradicted":
                    return counted
            if (
                cf.type == "hold_office"
                and time is not None
                and not any(self.fits(i, time.interval, "at", "decade") for i in aligned)
            ):  # "its leader, Gheorghiu-Dej" told of 1968: he led until 1965
                return unverifiable("its term of office lies years off the date the text gives")
            if (
                cf.type in ("take_office", "elect")
                and not cf.nominal  # "his successor, Alia" is so at any time
                and time is not None
                and time.precision in ("day", "month")
                and not any(self.fits(i, time.interval, "at", "year") for i in aligned)
            ):  # "On 31 March 1991 Albanians voted. The Democrats won it": they won in 1992;
                # a year told before is too loose a tie ("executed in 1983. Shehu was
                # succeeded by Çarçani": in 1981)
                return unverifiable("the chronicle records it at another time")
            if cf.place is not None:  # "Born in Korçë": the place of a birth is its own
                placed = self.details(replace(cf, quantity=None), aligned, False, aligned, claim)
                if placed.verdict == "contradicted":
                    return placed
            return Judgement(
                "supported",
                aligned[:2],
                None,
                **_ruled("supported_borrowed", 0.6),
            )
        if aligned:
            return self.wrong_time(cf, claim, aligned, stated)
        return self.no_frame(cf, claim, stated)

    def office_holder(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A person said to hold an office that one person holds at a time (a prime
        minister, a party's first secretary, a minister of defence, of the interior or of
        foreign affairs), while the chronicle has another in it over the whole time the
        text states, and none of theirs then ("in 1985 the prime minister was Shehu")."""
        time = claim.time
        if cf.type not in ("hold_office", "take_office") or cf.negated or cf.office is None:
            return None
        followed = [a for a in cf.roles.get("patient", []) if self.know.kind_of(a) == "person"]
        if cf.type == "take_office" and followed:
            return None  # "replaced Hoxha as prime minister": the successor rule says who
        never = self.never_held(cf, claim)
        if never is not None or cf.type != "hold_office":  # "Kapo became prime minister"
            return never
        if time is None:
            return None
        if (claim.time_source == "inherited" and not cf.escort) or not SINGLE_OFFICE.search(
            cf.office
        ):
            return None
        if cf.aside_title and claim.time_source != "explicit":
            return None  # "rehabilitate Xoxe, the interior minister": his past title
        if time.mode != "at":  # "who had been chairman since 1982": another office's time
            return None
        if time.relative and time.precision == "day":
            return None  # "On April 13 ... elected Alia as First Secretary": a guessed year
        if NOT_THE_HOLDER.search(claim.text) or SUCCESSION.search(claim.text):
            # "deputy prime minister", "the former premier", "his successor as premier"
            return None
        found = self.terms_of(cf)
        if found is None:
            return None
        person, terms = found
        if any(
            person in _listed(i.frame.get("agent")) and self.fits(i, when, "at", "year")
            for i in terms
            for when in (time.interval, *time.others)
        ):
            # theirs about then, or then as a reader may also count ("On Feb. 20" of a
            # news story whose last year named was a background one): the common path
            return None
        holders = _held_throughout(terms, time.interval)
        if not holders:
            return None
        said = "; ".join(f"{_dated(i)}" for i in holders)
        names = " then ".join(
            ", ".join(self.know.name_of(a) for a in _listed(i.frame.get("agent"))) for i in holders
        )
        return Judgement(
            "contradicted",
            holders,
            f"{said}: {names}, not {self.know.name_of(person)}.",
            **_ruled("office", 0.75),
        )

    def terms_of(self, cf: ClaimFrame) -> tuple[str, list[Item]] | None:
        """The one person a claim gives an office, and the chronicle's terms of that
        office in their state (the one the claim names, else their own)."""
        if _another_body(cf):
            return None
        pattern = _office_pattern(cf.office or "")
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        if pattern is None or len(people) != 1:
            return None
        person = people[0]
        countries = self.know.countries
        states = {countries.get(a, a) for a in cf.roles.get("patient", [])}
        state = next(iter(states)) if len(states) == 1 else countries.get(person)
        terms = [
            i
            for i in self.know.by_type.get("hold_office", [])
            if i.kind == "period"
            and pattern.search(str(i.frame.get("office") or ""))
            and {countries.get(a, a) for a in _listed(i.frame.get("patient"))} == {state}
        ]
        return person, terms

    def never_held(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A person given an office one holds at a time ("Prime Minister Hysni Kapo")
        that the chronicle never has them hold, whatever the time, where its terms of
        that office in that state follow each other without a gap: no holder is missing."""
        if not SINGLE_OFFICE.search(cf.office or "") or NOT_THE_HOLDER.search(claim.text):
            return None
        if SUCCESSION.search(claim.text) or cf.hedged:
            return None
        found = self.terms_of(cf)
        if found is None:
            return None
        person, terms = found
        terms = sorted(terms, key=lambda i: i.interval.core_start)
        if len(terms) < 3 or any(person in _listed(i.frame.get("agent")) for i in terms):
            return None
        gaps = [
            later.interval.earliest - earlier.interval.latest for earlier, later in pairwise(terms)
        ]
        if any(gap > timedelta(days=366) for gap in gaps):
            return None  # a stretch with no holder on record: theirs may be missing
        if terms[0].interval.core_start.year > 1945 or (
            terms[-1].end is not None and terms[-1].interval.core_end.year < 1990
        ):
            return None  # the record starts or stops within the years texts speak of
        holders = ", ".join(
            dict.fromkeys(
                self.know.name_of(a) for i in terms for a in _listed(i.frame.get("agent"))
            )
        )
        return Judgement(
            "contradicted",
            terms[:1],
            f"{self.know.name_of(person)} never held this office; its holders on record: "
            f"{holders}.",
            **_ruled("office", 0.75),
        )

    def deputy(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A person called the deputy of an office one holds at a time ("Deputy Foreign
        Minister Gromyko", "Shehu, the deputy prime minister") when the chronicle has them
        hold that office itself throughout the time the text gives: no one is their own
        deputy."""
        if cf.type != "hold_office" or cf.negated or cf.hedged or cf.office is None:
            return None
        lesser = LESSER.search(cf.office)
        time = claim.time
        if lesser is None or time is None or time.mode != "at":
            return None
        if claim.time_source == "inherited" or (time.relative and time.precision == "day"):
            return None
        if OTHER_TIME.search(claim.text):
            return None  # "the former deputy premier"
        full = LESSER.sub(" ", cf.office)
        if not SINGLE_OFFICE.search(full):
            return None
        found = self.terms_of(replace(cf, office=full))
        if found is None:
            return None
        person, terms = found
        own = [i for i in terms if person in _listed(i.frame.get("agent"))]
        if any(
            LESSER.search(str(i.frame.get("office") or ""))
            and self.fits(i, time.interval, "at", time.precision)
            for i in own
        ):
            return None  # the chronicle has them a deputy then too
        held = _held_throughout(
            [i for i in own if not LESSER.search(str(i.frame.get("office") or ""))],
            time.interval,
        )
        if not held:
            return None
        said = "; ".join(_dated(i) for i in held)
        name = self.know.name_of(person)
        return Judgement(
            "contradicted",
            held,
            f"{said}: {name} held the office itself, not a deputy's.",
            **_ruled("office", 0.75),
        )

    def successor(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A person said to succeed another in an office one holds at a time, when the
        chronicle has someone else take it after them ("his successor as prime minister
        was Balluku": it was Çarçani)."""
        if cf.type != "take_office" or cf.negated:
            return None
        named = _single_office(cf, claim) or _single_office(cf, claim, PRESIDENCY)
        if named is None or NOT_THE_HOLDER.search(claim.text):
            return None
        pattern = _office_pattern(named)
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        before = [a for a in cf.roles.get("patient", []) if self.know.kind_of(a) == "person"]
        if pattern is None or len(people) != 1 or len(before) != 1:
            return None
        held = any(  # the predecessor held that office
            pattern.search(str(t.frame.get("office") or ""))
            and before[0] in _listed(t.frame.get("agent"))
            for t in self.know.by_type.get("hold_office", [])
        )
        after = list(
            {
                i.id: i
                for i in self.successions(before)
                if held
                and pattern.search(str(i.frame.get("office") or ""))
                and before[0] not in _listed(i.frame.get("agent"))  # not their own next post
            }.values()
        )
        if len(after) != 1:
            return None
        item = after[0]
        time = claim.time
        if people[0] in _listed(item.frame.get("agent")):  # the one who followed: when?
            if not cf.hedged and (
                time is None
                or (time.mode == "at" and self.fits(item, time.interval, "at", time.precision))
                or _same_day(item, time)
            ):
                return Judgement("supported", [item], None, **_ruled("supported", 0.8))
            if time is None or not claim.own_time or claim.strangers or time.mode != "at":
                return None
            return Judgement(
                "contradicted",
                [item],
                f"{item.title}: from {item.interval.edtf}, not {_said(time)}.",
                **_ruled("date", 0.75),  # the right heir at the wrong time
            )
        return self.other_heir(claim, item, _listed(item.frame.get("agent")), before[0], people[0])

    def predecessor(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """One said to succeed another in an office at a time, when the chronicle has
        them take an office then whose last holder before them was someone else ("in
        November 1982 Alia succeeded Kapo as chairman of the Presidium": Lleshi)."""
        time = claim.time
        if cf.type != "take_office" or cf.negated or time is None or not claim.own_time:
            return None
        if _another_body(cf):
            return None
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        before = [a for a in cf.roles.get("patient", []) if self.know.kind_of(a) == "person"]
        if len(people) != 1 or len(before) != 1 or time.precision not in ("day", "month", "year"):
            return None
        terms = [i for i in self.know.by_type.get("hold_office", []) if i.kind == "period"]
        taken = [
            i
            for i in terms
            if people[0] in _listed(i.frame.get("agent"))
            and i.start is not None
            and self.fits(replace(i, interval=i.start), time.interval, "at", time.precision)
        ]
        if len(taken) != 1:
            return None
        term = taken[0]
        named = _office_pattern(cf.office or claim.text)
        if named is not None and not named.search(str(term.frame.get("office") or "")):
            return None  # the office the claim names is not the one taken then
        if named is None and time.precision == "year":
            return None  # "in 1982 Alia succeeded ...": of an office the year alone leaves open
        last = [
            i
            for i in terms
            if i is not term
            and _same_office(i, term)
            and _listed(i.frame.get("patient")) == _listed(term.frame.get("patient"))
            and timedelta(0)
            <= term.interval.core_start - i.interval.core_end
            <= timedelta(days=366)
        ]
        holders = {a for i in last for a in _listed(i.frame.get("agent"))}
        if len(holders) != 1 or before[0] in holders:
            return None
        item = last[0]
        return Judgement(
            "contradicted",
            [term, item],
            f"{_dated(term)}; before them, {_dated(item)}:"
            f" {self.know.name_of(people[0])} followed {self.know.name_of(next(iter(holders)))},"
            f" not {self.know.name_of(before[0])}.",
            focus=self.name_span(claim.text, before[0]),
            **_ruled("successor", 0.75),
        )

    def founders(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A founding member (or signatory of the founding treaty) against the states the
        chronicle lists as founding the organization: one not among them is no founder
        ("Albania, a founding member of Comecon": admitted a month later)."""
        founding = (cf.type == "join" and cf.cls == "founding") or cf.type == "found"
        if not founding or cf.negated or cf.hedged:
            return None
        states = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "state"]
        # "founded by six states: ...": the body founded is the patient
        orgs = cf.roles.get("org" if cf.type == "join" else "patient", [])
        named = orgs[0] in claim.actors or any(  # or by name in the same sentence
            n.actor == orgs[0] for n, _, _ in self.know.names.find(claim.said)
        )
        if not states or len(orgs) != 1 or not named:
            return None  # the organization named, not one taken from the context
        founded = [
            i
            for i in self.know.by_type.get("found", [])
            if orgs[0] in _listed(i.frame.get("patient")) and len(_listed(i.frame.get("agent"))) > 1
        ]
        if not founded:
            return None
        item = founded[0]
        listed = set(_listed(item.frame.get("agent")))
        outsiders = [a for a in states if not self.matches(a, listed, members=False)]
        if cf.type == "found" and max(len(states), cf.group) < 3:
            return None  # a founding told with its founders listed ("by six states: ..."),
            # not one whose doer may be read amiss
        if outsiders:
            joined = [
                i
                for i in self.know.by_type.get("join", [])
                if orgs[0] in _listed(i.frame.get("org"))
                and set(outsiders) & set(_listed(i.frame.get("agent")))
            ]
            later = "".join(f" {_dated(i)}." for i in joined[:1])
            names = ", ".join(self.know.name_of(a) for a in sorted(listed))
            return Judgement(
                "contradicted",
                [item, *joined[:1]],
                f"{_dated(item)}: {names}.{later}",
                # on the outsider's name, in a list of founders ("by six states: ...")
                focus=self.name_span(claim.text, outsiders[0])
                if cf.type == "found" and len(outsiders) == 1
                else None,
                **_ruled("founders", 0.8),
            )
        if cf.type == "found":
            return None  # every founder right: its time and place are judged as ever
        time = claim.time
        if time is None or self.fits(item, time.interval, time.mode, time.precision):
            return Judgement("supported", [item], None, **_ruled("supported", 0.8))
        return None  # a founder, at another time: judged as the joining it was

    def founders_counted(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """The number of states said to found an organization, against the states its
        founding record lists ("created by seven states": eight signed)."""
        founding = cf.type == "found" or (cf.type == "join" and cf.cls == "founding")
        if not founding or not cf.states_counted or cf.negated or cf.hedged:
            return None
        orgs = cf.roles.get("patient" if cf.type == "found" else "org", [])
        if len(orgs) != 1:
            return None
        for item in self.know.by_type.get("found", []):
            if orgs[0] not in _listed(item.frame.get("patient")):
                continue
            states = [
                a for a in _listed(item.frame.get("agent")) if self.know.kind_of(a) == "state"
            ]
            if len(states) < 3 or len(states) == cf.states_counted:
                return None
            names = ", ".join(self.know.name_of(a) for a in states)
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}: {len(states)} states, not {cf.states_counted}: {names}.",
                **_ruled("founders", 0.75),
            )
        return None

    def after_death(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A person named as doing something at a stated time after the chronicle's
        record of their death ("in 1968 Gheorghiu-Dej condemned the invasion")."""
        time = claim.time
        if time is None or not claim.own_time or time.mode != "at" or cf.negated or cf.nominal:
            return None  # a noun's roles are read loosely: "his reconciliation with Tito and
            # his denunciation of Stalin in 1956" names Stalin in neither role
        if cf.type in ("die", "execute"):
            return None
        for person in [*cf.roles.get("agent", []), *cf.roles.get("with", [])]:
            if self.know.kind_of(person) != "person" or person not in cf.doers:
                continue
            said = claim.text.lower()
            words = [w for w in self.know.name_of(person).lower().split() if len(w) > 2]
            if not any(re.search(rf"\b{re.escape(w)}\b(?!['’]s)", said) for w in words):
                continue  # named in the claim itself ("Mao"), not "he" nor "Hoxha's widow"
            death = self.deaths.get(person)
            if death is not None and time.interval.earliest > death.interval.latest:
                heirs = self.in_office_then(person, time.interval)
                then = "".join(f" {_dated(h)}." for h in heirs[:1])
                return Judgement(
                    "contradicted",
                    [death, *heirs[:1]],
                    f"{_dated(death)}.{then}",
                    **_ruled("dead", 0.85),
                )
        return None

    def in_office_then(self, person: str, interval: dates.Interval) -> list[Item]:
        """Who held `person`'s last office at that time, when one person did: the leader
        a text confused with one who had died ("Gheorghiu-Dej" in 1968: Ceaușescu)."""
        terms = [i for i in self.know.by_type.get("hold_office", []) if i.kind == "period"]
        own = [i for i in terms if person in _listed(i.frame.get("agent"))]
        if not own:
            return []
        last = max(own, key=lambda i: i.interval.latest)
        bodies = set(_listed(last.frame.get("patient")))
        found = [
            i
            for i in terms
            if person not in _listed(i.frame.get("agent"))
            and set(_listed(i.frame.get("patient"))) == bodies
            and self.fits(i, interval, "at", "day")
        ]
        return found if len(found) == 1 else []

    def delegation(self, cf: ClaimFrame, claim: Claim) -> Judgement:
        """Who headed a side's delegation, against the `led_by` of the meeting the
        sentence names (by its place or a word of its title) at the time it states."""
        countries = self.know.countries
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        time = claim.time
        sides = {countries.get(p, p) for p in cf.roles.get("patient", [])}
        if len(people) == 1:
            person, said = people[0], self.know.name_of(people[0])
            side = countries.get(person)
        elif not people and cf.stranger and len(sides) == 1:
            # one the chronicle does not know, heading a side's delegation ("the Soviet
            # delegation was headed by Eduard Shevardnadze"): no head on record is he
            person, said = "", cf.stranger
            side = next(iter(sides))
        else:
            return unverifiable("no meeting at a stated time by which to judge the delegation")
        # a time of the sentence before, and the meeting it names ("In June 1960 the
        # parties met in Bucharest. The Albanian delegation, led by Kapo, ...")
        told = ""
        if claim.time_source == "inherited" and time and time.precision in ("day", "month"):
            told = claim.time_said  # to the month: a year holds many meetings
        if time is None or not (claim.own_time or told):
            return unverifiable("no meeting at a stated time by which to judge the delegation")
        if side is None or (sides and sides != {side}):
            return unverifiable("it names a delegation the chronicle cannot place")

        def head(item: Item) -> str | None:
            led = item.frame.get("led_by") or {}
            return next((str(p) for s, p in led.items() if side in (s, countries.get(s))), None)

        # the sentence's names and words, read once for every meeting held against it
        sentence = f"{told} {cf.sentence}"
        names = [n for n in re.findall(r"[A-Z][\w’'-]+", sentence) if len(n) > 3]
        words = _stems(sentence) - DELEGATION_WORDS  # and a gathering named with a
        words |= {n.lower()[:5] for n in names if n.lower() in GATHERINGS}  # capital

        def named(item: Item) -> bool:
            """The sentence names the meeting: its place, or a word of its title that is
            not about delegations ("the Bucharest meeting", "the funeral")."""
            place = str(item.frame.get("place") or "")
            if place and any(self.same_place(n, place) for n in names):
                return True
            if place and any(self.known_place(n) for n in names):
                return False  # "a delegation to Moscow" is not one to Belgrade
            return bool(words & _title_stems(item.title))

        stayed_away = [
            i
            for i in self.events_near(time.interval, time.precision)
            if person and person in _listed(i.frame.get("without")) and named(i)
        ]
        if stayed_away:  # "represented by Hoxha himself", who stayed away
            item = stayed_away[0]
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}: {self.know.name_of(person)} was not there.",
                **_ruled("delegation", 0.75),
            )
        meetings = [
            i
            for i in self.events_near(time.interval, time.precision)
            if head(i) is not None and named(i)
        ]
        if not meetings:
            return unverifiable("the chronicle records no delegation of theirs at that meeting")
        if any(head(i) == person for i in meetings):
            return Judgement("supported", meetings[:1], None, **_ruled("delegation", 0.75))
        item = meetings[0]
        leader = self.know.name_of(str(head(item)))
        if not person and set(said.lower().split()) & set(leader.lower().split()):
            return unverifiable("it names the delegation's head in a form the chronicle lacks")
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: {self.know.name_of(side)}'s delegation was"
            f" headed by {leader}, not {said}.",
            **_ruled("delegation", 0.75),
        )

    def studied(self, cf: ClaimFrame, claim: Claim) -> Judgement:
        """A school a person is said to have attended, held to the person's study
        records (`rift.check.schooling`): its town, and the time the claim gives."""
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        if cf.negated:
            return unverifiable("it says where someone did not study")
        if len(people) != 1 or cf.school is None:
            return unverifiable("no actor found")
        records = [
            i
            for i in self.know.by_type.get("study", [])
            if people[0] in _listed(i.frame.get("agent"))
        ]
        if not records:
            return unverifiable("the chronicle records nothing of this kind")
        time = claim.time if claim.own_time else None
        at_time = [
            time is None or self.fits(i, time.interval, time.mode, time.precision) for i in records
        ]
        found = schooling.held_to(
            cf.school,
            [(str(i.frame.get("what") or ""), i.frame.get("place")) for i in records],
            at_time,
            self.same_place,
            timed=time is not None,
        )
        if found.verdict == "unverifiable" or found.record is None:
            return unverifiable(found.reason)
        item = records[found.record]
        if found.verdict == "supported":
            return Judgement("supported", [item], None, **_ruled("study", 0.75))
        town = cf.school.town or ""
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: the {item.frame.get('what')} is in {item.frame.get('place')},"
            f" not in {town}.",
            focus=_said_at(claim, town),
            **_ruled("study_place", 0.75),
        )

    def signatory(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A person said to sign a document for a side, on the day or in the month it
        gives, when the chronicle's one signing of such a document then was done for
        that side by another (its `led_by`): "on 15 March 1991 Secretary of State James
        Baker and Foreign Minister Kapllani signed the memorandum" (Raymond Seitz
        signed it for the United States)."""
        time = _own_date(claim, ("day", "month"))
        if cf.type != "sign" or time is None or cf.negated or cf.hedged:
            return None
        # the kind of document the text names ("the memorandum"), and the words of its
        # name: one of them must be in the record's
        said = {w.lower() for w in [*cf.titled, *(cf.document or "").split()]}
        if not said:
            return None
        countries = self.know.countries
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        signings = [
            i
            for i in self.know.by_type.get("sign", [])
            if i.frame.get("led_by")
            and self.fits(i, time.interval, "at", time.precision)
            and said & set(str(i.frame.get("what") or "").lower().split())
        ]
        if not people or len(signings) != 1:
            return None
        item = signings[0]
        led = item.frame["led_by"]
        for person in people:
            side = countries.get(person)
            head = led.get(side) if side else None
            if head is None or head == person or side not in _listed(item.frame.get("agent")):
                continue
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}: {self.know.name_of(str(head))} signed it for that side,"
                f" not {self.know.name_of(person)}.",
                focus=_span_of(claim.text, self.know.name_of(person))
                or _span_of(claim.text, self.know.name_of(person).split()[-1]),
                **_ruled("signatory", 0.75),
            )
        return None

    def gathering_place(self, claim: Claim) -> Judgement | None:
        """A gathering said to meet somewhere at a time stated to the month, that the
        chronicle records meeting elsewhere then: the one meeting of that month whose
        title shares two words with the statement ("the Political Consultative Committee
        met in Sofia in July 1966": it met in Bucharest). So too an event that is no
        gathering, when one of the two words is a name of the record's own ("the
        freighter Vlora docked at Brindisi" in August 1991: at Bari)."""
        time = _own_date(claim, ("day", "month"))
        if time is None:
            return None
        # not a gathering: an event whose record's title the statement names by a name of
        # its own ("the freighter Vlora docked at Brindisi" in August 1991)
        gathered = bool(GATHERED.search(claim.text))
        said = [m.group(1) for m in AT_PLACE.finditer(claim.text) if m.group(1) in self.places]
        if len(said) != 1:
            return None
        # the gathering's own words, names of bodies included ("Political Consultative
        # Committee"), not the place, the month or the words for meeting
        words = _named_stems(claim.said or claim.text) - _named_stems(said[0]) - GATHERING_STEMS
        meetings = {
            i.id: i
            for i in self.events_near(time.interval, time.precision)
            if i.frame.get("place")
            and len(words & _named_stems(i.title)) >= 2
            and (gathered or words & self.proper_stems(i))
        }
        if len({str(i.frame["place"]) for i in meetings.values()}) != 1:
            return None
        item = next(iter(meetings.values()))
        there = str(item.frame["place"])
        if self.same_place(said[0], there):
            return Judgement("supported", [item], None, **_ruled("supported_dated", 0.55))
        # the sentence names that place too ("talks held in Sofia and Tirana"): which met
        # where? (not as a government's: "came down on Moscow's side")
        if any(
            self.same_place(n, there) for n in re.findall(r"\b[A-Z][\w-]+\b(?![’']s)", claim.said)
        ):
            return None
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: in {there}, not in {said[0]}.",
            focus=_span_of(claim.text, said[0]),
            **_ruled("place", 0.75),
        )

    def proper_stems(self, item: Item) -> frozenset[str]:
        """The stems of the capitalized words inside a record's title that name no actor
        and no month: names of its own things ("the freighter Vlora", "Operation
        Valuable")."""
        inner = re.findall(r"(?<=\w )([A-Z][a-zë]{3,})", item.title)
        actors = {w.lower() for a in item.actors for w in self.know.name_of(a).split()}
        return _named_stems(" ".join(w for w in inner if w.lower() not in actors))

    def counted_name(self, claim: Claim) -> Judgement | None:
        """A gathering or body named by a number ("the 21st Congress", "the meeting of
        64 parties") at a time when the one record of that name then has another
        number, and none has this one: the name is wrong."""
        time = claim.time
        if time is None or not claim.own_time or time.precision not in ("day", "month", "year"):
            return None
        said = _counts_in(claim.text)  # its own clause: another may be of another time
        if not said:
            return None
        words = _named_stems(claim.text)
        rivals = []
        for item in self.events_near(time.interval, time.precision):
            counted = _counts_in(item.title)
            shared = set(said) & set(counted)
            if not shared:
                continue
            if not self.names_gathering(claim, words, item, time.precision in ("day", "month")):
                continue
            if any(said[w] == counted[w] for w in shared):
                return None  # a record of that very number
            rivals.append((item, next(iter(shared))))
        # every record of that name then gives it one other number
        if len({_counts_in(item.title)[word] for item, word in rivals}) != 1:
            return None
        item, word = rivals[0]
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: {_numbered(_counts_in(item.title)[word], item.title)}, "
            f"not {_numbered(said[word], claim.text)}.",
            focus=_count_span(claim.text, word, said[word]),
            **_ruled("count", 0.7),
        )

    def gathering_stems(self, item: Item) -> frozenset[str]:
        """The words that name a record's gathering: its title's and the names of those
        it involves ("PLA": the Party of Labour of Albania)."""
        return _named_stems(" ".join([item.title, *(self.know.name_of(a) for a in item.actors)]))

    def names_gathering(
        self, claim: Claim, words: frozenset[str], item: Item, one_word: bool
    ) -> bool:
        """The claim's words (`words`, its `_named_stems`) name the record's gathering:
        two words of its title and of the names of those it involves ("PLA": the Party
        of Labour of Albania), or, with `one_word`, one, said by one of those it involves
        ("Khrushchev's speech at the 21st Party Congress": the congress his state held)."""
        shares = len(words & self.gathering_stems(item))
        if shares >= 2:
            return True
        return (
            bool(shares)
            and one_word
            and any(item.involves(a, self.know.countries) for a in claim.actors)
        )

    def counted_time(self, claim: Claim) -> Judgement | None:
        """A gathering named by its number ("the 22nd Congress", "the Eighth Party
        Congress") and dated in the same breath ("in October 1962", ", held in Tirana in
        November 1980") to a time when no record of that name met, while every record
        of it met at one other time: the date is wrong. Dated as a record of it met, in
        a statement that tells no deed of its own, it is borne out."""
        time = _own_date(claim)
        if time is None:
            return None
        guessed = not re.search(r"\d{4}", time.text)  # "in October": its year a guess
        said = {w: n for w, n in _counts_in(claim.text).items() if w in GATHERING_COUNTS}
        if len(said) != 1 or set(said) & RENUMBERED:
            # each new Central Committee or assembly counts its plenums or sessions
            # from one: "the Fourth Plenum" of 1973 is not that of 1982
            return None
        word, number = next(iter(said.items()))
        phrase = _count_span(claim.text, word, number)
        at = time.start - claim.start
        if phrase is None or not _dated_with(claim.text, phrase, at, at + len(time.text)):
            return None
        words = _named_stems(claim.text)
        places = [m.group(1) for m in AT_PLACE.finditer(claim.text) if m.group(1) in self.places]
        # whose it was, when the text says so ("of the Polish United Workers' Party"):
        # every word of it names the record's gathering or those it involves
        owner = OWNER_OF.match(claim.text, phrase[1])
        owned = _named_stems(owner.group(0)) if owner else frozenset()
        named = []
        for item in self.events:
            if _counts_in(item.title).get(word) != number:
                continue
            if not self.names_gathering(claim, words, item, True):
                continue
            if not owned <= self.gathering_stems(item):
                continue
            there = str(item.frame.get("place") or "")
            if there and places and not any(self.same_place(p, there) for p in places):
                continue  # "the Eighth Congress, held in Tirana": not the one in Beijing
            named.append(item)
        fitting = [i for i in named if self.fits(i, time.interval, "at", time.precision)]
        if (
            fitting
            and not claim.frames
            # every one it names took part, and no record of it tells what did not happen
            # ("China sends no delegation to the Sixth Congress")
            and all(i.involves(a, self.know.countries) for i in fitting for a in claim.actors)
            and not any(DENIED_IN_TITLE.search(i.title) for i in fitting)
        ):
            # "The Fifth Congress met in November 1966": it did
            return Judgement("supported", fitting[:2], None, **_ruled("supported_dated", 0.6))
        if not named or fitting or guessed:
            return None
        first = min(i.interval.earliest for i in named)
        if any((i.interval.earliest - first).days > 62 for i in named):
            return None  # records of that name at several times: which one is meant?
        # the record of the gathering itself before one of something done there
        item = min(named, key=lambda i: (i.interval.earliest, -len(words & _named_stems(i.title))))
        return Judgement(
            "contradicted",
            [item],
            f"{item.title}: {_when(item)}, not {_said(time)}.",
            focus=(at, at + len(time.text)),
            **_ruled("date", 0.75),
        )

    def named_time(self, claim: Claim) -> Judgement | None:
        """A gathering named by its proper name ("the Tirana Party Conference") and dated
        in the same breath (", held from 14 to 20 June 1956"): supported when a record
        whose title holds that name word for word met then; contradicted when none did
        and every such record met at one other time (not a numbered series)."""
        time = _own_date(claim)
        if time is None or not re.search(r"\d{4}", time.text):
            return None
        # the sentence, for a name the claim's clause hangs on ("At the Tirana Party
        # Conference, held from 14 to 20 June 1956, ...")
        within = claim.said.find(claim.text)
        sentence = claim.said if within >= 0 else claim.text
        placed = time.start - claim.start + max(within, 0)  # the date, in the sentence
        names = [
            m
            for m in NAMED_GATHERING.finditer(sentence)
            if _dated_with(sentence, m.span(), placed, placed + len(time.text))
            # "the 20th CPSU Congress": one of a numbered series, not a name
            and not set(_counts_in(sentence[max(0, m.start() - 20) : m.end()])) & GATHERING_COUNTS
            # "the Fourth Plenum", "the Eighth Congress": numbered anew by each body
            and m.group(0).split()[0].lower() not in ORDINAL_WORDS
            and not re.match(r"\d+(?:st|nd|rd|th)\b", m.group(0))
        ]
        if len(names) != 1:
            return None
        # the chronicle's own name of it, word for word in a title ("The Peza
        # Conference creates ...", "Delegates at the Tirana party conference ...")
        name = " ".join(names[0].group(0).split()).lower()
        named = [i for i in self.events if name in " ".join(i.title.split()).lower()]
        if any(set(_counts_in(i.title)) & GATHERING_COUNTS for i in named):
            return None  # the chronicle numbers them ("the 22nd CPSU Congress"): a series
        fitting = [i for i in named if self.fits(i, time.interval, "at", time.precision)]
        if fitting:
            return Judgement("supported", fitting[:2], None, **_ruled("supported_dated", 0.6))
        if not named:
            return None
        first = min(i.interval.earliest for i in named)
        if any((i.interval.earliest - first).days > 62 for i in named):
            return None  # records of that name at several times: which one is meant?
        return _date_flag(min(named, key=lambda i: i.interval.earliest), claim, time)

    def numbered_resolution(self, claim: Claim) -> Judgement | None:
        """A resolution named by its number ("Resolution 2758") and said to be adopted at
        a time of the statement's own: a numbered resolution is adopted once, on the day
        of the record that declares it (`what`). Not a draft tabled or proposed."""
        time = _own_date(claim)
        numbers = set(NUMBERED_RESOLUTION.findall(claim.text))
        # or by its sponsor, as the record calls it too ("the Albanian resolution")
        sponsors = {m.lower() for m in SPONSORED_RESOLUTION.findall(claim.text)}
        if time is None or len(numbers | sponsors) != 1 or not ADOPTED.search(claim.text):
            return None
        if PROPOSED.search(claim.text):
            return None  # "the draft tabled in July 1971 became Resolution 2758"
        if numbers:
            name = re.compile(rf"\bresolution\s+{numbers.pop()}\b", re.I)
        else:
            name = re.compile(rf"\b{sponsors.pop()} resolution\b", re.I)
        named = {
            i.id: i
            for i in self.events
            if i.frame.get("type") != "propose" and name.search(str(i.frame.get("what") or ""))
        }
        if len(named) != 1:
            return None
        item = next(iter(named.values()))
        if self.fits(item, time.interval, "at", time.precision):
            return Judgement("supported", [item], None, **_ruled("supported_dated", 0.6))
        return _date_flag(item, claim, time)

    def dated_event(self, claim: Claim) -> Judgement | None:
        """A statement no frame reads, dated by its own words, that an event of that
        time bears out: it involves every actor the statement names and its title shares
        a word with it ("Albania's partisans took Tirana on 17 November 1944"), or two
        when the statement is dated only to the year or names no actor. Only ever
        support: words alone never make a contradiction."""
        time = _own_date(claim, ("day", "month", "season", "year")) or _fronted_date(claim)
        if time is None or time.mode != "at":
            return None
        words = _stems(claim.text)
        # to the day or month, with an actor: a word of its title, or two of its summary
        # ("allow opposition parties"); to a season or the year, or with no actor: two of
        # its title ("the 1976 constitution banned foreign loans")
        loose = time.precision in ("season", "year") or not claim.actors
        towns = self.towns_at(claim.text)
        found = [
            i
            for i in self.events_in_play(claim, time)
            if (
                len(words & _title_stems(i.title)) >= 2
                or (
                    not loose
                    and (words & _title_stems(i.title) or len(words & _title_stems(i.summary)) >= 2)
                )
            )
            # a name the chronicle does not know must at least be the event's own word
            and all(_names(i, n) for n in claim.strangers)
            and not _stance_clash(words, i.title)
            # a person's own deed ("Hazbiu becomes a full member of the Politburo") is
            # not borne out by words that name no one ("became a full member in 1971")
            and (claim.actors or not self.personal(i))
            # nor by a record of another town ("docked at Brindisi": Bari)
            and not self.place_clash(towns, i)
        ]
        if not found:
            return None
        return Judgement("supported", found[:2], None, **_ruled("supported_dated", 0.55))

    def told_event(self, claim: Claim) -> Judgement | None:
        """A statement no frame reads, dated by another clause or sentence, that an event
        of that time bears out by three words of its title (two when the time is a day
        or a month) and every actor it names, one at least. Only ever support."""
        time = claim.time
        if time is None or claim.own_time or time.mode != "at" or not claim.actors:
            return None
        if time.precision not in ("day", "month", "season", "year") or NEGATING.search(claim.text):
            return None
        if claim.strangers:
            return None
        words = _stems(claim.text)
        needed = 2 if time.precision in ("day", "month") else 3
        found = [
            i
            for i in self.events_in_play(claim, time)
            if len(words & _title_stems(i.title)) >= needed and not _stance_clash(words, i.title)
        ]
        if not found:
            return None
        return Judgement("supported", found[:2], None, **_ruled("supported_dated", 0.5))

    def restated(self, claim: Claim) -> Judgement | None:
        """A statement dated by no words of its own that restates one record nearly word
        for word: most words of its title, and hardly a word the record does not use
        ("Serbo-Croatian became a compulsory subject in Albanian schools"), every actor
        it names in the record, at the time it borrows if any. Only ever support."""
        if claim.own_time or NEGATING.search(claim.text):
            return None
        said = _named_stems(claim.text)
        if len(said) < 4:
            return None
        time = claim.time
        found = []
        # the records whose titles share four words with the statement, by an index of
        # the words of titles
        hits = Counter(i for stem in said for i in self.titled.get(stem, ()))
        for n, count in hits.items():
            if count < 4:
                continue
            item = self.events[n]
            title, used = self.record_stems(item)
            shared = said & title
            if len(shared) < 4 or len(shared) < 0.55 * len(title):
                continue
            if len(said & used) < 0.7 * len(said) or _stance_clash(set(said), item.title):
                continue
            if not all(item.involves(a, self.know.countries) for a in claim.actors):
                continue
            if not all(_names(item, n) for n in claim.strangers):
                continue  # a name the chronicle does not know: the record's own word
            if not self.same_details(claim.text, item):
                continue
            if time is not None and not self.fits(item, time.interval, "at", "year"):
                continue
            found.append(item)
        if len(found) != 1:
            return None
        return Judgement("supported", found, None, **_ruled("supported_dated", 0.5))

    @staticmethod
    def towns_at(text: str) -> list[str]:
        """The towns the text puts a deed in ("docked at Brindisi", "went to Moscow")."""
        return [m.group(1) for m in AT_PLACE.finditer(text) if _plain(m.group(1)) in TOWNS]

    def place_clash(self, towns: list[str], item: Item) -> bool:
        """The text puts the deed in towns (`towns_at`) none of which is the one the
        record names as its place ("docked at Brindisi": Bari)."""
        place = str(item.frame.get("place") or "")
        return bool(place and towns) and not any(self.same_place(t, place) for t in towns)

    def same_details(self, text: str, item: Item) -> bool:
        """Every number and every town the text names is the record's too: "50,000 tons
        of grain" is not a record's 20,000, "at Durrës" not its Vlorë."""
        record = f"{item.title} {item.summary} {item.frame.get('place') or ''} {item.date}"
        numbers = {n.replace(",", "") for n in re.findall(r"\d[\d,]*", record)}
        if any(n.replace(",", "") not in numbers for n in re.findall(r"\d[\d,]*", text)):
            return False
        towns = [w for w in re.findall(r"[A-Z][\w’'-]+", text) if _plain(w) in TOWNS]
        places = [w for w in re.findall(r"[A-Z][\w’'-]+", record) if _plain(w) in TOWNS]
        return all(any(self.same_place(t, p) for p in places) for t in towns)

    def record_stems(self, item: Item) -> tuple[frozenset[str], frozenset[str]]:
        """The stems of a record's title, and of its title and summary together."""
        if item.id not in self._record_stems:
            title = _named_stems(item.title)
            self._record_stems[item.id] = (title, title | _named_stems(item.summary))
        return self._record_stems[item.id]

    def events_in_play(self, claim: Claim, time: TimeExpression) -> list[Item]:
        """The events of `time` a statement's words may tell of: each involves every
        actor it names, with a part for each person (not only a presence: "Kapo took
        over the defence ministry" is not borne out by Balluku's purge), known to lie
        within a span not much wider than the time ("1946-07/1948-06" bears out no deed
        of July 1947), and no record of what did not happen ("China sends no delegation"
        bears out no statement by its words, which would say it did)."""
        widest = 2 * (time.interval.latest - time.interval.earliest) + timedelta(days=62)
        countries = self.know.countries
        return [
            i
            for i in self.events_near(time.interval, time.precision)
            if i.interval.latest - i.interval.earliest <= widest
            and not DENIED_IN_TITLE.search(i.title)
            and all(i.involves(a, countries) for a in claim.actors)
            and all(
                self.matches(a, cast) and not self.another_person(a, cast)
                for cast in [self.cast(i.id)]
                for a in claim.actors
                if self.know.kind_of(a) == "person"
            )
        ]

    def named_document_place(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """ "The treaty of friendship and mutual assistance, signed in Belgrade on 9 July
        1946": a document the words name, signed on the very day the record has, names
        its signing whoever signed it; the place it is given is held to the record's."""
        time = claim.time
        if cf.type != "sign" or not cf.titled or not cf.place or cf.negated or cf.hedged:
            return None
        if time is None or not claim.own_time or time.precision not in ("day", "month"):
            return None
        named = [
            i
            for i in _same_document(cf, self.candidates(cf))
            if self.fits(i, time.interval, "at", time.precision)
        ]
        if len(named) != 1:
            return None
        item = named[0]
        where = str(item.frame.get("place") or "")
        if not where or self.same_place(cf.place, where):
            return None
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: in {where}, not in {cf.place}.",
            **_ruled("place", 0.75),
        )

    def actorless(self, cf: ClaimFrame, claim: Claim) -> Judgement:
        """A claim that names no actor ("the treaty was signed in Warsaw in May 1955").

        It asserts only that such an event happened then: supported when an
        event of its type fits the time the claim itself states, to the month or
        day, and any place it names, and its words name no actor at all (an
        actor named but not read into a role is a misreading); never
        contradicted, since it names nobody to be wrong about.
        """
        time = claim.time
        placed = self.named_document_place(cf, claim)
        if placed is not None:
            return placed
        if cf.type == "reform" and cf.theme and time is not None and not cf.negated:
            # "the 1976 constitution banned foreign credits": the change its words name,
            # whoever made it, at the time told; never denied, since it names no one
            same, _ = _same_change(cf, self.know.by_type.get("reform", []))
            fitting = [i for i in same if self.fits(i, time.interval, time.mode, time.precision)]
            if fitting and not cf.hedged:
                return Judgement(
                    "supported", fitting[:1], None, **_ruled("supported_actorless", 0.6)
                )
            return unverifiable("no actor found")
        if (
            time is None
            or claim.actors  # actors named but not read into roles: a misreading, not a blank
            or cf.unplaced  # "the treaty with Yugoslavia signed in July 1947": one is named
            or cf.unknown_agent  # "elects Gramoz Pashko": one the chronicle does not know
            or not claim.own_time
            or time.precision not in ("day", "month")
            or cf.hedged
            or frames.TYPES[cf.type].period
        ):
            return unverifiable("no actor found")
        mode = time.mode
        if cf.negated and mode == "until":  # "not restored until 30 July 1990"
            mode = "at"
        elif cf.negated:
            return unverifiable("no actor found")
        timed = [
            i
            for i in self.candidates(cf)
            if self.fits(i, time.interval, mode, time.precision)
            and (not cf.place or self.same_place(cf.place, str(i.frame.get("place") or "")))
        ]
        if not timed:
            return unverifiable("no actor found")
        return Judgement("supported", timed[:2], None, **_ruled("supported_actorless", 0.6))

    def ended(self, aligned: list[Item], time: TimeExpression) -> Judgement | None:
        """ "China's aid went on until 1976": a state of affairs said to end at a time.

        Judged on the periods that bear the claim out: an error when none ends
        near that time and the last one began before it but ran on more than a
        year longer, or ended more than a year before.
        """
        if time.precision not in ("day", "month", "year"):
            return None
        span = time.interval
        periods = [
            i
            for i in aligned
            if i.kind == "period" and i.start is not None and i.start.earliest <= span.latest
        ]
        if not periods:
            return None
        pad = timedelta(days=PAD.get(time.precision, 0))
        low, high = span.earliest - pad, span.latest + pad
        ends = [i.end for i in periods]
        if any(e is not None and e.earliest <= high and low <= e.latest for e in ends):
            return None
        year = timedelta(days=365)
        last = max(periods, key=lambda i: i.end.core_end if i.end else date.max)
        end = last.end
        if end is None or end.earliest > high + year or end.latest < low - year:
            return Judgement(
                "contradicted",
                [last],
                f"{_dated(last)}, not until {time.text.removeprefix('until ')}.",
                **_ruled("ended", 0.75),
            )
        return unverifiable("the chronicle ends it a few months apart")

    def other_helper(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """ "founded with the help of Bulgarian envoys" where the one record of it names
        who helped, and no one of that state: the helpers were others. The claim's own
        time, when it gives one, must fit the record."""
        countries = self.know.countries
        states = list(
            dict.fromkeys(  # a helper state, or a party named for its state
                a if self.know.kind_of(a) == "state" else countries.get(a, "")
                for a in cf.roles.get("with", [])
                if self.know.kind_of(a) in ("state", "party")
            )
        )
        if len(states) != 1 or not states[0] or cf.negated or cf.hedged:
            return None
        rest = replace(cf, roles={k: v for k, v in cf.roles.items() if k != "with"})
        if not rest.actors():
            return None
        time = claim.time if claim.own_time else None
        found = [
            i
            for i in self.know.by_type.get(cf.type, [])
            if _unique(i)
            and _listed(i.frame.get("with"))
            and self.aligned(rest, i)
            and (time is None or self.fits(i, time.interval, time.mode, time.precision))
        ]
        if len(found) != 1:
            return None
        item = found[0]
        helpers = set(_listed(item.frame.get("with")))
        if self.matches(states[0], helpers, members=False):
            return None
        theirs = sorted({countries.get(a, a) for a in helpers} - {states[0]}, key=self.know.name_of)
        named = [self.know.name_of(a) for a in theirs if self.know.kind_of(a) == "state"]
        if not named:
            return None
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: helped by {' and '.join(named)}, not by "
            f"{self.know.name_of(states[0])}.",
            # on the words naming the helpers' state ("two Bulgarian emissaries")
            focus=self.name_span(claim.text, states[0], demonyms=True),
            **_ruled("helper", 0.7),
        )

    def done_without(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """ "with the help of X" where a one-off record of that time says: without X."""
        helpers = cf.roles.get("with", [])
        if not helpers or cf.negated or claim.time is None:
            return None
        time = claim.time
        involved = [a for role in ("agent", "patient") for a in cf.roles.get(role, [])]
        for item in self.know.items:
            absent = set(_listed(item.frame.get("without")))
            if not absent or not _unique(item):
                continue
            if not any(self.matches(a, absent, members=False) for a in helpers):
                continue
            own = {a for r in ("agent", "patient") for a in _listed(item.frame.get(r))}
            if involved and not any(self.matches(a, own) for a in involved):
                continue
            if self.fits(item, time.interval, time.mode, time.precision):
                return Judgement(
                    "contradicted",
                    [item],
                    f"{_dated(item)}.",
                    **_ruled("without", 0.7),
                )
        return None

    def candidates(self, cf: ClaimFrame) -> list[Item]:
        """Items of the claim's type, and periods that confirm it (see `frames.CONFIRMS`)."""
        found = list(self.know.by_type.get(cf.type, []))
        for kind in frames.CONFIRMS.get(cf.type, ()):
            for item in self.know.by_type.get(kind, []):
                if kind == "hold_office" and cf.type == "take_office" and item.start is not None:
                    found.append(replace(item, interval=item.start))  # taking office: its start
                elif kind == "hold_office" and item.end is not None:
                    found.append(replace(item, interval=item.end))  # leaving office: its end
                elif kind == "hold_office":
                    continue
                else:
                    found.append(item)
        if cf.type in ("break_relations", "restore_relations"):
            # a period without relations starts with a break; one with them, with a restoration
            found += self.transitions(cf.type)
        if cf.cls in PARTINGS:
            found += self.alliances_ended()
        predecessors = [a for a in cf.roles.get("patient", []) if self.know.kind_of(a) == "person"]
        if cf.type == "take_office" and predecessors:
            found = self.successions(predecessors)
        return found

    def transitions(self, kind: str) -> list[Item]:
        """Breaks and restorations read off the relations periods: a period without
        relations that follows relations is a break, one with relations that follows
        none is a restoration; each as a frame dated at the period's start."""
        periods = self.know.by_type.get("relations", [])
        broken = kind == "break_relations"
        found = []
        for item in periods:
            if (item.frame.get("what") == "none") != broken or item.start is None:
                continue
            pair = set(_listed(item.frame.get("agent")))
            established = [  # relations set up before the record of periods begins
                other
                for other in self.know.by_type.get("establish_relations", [])
                if set(_listed(other.frame.get("agent"))) == pair
                and other.interval.core_end < item.interval.core_start
            ]
            previous = [
                other
                for other in periods
                if set(_listed(other.frame.get("agent"))) == pair
                and abs((other.interval.core_end - item.interval.core_start).days) <= 31
                and (other.frame.get("what") == "none") != broken
            ]
            if previous or (broken and established):
                frame = {**item.frame, "type": kind}
                found.append(replace(item, interval=item.start, frame=frame))
        return found

    def states_of(self, cf: ClaimFrame) -> set[str]:
        """The states a frame's actors are or stand for (a person, a party: its
        country)."""
        return {
            a if self.know.kind_of(a) == "state" else self.know.countries.get(a, a)
            for a in cf.actors()
        }

    def parting_denied(self, cf: ClaimFrame, claim: Claim) -> bool:
        """A parting of two states at a time they were allied, more than a year before
        their alliance ended ("broke with Tirana in 1959": allied until 1961), or after
        their alliance had ended and their relations were broken off, with nothing left
        to break ("broke with Moscow in 1965")."""
        if claim.time is None:
            return False
        states = self.states_of(cf)
        if len(states) != 2:
            return False
        time = claim.time.interval
        allied = [
            i
            for i in self.know.by_type.get("ally", [])
            if set(_listed(i.frame.get("agent"))) == states and i.start is not None
        ]
        year = timedelta(days=365)
        # words between them that year make it a turn of their quarrel ("broke with
        # China in 1972", when Tirana objected to Nixon's visit), not a parting denied
        quarrels = [
            i
            for kind in ("condemn", "reject")
            for i in self.know.by_type.get(kind, [])
            if {
                self.know.countries.get(a, a)
                for role in ("agent", "patient")
                for a in _listed(i.frame.get(role))
            }
            >= states
            and i.interval.earliest <= time.latest
            and time.earliest <= i.interval.latest
        ]
        if not quarrels and any(
            i.start is not None
            and i.start.earliest <= time.earliest
            and (i.end is None or time.latest + year < i.end.earliest)
            for i in allied
        ):
            return True
        over = bool(allied) and all(
            i.end is not None and i.end.latest < time.earliest for i in allied
        )
        broken = [
            i
            for i in self.know.by_type.get("relations", [])
            if states <= set(_listed(i.frame.get("agent"))) and i.frame.get("what") == "none"
        ]
        return over and _coverage(broken, time) >= 0.9

    def alliances_ended(self) -> list[Item]:
        """Alliances that ended with no other alliance of the pair after them, each as a
        break between its partners dated at its end: one state broke with another
        ("broke with Beijing in 1978") when their alliance ended, relations or not."""
        periods = self.know.by_type.get("ally", [])
        found = []
        for item in periods:
            pair = set(_listed(item.frame.get("agent")))
            if item.end is None or len(pair) != 2:
                continue
            renewed = any(
                set(_listed(other.frame.get("agent"))) == pair
                and other.start is not None
                and abs((other.start.core_start - item.end.core_end).days) <= 31
                for other in periods
                if other is not item
            )
            if not renewed:
                frame = {**item.frame, "type": "break_relations"}
                found.append(replace(item, interval=item.end, frame=frame))
        return found

    def heir(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """One said to follow another, no office named ("in 1974 Balluku was replaced
        by Hazbiu", "handed the post to Çarçani"), when every office the other left that
        year went to someone else, one and the same heir."""
        time = claim.time
        if cf.type != "take_office" or cf.negated or cf.hedged or cf.office is not None:
            return None
        if time is None or time.mode != "at" or time.precision not in ("day", "month", "year"):
            return None
        if claim.strangers or NOT_THE_HOLDER.search(claim.text):
            return None
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        before = [a for a in cf.roles.get("patient", []) if self.know.kind_of(a) == "person"]
        if len(people) != 1 or len(before) != 1 or len(cf.roles.get("agent", [])) != 1:
            return None
        year = as_years(time).interval
        then = [i for i in self.successions(before) if self.fits(i, year, "at", "year")]
        heirs = {a for i in then for a in _listed(i.frame.get("agent"))}
        if not then or len(heirs) != 1 or people[0] in heirs or before[0] in heirs:
            return None  # (one's own next post is no succession to read)
        item = min(then, key=lambda i: i.interval.earliest)
        return self.other_heir(claim, item, sorted(heirs), before[0], people[0], 0.7)

    def other_heir(
        self,
        claim: Claim,
        item: Item,
        heirs: list[str],
        before: str,
        person: str,
        confidence: float = 0.75,
    ) -> Judgement:
        """One said to follow `before` whom the chronicle has `heirs` follow instead,
        flagged on that one's name: "Adil Çarçani followed Mehmet Shehu, not Ramiz Alia"."""
        names = ", ".join(self.know.name_of(a) for a in heirs)
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: {names} followed {self.know.name_of(before)},"
            f" not {self.know.name_of(person)}.",
            focus=self.name_span(claim.text, person),
            **_ruled("successor", confidence),
        )

    def name_span(self, text: str, actor: str, demonyms: bool = False) -> tuple[int, int] | None:
        """Where the text names the actor, by name or alias (or, with `demonyms`, by its
        people's name: "Bulgarian"), last ("Kapo" in "succeeded Hysni Kapo as
        chairman"): a flag on the one named wrong; None where it names them only by a
        pronoun ("he was succeeded by ...": the whole claim)."""
        row = self.know.actors.get(actor, {})
        names = [
            self.know.name_of(actor),
            *(row.get("aliases") or []),
            *((row.get("demonyms") or []) if demonyms else []),
        ]
        found = [span for n in names if (span := _span_of(text, str(n))) is not None]
        return max(found, key=lambda s: (s[1], s[1] - s[0])) if found else None

    def sole_succession(self, cf: ClaimFrame, claim: Claim, aligned: list[Item]) -> bool:
        """One person said to follow another, whom the chronicle has them follow once, in
        one office ("in November 1983 Alia replaced Lleshi": he did so in 1982); said
        with a verb and a time of its own, not a noun ("his successor, Alia") nor "until"."""
        if cf.type != "take_office" or cf.negated or cf.nominal or len(aligned) != 1:
            return False
        if claim.time is None or claim.time.mode != "at" or claim.time_source != "explicit":
            return False
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        before = [a for a in cf.roles.get("patient", []) if self.know.kind_of(a) == "person"]
        return (
            len(people) == 1
            and len(before) == 1
            and people[0] in _listed(aligned[0].frame.get("agent"))
            and before[0] in _listed(aligned[0].frame.get("patient"))
        )

    def successions(self, predecessors: list[str]) -> list[Item]:
        """The next term of an office a predecessor left, begun within a year of their
        leaving it, as a frame with the predecessor in the patient role ("Alia succeeded
        Hoxha"); only the next one (Bufi after Nano, not Ahmeti after Bufi)."""
        offices = self.know.by_type.get("hold_office", [])
        found = []
        for before in offices:
            if not set(_listed(before.frame.get("agent"))) & set(predecessors):
                continue
            following = [
                after
                for after in offices
                if after is not before
                and after.start is not None
                and _listed(after.frame.get("patient")) == _listed(before.frame.get("patient"))
                and _same_office(before, after)
                and _follows(before, after)
            ]
            if following:
                nxt = min(following, key=lambda i: i.interval.core_start)
                frame = {**nxt.frame, "type": "take_office", "patient": predecessors}
                found.append(replace(nxt, interval=nxt.start or nxt.interval, frame=frame))
        return found

    def denied(
        self, cf: ClaimFrame, claim: Claim, aligned: list[Item], timed: list[Item], stated: bool
    ) -> Judgement:
        """A negated claim: contradicted when the chronicle records what it denies."""
        partly = self.denied_in_part(cf, claim, timed) if cf.actors() else None
        if partly is not None:  # "eschewed foreign aid" from whoever: aid was had a while
            return partly
        needs = frames.TYPES[cf.type].needs
        if cf.type == "visit":  # "it never returned to the organization": to where?
            needs = (*needs, "patient")
        if any(not cf.roles.get(role) for role in needs):
            # "never joined the Pact" of no one read: someone else did
            return unverifiable("no actor found")
        if cf.never and claim.time is not None and claim.time.mode in ("after", "before"):
            # "never returned after 1959": only what came wholly after (or before) it
            span, later = claim.time.interval, claim.time.mode == "after"
            timed = [
                i
                for i in timed
                if (
                    i.interval.earliest > span.latest
                    if later
                    else i.interval.latest < span.earliest
                )
            ]
        if cf.never and (timed if claim.own_time else aligned):  # "never met": not even once
            item = (timed if claim.own_time else aligned)[0]
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}.",
                **_ruled("never", 0.75),
            )
        if claim.time is not None:  # a state of affairs is denied only where it surely held
            timed = [i for i in timed if i.kind != "period" or _surely(i, claim.time.interval)]
        if timed and (stated or (claim.time is None and all(_unique(i) for i in aligned))):
            item = timed[0]
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}.",
                **_ruled("denied", 0.75),
            )
        absent = [
            i
            for i in self.know.items
            if i.frame.get("type") == cf.type
            and any(self.matches(a, set(_listed(i.frame.get("without")))) for a in cf.actors())
        ]
        if absent:
            return Judgement(
                "supported",
                absent[:1],
                None,
                **_ruled("supported_absent", 0.7),
            )
        return unverifiable("the chronicle does not record its absence")

    def denied_in_part(self, cf: ClaimFrame, claim: Claim, timed: list[Item]) -> Judgement | None:
        """A state of affairs denied over years ("from 1970 to 1989 Albania eschewed
        foreign aid") that the record has for part of them (Chinese aid until 1978):
        partly so. The span is the claim's own, or a paragraph's of five years or more."""
        time = claim.time
        if time is None or cf.never or time.precision == "era":
            return None
        span = time.interval
        years = span.core_end.year - span.core_start.year
        own = claim.time_source in ("explicit", "anchored") and years >= 2
        if not (own or (claim.time_source == "inherited" and years >= 5)):
            return None
        periods = [i for i in timed if i.kind == "period"]
        if not periods or any(_surely(i, span) for i in periods):
            return None
        share = _coverage(periods, span)
        if not 0.2 <= share < 0.8:
            return None
        held = "; ".join(f"{i.title}: {_when(i)}" for i in periods[:2])
        return Judgement(
            "partly_supported",
            periods[:2],
            f"It held for part of the span told: {held}.",
            **_ruled("denied_in_part", 0.6),
        )

    def throughout(self, timed: list[Item], interval: dates.Interval, precision: str) -> Judgement:
        """A state said to hold all through a span: supported, or true for part of it."""
        share = _coverage(timed, interval)
        spans = "; ".join(f"{i.title}: {_when(i)}" for i in timed[:2])
        # a span told that reaches years past what the record allows at either end
        # ("defence minister from 1948 until 1974" of a term begun in 1952-53)
        first = min(i.interval.earliest for i in timed)
        last = max(i.interval.latest for i in timed)
        beyond = max((first - interval.core_start).days, (interval.core_end - last).days)
        if share >= 0.8 and beyond > OVERHANG_DAYS and precision not in PAD:
            return Judgement(
                "partly_supported",
                timed[:2],
                f"Not throughout the span told: {spans}.",
                **_ruled("partly_span", 0.65),
            )
        if share >= 0.8:
            return Judgement("supported", timed[:2], None, **_ruled("supported_span", 0.75))
        if share < 0.2:  # hardly any of it: the text's span is likely read amiss
            return unverifiable("the chronicle records it for only a sliver of the span told")
        return Judgement(
            "partly_supported",
            timed[:2],
            f"Only for {round(100 * share)}% of the span told: {spans}.",
            **_ruled("partly_span", 0.65),
        )

    def details(
        self,
        cf: ClaimFrame,
        timed: list[Item],
        precise: bool = False,
        aligned: list[Item] | None = None,
        claim: Claim | None = None,
    ) -> Judgement:
        """Supported, unless a count, a place or a helper named in the claim disagrees
        (`claim`: whose words a flag on the place points to).

        A place disagrees with the one record of a unique event, or (`precise`: the
        claim is dated to the month or day) with the only record at that time, or
        with every record of forces of those actors (`aligned`: a base is where it is).
        """
        recorded = [
            str(i.frame["place"]) for i in [*timed, *(aligned or [])] if i.frame.get("place")
        ]
        if (
            cf.near_town
            and cf.place
            and not self.known_place(cf.place)
            and not any(self.same_place(cf.place, p) for p in recorded)
        ):  # "at Pasha Liman, near Durrës": the record's place is a town, not the district
            cf = replace(cf, place=cf.near_town)
        item = timed[0]
        frame = item.frame
        # a count disagrees when every event at that time was counted, none so
        events = [i for i in timed if i.kind == "event"] or timed[:1]
        tallies = [
            {int(v) for k, v in (i.frame.get("quantity") or {}).items() if _same_unit(cf.unit, k)}
            for i in events
        ]
        # a count told to less than the month is not held against forces or aid built
        # up over years ("stationed twelve submarines": four came first, more later)
        counted = cf.type not in ACCUMULATING or precise  # "in the late 1950s": years
        if (
            cf.quantity is not None
            and counted
            and all(tallies)
            and not any(cf.quantity in t for t in tallies)
        ):
            item = events[0]
            told = ", ".join(
                _counted(int(v), k) for k, v in (item.frame.get("quantity") or {}).items()
            )
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}: {told}.",
                **_ruled("quantity", 0.7),
            )
        place = frame.get("place")
        # the only record at a stated month may disagree on the city, when both are
        # capitals the chronicle knows (not a district of the same place: "Pasha Liman")
        capitals = (
            precise
            # the one event then; a period that bears the deed out has no place of its own
            and (len(timed) == 1 or (item.kind == "event" and len(events) == 1))
            and all(self.capital(p) for p in (cf.place or "", str(place or "")))
        )
        # forces of these actors the chronicle places, all elsewhere: a base is where it is
        placed = [i for i in aligned or [] if i.kind == "event"]
        stationed = bool(
            cf.place
            and frames.TYPES[cf.type].family == "force"
            # the host named, or the place the host's own ("based at Durrës"): not troops
            and (cf.roles.get("patient") or self.hosts(cf.place, placed))  # in Prague
            and self.known_place(cf.place)  # a town the chronicle knows, not a district
            and placed
            and all(i.frame.get("place") for i in placed)
            and not any(self.same_place(cf.place or "", str(i.frame["place"])) for i in placed)
        )
        if stationed:
            item, place = placed[0], placed[0].frame["place"]
        # a place the chronicle knows: a district of the same town ("Pasha Liman") is none
        alone = (_unique(item) and self.known_place(cf.place or "")) or capitals or stationed
        if cf.place and place and not self.same_place(cf.place, str(place)) and alone:
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}: in {place}, not in {cf.place}.",
                # on the place the text names: who signed or met may be right
                focus=_said_at(claim, cf.place) if claim else None,
                **_ruled("place", 0.7),
            )
        helpers = cf.roles.get("with", []) + cf.roles.get("agent", [])
        absent = set(_listed(frame.get("without")))
        if absent and any(self.matches(a, absent, members=False) for a in helpers):
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}.",
                **_ruled("without", 0.75),
            )
        # a town in one state is not one in another: "welcomed in Tirana" is not borne
        # out by a meeting in Moscow at that time
        # (a noun's place may be its verb's: "the reconciliation was received in Tirana")
        here = None if cf.nominal else TOWN_STATES.get(_plain(cf.place or ""))
        there = [TOWN_STATES.get(_plain(str(i.frame.get("place") or ""))) for i in timed]
        if here is not None and here in there:
            item = timed[there.index(here)]
        elif here is not None and None not in there:
            return unverifiable(f"the chronicle records it in {frame.get('place')} then")
        return Judgement(
            "supported",
            timed[:2],
            None,
            **_ruled("supported", 0.8 if len(timed) == 1 else 0.7),
        )

    def aid_over(self, cf: ClaimFrame, claim: Claim) -> bool:
        """Aid said to be cut when every aid the donor gave the recipient had ended more
        than a year before ("cut off its assistance in 1980" of aid that ended in
        1978): there was none left to cut then."""
        time = claim.time
        if cf.type != "cut_aid" or cf.negated or time is None or time.mode != "at":
            return False
        if time.precision not in ("day", "month", "year"):
            return False
        if not cf.roles.get("agent") or not cf.roles.get("patient"):
            return False
        given = [
            i
            for i in self.know.by_type.get("aid", [])
            if i.kind == "period" and self.aligned(replace(cf, type="aid"), i)
        ]
        year = timedelta(days=365)
        return bool(given) and all(
            i.end is not None and i.end.latest + year < time.interval.earliest for i in given
        )

    def wrong_time(
        self,
        cf: ClaimFrame,
        claim: Claim,
        aligned: list[Item],
        stated: bool,
    ) -> Judgement:
        """Roles align, no time fits: an error only for unique or complete records."""
        time = claim.time
        assert time is not None
        term = self.sole_term(cf, claim, aligned)
        if term:  # "elected first secretary on 13 May 1985": he took that office once
            aligned = term
        document = _same_document(cf, aligned)
        if document:  # "a treaty of friendship": of all they signed, the one so named
            aligned = document
        # a renaming to the name the text gives ("renamed itself the Party of Labour")
        # happens once
        name = _words_in(cf.new_name or "") if cf.type == "reform" else ""
        renamed = [i for i in aligned if name and name in _words_in(_record_words(i))]
        if len(renamed) == 1:
            aligned = renamed
        # "Nixon's visit to Beijing in 1973": all his visits then are on record (a time
        # the claim's own words give: "his objection to Nixon's visit, set out in a
        # letter of 6 August 1971" dates the letter)
        listed = self.listed_within(cf, time, aligned) if claim.time_source == "explicit" else []
        if listed:
            aligned = listed
        # a parting ("broke with Moscow in 1960") may be a quarrel's turn as well as a
        # break of relations or an alliance's end: denied only as `parting_denied`
        # says; a falling-out ("fell out with Moscow in 1956") may be any quarrel
        complete = (
            (cf.cls == "parting" and self.parting_denied(cf, claim))
            if cf.cls in PARTINGS
            else (
                bool(term)
                or bool(listed)
                or len(document) == 1
                or all(self.unique_for(cf, i) for i in aligned)
                # "his only visit, in May 1958": the text says it was one; so does the record
                or (cf.only and len(aligned) == 1 and not cf.hedged)
                or self.relations_on_record(cf, claim)
                or len(renamed) == 1
                or bool(self.continuing(cf, claim))
                or self.sole_succession(cf, claim, aligned)
                or self.aid_over(cf, claim)
            )
        )
        vague = time.precision in ("era",) or len(claim.times) > 1
        fitting = [
            i
            for alt in time.others
            for i in aligned
            if self.fits(i, alt, time.mode, time.precision)
        ]
        fitting += [i for i in aligned if _same_day(i, time)]
        if fitting:
            # "in December of that year", "on May 31": counted from another year the text
            # names, as a reader may, it fits the record
            return Judgement("supported", fitting[:1], None, **_ruled("supported_reread", 0.6))
        if cf.type == "downgrade_relations" and cf.cls == "envoys":
            # "recalled its ambassador" that month: a break withdraws every envoy
            broken = [
                i
                for i in self.candidates(replace(cf, type="break_relations"))
                if self.aligned(replace(cf, type="break_relations"), i)
                and self.fits(i, time.interval, time.mode, time.precision)
            ]
            if broken:
                return Judgement("supported", broken[:1], None, **_ruled("supported", 0.7))
        if stated and not vague:
            contrast = self.contrast_at(cf, claim)
            if contrast is not None:  # "downgraded in December 1961": broken off, that month
                return contrast
        # a document with a name of its own tells the signing apart, whichever of its
        # parties is named ("the Belgrade Declaration"; a name shared by many pacts,
        # "a Treaty of Friendship and Mutual Assistance", only with its parties), where
        # the text places it nowhere else
        filled = self.filled(cf) or (
            len(document) == 1
            and bool(cf.actors())
            and (
                cf.place is None
                or str(document[0].frame.get("place") or cf.place).lower() == cf.place.lower()
            )
        )
        if not (stated and complete and not vague and filled):
            # not a one-off of these actors: perhaps another actor's at that time
            swapped = (
                self.wrong_actor(cf, claim, stated)
                or self.other_target(cf, claim, aligned, stated)
                or self.other_partner(cf, claim, stated)
            )
            if swapped is not None:
                return swapped
            return unverifiable("the chronicle records it at another time")
        nearest = min(
            aligned,
            key=lambda i: abs((i.interval.core_start - time.interval.core_start).days),
        )
        if len(listed) > 1:  # which of them the text meant, it does not say: all of them
            every = sorted(listed, key=lambda i: i.interval.earliest)
            return Judgement(
                "contradicted",
                every[:4],
                "On record: " + "; ".join(_dated(i) for i in every[:4]) + f"; none {_at(time)}.",
                **_ruled("date", 0.8),
            )
        return Judgement(
            "contradicted",
            [nearest],
            f"{nearest.title}: {_when(nearest)}, not {_said(time)}.",
            **_ruled("date", 0.85),
        )

    def other_target(
        self, cf: ClaimFrame, claim: Claim, aligned: list[Item], stated: bool
    ) -> Judgement | None:
        """An invasion of a state at a time it was not invaded, when the chronicle's one
        invasion at that time, by the actors the claim names if any, was of another
        ("the invasion of Hungary in August 1968": Czechoslovakia; Hungary's was 1956)."""
        time = claim.time
        if cf.type != "invade" or time is None or not cf.roles.get("patient"):
            return None
        if time.precision not in ("day", "month", "year"):
            return None
        agents = cf.roles.get("agent", [])
        invasions = [
            i
            for i in self.know.by_type.get("invade", [])
            if all(self.matches(a, self.pool(i, "agent")) for a in agents)
        ]
        if stated and time.mode == "at":
            then = [i for i in invasions if self.fits(i, time.interval, "at", time.precision)]
        elif time.mode == "before" and claim.time_source == "anchored":
            # "after the invasion", told of September 1968: one within the year before
            then = [i for i in invasions if self.within_year_before(i, time.interval)]
            if any(self.within_year_before(i, time.interval) for i in aligned):
                return None
        else:
            return None
        if len(then) != 1 or then[0] in aligned or not aligned:
            return None
        item = then[0]
        nearest = min(
            aligned,
            key=lambda i: abs((i.interval.core_start - time.interval.core_start).days),
        )
        return Judgement(
            "contradicted",
            [item, nearest],
            f"{_dated(item)}; {_dated(nearest)}.",
            **_ruled("target", 0.75),
        )

    def other_partner(self, cf: ClaimFrame, claim: Claim, stated: bool) -> Judgement | None:
        """Relations of two states said to be set up, broken or restored on a day or in a
        month when the chronicle's one such record of the first was with another
        ("on 6 May 1971 relations with Yugoslavia were re-established": with Greece).
        Only for a pair whose relations the chronicle follows (it has their periods)."""
        time = claim.time
        kind = frames.TYPES[cf.type]
        if kind.family != "relations" or kind.period or not kind.symmetric or not stated:
            return None
        if time is None or time.mode != "at" or time.precision not in ("day", "month"):
            return None
        if time.interval.latest < CHRONICLE_FROM:
            return None  # before the years the chronicle covers whole
        states = cf.roles.get("agent", [])
        if len(states) != 2 or len(cf.actors()) != 2:
            return None
        if not any(  # the pair's relations are on record, so their turns would be too
            set(states) <= set(_listed(i.frame.get("agent")))
            for i in self.know.by_type.get("relations", [])
        ):
            return None
        then = [
            i
            for i in self.know.by_type.get(cf.type, [])
            if self.fits(i, time.interval, "at", time.precision)
        ]
        for kept, other in (states, states[::-1]):
            with_kept = [i for i in then if kept in _listed(i.frame.get("agent"))]
            if len(with_kept) == 1 and not any(
                self.matches(other, set(_listed(i.frame.get("agent")))) for i in then
            ):
                item = with_kept[0]
                return Judgement(
                    "contradicted",
                    [item],
                    f"{_dated(item)}.",
                    **_ruled("actor", 0.7),
                )
        return None

    @staticmethod
    def within_year_before(item: Item, interval: dates.Interval) -> bool:
        """The item happened in the year up to the end of `interval`."""
        return interval.latest - timedelta(days=366) <= item.interval.earliest <= interval.latest

    def same_place(self, said: str, recorded: str) -> bool:
        """The text's place is the record's, or another name of it ("Beijing", "Peking")."""
        key = (said, recorded)
        if key not in self._same_places:
            self._same_places[key] = self._same_place(said, recorded)
        return self._same_places[key]

    def _same_place(self, said: str, recorded: str) -> bool:
        if said.lower() in recorded.lower():
            return True
        joined = [re.sub(r"[\s'’-]", "", _plain(p)) for p in (said, recorded)]
        if joined[0] == joined[1]:  # "Fushë-Bardhë", "Fushëbardhë"; "Pasha Liman", "Pashaliman"
            return True
        # the definite and indefinite forms of an Albanian name: Vlorë, Vlora; Durrës, Durrësi
        a, b = (_plain(p).rstrip("aeiouë") for p in (said, recorded))
        if len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)):
            return True
        if TOWNS.get(_plain(said), said) == TOWNS.get(_plain(recorded), recorded):
            return True  # "Durazzo", "Durrës"
        names = self.know.names.by_text
        one, other = names.get(said.strip().lower()), names.get(recorded.strip().lower())
        return one is not None and other is not None and one.actor == other.actor

    def hosts(self, place: str, placed: list[Item]) -> bool:
        """Every record at `place` involves the one state that hosts the forces placed
        elsewhere: the place is in that state ("Durrës", with Soviet forces at Vlorë)."""
        host = {a for i in placed for a in _listed(i.frame.get("patient"))}
        if len(host) != 1 or self.know.kind_of(next(iter(host))) != "state":
            return False
        state = next(iter(host))
        there = [
            i
            for i in self.know.items
            if i.frame.get("place") and self.same_place(place, str(i.frame["place"]))
        ]
        return bool(there) and all(i.involves(state, self.know.countries) for i in there)

    def known_place(self, place: str) -> bool:
        """A place some record of the chronicle is at, a capital it knows, or a town
        (`towns.yaml`)."""
        if self.capital(place) or _plain(place) in TOWNS:
            return True
        if self._places is None:
            self._places = {
                _plain(str(i.frame["place"])) for i in self.know.items if i.frame.get("place")
            }
        return _plain(place) in self._places

    def capital(self, place: str) -> bool:
        """The place is a name a state goes by ("Bucharest", "Prague"), so a city apart."""
        name = self.know.names.by_text.get(place.strip().lower())
        return name is not None and name.kind == "state"

    @staticmethod
    def filled(cf: ClaimFrame) -> bool:
        """The role its type turns on is named ("the Pact expelled" names no one
        expelled; "Soviet troops left" names no place), and both sides of a relation
        ("Moscow established relations" names one)."""
        kind = frames.TYPES[cf.type]
        if kind.symmetric:
            parties = {*cf.roles.get("agent", []), *cf.roles.get("patient", [])}
            return len(parties) >= 2
        if kind.family in ("force", "membership"):  # "Soviet troops left the country",
            # the country unknown: any place; "a founding member", of no one named
            return all(cf.roles.get(role) for role in kind.needs)
        return not kind.needs or bool(cf.roles.get(kind.needs[0]))

    def relations_held(
        self, cf: ClaimFrame, wanted: list[Item], interval: dates.Interval
    ) -> Judgement | None:
        """Relations said not to exist at a time a period of relations covers wholly."""
        if not self.filled(cf):
            return None
        held = [i for i in wanted if i.frame.get("what") != "none" and self.aligned(cf, i)]
        covering = [i for i in held if _surely(i, interval)]
        if not covering:
            return None
        item = covering[0]
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}.",
            **_ruled("denied", 0.75),
        )

    def contrasting(self, cf: ClaimFrame) -> list[Item]:
        """Records of a contrasting type with the claim's actors in the same roles (not
        those a word class leaves compatible: envoys recalled are part of a break)."""
        return [
            i
            for kind in frames.TYPES
            if frames.contrasting(cf.type, kind) and (cf.cls, kind) not in COMPATIBLE
            for i in self.know.by_type.get(kind, [])
            if self.aligned(_as_type(cf, kind), i)
        ]

    def contrast_at(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """At the claim's stated time these actors did the contrasting thing, and
        nothing of the claim's own kind: the predicate is wrong, not the date."""
        time = claim.time
        if time is None or time.precision not in ("day", "month") or claim.strangers:
            return None
        if time.mode != "at":  # "had sent experts by July 1978": before the cut, too
            return None
        if not self.filled(cf):
            return None
        found = [
            i
            for i in self.contrasting(cf)
            if self.fits(i, time.interval, time.mode, time.precision)
        ]
        if len(found) != 1:
            return None
        item = found[0]
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}.",
            **_ruled("contrast", 0.75),
        )

    def wrong_actor(self, cf: ClaimFrame, claim: Claim, stated: bool) -> Judgement | None:
        """One role names another actor than the one unique record at that time names."""
        time = claim.time
        if not (stated and time is not None and time.precision in ("day", "month", "year")):
            return None
        if cf.type not in COMPLETE or not self.filled(cf):
            return None
        if time.interval.latest < CHRONICLE_FROM:
            return None  # before the years the chronicle covers, it holds only some records
        for role, actors in cf.roles.items():
            if role in ("with", "without") or len(actors) != 1 or cf.group > 2:
                continue
            if actors[0] in claim.referred:
                continue  # "he was shot": whether "he" is the one, only the resolver guessed
            if cf.type == "join" and not set(cf.roles.get("org", [])) <= self.listed_bodies:
                # sixteen states joined the UN in 1955, the chronicle holds one: nor does
                # Hungary's joining the Warsaw Pact that year show it did not join the UN
                # (a state joins several bodies at once; it is seldom expelled by two)
                continue
            if role == "org" and self.may_have_ended(cf, time.interval):
                continue  # "left Comecon in 1968": its membership may have ended then
            other = [
                i
                for i in self.know.by_type.get(cf.type, [])
                if self.aligned(cf, i, skip=role)
                and _listed(i.frame.get(role))
                and not any(self.matches(a, self.pool(i, role)) for a in actors)
                and self.fits(i, time.interval, time.mode, time.precision)
            ]
            if len(other) == 1:
                item = other[0]
                if self.know.kind_of(actors[0]) == "person" and not any(
                    self.know.kind_of(a) == "person" for a in _listed(item.frame.get(role))
                ):
                    # a person where the one record has only bodies and states (and not
                    # its leader: `matches`) is more likely read amiss than written so
                    continue
                return Judgement(
                    "contradicted",
                    [item],
                    f"{_dated(item)}.",
                    **_ruled("actor", 0.7),
                )
        return None

    def other_visitor(self, cf: ClaimFrame, claim: Claim, stated: bool) -> Judgement | None:
        """A person said to make the visit that the chronicle records, in that month and
        to that place, as headed by another of the same side, and names them nowhere in
        it ("in May 1959 Brezhnev visited Albania": the visit was Khrushchev's)."""
        time = claim.time
        if cf.type != "visit" or not stated or time is None or time.mode != "at":
            return None
        if time.precision not in ("day", "month") or not cf.roles.get("patient"):
            return None
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        if len(people) != 1 or not (cf.nominal or people[0] in cf.doers):
            return None  # "paid a visit": the light verb's subject made it
        if people[0] not in self.leaders:  # one who held an office on record: a spouse
            return None  # or an aide may have come along unrecorded
        person = people[0]
        side = self.know.countries.get(person)
        visits = [
            i
            for i in self.know.by_type.get("visit", [])
            if self.aligned(cf, i, skip="agent")
            and self.fits(i, time.interval, "at", time.precision)
        ]
        if len(visits) != 1:
            return None
        item = visits[0]
        head = (item.frame.get("led_by") or {}).get(side)
        if head is None or head == person or person in item.actors:
            return None
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: the visit was {self.know.name_of(str(head))}'s,"
            f" not {self.know.name_of(person)}'s.",
            **_ruled("visitor", 0.75),
        )

    def may_have_ended(self, cf: ClaimFrame, interval: dates.Interval) -> bool:
        """A membership of the claim's state in its organization whose end the sources
        put at no one date, and that may have come at that time."""
        states = [*cf.roles.get("agent", []), *cf.roles.get("patient", [])]
        orgs = cf.roles.get("org", [])
        return any(
            i.end is not None
            and i.end.earliest < i.end.latest
            and i.end.earliest <= interval.latest
            and interval.earliest <= i.end.latest
            for i in self.know.by_type.get("member", [])
            if set(states) & set(_listed(i.frame.get("agent")))
            and set(orgs) & set(_listed(i.frame.get("org")))
        )

    def stayed(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A state said to leave (or be expelled from) an organization it never left.

        The chronicle's memberships are complete for the organizations it
        records: when a state's membership runs on to the organization's
        dissolution (or to the end of the chronicle) and no departure of it is
        recorded, it did not leave, at any time.
        """
        role = {"leave": "agent", "expel": "patient"}.get(cf.type)
        if role is None or cf.org_in_play:
            return None  # "when the Soviets left": the Pact in play may not be what they left
        members, orgs = cf.roles.get(role, []), cf.roles.get("org", [])
        if len(members) != 1 or len(orgs) != 1 or self.know.kind_of(members[0]) != "state":
            return None
        state, org = members[0], orgs[0]
        periods = [
            i
            for i in self.know.by_type.get("member", [])
            if state in _listed(i.frame.get("agent")) and org in _listed(i.frame.get("org"))
        ]
        departures = [
            i
            for kind in ("leave", "expel")
            for i in self.know.by_type.get(kind, [])
            if org in _listed(i.frame.get("org"))
            and state in {*_listed(i.frame.get("agent")), *_listed(i.frame.get("patient"))}
        ]
        if not periods or departures:
            return None
        ends = [
            i.interval
            for i in self.know.by_type.get("dissolve", [])
            if org in _listed(i.frame.get("patient"))
        ]
        last = max(periods, key=lambda i: i.interval.core_end)
        if last.end is not None and not any(
            last.end.latest >= end.earliest - timedelta(days=1) for end in ends
        ):
            return None  # it ended otherwise than by the organization's end
        if last.end is not None and last.end.earliest < last.end.latest:
            # the sources put its end at no one date: a departure only before the
            # earliest it may have come is held wrong ("left Comecon in 1958")
            time = claim.time
            if time is None or not claim.own_time or time.interval.latest >= last.end.earliest:
                return None
            return Judgement(
                "contradicted",
                [last],
                f"{_dated(last)}: its membership ran on until "
                f"{_in_words(last.end.edtf.split('/')[0])} at the earliest.",
                **_ruled("membership", 0.8),
            )
        return Judgement(
            "contradicted",
            [last],
            f"{_dated(last)}: it never left.",
            **_ruled("membership", 0.8),
        )

    def continuing(self, cf: ClaimFrame, claim: Claim) -> list[Item]:
        """Aid periods of the same donor and recipient that go on past the claimed end.

        (Not terms of office: a title renamed or a leader formally elected after he led
        makes "became First Secretary in 1954" true of one in charge since 1941.)"""
        if claim.time is None:
            return []
        day = claim.time.interval
        if cf.type != "cut_aid":
            return []
        return [
            i
            for i in self.know.by_type.get("aid", [])
            if self.aligned(cf, i)
            and i.interval.core_start <= day.core_start
            and i.interval.core_end > day.core_end + timedelta(days=90)
        ]

    def sole_term(self, cf: ClaimFrame, claim: Claim, aligned: list[Item]) -> list[Item]:
        """The one term of an office one holds at a time that the claim's one person is
        said to take, when the chronicle records them taking it only once."""
        if cf.type != "take_office" or cf.negated:
            return []
        # a presidency too: one person's only term of any office so called
        named = _single_office(cf, claim) or _single_office(cf, claim, PRESIDENCY)
        people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
        if named is None or len(people) != 1 or NOT_THE_HOLDER.search(claim.text):
            return []
        pattern = _office_pattern(named)
        if pattern is None:
            return []
        terms = [
            i
            for i in self.know.by_type.get("hold_office", [])
            if i.kind == "period"
            and people[0] in _listed(i.frame.get("agent"))
            and pattern.search(str(i.frame.get("office") or ""))
        ]
        if len(terms) != 1:
            return []
        return [i for i in aligned if i.id == terms[0].id]

    def unique_for(self, cf: ClaimFrame, item: Item) -> bool:
        """The item is the only one of its kind for the claim's roles.

        An item unique for a person ("Khrushchev's only visit") says nothing of
        other visitors of the same state, so the claim must name that person.
        """
        if not _unique(item):
            return False
        for role in ("agent", "patient"):
            people = [a for a in _listed(item.frame.get(role)) if self.know.kind_of(a) == "person"]
            named = cf.roles.get(role, [])
            if people and named and not any(a in people for a in named):
                return False
        return True

    def listed_within(
        self, cf: ClaimFrame, time: TimeExpression, aligned: list[Item]
    ) -> list[Item]:
        """The aligned records of a span within which the chronicle declares it holds
        every one of their kind for their roles (`complete_within`), when the claim
        names those roles and its time lies inside the span: "Nixon visited Beijing in
        1973" is judged by his visits to China before 1976; "Nixon visited Beijing" in
        1980, or "Khrushchev's visit" to a place the text does not name, by none."""
        for item in aligned:
            span = item.frame.get("complete_within")
            if not span:
                continue
            named = all(
                cf.roles.get(role)
                or (role == "patient" and TOWN_STATES.get(_plain(cf.place or "")) in held)
                for role in ("agent", "patient")
                if (held := _listed(item.frame.get(role)))
            )
            whole = dates.parse(str(span))
            if not named or not whole.earliest <= time.interval.earliest:
                continue
            if time.interval.latest > whole.latest:
                continue
            series = [
                i
                for i in self.know.by_type.get(cf.type, [])
                if i.frame.get("complete_within") == span
            ]
            # the series is that of the people the claim names: each of them is in every
            # record of it ("Bulganin", who went with Khrushchev once, has no series)
            people = [a for a in cf.roles.get("agent", []) if self.know.kind_of(a) == "person"]
            if people and all(
                all(a in _listed(i.frame.get("agent")) for a in people) for i in series
            ):
                return [i for i in aligned if i in series]
        return []

    def relations_on_record(self, cf: ClaimFrame, claim: Claim) -> bool:
        """The pair's diplomatic relations are on record, without a gap, at the claim's time."""
        if frames.TYPES[cf.type].family != "relations" or claim.time is None:
            return False
        states = {a for a in self.states_of(cf) if self.know.kind_of(a) == "state"}
        if len(states) != 2:
            return False
        day = claim.time.interval
        # a state of relations is judged away from the days it changed
        margin = timedelta(days=365 if cf.type == "relations" else 0)
        widened = dates.Interval(
            day.edtf, day.earliest, day.latest, day.core_start - margin, day.core_end + margin
        )
        periods = [
            i
            for i in self.know.by_type.get("relations", [])
            if states <= set(_listed(i.frame.get("agent")))
        ]
        return _coverage(periods, widened) >= 0.9

    def never_member(self, cf: ClaimFrame, claim: Claim) -> Judgement | None:
        """A state said to join a bloc whose members the chronicle lists, founders and
        later entrants alike, that is not among them and is nowhere on record with it
        ("in 1964 Yugoslavia became a full member of Comecon": it never joined)."""
        if cf.type != "join" or cf.negated or cf.hedged or claim.strangers or cf.org_in_play:
            return None  # (the body the claim names, not one in play before it)
        orgs, states = cf.roles.get("org", []), cf.roles.get("agent", [])
        if len(orgs) != 1 or len(states) != 1 or set(states) & set(claim.referred):
            return None
        org, state = orgs[0], states[0]
        members = self.members.get(org, set())
        if len(members) < MEMBERS_LISTED or self.know.kind_of(state) != "state":
            return None
        if state in members or any(
            org in self.cast(i.id) and state in self.cast(i.id)
            for i in self.know.items
            if frames.TYPES[str(i.frame.get("type"))].family == "membership"
        ):
            return None  # a member, or on record as one: left, expelled, excluded
        joined = [
            i for i in self.know.by_type.get("join", []) if org in _listed(i.frame.get("org"))
        ]
        names = ", ".join(sorted(self.know.name_of(a) for a in members))
        return Judgement(
            "contradicted",
            sorted(joined, key=lambda i: i.interval.core_start)[:2],
            f"{self.know.name_of(state)} never joined {self.know.name_of(org)}; "
            f"its members on record: {names}.",
            **_ruled("membership", 0.7),
        )

    def no_frame(self, cf: ClaimFrame, claim: Claim, stated: bool) -> Judgement:
        """Nothing of this type with these roles: a contrasting frame, or a wrong actor."""
        time = claim.time

        def at_time(item: Item) -> bool:
            if time is None or not claim.own_time:
                return True
            return self.fits(item, time.interval, time.mode, time.precision)

        same_actors = [i for i in self.know.by_type.get(cf.type, []) if self.aligned(cf, i)]
        contrasts = [
            i
            for i in self.contrasting(cf)
            if at_time(i) or (_unique(i) and frames.TYPES[cf.type].unique)
        ]
        if (
            contrasts
            and self.filled(cf)
            and not same_actors
            and not claim.strangers
            and (stated or _unique(contrasts[0]))
        ):
            item = contrasts[0]
            return Judgement(
                "contradicted",
                [item],
                f"{_dated(item)}.",
                **_ruled("contrast", 0.75),
            )
        swapped = (
            self.wrong_actor(cf, claim, stated)
            or self.other_visitor(cf, claim, stated)
            or self.other_partner(cf, claim, stated)
        )
        if swapped is not None:
            return swapped
        stayed = self.stayed(cf, claim) if not claim.strangers else None
        if stayed is not None:
            return stayed
        signed = self.signatory(cf, claim)
        if signed is not None:
            return signed
        never = self.never_member(cf, claim)
        if never is not None:
            return never
        helpers = [*cf.roles.get("agent", []), *cf.roles.get("with", [])]
        # the event itself is the one the claim tells of: its other roles and its time
        rest = replace(cf, roles={k: v for k, v in cf.roles.items() if k not in ("agent", "with")})
        for item in self.know.by_type.get(cf.type, []):
            absent = set(_listed(item.frame.get("without")))
            if (
                absent
                and any(self.matches(a, absent, members=False) for a in helpers)
                and self.aligned(rest, item)
                and (not claim.own_time or time is None or at_time(item))
                and (_unique(item) or (claim.own_time and time is not None and at_time(item)))
                # the others named are there ("Shehu received Zhou Enlai" is no meeting
                # of the Pact's that Shehu missed)
                and all(
                    self.matches(a, self.pool(item, "agent") | self.pool(item, "with"))
                    for a in helpers
                    if not self.matches(a, absent, members=False)
                )
            ):
                out = [a for a in helpers if self.matches(a, absent, members=False)]
                names = " and ".join(self.know.name_of(a) for a in out)
                return Judgement(
                    "contradicted",
                    [item],
                    f"{_dated(item)}: the record lists {names} as absent.",
                    # on the name of the one absent, where the text names it so
                    focus=_span_of(claim.text, self.know.name_of(out[0]))
                    if len(out) == 1
                    else None,
                    **_ruled("without", 0.75),
                )
        kept = self.kept_relations(cf, claim, stated)
        if kept is not None:
            return kept
        return unverifiable("the chronicle records nothing of this kind for these actors")

    def kept_relations(self, cf: ClaimFrame, claim: Claim, stated: bool) -> Judgement | None:
        """Relations said to be broken off at a time the chronicle has them held, without
        a gap, and never broken between the two states ("Albania and Yugoslavia broke off
        relations in 1971": they were raised to embassies)."""
        if (
            cf.type != "break_relations"
            or cf.cls in PARTINGS  # a quarrel's turn may be told as a break
            or cf.paired
            or cf.negated
            or cf.hedged
            or not stated
            or claim.time is None
            or claim.time.mode != "at"
            or claim.time.precision not in ("day", "month", "season", "year")
            or not self.relations_on_record(cf, claim)
            # diplomatic relations named as such ("cut its ties with Belgrade" may be
            # trade, aid and party links)
            or not DIPLOMATIC.search(claim.text)
            or OTHER_TIES.search(claim.text)
        ):
            return None
        pair = self.states_of(cf)
        periods = [
            i
            for i in self.know.by_type.get("relations", [])
            if pair <= set(_listed(i.frame.get("agent")))
        ]
        if any(i.frame.get("what") == "none" for i in periods):
            return None  # broken at some time: which break the text meant is for the dates
        held = [i for i in periods if self.fits(i, claim.time.interval, "at", claim.time.precision)]
        if not held:
            return None
        item = held[0]
        return Judgement(
            "contradicted",
            [item],
            f"{_dated(item)}: relations were kept, never broken off.",
            focus=_span_of(claim.text, claim.time.text),
            **_ruled("contrast", 0.75),
        )


#: How many member states a bloc's records must list for a state missing from them
#: to be held never to have joined it (Comecon's and the Warsaw Pact's lists are whole).
MEMBERS_LISTED = 5

#: What befalls a person once in a life, whoever else it befalls with them.
ONCE_IN_A_LIFE = {"born", "die", "execute"}

#: Deeds done by whoever spoke for a side at a meeting: its `led_by` did them.
SPOKEN = {"reject", "propose", "protest", "condemn", "side_with", "meet", "sign"}


#: Word classes whose claims a contrasting frame does not deny: envoys recalled
#: are part of a break of relations, not its opposite.
COMPATIBLE = {("envoys", "break_relations")}


def _framed_first(judged: list[tuple[Claim, Judgement]]) -> list[tuple[Claim, Judgement]]:
    """A statement supported by a dated event's words alone yields to any claim with a
    frame inside it ("China, which sent aid to Albania on 7 July 1978, ..."): what the
    frame says is judged there, and the words around it prove nothing of it. A frame
    of no one ("a ban on foreign loans") says nothing to yield to."""
    framed = [c for c, _ in judged if any(f.actors() for f in c.frames)]
    result = []
    for claim, judgement in judged:
        if judgement.rule == "supported_dated" and any(
            o is not claim and claim.start <= o.start and o.end <= claim.end for o in framed
        ):
            judgement = unverifiable("a claim inside it carries the verdict")
        result.append((claim, judgement))
    return result


#: Why a relation that names only partners ("restored with Moscow and Washington"), and
#: no side whose partners they are, is not judged.
PARTNERS_ONLY = "it names partners of a relation but not whose partners they are"
#: Words that join a deed to the event named after it: "... in 1968 after the invasion".
JOINING = re.compile(
    r"(?:[\s,;(–—-]|\b(?:after|following|before|during|amid|over|in|at|with|"
    r"against|because of|in protest (?:at|against)|by|of|and|then)\b)*$",
    re.I,
)


def short_of_anchors(judged: list[tuple[Claim, Judgement]]) -> list[tuple[Claim, Judgement]]:
    """A flag on the deed a claim tells, not on an event it names at its end and that
    is borne out apart ("Albania was expelled from the Pact in 1968 | after the
    invasion of Czechoslovakia"): the flag stops before that event's words."""
    borne = [c for c, j in judged if j.verdict == "supported"]
    result = []
    for claim, judgement in judged:
        if (
            judgement.verdict in ("contradicted", "partly_supported")
            and judgement.focus is None
            and judgement.rule in DEED_RULES
        ):
            tail = [
                c for c in borne if claim.start < c.start and c.end >= claim.end - 1 and c.frames
            ]
            if tail:
                cut = min(c.start for c in tail) - claim.start
                kept = JOINING.sub("", claim.text[:cut])
                if len(kept) >= 10:
                    judgement = replace(judgement, focus=(0, len(kept)))
        result.append((claim, judgement))
    return result


def defer_to_anchors(judged: list[tuple[Claim, Judgement]]) -> list[tuple[Claim, Judgement]]:
    """One error, one flag: a claim whose time it borrows from another claim's words
    ("China was Albania's ally until Beijing cut off aid in 1976") is not flagged
    when that other claim is itself flagged: the error is in the time, and its own
    claim carries it.
    """
    errors = [c for c, j in judged if j.verdict in ("contradicted", "partly_supported")]
    # "In May 1957 he made his only visit, with his defence minister, Malinovsky": the
    # date is wrong, and the office held then is no second error
    misdated = {c.time.start for c, j in judged if j.rule == "date" and c.time is not None}
    # the years the text names outright, in order, and whether a flag holds that one wrong
    named = sorted(
        {
            (c.time.start, c.time.interval.core_start.year, c.time.start in misdated)
            for c, _ in judged
            if c.time is not None and not c.time.relative and c.time.precision != "era"
        }
    )
    result = []
    for claim, judgement in judged:
        time = claim.time
        flagged = judgement.verdict in ("contradicted", "partly_supported")
        carried = (  # "At the 22nd Congress in October 1962 ...; in December Moscow ...":
            # the year a month without one takes from a date held wrong
            time is not None
            and time.relative
            and bool(before := [n for n in named if n[0] < time.start])
            and before[-1][2]
            and before[-1][1] == time.interval.core_start.year
        )
        if (
            flagged
            and judgement.rule != "sequence"  # the wrong event, not a wrong time
            and time is not None
            # a time borrowed, or told outside its words ("until 1961, when he handed
            # the post to Shehu": the year is the clause before's)
            and (
                claim.time_source == "anchored"
                or (
                    not claim.start <= time.start < claim.end
                    and judgement.rule in ("date", "ended")  # held wrong in its time only
                )
            )
            and any(o is not claim and o.start <= time.start < o.end for o in errors)
        ):
            judgement = unverifiable("the time it is tied to is itself in error (flagged there)")
        elif (
            flagged
            and judgement.rule not in ("date", "sequence")
            and claim.time_source != "explicit"
            and time is not None
            and time.start in misdated
        ):
            judgement = unverifiable("the time it shares with another claim is in error there")
        elif flagged and judgement.rule == "date" and carried:
            judgement = unverifiable("its year is carried from a date held wrong before it")
        result.append((claim, judgement))
    return result


#: Offices as a text names them, and as the chronicle's records name the same office.
OFFICES = [
    (r"secretary", r"secretary"),
    (  # the party's head: its first or general secretary, or (China's) chairman
        r"party (?:leader|chief|head)|(?:leader|head) of the (?:\w+ )?party",
        r"secretary|chairman of the (?:\w+ )*party",
    ),
    (
        r"prime minister|premier|head of (?:the )?government|council of ministers",
        r"prime minister|premier|council of (?:people's commissars|ministers)",
    ),
    (r"president|head of state", r"president|head of state"),
    (r"interior|internal affairs", r"interior|internal affairs"),
    (r"foreign (?:minister|affairs)", r"foreign (?:minister|affairs)"),
    (r"defen[cs]e", r"defen[cs]e"),
    (r"chairman", r"chairman"),
    # the head of an army ("commander in chief of the National Liberation Army"); a
    # commander named no further may be of any rank
    (r"commander.in.chief|supreme commander", r"commander.in.chief"),
    (r"commander", r"commander"),
]


def _same_office(one: Item, other: Item) -> bool:
    """Two terms are of one office: the chronicle words them alike ("Prime Minister"
    and "Chairman of the Council of Ministers"), or both name none."""
    said, then = str(one.frame.get("office") or ""), str(other.frame.get("office") or "")
    if not said or not then:
        return not said and not then
    pattern = _office_pattern(said)
    return bool(pattern.search(then)) if pattern else said.lower() == then.lower()


def _another_body(cf: ClaimFrame) -> bool:
    """The office the claim names is another body's ("first secretary of the youth
    union"), not a state's or its ruling party's."""
    return bool(cf.office and OTHER_BODY.search(cf.office))


def _single_office(
    cf: ClaimFrame, claim: Claim, offices: re.Pattern[str] = SINGLE_OFFICE
) -> str | None:
    """The office one holds at a time that the claim names, by its office or its words
    ("succeeded him as premier"); none for another body's office."""
    if _another_body(cf):
        return None
    named = offices.search(cf.office or "") or offices.search(claim.text)
    return named.group(0) if named else None


def _follows(before: Item, after: Item) -> bool:
    """A term that begins within a year of another's end, the two dates read with their
    uncertainty ("1954-07-20/1954-07-23" for both the end of one and the start of the
    next)."""
    ended = before.end if before.end is not None else before.interval
    begun = after.start if after.start is not None else after.interval
    return (
        begun.latest >= ended.earliest
        and begun.earliest - ended.latest <= timedelta(days=366)
        and after.interval.core_start >= before.interval.core_start
    )


def _focused(claim: Claim, judgement: Judgement) -> Judgement:
    """A flag on the words that are wrong, where the rule says which: the date of a
    date held wrong ("executed in 1951"), the number of a count or the place held
    wrong, when the claim's own text holds them (rules that read the words from the
    text, a meeting's place or a gathering's number, set `focus` themselves);
    otherwise on the whole claim."""
    if judgement.focus is not None or judgement.verdict not in ("contradicted", "partly_supported"):
        return judgement
    if judgement.verdict != "contradicted":
        return _past_aside(claim, judgement)
    found: tuple[int, int] | None = None
    time = claim.time
    if judgement.rule == "date" and time is not None and claim.start <= time.start:
        found = (time.start - claim.start, time.end - claim.start)
    elif (
        judgement.rule == "date"
        and time is not None
        and time.start < claim.start
        and (
            claim.time_source == "explicit"  # its own, before it: an entry's date
            or (
                claim.said.find(time.text) >= 0
                and (
                    not claim.said[: claim.said.find(time.text)].strip(" \t\n-*•")
                    # "He visited in May 1957, his only trip to the country": the date
                    # of the clause the description stands by, in the same sentence
                    or (claim.time_source == "anchored" and claim.nominal)
                )
                and claim.said.find(claim.text) > claim.said.find(time.text)
            )
        )
    ):  # "13 October 1968 - The Assembly votes ..., taking": the date the entry opens on
        found = (time.start - claim.start, time.end - claim.start)
    elif judgement.rule == "quantity":
        counts = {f.quantity for f in claim.frames if f.quantity is not None}
        for word in re.finditer(r"[\w,]+", claim.text):
            digits = word.group(0).lower().replace(",", "")
            value = int(digits) if digits.isdigit() else NUMBER_WORDS.get(digits)
            if value is not None and value in counts:
                found = (word.start(), word.end())
                break
    elif judgement.rule == "place":  # the place the claim's frame reads
        found = _span_of(claim.text, next((f.place for f in claim.frames if f.place), None))
    if found is None or found[1] > len(claim.text):
        return _past_aside(claim, judgement)
    return replace(judgement, focus=found)


def _past_aside(claim: Claim, judgement: Judgement) -> Judgement:
    """A flag on the whole claim, past a description of its subject set off by
    commas: "Albania, the smallest of the signatories, has taken no part in the Pact's
    work since 1958" is wrong in its deed, not in the description; and, for a rule
    that holds the deed or its doer wrong, past a phrase set before the subject ("In
    1968, after the invasion of Czechoslovakia, Albania was expelled")."""
    start = claim.aside
    if judgement.rule in DEED_RULES:
        start = max(start, claim.fronted)
    # a description of the object after a dash ("expelled Albania — the only state to
    # ..."): the flag ends before it
    after = TRAILING_DESCRIPTION.search(claim.text)
    end = after.start() if after and after.start() > start else len(claim.text)
    if (not start and end == len(claim.text)) or start >= len(claim.text):
        return judgement
    return replace(judgement, focus=(start, end))


#: The second end of a span told ("from 1961 to 1978", "between 1961 and 1978").
SECOND_END = re.compile(r"\b(?:to|until|till|through|and)\b|\d\s*[–-]\s*\d", re.I)
#: A dash and a noun phrase after it, at the end of a claim: a description set by.
TRAILING_DESCRIPTION = re.compile(r"\s[—–]\s+(?:the|a|an)\s[^—–]*$", re.I)


#: Rules that hold the deed itself or its doer wrong, not a time or an event before it.
DEED_RULES = {"contrast", "membership", "actor", "office", "successor", "denied", "never"}


def _as_told(claim: Claim, judgement: Judgement) -> Judgement:
    """The verdict as far as the text asserts the claim: bracketed years by a name are
    only borne out; words in quotation marks, or on a line labelled a myth, are not the
    text's own; a question may presuppose what the record bears out, but asserts
    nothing to hold wrong ("How did Albania's alliances change between 1944 and 1992?")."""
    verdict = judgement.verdict
    if claim.lifespan and verdict != "supported":
        return unverifiable("bracketed years by a name may give a term of office, not a life")
    if claim.quoted and verdict != "unverifiable":
        return unverifiable("in quotation marks: words the text reports, not its own")
    if claim.disowned and verdict != "unverifiable":
        return unverifiable("set out as a myth or a misconception, not asserted")
    asked = claim.said.rstrip().rstrip("*_\"'”’)").endswith("?")
    if asked and verdict in ("contradicted", "partly_supported"):
        return unverifiable("a question: the text asks it, it does not assert it")
    return judgement


#: A presidency ("succeeded him as president"): of several bodies, so read only where
#: the predecessor is on record in one.
PRESIDENCY = re.compile(r"\bpresident(?:cy)?\b", re.I)


#: The words of each kind of aid, as a record's title or `what` may begin them.
AID_KIND_WORDS = {
    kind: re.compile(r"\b(?:" + "|".join(sorted(words)) + ")", re.I)
    for kind, words in AID_KINDS.items()
}


def _aid_of_kind(item: Item, kind: str) -> bool:
    """The record is of aid of that kind, or names no kind: "credits" is a record of
    credit; "specialists and technicians" one of experts; "aid" any."""
    text = f"{item.title} {item.frame.get('what') or ''}"
    said = {k for k, pattern in AID_KIND_WORDS.items() if pattern.search(text)}
    return not said or kind in said


def _since_told(time: TimeExpression) -> str:
    """The time a "since" names, as the text words it ("1958" of "Since 1958")."""
    return re.sub(r"(?i)^since\s+", "", time.text)


def _same_day(item: Item, time: TimeExpression) -> bool:
    """ "... found shot in December 1981. On April 13 the Central Committee elected
    Alia": a day and month the text gives without a year, which are the record's. The
    year a reader would carry over from a time named before is a guess, often of a time
    told in passing ("renewed ties severed in 1939 ... Britain restored relations on 29
    May"): a day the record has is not held wrong for it."""
    if not (time.relative and time.precision == "day" and time.mode == "at"):
        return False
    day, then = time.interval.core_start, item.interval.core_start
    return (then.month, then.day) == (day.month, day.day)


@lru_cache(maxsize=1024)
def _office_pattern(named: str) -> re.Pattern[str] | None:
    """How the chronicle words the office a text names; None for "leader", "head"."""
    for said, recorded in OFFICES:
        if re.search(said, named, re.I):
            return re.compile(recorded, re.I)
    return None


def _coverage(periods: list[Item], interval: dates.Interval) -> float:
    """Share of the days of `interval` covered by the union of the periods' core bounds."""
    low, high = interval.core_start, interval.core_end
    total = (high - low).days + 1
    spans = sorted(
        (max(p.interval.core_start, low), min(p.interval.core_end, high)) for p in periods
    )
    covered, cursor = 0, low
    for start, end in spans:
        start = max(start, cursor)
        if end >= start:
            covered += (end - start).days + 1
            cursor = end + timedelta(days=1)
    return covered / total if total > 0 else 0.0


#: How roles carry over between contrasting types: the member who leaves is the
#: member who is expelled.
ROLE_MAP = {("expel", "leave"): {"patient": "agent"}, ("leave", "expel"): {"agent": "patient"}}


def _as_type(cf: ClaimFrame, kind: str) -> ClaimFrame:
    """The claim frame read as one of a contrasting type, its roles carried over."""
    renamed = ROLE_MAP.get((cf.type, kind), {})
    kept = {
        role: actors
        for role, actors in cf.roles.items()
        if not (cf.type == "expel" and role == "agent")  # who expelled is no role of a withdrawal
    }
    roles = {renamed.get(role, role): actors for role, actors in kept.items()}
    return replace(cf, type=kind, roles=roles)


def _unique(item: Item) -> bool:
    flag = item.frame.get("unique")
    return bool(frames.TYPES[str(item.frame["type"])].unique if flag is None else flag)


#: Words that deny or doubt what a statement says: no support from its words alone.
#: The first day of the years the chronicle means to cover whole (1941-1992): before
#: it, a record of one state's deed does not show that no other state did the same.
CHRONICLE_FROM = date(1941, 1, 1)
#: A record's title that tells of what did not happen ("sends no delegation"); one of
#: a refusal ("refuses to condemn China at the Bucharest meeting") still tells of
#: the meeting.
DENIED_IN_TITLE = re.compile(r"\b(?:not|never|no|nor)\b|n't\b", re.I)
NEGATING = re.compile(
    r"\b(?:not|never|no|nor|neither|without|failed|refused|denied|perhaps|may|might"
    r"|allegedly|reportedly|claimed|supposedly)\b|n't\b",
    re.I,
)
#: Words too common in this history to tie a statement to an event's title.
_COMMON = """about after again against albania albanian albanians also among another because
    before being between both came come could country countries during first from further
    government have into january february march april june july august september october
    november december last made many more most much new news only other over party people
    said since some soviet state states still than that their them then there these they
    this those through under union until very were what when where which while with would
    year years"""
COMMON = frozenset(_COMMON.split())
#: Records of a treaty (or an alliance, which one is signed to make).
TREATY = re.compile(r"\b(treaty|pact|alliance)\b", re.I)
#: Words that make "since" a time from which a state only went on, not its start.
GOING_ON = re.compile(
    r"\b(?:still|only|remain\w*|stay\w*|formally|nominally|in name|on paper|continu\w*|"
    r"kept|even)\b",
    re.I,
)
#: Stems that any sentence on a delegation shares with a meeting's title.
#: Words that name the next or the last holder, not the one at the time told.
SUCCESSION = re.compile(r"\b(?:successors?|predecessors?|heirs?)\b", re.I)
#: "the only member", "the only Warsaw Pact state", "only Albania", "Albania alone"
ONLY = re.compile(
    r"\b(?:the|its) only\b(?:\s+[\w-]+){0,3}?\s+(?:members?|country|state|nation|ally|one)\b"
    r"|^\W*only\b|\balone\b",
    re.I,
)
#: Staying out of what the others did: "refused to take part", "did not join in", "took no
#: part".
STAYED_OUT = re.compile(
    r"\b(?:not|n't|never|refus\w*|declin\w*|abstain\w*|boycott\w*|"
    r"st(?:ay|ayed|ood) (?:out|away|aside)|kept out|sat out|(?:took|take|takes|taking|had) "
    r"no part|sen(?:d|ds|t|ding) no|without (?:taking|sending))\b",
    re.I,
)
#: Word classes of a parting of states, relations unnamed ("broke with", "fell out with").
PARTINGS = {"parting", "quarrel"}
#: Words of staying away from a gathering ("boycotted", "did not attend").
STAYED_AWAY = re.compile(
    r"\b(?:boycott\w*|shunn?\w*|snubb?\w*|st(?:ay|ayed|ood) away|(?:not|n't|never|refus\w*"
    r"|declin\w*) (?:to )?(?:attend|go|send|take part|participate|join)\w*)\b",
    re.I,
)
#: Words that name diplomatic relations as such.
DIPLOMATIC = re.compile(r"\b(?:diplomatic|relations)\b", re.I)
#: Words that name links other than diplomatic ones ("economic ties").
OTHER_TIES = re.compile(rf"\b(?:{'|'.join(sorted(TIES_OF_ANOTHER_KIND))})\b", re.I)
#: Words that leave a sentence's assertion open.
HEDGES = re.compile(r"\b(?:perhaps|possibly|probably|arguably|may have|might have)\b", re.I)
DELEGATION_WORDS = {"deleg", "missi", "party", "leade", "heade", "repre", "sends", "membe"}
#: Words for a gathering that a text may write with a capital ("the Twenty-Second
#: Congress", "the Moscow Conference"): still the word a meeting's title uses.
GATHERINGS = {"congress", "conference", "meeting", "session", "summit", "plenum", "funeral"}
GATHERING_STEMS = {g[:5] for g in GATHERINGS} | {"meets", "held", "holds"}
#: A statement that a gathering met, and where.
GATHERED = re.compile(
    r"\b(?:met|meets?|meeting|held|convened?|sessions?|conferences?|congress|summit|plenum)\b",
    re.I,
)
#: "to" only after a word of going or sending ("a delegation to Bucharest"), not of
#: feeling ("hostility to Belgrade", "loyal to Moscow")
AT_PLACE = re.compile(
    r"(?:\b(?:in|at)|\b(?:went|go|goes|gone|going|came|come|comes|travell?ed|flew|sent|send"
    r"|accompanie[sd]|accompany|took|brought|led|headed|returned|invited|summoned"
    r"|delegations?|trips?|visits?|missions?|journey|way)(?:\s+\w+){0,3}?\s+to)\s+([A-Z][\w’'-]+)"
)


def _stems(text: str, title: bool = False) -> set[str]:
    """The lower-case words of a text (names left out) that are not in `COMMON`, cut to
    five letters ("restored", "restoration": "resto"); a title's first word counts
    though written with a capital."""
    words = re.findall(r"[A-Za-z]{4,}", text)
    plain = [w for i, w in enumerate(words) if w.islower() or (title and i == 0)]
    return {w.lower()[:5] for w in plain if w.lower() not in COMMON}


#: Words after a number that make it an amount ("125 million"), not part of a name.
MAGNITUDES = {"million", "billion", "thousand", "hundred", "percent", "per", "tons", "tonnes"}


#: Years and their spans in a text, which count nothing ("1982–92", "1941-1944").
YEAR_SPAN = re.compile(r"\b1[89]\d\d(?:\s*[–—-]\s*\d{2,4})?\b")
#: Months as abbreviated ("13 Sept. 1968", "Apr. 13").
MONTH_ABBREVIATIONS = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}


@lru_cache(maxsize=4096)
def _counts_in(text: str) -> dict[str, int]:
    """What a text counts or numbers, by the stem of the words after the number: "81
    communist and workers' parties" {commu: 81, worke: 81, parti: 81}; "the 22nd CPSU
    Congress", "the Sixth Congress" {congr: 22 or 6, ...}."""
    found: dict[str, int] = {}
    text = YEAR_SPAN.sub(" 0000 ", text)  # "head of state 1982–92": years, not a count
    # a comma ends what a number counts ("after the 22nd Congress, Hoxha denounced")
    tokens = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+(?:st|nd|rd|th)?|[,;:()]", text)
    for at, token in enumerate(tokens):
        low = token.lower()
        value: int | None = None
        if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)?", low):
            value = int(re.sub(r"\D", "", low))
        elif low in ORDINAL_WORDS and token[:1].isupper():  # "Sixth", not "first"
            value = ORDINAL_WORDS[low]
        elif "-" in low and low.split("-")[0] in TENS and low.split("-")[1] in ORDINAL_WORDS:
            value = TENS[low.split("-")[0]] + ORDINAL_WORDS[low.split("-")[1]]
        if value is None:
            continue
        after = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
        if after in MAGNITUDES:  # "125 million", "62 percent": an amount, not a name
            continue
        before = tokens[at - 1].lower() if at > 0 else ""
        later = tokens[at + 2].lower() if at + 2 < len(tokens) and after.isdigit() else ""
        if {after, before, later} & (MONTH_NAMES | MONTH_ABBREVIATIONS):
            continue  # "1–7 November 1981 — Eighth Congress": a day, not a count
        for word in tokens[at + 1 : at + 5]:  # "81 communist and workers' parties"
            if word in ",;:()":
                break
            if word.isalpha() and len(word) >= 4 and word.lower() not in COMMON:
                found.setdefault(word.lower()[:5], value)
    return found


#: What a gathering named by its number is counted as: a congress, a conference, a
#: plenum, a session, a meeting, or by the parties that met ("the 81 parties").
GATHERING_COUNTS = {"congr", "confe", "plenu", "sessi", "meeti", "parti"}
#: Gatherings each new body counts anew: a number names none of them for good.
RENUMBERED = {"plenu", "sessi"}
#: How long after an announcement the deed announced may come, in days.
ANNOUNCED_WITHIN = 366
#: How long before the telling a deed told as under way ("was ending its aid") may have
#: begun, in days.
UNDER_WAY_BEFORE = 31
#: Words of a reform that say nothing of which change it was ("adopted", "new").
REFORM_WORDS = {
    *("adopt", "appro", "promu", "enact", "intro", "pass", "new", "state", "count", "party"),
}


#: Words of one meaning for a reform, by the stem they are held as.
REFORM_SYNONYMS = {
    **dict.fromkeys(("forbi", "prohi", "outla", "bar", "bars", "barre", "barri"), "ban"),
    **dict.fromkeys(("loan", "loans", "borro"), "credi"),
}


def _reform_stem(word: str) -> str:
    """A word's first five letters, lower case ("constitutional" and "constitution"),
    and one stem for words of one meaning ("forbid", "ban"; "loans", "credits")."""
    word = word.lower()
    stem = (word[:-1] if word.endswith("s") and not word.endswith("ss") else word)[:5]
    return REFORM_SYNONYMS.get(stem, stem)


def _same_change(cf: ClaimFrame, items: list[Item]) -> tuple[list[Item], str]:
    """The records of the change a reform claim names, and why there are none: the
    deed's word, unless it names none ("adopted"), and one word of what it acted on
    ("abolished ranks and insignia": ranks); a renaming by the name it gave, word for
    word ("renamed the state the People's Republic" is not the 1976 renaming)."""
    deed, *acted = [_reform_stem(w) for w in cf.theme]
    deeds = {deed} - REFORM_WORDS
    things = set(acted) - REFORM_WORDS
    if deed == "renam":
        if things and not cf.new_name:  # "renamed an oil town in his honour"
            return [], "it names no renaming the chronicle records"
        things = set()
    if not (deeds or things):
        return [], "the chronicle records no such change for them"
    same = [
        i
        for i in items
        for said in [{_reform_stem(w) for w in _words_in(_record_words(i)).split()}]
        if deeds <= said and (not things or things & said)
    ]
    if not same:
        return [], "the chronicle records no such change for them"
    name = _words_in(cf.new_name)
    if name and not any(name in _words_in(_record_words(i)) for i in same):
        return [], "the chronicle records the renaming under another name"
    return same, ""


def _date_flag(item: Item, claim: Claim, time: TimeExpression) -> Judgement:
    """The claim's own date held wrong against the one record it names, the flag on
    the date's words."""
    at = time.start - claim.start
    return Judgement(
        "contradicted",
        [item],
        f"{item.title}: {_when(item)}, not {_said(time)}.",
        focus=(at, at + len(time.text)),
        **_ruled("date", 0.7),
    )


def _words_in(text: str) -> str:
    """The words of a text, lower case, one space apart: "People's" is "people s"."""
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def _record_words(item: Item) -> str:
    """A record's title and what its frame says was done, lower case."""
    return f"{item.title} {item.frame.get('what') or ''}".lower()


#: A resolution named by its number ("Resolution 2758", "Res. 2758", "resolution No. 109").
NUMBERED_RESOLUTION = re.compile(r"\b(?:[Rr]esolution|Res\.)\s+(?:[Nn]o\.\s*)?(\d{2,4})\b")
#: A resolution named by the state that sponsored it: "the Albanian resolution", "the
#: Albanian-sponsored resolution".
SPONSORED_RESOLUTION = re.compile(
    r"\b([A-Z][a-z]+an)(?:[- ]sponsored)?\s+(?:draft\s+)?resolution\b"
)
#: Words that say a resolution was adopted, and words that say it was only put forward.
ADOPTED = re.compile(r"\b(?:adopt\w*|pass(?:ed|es)?|carri\w*|approv\w*)\b", re.I)
PROPOSED = re.compile(
    r"\b(?:tabl\w*|draft\w*|propos\w*|submit\w*|introduc\w*|put forward|rejected|fail\w*"
    r"|defeat\w*|los[te]s?)\b",
    re.I,
)


#: A gathering called by its proper name: "the Tirana Party Conference", "the Bucharest
#: Meeting" (each word capitalized, the kind of gathering last).
NAMED_GATHERING = re.compile(
    r"\b(?:(?!The\b|At\b|In\b)[A-Z][\w’'-]+\s+){1,4}"
    r"(?:Conference|Congress|Plenum|Summit|Meeting|Session)\b"
)


#: The owner named after a gathering: "of the CPSU", "of the Party of Labour of Albania".
OWNER_OF = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w’'.-]*)*"
)


#: Words of any document: they name none in particular.
_DOCUMENT_WORDS = """treaty treaties agreement accord accords convention pact declaration protocol
document memorandum formal historic bilateral secret famous similar separate"""
DOCUMENT_WORDS = frozenset(_DOCUMENT_WORDS.split())


def _words_of_name(name: str) -> set[str]:
    """The words of a name but its joining words: "Treaty of Friendship and Mutual Aid"
    {treaty, friendship, mutual, aid}."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", name)} - {"of", "and", "the", "on"}


def _same_document(cf: ClaimFrame, aligned: list[Item]) -> list[Item]:
    """The signings among `aligned` of the document the claim names ("a treaty of
    friendship, cooperation and mutual aid": the Treaty of Friendship and Mutual
    Assistance): those whose name holds at least half the claim's words for it, and
    one at least. A document with a name of its own (its words capitalized) is signed
    once; "a trade agreement" names only a kind."""
    if cf.type != "sign" or not cf.titled:
        return []
    said = _named_stems(" ".join(w for w in cf.titled if w not in DOCUMENT_WORDS))
    if not said:
        return []
    found = []
    for item in aligned:
        name = str(item.frame.get("what") or "")
        if not frames.named_document(name):
            continue  # "trade agreement": a kind of document, signed again and again
        shared = said & _named_stems(re.sub(r"\([^)]*\)", "", name))
        if shared and 2 * len(shared) >= len(said):
            found.append(item)
    return found


def _dated_with(text: str, phrase: tuple[int, int], start: int, end: int) -> bool:
    """The date is said of the named gathering itself: right after it ("the 22nd
    Congress in October 1962", "the Eighth Congress, held in Tirana in November 1980")
    or right before it ("In October 1962, at the 22nd Congress")."""
    if start >= phrase[1]:
        between = text[phrase[1] : start]
        # whose gathering it was ("the 22nd Congress of the CPSU", "the Fifth Congress
        # of the Party of Labour of Albania") is part of its name
        owner = OWNER_OF.match(between)
        between = between[owner.end() :] if owner else between
        return len(between) <= 40 and bool(
            re.fullmatch(
                r"[\s,]*(?:(?:which\s+|that\s+)?(?:was\s+|were\s+)?(?:held|convened|"
                r"opened|met|assembled)\s+)?(?:(?:in|at)\s+[A-Z][\w’'-]+\s*,?\s*)?"
                r"(?:in|on|of|during)?\s*",
                between,
            )
        )
    if end <= phrase[0]:
        between = text[end : phrase[0]]
        return bool(re.fullmatch(r"[\s,]*(?:at|during)?\s*(?:the)?\s*", between))
    return False


def _span_of(text: str, words: str | None) -> tuple[int, int] | None:
    """Where the text says `words` last ("Korçë" in "born in Korçë"), if it does."""
    at = text.rfind(words) if words else -1
    return (at, at + len(words)) if words and at >= 0 else None


def _said_at(claim: Claim, words: str | None) -> tuple[int, int] | None:
    """Where the claim's sentence says `words`, counted from the claim's start: in its
    own span, or before it in the sentence ("at a ceremony in Tirana, Seitz and
    Kapllani | signed a memorandum")."""
    own = _span_of(claim.text, words)
    if own is not None or not words:
        return own
    base, at = claim.said.find(claim.text), claim.said.rfind(words)
    if base < 0 or at < 0 or claim.said.count(claim.text) != 1:
        return None
    return at - base, at - base + len(words)


def _count_span(text: str, stem: str, value: int) -> tuple[int, int] | None:
    """Where the text names a thing by the number `value`: from the number to the word
    of `stem` it counts ("21st Party Congress")."""
    tokens = list(re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+(?:st|nd|rd|th)?", text))
    for at, token in enumerate(tokens):
        if _counts_in(token.group(0) + " " + stem).get(stem) != value:
            continue
        for later in tokens[at + 1 : at + 5]:
            if later.group(0).lower().startswith(stem):
                return token.start(), later.end()
    return None


@lru_cache(maxsize=4096)
def _named_stems(text: str) -> frozenset[str]:
    """Every word of four letters or more but the common ones and the months, names
    included, cut to five letters: what names a body or a gathering."""
    # "Labour", "Labor": one word whichever side of the Atlantic spells it
    words = (w.lower().replace("our", "or") for w in re.findall(r"[A-Za-z]{4,}", text))
    counts = re.findall(r"\b\d{1,3}(?:st|nd|rd|th)?\b", text)  # "81 parties", "22nd"
    kept = [w[:5] for w in words if w not in COMMON and w not in MONTH_NAMES]
    return frozenset(kept + [c.rstrip("stndrh") for c in counts])


#: Words of a stance, by their first five letters: for a thing, against it. A
#: statement of one stance is not borne out by a record of the other ("Tito welcomed
#: the resolution" by "Tito rejects the resolution"), however many words they share.
STANCES = (
    frozenset({"welco", "prais", "endor", "appro", "appla", "hail", "hails", "haile", "embra"}),
    frozenset({"rejec", "conde", "criti", "denou", "repud", "renou", "spurn", "deplo", "decri"}),
)


def _stance_clash(said: set[str], title: str) -> bool:
    """The statement, by its words (`_stems`), takes one stance and the record the
    other."""
    recorded = _title_stems(title)
    return any(
        said & one and recorded & other and not recorded & one
        for one, other in (STANCES, STANCES[::-1])
    )


@lru_cache(maxsize=4096)
def _title_stems(title: str) -> frozenset[str]:
    """The common words of an event's title, read once per title (see `dated_event`)."""
    return frozenset(_stems(title, title=True))


def _fronted_date(claim: Claim) -> TimeExpression | None:
    """The date a sentence opens on, set before a phrase and the clause it times ("In
    1967, echoing China's Cultural Revolution, Albania proclaimed ..."): the clause's own."""
    time = claim.time
    if (
        time is None
        or claim.time_source != "anchored"
        or not claim.own_time
        or time.precision not in ("day", "month", "season", "year")
        or NEGATING.search(claim.text)
    ):
        return None
    at = claim.said.find(time.text)
    opening = claim.said[:at].strip(" \t\n-*•") if at >= 0 else None
    if opening is None or opening.lower() not in ("", "in", "on", "by"):
        return None
    return time if claim.said.find(claim.text) > at else None


def _own_date(
    claim: Claim, precisions: tuple[str, ...] = ("day", "month", "year")
) -> TimeExpression | None:
    """The date a statement gives itself in its own words, to one of `precisions`: not
    borrowed from another clause, and not of a statement that denies."""
    time = claim.time
    if (
        time is None
        or not claim.own_time
        or claim.time_source != "explicit"
        or time.precision not in precisions
        or NEGATING.search(claim.text)
    ):
        return None
    return time


def _held_throughout(terms: list[Item], interval: dates.Interval) -> list[Item]:
    """The terms, one after another, that surely cover every day of `interval` (one
    term, or a change of holder within it: in 1974 Balluku, then Shehu); none when a
    day of it may have been in no known term."""
    chain: list[Item] = []
    cursor = interval.earliest
    while True:
        started = [
            i for i in terms if i.start is not None and i.start.latest <= cursor and i not in chain
        ]
        ends = {i.id: i.end.earliest if i.end is not None else i.interval.latest for i in started}
        # a term that ends on the day is not surely held through it: the day it
        # changed hands is the next holder's first ("took office on 17 April 1969")
        going = [i for i in started if ends[i.id] > cursor]
        if not going:
            return []
        best = max(going, key=lambda i: ends[i.id])
        chain.append(best)
        if ends[best.id] >= interval.latest:
            return chain
        cursor = ends[best.id]


def _surely(period: Item, interval: dates.Interval) -> bool:
    """The period held on every day of `interval`, whatever its uncertain ends were."""
    if period.start is None:
        return False
    ends = period.end.earliest if period.end is not None else period.interval.latest
    return period.start.latest <= interval.earliest and interval.latest <= ends


def _said(time: TimeExpression) -> str:
    """The time as the text says it, with the date it comes to when that is relative."""
    first = time.text.split(" ", 1)[0]
    lead = first.lower() in ("in", "on", "at", "by", "within", "a", "the", "that", "until") or (
        first.lower() in NUMBER_WORDS
    )
    words = time.text[:1].lower() + time.text[1:] if lead else time.text
    return f"{words} ({time.interval.edtf})" if time.relative else words


def _at(time: TimeExpression) -> str:
    """The time as the text says it, after a preposition ("in 1957", "on 3 May 1957")."""
    words = _said(time)
    if words.split(" ", 1)[0].lower() in ("in", "on", "at", "by", "during", "within", "until"):
        return words
    return f"{'on' if time.precision == 'day' else 'in'} {words}"


def _dated(item: Item) -> str:
    """The record's title and its date: "Stalin dies (1953-03-05, 5 March 1953)"."""
    return f"{item.title} ({_when(item, inner=True)})"


def _when(item: Item, inner: bool = False) -> str:
    """The record's date as the chronicle has it, and in words when they say more
    ("1968-09-13 (13 September 1968)"), for readers and for those who search the
    correction for the date they know; set off by a comma when the caller brackets it
    ("Stalin dies (1953-03-05, 5 March 1953)")."""
    iso = item.when.replace("/", "–")
    words = _in_words(item.when) if item.kind == "event" else _period_in_words(item)
    if not words or words == item.when:
        return iso
    return f"{iso}, {words}" if inner else f"{iso} ({words})"


def _period_in_words(item: Item) -> str | None:
    """A period's bounds in words, each as the chronicle dates it ("1961-12" to
    "1990-07-30": "December 1961 – 30 July 1990"; a start known within a span, that
    span: "March 1948 – March 1949 to 25 November 1961")."""
    start = _in_words(item.date)
    if start is None:
        return None
    if item.end is None:
        return f"{start} onwards"
    end = _in_words(item.end.edtf)
    if end is None:
        return None
    joint = " to " if "–" in start or "–" in end else " – "
    return f"{start}{joint}{end}"


def _counted(number: int, thing: str = "") -> str:
    """A count in words when small, with the figure after the thing counted ("four
    submarines (4)"), as a reader would write it and search for it."""
    word = next((w for w, v in NUMBER_WORDS.items() if v == number), None)
    if not word or number >= 20:
        return f"{number} {thing}".strip()
    return f"{word} {thing} ({number})" if thing else f"{word} ({number})"


def _numbered(number: int, text: str) -> str:
    """A number as the text writes it, ordinal when it is one ("the 20th Congress":
    20th)."""
    suffix = re.search(rf"\b{number}(st|nd|rd|th)\b", text)
    return f"{number}{suffix.group(1)}" if suffix else str(number)


#: The age one died at: "died aged 69", "at the age of seventy-six" (a word up to twenty).
AGED = re.compile(r"\b(?:aged|at\s+the\s+age\s+of|at\s+age)\s+(?P<age>\d{1,3}|[a-z]+)\b", re.I)


def _years_between(start: date, end: date) -> int:
    """Whole years from one day to another: an age."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


#: The months in words, for `_in_words`.
MONTH_WORDS = [date(2000, n, 1).strftime("%B") for n in range(1, 13)]


def _in_words(when: str) -> str | None:
    """An EDTF date or span in words ("1961-05/1961-06": "May–June 1961"); none for a
    date with uncertainty marks or another form."""
    ends = when.split("/")
    parts = [re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", e) for e in ends]
    if len(ends) > 2 or not all(parts):
        return None
    said = []
    for m in parts:
        assert m is not None
        year, month, day = m.group(1), m.group(2), m.group(3)
        month_word = MONTH_WORDS[int(month) - 1] if month else ""
        said.append((year, month_word, str(int(day)) if day else ""))
    if len(said) == 1:
        return " ".join(w for w in reversed(said[0]) if w)
    (y1, m1, d1), (y2, m2, d2) = said
    if y1 == y2 and m1 == m2 and d1 and d2:
        return f"{d1}–{d2} {m2} {y2}"  # "20–21 August 1968"
    if y1 == y2 and m1 and m2 and not (d1 or d2):
        return f"{m1}–{m2} {y2}"  # "May–June 1961"
    # "10 November 1960 – 1 December 1960"; "20 July 1954 – 17 December 1981": each
    # end whole, so that either reads as the date a reader knows ("May 1959")
    first = " ".join(w for w in (d1, m1, y1) if w)
    return f"{first} – {' '.join(w for w in (d2, m2, y2) if w)}"


def _timed_for(claim: Claim, part: ClaimFrame) -> Claim:
    """The claim as said of one part of a split frame: with the time the text gives that
    part's actor alone ("and the Warsaw Pact in 1955"), or with no time when the text
    gives times to the others only."""
    if not claim.gapped:
        return claim
    own = [claim.gapped[a] for a in part.actors() if a in claim.gapped]
    if own:
        return replace(claim, time=own[0], times=own[:1], own_time=True, time_source="explicit")
    # the time the text gives the rest ("joined Comecon in 1950 and East Germany in 1950")
    rest = [t for t in claim.times if not any(t is g for g in claim.gapped.values())]
    if rest:
        return replace(claim, time=rest[0], times=rest[:1], own_time=True, time_source="explicit")
    return replace(claim, time=None, times=[], own_time=False, time_source=None)


#: Types whose each patient has an event of its own, and the kinds of those patients:
#: a dissolution, a founding, a death, a birth, an execution.
BODIES = ("organization", "alliance", "party")
OWN_EVENTS = {
    "dissolve": BODIES,
    "found": BODIES,
    "die": ("person",),
    "born": ("person",),
    "execute": ("person",),
}


def _split(
    cf: ClaimFrame,
    gapped: dict[str, TimeExpression] | None = None,
    kind_of: Callable[[str], str] | None = None,
) -> list[ClaimFrame]:
    """One frame per organization, and per agent of a one-sided type ("A and B withdrew");
    per partner of a relation whose partners have times of their own ("with Moscow in
    1990 and with Washington in 1991")."""
    variants = [cf]
    agents = cf.roles.get("agent", [])
    fixed = [a for a in agents if a not in (gapped or {})]
    if frames.TYPES[cf.type].symmetric and len(agents) > 2 and len(fixed) == 1:
        return [
            replace(cf, roles={**cf.roles, "agent": [*fixed, a]}) for a in agents if a != fixed[0]
        ]
    if len(cf.roles.get("org", [])) > 1:
        variants = [replace(cf, roles={**cf.roles, "org": [o]}) for o in cf.roles["org"]]
    patients = cf.roles.get("patient", [])
    if (
        len(patients) > 1
        and kind_of is not None
        and all(kind_of(p) in OWN_EVENTS.get(cf.type, ()) for p in patients)
    ):  # "the Warsaw Pact and Comecon were dissolved in 1991": each was, on its own day
        variants = [
            replace(v, roles={**v.roles, "patient": [p]})
            for v in variants
            for p in cf.roles["patient"]
        ]
    if not frames.TYPES[cf.type].symmetric:
        split = []
        for v in variants:
            agents = v.roles.get("agent", [])
            states = [a for a in agents if a not in v.roles.get("org", [])]
            if len(states) > 1:
                split += [
                    replace(v, roles={**v.roles, "agent": [a]}, group=len(states)) for a in states
                ]
            else:
                split.append(v)
        variants = split
    return variants


def _same_unit(said: str | None, key: str) -> bool:
    """A count the text gives may be held against the record's count of `key` ("yes
    votes", "submarines"): when it says what it counts, only the same thing; a share
    ("62 percent") is never a count."""
    if said is None:
        return True
    if said in SHARES:
        return False
    said = UNIT_KIN.get(said[:5], said[:5])
    return any(
        (kin := UNIT_KIN.get(word[:5], word[:5])).startswith(said) or said.startswith(kin)
        for word in key.lower().split()
    )


def _doers_combined(parts: list[Judgement]) -> Judgement:
    """One act said of several doers ("the Soviet Union and Bulgaria invaded Hungary"):
    borne out only when it is for each of them; a doer the chronicle has no record of
    leaves the whole unverifiable, unless another part is an error."""
    if any(p.verdict == "contradicted" for p in parts) or all(
        p.verdict == "supported" for p in parts
    ):
        return _combine(parts)
    return unverifiable("the chronicle bears it out only for certain doers it names")


def _combine(results: list[Judgement]) -> Judgement:
    errors = [r for r in results if r.verdict == "contradicted"]
    support = [r for r in results if r.verdict == "supported"]
    if errors and support:
        return Judgement(
            "partly_supported",
            [i for r in errors + support for i in r.evidence],
            errors[0].correction,
            min(r.confidence for r in errors),
            rule="partly",
            # the part it holds wrong ("and with the United States in March 1992")
            focus=errors[0].focus if len(errors) == 1 else None,
        )
    if errors:
        return Judgement(
            "contradicted",
            [i for r in errors for i in r.evidence],
            " ".join(dict.fromkeys(r.correction for r in errors if r.correction)),
            min(r.confidence for r in errors),
            rule=errors[0].rule,
            focus=errors[0].focus if len(errors) == 1 else None,
        )
    if support:
        return Judgement(
            "supported",
            [i for r in support for i in r.evidence],
            None,
            max(r.confidence for r in support),
            rule=max(support, key=lambda r: r.confidence).rule,
        )
    return results[0]
