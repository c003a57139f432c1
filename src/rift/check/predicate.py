"""Stage 4: what is claimed: a lexicon of verbs, nominalizations and phrases.

Each `Category` names a kind of fact and says how the chronicle records it:
events whose title matches the same lexicon or whose CAMEO code falls under
given prefixes, and periods of given kinds (with their start, their end, or
their whole span). The same patterns tag claims and chronicle items, so the
lexicon is written once.

Kinds of category:
  event        something that happens once for the actors involved (a withdrawal,
               a break of relations): a date outside the text's precision is an error
  repeatable   something that can happen many times (a visit, a condemnation):
               only a match can be found, never a contradiction
  state        something true over time (aid, alliance, a policy): judged by how
               much of the claimed time the chronicle's periods cover
  phase        a turning point in a relationship: judged against curated phases
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Category:
    """A kind of fact, how texts say it, and where the chronicle keeps it."""

    name: str
    kind: str  # event, repeatable, state, phase
    pattern: str  # applied to claims (lower-cased text)
    item_pattern: str | None = None  # applied to chronicle titles; defaults to `pattern`
    cameo: tuple[str, ...] = ()
    period_kinds: tuple[str, ...] = ()
    period_edge: str = "span"  # start, end or span: which part of a period the category means
    needs_org: bool = False  # the claim must name an organization (join, withdraw)
    nominal: tuple[str, ...] = ()  # head nouns that state the fact by themselves
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    compiled_item: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern, re.I))
        object.__setattr__(
            self, "compiled_item", re.compile(self.item_pattern or self.pattern, re.I)
        )


CATEGORIES: tuple[Category, ...] = (
    Category(
        "withdraw",
        "event",
        r"\b(withdr[ae]w\w*|pull(?:ed|s|ing)? out|left|leaves?|leaving|quit|exit(?:ed)?)\b",
        period_kinds=("membership",),
        period_edge="end",
        needs_org=True,
        nominal=("withdrawal", "exit", "departure"),
    ),
    Category(
        "join",
        "event",
        r"\b(join(?:ed|s|ing)?|admitted|admission|accession|acceded|became a member|entered|entry into|"
        r"founding members?|founder members?|founding signator\w*)\b",
        period_kinds=("membership",),
        period_edge="start",
        needs_org=True,
        nominal=("admission", "accession", "entry"),
    ),
    Category(
        "found",
        "event",
        r"\b(found(?:ed|ing)|(?:treaty|pact) was signed|signed the (?:treaty|pact)|"
        r"establish(?:ed|ment) of the (?:pact|treaty|organi[sz]ation)|set up|created)\b",
        item_pattern=r"\b(found(?:ed|ing|s)|signs? the warsaw|created|set up)\b",
        cameo=("057",),
        nominal=("founding", "foundation", "creation"),
    ),
    Category(
        "dissolve",
        "event",
        r"\b(dissol(?:ved?|ution|ves)|collaps(?:e|ed|es)|disband\w*|broke up|break-?up|"
        r"ceased? to exist|disintegrat\w+|fall of the soviet union)\b",
        nominal=("dissolution", "collapse", "breakup", "disintegration", "end"),
    ),
    Category(
        "break_relations",
        "event",
        r"\b(br(?:oke|eak|eaks|eaking) off (?:(?:its|their|all) )?(?:diplomatic )?(?:relations|ties)|"
        r"sever(?:ed|s|ing)? (?:(?:its|their|all) )?(?:diplomatic )?(?:relations|ties)|"
        r"cut (?:off )?(?:diplomatic )?(?:relations|ties)|rupture of (?:diplomatic )?relations|"
        r"break in (?:diplomatic )?relations|diplomatic break|"
        r"(?:relations|ties) (?:\w+ ){0,8}(?:were|was|had been) (?:\w+ly |only |finally |again )?(?:broken off|severed|cut|broken))\b",
        item_pattern=r"\b(breaks? off|sever|rupture|diplomatic break)",
        cameo=("161",),
        period_kinds=("relations",),
        period_edge="none-start",
    ),
    Category(
        "split",
        "event",
        r"\b(split|broken with|broke with|break(?:s)? with|rift with|schism|rupture)\b",
        item_pattern=r"\b(split|expels|renounces|break(?:s)? with|rupture|breaks off)\b|^(?:break|rupture|hostility)$",
        cameo=("160", "161"),
        period_edge="start",
        nominal=("split", "break", "rift", "schism", "rupture"),
    ),
    Category(
        "restore_relations",
        "event",
        r"\b(restor(?:ed|e|es|ing|ation) (?:of )?(?:full )?(?:diplomatic )?(?:relations|ties)|"
        r"re-?establish(?:ed|es|ing|ment of)? (?:diplomatic )?(?:relations|ties)|"
        r"resum(?:ed|e|ption of) (?:diplomatic )?(?:relations|ties)|normali[sz](?:ed|ation of) relations|"
        r"(?:relations|ties) (?:\w+ ){0,8}(?:were|was|had been) (?:\w+ly |only |finally |again )?(?:re-?established|restored|resumed|normali[sz]ed))\b",
        item_pattern=r"\b(restor\w*|re-?establish\w*|resum\w*)\b",
        period_edge="start",
        nominal=("restoration", "normalization", "normalisation", "resumption"),
    ),
    Category(
        "reconcile",
        "event",
        r"\b(made peace|make peace|reconcil\w+|rapprochement|mended (?:fences|relations))\b",
        item_pattern=r"\b(make peace|made peace|reconcil\w+|rapprochement|belgrade declaration)\b",
        nominal=("reconciliation", "rapprochement"),
    ),
    Category(
        "invade",
        "event",
        r"\b(invad(?:ed|e|es|ing)|invasion|occup(?:ied|ation) of|intervened? in|crush(?:ed)?)\b",
        item_pattern=r"\b(invad\w+|invasion|occup\w+|crush\w*|intervention)\b",
        nominal=("invasion", "occupation", "intervention"),
    ),
    Category(
        "die",
        "event",
        r"\b(died|dies|death|passed away)\b",
        item_pattern=r"\b(dies|died|death)\b",
        nominal=("death",),
    ),
    Category(
        "succeed",
        "event",
        r"\b(succeed(?:ed|s)?|successor|succession|came to power|took (?:over|power)|"
        r"took office|became (?:leader|first secretary|president|prime minister))\b",
        period_kinds=("leader",),
        period_edge="start",
    ),
    Category(
        "lead",
        "state",
        r"\b(led the (?:country|party|nation|state)|ruled|leader|in power|head of|headed|premier|"
        r"prime minister|first secretary|dictator)\b",
        period_kinds=("leader",),
    ),
    Category(
        "aid_end",
        "state",
        r"\b(cancel(?:l?ed|s)? (?:its |their |all )?(?:credits|loans|aid)|"
        r"(?:cut|cuts|halt\w*|end(?:ed|s)?|stopp?(?:ed)?|suspend\w*|terminat\w+) "
        r"(?:off )?(?:all )?(?:its |their )?(?:economic |military |and |foreign )*(?:aid|assistance|credits|loans)|"
        r"(?:aid|assistance|credits) (?:was|were) (?:being )?(?:halted|cut|ended|stopped|cancelled)|"
        r"lost (?:its|their) main (?:source|supplier|patron)\w*|lost (?:its|their) (?:patron|protector)|"
        r"withdr\w+ (?:its |their |the )?(?:specialists|experts|advisers|technicians))\b",
        item_pattern=r"\b(cancel\w*|halt\w*|ends? \w* ?aid|ends? all|cut\w*|stop\w*|withdraw\w* (?:its |the )?specialists)\b",
        cameo=("162", "1621", "1622", "1623"),
        period_kinds=("aid",),
        period_edge="end",
    ),
    Category(
        "aid",
        "state",
        r"\b((?:economic|military|financial|foreign) (?:aid|assistance|support)|"
        r"provid\w+ .{0,40}(?:aid|assistance|support|credits|loans)|"
        r"(?:gave|give|grant\w*|sent|extend\w*) .{0,30}(?:aid|assistance|credits|loans)|"
        r"stepped in with|subsidi[sz]\w+|patron|paymaster|benefactor|"
        r"main source of (?:\w+ )*support|looked to .{0,40} for support|aid)\b",
        item_pattern=r"\b(aid|credit|loan|assistance|grant)",
        cameo=("07",),
        period_kinds=("aid",),
    ),
    Category(
        "alliance",
        "state",
        r"\b(allian(?:ce|ces)|allied|ally|allies|"
        r"align(?:ed|ment|s)? with|alignment|sided with|side with|camp)\b",
        period_kinds=("alliance",),
        nominal=("alliance", "alignment"),
    ),
    Category(
        "base",
        "state",
        r"\b(naval base|military base|submarine base|submarines|bases?)\b",
        item_pattern=r"\b(base|submarine)",
        period_kinds=("base",),
    ),
    Category(
        "isolation",
        "state",
        r"\b(isolation\w*|isolated|self-reliance|self reliance|autarky|autarkic|insulat\w+|"
        r"closed (?:country|society|regime)|hermit)\b",
        item_pattern=r"\b(isolation|self-reliance|autarky|self reliance)",
        period_kinds=("policy",),
    ),
    Category(
        "participate",
        "state",
        r"\b(attend(?:ed|s)?|took part|take part|taking part|participat\w+)\b",
        period_kinds=("membership",),
        needs_org=True,
    ),
    Category(
        "end_of_communism",
        "event",
        r"\b(fall of communism|end of communis\w+|collapse of communis\w+|communist rule ended|"
        r"end(?:ed)? communist rule|multi-?party elections|free elections|democracy|democratic)\b",
        item_pattern=r"\b(communist rule|multiparty|multi-party|pluralism|democratic party wins)\b",
        nominal=("fall", "end", "collapse"),
    ),
    Category(
        "execute",
        "event",
        r"\b(execut(?:ed|ion)|put to death|shot dead|hanged)\b",
        item_pattern=r"\b(execut\w+)\b",
        nominal=("execution",),
    ),
    Category(
        "purge",
        "repeatable",
        r"\b(purg(?:ed|es|e|ing)|expelled from the (?:party|politburo|leadership)|arrested|show trial)\b",
        item_pattern=r"\b(purg\w+|expel\w* \w+ from the (?:party|leadership|politburo)|arrest\w*|trial)\b",
        nominal=("purge", "arrest", "trial"),
    ),
    Category(
        "condemn",
        "repeatable",
        r"\b(condemn\w*|denounc\w+|attack(?:ed|s)? the|attacked|criticiz\w+|criticis\w+|"
        r"accus\w+|protest\w*|censur\w+)\b",
        item_pattern=r"\b(condemn\w*|denounc\w+|attack\w*|criticiz\w+|accus\w+|protest\w*|secret speech)",
        cameo=("11", "12", "13"),
        nominal=("condemnation", "denunciation"),
    ),
    Category(
        "visit",
        "repeatable",
        r"\b(visit(?:ed|s|ing)?|trip to|travel(?:l?ed) to)\b",
        item_pattern=r"\b(visit\w*|arrives?|in moscow|in beijing|in peking|in tirana)\b",
        cameo=("042", "043"),
        nominal=("visit",),
    ),
    Category(
        "turning_point",
        "phase",
        r"\b(turning point|watershed|marked (?:a |the )?(?:new|turning|decisive)|"
        r"new (?:phase|chapter|era) in|the end of an era)\b",
    ),
)

BY_NAME = {c.name: c for c in CATEGORIES}

NEGATION = re.compile(
    r"\b(not|never|no longer|no|without|eschew\w*|refus\w+|rejected|declin\w+ to|avoid\w*|shunn?\w*)\b",
    re.I,
)
HEDGE = re.compile(
    r"\b(may have|might have|perhaps|possibly|reportedly|allegedly|is said to|"
    r"was said to|some historians|arguably|probably|likely)\b",
    re.I,
)
THROUGHOUT = re.compile(r"\b(throughout|for decades|all through|the whole of|continuously)\b", re.I)
INITIAL = re.compile(r"\b(initial(?:ly)?|first|original(?:ly)?|early)\b", re.I)
CONSEQUENCE = re.compile(
    r"\b(leading to|led to|lead to|resulting in|resulted in|set the stage for|paved the way for|"
    r"ushered in|gave way to|opened the way to)\b",
    re.I,
)


def categories(text: str) -> Iterator[tuple[Category, re.Match[str]]]:
    """Every category whose claim pattern occurs in `text`, with its first match."""
    for category in CATEGORIES:
        match = category.compiled.search(text)
        if match:
            yield category, match


def item_categories(title: str, cameo: str | None, period_kind: str | None) -> set[str]:
    """The categories a chronicle item stands for (by its title, CAMEO code, period kind)."""
    found = set()
    for category in CATEGORIES:
        by_title = bool(category.compiled_item.search(title))
        by_code = bool(cameo) and any(str(cameo).startswith(p) for p in category.cameo)
        by_kind = bool(period_kind) and period_kind in category.period_kinds
        if by_title or by_code or by_kind:
            found.add(category.name)
    return found
