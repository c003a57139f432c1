"""Stage 3: discourse: what pronouns and definite descriptions refer to.

Salience-based, with type constraints: a reference goes to the most recent
compatible actor in the current or the previous two sentences, and an actor
named as a subject outranks one named elsewhere in the same sentence.

- "he", "him", "his", "she", "her" -> a person;
- "it" (as a subject only: an object "it" is mostly a thing or an event), "its"
  -> a state, an alliance or an organization;
- "the Pact", "the alliance" -> an alliance, by the same salience;
- "the country", "the nation", "the regime" -> a state, preferring the subject
  of the last sentence that named one, else the country of a person named
  earlier in the same sentence;
- "they", "their" -> the states of a coordinated subject ("Albania and China ...
  they"), else the state of a people named in the plural as a subject ("the
  Albanians ... they"), else unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from rift.check.nlp import dated_entries, sentence_of
from rift.check.spans import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PRONOUNS: dict[str, tuple[str, ...]] = {
    "he": ("person",),
    "him": ("person",),
    "his": ("person",),
    "himself": ("person",),
    "herself": ("person",),
    "itself": ("state", "alliance", "organization", "party"),
    "she": ("person",),
    "her": ("person",),
    "it": ("state", "alliance", "organization", "party"),
    "its": ("state", "alliance", "organization", "party"),
    "they": ("plural",),
    "their": ("plural",),
}
#: Definite descriptions that stand for an actor named before ("the country", "the Pact").
DESCRIPTIONS = {
    "country": ("state",),
    "nation": ("state",),
    "regime": ("state",),
    "government": ("state",),
    "state": ("state",),
    "pact": ("alliance",),
    "treaty": ("alliance",),
    "alliance": ("alliance",),
    "organization": ("organization", "alliance"),
    "organisation": ("organization", "alliance"),
}
#: Descriptions that also name part of the actor's name: "the Pact" is a pact, not NATO.
NAMED_AS = {"pact": ("pact", "treaty"), "treaty": ("pact", "treaty")}
#: Words for an agreement: "the treaty" is the alliance only when the last of them
#: the text used was in the alliance's own name.
AGREEMENTS = re.compile(r"\b(?:treaty|treaties|pact|pacts|agreement|accord)\b", re.I)
REFLEXIVE = {"himself", "herself", "itself", "themselves"}
WINDOW = 3  # sentences looked back, this one included
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def _is_subject(token: Token) -> bool:
    while token.dep_ in ("compound", "conj", "appos", "poss", "amod") and token.head is not token:
        token = token.head
    if token.dep_ == "ROOT" and token.pos_ in ("PROPN", "NOUN"):
        # "Hysni Kapo." or "Mehmet Shehu: ..." heading a paragraph: its topic
        return not any(t.pos_ in ("VERB", "AUX") for t in sentence_of(token))
    return token.dep_ in SUBJECTS


#: Nouns for a person another is named to have ("Hoxha's lieutenant"): the phrase is
#: that other person, so the owner is no antecedent for "he".
PERSON_NOUNS = {
    "lieutenant",
    "deputy",
    "successor",
    "predecessor",
    "ally",
    "comrade",
    "friend",
    "aide",
    "associate",
    "colleague",
    "rival",
    "protégé",
    "protege",
    "second",
    "heir",
    "minister",
    "envoy",
    "adviser",
    "advisor",
    "son",
    "wife",
    "widow",
    "brother",
}


def _emphatic_owner(token: Token) -> Token | None:
    """The verb whose subject owns what "his own", "its own" is said of ("led the
    country until his own death": the leader's death, whoever was named last)."""
    doc = token.doc
    if token.dep_ != "poss" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "own":
        return None
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _owner_of_another(token: Token) -> bool:
    """ "Hoxha's most loyal lieutenant": Hoxha owns a person the phrase names."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in PERSON_NOUNS


def _description(token: Token) -> bool:
    """ "the country", "the small country": a definite description of a state."""
    return (
        token.lemma_.lower() in DESCRIPTIONS
        and token.pos_ in ("NOUN", "PROPN")
        and any(c.lower_ == "the" for c in token.children)
        and not any(c.dep_ in ("poss", "compound", "pobj", "nummod") for c in token.children)
        and token.tag_ != "NNS"  # "the two states" are two: see `link`
    )


def _short_name(token: Token) -> bool:
    """ "the Pact", "Pact meetings": a capitalized word of an actor's name standing for it."""
    return (
        token.lemma_.lower() in NAMED_AS
        and token.text[:1].isupper()
        and not token.is_sent_start
        and (_description(token) or (token.dep_ == "compound" and token.head.pos_ == "NOUN"))
    )


def resolve(
    doc: Doc,
    mentions: list[Mention],
    kinds: dict[str, str],
    countries: dict[str, str],
    text: str | None = None,
    travel: AbstractSet[str] = frozenset(),
    genders: Mapping[str, str] | None = None,
) -> list[Mention]:
    """Mentions for the pronouns and descriptions of `doc`, resolved where the context allows.

    `travel` holds the words of going somewhere ("visit", "trip"): where one goes is not
    one's own country. `genders`: the persons' genders, which "she" and "he" must fit.
    """
    genders = genders or {}
    text = doc.text if text is None else text  # spaCy builds doc.text anew on each access
    sentence_of = {}
    for number, sent in enumerate(doc.sents):
        for t in sent:
            sentence_of[t.i] = number
    located: list[tuple[int, int, bool, str]] = []  # (token, sentence, is subject, actor)
    heads: set[tuple[int, str]] = set()  # actors that are a sentence's subject itself
    adjectives: set[int] = set()  # mentions by demonym ("German troops")
    attributive: set[int] = set()  # starts of demonyms not naming a people ("Soviet aid")
    modifiers: set[int] = set()  # names that modify another noun ("the Tito–Stalin split")
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        subject = _is_subject(root) or _label(text, m.start, m.end)
        located.append((root.i, sentence_of[root.i], subject, m.actor))
        if m.via == "demonym":
            adjectives.add(root.i)
            if root.tag_ not in ("NNS", "NNPS"):
                attributive.add(m.start)
        if root.dep_ in ("compound", "amod", "nmod") and not span.start <= root.head.i < span.end:
            modifiers.add(root.i)  # "the Tito–Stalin split": no one a pronoun stands for
        if root.dep_ in SUBJECTS:
            heads.add((sentence_of[root.i], m.actor))
    called: dict[str, str] = {}  # every name the text gives an actor, lower case
    for m in mentions:
        called[m.actor] = called.get(m.actor, "") + " " + text[m.start : m.end].lower()
    resolved: list[Mention] = []
    named = {t.i for m in mentions for t in doc.char_span(m.start, m.end, "expand") or []}
    # what a text is about is what it names, not what it qualifies ("Soviet aid")
    topic = _topic_state([m for m in mentions if m.start not in attributive], kinds, countries)
    open_subjects: set[int] = set()  # sentences whose subject is a state left unresolved
    sections = _list_entries(text, mentions, kinds) + _sections(text, mentions, kinds)
    main = {  # the subjects of sentences' main clauses
        t.i
        for t in doc
        if t.dep_ in SUBJECTS
        and (t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"))
    }
    resolved.extend(_described_entries(doc, text, mentions, kinds, named))
    entries = dated_entries(text)  # "- 1949: Joins Comecon", `nlp.shadow`
    for token in doc:
        if token.i in named:
            continue
        if token.text == "I" and (text[token.idx] in BULLETS or token.idx in entries):
            # a list entry's subject left unsaid ("- Replaced Khrushchev ...", "- 1949:
            # Joins Comecon", parsed with "I" for it, `nlp.shadow`): the person of its
            # section, or the one the words before the list are about
            section = next((p for s, e, p in sections if s <= token.idx < e), None)
            if section is None and token.idx in entries:
                section = _list_topic(text, mentions, kinds, topic)
            if section is not None:
                resolved.append(Mention(section, token.idx, token.idx + 1, "reference"))
                located.append((token.i, sentence_of[token.i], True, section))
            continue
        wanted = PRONOUNS.get(token.lower_)
        described, short, subject = _description(token), _short_name(token), _is_subject(token)
        if (described or short) and token.lemma_.lower() == "treaty":
            # "the treaty" after "the Warsaw Treaty", not after "a treaty of friendship",
            # nor a treaty named ("the Treaty of Friendship and Collaboration")
            if token.text != "treaty" or any(c.dep_ == "prep" for c in token.children):
                continue
            said = [m.start() for m in AGREEMENTS.finditer(text, 0, token.idx)]
            alliances = [m for m in mentions if kinds.get(m.actor) == "alliance"]
            if not said or not any(m.start <= said[-1] < m.end for m in alliances):
                continue
        if (described or short) and any(
            c.dep_ == "relcl" or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
            for c in token.children
        ):
            continue  # "the alliance that had replaced the Soviet one", "the alliance
            # with China": a new one, described, not the one named before
        if described or short:
            wanted = DESCRIPTIONS[token.lemma_.lower()]
        elif wanted is None or token.pos_ not in ("PRON", "DET"):
            continue
        elif token.lower_ == "it" and not subject:
            continue  # an object "it" is mostly an event or a thing ("paid for it")
        here = sentence_of[token.i]
        ahead = _subject_ahead(token, located, kinds, genders)
        if ahead is not None:  # "During his visit to Albania, Khrushchev ...": Khrushchev
            resolved.append(Mention(ahead, token.idx, token.idx + len(token.text), "reference"))
            continue
        emphatic = _emphatic_owner(token)  # "until his own death": the clause's subject
        if token.lower_ in REFLEXIVE or emphatic is not None:
            # "Shehu shot himself": the clause's own subject
            verb = emphatic if emphatic is not None else token.head
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            while not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head  # "outlived Stalin and ruled until his own death"
                subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            own = [loc[3] for loc in located if subjects and loc[0] == subjects[0].i]
            if own:
                end = token.idx + len(token.text)
                resolved.append(Mention(own[0], token.idx, end, "reference"))
            continue
        # organizations are named seldom and are few: "the alliance" looks further back
        reach = 3 * WINDOW if "alliance" in wanted else WINDOW
        if short:  # a name, if a short one: as far back as the text goes
            reach = here + 1
        earlier = [loc for loc in located if loc[0] < token.i and here - loc[1] < reach]
        topic_person, contested = _section_person(token, sections, located, kinds)
        # "SHEHU, Mehmet ... Shehu succeeded him": an object is not its own clause's subject
        own_subject = not subject and token.dep_ != "poss" and (here, topic_person) in heads
        if topic_person is not None and not _fits(token, topic_person, genders):
            topic_person, contested = None, False  # "## Liri Gega ... his": another
        if wanted == ("person",) and topic_person is not None and not contested and not own_subject:
            actors = [topic_person]  # "## 5. Kadri Hazbiu ... After Shehu's death he fell"
        elif (
            wanted == ("person",)
            and contested
            and not subject
            and token.dep_ != "poss"
            and (_own_subjects(token, located) or set()) - {topic_person}
        ):
            # "Hoxha handed him the premiership": not the clause's own subject, so the
            # section's person
            actors = [topic_person] if topic_person is not None else []
        elif wanted == ("person",) and contested:
            actors = []  # "SHEHU, Mehmet ... Hoxha denounced him. He was succeeded": who?
        elif wanted == ("plural",):
            actors = _coordinated_subject(doc, earlier) or _people(doc, earlier)
        else:
            fitting = [
                loc
                for loc in earlier
                if kinds.get(loc[3]) in wanted and _fits(token, loc[3], genders)
            ]
            if wanted == ("person",):
                fitting = [loc for loc in fitting if loc[0] not in modifiers]
            if (wanted == ("person",) or token.lower_ == "it" or described) and subject:
                # "After Balluku's fall he took over", "after Yugoslavia's expulsion it
                # moved to Bucharest": a subject pronoun is not the owner or object
                # named before it in its own sentence, nor one who owns
                # another person ("Hoxha's lieutenant. He led ..."); but the subject of
                # a clause that follows its main one may be the main one's object
                # ("joined Comecon a month after the organisation was founded")
                follows = token.i not in main and _follows_main(token)
                # "a welcome for Tito when he arrived": a clause inside a noun phrase
                # may speak of one that phrase names before it
                phrase = _holding_phrase(token)
                # "After breaking with Yugoslavia, the country ...": the one a
                # participle of its own clause acts on is not the one acting
                fitting = [loc for loc in fitting if not _acted_on(doc[loc[0]], token)]
                fitting = [
                    loc
                    for loc in fitting
                    if not _owner_of_another(doc[loc[0]])
                    and (
                        loc[1] != here
                        or loc[2]
                        or (follows and _in_main(doc[loc[0]]))
                        or loc[0] in phrase
                    )
                ] or fitting
            if token.lower_ == "it" and subject:  # "... on Soviet aid. It joined": not
                # a state named only by its adjective
                fitting = _named_as_such(doc, fitting, adjectives)
            if described or short:  # "the country" is a state named as such, not "German troops"
                named_as_such = _named_as_such(doc, fitting, adjectives)
                if not named_as_such and wanted == ("state",):
                    # "... with the help of two Yugoslav emissaries, and Xoxe rose ... the
                    # country": the country of a subject (a person, a party) before the
                    # demonym of a passer-by
                    named_as_such = [
                        (loc[0], loc[1], loc[2], countries[loc[3]])
                        for loc in earlier
                        if loc[2] and loc[3] in countries and kinds.get(loc[3]) != "state"
                    ]
                fitting = named_as_such or fitting
                words = NAMED_AS.get(token.lemma_.lower())
                if words:  # "the Pact": an alliance the text has called a pact
                    called_so = [
                        loc for loc in fitting if any(w in called.get(loc[3], "") for w in words)
                    ]
                    fitting = called_so if called_so or short else fitting
            if not subject and token.dep_ != "poss":
                # "X welcomed ... and aided the country": not X (but "X ruled until his death")
                # ("When Hoxha resigned, Shehu succeeded him": only its own clause's)
                clause_subjects = _own_subjects(token, located)
                if clause_subjects is None:
                    subject_here = {actor for sentence, actor in heads if sentence == here}
                elif clause_subjects:
                    subject_here = clause_subjects
                else:  # "When Hoxha died, the Central Committee elected him": not the
                    # subject of a clause that times the pronoun's own
                    subject_here = _adverbial_subjects(token, located)
                fitting = [loc for loc in fitting if loc[3] not in subject_here] or (
                    [] if subject_here & {loc[3] for loc in fitting} else fitting
                )
                # "Hoxha's turn against him": not the owner of the phrase it stands in
                owners = _owners_above(token)
                fitting = [loc for loc in fitting if loc[0] not in owners] or fitting
            if token.dep_ == "poss":
                # "Alia became first secretary after his death": no one acts after
                # their own death
                survivors = _survivors(token, located)
                fitting = [loc for loc in fitting if loc[3] not in survivors]
            if (
                wanted == ("state",)
                and not any(loc[1] == here for loc in fitting)
                and not _destination(token, travel)
            ):
                # "Hoxha, who had led the country": the country of a person just named
                # (not "Khrushchev's visit to the country": another's)
                fitting += [
                    (loc[0], loc[1], loc[2], countries[loc[3]])
                    for loc in earlier
                    if loc[1] == here and loc[3] in countries and kinds.get(loc[3]) == "person"
                ]
            if wanted == ("person",) and subject:
                fitting = _past_oblique_owners(doc, fitting)
            # "signed the Warsaw Pact at its creation": the object of the verb the
            # phrase hangs on
            objected = _verb_object(token)
            mine = [
                loc
                for loc in fitting
                if objected is not None
                and any(t.i == objected for t in [doc[loc[0]], *list(doc[loc[0]].ancestors)[:1]])
            ]
            fitting = mine or fitting
            # a subject pronoun prefers a main clause's subject; "its" its own clause's
            actors = [_most_salient(fitting, main if subject else frozenset())] if fitting else []
            if (
                wanted == ("state",)
                and described
                and actors
                and not subject
                and not _destination(token, travel)
            ):
                # "After the invasion of Czechoslovakia, Hoxha took the country out": a
                # state named only in passing, against the state of the person acting
                # (but one goes to another's: "Stalin never went to Albania. Khrushchev
                # travelled to the country")
                chosen = next(loc for loc in reversed(fitting) if loc[3] == actors[0])
                acting = {
                    countries[a]
                    for a in _own_subjects(token, located) or ()
                    if kinds.get(a) == "person" and a in countries
                }
                if not chosen[2] and acting and actors[0] not in acting:
                    theirs = [loc for loc in fitting if loc[3] in acting]
                    actors = [_most_salient(theirs)] if theirs else []
            if wanted == ("state",) and described and actors:
                # where one goes is not one's own country, however much the text names it
                goers = _goers(token, travel, located, countries)
                if _open(
                    doc,
                    token,
                    here,
                    actors[0],
                    fitting,
                    located,
                    topic if topic not in goers else None,
                    countries,
                ):
                    actors = []
                    if subject:
                        open_subjects.add(here)
            elif here in open_subjects and not subject and wanted != ("person",):
                actors = []  # "the regime cited ... as grounds for its withdrawal"
            elif here - 1 in open_subjects and token.i in main and "state" in wanted:
                # "... the country became dependent on Soviet aid. It joined Comecon":
                # the subject goes on, and who it is was left open
                actors = []
                open_subjects.add(here)
        if not actors and described and subject and "state" in wanted:
            open_subjects.add(here)  # who "the country" is was left open
        for actor in actors:
            start = token.left_edge.idx if described else token.idx
            resolved.append(Mention(actor, start, token.idx + len(token.text), "reference"))
        if actors:
            located.append((token.i, here, subject, actors[0]))
    return resolved


def _destination(token: Token, travel: AbstractSet[str]) -> bool:
    """Whether `token` is where someone goes: the object of a word of going ("visited
    the country") or of its "to" or "in" ("a trip to the country", "arrived in it")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("to", "in"):
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return head.lemma_.lower() in travel


def _goers(
    token: Token,
    travel: AbstractSet[str],
    located: list[tuple[int, int, bool, str]],
    countries: dict[str, str],
) -> set[str]:
    """The countries of those who go where `token` stands ("Khrushchev's visit to the
    country", "Khrushchev travelled to the country"): the subjects or owners of its word
    of going."""
    if not _destination(token, travel):
        return set()
    word = token.head.head if token.dep_ == "pobj" else token.head
    going = {c.i for c in word.children if c.dep_ in (*SUBJECTS, "poss")}
    return {countries.get(loc[3], loc[3]) for loc in located if loc[0] in going}


def _named_as_such(
    doc: Doc, fitting: list[tuple[int, int, bool, str]], adjectives: set[int]
) -> list[tuple[int, int, bool, str]]:
    """The antecedents named as such, not by an adjective ("German troops"); a people as
    a subject is its state ("Albanians no longer took part ..., and the country withdrew")."""
    return [
        loc
        for loc in fitting
        if loc[0] not in adjectives or (loc[2] and doc[loc[0]].tag_ in ("NNS", "NNPS"))
    ]


def _acted_on(named: Token, subject: Token) -> bool:
    """ "After breaking with Yugoslavia, the country ...": `named` is an argument of a
    participle or gerund with no subject of its own, on the verb `subject` is the
    subject of, so the participle's understood subject is `subject`, not `named`."""
    node = named
    while (
        node.dep_ in ("pobj", "prep", "dobj", "conj", "appos", "compound") and node.head is not node
    ):
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    if node.pos_ not in ("VERB", "AUX") or node.tag_ not in ("VBG", "VBN"):
        return False
    if any(c.dep_ in SUBJECTS for c in node.children):
        return False
    return subject.head in node.ancestors and node.dep_ in ("pcomp", "advcl", "xcomp")


def _follows_main(token: Token) -> bool:
    """ "Albania joined Comecon, a month after the organisation was founded": the clause
    of `token` hangs on a main clause that comes before it."""
    clause = token.doc[_clause_of(token)]
    return clause.dep_ in ("advcl", "pcomp", "acl") and clause.i > sentence_of(clause).root.i


def _holding_phrase(token: Token) -> set[int]:
    """The tokens before `token` of the noun phrase its clause stands in ("a welcome for
    Tito, when he arrived", "the speech of Khrushchev in which he attacked"); none when
    the clause is no part of a noun phrase."""
    for node in token.ancestors:
        if node.pos_ in ("NOUN", "PROPN"):
            return {t.i for t in node.subtree if t.i < token.i}
    return set()


def _in_main(token: Token) -> bool:
    """ "joined Comecon": `token` is an argument of its sentence's main verb."""
    return token.dep_ in ("dobj", "pobj", "attr") and token.doc[_clause_of(token)].dep_ == "ROOT"


#: The marks that open a list entry.
BULLETS = "-*•"
#: A reference work's headword, surname first in capitals: "SHEHU, Mehmet".
HEADWORD = re.compile(r"[A-ZÇË][A-ZÇË'-]+,\s+[A-ZÇË]")
#: A line holding a name and nothing else.
NAME_LINE = re.compile(r"[ \t]*(\S[^\n]*?)[ \t]*:?[ \t]*$", re.M)
#: A heading line: "## 1. Mehmet Shehu – the right-hand man", "**Ramiz Alia**".
HEADING = re.compile(
    r"(?m)^[ \t]*(?:#{1,6}[ \t]+.*|\*\*[^*\n]+\*\*[ \t]*:?"
    # a name and its years on a line of their own: "Hysni Kapo (1915–1979)"
    r"|[A-ZÇË][\w.'’ -]{2,60}\((?:b\.\s*|c\.\s*)?\d{4}(?:\s*[–-]\s*\d{4})?\)[ \t]*:?)[ \t]*$"
)


#: The opening of a list entry, up to its first word: "- ", "1. ", "* **".
BULLET = re.compile(r"[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?(?:\*\*)?")
#: What follows the name that opens an entry about its person: years or a colon, dash.
ENTRY_NAME = re.compile(r"(?:\*\*)?[ \t]*(?:\([^()\n]*\d{4}[^()\n]*\)|[:–—])")


def _list_topic(
    text: str, mentions: list[Mention], kinds: dict[str, str], topic: str | None
) -> str | None:
    """Whom a list of dated entries is about: the one person the words before the list
    name ("a timeline of the life of Enver Hoxha"), or else the state the text is about
    ("a timeline of Albania's relationship with Comecon")."""
    first = re.search(r"(?m)^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]", text)
    intro = first.start() if first else 0
    people = {m.actor for m in mentions if m.start < intro and kinds.get(m.actor) == "person"}
    if len(people) == 1:
        return people.pop()
    states = {m.actor for m in mentions if m.start < intro and kinds.get(m.actor) == "state"}
    if not people and len(states) == 1:
        return states.pop()  # "Key dates in Albania's foreign policy:"
    return topic if not people and not states else None


def _list_entries(
    text: str, mentions: list[Mention], kinds: dict[str, str]
) -> list[tuple[int, int, str]]:
    """(start, end, person) of each list entry that opens with a person's name and his
    years or a colon ("- Joseph Stalin (1878–1953). Hoxha's idol. He ..."): the rest of
    the entry is about that person."""
    found = []
    for m in mentions:
        begins = text.rfind("\n", 0, m.start) + 1
        opening = BULLET.match(text, begins)
        if opening is None or opening.end() != m.start or kinds.get(m.actor) != "person":
            continue
        if ENTRY_NAME.match(text, m.end):
            ends = text.find("\n", m.end)
            found.append((m.end, len(text) if ends < 0 else ends, m.actor))
    return found


#: Nouns of office: a reference entry's descriptor of its person is none of them, the
#: office being read from them itself (`extract`).
OFFICE_NOUNS = {"secretary", "president", "premier", "minister", "chairman", "leader", "head"}


def _described_entries(
    doc: Doc, text: str, mentions: list[Mention], kinds: dict[str, str], named: set[int]
) -> list[Mention]:
    """The person of a reference work's entry for the nouns that describe him in its
    opening words, before any verb: "SHEHU, Mehmet (1913–1981), Albanian statesman,
    chairman of the Council of Ministers from 1954": the statesman is Shehu, and so is
    the chairman in apposition to him."""
    found = []
    for m in mentions:
        if kinds.get(m.actor) != "person" or not (m.start == 0 or text[m.start - 1] == "\n"):
            continue
        if not HEADWORD.match(text, m.start):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        name = span.root
        sentence = name.sent
        while True:
            roots = [sentence.root]
            if sentence.root.i in named or sentence.root.i == name.i:
                # "SHEHU, Mehmet (1913–1981), Albanian statesman, ...": the nouns the
                # name's own sentence joins to it
                own = {t.i for t in span} | {sentence.root.i}
                roots = [t for t in sentence if t.dep_ in ("conj", "appos") and t.head.i in own]
            elif sentence.root.pos_ not in ("NOUN", "PROPN"):
                break  # a sentence with a verb: the entry's prose has begun
            for t in list(roots):  # "partisan commander and communist politician"
                roots += [c for c in t.conjuncts if c.i > t.i and c not in roots]
            for t in roots:
                if t.pos_ == "NOUN" and t.i not in named and t.lemma_.lower() not in OFFICE_NOUNS:
                    found.append(Mention(m.actor, t.idx, t.idx + len(t.text), "reference"))
            if any(t.pos_ in ("VERB", "AUX") for t in sentence) or sentence.end >= len(doc):
                break
            sentence = doc[sentence.end].sent
            if "\n\n" in text[doc[sentence.start - 1].idx : sentence.start_char]:
                break  # another paragraph
    return found


def _verb_object(token: Token) -> int | None:
    """The direct object of the verb a possessive's phrase hangs on ("signed the Warsaw
    Pact at its creation": the Pact), for "its"."""
    if token.lower_ != "its" or token.head.dep_ != "pobj" or token.head.head.dep_ != "prep":
        return None
    verb = token.head.head.head
    if verb.pos_ in ("NOUN", "PROPN"):  # "the Warsaw Pact at its founding": the Pact
        return verb.i
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # the last of the objects before it ("joined Comecon in 1949 and the Warsaw Pact at
    # its foundation": the Pact)
    objects = [
        t.i
        for t in verb.subtree
        if t.i < token.i and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "conj")
    ]
    first = next((c.i for c in verb.children if c.dep_ == "dobj"), None)
    return max(objects) if first is not None and objects else first


def _sections(
    text: str, mentions: list[Mention], kinds: dict[str, str]
) -> list[tuple[int, int, str]]:
    """(start, end, person) of each section under a heading that names one person and
    no one else, or of a reference work's entry under its headword: what its pronouns
    "he" and "his" mean until someone else is a subject."""
    lines = list(HEADING.finditer(text))
    # a line that is only a name ("Leonid Brezhnev") heads what follows as well
    for m in mentions:
        begins = text.rfind("\n", 0, m.start) + 1
        if text[begins : m.start].strip(" \t"):
            continue  # the name does not begin its line
        line = NAME_LINE.match(text, begins)
        whole = line is not None and line.start(1) == m.start and line.end(1) == m.end
        if whole and line and not any(h.start() <= m.start < h.end() for h in lines):
            lines.append(line)
    lines.sort(key=lambda line: line.start())
    found = []
    entries = [  # a reference work's entry: "SHEHU, Mehmet (1913–1981), ..."
        m
        for m in mentions
        if (m.start == 0 or text[m.start - 1] == "\n")
        and kinds.get(m.actor) == "person"
        and HEADWORD.match(text, m.start)
    ]
    starts = sorted([line.start() for line in lines] + [m.start for m in entries])
    for m in entries:  # each runs to the next heading or headword
        end = next((at for at in starts if at > m.start), len(text))
        found.append((m.end, end, m.actor))
    current: str | None = None  # a profile's person, under its own plain subheadings
    profile = _profile(text, lines, mentions, kinds)
    for n, line in enumerate(lines):
        named = {
            m.actor
            for m in mentions
            if line.start() <= m.start < line.end() and kinds.get(m.actor) == "person"
        }
        others = {
            m.actor
            for m in mentions
            if line.start() <= m.start < line.end() and kinds.get(m.actor) != "person"
        }
        if len(named) == 1 and not others:
            current = named.pop()
        elif named or (others and not (n > 0 and current == profile)):
            current = None  # a profile's "**Early life and Spain**" is still its person's
        # "**Early life**", "**Prime minister, 1954–1981**" under "**Mehmet Shehu**"
        if current is not None:
            end = lines[n + 1].start() if n + 1 < len(lines) else len(text)
            found.append((line.end(), end, current))
    return found


def _profile(
    text: str, lines: list[re.Match[str]], mentions: list[Mention], kinds: dict[str, str]
) -> str | None:
    """The person a profile is of: the one its first heading names alone, when no
    other heading names a person ("**Mehmet Shehu (1913–1981)**", "**Early life**")."""
    people = [{m.actor for m in mentions if line.start() <= m.start < line.end()} for line in lines]
    if not people or len(people[0]) != 1:
        return None
    (person,) = people[0]
    if kinds.get(person) != "person" or text[: lines[0].start()].count("\n\n") > 1:
        return None
    if any(kinds.get(a) == "person" for named in people[1:] for a in named):
        return None
    return person


def _section_person(
    token: Token,
    sections: list[tuple[int, int, str]],
    located: list[tuple[int, int, bool, str]],
    kinds: dict[str, str],
) -> tuple[str | None, bool]:
    """The person a section is about, if the pronoun stands in one; contested when
    the last person before the pronoun to be a subject in it is another."""
    section = next(((s, e, p) for s, e, p in sections if s <= token.idx < e), None)
    if section is None:
        return None, False
    start, _, person = section
    doc = token.doc
    subjects = [  # a subject itself, not the owner of one ("Shehu's deputy")
        loc
        for loc in located
        if loc[2]
        and doc[loc[0]].dep_ in SUBJECTS
        and kinds.get(loc[3]) == "person"
        and start <= doc[loc[0]].idx < token.idx
    ]
    # contested while the last person who was a subject is another ("Hoxha turned on
    # the group. He was executed"), not once the section's own is again ("Xoxe lost
    # his posts. He was executed")
    last = max(subjects, key=lambda loc: loc[0], default=None)
    if last is None or last[3] == person:
        return person, False
    # nor once a pronoun has stood for the section's own since ("Hoxha later denounced
    # him. He was succeeded by Alia"): the one a pronoun keeps in view stays in view
    kept = any(
        loc[3] == person and loc[0] > last[0] and doc[loc[0]].pos_ == "PRON"
        for loc in located
        if loc[0] < token.i
    )
    return person, not kept


#: What opens a list entry's line before its label, and what closes the label.
LABEL_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*(?:\*\*|__)?[ \t]*$")
LABEL_AFTER = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*(?::|—|–|-[ \t])")


def _label(text: str, start: int, end: int) -> bool:
    """The name is the label of a list entry ("- Albania: A founding member of the Pact,
    it stopped ..."): what the entry tells is of it, as of a subject."""
    return bool(LABEL_BEFORE.search(text[max(0, start - 12) : start])) and bool(
        LABEL_AFTER.match(text, end)
    )


def _open(
    doc: Doc,
    token: Token,
    here: int,
    chosen: str,
    fitting: list[tuple[int, int, bool, str]],
    located: list[tuple[int, int, bool, str]],
    topic: str | None,
    countries: dict[str, str],
) -> bool:
    """ "The country" or "the regime" (in sentence `here`) could mean more than one
    state: two named in other clauses of its sentence ("After Albania broke with
    Yugoslavia, the Soviet Union stepped in, and the country joined Comecon"), or the
    last one named before its clause while the text's own state was named lately
    ("the regime", in a memo on Albania, after a sentence on the USSR)."""
    clause = _clause_of(token)
    if any(_clause_of(doc[loc[0]]) == clause for loc in fitting):
        return False  # one named in its own clause is the nearer reading
    if len({loc[3] for loc in fitting if loc[1] == here}) >= 2:
        return True
    lately = any(
        countries.get(loc[3], loc[3]) == topic
        for loc in located
        if loc[0] < token.i and here - loc[1] < 3 * WINDOW
    )
    return topic is not None and chosen != topic and lately


def _clause_of(token: Token) -> int:
    """The verb a token's clause hangs on (the token itself if there is none)."""
    for node in [token, *token.ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            # verbs sharing one subject are one clause ("took Tirana and freed ...")
            while (
                node.dep_ == "conj"
                and node.head.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in SUBJECTS for c in node.children)
            ):
                node = node.head
            return node.i
    return token.i


def _topic_state(
    mentions: list[Mention], kinds: dict[str, str], countries: dict[str, str]
) -> str | None:
    """The state a text is about: named (or its people, party, leaders) at least three
    times and more often than any other."""
    counts: dict[str, int] = {}
    for m in mentions:
        state = m.actor if kinds.get(m.actor) == "state" else countries.get(m.actor)
        if state is not None and kinds.get(state) == "state":
            counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return None
    return max(counts, key=lambda a: counts[a])


def _own_subjects(token: Token, located: list[tuple[int, int, bool, str]]) -> set[str] | None:
    """The actors named as the subject of the clause a pronoun stands in, its verb's
    or (a verb joined to another) the first verb's: "X welcomed them and aided it";
    None when the clause has no subject at all (one that names no actor, "the Central
    Committee elected him", is a subject all the same)."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:  # the subject itself and its conjuncts, not what describes it
            heads = {t.i for c in subjects for t in [c, *c.conjuncts]}
            if verb.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") for c in subjects):
                heads.add(verb.head.i)  # "Shehu, who had succeeded him": Shehu's clause
            return {loc[3] for loc in located if loc[0] in heads}
        verb = verb.head if verb.dep_ in ("conj", "xcomp") and verb.head is not verb else None
    return None


#: Pronouns that stand for a woman, and for a man.
FEMININE = {"she", "her", "hers", "herself"}
MASCULINE = {"he", "him", "his", "himself"}


def _fits(token: Token, actor: str, genders: Mapping[str, str]) -> bool:
    """Whether a pronoun can stand for the actor: "she" for a woman, "he" for a man
    (or one whose gender the chronicle does not give)."""
    if not genders:
        return True
    if token.lower_ in FEMININE:
        return genders.get(actor) == "female"
    if token.lower_ in MASCULINE:
        return genders.get(actor) != "female"
    return True


def _subject_ahead(
    token: Token,
    located: list[tuple[int, int, bool, str]],
    kinds: Mapping[str, str],
    genders: Mapping[str, str],
) -> str | None:
    """The person a possessive stands for when it opens the sentence's clause ahead of
    its subject ("During his visit to Albania in 1959, Khrushchev boasted ...", "On her
    return, Nexhmije Hoxha ..."): the subject named after it, when a person it fits."""
    if token.dep_ != "poss" or token.lower_ not in ("his", "her"):
        return None
    phrase = next((a for a in token.ancestors if a.dep_ == "prep"), None)
    if phrase is None or phrase.head.pos_ not in ("VERB", "AUX"):
        return None
    opening = token.doc[token.sent.start : phrase.left_edge.i]
    if any(not t.is_punct and not t.is_space for t in opening):
        return None  # the phrase opens the sentence (past a list's bullet)
    verb = phrase.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > phrase.i]
    if len(subjects) != 1:
        return None
    named = [loc[3] for loc in located if loc[0] == subjects[0].i]
    if len(named) != 1 or kinds.get(named[0]) != "person":
        return None
    return named[0] if _fits(token, named[0], genders) else None


#: Nouns of a person's death.
DEATHS = {"death", "funeral", "burial", "execution", "assassination", "suicide", "murder"}
#: Prepositions that put a deed after an event.
AFTERWARDS = {"after", "following", "since"}
#: Verbs of a state that can outlast one's death ("remained a hero after his death").
LASTING = {"be", "remain", "stay", "continue", "live", "survive"}
#: Verbs in the passive whose subject must be alive ("was elected after his death").
INSTALLED = {"elect", "appoint", "make", "name", "choose", "promote", "install", "confirm"}


def _survivors(token: Token, located: list[tuple[int, int, bool, str]]) -> set[str]:
    """The subjects of the clause that a possessive's death times as after it ("Alia
    became first secretary after his death": Alia), who cannot be the one who died.
    Not a state that can outlast one ("remained revered after his death"), nor the
    passive of what may befall the dead ("was rehabilitated after his death")."""
    noun = token.head
    if token.dep_ != "poss" or noun.lemma_.lower() not in DEATHS or noun.dep_ != "pobj":
        return set()
    if noun.head.lower_ not in AFTERWARDS:
        return set()
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return set()
    active = verb.lemma_.lower() not in LASTING
    subjects = [
        c
        for c in verb.children
        if (c.dep_ == "nsubj" and active)
        or (c.dep_ == "nsubjpass" and verb.lemma_.lower() in INSTALLED)
    ]
    heads = {t.i for c in subjects for t in [c, *c.conjuncts]}
    return {loc[3] for loc in located if loc[0] in heads}


def _adverbial_subjects(token: Token, located: list[tuple[int, int, bool, str]]) -> set[str]:
    """The actors named as subjects of the clauses that modify the verb of the clause a
    pronoun stands in ("When Hoxha died, ... elected him": Hoxha)."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    heads = {
        t.i
        for clause in verb.children
        if clause.dep_ == "advcl"
        for c in clause.children
        if c.dep_ in SUBJECTS
        for t in [c, *c.conjuncts]
    }
    return {loc[3] for loc in located if loc[0] in heads}


def _owners_above(token: Token) -> set[int]:
    """The possessors of the noun phrases a pronoun stands in ("Hoxha" for "him" in
    "Hoxha's turn against him"), up to its clause's verb."""
    owners: set[int] = set()
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            break
        owners.update(c.i for c in node.children if c.dep_ == "poss")
    return owners


def _past_oblique_owners(
    doc: Doc, candidates: list[tuple[int, int, bool, str]]
) -> list[tuple[int, int, bool, str]]:
    """A subject pronoun skips a verbless sentence that names people only as owners
    inside a phrase ("Party leader after Hoxha's death.") for the subject of one before
    it ("Ramiz Alia (1925–2011). Party leader after Hoxha's death. He allowed ...":
    Alia). A sentence with a verb of its own is not skipped."""
    if not candidates:
        return candidates
    latest = max(c[1] for c in candidates)
    in_latest = [c for c in candidates if c[1] == latest]
    oblique = all(not c[2] and doc[c[0]].dep_ == "poss" for c in in_latest) and not any(
        t.pos_ in ("VERB", "AUX") for t in sentence_of(doc[in_latest[0][0]])
    )
    before = [c for c in candidates if c[1] < latest and c[2]]
    return before if oblique and before else candidates


def _most_salient(
    candidates: list[tuple[int, int, bool, str]], main: AbstractSet[int] = frozenset()
) -> str:
    """The latest sentence wins; within it a subject wins, the main clause's before a
    subordinate one's ("Hoxha died a month after Gorbachev became leader. He ...":
    Hoxha); then the latest mention."""
    latest = max(c[1] for c in candidates)
    in_latest = [c for c in candidates if c[1] == latest]
    subjects = [c for c in in_latest if c[2]]
    subjects = [c for c in subjects if c[0] in main] or subjects
    return max(subjects or in_latest, key=lambda c: c[0])[3]


def _people(doc: Doc, earlier: list[tuple[int, int, bool, str]]) -> list[str]:
    """The state of the last subject that names a people in the plural ("the Albanians
    ... and they kept"), in this sentence or the one before."""
    if not earlier:
        return []
    latest = max(c[1] for c in earlier)
    peoples = [
        c for c in earlier if c[2] and c[1] >= latest - 1 and doc[c[0]].tag_ in ("NNS", "NNPS")
    ]
    return [max(peoples)[3]] if peoples else []


def _coordinated_subject(doc: Doc, earlier: list[tuple[int, int, bool, str]]) -> list[str]:
    """The actors of the last subject that coordinates two or more of them."""
    if not earlier:
        return []
    latest = max(c[1] for c in earlier)
    subjects = [c for c in earlier if c[1] == latest and c[2]]
    actors = list(dict.fromkeys(c[3] for c in subjects))
    return actors if len(actors) >= 2 else []


def implicit_partners(
    roles: dict[str, list[str]],
    before: list[Mention],
    kinds: dict[str, str],
    countries: dict[str, str],
) -> list[str]:
    """The unnamed other side of a relation ("relations were broken off in 1961").

    A relation between states that names one state takes as its partner the
    state the text has named most before it, when it stands out (half as many
    mentions again as the next); one that names none is left alone.
    """
    named = {countries.get(a, a) for listed in roles.values() for a in listed}
    named = {a for a in named if kinds.get(a) == "state"}
    if len(named) != 1:  # with no side named, guessing both is too much of a guess
        return []
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for position, m in enumerate(before):
        actor = countries.get(m.actor, m.actor)
        if kinds.get(actor) == "state" and actor not in named:
            counts[actor] = counts.get(actor, 0) + 1
            last[actor] = position  # a later mention breaks a tie
    ranked = sorted(counts, key=lambda a: (-counts[a], -last[a]))
    if len(ranked) > 1 and counts[ranked[0]] < 1.5 * counts[ranked[1]]:
        return []  # no clear partner: two states are about as prominent
    return ranked[:1]


def paragraph_pair(
    text: str,
    mentions: list[Mention],
    kinds: dict[str, str],
    countries: dict[str, str],
    limit: int,
) -> tuple[str, str] | None:
    """The two states named most in the paragraph before `limit`, by name, by adjective
    or through their people ("Hoxha's successor ... the Soviet side ... the two
    governments"), when they stand out from any third."""
    start = text.rfind("\n", 0, limit) + 1
    counts, ranked = _states_told(mentions, kinds, countries, start, limit)
    if len(ranked) < 2 or (len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]):
        return None
    return ranked[0], ranked[1]


def text_pair(
    text: str,
    mentions: list[Mention],
    kinds: dict[str, str],
    countries: dict[str, str],
    limit: int,
    end: int,
) -> tuple[str, str] | None:
    """The two states a text has told of most before `limit`, when they stand far out
    (each named twice as often as any third) and the paragraph, to `end`, names no
    other: the subject of an entry on two states' relations."""
    counts, ranked = _states_told(mentions, kinds, countries, 0, limit)
    if len(ranked) < 2 or counts[ranked[1]] < 2:
        return None
    if len(ranked) > 2 and counts[ranked[1]] < 2 * counts[ranked[2]]:
        return None
    _, here = _states_told(mentions, kinds, countries, text.rfind("\n", 0, limit) + 1, end)
    if set(here) - set(ranked[:2]):
        return None
    return ranked[0], ranked[1]


def _states_told(
    mentions: list[Mention], kinds: dict[str, str], countries: dict[str, str], start: int, end: int
) -> tuple[dict[str, int], list[str]]:
    """How often each state is named (by name, adjective or through its people) between
    `start` and `end`, and the states from most to least named, the later first on a tie."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for m in mentions:
        if not start <= m.start < end:
            continue
        state = countries.get(m.actor, m.actor)
        if kinds.get(state) == "state":
            counts[state] = counts.get(state, 0) + 1
            last[state] = m.start
    return counts, sorted(counts, key=lambda a: (-counts[a], -last[a]))
