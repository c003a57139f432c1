"""The chronicle's closed vocabularies: kinds, roles, types, levels.

Apart from the pydantic models of `rift.model`, so that the queries can check a
`--kind` without loading pydantic.
"""

from __future__ import annotations

from typing import Literal

ActorKind = Literal["state", "person", "party", "organization", "alliance"]
Role = Literal["source", "target", "participant"]
SourceType = Literal["book", "article", "archive", "web"]
#: What kind of authority a source carries (see docs/chronicle-format.md#sources).
SourceClass = Literal["scholarly", "archive", "press", "encyclopedia", "other"]
PeriodKind = Literal[
    "relations", "membership", "alliance", "leader", "aid", "base", "policy", "phase"
]
RelationLevel = Literal["none", "nonresident", "charge", "legation", "embassy"]
MembershipStatus = Literal["active", "inactive"]
Salience = Literal[1, 2, 3]

#: Diplomatic levels in rising order: `none` (no relations), `nonresident` (relations
#: established, no envoys resident yet), then the rank of the resident missions.
RELATION_LEVELS: tuple[RelationLevel, ...] = (
    "none",
    "nonresident",
    "charge",
    "legation",
    "embassy",
)
