"""Stage 6: verdicts. Each claim is matched to chronicle items and judged.

  supported         the chronicle agrees on who, what and when, at the precision
                    the text uses ("in 1968" is supported by 1968-09-13)
  contradicted      the chronicle says otherwise: a date beyond the text's
                    precision, a wrong actor, a patron that had stopped being one,
                    a turning point where the chronicle has none, a consequence
                    of a false premise
  partly_supported  one part right, another wrong (one of two actors, part of a span)
  unverifiable      outside what the chronicle covers, or too vague to check

Only an event that happens once for its actors (joining, withdrawing, a break
of relations, a death...) can contradict a date, and only a date the claim
states itself or takes from an event it names. Repeatable things (visits,
condemnations) are supported or left unverifiable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from rift import dates
from rift.check.claims import Claim
from rift.check.knowledge import Item, Knowledge
from rift.check.predicate import Category

SUPPORTED, CONTRADICTED, PARTLY, UNVERIFIABLE = (
    "supported",
    "contradicted",
    "partly_supported",
    "unverifiable",
)
RELATIONAL = {"reconcile", "split"}  # need two parties named
SYMMETRIC = {"reconcile", "split", "restore_relations", "alliance"}  # no direction to check
SUBSUMED = {"aid": "aid_end"}  # "cut aid" is about the end of aid, not aid itself
CONSEQUENCE_YEARS = 3  # a consequence ("set the stage for") begins within this many years
GENERIC_MIN_SCORE = 3.0  # BM25 score an uncategorized claim needs to be called supported


@dataclass
class Judgement:
    """A verdict with its evidence and, for an error, the correction."""

    verdict: str
    evidence: list[Item] = field(default_factory=list)
    correction: str | None = None
    confidence: float = 0.5
    reason: str = ""


def _year(value: date) -> str:
    return str(value.year)


def _span_words(item: Item) -> str:
    """An item's time in words: '13 September 1968', 'December 1961', '1961–1978'."""
    return item.when.replace("/", "–")


def _tolerant(interval: dates.Interval, precision: str) -> dates.Interval:
    """The claim's interval, widened a little for coarse expressions ("the late 1950s")."""
    pad = {"decade": 365, "era": 730}.get(precision, 0)
    if not pad:
        return interval
    return dates.Interval(
        interval.edtf,
        interval.earliest - timedelta(days=pad),
        interval.latest + timedelta(days=pad),
        interval.core_start,
        interval.core_end,
    )


def _fits(claim: Claim, moment: dates.Interval) -> bool:
    """Whether an event at `moment` is compatible with the claim's time and its mode."""
    assert claim.time is not None
    when = _tolerant(claim.time.interval, claim.time.precision)
    mode = claim.time.mode
    if mode in ("by", "before"):
        return moment.earliest <= when.latest
    if mode == "after":
        return moment.latest >= when.earliest
    return moment.overlaps(when)


def _coverage(periods: list[Item], interval: dates.Interval) -> float:
    """Share of the days of `interval` covered by the union of the periods' core bounds."""
    low, high = interval.core_start, interval.core_end
    total = (high - low).days + 1
    if total <= 0:
        return 0.0
    spans = sorted(
        (max(p.interval.core_start, low), min(p.interval.core_end, high)) for p in periods
    )
    covered, cursor = 0, low
    for start, end in spans:
        start = max(start, cursor)
        if end >= start:
            covered += (end - start).days + 1
            cursor = end + timedelta(days=1)
    return covered / total


class Verifier:
    """Judges the claims of one text against the chronicle."""

    def __init__(self, know: Knowledge) -> None:
        self.know = know

    # -- matching ---------------------------------------------------------------

    def involved(self, item: Item, actors: list[str]) -> bool:
        """Every actor takes part; a person only in person when the item names people."""
        named = [a for a in item.actors if self.know.kind_of(a) == "person"]
        return all(
            a in item.actors
            if named and self.know.kind_of(a) == "person"
            else item.involves(a, self.know.countries)
            for a in actors
        )

    def orgs(self, claim: Claim) -> list[str]:
        return [a for a in claim.actors if self.know.kind_of(a) in ("organization", "alliance")]

    def states(self, actors: list[str]) -> list[str]:
        return [a for a in actors if self.know.kind_of(a) not in ("organization", "alliance")]

    def candidates(
        self, category: Category, actors: list[str], claim: Claim | None = None
    ) -> list[Item]:
        found = [
            i for i in self.know.items if category.name in i.categories and self.involved(i, actors)
        ]
        if claim is None or claim.nominal or category.name in SYMMETRIC:
            return found
        return [i for i in found if self.roles_agree(i, claim)]

    def roles_agree(self, item: Item, claim: Claim) -> bool:
        """A directed item must not turn the claim around (its subject the target...)."""
        countries = self.know.countries
        subjects = {item.role_of(s, countries) for s in claim.subjects}
        objects = {item.role_of(o, countries) for o in claim.actors if o not in claim.subjects}
        doer, undergoer = ("target", "source") if claim.passive else ("source", "target")
        if undergoer in subjects and doer not in subjects:
            return False
        return not (doer in objects and undergoer not in objects)

    # -- judging -----------------------------------------------------------------

    def judge(self, claim: Claim, earlier: list[tuple[Claim, Judgement]]) -> Judgement:
        """The verdict on one claim, given the verdicts on the claims before it."""
        names = {c.name for c in claim.categories}
        categories = [c for c in claim.categories if SUBSUMED.get(c.name) not in names]
        results = [j for c in categories if (j := self.by_category(claim, c, earlier))]
        decided = [j for j in results if j.verdict != UNVERIFIABLE]
        if not decided and claim.consequence and claim.cause is not None:
            cause = earlier[claim.cause][1] if claim.cause < len(earlier) else None
            if cause and cause.verdict == CONTRADICTED and cause.confidence >= 0.7:
                return Judgement(
                    CONTRADICTED,
                    cause.evidence,
                    "The premise this follows from is false: " + (cause.correction or "see above"),
                    0.6,
                    "consequence of a contradicted claim",
                )
        if not results:
            results = [self.generic(claim)]
        judgement = _combine(results)
        if claim.hedged and judgement.verdict in (CONTRADICTED, PARTLY):
            return Judgement(UNVERIFIABLE, judgement.evidence, None, 0.3, "hedged")
        if (
            claim.strangers
            and judgement.verdict in (CONTRADICTED, PARTLY)
            and (judgement.reason != "consequence of a contradicted claim")
        ):
            # the claim names someone or something the chronicle does not know
            return Judgement(UNVERIFIABLE, [], None, 0.3, "names what the chronicle lacks")
        return judgement

    def succeed(self, claim: Claim) -> Judgement | None:
        """A succession: some person named takes office at the claimed time."""
        persons = [a for a in claim.actors if self.know.kind_of(a) == "person"]
        offices = [
            i
            for i in self.know.items
            if i.kind == "period"
            and i.period_kind == "leader"
            and any(p in i.actors for p in persons)
        ]
        if claim.time is not None:
            offices = [o for o in offices if o.start and _fits(claim, o.start)]
        return Judgement(SUPPORTED, offices[:2], None, 0.7, "took office") if offices else None

    def by_category(
        self, claim: Claim, category: Category, earlier: list[tuple[Claim, Judgement]]
    ) -> Judgement | None:
        if category.needs_org and not self.orgs(claim):
            return None
        if category.kind == "phase":
            return self.phase(claim)
        if category.name in ("aid", "alliance", "base", "isolation", "participate"):
            return self.state(claim, category, earlier)
        if category.name == "aid_end":
            return self.aid_end(claim, category)
        if category.name == "lead":
            return self.lead(claim, category)
        if category.name == "succeed":
            return self.succeed(claim)
        if category.kind == "repeatable":
            return self.repeatable(claim, category)
        return self.event(claim, category)

    def moment(self, item: Item, category: Category) -> dates.Interval:
        """The date a period stands for under `category` (its start or its end)."""
        if item.kind == "period":
            if category.period_edge in ("start", "none-start") and item.start:
                return item.start
            if category.period_edge == "end":
                return item.end or dates.parse("9999")
        return item.interval

    def event(self, claim: Claim, category: Category) -> Judgement | None:
        actors = claim.actors or [
            a for a in dict.fromkeys(claim.context) if self.know.kind_of(a) != "person"
        ]
        if not actors:
            return None  # "his death in 1984" with no one to attach it to
        if category.name in RELATIONAL and len(self.states(actors)) < 2:
            return None
        if category.needs_org:
            return self.membership_event(claim, category)
        if claim.subjects and category.name not in RELATIONAL | {
            "break_relations",
            "restore_relations",
        }:
            actors = list(
                dict.fromkeys(
                    [*claim.subjects, *(a for a in actors if self.know.kind_of(a) != "person")]
                )
            )
            if any(self.know.kind_of(s) == "person" for s in claim.subjects):
                actors = claim.subjects  # "Hoxha died": about the person
        items = [
            i
            for i in self.candidates(category, actors, claim)
            if not (
                i.kind == "period" and category.period_edge == "none-start" and i.level != "none"
            )
        ]
        if not items and len(actors) > 1:
            # the demonym may only qualify ("the Soviet invasion"): match on the others
            items = [i for i in self.candidates(category, actors[1:]) if i.kind == "event"]
        if not items:
            return None
        if claim.time is None:
            best = max(items, key=lambda i: -i.salience)
            return Judgement(SUPPORTED, [best], None, 0.5, "matched without a date")
        fitting = [i for i in items if _fits(claim, self.moment(i, category))]
        if fitting:
            return Judgement(
                SUPPORTED,
                self.rank(claim, fitting)[:2],
                None,
                0.85,
                f"{category.name} at that time",
            )
        if claim.time_source not in ("explicit", "anchored") or claim.time.precision == "era":
            return None
        best = self.nearest(items, claim, category)
        what = best.title
        if best.period_kind == "phase":
            pair = "–".join(self.know.name_of(a) for a in best.actors)
            what = f"{pair} relations entered the phase '{best.title}'"
        return Judgement(
            CONTRADICTED,
            [best],
            f"{what}: {self.when(best, category)}, not {claim.time.text.strip()}.",
            0.8 if claim.time_source == "explicit" else 0.65,
            "wrong date",
        )

    def when(self, item: Item, category: Category) -> str:
        moment = self.moment(item, category)
        return moment.edtf.replace("/", "–") if item.kind == "period" else _span_words(item)

    def nearest(self, items: list[Item], claim: Claim, category: Category) -> Item:
        """The item a correction should name: the closest in wording, then in time."""
        assert claim.time is not None
        target = claim.time.interval.core_start
        return min(
            items,
            key=lambda i: (
                i.salience,
                -round(self.know.score(claim.text, i), 1),
                abs((self.moment(i, category).core_start - target).days),
            ),
        )

    def membership_event(self, claim: Claim, category: Category) -> Judgement | None:
        """Joining or leaving an organization: judged for each state named as subject."""
        orgs = self.orgs(claim)
        members = self.states(claim.subjects) or self.states(claim.actors)
        if not members:
            return None
        verdicts: list[Judgement] = []
        for member in members:
            items = [
                i
                for i in self.know.items
                if i.involves(member, self.know.countries)
                and any(i.involves(o, self.know.countries) for o in orgs)
                and category.name in i.categories
            ]
            memberships = [
                i
                for i in items
                if i.kind == "period"
                and i.period_kind == "membership"
                and i.role_of(member, self.know.countries) == "source"
            ]
            periods = [p for p in memberships if p.status != "inactive"]
            events = [i for i in items if i.kind == "event"]
            if not periods and not events:
                if claim.time is None or claim.time_source in ("explicit", "anchored"):
                    verdicts.extend(self.never_member(member, orgs[0]))
                continue
            if claim.time is None:
                verdicts.append(Judgement(SUPPORTED, (events or periods)[:1], None, 0.5))
                continue
            fitting = [i for i in events if _fits(claim, i.interval)] + [
                p for p in periods if _fits(claim, self.moment(p, category))
            ]
            if fitting:
                verdicts.append(Judgement(SUPPORTED, fitting[:2], None, 0.85))
                continue
            if claim.time_source not in ("explicit", "anchored"):
                continue
            org = self.know.name_of(orgs[0])
            if category.period_edge == "end" and events:
                best = self.nearest(events, claim, category)
                text = f"{best.title}: {_span_words(best)}, not {claim.time.text.strip()}."
                verdicts.append(Judgement(CONTRADICTED, [best], text, 0.8, "wrong date"))
            elif category.period_edge == "end" and memberships:
                last = max(memberships, key=lambda p: p.interval.core_end)
                ended = last.end.edtf if last.end else "the end of the chronicle"
                text = f"{self.know.name_of(member)} remained in the {org} until {ended}."
                verdicts.append(Judgement(CONTRADICTED, [last], text, 0.8, "wrong actor"))
            else:
                best = self.nearest(events + periods, claim, category)
                text = f"{best.title}: {self.when(best, category)}, not {claim.time.text.strip()}."
                verdicts.append(Judgement(CONTRADICTED, [best], text, 0.8, "wrong date"))
        return _combine(verdicts) if verdicts else None

    def never_member(self, member: str, org: str) -> list[Judgement]:
        """A state said to join or leave an organization it never belonged to."""
        members = [
            i
            for i in self.know.items
            if i.kind == "period"
            and i.period_kind == "membership"
            and i.involves(org, self.know.countries)
        ]
        if len(members) < 3 or self.know.kind_of(member) != "state":
            return []  # the chronicle does not list this organization's members
        text = f"{self.know.name_of(member)} was never a member of the {self.know.name_of(org)}."
        return [Judgement(CONTRADICTED, members[:1], text, 0.75, "not a member")]

    def repeatable(self, claim: Claim, category: Category) -> Judgement | None:
        items = self.candidates(category, claim.actors, claim) or (
            self.candidates(category, claim.actors[:1], claim) if claim.actors else []
        )
        if category.name == "visit":
            items = [i for i in items if self.visitor(i, claim)]
        if claim.time is not None:
            items = [i for i in items if _fits(claim, i.interval)]
        if not items:
            return None
        ranked = self.rank(claim, items)
        return Judgement(SUPPORTED, ranked[:2], None, 0.7, f"{category.name} found")

    def visitor(self, item: Item, claim: Claim) -> bool:
        """The claim's subject is the one who travels: source of a visit, target of a hosting."""
        if not claim.subjects or claim.nominal:
            return True
        role = item.role_of(claim.subjects[0], self.know.countries)
        if item.cameo == "043":  # host a visit: the host is the source
            return role == "target"
        return role != "target"

    def rank(self, claim: Claim, items: list[Item]) -> list[Item]:
        return sorted(items, key=lambda i: -self.know.score(claim.text, i))

    def state(
        self, claim: Claim, category: Category, earlier: list[tuple[Claim, Judgement]]
    ) -> Judgement | None:
        """Something true over time: judged by how much of the claimed time it covers."""
        actors = (
            claim.actors
            if category.name in ("alliance", "base")
            else (claim.subjects or claim.actors[:1])
        )
        if category.name == "participate":
            actors = [*self.states(claim.subjects or claim.actors), *self.orgs(claim)]
        periods = [
            i
            for i in self.know.items
            if i.kind == "period"
            and i.period_kind in category.period_kinds
            and self.involved(i, actors)
            and (category.name != "isolation" or category.name in i.categories)
        ]
        if category.name == "participate":
            periods = [p for p in periods if p.status != "inactive"]
        if category.name == "aid":
            periods = [
                p
                for p in periods
                if not claim.subjects
                or any(p.role_of(s, self.know.countries) for s in claim.subjects)
            ]
        if not periods:
            return None
        if claim.initial and category.name == "alliance":
            return self.initial(claim, periods)
        if claim.consequence and claim.cause is not None and earlier:
            cause = earlier[claim.cause][0] if claim.cause < len(earlier) else None
            return self.consequence(claim, periods, cause, earlier)
        if claim.time is None:
            return Judgement(SUPPORTED, periods[:2], None, 0.5, f"{category.name} on record")
        claimed = self.claimed(claim)
        share = _coverage(periods, claimed)
        overlapping = [p for p in periods if p.interval.overlaps(claimed)]
        spans = "; ".join(f"{p.title} ({_span_words(p)})" for p in periods[:3])
        if claim.negated:
            if share == 0:
                return Judgement(SUPPORTED, periods[:1], None, 0.6, "nothing of the kind then")
            verdict = CONTRADICTED if share > 0.9 else PARTLY
            return Judgement(
                verdict,
                overlapping[:2],
                f"On record for part of that time: {spans}.",
                0.7,
                "negated state holds",
            )
        if claim.throughout:
            if share >= 0.85:
                return Judgement(SUPPORTED, overlapping[:2], None, 0.8, "covers the whole span")
            if share > 0:
                return Judgement(
                    PARTLY,
                    overlapping[:2],
                    f"Only part of that time: {spans}.",
                    0.75,
                    "covers part",
                )
        if overlapping:
            return Judgement(SUPPORTED, overlapping[:2], None, 0.75, f"{category.name} then")
        if claim.time_source not in ("explicit", "anchored") or claim.time.precision == "era":
            return None
        if category.name == "isolation":
            return None  # how isolated a state was is a matter of degree: only spans are judged
        return Judgement(
            CONTRADICTED, periods[:2], f"Not at that time: {spans}.", 0.7, "state at another time"
        )

    def claimed(self, claim: Claim) -> dates.Interval:
        """The span a state claim covers: "after 1978" runs from 1979 to the chronicle's end.

        A positive claim "until T" or "by T" says the state held at T; a negative one
        ("until 1990 there were no relations") says it held all the time up to T.
        """
        assert claim.time is not None
        when = claim.time.interval
        first, last = self.know.span
        if claim.time.mode in ("after", "since"):
            start = when.core_end if claim.time.mode == "after" else when.core_start
            return dates.Interval(when.edtf, start, last, start, last)
        if claim.time.mode == "before" or (claim.negated and claim.time.mode in ("until", "by")):
            end = when.core_start if claim.time.mode == "before" else when.core_end
            return dates.Interval(when.edtf, first, end, first, end)
        return when  # "continued until the late 1980s": still so at that time

    def initial(self, claim: Claim, periods: list[Item]) -> Judgement:
        """'Its initial alignment with X': the subject's first alliance must be with X."""
        subject = (claim.subjects or self.states(claim.actors))[:1]
        if not subject:
            return Judgement(UNVERIFIABLE)
        alliances = sorted(
            (
                i
                for i in self.know.items
                if i.kind == "period"
                and i.period_kind == "alliance"
                and i.involves(subject[0], self.know.countries)
            ),
            key=lambda i: i.interval.core_start,
        )
        if not alliances:
            return Judgement(UNVERIFIABLE)
        first = alliances[0]
        if first.id in {p.id for p in periods}:
            return Judgement(SUPPORTED, [first], None, 0.7, "first alliance")
        return Judgement(
            PARTLY,
            [first, periods[0]],
            f"The first alignment on record was another: {first.title} ({_span_words(first)}).",
            0.7,
            "not the first alignment",
        )

    def consequence(
        self,
        claim: Claim,
        periods: list[Item],
        cause: Claim | None,
        earlier: list[tuple[Claim, Judgement]],
    ) -> Judgement | None:
        """'X set the stage for a period of Y': Y must begin soon after X."""
        moment = cause.time.interval if cause and cause.time else None
        if moment is None and cause is not None:
            done = [j for c, j in earlier if c is cause and j.evidence]
            if done:
                moment = done[0].evidence[0].interval
        if moment is None:
            return None
        first = min(periods, key=lambda p: p.interval.core_start)
        gap = first.interval.core_start.year - moment.core_end.year
        if 0 <= gap <= CONSEQUENCE_YEARS or first.interval.core_start <= moment.core_end:
            return Judgement(SUPPORTED, [first], None, 0.6, "follows soon after")
        return Judgement(
            CONTRADICTED,
            [first],
            f"{first.title} began only in {_year(first.interval.core_start)}, "
            f"{gap} years after {moment.edtf.replace('/', '–')}.",
            0.7,
            "consequence too late",
        )

    def aid_end(self, claim: Claim, category: Category) -> Judgement | None:
        """Aid cut or lost: the donor's aid must end at the claimed time."""
        periods = [i for i in self.know.items if i.kind == "period" and i.period_kind == "aid"]
        recipients = [
            a
            for a in claim.actors
            if any(p.role_of(a, self.know.countries) == "target" for p in periods)
        ]
        donors = [
            a
            for a in dict.fromkeys([*claim.actors, *claim.context])
            if a not in recipients
            and any(p.role_of(a, self.know.countries) == "source" for p in periods)
        ]
        chosen = [
            p
            for p in periods
            if (not donors or any(p.role_of(d, self.know.countries) == "source" for d in donors))
            and (
                not recipients
                or any(p.role_of(r, self.know.countries) == "target" for r in recipients)
            )
        ]
        if not chosen or not (donors or recipients):
            return None
        events = [i for i in self.candidates(category, claim.actors) if i.kind == "event"]
        if claim.time is None:
            return Judgement(SUPPORTED, (events or chosen)[:1], None, 0.5)
        fitting = [e for e in events if _fits(claim, e.interval)] + [
            p for p in chosen if p.end and _fits(claim, p.end)
        ]
        if fitting:
            return Judgement(SUPPORTED, fitting[:2], None, 0.85, "aid ended then")
        if claim.time_source not in ("explicit", "anchored"):
            return None
        ended = [p for p in chosen if p.end and p.end.core_end < claim.time.interval.core_start]
        later = [
            p
            for p in chosen
            if p.end and p.interval.core_start <= claim.time.interval.core_end < p.end.core_start
        ]
        if later or not ended:  # aid still flowing then: it ended later, not earlier
            if not later or not donors or claim.time.precision not in ("day", "month", "year"):
                return None
            last = min(later, key=lambda p: p.end.core_start if p.end else p.interval.core_end)
            assert last.end is not None
            return Judgement(
                CONTRADICTED,
                [last],
                f"{last.title} continued until {last.end.edtf.replace('/', '–')}, "
                f"not {claim.time.text.strip()}.",
                0.75,
                "aid ended later",
            )
        last = max(ended, key=lambda p: p.interval.core_end)
        recipient = next((a for a, r in last.actors.items() if r == "target"), "")
        later = [
            p
            for p in periods
            if p.role_of(recipient, self.know.countries) == "target"
            and p.interval.core_start >= last.interval.core_start
            and p.id != last.id
        ]
        text = f"{last.title} ended in {_year(last.interval.core_end)}"
        if later:
            text += "; " + "; ".join(f"{p.title} followed ({_span_words(p)})" for p in later[:2])
        return Judgement(CONTRADICTED, [last, *later[:1]], text + ".", 0.8, "false premise")

    def lead(self, claim: Claim, category: Category) -> Judgement | None:
        persons = [a for a in claim.actors if self.know.kind_of(a) == "person"]
        if not persons:
            return None
        periods = [
            i
            for i in self.know.items
            if i.kind == "period"
            and i.period_kind == "leader"
            and i.involves(persons[0], self.know.countries)
        ]
        if not periods:
            return None
        if claim.time is None:
            return Judgement(SUPPORTED, periods[:1], None, 0.6, "in office")
        if claim.time.mode == "since":
            starts = [
                p
                for p in periods
                if p.start
                and p.start.overlaps(_tolerant(claim.time.interval, claim.time.precision))
            ]
            if starts:
                return Judgement(SUPPORTED, starts[:1], None, 0.8, "took office then")
            return None
        fitting = [p for p in periods if p.interval.overlaps(claim.time.interval)]
        return Judgement(SUPPORTED, fitting[:1], None, 0.7, "in office") if fitting else None

    def phase(self, claim: Claim) -> Judgement | None:
        """A turning point in a relationship must fall at a curated phase boundary."""
        states = [a for a in self.states(claim.actors) if self.know.kind_of(a) == "state"]
        if len(states) < 2 or claim.time is None:
            return None
        if claim.time_source not in ("explicit", "anchored"):
            return None
        a, b = states[0], states[1]
        phases = sorted(
            (
                i
                for i in self.know.items
                if i.kind == "period"
                and i.period_kind == "phase"
                and a in i.actors
                and b in i.actors
            ),
            key=lambda i: i.interval.core_start,
        )
        if len(phases) < 2:
            return None
        boundaries = phases[1:]
        window = _tolerant(claim.time.interval, "decade")
        near = [p for p in boundaries if p.start and p.start.overlaps(window)]
        ends = [p for p in phases if p.end and p.end.overlaps(window)]
        if near or ends:
            return Judgement(SUPPORTED, (near or ends)[:2], None, 0.6, "at a phase boundary")
        years = ", ".join(f"{p.start.edtf[:4]} ({p.title})" for p in boundaries if p.start)
        return Judgement(
            CONTRADICTED,
            boundaries[:3],
            f"The turning points of {self.know.name_of(a)}–{self.know.name_of(b)} relations "
            f"on record fall in {years}.",
            0.7,
            "no turning point then",
        )

    def generic(self, claim: Claim) -> Judgement:
        """No category: support by a close textual match with the same actors and time."""
        actors = self.states(claim.actors) + self.orgs(claim) or claim.actors
        if not actors:
            return Judgement(UNVERIFIABLE, reason="names no actor the chronicle knows")
        scores = self.know.scores(claim.text)
        need = min(2, len(actors))
        words = set(self.know.tokens([claim.text])[0]) - self.know.name_words
        best: tuple[float, Item] | None = None
        # without a date to agree on, a textual match must be much closer
        floor, shared = (GENERIC_MIN_SCORE, 2) if claim.time else (2 * GENERIC_MIN_SCORE, 3)
        for item, score in zip(self.know.items, scores, strict=True):
            if score < floor or len(words & self.know.words(item)) < shared:
                continue
            if sum(item.involves(a, self.know.countries) for a in actors) < need:
                continue
            if claim.time is not None and not _fits(claim, item.interval):
                continue
            if best is None or score > best[0]:
                best = (float(score), item)
        if best is None:
            return Judgement(UNVERIFIABLE, reason="no matching item")
        return Judgement(SUPPORTED, [best[1]], None, 0.5, "close textual match")


def _combine(results: list[Judgement]) -> Judgement:
    """One verdict from the verdicts on a claim's parts."""
    decided = [j for j in results if j.verdict != UNVERIFIABLE]
    if not decided:
        return results[0] if results else Judgement(UNVERIFIABLE)
    good = [j for j in decided if j.verdict == SUPPORTED]
    bad = [j for j in decided if j.verdict != SUPPORTED]
    if not bad:
        best = max(good, key=lambda j: j.confidence)
        evidence = list({i.id: i for j in [best, *good] for i in j.evidence}.values())
        return Judgement(SUPPORTED, evidence[:3], None, best.confidence, best.reason)
    worst = max(bad, key=lambda j: j.confidence)
    if good or any(j.verdict == PARTLY for j in bad):
        evidence = [*worst.evidence, *(e for j in good for e in j.evidence)]
        return Judgement(PARTLY, evidence[:3], worst.correction, worst.confidence, worst.reason)
    return worst
