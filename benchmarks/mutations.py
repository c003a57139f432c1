"""A mutation suite for `rift check`: claims written from the chronicle's own frames.

Every event declares a typed frame (`rift.frames`) and every period asserts one
by its kind. For the frame types below this module writes English claims from
those frames -- many template families, several verbs per type, several date
wordings -- and perturbs them (a moved date, a swapped actor, agent and patient
exchanged, a contrasting predicate, a negation, a changed number). The verdict
each claim should get is derived from the frames alone, by the checker's
documented policy: *contradicted* only when the claim is explicit and the
chronicle is unique or complete on it, otherwise *unverifiable*:

* ``none``: the true claim, at the item's year, month or day -> supported.
* ``date``: the year moved by 3-9, outside the item's EDTF range -> contradicted
  when every item of that type with those roles is unique (none fits the new
  time; a document signed under a name of its own, `frames.named_document`, is
  signed once), supported when another fits, otherwise unverifiable.
* ``actor_swap``: one role's actor replaced by another of the same kind that
  fills no such frame at that time -> contradicted for invade, join, leave,
  expel, die, execute and dissolve when the other roles still align and exactly
  one item of the type (with those other roles) is at that time, or when the
  new roles belong only to unique items at other times; otherwise unverifiable.
* ``role_swap``: agent and patient exchanged (non-symmetric types) ->
  supported if the exchanged frame exists at that time, else unverifiable.
* ``contrast``: a contrasting type (`frames.TYPES[t].contrasts`) with the same
  actors -> contradicted when that type has no item with those actors at all,
  supported if one fits the time, else unverifiable.
* ``negation``: "did not ..." at the item's time -> contradicted.
* ``quantity``: the item's number changed -> contradicted.

Whatever the perturbation, the records the README calls complete are complete:
a claim of relations (or of none) that a relations period of the pair wholly
covering its time contradicts, a change of relations strictly inside a
relations period of the pair, and a cut of aid strictly inside an aid period
of the pair (the aid went on past it) are contradicted; so is any claim of a
unique frame whose only items for those roles are at other times.

Template families: ``active``, ``passive``, ``nominal``, ``relative`` (a
relative clause on the subject), ``coordination`` (a conjunct), ``context``
(two sentences, the second referring back by "the country", "it", "he"...)
and ``relative_time`` ("Three years after the death of Stalin, ...").
Whole families can be held out (default: ``relative`` and ``context``).

    .venv/bin/python benchmarks/mutations.py [--sample N] [--seed S]
        [--holdout relative,context] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rift import dates, frames
from rift.check.decide import PRESIDENCY
from rift.check.extract import SINGLE_OFFICE

#: Frame types the suite writes claims for (events, then period types).
SCOPE = (
    "join",
    "leave",
    "expel",
    "born",
    "die",
    "execute",
    "dissolve",
    "establish_relations",
    "break_relations",
    "restore_relations",
    "give_aid",
    "cut_aid",
    "invade",
    "visit",
    "sign",
    "condemn",
    "withdraw_forces",
    "seize",
    "take_office",
    "member",
    "ally",
    "relations",
)
FAMILIES = (
    "active",
    "passive",
    "nominal",
    "relative",
    "coordination",
    "context",
    "relative_time",
)
PERTURBATIONS = ("none", "date", "actor_swap", "role_swap", "contrast", "negation", "quantity")
VERDICTS = ("supported", "contradicted", "unverifiable")
FLAGS = frozenset({"contradicted", "partly_supported"})
DEFAULT_HOLDOUT = ("relative", "context")
#: Types whose actor swaps are contradicted when the other roles align (see above).
SWAP_STRICT = frozenset({"invade", "join", "leave", "expel", "die", "execute", "dissolve"})
#: Changes ruled out inside a period of this type (besides relations changes).
PERIOD_OF = {"cut_aid": "aid"}
RELATION_CHANGES = frozenset(
    {"establish_relations", "break_relations", "restore_relations", "downgrade_relations"}
)
#: The chronicle's horizon: open periods are taken to hold up to here, claims stay inside.
FIRST_YEAR, LAST_YEAR = 1938, 1992
#: Renderings kept per (variant, time wording, family); all of them are far too many.
PER_FAMILY = 2
#: Anchors tried per time wording in the relative_time family.
ANCHORS_PER_TIME = 2
#: Types with more items than this get fewer actor bindings and swaps per item.
BUSY = 6

# ------------------------------------------------------------------ cases


@dataclass(frozen=True)
class Case:
    """One claim text, where its target sentence is, and the verdict it should get."""

    id: str
    frame_type: str
    template_family: str
    template: str
    perturbation: str
    text: str
    target_start: int
    target_end: int
    expected: str
    item_id: str
    #: the rule that gave `expected` (see `Oracle.expected`)
    basis: str = ""
    #: the verdict under a broader reading of the frames (`Oracle.broad`), to judge wrong flags
    broad: str = ""


# ------------------------------------------------------------------ names

STATE, PERSON, PARTY, ORG, ALLIANCE = "state", "person", "party", "organization", "alliance"
#: Short English names where the chronicle's name is the formal one.
SHORT_NAMES = {
    "CHN": "China",
    "TWN": "Taiwan",
    "DEU": "West Germany",
    "comecon": "Comecon",
    "csce": "the CSCE",
    "nato": "NATO",
}
#: State names that take the definite article.
THE_STATE = re.compile(r"^(United|Soviet|Russian|Republic|People's|German Democratic|Federal)\b")
#: The chronicle records no gender; these are the women among its actors (for "she").
WOMEN = frozenset({"liri-gega", "liri-belishova", "nexhmije-hoxha"})
USABLE = re.compile(r"^[^\W\d_][\w'’.\- ]*$")
NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
MONTHS = [date(1900, m, 1).strftime("%B") for m in range(1, 13)]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class Name:
    """How a text names one actor."""

    id: str
    kind: str
    name: str
    poss: str | None
    dem: str | None
    rel: str  # "who" or "which"
    anaphors: tuple[str, ...]
    s1_verb: str  # a neutral verb for the context family's first sentence


class Namer:
    """English names, possessives, demonyms and anaphors for the chronicle's actors."""

    def __init__(self, actors: dict[str, Any]) -> None:
        self.actors = actors
        self.names: dict[str, Name] = {}
        for actor in actors.values():
            made = self._name(actor)
            if made:
                self.names[actor.id] = made

    @staticmethod
    def _name(actor: Any) -> Name | None:
        name = SHORT_NAMES.get(actor.id, actor.name)
        if not USABLE.match(name.removeprefix("the ")):
            return None
        kind = actor.kind
        formal = actor.id not in SHORT_NAMES
        if formal and (kind in (PARTY, ORG, ALLIANCE) or (kind == STATE and THE_STATE.match(name))):
            name = "the " + name
        poss = name + "'" if name.endswith("s") and kind != PERSON else name + "'s"
        if kind == PERSON:
            anaphors: tuple[str, ...] = ("she",) if actor.id in WOMEN else ("he",)
        else:
            anaphors = {
                STATE: ("the country", "it"),
                PARTY: ("the party", "it"),
                ORG: ("the organization", "it"),
                ALLIANCE: ("the alliance", "it"),
            }[kind]
        dem = actor.demonyms[0] if actor.demonyms else None
        return Name(
            id=actor.id,
            kind=kind,
            name=name,
            poss=poss,
            dem=dem,
            rel="who" if kind == PERSON else "which",
            anaphors=anaphors,
            s1_verb="was often compared with"
            if kind in (ORG, ALLIANCE)
            else "kept a close watch on",
        )

    def get(self, actor_id: str) -> Name | None:
        return self.names.get(actor_id)

    def delegation(self, actor_id: str) -> Name | None:
        """A state's visit is made by its delegation: "an Albanian delegation"."""
        base = self.names.get(actor_id)
        if not base or not base.dem:
            return None
        article = "an" if base.dem[0] in "AEIOU" else "a"
        return Name(
            id=actor_id,
            kind="delegation",
            name=f"{article} {base.dem} delegation",
            poss=None,
            dem=base.dem,
            rel="which",
            anaphors=(),
            s1_verb="",
        )

    def of_kind(self, kind: str) -> list[str]:
        return sorted(i for i, n in self.names.items() if n.kind == kind)


# ------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class Form:
    """One way of saying a frame: a predicate after a subject, a clause, or a noun phrase.

    `subject` is the role the sentence is about: agent, patient, org, pair (the
    two sides of a symmetric frame, "Albania and Greece"), clause (the text is
    a whole clause) or nominal (the text is a noun phrase).
    """

    family: str
    key: str
    subject: str
    text: str
    negated: str | None = None
    qty: bool = False
    #: kinds of patient for which the wording means something else ("denounce a treaty")
    avoid: tuple[str, ...] = ()


def _a(key: str, subject: str, text: str, negated: str, qty: bool = False) -> Form:
    return Form("active", key, subject, text, negated, qty)


def _p(key: str, subject: str, text: str, negated: str, qty: bool = False) -> Form:
    return Form("passive", key, subject, text, negated, qty)


def _n(key: str, text: str, qty: bool = False) -> Form:
    return Form("nominal", key, "nominal", text, None, qty)


LEXICON: dict[str, list[Form]] = {
    "join": [
        _a("joined", "agent", "joined {org}", "did not join {org}"),
        _a(
            "became_member", "agent", "became a member of {org}", "did not become a member of {org}"
        ),
        _a("entered", "agent", "entered {org}", "did not enter {org}"),
        _p("admitted", "agent", "was admitted to {org}", "was not admitted to {org}"),
        _n("accession", "{agent_poss} accession to {org}"),
        _n("entry", "{agent_poss} entry into {org}"),
    ],
    "leave": [
        _a("withdrew", "agent", "withdrew from {org}", "did not withdraw from {org}"),
        _a("left", "agent", "left {org}", "did not leave {org}"),
        _a("pulled_out", "agent", "pulled out of {org}", "did not pull out of {org}"),
        _n("withdrawal", "{agent_poss} withdrawal from {org}"),
        _n("departure", "{agent_poss} departure from {org}"),
    ],
    "expel": [
        _p("expelled", "patient", "was expelled from {org}", "was not expelled from {org}"),
        _p("thrown_out", "patient", "was thrown out of {org}", "was not thrown out of {org}"),
        _a("expelled", "org", "expelled {patient}", "did not expel {patient}"),
        _n("expulsion", "the expulsion of {patient} from {org}"),
        _n("expulsion_poss", "{patient_poss} expulsion from {org}"),
    ],
    "born": [
        _p("born", "patient", "was born", "was not born"),
        _n("birth", "the birth of {patient}"),
        _n("birth_poss", "{patient_poss} birth"),
    ],
    "die": [
        _a("died", "patient", "died", "did not die"),
        _a("passed_away", "patient", "passed away", "did not pass away"),
        _n("death", "the death of {patient}"),
        _n("death_poss", "{patient_poss} death"),
    ],
    "execute": [
        _p("executed", "patient", "was executed", "was not executed"),
        _p("put_to_death", "patient", "was put to death", "was not put to death"),
        _a("executed", "agent", "executed {patient}", "did not execute {patient}"),
        _n("execution", "the execution of {patient}"),
        _n("execution_poss", "{patient_poss} execution"),
    ],
    "dissolve": [
        _p("dissolved", "patient", "was dissolved", "was not dissolved"),
        _p("disbanded", "patient", "was disbanded", "was not disbanded"),
        _a("ceased", "patient", "ceased to exist", "did not cease to exist"),
        _n("dissolution", "the dissolution of {patient}"),
    ],
    "found": [
        _p("founded", "patient", "was founded", "was not founded"),
        _p("established", "patient", "was established", "was not established"),
        _n("founding", "the founding of {patient}"),
    ],
    "establish_relations": [
        _a(
            "established",
            "agent",
            "established diplomatic relations with {other}",
            "did not establish diplomatic relations with {other}",
        ),
        _a(
            "opened",
            "agent",
            "opened diplomatic relations with {other}",
            "did not open diplomatic relations with {other}",
        ),
        _a(
            "established",
            "pair",
            "established diplomatic relations",
            "did not establish diplomatic relations",
        ),
        _p(
            "were_established",
            "clause",
            "diplomatic relations between {agent} and {other} were established",
            "diplomatic relations between {agent} and {other} were not established",
        ),
        _n(
            "establishment", "the establishment of diplomatic relations between {agent} and {other}"
        ),
    ],
    "break_relations": [
        _a(
            "broke_off",
            "agent",
            "broke off diplomatic relations with {other}",
            "did not break off diplomatic relations with {other}",
        ),
        _a(
            "severed",
            "agent",
            "severed relations with {other}",
            "did not sever relations with {other}",
        ),
        _a(
            "cut_ties",
            "agent",
            "cut diplomatic ties with {other}",
            "did not cut diplomatic ties with {other}",
        ),
        _a("broke_off", "pair", "broke off diplomatic relations", "did not break off relations"),
        _p(
            "were_broken",
            "clause",
            "diplomatic relations between {agent} and {other} were broken off",
            "diplomatic relations between {agent} and {other} were not broken off",
        ),
        _n("rupture", "the rupture of diplomatic relations between {agent} and {other}"),
    ],
    "restore_relations": [
        _a(
            "restored",
            "agent",
            "restored diplomatic relations with {other}",
            "did not restore diplomatic relations with {other}",
        ),
        _a(
            "resumed",
            "agent",
            "resumed diplomatic relations with {other}",
            "did not resume diplomatic relations with {other}",
        ),
        _a(
            "re_established",
            "agent",
            "re-established diplomatic relations with {other}",
            "did not re-establish diplomatic relations with {other}",
        ),
        _a(
            "restored",
            "pair",
            "restored diplomatic relations",
            "did not restore diplomatic relations",
        ),
        _p(
            "were_restored",
            "clause",
            "diplomatic relations between {agent} and {other} were restored",
            "diplomatic relations between {agent} and {other} were not restored",
        ),
        _n("restoration", "the restoration of diplomatic relations between {agent} and {other}"),
    ],
    "downgrade_relations": [
        _a(
            "downgraded",
            "agent",
            "downgraded diplomatic relations with {other}",
            "did not downgrade diplomatic relations with {other}",
        ),
        _p(
            "were_downgraded",
            "clause",
            "diplomatic relations between {agent} and {other} were downgraded",
            "diplomatic relations between {agent} and {other} were not downgraded",
        ),
        _n("downgrading", "the downgrading of relations between {agent} and {other}"),
    ],
    "give_aid": [
        _a("gave", "agent", "gave aid to {patient}", "did not give aid to {patient}"),
        _a(
            "sent",
            "agent",
            "sent economic aid to {patient}",
            "did not send economic aid to {patient}",
        ),
        _a("provided", "agent", "provided aid to {patient}", "did not provide aid to {patient}"),
        _p("received", "patient", "received aid from {agent}", "did not receive aid from {agent}"),
        _n("aid", "{agent_dem} aid to {patient}"),
        _a("supplied", "agent", "supplied {patient} with {qty}", "", qty=True),
        _a("shipped", "agent", "shipped {qty} to {patient}", "", qty=True),
        _p("received", "patient", "received {qty} from {agent}", "", qty=True),
    ],
    "cut_aid": [
        _a("cut_off", "agent", "cut off aid to {patient}", "did not cut off aid to {patient}"),
        _a("halted", "agent", "halted its aid to {patient}", "did not halt its aid to {patient}"),
        _a("ended", "agent", "ended its aid to {patient}", "did not end its aid to {patient}"),
        _p(
            "was_cut_off",
            "clause",
            "{agent_dem} aid to {patient} was cut off",
            "{agent_dem} aid to {patient} was not cut off",
        ),
        _n("end", "the end of {agent_dem} aid to {patient}"),
    ],
    "invade": [
        _a("invaded", "agent", "invaded {patient}", "did not invade {patient}"),
        _a("marched_into", "agent", "marched into {patient}", "did not march into {patient}"),
        _a(
            "sent_troops",
            "agent",
            "sent troops into {patient}",
            "did not send troops into {patient}",
        ),
        _p("invaded_by", "patient", "was invaded by {agent}", "was not invaded by {agent}"),
        _n("invasion", "{agent_poss} invasion of {patient}"),
        _n("invasion_dem", "the {agent_dem} invasion of {patient}"),
    ],
    "withdraw_forces": [
        _a(
            "withdrew",
            "agent",
            "withdrew its forces from {patient}",
            "did not withdraw its forces from {patient}",
        ),
        _a(
            "pulled_out",
            "agent",
            "pulled its troops out of {patient}",
            "did not pull its troops out of {patient}",
        ),
        _p(
            "were_withdrawn",
            "clause",
            "{agent_dem} forces were withdrawn from {patient}",
            "{agent_dem} forces were not withdrawn from {patient}",
        ),
        _n("withdrawal", "the withdrawal of {agent_dem} forces from {patient}"),
    ],
    "deploy_forces": [
        _a(
            "stationed",
            "agent",
            "stationed forces in {patient}",
            "did not station forces in {patient}",
        ),
        _a(
            "deployed",
            "agent",
            "deployed troops to {patient}",
            "did not deploy troops to {patient}",
        ),
        _p(
            "were_deployed",
            "clause",
            "{agent_dem} forces were deployed to {patient}",
            "{agent_dem} forces were not deployed to {patient}",
        ),
        _n("deployment", "the deployment of {agent_dem} forces to {patient}"),
    ],
    "visit": [
        _a("visited", "agent", "visited {patient}", "did not visit {patient}"),
        _a("travelled", "agent", "travelled to {patient}", "did not travel to {patient}"),
        _a("paid_visit", "agent", "paid a visit to {patient}", "did not pay a visit to {patient}"),
        _p("visited_by", "patient", "was visited by {agent}", "was not visited by {agent}"),
        _n("visit", "the visit of {agent} to {patient}"),
        _n("visit_poss", "{agent_poss} visit to {patient}"),
    ],
    "sign": [
        _a("signed", "pair", "signed {what}", "did not sign {what}"),
        _a("concluded", "pair", "concluded {what}", "did not conclude {what}"),
        _a(
            "signed_with", "agent", "signed {what} with {other}", "did not sign {what} with {other}"
        ),
        _p(
            "was_signed",
            "clause",
            "{what} was signed by {agent} and {other}",
            "{what} was not signed by {agent} and {other}",
        ),
        _n("signing", "the signing of {what} between {agent} and {other}"),
    ],
    "condemn": [
        _a("condemned", "agent", "condemned {patient}", "did not condemn {patient}"),
        replace(
            _a("denounced", "agent", "denounced {patient}", "did not denounce {patient}"),
            avoid=(ORG, ALLIANCE),
        ),
        _a("criticized", "agent", "criticized {patient}", "did not criticize {patient}"),
        _p("condemned_by", "patient", "was condemned by {agent}", "was not condemned by {agent}"),
        replace(
            _p(
                "denounced_by",
                "patient",
                "was denounced by {agent}",
                "was not denounced by {agent}",
            ),
            avoid=(ORG, ALLIANCE),
        ),
        _n("condemnation", "{agent_poss} condemnation of {patient}"),
        replace(
            _n("denunciation", "{agent_poss} denunciation of {patient}"), avoid=(ORG, ALLIANCE)
        ),
    ],
    "side_with": [
        _a("sided_with", "agent", "sided with {patient}", "did not side with {patient}"),
        _a("backed", "agent", "backed {patient}", "did not back {patient}"),
        _p("backed_by", "patient", "was backed by {agent}", "was not backed by {agent}"),
        _n("support", "{agent_poss} support for {patient}"),
    ],
    "seize": [
        _a("seized", "agent", "seized {qty}", "did not seize {qty}", qty=True),
        _a("impounded", "agent", "impounded {qty}", "did not impound {qty}", qty=True),
        _p(
            "were_seized",
            "clause",
            "{qty} were seized by {agent}",
            "{qty} were not seized by {agent}",
            qty=True,
        ),
        _n("seizure", "{agent_poss} seizure of {qty}", qty=True),
    ],
    "take_office": [
        _a("became", "agent", "became {office}", "did not become {office}"),
        _a("took_office", "agent", "took office as {office}", "did not take office as {office}"),
        _p("was_made", "agent", "was made {office}", "was not made {office}"),
        _n("appointment", "{agent_poss} appointment as {office}"),
    ],
    "leave_office": [
        _a("stepped_down", "agent", "stepped down as {office}", "did not step down as {office}"),
        _a("resigned", "agent", "resigned as {office}", "did not resign as {office}"),
        _p("was_removed", "agent", "was removed as {office}", "was not removed as {office}"),
        _n("resignation", "{agent_poss} resignation as {office}"),
    ],
    "member": [
        _a("was_member", "agent", "was a member of {org}", "was not a member of {org}"),
        _a("belonged", "agent", "belonged to {org}", "did not belong to {org}"),
        _a("sat_in", "agent", "was part of {org}", "was not part of {org}"),
    ],
    "ally": [
        _a("allied_with", "agent", "was allied with {other}", "was not allied with {other}"),
        _a("ally_of", "agent", "was an ally of {other}", "was not an ally of {other}"),
        _a("were_allies", "pair", "were allies", "were not allies"),
    ],
    # relations: `text` says there were relations, `negated` that there were none
    "relations": [
        _a(
            "had",
            "agent",
            "had diplomatic relations with {other}",
            "had no diplomatic relations with {other}",
        ),
        _a(
            "maintained",
            "agent",
            "maintained diplomatic relations with {other}",
            "did not maintain diplomatic relations with {other}",
        ),
        _a("had", "pair", "had diplomatic relations", "had no diplomatic relations"),
    ],
}

#: Which actors a type's roles take, by kind. `other` is the second side of a symmetric frame.
ROLE_KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "join": {"agent": (STATE,), "org": (ORG, ALLIANCE)},
    "leave": {"agent": (STATE,), "org": (ORG, ALLIANCE)},
    "expel": {"patient": (STATE, PARTY), "org": (ORG, ALLIANCE)},
    "born": {"patient": (PERSON,)},
    "die": {"patient": (PERSON,)},
    "execute": {"patient": (PERSON,), "agent": (STATE,)},
    "dissolve": {"patient": (ORG, ALLIANCE, STATE)},
    "establish_relations": {"agent": (STATE,), "other": (STATE,)},
    "break_relations": {"agent": (STATE,), "other": (STATE,)},
    "restore_relations": {"agent": (STATE,), "other": (STATE,)},
    "give_aid": {"agent": (STATE,), "patient": (STATE,)},
    "cut_aid": {"agent": (STATE,), "patient": (STATE,)},
    "invade": {"agent": (STATE,), "patient": (STATE,)},
    "withdraw_forces": {"agent": (STATE,), "patient": (STATE,)},
    "visit": {"agent": (PERSON, STATE), "patient": (STATE,)},
    "sign": {"agent": (STATE,), "other": (STATE,)},
    "condemn": {"agent": (STATE, PERSON, PARTY), "patient": (STATE, PERSON, PARTY, ALLIANCE)},
    "seize": {"agent": (STATE,), "patient": (STATE,)},
    "take_office": {"agent": (PERSON,), "patient": (STATE, PARTY)},
    "member": {"agent": (STATE,), "org": (ORG, ALLIANCE)},
    "ally": {"agent": (STATE,), "other": (STATE,)},
    "relations": {"agent": (STATE,), "other": (STATE,)},
}
#: Roles a binding may lack (its forms that need them are skipped).
OPTIONAL_ROLES = {"execute": {"agent"}}
#: Contrasting types and how the roles map onto them.
CONTRASTS: dict[str, list[tuple[str, dict[str, str]]]] = {
    t: [
        (c, {"agent": "patient"} if c == "expel" else {"patient": "agent"} if t == "expel" else {})
        for c in frames.TYPES[t].contrasts
        if c in LEXICON
    ]
    for t in SCOPE
}
NOMINAL_FRAMES = (
    ("came", "{np} came {time}."),
    ("took_place", "{np} took place {time}."),
    ("attention", "{np} {time} drew wide attention."),
)
RELATIVE_TAILS = (
    "remains a subject of debate among historians",
    "is discussed in many histories of the period",
    "has been studied closely by historians",
)
COORD_TAILS = ("the news spread quickly", "the news was widely reported")
COORD_HEADS = ("acted quickly", "moved swiftly")
#: Types a neutral head ("acted quickly and ...") does not fit: events that befall, states.
NO_HEAD = frozenset({"born", "die", "dissolve", "found", "member", "ally", "relations"})
#: Anchors for the relative_time family: unique events a text may date others by.
ANCHOR_TYPES = ("die", "leave", "invade", "dissolve")


# ------------------------------------------------------------------ time


@dataclass(frozen=True)
class When:
    """The time a claim gives: its days and its wording."""

    start: date
    end: date
    phrase: str
    kind: str  # year, month, day or relative

    @staticmethod
    def year(y: int) -> When:
        return When(date(y, 1, 1), date(y, 12, 31), f"in {y}", "year")

    @staticmethod
    def month(y: int, m: int) -> When:
        last = (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)
        return When(date(y, m, 1), last, f"in {MONTHS[m - 1]} {y}", "month")

    @staticmethod
    def day(d: date) -> When:
        return When(d, d, f"on {d.day} {MONTHS[d.month - 1]} {d.year}", "day")

    def moved(self, years: int) -> When | None:
        y = self.start.year + years
        if self.kind == "year":
            return When.year(y)
        if self.kind == "month":
            return When.month(y, self.start.month)
        try:
            return When.day(self.start.replace(year=y))
        except ValueError:
            return None


def _plain(edtf: str) -> bool:
    return "/" not in edtf and not re.search(r"[?~%X]", edtf)


def event_whens(edtf: str) -> list[When]:
    """The year, month and day wordings an event's date supports."""
    iv = dates.parse(edtf)
    s, e = iv.core_start, iv.core_end
    whens = [When.year(s.year)]
    same_month = (s.year, s.month) == (e.year, e.month)
    month_precise = len(edtf.split("/")[0].rstrip("?~%")) >= 7
    if same_month and month_precise and (s, e) != (date(s.year, 1, 1), date(s.year, 12, 31)):
        whens.append(When.month(s.year, s.month))
    if s == e and _plain(edtf):
        whens.append(When.day(s))
    return whens


# ------------------------------------------------------------------ the chronicle's facts


@dataclass(eq=False)
class Fact:
    """An item as the oracle sees it: a frame with its days."""

    id: str
    type: str
    roles: dict[str, frozenset[str]]
    earliest: date
    latest: date
    core: tuple[date, date]
    #: periods: the days the period surely covers
    inner: tuple[date, date] | None
    unique: bool
    office: str | None
    what: str | None
    quantity: dict[str, int]
    polarity: bool | None
    edtf: str
    #: the span within which the chronicle holds every fact of this type for its roles
    complete: tuple[date, date] | None = None
    span: str | None = None


def _roles(frame: Any) -> dict[str, frozenset[str]]:
    roles = {r: frozenset(frame.actors_in(r)) for r in ("agent", "patient", "org")}
    if frames.TYPES[frame.type].symmetric:
        roles["agent"] = roles["agent"] | roles["patient"]
        roles["patient"] = frozenset()
    return roles


def _span(edtf: str | None) -> tuple[date, date] | None:
    if edtf is None:
        return None
    iv = dates.parse(edtf)
    return iv.earliest, iv.latest


def facts_of(chronicle: Any) -> list[Fact]:
    made = []
    for event in chronicle.events.values():
        iv = dates.parse(event.date)
        f = event.frame
        made.append(
            Fact(
                event.id,
                f.type,
                _roles(f),
                iv.earliest,
                iv.latest,
                (iv.core_start, iv.core_end),
                None,
                f.is_unique,
                f.office,
                f.what,
                dict(f.quantity),
                None,
                event.date,
                _span(f.complete_within),
                f.complete_within,
            )
        )
    horizon = date(LAST_YEAR, 12, 31)
    for period in chronicle.periods.values():
        f = period.asserted
        start = dates.parse(period.start)
        if period.end:
            end = dates.parse(period.end)
            end_earliest, end_latest, end_core = end.earliest, end.latest, end.core_end
        else:
            end_earliest = end_latest = end_core = horizon
        made.append(
            Fact(
                period.id,
                f.type,
                _roles(f),
                start.earliest,
                end_latest,
                (start.core_start, end_core),
                (start.latest, end_earliest),
                f.is_unique,
                f.office,
                f.what,
                dict(f.quantity),
                (period.level != "none") if f.type == "relations" else None,
                f"{period.start}/{period.end or '..'}",
            )
        )
    return made


# ------------------------------------------------------------------ the oracle


@dataclass(frozen=True)
class Claim:
    """What a generated sentence asserts, in the chronicle's terms."""

    type: str
    roles: tuple[tuple[str, frozenset[str]], ...]
    when: When
    negated: bool = False
    office: str | None = None
    what: str | None = None
    qty: tuple[str, int] | None = None
    polarity: bool | None = None

    def role(self, name: str) -> frozenset[str]:
        return dict(self.roles).get(name, frozenset())


class Oracle:
    """The verdict a claim should get, from the frames and the policy in the module docstring."""

    def __init__(self, facts: list[Fact], people: frozenset[str] = frozenset()) -> None:
        self.people = people
        self.by_type: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            self.by_type[fact.type].append(fact)

    @staticmethod
    def fits(fact: Fact, claim: Claim, skip: str | None = None) -> bool:
        """The claim's actors fill the fact's roles (all but `skip`)."""
        return all(ids <= fact.roles.get(r, frozenset()) for r, ids in claim.roles if r != skip)

    def names_its_people(self, fact: Fact, claim: Claim) -> bool:
        """The claim names one of the people of every role it fills: Khrushchev's one
        visit to Albania is unique for Khrushchev, not for every Soviet delegation; the
        one execution of Balluku, Dume and Çako is Balluku's one execution."""
        for role, ids in claim.roles:
            people = fact.roles.get(role, frozenset()) & self.people
            if people and not ids & people:
                return False
        return True

    @staticmethod
    def attrs(fact: Fact, claim: Claim) -> bool:
        if claim.office and fact.office != claim.office:
            return False
        if claim.type == "sign" and claim.what and fact.what != claim.what:
            return False
        return claim.polarity is None or fact.polarity == claim.polarity

    @staticmethod
    def sure(fact: Fact, when: When) -> bool:
        """The fact holds at the claim's time, at the claim's precision."""
        if fact.inner is not None:
            return fact.inner[0] <= when.start and when.end <= fact.inner[1]
        return fact.core[0] <= when.end and when.start <= fact.core[1]

    @staticmethod
    def possible(fact: Fact, when: When) -> bool:
        return fact.earliest <= when.end and when.start <= fact.latest

    def candidates(self, claim: Claim) -> list[Fact]:
        return [f for f in self.by_type.get(claim.type, []) if self.fits(f, claim)]

    def expected(
        self, claim: Claim, perturbation: str, swapped: str | None = None
    ) -> tuple[str, str]:
        """(verdict, basis): the verdict by the policy, and the rule that gave it."""
        same = self.candidates(claim)
        fitting = [f for f in same if self.attrs(f, claim)]
        sure = [f for f in fitting if self.sure(f, claim.when)]
        if claim.negated:
            return ("contradicted", "negated fact") if sure else ("unverifiable", "no fact")
        if claim.qty:
            unit, n = claim.qty
            counted = [f for f in sure if unit in f.quantity]
            if any(f.quantity[unit] == n for f in counted):
                return "supported", "fact"
            if counted:
                return "contradicted", "other number"
            return "unverifiable", "no count"
        if sure:
            return "supported", "fact"
        if self.after_death(claim):
            return "contradicted", "after death"
        if any(self.possible(f, claim.when) for f in fitting):
            return "unverifiable", "uncertain date"
        if claim.type == "relations":
            opposite = [f for f in same if f.polarity != claim.polarity]
            if any(self.sure(f, claim.when) for f in opposite):
                return "contradicted", "relations level"
        if fitting and all(
            (f.unique or (f.type == "sign" and frames.named_document(f.what)))
            and self.names_its_people(f, claim)
            for f in fitting
        ):
            return "contradicted", "unique elsewhere"
        if self.listed_within(claim, fitting):
            return "contradicted", "complete within"
        if self.sole_term(claim):
            return "contradicted", "sole term"
        record = self.complete_record(claim)
        if record:
            return "contradicted", f"{record} record"
        if perturbation == "actor_swap" and claim.type in SWAP_STRICT and swapped:
            aligned = [
                f
                for f in self.by_type.get(claim.type, [])
                if self.fits(f, claim, skip=swapped) and self.possible(f, claim.when)
            ]
            if len(aligned) == 1:
                return "contradicted", "one such item then"
        if perturbation == "contrast" and not same:
            return "contradicted", "contrast never recorded"
        return "unverifiable", "not recorded"

    def listed_within(self, claim: Claim, fitting: list[Fact]) -> bool:
        """The claim's time lies in a span within which the chronicle holds every fact
        of its type for a person it names as agent, and it names the facts' patient."""
        people = claim.role("agent") & self.people
        for fact in fitting:
            if fact.complete is None or not people:
                continue
            if not fact.complete[0] <= claim.when.start <= claim.when.end <= fact.complete[1]:
                continue
            if fact.roles.get("patient") and not claim.role("patient"):
                continue
            series = [f for f in self.by_type[claim.type] if f.span == fact.span]
            if all(people <= f.roles.get("agent", frozenset()) for f in series):
                return True
        return False

    def sole_term(self, claim: Claim) -> bool:
        """A person said to take an office one holds at a time (prime minister, first
        secretary...) that the chronicle has them take only once, at another time."""
        people = claim.role("agent") & self.people
        if claim.type != "take_office" or claim.negated or len(people) != 1:
            return False
        # one holds a presidency at a time too (the checker's `sole_term`)
        kind = next((p for p in (SINGLE_OFFICE, PRESIDENCY) if p.search(claim.office or "")), None)
        named = kind.search(claim.office or "") if kind is not None else None
        if kind is None or named is None:
            return False

        def same(office: str | None) -> bool:  # "First Secretary of the Party of ..."
            found = kind.search(office or "")
            return found is not None and found.group(0).lower() == named.group(0).lower()

        terms = [
            f
            for f in self.by_type.get("hold_office", [])
            if same(f.office) and people <= f.roles.get("agent", frozenset())
        ]
        inner = terms[0].inner if len(terms) == 1 else None
        if inner is None:
            return False
        # it was taken between the earliest and the latest day its term may have begun
        return not (terms[0].earliest <= claim.when.end and claim.when.start <= inner[0])

    def after_death(self, claim: Claim) -> bool:
        """A person does it (agent, or partner) after the chronicle records their death."""
        if claim.type in ("die", "execute") or claim.negated:
            return False
        doers = claim.role("agent") | claim.role("with")
        return any(
            fact.roles.get("patient", frozenset()) & doers and fact.latest < claim.when.start
            for kind in ("die", "execute")
            for fact in self.by_type.get(kind, [])
        )

    def complete_record(self, claim: Claim) -> str | None:
        """The record that rules a change out: relations or aid, complete for a pair.

        A change of relations strictly inside a relations period of the pair (its
        level holds before and after), or a cut of aid strictly inside an aid
        period (the aid went on past the claimed end).
        """
        period = "relations" if claim.type in RELATION_CHANGES else PERIOD_OF.get(claim.type)
        if not period:
            return None
        actors = frozenset().union(*(ids for _, ids in claim.roles))
        for fact in self.by_type.get(period, []):
            held = frozenset().union(*fact.roles.values())
            inner = fact.inner
            if not inner or not actors <= held or (period == "aid" and not self.fits(fact, claim)):
                continue
            if inner[0] < claim.when.start <= claim.when.end < inner[1]:
                return period
        return None

    def broad(self, claim: Claim) -> str:
        """A broader reading of the frames than the policy, to judge wrong flags by.

        Also contradicted: a claim at a time when a contrasting frame holds of its
        actors (the policy asks that the contrasting type be recorded for them
        never at all); aid cut more than a year after every aid period of the donor
        to the recipient had ended (there was none left to cut).
        """
        if claim.negated or claim.qty:
            return "unverifiable"
        actors = frozenset().union(*(ids for _, ids in claim.roles))
        if claim.type == "cut_aid":
            given = [
                f
                for f in self.by_type.get("aid", [])
                if actors <= frozenset().union(*f.roles.values())
            ]
            if given and all((claim.when.start - f.latest).days > 365 for f in given):
                return "contradicted"
        for other in frames.TYPES:
            if not frames.contrasting(claim.type, other):
                continue
            for fact in self.by_type.get(other, []):
                held = frozenset().union(*fact.roles.values())
                if actors <= held and self.sure(fact, claim.when):
                    return "contradicted"
        return "unverifiable"


# ------------------------------------------------------------------ generation


@dataclass(frozen=True)
class Variant:
    """One perturbation of one item: the frame to say, with which actors, when."""

    perturbation: str
    type: str
    binding: tuple[tuple[str, str], ...]  # role -> actor id
    whens: tuple[When, ...]
    negated: bool = False
    qty: tuple[str, int] | None = None
    polarity: bool | None = None
    swapped: str | None = None
    note: str = ""

    @property
    def bound(self) -> dict[str, str]:
        return dict(self.binding)


@dataclass
class Item:
    id: str
    type: str
    fact: Fact
    frame: Any
    whens: list[When] = field(default_factory=list)


def _number(n: int) -> str:
    return NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else f"{n:,}"


def _with_article(what: str) -> str:
    lowered = what.lower()
    if lowered.startswith(("the ", "a ", "an ")):
        return what
    if what[:1].isupper() or " of the " in what:
        return "the " + what
    return ("an " if lowered[0] in "aeiou" else "a ") + what


class Generator:
    def __init__(self, chronicle: Any, seed: int) -> None:
        self.chronicle = chronicle
        self.seed = seed
        self.namer = Namer(chronicle.actors)
        self.facts = facts_of(chronicle)
        people = frozenset(a.id for a in chronicle.actors.values() if a.kind == PERSON)
        self.oracle = Oracle(self.facts, people)
        self.by_id = {f.id: f for f in self.facts}
        self.anchors = self._anchors()

    # -- items and bindings

    def items(self) -> list[Item]:
        found = []
        for event in self.chronicle.events.values():
            if event.frame.type in SCOPE:
                item = Item(event.id, event.frame.type, self.by_id[event.id], event.frame)
                item.whens = event_whens(event.date)
                found.append(item)
        for period in self.chronicle.periods.values():
            frame = period.asserted
            if frame.type in SCOPE:
                item = Item(period.id, frame.type, self.by_id[period.id], frame)
                item.whens = self._period_whens(item.fact)
                if item.whens:
                    found.append(item)
        return sorted(found, key=lambda i: i.id)

    def _period_whens(self, fact: Fact) -> list[When]:
        """One or two whole years the period surely covers (the middle one and another)."""
        assert fact.inner is not None
        begin, end = fact.inner
        first = begin.year + (begin != date(begin.year, 1, 1))
        last = end.year - (end != date(end.year, 12, 31))
        years = list(range(max(first, FIRST_YEAR), min(last, LAST_YEAR - 1) + 1))
        if not years:
            return []
        rng = random.Random(f"{self.seed}:{fact.id}:years")
        picked = {years[len(years) // 2], rng.choice(years)}
        return [When.year(y) for y in sorted(picked)]

    def bindings(self, item: Item, rng: random.Random, limit: int = 4) -> list[dict[str, str]]:
        kinds = ROLE_KINDS[item.type]
        frame = item.frame
        pools: dict[str, list[str]] = {}
        symmetric = frames.TYPES[item.type].symmetric
        for role, allowed in kinds.items():
            source = "agent" if role == "other" else role
            ids = frame.actors_in(source)
            if symmetric:
                ids = list(frame.agent) + list(frame.patient)
            usable = [a for a in ids if self._kind(a) in allowed]
            if not usable and role not in OPTIONAL_ROLES.get(item.type, set()):
                return []
            pools[role] = usable
        combos: list[dict[str, str]] = [{}]
        for role, ids in pools.items():
            if not ids:
                continue
            combos = [{**c, role: a} for c in combos for a in ids if a not in c.values()]
        if item.type == "visit":  # people visit; a state visits through its delegation
            people = [c for c in combos if self._kind(c["agent"]) == PERSON]
            combos = people or combos
        if len(combos) > limit:
            combos = rng.sample(combos, limit)
        return combos

    def _kind(self, actor: str) -> str | None:
        named = self.namer.get(actor)
        return named.kind if named else None

    def name(self, item_type: str, role: str, actor: str) -> Name | None:
        if item_type == "visit" and role == "agent" and self.namer.get(actor):
            named = self.namer.get(actor)
            if named and named.kind == STATE:
                return self.namer.delegation(actor)
        return self.namer.get(actor)

    # -- anchors for relative_time

    def _anchors(self) -> list[tuple[int, str, str]]:
        """(year, noun phrase, item id) of unique, day-dated events of the anchor types."""
        made = []
        for event in self.chronicle.events.values():
            f = event.frame
            iv = dates.parse(event.date)
            if f.type not in ANCHOR_TYPES or iv.uncertain or iv.core_start.year != iv.core_end.year:
                continue
            binding = {}
            for role, allowed in ROLE_KINDS[f.type].items():
                ids = [a for a in f.actors_in(role) if self._kind(a) in allowed]
                if ids:
                    binding[role] = ids[0]
            for form in LEXICON[f.type]:
                if form.family != "nominal":
                    continue
                fill = self.fill(f.type, binding, event.frame, None)
                np = _format(form.text, fill)
                if np and "{" not in np:
                    made.append((iv.core_start.year, np, event.id))
                    break
        return sorted(made)

    # -- slot values

    def fill(
        self, type_: str, binding: dict[str, str], frame: Any, qty: tuple[str, int] | None
    ) -> dict[str, str | None]:
        slots: dict[str, str | None] = {}
        for role, actor in binding.items():
            named = self.name(type_, role, actor)
            slots[role] = named.name if named else None
            slots[f"{role}_poss"] = named.poss if named else None
            slots[f"{role}_dem"] = named.dem if named else None
        if frame is not None:
            if frame.what:
                slots["what"] = _with_article(frame.what)
            if frame.office and "patient" in binding:
                patient = self.namer.get(binding["patient"])
                if patient:
                    slots["office"] = f"{frame.office} of {patient.name}"
        if qty:
            unit, n = qty
            what = frame.what if frame is not None else None
            if unit in ("tons", "tonnes"):
                slots["qty"] = f"{n:,} {unit} of {what or 'supplies'}"
            elif type_ == "give_aid":
                slots["qty"] = f"equipment for {_number(n)} {unit}"
            else:
                dem = slots.get("patient_dem")
                slots["qty"] = f"{_number(n)} {dem + ' ' if dem else ''}{unit}"
        return slots

    # -- variants

    def variants(
        self, item: Item, binding: dict[str, str], rng: random.Random, swaps: int = 2
    ) -> list[Variant]:
        t = item.type
        bind = tuple(sorted(binding.items()))
        whens = tuple(item.whens)
        polarity = item.fact.polarity
        qty = next(iter(item.frame.quantity.items()), None)
        counted = qty if t == "seize" else None  # every seize form counts what was seized
        made = [Variant("none", t, bind, whens, qty=counted, polarity=polarity)]
        if qty and not counted:
            made.append(Variant("none", t, bind, whens, qty=qty, note="qty"))
            for n in _other_numbers(qty[1], rng):
                made.append(Variant("quantity", t, bind, whens, qty=(qty[0], n)))
        # date: one move forward and one back, outside the item's EDTF range
        for sign in (1, -1):
            for _ in range(10):
                years = sign * rng.randint(3, 9)
                moved = [w.moved(years) for w in whens]
                ok = [
                    w
                    for w in moved
                    if w
                    and FIRST_YEAR <= w.start.year <= LAST_YEAR
                    and not (item.fact.earliest <= w.end and w.start <= item.fact.latest)
                ]
                if ok:
                    made.append(Variant("date", t, bind, tuple(ok), qty=counted, polarity=polarity))
                    break
        made += self._actor_swaps(item, binding, rng, counted, swaps)
        spec = frames.TYPES[t]
        if (
            not spec.symmetric
            and "agent" in binding
            and "patient" in binding
            and t != "take_office"
        ):
            a, p = binding["agent"], binding["patient"]
            na, np_ = self.namer.get(a), self.namer.get(p)
            if na and np_ and na.kind == np_.kind:
                swapped = {**binding, "agent": p, "patient": a}
                made.append(
                    Variant("role_swap", t, tuple(sorted(swapped.items())), whens, qty=counted)
                )
        for other, mapping in CONTRASTS.get(t, []):
            mapped = {mapping.get(r, r): a for r, a in binding.items()}
            made.append(Variant("contrast", other, tuple(sorted(mapped.items())), whens))
        if t == "relations":
            made.append(Variant("negation", t, bind, whens, polarity=not polarity))
        else:
            made.append(Variant("negation", t, bind, whens, negated=True, qty=counted))
        return made

    def _actor_swaps(
        self,
        item: Item,
        binding: dict[str, str],
        rng: random.Random,
        qty: tuple[str, int] | None,
        swaps: int,
    ) -> list[Variant]:
        made = []
        in_frame = {a for ids in item.fact.roles.values() for a in ids} | set(binding.values())
        for role, actor in sorted(binding.items()):
            named = self.namer.get(actor)
            if not named:
                continue
            pool = [a for a in self.namer.of_kind(named.kind) if a not in in_frame]
            rng.shuffle(pool)
            kept = 0
            for other in pool:
                swapped = {**binding, role: other}
                if self.name(item.type, role, other) is None:
                    continue
                probe = self.claim(item, swapped, item.whens[0], {*swapped})
                probe = Claim(probe.type, probe.roles, probe.when)
                if any(
                    self.oracle.possible(f, w)
                    for f in self.oracle.candidates(probe)
                    for w in item.whens
                ):
                    continue  # the new actor fills such a frame at that time
                claim_role = "agent" if role == "other" else role
                made.append(
                    Variant(
                        "actor_swap",
                        item.type,
                        tuple(sorted(swapped.items())),
                        tuple(item.whens),
                        qty=qty,
                        polarity=item.fact.polarity,
                        swapped=claim_role,
                        note=role,
                    )
                )
                kept += 1
                if kept == swaps:
                    break
        return made

    def claim(
        self,
        item: Item,
        binding: dict[str, str],
        when: When,
        used: set[str],
        variant: Variant | None = None,
        form: Form | None = None,
    ) -> Claim:
        type_ = variant.type if variant else item.type
        symmetric = frames.TYPES[type_].symmetric
        roles: dict[str, set[str]] = defaultdict(set)
        for role, actor in binding.items():
            if role not in used:
                continue
            target = "agent" if role == "other" or (symmetric and role == "patient") else role
            roles[target].add(actor)
        office = item.frame.office if type_ in ("take_office", "leave_office") else None
        return Claim(
            type=type_,
            roles=tuple(sorted((r, frozenset(ids)) for r, ids in roles.items())),
            when=when,
            negated=bool(variant and variant.negated),
            office=office if office and "office" in used else None,
            what=item.frame.what if "what" in used else None,
            qty=variant.qty if variant and form and form.qty else None,
            polarity=variant.polarity if variant and type_ == "relations" else None,
        )

    # -- sentences

    def sentences(
        self, item: Item, variant: Variant, form: Form, when: When, rng: random.Random
    ) -> Iterator[tuple[str, str, str, int, int]]:
        """(family, template variant, text, target start, target end) for one form and time."""
        binding = variant.bound
        fill = self.fill(variant.type, binding, item.frame, variant.qty)
        negated = variant.negated or (variant.type == "relations" and variant.polarity is False)
        pattern = form.negated if negated else form.text
        if pattern is None or (negated and not pattern):
            return
        pred = _format(pattern, fill)
        if pred is None or ("patient" in binding and self._kind(binding["patient"]) in form.avoid):
            return
        if when.kind == "relative":
            clause = self._clause(form, fill, pred)
            if clause is None or form.family == "nominal":
                return
            head = cap(when.phrase) + ", "
            text = f"{head}{clause}."
            yield "relative_time", "after", text, len(head), len(text) - 1
            return
        if form.family == "nominal":
            for key, frame in NOMINAL_FRAMES:
                text = cap(frame.format(np=pred, time=when.phrase))
                yield "nominal", key, text, 0, len(text) - 1
            return
        clause = self._clause(form, fill, pred)
        if clause is None:
            return
        for key, text in (
            ("end", f"{cap(clause)} {when.phrase}."),
            ("front", f"{cap(when.phrase)} {clause}."),
        ):
            yield form.family, key, text, 0, len(text) - 1
        front = f"{cap(when.phrase)} {clause}"
        for tail in COORD_TAILS:
            yield "coordination", "tail", f"{front} and {tail}.", 0, len(front)
        subject = self._subject(variant.type, form, binding)
        if form.family == "active" and variant.type not in NO_HEAD:
            if form.subject == "pair":
                names = [self.name(variant.type, r, binding[r]) for r in ("agent", "other")]
                subj_text: str | None = f"{fill['agent']} and {fill['other']}"
            else:
                names = [subject]
                subj_text = subject.name if subject else None
            if subj_text and all(n and n.kind not in (PERSON, "delegation") for n in names):
                for head in COORD_HEADS:
                    lead = f"{cap(when.phrase)} {subj_text} {head} and "
                    text = f"{lead}{pred}."
                    yield "coordination", "head", text, len(lead), len(text) - 1
        if subject is None:
            return
        if subject.kind != "delegation":
            for tail in RELATIVE_TAILS:
                lead = f"{cap(subject.name)}, "
                inner = f"{subject.rel} {pred} {when.phrase}"
                text = f"{lead}{inner}, {tail}."
                yield "relative", "subject", text, len(lead), len(lead) + len(inner)
        distractor = self._distractor(item, binding, subject, rng)
        if distractor and subject.anaphors:
            first = f"{cap(subject.name)} {subject.s1_verb} {distractor}. "
            for n, anaphor in enumerate(subject.anaphors):
                for key, second in (
                    (f"anaphor{n}.front", f"{cap(when.phrase)} {anaphor} {pred}."),
                    (f"anaphor{n}.end", f"{cap(anaphor)} {pred} {when.phrase}."),
                ):
                    text = first + second
                    yield "context", key, text, len(first), len(text) - 1

    def _subject(self, type_: str, form: Form, binding: dict[str, str]) -> Name | None:
        if form.subject in ("agent", "patient", "org") and form.subject in binding:
            return self.name(type_, form.subject, binding[form.subject])
        return None

    def _clause(self, form: Form, fill: dict[str, str | None], pred: str) -> str | None:
        if form.subject == "clause":
            return pred
        if form.subject == "pair":
            if not fill.get("agent") or not fill.get("other"):
                return None
            return f"{fill['agent']} and {fill['other']} {pred}"
        subject = fill.get(form.subject)
        return f"{subject} {pred}" if subject else None

    def _distractor(
        self, item: Item, binding: dict[str, str], subject: Name, rng: random.Random
    ) -> str | None:
        in_frame = {a for ids in item.fact.roles.values() for a in ids} | set(binding.values())
        pool = [a for a in self.namer.of_kind(subject.kind) if a not in in_frame]
        if not pool:
            return None
        pick = self.namer.get(pool[rng.randrange(len(pool))])
        return pick.name if pick else None

    def relative_whens(self, item: Item, whens: Sequence[When]) -> list[When]:
        """The year wordings re-said relative to an anchor event ("three years after ...")."""
        if item.fact.inner is not None:
            return []  # periods are not dated by events
        made = []
        for when in whens:
            if when.kind != "year":
                continue
            for year, np, anchor_id in self.anchors:
                offset = when.start.year - year
                if anchor_id == item.id or not 1 <= abs(offset) <= 12:
                    continue
                words = "a year" if abs(offset) == 1 else f"{NUMBER_WORDS[abs(offset)]} years"
                phrase = f"{words} {'after' if offset > 0 else 'before'} {np}"
                made.append(When(when.start, when.end, phrase, "relative"))
        return made

    # -- all cases

    def cases(self) -> list[Case]:
        made: dict[str, Case] = {}
        items = self.items()
        per_type = Counter(i.type for i in items)
        for item in items:
            rng = random.Random(f"{self.seed}:{item.id}")
            busy = per_type[item.type] > BUSY  # frequent types get fewer bindings and swaps
            for binding in self.bindings(item, rng, 2 if busy else 4):
                for variant in self.variants(item, binding, rng, 1 if busy else 2):
                    per_family = 1 if busy else PER_FAMILY
                    for case in self._cases_of(item, variant, rng, per_family):
                        made.setdefault(case.text, case)
        return list(made.values())

    def _cases_of(
        self, item: Item, variant: Variant, rng: random.Random, per_family: int = PER_FAMILY
    ) -> Iterator[Case]:
        forms = [f for f in LEXICON[variant.type] if f.qty == bool(variant.qty)]
        relative = self.relative_whens(item, variant.whens)
        relative = rng.sample(relative, min(ANCHORS_PER_TIME, len(relative)))
        for when in [*variant.whens, *relative]:
            by_family: dict[str, list[tuple[Form, str, str, int, int]]] = defaultdict(list)
            for form in forms:
                used = _slots(form, variant.negated)
                if variant.perturbation == "actor_swap" and variant.note not in used:
                    continue  # the form does not name the swapped actor
                if variant.perturbation == "role_swap" and not {"agent", "patient"} <= used:
                    continue
                for family, key, text, start, end in self.sentences(item, variant, form, when, rng):
                    by_family[family].append((form, key, text, start, end))
            for family in sorted(by_family):
                options = by_family[family]
                for form, key, text, start, end in rng.sample(
                    options, min(per_family, len(options))
                ):
                    used = _slots(form, variant.negated)
                    claim = self.claim(item, variant.bound, when, used, variant, form)
                    expected, basis = self.oracle.expected(
                        claim, variant.perturbation, variant.swapped
                    )
                    broad = "contradicted" if expected == "contradicted" else expected
                    if expected == "unverifiable":
                        broad = self.oracle.broad(claim)
                    if variant.perturbation == "none" and expected != "supported":
                        continue  # the true claim must hold; a wording it cannot say is skipped
                    if variant.perturbation in ("negation", "quantity") and expected != (
                        "contradicted"
                    ):
                        continue
                    template = f"{item.type}.{family}.{variant.type}.{form.key}.{key}"
                    digest = hashlib.sha1(text.encode()).hexdigest()[:10]
                    yield Case(
                        id=f"{item.id}/{variant.perturbation}/{digest}",
                        frame_type=item.type,
                        template_family=family,
                        template=template,
                        perturbation=variant.perturbation,
                        text=text,
                        target_start=start,
                        target_end=end,
                        expected=expected,
                        item_id=item.id,
                        basis=basis,
                        broad=broad,
                    )


_SLOT = re.compile(r"\{(\w+)\}")


def _format(pattern: str, fill: dict[str, str | None]) -> str | None:
    names = _SLOT.findall(pattern)
    if any(not fill.get(n) for n in names):
        return None
    return pattern.format(**{n: fill[n] for n in names})


def _slots(form: Form, negated: bool) -> set[str]:
    """The roles and attributes a form mentions (its subject included)."""
    text = form.negated if negated and form.negated else form.text
    used = {n.split("_")[0] if n.endswith(("_poss", "_dem")) else n for n in _SLOT.findall(text)}
    if "office" in used:
        used.add("patient")  # "President of Albania"
    if form.subject == "pair":
        used |= {"agent", "other"}
    elif form.subject in ("agent", "patient", "org"):
        used.add(form.subject)
    return used


def _other_numbers(n: int, rng: random.Random) -> list[int]:
    options = {n * 2, n + max(1, n // 2), max(1, n // 2)}
    options.discard(n)
    if n >= 1000:
        options = {round(o, -2) for o in options} - {n}
    return sorted(rng.sample(sorted(options), min(2, len(options))))


def generate(chronicle: Any, seed: int = 0) -> list[Case]:
    """Every case the chronicle's frames give, deduplicated by text, in a stable order."""
    return Generator(chronicle, seed).cases()


def sample(
    cases: Sequence[Case], n: int, seed: int = 0, families: Iterable[str] | None = None
) -> list[Case]:
    """`n` cases drawn evenly over (perturbation, frame type), optionally from some families."""
    keep = set(families) if families is not None else None
    groups: dict[tuple[str, str], list[Case]] = defaultdict(list)
    for case in cases:
        if keep is None or case.template_family in keep:
            groups[(case.perturbation, case.frame_type)].append(case)
    rng = random.Random(seed)
    queues = []
    for key in sorted(groups):
        group = list(groups[key])
        rng.shuffle(group)
        queues.append(group)
    picked: list[Case] = []
    while len(picked) < n and any(queues):
        for queue in queues:
            if queue and len(picked) < n:
                picked.append(queue.pop())
    return picked


# ------------------------------------------------------------------ running the checker


class Checker:
    """One loaded knowledge base and spaCy pipeline, reused for many cases."""

    def __init__(self, db: Path | None = None) -> None:
        import duckdb

        from rift import store
        from rift.check import knowledge
        from rift.check.nlp import pipeline

        path = db or store.ensure()
        self.con = duckdb.connect(str(path), read_only=True)
        self.know = knowledge.load(self.con)
        self.nlp = pipeline()

    def reports(self, cases: Sequence[Case], batch_size: int = 64) -> list[dict[str, Any]]:
        from rift.check.pipeline import check_parsed

        texts = [c.text for c in cases]
        return [
            check_parsed(doc, text, self.know, c.id)
            for doc, text, c in zip(
                self.nlp.pipe(texts, batch_size=batch_size), texts, cases, strict=True
            )
        ]


RANK = {"contradicted": 3, "partly_supported": 3, "supported": 2, "unverifiable": 1}


def verdict_of(case: Case, report: dict[str, Any]) -> str:
    """The verdict of the claims over the target: errors over support over unverifiable."""
    best, rank = "unverifiable", 0
    for claim in report.get("claims", []):
        if claim["start"] < case.target_end and case.target_start < claim["end"]:
            r = RANK.get(claim["verdict"], 0)
            if r > rank:
                best, rank = claim["verdict"], r
    return best


# ------------------------------------------------------------------ figures


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def figures(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Counts and rates over (expected, predicted) pairs."""
    expected = Counter(e for e, _ in pairs)
    predicted = Counter(p for _, p in pairs)
    flagged = sum(1 for _, p in pairs if p in FLAGS)
    right_flags = sum(1 for e, p in pairs if p in FLAGS and e == "contradicted")
    supported_hits = sum(1 for e, p in pairs if e == p == "supported")
    confusion: dict[str, dict[str, int]] = defaultdict(dict)
    for (e, p), n in Counter(pairs).items():
        confusion[e][p] = n
    return {
        "cases": len(pairs),
        "expected": dict(expected),
        "predicted": dict(predicted),
        "flagged": flagged,
        "wrong_flags": flagged - right_flags,
        "contradiction_precision": _ratio(right_flags, flagged),
        "contradiction_recall": _ratio(right_flags, expected["contradicted"]),
        "supported_recall": _ratio(supported_hits, expected["supported"]),
        "accuracy": _ratio(
            sum(1 for e, p in pairs if e == p or (e == "contradicted" and p in FLAGS)), len(pairs)
        ),
        "confusion": {e: dict(v) for e, v in sorted(confusion.items())},
    }


def evaluate(cases: Sequence[Case], reports: Sequence[dict[str, Any] | str]) -> dict[str, Any]:
    """Figures overall, per frame type, per template family and per perturbation.

    `reports` are the checker's reports for the cases, in order (or their verdicts).
    """
    predicted = [
        r if isinstance(r, str) else verdict_of(c, r) for c, r in zip(cases, reports, strict=True)
    ]
    pairs = [(c.expected, p) for c, p in zip(cases, predicted, strict=True)]
    result: dict[str, Any] = {"overall": figures(pairs)}
    for name, key in (
        ("by_frame_type", "frame_type"),
        ("by_family", "template_family"),
        ("by_perturbation", "perturbation"),
    ):
        groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for case, pair in zip(cases, pairs, strict=True):
            groups[getattr(case, key)].append(pair)
        result[name] = {k: figures(v) for k, v in sorted(groups.items())}
    return result


@dataclass(frozen=True)
class ErrorKind:
    """A kind of error: (frame type, perturbation, claimed type, [family,] expected, predicted)."""

    key: tuple[str, ...]
    count: int
    #: how many of them a broader reading of the frames contradicts too (`Case.broad`)
    defensible: int
    example: Case
    predicted: str


def error_kinds(
    cases: Sequence[Case],
    predicted: Sequence[str],
    wrong_flags: bool = True,
    by_family: bool = False,
) -> list[ErrorKind]:
    """The most frequent kinds of wrong flags (or of misses), with one example each.

    A wrong flag is a contradicted or partly supported verdict where the policy
    expects none; a miss is an expected contradiction not flagged, or an
    expected support not given.
    """
    groups: dict[tuple[str, ...], list[tuple[Case, str]]] = defaultdict(list)
    for case, p in zip(cases, predicted, strict=True):
        if wrong_flags:
            wrong = p in FLAGS and case.expected != "contradicted"
        else:
            wrong = (case.expected == "contradicted" and p not in FLAGS) or (
                case.expected == "supported" and p == "unverifiable"
            )
        if wrong:
            claimed = case.template.split(".")[2]  # the type the sentence says (contrasts)
            family = (case.template_family,) if by_family else ()
            key = (case.frame_type, case.perturbation, claimed, *family, case.expected, p)
            groups[key].append((case, p))
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [
        ErrorKind(
            key,
            len(found),
            sum(1 for c, _ in found if c.broad == "contradicted"),
            found[0][0],
            found[0][1],
        )
        for key, found in ranked
    ]


# ------------------------------------------------------------------ command line


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def _table(title: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    lines = [
        title,
        f"  {'':22} {'cases':>6} {'exp S/C/U':>17} {'flags':>6} {'wrong':>6}"
        f" {'c.prec':>6} {'c.rec':>6} {'s.rec':>6}",
    ]
    for name, f in rows.items():
        e = f["expected"]
        exp = f"{e.get('supported', 0)}/{e.get('contradicted', 0)}/{e.get('unverifiable', 0)}"
        lines.append(
            f"  {name:22} {f['cases']:>6} {exp:>17} {f['flagged']:>6} {f['wrong_flags']:>6}"
            f" {_fmt(f['contradiction_precision']):>6} {_fmt(f['contradiction_recall']):>6}"
            f" {_fmt(f['supported_recall']):>6}"
        )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=0, help="check only N cases (stratified)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--holdout", default=",".join(DEFAULT_HOLDOUT))
    parser.add_argument("--errors", type=int, default=0, help="list the N top wrong flags/misses")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args(argv)

    from rift.chronicle import CHRONICLE_DIR
    from rift.chronicle.validation import check

    chronicle, problems = check(CHRONICLE_DIR)
    if problems:
        print(f"the chronicle has {len(problems)} problems", file=sys.stderr)
        return 2
    began = time.perf_counter()
    cases = generate(chronicle, args.seed)
    total = len(cases)
    if args.sample:
        cases = sample(cases, args.sample, args.seed)
    checker = Checker(args.db)
    reports = checker.reports(cases)
    predicted = [verdict_of(c, r) for c, r in zip(cases, reports, strict=True)]
    holdout = {f for f in args.holdout.split(",") if f}
    held = [i for i, c in enumerate(cases) if c.template_family in holdout]
    result = {
        "generated": total,
        "checked": len(cases),
        "seconds": round(time.perf_counter() - began, 1),
        "holdout": sorted(holdout),
        **evaluate(cases, predicted),
        "heldout": evaluate([cases[i] for i in held], [predicted[i] for i in held])["overall"],
        "developed": evaluate(
            [c for c in cases if c.template_family not in holdout],
            [p for c, p in zip(cases, predicted, strict=True) if c.template_family not in holdout],
        )["overall"],
    }
    # errors are listed for the developed families only: the held-out ones estimate
    # generalization, so their failures are never read while the rules change
    shown = [i for i, c in enumerate(cases) if c.template_family not in holdout]
    shown_cases = [cases[i] for i in shown]
    shown_predicted = [predicted[i] for i in shown]
    kinds = {
        "wrong_flags": error_kinds(shown_cases, shown_predicted, True),
        "misses": error_kinds(shown_cases, shown_predicted, False),
    }
    if args.json:
        result["errors"] = {
            name: [
                {
                    "kind": list(k.key),
                    "count": k.count,
                    "defensible": k.defensible,
                    "example": asdict(k.example),
                    "predicted": k.predicted,
                }
                for k in found[: args.errors or 15]
            ]
            for name, found in kinds.items()
        }
        print(json.dumps(result, indent=1))
        return 0
    print(
        f"{total} cases generated, {len(cases)} checked in {result['seconds']} s;"
        f" held out: {', '.join(sorted(holdout)) or 'none'}"
    )
    lines = _table(
        "figures",
        {
            "overall": result["overall"],
            "developed families": result["developed"],
            "held-out families": result["heldout"],
        },
    )
    lines += _table("per frame type", result["by_frame_type"])
    lines += _table("per perturbation", result["by_perturbation"])
    lines += _table("per template family", result["by_family"])
    confusion = result["overall"]["confusion"]
    lines.append("confusion (expected -> predicted)")
    for e, row in confusion.items():
        lines.append(f"  {e:13} " + "  ".join(f"{p}={n}" for p, n in sorted(row.items())))
    for name, found in kinds.items():
        if not args.errors:
            break
        lines.append(f"top {name.replace('_', ' ')}")
        for k in found[: args.errors]:
            note = f" ({k.defensible} defensible)" if name == "wrong_flags" else ""
            lines.append(f"  {k.count:>5}{note}  {' '.join(k.key)}  | {k.example.text}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
