"""The chronicle's typed data: actors, sources, events and periods.

These pydantic models validate the YAML files under `rift/chronicle/`; the
store and the queries work on plain rows built from them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rift import dates, frames
from rift.errors import InputError
from rift.vocabulary import RELATION_LEVELS as RELATION_LEVELS  # importable from here too
from rift.vocabulary import (
    ActorKind,
    MembershipStatus,
    PeriodKind,
    RelationLevel,
    Role,
    Salience,
    SourceClass,
    SourceType,
)

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ACTOR_ID = r"^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$"


class Record(BaseModel):
    """Common settings: unknown fields are errors, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Source(Record):
    """A real, checkable work that backs chronicle items."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True, populate_by_name=True
    )

    id: str = Field(pattern=SLUG)
    type: SourceType
    #: scholarly, archive, press, encyclopedia, or other (mirrors, partisan sites, blogs).
    class_: SourceClass = Field(alias="class")
    citation: str = Field(min_length=10)
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")


class Actor(Record):
    """A state, person, party, organization or alliance."""

    id: str = Field(pattern=ACTOR_ID)
    kind: ActorKind
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    wikidata: str | None = Field(default=None, pattern=r"^Q[1-9][0-9]*$")
    cow: int | None = Field(default=None, ge=1, le=999)
    #: a person's, as the pronouns that stand for them tell it ("she", "her")
    gender: Literal["female", "male"] | None = None


class Participant(Record):
    """An actor's part in an event or period."""

    id: str = Field(pattern=ACTOR_ID)
    role: Role


class Citation(Record):
    """A pointer to a source, with the page or section where known."""

    id: str = Field(pattern=SLUG)
    at: str | None = None


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


class Frame(Record):
    """What an item asserts: a frame type (see `rift.frames`) and its roles."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, frozen=True, populate_by_name=True
    )

    type: str
    agent: list[str] = Field(default_factory=list)
    patient: list[str] = Field(default_factory=list)
    org: str | None = None
    against: list[str] = Field(default_factory=list)
    with_: list[str] = Field(default_factory=list, alias="with")
    without: list[str] = Field(default_factory=list)
    place: str | None = None
    office: str | None = None
    what: str | None = None
    quantity: dict[str, int] = Field(default_factory=dict)
    #: Who headed each side's delegation, by the side's actor id: `{ALB: hysni-kapo}`.
    led_by: dict[str, str] = Field(default_factory=dict)
    #: Overrides the type's default: the only item of its kind for these roles.
    unique: bool | None = None
    #: An EDTF interval within which the chronicle holds every item of this type for
    #: these roles ("1949-10/1976-01": Nixon's visits to China before his return in
    #: 1976): a claim dated inside it that none of them fits is an error.
    complete_within: str | None = None

    @field_validator("agent", "patient", "against", "with_", "without", mode="before")
    @classmethod
    def _listed(cls, value: object) -> object:
        return _as_list(value)

    @field_validator("complete_within")
    @classmethod
    def _span(cls, value: str | None) -> str | None:
        if value is not None:
            if "/" not in value:
                raise ValueError(f"{value!r} is not an EDTF interval (start/end)")
            _edtf(value)
        return value

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in frames.TYPES:
            raise ValueError(
                f"unknown frame type {value!r}; expected one of " + ", ".join(sorted(frames.TYPES))
            )
        return value

    def actors_in(self, role: str) -> list[str]:
        """The actor ids filling `role` (`org` as a one-item list)."""
        if role == "org":
            return [self.org] if self.org else []
        return list(getattr(self, "with_" if role == "with" else role))

    @property
    def is_unique(self) -> bool:
        return frames.TYPES[self.type].unique if self.unique is None else self.unique


def _edtf(value: str) -> str:
    try:
        dates.parse(value)
    except InputError as exc:  # pydantic reports ValueErrors as validation errors
        raise ValueError(str(exc)) from exc
    return value


class Event(Record):
    """Something that happened, at an EDTF date, between actors."""

    id: str = Field(pattern=SLUG)
    date: str
    title: str = Field(min_length=3)
    summary: str = Field(min_length=10)
    actors: list[Participant] = Field(min_length=1)
    cameo: str = Field(pattern=r"^[0-9]{2,4}$")
    goldstein: float | None = Field(default=None, ge=-10, le=10)
    salience: Salience
    frame: Frame
    #: Further frames the same event asserts (a founding that is also each member's joining).
    also: list[Frame] = Field(default_factory=list)
    sources: list[Citation] = Field(min_length=1)
    note: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date_is_edtf(cls, value: object) -> object:
        return _edtf(str(value)) if isinstance(value, str | int) else value


class Period(Record):
    """Something true over an interval: relations, membership, office, aid, a phase..."""

    id: str = Field(pattern=SLUG)
    kind: PeriodKind
    start: str
    end: str | None = None
    title: str = Field(min_length=3)
    summary: str = Field(min_length=10)
    actors: list[Participant] = Field(min_length=1)
    level: RelationLevel | None = None
    status: MembershipStatus | None = None
    office: str | None = None
    salience: Salience = 2
    sources: list[Citation] = Field(min_length=1)
    note: str | None = None
    #: The events that open and close the period: the boundary is dated as the event.
    starts_with: str | None = Field(default=None, pattern=SLUG)
    ends_with: str | None = Field(default=None, pattern=SLUG)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _dates_are_edtf(cls, value: object) -> object:
        return _edtf(str(value)) if isinstance(value, str | int) else value

    @property
    def asserted(self) -> Frame:
        """The frame a period asserts, which follows from its kind and roles."""
        role = {r: [a.id for a in self.actors if a.role == r] for r in ("source", "target")}
        participants = [a.id for a in self.actors if a.role == "participant"]
        kind = frames.PERIOD_FRAME[self.kind]
        if self.kind in ("relations", "alliance", "phase"):
            return Frame(type=kind, agent=participants, what=self.level or self.title)
        if self.kind == "membership":
            return Frame(type=kind, agent=role["source"], org=role["target"][0], what=self.status)
        if self.kind == "policy":
            return Frame(type=kind, agent=role["source"], what=self.title)
        return Frame(type=kind, agent=role["source"], patient=role["target"], office=self.office)
