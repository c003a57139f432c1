"""The checker's stages, each on its own: segment, link, discourse, time, claims."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from rift.check import claims, discourse, extract, lexicon, link, segment, timex
from rift.check.nlp import line_breaks, pipeline, sentence_of, unseen
from rift.check.repairs import relative_clauses, relative_roots
from rift.check.spans import Mention

ACTORS = [
    {
        "id": "ALB",
        "kind": "state",
        "name": "Albania",
        "aliases": ["Tirana"],
        "demonyms": ["Albanian"],
    },
    {
        "id": "SUN",
        "kind": "state",
        "name": "Soviet Union",
        "aliases": ["USSR", "Moscow", "the Soviets"],
        "demonyms": ["Soviet"],
    },
    {
        "id": "CHN",
        "kind": "state",
        "name": "People's Republic of China",
        "aliases": ["China", "Beijing", "Peking"],
        "demonyms": ["Chinese"],
    },
    {
        "id": "ROU",
        "kind": "state",
        "name": "Romania",
        "aliases": ["Bucharest"],
        "demonyms": ["Romanian"],
    },
    {"id": "warsaw-pact", "kind": "alliance", "name": "Warsaw Pact", "aliases": []},
    {
        "id": "enver-hoxha",
        "kind": "person",
        "name": "Enver Hoxha",
        "aliases": ["Hoxha"],
        "country": "ALB",
    },
]
NAMES = link.gazetteer(ACTORS)
KINDS = {str(a["id"]): str(a["kind"]) for a in ACTORS}
LEX = lexicon.load()
COUNTRIES = {"enver-hoxha": "ALB"}


def parse(text: str):  # type: ignore[no-untyped-def]
    return pipeline()(text)


def test_a_sentence_with_two_claims_gives_two_clauses() -> None:
    text = "Moscow cancelled its credits in 1961 and broke off relations in December."
    found = segment.clauses(parse(text), text)
    spans = [text[c.start : c.end] for c in found]
    assert spans == ["Moscow cancelled its credits in 1961", "broke off relations in December"]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a phrase between "and" and the next verb is the next verb's
        (
            "Moscow withdrew its experts, cancelled its credits and, in December, broke off"
            " relations.",
            "in December, broke off relations",
        ),
        (
            "Hoxha met Stalin in 1947 and, two years later, visited Moscow again.",
            "two years later, visited Moscow again",
        ),
        (
            "Albania joined Comecon in 1949 and, in May 1955, signed the Warsaw Pact.",
            "in May 1955, signed the Warsaw Pact",
        ),
    ],
)
def test_a_phrase_after_and_belongs_to_the_verb_after_it(text: str, second: str) -> None:
    found = segment.clauses(parse(text), text)
    spans = [text[c.start : c.end] for c in found]
    assert spans[-1] == second
    assert all(second not in span for span in spans[:-1])


def test_clause_offsets_index_the_text() -> None:
    text = "Albania left the Pact in 1968.\nHoxha, who ruled until 1985, denounced Moscow."
    for clause in segment.clauses(parse(text), text):
        assert text[clause.start : clause.end].strip() == text[clause.start : clause.end]
        assert clause.paragraph == (0 if clause.start < 31 else 1)


def test_links_names_aliases_and_demonyms() -> None:
    text = "The Soviets and Tirana quarrelled. Hoxha said Chinese pressure would fail."
    found = link.link(parse(text), text, NAMES)
    assert [(m.actor, text[m.start : m.end]) for m in found] == [
        ("SUN", "The Soviets"),
        ("ALB", "Tirana"),
        ("enver-hoxha", "Hoxha"),
        ("CHN", "Chinese"),
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the state named last, and the one named most besides it
        ("Albania feared Moscow. Albania trusted China. The two countries signed.", {"CHN", "ALB"}),
        ("Albania, Albania, Moscow and then China. Both countries agreed.", {"CHN", "ALB"}),
        # an adjective is not a naming: the last state named is Moscow
        ("Albania blamed Moscow for the Chinese quarrel. The two states broke.", {"SUN", "ALB"}),
        # with words between: "the two communist states", "both governments"
        ("Albania feared Moscow. The two communist states quarrelled.", {"SUN", "ALB"}),
        ("China courted Albania. Both governments recalled envoys.", {"CHN", "ALB"}),
        # the states its paragraph names most, by adjective or through their people
        (
            "Romania stayed out.\nHoxha wrote to the Soviet side; Hoxha and a Soviet envoy "
            "talked. The two governments agreed.",
            {"SUN", "ALB"},
        ),
        # "with both countries": the two named before, not the one that deals with them
        (
            "Romania drew closer to Albania and China. In 1961 Romania signed a treaty with "
            "both countries.",
            {"ALB", "CHN"},
        ),
        ("Albania and China grew close. In 1961 Moscow broke with both countries.", {"ALB", "CHN"}),
        (
            "Moscow courted Albania and then China. Bucharest quarrelled with the two states.",
            {"ALB", "CHN"},
        ),
    ],
)
def test_the_two_countries_are_the_last_named_and_the_most_named(text: str, pair: set[str]) -> None:
    found = link.link(parse(text), text, NAMES)
    assert {m.actor for m in found if m.via == "carry-over"} == pair


@pytest.mark.parametrize(
    "text",
    [
        "Albania feared Moscow. The two communist states quarrelled.",
        "Hoxha met Khrushchev. The two Balkan states were far apart.",
        "Albania and Greece argued. Then the three states signed.",
    ],
)
def test_states_in_the_plural_are_never_one_state(text: str) -> None:
    assert not [r for r in references(text) if "states" in r[0]]


def references(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    found = discourse.resolve(doc, link.link(doc, text, NAMES), KINDS, COUNTRIES)
    return [(text[m.start : m.end], m.actor) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the country" is the last state named as a subject, not the most named one
        (
            "Moscow courted Romania. Albania distrusted Moscow. Then the country left.",
            [("the country", "ALB")],
        ),
        (
            "Romania stayed. In 1968 Albania walked out, and the country paid for it.",
            [("the country", "ALB")],
        ),
        ("Hoxha, who had ruled the country since 1944, died in 1985.", [("the country", "ALB")]),
        # a people named as the subject is its state; a state named in a phrase before the
        # description in its own sentence is not its subject
        (
            "Albanians stayed away from Moscow, and in 1968, after the attack on Romania, the "
            "country withdrew.",
            [("the country", "ALB")],
        ),
        (
            "The Chinese sent experts. In 1978, after the quarrel with Albania, the country "
            "recalled them.",
            [("the country", "CHN")],
        ),
        (
            "Romanians kept away, and after the talks with Moscow the country stayed neutral.",
            [("the country", "ROU")],
        ),
    ],
)
def test_the_country_is_the_most_salient_state(text: str, expected: list[tuple[str, str]]) -> None:
    assert references(text) == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "actor"),
    [
        ("Hoxha met the Soviets in 1960. He denounced them.", "He", "enver-hoxha"),
        ("Albania quarrelled with Moscow. In 1961 it sided with China.", "it", "ALB"),
        ("China backed Albania. Its aid lasted until 1978.", "Its", "CHN"),
        # a people named in the plural as the subject
        ("The Albanians refused, and they kept the ships.", "they", "ALB"),
        ("The Chinese were angry. They cut their aid in 1978.", "They", "CHN"),
        ("The Soviets withdrew in 1961, and their ships sailed home.", "their", "SUN"),
    ],
)
def test_pronouns_resolve_to_a_compatible_actor(text: str, pronoun: str, actor: str) -> None:
    assert (pronoun, actor) in references(text)


def test_a_capital_used_as_a_place_is_not_the_state() -> None:
    text = "At the Bucharest meeting Albania defended China in Moscow."
    actors = [m.actor for m in link.link(parse(text), text, NAMES)]
    assert actors == ["ALB", "CHN"]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("The delegation flew to Moscow.", ["SUN"]),
        ("Moscow recalled its envoy from Tirana.", ["SUN", "ALB"]),
        ("Aid flowed from Moscow into Tirana.", ["SUN", "ALB"]),
    ],
)
def test_a_capital_one_goes_to_or_comes_from_is_the_state(text: str, states: list[str]) -> None:
    assert [m.actor for m in link.link(parse(text), text, NAMES)] == states


@pytest.mark.parametrize(
    ("phrase", "edtf", "mode"),
    [
        ("in the late 1950s", "1957/1959", "at"),
        ("the early 1960s", "1960/1963", "at"),
        ("throughout the 1970s and 1980s", "1970/1989", "throughout"),
        ("from 1961 to 1978", "1961/1978", "at"),
        ("between 1961 and 1978", "1961/1978", "at"),
        ("since 1944", "1944", "since"),
        ("on 13 September 1968", "1968-09-13", "at"),
        ("from 25 May to 4 June 1959", "1959-05-25/1959-06-04", "at"),
        ("on 29-30 June 1990", "1990-06-29/1990-06-30", "at"),
        ("on June 29-30, 1990", "1990-06-29/1990-06-30", "at"),
        ("in the aftermath of World War II", "1945/1948", "at"),
        ("in the early years of the Cold War", "1947/1955", "at"),
        ("from the end of the war until 1961", "1945/1961", "at"),
        ("from May 1955 until September 1968", "1955-05/1968-09", "at"),
        ("from 1948 until the early 1960s", "1948/1963", "at"),
    ],
)
def test_temporal_expressions(phrase: str, edtf: str, mode: str) -> None:
    [found] = timex.expressions(f"Albania acted {phrase}.")
    assert (found.interval.edtf, found.mode) == (edtf, mode)


def test_relative_dates_resolve_against_the_last_year() -> None:
    text = "In 1960 Hoxha spoke, and in November he left. The following year Moscow cut aid."
    assert [t.interval.edtf for t in timex.expressions(text)] == ["1960", "1960-11", "1961"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1961 they quarrelled. On 3 December Moscow broke off.", ["1961", "1961-12-03"]),
        ("In August 1968 tanks came. On August 21st Bucharest spoke.", ["1968-08", "1968-08-21"]),
        ("Hoxha died in 1985. On 13 April he was buried.", ["1985", "1985-04-13"]),
        ("The crisis peaked in 1961. The Pact met that March.", ["1961", "1961-03"]),
        ("In 1960 they met; that same June they parted.", ["1960", "1960-06"]),
        # a year in parentheses is told in passing
        (
            "They left in 1961 (the hall opened in 1966), and that December relations ended.",
            ["1961", "1966", "1961-12"],
        ),
        # no day of the calendar, and a day with its own year, are read as they are
        ("In 1961 they quarrelled. On 31 February nothing.", ["1961"]),
        ("In 1961 they quarrelled. On 5 May 1960 nothing.", ["1961", "1960-05-05"]),
        # the end of a decade or of a span is no year a day or a month may be of
        ("A feud of the early 1960s. On July 10 Albania joined.", ["1960/1963"]),
        ("From 1961 to 1978 they were allies. In July it ended.", ["1961/1978"]),
    ],
)
def test_a_day_without_a_year_is_of_the_year_named_last(text: str, expected: list[str]) -> None:
    assert [t.interval.edtf for t in timex.expressions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1959 they met. The very same year they parted.", ["1959", "1959"]),
        ("In June 1960 they met. Later that month they parted.", ["1960-06", "1960-06"]),
        ("In December 1961 they met. The following month they parted.", ["1961-12", "1962-01"]),
        ("Stalin died in 1953. Two years later the Pact was founded.", ["1953", "1955"]),
        ("In 1968 it left. Three years earlier it had stayed away.", ["1968", "1965"]),
        (
            "In 1961 they broke. That year was hard; the previous year was not.",
            ["1961", "1961", "1960"],
        ),
    ],
)
def test_relative_times_count_from_the_last_time_named(text: str, expected: list[str]) -> None:
    assert [t.interval.edtf for t in timex.expressions(text)] == expected


def test_the_end_of_another_war_is_not_1945() -> None:
    assert timex.expressions("Until the end of the war in Korea, trade stalled.") == []


def test_vague_relative_times_are_not_read() -> None:
    assert [t.text for t in timex.expressions("In 1961 they broke. A few years later, peace.")] == [
        "1961"
    ]


def _mentions(*actors: str) -> list[Mention]:
    return [Mention(a, i, i + 1, "name") for i, a in enumerate(actors)]


@pytest.mark.parametrize(
    ("before", "partner"),
    [
        (["SUN", "ALB", "SUN", "SUN", "CHN"], ["SUN"]),  # one state stands out
        (["SUN", "ALB", "SUN", "CHN", "CHN"], []),  # two as prominent: no guess
        ([], []),
    ],
)
def test_the_unnamed_partner_of_a_relation_must_stand_out(
    before: list[str], partner: list[str]
) -> None:
    kinds = {"ALB": "state", "SUN": "state", "CHN": "state", "YUG": "state"}
    roles = {"agent": ["YUG"]}
    found = discourse.implicit_partners(roles, _mentions(*before), kinds, {})
    assert found == partner


@settings(max_examples=50, deadline=None)
@given(st.integers(min_value=1900, max_value=2029))
def test_any_year_is_its_own_interval(year: int) -> None:
    [found] = timex.expressions(f"It happened in {year}.")
    assert (found.interval.earliest, found.interval.latest) == (
        date(year, 1, 1),
        date(year, 12, 31),
    )


def test_claims_split_a_named_event_from_its_sentence() -> None:
    text = "Hoxha said that Albania's withdrawal from the Warsaw Pact in 1968 angered Moscow."
    doc = parse(text)
    mentions = link.link(doc, text, NAMES)
    found = claims.build(
        doc, text, segment.clauses(doc, text), mentions, timex.expressions(text), LEX, KINDS
    )
    spans = [c.text for c in found]
    assert "Albania's withdrawal from the Warsaw Pact in 1968" in spans
    withdrawal = next(c for c in found if c.nominal)
    assert withdrawal.time is not None and withdrawal.time.interval.edtf == "1968"


def test_a_demonstrative_subject_takes_the_earlier_date() -> None:
    text = "Albania left the Pact in 1968. This decision marked a turning point."
    doc = parse(text)
    found = claims.build(
        doc, text, segment.clauses(doc, text), [], timex.expressions(text), LEX, KINDS
    )
    assert found[-1].time_source == "anchored"
    assert found[-1].time is not None and found[-1].time.interval.edtf == "1968"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("In July 1956 he succeeded Mr. Hoxha as head of government.", "Mr."),
        ("The talks between Dr. Kapllani and the Soviet side began.", "Dr."),
        ("Troops under Gen. Balluku blockaded the base.", "Gen."),
    ],
)
def test_a_titles_stop_ends_no_sentence(text: str, title: str) -> None:
    doc = pipeline().make_doc(text)
    name = next(t for t in doc if t.text == title).i + 1
    doc[name].is_sent_start = True  # as a parser may guess from the stop
    assert line_breaks(doc)[name].is_sent_start is False


@pytest.mark.parametrize(
    "text",
    [
        "Stalin died in 1953. Albania left the Pact in 1968.\n- Hoxha: died 1985; Alia followed",
        "One.",
        "Relations were restored in 1990 (30 July). The US followed; then the elections.",
    ],
)
def test_the_sentence_of_a_token_is_the_one_spacy_gives(text: str) -> None:
    doc = pipeline()(text)
    for token in doc:
        assert (sentence_of(token).start, sentence_of(token).end) == (
            token.sent.start,
            token.sent.end,
        )


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("ALBANIA AND THE WARSAW PACT. The break came later.", ["ALB", "warsaw-pact"]),
        ("HOXHA, ENVER (1908-1985), leader of Albania.", ["enver-hoxha", "ALB"]),
        (
            "CHINA, ROMANIA AND THE SOVIET UNION\nThree capitals, one quarrel.",
            ["CHN", "ROU", "SUN"],
        ),
    ],
)
def test_names_in_a_heading_set_in_capitals_are_linked(text: str, actors: list[str]) -> None:
    assert [m.actor for m in link.link(parse(text), text, NAMES)] == actors


def test_a_single_word_in_capitals_is_not_read_in_any_case() -> None:
    text = "The USSR wrote to CHINA in 1960."  # one word in capitals is no heading
    assert [m.actor for m in link.link(parse(text), text, NAMES)] == ["SUN"]


@pytest.mark.parametrize(
    "text",
    [
        "- Romania: stayed in the Pact to the end.\n- Albania: a founding member, it left in 1968.",
        "Romania: a loyal member.\nAlbania: it stopped attending after 1961.",
        "* **Romania** - always in the bloc.\n* **Albania** - it joined the Pact in 1955.",
    ],
)
def test_a_list_entrys_label_is_what_its_pronoun_means(text: str) -> None:
    assert ("it", "ALB") in references(text)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("In 1985 the party elected Enver Hoxha first secretary.", "first secretary"),
        ("The new assembly elects Enver Hoxha president of the republic.", "president of republic"),
        ("In 1946 the Assembly named Hoxha prime minister.", "prime minister"),
    ],
)
def test_the_office_taken_leaves_out_the_name_of_its_holder(text: str, office: str) -> None:
    # the parser may hang the name on the office noun ("Hoxha president")
    doc = parse(text)
    mentions = link.link(doc, text, NAMES)
    found = extract.frames_of(doc, sorted(LEX.triggers(doc)), LEX, mentions, KINDS)
    assert [f.office for f in found if f.type == "take_office"] == [office]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a work cited in scholarly style names no actor and tells no time
        ("Stalin told Kardelj he had no objection (Djilas 1962).", []),
        ("Yugoslav grain averted famine (Mëhilli 2017: 45).", []),
        ("Albania left the Pact in 1968 (see Prifti 1978, pp. 12-14).", ["1968"]),
        ("As Fischer (1999) shows, Albania left the Pact in 1968.", ["1968"]),
        ("Shameti and Dibra (2014) list a joint bank among the instruments.", []),
        ("Mëhilli (2017) traces the turn to China after 1961.", ["after 1961"]),
        ("The break (Biberaj and Pano 1990; Vickers 1995) was total.", []),
        # a place and a year, or a month and a year, are no work cited
        ("The conference of 81 parties (Moscow, 1960) condemned Tito.", ["1960"]),
        ("Relations were broken off (Dec. 1961).", ["Dec. 1961"]),
        ("The Warsaw Pact (1955) bound eight states.", ["1955"]),
    ],
)
def test_works_cited_are_no_times(text: str, kept: list[str]) -> None:
    assert [t.text for t in timex.expressions(unseen(text))] == kept


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A parse given by hand, as the parser may give it."""
    return Doc(pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_clause_opened_by_whose_after_a_comma_is_a_relative_clause() -> None:
    # the parser took "refused" for what "said" reports
    words = [
        "Nano",
        "said",
        "Albania",
        "would",
        "join",
        "the",
        "Conference",
        "in",
        "Europe",
        ",",
        "whose",
        "act",
        "Hoxha",
        "refused",
    ]
    heads = [1, 1, 4, 4, 1, 6, 4, 6, 7, 1, 11, 13, 13, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj", "prep", "pobj", "punct"]
    deps += ["poss", "dobj", "nsubj", "ccomp"]
    pos = ["PROPN", "VERB", "PROPN", "AUX", "VERB", "DET", "PROPN", "ADP", "PROPN", "PUNCT"]
    pos += ["PRON", "NOUN", "PROPN", "VERB"]
    doc = relative_clauses(_parsed(words, heads, deps, pos))
    refused = doc[13]
    assert (refused.dep_, refused.head.text) == ("relcl", "Conference")
    assert doc[4].dep_ == "ccomp"  # what was said stays what was said


def test_a_clause_inside_a_relative_clause_keeps_its_head() -> None:
    # "Yugoslavia, which many feared wanted Albania": "wanted" is what was feared
    words = [
        "Albania",
        "was",
        "tied",
        "to",
        "Yugoslavia",
        ",",
        "which",
        "many",
        "feared",
        "wanted",
        "Albania",
    ]
    heads = [1, 1, 1, 2, 3, 4, 9, 8, 4, 8, 9]
    deps = ["nsubj", "ROOT", "acomp", "prep", "pobj", "punct", "dobj", "nsubj", "relcl"]
    deps += ["ccomp", "dobj"]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "PRON", "VERB", "VERB", "PROPN"]
    doc = relative_clauses(_parsed(words, heads, deps, pos))
    assert (doc[9].dep_, doc[9].head.text) == ("ccomp", "feared")


def test_a_relative_clause_taken_for_the_main_one_gives_the_root_back() -> None:
    # "The party was founded in 1941 at a meeting of Mugoša, whose role outlasted the war"
    words = [
        "party",
        "was",
        "founded",
        "in",
        "1941",
        "at",
        "Mugoša",
        ",",
        "whose",
        "role",
        "outlasted",
        "war",
    ]
    heads = [2, 2, 10, 2, 3, 10, 5, 6, 9, 10, 10, 10]
    deps = ["nsubjpass", "auxpass", "ccomp", "prep", "pobj", "prep", "pobj", "punct"]
    deps += ["poss", "nsubj", "ROOT", "dobj"]
    pos = ["NOUN", "AUX", "VERB", "ADP", "NUM", "ADP", "PROPN", "PUNCT", "PRON", "NOUN"]
    pos += ["VERB", "NOUN"]
    doc = relative_roots(_parsed(words, heads, deps, pos))
    founded, at, outlasted = doc[2], doc[5], doc[10]
    assert founded.dep_ == "ROOT" and founded.head == founded
    assert (outlasted.dep_, outlasted.head.text) == ("relcl", "Mugoša")
    assert at.head == founded  # the meeting is the founding's


def test_a_main_clause_with_a_relative_subject_of_its_own_stays_the_root() -> None:
    # "Tirana said so, whose leaders ..." with no clause before the comma to be the main one
    words = ["Tirana", ",", "whose", "leaders", "refused"]
    heads = [4, 4, 3, 4, 4]
    deps = ["npadvmod", "punct", "poss", "nsubj", "ROOT"]
    pos = ["PROPN", "PUNCT", "PRON", "NOUN", "VERB"]
    doc = relative_roots(_parsed(words, heads, deps, pos))
    assert doc[4].dep_ == "ROOT"
