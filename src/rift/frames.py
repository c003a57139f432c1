"""What a chronicle item asserts, as a typed frame with roles.

A frame is the meaning of an event or a period, declared on the item rather
than guessed from its title: `{type: leave, agent: ALB, org: warsaw-pact}`.
Frame types come in families whose members contrast with each other (joining
and leaving an organization, breaking and restoring relations, giving and
cutting aid), so that a claim of one type can be held against a chronicle
frame of its contrasting type with the same roles.

The checker (`rift.check`) reads claims as frames of the same types; the
mutation suite (`benchmarks/mutations.py`) writes claims from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Roles a frame may fill. `agent` does, `patient` undergoes; `org` is the
#: organization joined, left or dissolved; `against`, `with`, `without` qualify
#: the manner; `place`, `office` and `quantity` are literal values.
ACTOR_ROLES = ("agent", "patient", "org", "against", "with", "without")


@dataclass(frozen=True)
class FrameType:
    """One type of frame: its family, what it contrasts with, which roles it needs."""

    name: str
    family: str
    needs: tuple[str, ...]
    #: Types that exclude each other for the same roles: at the same time, or (for
    #: unique ones) at all: a membership ends by leaving or by expulsion, not both.
    contrasts: tuple[str, ...] = ()
    #: Happens once for the same roles (a death, a founding, a withdrawal).
    unique: bool = False
    #: Agent and patient form one unordered group (two states restore relations).
    symmetric: bool = False
    #: Only periods carry this type.
    period: bool = False


TYPES: dict[str, FrameType] = {
    t.name: t
    for t in (
        # organizations
        FrameType("join", "membership", ("agent", "org"), unique=True),
        FrameType("leave", "membership", ("agent", "org"), ("expel",), unique=True),
        FrameType("expel", "membership", ("patient", "org"), ("leave",), unique=True),
        FrameType("exclude", "membership", ("patient", "org")),
        FrameType("found", "membership", ("patient",), unique=True),
        FrameType("dissolve", "membership", ("patient",), unique=True),
        FrameType("member", "membership", ("agent", "org"), period=True),
        # diplomatic relations
        FrameType("establish_relations", "relations", ("agent",), unique=True, symmetric=True),
        FrameType(
            "break_relations",
            "relations",
            ("agent",),
            ("restore_relations", "downgrade_relations"),
            symmetric=True,
        ),
        FrameType(
            "restore_relations",
            "relations",
            ("agent",),
            ("break_relations",),
            symmetric=True,
        ),
        FrameType(
            "downgrade_relations", "relations", ("agent",), ("break_relations",), symmetric=True
        ),
        FrameType("relations", "relations", ("agent",), symmetric=True, period=True),
        # aid
        FrameType("give_aid", "aid", ("agent", "patient"), ("cut_aid",)),
        FrameType("cut_aid", "aid", ("agent", "patient"), ("give_aid",)),
        FrameType("aid", "aid", ("agent", "patient"), period=True),
        # alignment
        FrameType("ally", "alignment", ("agent",), symmetric=True, period=True),
        FrameType("side_with", "alignment", ("agent", "patient"), ("condemn",)),
        FrameType("condemn", "alignment", ("agent", "patient"), ("side_with",)),
        FrameType("reconcile", "alignment", ("agent",), symmetric=True),
        FrameType("reject", "alignment", ("agent",)),
        FrameType("propose", "alignment", ("agent",)),
        # force
        FrameType("invade", "force", ("agent", "patient")),
        FrameType("liberate", "force", ("patient",), unique=True),
        FrameType("attack", "force", ("agent", "patient")),
        FrameType("deploy_forces", "force", ("agent", "patient")),
        FrameType("withdraw_forces", "force", ("agent", "patient")),
        FrameType("seize", "force", ("agent",)),
        FrameType("base", "force", ("agent", "patient"), period=True),
        # people and office
        FrameType("born", "person", ("patient",), unique=True),
        FrameType("die", "person", ("patient",), unique=True),
        FrameType("execute", "person", ("patient",), unique=True),
        FrameType("purge", "person", ("patient",)),
        FrameType("take_office", "person", ("agent",), ("leave_office",)),
        FrameType("leave_office", "person", ("agent",), ("take_office",)),
        FrameType("hold_office", "person", ("agent",), period=True),
        #: schooling: `agent` studied at the school `what` names, in the town `place`
        FrameType("study", "person", ("agent",)),
        # diplomacy and domestic politics
        FrameType("visit", "contact", ("agent",)),
        FrameType("meet", "contact", ("agent",), symmetric=True),
        FrameType("sign", "contact", ("agent",), symmetric=True),
        #: read from texts only ("the delegation, led by Kapo"): the chronicle says who
        #: headed a side's delegation in the `led_by` slot of the meeting's own frame
        FrameType("lead", "contact", ("agent",)),
        FrameType("elect", "domestic", ("agent",)),
        FrameType("reform", "domestic", ("agent",)),
        FrameType("protest", "domestic", ("agent",)),
        FrameType("policy", "domestic", ("agent",), period=True),
        FrameType("phase", "alignment", ("agent",), symmetric=True, period=True),
        # anything the checker should never judge on its own
        FrameType("other", "other", ()),
    )
}

#: The frame type each kind of period asserts.
PERIOD_FRAME: dict[str, str] = {
    "relations": "relations",
    "membership": "member",
    "alliance": "ally",
    "leader": "hold_office",
    "aid": "aid",
    "base": "base",
    "policy": "policy",
    "phase": "phase",
}


def contrasting(a: str, b: str) -> bool:
    """Whether frame types `a` and `b` contrast (either way round)."""
    return b in TYPES[a].contrasts or a in TYPES[b].contrasts


#: Items that confirm a claim of an event type: a claim that A sided with B is
#: borne out by their alliance, aid given by an aid period, forces stationed by a
#: base, an office taken by the start of a term in it, an office left by its end,
#: relations normalized by their restoration, a death by an execution.
CONFIRMS: dict[str, tuple[str, ...]] = {
    "side_with": ("ally",),
    "give_aid": ("aid",),
    "deploy_forces": ("base",),
    "take_office": ("hold_office",),
    "leave_office": ("hold_office",),
    # normalized relations: a restoration of them is a reconciliation too
    "reconcile": ("restore_relations",),
    # relations established with a new government are often its predecessor's renewed
    # ("the Soviet Union established relations with Hoxha's government in 1945")
    "establish_relations": ("restore_relations",),
    # one executed died then
    "die": ("execute",),
}


def named_document(what: str | None) -> bool:
    """Whether a `what` is a document's own name ("Treaty of Friendship and Mutual
    Assistance", "Helsinki Final Act": its words capitalized, a gloss in parentheses
    aside), signed once, not a kind of document signed again and again ("trade
    agreement")."""
    words = re.findall(r"[A-Za-z]{4,}", re.sub(r"\([^)]*\)", "", what or ""))
    return bool(words) and all(w[0].isupper() for w in words)
