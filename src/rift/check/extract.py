"""Stage 4: claim frames from the dependency parse.

Every verb or noun that the lexicon lists triggers a candidate frame. Its
arguments are read from the parse: the subject (carried through coordination,
control verbs and relative clauses), the object or passive subject, the
passive agent, a noun's possessor or demonym, and prepositional phrases. The
actors mentioned in each argument fill the roles the lexicon entry maps that
argument to; the first entry whose conditions hold wins. Negation and hedges
are read on the trigger, a count on its object.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from rift import frames
from rift.check.discourse import DESCRIPTIONS
from rift.check.lexicon import Entry, Lexicon
from rift.check.link import COMBINING_FORMS, INSTITUTIONS
from rift.check.nlp import TITLES, sentence_of
from rift.check.numbers import NUMBER_WORDS
from rift.check.schooling import School, school_of
from rift.check.segment import coordinated_before
from rift.check.spans import Mention
from rift.check.towns import TOWNS, plain

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECT = {"nsubj", "csubj"}
PASSIVE_SUBJECT = {"nsubjpass", "csubjpass"}
#: Nouns for a part of a time: "the end of March 1961" is a time, not an ending.
TIME_PARTS = {"end", "start", "beginning", "close", "middle", "turn", "half", "part", "rest"}
#: Nouns for the council of ministers a prime minister heads: "the cabinet of Mehmet
#: Shehu" ("Hoxha's government" may be his regime, whatever office he held)
CABINETS = {"cabinet"}
#: Acts only a person does (or undergoes): a state in the role is another sense.
PEOPLES_ACTS = {"born", "die", "execute", "take_office", "leave_office", "hold_office", "study"}
#: Nouns for a tie between parties: what befalls one befalls the tie, not the parties.
TIES = {
    "relation",
    "relations",
    "relationship",
    "tie",
    "ties",
    "alliance",
    "friendship",
    "partnership",
    "talks",
    "negotiation",
    "cooperation",
    "rapprochement",
    "dialogue",
    "membership",
    "participation",
}
#: "together with", "along with": a partner in the subject's act
ALONG = {"together", "along"}
OBJECT = {"dobj", "attr", "oprd", "dative"}
#: Dependents that start another statement: their actors are not this trigger's.
NESTED = {"relcl", "acl", "advcl", "ccomp", "parataxis", "appos"}
ORG_KINDS = {"organization", "alliance", "party"}
HEDGES = {
    "perhaps",
    "possibly",
    "probably",
    "reportedly",
    "allegedly",
    "arguably",
    "apparently",
    "likely",
    "supposedly",
    "presumably",
}
MODALS = {"may", "might", "could", "would"}
#: Verbs that say when or whether an event came about ("his visit may have come in
#: 1958", "the break might have happened earlier").
OCCURRING = {"come", "happen", "occur", "take", "be", "fall", "begin", "follow", "date"}
NEGATORS = {"not", "never", "n't", "no"}
NOBODY = {"nobody", "nothing", "none", "no-one"}
CONTROL_NEGATION = {"fail", "refuse", "decline"}
#: Verbs whose complement is not asserted to have happened ("wanted to leave").
_UNASSERTING = """seem appear want wish hope seek try attempt plan intend aim threaten press
push demand ask urge propose offer promise vow pledge expect mean prepare consider contemplate
hesitate struggle strive"""
UNASSERTING = frozenset(_UNASSERTING.split())
#: Adjectives of being disposed to a deed, which is not thereby done ("ready for talks").
READY = frozenset({"ready", "willing", "prepared", "eager", "keen", "open", "anxious"})
#: Verbs whose object, or whose phrase with "for", is a thing wanted, not had ("sought
#: a reconciliation", "called for normal relations", "offered normal ties").
WISHED_FOR = frozenset(
    [
        "want",
        "wish",
        "hope",
        "seek",
        "demand",
        "ask",
        "urge",
        "propose",
        "offer",
        "promise",
        "expect",
        "press",
        "push",
        "call",
        "appeal",
        "lobby",
        "campaign",
        "wait",
        # a deed made ready or weighed, not yet done ("met to prepare the restoration of
        # ties", "discussed a withdrawal")
        "prepare",
        "plan",
        "discuss",
        "consider",
        "contemplate",
        "explore",
        "envisage",
        "debate",
    ]
)
#: Verbs whose object is turned down: "eschewed foreign aid" denies the aid was had.
#: ("renounced its membership" gives up what it had: not one of them)
REFUSED = frozenset(["eschew", "shun", "forgo", "refuse", "reject", "decline", "spurn"])
#: Nouns of what is said or written about something: "misconceptions about the
#: relations", "a book on the split" name a topic, not a deed.
_TOPICS = """misconception myth question fact book study essay article history account debate
story lecture chapter report survey overview guide answer view thesis"""
TOPICS = frozenset(_TOPICS.split())
#: Conjunctions of a condition: what follows is supposed, not said to be so.
CONDITIONAL = {"if", "unless", "whether", "lest"}
#: Verbs that report what others said or thought, which the text need not hold true.
_REPORTED = """claim allege assert insist argue suggest rumour rumor speculate believe think
fear suspect deny doubt accuse charge pretend imagine assume ask wonder question inquire
enquire"""
REPORTED = frozenset(_REPORTED.split())
ENDING = {"stop", "cease", "quit"}
MONTH_NAMES = {
    *[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    *["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
}
HELP = {"help", "assistance", "support", "aid", "backing", "participation", "involvement"}
#: Arguments that name a participant (an actor in one is in the event, not beside it).
CORE = {"subj", "obj", "by", "dative", "of", "obj_of", "of_noun", "to", "into", "from", "with"}
#: Argument labels every entry reads the same way (unless it maps them itself).
SHARED_ROLES = {"along": "agent", "with_help": "with", "without_help": "without"}
NUMBERS = {**NUMBER_WORDS, "dozen": 12}


@dataclass
class ClaimFrame:
    """A frame read from the text: a type, its roles and how it is asserted."""

    type: str
    trigger: int  # token index of the trigger
    nominal: bool
    roles: dict[str, list[str]] = field(default_factory=dict)
    negated: bool = False
    hedged: bool = False
    quantity: int | None = None
    #: the lemma of what the quantity counts ("submarine", "percent"), when said
    unit: str | None = None
    place: str | None = None
    group: int = 1  # how many actors shared the role this frame was split from
    never: bool = False  # "never": denied at every time, not only at the claim's
    count: int | None = None  # "three visits", "a second visit": how many times
    #: a noun trigger called the first of its kind ("his first visit to Albania")
    first: bool = False
    #: called the only one of its kind ("his only visit to Albania", "visited only once")
    only: bool = False
    #: how many states the doers are said to be ("eight states founded", "by seven states")
    states_counted: int | None = None
    #: actors among the trigger's arguments that the entry maps to no role
    unplaced: list[str] = field(default_factory=list)
    #: the office taken, held or left, as the text names it ("First Secretary")
    office: str | None = None
    #: a noun trigger that is the subject of a verb of its own ("relations did not
    #: improve"): the verb says what befell it
    subject: bool = False
    #: a noun trigger that a verb says was replaced ("Chinese aid replaced Soviet aid
    #: until 1978", "Soviet credits were supplanted"): the verb's time is the change's
    supplanted: bool = False
    #: an office set beside a person the clause does not have act ("urged Tirana to
    #: rehabilitate Xoxe, the interior minister"): a description, not of that time
    aside_title: bool = False
    #: the lexicon's word class of the trigger ("envoys", "relations")
    cls: str = ""
    #: the words naming a document signed ("a treaty of friendship and mutual
    #: assistance": friendship, mutual, assistance), none of them an actor's name
    titled: tuple[str, ...] = ()
    #: the subject is a name the chronicle does not know ("Kosygin condemned Stalin")
    unknown_agent: bool = False
    #: the sides of a relation no side of which the text names, taken from the
    #: paragraph ("the two states ... ties were severed in 1964"): a guess, which
    #: confirms or dates the relation's record but never denies another's
    paired: bool = False
    #: the states a relation's "with" phrase names, each a partner of the other side
    #: ("restored relations with Moscow and Washington": Moscow and Washington are not
    #: each other's partners)
    partners: tuple[str, ...] = ()
    #: the organization is the one in play before the trigger, not one its phrases
    #: name ("Albania's withdrawal", "a founding member")
    org_in_play: bool = False
    #: a person the chronicle does not know, named as the one who headed a delegation
    #: ("the Soviet delegation was headed by Eduard Shevardnadze")
    stranger: str = ""
    #: a name the chronicle knows no actor for, in a role other than the doer's
    #: ("halted its aid to Cambodia"): the frame is not the chronicle's to judge
    unknown_party: str = ""
    #: the sentence around the trigger, for a frame judged by the event the sentence
    #: names ("at the Bucharest meeting, the delegation, led by Kapo")
    sentence: str = ""
    #: what was signed, as the text calls it ("treaty", "agreement")
    document: str | None = None
    #: the words that say which change a reform is ("renamed", "constitution", "banned
    #: religion"): the trigger's lemma and those of what it acts on, no actor's name
    theme: tuple[str, ...] = ()
    #: the name a renaming gives ("the People's Socialist Republic of Albania")
    new_name: str = ""
    #: told as what someone announced would be done ("informed Hoxha that the ships
    #: would be withdrawn"): borne out by the deed soon after, never denied
    announced: bool = False
    #: told as under way at the telling ("announced that it was ending its aid"), not
    #: as to come: it may have begun a little before
    told_under_way: bool = False
    #: the kind of aid given or cut that the words name ("its loans": credit; "the
    #: specialists": experts), when they name one (`AID_KINDS`)
    aid_kind: str | None = None
    #: actors a verb names as its own subject, object or partner, not inside a noun
    #: phrase under them ("Khrushchev's reconciliation with Tito alarmed Hoxha": Hoxha)
    doers: list[str] = field(default_factory=list)
    #: the school a study names, with its town ("the Nunziatella academy in Naples")
    school: School | None = None
    #: the town the text sets beside a place that is no town ("at Pasha Liman, near
    #: Durrës"): where it puts the place, if the record's place is not the one named
    near_town: str | None = None
    #: an office one brought along or came with ("brought along his defence minister,
    #: Zhukov"): held at the time of the deed, told or borrowed
    escort: bool = False

    def actors(self) -> list[str]:
        """Every actor in any role, in role order."""
        return list(dict.fromkeys(a for listed in self.roles.values() for a in listed))


#: Prepositions through which a verb's subject does what the noun names ("went on a
#: visit", "came for a visit", "took part in the invasion", "depended on aid").
LIGHT_PREPOSITIONS = {"to", "on", "upon", "off", "in", "into", "over", "for", "among"}
#: Particles that carry a verb's phrase of direction ("came back to Tirana").
PARTICLES = {"back", "over", "away", "home", "out", "off", "down", "up"}
# phrases that can say where a bare "withdrew" went from or to: "withdrew from Vlorë",
# "pulled out of the talks"; "withdrew after the invasion" or "over it" say why or when
WHENCE = {"from", "out", "of", "obj_of", "to", "into", "in", "at", "on"}
# what "in"/"at" may name instead of a place: "withdrew in protest at the invasion"
REASONS = {"protest", "response", "reaction", "solidarity", "retaliation", "answer", "anger"}
#: Nouns of measure: the noun after their "of" is the thing given or taken.
MEASURES = {"ton", "tonne", "shipment", "cargo", "load", "amount", "quantity", "million", "lot"}
#: Prepositions that name a source, not a participant.
ATTRIBUTIONS = {"according"}
#: Verbs whose object is an event someone else did: its subject takes a stance on it.
_STANCE = """
    condemn denounce criticize criticise protest oppose deplore welcome praise approve
    endorse applaud justify support back resist fear prevent avoid survive witness watch
    follow mark commemorate celebrate report describe call see view regard consider blame
    reject ignore attack decry hail greet recall remember mourn lament regret cite use
    exploit trigger provoke cause prompt spark precipitate
"""
VERBS_OF_STANCE = frozenset(_STANCE.split())


def _phrase_tokens(token: Token, owners: bool = True) -> list[Token]:
    """The tokens of an argument: its subtree without nested statements.

    Without `owners`, a possessor or demonym of the head is left out: in
    "cancelled its credits" or "Soviet submarines were stationed" the owner is
    not the one affected.
    """
    found = [token]
    stray = _stray_name(token)
    if stray is not None:  # "the leader of Albania, Enver Hoxha, died": Hoxha
        return [token, *_phrase_tokens(stray)]
    # "Hoxha's prime minister, Mehmet Shehu": the name says who; the owner is another
    common = (  # "First Secretary"; "His longtime second-in-command", read as an adjective
        token.pos_ in ("NOUN", "ADJ") or token.lemma_.lower() in OFFICE_WORDS
    )
    named = common and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
    for child in token.children:
        if named and (child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of")):
            continue
        if child.dep_ == "poss" and token.lemma_.lower() in KIN:
            continue  # "Hoxha's widow visited Moscow": not Hoxha
        if child.dep_ in NESTED and child.dep_ != "appos":
            continue
        if child.dep_ == "appos" and not common:
            continue  # "Enver Hoxha, the leader of Albania": the name says who; the rest describes

        if not owners and (child.dep_ == "poss" or child.dep_ in ("amod", "compound", "nmod")):
            continue
        if _set_against(child):
            continue  # "by Kapo rather than Hoxha", "Kapo instead of Hoxha", "Kapo, not Hoxha"
        if child.is_space:
            continue  # a line's end the parser hangs on its last word
        if child.dep_ == "conj" and token.doc[child.left_edge.i - 1].text in DASHES:
            continue  # "by Moscow and Warsaw – Albania and Romania stayed out": an aside
        if child.dep_ == "conj" and child.pos_ == "ADP" and token.pos_ in ("NOUN", "PROPN"):
            continue  # "Nexhmije Hoxha, ..., and for years one of the figures in his
            # regime, died": a description the parser joins to the name, not a second one
        found += _phrase_tokens(child)
    return found


#: Objects that are the subject itself ("the Pact dissolved itself").
REFLEXIVES = {"itself", "themselves", "himself", "herself"}
#: Nouns of a person who followed or went before another ("his successor – Alia –").
HEIR_NOUNS = {"successor", "predecessor", "heir"}
#: Dashes that set an aside apart from the list before them.
DASHES = {"–", "—", "--", "-"}


def _set_against(token: Token) -> bool:
    """A phrase that names the one who did not ("rather than Hoxha", "instead of
    Hoxha", "not Hoxha")."""
    if token.lower_ == "than" and any(g.lower_ == "rather" for g in token.children):
        return True
    if token.dep_ == "prep" and token.lower_ == "instead":
        return True
    if token.dep_ == "prep" and token.lower_ == "of" and token.head.lower_ == "instead":
        return True
    if token.lower_ == "of" and any(g.lower_ == "instead" for g in token.children):
        return True  # "by Balluku instead of Hoxha", "instead" read as a word of "of"
    return token.dep_ in ("conj", "appos") and any(
        g.dep_ == "neg" and g.i < token.i for g in token.children
    )


def _stray_name(token: Token) -> Token | None:
    """The name the parser hung on the state of an office ("the leader of Albania, Enver
    Hoxha": "Enver Hoxha" as an apposition of "Albania"): it names the office's holder."""
    if token.lemma_.lower() not in OFFICE_WORDS:
        return None
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for state in (g for g in of.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
            names = [a for a in state.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
            if len(names) == 1 and names[0].i > state.i + 1:  # set off by a comma
                return names[0]
    return None


def _unowned(tokens: list[Token], by_token: dict[int, list[str]]) -> list[Token]:
    """The tokens of subject phrases without the owners of a head that names no actor:
    of "the alliance's military structures" only "military structures" stays (an
    object's owner is set apart by `_arguments` already)."""
    held = {t.i for t in tokens}
    kept: list[Token] = []
    for root in (t for t in tokens if t.head.i not in held or t.head.i == t.i):
        owned = root.pos_ == "NOUN" and root.i not in by_token
        kept += [t for t in _phrase_tokens(root, owners=not owned) if t.i in held]
    return kept


def _unknown_apposed(tokens: list[Token], by_token: dict[int, list[str]]) -> bool:
    """A name the chronicle does not know set beside a common noun of the phrase ("the
    West German chancellor, Helmut Kohl"): the text names the doer, and not as the
    chronicle knows anyone."""
    return any(
        t.dep_ == "appos"
        and t.pos_ == "PROPN"
        and t.head.pos_ == "NOUN"
        and not any(g.i in by_token for g in t.subtree)
        for t in tokens
    )


#: Frames whose patient is ground fought over: a capital named there is the city, whose
#: day may not be the state's ("the partisans liberated Tirana on 17 November").
GROUND = {"liberate"}


def _capital_taken(
    entry: Entry, args: dict[str, list[Token]], mentions: list[Mention]
) -> str | None:
    """The capital a frame of ground fought over takes, named for its state ("Tirana")."""
    if entry.type not in GROUND:
        return None
    aliases = {(m.start, m.end) for m in mentions if m.via == "alias"}
    return next(
        (
            t.text
            for t in args.get("obj", [])
            if (t.idx, t.idx + len(t)) in aliases and t.text.istitle()
        ),
        None,
    )


def _paired(token: Token) -> bool:
    """The word is the first of two joined by a dash ("Albanian-Yugoslav", "Soviet–Albanian")."""
    return token.i + 2 == token.head.i and token.nbor(1).text in ("-", "–", "—")


def _actors_in(tokens: list[Token], by_token: dict[int, list[str]]) -> list[str]:
    """Actors named in `tokens`; a modifier of a named actor ("pro-Yugoslav Xoxe") is not
    one, nor a side one is for ("the pro-Soviet faction": no Soviet deed or office)."""
    return list(
        dict.fromkeys(
            a
            for t in tokens
            if not (
                t.dep_ in ("amod", "compound", "nmod")
                and t.head.i in by_token
                and set(by_token[t.head.i]) != set(by_token.get(t.i, []))
                and t.text not in COMBINING_FORMS  # "Sino-Albanian": both sides
                and not _paired(t)  # "the Albanian-Yugoslav treaty": both sides
            )
            and not _taken_side(t)
            for a in by_token.get(t.i, [])
        )
    )


def _taken_side(token: Token) -> bool:
    """The name is the side a "pro-" word is for ("the pro-Yugoslav faction")."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text in ("-", "–")
        and doc[token.i - 2].lower_ == "pro"
        and not doc[token.i - 1].whitespace_
    )


def _doers(verb: Token, by_token: dict[int, list[str]]) -> list[str]:
    """Actors that are themselves the verb's subject, object or partner ("with", "by"),
    or names joined to them; not actors inside a noun phrase in those places."""
    heads = [
        c
        for c in [*verb.children, *subject_holder(verb).children]
        if c.dep_ in SUBJECT | PASSIVE_SUBJECT | {"dobj", "dative"}
    ]
    heads += [
        g
        for c in verb.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("with", "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    found: list[str] = []
    stack = list(heads)
    while stack:
        t = stack.pop()
        found += [a for a in by_token.get(t.i, []) if a not in found]
        stack += [c for c in t.children if c.dep_ in ("compound", "appos", "conj", "flat")]
    return found


def _active(verb: Token) -> bool:
    """A verb conjoined to a passive is active when it has an object of its own and no
    doer by "by": "was elected and succeeded Lleshi", not "was dismissed and replaced
    by Hazbiu" nor "was sentenced and shot" (their tags, VBD or VBN, do not tell)."""
    children = list(verb.children)
    return any(c.dep_ == "dobj" for c in children) and not any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in children
    )


#: Nouns that stand for a state as a whole ("forced the country to leave"): the
#: descriptions discourse resolves to a state, and its leadership.
STATE_WORDS = {w for w, kinds in DESCRIPTIONS.items() if kinds == ("state",)} | {"leadership"}
#: Verbs whose object does what their infinitive says ("pushed Albania to leave").
OBJECT_CONTROL = {
    "push",
    "force",
    "lead",
    "prompt",
    "persuade",
    "compel",
    "drive",
    "cause",
    "encourage",
    "urge",
    "induce",
    "pressure",
    "press",
    "convince",
    "oblige",
    "order",
    "invite",
    "allow",
    "ask",
    "spur",
    "move",
}


def _making(verb: Token) -> bool:
    """ "the quarrel led Moscow to act": a verb of making with an object and an
    infinitive tells what caused the infinitive's deed, not a deed of its own."""
    return verb.lemma_.lower() in OBJECT_CONTROL and any(
        c.dep_ in ("xcomp", "advcl") and _controller(c) is not None for c in verb.children
    )


def _controller(token: Token) -> Token | None:
    """The object of a verb of making or asking that an infinitive hangs on, its doer:
    "the invasion pushed Albania to leave the Pact" (Albania), not the verb's subject."""
    verb = token
    for _ in range(4):
        if any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in verb.children):
            return None
        if verb.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        ):
            head = verb.head
            if head.lemma_.lower() not in OBJECT_CONTROL:
                return None
            return next(
                (
                    c
                    for c in head.children
                    if c.dep_ == "dobj"
                    and c.i < verb.i
                    # a state, a person or a body, not a group of its people ("forced the
                    # Yugoslav advisers to leave": they left, not Yugoslavia)
                    and (c.pos_ in ("PROPN", "PRON") or c.lemma_.lower() in STATE_WORDS)
                ),
                None,
            )
        if verb.dep_ != "conj" or verb.head is verb:
            return None
        verb = verb.head
    return None


def subject_holder(token: Token) -> Token:
    """The verb whose subject this trigger shares ("joined and later left", "decided to leave")."""
    verb = token
    seen = 0
    while (
        seen < 6
        and (
            verb.dep_ in ("conj", "xcomp", "advcl")
            # "was arrested, tried and executed": a listed verb the parser left unlabelled
            # (any such verb, not only one after a comma as `segment._listed_verb` asks
            # before making it a clause: "Served as premier, then kept the post")
            or (verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ in ("VERB", "AUX"))
        )
        and not any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in verb.children)
    ):
        verb = verb.head
        seen += 1
    return verb


#: Nouns that count or measure what follows their "of" ("tons of grain", "a shipment
#: of arms"): the owner of that is the owner of the object.
MEASURES = {
    "ton",
    "tonne",
    "shipment",
    "consignment",
    "cargo",
    "load",
    "batch",
    "amount",
    "quantity",
    "million",
    "billion",
    "thousand",
    "dollar",
    "ruble",
    "rouble",
    "worth",
}


def _prepositions(holder: Token) -> Iterator[Token]:
    """The prepositions of a word's phrases, with those coordinated with one ("relations
    with Moscow in 1990 and with Washington in 1991": the parser hangs the second "with"
    on the verb or on the "in" before it as a conjunct)."""
    for child in holder.children:
        if child.dep_ in ("prep", "agent") or (child.dep_ == "conj" and child.pos_ == "ADP"):
            yield child
            if child.dep_ != "conj" and not any(g.dep_ == "neg" for g in child.children):
                yield from (g for g in child.children if g.dep_ == "conj" and g.pos_ == "ADP")


def _apposed(token: Token) -> Token | None:
    """The noun a noun stands in apposition to: its head, or, where the parser hung the
    apposition on the verb ("elected Ramiz Alia, then head of state, as ..."), the name
    set right before it between commas."""
    if token.dep_ == "appos":
        return token.head
    if token.dep_ != "dep" or token.pos_ != "NOUN":
        return None
    start = token.left_edge.i
    doc = token.doc
    while start > 0 and doc[start - 1].pos_ == "ADV":  # "Alia, then head of state,"
        start -= 1
    after = token.right_edge.i + 1
    if start < 2 or doc[start - 1].text != "," or after >= len(doc) or doc[after].text != ",":
        return None
    named = doc[start - 2]
    if named.pos_ == "PROPN" and named.head.i == token.head.i and named.dep_ in ("dobj", "pobj"):
        return named
    return None


def _arguments(token: Token, by_token: dict[int, list[str]]) -> dict[str, list[Token]]:
    """Argument phrases of a trigger, by relation: subj, obj, by, poss, of_noun and prepositions."""
    args: dict[str, list[Token]] = {}

    def add(label: str, head: Token) -> None:
        if label != "obj":
            args.setdefault(label, []).extend(_phrase_tokens(head))
            return
        # the object's owner ("its credits", "Soviet submarines") is read apart from it;
        # but "the Yugoslav party" is Yugoslavia's own body
        body = head.lemma_.lower() in BODIES
        # "20,000 tons of Yugoslav grain": the owner of what a measure counts
        counted = [
            g
            for c in head.children
            if head.lemma_.lower() in MEASURES and c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        owners = [
            child
            for holder in (head, *counted)
            for child in holder.children
            if child.dep_ == "poss"
            or (child.dep_ in ("amod", "compound", "nmod") and by_token.get(child.i))
        ]
        aside = {t.i for o in owners for t in o.subtree} if not body else set()
        args.setdefault("obj", []).extend(
            t for t in _phrase_tokens(head, owners=body) if t.i not in aside
        )
        for child in owners:
            args.setdefault("owner", []).extend(_phrase_tokens(child))

    is_noun = token.pos_ in ("NOUN", "PROPN")
    if not is_noun:
        holder = subject_holder(token)
        controller = _controller(token)
        if controller is not None:  # "pushed Albania to leave": Albania leaves
            holder = token
            add("subj", controller)
        passive = (
            any(c.dep_ in PASSIVE_SUBJECT for c in holder.children)
            or any(c.dep_ == "auxpass" for c in token.children)  # "died and was succeeded"
            or _small_clause(token)
        )
        # "Alia was elected, succeeding Lleshi", "was elected and succeeded Lleshi": an
        # active verb's doer is the subject of the clause it hangs on, whatever that
        # clause's voice ("was arrested and tried" shares the passive)
        participle = (
            holder is not token
            and token.dep_ in ("advcl", "conj")
            and (token.tag_ == "VBG" or (token.dep_ == "conj" and _active(token)))
            and not any(c.dep_ in ("auxpass", "aux") for c in token.children)
        )
        if participle:
            passive = False
        # "Shehu was reported to have committed suicide": the passive's subject is the
        # infinitive's, in the infinitive's own voice
        if _raised(token, holder):
            passive = any(c.dep_ == "auxpass" for c in token.children)
            participle = not passive
        # a verb has one subject: two, as the parser sometimes hangs them ("[September
        # 1943 - Italy capitulates] and German troops occupy"), leave the nearest
        subjects = [c.i for c in holder.children if c.dep_ in SUBJECT]
        before = [i for i in subjects if i < holder.i]
        nearest = max(before) if before else min(subjects, default=-1)
        for child in holder.children:
            if child.dep_ in SUBJECT and child.i == nearest:
                add("obj" if passive else "subj", child)
            elif child.dep_ in SUBJECT:
                continue
            elif child.dep_ in PASSIVE_SUBJECT:
                add("subj" if participle else "obj", child)
        stray = _stray_subject(holder)
        if stray is not None:
            add("obj" if passive else "subj", stray)
            for between in token.doc[stray.right_edge.i + 1 : holder.i]:
                phrase = _along_with(between)
                if phrase is not None and between.dep_ == "pobj":
                    add("along", between)
        if token.dep_ == "relcl":  # "the Soviet Union, which broke off relations"
            rel = next((c for c in token.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT), None)
            if rel is not None and rel.tag_ in ("WDT", "WP"):
                add("obj" if rel.dep_ in PASSIVE_SUBJECT else "subj", token.head)
                said_of = _described_subject(token.head)
                if said_of is not None:  # "Albania was one of the states that signed"
                    add("obj" if rel.dep_ in PASSIVE_SUBJECT else "subj", said_of)
            elif any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in token.children):
                add("obj", token.head)  # "Comecon, which it had joined in 1949"
        elif (
            token.dep_ == "conj"
            and token.head.dep_ == "relcl"
            and not any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in token.children)
        ):  # "Yugoslavia, which had been expelled ... and never joined the Pact"
            rel = next(
                (c for c in token.head.children if c.dep_ in SUBJECT | PASSIVE_SUBJECT), None
            )
            if rel is not None and rel.tag_ in ("WDT", "WP"):
                own_passive = any(c.dep_ == "auxpass" for c in token.children)
                add("obj" if own_passive else "subj", token.head.head)
        if token.dep_ == "acl" and token.tag_ == "VBN":  # "the pact, signed in 1955"
            add("obj", token.head)
        if token.dep_ == "acl" and token.tag_ == "VBG":  # "Albania, leaving the pact"
            add("subj", token.head)
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and not any(c.dep_ in SUBJECT | PASSIVE_SUBJECT | {"mark"} for c in token.children)
        ):  # "he became head of state, succeeding Lleshi": the clause's subject
            for child in subject_holder(token.head).children:
                if child.dep_ in SUBJECT:
                    add("subj", child)
        own_passive = any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in token.children)
        if (
            token.dep_ == "pcomp"
            and (token.tag_ == "VBG" or own_passive)
            and token.head.dep_ == "prep"
            and token.head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in token.children)
        ):  # "After breaking with Yugoslavia, Albania turned to Moscow": the subject of
            # the verb the phrase hangs on ("after being expelled": its object)
            for child in subject_holder(token.head.head).children:
                if child.dep_ in SUBJECT:
                    add("obj" if own_passive else "subj", child)
        for child in token.children:
            if child.dep_ in OBJECT:
                add("obj" if not passive or child.dep_ != "dative" else "dative", child)
            elif passive and child.dep_ == "prep" and child.lower_ == "as":
                # "was succeeded as party leader by Alia": the parser hangs the doer on
                # the office
                for office in (g for g in child.children if g.dep_ == "pobj"):
                    for by in (g for g in office.children if g.lower_ == "by"):
                        for grand in by.children:
                            if grand.dep_ == "pobj" and grand.i in by_token:
                                add("by", grand)
    else:
        head = token.head
        # "one of the eight founders": the noun stands where "one" does
        one = _one_of(token)
        anchor = one if one is not None and one.dep_ in ("attr", "appos") else token
        if anchor.dep_ in ("attr", "oprd") or (
            anchor.dep_ == "conj" and anchor.head.dep_ == "attr"
        ):
            verb = anchor.head if anchor.dep_ != "conj" else anchor.head.head
            for child in verb.children:
                if child.dep_ in SUBJECT and child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    add("subj", verb.head)  # "Shehu, who had been prime minister": Shehu
                elif child.dep_ in SUBJECT:
                    add("subj", child)
            if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT for c in verb.children):
                # "Hoxha led the party ... and was prime minister": the first verb's subject
                for child in subject_holder(verb).children:
                    if child.dep_ in SUBJECT:
                        add("subj", child)
        governor = _through_share(head.head if token.dep_ == "pobj" else head)
        named = any(c.dep_ == "appos" and c.i in by_token for c in token.children)
        light = (
            governor.lemma_.lower() not in VERBS_OF_STANCE
            # "Chinese aid replaced Soviet aid": who takes the place has no part in it
            and governor.lemma_.lower() not in REPLACING
            and not named  # "brought his defence minister, Malinovsky": the noun is his
            and (
                token.dep_ == "dobj" or (token.dep_ == "pobj" and head.lower_ in LIGHT_PREPOSITIONS)
            )
        )
        if light and governor.pos_ in ("VERB", "AUX"):
            # a light verb: "paid a visit", "went over to Moscow's side", "depended on aid";
            # not "condemned the invasion", "left after the invasion": others invaded
            holder = subject_holder(governor)
            # "Shehu was reported to have committed suicide": the subject of the passive
            # the infinitive hangs on
            raised = _raised(governor, holder)
            for child in holder.children:
                if child.dep_ in SUBJECT or (raised and child.dep_ in PASSIVE_SUBJECT):
                    add("light", child)
        if token.dep_ == "pobj" and head.lower_ == "as" and governor.pos_ == "VERB":
            # "served as premier": the subject is what the noun names; "named Shehu as
            # premier", "was named as premier": the object
            # "joined Comecon as a founding member": the subject (only verbs of naming
            # and regarding say what their object is)
            objects = [
                c
                for c in governor.children
                if c.dep_ == "dobj" and governor.lemma_.lower() in NAMING_VERBS
            ]
            # (the object only of a verb of naming: "hands the post to Shehu but stays
            # on as First Secretary" is the subject's office, not the post's)
            for child in objects or subject_holder(governor).children:
                if child.dep_ in SUBJECT | PASSIVE_SUBJECT or child in objects:
                    add("light", child)
            if not objects:  # "signed the Warsaw Pact as a founding member": of the Pact
                for child in governor.children:
                    if child.dep_ == "dobj" and by_token.get(child.i):
                        add("of_noun", child)
        if token.dep_ == "nsubj" and head.lemma_ == "be":
            # "the new Soviet leader was Brezhnev": the complement is who the noun is
            for child in head.children:
                if child.dep_ == "attr" and child.i in by_token:
                    add("subj", child)
        for child in token.children:
            modifier = child.dep_ in ("amod", "compound", "nmod") and by_token.get(child.i)
            if child.dep_ == "poss" or modifier:
                add("poss", child)
            elif child.dep_ == "amod" and child.lower_ == "led":
                # "the Soviet-led invasion": the leader is the doer (not "Chinese-backed")
                for leader in child.children:
                    if leader.dep_ in ("npadvmod", "compound", "amod") and by_token.get(leader.i):
                        add("poss", leader)
            elif (
                child.dep_ == "appos"
                and (child.pos_ == "PROPN" or child.i in by_token)
                # not an aside set off by a dash after an event ("the invasion by Moscow
                # – Albania stayed out –"); a person's may be ("his successor – Alia –")
                and not (
                    token.doc[child.left_edge.i - 1].text in DASHES
                    and token.lemma_.lower()
                    not in {*OFFICE_WORDS, *KIN, "successor", "predecessor", "heir"}
                )
            ):
                add("subj", child)  # "his successor, Ramiz Alia": who the noun is; not
                # another event beside it ("the execution of Xoxe, the death of Stalin")
        apposed = _apposed(anchor)
        if apposed is not None:  # "Ramiz Alia, his successor": the head without the apposition
            own = {t.i for t in anchor.subtree}
            # nor a description coordinated with the head ("general, minister of defence
            # and a member of Hoxha's circle": not Hoxha)
            own |= {  # nor what a phrase under it says ("until his fall")
                t.i
                for c in apposed.children
                # nor one named after it ("Hoxha, first secretary, and Shehu")
                if (c.dep_ == "conj" and (c.i not in by_token or c.i > anchor.i))
                or c.dep_ == "prep"
                # nor another apposition beside it ("the crises (the purge of Balluku,
                # the death of Shehu)": Balluku's is not Shehu's death)
                or (c.dep_ == "appos" and c.pos_ == "NOUN")
                for t in c.subtree
            }
            args.setdefault("subj", []).extend(t for t in _phrase_tokens(apposed) if t.i not in own)
    holders = [token, *[c for c in token.children if c.dep_ in OBJECT | {"xcomp"}]]
    # "came back to Tirana", "flew over to Beijing": a particle's phrase is the verb's
    holders += [c for c in token.children if c.dep_ in ("advmod", "prt") and c.lower_ in PARTICLES]
    if not is_noun:
        holders += [c for c in subject_holder(token).children if c.dep_ in PASSIVE_SUBJECT]
    for holder in holders:
        for child in _prepositions(holder):
            if child.lower_ in ATTRIBUTIONS:
                continue  # "according to Tirana": who says so, not who took part
            if _set_aside(child):
                continue
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if any(g.dep_ == "neg" for g in child.children):
                # "not by Hoxha but by Kapo": the phrase denied is none; the one set
                # against it ("but by Kapo") is
                objects = [
                    g
                    for c in child.children
                    if c.dep_ == "conj" and c.lower_ == child.lower_
                    for g in c.children
                    if g.dep_ in ("pobj", "pcomp")
                ]
            label = child.lower_
            inner = [g for g in child.children if g.dep_ == "prep"]
            if not objects and inner:  # "walked out of", "away from": the inner preposition
                label = inner[0].lower_
                objects = [g for g in inner[0].children if g.dep_ in ("pobj", "pcomp")]
            if label == "of" and holder is not token:
                label = "obj_of"  # "the meetings of the Warsaw Pact"
            elif label == "of" and is_noun:
                label = "of_noun"
            for obj in objects:
                if label in ("with", "without") and obj.lemma_.lower() in HELP:
                    # "with the help of the Red Army": the helper, as a manner role
                    for grand in obj.children:
                        if grand.dep_ == "poss" or grand.lower_ == "of":
                            add(f"{label}_help", grand)
                    continue
                add(label, obj)
                if label == "of_noun":
                    _recipients_apart(obj, args, add)
                if child.dep_ == "conj":  # "and with Washington in 1991": a partner apart
                    add("apart", obj)
    for child in token.children:  # "Albania, together with Romania, withdrew"
        if child.dep_ in ("advmod", "prep") and child.lower_ in ALONG:
            for grand in child.children:
                if grand.lower_ == "with":
                    for obj in grand.children:
                        add("along", obj)
        if (  # "was admitted in 1950, together with the GDR": "together" hung on "with"
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(g.dep_ == "advmod" and g.lower_ in ALONG for g in child.children)
        ):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    add("along", obj)
            if {t.i for t in args.get("with", [])} <= {t.i for t in args.get("along", [])}:
                args.pop("with", None)  # a co-doer, no partner
        if child.is_punct:  # the phrase hung on the comma before the verb
            for grand in child.children:
                if grand.lower_ == "with" and _along_with(grand) is grand:
                    for obj in grand.children:
                        if obj.dep_ == "pobj":
                            add("along", obj)
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "to"
        and token.head.head.lemma_.lower() in RESCUE_VERBS
        and ("poss" in args or "of_noun" in args)
    ):
        # "Yugoslavia came to Albania's aid", "came to the assistance of Tirana": the
        # possessor is helped, the subject helps
        args["to"] = args.pop("poss", []) + args.pop("of_noun", [])
        if "light" in args:
            args["from"] = args.pop("light")
    if (
        not is_noun
        and "subj" in args
        and "by" in args
        and not _passive(token)
        and any(c.dep_ in OBJECT and c.i < args["by"][0].i for c in token.children)
    ):
        # "Albania condemned the invasion of Czechoslovakia by Pact forces": an active
        # verb with a subject of its own; the "by" after its object is the object's
        args.pop("by")
    # "founded by six states: the Soviet Union, Poland, ...": the list a colon sets
    # after a counted noun names who that noun counts, wherever the parser hangs it
    # (left loose on the verb, or read as the subject's apposition)
    for label, held in list(args.items()):
        if label in ("along", "apart"):
            continue
        for counted in held:
            listed = _listed_after(counted, token)
            if listed is not None and listed not in held:
                for other in args.values():
                    other[:] = [t for t in other if t.i not in {g.i for g in listed.subtree}]
                add(label, listed)
                break
    return args


def _listed_after(counted: Token, trigger: Token) -> Token | None:
    """The head of a list a colon or dash sets right after a counted noun ("six founding
    states: the Soviet Union, Poland, ..."): one the parser left loose on the trigger, or
    a name it hung elsewhere."""
    doc = counted.doc
    if not any(c.dep_ == "nummod" for c in counted.children) or counted.i + 2 >= len(doc):
        return None
    if doc[counted.i + 1].text not in ":–—":
        return None
    start = counted.i + 2
    heads = [
        t
        for t in doc[start : sentence_of(counted).end]
        if t.left_edge.i == start and t.head.left_edge.i != start
    ]
    head = heads[0] if heads else None
    if head is None or head.dep_ not in ("appos", "dep", "conj", "npadvmod"):
        return None
    loose = head.dep_ == "dep" and head.head.i == trigger.i
    # names ("the Soviet Union, Poland, ..."), not "those of the Soviet Union, ..."
    return head if loose or head.pos_ == "PROPN" else None


#: What one comes or goes to that is no place ("came to its aid", "went to war").
NO_PLACE = {"aid", "assistance", "rescue", "help", "defence", "defense", "end"}
NO_PLACE |= {"agreement", "terms", "conclusion", "blow", "war", "pieces", "light"}


def _to_a_state_of_affairs(token: Token) -> bool:
    """The verb's "to" leads to a state of affairs, not a place ("came to its aid")."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in NO_PLACE
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
    )


#: Verbs that, with "to X's aid" ("came to Albania's aid", "rushed to its rescue"),
#: make X the one helped.
RESCUE_VERBS = {"come", "go", "rush", "run", "spring", "leap", "hurry"}


def _a_reason(token: Token, label: str) -> bool:
    """The trigger's "in"/"at" phrase says why, not where: "withdrew in protest (at ...)"."""
    return label in ("in", "at") and any(
        p.lower_ == "in" and any(g.lemma_.lower() in REASONS for g in p.children)
        for p in token.children
        if p.dep_ == "prep"
    )


def _only_a_date(tokens: list[Token]) -> bool:
    """The phrase names a month or a year and nothing else ("in February", "in 1955")."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("the", "of", "early", "late")]
    return bool(words) and all(t.like_num or t.lower_.rstrip(".") in MONTH_NAMES for t in words)


def _set_aside(prep: Token) -> bool:
    """A phrase set against another: "rather than by Hoxha", "instead of in Moscow"."""
    doc = prep.doc
    before = [t.lower_ for t in doc[max(0, prep.i - 2) : prep.i]]
    return before[-2:] in (["rather", "than"], ["instead", "of"])


#: What one joins as who does not become a member ("admitted as an observer").
SHORT_OF_MEMBER = {"observer", "guest", "associate"}


#: The bodies of a party a person is a member of by office ("the Politburo").
PARTY_BODIES = {"politburo", "presidium", "secretariat", "committee", "bureau", "orgburo"}


def _short_of_member(token: Token) -> bool:
    """The joining is as an observer or a guest ("admitted to the CSCE as an observer",
    "joined Comecon with observer status")."""
    if any(
        t.lemma_.lower() in SHORT_OF_MEMBER
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in ("as", "with")
        for t in c.subtree
    ):
        return True
    # "became an associate member", "its associate membership": of the member itself
    members = [token, *(c for c in token.children if c.dep_ in ("attr", "dobj", "oprd"))]
    members += [  # "admitted as a member"
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(
        g.lemma_.lower() in SHORT_OF_MEMBER
        for m in members
        for g in m.children
        if g.dep_ in ("amod", "compound")
    ):
        return True
    # "became a candidate member of the Politburo of the party": a seat in a body of
    # it, an office, not a joining of the party
    return any(
        g.lemma_.lower() in PARTY_BODIES
        for m in members
        if m.lemma_.lower() in ("member", "membership")
        for p in m.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    )


#: Nouns that make a phrase after a preposition a comment on the telling, not a place
#: or a party of the deed ("in the end", "at first", "in return", "in practice").
ADVERBIAL = {
    *("end", "meantime", "meanwhile", "event", "fact", "practice", "turn", "return"),
    *("first", "last", "short", "sum", "effect", "principle", "theory", "particular"),
    *("general", "all", "time", "outset", "long run", "response", "exchange", "secret"),
}


def _adverbial(token: Token, label: str) -> bool:
    """Whether the verb's phrase after the preposition `label` is an adverbial of the
    telling ("In the end Albania kept six submarines": no "in" of a place)."""
    phrases = [
        [g for g in c.children if not g.is_punct]
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == label
    ]
    return bool(phrases) and all(
        objects and all(g.lemma_.lower() in ADVERBIAL for g in objects) for objects in phrases
    )


#: Words after a verb of giving that make it a sending away ("sent the advisers home").
SENT_BACK = {"back", "home", "away", "packing"}


def _lemma(token: Token) -> str:
    """The lemma, with a prefix the tokenizer split off ("re-established": re-establish)."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("re", "co"):
        return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
    return token.lemma_.lower()


def _small_clause(token: Token) -> bool:
    """A bare past participle with its own subject is passive ("had Yugoslavia expelled")."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("ccomp", "xcomp", "conj")
        and any(c.dep_ in SUBJECT for c in token.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _dependent_lemmas(token: Token) -> set[str]:
    """Lemmas of a trigger's dependents and theirs (for multi-word triggers)."""
    found = set()
    for child in token.children:
        found.add(child.lemma_.lower())
        found.update(g.lemma_.lower() for g in child.children)
    return found


def _unknown_doer(subject: list[Token], by_token: dict[int, list[str]], dated: set[int]) -> bool:
    """The subject is a name no actor stands for ("Kosygin"), not a body ("the People's
    Assembly", "the Central Committee") that acts for a state the text leaves unnamed."""
    if any(t.lemma_.lower() in INSTITUTIONS for t in subject):
        return False
    return any(
        t.pos_ == "PROPN"
        and t.i not in by_token
        and t.i not in dated
        and (t.dep_ in SUBJECT or t.dep_ in ("compound", "flat", "nmod"))
        for t in subject
    )


#: Names of parts of the world, which stand for no actor a claim could be about.
REGIONS = {
    "west",
    "western",
    "east",
    "eastern",
    "europe",
    "european",
    "balkans",
    "balkan",
    "adriatic",
    "mediterranean",
    "ionian",
    "atlantic",
    "asia",
    "bloc",
}


#: Frame types whose doer, a person the chronicle has no actor for, a record may still
#: name in its words ("In June 1991 James Baker visited Albania").
UNKNOWN_DOERS = {"visit", "meet"}


def _unknown_head(phrase: list[Token], by_token: dict[int, list[str]], dated: set[int]) -> bool:
    """The phrase is headed by a name no actor stands for, the known actor only its
    modifier ("US Secretary of State George Shultz": Shultz, not the United States)."""
    inside = {t.i for t in phrase}
    roots = [t for t in phrase if t.head.i not in inside or t.head.i == t.i]
    # and the name set beside the head ("the American Secretary of State, George Shultz")
    roots += [c for t in roots for c in t.children if c.dep_ == "appos"]
    return any(
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and t.i not in by_token
        and t.i not in dated
        and t.lemma_.lower() not in INSTITUTIONS
        and t.lower_ not in OFFICE_WORDS | RANKS  # "Khrushchev, First Secretary of ..."
        and any(c.i in by_token for c in t.head.subtree if c.i != t.i)
        # a person's name: a first name before it that no actor stands for either
        # ("George Shultz"; not "the Soviet Navy")
        and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == t.i - 1 and c.i not in by_token
            for c in t.children
        )
        for t in roots
    )


#: Frame types whose patient may be a place, which no actor need stand for ("visited
#: Butrint", "withdrew from Sazan").
PLACE_PATIENTS = {"visit", "deploy_forces", "withdraw_forces", "seize", "invade"}


def _unknown_party(
    entry: Entry, args: dict[str, list[Token]], by_token: dict[int, list[str]], dated: set[int]
) -> str:
    """The name no actor stands for that heads a phrase in a role of the frame other
    than its doer's, or the phrase's "to", "for" or "with" phrase ("sent experts to
    Cambodia", "halted aid to Cambodia", "broke off relations with Chile"); a town the
    checker knows is a place, not a party."""
    if entry.type in PLACE_PATIENTS:
        return ""
    for label, role in entry.roles.items():
        if role not in ("agent", "patient") or label in ("subj", "by"):
            continue
        phrase = args.get(label, [])
        inside = {t.i for t in phrase}
        roots = [t for t in phrase if t.head.i not in inside or t.head.i == t.i]
        # "sent experts to Cambodia": the parser's dative, read with the object
        roots += [g for t in roots if t.pos_ == "ADP" for g in t.children if g.dep_ == "pobj"]
        named = roots + [
            g
            for t in roots
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in ("to", "for", "with")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for t in named:
            if (
                t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and t.i not in by_token
                and t.i not in dated
                # a bare name ("Cambodia", "Kardelj"), not a name of an event or a body
                # ("the 22nd Congress", "the new People's Republic", "de-Stalinization")
                and all(c.dep_ == "prep" for c in t.children)
                and (t.i == 0 or bool(t.doc[t.i - 1].whitespace_))  # not "de-Stalinization"
                and (t.i == 0 or t.doc[t.i - 1].pos_ not in ("DET", "NUM", "ADJ", "PROPN"))
                and plain(t.text) not in TOWNS
                and t.lower_ not in OFFICE_WORDS | RANKS | TITLES | REGIONS
                and t.lemma_.lower() not in INSTITUTIONS
            ):
                return t.text
    return ""


def _named_in(phrase: list[Token]) -> list[Token]:
    """The phrase with the names compounded into it ("Gramoz Pashko president")."""
    return [*phrase, *(c for t in phrase for c in t.children if c.dep_ in ("compound", "nmod"))]


def _unknown_person(phrase: list[Token], by_token: dict[int, list[str]], dated: set[int]) -> str:
    """The name a phrase headed by a proper noun no actor stands for gives ("Foreign
    Minister Eduard Shevardnadze": Eduard Shevardnadze), without titles of office."""
    inside = {t.i for t in phrase}
    for head in phrase:
        if head.head.i in inside and head.head.i != head.i:
            continue
        if (
            head.pos_ != "PROPN"
            or head.i in by_token
            or head.i in dated
            or head.lemma_.lower() in INSTITUTIONS
        ):
            continue
        words = [
            t
            for t in head.subtree
            if t.i in inside
            and t.pos_ == "PROPN"
            and (t.i == head.i or t.dep_ in ("compound", "flat"))
            and t.lower_ not in OFFICE_WORDS | RANKS
        ]
        if words and not any(t.i in by_token for t in words):
            return " ".join(t.text for t in words)
    return ""


def _stray_subject(verb: Token) -> Token | None:
    """A subject the parser hung on a fronted phrase: in "Three years after the death
    of Stalin, the Soviet Union marched into Hungary" it reads "the Soviet Union" as an
    apposition of "Stalin". The verb has no subject of its own and the apposition ends
    just before it."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in SUBJECT | PASSIVE_SUBJECT for c in verb.children):
        return None
    doc = verb.doc
    at = verb.i - 1
    while at >= 0:
        token = doc[at]
        along = _along_with(token)
        if along is not None:  # "August, Albania, together with Romania, withdrew"
            at = along.left_edge.i - 1
        elif token.dep_ in ("aux", "auxpass", "neg", "advmod") or token.text == ",":
            at -= 1
        else:
            break
    if at < 0:
        return None
    before = doc[at]
    for token in [before, *before.ancestors]:  # a phrase ending just before the verb
        ends_here = token.right_edge.i == before.i
        fronted = token.head.i < verb.i and token.head in verb.subtree
        comma = token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ","
        # an apposition, or a "conjunct" after a mere comma ("... of Tito, Tito died")
        misread = (
            token.dep_ == "appos"
            or (
                token.dep_ == "conj"
                and comma
                and not any(c.dep_ == "cc" for c in token.head.children)
            )
            # "On 22 June 1991 US Secretary of State James Baker visited": a name read
            # as the object of the fronted date's preposition
            or (
                token.dep_ == "pobj"
                and token.pos_ == "PROPN"
                and token.head.dep_ == "prep"
                and token.head.head.i == verb.i
                and any(t.like_num for t in token.head.subtree if t.i < token.i)
            )
        )
        if misread and ends_here and fronted and token.ent_type_ != "DATE":
            return token
    return None


def _along_with(token: Token) -> Token | None:
    """The head of the phrase "together with X" or "along with X" that `token` stands
    in, however the parser hung it ("together" under "with" or over it)."""
    for node in [token, *token.ancestors]:
        if node.lower_ == "with" and node.dep_ == "prep":
            if any(c.dep_ == "advmod" and c.lower_ in ALONG for c in node.children):
                return node
            if node.head.lower_ in ALONG:
                return node.head
            return None
        if node.pos_ in ("VERB", "AUX"):
            return None
    return None


def _of_a_date(noun: Token, dated: set[int]) -> bool:
    """The noun marks a part of a time ("the end of March 1961", "the close of 1961"),
    not an event of that time ("the demonstrations of March 1981")."""
    return noun.lemma_.lower() in TIME_PARTS and any(
        c.lower_ == "of" and any(g.dep_ == "pobj" and g.i in dated for g in c.children)
        for c in noun.children
    )


def _related_subject(verb: Token) -> str | None:
    """The lemma of the verb's subject when it is a tie between parties ("relations with
    Moscow", "the alliance with China"): the parties named under it are not the doers."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in subject_holder(verb).children:
        if child.dep_ in SUBJECT and child.lemma_.lower() in TIES:
            return child.lemma_.lower()
    return None


def _complement_lemmas(token: Token) -> set[str]:
    """Lemmas of the verb's own complements: "made him leader", "became First Secretary"."""
    held = [
        c
        for c in [*token.children, *subject_holder(token).children]
        if c.dep_ in OBJECT | PASSIVE_SUBJECT | {"attr", "oprd", "xcomp", "ccomp"}
    ]
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "the delegation, led by Kapo"
        held.append(token.head)
    if _object_gap(token):  # "a post he kept until 1954"
        held.append(token.head)
    return {t.lemma_.lower() for c in held for t in [c, *c.children] if t.dep_ != "prep"}


def _headline_object(token: Token) -> list[Token]:
    """The subject of a bare past form that heads a line of notes, which is what the
    verb was done to ("30 July 1990: diplomatic relations with the USSR restored",
    "Aid cut off"): a passive with its "were" left out, in a sentence of its own."""
    if token.tag_ not in ("VBD", "VBN") or token.dep_ not in ("ROOT", "conj"):
        return []
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in token.children):
        return []
    return [c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]


#: Relative pronouns that stand for the noun a relative clause describes.
RELATIVES = {"that", "which", "whom", "who"}


def _object_gap(token: Token) -> bool:
    """The verb of a relative clause whose object is the noun it describes ("a post he
    kept until 1954", "the treaty that Albania signed"): it has a subject of its own
    and no object but, at most, the relative pronoun."""
    if token.dep_ != "relcl" or token.head.pos_ != "NOUN":
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    own = [s for s in subjects if s.lower_ not in RELATIVES]
    return bool(own) and all(o.lower_ in RELATIVES for o in objects)


#: Frame types of diplomatic relations, whose "ties" may be of another kind.
RELATIONS_TYPES = {"establish_relations", "break_relations", "restore_relations"}
#: Nouns of diplomatic ties between states.
DIPLOMATIC_TIES = frozenset({"tie", "relation", "link", "contact", "relationship"})
#: Words that make ties other than diplomatic ones ("military ties", "party links").
OTHER_TIES = {
    *("economic", "military", "trade", "commercial", "cultural", "party", "political"),
    "personal",
}


def _other_ties(token: Token, nouns: Collection[str]) -> bool:
    """Every noun of ties the trigger acts on is said to be of another kind than
    diplomatic ("economic and military ties", "party links"), none "diplomatic"."""
    found = [
        t
        for c in token.children
        if c.dep_ in OBJECT | PASSIVE_SUBJECT
        for t in [c, *c.conjuncts]
        if t.lemma_.lower() in nouns
    ]
    if not found:
        return False
    kinds = [{m.lower_ for m in t.children if m.dep_ in ("amod", "compound")} for t in found]
    return all(k & OTHER_TIES and "diplomatic" not in k for k in kinds)


def _object_lemmas(token: Token, args: dict[str, list[Token]]) -> set[str]:
    lemmas = set()
    heads = [c for c in token.children if c.dep_ in OBJECT | PASSIVE_SUBJECT | {"xcomp", "prep"}]
    if token.pos_ in ("NOUN", "PROPN"):
        lemmas.add(token.lemma_.lower())
        heads += [c for c in token.children if c.dep_ in ("compound", "amod")]
    holder = subject_holder(token)
    heads += [c for c in holder.children if c.dep_ in PASSIVE_SUBJECT]
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "relations, normalized in 1971"
        heads.append(token.head)
    if _object_gap(token):  # "the treaty that Albania signed in 1955"
        heads.append(token.head)
    heads += [  # "supplied Albania with 20,000 tons of grain": what the measure measures
        g
        for h in list(heads)
        for t in [h, *h.children]
        if t.lemma_.lower() in MEASURES
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for pobj in p.children
        if pobj.dep_ == "pobj"
        for g in [pobj, *(c for c in pobj.children if c.dep_ in ("nmod", "compound", "conj"))]
    ]
    for head in heads:
        lemmas.add(head.lemma_.lower())
        if head.pos_ == "PROPN" and head.lower_.endswith("s"):
            lemmas.add(head.lower_[:-1])  # "Relations" heading a sentence, tagged as a name
        lemmas.update(c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod"))
        for grand in head.children:  # "ceased to take part", "the break in relations"
            if grand.dep_ in ("pobj", "dobj", "xcomp", "conj"):
                lemmas.add(grand.lemma_.lower())
            if grand.dep_ == "prep" and head.dep_ in OBJECT | PASSIVE_SUBJECT:
                # "most of its submarines", "part of Albania's debts"
                lemmas.update(g.lemma_.lower() for g in grand.children if g.dep_ == "pobj")
    for label in ("of_noun", "in", "of"):
        lemmas.update(t.lemma_.lower() for t in args.get(label, [])[:1])
    objects = [h for h in heads if h.dep_ in OBJECT | PASSIVE_SUBJECT]
    standing = [  # the object is a pronoun or a bare number: "kept them", "kept eight of them"
        h for h in objects if (h.pos_ == "PRON" and h.dep_ != "poss") or h.like_num
    ]
    if standing:
        # "kept eight of them": the nouns of the sentences before stand in
        doc = token.doc
        lemmas.update(
            t.lemma_.lower() for t in doc[max(0, token.i - 40) : token.i] if t.pos_ == "NOUN"
        )
    return lemmas


def _fill(
    entry: Entry,
    args: dict[str, list[Token]],
    by_token: dict[int, list[str]],
    kinds: dict[str, str],
    context_org: str | None = None,
) -> dict[str, list[str]] | None:
    roles: dict[str, list[str]] = {}
    owned: set[str] = set()  # roles the noun's own owner fills ("Hoxha's death")
    # a light verb's subject comes last, and only into a role the noun leaves open:
    # "became leader upon the death of Hoxha" is Hoxha's death, not the leader's
    ordered = sorted(args.items(), key=lambda pair: pair[0] == "light")
    for label, tokens in ordered:
        role = entry.roles.get(label, SHARED_ROLES.get(label))
        if role is None and label == "light":
            role = entry.roles.get("subj")
            if role in owned:
                continue
        if role is None and label == "by" and entry.roles.get("subj") == "agent":
            role = "agent"  # a passive's "by Moscow" is who the active subject would be
        if role is None or role == "none":  # "none": this argument fills no role here
            continue
        if label == "subj" and role == "patient":  # "the alliance's structures ceased
            tokens = _unowned(tokens, by_token)  # to exist": the structures, not the Pact
        if label == "to":  # "visits China, to Tirana's dismay": whose feeling, not where to
            felt = {
                g.i
                for t in tokens
                if t.dep_ == "pobj" and t.lemma_.lower() in FEELINGS
                for g in t.subtree
            }
            tokens = [t for t in tokens if t.i not in felt]
        for actor in _actors_in(tokens, by_token):
            kind = kinds.get(actor, "")
            if entry.needs_org and label == "poss" and kind in ORG_KINDS:
                # "the Cominform's expulsion of the Yugoslav party": its own act
                roles.setdefault("org", [])
                if actor not in roles["org"]:
                    roles["org"].append(actor)
                continue
            if role == "org" and kind not in ORG_KINDS:
                continue
            if entry.needs_org and role != "org" and kind in ("organization", "alliance"):
                continue  # "the Warsaw Treaty ... a founding member" of Comecon: no member
            if entry.states_only and kind != "state" and role != "org":
                continue
            roles.setdefault(role, [])
            if actor not in roles[role]:
                roles[role].append(actor)
            if label in ("poss", "of_noun"):
                owned.add(role)
    if entry.needs_org and not roles.get("org"):
        # phrases that fill no role ("on 13 September 1968", "after the invasion") keep it bare
        filling = {  # a date ("joined in February") fills no role
            label
            for label in set(args) & (set(entry.roles) | CORE)
            if not _only_a_date(args[label])
        }
        # (a passive's subject, the doer, fills no place: "Albania was admitted in 1950")
        doers = {"obj"} if entry.roles.get("obj") == "agent" else set()
        bare = not filling - {"subj", "poss", "light", "along"} - doers
        if not (bare and context_org):
            return None
        # "Albania's formal withdrawal", "walked out altogether": the organization in play
        roles["org"] = [context_org]
    if entry.together and len(roles.get("agent", [])) < 2:
        return None  # "the Cominform met in Bucharest": a body sitting, no two sides meeting
    if entry.object_kinds:
        named = [
            a
            for label, tokens in args.items()
            if entry.roles.get(label) in ("patient", "org") or label == "obj"
            for a in _actors_in(tokens, by_token)
        ]
        if not any(kinds.get(a) in entry.object_kinds for a in named):
            return None
    # only people die or are shot ("the First Secretary of the Party, Hoxha, died"); an
    # office is a state's or a party's ("his defence minister" is no one's office)
    people = entry.type in MORTAL
    if (people or entry.type == "hold_office") and "patient" in roles:
        roles["patient"] = [a for a in roles["patient"] if (kinds.get(a) == "person") == people]
        if not roles["patient"]:
            del roles["patient"]
    for role in ("agent", "patient"):  # an organization is not its own member
        if role in roles and roles.get("org"):
            roles[role] = [a for a in roles[role] if a not in roles["org"]]
            if not roles[role]:
                del roles[role]
    return roles


def _theme(token: Token, by_token: dict[int, list[str]]) -> tuple[str, ...]:
    """The lemmas that say which change a reform is: the trigger's, and those of the
    nouns it acts on that name no actor ("adopted a new constitution": adopt,
    constitution; "banned religion": ban, religion; "renamed the state": rename)."""
    held = [
        c
        for c in [*token.children, *subject_holder(token).children]
        if c.dep_ in OBJECT | PASSIVE_SUBJECT | {"pobj"} and c.pos_ == "NOUN"
    ]
    held += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.pos_ == "NOUN"]
    words = [token.lemma_.lower(), *(c.lemma_.lower() for c in held if c.i not in by_token)]
    return tuple(dict.fromkeys(words))


def _new_name(token: Token) -> str:
    """The name a verb of renaming gives ("renamed the state the People's Socialist
    Republic of Albania", "was renamed the Party of Labour"): a proper name after the
    verb that is not its first object."""
    if token.lemma_.lower() != "rename":
        return ""
    objects = [c for c in token.children if c.dep_ in ("dobj", "oprd", "attr", "xcomp")]
    named = [c for c in objects if c.pos_ == "PROPN" and c.i > token.i]
    # "renames the party the Party of Labour", the name parsed as in apposition
    named += [g for c in objects for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"]
    if named and named[-1].dep_ == "appos":
        return _name_words([t for t in named[-1].subtree if t.i > token.i])
    if not named or (len(objects) == 1 and objects[0].dep_ == "dobj" and not _passive(token)):
        return ""
    return _name_words([t for t in named[-1].subtree if t.i > token.i])


def _name_words(words: list[Token]) -> str:
    """The words of a name given, without its article, and not a date or a second
    name after it ("Party of Labour 1948, Socialist Party June 1991")."""
    while words and words[0].lower_ in ("the", "a"):
        words = words[1:]
    ends = next((n for n, t in enumerate(words) if t.like_num or t.is_punct), len(words))
    return "".join(t.text_with_ws for t in words[:ends]).strip()


def _passive(token: Token) -> bool:
    """The verb is marked passive ("was renamed", "the party was renamed")."""
    return any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT) for c in token.children)


def _document_parties(token: Token, args: dict[str, list[Token]]) -> dict[str, list[Token]]:
    """The parties the document's own phrase names, when the verb of signing has none of
    its own ("a treaty with Yugoslavia was signed", "signed the agreement between
    Moscow and Tirana")."""
    documents = [
        c
        for c in [*token.children, *subject_holder(token).children]
        if c.dep_ in OBJECT | PASSIVE_SUBJECT
    ]
    # and the noun of its "of" phrase ("a treaty of friendship with Yugoslavia")
    documents += [g for d in documents for c in d.children if c.lower_ == "of" for g in c.children]
    found: dict[str, list[Token]] = {}
    for document in documents:
        for prep in document.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between"):
                for g in prep.children:
                    if g.dep_ == "pobj":
                        found.setdefault(prep.lower_, []).extend(_phrase_tokens(g))
    if not found or any(label in args for label in ("with", "between")):
        return args
    return {**args, **found}


def _partners(token: Token, by_token: dict[int, list[str]]) -> list[str]:
    """The states one "with" phrase of a relation names as a list ("restored relations
    with Moscow and Washington"), each the partner of the relation's other side; none
    when the phrase names one, or when the names stand in phrases of their own."""
    holders = [token, *(c for c in token.children if c.dep_ in ("dobj", "nsubjpass"))]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"):
            for head in (c for c in prep.children if c.dep_ == "pobj"):
                listed = [head, *(t for t in head.conjuncts if t.i > head.i)]
                named = [by_token.get(t.i, []) for t in listed]
                if len(listed) >= 2 and all(len(n) == 1 for n in named):
                    return list(dict.fromkeys(n[0] for n in named))
    return []


def _first_to(noun: Token) -> bool:
    """ "the first Albanian foreign minister to visit Moscow", "the only leader to
    refuse": a rank among those who did a deed, not an office taken or held."""
    ranked = any(c.lower_ in AMONG_DOERS for c in noun.children if c.dep_ in ("amod", "advmod"))
    verb = noun.head if noun.dep_ in ("attr", "dobj", "oprd") else noun
    deed = [
        c
        for c in (*noun.children, *verb.children)
        if c.dep_ in ("acl", "relcl", "xcomp", "advcl")
        and c.i > noun.i
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]
    return ranked and bool(deed)


#: Verbs whose "as" phrase says what their object is ("named Shehu as premier").
NAMING_VERBS = {
    "name",
    "appoint",
    "elect",
    "install",
    "choose",
    "designate",
    "nominate",
    "confirm",
    "recognize",
    "recognise",
    "regard",
    "see",
    "treat",
    "describe",
    "denounce",
    "brand",
    "label",
    "accept",
    "admit",
    "keep",
    "retain",
    "replace",
    "succeed",
}
#: Words that rank one among those who did a deed ("the first to", "the only one to").
AMONG_DOERS = {"first", "last", "only", "second", "third", "sole"}


def _fleet_subject(token: Token, by_token: dict[int, list[str]]) -> bool:
    """The subject is a body of a state's people or things named by a common noun ("the
    Soviet flotilla", "Albanian delegates"), not the state: it is no member of anything."""
    subjects = [c for c in subject_holder(token).children if c.dep_ in SUBJECT]
    return bool(subjects) and subjects[0].pos_ == "NOUN" and not by_token.get(subjects[0].i)


def _context_org(token: Token, mentions: list[Mention], kinds: dict[str, str]) -> str | None:
    """The organization in play before `token`: the one named earlier in its sentence
    ("Albania, a founder of the Warsaw Pact, withdrew"), else the one the sentence
    before names ("... signed the Warsaw Pact. Yugoslavia never joined."), else the one
    the text has named most (at least twice, and more often than any other)."""
    counts: dict[str, int] = {}
    doc = token.doc
    first = sentence_of(token).start
    sentence = doc[first].idx
    at = first - 1
    while at > 0 and not doc[at].is_sent_start:
        at -= 1
    previous = doc[at].idx if first > 0 else sentence
    here: list[str] = []
    before: list[str] = []
    for m in mentions:
        if m.start < token.idx and kinds.get(m.actor) in ("organization", "alliance"):
            counts[m.actor] = counts.get(m.actor, 0) + 1
            if m.start >= sentence:
                here.append(m.actor)
            elif m.start >= previous:
                before.append(m.actor)
    if len(set(here)) == 1:
        return here[0]
    if not here and len(set(before)) == 1:
        return before[0]
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None  # named no more often than another: no organization is in play
    return next(a for a, n in counts.items() if n == ranked[0])


#: Verbs whose object is an event that took place, whatever the verb's own polarity:
#: "did not survive the expulsion", "did not mention the visit", "never forgave the
#: invasion". Their negation is no event's.
PRESUPPOSING = {
    *("survive", "outlast", "outlive", "prevent", "avert", "predict", "foresee", "expect"),
    *("anticipate", "welcome", "mention", "report", "acknowledge", "forgive", "forget"),
    *("condemn", "protest", "oppose", "endorse", "approve", "explain", "cause", "provoke"),
    *("justify", "regret", "resent", "mourn", "celebrate", "commemorate", "notice"),
    *("ignore", "discuss", "criticize", "criticise", "denounce", "reverse", "undo"),
    *("heal", "repair", "mend", "overcome", "bridge", "resolve", "settle", "end"),
    *("forgave", "forgiven", "forgot", "forgotten", "foresaw", "foreseen"),  # misread lemmas
}


#: Feelings a deed is done to ("to Tirana's dismay", "to the surprise of Moscow").
FEELINGS = {
    *("dismay", "surprise", "delight", "relief", "horror", "alarm", "annoyance", "anger"),
    *("chagrin", "consternation", "displeasure", "astonishment", "fury", "embarrassment"),
    *("disappointment", "satisfaction", "regret", "irritation", "outrage", "shock"),
}
#: Passive verbs of saying and thinking whose subject is their infinitive's ("was
#: reported to have committed suicide", "is said to have visited").
RAISING = {
    *("report", "say", "believe", "think", "know", "declare", "announce", "rumour"),
    *("rumor", "understand", "consider", "presume", "allege", "find", "claim"),
}


def _raised(verb: Token, holder: Token) -> bool:
    """The verb is the infinitive of a passive verb of saying or thinking whose subject
    is the infinitive's doer ("Shehu was reported to have committed suicide")."""
    return (
        holder is not verb
        and verb.dep_ == "xcomp"
        and holder.lemma_.lower() in RAISING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


#: Words of a law or a ban that rules something out.
FORBIDDING = {"ban", "forbid", "prohibit", "bar", "outlaw", "proscribe"}


def _forbidden(token: Token) -> bool:
    """The thing is what a ban rules out ("banned taking loans or credits", "forbade the
    state to accept foreign credits", "the ban on foreign credits"), within a few steps
    up the parse."""
    for step, ancestor in enumerate(token.ancestors):
        if ancestor.lemma_.lower() in FORBIDDING:
            return True
        if step >= 3:
            break
    return False


def _negated(token: Token) -> bool:
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "conj"):
        verb = token.head if token.dep_ == "dobj" else token.head.head
        refused = verb.lemma_.lower() in REFUSED
        if refused and (token.dep_ == "dobj" or token.head.dep_ in ("dobj", "conj")):
            return True  # "eschewed foreign aid and trade": no aid was had
    for child in token.children:
        if child.lower_ in NEGATORS and child.dep_ in ("neg", "advmod", "det"):
            return True
        if child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children):
            return True  # "no longer attended"
        nobody = child.lower_ in NOBODY or (
            child.lower_ == "one" and any(g.lower_ == "no" for g in child.children)
        )
        if nobody and child.dep_ in ("dobj", "nsubj", "nsubjpass"):
            return True  # "expelled no one", "nobody signed"
        if child.dep_ == "dobj" and any(
            g.dep_ == "det" and g.lower_ == "no" for g in child.children
        ):
            return True  # "took no part in", "sent no delegation"
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_ in CONTROL_NEGATION:
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubjpass", "attr"):
        if head.lemma_.lower() in PRESUPPOSING or head.lower_ in PRESUPPOSING:
            return False  # "did not survive the expulsion": the expulsion took place
        # "did not maintain relations", "was no longer a member": the verb's negation
        return any(
            c.dep_ == "neg"
            or c.lower_ == "never"
            or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
            for c in head.children
        )
    return token.dep_ in ("conj",) and _negated(head) and head.pos_ == token.pos_ == "AUX"


def _aid_kind(token: Token) -> str | None:
    """The kind of aid (`AID_KINDS`) a trigger's own theme names: the verb's object or
    subject ("cancelled its loans", "the specialists left"), the noun's modifiers or
    what it is of ("the withdrawal of the experts", "Soviet credits"), or the noun
    itself; not a word elsewhere in the sentence."""
    if token.pos_ in ("NOUN", "PROPN"):
        themes = [token, *(c for c in token.children if c.dep_ in ("compound", "amod"))]
        themes += [g for c in token.children if c.lower_ == "of" for g in c.children]
    else:
        themes = [c for c in token.children if c.dep_ in ("dobj", "nsubj", *PASSIVE_SUBJECT)]
    themes += [c for t in themes for c in t.conjuncts]
    lemmas = {t.lemma_.lower() for t in themes}
    return next((kind for kind, words in AID_KINDS.items() if lemmas & words), None)


def _document_words(token: Token, by_token: dict[int, list[str]]) -> tuple[str, ...]:
    """The words that name the document a sign frame's trigger is about: the noun
    itself, or the verb's object ("signed a treaty of friendship"), or the noun a
    participle describes ("the treaty, signed in 1946"); its modifiers and what it is
    "of", not the actors named in it ("a friendship treaty with Yugoslavia")."""
    noun: Token | None = token
    if token.pos_ not in ("NOUN", "PROPN"):
        objects = [c for c in token.children if c.dep_ in ("dobj", *PASSIVE_SUBJECT)]
        noun = objects[0] if objects else (token.head if token.dep_ == "acl" else None)
    if noun is None:
        return ()
    words: list[str] = []

    def take(node: Token) -> None:
        for child in node.children:
            if (
                child.i in by_token
                and child.dep_ == "compound"
                and node.i == noun.i
                and noun.text[:1].isupper()
                and child.i == noun.i - 1
            ):
                words.append(child.lower_)  # "the Belgrade Declaration": a name, of a place
                continue
            if child.i in by_token or not child.is_alpha:
                continue
            if child.dep_ in ("amod", "compound", "conj"):
                words.append(child.lower_)
                take(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for part in child.children:
                    if part.dep_ == "pobj" and part.i not in by_token and part.is_alpha:
                        words.append(part.lower_)
                        take(part)

    take(noun)
    return tuple(words)


def _light_negated(token: Token) -> bool:
    """ "refused to take part in the invasion", "did not pay a visit": a noun under a
    light verb that is denied or refused. It denies the subject's part in the event,
    not the event itself."""
    head = token.head
    light = token.dep_ == "dobj" or (
        token.dep_ == "pobj" and head.lower_ in LIGHT_PREPOSITIONS and head.dep_ == "prep"
    )
    if token.pos_ != "NOUN" or not light:
        return False
    governor = head if token.dep_ == "dobj" else head.head
    share = governor
    governor = _through_share(governor)
    shares = [share] if share is not governor else []
    shares += [c for c in governor.children if c.dep_ == "dobj" and c.lemma_.lower() in SHARES]
    if any(g.lower_ == "no" for c in shares for g in c.children):
        return True  # "took no part in the invasion", "played no role in it"
    if governor.dep_ == "xcomp" and governor.head.lemma_ in CONTROL_NEGATION:
        return True
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in governor.children)


#: Nouns of having a share in an event: "took part in", "played a role in".
SHARES = {"part", "role", "share", "hand"}


def _through_share(governor: Token) -> Token:
    """The verb of "took part in the invasion", "played a role in it", for the noun of
    the share (`governor`) whose phrase holds the event: it says who had a part."""
    if governor.lemma_.lower() in SHARES and governor.dep_ == "dobj":
        return governor.head
    return governor


def _stopped(token: Token) -> bool:
    """ "stopped attending", "ceased to participate": the trigger under a verb of ending."""
    return token.dep_ in ("xcomp", "dobj", "pcomp") and token.head.lemma_ in ENDING


ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


#: People named by whose kin or colleague they are: the possessor is someone else.
KIN = {
    *("widow", "wife", "husband", "son", "daughter", "brother", "sister", "family", "heir"),
    *("colleague", "comrade", "deputy", "rival", "protégé", "lieutenant", "friend", "aide"),
}
#: What a signature is put to, as the checker tells them apart: a treaty is no mere accord.
DOCUMENTS = {
    *("treaty", "pact", "agreement", "accord", "declaration", "convention", "protocol"),
    *("memorandum", "charter"),
}
#: Kinds of aid by the nouns that name them: money lent, people sent, food shipped.
AID_KINDS = {
    "credit": frozenset({"credit", "loan", "debt"}),
    "experts": frozenset(
        {"specialist", "expert", "adviser", "advisor", "technician", "engineer", "instructor"}
    ),
    "grain": frozenset({"grain", "wheat", "food", "flour", "bread"}),
}
#: Nouns whose number counts actors, not events.
COUNTED_ACTORS = {"member", "state", "signatory", "founder", "country", "nation", "party"}
#: Adverbs that count how many times a verb's event happened.
TIMES = {"twice": 2, "thrice": 3}


#: Nouns of a kind of side a copula puts its subject among ("Albania was one of the
#: states that ...", "the only member that ...").
_SIDE_NOUNS = "state country nation member signatory founder government power ally satellite"
SIDE_NOUNS = frozenset(_SIDE_NOUNS.split())


def _described_subject(noun: Token) -> Token | None:
    """The subject a copula says is one of the `noun`s: "Albania was one of the eight
    states", "was the only member", "was among the countries" (then what the noun's
    relative clause says is said of that subject)."""
    if noun.lemma_.lower() not in SIDE_NOUNS:
        return None
    one = _one_of(noun)
    anchor = one if one is not None else noun
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "among":
        anchor = anchor.head
        verb = anchor.head
    elif anchor.dep_ == "attr":
        verb = anchor.head
    else:
        return None
    if verb.lemma_ != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _one_of(token: Token) -> Token | None:
    """ "one" or the number in "one of the eight states", "two of its members" (not
    an ordinal: "the first of his visits"), when `token` is the noun after "of"."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    number = token.head.head
    return number if number.pos_ == "NUM" or number.lower_ == "one" else None


def _count(token: Token, dated: set[int] | None = None) -> int | None:
    """How many times a noun trigger says the thing happened ("three visits", "second visit").

    A noun that describes its subject ("one of the eight founding states", "Albania,
    one of two members") counts actors, not events; "the first of his three visits"
    counts visits.
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        # a verb: "went there twice", "came three times"
        for child in token.children:
            if child.lower_ in TIMES:
                return TIMES[child.lower_]
            if child.lemma_.lower() == "time" and child.dep_ == "npadvmod":
                number = [g for g in child.children if g.dep_ == "nummod"]
                if number and number[0].lower_ in NUMBERS:
                    return NUMBERS[number[0].lower_]
        return None
    if token.dep_ in ("attr", "oprd", "appos") or _one_of(token) is not None:
        return None
    if token.lemma_.lower() in COUNTED_ACTORS:
        return None  # "its six founding members": six states, not six foundings
    for child in token.children:
        if _list_marker(child) or child.i in (dated or set()):
            continue  # "6. Hoxha's death": the sixth point of a list; "13 Sept. 1968"
        if _number_of(child) is not None:
            return _number_of(child)
        if child.dep_ == "amod" and child.lower_ in ORDINALS:
            return ORDINALS[child.lower_]
    return None


#: Nouns that count states ("eight states", "six countries", "seven founding members").
STATE_NOUNS = {"state", "country", "nation", "government", "member", "signatory", "founder"}


def _states_counted(phrase: list[Token]) -> int | None:
    """The number of states a doer phrase counts: "eight states", "by seven countries"."""
    for token in phrase:
        if token.lemma_.lower() in STATE_NOUNS:
            for child in token.children:
                number = _number_of(child)
                if number is not None:
                    # "the Soviet Union and five East European states": six
                    named = [c for c in token.conjuncts if c.pos_ == "PROPN"]
                    return number + len(named)
    return None


def _number_of(token: Token) -> int | None:
    """The value of a number written as a modifier: "eight", "16"."""
    if token.dep_ == "nummod" and token.lower_ in NUMBERS:
        return NUMBERS[token.lower_]
    if token.dep_ == "nummod" and token.text.isdigit() and len(token.text) < 4:
        return int(token.text)  # not "1968 – withdrawal": a year heading a line
    return None


#: Verbs of one taking another's place: "X replaced Y as Z" says X became Z, Y was Z.
SUPPLANTING = {"replace", "succeed", "supplant", "displace", "substitute", "follow", "oust"}
#: Of those, the verbs that put one thing in another's place, not merely after it
#: ("the death was followed by accusations": the death is not replaced).
REPLACING = SUPPLANTING - {"follow"}


def _role_taken_over(noun: Token) -> bool:
    """The noun names a role one takes over from another ("replaced the Soviet Union as
    patron"): the one who takes it over holds it, not the one replaced."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "as"
        and noun.head.head.lemma_.lower() in SUPPLANTING
    )


def _first_of_all(noun: Token) -> bool:
    """The noun is called the first of its kind outright ("his first visit to Albania"),
    not the first of a sort ("his first state visit") nor the first since a time
    ("his first visit since 1961")."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    return (
        [c.lower_ for c in modifiers] == ["first"]
        and not any(  # "the first in a decade", "the first after the break"
            t.lower_ == "after"
            or t.lemma_.lower() in ("year", "decade", "month", "week", "generation")
            for t in noun.subtree
            if t.i > noun.i
        )
        and not any(t.lower_ == "since" for t in sentence_of(noun))
    )


def _recipients_apart(
    thing: Token, args: dict[str, list[Token]], add: Callable[[str, Token], None]
) -> None:
    """ "the end of Soviet aid to China": the one the thing went to is no owner of it,
    but the trigger's own "to" (or "for") phrase."""
    for prep in thing.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
            continue
        inside = {t.i for t in prep.subtree}
        args["of_noun"] = [t for t in args["of_noun"] if t.i not in inside]
        for obj in prep.children:
            if obj.dep_ == "pobj":
                add(prep.lower_, obj)


def _aside_title(noun: Token) -> bool:
    """The office noun and the person it describes stand side by side ("Xoxe, the
    interior minister who had been shot in 1949") where the clause does not have that
    person act, and a relative clause in the past perfect tells of the person's past:
    what they were then, not at the clause's time. ("brought his defence minister,
    Zhukov", "purged the defence minister, Hazbiu": the office of that time.)"""
    if noun.dep_ == "appos":
        person = noun.head
    elif any(c.dep_ == "appos" for c in noun.children):
        person = noun
    else:
        return False
    looking_back = any(
        t.dep_ == "relcl"
        and any(a.dep_ in ("aux", "auxpass") and a.lower_ == "had" for a in t.children)
        for t in person.subtree
    )
    return looking_back and person.dep_ not in SUBJECT | PASSIVE_SUBJECT


#: Verbs of bringing someone along or coming with them.
ESCORTING = frozenset({"bring", "take", "accompany", "include"})


def _escort(noun: Token, owned: bool = True) -> bool:
    """The office noun, owned by a pronoun, names one brought along or in company on a
    deed ("brought along his defence minister, Zhukov", "accompanied by his foreign
    minister", "came with his defence minister"): the office held at the deed's time.
    Not `owned`: the name itself after a title ("brought along Defence Minister
    Zhukov")."""
    if owned and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in ESCORTING
    if noun.dep_ == "pobj" and head.lower_ in ("by", "with", "along"):
        verb = head.head
        return verb.lemma_.lower() in ESCORTING | {"come", "arrive", "travel", "fly"}
    return False


def _only_one(trigger: Token) -> bool:
    """The trigger is called the only one of its kind: "his only visit to Albania", "the
    sole meeting", "visited Albania only once"; not the only one of a sort ("his only
    state visit") nor since a time ("his only visit since 1961")."""
    doc = trigger.doc
    if trigger.pos_ in ("NOUN", "PROPN"):
        modifiers = [c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound")]
        said = modifiers in (["only"], ["sole"], ["single"], ["one", "only"])
    else:
        said = any(
            c.lower_ == "once" and c.i > 0 and doc[c.i - 1].lower_ == "only"
            for c in trigger.children
        )
    return said and not any(t.lower_ == "since" for t in sentence_of(trigger))


def _list_marker(token: Token) -> bool:
    """ "6." or "6)" opening a line: the number of a point in a list, no count."""
    doc = token.doc
    if not token.text.isdigit() or (token.i + 1 < len(doc) and doc[token.i + 1].text not in ".)"):
        return False
    at = token.i - 1
    while at >= 0 and doc[at].text.strip("*#-") == "" and "\n" not in doc[at].text_with_ws:
        at -= 1  # "**", "- " before the number
    return at < 0 or "\n" in doc[at].text_with_ws


#: Nouns for a state's own party or rulers: a demonym or owner names them ("the
#: Yugoslav party", "the Albanian leadership").
BODIES = {"party", "communist", "leadership", "government", "regime", "delegation"}

#: Dependents that are clauses of their own.
CLAUSES = {"conj", "cc", "advcl", "ccomp", "relcl", "parataxis"}

#: Frame types whose patient is a person.
MORTAL = {"born", "die", "execute", "purge"}
#: Frame types about an office; the office the text names is read as a slot.
OFFICE_TYPES = {"take_office", "leave_office", "hold_office"}
#: Words of rank or office written before a name ("Foreign Minister", "Marshal").
RANKS = {
    "foreign",
    "deputy",
    "first",
    "marshal",
    "general",
    "comrade",
    "mr",
    "prime",
    "defence",
    "defense",
    "interior",
    "vice",
    "chief",
    "party",
    "state",
}
#: Ranks of the armed forces and forms of address written between a title and a name.
RANKS_OF_SERVICE = {"marshal", "general", "admiral", "colonel", "major", "comrade", "mr"}
#: Words that name an office (heads of "First Secretary", "prime minister").
OFFICE_WORDS = {
    "secretary",
    "president",
    "premier",
    "minister",
    "chairman",
    "leader",
    "head",
    "commander",
    "ministry",
    "premiership",
    "presidency",
    "portfolio",
}


def _office_token(token: Token) -> Token | None:
    """The noun that names the office near a trigger ("Secretary" in "became First Secretary")."""
    # not in another clause joined to it ("hands the premiership to Shehu but remains
    # first secretary")
    own = [c for c in token.children if c.dep_ not in CLAUSES]
    near = [token, *own, *(g for c in own for g in c.children if g.dep_ not in CLAUSES)]
    # "headed by Prime Minister Hysni Kapo": the title the doer is named with
    near += [
        t
        for c in own
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
        # one doer: "by First Secretary Hoxha and Premier Shehu" names two offices
        if g.dep_ == "pobj" and not any(x.dep_ == "conj" for x in g.children)
        for t in g.children
        if t.dep_ == "compound"
    ]
    # "elected Alia, head of state, as first secretary": the office taken, before one
    # the person is described by in passing
    near.sort(key=lambda t: t.i != token.i and t.dep_ == "appos" and t.head.i != token.i)
    if _object_gap(token):  # "prime minister, a post he kept": the office the post is
        near += [token.head, *([token.head.head] if token.head.dep_ == "appos" else [])]
    for t in near:
        if t.lemma_.lower() in OFFICE_WORDS and t.pos_ in ("NOUN", "PROPN"):
            return t
    if (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "dobj" for c in token.children)  # "holding the portfolio"
    ):
        # "added the premiership, taking over from Malenkov": the office of the clause
        # the participle hangs on
        return _office_token(token.head)
    return None


def _office(t: Token, names: Collection[int] = ()) -> str:
    """The office as the text names it, from its noun: "First Secretary", "head of state".
    `names`: tokens of people's names, which the parser may hang on the noun ("elects
    Gramoz Pashko president": the office is "president")."""
    words = [
        c for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i and c.i not in names
    ]
    phrase = " ".join([*(w.text for w in words), t.text])
    for c in t.children:  # "head of state", "secretary of the party"
        if c.dep_ == "prep" and c.lower_ == "of":
            phrase += " of " + " ".join(g.text for g in c.subtree if g.dep_ != "det" and g.i != c.i)
    return phrase


#: Verbs of making known a decision, whose "would" clause tells what was decided
#: ("informed Hoxha that the ships would be withdrawn", "announced that relations
#: would be restored").
ANNOUNCING = {
    *("announce", "inform", "tell", "notify", "declare", "state", "confirm", "warn"),
    *("decide", "agree", "resolve", "decree", "proclaim"),
}


def _announced(token: Token) -> bool:
    """A deed told as what someone made known would be done ("informed Hoxha that all
    Soviet ships would be withdrawn"): its "would" tells of the decision, not a doubt."""
    woulds = [c for c in token.children if c.dep_ == "aux" and c.lower_ == "would"]
    return (
        bool(woulds)
        and token.dep_ == "ccomp"
        and token.head.lemma_.lower() in ANNOUNCING
        and not any(
            c.lower_ in HEDGES or (c.dep_ == "aux" and c.lower_ in MODALS - {"would"})
            for c in token.children
        )
    )


def _hedged(token: Token) -> bool:
    """Said as possible, wished, tried or threatened, not as done ("may have left",
    "sought to leave", "threatened to quit")."""
    if _announced(token):
        return False
    for child in token.children:
        if child.lower_ in HEDGES or (child.dep_ == "aux" and child.lower_ in MODALS):
            return True
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in UNASSERTING | READY:
        return True
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.head.lemma_.lower() in READY
    ):
        return True  # "ready for normal relations", "prepared to restore relations"
    if token.pos_ == "NOUN" and (
        (token.dep_ == "dobj" and token.head.lemma_.lower() in WISHED_FOR)
        or (
            token.dep_ == "pobj"
            and token.head.lower_ == "for"
            and token.head.head.lemma_.lower() in WISHED_FOR
        )
    ):
        return True  # "called for normal relations", "sought a reconciliation"
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ in ("about", "on", "of", "regarding", "concerning")
        and token.head.head.lemma_.lower() in TOPICS
    ):
        return True  # "misconceptions about Soviet-Albanian relations": a topic, not a deed
    verb = token.head
    if (
        token.pos_ == "NOUN"
        and token.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in OCCURRING
        and any(c.dep_ == "aux" and c.lower_ in MODALS - {"would"} for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    ):  # "his visit may have come in 1958": the verb that tells when doubts it ("the
        # break would come in 1961" tells the story on; "his successor could not mend
        # ties" doubts nothing of the succession)
        return True
    # "if Albania had left", "Moscow claimed that Albania had left": not the text's own word
    clause = token
    for _ in range(4):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if clause.dep_ == "advcl" and marks & CONDITIONAL:
            return True
        if (
            clause.dep_ == "ccomp"
            and clause.head.lemma_.lower() in REPORTED
            and not coordinated_before(clause)
        ):
            return True
        if clause.dep_ not in (
            "conj",
            "xcomp",
            "ccomp",
            "advcl",
            "pobj",
            "prep",
            "dobj",
            "nsubj",
            "acomp",
        ):
            break
        clause = clause.head
    return False


def _quantity(token: Token, dated: set[int], theme: bool = False) -> tuple[int | None, str | None]:
    """The count of the thing done and the lemma of what it counts, when the text says:
    "seized four submarines" (4, submarine), "supplied Albania with 20,000 tons of grain"
    (20000, ton), "kept eight of the twelve submarines" (8, submarine); with `theme`, of
    the subject the verb befalls ("ten Soviet submarines left")."""
    holder = subject_holder(token)
    counted = [c for c in token.children if c.dep_ in OBJECT | PASSIVE_SUBJECT]
    if theme:
        counted += [c for c in holder.children if c.dep_ in SUBJECT]
    counted += [  # "supplied Albania with 20,000 tons"
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for child in counted:
        for t in [child, *child.children]:
            if t.i in dated:
                continue
            if t.like_num or t.lower_ in NUMBERS:
                share = [q for q in t.children if q.dep_ == "quantmod" and q.like_num]
                if share and any(q.lower_ == "of" for q in t.children):
                    t = share[0]  # "won 92 of 140 seats": 92 seats, of a whole of 140
                word = t.lower_.replace(",", "")
                number = int(word) if word.isdigit() else NUMBERS.get(word)
                if number is None:
                    continue
                return number, _counted(child) if t is child else _unit(child)
    return None, None


def _unit(noun: Token) -> str | None:
    """What a noun counts, unless it is a pronoun ("eight of them": of what was said)."""
    return None if noun.pos_ == "PRON" else noun.lemma_.lower()


def _counted(number: Token) -> str | None:
    """What a bare number counts: "four of the twelve submarines": submarine."""
    for c in number.children:
        if c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return _unit(g)
    return None


def _place(args: dict[str, list[Token]], taken: set[int]) -> str | None:
    named = _named_place(args, taken)
    return named[0] if named else None


def _near_town(args: dict[str, list[Token]], taken: set[int]) -> str | None:
    """The town beside a place that is no town ("at Pasha Liman, near Durrës", "at
    Pashaliman, on the Bay of Durrës"): where the text puts a village or a district."""
    named = _named_place(args, taken)
    if named is None or plain(named[0]) in TOWNS:
        return None
    return _town_beside(named[1], args)


#: Nouns of water named for the town on its shore ("the Bay of Vlorë").
WATERS = frozenset({"bay", "gulf", "harbour", "harbor", "port"})


def _town_beside(place: Token, args: dict[str, list[Token]]) -> str | None:
    """The town a text sets beside a place: "near Durrës", "outside Vlorë", "on the Bay
    of Durrës", said of the place or of the deed."""
    near = [
        g
        for c in place.children
        if c.dep_ == "prep" and c.lower_ in ("near", "outside", "by", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    near += [g for label in ("near", "outside", "on") for g in args.get(label, [])]
    for g in near:
        if g.pos_ == "PROPN" and plain(g.text) in TOWNS and g.head.lower_ != "on":
            return g.text
        if g.lemma_.lower() in WATERS:
            for c in g.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for town in c.children:
                        if town.dep_ == "pobj" and plain(town.text) in TOWNS:
                            return town.text
    return None


def _named_place(args: dict[str, list[Token]], taken: set[int]) -> tuple[str, Token] | None:
    for label in ("in", "at"):
        # each phrase's head: "in 1982 in Tirana" holds a year, then a place
        for t in args.get(label, []):
            if t.dep_ != "pobj":
                continue
            month = t.lower_.rstrip(".") in MONTH_NAMES
            # a city goes by its bare name: "the New Year", "the People's Republic" are none
            described = any(c.dep_ in ("det", "poss") for c in t.children)
            if t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in taken and not month:
                if described:
                    continue
                # the whole name: "Pasha Liman", not "Liman"
                words = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                return " ".join([*(c.text for c in words), t.text]), t
    return None


def _town_left(args: dict[str, list[Token]]) -> str | None:
    """The town forces left ("sailed out of Vlorë", "withdrew from Durrës"): where they
    had been, a place the checker knows as a town."""
    for label in ("from", "of"):
        for t in args.get(label, []):
            if t.dep_ == "pobj" and t.pos_ == "PROPN" and plain(t.text) in TOWNS:
                return t.text
    return None


def _dated_place(verb: Token, taken: set[int], dated: set[int]) -> str | None:
    """A place the parser hung on the verb's date: "born on 18 October 1925 in Tirana"."""
    dates = [
        g
        for prep in verb.children
        if prep.dep_ == "prep"
        for g in prep.children
        if g.dep_ == "pobj" and g.i in dated
    ]
    return _place_under([node for when in dates for node in when.children], taken)


def _object_place(verb: Token, taken: set[int]) -> str | None:
    """A place the parser hung on the verb's object: "signed a treaty with both countries
    in Athens"."""
    nodes = [node for obj in verb.children if obj.dep_ == "dobj" for node in obj.subtree]
    return _place_under([n for n in nodes if n.head.pos_ != "VERB"], taken)


#: Verbs of setting a document down (`DOCUMENTS`).
SIGNING = frozenset(["sign", "conclude", "adopt", "issue", "initial"])


def _document_place(verb: Token, taken: set[int]) -> str | None:
    """Where the document that does the deed was signed: "the protocol formally ending
    the treaty was signed in Prague" ended it in Prague."""
    document = verb.head
    if verb.dep_ != "acl" or document.lemma_.lower() not in DOCUMENTS:
        return None
    signed = document.head
    if document.dep_ not in ("nsubj", "nsubjpass") or signed.lemma_.lower() not in SIGNING:
        return None
    return _place_under(list(signed.children), taken)


def _place_under(nodes: list[Token], taken: set[int]) -> str | None:
    """The place named by an "in" or "at" phrase among `nodes`."""
    phrases: dict[str, list[Token]] = {}
    for node in nodes:
        if node.dep_ == "prep" and node.lower_ in ("in", "at"):
            phrases.setdefault(node.lower_, []).extend(g for g in node.children if g.dep_ == "pobj")
    return _place(phrases, taken)


#: Verbs of a body coming together: where it met is where it acted ("the Cominform,
#: meeting in Bucharest, expelled ...").
GATHER = frozenset(["meet", "gather", "sit", "convene", "assemble"])


def _capitals(phrases: dict[str, list[Token]]) -> set[int]:
    """The proper names in the phrases ("in Warsaw"): where a gathering sat, though a
    city named for its state is an actor elsewhere."""
    return {t.i for tokens in phrases.values() for t in tokens if t.pos_ == "PROPN"}


def _gathered_place(verb: Token, taken: set[int]) -> str | None:
    """Where the verb's subject is said to be gathered: "the congress, meeting in
    Moscow, elected", "the delegates, gathered at Sofia, voted"."""
    phrases: dict[str, list[Token]] = {}
    holder = subject_holder(verb)
    for subject in holder.children:
        if subject.dep_ not in SUBJECT:
            continue
        # a participle between the subject and its verb, however the parser hangs it;
        # or the verb before it ("the Cominform met in Bucharest and expelled ...")
        for part in verb.doc[subject.i + 1 : max(holder.i, verb.i)]:
            if part.lemma_.lower() not in GATHER or part.tag_ not in ("VBG", "VBN", "VBD"):
                continue
            if part.i == holder.i and verb.dep_ != "conj":
                continue
            for child in part.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                    phrases.setdefault(child.lower_, []).extend(
                        g for g in child.children if g.dep_ == "pobj"
                    )
    # a participle set before the clause ("Meeting in Belgrade, the Cominform condemned")
    for part in holder.children:
        if part.dep_ != "advcl" or part.i > holder.i:
            continue
        # a participle ("Meeting", at a line's head, may be tagged a noun, "meeting")
        if not part.lower_.endswith("ing") or not GATHER & {part.lemma_.lower(), part.lower_[:-3]}:
            continue
        for child in part.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                phrases.setdefault(child.lower_, []).extend(
                    g for g in child.children if g.dep_ == "pobj"
                )
    # a city named for its state ("meeting in Warsaw") is where they met, not a party
    return _place(phrases, {t for t in taken if t not in _capitals(phrases)})


def _verb_place(noun: Token, taken: set[int]) -> str | None:
    """The place of the verb a noun trigger is the subject or object of: "a submarine
    base was set up at Durrës"."""
    if noun.dep_ not in SUBJECT | PASSIVE_SUBJECT | {"dobj"}:
        return None
    verb = noun.head
    phrases: dict[str, list[Token]] = {}
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            phrases.setdefault(child.lower_, []).extend(
                g for g in child.children if g.dep_ == "pobj"
            )
    return _place(phrases, taken)


#: Words that put an office at another time than the text's, or make it a lesser
#: one ("the former premier", "the future Premier Shehu", "deputy prime minister").
NOT_NOW = frozenset(
    [
        "former",
        "future",
        "later",
        "ex",
        "ex-",
        "onetime",
        "one-time",
        "late",
        "then-future",
        "erstwhile",
        "acting",
        "deputy",
        "vice",
        "sometime",
        "eventual",
        "would-be",
        "designate",
        "elect",
    ]
)
#: The words of `NOT_NOW` that make an office a lesser one under the office they name.
LESSER_WORDS = frozenset({"deputy", "vice"})


def _any_word(words: Collection[str]) -> re.Pattern[str]:
    """A pattern for any of `words`, each a whole word."""
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")(?![\w])", re.I
    )


NOT_THE_HOLDER = _any_word(NOT_NOW)
#: Words that put an office at another time than the text's ("the former deputy premier").
OTHER_TIME = _any_word(NOT_NOW - LESSER_WORDS)
#: A title of a lesser office under the one it names ("Deputy Premier", "First Deputy
#: Foreign Minister", "Vice-Premier").
LESSER = re.compile(r"\b(?:first\s+)?(?:deputy|vice)\b-?", re.I)
#: Offices one person holds at a time, as a text names them (not "leader", "chairman",
#: "president" or a party "secretary", which name several posts).
SINGLE_OFFICE = re.compile(
    r"prime minister|premier|head of (?:the )?government|first secretary|general secretary|"
    r"chairman of (?:the )?council of ministers|"
    r"party (?:leader|chief|head)|(?:leader|head) of the (?:\w+ )?party|"
    r"(?:defen[cs]e|interior|foreign) (?:minist(?:er|ry)|portfolio)|"
    r"minist(?:er|ry) of (?:(?:people's |national )?defen[cs]e|(?:the )?interior|internal|foreign)",
    re.I,
)


def title_frames(doc: Doc, mentions: list[Mention], kinds: dict[str, str]) -> list[ClaimFrame]:
    """A person named with the title of an office one holds at a time ("Premier Mehmet
    Shehu", "Foreign Minister Reis Malile"): the text says they hold it then."""
    found = []
    for m in mentions:
        if kinds.get(m.actor) != "person" or m.via == "carry-over" or m.start < 2:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        cabinet = _cabinet_of(span) if m.via != "reference" else None
        if cabinet is not None:  # "in the cabinet of Mehmet Shehu": he heads it
            found.append(
                ClaimFrame(
                    type="hold_office",
                    trigger=cabinet.i,
                    nominal=True,
                    roles={"agent": [m.actor]},
                    office="prime minister",
                    cls="title",
                )
            )
            continue
        if not doc[span[0].i - 1].text[:1].isupper():
            continue  # no capitalized word right before the name
        title: list[Token] = []
        at = span[0].i - 1
        while at >= 0 and len(title) < 4:
            word = doc[at]
            if not (word.text[:1].isupper() and word.pos_ in ("PROPN", "NOUN", "ADJ")):
                break
            title.insert(0, word)
            at -= 1
        if at >= 0 and doc[at].lower_ in NOT_NOW:  # "the future Premier Shehu"
            continue
        while title and title[-1].lower_ in RANKS_OF_SERVICE and len(title) > 1:
            title.pop()  # "Defence Minister Marshal Georgy Zhukov": the rank is no office
        words = " ".join(t.text for t in title)
        named = SINGLE_OFFICE.search(words)
        if named is None or not words.lower().endswith(named.group(0).lower()):
            continue
        found.append(
            ClaimFrame(
                type="hold_office",
                trigger=title[0].i,
                nominal=True,
                roles={"agent": [m.actor]},
                # the whole title: "Deputy Premier" is not the premier
                office=words if LESSER.search(words) else named.group(0),
                cls="title",
                escort=_escort(span.root, owned=False),
            )
        )
    return found


def _cabinet_of(name: Span) -> Token | None:
    """The cabinet a name is said to head: "the cabinet of Shehu", "Shehu's government",
    "the Shehu government"; not "the former cabinet of", nor one it is only in."""
    doc = name.doc
    first, last = name[0].i, name[-1].i
    if first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lemma_.lower() in CABINETS:
        noun = doc[first - 2]
    elif (
        last + 2 < len(doc)
        and doc[last + 1].lower_ in ("'s", "’s")
        and (doc[last + 2].lemma_.lower() in CABINETS)
    ):
        noun = doc[last + 2]
    elif (
        last + 1 < len(doc)
        and doc[last + 1].lemma_.lower() in CABINETS
        and (doc[last].head.i == last + 1)
    ):
        noun = doc[last + 1]
    else:
        return None
    before = doc[noun.left_edge.i : noun.i]
    if any(t.lower_ in NOT_NOW for t in before) or any(t.like_num for t in before):
        return None  # "the former cabinet of", "the second Shehu government"
    return noun


def actors_by_token(doc: Doc, mentions: list[Mention]) -> dict[int, list[str]]:
    """The actors each token of `doc` stands for, by the mentions that cover it."""
    by_token: dict[int, list[str]] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            for t in span:
                by_token.setdefault(t.i, []).append(m.actor)
    return by_token


def frames_of(
    doc: Doc,
    tokens: list[int],
    lexicon: Lexicon,
    mentions: list[Mention],
    kinds: dict[str, str],
    dated: set[int] = frozenset(),  # type: ignore[assignment]
    by_token: dict[int, list[str]] | None = None,
    named_people: Collection[int] | None = None,
) -> list[ClaimFrame]:
    """The claim frames triggered by the given tokens of `doc`, in text order.

    `dated` holds the indices of tokens inside temporal expressions (never a place);
    `by_token`, the actors each token stands for (see `actors_by_token`), and
    `named_people`, the tokens of people's names, when the caller has them for the
    whole text.
    """
    if not tokens:
        return []
    if by_token is None:
        by_token = actors_by_token(doc, mentions)
    if named_people is None:
        # tokens of people's names, which no office's wording takes in ("Pashko president")
        named_people = {i for i, a in by_token.items() if any(kinds.get(x) == "person" for x in a)}
    found: list[ClaimFrame] = []
    consumed: set[int] = set()
    # verbs first: a noun that is a verb's object ("relations were restored") is consumed
    for i in sorted(tokens, key=lambda i: doc[i].pos_ in ("NOUN", "PROPN")):
        token = doc[i]
        if i in consumed or i in by_token:  # "Assistance" in an organization's name
            continue
        if any(c.lower_ == "self" for c in token.children):
            continue  # "self-reliance", "self-defence": the opposite of relying on others
        pos = "noun" if token.pos_ in ("NOUN", "PROPN") else "verb"
        entries = lexicon.lookup(pos, _lemma(token))
        if not entries:
            continue
        if pos == "verb" and _making(token):
            continue  # "led Moscow to dissolve it": a cause, not a leader
        if pos == "noun" and (i in dated or _of_a_date(token, dated)):
            continue  # "the end of March 1961": a time, not an ending
        args = _arguments(token, by_token)
        objects = _object_lemmas(token, args)
        bare_subjects = _headline_object(token)
        dependents = _dependent_lemmas(token)
        back = pos == "verb" and any(
            c.dep_ in ("prt", "advmod", "npadvmod") and c.lower_ in SENT_BACK
            for c in token.children
        )
        for entry in entries:
            if entry.rest and not set(entry.rest) <= dependents:
                continue
            if back and entry.type == "give_aid":
                continue  # "sent the advisers home": a sending away, not a giving
            forbidden = entry.type == "give_aid" and _forbidden(token)
            if entry.type in ("join", "member") and _short_of_member(token):
                continue  # "admitted as an observer": no member
            if entry.type == "visit" and _to_a_state_of_affairs(token):
                continue  # "came to Albania's aid", "went to war": no journey
            headline = [
                c
                for c in bare_subjects
                if c.lemma_.lower() in entry.objects
                # "Soviet troops withdrew": a verb that also takes them as its doers
                and not any(e.theme_subject and c.lemma_.lower() in e.objects for e in entries)
            ]
            if (
                entry.objects
                and not entry.theme_subject
                and not entry.objects & objects
                and not headline
            ):
                continue
            if entry.direct and not entry.objects & _complement_lemmas(token):
                continue
            if entry.type in RELATIONS_TYPES and _other_ties(
                token, entry.objects or DIPLOMATIC_TIES
            ):
                continue  # "cut off all economic aid and military ties": no diplomacy
            if token.dep_ == "pobj" and token.head.lower_ in entry.not_after:
                continue  # "at his side": where one stood, not whom one backed
            if entry.preps and not entry.preps & {
                label
                for label, phrase in args.items()
                if any(t.i not in dated and not t.is_punct for t in phrase)
                and not _adverbial(token, label)
            }:
                continue  # "in 1961", "in the end" is no "in" argument
            if entry.bare and (
                any(c.dep_ in OBJECT for c in token.children)
                or any(
                    label in WHENCE and not _a_reason(token, label)
                    for label, phrase in args.items()
                    if any(t.i not in dated and not t.is_punct for t in phrase)
                )
            ):
                continue  # "withdrew from Vlorë", "withdrew its experts"
            negated = _negated(token)
            if entry.negative and not (negated or _stopped(token)):
                continue
            if entry.actor_object and not any(
                c.dep_ in OBJECT | PASSIVE_SUBJECT and c.i in by_token
                for c in [*token.children, *subject_holder(token).children]
            ):
                continue  # "received Hoxha", "Hoxha was received"; not "received aid"
            if entry.theme_subject:
                themes = [
                    c
                    for c in subject_holder(token).children
                    if c.dep_ in SUBJECT
                    and (
                        {c.lemma_.lower()}
                        | {g.lemma_.lower() for g in c.children if g.dep_ == "compound"}
                    )
                    & entry.objects
                ]
                objected = any(c.dep_ in OBJECT for c in token.children)
                if not themes or (objected and entry.roles.get("obj") in (None, "none")):
                    continue  # unless the object has a role: the place left ("left Vlorë")
                if any(
                    c.dep_ in OBJECT
                    and (c.pos_ in ("NUM", "PRON") or c.lemma_.lower() in entry.objects)
                    for c in token.children
                ):
                    continue  # "the navy sailed away, leaving four of them": left behind
                # "China's aid ended": whose aid is the agent; the subject names no one;
                # the place left is the object's owner's ("left Albanian waters")
                args = {k: v for k, v in args.items() if k != "subj"}
                if "owner" in args:
                    args.setdefault("obj", []).extend(args.pop("owner"))
                for child in themes[0].children:
                    if child.dep_ in ("poss", "amod", "compound", "nmod") and by_token.get(child.i):
                        args.setdefault("owner", []).extend(_phrase_tokens(child))
                    if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                        args.setdefault(child.lower_, []).extend(
                            t for g in child.children if g.dep_ == "pobj" for t in _phrase_tokens(g)
                        )
            if headline and not entry.theme_subject:
                # "1978: Chinese aid to Albania cut off": what was cut is no doer; its
                # owner is, and its phrases keep their roles ("to Albania")
                args = {k: v for k, v in args.items() if k != "subj"}
                for child in headline[0].children:
                    if child.dep_ in ("poss", "amod", "compound", "nmod") and by_token.get(child.i):
                        args.setdefault("poss", []).extend(_phrase_tokens(child))
                    if child.dep_ == "prep" and child.lower_ in ("to", "for", "with", "between"):
                        args.setdefault(child.lower_, []).extend(
                            t for g in child.children if g.dep_ == "pobj" for t in _phrase_tokens(g)
                        )
            if entry.event_object:
                held = [c for c in token.children if c.dep_ in OBJECT] + [
                    c for c in subject_holder(token).children if c.dep_ in PASSIVE_SUBJECT
                ]
                if not held or any(c.i in by_token for c in held):
                    continue
            related = _related_subject(token)
            if related is not None and related not in entry.objects:
                # "relations with the USSR collapsed": the relation ended, not the state
                args = {k: v for k, v in args.items() if k != "subj"}
            in_play = _context_org(token, mentions, kinds)
            if entry.type == "sign" and pos == "verb":
                args = _document_parties(token, args)
            roles = _fill(entry, args, by_token, kinds, in_play)
            if roles is None:
                continue
            if (
                pos == "verb"
                and entry.type == "dissolve"
                and not entry.objects
                and entry.roles.get("subj") == "patient"
                and any(
                    c.dep_ == "dobj" and c.i not in by_token and c.lower_ not in REFLEXIVES
                    for c in token.children
                )
            ):
                continue  # "Albania abolished military ranks": a doer, not what ended
            if entry.type == "sign" and roles.get("agent"):
                # "signed the Comecon Charter", "its charter": the body whose document
                # it is signs nothing; its members do
                doers = {
                    a
                    for label in ("subj", "by", "with", "between")
                    for a in _actors_in(args.get(label, []), by_token)
                }
                roles["agent"] = [
                    a for a in roles["agent"] if kinds.get(a) not in ORG_KINDS or a in doers
                ]
                if not roles["agent"]:
                    del roles["agent"]
            if entry.type == "reform" and not roles.get("agent"):
                continue  # "the 1976 constitution banned loans", "Dubček's reforms": no one
                # the chronicle knows made the change; the statement's words may still tell
            apart_partners: tuple[str, ...] = ()
            if "apart" in args and not _actors_in(args.get("subj", []), by_token):
                # "relations with Moscow were restored in 1990, and with Washington in
                # 1991": each is a partner of a side the text leaves to its context, not
                # of the other. A relation keeps them all as partners of that side, each
                # with its own time; another deed reads the first as before
                apart = set(_actors_in(args["apart"], by_token))
                agents = roles.get("agent", [])
                if (
                    frames.TYPES[entry.type].symmetric
                    and apart
                    and apart <= set(agents)
                    and len(agents) > 1
                ):
                    apart_partners = tuple(agents)
                else:
                    roles = {r: [a for a in v if a not in apart] for r, v in roles.items()}
            if pos == "noun" and _role_taken_over(token):
                # "China replaced the Soviet Union as patron": China's role from then on
                taker = [
                    a
                    for c in token.head.head.children
                    if c.dep_ in SUBJECT | PASSIVE_SUBJECT
                    for a in _actors_in(_phrase_tokens(c), by_token)
                ]
                if not taker:
                    continue
                roles = {**roles, "agent": taker}
            argued = {a for tokens in args.values() for a in _actors_in(tokens, by_token)}
            org_in_play = roles.get("org") == [in_play] and in_play not in argued
            if org_in_play and _fleet_subject(token, by_token):
                continue  # "when the Soviet flotilla left": ships leave a port, not a pact
            if entry.type in PEOPLES_ACTS:
                # "it never formally resigned": a state neither resigns nor dies; "made
                # chairman of the Presidium of Albania": the state is the office's
                needed = frames.TYPES[entry.type].needs
                named = [a for role in needed for a in roles.get(role, [])]
                people = {a for a in named if kinds.get(a) == "person"}
                if named and not people:
                    continue
                for role in needed:
                    if role in roles:
                        roles[role] = [a for a in roles[role] if a in people]
            own_doer = any(  # "declined to join the Soviet attack": the Soviets attacked
                c.dep_ in ("poss", "amod", "compound", "nmod") and by_token.get(c.i)
                for c in token.children
            )
            if not negated and roles.get("agent") and not own_doer and _light_negated(token):
                negated = True  # "Albania refused to take part in the invasion"
            noun = _office_token(token) if entry.type in OFFICE_TYPES else None
            complements = [c for c in token.children if c.dep_ in ("attr", "oprd", "dobj")]
            if entry.type in OFFICE_TYPES and any(
                _first_to(t) for t in (noun or token, token, *complements)
            ):
                continue  # "became the first foreign minister to visit Moscow": a deed
            if noun is not None:  # "First Secretary of the Party of Labour": whose office
                holders = [  # "President Alia", "elected Alia president": who holds it
                    a
                    for c in noun.children
                    if c.dep_ in ("compound", "nmod")
                    for a in by_token.get(c.i, [])
                    if kinds.get(a) == "person"
                ]
                if holders and not roles.get("agent"):
                    roles["agent"] = holders
                for actor in _actors_in(_phrase_tokens(noun), by_token):
                    if kinds.get(actor) == "person":
                        continue  # "his defence minister": no one's office but a state's
                    if actor not in roles.get("agent", []):
                        roles.setdefault("patient", [])
                        if actor not in roles["patient"]:
                            roles["patient"].append(actor)
            school = school_of(token) if entry.type == "study" else None
            if entry.type == "study" and school is None:
                continue  # "a study of the split", "went to Moscow": no school, no studies
            quantity, unit = _quantity(token, dated, entry.theme_subject)
            # "US Secretary of State George Shultz visited": a person no actor stands for
            unknown_head = any(
                _unknown_head(args.get(label, []), by_token, dated)
                for label, role in entry.roles.items()
                if role == "agent" and label in ("subj", "by")
            )
            found.append(
                ClaimFrame(
                    type=entry.type,
                    cls=entry.cls,
                    trigger=i,
                    nominal=pos == "noun",
                    subject=pos == "noun" and token.dep_ in SUBJECT | PASSIVE_SUBJECT,
                    supplanted=pos == "noun"
                    and token.dep_ in ("dobj", *PASSIVE_SUBJECT)
                    and token.head.lemma_.lower() in REPLACING,
                    roles=roles,
                    negated=negated and not entry.negative,
                    never=any(c.lower_ == "never" for c in token.children) and not entry.negative,
                    count=_count(token, dated),
                    first=_first_of_all(token) if pos == "noun" else False,
                    only=_only_one(token),
                    states_counted=_states_counted(  # "the eight founding states": the noun
                        [token, *args.get("subj", []), *args.get("by", []), *args.get("poss", [])]
                    ),
                    unplaced=[
                        a
                        for label, tokens in args.items()
                        if label in CORE and label not in entry.roles
                        for a in _actors_in(tokens, by_token)
                        if a not in {x for listed in roles.values() for x in listed}
                    ],
                    hedged=_hedged(token),
                    announced=_announced(token),
                    quantity=quantity,
                    unit=unit,
                    place=(school.town if school else None)
                    or _capital_taken(entry, args, mentions)
                    or _place(args, set(by_token) | dated)
                    or (_town_left(args) if entry.type == "withdraw_forces" else None)
                    or (
                        _verb_place(token, set(by_token) | dated)
                        if pos == "noun"
                        else _object_place(token, set(by_token) | dated)
                        or _gathered_place(token, set(by_token) | dated)
                        or _dated_place(token, set(by_token) | dated, dated)
                        or _document_place(token, set(by_token) | dated)
                    ),
                    partners=apart_partners
                    or (
                        tuple(a for a in _partners(token, by_token) if a in roles.get("agent", []))
                        if frames.TYPES[entry.type].symmetric
                        else ()
                    ),
                    office=_office(noun, named_people) if noun is not None else None,
                    titled=_document_words(token, by_token) if entry.type == "sign" else (),
                    theme=_theme(token, by_token) if entry.type == "reform" else (),
                    new_name=_new_name(token) if entry.type == "reform" else "",
                    aside_title=entry.type in OFFICE_TYPES and _aside_title(token),
                    escort=entry.type in OFFICE_TYPES and _escort(noun or token),
                    near_town=_near_town(args, set(by_token) | dated),
                    org_in_play=org_in_play,
                    unknown_agent=(
                        not roles.get("agent")
                        and any(  # "Kosygin condemned", "elected Pashko president"
                            _unknown_doer(_named_in(args.get(label, [])), by_token, dated)
                            for label, role in entry.roles.items()
                            if role == "agent" and label in ("subj", "obj", "by")
                        )
                    )
                    or unknown_head
                    or any(  # "visits by the West German chancellor, Helmut Kohl"
                        _unknown_apposed(args.get(label, []), by_token)
                        for label, role in entry.roles.items()
                        if role == "agent" and label in ("subj", "by")
                    ),
                    sentence=sentence_of(token).text if entry.type == "lead" else "",
                    stranger=_unknown_person(
                        [*args.get("subj", []), *args.get("by", [])], by_token, dated
                    )
                    if unknown_head
                    or (entry.type in {"lead", *UNKNOWN_DOERS} and not roles.get("agent"))
                    else "",
                    doers=[] if pos == "noun" else _doers(token, by_token),
                    school=school,
                    unknown_party=_unknown_party(entry, args, by_token, dated),
                    document=next(iter(sorted(objects & DOCUMENTS)), None)
                    if entry.type == "sign"
                    else None,
                    aid_kind=_aid_kind(token) if frames.TYPES[entry.type].family == "aid" else None,
                )
            )
            if forbidden:  # "the constitution forbade foreign credits": a law that bans
                # them, no giving; the change is told by its words (`theme`)
                found[-1] = replace(
                    found[-1],
                    type="reform",
                    cls="prohibition",
                    roles={},
                    # what was banned: the aid's own noun ("accept foreign credits")
                    theme=(
                        "ban",
                        *(
                            [token.lemma_.lower()]
                            if pos == "noun"
                            else [c.lemma_.lower() for c in token.children if c.dep_ == "dobj"]
                        ),
                    ),
                    aid_kind=None,
                )
            consumed.update(  # "with the help of": the help is no claim of its own
                g.i
                for c in token.children
                if c.lower_ in ("with", "without")
                for g in c.children
                if g.lemma_.lower() in HELP
            )
            if entry.objects:  # "halted its aid": the aid is this frame's object (not a
                # word of the subject's: "Alia, head of state, became First Secretary")
                # nor one the object is described by in passing ("elected Alia, head of
                # state since 1982, as First Secretary"), unless it is the office taken
                described = {
                    t.i
                    for child in token.children
                    for g in child.children
                    if g.dep_ == "appos" and g is not noun
                    for t in g.subtree
                }
                headlined = {c.i for c in bare_subjects}  # "aid cut off"
                consumed.update(
                    c.i
                    for child in [*token.children, *subject_holder(token).children]
                    if child.dep_ not in SUBJECT or entry.theme_subject or child.i in headlined
                    for c in child.subtree
                    if c.lemma_.lower() in entry.objects and c.i not in described
                )
                if token.lemma_.lower() in entry.objects:
                    consumed.add(token.i)
            break
    return sorted((_found_dead(doc, f) for f in found), key=lambda f: f.trigger)


def _found_dead(doc: Doc, frame: ClaimFrame) -> ClaimFrame:
    """ "Shehu was found shot in his home": a death reported, not an execution; who
    shot him the words do not say."""
    token = doc[frame.trigger]
    if (
        frame.type == "execute"
        and token.dep_ in ("xcomp", "oprd", "acomp", "ccomp")
        and token.head.lemma_.lower() == "find"
        and frame.roles.get("patient")
    ):
        return replace(frame, type="die", cls="death", roles={"patient": frame.roles["patient"]})
    return frame
