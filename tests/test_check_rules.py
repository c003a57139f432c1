"""Each rule of the decision policy, on at least three phrasings of our own (none from a dev text).

A phrasing is a whole short text; the assertion is on the verdict of the claim that
holds the quoted words, against the bundled chronicle.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rift.check import omissions, timex
from rift.cli import app
from test_check import verdicts_at

ERRORS = {"contradicted", "partly_supported"}
#: Phrasings the checker does not read yet: known misses, kept here so that they are
#: seen (strict: a fix makes the test pass and the marker must then go).
KNOWN_MISSES = {
    "Albania's expulsion from the Warsaw Pact in 1968",
    "Between 1950 and 1985 China was Albania's ally.",
}
MISS = pytest.mark.xfail(strict=True, reason="a known miss of the current lexicon")


def cases(rows: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(t, q, marks=MISS) if t in KNOWN_MISSES else (t, q) for t, q in rows]


@pytest.fixture(autouse=True)
def use_bundled_db(bundled_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RIFT_DB", str(bundled_db))


def assert_verdict(text: str, quote: str, verdict: str | None) -> None:
    """The claim holding the quote is flagged when `verdict` is "contradicted"; else it
    is not flagged, and has `verdict` when one is given (None: left open)."""
    said = verdicts(text, quote)
    if verdict == "contradicted":
        assert "contradicted" in said
        return
    assert not said & ERRORS
    if verdict:
        assert verdict in said


def verdicts(text: str, quote: str) -> set[str]:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert result.exit_code == 0, result.output
    return verdicts_at(json.loads(result.stdout), text, quote, whole=True)


RULES = {
    # a unique event dated beyond the text's precision
    "date of a unique event": [
        ("Stalin passed away in 1951.", "Stalin passed away in 1951"),
        ("The death of Enver Hoxha in 1979 shocked Tirana.", "death of Enver Hoxha in 1979"),
        ("In 1972 Albania pulled out of the Warsaw Pact.", "Albania pulled out of the Warsaw Pact"),
        ("Albania was among the signatories of the Warsaw Treaty in 1956.", "signatories"),
        ("In 1950 Albania won admission to Comecon.", "won admission"),
        ("Albania and the Soviet Union re-established relations in 1991.", "re-established"),
        ("The re-establishment of ties between Moscow and Tirana came in 1989.", "ties between"),
        ("Albania gained membership in the Warsaw Pact in 1954.", "gained membership"),
        # a founding treaty denounced is the organization left; a legislature for its state
        ("On 13 October 1968 Albania denounced the Warsaw Treaty.", "denounced"),
        ("In 1966 the People's Assembly renounced the Warsaw Treaty.", "renounced"),
        ("Tirana abrogated the Warsaw Treaty in November 1968.", "abrogated"),
        # a day in brackets after the deed's object or place is the deed's date
        ("Albania left the Warsaw Pact (13 October 1968) after the invasion.", "left"),
        ("The Warsaw Pact was dissolved in Prague (1 July 1990).", "dissolved"),
        ("Stalin died in Moscow (5 March 1952), and Khrushchev rose.", "died"),
        ("After a trial (May 1949) Xoxe was executed by firing squad (11 June 1950).", "squad"),
        # an organization that ends is dissolved
        ("The Warsaw Pact ended in 1989.", "ended"),
        ("Comecon ended in January 1990.", "ended"),
        ("The Cominform finally expired in 1953.", "expired"),
    ],
    # a contrasting predicate with the same actors
    "contrasting predicate": [
        ("In 1968 the Warsaw Pact expelled Albania.", "the Warsaw Pact expelled Albania"),
        ("Albania was thrown out of the Warsaw Pact in 1968.", "Albania was thrown out"),
        ("Albania's expulsion from the Warsaw Pact in 1968", "expulsion from the Warsaw Pact"),
    ],
    # the wrong actor in a role of a complete record at the stated time
    "wrong invaded country": [
        ("In August 1968 Soviet troops invaded Poland.", "Soviet troops invaded Poland"),
        ("The Soviet Union invaded Romania in August 1968.", "invaded Romania in August 1968"),
        ("In August 1968 the Soviet Union occupied Hungary.", "the Soviet Union occupied Hungary"),
    ],
    # a state of affairs said to hold all through a span it covers only in part
    "throughout a span": [
        (
            "Throughout the 1950s and 1960s the Soviet Union was Albania's ally.",
            "was Albania's ally",
        ),
        ("From 1945 to 1975 Albania was an ally of the Soviet Union.", "ally of the Soviet Union"),
        ("Between 1950 and 1985 China was Albania's ally.", "China was Albania's ally"),
        ("The Sino-Albanian alliance lasted from 1961 to 1985.", "Sino-Albanian alliance"),
        (
            "From the end of the war until 1961 the Soviet Union was Albania's ally.",
            "Albania's ally",
        ),
    ],
    # "never": denied at every time, so one record is enough
    "never": [
        ("Khrushchev never went to Albania.", "Khrushchev never went to Albania"),
        ("Enver Hoxha, who never met Stalin, ruled for decades.", "never met Stalin"),
        ("Albania never joined Comecon.", "Albania never joined Comecon"),
    ],
    # a count of something that happened once
    "count of a one-off": [
        ("Khrushchev paid a second visit to Albania.", "a second visit to Albania"),
        ("Khrushchev made three visits to Albania.", "three visits to Albania"),
        ("Khrushchev's third visit to Albania was brief.", "third visit to Albania"),
        (
            "In 1959 Khrushchev reached Tirana, the first of his two visits to Albania.",
            "his two visits",
        ),
    ],
    # a helper the chronicle says was absent
    "done with a helper it was done without": [
        ("In 1944 the Soviet Union liberated Albania.", "the Soviet Union liberated Albania"),
        ("Albania was liberated by the Red Army in November 1944.", "liberated by the Red Army"),
        (
            "In November 1944 the partisans freed Albania with the help of the Red Army.",
            "freed Albania with the help of the Red Army",
        ),
    ],
    # one of two co-actors wrong
    "a wrong co-actor": [
        (
            "Albania, together with Romania, withdrew from the Warsaw Pact in 1968.",
            "withdrew from the Warsaw Pact in 1968",
        ),
        ("In 1968 Albania and Romania left the Warsaw Pact.", "Albania and Romania left"),
        (
            "Albania and Poland pulled out of the Warsaw Pact in September 1968.",
            "pulled out of the Warsaw Pact",
        ),
        # the partner phrase hung on the comma, or on "along" as a preposition
        (
            "On 20 August 1968 the Soviet Union, together with Poland, Hungary, Bulgaria and "
            "Romania, invaded Czechoslovakia.",
            "invaded",
        ),
        ("In August 1968 the Soviet Union, along with Albania, invaded Czechoslovakia.", "along"),
        ("In 1968 Albania, along with Romania, left the Warsaw Pact.", "left"),
    ],
    # a break or restoration of relations dated where the pair's record shows none
    "relations on record": [
        ("In 1963 Albania restored relations with the Soviet Union.", "restored relations"),
        (
            "Moscow and Tirana re-established diplomatic relations in 1986.",
            "re-established diplomatic relations",
        ),
        ("In 1952 the Soviet Union broke off relations with Albania.", "broke off relations"),
    ],
    # aid said to have ended while the chronicle records it going on
    "aid ended too early": [
        ("China stopped its aid to Albania in 1970.", "China stopped its aid to Albania"),
        ("In 1972 Beijing halted aid to Albania.", "Beijing halted aid to Albania"),
        ("China terminated its assistance to Albania in 1965.", "terminated its assistance"),
    ],
    # a membership that ran on to the organization's end: the state never left
    "a member that never left": [
        ("Romania quit the Warsaw Pact.", "Romania quit the Warsaw Pact"),
        ("Poland was expelled from the Warsaw Pact in 1980.", "Poland was expelled"),
        ("In 1962 the Soviet Union walked out of Comecon.", "walked out of Comecon"),
    ],
    # a state of affairs said to end when the chronicle has it go on, or end, years apart
    "an end dated wrong": [
        ("Chinese aid kept flowing until Mao died in 1976.", "Chinese aid"),
        ("China was Albania's ally until 1972.", "China was Albania's ally"),
        ("Soviet aid to Albania continued until 1975.", "Soviet aid"),
    ],
    # a date set in a description of the subject is not the clause's
    "a date beside an aside": [
        ("Mehmet Shehu, prime minister since 1954, died in December 1983.", "died in December"),
        ("Stalin, who had ruled since the 1920s, died in 1955.", "died in 1955"),
        ("Enver Hoxha (1908-1985) died in 1982 in Tirana.", "died in 1982"),
    ],
    # the thing that ends is the subject: whose aid it was is the agent
    "aid said to end when it went on": [
        ("Chinese aid to Albania ended in 1974.", "Chinese aid to Albania ended"),
        ("China's aid programme, begun in 1954, stopped abruptly in 1976.", "stopped abruptly"),
        ("In 1970 Beijing's assistance dried up.", "dried up"),
    ],
    # a time counted from a named event the chronicle dates
    "a distance from a dated event": [
        ("Three years after the death of Stalin, Albania left the Warsaw Pact.", "left the"),
        ("Albania walked out of the Warsaw Pact a year after the invasion of Hungary.", "walked"),
        ("Two years before Stalin died, Albania joined the Warsaw Pact.", "joined the"),
    ],
    # a subject the parser hung on a fronted phrase is still the verb's subject
    "a subject after a fronted phrase": [
        (
            "Three years after the death of Joseph Stalin, the Soviet Union marched into Poland.",
            "marched into Poland",
        ),
        ("Five years after the death of Tito, Mao Zedong died.", "Mao Zedong died"),
        (
            "Twenty years after the death of Stalin, Enver Hoxha died.",
            "Enver Hoxha died",
        ),
    ],
    # a relative time, read from the last time the text names
    "a relative time": [
        (
            "Soviet troops invaded Czechoslovakia in August 1968. The following year Albania "
            "left the Warsaw Pact.",
            "Albania left the Warsaw Pact",
        ),
        ("China cut off its aid in 1978. Hoxha died the very same year.", "Hoxha died"),
        ("Hoxha travelled to Moscow in 1949. Two years later, Stalin died.", "Stalin died"),
        # soon after the last time named
        (
            "Moscow broke off relations with Tirana in December 1961. Within weeks Albania "
            "had left the Warsaw Pact.",
            "Albania had left",
        ),
        (
            "Relations were severed in December 1961, and within a few months Albania "
            "withdrew from the Warsaw Pact.",
            "Albania withdrew",
        ),
        (
            "Stalin died in March 1953. A few months later Albania joined the Warsaw Pact.",
            "Albania joined the Warsaw Pact",
        ),
        # a month alone heading a sentence takes the year named before
        ("The end came in 1968. In August Soviet troops invaded Hungary.", "invaded Hungary"),
        ("Stalin died in 1953. In October Albania joined the Warsaw Pact.", "joined the"),
    ],
    # the predicate contrasts with what those actors did at the stated month
    "a contrasting predicate at the stated time": [
        (
            "In 1961 Moscow withdrew its warships from Albania, and relations with Tirana were "
            "merely downgraded in December of that year.",
            "merely downgraded",
        ),
        (
            "In December 1961 diplomatic relations with Albania were merely downgraded by Moscow.",
            "merely downgraded",
        ),
        (
            "Moscow only reduced its ties with Tirana to the level of chargé d'affaires in "
            "December 1961.",
            "reduced its ties",
        ),
        (
            "In December 1961 the Soviet Union downgraded its relations with Albania.",
            "downgraded its relations",
        ),
    ],
    # an event said to come before another that the chronicle puts years apart,
    # while one of its kind with another actor came just before
    "a wrong antecedent event": [
        (
            "Albania formally withdrew from the Warsaw Pact on 13 September 1968, after the "
            "invasion of Hungary.",
            "the invasion of Hungary",
        ),
        (
            "In 1968, following the Soviet invasion of Hungary, Albania left the alliance of "
            "the Warsaw Pact.",
            "the Soviet invasion of Hungary",
        ),
        (
            "After the invasion of Hungary by the Warsaw Pact, Albania withdrew from the Pact "
            "in September 1968.",
            "invasion of Hungary",
        ),
        # or after it altogether
        (
            "In 1949 Albania joined Comecon after the founding of the Warsaw Pact.",
            "the founding of the Warsaw Pact",
        ),
    ],
    # a place other than the only record's at the stated month
    "the wrong place of a dated event": [
        (
            "At a meeting in Prague in June 1960, Albania refused to condemn China.",
            "Albania refused",
        ),
        ("In June 1960 in Warsaw the Albanians declined to condemn China.", "declined"),
        ("Albania refused to condemn China at a conference in Sofia in June 1960.", "refused"),
    ],
    # the number of states said to found an organization, against its founding record
    "the number of founders": [
        ("The Warsaw Pact was created on 14 May 1955 by seven states.", "created"),
        ("Comecon was founded in 1949 by five states.", "founded"),
        ("Albania was one of the seven founding members of the Warsaw Pact.", "founding"),
    ],
    # a place the parser hangs on the deed's date is the deed's place
    "a place after a date": [
        ("Mr. Alia was born on 18 October 1925 in Tirana into a poor family.", "born"),
        ("Enver Hoxha was born on 16 October 1908 in Korçë.", "born"),
        ("The Warsaw Pact was dissolved on 1 July 1991 in Budapest.", "dissolved"),
    ],
    # a visit called the first, told of a time after one on record
    "the first visit": [
        ("Zhou Enlai's first visit to Albania came in March 1965.", "first visit"),
        ("In June 1966 Zhou Enlai made his first visit to Albania.", "first visit"),
        ("Zhou Enlai, on his first trip to Albania in 1965, was cheered.", "first trip"),
    ],
    # "the organization" is the organization named before
    "an organization described": [
        (
            "Comecon was founded in 1949. On 28 June 1991 the organisation was dissolved in "
            "Warsaw.",
            "dissolved",
        ),
        (
            "The Warsaw Pact was founded in 1955. The organization was dissolved in 1989.",
            "dissolved",
        ),
        ("Comecon was set up in January 1949. Albania joined the organization in 1955.", "joined"),
    ],
    # relations said not to exist while a period of relations covers the time
    "relations denied while they were held": [
        ("In 1964 Albania did not maintain diplomatic relations with Yugoslavia.", "relations"),
        ("Albania and China had no diplomatic relations in 1970.", "no diplomatic relations"),
        ("In 1975 Tirana had no diplomatic ties with Beijing.", "ties with Beijing"),
    ],
    # a state said not to belong to an organization it was a member of then
    "membership denied": [
        ("In 1973 Poland did not belong to the Warsaw Pact.", "did not belong"),
        ("Hungary was not a member of the Warsaw Pact in 1970.", "member"),
        ("In 1980 Bulgaria was no longer part of the Warsaw Pact.", "part of the Warsaw Pact"),
    ],
    # the opposite of what a person did that month
    "the opposite step at the stated month": [
        (
            "Mikhail Gorbachev resigned as General Secretary of the Soviet party in March 1985.",
            "resigned",
        ),
        ("In April 1985 Ramiz Alia stepped down as First Secretary.", "stepped down"),
        ("In March 1985 Gorbachev left the post of General Secretary.", "left the post"),
    ],
    # a step said on the day or month the opposite step ended the period it is part of
    "the step that ended a period": [
        ("China, which sent economic aid to Albania on 7 July 1978, was a loyal ally.", "sent"),
        ("In July 1978 China gave aid to Albania.", "gave aid"),
        ("On 3 December 1961 Moscow restored its relations with Tirana.", "restored"),
    ],
    # a measured amount against the one shipment recorded at that time
    "a measured amount": [
        (
            "In December 1946 Yugoslavia supplied Albania with 50,000 tons of grain.",
            "supplied Albania",
        ),
        ("Yugoslavia shipped 30,000 tons of grain to Albania in December 1946.", "shipped"),
        ("In December 1946 Belgrade sent Tirana 5,000 tons of wheat.", "sent Tirana"),
    ],
    # a count in a claim that borrows its year from the sentence before
    "a count in a borrowed year": [
        (
            "The crisis at Vlorë came to a head in April 1961. Albanian forces kept eight "
            "submarines.",
            "kept eight submarines",
        ),
        (
            "The quarrel over the base peaked in 1961. The Albanians seized ten submarines.",
            "seized ten submarines",
        ),
        (
            "In spring 1961 the Soviet ships left Vlorë. The Albanians kept six of the Soviet "
            "submarines.",
            "kept six",
        ),
    ],
    # a relation that names neither side: the two the paragraph has told of most
    "the sides of a relation from the paragraph": [
        (
            "Albania and the Soviet Union drifted apart after 1956. Diplomatic relations "
            "were restored in 1991.",
            "were restored in 1991",
        ),
        (
            "Tirana's quarrel with Moscow grew bitter in 1960. Ties were cut in 1962.",
            "Ties were cut in 1962",
        ),
        (
            "Albania and the USSR had been close allies.\n\nAlbania and the USSR fell out. "
            "The break in diplomatic relations came in 1963.",
            "The break in diplomatic relations",
        ),
        # a new paragraph of an entry on two states: the two the text tells of
        (
            "Albania owed much to the Soviet Union. Soviet credits built Albanian factories, "
            "and Albania followed Moscow's line.\n\nRelations were broken off in 1960.",
            "were broken off in 1960",
        ),
    ],
    # an office one person holds at a time, held then by another on record
    "the holder of an office": [
        ("In 1985 the Albanian prime minister was Mehmet Shehu.", "prime minister"),
        ("In 1947 Koçi Xoxe was defence minister.", "defence minister"),
        ("In 1975 Beqir Balluku was Albania's minister of defence.", "minister of defence"),
        ("Enver Hoxha was still prime minister in 1960.", "prime minister"),
        # the title written before the name
        ("In 1962 Premier Beqir Balluku remained firmly in control.", "Premier Beqir Balluku"),
        (
            "In March 1991 Foreign Minister Reis Malile signed the memorandum in Washington.",
            "Foreign Minister Reis Malile",
        ),
        ("Defense Minister Mehmet Shehu inspected the base at Vlorë in 1960.", "Defense"),
    ],
    # the next holder of an office one holds at a time
    "the successor in an office": [
        ("Beqir Balluku succeeded Mehmet Shehu as prime minister.", "succeeded"),
        (
            "Mehmet Shehu died in December 1981. His successor as prime minister was Beqir "
            "Balluku.",
            "His successor",
        ),
        ("Hysni Kapo succeeded Enver Hoxha as First Secretary.", "succeeded"),
        ("Kadri Hazbiu replaced Enver Hoxha as prime minister.", "replaced"),
        # the one who followed, at another time
        ("In July 1956 Hoxha handed Mehmet Shehu the premiership.", "handed"),
        ("Ramiz Alia succeeded Enver Hoxha as First Secretary in 1983.", "succeeded"),
        ("Shehu rose fast. In 1952 Hoxha gave him the premiership.", "gave him"),
        # a ministry taken over, and a presidency (held against the predecessor's term)
        ("In 1974 Hysni Kapo took over the defence ministry from Balluku.", "took over"),
        ("Shehu took over the Ministry of Defence in 1980.", "took over"),
        ("Alia was succeeded as president by Fatos Nano in 1992.", "succeeded"),
        ("Shehu was succeeded as interior minister by Balluku.", "succeeded"),
        ("Kadri Hazbiu succeeded Shehu as interior minister in 1960.", "succeeded"),
        # only the next holder followed (Bufi after Nano; Ahmeti after Bufi)
        ("In June 1991 Vilson Ahmeti replaced Fatos Nano as prime minister.", "replaced"),
    ],
    # an invasion of a state at a time the one invasion on record was of another
    "the state invaded": [
        ("The invasion of Hungary in August 1968 shocked Tirana.", "The invasion of Hungary"),
        (
            "Albania formally withdrew in September 1968, after the invasion of Hungary.",
            "the invasion of Hungary",
        ),
        ("Tirana protested against the invasion of Hungary in 1968.", "invasion of Hungary"),
    ],
    # experts called home: the aid's end, dated against its record
    "experts called home": [
        ("China called its experts home from Albania in 1976.", "called its experts home"),
        ("In 1975 Beijing called back its technicians from Albania.", "called back"),
        ("China cut its aid and brought its engineers home in 1977.", "brought its engineers"),
    ],
    # one named among the doers whom the record lists as taking no part
    "one who took no part": [
        (
            "In August 1968 troops from the Soviet Union, Poland and Romania invaded "
            "Czechoslovakia.",
            "troops from",
        ),
        ("Romanian and Soviet troops marched into Czechoslovakia in August 1968.", "marched"),
        (
            "Bulgarian, Hungarian and Romanian units took part in the invasion of "
            "Czechoslovakia in August 1968, which crushed the Prague Spring.",
            "the invasion of Czechoslovakia",
        ),
    ],
    # the only one that stayed out, where the record names others who stayed out too
    "the only one to stay out": [
        (
            "In August 1968 the Pact's armies crushed the Prague Spring. Albania was the only "
            "member state that refused to take part.",
            "the only member state",
        ),
        (
            "In 1968 Romania was the only member of the Pact that did not send troops into "
            "Czechoslovakia.",
            "the only member of the Pact",
        ),
        ("Only Albania stayed out of the invasion of Czechoslovakia in August 1968.", "Only"),
        ("Albania alone declined to join the invasion of Czechoslovakia in 1968.", "alone"),
    ],
    # a visit the chronicle records, that month, as headed by another of the same side
    "the one who made a visit": [
        ("Brezhnev visited Albania in May 1959.", "Brezhnev visited Albania"),
        ("In May 1959 Leonid Brezhnev paid a visit to Albania.", "a visit to Albania"),
        ("Brezhnev's trip to Albania in May 1959 was a triumph.", "trip to Albania"),
        ("In January 1964 Mao Zedong came to Albania.", "came to Albania"),
    ],
    # who headed a side's delegation at the meeting the sentence names (`led_by`)
    "the head of a delegation": [
        (
            "In June 1960 Enver Hoxha headed the Albanian delegation to the Bucharest meeting.",
            "Enver Hoxha headed",
        ),
        (
            "Albania sent a delegation under Mehmet Shehu to the Bucharest conference of "
            "June 1960.",
            "under Mehmet Shehu",
        ),
        (
            "Albania was represented by Enver Hoxha at the Bucharest meeting in June 1960.",
            "represented by Enver Hoxha",
        ),
        (
            "The Albanians, whose delegation was led by Mehmet Shehu, stood by Beijing at "
            "Bucharest in June 1960.",
            "led by Mehmet Shehu",
        ),
        # one the chronicle does not know at all, heading a side's delegation
        (
            "The Soviet delegation at the Tirana talks of July 1990 was headed by Deputy "
            "Minister Anatoly Kovalyov.",
            "was headed by",
        ),
        (
            "Ivan Petrov, who led the Soviet delegation, arrived in Tirana for the talks on "
            "restoring relations in July 1990.",
            "who led the Soviet delegation",
        ),
        (
            "In October 1961 Chen Yi headed the Chinese delegation at the Twenty-Second "
            "Congress in Moscow.",
            "headed the Chinese delegation",
        ),
        # one the chronicle says stayed away
        (
            "Hoxha himself represented Albania at the Moscow session of the Political "
            "Consultative Committee in March 1961.",
            "represented Albania",
        ),
    ],
    # forces of these actors that the chronicle places all elsewhere, at a town it knows
    "the place of a base": [
        ("In 1958 the Soviet Union based submarines in Albania at Durrës.", "at Durrës"),
        ("From 1958 Moscow kept a submarine base in Albania, at Durrës.", "at Durrës"),
        ("In the summer of 1958 the Soviets stationed submarines in Albania at Durrës.", "Durrës"),
        ("In 1958 a Soviet submarine base in Albania was set up at Durrës.", "submarine base"),
        # no host named, at a town whose every record is the host's own
        ("The Soviet submarines were based at Durrës.", "based at Durrës"),
        ("In 1961 the Soviet submarines based at the port of Durrës were withdrawn.", "Durrës"),
    ],
    # relations set up, broken or restored in a month when the one such record of the
    # first state was with another
    "the partner in relations": [
        ("In May 1971 Albania restored diplomatic relations with Yugoslavia.", "restored"),
        ("On 6 May 1971 Albania re-established relations with Yugoslavia.", "re-established"),
        ("In December 1961 Albania broke off relations with China.", "broke off"),
        ("Tirana and Beijing severed diplomatic ties in December 1961.", "severed"),
    ],
    # a treaty signed at a stated month in another capital than the only record's,
    # the place hung on the object or the treaty signed by three
    "the place of a signing": [
        (
            "In July 1946 Albania signed a treaty of friendship with Yugoslavia in Belgrade.",
            "signed",
        ),
        (
            "Yugoslavia drew closer to Greece and Turkey. In February 1953 Yugoslavia signed a "
            "treaty of friendship with both countries in Athens.",
            "signed",
        ),
        ("In February 1953 Yugoslavia, Greece and Turkey signed a treaty in Belgrade.", "signed"),
    ],
    # talks at a stated month, in another capital than the only record's
    "the place of talks": [
        ("In June 1990 Soviet and Albanian diplomats held talks in Belgrade.", "held talks"),
        ("Albania and the Soviet Union negotiated in Bucharest in June 1990.", "negotiated"),
        ("In June 1990 Albanian and Soviet envoys conferred in Belgrade.", "conferred"),
    ],
    # a founding member the chronicle does not list among the founders
    "a founder not among the founders": [
        ("Albania was one of the founding members of Comecon.", "founding members"),
        ("Yugoslavia signed the Warsaw Treaty in 1955.", "Yugoslavia signed"),
        ("East Germany was a founding member of Comecon.", "founding member"),
    ],
    # a person named as acting after the chronicle's record of their death
    "a person acting after death": [
        ("In 1955 Stalin reconciled with Tito.", "Stalin reconciled with Tito"),
        ("Mao met Hoxha in 1978.", "Mao met Hoxha"),
        ("In 1987 Enver Hoxha visited Moscow.", "Enver Hoxha visited Moscow"),
    ],
    # a count stated by an adverb, of what happened once
    "a count by an adverb": [
        ("Khrushchev visited Albania twice.", "Khrushchev visited Albania twice"),
        ("Hoxha travelled to China three times.", "Hoxha travelled to China"),
        ("In the 1960s Enver Hoxha went to Beijing twice.", "went to Beijing twice"),
    ],
    # a treaty signed by no one named: the founding the treaty made
    "the date of a founding treaty": [
        ("The Warsaw Treaty was signed in May 1956.", "The Warsaw Treaty was signed"),
        ("In 1957 the Warsaw Pact was signed.", "the Warsaw Pact was signed"),
        ("The Warsaw Pact, signed in 1954, bound eight states.", "signed in 1954"),
    ],
    # a companion the record itself names is no stranger that would excuse a wrong date
    "a date beside a companion the record names": [
        (
            "In May 1957 Khrushchev came to Albania with his defence minister, Rodion Malinovsky.",
            "Khrushchev came to Albania",
        ),
        (
            "Accompanied by Marshal Malinovsky, Khrushchev visited Albania in 1956.",
            "Khrushchev visited Albania in 1956",
        ),
        (
            "Khrushchev and Malinovsky toured Albania in the spring of 1958.",
            "toured Albania",
        ),
    ],
}

TRUE = [
    ("Stalin passed away in March 1953.", "Stalin passed away"),
    ("Enver Hoxha's death in April 1985 ended four decades of rule.", "Enver Hoxha's death"),
    ("On 13 September 1968 Albania pulled out of the Warsaw Pact.", "pulled out of the Warsaw"),
    ("Albania left the Warsaw Pact in 1968.", "Albania left the Warsaw Pact in 1968"),
    ("In August 1968 Soviet troops invaded Czechoslovakia.", "invaded Czechoslovakia"),
    ("China halted its aid to Albania in July 1978.", "China halted its aid"),
    ("Albania joined Comecon in 1949.", "Albania joined Comecon in 1949"),
    ("Khrushchev visited Albania in May 1959.", "Khrushchev visited Albania"),
    ("From 1961 to 1978 China was Albania's ally.", "China was Albania's ally"),
    ("Ramiz Alia succeeded Enver Hoxha in 1985.", "Ramiz Alia succeeded Enver Hoxha"),
    ("Hoxha was succeeded by Ramiz Alia.", "succeeded by Ramiz Alia"),
    ("In 1985 Ramiz Alia took over from Hoxha as party leader.", "Ramiz Alia took over"),
    ("The Soviet Union broke off relations with Albania in December 1961.", "broke off relations"),
    ("Diplomatic relations with Moscow were restored in July 1990.", "were restored in July"),
    ("Albania was liberated in November 1944 without the Red Army.", "Albania was liberated"),
    ("By 1962 Albania no longer attended the meetings of the Warsaw Pact.", "no longer attended"),
    ("In 1948 Albania sided with Moscow against Belgrade.", "Albania sided with Moscow"),
    # no actor named: an event of the type at the month or day stated
    ("The treaty was signed in Warsaw on 14 May 1955.", "signed in Warsaw"),
    ("In July 1978 all aid was halted.", "all aid was halted"),
    ("Relations were broken off in December 1961.", "Relations were broken off"),
    # a declared withdrawal that did not take effect is still a withdrawal said
    ("In November 1956 Hungary withdrew from the Warsaw Pact.", "Hungary withdrew"),
    # founders, and appositions that describe a named actor
    ("Albania was one of the eight founding states of the Warsaw Pact.", "eight founding states"),
    ("Albania was a founding member of the Warsaw Pact.", "founding member"),
    ("Hungary, a founder of the Warsaw Pact, joined it in May 1955.", "a founder of the"),
    ("Enver Hoxha, the leader of Albania, died in April 1985.", "died in April 1985"),
    ("Nixon, the American president, went to Beijing in February 1972.", "went to Beijing"),
    ("From May 1955 until September 1968 Albania was a member of the Warsaw Pact.", "member"),
    ("Khrushchev came to Tirana for a visit in May 1959.", "came to Tirana for a visit"),
    # normalizing relations is reconciling; a restoration bears it out
    ("Albania and the Soviet Union normalized relations in July 1990.", "normalized relations"),
    ("In 1971 Albania and Yugoslavia normalised relations.", "normalised relations"),
    ("Albania took China's side at the Bucharest meeting in June 1960.", "China's side"),
    ("In 1961 the Soviet Union withdrew most of its submarines from Vlorë.", "withdrew most"),
    # more verbs of the same classes
    ("In November 1956 the Soviet Union intervened in Hungary.", "intervened in Hungary"),
    ("Koci Xoxe was put to death in June 1949.", "put to death"),
    ("In 1948 Albania stood by Stalin.", "stood by Stalin"),
    # who says so is no participant; "among the founders" reads its subject
    ("According to Tirana, the Soviet Union invaded Czechoslovakia in 1968.", "invaded"),
    ("Albania was among the founders of the Warsaw Pact.", "founders of the Warsaw Pact"),
    # combining forms name both sides; a date is no place argument
    ("The Sino-Albanian alliance lasted from 1961 to 1978.", "Sino-Albanian alliance"),
    ("In 1961 the Albanians kept four Soviet submarines.", "kept four Soviet submarines"),
    # asides and subjects that end
    ("Mehmet Shehu, prime minister since 1954, died in December 1981.", "died in December"),
    ("Chinese aid to Albania stopped in July 1978.", "stopped in July 1978"),
    ("Soviet aid dried up in 1961.", "Soviet aid dried up"),
    (
        "Albania had helped found the Warsaw Pact. Years passed. Moscow and Tirana fell out. "
        "Albania's withdrawal from the alliance followed in September 1968.",
        "withdrawal from the alliance",
    ),
    # offices
    ("Ramiz Alia became First Secretary in 1985.", "became First Secretary"),
    ("Mehmet Shehu became prime minister in 1954.", "became prime minister"),
    ("Alia was made head of state in 1982.", "made head of state"),
    # distances from dated events that come out right
    ("Two years after the death of Stalin, Albania joined the Warsaw Pact.", "joined the"),
    ("Albania left the Warsaw Pact fifteen years after Stalin's death.", "Albania left"),
    ("Eight years after Stalin died, Moscow broke off relations with Tirana.", "broke off"),
    # "not until" dates an event; "until" ends only what lasts
    ("It was not until 1990 that Albania and the Soviet Union restored relations.", "restored"),
    ("Not until July 1990 did Albania and the Soviet Union restore relations.", "restore"),
    ("Relations with Moscow were not restored until July 1990.", "restored"),
    # ends and anchors that agree with the chronicle
    ("China remained Albania's ally until 1978.", "China remained Albania's ally"),
    ("Enver Hoxha ruled Albania until 1985.", "ruled Albania until 1985"),
    ("Soviet aid kept coming until relations broke down in 1961.", "Soviet aid"),
    # relative times
    ("Stalin died in 1953. Two years later Albania joined the Warsaw Pact.", "Albania joined"),
    ("Hoxha died in April 1985. Later that month Alia succeeded him.", "Alia succeeded him"),
    ("Albania joined Comecon in 1949. The same year Hoxha met Stalin.", "Hoxha met Stalin"),
    # a since-clause looks back: "the same year" is the story's year, not that one
    (
        "Albania signed the Warsaw Pact in 1955; it had backed Moscow ever since it broke "
        "with Yugoslavia in 1948. In the same year it became a member of the United Nations.",
        "became a member of the United Nations",
    ),
    # "the two states" after a compound pair are that pair
    (
        "The Albanian-Chinese connection predated the quarrel with Moscow. The two states "
        "had established diplomatic relations in November 1949.",
        "established diplomatic relations",
    ),
    (
        "Sino-Albanian friendship outlasted the break with Moscow. The two countries "
        "established relations in 1949.",
        "established relations",
    ),
    # a passive's agent; "the Pact" is the pact named, not NATO
    ("Relations with Tirana were broken off by Moscow in December 1961.", "broken off"),
    ("Aid to Albania was cut off by China in July 1978.", "cut off by China"),
    (
        "Albania signed the Warsaw Pact in 1955, Moscow's answer to NATO. It left the Pact "
        "in 1968.",
        "It left the Pact",
    ),
    (
        "The Warsaw Pact answered NATO's growth. NATO admitted West Germany, but Albania "
        "left the Pact in 1968.",
        "left the Pact",
    ),
    # the right place, said as the city or as a meeting there
    ("At the Bucharest meeting in June 1960 Albania refused to condemn China.", "refused"),
    ("Albanian forces kept four submarines in 1961.", "kept four submarines"),
    # a date beside an event noun is its date; a verb's own time is the verb's
    ("Hoxha's death (11 April 1985) ended an era.", "Hoxha's death"),
    ("Alia became First Secretary upon the death of Hoxha in April 1985.", "death of Hoxha"),
    ("Alia became First Secretary upon the death of Hoxha in April 1985.", "became First"),
    ("Khrushchev went on a visit to Albania in 1959.", "a visit to Albania"),
    ("Five years after the death of Tito, Enver Hoxha died.", "Enver Hoxha died"),
    # a statement no frame reads, borne out by an event of its day or month that
    # involves its actors and shares a word of its title
    ("Albania's partisans took Tirana on 17 November 1944.", "took Tirana"),
    ("On 20 February 1991 crowds in Tirana toppled the statue of Enver Hoxha.", "toppled"),
    ("Yugoslavia recognised the Albanian government on 28 April 1945.", "recognised"),
    # a place said by another of its names is the same place ("Beijing", "Peking")
    ("In December 1961 an Albanian delegation arrived in Beijing.", "arrived in Beijing"),
    ("In 1991 the Warsaw Pact was dissolved in Prague.", "dissolved in Prague"),
    # an ally may be criticized while the alliance lasts: siding is not denied so
    ("In July 1977 Albania sided with China.", "sided with China"),
    # membership said with other verbs
    ("In 1989 Albania was part of the United Nations.", "part of the United Nations"),
    ("In 1966 Albania still belonged to the Warsaw Pact.", "belonged to the Warsaw Pact"),
    ("In 1964 Albania had no diplomatic relations with the Soviet Union.", "no diplomatic"),
    # the complement of a copula names who the office noun is
    ("Albania's prime minister in 1960 was Mehmet Shehu.", "prime minister"),
    ("The first secretary of the party in 1950 was Enver Hoxha.", "first secretary"),
    ("In 1960 the Soviet leader was Nikita Khrushchev.", "Soviet leader"),
    # offices said of a person: apposition, relative clause, predicate
    ("Mehmet Shehu, who had been prime minister since 1954, died in 1981.", "prime minister"),
    ("Ramiz Alia, head of state since 1982, became First Secretary in 1985.", "head of state"),
    ("Shehu was Albania's prime minister from 1954.", "prime minister from 1954"),
    # a state's body sitting in its capital acts for it
    ("In 1968 the People's Assembly in Tirana voted to leave the Warsaw Pact.", "voted"),
    ("In September 1968 the parliament in Tirana renounced the Warsaw Treaty.", "renounced"),
    ("The government in Tirana left the Warsaw Pact in 1968.", "left the Warsaw Pact"),
    # a particle's phrase is the verb's; a passive reception is a meeting
    ("In December 1946 Yugoslavia supplied Albania with 20,000 tons of grain.", "supplied"),
    ("Zhou Enlai came back to Tirana in March 1965.", "came back to Tirana"),
    ("Khrushchev flew over to Tirana in May 1959.", "flew over to Tirana"),
    ("In October 1971 Albania sponsored the resolution that seated Beijing.", "sponsored"),
    (
        "At the Bucharest meeting of June 1960 the Albanian delegation was headed by Hysni Kapo.",
        "headed by Hysni Kapo",
    ),
    ("In June 1960 Hysni Kapo led Albania's delegation in Bucharest.", "Hysni Kapo led"),
    ("Khrushchev paid a visit to Albania in May 1959.", "a visit to Albania"),
    ("In July 1978 China called its experts home from Albania.", "called its experts home"),
    ("In 1985 the Albanian prime minister was Adil Çarçani.", "prime minister"),
    ("In 1950 Mehmet Shehu was interior minister.", "interior minister"),
    ("In 1970 Premier Mehmet Shehu received a Chinese delegation.", "Premier Mehmet Shehu"),
    ("In February 1949 Tirana gained membership in Comecon.", "gained membership"),
    ("In May 1971 Albania restored diplomatic relations with Greece.", "restored"),
    ("In February 1953 Yugoslavia, Greece and Turkey signed a treaty in Ankara.", "signed"),
    ("In July 1946 Albania signed a treaty of friendship with Yugoslavia in Tirana.", "signed"),
    # protests: borne out by a record of that month, never denied
    ("The Kosovo demonstrations of March and April 1981 strained relations.", "demonstrations"),
    ("In December 1990 students in Tirana marched for pluralism.", "marched"),
    ("Protests broke out in Pristina in March 1981.", "Protests"),
    ("Albania obtained a seat in the United Nations in December 1955.", "obtained a seat"),
    ("The Communist Party of Albania was organised in Tirana in November 1941.", "organised"),
    ("Adil Çarçani succeeded Mehmet Shehu as prime minister.", "succeeded"),
    ("Albania left the Warsaw Pact in 1968 after the invasion of Czechoslovakia.", "invasion"),
    ("Albania condemned Moscow in 1957 after the invasion of Hungary.", "invasion"),
    ("Ramiz Alia succeeded Enver Hoxha as First Secretary.", "succeeded"),
    (
        "In August 1968 the Soviet Union, together with Poland and Hungary, invaded "
        "Czechoslovakia.",
        "invaded",
    ),
    ("Albania left the Warsaw Pact (13 September 1968) after the invasion.", "left"),
    ("The Warsaw Pact was dissolved in Prague (1 July 1991), the USSR in Dec. 1991.", "Prague"),
    ("Stalin died in Moscow (5 March 1953), and Khrushchev rose.", "died"),
    ("In May 1955 eight states founded the Warsaw Pact.", "founded"),
    ("In January 1949 six countries set up Comecon.", "set up"),
    ("Albania was one of the eight founding members of the Warsaw Pact.", "founding"),
    ("Alia was born on 18 October 1925 in Shkodër.", "born"),
    ("The Warsaw Pact was dissolved on 1 July 1991 in Prague.", "dissolved"),
    ("Albania left the Warsaw Pact on 13 September 1968 in Tirana.", "left"),
    ("Zhou Enlai's first visit to Albania came at the end of 1963.", "first visit"),
    ("Khrushchev's first visit to Albania came in May 1959.", "first visit"),
    ("In June 1966 Zhou Enlai made his first visit to Albania since 1965.", "first visit"),
    ("The Warsaw Pact ended in 1991.", "ended"),
    ("In 1956 the Cominform ended.", "ended"),
    ("Comecon ended in 1991, soon after the Pact.", "ended"),
    ("Ylli Bufi replaced Fatos Nano as prime minister in June 1991.", "replaced"),
    ("In September 1968 Albania formally denounced the Warsaw Treaty.", "denounced"),
    ("The People's Assembly renounced the Warsaw Treaty on 13 September 1968.", "renounced"),
    ("In 1968 Tirana abrogated the Warsaw Treaty.", "abrogated"),
    # the next holder on record, whose term began as the other's ended
    ("Kadri Hazbiu succeeded Shehu as interior minister in 1954.", "succeeded"),
    ("Shehu was succeeded as interior minister by Hazbiu.", "succeeded"),
    ("In April 1992 Alia was replaced as president by Sali Berisha.", "replaced"),
    ("In October 1974 Shehu took over the Ministry of Defence.", "took over"),
    # experts leaving are the end of the aid that sent them
    ("Soviet technicians walked off the job in 1961.", "walked off"),
    ("In 1961 the Soviet specialists left Albania.", "left Albania"),
    ("Chinese experts departed from Albania in 1978.", "departed"),
    (
        "In August 1968 the Pact invaded Czechoslovakia. Albania and Romania were the only "
        "members that did not take part.",
        "the only members",
    ),
    # a statement dated to the year, that shares two words with that year's event
    ("The 1976 constitution banned foreign loans.", "constitution banned"),
    # (the ban a reform of its own, which bears it out)
    ("In 1976 Albania wrote a ban on foreign credits into its constitution.", "a ban on foreign"),
    ("Foreign credits were forbidden by the constitution of 1976.", "were forbidden"),
    (
        "Albania and the Soviet Union quarrelled after 1956. Relations were broken off in "
        "December 1961.",
        "broken off",
    ),
    ("Moscow and Tirana fell out in 1960. Ties were restored in July 1990.", "restored"),
    (
        "Zhou Enlai led the Chinese delegation to the Twenty-Second Congress in October 1961.",
        "led the Chinese delegation",
    ),
    ("Khrushchev visited Albania in May 1959 with Marshal Malinovsky.", "visited Albania"),
    ("Zhou Enlai came to Albania three times.", "came to Albania"),
    ("The Warsaw Treaty was signed in May 1955.", "was signed"),
    ("In July 1954 Hoxha handed Mehmet Shehu the premiership.", "handed"),
    ("In 1954 Hoxha gave the premiership to Shehu.", "gave the premiership"),
    # an event dated by a span it ends ("until 1954, when"): not judged as lasting through it
    (
        "Hoxha was prime minister from 1944 until 1954, when he handed the post to Mehmet Shehu.",
        "handed the post",
    ),
    ("Hoxha was premier between 1944 and 1954, when Shehu took over the post.", "took over"),
    # relations of "the two countries" the sentence names beside them
    (
        "Tirana and Moscow had quarrelled since 1961. In July 1990 the two countries announced "
        "that relations were restored.",
        "relations were restored",
    ),
    (
        "Albania and the Soviet Union broke in 1961. In 1990 both governments said relations "
        "had been restored.",
        "restored",
    ),
    ("In June 1990 Albania and the Soviet Union negotiated in Sofia.", "negotiated in Sofia"),
    ("Soviet and Albanian diplomats held talks in Sofia in June 1990.", "held talks"),
    # a dated statement no frame reads, borne out by two words of a dated event's summary
    ("In December 1990 the Party of Labour let opposition parties register.", "opposition"),
    (
        "In December 1990 the Party of Labour gave up its monopoly and tolerated opposition "
        "parties.",
        "tolerated",
    ),
    # a relation of three states, borne out pair by pair
    ("Albania normalized its relations with Greece and Yugoslavia in 1971.", "normalized"),
    # founders on record
    ("Romania was one of the founding members of Comecon.", "founding members of Comecon"),
    ("Albania was a founding member of the Warsaw Pact.", "founding member"),
    ("Comecon was founded in Moscow in January 1949.", "founded"),
    # forces leaving: the force is the subject, the place its object
    ("In the spring of 1961 the Soviet navy pulled out of the base at Vlorë.", "pulled out"),
    ("Soviet warships left Vlorë in the spring of 1961.", "left Vlorë"),
    ("The Soviet fleet sailed from Vlorë in June 1961.", "sailed"),
]


#: The later event misstated too (expelled for withdrew): the chronicle's event still
#: dates it, and the wrong antecedent is flagged in its own words, not only the clause.
@pytest.mark.parametrize(
    "text",
    [
        "Albania was expelled from the Warsaw Pact in 1968, after the invasion of Hungary.",
        "In September 1968 the Warsaw Pact expelled Albania after the invasion of Hungary.",
        "Albania was thrown out of the Warsaw Pact in 1968 following the invasion of Hungary.",
    ],
)
def test_a_wrong_antecedent_is_flagged_where_it_is_named(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    named = [c for c in claims if c["text"] == "the invasion of Hungary"]
    assert [(c["verdict"], c["rule"]) for c in named] == [("contradicted", "sequence")]


#: A statement no frame reads is supported by a dated event's words only when nothing
#: in it could be wrong about who: every actor is the event's, no unknown name, no denial.
@pytest.mark.parametrize(
    "text",
    [
        "On 17 November 1944 the Red Army took Tirana.",
        "On 20 February 1991 Kosygin toppled the statue of Hoxha.",
        "Hoxha never toppled the statue on 20 February 1991.",
        "In November 1944 Yugoslavia took Tirana.",
        # a person of the same state where the record names another
        "Zhou Enlai presented the theory to a special session of the UN General Assembly in "
        "April 1974.",
        "In April 1974 Mao set out the three worlds theory at the United Nations.",
        "On 10 April 1974 Zhou Enlai addressed the special session of the UN General Assembly.",
        # a person's own deed on record, told of no one named
        "In 1971 she became a full member of the Politburo.",
        "In 1971 came a seat as a full member of the Politburo.",
        "The year 1971 brought election as a full member of the Politburo.",
        # one word of a summary is not enough
        "In December 1990 the Party of Labour banned opposition newspapers.",
        # to the year, one word of the title is not enough, nor two of another year's
        "In 1976 the new constitution renamed the state.",
        "The 1975 constitution banned foreign credits.",
    ],
)
def test_a_dated_statement_is_not_supported_by_words_alone(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert "supported" not in {c["verdict"] for c in json.loads(result.stdout)["claims"]}


#: An office word in a phrase under a verb is no appointment by that verb.
@pytest.mark.parametrize(
    "text",
    [
        "In May 1959 Khrushchev made his visit to Albania with his defence minister.",
        "Hoxha became angry with the Soviet leader in 1960.",
        "In 1956 Hoxha made a speech about the first secretary of the Soviet party.",
    ],
)
def test_an_office_word_under_a_verb_is_not_an_appointment(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not any("take_office" in c["claim"] for c in json.loads(result.stdout)["claims"])


#: Reflexives are the clause's own subject, never a person named before.
REFLEXIVES = [
    ("Stalin received Hoxha in 1947. Mehmet Shehu shot himself in December 1981.", "shot himself"),
    ("Hoxha met Tito in 1946. Koci Xoxe defended himself at his trial.", "defended himself"),
    ("Mao received Shehu in 1966. Khrushchev saw himself as Stalin's heir.", "saw himself"),
]


@pytest.mark.parametrize(("text", "quote"), REFLEXIVES)
def test_a_reflexive_is_the_subject_itself(text: str, quote: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    at = text.index(quote)
    for claim in claims:
        if claim["start"] <= at < claim["end"]:
            named_first = text.split(".")[0]
            assert not any(
                name in claim["claim"]
                for name in ("Hoxha", "Tito", "Shehu", "Stalin", "Mao")
                if name in named_first and name not in text[claim["start"] : claim["end"]]
            ), claim["claim"]


#: An apposition to a subject is its own claim: the clause's verdict leaves it out.
APPOSITIONS = [
    (
        "Albania, a founding member of the Warsaw Pact, was expelled from the Pact in 1968.",
        "a founding member of the Warsaw Pact",
        "was expelled",
    ),
    (
        "Enver Hoxha, the leader of Albania, died in 1983.",
        "the leader of Albania",
        "died in 1983",
    ),
    (
        "Mehmet Shehu, Albania's prime minister, died in 1979.",
        "Albania's prime minister",
        "died in 1979",
    ),
    (
        "Khrushchev, the Soviet leader, visited Albania in May 1957.",
        "the Soviet leader",
        "visited Albania in May 1957",
    ),
]


@pytest.mark.parametrize(("text", "aside", "error"), APPOSITIONS)
def test_a_wrong_clause_does_not_flag_its_subjects_apposition(
    text: str, aside: str, error: str
) -> None:
    assert verdicts(text, error) & ERRORS
    assert not verdicts(text, aside) & ERRORS


#: One of a state's people, named by the record, is not another of them.
SOMEONE_ELSE = [
    ("In 1956 Brezhnev criticised Stalin in a secret speech.", "criticised Stalin"),
    ("In February 1956 Leonid Brezhnev denounced Stalin.", "denounced Stalin"),
    ("Kosygin condemned Stalin in his secret speech of 1956.", "condemned Stalin"),
]


@pytest.mark.parametrize(("text", "quote"), SOMEONE_ELSE)
def test_a_person_does_not_stand_for_another_of_the_same_state(text: str, quote: str) -> None:
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "The Warsaw Pact expelled no one.",
        "Nobody expelled Albania from the Warsaw Pact.",
        "In 1961 Moscow established relations.",
    ],
)
def test_claims_that_name_no_one_in_the_disputed_role_are_not_flagged(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # another form of the same name, a district of the town, a town of no record
        "In 1958 the Soviet Union based submarines in Albania at Vlora.",
        "From 1958 Soviet submarines were based in Albania at Pasha Liman.",
        "In 1958 the Soviet Union stationed submarines in Albania at Sazan.",
        # no host named, at a town of another state
        "Soviet troops were based in Prague in 1969.",
        "In 1961 the Soviet submarines were based at Sevastopol.",
        # no place at all: "the New Year", "the People's Republic"
        "Zhou Enlai came to Albania at the New Year of 1963-64.",
        "In July 1947 Hoxha visited Moscow at the head of a delegation of the People's Republic.",
    ],
)
def test_a_place_is_flagged_only_where_the_chronicle_knows_it_otherwise(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("December 1961 — Tirana loses its embassy. Yugoslavia becomes Albania's ally.", "ally"),
        ("1961 – Relations end. In Belgrade, Yugoslavia becomes Albania's main ally.", "ally"),
        ("December 1961: Moscow recalls its envoy. Yugoslavia is now Albania's ally.", "ally"),
    ],
)
def test_a_chronology_line_dates_every_sentence_on_it(text: str, quote: str) -> None:
    """Not borrowed for support: Yugoslavia was Albania's ally in 1946-48, not in 1961."""
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        # the two the paragraph names have no such record: nothing to deny
        "Albania and China were close allies in the 1960s. Relations were broken off in 1961.",
        "Albania and China grew close in 1961. Relations were restored in 1962.",
        # a pair whose relations the chronicle does not follow: another pair's record of
        # that month says nothing of theirs
        "Hungary re-established diplomatic relations with Greece in May 1971.",
        "Taiwan and Albania broke off diplomatic relations in December 1961.",
        # one side named, the other guessed from the text: a guess denies nothing
        "Albania praised China. China sent aid to Albania, and China built factories there. "
        "In July 1990 Albania restored diplomatic relations.",
        # the paragraph names no pair that stands out, or none at all
        "Relations were broken off in 1964.",
        "Albania, Yugoslavia and Greece met in 1988. Relations were broken off in 1990.",
        # the text's pair does not stand out, or the paragraph names a third state
        "Albania and the Soviet Union fell out, and China stepped in.\n\nRelations were "
        "broken off in 1964.",
        "Albania and the Soviet Union fell out. Albania and the Soviet Union quarrelled.\n\n"
        "After a visit from China, relations were broken off in 1964.",
    ],
)
def test_a_relation_naming_no_side_is_denied_only_by_its_own_record(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        "The Cominform was set up in 1947. The Cominform expelled Yugoslavia in 1948. In 1955 "
        "eight states signed the Warsaw Pact. Yugoslavia never joined.",
        "Yugoslavia helped found the Cominform, and the Cominform met in Belgrade. The Warsaw "
        "Pact followed in 1955; Tito never joined it.",
        "The Cominform expelled the Yugoslavs in 1948, and the Cominform moved to Bucharest. "
        "Eight states founded the Warsaw Pact in 1955. Belgrade never became a member.",
    ],
)
def test_the_organization_in_play_is_the_one_the_sentence_before_names(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        "Albania joined the Warsaw Pact in 1955. When the Soviet flotilla left in May 1961, "
        "the Albanians kept four submarines.",
        "The Warsaw Pact met in Moscow in March 1961. The Soviet crews quit in April 1961.",
        "Albania stayed in the Warsaw Pact until 1968. Its delegates walked out in 1961.",
    ],
)
def test_a_body_of_a_states_people_leaving_is_not_the_state_leaving_the_organization(
    text: str,
) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an alliance acting is its members acting, not those the record says stayed out
        ("In August 1968 Warsaw Pact troops invaded Czechoslovakia.", "invaded"),
        ("The Warsaw Pact marched into Czechoslovakia in August 1968.", "marched"),
        # refusing to take part is no part taken
        ("Albania refused to take part in the invasion of Czechoslovakia in 1968.", "invasion"),
        ("Romania did not take part in the invasion of Czechoslovakia in 1968.", "invasion"),
    ],
)
def test_those_who_stayed_out_are_not_taken_for_doers(text: str, quote: str) -> None:
    said = verdicts(text, quote)
    assert "supported" in said
    assert not said & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # a deputy, a former or a future holder is not the holder
        "In 1944 the future Premier Mehmet Shehu led the First Brigade.",
        "In 1978 Deputy Prime Minister Adil Çarçani went to Beijing.",
        "In 1950 Mehmet Shehu was deputy prime minister.",
        "In 1960 Enver Hoxha, the former prime minister, went to Moscow.",
        # a successor named at another office's time
        "Hoxha died in April 1985. His successor as first secretary, Ramiz Alia, who had "
        "been chairman of the Presidium since 1982, was cautious.",
        # a successor with no office named, or in an office of several holders
        "Mehmet Shehu succeeded Enver Hoxha.",
        "Hysni Kapo succeeded Enver Hoxha as party secretary.",
        # offices several hold at once, or none held over the whole time told
        "In 1946 Koçi Xoxe was a party secretary.",
        "In 1954 Mehmet Shehu was prime minister.",
        "In 1978 Hua Guofeng was chairman.",
    ],
)
def test_an_office_is_held_against_another_only_when_one_holds_it_throughout(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # "only" of something else, or hedged; no record of who stayed out of it
        "Albania was the only communist state in Europe that sided with China in 1962.",
        "Albania was perhaps the only member that refused to take part in the invasion of "
        "Czechoslovakia in 1968.",
        "In 1956 Albania was the only member of the Pact that did not criticize the "
        "invasion of Hungary.",
    ],
)
def test_only_one_is_judged_only_against_a_record_of_who_stayed_out(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # a year leaves room for a visit of one's own; a member of the party made it too
        "In 1959 Brezhnev visited Albania.",
        "Hysni Kapo visited China in May 1966.",
        "Mehmet Shehu went to China in May 1966 with Hysni Kapo.",
        # one the chronicle does not know is not said to be no visitor, nor one of no
        # office on record, who may have come along unrecorded
        "In May 1959 Marshal Malinovsky visited Albania.",
        "Nexhmije Hoxha visited the Soviet Union in February 1956.",
    ],
)
def test_a_visitor_is_flagged_only_against_a_visit_that_month_headed_by_another(
    text: str,
) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # no meeting the chronicle knows is named: who led it is not held against Bucharest
        "In June 1960 an Albanian delegation led by Mehmet Shehu toured Czechoslovakia.",
        "A delegation headed by Mehmet Shehu went to Prague in June 1960.",
        # the sentence names no time
        "At Bucharest the Albanian delegation was led by Enver Hoxha.",
        # a stranger heading a delegation of no side, or of a side with no head on record
        "In July 1990 a delegation headed by Anatoly Kovalyov arrived in Tirana.",
        "In October 1961 the Albanian delegation at the Twenty-Second Congress was led by "
        "Petro Dode.",
        # said in the negative: nothing to hold against the record's head
        "In June 1960 the Albanian delegation in Bucharest was not led by Hoxha.",
    ],
)
def test_a_delegation_is_judged_only_at_a_named_meeting_and_time(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "quote", "wrong"),
    [
        # where one stood is not whom one backed
        ("In 1959 Khrushchev toured Albania with Malinovsky at his side.", "his side", "side_with"),
        ("In November 1960 Hysni Kapo sat at Hoxha's side in Moscow.", "side", "side_with"),
        # a person's minister is no office of that person's
        ("In 1959 Khrushchev came with his defence minister.", "his defence minister", "Nikita"),
        ("Hoxha's prime minister, Mehmet Shehu, died in 1981.", "died in 1981", "Enver"),
        ("The First Secretary of the Party of Labour, Enver Hoxha, died in 1985.", "died", "Party"),
    ],
)
def test_a_possessor_or_a_place_beside_a_person_is_not_read_as_a_role(
    text: str, quote: str, wrong: str
) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    report = json.loads(result.stdout)
    at = [c for c in report["claims"] if quote in c["text"]]
    assert at, report["claims"]
    assert all(wrong not in c["claim"] for c in at)
    assert not {c["verdict"] for c in report["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "In August 1968 the Pact invaded Czechoslovakia. Romania's leader, Gheorghiu-Dej, "
            "stayed out.",
            "Romania's leader",
        ),
        ("In 1978 China cut its aid. Its leader, Mao Zedong, was old.", "Its leader"),
        (
            "In 1990 Albania restored relations with Moscow. Its leader, Enver Hoxha, agreed.",
            "Its leader",
        ),
    ],
)
def test_a_leader_told_of_a_time_is_not_supported_by_another_time(text: str, quote: str) -> None:
    """A time borrowed from the sentence before may support a claim, but not an office
    held years away from it."""
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "In 1971 Albania restored relations with Greece and China.",
        "Albania, Greece and Yugoslavia broke off relations in 1971.",
    ],
)
def test_a_relation_of_three_states_is_never_flagged_as_a_whole(text: str) -> None:
    """Who paired with whom is not said: a pair the chronicle lacks makes it unverifiable."""
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "then"),
    [
        ("In August 1968 Gheorghe Gheorghiu-Dej condemned the invasion.", "Ceaușescu"),
        ("In 1987 Enver Hoxha visited Moscow.", "Ramiz Alia"),
        ("Gheorghiu-Dej visited Beijing in 1971.", "Ceaușescu"),
    ],
)
def test_a_dead_doer_is_corrected_with_who_held_the_office_then(text: str, then: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    flagged = [c for c in json.loads(result.stdout)["claims"] if c["rule"] == "dead"]
    assert flagged and then in flagged[0]["correction"]


@pytest.mark.parametrize(
    "text",
    [
        "In 1986 Hoxha's widow visited Moscow.",
        "Hoxha died in 1985. In 1990 his successor restored relations with Moscow.",
        "In 1956 Khrushchev denounced Stalin before the Twentieth Congress.",
        "Stalin's portraits still hung in Tirana in 1970.",
        "Khrushchev's reconciliation with Tito and his attack on Stalin in 1956 alarmed Hoxha.",
    ],
)
def test_the_dead_are_not_taken_for_doers(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert "dead" not in {c["rule"] for c in json.loads(result.stdout)["claims"]}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a treaty is not the cultural agreement of the same month
        ("In May 1956 Albania and the Soviet Union signed a treaty.", "signed a treaty"),
        ("Albania signed a pact with the Soviet Union in May 1956.", "signed a pact"),
        ("A treaty was signed by Albania in Warsaw in May 1956.", "A treaty was signed"),
    ],
)
def test_a_treaty_is_not_supported_by_an_agreement(text: str, quote: str) -> None:
    assert "supported" not in verdicts(text, quote)


ABSURD = [
    # relying on oneself is no aid from anyone
    ("In 1978 Albania turned to self-reliance.", "self-reliance"),
    ("Stalin visited Tirana in 1958.", "Stalin visited Tirana in 1958"),
    ("The Soviet Union invaded Albania.", "The Soviet Union invaded Albania"),
    ("Albania invaded the Soviet Union in 1965.", "Albania invaded the Soviet Union"),
    ("Mao Zedong died in Tirana in 1960, reportedly.", "Mao Zedong died"),
    ("A treaty was signed in Warsaw in March 1957.", "A treaty was signed"),
    ("Relations were restored in May 1952.", "Relations were restored"),
    ("Mehmet Shehu became First Secretary in 1954.", "became First Secretary"),
    # the office names whose it is: not Gorbachev's own party's
    ("In 1985 Gorbachev took office as First Secretary of the Party of Labour.", "took office"),
]


@pytest.mark.parametrize(
    ("rule", "text", "quote"),
    [
        pytest.param(rule, t, q, marks=MISS) if t in KNOWN_MISSES else (rule, t, q)
        for rule, rows in RULES.items()
        for t, q in rows
    ],
)
def test_each_rule_flags_an_error_in_several_phrasings(rule: str, text: str, quote: str) -> None:
    assert verdicts(text, quote) & ERRORS, rule


@pytest.mark.parametrize(("text", "quote"), cases(TRUE))
def test_true_statements_in_the_same_forms_are_supported(text: str, quote: str) -> None:
    found = verdicts(text, quote)
    assert "supported" in found and not found & ERRORS


@pytest.mark.parametrize(("text", "quote"), ABSURD)
def test_absurd_claims_are_never_supported(text: str, quote: str) -> None:
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    ("text", "main", "anchor"),
    [
        ("China was Albania's ally until Beijing cut off its aid in 1975.", "ally", "cut off"),
        ("Soviet aid flowed until Moscow broke with Tirana in 1959.", "Soviet aid", "broke with"),
        ("Albania stayed in Comecon until Stalin died in 1951.", "Stalin died", "Stalin died"),
    ],
)
def test_an_error_in_an_anchoring_clause_is_flagged_once_there(
    text: str, main: str, anchor: str
) -> None:
    assert verdicts(text, anchor) & ERRORS
    if main != anchor:
        assert not verdicts(text, main) & ERRORS


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "After the invasion of Czechoslovakia in August 1968, Albania left the Warsaw Pact.",
            "the invasion of Czechoslovakia",
        ),
        ("Albania condemned the invasion of Czechoslovakia in August 1968.", "condemned"),
        ("Tirana protested against the invasion of Czechoslovakia in 1968.", "invasion"),
        ("Following the invasion of Hungary in 1956, Hoxha purged his critics.", "invasion"),
    ],
)
def test_an_event_others_did_is_not_the_subjects_deed(text: str, quote: str) -> None:
    # the invasion named beside a clause is not done by the clause's subject
    assert not verdicts(text, quote) & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        "Albania may have left the Warsaw Pact in 1972.",
        "Albania perhaps left the Warsaw Pact in 1972.",
        "It seems that Albania left the Warsaw Pact in 1972, possibly.",
    ],
)
def test_hedged_claims_are_not_flagged(text: str) -> None:
    assert not verdicts(text, "left the Warsaw Pact") & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        "In 1972 Albania threatened to leave the Warsaw Pact.",
        "Romania sought to leave the Warsaw Pact in 1980.",
        "In 1990 Poland pressed to leave the Warsaw Pact.",
    ],
)
def test_what_was_only_wished_tried_or_threatened_is_not_flagged(text: str) -> None:
    assert not verdicts(text, "leave the Warsaw Pact") & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        "If Albania had left the Warsaw Pact in 1961, Moscow would have reacted.",
        "Moscow claimed that Albania had left the Warsaw Pact in 1962.",
        "Tirana denied that it had left the Warsaw Pact in 1962.",
    ],
)
def test_what_is_supposed_claimed_or_denied_is_not_the_texts_word(text: str) -> None:
    assert not verdicts(text, "left the Warsaw Pact") & ERRORS


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        (
            "Hoxha, who had headed the government since 1944, handed the premiership to "
            "Hysni Kapo in 1954.",
            "who had headed the government",
        ),
        (
            "Enver Hoxha, who had led the party for decades, died in 1984.",
            "who had led the party",
        ),
        (
            "The Soviet Union, which had armed Albania for years, broke off relations in 1964.",
            "which had armed Albania",
        ),
    ],
)
def test_an_error_flag_leaves_out_a_relative_clause_judged_apart(text: str, aside: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    flags = [c for c in json.loads(result.stdout)["claims"] if c["verdict"] in ERRORS]
    assert flags
    assert all(aside not in c["text"] for c in flags)


@pytest.mark.parametrize(
    "text",
    [
        # a time the sentence fronts is not that of the event another is timed by
        "In July 1956 Shehu took over the government, a post he held until his death.",
        "In 1955 Hoxha led the party, as he would until his death.",
        "In 1970 Shehu kept the premiership, which he held until his death.",
        # a date in brackets beside another event, or past a conjunction, is not the deed's
        "Ramiz Alia succeeded Hoxha as first secretary on his death (11 Apr. 1985).",
        "At Bucharest (June 1960) Kapo refused to condemn China, and at the Moscow meeting of "
        "81 parties (Nov. 1960) Hoxha denounced Khrushchev.",
        "Albania left the Warsaw Pact after the invasion (20 August 1968).",
    ],
)
def test_an_event_that_times_another_does_not_take_the_sentence_time(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        "The crisis came in 1968. When Bulgarian, Hungarian and Soviet soldiers crossed into "
        "Czechoslovakia in August, Albania, together with Romania, left the Warsaw Pact.",
        "The crisis came in 1968. When Polish and Soviet armies occupied Czechoslovakia in "
        "August, Albania, along with Romania, quit the Warsaw Pact.",
        "The crisis came in 1968. When East German and Soviet units entered Prague in August, "
        "Albania, together with Romania, walked out of the Warsaw Pact.",
    ],
)
def test_a_subject_the_parser_hung_on_a_fronted_date_is_still_the_doer(text: str) -> None:
    # the parser reads "Albania" as an apposition of "August"; Romania never left
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    flags = [c for c in json.loads(result.stdout)["claims"] if c["verdict"] in ERRORS]
    assert any("Romania" in c["claim"] for c in flags)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The Soviet Union and Bulgaria invaded Hungary.", "invaded Hungary"),
        ("Yugoslavia and Albania joined the Warsaw Pact.", "joined the Warsaw Pact"),
        ("Poland and East Germany sent troops into Czechoslovakia.", "sent troops"),
    ],
)
def test_an_act_is_not_supported_for_doers_the_chronicle_does_not_name(
    text: str, quote: str
) -> None:
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "When Soviet troops invaded Czechoslovakia in August 1968, Albania withdrew from "
            "the Warsaw Pact in protest.",
            "Albania withdrew",
        ),
        (
            "When Warsaw Pact forces crushed the Prague Spring in August 1968, Albania quit "
            "the alliance.",
            "Albania quit",
        ),
        (
            "When the armies of the Pact marched into Czechoslovakia in August 1968, Tirana "
            "pulled out of the Warsaw Pact.",
            "pulled out",
        ),
    ],
)
def test_a_deed_done_when_another_happened_may_follow_it_by_weeks(text: str, quote: str) -> None:
    # the withdrawal became formal on 13 September, weeks after the invasion
    found = verdicts(text, quote)
    assert not found & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        "When Stalin died in March 1953, Albania joined Comecon.",
        "When Khrushchev visited Tirana in May 1959, Albania joined the Warsaw Pact.",
        "When the Soviet Union broke off relations in December 1961, Albania left Comecon.",
    ],
)
def test_a_deed_done_when_another_happened_is_still_dated_by_it(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert any(c["verdict"] in ERRORS for c in json.loads(result.stdout)["claims"])


def flags_of(text: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert result.exit_code == 0, result.output
    return [c for c in json.loads(result.stdout)["claims"] if c["verdict"] in ERRORS]


@pytest.mark.parametrize(
    "text",
    [
        "At the end of March 1961 the Warsaw Pact's leaders met in Moscow.",
        "By the close of 1961 the Warsaw Pact had shut Albania out of its meetings.",
        "The end of the Warsaw Pact came in 1991.",
    ],
)
def test_the_end_of_a_time_is_no_ending(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1960 relations with the USSR collapsed.",
        "In 1978 the alliance with China collapsed.",
        "In 1961 the friendship with the Soviet Union came apart.",
    ],
)
def test_what_befalls_a_tie_does_not_befall_the_parties(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    assert not any("dissolve(" in c["claim"] for c in claims)
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "In March 1992 the Democratic Party won the elections with about 62 percent of "
            "the vote.",
            False,
        ),
        ("The Democratic Party won 62 percent of the vote in the elections of March 1992.", False),
        ("In March 1992 the Democratic Party won the elections with 62 seats.", True),
        ("In 1961 the Soviets withdrew their submarines, but Albania kept eight of them.", True),
    ],
)
def test_a_share_is_never_held_against_a_count(text: str, count: bool) -> None:
    assert any(c["rule"] == "quantity" for c in flags_of(text)) is count


@pytest.mark.parametrize(
    "text",
    [
        # a wire of 1968 that tells of 1961 in a since-clause
        "Albania has taken no part in pact meetings since its quarrel with Moscow in 1961, and "
        "the Soviet Union broke off relations in December of that year. The invasion came in "
        "August 1968.",
        "Tirana, Sept. 13, 1968. Albania has stayed away from the Pact since its break with "
        "Moscow in 1961; the Soviet Union broke off relations in December of that year.",
        "In 1968 Albania left the Warsaw Pact. It had been shut out since the quarrel of 1961, "
        "and the Soviet Union broke off relations in December of the same year.",
    ],
)
def test_a_year_counted_from_another_the_text_names_is_no_error(text: str) -> None:
    assert not [c for c in flags_of(text) if "relations" in str(c["claim"])]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a day and month without a year, as the record has them: the year is the
        # reader's guess, and the text is right
        (
            "Shehu was found shot in December 1981.\n\nThe succession had been prepared. On"
            " April 13 Ramiz Alia succeeded Hoxha as First Secretary.",
            "On April 13",
        ),
        (
            "Albania broke with China in 1978. Enver Hoxha died on April 11, after a stroke.",
            "died on April 11",
        ),
        (
            "The memorandum renewed ties severed in 1939. Britain restored relations with"
            " Albania on 29 May.",
            "on 29 May",
        ),
        ("In 1948 the Cominform expelled Yugoslavia. It was dissolved on 17 April.", "17 April"),
    ],
)
def test_a_day_the_record_has_is_no_error_in_a_year_the_text_leaves_out(
    text: str, quote: str
) -> None:
    assert not verdicts(text, quote) & ERRORS
    # another day, in that year or any, is still held wrong
    other = re.sub(r"\b(1[0-9]|2[0-9])\b", lambda m: str(int(m.group(1)) + 2), quote)
    assert "contradicted" in verdicts(text.replace(quote, other), other)


@pytest.mark.parametrize(
    "text",
    [
        "His longtime second-in-command, Prime Minister Mehmet Shehu, died in December 1981.",
        "Her close ally, Mehmet Shehu, died in December 1981.",
        "Hoxha's old comrade-in-arms, Mehmet Shehu, died in 1981.",
    ],
)
def test_the_one_an_apposition_names_is_the_subject_not_its_owner(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    assert any(
        c["verdict"] == "supported" and "die(patient: Mehmet Shehu)" in c["claim"] for c in claims
    )
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Communist Party of Albania was founded in November 1941 with the help of two "
        "Yugoslav emissaries, and Hoxha soon led it. After the country was liberated in "
        "November 1944, Hoxha ruled it.",
        "Albania's party was set up in 1941 by Hoxha with the aid of Yugoslav envoys. The "
        "country was liberated in November 1944.",
        "Hoxha founded the party in 1941, advised by two Yugoslav communists. The country was "
        "freed from the Germans in November 1944.",
    ],
)
def test_the_country_is_not_a_passer_by_named_by_a_demonym(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    assert not any("Yugoslavia" in c["claim"] and "liberate" in c["claim"] for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Albania had stopped taking part in Comecon by 1962, although it never formally resigned.",
        "China had ended its aid by 1978, and the alliance died with it.",
        "Albania left the Warsaw Pact in 1968; it did not resign from Comecon.",
    ],
)
def test_a_state_neither_resigns_nor_dies(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    people = ("leave_office(", "die(", "hold_office(", "take_office(")
    assert not any(
        p in c["claim"] and "agent: Albania" in c["claim"] for p in people for c in claims
    )
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Albania and the Soviet Union broke relations in 1961. October 1964: Khrushchev is "
        "ousted, but relations do not improve under Brezhnev.",
        "Albania and the Soviet Union broke relations in 1961. In 1964 relations with Moscow "
        "did not improve.",
        "Albania and the Soviet Union broke relations in 1961. In 1970 relations with the "
        "Soviet Union did not get better.",
    ],
)
def test_relations_something_befell_are_not_denied(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "When Khrushchev visited Albania in May 1959, he brought his defence minister Marshal "
        "Malinovsky with him.",
        "In 1959 Khrushchev took his defence minister, Rodion Malinovsky, to Tirana.",
        "In 1960 Hoxha sent his prime minister, Mehmet Shehu, to Moscow.",
    ],
)
def test_an_office_named_with_its_holder_is_not_the_doers(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "When Stalin expelled Tito from the Cominform in June 1948, Hoxha sided with Moscow.",
        "In June 1948 Stalin had Tito thrown out of the Cominform.",
        "In June 1948 the Cominform expelled Tito.",
    ],
)
def test_a_leader_stands_for_his_party(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Hoxha died in April 1985 and was succeeded as party leader by Adil Çarçani.", True),
        ("In 1954 Hoxha was replaced as prime minister by Beqir Balluku.", True),
        ("Hoxha died in April 1985 and was succeeded as party leader by Ramiz Alia.", False),
        ("In 1954 Hoxha was replaced as prime minister by Mehmet Shehu.", False),
    ],
)
def test_the_successor_a_passive_names_after_the_office(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "successor" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In November 1982 Alia became head of state, succeeding Mehmet Shehu.", "succeeding"),
        ("In 1954 Shehu became prime minister, replacing Balluku.", "replacing"),
        ("In 1985 Alia became first secretary, succeeding Mehmet Shehu.", "succeeding"),
    ],
)
def test_a_predecessor_in_another_office_is_not_borne_out(text: str, quote: str) -> None:
    # the participle's doer is the clause's subject; the one followed is that very person
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    "text",
    [
        "9 Apr. 1992: the new parliament elects Gramoz Pashko president of the republic.",
        "On 22 March 1992 the voters elected Neritan Ceka president.",
        "In April 1985 the Central Committee elected Foto Çami first secretary.",
    ],
)
def test_one_the_chronicle_does_not_know_is_not_borne_out_in_an_office(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not any(c["verdict"] == "supported" for c in json.loads(result.stdout)["claims"])


@pytest.mark.parametrize(
    "text",
    [
        "In April 1985 the Central Committee elected Ramiz Alia first secretary.",
        "In 1954 the Assembly named Mehmet Shehu prime minister.",
        "On 9 April 1992 the new parliament elected Sali Berisha president.",
        # the state in the office's name is not its holder
        "In 1982 Ramiz Alia was made Chairman of the Presidium of the People's Assembly of "
        "Albania.",
    ],
)
def test_the_one_elected_to_an_office_is_its_holder(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert any(
        c["verdict"] == "supported" and "take_office(agent:" in c["claim"]
        for c in json.loads(result.stdout)["claims"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "With the help of Yugoslav emissaries Hoxha founded the Albanian Communist Party in "
        "November 1941.",
        "Backed by Yugoslav envoys, Hoxha set up the Communist Party of Albania in 1941.",
        "In 1941 Hoxha founded the Communist Party with the help of Yugoslav communists.",
    ],
)
def test_one_absent_from_another_event_is_not_absent_from_this_one(text: str) -> None:
    # the Cominform's founding in 1947 lists Hoxha as absent; this is another founding
    assert not [c for c in flags_of(text) if c["rule"] == "without"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "When the pact's Political Consultative Committee met in Sofia in July 1966, "
            "Albania stayed away.",
            True,
        ),
        (
            "In March 1961 the Political Consultative Committee of the Warsaw Pact was held "
            "in Warsaw.",
            True,
        ),
        (
            "Balluku went to the session of the Political Consultative Committee held in "
            "Prague in March 1961.",
            True,
        ),
        (
            "The Warsaw Pact's Political Consultative Committee met in Bucharest in July 1966.",
            False,
        ),
        ("The Political Consultative Committee met in Moscow in March 1961.", False),
        # a government named by its city is no place where something met
        (
            "The Political Consultative Committee, held in Warsaw on 28–29 March 1961, came "
            "down on Moscow's side.",
            True,
        ),
        (
            "At the Political Consultative Committee, held in Prague in March 1961, the allies "
            "took Moscow's part against Tirana.",
            True,
        ),
        # but a place named beside it may be where it met
        (
            "After talks in Moscow, the Political Consultative Committee met in Warsaw in "
            "March 1961.",
            False,
        ),
    ],
)
def test_a_gathering_said_to_meet_elsewhere_that_month(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "place" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In March 1946 Xoxe became minister of the interior in the cabinet of Mehmet Shehu.",
            True,
        ),
        ("In 1985 Mehmet Shehu's cabinet fell.", True),
        ("In 1960 the Balluku cabinet approved the budget.", True),
        ("In 1960 Shehu's cabinet approved the budget.", False),
        ("In 1970 Hoxha's government ruled by decree.", False),  # his regime
    ],
)
def test_the_one_whose_cabinet_it_is_heads_the_government(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "office" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "Tirana, Dec. 22, 1961. The quarrel dates from the Bucharest meeting of 1960. On May "
        "31 Rear Admiral Teme Sejko was executed.",
        "Tirana, Dec. 22, 1961. The rift opened in 1960. On 31 May Teme Sejko was shot.",
        "Moscow, Sept. 13, 1968. Soviet troops had crushed Hungary in 1956. On Aug. 20 "
        "Soviet troops invaded Czechoslovakia.",
    ],
)
def test_a_day_without_a_year_is_read_in_the_years_the_text_names(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    assert not flags_of(text)
    # read in the year the text named last, or in the dateline's: the deed is borne out
    assert any(
        c["verdict"] == "supported" and re.search(r"executed|shot|invaded", c["text"])
        for c in claims
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 1961 the Russians sailed eight submarines out of Vlorë.",
        "Russian advisers left Albania in 1961.",
        "The Russians broke off relations with Albania in December 1961.",
    ],
)
def test_the_russians_of_the_cold_war_are_the_soviets(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    assert any("Soviet Union" in c["claim"] for c in claims)
    assert not any("Russian Federation" in c["claim"] for c in claims)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Mehmet Shehu ran the government from 1954. After Balluku's fall he also took over "
            "the defence ministry. He died in December 1981.",
            "Mehmet Shehu",
        ),
        (
            "Hysni Kapo. Hoxha's most loyal lieutenant and a party secretary. He led the "
            "Albanian delegation at the Bucharest meeting of June 1960.",
            "Hysni Kapo",
        ),
        (
            "Ramiz Alia rose fast. Before Hoxha's death he already ran the party's daily work. "
            "He became first secretary in April 1985.",
            "Ramiz Alia",
        ),
    ],
)
def test_a_subject_pronoun_is_not_an_owner_named_before_it(text: str, who: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    last = [c for c in claims if c["start"] >= text.rfind(". He ") + 2]
    assert last and any(who in c["claim"] for c in last)
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In October 1961, at the 21st Congress of the Soviet Communist party, Khrushchev "
            "attacked the Albanian leaders.",
            True,
        ),
        (
            "At the Sixth Congress of the Albanian Party of Labor in November 1976 Hoxha spoke.",
            True,
        ),
        (
            "In November 1960, at the Moscow meeting of 64 communist parties, Hoxha attacked "
            "Khrushchev.",
            True,
        ),
        # the counted word four words after the number
        (
            "At the meeting of 64 communist and workers' parties in Moscow in November 1960, "
            "Hoxha attacked Khrushchev.",
            True,
        ),
        (
            "At the meeting of 81 communist and workers' parties in Moscow in November 1960, "
            "Hoxha attacked Khrushchev.",
            False,
        ),
        ("In October 1961, at the 22nd Congress, Khrushchev attacked Albania.", False),
        ("At the Seventh Congress of the Party of Labour in November 1976 Hoxha spoke.", False),
        ("In 1961 China offered a loan of about $125 million for some 25 plants.", False),
        # one word of the gathering's name, said of one the record involves, to the month
        (
            "Khrushchev delivered his Secret Speech at the 21st Party Congress in February 1956.",
            True,
        ),
        ("In February 1956 Khrushchev attacked Stalin at the Twenty-first Congress.", True),
        ("At the 19th Congress in February 1956 the Soviet leader condemned Stalin.", True),
        ("At the 20th Congress in February 1956 Khrushchev denounced Stalin.", False),
    ],
)
def test_a_gathering_named_by_another_number_than_its_own(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "count" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "In 1960 Alia was close to Hoxha. That November he accompanied Hoxha to Bucharest for "
        "the conference of 81 communist parties.",
        "In November 1960 Hoxha travelled to Warsaw for the meeting of 81 communist and "
        "workers' parties.",
        "In November 1960 Kapo flew with Hoxha to Prague for the conference of the 81 parties.",
    ],
)
def test_a_gathering_a_journey_went_to_is_placed_too(text: str) -> None:
    assert any(c["rule"] == "place" and "Moscow" in c["correction"] for c in flags_of(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "On 13 May 1985 the Central Committee unanimously elected Mr. Alia first secretary.",
            True,
        ),
        ("In 1957 Mehmet Shehu became prime minister.", True),
        ("Adil Çarçani took over as prime minister in 1979.", True),
        ("On 13 April 1985 the Central Committee elected Ramiz Alia first secretary.", False),
        ("In July 1954 Mehmet Shehu became prime minister.", False),
    ],
)
def test_an_office_taken_once_is_dated_by_its_term(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "date" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In November 1982 Mr. Alia succeeded Hysni Kapo as chairman of the Presidium of the "
            "People's Assembly.",
            True,
        ),
        ("In April 1985 Alia succeeded Shehu as first secretary.", True),
        ("In November 1982 Ramiz Alia replaced Mehmet Shehu as head of state.", True),
        ("In November 1982 Alia succeeded Haxhi Lleshi as head of state.", False),
        ("In April 1985 Alia succeeded Hoxha as first secretary.", False),
    ],
)
def test_a_predecessor_is_the_last_holder_of_the_office_taken(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "successor" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "BALLUKU, Beqir (1917–1975)\n\nAlbanian general and politician, minister of people's "
        "defence for more than two decades and a member of Enver Hoxha's inner circle until "
        "his fall in 1974.",
        "KAPO, Hysni\n\nAlbanian politician, minister of the interior and a friend of Enver "
        "Hoxha's family until his death.",
        "SHEHU, Mehmet\n\nAlbanian soldier, prime minister from 1954 and a rival of Enver "
        "Hoxha's heirs until his death in 1981.",
    ],
)
def test_the_office_of_an_entry_is_not_given_to_one_named_beside_it(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    assert not any("hold_office(agent: Enver Hoxha" in c["claim"] for c in claims)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Khrushchev visited Albania in May 1959. He came back for a second visit in 1960.", True),
        ("Khrushchev toured Albania in May 1959; his second visit came in 1962.", True),
        (
            "In May 1959 Khrushchev visited Albania. Two years later he returned for a second "
            "visit.",
            True,
        ),
        ("Khrushchev visited Albania in May 1959. In 1960 he visited Beijing.", False),
    ],
)
def test_another_visit_goes_where_the_last_one_went(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "count" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The leader of Albania, Enver Hoxha, died in 1982.", "Enver Hoxha"),
        ("The prime minister of Albania, Mehmet Shehu, died in December 1983.", "Mehmet Shehu"),
        ("The first secretary of Albania, Ramiz Alia, died in 1985.", "Ramiz Alia"),
    ],
)
def test_a_name_set_after_an_office_of_a_state_is_its_holder(text: str, who: str) -> None:
    # the parser hangs the name on the state; the subject is the person
    assert any(f"die(patient: {who})" in str(c["claim"]) for c in flags_of(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In June 1948 the Cominform, meeting in Belgrade, expelled the Yugoslav party.", True),
        ("The Cominform, gathered at Belgrade in 1948, expelled Yugoslavia.", True),
        ("In 1948 the Cominform, which met in Belgrade, expelled Yugoslavia.", True),
        ("In June 1948 the Cominform, meeting in Bucharest, expelled the Yugoslav party.", False),
        ("In 1948 the Cominform, based in Belgrade, expelled Yugoslavia.", False),
    ],
)
def test_a_body_acts_where_it_is_said_to_meet(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "place" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Albania signed the Warsaw Pact in 1955. It quarrelled with Moscow. It stopped "
            "attending. Hoxha spoke. He was firm. Khrushchev was angry. The Soviets left. The "
            "Chinese came. Mao smiled. On 13 September 1968 the Soviet Union expelled Albania "
            "from the Pact.",
            True,
        ),
        ("The Warsaw Pact was founded in 1955. Albania was expelled from the Pact in 1968.", True),
        ("Albania joined the Warsaw Pact in 1955 and left the Pact in 1968.", False),
        ("Albania joined the Warsaw Pact in 1955. Thirteen years later it left the Pact.", False),
    ],
)
def test_the_pact_is_the_pact_the_text_named_however_long_ago(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        ("Enver Hoxha served as prime minister from 1944 until 1957.", "1944 until 1957", ERRORS),
        ("Mehmet Shehu served as premier from 1954 to 1981.", "1954 to 1981", {"supported"}),
        ("In 1954 Hoxha named Shehu as prime minister.", "prime minister", {"supported"}),
        ("Ramiz Alia served as first secretary from 1970 to 1975.", "1970 to 1975", ERRORS),
    ],
)
def test_one_serving_as_an_office_holds_it(text: str, quote: str, verdict: set[str]) -> None:
    assert verdicts(text, quote) & verdict


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("6 May 1973 — Albania restores diplomatic relations with Greece.", True),
        ("Greece and Albania re-established diplomatic ties in 1975.", True),
        ("In 1990 Albania restored relations with the United States.", True),
        ("Albania restored diplomatic relations with Greece in May 1971.", False),
        ("Albania and the United States restored relations in March 1991.", False),
    ],
)
def test_a_restoration_the_chronicle_holds_as_the_only_one_is_dated(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "date" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("China cut off all aid in July 1978, a year before Tito's visit to Beijing.", True),
        ("Khrushchev visited Albania in May 1959, ten years before the break with Moscow.", True),
        ("Albania joined the Warsaw Pact in 1955, a year before the death of Stalin.", True),
        ("China cut off all aid in July 1978, a year after Tito's visit to Beijing.", False),
        ("Albania joined the Warsaw Pact in 1955, two years after the death of Stalin.", False),
        ("Khrushchev visited Albania in May 1959, two years before the Soviet break.", False),
    ],
)
def test_two_dated_events_said_to_lie_apart_are_in_that_order(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "sequence" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "Mikhail Gorbachev became Soviet leader in March 1985, a month before Hoxha's death.",
        "Stalin died in March 1953, a year before Shehu became prime minister.",
        "Tito visited Beijing in August 1977, a year before China cut off its aid to Albania.",
    ],
)
def test_a_distance_before_a_named_event_counts_from_that_event(text: str) -> None:
    # "a month before Hoxha's death" does not date the death a month before March 1985
    assert flags_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1. **The break.** The Soviet Union broke off relations with Albania in 1961.\n"
        "6. **Hoxha's death.** Enver Hoxha died on 11 April 1985.",
        "2) Khrushchev's visit: Khrushchev visited Albania in May 1959.",
        "Key points\n3. Stalin's death in March 1953 worried Hoxha.",
    ],
)
def test_the_number_of_a_point_in_a_list_is_no_count(text: str) -> None:
    assert flags_of(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "At Bucharest in June 1960 the Albanian delegation was led not by Hoxha but by Kapo.",
            False,
        ),
        (
            "In June 1960 the Albanian delegation at Bucharest, headed not by Enver Hoxha but by "
            "Hysni Kapo, refused to condemn China.",
            False,
        ),
        (
            "At Bucharest in June 1960 the Albanian delegation was led not by Kapo but by Hoxha.",
            True,
        ),
    ],
)
def test_a_doer_denied_is_none_and_the_one_set_against_it_is(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In March 1943 Hoxha was elected first secretary of the party.", False),
        ("Hoxha became leader of the party at its founding in November 1941.", False),
        ("Hoxha was elected first secretary of the party in 1945.", True),
    ],
)
def test_an_office_taken_over_a_range_of_dates_is_borne_out_by_each(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "Albania and the Soviet Union had no relations from 1961. Pravda kept calling for "
        "normal relations, for example in November 1986.",
        "Albania and the Soviet Union had no relations from 1961. In 1986 Moscow pressed for "
        "the restoration of relations.",
        "Albania and the Soviet Union had no relations from 1961. In 1986 Moscow sought a "
        "restoration of relations with Tirana.",
    ],
)
def test_a_thing_wanted_is_not_said_to_be(text: str) -> None:
    assert flags_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Comecon was set up in Moscow in January 1949 and announced on 25 January, with the "
        "Soviet Union and five other states as its original members.",
        "The treaty was published on 20 June 1955, with Albania as one of its founding members.",
        "The Warsaw Pact was unveiled on 2 June 1955, with Albania among the founding members.",
    ],
)
def test_a_noun_saying_what_one_is_takes_no_date_from_its_clause(text: str) -> None:
    assert flags_of(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Yugoslavia, expelled from the Cominform in 1948, never joined the Warsaw Pact.", False),
        (
            "Yugoslavia, which had been expelled from the Cominform in 1948 and never joined the "
            "Warsaw Pact, kept its distance.",
            False,
        ),
        ("After the quarrel of 1948, the Pact was never joined by anyone new.", False),
        ("Albania never joined the Warsaw Pact.", True),
    ],
)
def test_a_denial_is_held_only_against_those_it_names(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "1954 – July: Hoxha hands the premiership to Mehmet Shehu but remains party first "
        "secretary.",
        "In July 1954 Hoxha gave the premiership to Shehu and stayed on as first secretary.",
        "In July 1954 Shehu succeeded Hoxha, who remained first secretary of the party.",
    ],
)
def test_an_office_named_in_another_clause_is_not_the_one_handed_on(text: str) -> None:
    assert flags_of(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        (
            "Hoxha was prime minister from 1944 to 1954 and in the early years also served as "
            "foreign minister.",
            "foreign minister",
            {"supported"},
        ),
        ("Hoxha was foreign minister from 1944 to 1954.", "1944 to 1954", ERRORS),
        (
            "Shehu was prime minister from 1954 to 1981 and for a time also interior minister.",
            "interior minister",
            {"supported", "unverifiable"},
        ),
    ],
)
def test_an_office_within_a_span_the_clause_borrows_is_not_held_all_through_it(
    text: str, quote: str, verdict: set[str]
) -> None:
    assert verdicts(text, quote) & verdict


ALBANIA_MEMO = (
    "Albania joined the Warsaw Pact in 1955. Albania quarrelled with Moscow in 1960. "
    "Albania then drew close to China. "
)


@pytest.mark.parametrize(
    "text",
    [
        ALBANIA_MEMO + "In August 1968 the Soviet Union invaded Czechoslovakia. The country left "
        "the Warsaw Pact in September 1968.",
        ALBANIA_MEMO + "The Soviet Union broke off relations in December 1961. The regime cited "
        "the invasion of Czechoslovakia as grounds for its withdrawal from the Warsaw Pact.",
        ALBANIA_MEMO + "The Soviet Union broke off relations in December 1961. The regime "
        "stopped taking part in Comecon.",
    ],
)
def test_the_country_is_left_open_between_the_last_subject_and_the_texts_own_state(
    text: str,
) -> None:
    # the last subject (the Soviet Union) never left the Pact; the memo's state did
    assert flags_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Yugoslavia guided the party. Yugoslavia sent advisers. Yugoslavia sent grain. In "
        "November 1944 Albania's partisans took Tirana and freed the country.",
        pytest.param(  # a demonym is read as a passer-by's ("German troops occupied it")
            "Yugoslavia guided the party. Yugoslavia sent advisers. Yugoslavia sent grain. In "
            "November 1944 the Albanian partisans liberated the country.",
            marks=MISS,
        ),
        pytest.param(  # the main clause's subject is kept from an object of a clause under it
            "Yugoslavia guided the party. Yugoslavia sent advisers. Yugoslavia sent grain. "
            "Albania was liberated in November 1944, when partisans freed the country.",
            marks=MISS,
        ),
    ],
)
def test_the_country_named_in_its_own_sentence_is_that_one(text: str) -> None:
    assert verdicts(text, "the country") & {"supported"}


@pytest.mark.parametrize(
    "text",
    [
        "After Albania broke with Yugoslavia in 1948, the Soviet Union stepped in as its "
        "patron, and in February 1949 the country joined Comecon.",
        "Once Albania had fallen out with China in 1978, Yugoslavia offered trade, and the "
        "country soon left the Warsaw Pact.",
        "When Italy surrendered in September 1943, Albania was still occupied, and the country "
        "joined the Warsaw Pact in 1943.",
    ],
)
def test_the_country_after_two_states_of_other_clauses_is_left_open(text: str) -> None:
    # either state may be meant: no verdict on one of them
    assert flags_of(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("1968 – 13 October: Albania formally withdraws from the Warsaw Pact.", True),
        ("1961 – 3 December: Moscow breaks off relations with Tirana.", False),
        ("1955 – May 14: Albania signs the Warsaw Pact.", False),
        ("1955 – June 14: Albania signs the Warsaw Pact.", True),
        ("- 1949 – February: Albania joins Comecon.", False),
    ],
)
def test_a_chronology_line_headed_by_year_and_day_is_dated_by_both(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "date" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In October 1974 Hysni Kapo took over the defence ministry.", "Hysni Kapo"),
        ("In December 1974 Ramiz Alia was arrested with the army command.", "Ramiz Alia"),
        ("In May 1975 Hysni Kapo purged the planners.", "Hysni Kapo"),
    ],
)
def test_words_alone_support_no_one_the_record_gives_no_part(text: str, quote: str) -> None:
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The government, headed by Prime Minister Hysni Kapo, protested.", True),
        ("Hoxha and Prime Minister Hysni Kapo will almost certainly turn to Peking.", True),
        ("Ramiz Alia, Albania's prime minister, received the envoy.", True),
        ("Prime Minister Mehmet Shehu received the envoy.", False),
        ("Deputy Prime Minister Hysni Kapo received the envoy.", False),
        ("Foreign Minister Behar Shtylla received the envoy.", False),
    ],
)
def test_an_office_one_never_held_is_wrong_at_any_time(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "office" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Albania left the Warsaw Pact in 1968 in protest at the invasion of Hungary.", True),
        ("In 1968 Albania quit the Warsaw Pact in response to the invasion of Hungary.", True),
        ("Albania left the Warsaw Pact in 1968 because of the invasion of Hungary.", True),
        (
            "Albania left the Warsaw Pact in 1968 in protest at the invasion of Czechoslovakia.",
            False,
        ),
        ("Albania left the Warsaw Pact in 1968 because of the invasion of Czechoslovakia.", False),
    ],
)
def test_a_cause_named_is_an_event_before_the_deed(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "sequence" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In July 1956 Shehu succeeded Hoxha as chairman of the Council of Ministers.", True),
        ("In 1956 Shehu became chairman of the Council of Ministers.", True),
        ("In July 1954 Shehu succeeded Hoxha as chairman of the Council of Ministers.", False),
        ("In 1982 Ramiz Alia became prime minister.", True),
        ("In 1982 Adil Çarçani became prime minister.", False),
    ],
)
def test_the_chairman_of_the_council_of_ministers_is_the_prime_minister(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        (
            "SHEHU, Mehmet (1913–1981), Albanian politician. In 1960 he became prime minister.",
            "he became prime minister",
            ERRORS,
        ),
        (
            "HOXHA, Enver (1908–1985), Albanian leader. He died in April 1985.",
            "He died in April 1985",
            {"supported"},
        ),
        (
            "KAPO, Hysni (1915–1979), Albanian communist. He died in 1981.",
            "He died in 1981",
            ERRORS,
        ),
    ],
)
def test_a_reference_works_headword_names_its_subject(
    text: str, quote: str, verdict: set[str]
) -> None:
    assert verdicts(text, quote) & verdict


@pytest.mark.parametrize(
    "text",
    [
        "You're asking why Albania quit the Warsaw Pact in 1961.",
        "Many students wonder whether Albania left the Warsaw Pact in 1961.",
        "People often ask if Albania was expelled from the Warsaw Pact in 1968.",
    ],
)
def test_a_question_asked_is_no_claim(text: str) -> None:
    assert flags_of(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "At the Political Consultative Committee in Moscow in March 1961 Albania was "
            "represented by Beqir Balluku rather than by Hoxha.",
            False,
        ),
        (
            "At the Political Consultative Committee in Moscow in March 1961 Albania was "
            "represented by Hoxha rather than by Balluku.",
            True,
        ),
        ("In 1968 Albania withdrew from the Warsaw Pact rather than from Comecon.", False),
    ],
)
def test_a_phrase_set_aside_by_rather_than_is_no_part(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In December 1961 the Soviet Union recalled its ambassador from Albania.", False),
        ("That December Moscow withdrew its envoy from Albania.", False),
        ("In March 1962 the Soviet Union recalled its ambassador from Albania.", True),
    ],
)
def test_a_break_withdraws_every_envoy(text: str, wrong: bool) -> None:
    # the ambassador had left on 25 November; the break of 3 December withdrew the rest
    text = "In 1961 Tirana quarrelled with Moscow. " + text
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "In the late 1950s the Soviet Union stationed twelve submarines at Vlora.",
        "The Soviet navy based twelve submarines at Vlora.",
        "By 1960 the Soviets had twelve submarines at Pashaliman.",
    ],
)
def test_a_count_of_forces_built_up_over_years_is_not_the_first_arrivals(text: str) -> None:
    assert flags_of(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Communist Party of Albania was founded in Korçë on 8 November 1941.", True),
        ("The Communist Party of Albania was founded at Shkodra in November 1941.", True),
        ("The Communist Party of Albania was founded in Tirana on 8 November 1941.", False),
        ("The Warsaw Pact was founded in Sofia in May 1955.", True),
        ("The Warsaw Pact was founded in Warsaw in May 1955.", False),
    ],
)
def test_a_town_other_than_the_one_of_a_one_off_record_is_wrong(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "place" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In 1959 the Soviets withdrew their submarines from Albania.", True),
        ("In 1962 the Soviet Union pulled its forces out of Albania.", True),
        ("In June 1961 the Soviet fleet withdrew from Albania.", False),
    ],
)
def test_the_one_soviet_withdrawal_from_albania_is_dated(text: str, wrong: bool) -> None:
    assert any(c["rule"] == "date" for c in flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "The Cominform was set up in 1947. After Yugoslavia's expulsion in 1948 it moved to "
        "Bucharest. It was dissolved in April 1956.",
        "The Warsaw Pact was founded in 1955. After Albania's withdrawal in 1968 it went on. It "
        "was dissolved in 1991.",
        "Comecon was founded in 1949. Following Albania's break with Moscow it carried on. It "
        "was dissolved in 1991.",
    ],
)
def test_a_subject_it_is_not_an_owner_named_before_it_in_its_sentence(text: str) -> None:
    assert flags_of(text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The first multiparty elections, on 31 March 1991, were won by the Democratic Party.",
            True,
        ),
        ("The Democratic Party won the elections of 31 March 1991.", True),
        ("In 1992 the Party of Labour won the elections.", True),
        ("In March 1991 the Party of Labour won the elections.", False),
        ("The Democratic Party won the March 1992 elections.", False),
    ],
)
def test_the_winner_of_an_election_is_its_record_s(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Cominform expelled the Yugoslav party in June 1949.", True),
        (
            "Following the Cominform's expulsion of the Yugoslav party in June 1949, Hoxha sided "
            "with Moscow.",
            True,
        ),
        ("The Cominform's expulsion of Yugoslavia in June 1948 freed Hoxha.", False),
        ("In 1961 Khrushchev attacked the Albanian leadership.", False),
    ],
)
def test_a_states_party_or_leadership_is_that_state_s_body(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        ("Hoxha was Prime Minister from 1944 until 1961.", "1944 until 1961", ERRORS),
        ("Shehu was Prime Minister from 1954 until 1981.", "1954 until 1981", {"supported"}),
        ("Alia became First Secretary in 1985.", "First Secretary", {"supported"}),
    ],
)
def test_a_capitalized_office_is_read_as_the_office(
    text: str, quote: str, verdict: set[str]
) -> None:
    assert verdicts(text, quote) & verdict


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Comecon was founded in January 1949. Albania joined in February.", False),
        ("The Warsaw Pact was founded in May 1955. Albania left in 1962.", True),
        ("The Warsaw Pact was founded in May 1955. Albania withdrew in September 1968.", False),
    ],
)
def test_a_bare_join_or_leave_with_only_a_date_takes_the_organization_in_play(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("In 1960 Alia became first secretary of the Union of Working Youth.", False),
        ("In 1955 Alia became first secretary of the communist youth organization.", False),
        ("In 1949 Shehu became chairman of the Democratic Front.", False),
        ("In 1960 Alia became first secretary of the party.", True),
    ],
)
def test_an_office_of_another_body_is_not_the_partys(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "TIRANA, Dec. 12, 1990 (Reuters) - Students protested on Sunday. The Democratic "
            "Party was founded a day later.",
            False,
        ),
        (
            "BELGRADE, July 31, 1990 (AP) - Talks ended. Two days later Tirana and Moscow "
            "restored relations.",
            False,
        ),
        (
            "On 10 December 1990 students protested. The Democratic Party was founded two days "
            "later.",
            False,
        ),
    ],
)
def test_a_day_later_does_not_count_from_a_dateline(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "In 1960, after talks with the Soviet Union, Alia became first secretary of the party.",
        "In 1954, with the Soviet Union's blessing, Kapo became prime minister.",
        "After the trade talks of 1960 Alia became first secretary of the party.",
    ],
)
def test_a_word_of_another_body_elsewhere_in_the_sentence_leaves_the_office_rules_on(
    text: str,
) -> None:
    assert flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # Comecon and the Pact named twice each before a bare "withdrawal": neither is in play
        (
            "Albania joined Comecon in 1949 and the Warsaw Pact in 1955. Comecon mattered "
            "more to its economy than the Warsaw Pact did to its army. Hoxha quarrelled with "
            "Khrushchev in 1960. Albania's withdrawal followed in 1962.",
            False,
        ),
        (
            "Comecon and the Warsaw Pact both took Albania in. Albania sat in Comecon and in "
            "the Warsaw Pact for years. The Soviet break came in 1961. Albania left in 1962.",
            False,
        ),
        # the Pact named more often: it is the one in play
        (
            "Albania joined the Warsaw Pact in 1955 and Comecon in 1949. The Warsaw Pact "
            "meant more to Tirana than Comecon. It kept the Warsaw Pact at a distance. Moscow "
            "broke with Tirana in 1961. Albania left in 1962.",
            True,
        ),
    ],
)
def test_an_organization_named_no_more_often_than_another_is_not_in_play(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("ALBANIA AND THE WARSAW PACT. Albania left in 1962.", True),
        ("ALBANIA AND THE WARSAW PACT. Albania formally withdrew in September 1968.", False),
        ("THE WARSAW PACT\nAlbania joined at the founding, in 1954.", True),
    ],
)
def test_an_organization_in_a_heading_in_capitals_is_in_play(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "Alia became first secretary on 13 April 1985, two days after Hoxha's death, until "
        "the party was renamed in June 1991.",
        "Soviet advisers stayed on after Stalin's death until the break of 1961.",
        "Kapo kept his seat after Shehu's death until he himself died in 1979.",
    ],
)
def test_an_event_that_times_another_takes_no_time_from_that_others_clause(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("- 1–7 November 1981 — Eighth Congress. Mehmet Shehu dies six weeks later.", False),
        ("- 1978 — China ends its aid. Hoxha dies a few years later.", False),
        ("- 1979 — Albania stands alone. Stalin dies some years later.", True),
        ("- 1986 — Alia tours the north. Hoxha dies soon afterwards.", True),
    ],
)
def test_a_deed_told_later_than_a_borrowed_time_lies_after_it(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The thaw carried on into 1956. In February Khrushchev denounced Stalin; the "
            "Cominform, which had expelled Yugoslavia in 1948, was dissolved on 17 April.",
            False,
        ),
        (
            "Reconciliation came in 1956. Tito, who had defied Stalin in 1948, saw the "
            "Cominform dissolved on 17 April.",
            False,
        ),
        (
            "Khrushchev spoke in February 1956; the Cominform, the body that had expelled "
            "Yugoslavia in 1948, was dissolved on 17 April.",
            False,
        ),
        ("In 1948 the Cominform expelled Yugoslavia. It was dissolved on 18 April.", True),
    ],
)
def test_a_year_in_a_clause_that_looks_back_is_not_the_storys_year(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Warsaw Pact members met in Budapest in February 1991. The alliance's military "
            "structures ceased to exist on 31 March.",
            False,
        ),
        (
            "The Warsaw Pact was weakening by 1990. In March 1991 the Pact's military command "
            "ceased to exist.",
            False,
        ),
        ("The Soviet Union's economy collapsed in 1989.", False),
        ("The Warsaw Pact ceased to exist in March 1991.", True),
    ],
)
def test_what_an_organization_owns_ending_is_not_its_end(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The last Soviet troops left the country in June 1991.", False),
        ("Soviet forces finally withdrew in 1989.", False),
        ("Soviet submarines sailed away in 1959.", False),
        ("In 1958 the Soviet navy withdrew its submarines from Albania.", True),
    ],
)
def test_forces_said_to_leave_no_named_place_are_not_held_to_one(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "- Yugoslavia: expelled from the Cominform in 1948, it never joined the Pact.\n"
            "- Albania: a founding member of the Pact, it formally left in 1968.",
            False,
        ),
        ("Romania: stayed in the Warsaw Pact.\nAlbania: it left the Warsaw Pact in 1968.", False),
        ("* **Romania** - it left the Warsaw Pact in 1968.", True),
    ],
)
def test_a_pronoun_in_a_list_entry_is_its_label(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


def frames_at(text: str, quote: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert result.exit_code == 0, result.output
    start = text.index(quote)
    return [
        f
        for c in json.loads(result.stdout)["claims"]
        if c["start"] <= start < c["end"]
        for f in c["frames"]
    ]


@pytest.mark.parametrize(
    ("text", "quote", "agent", "patient"),
    [
        (
            "On 22 November 1982 Alia was elected head of state, succeeding Haxhi Lleshi.",
            "succeeding",
            "ramiz-alia",
            "haxhi-lleshi",
        ),
        (
            "In 1974 Shehu was made defence minister, replacing Beqir Balluku.",
            "replacing",
            "mehmet-shehu",
            "beqir-balluku",
        ),
        (
            "Alia was elected head of state in 1982 and succeeded Haxhi Lleshi.",
            "succeeded",
            "ramiz-alia",
            "haxhi-lleshi",
        ),
        (
            "Hoxha died in 1985 and was succeeded by Alia.",
            "was succeeded",
            "ramiz-alia",
            "enver-hoxha",
        ),
        # a verb conjoined to a passive, with a doer by "by": passive too
        (
            "Balluku was dismissed in October 1974 and replaced as defence minister by Shehu.",
            "replaced",
            "mehmet-shehu",
            "beqir-balluku",
        ),
    ],
)
def test_an_active_verb_beside_a_passive_one_has_the_passives_subject_as_doer(
    text: str, quote: str, agent: str, patient: str
) -> None:
    [frame] = [f for f in frames_at(text, quote) if f["type"] == "take_office"]
    assert frame["roles"] == {"agent": [agent], "patient": [patient]}


@pytest.mark.parametrize(
    "text",
    [
        "On 22 November 1982 Alia was elected head of state, succeeding Omer Nishani.",
        "On 28 October 1974 Shehu was made defence minister, replacing Kadri Hazbiu.",
    ],
)
def test_a_wrong_predecessor_beside_a_passive_is_flagged(text: str) -> None:
    assert flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Balluku and Dume were sentenced to death and shot in November 1977.",
        "Balluku was tried in 1975 and executed in 1977.",
        "Balluku was dismissed in October 1974 and replaced as defence minister by Hazbiu.",
    ],
)
def test_a_verb_conjoined_to_a_passive_without_an_object_is_passive(text: str) -> None:
    assert flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Balluku served as minister of defence from 1948 until October 1974.", True),
        ("Enver Hoxha led Albania from 1944 until 1990.", True),
        ("Mehmet Shehu was prime minister from 1950 to 1981.", True),
        ("Balluku served as minister of defence from 1953 until 1974.", False),
        ("Mehmet Shehu was prime minister from 1954 to 1981.", False),
    ],
)
def test_a_span_reaching_years_past_the_records_bounds_is_partly_true(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Alia reopened relations with Washington in March 1992.", True),
        ("Tirana and Moscow reopened diplomatic ties in 1989.", True),
        ("In July 1990 Albania reopened relations with the Soviet Union.", False),
    ],
)
def test_reopened_relations_are_restored_relations(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the fronted year is the main clause's, across a clause opened by "after"
        ("In 1958, after Albania sided with China, Moscow broke off relations with Tirana.", True),
        ("In 1972, after the invasion of Czechoslovakia, Albania left the Warsaw Pact.", True),
        (
            "In 1961, after the Moscow conference, the Soviet Union broke off relations with "
            "Albania.",
            False,
        ),
        # the clause opened by "after" lies before the fronted time, not at it
        (
            "In February 1949, about a month after Comecon was set up in Moscow, Albania "
            "joined it.",
            False,
        ),
        ("In 1978, after Mao died, China cut off its aid to Albania.", False),
        # an answer's fragment: the time is the question's deed's
        ("When did Albania join Comecon? In February 1949, a month after it was founded.", False),
        (
            "In 1990, before the Soviet Union collapsed, Tirana restored relations with Moscow.",
            False,
        ),
    ],
)
def test_a_fronted_time_is_the_main_clauses_and_a_clause_opened_by_after_lies_before_it(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Albania and the Soviet Union had no relations after 1961. Pravda offered normal "
            "ties in 1982 and again in 1986.",
            False,
        ),
        ("Tirana and Moscow had broken in 1961. Moscow promised normal relations in 1986.", False),
        ("In 1975 Moscow offered to restore diplomatic relations with Tirana.", False),
        ("In 1975 Moscow restored diplomatic relations with Tirana.", True),
    ],
)
def test_a_thing_offered_or_promised_is_not_had(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "**September 1943** – Italy capitulates and German troops occupy Albania; the "
        "nationalists side with the occupiers.",
        "- November 1944 – Germany retreats and partisans enter Tirana; the war ends.",
        "- May 1945 – Germany surrenders and Yugoslav troops hold Trieste; peace returns.",
    ],
)
def test_a_verb_the_parser_gives_two_subjects_takes_the_nearest(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Haxhi Lleshi, head of state since 1946, retired in 1982.", True),
        ("Shehu, prime minister since 1948, died in 1981.", True),
        ("Albania, a member of the Warsaw Pact since 1950, left in 1968.", True),
        ("Haxhi Lleshi, head of state since 1953, retired in 1982.", False),
        ("Albania, a member of Comecon since 1949, stopped attending in 1961.", False),
        # a month or a year told: the term begun a year after it is not "since" it
        ("Ramiz Alia has been head of state since November 1981.", True),
        ("By 1985 Alia had been head of state since 1981.", True),
        ("Mehmet Shehu, prime minister since January 1953, died in 1981.", True),
        ("Ramiz Alia has been head of state since November 1982.", False),
        ("By 1985 Alia had been head of state since 1982.", False),
        ("Mehmet Shehu, prime minister since July 1954, died in 1981.", False),
        # a state an event began, told as begun years before the event
        ("Albania has taken no part in the Warsaw Pact's work since 1958.", True),
        ("Since 1957 Albania has been excluded from the work of Comecon.", True),
        ("Since 1958 Albania has been excluded from the meetings of the Warsaw Pact.", True),
        ("Albania has taken no part in the Warsaw Pact's work since 1962.", False),
        ("Since 1962 Albania has been excluded from the work of Comecon.", False),
    ],
)
def test_an_office_or_membership_held_since_years_before_it_began_is_partly_true(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "aside", "verdict"),
    [
        # an office the object is described by is a claim of its own, with its own time,
        # and the office taken is the one "as" names
        (
            "In April 1985 the Central Committee elected Ramiz Alia, head of state since"
            " November 1981, as first secretary.",
            "head of state since November 1981",
            "partly_supported",
        ),
        (
            "Two days after Hoxha's death in April 1985 the plenum chose Ramiz Alia, head of"
            " state since 1981, as First Secretary.",
            "head of state since 1981",
            "partly_supported",
        ),
        (
            "In April 1985 the plenum elected Ramiz Alia, head of state since November 1982, as"
            " first secretary.",
            "head of state since November 1982",
            "supported",
        ),
        (
            "The plenum elected Ramiz Alia, then head of state, as first secretary.",
            "head of state",
            "supported",
        ),
    ],
)
def test_an_office_the_object_is_described_by_is_judged_apart(
    text: str, aside: str, verdict: str
) -> None:
    said = {c["verdict"] for c in claims_of(text) if c["text"] == aside}
    assert said == {verdict}
    taken = [c for c in claims_of(text) if c["claim"].startswith("take_office")]
    assert all(c["verdict"] == "supported" for c in taken)


@pytest.mark.parametrize(
    "text",
    [
        "In July 1946 Hoxha headed an official delegation to Moscow, where he met Stalin.",
        "In June 1960 Hoxha headed the Albanian delegation to a meeting in Sofia.",
        "In July 1946 Hoxha headed an official delegation to Sofia.",
    ],
)
def test_a_delegation_to_one_place_is_not_held_against_a_meeting_in_another(text: str) -> None:
    assert not any(c.get("rule") == "delegation" for c in claims_of(text))


def test_a_delegation_to_the_meetings_own_place_is_still_held_against_it() -> None:
    assert flags_of("In June 1960 Hoxha headed the Albanian delegation to the Bucharest meeting.")


def claims_of(text: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout)["claims"])


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a flag on a clause is on its deed, not on a description of its subject
        (
            "Albania, the smallest of the Pact's signatories, has taken no part in the Warsaw"
            " Pact's work since 1958.",
            "has taken no part in the Warsaw Pact's work since 1958",
        ),
        (
            "Albania, a founding member of the alliance, left the Comecon in 1958.",
            "left the Comecon in 1958",
        ),
        (
            "Mehmet Shehu, Hoxha's prime minister, succeeded him as first secretary in 1985.",
            "succeeded him as first secretary in 1985",
        ),
    ],
)
def test_a_flag_leaves_out_the_subjects_description(text: str, flagged: str) -> None:
    said = [c["text"] for c in flags_of(text)]
    assert flagged in said
    assert not any(", " in str(t) and str(t).startswith(text[:8]) for t in said)


def verdicts_of(text: str, frame: str) -> list[str]:
    """The verdicts, in order, of the claims whose frame begins so ("join(agent: Albania")."""
    return [str(c["verdict"]) for c in claims_of(text) if str(c["claim"]).startswith(frame)]


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        ("Enver Hoxha was born in Gjirokastër on 16 October 1908.", "was born", "supported"),
        ("Hoxha was born on October 16, 1908, in the town of Korçë.", "was born", "contradicted"),
        ("Born in Tirana in 1925, Ramiz Alia joined the partisans.", "Born in", "contradicted"),
        ("Alia, born in Shkodër in 1925, joined the partisans.", "born in", "supported"),
        ("The son of a merchant, Mehmet Shehu was born in 1915.", "was born", "contradicted"),
    ],
)
def test_a_birth_is_held_to_its_record_date_and_town(text: str, quote: str, verdict: str) -> None:
    assert verdict in verdicts(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        ("ALIA, Ramiz (1925–2011). Albanian communist leader.", "1925", "supported"),
        ("Enver Hoxha (1908–1985) ruled Albania for four decades.", "1985", "supported"),
        ("Mehmet Shehu (1913–81) was prime minister.", "1913", "supported"),
        # a bracket of years may be a term of office: never held wrong
        ("Enver Hoxha (1944–85) ruled Albania.", "1944", "unverifiable"),
        ("Mehmet Shehu (1954–1981) was prime minister.", "1954", "unverifiable"),
    ],
)
def test_the_years_bracketed_after_a_name_are_a_life_only_when_they_fit(
    text: str, quote: str, verdict: str
) -> None:
    found = verdicts(text, quote)
    assert verdict in found and not found & ERRORS


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Koçi Xoxe died in 1949.", False),
        ("Balluku died in 1975.", False),
        ("Koçi Xoxe died in 1952.", True),
    ],
)
def test_an_execution_is_a_death(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "## Beqir Balluku\n\n- **Role:** Defence minister for two decades.\n- **Fate:** "
            "After Hoxha's purge of the army command he too fell; he was executed in 1975.",
            False,
        ),
        (
            "## Adil Çarçani\n\n- **Role:** A mining engineer and Shehu's deputy.\n- "
            "**Fate:** After Shehu's death he became prime minister in January 1982.",
            False,
        ),
        (
            "### Haxhi Lleshi\n\nHead of state for three decades. When Shehu's fall came he "
            "kept his post, and he died in 1998.",
            False,
        ),
        (
            "## Kadri Hazbiu\n\n- **Role:** Interior minister.\n- **Fate:** After Shehu's "
            "death he too fell; he was executed in 1980.",
            True,
        ),
    ],
)
def test_a_pronoun_under_a_heading_that_names_one_person_is_that_person(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Khrushchev never returned to Albania after 1959.", False),
        ("Hoxha never visited the Soviet Union after 1961.", False),
        ("Albania stopped taking part in Comecon. It never returned to the organization.", False),
        ("Hoxha never visited the Soviet Union after 1947.", True),
        ("Hoxha never visited Moscow before 1950.", True),
    ],
)
def test_never_after_a_year_looks_only_at_what_came_after_it(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "In 1986, after several private visits to Tirana by the West German chancellor, "
        "Helmut Kohl, relations improved.",
        "In 1959 the Soviet marshal Vasily Chuikov visited Albania.",
        "In 1990 the Greek prime minister, Andreas Papandreou, visited Tirana.",
    ],
)
def test_a_doer_named_by_a_name_the_chronicle_does_not_know_is_not_borne_out(text: str) -> None:
    assert not {"supported", *ERRORS} & {c["verdict"] for c in claims_of(text) if c["frames"]}


def test_a_doer_named_as_the_chronicle_knows_him_is_still_borne_out() -> None:
    text = "In 1959 the Soviet leader, Nikita Khrushchev, visited Albania."
    assert "supported" in verdicts(text, "visited Albania")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Beijing claimed to have sent some 16,000 experts to Albania over the years.",
            "unverifiable",
        ),
        ("China said it had sent 60,000 experts to Albania.", "unverifiable"),
        ("China said it had sent about 6,000 experts to Albania.", "supported"),
    ],
)
def test_a_count_the_chronicle_records_otherwise_is_not_borne_out(text: str, verdict: str) -> None:
    assert verdicts(text, "experts") == {verdict}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a reference entry's headword is what its "he" means
        (
            "SHEHU, Mehmet (1913–1981), Albanian politician. After the purge of Beqir Balluku "
            "he also took over the defence ministry. He died in Tirana in December 1981.",
            False,
        ),
        (
            "KAPO, Hysni (1915–1979), Albanian communist. After Xoxe's fall he rose fast. He "
            "died in Paris in 1979.",
            False,
        ),
        (
            "SHEHU, Mehmet (1913–1981), Albanian politician. He died in Tirana in 1983.",
            True,
        ),
        # the entry's own person the subject again after another: "he" is theirs
        (
            "KAPO, Hysni (1915–1979), Albanian communist. Hoxha trusted him. Kapo rose fast "
            "in the party. He died in Paris in 1983.",
            True,
        ),
        # another person the subject since the heading: "he" is left open, unless a
        # pronoun has kept the entry's person in view since ("denounced him. He ...")
        (
            "SHEHU, Mehmet (1913–1981), Albanian politician. Hoxha later turned on the "
            "premier's family. He was succeeded as prime minister by Kadri Hazbiu.",
            False,
        ),
        (
            "SHEHU, Mehmet (1913–1981), Albanian politician. Hoxha later denounced him. He "
            "was succeeded as prime minister by Kadri Hazbiu.",
            True,
        ),
    ],
)
def test_a_pronoun_in_a_reference_entry_is_its_headwords_person(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "From 1978 to 1989 Albania eschewed foreign aid.",
        "Throughout the 1980s Tirana refused Western credits and shunned foreign aid.",
        "In 1985 Albania rejected Soviet aid.",
    ],
)
def test_what_is_shunned_or_refused_is_not_borne_out_as_had(text: str) -> None:
    assert not any(
        c["verdict"] == "supported" and c["frames"] and c["frames"][0]["type"] == "give_aid"
        for c in claims_of(text)
    )


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "ALIA, Ramiz (1925–2011), Albanian leader. He died in Tirana in 2011.\n\n"
            "ÇARÇANI, Adil (1922–1997), Albanian politician. He succeeded Mehmet Shehu as "
            "prime minister in December 1981. He died in Tirana in 1997.",
            False,
        ),
        (
            "KAPO, Hysni (1915–1979), Albanian communist. He died in Paris in 1979.\n"
            "SHEHU, Mehmet (1913–1981), Albanian politician. He died in December 1981.",
            False,
        ),
        (
            "KAPO, Hysni (1915–1979), Albanian communist. He died in 1979.\n"
            "SHEHU, Mehmet (1913–1981), Albanian politician. He died in 1979.",
            True,
        ),
    ],
)
def test_each_reference_entry_runs_to_the_next_headword(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "**1992**\n- 3 April: Alia resigns.\n- 9 April: Sali Berisha is elected president; "
            "Aleksandër Meksi becomes prime minister.",
            False,
        ),
        ("**1968**\n- 13 September: Albania leaves the Warsaw Pact. Hoxha dies.", True),
        (
            "- 3 April 1992 – Alia resigns; on 9 April parliament elects Sali Berisha "
            "president, and Aleksandër Meksi becomes prime minister.",
            False,
        ),
        ("On 9 April 1992 Berisha was elected president and Meksi became prime minister.", False),
        (
            "On 9 April 1992 Berisha was elected president and Enver Hoxha died.",
            True,
        ),
    ],
)
def test_a_day_that_heads_one_deed_is_only_the_month_of_the_next(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "In the spring of 1961 Albania retained six boats of the Soviet squadron.",
            "unverifiable",
        ),
        ("In 1961 Albania kept ten Soviet vessels at Vlorë.", "unverifiable"),
        ("In 1961 Albania seized four Soviet submarines.", "supported"),
    ],
)
def test_a_count_of_vessels_is_held_to_the_records_count_of_any_vessels(
    text: str, verdict: str
) -> None:
    found = {c["verdict"] for c in claims_of(text) if c["frames"]}
    assert verdict in found and not found & ERRORS


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In September 1960, as Tirana edged towards its break with Moscow, Belishova fell.",
            False,
        ),
        ("By 1960 Albania was on the brink of a break with the Soviet Union.", False),
        ("In 1960 the two parties drifted toward a rupture of diplomatic relations.", False),
        # (1962 itself lies within a year of the alliance's end, which a break with a
        # state, relations unnamed, may also mean: 1965 is after both had ended)
        ("In 1965 Albania moved towards a break with the Soviet Union.", True),
    ],
)
def test_an_event_a_clause_moves_towards_lies_after_its_time(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        'Common misconceptions:\n\n**1. "Albania left the Warsaw Pact in 1961."**\nNot formally.',
        'Myth: "Hoxha never met Stalin." In fact he met him several times.',
        '"The Soviet Union invaded Albania in 1961" is a claim one still hears.',
    ],
)
def test_a_statement_in_quotation_marks_is_not_the_texts_own(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some misconceptions about Soviet-Albanian relations between 1944 and 1992.",
        "This chapter is a short history of Chinese aid to Albania from 1950 to 1990.",
        "The lecture gives an overview of Soviet aid to Albania between 1940 and 1970.",
    ],
)
def test_a_deed_named_as_a_topic_is_not_claimed(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1944 the partisans took power in Albania, and in 1952 Soviet aid was flowing.",
        "Between 1944 and 1955 Albania moved from Belgrade's orbit to Moscow's.",
        "Albania under Hoxha, 1944-1985: the party ruled every corner of life.",
    ],
)
def test_a_birth_is_a_detail_never_listed_as_an_omission(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    omitted = [o["statement"] for o in json.loads(result.stdout)["omissions"]]
    assert not [s for s in omitted if " is born" in s]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("From 1970 to 1989 Albania eschewed foreign aid.", True),
        ("In the 1970s and 1980s Albania shunned foreign aid and trade.", True),
        ("Between 1970 and 1990 Tirana refused all foreign aid.", True),
        ("In the 1980s Albania shunned foreign aid.", False),
        ("In 1985 Albania rejected Soviet aid.", False),
        # giving up what one had is no denial that one had it
        (
            "On 13 September 1968 Albania formally renounced its membership of the Warsaw Pact.",
            False,
        ),
    ],
)
def test_a_state_of_affairs_denied_over_years_it_partly_held_is_partly_true(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "The Warsaw Pact was dissolved in 1989.",
        "In 1990 the Warsaw Treaty Organization was disbanded.",
        "The dissolution of the Warsaw Pact in 1988 ended the bloc.",
    ],
)
def test_a_body_dissolved_is_corrected_with_its_own_end_not_a_members(text: str) -> None:
    # nor is a state's membership ending the body's end
    assert not verdicts("Albania's membership in the Warsaw Pact ended in 1968.", "ended") & ERRORS
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    flagged = [c for c in json.loads(result.stdout)["claims"] if c["verdict"] == "contradicted"]
    assert flagged
    assert all("1991-07-01" in c["correction"] for c in flagged)


@pytest.mark.parametrize(
    ("text", "quote", "actor"),
    [
        # a pronoun inside a phrase is not that phrase's owner
        (
            "Shehu served Hoxha for decades. In 1981 Hoxha's denunciation of him was total.",
            "denunciation of him",
            "Mehmet Shehu",
        ),
        (
            "Alia rose under Hoxha. In 1960 Hoxha's condemnation of him was mild.",
            "condemnation of him",
            "Ramiz Alia",
        ),
        ("Kapo served Hoxha. Hoxha's criticism of him in 1960 was mild.", "criticism", "Kapo"),
        # a verbless line naming others only as owners does not take over "he"
        (
            "Ramiz Alia (1925–2011). Party leader after Hoxha's death. He died in 2011.",
            "He died",
            "Ramiz Alia",
        ),
        (
            "Mehmet Shehu (1913–1981). Premier from 1954 until Hoxha's turn against him. "
            "He died in 1981.",
            "He died",
            "Mehmet Shehu",
        ),
        ("Hysni Kapo. Loyal lieutenant during Hoxha's rule. He died in 1979.", "He died", "Kapo"),
    ],
)
def test_an_owner_named_in_passing_is_not_the_pronouns_antecedent(
    text: str, quote: str, actor: str
) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = [c for c in json.loads(result.stdout)["claims"] if quote in c["text"]]
    framed = [c for c in claims if "(" in c["claim"].split(" ")[0]]
    assert framed and all(actor in c["claim"] for c in framed)
    assert all("Hoxha" not in c["claim"] for c in framed if "He died" in c["text"])


@pytest.mark.parametrize(
    "text",
    [
        # "the two countries" taken from the context is a guess: never held against the
        # record of another pair
        "Albania and the Soviet Union split in 1961. China then backed Albania until Beijing "
        "cut its aid in 1978. The two countries restored relations in July 1990.",
        "Albania broke with Moscow in 1961. Beijing's aid to Tirana ended in 1978. In 1990 the "
        "two countries re-established diplomatic ties.",
        "Tirana quarrelled with Moscow in 1961. China aided Albania until 1978. The two states "
        "restored relations on 30 July 1990.",
        # an organization only in play, not named, is not what a state "left"
        "The Warsaw Pact was founded in 1955. When the Soviets left in 1961, Albania kept four "
        "of the submarines.",
        "Albania joined the Warsaw Pact in 1955. The Soviets left Vlorë in 1961.",
        "The Warsaw Pact met in 1961. After the quarrel the Soviet Union left in May.",
    ],
)
def test_a_guessed_pair_or_an_organization_in_play_denies_no_record(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # relations established with a new government: the renewal of earlier ones
        (
            "On 10 November 1945 the Soviet Union established diplomatic relations with Albania.",
            "established",
        ),
        ("In 1945 Moscow established diplomatic ties with Tirana.", "established"),
        ("The USSR established relations with Hoxha's government in November 1945.", "established"),
        # an object pronoun is not its own clause's subject, whoever the section is about
        ("After Hoxha resigned in 1954, Shehu replaced him as premier.", "replaced him"),
        (
            "SHEHU, Mehmet (1913–1981). Albanian communist. When Enver Hoxha gave up the "
            "premiership in July 1954, Shehu succeeded him.",
            "succeeded him",
        ),
        (
            "Koçi Xoxe fell in 1948. When Enver Hoxha gave up the premiership in July 1954, "
            "Shehu succeeded him as chairman of the Council of Ministers.",
            "succeeded him",
        ),
    ],
)
def test_renewed_relations_and_an_object_pronoun_are_read_as_the_record_has_them(
    text: str, quote: str
) -> None:
    said = verdicts(text, quote)
    assert "supported" in said
    assert not said & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # who "he" is, the resolver guesses: the wrong-actor rule needs the actor named
        "Hoxha turned on Xoxe in 1948. He was arrested, tried and shot in June 1949.",
        "Shehu denounced Xoxe. In June 1949 he was executed by firing squad.",
        "Hoxha purged Xoxe, and in 1949 he was shot.",
    ],
)
def test_an_actor_named_only_by_a_pronoun_is_not_held_to_be_the_wrong_one(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS
    # named, the same deed is still the wrong actor's
    assert verdicts("In June 1949 Hoxha was shot.", "shot") == {"contradicted"}


@pytest.mark.parametrize(
    "text",
    [
        # a time on a verb that modifies the noun's phrase is that verb's event's
        "Moscow and Tirana announced the restoration of relations broken off in 1961.",
        "Albania and the USSR agreed to the resumption of diplomatic ties severed in 1961.",
        "In July 1990 Alia oversaw the restoration of diplomatic ties severed in 1961.",
    ],
)
def test_a_time_in_a_participle_after_a_noun_is_not_the_nouns(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS
    # a time the noun's own phrase holds under a verb above it is still the noun's
    said = verdicts(
        "Tirana was dismayed by the rapprochement that culminated in Richard Nixon's visit to "
        "Beijing in February 1972.",
        "Nixon's visit",
    )
    assert "supported" in said


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a doer the chronicle has no actor for: borne out only by a record naming them
        ("On 22 June 1991 US Secretary of State George Shultz visited Tirana.", False),
        ("In June 1991 George Shultz visited Albania.", False),
        ("On 22 June 1991 the American Secretary of State, George Shultz, visited Tirana.", False),
        ("On 22 June 1991 US Secretary of State James Baker visited Tirana.", True),
        ("In June 1991 James Baker visited Albania.", True),
    ],
)
def test_a_doer_the_chronicle_does_not_know_is_borne_out_only_where_a_record_names_him(
    text: str, named: bool
) -> None:
    said = verdicts(text, "visited")
    assert ("supported" in said) == named
    assert not said & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # "X replaced Y as Z": Y was Z before, X after; neither for the whole span told
        "China replaced the Soviet Union as patron until 1978, when Peking cut off its aid.",
        "From 1961 China replaced the Soviet Union as patron until 1978.",
        "Beijing supplanted Moscow as protector of Tirana until the break of 1978.",
    ],
)
def test_a_role_taken_over_from_another_is_not_held_against_either(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a question asks, it does not assert
        "Did Albania leave the Warsaw Pact in 1966?",
        "**Q: Why did Albania leave the Warsaw Pact in 1966?**",
        "How did Albania's alliances change between 1944 and 1992?",
        # a share counts its part, not the whole ("92 of 140 seats")
        "In the elections of 22 March 1992 the Democratic Party won 92 of 140 seats.",
    ],
)
def test_questions_and_shares_are_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "From the late 1950s the Soviet Navy kept a submarine brigade at Vlorë.",
        "In 1961 the Soviet Navy withdrew most of its submarines from Vlorë.",
        "In 1958 the Soviet Navy based submarines in the Bay of Vlorë.",
    ],
)
def test_a_body_named_after_a_demonym_is_no_unknown_person(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    assert "supported" in {c["verdict"] for c in claims}
    assert not any("does not know" in (c.get("reason") or "") for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # a line labelled a myth or a misconception is set out to be refuted
        "Myth: Albania left the Warsaw Pact in 1961.\nFact: it left in 1968.",
        "**Myth 1: The Red Army liberated Albania in 1944.**\n**Fact:** the partisans did.",
        "- Misconception 2: Albania joined Comecon in 1955.",
    ],
)
def test_a_myth_set_out_to_be_refuted_is_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # "no" on the object denies the deed ("took no part", "sent no delegation")
        (
            "From 1962 Albania had taken no part in the Warsaw Pact's meetings.",
            "taken no part",
            "supported",
        ),
        ("After 1961 Albania took no part in the work of Comecon.", "took no part", "supported"),
        ("From 1962 Albania played no part in the Warsaw Pact's councils.", "no part", None),
        ("Albania took no part in the invasion of Czechoslovakia in 1968.", "took no part", None),
        # "part" is membership only as "part of" an organization
        ("Albania remained part of the Warsaw Pact until 1968.", "part of", "supported"),
        ("In 1965 Albania was formally still part of the Warsaw Pact.", "part of", "supported"),
    ],
)
def test_no_on_the_object_denies_the_deed(text: str, quote: str, verdict: str | None) -> None:
    said = verdicts(text, quote)
    assert not said & ERRORS
    if verdict:
        assert verdict in said


@pytest.mark.parametrize(
    "text, quote",
    [
        # a record known only to lie within two years does not bear out a month
        (
            "In March 1947 Serbo-Croatian was made a compulsory subject in Albanian high schools.",
            "Serbo-Croatian",
        ),
        (
            "A friendship treaty of October 1947 led to Serbo-Croatian lessons in Albanian"
            " schools.",
            "Serbo-Croatian",
        ),
        ("Serbo-Croatian classes became compulsory in Albania in May 1948.", "Serbo-Croatian"),
    ],
)
def test_a_record_of_a_wide_span_does_not_bear_out_a_month(text: str, quote: str) -> None:
    assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # no one visits his own state: "the country" is where the visitor last went
        (
            "Khrushchev came to Albania in 1959. He toured the country in May 1957 as well, on"
            " his only trip there.",
            "He toured",
            "contradicted",
        ),
        (
            "Khrushchev went to Albania in 1959. In May 1959 he toured the country.",
            "toured",
            "supported",
        ),
        (
            "Zhou Enlai flew to Tirana in 1964. In January 1964 he was the country's guest.",
            "Zhou",
            "supported",
        ),
        ("In 1959 Khrushchev toured the country for twelve days.", "toured", None),
    ],
)
def test_no_one_visits_his_own_state(text: str, quote: str, verdict: str | None) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # "neither did X", "nor did X": X too did not do what the clause before denied
        (
            "Albania took no part in the invasion of Czechoslovakia; neither did Hungary.",
            "neither did Hungary",
            "contradicted",
        ),
        (
            "Albania took no part in the invasion of Czechoslovakia; neither did Romania.",
            "neither did Romania",
            "supported",
        ),
        (
            "Romania did not send troops into Czechoslovakia in 1968. Nor did Poland.",
            "Nor did Poland",
            "contradicted",
        ),
        (
            "Romania did not send troops into Czechoslovakia in 1968. Nor did Albania.",
            "Nor did Albania",
            "supported",
        ),
        # "so did X", "X did too": X did it as well, at the same time
        (
            "Hungary sent troops into Czechoslovakia in August 1968, and so did Romania.",
            "did Romania",
            "contradicted",
        ),
        (
            "Hungary sent troops into Czechoslovakia in August 1968, and so did Poland.",
            "did Poland",
            "supported",
        ),
        ("Poland joined the Warsaw Pact in 1955. Albania did too.", "Albania did too", "supported"),
        # "so it did" is doing as asked, no echo; an echo keeps the polarity it echoes
        ("Moscow asked Albania to leave Comecon in 1962, and so it did.", "it did", None),
        ("Hungary sent troops into Czechoslovakia in 1968; neither did Romania.", "Romania", None),
    ],
)
def test_an_echo_says_again_what_the_clause_before_said_of_another(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # "X followed (suit)", "did the same": X did what the claim before told
        (
            "Albania joined Comecon in February 1949. East Germany followed in 1950.",
            "followed",
            "supported",
        ),
        (
            "Albania joined Comecon in 1949; Mongolia followed suit in 1972.",
            "followed suit",
            "contradicted",
        ),
        (
            "The Soviet Union restored relations with Albania on 30 July 1990. The United States"
            " followed on 15 March 1991.",
            "followed",
            "supported",
        ),
        (
            "Moscow restored relations with Tirana in July 1990, and Washington did the same in"
            " 1992.",
            "did the same",
            "contradicted",
        ),
        (
            "Khrushchev visited Albania in May 1959. Zhou Enlai followed in 1964.",
            "followed",
            "supported",
        ),
        # an event that follows is no actor doing the same; a denial is a denial
        (
            "Albania joined Comecon in February 1949. The invasion of Czechoslovakia followed in"
            " August 1950.",
            "followed",
            None,
        ),
        ("In 1968 Albania left the Warsaw Pact. Romania did not follow.", "follow", None),
        # following one as an office holder is succeeding him: of 1953, not 1960
        (
            "Stalin died in March 1953. Malenkov followed him as premier in 1960.",
            "followed",
            "contradicted",
        ),
    ],
)
def test_one_who_followed_did_what_the_claim_before_told(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # a year in which the office changed hands between two others: neither was he
        ("Kadri Hazbiu was defence minister in 1974.", "Kadri Hazbiu", "contradicted"),
        (
            "In 1974 Hoxha purged the defence minister, Kadri Hazbiu.",
            "defence minister",
            "contradicted",
        ),
        ("In 1974 the Minister of Defence was Hysni Kapo.", "Minister of Defence", "contradicted"),
        ("Beqir Balluku was defence minister in 1974.", "Beqir Balluku", "supported"),
        ("Mehmet Shehu was defence minister in 1974.", "Mehmet Shehu", "supported"),
        # a term whose start is uncertain leaves the year open
        ("Kadri Hazbiu was defence minister in 1981.", "Kadri Hazbiu", None),
        # a ministry is handed over or given up like any post
        ("In 1954 Shehu handed the interior ministry to Kadri Hazbiu.", "handed", "supported"),
        (
            "In July 1954 Shehu handed the Interior Ministry to Beqir Balluku.",
            "handed",
            "contradicted",
        ),
        ("Shehu gave up the interior ministry in July 1954.", "gave up", "supported"),
    ],
)
def test_an_office_held_by_others_throughout_the_time_told(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # "withdrew" with nothing but a time: from the organization in play
        (
            "Albania had been a member of the Warsaw Pact since 1955. In 1968 it withdrew.",
            "withdrew",
            "supported",
        ),
        (
            "Albania had been a member of the Warsaw Pact since 1955. In 1962 it pulled out.",
            "pulled out",
            "contradicted",
        ),
        (
            "After the invasion the Warsaw Pact lost a member: in September 1968 Albania's"
            " parliament voted to withdraw.",
            "withdraw",
            "supported",
        ),
        (
            "Tirana stayed in the Warsaw Pact for years. It finally dropped out in 1966.",
            "dropped out",
            "contradicted",
        ),
        # from a place, or of things: no organization
        (
            "Albania was barred from Warsaw Pact meetings. In 1961 the Soviets withdrew from"
            " Vlorë.",
            "withdrew",
            None,
        ),
        ("The Warsaw Pact met in 1961. Albania's delegates withdrew.", "withdrew", None),
    ],
)
def test_a_bare_withdrawal_is_from_the_organization_in_play(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text, named",
    [
        # a gathering named by the wrong number: the flag marks the name, not the sentence
        (
            "In February 1956 Khrushchev denounced Stalin in his Secret Speech at the 22nd"
            " Party Congress.",
            "22nd Party Congress",
        ),
        (
            "February 1956: Khrushchev's secret speech against Stalin at the 21st Congress.",
            "21st Congress",
        ),
        (
            "At the meeting of 64 communist and workers' parties in Moscow in November 1960,"
            " Hoxha attacked Khrushchev.",
            "64 communist and workers' parties",
        ),
    ],
)
def test_a_wrong_number_in_a_name_is_flagged_on_the_name(text: str, named: str) -> None:
    flags = flags_of(text)
    assert [f["text"] for f in flags] == [named]
    assert all(text[f["start"] : f["end"]] == f["text"] for f in flags)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a date or a place held wrong: the flag marks the date or the place
        ("Koçi Xoxe was executed in June 1951 for his Titoist views.", "June 1951"),
        ("Albania, disillusioned, pulled out of the Warsaw Pact in 1962.", "1962"),
        (
            "Hoxha was born on 16 October 1908 in Korçë, then part of the Ottoman Empire, the son"
            " of a merchant.",
            "Korçë",
        ),
        (
            "In November 1960 Hoxha went to Bucharest for the conference of 81 communist parties.",
            "Bucharest",
        ),
    ],
)
def test_a_wrong_date_or_place_is_flagged_on_itself(text: str, wrong: str) -> None:
    flags = flags_of(text)
    assert [f["text"] for f in flags] == [wrong]
    assert all(text[f["start"] : f["end"]] == f["text"] for f in flags)


@pytest.mark.parametrize(
    "text",
    [
        # an office named beside a man shot for treason was his before, not then
        "Koçi Xoxe, the interior minister, was executed in June 1949.",
        "The former Minister of the Interior, Koçi Xoxe, was executed in 1949.",
        "In June 1949 the regime executed the interior minister Koçi Xoxe.",
        # a creed named after a man is no unknown person
        "Xoxe was executed in June 1949 as a Titoist.",
    ],
)
def test_an_office_beside_an_execution_is_not_dated_by_it(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # "the first X to do Y" ranks a deed, it is no office taken
        "In 1991 Muhamet Kapllani became the first Albanian foreign minister in three decades"
        " to travel officially to Moscow.",
        "In 1960 Hoxha became the only party leader to defy Khrushchev in public.",
        "In September 1991 Kapllani became the first foreign minister of Albania to go to"
        " Moscow since 1961.",
        # an event told of: the telling's time is not the event's
        "Six states founded Comecon in Moscow; its creation was announced on 25 January 1949.",
        "The founding of Comecon was made public on 25 January 1949.",
        # one named as the one who did not ("rather than Hoxha") did not
        "In March 1961, at the Warsaw Pact meeting in Moscow, Albania was represented by Hysni"
        " Kapo rather than Hoxha.",
        "In March 1961 Albania was represented at the Warsaw Pact meeting in Moscow by Hysni"
        " Kapo instead of Hoxha.",
    ],
)
def test_ranks_tellings_and_those_set_against_are_not_the_deed(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text, quote",
    [
        # a death, a birth or an execution told of had happened by the telling
        ("Hoxha's death was announced on 11 April 1983.", "death"),
        ("The execution of Koçi Xoxe was announced in June 1947.", "execution"),
        ("Stalin's death was reported on 6 March 1951.", "death"),
    ],
)
def test_a_death_told_of_had_happened_by_the_telling(text: str, quote: str) -> None:
    assert "contradicted" in verdicts(text, quote)


def test_a_time_told_in_passing_is_not_counted_from() -> None:
    # "within days" counts from the death of April 1985, not from "since November 1982"
    text = (
        "On 11 April 1985 Enver Hoxha died. Alia had been head of state since November 1982,"
        " when he became chairman of the Presidium. Within days the Central Committee elected"
        " him first secretary."
    )
    assert not flags_of(text)
    assert "supported" in verdicts(text, "Within days the Central Committee")


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # "joined X as a founding member": the subject, not the object, is the member
        (
            "Albania joined Comecon as a founding member in February 1949.",
            "founding member",
            "contradicted",
        ),
        (
            "Albania signed the Warsaw Treaty as a founding member in May 1955.",
            "founding member",
            "supported",
        ),
        (
            "Hungary entered Comecon as a founding member in January 1949.",
            "founding member",
            "supported",
        ),
        # "named Shehu as premier": the object is what the noun names
        ("In July 1954 Hoxha named Shehu as premier.", "premier", "supported"),
        # ships that leave "Albanian waters" leave Albania, and their number is theirs
        (
            "On 26 May 1961 the remaining ten Soviet submarines left Albanian waters.",
            "ten",
            "contradicted",
        ),
        ("In May 1961 eight Soviet submarines left Albanian waters.", "eight", "supported"),
        ("The Soviet Union withdrew eight submarines from Vlorë in 1961.", "eight", "supported"),
    ],
)
def test_who_an_as_phrase_names_and_what_a_subject_counts(
    text: str, quote: str, verdict: str
) -> None:
    assert_verdict(text, quote, verdict)


def test_a_wrong_number_is_flagged_on_the_number() -> None:
    text = "On 26 May 1961 the remaining ten Soviet submarines left Albanian waters."
    assert [f["text"] for f in flags_of(text)] == ["ten"]


@pytest.mark.parametrize(
    "text, verdict",
    [
        # "since" tells when a membership or a term began
        ("Albania had been a member of Comecon since 1955.", "partly_supported"),
        ("Shehu had been prime minister since 1960.", "partly_supported"),
        ("By 1980 Hoxha had ever since 1950 been first secretary.", "partly_supported"),
        ("Albania had been a member of Comecon since 1949.", "supported"),
        ("By 1960 Albania had been a member of the Warsaw Pact since 1955.", "supported"),
        # unless the words say it only went on from then
        ("Since 1962 Albania had been a member of the Warsaw Pact only on paper.", "supported"),
        ("Since 1965 Albania had still formally been a member of the Warsaw Pact.", "supported"),
    ],
)
def test_since_tells_when_a_membership_or_term_began(text: str, verdict: str) -> None:
    assert verdict in verdicts(text, text[:20])


@pytest.mark.parametrize(
    "text, quote, verdict",
    [
        # an item of a list is read, however short, unless it is only a bold title
        (
            "Comecon's later members:\n- East Germany joined in 1955\n",
            "joined in 1955",
            "contradicted",
        ),
        (
            "Key dates:\n* Albania left the Warsaw Pact in 1962\n",
            "left the Warsaw Pact",
            "contradicted",
        ),
        ("Timeline\n1. Albania joined Comecon in February 1949\n", "joined Comecon", "supported"),
    ],
)
def test_a_short_item_of_a_list_is_no_title(text: str, quote: str, verdict: str) -> None:
    assert verdict in verdicts(text, quote)


def test_a_bold_line_in_a_list_is_a_title() -> None:
    assert claims_of("- **Albania and the Warsaw Pact (1955-1962)**\n") == []


@pytest.mark.parametrize(
    "text, wrong",
    [
        # a gathering named by its number and dated in the same breath to another time
        (
            "The Eighth Party Congress, held in Tirana in November 1980, confirmed Alia's rise.",
            "November 1980",
        ),
        (
            "At the Twenty-Second Congress in October 1962 Khrushchev attacked the Albanian"
            " leaders.",
            "October 1962",
        ),
        ("In October 1962, at the 22nd Congress, Khrushchev attacked Albania.", "October 1962"),
        (
            "The meeting of 81 parties in Moscow in November 1961 saw Hoxha attack Khrushchev.",
            "November 1961",
        ),
        # dated rightly, or the date is another deed's
        ("At the 22nd Congress in October 1961 Khrushchev attacked the Albanian leaders.", None),
        ("In November 1961, a month after the 22nd Congress, Hoxha denounced Khrushchev.", None),
        ("The Eighth Congress of the Chinese party in September 1956 was attended by Hoxha.", None),
        # whose gathering it was, named after it, is part of its name
        ("The 22nd Congress of the CPSU opened in Moscow in October 1962.", "October 1962"),
        (
            "The Fifth Congress of the Party of Labour of Albania was held in Tirana in "
            "February 1962.",
            "February 1962",
        ),
        (
            "The 20th Congress of the Communist Party of the Soviet Union met in February 1957.",
            "February 1957",
        ),
        ("The 22nd Congress of the CPSU opened in Moscow in October 1961.", None),
        # another party's congress of that number is not the one on record
        (
            "Brezhnev set it out in a speech to the Fifth Congress of the Polish United "
            "Workers' Party in November 1968.",
            None,
        ),
    ],
)
def test_a_gathering_named_by_its_number_at_another_time(text: str, wrong: str | None) -> None:
    assert [f["text"] for f in flags_of(text)] == ([wrong] if wrong else [])


def test_forces_based_withdrawn_and_seized_are_counted_apart() -> None:
    # twelve submarines based at Vlorë, eight sailed, four kept: "twelve sailed" is
    # not borne out by the twelve based
    for sailed in (
        "In 1961 the Soviets sailed twelve submarines out of Vlorë.",
        "In May 1961 the Soviet Union withdrew twelve submarines from Vlorë.",
    ):
        assert "supported" not in verdicts(sailed, "twelve")
    assert "supported" in verdicts(
        "By 1961 twelve Soviet submarines were based at Vlorë.", "twelve"
    )


def test_a_year_heading_a_line_is_no_count() -> None:
    assert not flags_of("Key dates:\n- 1968 – withdrawal from the Warsaw Pact\n")


@pytest.mark.parametrize(
    "text",
    [
        # a record of what did not happen bears out no statement by its words
        "In November 1971 a high-level Chinese delegation attended the Sixth Congress of the"
        " Albanian party.",
        "In November 1971 Chinese delegates came to the Sixth Congress of the Albanian party.",
        "In 1971 the Sixth Congress of the Albanian party was attended by a Chinese delegation.",
    ],
)
def test_a_record_of_what_did_not_happen_bears_out_no_words(text: str) -> None:
    assert "supported" not in verdicts(text, "Sixth Congress")


@pytest.mark.parametrize(
    "text, quote",
    [
        # the year in brackets of a heading is its section's, which a later month takes
        (
            "2. **Drift (1955-1960).** Khrushchev visited Albania in 1959.\n\n3. **The rupture"
            " (1961).** After Khrushchev attacked Albania at the 22nd Party Congress in October,"
            " the USSR broke off relations in December.",
            "22nd Party Congress",
        ),
        (
            "2. **Liberation (1944)** The partisans took Tirana on 17 November and the rest of"
            " the country by the 29th of November.",
            "took Tirana",
        ),
        ("## The break (1961)\nIn December Moscow broke off relations with Tirana.", "broke off"),
        # a record of a refusal still tells of the meeting where it was made
        (
            "The quarrel with Moscow became public in June 1960, at the Bucharest meeting.",
            "quarrel",
        ),
    ],
)
def test_a_headings_bracketed_year_dates_its_section(text: str, quote: str) -> None:
    assert not flags_of(text)
    assert "supported" in verdicts(text, quote)


@pytest.mark.parametrize(
    "text, verdict",
    [
        # a time inside a coordination is said of the actor it stands by
        ("Albania joined Comecon in 1949 and the Warsaw Pact in 1955.", "supported"),
        ("Albania joined Comecon in 1949 and the Warsaw Pact in 1956.", "partly_supported"),
        (
            "Albania entered Comecon in February 1949 and the Warsaw Pact in 1957.",
            "partly_supported",
        ),
        # one time after the last, or before the first, is said of every one
        ("Albania joined Comecon and the Warsaw Pact in 1955.", "partly_supported"),
        ("In 1955 Albania joined Comecon and the Warsaw Pact.", "partly_supported"),
        # gapped after a comma: the time is the second one's, not the first's
        ("Albania joined Comecon and, in 1955, the Warsaw Pact.", "supported"),
    ],
)
def test_a_time_inside_a_coordination_is_its_neighbours(text: str, verdict: str) -> None:
    said = verdicts(text, text[:25])
    assert verdict in said
    if verdict == "supported":
        assert not said & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # being ready for a deed is not doing it
        "Pravda said in 1982 that the Kremlin was ready for normal relations with Tirana.",
        "In 1982 Moscow declared itself ready to restore relations with Albania.",
        "In 1985 the Soviet Union was willing to re-establish ties with Albania.",
        # "signed the Pact as a founding member": a founder of the Pact, not of another body
        "In 1955 Albania, which had joined Comecon in 1949, signed the Warsaw Pact as a founding"
        " member.",
    ],
)
def test_readiness_is_no_deed_and_a_founder_is_of_what_was_signed(text: str) -> None:
    assert not flags_of(text)


def test_an_obituarys_first_date_is_a_year_a_later_day_may_take() -> None:
    # "on 13 April" after a background "December 1976" may be of the death's year
    text = (
        "ENVER HOXHA (1908–1985)\n\nEnver Hoxha died in Tirana on 11 April 1985.\n\nIn 1967"
        " he declared Albania an atheist state, and the constitution of December 1976 renamed"
        " the country.\n\nHe was buried on 15 April. Ramiz Alia, head of state since 1982, was"
        " named First Secretary on 13 April."
    )
    assert not flags_of(text)


def test_a_wrong_number_before_a_short_name_is_flagged_on_it() -> None:
    text = "In October 1961, at the Twenty-first Congress of the CPSU, Khrushchev attacked Albania."
    flags = flags_of(text)
    assert flags and all(f["text"].startswith("Twenty-first Congress") for f in flags)


@pytest.mark.parametrize(
    "text",
    [
        # before the years the chronicle covers whole, one state's record is no proof
        # that no other state did the same
        "In June 1939 diplomatic relations between Albania and Yugoslavia were broken off.",
        "In June 1939 Britain ended its diplomatic relations with Albania.",
        "In 1939 France broke off relations with Albania.",
    ],
)
def test_before_the_chronicles_years_another_actor_is_not_wrong(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a bare "withdrew" with a phrase of why or when, not of where, is from the
        # organization in play
        "Albania was a member of the Warsaw Pact. It withdrew in protest at the invasion.",
        "Albania was a member of the Warsaw Pact. In 1968 it withdrew over the invasion.",
        "Albania was a member of the Warsaw Pact. It pulled out in 1968, weeks after the invasion.",
    ],
)
def test_a_bare_withdrawal_with_a_reason_is_from_the_organization(text: str) -> None:
    assert verdicts_of(text, "leave(agent: Albania; org: Warsaw Pact)")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 1968 Enver Hoxha took Albania out of the Warsaw Pact.", "supported"),
        ("Hoxha pulled Albania out of the Warsaw Pact in 1968.", "supported"),
        ("In 1962 Hoxha led Albania out of the Warsaw Pact.", "contradicted"),
    ],
)
def test_taking_a_state_out_of_an_organization_is_its_leaving(text: str, verdict: str) -> None:
    assert verdicts_of(text, "leave(agent: Albania")[:1] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # "the country" beside a person's deed is not a state named only in passing
        "After the invasion of Czechoslovakia, Hoxha took the country out of the Warsaw Pact.",
        "Following the crushing of Hungary, Khrushchev kept the country in the Warsaw Pact.",
        "After the war with Greece, Hoxha led the country into Comecon.",
    ],
)
def test_the_country_of_a_persons_deed_is_not_a_state_named_in_passing(text: str) -> None:
    named = {"Czechoslovakia", "Hungary", "Greece"}
    for c in claims_of(text):
        assert not any(f"agent: {n}" in str(c["claim"]) for n in named)
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Albania left Comecon, which it had joined in February 1949.", "supported"),
        ("Albania quit the Warsaw Pact, which it had entered in 1955.", "supported"),
        ("Albania left the Warsaw Pact, which it had joined in 1957.", "contradicted"),
    ],
)
def test_an_object_relative_pronoun_is_the_noun_it_follows(text: str, verdict: str) -> None:
    assert verdicts_of(text, "join(agent: Albania")[:1] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "Enver Hoxha and Mehmet Shehu, who had succeeded him as prime minister in 1954, ruled.",
        "Hoxha trusted Shehu, who replaced him as premier in July 1954.",
        "Alongside Hoxha stood Shehu, who took over from him as prime minister in 1954.",
    ],
)
def test_him_in_a_relative_clause_is_not_the_one_it_describes(text: str) -> None:
    assert not flags_of(text)
    assert any(
        "agent: Mehmet Shehu; patient: Enver Hoxha" in str(c["claim"]) for c in claims_of(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a year in an apposition is told in passing: a later bare day is not of it
        "The Pact was dissolved in Prague on 1 July 1991. Comecon, the bloc's trading body"
        " founded in 1949, had been wound up in Budapest three days before, on 28 June.",
        "The Pact ended on 1 July 1991. Comecon, an organization created in 1949, had been"
        " dissolved in Budapest on 28 June.",
        "On 1 July 1991 the Pact was dissolved. Comecon, the council established in 1949,"
        " was wound up on 28 June.",
    ],
)
def test_a_year_in_an_apposition_does_not_date_a_later_day(text: str) -> None:
    assert not flags_of(text)
    june = next(t for t in timex.expressions(text) if t.text.endswith("28 June"))
    assert june.interval.edtf == "1991-06-28"


@pytest.mark.parametrize(
    ("text", "month"),
    [
        (
            "MOSCOW, Sept. 9, 1991 — The two states agreed at the end of July last year to"
            " restore relations.",
            "1990-07",
        ),
        (
            "TIRANA, Albania, April 2, 1991 — Relations with Moscow were restored in July last"
            " year.",
            "1990-07",
        ),
        (
            "BELGRADE, Jan. 5, 1972 — Last year Tirana and Belgrade raised their legations to"
            " embassies.",
            "1971",
        ),
    ],
)
def test_last_year_counts_from_a_storys_date(text: str, month: str) -> None:
    found = [t for t in timex.expressions(text) if "year" in t.text.lower()]
    assert found and found[0].interval.edtf == month
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a news story's bare days are of its own months, whatever year its background
        # named last
        "TIRANA, Albania, April 2, 1991 — Hoxha broke with China in 1978. On Feb. 20 a"
        " crowd pulled down his statue. The next day Mr. Alia dismissed Prime Minister Adil"
        " Carcani.",
        "VIENNA, March 1, 1991 — Hoxha, who ruled until 1985, broke with Beijing in 1978. On"
        " Feb. 21 Prime Minister Adil Carcani was dismissed.",
        "TIRANA, May 3, 1991 — The regime split with China in 1978. In February Prime"
        " Minister Adil Carcani lost his post.",
    ],
)
def test_a_storys_bare_day_may_be_of_its_own_year(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a date of the event the deed came after is not the deed's date
        "Ramiz Alia became First Secretary after Hoxha's death on 11 April 1985.",
        "Alia succeeded Hoxha as party leader following the dictator's death on 11 April 1985.",
        "Albania left the Warsaw Pact after the invasion of Czechoslovakia in August 1968.",
    ],
)
def test_a_date_of_the_event_before_is_not_the_deeds(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "He spoke before a large crowd in Bucharest on 21 August 1968.",
        "Albania left the Warsaw Pact before the invasion of Czechoslovakia in August 1968.",
        "Albania left the Warsaw Pact after the invasion, in August 1968.",
    ],
)
def test_before_a_crowd_or_a_comma_keeps_the_date_the_deeds(text: str) -> None:
    if "Warsaw" in text:  # left in September 1968: the date said is the leaving's
        assert flags_of(text)
    else:
        assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Comecon was founded in January 1949 by the Soviet Union and five other states.",
            "supported",
        ),
        (
            "In January 1949 the Soviet Union and five East European states set up Comecon.",
            "supported",
        ),
        (
            "Comecon was founded in January 1949 by the Soviet Union and four other states.",
            "contradicted",
        ),
    ],
)
def test_a_named_state_and_a_number_of_others_count_together(text: str, verdict: str) -> None:
    assert_verdict(text, "Comecon", verdict)


@pytest.mark.parametrize(
    "text",
    [
        "In 1970 the two leaders, Enver Hoxha, first secretary of the party, and Mehmet"
        " Shehu, met in Tirana.",
        "In 1975 Hoxha, the party's first secretary, and Shehu flew to nowhere.",
        "In 1965 Enver Hoxha, first secretary of the Party of Labour, and Mehmet Shehu"
        " received Zhou Enlai.",
    ],
)
def test_an_apposition_describes_only_the_name_before_it(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "**Mehmet Shehu (1913–1981)**\n\nA profile.\n\n**Early life and Spain**\n- He fought"
        " in Spain.\n\n**Prime minister**\n- On 20 July 1954 he succeeded Hoxha as prime"
        " minister.",
        "## Mehmet Shehu\n\n### Career in Yugoslavia's shadow\nIn July 1954 he succeeded Hoxha"
        " as premier.",
        "**Mehmet Shehu**\n\n**The war**\nHe led partisans.\n\n**Power**\nIn 1954 he replaced"
        " Hoxha as prime minister.",
    ],
)
def test_a_profiles_subheadings_keep_its_person(text: str) -> None:
    assert not flags_of(text)
    assert any(
        "agent: Mehmet Shehu; patient: Enver Hoxha" in str(c["claim"])
        and c["verdict"] == "supported"
        for c in claims_of(text)
    )


@pytest.mark.parametrize(
    ("text", "frame", "verdict"),
    [
        # a list entry with no subject is of the person its section is about
        (
            "**Leonid Brezhnev**\n- Replaced Khrushchev in October 1964.",
            "take_office(agent: Leonid Brezhnev; patient: Nikita Khrushchev)",
            "supported",
        ),
        (
            "**Nikita Khrushchev**\n- Visited Albania in May 1959.\n- Died in September 1971.",
            "die(patient: Nikita Khrushchev)",
            "supported",
        ),
        (
            "**Enver Hoxha**\n- Took Albania out of the Warsaw Pact in 1966.",
            "leave(agent: Albania",
            "contradicted",
        ),
    ],
)
def test_a_list_entry_without_subject_is_its_sections_person(
    text: str, frame: str, verdict: str
) -> None:
    assert verdicts_of(text, frame)[:1] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # what follows a colon tells of something else: its date is not the noun's
        "His career abroad began with the rupture with Moscow: in August 1961 he was sent"
        " to a meeting in Moscow.",
        "Everything turned on the break with Moscow: in May 1961 the submarines sailed.",
        "The story starts with the break with China: in 1977 Tirana attacked Beijing's line.",
    ],
)
def test_a_time_after_a_colon_does_not_date_the_noun_before_it(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "frame", "verdict"),
    [
        # a name on a line of its own, with or without its years, heads a section
        (
            "Hysni Kapo (1915–1979)\n- Party secretary.\n- Died in Paris in 1979.",
            "die(patient: Hysni Kapo)",
            "supported",
        ),
        (
            "Hysni Kapo (1915–1979)\n- Party secretary.\n- Died in Moscow in 1979.",
            "die(patient: Hysni Kapo)",
            "contradicted",
        ),
        (
            "Ramiz Alia (1925–2011)\n- Party leader from 1985.\n\nJoseph Stalin\n- Died in"
            " March 1953.",
            "die(patient: Joseph Stalin)",
            "supported",
        ),
    ],
)
def test_a_name_on_its_own_line_heads_the_entries_below(
    text: str, frame: str, verdict: str
) -> None:
    said = set(verdicts_of(text, frame))
    assert verdict in said
    if verdict != "contradicted":
        assert "contradicted" not in said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a passive subject is the one another "followed"
        (
            "Albania was admitted to Comecon in February 1949, and East Germany followed in"
            " September 1950.",
            "supported",
        ),
        ("Albania was admitted to Comecon in 1949; East Germany followed in 1951.", "contradicted"),
        (
            "Albania was admitted to Comecon in 1949, and East Germany followed the next year.",
            "supported",
        ),
    ],
)
def test_following_one_admitted_is_being_admitted(text: str, verdict: str) -> None:
    assert verdicts_of(text, "join(agent: East Germany")[:1] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Khrushchev's secret speech against Stalin in February 1956 shocked Tirana.", "supported"),
        (
            "Hoxha's speech against Khrushchev in Moscow in November 1960 became famous.",
            "supported",
        ),
        (
            "Khrushchev's tirade against the Albanian leaders in October 1961 ended all talks.",
            "supported",
        ),
    ],
)
def test_a_speech_against_someone_is_a_condemnation(text: str, verdict: str) -> None:
    assert verdicts_of(text, "condemn(")[:1] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the record says who led each side: another of that state did not do it
        ("At the Bucharest meeting of June 1960 Mehmet Shehu refused to condemn China.", None),
        (
            "At the Bucharest meeting of June 1960 Enver Hoxha, Albania's delegate, refused to"
            " condemn China.",
            None,
        ),
        ("At the Bucharest meeting of June 1960 Hysni Kapo refused to condemn China.", "supported"),
    ],
)
def test_another_than_the_head_of_a_side_is_not_borne_out(text: str, verdict: str | None) -> None:
    said = set(verdicts_of(text, "reject("))
    assert said
    if verdict is None:
        assert "supported" not in said
    else:
        assert verdict in said


@pytest.mark.parametrize(
    "text",
    [
        # an object pronoun is the section's person when its clause's subject is another
        "Mehmet Shehu (1913–1981)\n\nShehu rose fast. In July 1954 Hoxha handed him the"
        " premiership.",
        "Mehmet Shehu (1913–1981)\n\nShehu served for decades. In 1982 Hoxha accused him of"
        " treason.",
        "**Mehmet Shehu**\n\nShehu was a soldier. In 1982 Hoxha denounced him as a spy.",
    ],
)
def test_an_object_pronoun_under_a_persons_heading_is_that_person(text: str) -> None:
    assert any(
        "Mehmet Shehu" in str(c["claim"]) and "Hoxha" in str(c["claim"]) for c in claims_of(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # "..., and two days later he was elected": its own clause and its own time
        "Alia succeeded Haxhi Lleshi as head of state on 22 November 1982, and after"
        " Hoxha's death he was elected First Secretary.",
        "Shehu became premier in July 1954, and in October 1974 he became minister of defence"
        " as well.",
        "Alia became head of state in November 1982, and in April 1985 he was elected first"
        " secretary.",
    ],
)
def test_a_clause_after_and_with_its_own_subject_is_its_own(text: str) -> None:
    assert not flags_of(text)
    assert len([c for c in claims_of(text) if "take_office" in str(c["claim"])]) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # quotation marks pair in order: a short quoted name does not open a long quote
        'The town was renamed "Stalin City" in 1950. Khrushchev\'s only visit to Albania,'
        ' in May 1957, was remembered for "such dead things" he saw.',
        'Kuçovë became "Qyteti Stalin". Khrushchev visited Albania in May 1957, calling the'
        ' ruins "a waste".',
        '"Enver" was his name. In May 1957 Khrushchev paid a visit to Albania and spoke of'
        ' "peaceful coexistence".',
    ],
)
def test_a_short_quoted_name_does_not_quote_what_follows(text: str) -> None:
    flags = flags_of(text)
    assert flags and all("1957" in str(f["text"]) or "visit" in str(f["claim"]) for f in flags)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "the treaty" after the Warsaw Treaty is the alliance; after another treaty, not
        (
            "The Warsaw Pact was set up in May 1955. Albania formally left the treaty in"
            " September 1969.",
            "contradicted",
        ),
        ("The Warsaw Treaty was signed in 1955. Albania left the treaty in 1968.", "supported"),
        (
            "The Warsaw Pact was set up in 1955. In 1950 Albania signed a treaty of friendship"
            " with Bulgaria. Albania left the treaty in 1962.",
            None,
        ),
    ],
)
def test_the_treaty_is_the_alliance_last_called_so(text: str, verdict: str | None) -> None:
    said = set(verdicts_of(text, "leave(agent: Albania; org: Warsaw Pact)"))
    if verdict is None:
        assert not said
    else:
        assert verdict in said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the document that ends a body was signed where the body was ended
        (
            "The protocol dissolving the Warsaw Pact was signed in Prague on 1 July 1991.",
            "supported",
        ),
        (
            "The protocol ending the Warsaw Pact was signed in Warsaw on 1 July 1991.",
            "contradicted",
        ),
        ("The agreement winding up Comecon was signed in Moscow in June 1991.", "contradicted"),
    ],
)
def test_a_document_ending_a_body_was_signed_where_it_ended(text: str, verdict: str) -> None:
    said = set(verdicts_of(text, "dissolve("))
    assert verdict in said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a participle of succession takes the office of the clause it hangs on
        (
            "In March 1958 Khrushchev added the premiership, taking over from Georgy Malenkov.",
            "contradicted",
        ),
        (
            "In March 1958 Khrushchev added the premiership, taking over from Nikolai Bulganin.",
            "supported",
        ),
        (
            "In October 1974 Shehu also took over the Ministry of Defence, replacing Kadri Hazbiu.",
            "contradicted",
        ),
    ],
)
def test_a_participle_of_succession_takes_its_clauses_office(text: str, verdict: str) -> None:
    said = {
        c["verdict"]
        for c in claims_of(text)
        if str(c["claim"]).startswith("take_office(") and "; patient:" in str(c["claim"])
    }
    assert verdict in said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Warsaw Treaty was concluded in Warsaw in May 1955.", "supported"),
        ("The Warsaw Treaty was signed in Prague on 14 May 1955.", "contradicted"),
        ("In May 1955 the eight states concluded the Warsaw Pact in Budapest.", "contradicted"),
    ],
)
def test_concluding_the_pact_is_signing_it(text: str, verdict: str) -> None:
    assert_verdict(text, "Warsaw", verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a pronoun takes the main clause's subject before a subordinate clause's
        (
            "Hoxha died in April 1985, a month after Gorbachev became Soviet leader. He was"
            " succeeded as party leader by Adil Çarçani.",
            "contradicted",
        ),
        (
            "Hoxha died in April 1985, soon after Gorbachev had taken power. He was succeeded"
            " as party leader by Ramiz Alia.",
            "supported",
        ),
        (
            "Shehu died in December 1981, while Hoxha was still in power. He was succeeded as"
            " prime minister by Ramiz Alia.",
            "contradicted",
        ),
    ],
)
def test_a_pronoun_takes_the_main_clauses_subject(text: str, verdict: str) -> None:
    said = {
        c["verdict"]
        for c in claims_of(text)
        if str(c["claim"]).startswith("take_office(patient: ")
        and ("Çarçani" in str(c["claim"]) or "Ramiz Alia" in str(c["claim"]))
    }
    assert verdict in said


@pytest.mark.parametrize(
    "text",
    [
        # "its" in a clause with its own subject is that subject's
        "Albania has stayed away since 1961, when the Soviet navy pulled its submarines out"
        " of Vlorë.",
        "Albania broke with Moscow in 1961, after the Soviet Union withdrew its submarines"
        " from Vlorë.",
        "Albania kept four boats in 1961, when the Soviet fleet took its other submarines home.",
    ],
)
def test_its_in_a_subordinate_clause_is_that_clauses_subject(text: str) -> None:
    assert not any(
        str(c["claim"]).startswith("withdraw_forces(agent: Soviet Union, Albania")
        or str(c["claim"]).startswith("withdraw_forces(agent: Albania")
        for c in claims_of(text)
    )
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a treaty named in full is no reference to the alliance named before it (and
        # it was signed in 1953, fifteen years before)
        "Fifteen years before Albania's withdrawal from the Warsaw Pact, Greece and Turkey"
        " signed the Treaty of Friendship and Collaboration.",
        "After the Warsaw Pact was founded, Yugoslavia kept the Treaty of Ankara with Greece.",
        "Three years before Hungary's withdrawal from the Warsaw Pact, Greece and Turkey"
        " concluded the Treaty of Friendship and Collaboration (Balkan Pact).",
    ],
)
def test_a_treaty_named_in_full_is_not_the_alliance(text: str) -> None:
    assert not any(
        "org: Warsaw Pact" in str(c["claim"]) and "Greece" in str(c["claim"])
        for c in claims_of(text)
    )
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the day an office changes hands is the new holder's
        "On 17 April 1969 Gustáv Husák took office as First Secretary of the Communist"
        " Party of Czechoslovakia.",
        "On 13 April 1985 Ramiz Alia took office as First Secretary of the Party of Labour.",
        "On 20 July 1954 Mehmet Shehu took office as prime minister of Albania.",
    ],
)
def test_the_day_an_office_changes_hands_is_the_new_holders(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a date alone on a line of a document's header dates the document: a day
        # named without a year may be of its year
        "MEMORANDUM\nFor: the Director\nFrom: the Balkan desk\nSubject: Albania after Hoxha\n"
        "June 1985\n\nAlia was elected First Secretary in 1985. In 1982 he had become head"
        " of state. Mikhail Gorbachev became General Secretary on 11 March.",
        "Intelligence Note\nDistribution: limited\nClassification: secret\nTopic: Moscow\n"
        "November 1985\n\nBrezhnev died in November 1982. Gorbachev was named General"
        " Secretary of the CPSU on 11 March, after the death of Chernenko.",
        "Briefing paper\nPrepared for the committee\nBalkan section\nTirana and Moscow\n"
        "12 July 1985\n\nIn 1982 Alia became head of state. On 11 March Mikhail Gorbachev"
        " took over the Soviet party.",
    ],
)
def test_a_date_alone_on_a_header_line_dates_the_document(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the office of one whose death times the clause is his at his death
        "In November 1982, eleven months after the death of Prime Minister Mehmet Shehu,"
        " Alia became head of state.",
        "In 1990, five years after the death of First Secretary Enver Hoxha, Albania"
        " restored relations with the Soviet Union.",
        "Two years after Prime Minister Mehmet Shehu's death, in 1983, Kadri Hazbiu was executed.",
    ],
)
def test_an_office_of_one_whose_death_times_the_clause_is_of_his_death(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the time of a verb of telling is when it was told: a death told of had
        # happened by then; a dissolution or a withdrawal may be declared ahead
        (
            "On 8 December 1991 the leaders of Russia, Ukraine and Belarus declared that the"
            " USSR had ceased to exist.",
            None,
        ),
        ("On 25 December 1991 Gorbachev announced that the Warsaw Pact had been dissolved.", None),
        ("Albanian radio announced on 13 April 1985 that Enver Hoxha had died.", "supported"),
        ("Albanian radio announced in 1983 that Enver Hoxha had died.", "contradicted"),
    ],
)
def test_the_time_of_telling_is_not_the_time_of_what_is_told(text: str, verdict: str) -> None:
    said = {c["verdict"] for c in claims_of(text) if "(patient:" in str(c["claim"])}
    if verdict == "contradicted":
        assert "contradicted" in said
    else:
        assert not said & ERRORS
        if verdict:
            assert verdict in said


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a list entry that opens with a person's name and years is about that person
        (
            "- Josip Broz Tito (1892–1980). Yugoslavia's leader.\n- Joseph Stalin (1878–1953)."
            " Hoxha's idol. He received the Albanian leader in Moscow and died on 5 March 1953.",
            "died on 5 March 1953",
            "supported",
        ),
        (
            "1. Nikita Khrushchev: Hoxha's nemesis. He was removed from office in October"
            " 1964.\n2. Mao Zedong: an ally.",
            "He was removed from office in October 1964",
            None,
        ),
        (
            "* Mao Zedong (1893–1976) – Hoxha's ally in the 1960s. He died in September 1976.",
            "He died in September 1976",
            "supported",
        ),
    ],
)
def test_a_list_entry_that_opens_with_a_name_is_that_persons(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # relations with one partner at one time and with another at another: each
        # partner is judged by its own time
        (
            "Albania restored diplomatic relations with the Soviet Union in July 1990 and with"
            " the United States in March 1992.",
            "contradicted",
        ),
        (
            "Tirana re-established ties with Moscow in 1991 and with Washington in March 1991.",
            "contradicted",
        ),
        (
            "The Albanian government restored relations with the USSR in 1990 and with the"
            " United States in 1991.",
            "supported",
        ),
    ],
)
def test_relations_with_several_partners_are_judged_by_each_ones_time(
    text: str, verdict: str
) -> None:
    said = {c["verdict"] for c in claims_of(text) if "relations(" in str(c["claim"])}
    if verdict == "contradicted":
        assert said & ERRORS
    else:
        assert said == {verdict}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # giving up an office to another is the other's taking it
        ("In 1954 Hoxha surrendered the premiership to Mehmet Shehu.", "supported"),
        ("Hoxha ceded the premiership to Mehmet Shehu in 1948.", "contradicted"),
        ("In 1954 Enver Hoxha relinquished the premiership to Shehu.", "supported"),
        ("Enver Hoxha yielded the post of prime minister to Shehu in 1950.", "contradicted"),
    ],
)
def test_giving_up_an_office_to_another_is_his_taking_it(text: str, verdict: str) -> None:
    said = verdicts_of(text, "take_office(patient: Enver Hoxha; agent: Mehmet Shehu")
    assert said and (verdict in said if verdict != "contradicted" else set(said) & ERRORS)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # following another into or out of an organization is joining or leaving it
        ("Bulgaria followed Albania into Comecon in 1949.", "followed Albania into", "supported"),
        (
            "In 1968 Albania left the Warsaw Pact, and Romania followed it out of the alliance"
            " shortly afterwards.",
            "Romania followed it out of the alliance",
            "contradicted",
        ),
        (
            "Romania followed Albania out of the Warsaw Pact in 1968.",
            "Romania followed Albania out",
            "contradicted",
        ),
    ],
)
def test_following_another_into_or_out_of_an_organization(
    text: str, quote: str, verdict: str
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text",
    [
        # a capital fought over is the city, not the state: its liberation is not the
        # country's
        "Tirana was liberated on 17 November 1944.",
        "The partisans liberated Tirana on 17 November 1944, and the whole country was free"
        " by 29 November.",
        "Partisan brigades captured Tirana on 17 November 1944 after three weeks of fighting.",
    ],
)
def test_a_capital_fought_over_is_the_city_not_the_state(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # who took the capital is the state's record all the same
        "In November 1944 the Red Army liberated Tirana.",
        "Tirana was liberated by Soviet troops on 17 November 1944.",
        "The Red Army, which freed Tirana in 1944, installed the communists.",
    ],
)
def test_who_took_the_capital_is_judged_by_the_states_record(text: str) -> None:
    assert any(
        str(c["claim"]).startswith("liberate(") and c["verdict"] == "contradicted"
        for c in claims_of(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a time the sentence lends to a verb of telling is not the time of what it tells
        "On 8 December 1991 the three leaders met near Brest and declared that the USSR had"
        " ceased to exist.",
        "In December 1990 the party met in Tirana and announced that Albania had left the"
        " Warsaw Pact.",
        "On 25 December 1991 Gorbachev resigned and said that the Warsaw Pact had been dissolved.",
    ],
)
def test_a_lent_time_is_not_the_time_of_what_is_told(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a gathering called by the name the chronicle gives it, dated in the same breath
        (
            "At the Tirana Party Conference, held from 14 to 20 June 1956, delegates"
            " criticized Hoxha.",
            "14 to 20 June 1956",
            "contradicted",
        ),
        (
            "The Peza Conference of September 1943 founded the National Liberation Movement.",
            "September 1943",
            "contradicted",
        ),
        ("In June 1957, at the Tirana Party Conference, Hoxha spoke.", "June 1957", "contradicted"),
        ("The Tirana Party Conference met in April 1956.", "April 1956", "supported"),
        (
            "The Peza Conference, held on 16 September 1942, created the movement.",
            "16 September 1942",
            "supported",
        ),
    ],
)
def test_a_gathering_called_by_its_name_is_dated_by_its_record(
    text: str, quote: str, verdict: str
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text",
    [
        # a treaty between two states, or named by the pair, is their signing it
        "The Albanian-Yugoslav treaty was signed in July 1946.",
        "A treaty between Albania and Yugoslavia was signed in July 1946.",
        "The Yugoslav–Albanian treaty of July 1946 bound the two economies together.",
    ],
)
def test_a_treaty_named_by_its_pair_is_their_signing(text: str) -> None:
    said = [
        c["verdict"]
        for c in claims_of(text)
        if str(c["claim"]).startswith("sign(")
        and "Albania" in str(c["claim"])
        and "Yugoslavia" in str(c["claim"])
    ]
    assert said == ["supported"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a group of states the text does not name is no partner to guess
        (
            "In December 1961 the USSR broke off relations. Every Eastern Bloc country followed"
            " suit and cut ties with Tirana.",
            "cut ties with Tirana",
        ),
        (
            "In December 1961 Moscow severed relations with Albania, and all the other bloc"
            " states broke off relations with Tirana as well.",
            "all the other bloc states broke off relations",
        ),
        (
            "Khrushchev broke with Tirana in 1961. Most East European governments severed"
            " diplomatic relations with Albania too.",
            "Most East European governments severed",
        ),
    ],
)
def test_a_group_of_states_not_named_is_no_guessed_partner(text: str, quote: str) -> None:
    assert_verdict(text, quote, "unverifiable")


@pytest.mark.parametrize(
    "text",
    [
        # partners named apart, with no side named, are each the context's partner
        "Diplomatic relations with the Soviet Union were restored in July 1990, and with the"
        " United States in March 1991.",
        "Ties with Moscow were re-established in July 1990 and with Washington in March 1991.",
        "Relations with the USSR were restored in 1990, and with the United States in 1991.",
    ],
)
def test_partners_named_apart_with_no_side_are_not_each_others(text: str) -> None:
    framed = [c for c in claims_of(text) if c["frames"]]
    assert framed
    assert all(
        c["verdict"] == "unverifiable" and "not whose partners" in c["reason"] for c in framed
    )
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # what a perfect says was done by the telling is not said of the telling's day
        "In July 1978 Beijing said that it had sent experts and aid to Albania for years.",
        "On 13 July 1978 China announced that it had given Albania aid for more than two decades.",
        "Peking said in July 1978 that it has supplied Albania with credits since 1954.",
    ],
)
def test_what_was_done_by_the_telling_is_not_of_its_day(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a sentence that only names a time dates the sentence after it
        (
            "Then came 1968. Soviet-led armies crushed the reform movement in Hungary.",
            "crushed the reform movement in Hungary",
            "contradicted",
        ),
        (
            "Then came 1975. China cut off its aid to Albania.",
            "China cut off its aid",
            "contradicted",
        ),
        (
            "And then came 1978. China cut off all aid to Albania.",
            "China cut off all aid",
            "supported",
        ),
        (
            "1961 came. Moscow broke off relations with Tirana.",
            "Moscow broke off relations",
            "supported",
        ),
    ],
)
def test_a_sentence_naming_only_a_time_dates_the_next(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    "text",
    [
        # the owner of what a measure counts gave it; it is not the one who got it
        "In 1946 Albania received some 20,000 tons of Yugoslav grain.",
        "Tirana got a shipment of Yugoslav wheat in 1946.",
        "Belgrade supplied 20,000 tons of Yugoslav grain to Albania in 1946.",
    ],
)
def test_the_owner_of_what_a_measure_counts_is_the_giver(text: str) -> None:
    aid = [f["roles"] for c in claims_of(text) for f in c["frames"] if f["type"] == "give_aid"]
    assert aid and all(roles["patient"] == ["ALB"] for roles in aid)
    assert all(roles.get("agent") == ["YUG"] for roles in aid)


@pytest.mark.parametrize(
    "text",
    [
        # one of a numbered series is not called by a name of its own
        "Khrushchev denounced Stalin at the 20th CPSU Congress in February 1956.",
        "At the 20th CPSU Congress, held in February 1956, Khrushchev attacked Stalin.",
        "The attack on Stalin at the Twentieth CPSU Congress in February 1956 shook Hoxha.",
    ],
)
def test_a_numbered_gathering_is_not_named_by_its_series(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a time of a clause beside the telling is not the telling's
        "Enver Hoxha died on 11 April 1985. The official announcement said he had died of a"
        " heart attack and disclosed that he had been ill since a stroke the previous year.",
        "Hoxha died in April 1985. Tirana radio said that he had died after a long illness"
        " and added that a stroke had weakened him two years before.",
        "Stalin died in March 1953. Moscow said he had died of a stroke, and the doctors"
        " later wrote that he had been unwell since the previous winter of 1952.",
    ],
)
def test_a_time_beside_the_telling_is_not_the_tellings(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the numbers of a date are no count of what it dates
        "Albania was a founding member of the Warsaw Pact on 14 May 1955 (formal withdrawal"
        " 13 Sept. 1968).",
        "Ramiz Alia (head of state 1982–92, party first secretary from 13 Apr. 1985) led the"
        " country after Hoxha.",
        "Hoxha (party leader 1941–85) outlived Stalin, whose death on 5 Mar. 1953 shook him.",
    ],
)
def test_the_numbers_of_a_date_count_nothing(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # an office of one whose purge or death the clause tells is his until then
        "Hoxha's fear of Moscow grew after the purge of the defence minister Beqir Balluku in"
        " 1974.",
        "The dismissal of Defence Minister Beqir Balluku in October 1974 opened a purge of the"
        " army.",
        "The death of Prime Minister Mehmet Shehu in December 1981 was called a suicide.",
    ],
)
def test_an_office_of_one_purged_is_his_until_then(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # "the alliance" with a clause or partner of its own is a new one, described
        "Albania left the Warsaw Pact in 1968. In July 1978 China cut off aid, ending the"
        " alliance that had replaced the Soviet one.",
        "Albania left the Warsaw Pact in September 1968. The alliance with China ended in 1978.",
        "The Warsaw Pact outlived Albania's membership. The alliance between Tirana and Beijing"
        " was dissolved in 1978.",
    ],
)
def test_an_alliance_described_anew_is_not_the_one_named_before(text: str) -> None:
    assert not any("Warsaw Pact) (1978" in str(c["claim"]) for c in claims_of(text))
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # "its" in a phrase on a verb is that verb's object
        "Albania joined Comecon in February 1949 and signed the Warsaw Pact at its creation in"
        " May 1955.",
        "Comecon was set up in January 1949; Albania signed the Warsaw Pact at its founding in"
        " 1955.",
        "After the organisation was founded in 1949, Albania joined the Warsaw Pact at its"
        " foundation in May 1955.",
    ],
)
def test_its_in_a_phrase_on_a_verb_is_the_verbs_object(text: str) -> None:
    assert "supported" in verdicts_of(text, "found(patient: Warsaw Pact")
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a wrong distance between two events is flagged on the words of the distance
        (
            "Albania joined Comecon in February 1949, two years after the organisation was"
            " founded.",
            "two years after the organisation was founded",
        ),
        (
            "Albania entered Comecon in 1949, three years after the organisation had been founded.",
            "three years after the organisation had been founded",
        ),
        (
            "In 1949 Albania joined the Council for Mutual Economic Assistance, two years after"
            " its creation.",
            "two years after its creation",
        ),
    ],
)
def test_a_wrong_distance_is_flagged_on_its_words(text: str, words: str) -> None:
    flagged = [c for c in flags_of(text) if c["rule"] == "sequence"]
    assert flagged and all(words in str(c["text"]) for c in flagged)


@pytest.mark.parametrize(
    "text",
    [
        # a wrong "alone" is flagged on its own words, not on the event beside them
        "When Warsaw Pact armies invaded Czechoslovakia in August 1968, Albania, alone among"
        " the Pact's members in refusing to take part, left the alliance.",
        "In August 1968, when the Pact invaded Czechoslovakia, Albania was the only member"
        " that refused to take part.",
        "Warsaw Pact troops entered Czechoslovakia in August 1968; Albania alone among the"
        " members stayed out of the invasion.",
    ],
)
def test_a_wrong_alone_is_flagged_on_its_words(text: str) -> None:
    flagged = [c for c in flags_of(text) if c["rule"] == "alone"]
    assert flagged
    assert all("Czechoslovakia" not in str(c["text"]) for c in flagged)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The Cominform expelled Yugoslavia in June 1948. Albania joined Comecon in February "
            "1949, a month after the organisation was founded.",
            "a month after the organisation was founded",
        ),
        (
            "The Cominform had expelled Yugoslavia in 1948. Albania became a member of Comecon "
            "only weeks after the organization was created in January 1949.",
            "only weeks after the organization was created in January 1949",
        ),
        (
            "West Germany joined NATO in 1955. Albania left the Warsaw Pact in 1968, thirteen "
            "years after the alliance was founded.",
            "thirteen years after the alliance was founded",
        ),
    ],
)
def test_a_clause_after_the_main_one_may_describe_its_object(text: str, quote: str) -> None:
    assert_verdict(text, quote, "supported")


def test_a_wrong_date_of_the_main_clauses_object_is_still_flagged() -> None:
    text = (
        "The Cominform was founded in 1947. Albania joined Comecon in 1950, a year after the "
        "organization was founded in 1947."
    )
    assert_verdict(text, "a year after the organization was founded in 1947", "contradicted")


@pytest.mark.parametrize(
    "text",
    [
        "Was Albania a Soviet satellite? After breaking with Yugoslavia in 1948 the country "
        "became dependent on Soviet aid. It joined Comecon in February 1949.",
        "After quarrelling with Yugoslavia in 1948, the country leaned on Soviet credits. It "
        "joined Comecon in 1949.",
        "Having broken with Yugoslavia, the country turned to Soviet advisers. It became a "
        "member of Comecon in February 1949.",
    ],
)
def test_the_one_a_participle_acts_on_is_not_the_subject_it_hangs_on(text: str) -> None:
    # the country broke with Yugoslavia, so neither it nor "it" is Yugoslavia
    assert not flags_of(text)
    joined = [str(c["claim"]) for c in claims_of(text) if str(c["claim"]).startswith("join(")]
    assert joined and not [c for c in joined if "Yugoslavia" in c]


@pytest.mark.parametrize(
    "text",
    [
        "After joining Comecon in 1952, Albania received Soviet credits.",
        "Upon quitting the Warsaw Pact in 1966, Albania drew closer to China.",
        "After withdrawing from the Warsaw Pact in 1966, Tirana turned to Beijing.",
    ],
)
def test_a_gerund_after_a_preposition_has_the_main_clauses_subject(text: str) -> None:
    assert flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The invasion of Czechoslovakia prompted Albania to withdraw from the Warsaw Pact "
            "in 1968.",
            "supported",
        ),
        (
            "The Soviet invasion of Czechoslovakia led Albania to leave the Warsaw Pact in 1966.",
            "contradicted",
        ),
        (
            "The crisis over Czechoslovakia persuaded Tirana to quit the Warsaw Pact in 1966.",
            "contradicted",
        ),
        (
            "The Soviet-led invasion of Czechoslovakia pushed Albania to leave the Warsaw Pact "
            "in September 1968.",
            "supported",
        ),
    ],
)
def test_the_object_of_a_verb_of_making_does_what_its_infinitive_says(
    text: str, verdict: str
) -> None:
    assert verdicts_of(text, "leave(agent: Albania;") == [verdict]
    if verdict == "supported":
        assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mao Zedong (1893–1976) – China's leader and Tirana's ally. Hoxha admired him. He died "
        "in September 1976.",
        "Josip Broz Tito (1892–1980) – Yugoslavia's ruler. Hoxha denounced him for decades. He "
        "died in May 1980.",
        "Nikita Khrushchev: Stalin's successor. Hoxha attacked him in Moscow in 1960. He was "
        "ousted in October 1964.",
    ],
)
def test_a_paragraph_opening_with_a_name_and_years_is_about_that_person(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Teme Sejko was shot on 31 May 1961. Six months later Moscow broke off diplomatic "
            "relations with Tirana.",
            "supported",
        ),
        (
            "The Moscow conference closed in early December 1960. Twelve months later the Soviet "
            "Union broke off diplomatic relations with Albania.",
            "supported",
        ),
        (
            "Albania formally left the Warsaw Pact in September 1968. Seven months earlier, Enver "
            "Hoxha had died.",
            "contradicted",
        ),
    ],
)
def test_a_count_of_months_is_a_round_figure(text: str, verdict: str) -> None:
    said = verdicts_of(text, "break_relations") + verdicts_of(text, "die")
    assert said == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "Fiqrete Shehu, first secretary of the Tirana party committee, gave the report.",
        "Hysni Kapo served as first secretary of the party organization in Tirana.",
        "Ramiz Alia was first secretary of the party's district committee in Berat.",
    ],
)
def test_an_office_of_a_local_body_is_not_the_partys_own(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Enver Hoxha ruled until 1985. Born in Korçë, he had studied in France.", "contradicted"),
        (
            "Mehmet Shehu joined the party in 1939. Born in Tirana, he studied in Naples.",
            "contradicted",
        ),
        (
            "Enver Hoxha ruled until 1985. Born in Gjirokastër, he had studied in France.",
            "supported",
        ),
    ],
)
def test_a_birthplace_is_judged_though_the_time_is_borrowed(text: str, verdict: str) -> None:
    assert verdicts_of(text, "born(") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In April 1956 Moscow dissolved the Cominform.", "supported"),
        (
            "The reconciliation with Tito led Moscow to dissolve the Cominform in 1953.",
            "contradicted",
        ),
        ("Its members disbanded the Warsaw Pact in 1990.", "contradicted"),
    ],
)
def test_who_dissolves_a_body_is_not_the_body_dissolved(text: str, verdict: str) -> None:
    assert verdicts_of(text, "dissolve(") == [verdict]
    assert not verdicts_of(text, "hold_office(")


@pytest.mark.parametrize(
    "text",
    [
        "5. February 1949 – Albania joins Comecon, a month after the organisation was set up "
        "in Moscow.",
        "In June 1955 Albania was still in the Pact, weeks after the alliance was founded.",
        "Albania left the Warsaw Pact in September 1968, a month after the invasion of "
        "Czechoslovakia began.",
    ],
)
def test_a_deed_after_which_another_came_is_dated_before_it(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "CURRENT INTELLIGENCE MEMORANDUM                    15 January 1962\n\nNot even the "
            "quarrel of 1948 produced a rupture. The occasion was Khrushchev's attack on "
            "Albania at the 22nd Congress on 17 October.",
            "17 October",
        ),
        (
            "MEMORANDUM FOR THE DIRECTOR   2 February 1962\n\nThe break recalls the events of "
            "1948. On 25 November Moscow recalled its ambassador from Tirana.",
            "On 25 November Moscow recalled its ambassador from Tirana",
        ),
    ],
)
def test_a_date_ending_a_header_line_dates_the_document(text: str, quote: str) -> None:
    # a day without a year may be of the months before the document's date
    assert not verdicts(text, quote) & ERRORS
    times = [t for t in timex.expressions(text) if t.text in quote]
    assert times and any(o.core_start.year == 1961 for t in times for o in (t.interval, *t.others))


@pytest.mark.parametrize(
    "text",
    [
        "The dispute, which first surfaced in June 1960, has now culminated in a complete "
        "rupture of relations between Moscow and Tirana.",
        "The quarrel, which had begun at Bucharest in June 1960, ended in a break of relations "
        "between the Soviet Union and Albania.",
        "The alliance, which Tirana had joined in May 1955, saw Albania's withdrawal.",
    ],
)
def test_a_relative_clauses_time_is_not_its_hosts(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Mehmet Shehu held the defence ministry from 1960 to 1965.", "contradicted"),
        ("Enver Hoxha held the premiership until 1954.", "supported"),
        ("Hysni Kapo occupied the premiership in 1970.", "contradicted"),
    ],
)
def test_holding_a_post_is_holding_its_office(text: str, verdict: str) -> None:
    assert verdicts_of(text, "hold_office(") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Adil Çarçani followed Mehmet Shehu as prime minister in January 1982.", "supported"),
        ("Mehmet Shehu was followed as prime minister by Ramiz Alia.", "contradicted"),
        ("Ramiz Alia followed Enver Hoxha as first secretary in April 1985.", "supported"),
    ],
)
def test_following_another_as_an_office_holder_is_succeeding_him(text: str, verdict: str) -> None:
    assert verdicts_of(text, "take_office(") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Comecon was shut down in 1989.", "contradicted"),
        ("The Warsaw Pact was closed down in July 1991.", "supported"),
        ("Its members shut down Comecon in 1991.", "supported"),
    ],
)
def test_shutting_down_a_body_is_dissolving_it(text: str, verdict: str) -> None:
    assert verdicts_of(text, "dissolve(") == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The Warsaw Pact and Comecon were both dissolved in 1991.", "supported"),
        ("Koçi Xoxe and Teme Sejko were executed in 1949.", "partly_supported"),
        ("In 1949 Comecon and the Cominform were founded.", "partly_supported"),
    ],
)
def test_each_of_several_dissolved_founded_or_executed_is_judged_on_its_own(
    text: str, verdict: str
) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if c["frames"]]
    assert said == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "On 31 March 1991 Albanians voted in their first multiparty election. The Democratic "
            "Party won it.",
            "unverifiable",
        ),
        (
            "On 31 March 1991 Albanians voted in their first multiparty election. The Party of "
            "Labour won it.",
            "supported",
        ),
        (
            "Balluku was purged in October 1974. His ministry was handed to Kadri Hazbiu.",
            "unverifiable",
        ),
        (
            "Balluku was purged in October 1974. His ministry was handed to Mehmet Shehu.",
            "supported",
        ),
        (
            "Feçor Shehu was executed in 1983. Shehu was succeeded as premier by Adil Çarçani.",
            "supported",
        ),
    ],
)
def test_an_office_or_a_victory_is_not_borne_out_years_off_the_time_it_takes(
    text: str, verdict: str
) -> None:
    said = [
        str(c["verdict"])
        for c in claims_of(text)
        if str(c["claim"]).startswith(("take_office(", "elect(patient"))
    ]
    assert said == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        "During Khrushchev's only visit to Albania, in May 1957, he and Defence Minister "
        "Rodion Malinovsky talked up the military value of the site.",
        "Nikita Khrushchev made his only visit to Albania in May 1957, with his defence "
        "minister, Marshal Malinovsky, at his side.",
        "Khrushchev paid his only visit to Albania in May 1957, bringing Defence Minister "
        "Malinovsky along.",
    ],
)
def test_one_wrong_date_is_one_flag_not_one_more_for_the_office_held_then(text: str) -> None:
    flags = flags_of(text)
    assert len(flags) == 1 and flags[0]["rule"] == "date"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "From 1950 to 1956 Hysni Kapo was a deputy chairman of the Council of Ministers, "
            "holding at the same time the agriculture portfolio.",
            None,
        ),
        (
            "In 1955 Beqir Balluku was a deputy premier, holding at the same time the defence "
            "portfolio.",
            "supported",
        ),
        (
            "In 1960 Mehmet Shehu was prime minister, holding at the same time the defence "
            "portfolio.",
            "contradicted",
        ),
    ],
)
def test_a_portfolio_held_beside_another_post_is_its_own_office(
    text: str, verdict: str | None
) -> None:
    assert_verdict(text, "holding at the same time", verdict)


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("Khrushchev's attack on Albania came in October 1961.", "condemn(agent: Nikita"),
        ("Hoxha's fierce attack on Khrushchev came in November 1960.", "condemn(agent: Enver"),
        (
            "Mao's criticism of Khrushchev grew after 1960, and his attack on Moscow followed.",
            "condemn(agent: Mao",
        ),
    ],
)
def test_an_attack_on_someone_is_a_condemnation(text: str, frame: str) -> None:
    assert "supported" in verdicts_of(text, frame)


def test_the_lexicon_reads_on_and_off_as_words() -> None:
    from rift.check import lexicon

    entries = [e for e in lexicon.load().lookup("noun", "attack") if e.type == "condemn"]
    assert entries and entries[0].roles.get("on") == "patient"
    relying = [e for e in lexicon.load().lookup("verb", "rely")]
    assert relying and {"on", "upon"} <= relying[0].preps


@pytest.mark.parametrize(
    ("text", "frame", "verdict"),
    [
        (
            "Albania was liberated in November 1944. Hoxha headed the new government.",
            "hold_office(agent: Enver Hoxha; patient: Albania",
            "supported",
        ),
        (
            "Albania broke with Moscow in 1961. In 1966 the government left the Warsaw Pact.",
            "leave(agent: Albania",
            "contradicted",
        ),
        (
            "Yugoslavia was expelled from the Cominform in 1948. In 1955 the government "
            "reconciled with Moscow.",
            "reconcile(agent: Yugoslavia",
            "supported",
        ),
    ],
)
def test_the_government_is_the_state_named_before(text: str, frame: str, verdict: str) -> None:
    assert verdicts_of(text, frame) == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Brezhnev, Andropov and Chernenko died in office between November 1982 and March 1985.",
            "supported",
        ),
        (
            "Albania was a member of the Warsaw Pact between May 1955 and September 1968.",
            "supported",
        ),
        ("Brezhnev and Andropov died between March 1985 and May 1986.", "contradicted"),
    ],
)
def test_between_two_months_is_one_span(text: str, verdict: str) -> None:
    said = {str(c["verdict"]) for c in claims_of(text) if c["frames"]}
    assert verdict in said
    if verdict == "supported":
        assert not said & ERRORS


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Shehu's post as prime minister went to Ramiz Alia.", "contradicted"),
        (
            "After Shehu's death in December 1981 his post as prime minister went to Adil Çarçani.",
            "supported",
        ),
        ("The premiership fell to Mehmet Shehu in 1950.", "contradicted"),
    ],
)
def test_a_post_going_to_another_is_his_taking_office(text: str, verdict: str) -> None:
    assert verdicts_of(text, "take_office(") == [verdict]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Gorbachev became General Secretary of the Soviet party in March 1985, a month after "
            "Hoxha's death.",
            True,
        ),
        (
            "Albania left the Warsaw Pact in September 1968, three weeks before the invasion of "
            "Czechoslovakia.",
            True,
        ),
        (
            "Albania left the Warsaw Pact in September 1968, three weeks after the invasion of "
            "Czechoslovakia.",
            False,
        ),
    ],
)
def test_a_distance_in_months_or_weeks_is_held_to_its_side(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Albania left the Pact in 1968. The government, headed by Prime Minister Hysni "
            "Kapo, protested.",
            "contradicted",
        ),
        (
            "Albania left the Pact in 1968. The government, headed by Prime Minister Mehmet "
            "Shehu, protested.",
            "supported",
        ),
        (
            "Albania broke with Moscow in 1961. Its party, led by First Secretary Mehmet Shehu, "
            "turned to China.",
            "contradicted",
        ),
    ],
)
def test_the_title_a_doer_is_named_with_is_the_office_he_heads_by(text: str, verdict: str) -> None:
    assert verdict in verdicts_of(text, "hold_office(")


def test_two_doers_with_titles_of_their_own_are_not_given_one_office() -> None:
    text = (
        "Albania, governed by party First Secretary Enver Hoxha and Premier Mehmet Shehu, "
        "left the Warsaw Pact in 1968."
    )
    assert not flags_of(text)


def test_a_distance_in_days_is_not_held_against_a_deed_dated_only_to_a_year() -> None:
    text = (
        "Hoxha died on 11 April 1985. Two days after his death, on 13 April, the Central "
        "Committee elected Ramiz Alia, already head of state since 1982, as First Secretary."
    )
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "In June 1960 Kapo headed the Albanian delegation at Bucharest and declined to join "
        "the Soviet attack on the Chinese party.",
        "At the Bucharest meeting in June 1960 the Albanian delegation declined to join "
        "Khrushchev's attack on China.",
        "After the Cominform expelled Yugoslavia in June 1948, Albania forced the Yugoslav "
        "advisers to leave.",
    ],
)
def test_a_refusal_to_join_denies_no_other_doers_deed(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("During the Cold War, Albania joined the United Nations in 1956.", True),
        ("In the 1950s, Albania was admitted to the United Nations in 1956.", True),
        (
            "Throughout the Cold War, Albania was hostile to Moscow; it joined the UN in 1955.",
            False,
        ),
        ("During the Cold War, Albania joined the United Nations in 1955.", False),
    ],
)
def test_a_year_narrows_the_era_told_beside_it(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Hostile to the West, Albania was admitted to the United Nations in December 1956.", True),
        ("Albania, a small state in the Balkans, joined the United Nations in 1956.", True),
        ("Albania, a poor country on the Adriatic, joined the Warsaw Pact in 1956.", True),
        ("Albania, a small state in the Balkans, joined the United Nations in 1955.", False),
    ],
)
def test_a_part_of_the_world_named_in_passing_is_no_stranger(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Hungary joined the United Nations in 1955.", False),
        ("Bulgaria was admitted to the UN in 1955.", False),
        ("The Soviet Union joined the United Nations in 1955.", False),
        ("Yugoslavia joined the Warsaw Pact in 1955.", True),
        ("In 1955 Yugoslavia became a member of the Warsaw Pact.", True),
    ],
)
def test_another_states_joining_is_an_error_only_where_the_members_are_listed(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The quarrel became public in June 1960 at the party congress in Bucharest. The "
            "Albanian delegation, led by Mehmet Shehu, sided with the Chinese.",
            "contradicted",
        ),
        (
            "In June 1960 the communist parties met in Bucharest. The Albanian delegation, led "
            "by Hysni Kapo, refused to condemn China.",
            "supported",
        ),
        (
            "In November 1960 the 81 parties met in Moscow. The Albanian delegation was headed "
            "by Hysni Kapo.",
            "contradicted",
        ),
        (
            "In June 1960 Hoxha stayed at home in Tirana. The Albanian delegation, led by "
            "Mehmet Shehu, met Chinese officials.",
            None,
        ),
    ],
)
def test_a_delegation_is_judged_at_the_meeting_the_sentence_before_names(
    text: str, verdict: str | None
) -> None:
    said = set(verdicts_of(text, "lead("))
    if verdict is None:
        assert not said & ERRORS
    else:
        assert verdict in said


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("April 12, 1985 — Enver Hoxha, Albania's ruler, died yesterday.\n\nHe was 76.", False),
        ("TIRANA, April 13, 1985 — Enver Hoxha has died, the radio said.\n\nHe was 76.", False),
        ("12 April 1985 – Enver Hoxha, who led Albania for forty years, is dead.\n\nAt 76.", False),
        ("April 2, 1985 — Enver Hoxha died in Tirana after a long illness.\n\nHe was 76.", True),
        # a chronology's entries are what happened that day
        ("12 April 1985 — Enver Hoxha dies.\n13 April 1985 — Ramiz Alia succeeds him.", True),
    ],
)
def test_a_datelines_day_is_when_the_story_was_told(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "In March 1992 the Socialist Party won the elections, and Berisha became president.",
            True,
        ),
        ("The elections of March 1992 were won by the Socialist Party of Albania.", True),
        ("In June 1991 the Party of Labour renamed itself the Socialist Party.", False),
        ("The Italian Socialist Party won the elections of 1992.", False),
        ("In March 1992 the Democratic Party won the elections.", False),
    ],
)
def test_the_socialist_party_is_the_party_of_labour_renamed(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Albania left the Warsaw Pact in two steps: it quietly stopped taking part in the "
            "early 1960s, and it withdrew formally in 1968.",
            False,
        ),
        (
            "Albania left the Warsaw Pact in stages: it stopped attending meetings in 1962 and "
            "it withdrew formally in 1966.",
            True,
        ),
        (
            "Moscow broke with Tirana by degrees; it recalled its ambassador in 1961 and cut "
            "relations in December.",
            False,
        ),
    ],
)
def test_a_clause_before_a_colon_is_not_timed_by_the_clause_after_it(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ('Koçi Xoxe was arrested, tried as a "Titoist" and executed in 1951.', True),
        ("Xoxe was arrested, tried in secret and shot in 1952.", True),
        ("Xoxe was arrested, tried and executed in 1949.", False),
    ],
)
def test_a_listed_verb_the_parser_left_unlabelled_is_a_deed_of_its_own(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "In 1948 Tirana sent the Yugoslav advisers back.",
        "In 1961 Albania sent the Soviet experts home.",
        "In July 1948 the Albanians sent the Yugoslav specialists packing.",
    ],
)
def test_sending_people_home_is_no_giving_of_aid(text: str) -> None:
    assert "give_aid(agent: Albania" not in " ".join(str(c["claim"]) for c in claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Koçi Xoxe led the pro-Yugoslav faction. After Tito's break with Stalin he was "
        "arrested, tried in secret and shot on 11 June 1949.",
        "Xoxe ran the Interior Ministry. Once Stalin had quarrelled with Tito, he was arrested, "
        "tried in secret and executed on 11 June 1949.",
        "Xoxe backed Belgrade. When Tito fell out with Stalin, he was seized, tried and "
        "executed in June 1949.",
    ],
)
def test_a_deed_whose_doer_is_a_pronouns_guess_is_not_held_against_another(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The regime's crises (the purge of Beqir Balluku in 1974, the death of Mehmet Shehu "
        "in December 1981) stayed hidden.",
        "Two blows fell on the old guard, the fall of Beqir Balluku in 1974 and the death of "
        "Mehmet Shehu in December 1981.",
        "The years brought losses: the execution of Koçi Xoxe in 1949, the death of Stalin in "
        "1953.",
    ],
)
def test_an_apposition_beside_another_does_not_take_its_actors(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Hoxha, who built his rule on hostility to Belgrade, heard the secret speech at the "
            "20th Party Congress in February 1956.",
            False,
        ),
        ("Loyal to Belgrade, the party held its congress in Tirana in February 1956.", False),
        ("The Political Consultative Committee met in Sofia in July 1966.", True),
        (
            "In July 1966 a delegation went to Sofia for the meeting of the Pact's Political "
            "Consultative Committee.",
            True,
        ),
    ],
)
def test_a_place_a_gathering_met_is_where_one_went_not_what_one_felt_for(
    text: str, wrong: bool
) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "1990\n2 July. Crowds storm the embassies.\n30 June. Relations with the Soviet Union, "
            "broken off in 1961, are restored by Albania.",
            True,
        ),
        ("1985\n11 Apr. Enver Hoxha dies.\n13 Apr. Ramiz Alia succeeds him.", False),
        (
            "1990\n30 July. Albania restores relations with the Soviet Union, broken off in 1961."
            "\n10 Aug. Other news.",
            False,
        ),
        (
            "1968\n13 Sept. Albania leaves the Warsaw Pact, which it joined in 1955.\n"
            "20 Oct. Albania leaves the Warsaw Pact once more.",
            True,
        ),
    ],
)
def test_a_chronologys_entries_are_of_the_year_heading_them(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    "text",
    [
        "In July 1990 Albania was admitted to the CSCE as an observer.",
        "Albania joined Comecon as an observer in 1956.",
        "In 1964 Yugoslavia joined Comecon with associate status.",
    ],
)
def test_joining_as_an_observer_is_no_membership(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Albania left the Warsaw Pact in 1961.", "13 September 1968"),
        ("Albania joined Comecon in April 1949.", "February 1949"),
        ("Stalin died in 1951.", "5 March 1953"),
        ("In 1961 Albania kept six Soviet submarines.", "four"),
    ],
)
def test_a_correction_gives_the_date_or_count_in_words(text: str, words: str) -> None:
    assert any(words in str(c["correction"]) for c in flags_of(text))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Mehmet Shehu, who has died aged 69, ruled beside Hoxha for decades.", True),
        ("Enver Hoxha died in April 1985 at the age of 74.", True),
        ("Enver Hoxha died in Tirana on 11 April 1985 at the age of 76.", False),
        ("Stalin died aged 74 in March 1953.", False),
        ("Stalin, who died at age 70, left no heir.", True),
    ],
)
def test_the_age_one_died_at_is_held_to_the_birth_and_the_death(text: str, wrong: bool) -> None:
    assert bool(flags_of(text)) is wrong


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Late in 1946 Yugoslavia came to Albania's aid. About 20,000 tons of Yugoslav "
            "grain helped the country stave off famine.",
            "supported",
        ),
        (
            "Moscow cut its promised deliveries in the summer of 1960. The drought-stricken "
            "country got no Soviet grain that year.",
            None,
        ),
        (
            "The treaty of July 1946 bound the two states. Further agreements with Yugoslavia "
            "provided for a customs union and coordinated plans.",
            "supported",
        ),
        # words alone never deny
        (
            "Late in 1946 Yugoslavia came to Albania's aid. Yugoslav grain never reached the "
            "country, and there was famine.",
            None,
        ),
    ],
)
def test_a_statement_dated_by_the_sentence_before_is_borne_out_by_the_words_of_an_event(
    text: str, verdict: str | None
) -> None:
    said = verdicts(text, text.split(". ")[1][:25])
    assert not said & ERRORS
    if verdict:
        assert verdict in said


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        (
            "In 1945 Yugoslavia came to Albania's aid.",
            "give_aid(patient: Albania; agent: Yugoslavia",
        ),
        (
            "In 1961 China rushed to Albania's assistance.",
            "give_aid(patient: Albania; agent: People",
        ),
        (
            "In 1950 Moscow came to the assistance of Tirana.",
            "give_aid(patient: Albania; agent: Soviet",
        ),
    ],
)
def test_coming_to_ones_aid_is_helping_not_a_visit(text: str, frame: str) -> None:
    claims = [str(c["claim"]) for c in claims_of(text)]
    assert any(c.startswith(frame) for c in claims)
    assert not any(c.startswith("visit(") for c in claims)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "The crisis peaked in 1960, when the Soviet Union broke off relations with Albania.",
            "contradicted",
        ),
        (
            "Relations soured in 1961, when Moscow broke off diplomatic relations with Tirana.",
            "supported",
        ),
        # China's aid had ended in 1978: none was left to cut in 1985
        ("The alliance lasted until 1985, when China cut off its aid to Albania.", "contradicted"),
        ("It all changed in 1949, when Albania joined Comecon.", "supported"),
    ],
)
def test_a_when_clause_has_the_time_it_hangs_on(text: str, verdict: str | None) -> None:
    said = verdicts(text, "when ")
    if verdict is None:
        assert not said & (ERRORS | {"supported"})
    elif verdict == "contradicted":
        assert "contradicted" in said
    else:
        assert said == {verdict}


@pytest.mark.parametrize(
    "text",
    [
        "Moscow broke off relations with Albania in December 1961. Even in 1948, when "
        "Stalin broke with Tito, ties between Moscow and Belgrade had held.",
        "Albania and the Soviet Union fell out in 1961. Back in 1948, when Stalin broke with "
        "Marshal Tito, Tirana had sided with Moscow.",
        "The Soviet Union cut its ties with Albania in 1961; in 1960, when Khrushchev broke "
        "with Mao, Albania took China's side.",
    ],
)
def test_a_break_between_two_people_is_not_given_the_paragraphs_two_states(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The International Court of Justice ruled on the Corfu Channel in 1949.", "icj"),
        ("In 1948 the League of Communists of Yugoslavia was expelled.", "cpy"),
        ("The Council for Mutual Economic Assistance was founded in 1949.", "comecon"),
    ],
)
def test_a_name_is_read_whole_not_as_a_shorter_alias_inside_it(text: str, actor: str) -> None:
    from rift.check import knowledge, link
    from rift.check.nlp import pipeline, shadow
    from rift.store import connect

    with connect() as con:
        names = knowledge.load(con).names
    found = link.link(pipeline()(shadow(text)), text, names)
    whole = [m for m in found if m.actor == actor]
    assert whole and all(text[m.start : m.end][:3].lower() != "the" for m in whole)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a date in square brackets is the deed's, as one in parentheses is
        (
            "Albania left the Warsaw Pact [13 September 1967] after the invasion.",
            "left",
            "contradicted",
        ),
        (
            "The Soviet Union broke off relations with Albania [December 1962].",
            "broke off",
            "contradicted",
        ),
        (
            "Khrushchev's only visit to Albania [May 1959] was a failure.",
            "visit to Albania",
            "supported",
        ),
        ("Stalin [died March 1953] had backed Hoxha against Tito.", "died March 1953", "supported"),
        # a reference mark of published prose is no part of the sentence
        (
            "Albania joined Comecon in February 1949.[4] Yugoslavia never did.",
            "joined Comecon",
            "supported",
        ),
        ("Hoxha died in 1985[12] and Alia succeeded him.", "Hoxha died in 1985", "supported"),
    ],
)
def test_square_brackets_read_as_parentheses(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # what a verb says was replaced takes neither the newcomer's side nor its time
        (
            "Chinese aid replaced Soviet aid until Beijing ended its assistance in 1978.",
            "Soviet aid",
            None,
        ),
        ("Yugoslav aid was supplanted by Soviet credits until 1961.", "Yugoslav aid", None),
        (
            "After 1961 Chinese technicians replaced Soviet specialists until 1978.",
            "Soviet specialists",
            None,
        ),
        # the aid itself, told to last until then, is still held to its record
        ("Soviet aid to Albania lasted until 1978.", "Soviet aid to Albania", "contradicted"),
    ],
)
def test_what_was_replaced_is_not_judged_at_the_change(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The death of Mehmet Shehu in December 1983 was followed by a purge.", "death of Mehmet"),
        ("Hoxha's death in 1982 was followed by Alia's rise.", "Hoxha's death"),
        (
            "Albania's withdrawal from the Warsaw Pact in 1966 was followed by silence in Moscow.",
            "withdrawal from the Warsaw Pact",
        ),
    ],
)
def test_a_deed_followed_by_another_is_still_its_own(text: str, quote: str) -> None:
    # a deed "followed by" another is not replaced: its own date is still judged
    assert_verdict(text, quote, "contradicted")


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a successor named in an office taken that year: the one before was another
        ("In 1982 Alia succeeded Shehu as head of state.", "succeeded Shehu", "contradicted"),
        ("In 1985 Alia succeeded Shehu as First Secretary.", "succeeded Shehu", "contradicted"),
        (
            "Ramiz Alia, who in 1982 replaced Mehmet Shehu as head of state, was no soldier.",
            "replaced Mehmet Shehu",
            "contradicted",
        ),
        (
            "In 1982 Alia succeeded Haxhi Lleshi as head of state.",
            "succeeded Haxhi Lleshi",
            "supported",
        ),
        ("In 1954 Shehu succeeded Hoxha as prime minister.", "succeeded Hoxha", "supported"),
        # no office named: the year alone does not say which was taken
        ("In 1982 Alia succeeded Shehu.", "succeeded Shehu", None),
    ],
)
def test_a_predecessor_in_a_named_office_within_a_year(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # called the only one, where the chronicle has several
        ("Zhou Enlai's only visit to Albania came in 1963.", "only visit", "contradicted"),
        ("Zhou Enlai visited Albania only once.", "visited Albania", "contradicted"),
        ("Hoxha made only one visit to China, in 1956.", "visit to China", "supported"),
        ("Khrushchev's only visit to Albania may have come in 1958.", "only visit", None),
        ("Albania's withdrawal from the Pact might have come in 1966.", "withdrawal", None),
        ("Hoxha's death could perhaps be dated to 1983.", "death", None),
        ("The break would come in 1961, after the Moscow conference.", "break", None),
        # a doubt on what the event's doer did next is none on the event
        (
            "In October 1964 Khrushchev was ousted; his successor as party leader, Alexei Kosygin,"
            " could not end the quarrel.",
            "his successor",
            "contradicted",
        ),
        (
            "The death of Stalin in 1954 was, arguably, the start of the end.",
            "death of Stalin",
            "contradicted",
        ),
        # a meeting is not counted so: two at one conference may not have met there
        ("Hoxha met Mao only once, in China in 1956.", "met Mao", None),
        # called the only one, where the one on record is at another time
        ("Khrushchev visited Albania only once, in May 1958.", "visited Albania", "contradicted"),
        (
            "Khrushchev's sole visit to Albania (May 1958) ended in quarrels.",
            "sole visit",
            "contradicted",
        ),
        # the only one, as the record has it
        ("Khrushchev's only visit to Albania came in May 1959.", "only visit", "supported"),
        ("Khrushchev visited Albania only once, in 1959.", "visited Albania", "supported"),
    ],
)
def test_the_only_one_of_its_kind(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a title set beside a person the clause acts on, with a past of theirs told in
        # the past perfect, describes them then, not in that year
        (
            "In 1956 Moscow urged Tirana to clear Xoxe, the interior minister who had been shot.",
            "the interior minister",
            None,
        ),
        (
            "In 1975 Hoxha attacked Beqir Balluku, the defence minister who had been dismissed.",
            "the defence minister",
            None,
        ),
        (
            "In 1990 the press praised the prime minister, Mehmet Shehu, who had died in 1981.",
            "the prime minister",
            None,
        ),
        # the one who acts holds it when they act; one brought along or purged then too
        (
            "In 1965 the prime minister, Enver Hoxha, visited Moscow.",
            "the prime minister",
            "contradicted",
        ),
        (
            "In 1959 Khrushchev brought his defence minister, Marshal Zhukov.",
            "defence minister",
            "contradicted",
        ),
        (
            "In 1975 Hoxha purged the defence minister, Kadri Hazbiu.",
            "defence minister",
            "contradicted",
        ),
    ],
)
def test_a_title_beside_one_acted_on_is_no_claim_of_that_time(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a "pro-" word names a side taken, not that side's office or deed
        (
            "Koçi Xoxe, the pro-Yugoslav defence minister, fell in 1948.",
            "defence minister",
            "contradicted",
        ),
        (
            "Koçi Xoxe, the pro-Yugoslav interior minister, fell in 1948.",
            "interior minister",
            "supported",
        ),
        (
            "Xoxe, head of the pro-Yugoslav faction and minister of the interior, was shot in 1949",
            "minister of the interior",
            "supported",
        ),
    ],
)
def test_a_side_taken_is_not_the_side(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # the one aid went to is its recipient, not a second giver
        (
            "The end of Soviet aid to China in July 1960 drew wide attention.",
            "end of Soviet aid",
            "supported",
        ),
        ("The end of Soviet aid to Albania in 1961 was a blow.", "end of Soviet aid", "supported"),
        (
            "The end of Chinese aid to Albania in July 1977 hurt its economy.",
            "end of Chinese aid",
            "contradicted",
        ),
        (
            "The cancellation of Soviet credits for Albania came in 1961.",
            "cancellation",
            "supported",
        ),
    ],
)
def test_the_recipient_of_aid_in_a_noun_phrase(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # where a visitor goes is not his own country, however much the text names it
        (
            "Stalin never went to Albania. Khrushchev travelled to the country in 1958.",
            "travelled to the country",
            "contradicted",
        ),
        (
            "Hoxha ruled Albania from 1944. In 1959 Khrushchev came to the country for a "
            "fortnight.",
            "came to the country",
            "supported",
        ),
        (
            "Tirana joined the Warsaw Pact in 1955. Khrushchev, Malinovsky and Stalin's heirs "
            "quarrelled with Tito. Khrushchev's only visit to the country, in May 1958, was "
            "brief.",
            "only visit to the country",
            "contradicted",
        ),
        # the country of one who rules it stays his own
        (
            "Yugoslavia broke with Moscow in 1948. Hoxha, who had led the country since "
            "1944, sided with Stalin.",
            "led the country",
            "supported",
        ),
    ],
)
def test_the_country_one_travels_to_is_another(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # an event told of as what time is counted from came before the clause's time
        (
            "On 12 November 1960 Khrushchev said that relations had soured since his visit "
            "to Albania.",
            "his visit to Albania",
            "supported",
        ),
        (
            "In 1961 Hoxha said that much had changed since Khrushchev's visit to Tirana.",
            "visit to Tirana",
            "supported",
        ),
        (
            "Writing in 1970, Hoxha said Albania had been alone since Khrushchev's visit to "
            "Tirana.",
            "visit to Tirana",
            "supported",
        ),
        # its own date is still its own
        (
            "Since Khrushchev's visit to Albania in 1958, the two leaders had quarrelled.",
            "visit to Albania in 1958",
            "contradicted",
        ),
    ],
)
def test_an_event_counted_from_is_not_dated_by_the_clause(
    text: str, quote: str, verdict: str
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # "X-led": the leader is the doer; the invasion of Czechoslovakia was the only one
        (
            "The Soviet-led invasion of Czechoslovakia in July 1968 shocked Tirana.",
            "invasion of Czechoslovakia in July 1968",
            "contradicted",
        ),
        ("Soviet troops invaded Czechoslovakia in September 1968.", "invaded", "contradicted"),
        (
            "The Warsaw Pact invasion of Czechoslovakia in 1969 ended the Prague Spring.",
            "invasion of Czechoslovakia in 1969",
            "contradicted",
        ),
        (
            "The Soviet-led invasion of Czechoslovakia in August 1968 shocked Tirana.",
            "invasion of Czechoslovakia",
            "supported",
        ),
        # backing is not leading
        ("A Chinese-backed invasion of Czechoslovakia was never planned.", "invasion", None),
        # an anniversary's event was years before
        (
            "Tito landed in Beijing in August 1978, on the tenth anniversary of the Soviet-led "
            "invasion of Czechoslovakia.",
            "invasion of Czechoslovakia",
            "supported",
        ),
        (
            "In 1978 Prague quietly marked the tenth anniversary of the invasion of "
            "Czechoslovakia by Soviet troops.",
            "invasion of Czechoslovakia",
            None,
        ),
    ],
)
def test_the_one_invasion_of_czechoslovakia_and_who_led_it(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # no part, no role, no hand in an event: the subject's share in it is denied
        (
            "Albania was kept out of the alliance's councils. Albania took no part in the "
            "invasion of Czechoslovakia.",
            "invasion of Czechoslovakia",
            "supported",
        ),
        ("Albania played no role in the invasion of Czechoslovakia.", "invasion", "supported"),
        ("Romania had no hand in the invasion of Czechoslovakia.", "invasion", "supported"),
        ("Hungary took no part in the invasion of Czechoslovakia.", "invasion", "contradicted"),
        ("Bulgaria played a role in the invasion of Czechoslovakia.", "invasion", "supported"),
    ],
)
def test_no_part_in_an_event(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        # dropping out of an organization's work is no leaving it
        ("- 1961–62: Albania drops out of Warsaw Pact and Comecon activity.", "exclude("),
        ("Albania pulled out of Comecon's work in 1961.", "exclude("),
        ("In 1962 Albania withdrew from the activities of the Warsaw Pact.", "exclude("),
        ("Albania dropped out of the Warsaw Pact in 1968.", "leave("),
        ("Albania withdrew from the Warsaw Pact in September 1968.", "leave("),
    ],
)
def test_leaving_an_organizations_work_is_not_leaving_it(text: str, frame: str) -> None:
    claims = claims_of(text)
    assert any(str(c["claim"]).startswith(frame) for c in claims)
    assert not [c for c in claims if c["verdict"] in ERRORS]


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a document with a name of its own is signed once; a name close to it is it
        (
            "Albania and Yugoslavia signed a treaty of friendship and mutual assistance in "
            "July 1947.",
            "signed a treaty",
            "contradicted",
        ),
        (
            "In March 1948 Albania and Yugoslavia signed a Treaty of Friendship, Cooperation "
            "and Mutual Aid.",
            "signed a Treaty",
            "contradicted",
        ),
        (
            "The two neighbours, Albania and Yugoslavia, concluded a friendship treaty in 1947.",
            "concluded a friendship treaty",
            "contradicted",
        ),
        (
            "In July 1946 Albania and Yugoslavia signed a Treaty of Friendship, Cooperation "
            "and Mutual Aid.",
            "signed a Treaty",
            "supported",
        ),
        # a document named after a place: named, whoever is said to have signed it
        ("The Belgrade Declaration was signed on 2 June 1956.", "1956", "contradicted"),
        ("Yugoslavia signed the Belgrade Declaration in 1957.", "1957", "contradicted"),
        (
            "Khrushchev and Tito signed the Belgrade Declaration in June 1956.",
            "1956",
            "contradicted",
        ),
        ("The Belgrade Declaration was signed on 2 June 1955.", "Belgrade", "supported"),
        # a kind of document is signed again and again
        ("Albania and Yugoslavia signed a trade agreement in 1950.", "trade agreement", None),
        ("Albania and Greece signed a trade agreement in 1985.", "trade agreement", None),
    ],
)
def test_a_named_document_is_signed_once(text: str, quote: str, verdict: str | None) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a fall from power happens once: Khrushchev's was in October 1964
        ("The removal of Khrushchev in October 1963 pleased Tirana.", "contradicted"),
        ("Khrushchev was overthrown in 1965.", "contradicted"),
        ("Khrushchev's ouster in October 1964 changed nothing for Tirana.", "supported"),
        ("Khrushchev was ousted in October 1964.", "supported"),
    ],
)
def test_a_leaders_fall_is_dated_by_its_one_record(text: str, verdict: str) -> None:
    assert_verdict(text, "Khrushchev", verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a season told is held to the record's months, with a month's slack
        ("Enver Hoxha died in the autumn of 1985.", "contradicted"),
        ("The Soviet Union broke off relations with Albania in early 1961.", "contradicted"),
        ("Moscow cancelled its loans to Albania in the spring of 1961.", "supported"),
        ("Enver Hoxha died in the spring of 1985.", "supported"),
        ("The Soviet Union broke off relations with Albania at the end of 1961.", "supported"),
        # a statement no frame reads is borne out by an event of its season
        ("In the summer of 1974 Hoxha turned on the army command.", "supported"),
    ],
)
def test_a_season_is_held_to_the_records_months(text: str, verdict: str) -> None:
    assert_verdict(text, text.split()[0], verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the kind of aid named picks the record: loans are not the experts' recall
        ("Moscow cancelled its loans to Albania in the autumn of 1961.", "unverifiable"),
        ("The Soviet Union cut off its credits to Albania in 1962.", "unverifiable"),
        ("Moscow cancelled its loans to Albania in 1959.", "contradicted"),
        ("In 1958 the Soviet Union recalled its specialists from Albania.", "contradicted"),
        ("In 1961 the Soviet Union recalled its specialists from Albania.", "supported"),
        ("Soviet loans to Albania were cancelled in 1961.", "supported"),
        # aid of no kind named is any aid: the grain cut of 1960, the credits of 1961
        ("The Soviet Union cut its aid to Albania in 1962.", None),
    ],
)
def test_the_kind_of_aid_named_picks_its_record(text: str, verdict: str | None) -> None:
    assert_verdict(text, "Albania", verdict)


@pytest.mark.parametrize(
    ("text", "borne_out"),
    [
        # a statement of one stance is not borne out by a record of the other
        ("In March 1944 Tito welcomed the Bujan resolution.", False),
        ("In March 1944 Tito praised the Bujan resolution.", False),
        ("In March 1944 Tito endorsed the Bujan resolution.", False),
        ("In March 1944 Tito criticised the Bujan resolution.", True),
    ],
)
def test_words_of_one_stance_are_not_borne_out_by_the_other(text: str, borne_out: bool) -> None:
    assert ("supported" in verdicts(text, "Tito")) is borne_out


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "found shot" reports a death, not an execution
        ("Shehu was found shot in his Tirana home in December 1981.", "supported"),
        ("In December 1981 Mehmet Shehu was found shot in his bedroom.", "supported"),
        ("Mehmet Shehu was found shot in December 1982.", "contradicted"),
    ],
)
def test_one_found_shot_died(text: str, verdict: str) -> None:
    assert_verdict(text, "Shehu", verdict)
    assert all(not str(c["claim"]).startswith("execute") for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # one said to follow another, no office named: the heir of every office the
        # other left that year
        ("In 1954 Hoxha handed the post to Adil Çarçani.", "contradicted"),
        ("In 1974 Balluku was replaced by Kadri Hazbiu.", "contradicted"),
        ("Hoxha died in 1985 and was succeeded by Adil Çarçani.", "contradicted"),
        ("In April 1992 Ramiz Alia resigned and was succeeded by Fatos Nano.", "contradicted"),
        ("In 1954 Hoxha handed the post to Mehmet Shehu.", "supported"),
        ("In 1974 Balluku was replaced by Mehmet Shehu.", "supported"),
        ("Hoxha died in 1985 and was succeeded by Ramiz Alia.", "supported"),
    ],
)
def test_an_heir_with_no_office_named_is_the_heir_of_that_year(text: str, verdict: str) -> None:
    heirs = [c for c in claims_of(text) if str(c["claim"]).startswith("take_office")]
    assert heirs and all(c["verdict"] == verdict for c in heirs)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a document the words name, signed on the record's day, is that signing,
        # whoever is named: its place is the record's
        (
            "The treaty of friendship and mutual assistance, signed in Belgrade on 9 July"
            " 1946, bound Albania to Yugoslavia.",
            "contradicted",
        ),
        (
            "The Treaty of Friendship and Mutual Assistance was signed in Belgrade in July 1946.",
            "contradicted",
        ),
        (
            "The Belgrade Declaration, signed in Moscow on 2 June 1955, ended the quarrel.",
            "contradicted",
        ),
        (
            "The treaty of friendship and mutual assistance, signed in Tirana on 9 July 1946,"
            " bound Albania to Yugoslavia.",
            None,
        ),
        ("The Treaty of Friendship and Mutual Assistance was signed in Tirana in July 1946.", None),
    ],
)
def test_a_named_documents_signing_is_held_to_its_place(text: str, verdict: str | None) -> None:
    assert_verdict(text, "signed", verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the partners listed are each a partner of the subject, not of each other
        ("In 1990 Albania restored diplomatic relations with both Moscow and Washington.", "x"),
        ("Albania re-established ties with the United States and the Soviet Union in 1991.", "x"),
        ("In 1991 Tirana resumed diplomatic ties with Washington and Moscow.", "x"),
        # the other side a guess: borne out or left open, never denied
        (
            "Tirana was alone for years. In 1990 relations were restored with the Soviet "
            "Union and the United States.",
            None,
        ),
        (
            "Tirana was alone for years. In 1990 and 1991 relations were restored with the "
            "Soviet Union and the United States.",
            "supported",
        ),
        ("In 1990 and 1991 Albania restored relations with Moscow and Washington.", "supported"),
        ("Albania normalized relations with Yugoslavia and Greece in 1971.", "supported"),
        # a time taken from the clause before is not held against each partner
        (
            "Alia accepted pluralism in December 1990, and restored ties with Moscow and "
            "Washington.",
            None,
        ),
    ],
)
def test_a_relation_with_a_list_of_partners_is_judged_partner_by_partner(
    text: str, verdict: str | None
) -> None:
    said = [
        str(c["verdict"])
        for c in claims_of(text)
        if str(c["claim"]).startswith(("restore_relations(", "reconcile("))
    ]
    assert said
    if verdict == "x":  # right for one partner, wrong for the other
        assert said[-1] == "partly_supported"
    elif verdict is None:
        assert not set(said) & ERRORS
    else:
        assert said[-1] == verdict


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        (
            "Yuri Andropov led the Soviet Union from November 1982, when Brezhnev died, "
            "until his own death in February 1984.",
            "die(patient: Yuri Andropov)",
        ),
        (
            "Khrushchev, who had denounced Stalin, led the party until his own fall in 1964.",
            "purge(patient: Nikita Khrushchev)",
        ),
        (
            "Hoxha outlived Stalin by decades and ruled Albania until his own death in 1985.",
            "die(patient: Enver Hoxha)",
        ),
    ],
)
def test_his_own_is_the_subject_of_the_clause(text: str, frame: str) -> None:
    assert any(str(c["claim"]).startswith(frame) for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        (
            "SHEHU, Mehmet (1913-1981), Albanian politician. He was prime minister from "
            "1954. Hoxha later denounced him as a spy. He was succeeded as prime minister "
            "by Adil Çarçani.",
            "take_office(patient: Mehmet Shehu; agent: Adil Çarçani)",
        ),
        (
            "XOXE, Koçi (1911-1949), Albanian communist. He ran the police until 1948. That "
            "year Hoxha turned against him. He was executed in June 1949.",
            "execute(patient: Koçi Xoxe)",
        ),
        (
            "ALIA, Ramiz (1925-2011), Albanian leader. He rose under Hoxha. In 1983 Hoxha "
            "named him as his heir. He became first secretary in April 1985.",
            "take_office(agent: Ramiz Alia)",
        ),
    ],
)
def test_a_pronoun_keeps_the_person_the_text_last_called_by_a_pronoun(
    text: str, frame: str
) -> None:
    # the section's person, named by a pronoun after another person was the subject
    assert any(str(c["claim"]).startswith(frame) for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "In 1991 Albania and the United States signed a memorandum of understanding.",
            "supported",
        ),
        (
            "On 15 March 1991, in Washington, the United States and Albania signed a "
            "memorandum restoring their ties.",
            "supported",
        ),
        (
            "In March 1991 Albania and the United States signed a memorandum restoring "
            "relations at a ceremony in Tirana.",
            "contradicted",
        ),
        (
            "Albania and the United States signed a protocol in Tirana in March 1991.",
            "contradicted",
        ),
    ],
)
def test_a_memorandum_or_protocol_is_a_document_signed(text: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if str(c["claim"]).startswith("sign(")]
    assert verdict in said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the time of an occasion held is the time of what happened at it
        (
            "The first multiparty elections, held on 31 March 1991, were won by the "
            "Democratic Party.",
            "contradicted",
        ),
        ("The elections, held in March 1992, were won by the Party of Labour.", "contradicted"),
        ("The vote, held in March 1992, was won by the Democratic Party.", "supported"),
        # "the Democrats" of Albania's transition are its Democratic Party
        ("In the elections of March 1991 the Democrats won a majority.", "contradicted"),
        ("The Democrats won the elections of March 1992.", "supported"),
    ],
)
def test_an_election_is_timed_by_when_it_was_held(text: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if str(c["claim"]).startswith("elect(")]
    assert said and said[0] == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Khrushchev took the premiership himself in March 1958.", "supported"),
        ("In July 1954 Mehmet Shehu assumed the premiership from Hoxha.", "supported"),
        ("Alia assumed the presidency in 1991.", "supported"),
        ("In 1956 Khrushchev took the premiership.", "contradicted"),
        ("In 1961 Shehu took over the premiership.", "contradicted"),
    ],
)
def test_taking_the_premiership_or_presidency_is_taking_office(text: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if "take_office(" in str(c["claim"])]
    assert said == [verdict]


@pytest.mark.parametrize(
    ("text", "frame", "verdict"),
    [
        # a title of office set beside a known doer is no unknown name
        (
            "Nikita Khrushchev, First Secretary of the Soviet Communist Party since "
            "September 1953, visited Albania in 1959.",
            "visit(",
            "supported",
        ),
        (
            "Ramiz Alia, President of the Presidium since 1982, became first secretary in 1985.",
            "take_office(",
            "supported",
        ),
        ("First Secretary Enver Hoxha visited Moscow in 1947.", "visit(", "supported"),
        # a name set beside the doer's title is the doer, and unknown
        (
            "The American Secretary of State, George Shultz, visited Moscow in 1987.",
            "visit(",
            "unverifiable",
        ),
    ],
)
def test_a_title_beside_a_known_name_is_no_stranger(text: str, frame: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if str(c["claim"]).startswith(frame)]
    assert said == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a presidency one person took once is dated by its one term; the Soviet Union
        # is a state, no lesser union
        ("In March 1989 Gorbachev became President of the Soviet Union.", "contradicted"),
        ("In March 1990 Gorbachev became President of the Soviet Union.", "supported"),
        ("In 1991 Sali Berisha became president.", "contradicted"),
        # Alia held two offices so called: which one, the text does not say
        ("In 1985 Alia became president.", "unverifiable"),
    ],
)
def test_a_presidency_taken_once_is_dated_by_its_term(text: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if "take_office(" in str(c["claim"])]
    assert said == [verdict]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a short distance after an event still puts that event first
        ("Gorbachev became General Secretary a month after the death of Hoxha.", True),
        ("Gorbachev became General Secretary a few weeks after Hoxha's death.", True),
        ("Gorbachev was chosen party leader a few weeks after the death of Enver Hoxha.", True),
        ("Albania left the Warsaw Pact weeks after the invasion of Czechoslovakia.", False),
        ("Alia became first secretary two days after Hoxha's death.", False),
    ],
)
def test_days_weeks_or_a_month_after_an_event_is_after_it(text: str, flagged: bool) -> None:
    rules = {c["rule"] for c in claims_of(text) if c["verdict"] in ERRORS}
    assert ("sequence" in rules) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a flag on a clause leaves out a relative clause on its subject, however far
        # into the clause the subject stands
        (
            "In 1985 Mehmet Shehu, who had been premier since 1954, succeeded Hoxha as first "
            "secretary.",
            "succeeded Hoxha as first secretary",
        ),
        (
            "In 1985 Ramiz Alia, who had been head of state since 1982, succeeded Mehmet Shehu "
            "as first secretary.",
            "succeeded Mehmet Shehu as first secretary",
        ),
        (
            "In November 1982 Ramiz Alia, whom Hoxha had groomed for years, succeeded Enver "
            "Hoxha as head of state.",
            "succeeded Enver Hoxha as head of state",
        ),
    ],
)
def test_a_flag_leaves_out_a_relative_clause_on_the_subject(text: str, flagged: str) -> None:
    said = [str(c["text"]) for c in claims_of(text) if c["verdict"] in ERRORS]
    assert said and all(t in flagged for t in said)  # within the deed (a name held wrong)


@pytest.mark.parametrize(
    ("text", "born", "died"),
    [
        # a birth and a death a bracket gives in words are held to the record
        (
            "SHEHU, Mehmet (Ismail) (b. 10 January 1913, Çorrush – d. 17 December 1981, "
            "Tirana), Albanian politician.",
            "supported",
            "supported",
        ),
        (
            "Enver Hoxha (born 16 October 1908, Korçë; died 11 April 1986) led Albania.",
            "contradicted",
            "contradicted",
        ),
        (
            "Ramiz Alia (b. 18 October 1925, Shkodër – d. 7 October 2011, Tirana) succeeded Hoxha.",
            "supported",
            "supported",
        ),
    ],
)
def test_a_bracket_of_birth_and_death_is_read(text: str, born: str, died: str) -> None:
    said = {str(c["claim"]).split("(")[0]: c["verdict"] for c in claims_of(text)}
    assert (said.get("born"), said.get("die")) == (born, died)


@pytest.mark.parametrize(
    ("text", "frame", "verdict"),
    [
        # the noun a relative clause describes is its verb's object
        ("Hoxha was also prime minister, a post he kept until 1954.", "hold_office(", "supported"),
        (
            "Hoxha was also prime minister, a post he kept until 1960.",
            "hold_office(",
            "contradicted",
        ),
        ("The treaty that Albania signed in 1955 bound it to Moscow.", "sign(", "supported"),
        ("The aid that China sent until 1985 kept Albania afloat.", "give_aid(", "contradicted"),
    ],
)
def test_a_relative_clause_takes_its_noun_as_object(text: str, frame: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if str(c["claim"]).startswith(frame)]
    assert verdict in said


@pytest.mark.parametrize(
    ("text", "frame", "verdict"),
    [
        # a line of notes leaves out "were": what the verb was done to is its subject
        (
            "Albania and the superpowers.\n30 July 1990: diplomatic relations with the USSR "
            "restored.",
            "restore_relations(",
            "supported",
        ),
        (
            "Albania and China after Mao.\nJuly 1977: Chinese aid to Albania cut off.",
            "cut_aid(agent: People's Republic of China; patient: Albania)",
            "contradicted",
        ),
        (
            "Albania and the West.\n1989: relations with the United States restored.",
            "restore_relations(",
            "contradicted",
        ),
        # a verb that also takes them as its doers keeps them so
        ("Soviet troops withdrew in 1961.", "withdraw_forces(agent: Soviet Union)", "supported"),
    ],
)
def test_a_bare_past_form_in_notes_is_a_passive(text: str, frame: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if str(c["claim"]).startswith(frame)]
    assert said == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a bloc whose members the chronicle lists: a state not among them never joined
        ("In 1964 Yugoslavia became a full member of Comecon.", "contradicted"),
        ("China joined Comecon in 1956.", "contradicted"),
        ("Yugoslavia entered the Council for Mutual Economic Assistance in 1964.", "contradicted"),
        # an associate or an observer is no member; a member is one
        ("In 1964 Yugoslavia became an associate member of Comecon.", None),
        ("China joined Comecon as an observer in 1956.", None),
        ("Mongolia joined Comecon in 1962.", "supported"),
    ],
)
def test_a_state_missing_from_a_blocs_listed_members_never_joined(
    text: str, verdict: str | None
) -> None:
    said = {str(c["verdict"]) for c in claims_of(text)}
    if verdict is None:
        assert not said & ERRORS
    else:
        assert verdict in said


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a correction words the true value as a reader would search for it
        ("In May 1957 Khrushchev made his only visit to Albania.", "May 1959"),
        ("In 1961 the Albanians kept eight submarines.", "four submarines"),
        ("In October 1961, at the 21st Congress of the CPSU, Khrushchev attacked Albania.", "22nd"),
        ("Moscow and Tirana had no diplomatic relations in 1957.", "November 1961"),
    ],
)
def test_a_correction_words_the_true_value(text: str, told: str) -> None:
    corrections = [str(c["correction"]) for c in claims_of(text) if c["verdict"] in ERRORS]
    assert any(told in c for c in corrections)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # one of several doers absent from the record: the flag is on that one's name
        (
            "On 20 August 1968, troops from the Soviet Union, Poland, Hungary, Romania and "
            "Bulgaria invaded Czechoslovakia.",
            "Romania",
        ),
        (
            "Twelve years later, in August 1968, troops from the Soviet Union, Poland, Hungary, "
            "Bulgaria and Romania invaded Czechoslovakia to end the reforms.",
            "Romania",
        ),
        (
            "The Soviet Union, East Germany, Poland and Albania invaded Czechoslovakia in "
            "August 1968.",
            "Albania",
        ),
    ],
)
def test_a_flag_on_an_absent_doer_is_on_its_name(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a flag on the deed leaves out a phrase set before its subject
        (
            "In 1968, after the Soviet-led invasion of Czechoslovakia, Albania was expelled "
            "from the Warsaw Pact.",
            "Albania was expelled from the Warsaw Pact",
        ),
        (
            "After the Warsaw Pact invasion of Czechoslovakia in August 1968, Albania was "
            "expelled from the alliance in September 1968.",
            "Albania was expelled from the alliance in September 1968",
        ),
        (
            "In 1964, after years of talks, Yugoslavia became a full member of Comecon.",
            "Yugoslavia became a full member of Comecon",
        ),
    ],
)
def test_a_flag_on_the_deed_leaves_out_a_fronted_phrase(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a succession with the wrong person: the flag is on that person's name
        (
            "In November 1982 Alia succeeded Hysni Kapo as chairman of the Presidium of the "
            "People's Assembly, the titular head of state.",
            "Hysni Kapo",
        ),
        ("Shehu died in 1981. He was succeeded as prime minister by Ramiz Alia.", "Ramiz Alia"),
        ("In 1985 Hoxha was succeeded as first secretary by Mehmet Shehu.", "Mehmet Shehu"),
    ],
)
def test_a_flag_on_a_succession_is_on_the_name_held_wrong(text: str, flagged: str) -> None:
    assert flagged in [c["text"] for c in flags_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        # "its" in a phrase on the last of the verb's objects is that object's
        "Albania joined the Council for Mutual Economic Assistance (Comecon) in February 1949 "
        "and the Warsaw Pact at its foundation in May 1955.",
        "Albania entered Comecon in 1949 and the Warsaw Pact at its founding in 1955.",
        "In 1949 Tirana joined Comecon, and in 1955 it joined the Warsaw Treaty Organization "
        "at its creation.",
    ],
)
def test_its_founding_is_the_founding_of_the_nearest_object(text: str) -> None:
    claims = claims_of(text)
    assert any(str(c["claim"]).startswith("found(patient: Warsaw Pact)") for c in claims)
    assert not any(c["verdict"] in ERRORS for c in claims)


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        # a verb coordinated with the verb an infinitive hangs on is a claim of its own,
        # and a bare year bracketed after its object is its date
        (
            "Albania ceased to take part in Comecon at the end of 1961 and formally left the "
            "Warsaw Pact [1968].",
            ["supported", "supported"],
        ),
        (
            "Albania ceased to take part in Comecon at the end of 1961 and formally left the "
            "Warsaw Pact (1969).",
            ["supported", "contradicted"],
        ),
        ("Albania left the Warsaw Pact (1969).", ["contradicted"]),
        ("Albania left the Warsaw Pact (1968).", ["supported"]),
    ],
)
def test_a_bracketed_year_after_the_object_dates_its_own_verb(
    text: str, verdicts: list[str]
) -> None:
    said = [
        str(c["verdict"])
        for c in claims_of(text)
        if str(c["claim"]).startswith(("exclude(", "leave("))
    ]
    assert said == verdicts


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a membership whose end the sources put at no one date is not held to have
        # gone on: Albania's in Comecon ended between 1968 and 1991, by the sources
        ("Albania also announced its formal withdrawal from Comecon in 1968.", False),
        ("In 1968 Tirana formally left Comecon as well as the Warsaw Pact.", False),
        ("Albania quit Comecon in 1968.", False),
        # but a departure before the earliest it may have come is held wrong
        ("Albania left Comecon in 1958.", True),
        ("In 1955 Tirana withdrew from Comecon.", True),
        # one whose end is the organization's own end is
        ("Romania left the Warsaw Pact in 1968.", True),
    ],
)
def test_a_membership_with_an_uncertain_end_may_have_ended(text: str, flagged: bool) -> None:
    assert bool(flags_of(text)) is flagged


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        # the one named beside a noun of a tie is the doer, not the one tied to
        (
            "In 1992 Berisha became president. His party colleague Aleksander Meksi became "
            "prime minister.",
            "take_office(agent: Aleksandër Meksi)",
        ),
        (
            "In 1992 Berisha became president; his colleague, Aleksander Meksi, became prime "
            "minister.",
            "take_office(agent: Aleksandër Meksi)",
        ),
        # a verb coordinated after a handover keeps the giver as its subject
        (
            "In 1954 Hoxha hands the post of prime minister to Mehmet Shehu but stays on as "
            "First Secretary.",
            "hold_office(agent: Enver Hoxha)",
        ),
    ],
)
def test_the_doer_is_not_the_one_the_subject_is_tied_to(text: str, frame: str) -> None:
    claims = claims_of(text)
    assert any(str(c["claim"]).startswith(frame + " (") for c in claims)
    assert not any(c["verdict"] in ERRORS for c in claims)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a month whose year is carried from a date held wrong is not held wrong again
        (
            "At the Twenty-Second Congress in October 1962 Khrushchev attacked the Albanian "
            "leaders; in December Moscow recalled its ambassador and expelled Albania's.",
            1,
        ),
        ("Hoxha died in April 1983. In May Alia became first secretary.", 1),
        # a month carried from a date the record bears out is held to it
        ("In 1961 Moscow and Tirana quarrelled. In March the Soviet Union broke off relations.", 1),
        (
            "At the Twenty-Second Congress in October 1961 Khrushchev attacked the Albanian "
            "leaders; in December 1962 Moscow recalled its ambassador.",
            1,
        ),
    ],
)
def test_a_year_carried_from_a_wrong_date_is_one_error(text: str, flags: int) -> None:
    assert len(flags_of(text)) == flags


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a part with a time of its own, wrong where another part is right: flagged on it
        (
            "Albania restored diplomatic relations with the Soviet Union in July 1990 and with "
            "the United States in March 1992.",
            "March 1992",
        ),
        ("Albania joined Comecon in 1949 and the Warsaw Pact in 1956.", "1956"),
        ("Tirana restored ties with Moscow in 1990 and with Washington in 1989.", "1989"),
    ],
)
def test_a_part_wrong_in_its_own_time_is_flagged_on_it(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # partners named apart in a passive, the other side the text's subject: each
        # partner is judged at its own time, and a wrong one is flagged on it
        (
            "Albania came in from the cold at last. Its ties with the Soviet Union were "
            "renewed in July 1990 and with the United States in March 1990.",
            "March 1990",
        ),
        (
            "Albania's isolation ended. Relations with Washington were restored in 1991, and "
            "with Moscow in 1989.",
            "1989",
        ),
        (
            "The last years of Albanian communism. Diplomatic ties were re-established with "
            "Moscow on 30 July 1990 and with the United States on 15 March 1992.",
            "15 March 1992",
        ),
    ],
)
def test_partners_named_apart_are_each_judged_at_their_own_time(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        # right for each partner at its own time: borne out, never judged with the other's
        "Albania came in from the cold at last. Its ties with the Soviet Union were renewed "
        "in July 1990 and with the United States in March 1991.",
        "Albania's isolation ended. Relations with Washington were restored in 1991, and with "
        "Moscow in 1990.",
        "The last years of Albanian communism. Diplomatic ties were re-established with Moscow "
        "on 30 July 1990 and with the United States on 15 March 1991.",
    ],
)
def test_partners_named_apart_right_at_their_times_are_borne_out(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert any(c["verdict"] == "supported" and "restore_relations" in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    "text",
    [
        # a list of partners is no pair: with no other side to be had, nothing is judged
        "Trade agreements were concluded with Poland, Hungary and the Soviet Union.",
        "Treaties were signed with Bulgaria, Romania and Czechoslovakia.",
        "Relations were broken off with Moscow, Warsaw and Prague.",
    ],
)
def test_partners_listed_with_no_side_are_not_paired_among_themselves(text: str) -> None:
    assert {c["verdict"] for c in claims_of(text) if c["frames"]} == {"unverifiable"}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # one dies or is shot once: names the chronicle lacks beside them do not hide it
        (
            "After a secret trial Imre Nagy was executed on June 16, 1959, together with Pal "
            "Maleter and the journalist Miklos Gimes.",
            "contradicted",
        ),
        ("Koci Xoxe was shot in June 1950 together with Kristo Themelko.", "contradicted"),
        (
            "Stalin died in March 1954, mourned by Lavrenti Beria and Georgi Malenkov.",
            "contradicted",
        ),
        (
            "After a secret trial Imre Nagy was executed on 16 June 1958, with Pal Maleter.",
            "supported",
        ),
    ],
)
def test_a_death_is_dated_whoever_else_is_named(text: str, verdict: str) -> None:
    said = [
        str(c["verdict"])
        for c in claims_of(text)
        if str(c["claim"]).startswith(("execute(", "die("))
    ]
    assert said[:1] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # one who followed another once, in one office, is dated by that succession
        ("In November 1983 Alia replaced the aging Haxhi Lleshi.", "contradicted"),
        ("In 1986 Alia succeeded Hoxha.", "contradicted"),
        ("In 1955 Shehu replaced Hoxha.", "contradicted"),
        ("In November 1982 Alia replaced Haxhi Lleshi.", "supported"),
        ("In 1985 Alia succeeded Hoxha.", "supported"),
    ],
)
def test_a_succession_once_on_record_is_dated_by_it(text: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if "take_office(" in str(c["claim"])]
    assert said == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # a "when" clause told at the clause before's date, held wrong there: one flag
        "Hoxha served as prime minister until 1961, when he handed the post to Mehmet Shehu.",
        "Hoxha was also prime minister until 1961, when he passed the premiership to Shehu.",
        "Enver Hoxha headed the government until 1960, when Mehmet Shehu replaced him.",
    ],
)
def test_a_when_clause_at_a_wrong_date_is_one_error(text: str) -> None:
    assert len(flags_of(text)) == 1


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a participle of meeting set before the clause places what the gathering did
        ("28 June 1948 – Meeting in Belgrade, the Cominform condemns Tito's leadership.", True),
        ("In June 1948, meeting in Belgrade, the Cominform condemned Tito.", True),
        ("Meeting in Bucharest in June 1948, the Cominform condemned Tito.", False),
    ],
)
def test_a_fronted_participle_of_meeting_places_the_deed(text: str, flagged: bool) -> None:
    assert any(c["rule"] == "place" for c in flags_of(text)) is flagged


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "admitted" with no body named is to the organization in play; one admitted
        # "together with" another shares the deed
        (
            "Comecon was founded in January 1949. Albania was admitted in 1950, together "
            "with the GDR.",
            "partly_supported",
        ),
        ("Comecon was set up in January 1949. Albania was admitted a month later.", "supported"),
        ("Albania was admitted to Comecon in 1950, together with the GDR.", "partly_supported"),
        (
            "Comecon was set up in January 1949. Albania was admitted in February 1949.",
            "supported",
        ),
    ],
)
def test_one_admitted_is_admitted_to_the_body_in_play(text: str, verdict: str) -> None:
    said = [str(c["verdict"]) for c in claims_of(text) if str(c["claim"]).startswith("join(")]
    assert said == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # a body that "followed" came next; it did not do what the states before did
        "Comecon was founded in 1949; Albania was admitted a month later and East Germany in "
        "1950. The Warsaw Pact followed on 14 May 1955.",
        "Albania joined Comecon in February 1949. The Cominform had followed in 1947.",
        # a body the chronicle does not know is not the one in play
        "The Warsaw Pact, set up in 1955, was the bloc's answer to the admission of West "
        "Germany to NATO.",
    ],
)
def test_a_body_that_followed_or_another_body_is_no_member(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a time after another actor set after "and" is that actor's; the rest keep theirs
        ("Albania joined Comecon in 1949 and East Germany in 1950.", 0),
        ("Albania joined Comecon in 1949 and East Germany in 1955.", 1),
        ("Albania joined Comecon in 1950 and East Germany in 1950.", 1),
        (
            "Comecon was founded in January 1949; Albania was admitted a month later and East "
            "Germany in 1950.",
            0,
        ),
        ("Albania joined Comecon in February 1949 and the Warsaw Pact in 1956.", 1),
    ],
)
def test_a_gapped_actors_time_is_its_own(text: str, flags: int) -> None:
    assert len(flags_of(text)) == flags


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a verb that takes an event that took place does not pass its negation on
        (
            "The alliance did not survive Yugoslavia's expulsion from the Cominform in 1948.",
            "expel(",
        ),
        ("Albania did not welcome the invasion of Czechoslovakia in 1968.", "invade("),
        ("The Albanian press did not mention Khrushchev's visit to Belgrade in 1955.", "visit("),
        ("Tirana never forgave Moscow's break of relations in December 1961.", "break_relations("),
    ],
)
def test_a_negated_verb_of_an_event_that_took_place_denies_no_event(text: str, claim: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith(claim)]
    assert [c["verdict"] for c in said] == ["supported"]
    assert not flags_of(text)


def test_a_negated_verb_of_having_still_denies_the_relation() -> None:
    [said] = [
        c
        for c in claims_of("Albania did not maintain relations with the Soviet Union after 1961.")
        if "relations(" in str(c["claim"])
    ]
    assert str(said["claim"]).startswith("not relations(")


@pytest.mark.parametrize(
    "text",
    [
        # no one is the deputy of an office they hold themselves then
        "In 1961 Soviet Deputy Foreign Minister Andrei Gromyko informed the Albanian envoy.",
        "In 1962 Deputy Premier Mehmet Shehu visited Beijing.",
        "In 1970 Mehmet Shehu, then deputy premier, visited Beijing.",
        "In 1961 Mehmet Shehu, the deputy prime minister, visited Moscow.",
    ],
)
def test_a_holder_called_the_deputy_of_their_own_office_is_flagged(text: str) -> None:
    [flag] = flags_of(text)
    assert flag["rule"] == "office" and "not a deputy's" in str(flag["correction"])


@pytest.mark.parametrize(
    "text",
    [
        # before their own term, a former deputy, or a deputy the chronicle records
        "In 1950 Mehmet Shehu, the deputy prime minister, visited Moscow.",
        "In 1961 the former deputy prime minister Mehmet Shehu visited Moscow.",
        "Kosygin, the Soviet first deputy premier, met Hoxha in 1961.",
        "In 1965 Soviet Foreign Minister Andrei Gromyko met Zhou Enlai.",
    ],
)
def test_a_deputy_outside_their_own_term_is_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # names set after a dash are an aside, not more of the list before it
        "The invasion of Czechoslovakia on the night of 20–21 August 1968 by the Soviet Union, "
        "Poland, Hungary and Bulgaria – Albania and Romania stayed out – shocked Tirana.",
        "Czechoslovakia was invaded in August 1968 by the Soviet Union, Poland and Hungary — "
        "Albania and Romania took no part.",
        "The invasion of Czechoslovakia in August 1968 by the Soviet Union and Poland – Albania "
        "and Romania refused to join – ended the Prague Spring.",
    ],
)
def test_states_named_after_a_dash_are_no_doers_of_the_list(text: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("invade(")]
    assert said and all("Albania" not in str(c["claim"]) for c in said)
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the right place of a meeting bears out nothing of who spoke for a side there
        "At the Warsaw Pact meeting in Moscow in March 1961, Albania was represented by Mehmet "
        "Shehu rather than by Hoxha.",
        "At the Warsaw Pact meeting in Moscow in March 1961, Hysni Kapo represented Albania.",
        "In March 1961, at the Political Consultative Committee in Moscow, Albania was "
        "represented by Ramiz Alia.",
    ],
)
def test_a_meetings_place_does_not_bear_out_who_represented_a_side(text: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("lead(")]
    assert said and all(c["verdict"] != "supported" for c in said)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a foreigner met in a town is a visit to its state, which may be his only one
        ("Later in 1976, Yugoslav leader Tito is welcomed in Beijing.", True),
        ("The Chinese retorted by receiving Tito in Beijing in 1975.", True),
        ("In 1960 Khrushchev was welcomed in Tirana.", True),
        ("In November 1960 Hoxha met Khrushchev in Tirana.", True),
        ("In May 1959 Khrushchev was welcomed in Tirana.", False),
        ("August 1977: Tito is welcomed in Beijing.", False),
        ("In November 1960 Hoxha met Khrushchev in Moscow.", False),
    ],
)
def test_a_meeting_in_a_town_of_another_state_is_a_visit_there(text: str, flagged: bool) -> None:
    flags = flags_of(text)
    assert bool(flags) == flagged
    # the visit's date, or the place of the meeting the chronicle has at that time
    assert all(f["rule"] in ("date", "place") for f in flags)


@pytest.mark.parametrize(
    "text",
    [
        # a meeting at that time in a town of another state bears out no meeting here
        "In 1956 Hoxha met Mao in Moscow.",
        "In 1977 Tito met Hua Guofeng in Belgrade.",
        "In June 1960 Khrushchev met Hysni Kapo in Belgrade.",
    ],
)
def test_a_meeting_elsewhere_then_does_not_bear_out_one_in_another_state(text: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("meet(")]
    assert said and all(c["verdict"] != "supported" for c in said)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a numbered resolution is adopted once, on the day its record gives
        ("Resolution 2758 finally passed on 25 October 1970.", "contradicted"),
        ("The General Assembly adopted Resolution 2758 in November 1971.", "contradicted"),
        ("On 25 October 1971 the General Assembly adopted Resolution 2758.", "supported"),
        ("Resolution 2758 was approved by the Assembly in October 1971.", "supported"),
    ],
)
def test_a_numbered_resolution_is_adopted_on_its_day(text: str, verdict: str) -> None:
    assert verdict in [c["verdict"] for c in claims_of(text)]
    assert bool(flags_of(text)) == (verdict == "contradicted")


def test_a_draft_tabled_before_its_adoption_is_not_dated_by_it() -> None:
    assert not flags_of("In July 1971 Albania tabled the draft that became Resolution 2758.")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # killing oneself is a death: "took his own life", "shot himself", "suicide"
        ("Nako Spiru took his own life in December 1947.", "contradicted"),
        ("Nako Spiru killed himself in November 1946.", "contradicted"),
        ("Mehmet Shehu shot himself in December 1981.", "supported"),
        ("Spiru's suicide in November 1947 shocked the party.", "supported"),
        ("Nako Spiru ended his life on 20 November 1947.", "supported"),
    ],
)
def test_a_killing_of_oneself_is_a_death(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("die(")]
    assert [c["verdict"] for c in said] == [verdict]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # "head of government" is an office; "thrown out of the party" a purge; "not
        # invited" to a bloc's meetings an exclusion
        ("Shehu was head of government from 1954 to 1981.", "hold_office("),
        ("Mehmet Shehu remained head of government until 1981.", "hold_office("),
        ("Koço Tashko was thrown out of the party in 1960.", "purge("),
        ("Liri Belishova was kicked out of the party in 1960.", "purge("),
        ("After 1961 Albania was no longer invited to Warsaw Pact meetings.", "exclude("),
        (
            "Albania was not invited to the Warsaw Pact session held in Bucharest in 1966.",
            "exclude(",
        ),
    ],
)
def test_more_words_of_office_purge_and_exclusion(text: str, claim: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith(claim)]
    assert [c["verdict"] for c in said] == ["supported"]


@pytest.mark.parametrize(
    "text",
    [
        # a reform is borne out by a record of that change: its deed, what it acted on,
        # and the name a renaming gives
        "In 1976 Albania adopted a new constitution.",
        "In 1967 Albania banned religion.",
        "In 1976 Albania banned foreign loans.",
        "In 1966 Hoxha abolished military ranks and insignia.",
        "In 1948 the Communist Party of Albania was renamed the Party of Labour.",
        "The 1976 constitution renamed the state the People's Socialist Republic of Albania.",
        "In June 1991 the Party of Labour renamed itself the Socialist Party.",
        "8–22 November 1948 — The First Congress renames the party the Party of Labour of Albania.",
    ],
)
def test_a_reform_is_borne_out_by_a_record_of_that_change(text: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("reform(")]
    assert [c["verdict"] for c in said] == ["supported"]


@pytest.mark.parametrize(
    "text",
    [
        # another change of the same state then, another name, or a thing renamed
        "In 1967 Albania adopted a new constitution.",
        "The 1976 constitution renamed the state the People's Republic of Albania.",
        "In 1950 Albania renamed an oil town in Stalin's honour.",
        "In 1976 Albania banned religion.",
    ],
)
def test_a_reform_of_another_kind_is_not_borne_out(text: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("reform(")]
    assert said and all(c["verdict"] == "unverifiable" for c in said)
    assert not flags_of(text)


def test_a_state_that_abolished_something_is_no_body_that_ended() -> None:
    said = [str(c["claim"]) for c in claims_of("In 1966 Albania abolished military ranks.")]
    assert not any(c.startswith("dissolve(") for c in said)


@pytest.mark.parametrize(
    "text",
    [
        # the parties a document's own phrase names sign it
        "A treaty of friendship with Yugoslavia was signed in July 1946.",
        "In 1946 a treaty of friendship between Albania and Yugoslavia was signed.",
        "In March 1991 an agreement with the United States was signed in Washington.",
    ],
)
def test_a_documents_own_phrase_names_who_signed_it(text: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("sign(")]
    assert [c["verdict"] for c in said] == ["supported"]
    assert all("agent:" in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    "text",
    [
        # the year of a work cited does not date the claim; its author is no doer
        "Albania left the Warsaw Pact in 1968 (Prifti 1978: 45).",
        "Enver Hoxha died in April 1985 (Fischer 1999).",
        "The Soviet Union broke off relations with Albania in December 1961 (Hamm 1963).",
    ],
)
def test_a_claim_with_a_work_cited_is_judged_on_its_own_time(text: str) -> None:
    said = [c for c in claims_of(text) if c["verdict"] != "unverifiable"]
    assert [c["verdict"] for c in said] == ["supported"]
    cited = re.search(r"\((?:\w+ )+(\d{4})", text)
    assert cited is not None and cited.group(1) not in str(said[0]["claim"])
    assert cited.group(1) not in str(said[0]["text"])


@pytest.mark.parametrize(
    "text",
    [
        # a "by" after an active verb's object is the object's doer, not the verb's
        "Albania condemned the invasion of Czechoslovakia by Warsaw Pact forces (Aug. 1968).",
        "Albania condemned the invasion of Czechoslovakia by the Soviet Union in August 1968.",
        "China condemned the occupation of Czechoslovakia by Soviet troops in 1968.",
    ],
)
def test_a_by_phrase_after_an_objects_event_is_not_the_verbs_doer(text: str) -> None:
    [said] = [c for c in claims_of(text) if str(c["claim"]).startswith("condemn(")]
    assert said["verdict"] == "supported"
    assert "Soviet" not in str(said["claim"]) and "Warsaw" not in str(said["claim"])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a deed told as what was announced is borne out by the deed soon after, and
        # never denied
        (
            "In April 1961 Kosygin informed Hoxha that all Soviet ships would be withdrawn.",
            "supported",
        ),
        (
            "On 30 July 1990 Moscow and Tirana announced that they would restore relations.",
            "supported",
        ),
        ("In 1956 Imre Nagy announced that Hungary would leave the Warsaw Pact.", "supported"),
        ("In 1950 Moscow announced that Albania would leave the Warsaw Pact.", "unverifiable"),
        ("In 1985 Moscow announced that it would restore relations with Albania.", "unverifiable"),
    ],
)
def test_a_deed_announced_is_borne_out_by_the_deed_soon_after(text: str, verdict: str) -> None:
    said = [
        c for c in claims_of(text) if "(" in str(c["claim"]) and "statement" not in str(c["claim"])
    ]
    assert said and {c["verdict"] for c in said} == {verdict}
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the chronicle holds every visit of a person within a declared span: a year
        # inside it that none of them fits is an error; one outside it is not known
        ("Richard Nixon flew to Beijing in 1973 to meet Mao.", "contradicted"),
        ("President Nixon's visit to China in February 1971 alarmed Tirana.", "contradicted"),
        ("In 1954 Khrushchev travelled to Yugoslavia to make amends.", "contradicted"),
        ("Khrushchev paid a visit to Tito's Yugoslavia in 1959.", "contradicted"),
        ("In July 1970 Henry Kissinger went secretly to Beijing.", "contradicted"),
        ("Nixon visited China in February 1972.", "supported"),
        ("Khrushchev went to Belgrade in September 1956.", "supported"),
        ("In 1963 Khrushchev paid a state visit to Yugoslavia.", "supported"),
        ("Nixon went to China again in 1980.", "unverifiable"),
        ("Kissinger flew to Beijing in June 1972.", "unverifiable"),
    ],
)
def test_a_visit_is_judged_by_every_one_on_record_within_its_span(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("visit(")]
    assert [c["verdict"] for c in said] == [verdict]


def test_a_visit_outside_the_series_of_the_person_named_is_not_judged_by_it() -> None:
    # Bulganin went to Belgrade with Khrushchev in 1955, but the series is Khrushchev's
    assert not flags_of("Bulganin visited Belgrade in 1957.")
    # a visit whose host the text leaves unnamed may have been anywhere
    assert not flags_of("Khrushchev made a visit abroad in 1957.")


def test_a_flag_by_a_series_names_every_visit_on_record() -> None:
    (flag,) = flags_of("Khrushchev went to Belgrade in 1957 to see Tito.")
    assert all(day in flag["correction"] for day in ("May 1955", "September 1956", "1963"))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "chairman of the Council of Ministers" is the head of government's office
        ("Mehmet Shehu, chairman of the Council of Ministers, died in December 1981.", "supported"),
        ("Kosygin, chairman of the Council of Ministers, met Zhou Enlai in 1969.", "supported"),
        ("In 1958 Hoxha was chairman of the Council of Ministers.", "contradicted"),
    ],
)
def test_the_chairman_of_the_council_of_ministers_heads_the_government(
    text: str, verdict: str
) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("hold_office(")]
    assert [c["verdict"] for c in said] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a reference entry's opening nouns describe its person: the office in
        # apposition to them is his
        (
            "SHEHU, Mehmet (1913–1981), Albanian general and party official, chairman of "
            "the Council of Ministers between 1954 and 1981.",
            "supported",
        ),
        (
            "ALIA, Ramiz (1925–2011). Albanian communist politician, First Secretary of the "
            "Party of Labour of Albania from 1985 to 1991.",
            "supported",
        ),
        (
            "HOXHA, Enver (1908–1985). Albanian partisan leader and dictator, chairman of "
            "the Council of Ministers from 1960 to 1970.",
            "contradicted",
        ),
    ],
)
def test_a_reference_entry_opens_with_what_its_person_was(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("hold_office(agent: ")]
    assert verdict in [c["verdict"] for c in said]


def test_a_reference_entry_s_prose_is_not_its_opening() -> None:
    # once the entry's sentences have verbs, a noun is no longer a descriptor of him
    text = (
        "SHEHU, Mehmet (1913–1981), Albanian politician. He fought in Spain. "
        "Enver Hoxha, then the party's leader, was chairman of the Council of Ministers "
        "until 1954."
    )
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("hold_office(")]
    assert any("Enver Hoxha" in str(c["claim"]) for c in said), said
    assert all("Mehmet Shehu" not in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the chronicle knows who signed a document for each side (`led_by`): another
        # person of that side named as its signer, on that day or in that month, is wrong
        (
            "On 15 March 1991 the memorandum was signed by James Baker and Muhamet Kapllani.",
            "James Baker",
        ),
        ("On 15 March 1991 the memorandum was signed by Foreign Minister Reis Malile.", "Malile"),
        (
            "On 15 March 1991 the memorandum of understanding was signed by Baker and "
            "Kapllani in Washington.",
            "Baker",
        ),
    ],
)
def test_a_signatory_of_a_side_is_judged_by_the_one_on_record(text: str, name: str) -> None:
    flags = [c for c in flags_of(text) if c["rule"] == "signatory"]
    assert len(flags) == 1 and name in str(flags[0]["text"])


@pytest.mark.parametrize(
    "text",
    [
        "In March 1991 Raymond Seitz and Muhamet Kapllani signed the memorandum.",
        "On 15 March 1991 the memorandum was signed by Assistant Secretary Raymond Seitz.",
        # another kind of document than the one on record at that time: not judged
        "In March 1991 James Baker signed an agreement with Albania.",
    ],
)
def test_a_signatory_on_record_or_of_another_document_is_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The memorandum was signed in Tirana on 15 March 1991 by Raymond Seitz and Kapllani.",
        "In Tirana, on 15 March 1991, Seitz and Kapllani signed the memorandum.",
        "On 15 March 1991, at a ceremony in Tirana, Seitz and Kapllani signed a memorandum.",
    ],
)
def test_a_wrong_place_is_flagged_where_the_text_names_it(text: str) -> None:
    (flag,) = flags_of(text)
    assert flag["text"] == "Tirana" and text[flag["start"] : flag["end"]] == "Tirana"


@pytest.mark.parametrize(
    "text",
    [
        # a present-tense verb's object that the parser hangs on its particle
        "In December 1961 the Soviet Union breaks off diplomatic relations with Albania.",
        "In July 1978 China cuts off all economic aid to Albania.",
        "In 1961 Moscow breaks off diplomatic ties with Tirana.",
    ],
)
def test_a_verb_with_a_particle_keeps_its_object_in_the_present_tense(text: str) -> None:
    verdicts = [c["verdict"] for c in claims_of(text) if "(" in str(c["claim"])]
    frames = [str(c["claim"]) for c in claims_of(text)]
    assert any(f.startswith(("break_relations(", "cut_aid(")) for f in frames), frames
    assert "supported" in verdicts


@pytest.mark.parametrize(
    ("text", "frame", "verdict"),
    [
        # a list entry that opens on its date and a deed with no subject is a deed of
        # the one the list is about: the person the words before it name, or the state
        (
            "Here is a timeline of the life of Enver Hoxha:\n"
            "- **1956** – Travels to China for the Eighth Congress.\n",
            "visit(agent: Enver Hoxha",
            "supported",
        ),
        (
            "A short chronology of Enver Hoxha's career:\n"
            "- 1946–1953: Also holds the post of foreign minister.\n",
            "hold_office(agent: Enver Hoxha",
            "supported",
        ),
        (
            "Here is a timeline of Albania's relations with Comecon:\n"
            "- February 1955: Joins the organization.\n",
            "join(agent: Albania",
            "contradicted",
        ),
        (
            "Key dates in Albania's foreign policy:\n"
            "- 1968 - Leaves the Warsaw Pact.\n"
            "- 1978 - Loses its last ally when China cuts off aid.\n",
            "leave(agent: Albania",
            "supported",
        ),
    ],
)
def test_a_dated_list_entry_with_no_subject_is_the_deed_of_the_list_s_subject(
    text: str, frame: str, verdict: str
) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith(frame)]
    assert [c["verdict"] for c in said] == [verdict], claims_of(text)


def test_a_dated_list_entry_with_its_own_subject_keeps_it() -> None:
    text = (
        "Here is a timeline of the life of Enver Hoxha:\n"
        "- May 1959: Khrushchev visits Albania.\n"
        "- 1961: Succeeded by nobody; Breaks with Moscow.\n"
    )
    said = [str(c["claim"]) for c in claims_of(text)]
    assert any(c.startswith("visit(agent: Nikita Khrushchev") for c in said), said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # a charter or a final act is signed; the body whose charter it is signs nothing
        ("On 14 December 1959 Albania signed the Comecon Charter in Sofia.", "supported"),
        ("On 14 December 1959 Albania signed the Comecon Charter in Bucharest.", "contradicted"),
        ("In September 1991 Albania signed the Helsinki Final Act.", "supported"),
    ],
)
def test_a_charter_is_signed_by_the_members_not_the_body(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("sign(")]
    assert [c["verdict"] for c in said] == [verdict]
    assert all("Council for Mutual" not in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "minister of foreign affairs", "of internal affairs", "of defence" are offices
        ("Ramiz Alia served as minister of foreign affairs from 1955 to 1958.", "contradicted"),
        ("Behar Shtylla was minister of foreign affairs from 1953 to 1966.", "supported"),
        ("In 1961 Kadri Hazbiu was minister of internal affairs.", "supported"),
    ],
)
def test_a_minister_of_affairs_holds_an_office(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("hold_office(agent: ")]
    assert [c["verdict"] for c in said] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # an entry's opening date is the date of what the entry says, all of it
        (
            "Key dates:\n- 13 October 1968 - Albania formally leaves the Warsaw Pact.\n",
            "contradicted",
        ),
        (
            "Key dates:\n- **September 1968** – Albania formally leaves the Warsaw Pact.\n",
            "supported",
        ),
        (
            "Timeline:\n- 31 March 1991: Albania's first free elections, won by the "
            "Democratic Party.\n",
            "contradicted",
        ),
        ("Timeline:\n- 22 March 1992: Elections, won by the Democratic Party.\n", "supported"),
    ],
)
def test_an_entry_s_opening_date_is_its_own(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith(("leave(", "elect(patient"))]
    assert verdict in [c["verdict"] for c in said], said


def test_a_flag_on_an_entry_s_date_points_at_the_date() -> None:
    text = "Key dates:\n- 13 October 1968 - Albania formally leaves the Warsaw Pact.\n"
    (flag,) = flags_of(text)
    assert text[flag["start"] : flag["end"]] == "13 October 1968"


def test_a_plenum_is_counted_anew_by_each_central_committee() -> None:
    # the chronicle's Fourth Plenum is of 1973; the eighth Central Committee had its own
    assert not flags_of("24 September 1982: At the Fourth Plenum Hoxha presents a report on Shehu.")


@pytest.mark.parametrize(
    ("text", "frame", "year"),
    [
        # "the first ... since 1923" measures from 1923: the deed is of the time told
        (
            "On 31 March 1991 Albanians voted in the first contested elections since 1923.",
            "elect(",
            "1991",
        ),
        (
            "In 1990 Albania restored relations with Moscow for the first time since 1961.",
            "restore",
            "1990",
        ),
        ("In 1971 Albania and Greece restored ties, the first since 1940.", "restore", "1971"),
    ],
)
def test_a_time_the_first_is_counted_from_is_not_its_time(text: str, frame: str, year: str) -> None:
    said = [str(c["claim"]) for c in claims_of(text) if str(c["claim"]).startswith(frame)]
    assert said and all(f"({year}" in c for c in said), said


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # credits a law bans are no aid given: the ban is a change of the law, told by its
        # words, borne out by the record of that change at that time; never denied
        (
            "In 1976 a new constitution banned loans and credits from capitalist states.",
            "supported",
        ),
        (
            "The constitution adopted in 1976 forbade the state to take credits from abroad.",
            "supported",
        ),
        (
            "Under the 1976 constitution the state was barred from accepting any foreign loan.",
            "supported",
        ),
        ("The 1965 constitution banned foreign credits.", "unverifiable"),
    ],
)
def test_credits_a_law_bans_are_a_change_of_the_law(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if "(" in str(c["claim"])]
    assert not any(str(c["claim"]).startswith("give_aid") for c in said)
    assert verdict in [c["verdict"] for c in said]
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "and was prime minister": the office of the first verb's subject
        (
            "Hoxha headed the party from 1941 and was prime minister from 1944 to 1954.",
            "supported",
        ),
        ("Mehmet Shehu fought in Spain and was interior minister from 1948 to 1954.", "supported"),
        ("Hoxha led the party and was prime minister from 1960 to 1970.", "contradicted"),
    ],
)
def test_an_office_after_and_is_the_first_verb_s_subject_s(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("hold_office(agent: ")]
    assert [c["verdict"] for c in said] == [verdict]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "was reported to have ...": the passive's subject is the one who did it
        ("Mehmet Shehu was reported to have committed suicide in December 1981.", "supported"),
        ("Nako Spiru was said to have committed suicide in November 1947.", "supported"),
        ("Shehu was reported to have committed suicide in 1980.", "contradicted"),
    ],
)
def test_the_subject_of_was_reported_to_have_is_the_doer(text: str, verdict: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("die(patient: ")]
    assert [c["verdict"] for c in said] == [verdict]


@pytest.mark.parametrize(
    "text",
    [
        # a dateline's town is where the story was filed, not the subject of its sentence
        "VIENNA, April 12 - Enver Hoxha, Albania's ruler since 1944, died yesterday.",
        "TIRANA, Dec. 18 (Reuters) — Mehmet Shehu, the Prime Minister, died last night in Tirana.",
        "TIRANA — Ramiz Alia, the last communist head of state, died on Friday aged 85.",
    ],
)
def test_a_dateline_is_no_subject(text: str) -> None:
    said = [str(c["claim"]) for c in claims_of(text) if str(c["claim"]).startswith("die(")]
    assert said and all("patient: " in c for c in said), said


def test_a_dateline_s_date_still_dates_the_story() -> None:
    text = "VIENNA, Sept. 13, 1968 — Albania today formally withdrew from the Warsaw Pact."
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("leave(")]
    assert [c["verdict"] for c in said] == ["supported"]
    assert "1968-09-13" in str(said[0]["claim"])


@pytest.mark.parametrize(
    "text",
    [
        # "to Tirana's dismay" tells whose feeling, not where one went
        "In 1972 Nixon travelled to China, much to Tirana's dismay.",
        "In February 1972 Richard Nixon went to China, to the great annoyance of Tirana.",
        "In May 1959 Khrushchev came to Albania, to the delight of Hoxha.",
    ],
)
def test_a_feeling_a_visit_is_made_to_is_no_destination(text: str) -> None:
    said = [c for c in claims_of(text) if str(c["claim"]).startswith("visit(")]
    assert [c["verdict"] for c in said] == ["supported"]
    assert "Albania" not in str(said[0]["claim"]) or "came to Albania" in text


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a pronoun in a clause inside a noun phrase may stand for one that phrase names
        (
            "Nixon went to Beijing in 1972. The state banquet for Tito when he arrived in "
            "Beijing in August 1977 angered Hoxha.",
            "when he arrived in Beijing in August 1977",
        ),
        (
            "Richard Nixon's trip to China came in 1972. The welcome given to Josip Broz Tito "
            "as he arrived in Peking on 30 August 1977 enraged Tirana.",
            "as he arrived in Peking on 30 August 1977",
        ),
        (
            "Mao had received Nixon in 1972. Crowds cheering for Marshal Tito when he came to "
            "China in August 1977 were shown on Albanian television.",
            "when he came to China in August 1977",
        ),
    ],
)
def test_a_pronoun_in_a_noun_phrase_stands_for_the_one_it_names(text: str, quote: str) -> None:
    assert_verdict(text, quote, "supported")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a party to the deed the chronicle does not know: nothing to judge, never borne
        # out by a record of the same deed towards another
        ("In the summer of 1978 Peking halted its aid to Cambodia.", "Cambodia"),
        ("In 1975 China sent experts to Cambodia.", "Cambodia"),
        ("Beijing broke off relations with Chile in 1973.", "Chile"),
        ("The Soviet Union cut off its credits to Guinea in 1961.", "Guinea"),
    ],
)
def test_a_party_the_chronicle_does_not_know_leaves_the_claim_open(text: str, name: str) -> None:
    framed = [c for c in claims_of(text) if c["frames"]]
    assert framed
    assert all(c["verdict"] == "unverifiable" for c in framed)
    assert any(name in str(c["reason"]) for c in framed)


@pytest.mark.parametrize(
    "text",
    [
        # a party it knows, or a place, is judged as before
        "In the summer of 1978 Peking halted its aid to Albania.",
        "In 1961 the Soviet Union cut off its credits to Tirana.",
        "Khrushchev visited Butrint in 1959.",
    ],
)
def test_a_known_party_or_a_place_is_still_judged(text: str) -> None:
    assert any(c["verdict"] == "supported" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # bold marks of a chatbot's list are no words of the sentence
        (
            "- **11 June 1949** – **Koçi Xoxe**, the former head of the Interior Ministry, is "
            "put to death.",
            "is put to death",
        ),
        (
            "- **4 May 1980** – **Tito**, Yugoslavia's president since 1953, dies in Ljubljana.",
            "dies in Ljubljana",
        ),
        (
            "- **April 1985** – **Enver Hoxha**, Albania's ruler for four decades, dies.",
            "Albania's ruler for four decades",
        ),
    ],
)
def test_bold_marks_do_not_hide_the_sentence(text: str, quote: str) -> None:
    assert_verdict(text, quote, "supported")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a fronted month and a name right after it are read apart
        ("In late May 1955 Khrushchev and Bulganin flew to Belgrade.", "flew to Belgrade"),
        ("By mid-July 1978 Chinese experts had begun to leave Albania.", "begun to leave Albania"),
        ("In early April 1992 Sali Berisha became president.", "became president"),
        ("In December 1961 Moscow broke off relations.", "broke off relations"),
        ("In November 1949 Belgrade, for its part, renounced the treaty.", "renounced the treaty"),
    ],
)
def test_a_month_then_a_name_is_no_one_name(text: str, quote: str) -> None:
    assert_verdict(text, quote, "supported")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the one record of a founding names who helped: another state's help is wrong
        (
            "The Albanian Communist Party was set up in November 1941 with the help of a pair "
            "of Bulgarian communists.",
            "Bulgarian",
        ),
        (
            "In 1941 the Communist Party of Albania was set up with the help of envoys from "
            "Bulgaria.",
            "Bulgaria",
        ),
        (
            "The Communist Party of Albania was founded with the help of the Bulgarian party "
            "in 1941.",
            "Bulgarian",
        ),
        (
            "The Communist Party of Albania was founded in November 1941 with the help of the "
            "Bulgarian Communist Party.",
            "Bulgarian",
        ),
    ],
)
def test_the_wrong_helper_of_a_founding_is_flagged(text: str, flagged: str) -> None:
    flags = flags_of(text)
    assert [c["text"] for c in flags] == [flagged]
    assert "Yugoslavia" in str(flags[0]["correction"])


@pytest.mark.parametrize(
    "text",
    [
        # the helpers the record names, by their state, bear the claim out
        "The Albanian Communist Party was set up in November 1941 with the help of a pair of "
        "Yugoslav communists.",
        "In 1941 the Communist Party of Albania was set up with the help of envoys from "
        "Yugoslavia.",
        "With Yugoslav help, the Communist Party of Albania was founded in Tirana in 1941.",
    ],
)
def test_the_right_helper_of_a_founding_is_borne_out(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert any(c["verdict"] == "supported" and "found" in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the time and place of a gathering its subject is said to hold are the deed's
        (
            "The Political Consultative Committee, convening in Warsaw in March 1961, backed "
            "the Soviet Union against Albania.",
            "Warsaw",
        ),
        (
            "The Political Consultative Committee of the Warsaw Pact, meeting in Budapest in "
            "March 1961, backed the Soviet Union over the naval base.",
            "Budapest",
        ),
        ("Meeting in Sofia on 28 June 1948, the Cominform expelled Yugoslavia.", "Sofia"),
    ],
)
def test_a_gathering_set_off_by_commas_places_and_dates_the_deed(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        # the gathering where the record has it: borne out
        "The Political Consultative Committee, convening in Moscow in March 1961, backed the "
        "Soviet Union against Albania.",
        "The Political Consultative Committee of the Warsaw Pact, meeting in Moscow in March "
        "1961, backed the Soviet Union over the naval base.",
        "Meeting in Romania on 28 June 1948, the Cominform expelled Yugoslavia.",
    ],
)
def test_a_gathering_where_the_record_has_it_is_borne_out(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert any(c["verdict"] == "supported" and c["frames"] for c in said)


@pytest.mark.parametrize(
    ("text", "took_part"),
    [
        # a state said to be the only one that stayed out, which the one record of that
        # time has among the doers: it took part
        (
            "In August 1968 Pact armies marched into Czechoslovakia; Hungary alone among the "
            "allies stayed out.",
            "Hungary took part",
        ),
        (
            "In August 1968 Pact armies marched into Czechoslovakia; Bulgaria and Albania alone "
            "among the allies stayed out.",
            "Bulgaria took part",
        ),
        (
            "When the Warsaw Pact invaded Czechoslovakia in August 1968, Poland alone among "
            "its members sent no troops.",
            "Poland took part",
        ),
    ],
)
def test_the_only_one_said_to_stay_out_that_took_part_is_flagged(text: str, took_part: str) -> None:
    flags = flags_of(text)
    assert len(flags) == 1
    assert took_part in str(flags[0]["correction"])
    assert "Romania" in str(flags[0]["correction"])


@pytest.mark.parametrize(
    "text",
    [
        # those the record has staying out, and no one else: borne out
        "In August 1968 Pact armies marched into Czechoslovakia; Romania and Albania alone "
        "among the allies stayed out.",
        "When the Warsaw Pact invaded Czechoslovakia in August 1968, Romania and Albania alone "
        "among its members sent no troops.",
        "In 1962 Comecon adopted new principles. Romania, the only other member that refused "
        "to join the invasion of Czechoslovakia, stayed inside.",
    ],
)
def test_the_ones_the_record_has_staying_out_are_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # "US$" is a currency, no actor: the sum is no partner of the deed
        "In 1961 China offered a loan of US$125 million for the third five-year plan.",
        "Moscow's credits for 1957-61 came to US$172 million.",
        "In 1945-46 UNRRA delivered aid worth US$26.3 million to Albania.",
    ],
)
def test_a_dollar_sum_names_no_state(text: str) -> None:
    said = claims_of(text)
    assert not any("United States" in str(c["claim"]) for c in said)
    assert any(c["verdict"] == "supported" and "give_aid" in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # two deeds of one clause, each dated in its own words: each judged at its time
        (
            "China replied by receiving Tito in Peking in 1975 and later, in July 1978, by "
            "halting its aid.",
            "1975",
        ),
        (
            "Albania answered by condemning the invasion in August 1968 and then, in September "
            "1969, by leaving the Warsaw Pact.",
            "September 1969",
        ),
        (
            "Moscow reacted by withdrawing its submarines in 1961 and then, in December 1962, "
            "by breaking off diplomatic relations with Albania.",
            "December 1962",
        ),
    ],
)
def test_each_deed_of_a_clause_is_judged_at_its_own_time(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        # each at its own, right time: nothing to flag
        "China replied by receiving Tito in Peking in 1977 and later, in July 1978, by halting "
        "its aid.",
        "Albania answered by condemning the invasion in August 1968 and then, in September "
        "1968, by leaving the Warsaw Pact.",
        "Moscow reacted by withdrawing its submarines in 1961 and then, in December 1961, by "
        "breaking off diplomatic relations with Albania.",
    ],
)
def test_deeds_each_at_their_right_time_are_not_flagged(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert any(c["verdict"] == "supported" for c in said)


@pytest.mark.parametrize(
    "text",
    [
        # bold marks inside a time are no words of it: "until **1990**" is until 1990
        "- In **December 1961** Moscow and Tirana broke off relations; they were not "
        "restored until **1990**.",
        "- Ties with Moscow, cut in 1961, were not renewed until **July 1990**.",
        "- Broken off in 1961, diplomatic relations with the USSR were not restored until "
        "**30 July 1990**.",
    ],
)
def test_bold_marks_in_a_time_leave_its_mode(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert any(c["verdict"] == "supported" and "restore" in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a flag on the deed stops before the event named after it, borne out apart
        (
            "In 1968 Albania was thrown out of the Warsaw Pact following the invasion of "
            "Czechoslovakia.",
            "In 1968 Albania was thrown out of the Warsaw Pact",
        ),
        (
            "Romania left the Warsaw Pact in 1968 following the invasion of Czechoslovakia.",
            "Romania left the Warsaw Pact in 1968",
        ),
        (
            "Albania was expelled from the Warsaw Pact in September 1968, after the invasion "
            "of Czechoslovakia.",
            "Albania was expelled from the Warsaw Pact in September 1968",
        ),
    ],
)
def test_a_flag_stops_before_the_event_named_after_the_deed(text: str, flagged: str) -> None:
    said = claims_of(text)
    assert [c["text"] for c in said if c["verdict"] in ERRORS] == [flagged]
    assert any(c["verdict"] == "supported" and "invasion" in str(c["text"]) for c in said)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # forces that left a town left its state: the one withdrawal from it, dated wrong
        ("The last Soviet submarines sailed out of Vlorë in August 1962.", "August 1962"),
        ("In June 1960 the Soviet flotilla withdrew from Vlorë.", "June 1960"),
        ("The Soviet warships pulled out of Vlorë on 2 June 1962.", "2 June 1962"),
    ],
)
def test_forces_leaving_a_town_leave_its_state(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        "In June 1961 the Soviet flotilla withdrew from Vlorë.",
        "The last Soviet submarines sailed out of Vlorë in May 1961.",
        "Soviet troops withdrew from Budapest in 1991.",
    ],
)
def test_forces_leaving_a_town_when_they_did_are_borne_out(text: str) -> None:
    assert {c["verdict"] for c in claims_of(text)} == {"supported"}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the states a colon lists after "six states" are the founders it counts; one
        # that founded nothing is flagged on its name
        (
            "Comecon was set up in 1949 by six states: the USSR, Hungary, Romania, "
            "Czechoslovakia, Poland and East Germany.",
            "East Germany",
        ),
        (
            "The Warsaw Pact was founded in May 1955 by eight states: the Soviet Union, "
            "Albania, Bulgaria, Czechoslovakia, Hungary, Poland, Romania and Yugoslavia.",
            "Yugoslavia",
        ),
        (
            "Comecon was set up in 1949 by six countries: the USSR, Bulgaria, Hungary, "
            "Poland, Romania and Albania.",
            "Albania",
        ),
    ],
)
def test_a_listed_founder_that_founded_nothing_is_flagged(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        "Comecon was set up in Moscow in January 1949 by six states: the Soviet Union, "
        "Bulgaria, Czechoslovakia, Hungary, Poland and Romania.",
        "The Warsaw Pact was founded in May 1955 by eight states: the Soviet Union, Albania, "
        "Bulgaria, Czechoslovakia, East Germany, Hungary, Poland and Romania.",
        "In December 1991 Russia, Ukraine and Belarus declared that the USSR had ceased to "
        "exist, founding the Commonwealth of Independent States.",
    ],
)
def test_founders_listed_right_are_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # "less than a month later" is a bound, not a month; a distance set beside a date
        # tells that date again, counted from what came before it
        "The Pact's forces invaded Czechoslovakia in August 1968, and on 13 September 1968, "
        "less than a month later, Albania withdrew from the alliance.",
        "The Pact's forces invaded Czechoslovakia in August 1968, and on 13 September 1968, "
        "under a month later, Albania withdrew from the alliance.",
        # "nearly" keeps the distance, a round figure
        "Moscow re-established ties with Tirana in 1990, restoring relations the Kremlin had "
        "severed nearly three decades before.",
    ],
)
def test_a_bounded_or_restated_distance_is_no_time_of_its_own(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert all(
        c["verdict"] == "supported" for c in said if c["frames"] and c["text"] != "the alliance"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a state that broke with another, relations unnamed, parted when their alliance
        # ended, whether or not relations were broken off
        "In the summer of 1978 the Albanian leadership split with Beijing.",
        "Hoxha's regime fell out with Belgrade in 1948.",
        "Albania's break with the Chinese, in July 1978, left it alone.",
    ],
)
def test_a_parting_is_borne_out_by_an_alliance_ending(text: str) -> None:
    said = [c for c in claims_of(text) if c["frames"]]
    assert said and all(c["verdict"] == "supported" for c in said)


@pytest.mark.parametrize(
    "text",
    [
        # a quarrel's turn may be told as a break: a parting at another time is not judged
        "In 1960 the Albanians broke with the Kremlin.",
        "Albania split with Beijing in 1977, a year before the aid stopped.",
        "The Albanian leaders fell out with Moscow in 1956.",
        # a year of words between them on record: a turn of their quarrel
        "Albania broke with China in 1972, when Nixon came to Beijing.",
    ],
)
def test_a_parting_at_another_time_is_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # relations named are relations broken: a break of them at another time is flagged
        ("Albania severed diplomatic ties with the Soviet Union in 1958.", "1958"),
        ("In 1956 Moscow broke off relations with Tirana.", "1956"),
        ("Tirana cut its diplomatic relations with Moscow in 1959.", "1959"),
    ],
)
def test_relations_broken_at_another_time_are_flagged(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        # "afterwards" on the verb an infinitive completes moves the deed after the time
        # the sentence opens on, as it does on the deed's own verb
        "In August 1968 Warsaw Pact armies invaded Czechoslovakia, and shortly afterwards "
        "Albania decided to leave the alliance.",
        "In June 1961 the last Soviet submarines sailed from Vlorë, and some months "
        "afterwards Moscow chose to break off relations with Tirana.",
        "In October 1944 Hoxha's provisional government was formed, and soon afterwards "
        "Yugoslavia became the first state to recognise Albania's new government.",
        "In March 1953 Stalin died, and not long afterwards Khrushchev managed to become "
        "first secretary of the Soviet party.",
    ],
)
def test_afterwards_on_a_governing_verb_moves_the_deed_later(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert all(c["verdict"] == "supported" for c in said if c["frames"])


@pytest.mark.parametrize(
    "text",
    [
        # a date in parentheses after each name of a list is that name's own
        "Tirana opened diplomatic relations with Spain (September 1986) and with West "
        "Germany (October 1987).",
        "The Albanians restored ties with Moscow (1990) and with Washington (1991).",
        "Albania joined Comecon (1949) and the Warsaw Pact (1955).",
    ],
)
def test_a_date_after_each_listed_name_is_that_names(text: str) -> None:
    said = [c for c in claims_of(text) if c["frames"]]
    assert said and all(c["verdict"] == "supported" for c in said)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Albania joined Comecon (1949) and the Warsaw Pact (1956).", "1956"),
        (
            "Tirana set up diplomatic relations with Spain (1986) and West Germany (1988).",
            "1988",
        ),
        ("The Albanians restored ties with Moscow (1990) and with Washington (1992).", "1992"),
    ],
)
def test_a_wrong_date_after_a_listed_name_is_flagged_there(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "six years later, in 1956": the date beside the distance says when, and the
        # distance counted from an earlier year does not bear it out
        (
            "Albania joined Comecon in 1949. Six years later, in 1956, it signed the Warsaw Pact.",
            "1956",
        ),
        (
            "Khrushchev toured Albania in May 1959. Two years later, in 1962, Moscow broke off "
            "relations with Tirana.",
            "1962",
        ),
        (
            "Albania quit the Warsaw Pact in 1968. Ten years later, in 1977, China cut off its aid "
            "to Albania.",
            "1977",
        ),
    ],
)
def test_a_distance_with_a_date_beside_it_is_judged_by_the_date(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        # a state said to have stayed away from the one gathering of that month that the
        # words name, which the chronicle has it attend, is flagged
        "In May 1958 Albania boycotted the session of the Political Consultative Committee "
        "in Moscow.",
        "The Albanians shunned the Belgrade conference of Balkan foreign ministers in "
        "February 1988.",
        "Albania did not attend the Belgrade conference of Balkan foreign ministers in "
        "February 1988.",
    ],
)
def test_staying_away_from_a_gathering_attended_is_flagged(text: str) -> None:
    flags = flags_of(text)
    assert len(flags) == 1 and "took part" in str(flags[0]["correction"])


@pytest.mark.parametrize(
    "text",
    [
        "In February 1960 Albania attended the Political Consultative Committee's session in "
        "Moscow.",
        # hedged, or a gathering the record does not have it attend
        "Albania may have boycotted the Balkan foreign ministers' conference in Belgrade in "
        "February 1988.",
        "In July 1975 Albania boycotted the Helsinki conference on security in Europe.",
    ],
)
def test_staying_away_is_not_flagged_without_an_attendance_on_record(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a deed told as under way at a telling a year after it was done is not borne out
        # (nor denied: the telling's date may be the text's only error, or none)
        "In July 1979 Beijing announced that it was ending its aid to Albania.",
        "In December 1962 the Kremlin said it was breaking off relations with Tirana.",
        "In 1970 Albania announced that it was leaving the Warsaw Pact.",
    ],
)
def test_a_deed_told_as_under_way_long_after_it_is_not_borne_out(text: str) -> None:
    assert {c["verdict"] for c in claims_of(text) if c["frames"]} == {"unverifiable"}


@pytest.mark.parametrize(
    "text",
    [
        "On 13 July 1978 Beijing said it was halting all aid to Albania.",
        "In September 1968 Tirana announced that it was leaving the Warsaw Pact.",
        "In December 1961 the Kremlin said it was breaking off relations with Tirana.",
    ],
)
def test_a_deed_told_as_under_way_when_it_was_done_is_borne_out(text: str) -> None:
    assert {c["verdict"] for c in claims_of(text) if c["frames"]} == {"supported"}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # diplomatic relations said to be broken between states the chronicle has keep
        # them, without a gap, at that time and at every other
        ("Albania and Yugoslavia broke off diplomatic relations in 1971.", "1971"),
        ("In 1949 Yugoslavia cut diplomatic ties with Albania.", "1949"),
        ("Tirana severed relations with Belgrade in 1958.", "1958"),
    ],
)
def test_relations_never_broken_are_not_broken_then(text: str, flagged: str) -> None:
    flags = flags_of(text)
    assert [c["text"] for c in flags] == [flagged]
    assert "never broken" in str(flags[0]["correction"])


@pytest.mark.parametrize(
    "text",
    [
        # ties unnamed may be trade, aid and party links; a parting is no break of them
        "Albania cut its ties with Belgrade in 1948.",
        "Albania's economic ties with Yugoslavia were cut in 1948.",
        "In 1978 Albania broke with China.",
    ],
)
def test_ties_unnamed_or_a_parting_are_not_held_against_relations_kept(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a time on the role the verb gives ("as a member in 1950", "a member of it in
        # March 1950") is the joining's
        ("Albania joined Comecon as a member in 1950.", "1950"),
        ("Albania became a member of Comecon in March 1950.", "March 1950"),
        ("Comecon was set up in January 1949. Albania was admitted as a member in 1951.", "1951"),
    ],
)
def test_a_time_on_the_role_given_is_the_deeds(text: str, flagged: str) -> None:
    assert flagged in [c["text"] for c in flags_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "East Germany was admitted to Comecon as a member in September 1950.",
        "Albania entered the Warsaw Pact as a founding member in May 1955.",
        "Mongolia joined Comecon as a full member in 1962.",
    ],
)
def test_a_time_on_the_role_given_right_is_borne_out(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert "supported" in {c["verdict"] for c in said}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # towns of Kosovo and Macedonia are towns too: a birth put in one is held
        # against the town the record gives
        ("Ramiz Alia was born in Prizren in 1925.", "Prizren"),
        ("Nexhmije Hoxha was born in Ohrid in 1921.", "Ohrid"),
        ("Enver Hoxha was born in 1908 in Prizren.", "Prizren"),
    ],
)
def test_a_birth_in_another_town_of_the_region_is_flagged(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        "Nexhmije Hoxha was born in Monastir in 1921.",
        "Ramiz Alia, born in Shkodra in 1925, succeeded Hoxha.",
        "Nexhmije Hoxha was born in Bitola, then in Yugoslavia, in 1921.",
    ],
)
def test_a_birth_in_the_town_under_another_name_is_borne_out(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]


def entry_verdicts(text: str, words: str) -> set[str]:
    """The verdicts of the claims that hold the words of a list entry."""
    return {c["verdict"] for c in claims_of(text) if words in str(c["text"])}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a day the parser reads as a sentence of its own ("8" alone) still dates the
        # entry that begins inside it
        (
            "Key dates\n• 8 November 1941 – Communist Party of Albania founded\n• 1948 – split",
            "founded",
        ),
        ("Timeline\n• 14 May 1955 – Albania joins the Warsaw Pact\n• 1961 – break", "joins"),
        (
            "Timeline\n• 28 June 1948 – Yugoslavia expelled from the Cominform\n• 1949 – purge",
            "expelled",
        ),
    ],
)
def test_an_entry_dated_to_the_day_is_borne_out_at_its_day(text: str, words: str) -> None:
    assert entry_verdicts(text, words) == {"supported"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Key dates\n• 8 November 1945 – Communist Party of Albania founded\n• 1948 – split",
            "founded",
        ),
        ("Timeline\n• 14 May 1956 – Albania joins the Warsaw Pact\n• 1961 – break", "May 1956"),
        (
            "Timeline\n• 28 June 1949 – Yugoslavia expelled from the Cominform\n• 1950 – purge",
            "expelled",
        ),
    ],
)
def test_an_entry_dated_to_the_wrong_day_is_not_borne_out(text: str, words: str) -> None:
    assert "supported" not in entry_verdicts(text, words)


@pytest.mark.parametrize(
    "text",
    [
        # ties of another kind than diplomatic, cut, are no break of relations
        "China cut off its military ties with Albania in July 1978.",
        "Beijing severed its economic ties with Tirana in 1978.",
        "In July 1978 China cut off its economic and military ties with Albania.",
    ],
)
def test_ties_of_another_kind_cut_are_no_break_of_relations(text: str) -> None:
    said = claims_of(text)
    assert not any(f["type"] == "break_relations" for c in said for f in c["frames"])
    assert not [c for c in said if c["verdict"] in ERRORS]


def test_diplomatic_ties_cut_with_others_are_a_break_of_relations() -> None:
    said = claims_of("In 1961 Moscow broke off diplomatic and economic ties with Tirana.")
    assert [f["type"] for c in said for f in c["frames"]] == ["break_relations"]
    assert {c["verdict"] for c in said} == {"supported"}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a name the chronicle has no actor for, set out as what a quarrel is about, is
        # no party to the deed, and leaves the deed's date stated
        ("In 1958 Belgrade severed relations with Tirana amid polemics about Kosovo.", "1958"),
        (
            "Albania and Yugoslavia broke off diplomatic relations in 1971 after a dispute "
            "concerning Kosovo.",
            "1971",
        ),
        ("In 1964 Tirana cut diplomatic ties with Belgrade in a row over Kosovo.", "1964"),
    ],
)
def test_a_topic_named_is_no_party_to_the_deed(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        # "removed as <office>": the one removed leaves that office, which the record has
        # him take then
        "In April 1985 Ramiz Alia was removed as First Secretary of the Party of Labour of "
        "Albania.",
        "In October 1964 Brezhnev was ousted as First Secretary of the CPSU.",
        "In April 1985 the Central Committee dismissed Ramiz Alia as First Secretary of the "
        "Party of Labour of Albania.",
    ],
)
def test_removed_from_an_office_then_taken_is_flagged(text: str) -> None:
    assert flags_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1974 Beqir Balluku was removed as defence minister.",
        "In October 1964 the Presidium ousted Khrushchev as First Secretary.",
        "In 1982 Hoxha dismissed Kadri Hazbiu as defence minister.",
    ],
)
def test_removed_from_an_office_then_left_is_borne_out(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert any(c["verdict"] == "supported" and "leave_office" in str(c["claim"]) for c in said)


@pytest.mark.parametrize(
    "text",
    [
        # a body that acts for a state ("the Presidium", "the Central Committee") is a
        # subject of the pronoun's clause: the pronoun is someone else, and may be the
        # subject of the clause before ("X led ... until the Presidium removed him")
        "Khrushchev led the Soviet party from 1953 until the Presidium removed him in "
        "October 1964.",
        "Hoxha led the party from 1941, and in 1954 the Politburo relieved him as prime minister.",
        "Khrushchev ruled until the Central Committee ousted him in 1964.",
    ],
)
def test_a_pronoun_after_a_body_as_subject_is_the_one_before(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert "supported" in {c["verdict"] for c in said if " him " in f" {c['text']} "}


def test_a_pronoun_is_not_the_subject_of_a_clause_that_times_its_own() -> None:
    text = (
        "Ramiz Alia had been groomed for years. When Hoxha died in April 1985, the Central "
        "Committee elected him First Secretary."
    )
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a break with a state while the two were allied, more than a year before the
        # alliance ended and in a year of no quarrel on record between them, or after
        # the alliance and relations were both gone
        ("Albania broke with China in 1966.", "1966"),
        ("In 1958 Tirana split with Moscow.", "1958"),
        ("Albania broke with the Soviet Union in 1965.", "1965"),
    ],
)
def test_a_parting_while_allied_or_after_all_was_gone_is_flagged(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the list a colon sets after a counted noun names who it counts, even where the
        # parser hangs the list on the subject as its apposition
        (
            "Comecon was set up in January 1949 by six founding states: the Soviet Union, "
            "Bulgaria, Poland, Czechoslovakia, Hungary and Albania.",
            "Albania",
        ),
        (
            "The Warsaw Pact was formed in May 1955 by eight founding nations: the Soviet "
            "Union, Poland, Hungary, Romania, Bulgaria, Czechoslovakia, Albania and Yugoslavia.",
            "Yugoslavia",
        ),
        (
            "The Warsaw Pact was set up in 1955 by eight founding members: Albania, Bulgaria, "
            "Czechoslovakia, East Germany, Hungary, Poland, Romania and China.",
            "China",
        ),
    ],
)
def test_a_list_after_a_counted_noun_hung_elsewhere_is_what_it_counts(
    text: str, flagged: str
) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a renaming to the name the text gives happens once: another date is flagged
        ("In 1952 the party renamed itself the Party of Labour of Albania.", "1952"),
        ("In 1990 the Party of Labour renamed itself the Socialist Party.", "1990"),
        ("In 1974 the state was renamed the People's Socialist Republic of Albania.", "1974"),
    ],
)
def test_a_renaming_to_a_name_at_another_time_is_flagged(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


@pytest.mark.parametrize(
    "text",
    [
        "In 1948 the party renamed itself the Party of Labour of Albania.",
        "In 1991 the Party of Labour renamed itself the Socialist Party.",
        # "the Party of Labour" is in two renamings' names: which one, it does not say
        "In 1952 the Communist Party of Albania was renamed the Party of Labour.",
    ],
)
def test_a_renaming_at_its_time_or_not_told_apart_is_not_flagged(text: str) -> None:
    assert not flags_of(text)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # "ties with Washington followed": the change in relations told before, with
        # another partner, at the time the clause gives
        (
            "Albania restored relations with Moscow in July 1990; ties with Washington "
            "followed in March 1990.",
            "March 1990",
        ),
        (
            "Tirana re-established diplomatic relations with the Soviet Union in July 1990, "
            "and relations with the United States followed in 1989.",
            "1989",
        ),
        (
            "Albania resumed diplomatic relations with Moscow in 1990; relations with "
            "Washington followed in 1992.",
            "1992",
        ),
    ],
)
def test_relations_with_another_partner_that_followed_are_judged(text: str, flagged: str) -> None:
    assert [c["text"] for c in flags_of(text)] == [flagged]


def test_relations_with_another_partner_that_followed_then_are_borne_out() -> None:
    text = (
        "In 1990 Albania resumed diplomatic relations with Moscow; relations with Washington "
        "followed in March 1991."
    )
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert any(c["verdict"] == "supported" and "followed" in str(c["text"]) for c in said)


@pytest.mark.parametrize(
    "text",
    [
        # a seat in a body of a party ("candidate member of the Politburo of the Party of
        # Labour") is an office, not a joining of the party, whatever the year
        "In 1956 Ramiz Alia became candidate member of the Politburo of the Party of "
        "Labour of Albania.",
        "In 1961 Ramiz Alia became a full member of the Politburo of the Party of Labour "
        "of Albania.",
        "In 1948 Alia was admitted as a member of the Central Committee of the Party of "
        "Labour of Albania.",
    ],
)
def test_a_seat_in_a_body_of_a_party_is_no_joining_of_the_party(text: str) -> None:
    said = claims_of(text)
    assert not [c for c in said if c["verdict"] in ERRORS]
    assert not any(f["type"] == "join" for c in said for f in c["frames"])


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "In July 1954 Hoxha stepped down in Tirana and Mehmet Shehu became prime minister.",
            "Mehmet Shehu became prime minister",
        ),
        (
            "In March 1953 Stalin died in Moscow and Malenkov became premier.",
            "Malenkov became premier",
        ),
        (
            "In 1985 Hoxha died in Tirana and Alia then became First Secretary.",
            "Alia then became First Secretary",
        ),
    ],
)
def test_a_name_the_parser_joins_to_the_object_before_is_the_next_verbs_subject(
    text: str, quote: str
) -> None:
    assert_verdict(text, quote, "supported")


@pytest.mark.parametrize(
    ("text", "flagged", "described"),
    [
        (
            "On 13 September 1968 the Warsaw Pact expelled Albania — the only member ever to go.",
            "expelled",
            "the only member",
        ),
        (
            "In 1961 the Soviet Union expelled Albania from Comecon — a move that ended its aid.",
            "expelled",
            "a move",
        ),
        (
            "In 1968 Albania was expelled from the Warsaw Pact — a first in the Pact's history.",
            "expelled",
            "a first",
        ),
    ],
)
def test_a_flag_ends_before_a_description_set_after_a_dash(
    text: str, flagged: str, described: str
) -> None:
    report = json.loads(
        CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text).stdout
    )
    flags = [c for c in report["claims"] if c["verdict"] == "contradicted"]
    assert flags
    start = text.index(described)
    assert all(c["end"] <= start for c in flags)
    assert any(c["start"] <= text.index(flagged) < c["end"] for c in flags)


@pytest.mark.parametrize(
    "text",
    [
        "Enver Hoxha ruled Albania from the Second World War until his death in 1985.",
        "Hoxha held power in Albania from the Second World War onwards.",
        "From the Second World War Enver Hoxha led the Albanian communists.",
    ],
)
def test_a_span_from_an_era_is_not_the_era_itself(text: str) -> None:
    report = json.loads(
        CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text).stdout
    )
    assert not {c["verdict"] for c in report["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "In 1946 Albania and Yugoslavia signed a treaty of friendship, and in 1946 Yugoslav"
            " advisers came to Tirana. Albania joined the Warsaw Pact in 1955. Hoxha died in 1985.",
            1946,
        ),
        (
            "Albania joined the United Nations in 1955. In 1971 Albania restored relations with"
            " Greece, and in 1971 Albania voted to seat Beijing at the United Nations. China"
            " ended its aid to Albania in 1978.",
            1971,
        ),
        (
            "Albania left the Warsaw Pact in 1968. In 1991 Albania held multiparty elections,"
            " and in 1991 Albania restored relations with the United States. Albania joined"
            " the CSCE in 1991.",
            1991,
        ),
    ],
)
def test_omissions_name_a_few_events_of_the_year_a_long_text_dwells_on(
    text: str, year: int
) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    lesser = [o for o in json.loads(result.stdout)["omissions"] if o["salience"] == 2]
    assert 1 <= len(lesser) <= omissions.DWELT
    assert any(o["date"].startswith(str(year)) for o in lesser)
    # each of a year the text dates something in
    told = {int(y) for y in re.findall(r"\b(19\d\d)\b", text)}
    assert all(int(o["date"][:4]) in told for o in lesser)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "In June 1990 Albanian and Soviet officials met in Vienna to prepare the"
            " restoration of ties.",
            "the restoration of ties",
        ),
        (
            "In 1957 the two sides discussed a withdrawal of Soviet troops from Hungary.",
            "a withdrawal",
        ),
        (
            "In 1989 Tirana began to plan the establishment of relations with Bonn.",
            "the establishment",
        ),
    ],
)
def test_a_deed_prepared_planned_or_discussed_is_not_asserted_as_done(
    text: str, quote: str
) -> None:
    assert_verdict(text, quote, None)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        ("Albanian and Soviet diplomats met in Belgrade in June 1990.", "Belgrade", "contradicted"),
        (
            "At the end of June 1990 Soviet and Albanian negotiators met in Belgrade.",
            "Belgrade",
            "contradicted",
        ),
        ("Albanian and Soviet diplomats met in Sofia in June 1990.", "met in Sofia", "supported"),
        # a body sitting is no two sides meeting
        ("The Cominform met in Bucharest in June 1948.", "Bucharest", None),
    ],
)
def test_two_sides_named_in_one_subject_met_each_other(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        ("Beijing cut off its assistance to Albania in 1980.", "1980", "contradicted"),
        ("In 1963 Moscow cancelled its outstanding loans to Albania.", "1963", "contradicted"),
        ("China halted all aid to Tirana in 1983.", "1983", "contradicted"),
        # the year the aid ended, or within a year of it: no flag
        ("In 1978 China cut off its aid to Albania.", "cut off", "supported"),
        ("In the autumn of 1961 Moscow cancelled its loans to Albania.", "cancelled", None),
    ],
)
def test_aid_cut_more_than_a_year_after_all_aid_had_ended_is_flagged(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "In 1964 Khrushchev flew to Cairo. He was accompanied by his foreign minister,"
            " Vyacheslav Molotov.",
            "contradicted",
        ),
        (
            "Khrushchev went to Beijing in 1959 and took his defence minister, Zhukov, with him.",
            "contradicted",
        ),
        (
            "In the summer of 1960 Khrushchev toured Austria, bringing his defence minister,"
            " Georgy Zhukov.",
            "contradicted",
        ),
        (
            "Khrushchev arrived in Beijing in October 1959. He brought his defence minister,"
            " Zhukov.",
            "contradicted",
        ),
        (
            "In 1962 Khrushchev visited Bulgaria. He took along his defence minister, Georgy"
            " Zhukov.",
            "contradicted",
        ),
        (
            "In 1964 Khrushchev flew to Cairo. He was accompanied by his foreign minister,"
            " Andrei Gromyko.",
            "supported",
        ),
    ],
)
def test_an_office_brought_along_is_held_at_the_time_of_the_deed(text: str, verdict: str) -> None:
    report = json.loads(
        CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text).stdout
    )
    office = [c for c in report["claims"] if c["text"].startswith("his ")]
    assert office and office[0]["verdict"] == verdict


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a district by the wrong town: the base was at Vlorë
        (
            "The Soviet navy kept its submarines at Pashaliman, outside Durrës, until 1961.",
            "Durrës",
            "contradicted",
        ),
        (
            "Soviet submarines were stationed at Pasha Liman, on the Bay of Durrës.",
            "Durrës",
            "contradicted",
        ),
        (
            "In 1958 Soviet submarines were based at Pasha Liman near Shkodër.",
            "Shkodër",
            "contradicted",
        ),
        (
            "Soviet submarines were stationed at Pasha Liman, on the Bay of Vlorë.",
            "Vlorë",
            "supported",
        ),
        # a village the record names itself, by the town it lies near
        ("Mehmet Shehu was born in Çorrush, near Fier, in 1913.", "Fier", "supported"),
        ("Adil Çarçani was born in Fushë-Bardhë, near Gjirokastër.", "Gjirokastër", "supported"),
    ],
)
def test_a_place_that_is_no_town_is_where_the_town_beside_it_says(
    text: str, quote: str, verdict: str
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("In 1957 Hysni Kapo was minister of the interior.", "contradicted"),
        ("Mehmet Shehu was still minister of the interior in 1958.", "contradicted"),
        ("From 1956 to 1959 Ramiz Alia served as minister of the interior.", "contradicted"),
        ("In 1950 Mehmet Shehu was minister of the interior.", "supported"),
    ],
)
def test_minister_of_the_interior_is_an_office_one_holds_at_a_time(text: str, verdict: str) -> None:
    assert_verdict(text, "minister of the interior", verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a record named by a name of its own (a ship, a works) at the month it tells
        (
            "On 8 August 1991 the freighter Vlora landed its 20,000 passengers at Brindisi.",
            "Brindisi",
            "contradicted",
        ),
        (
            "In April 1976 the Chinese-built metallurgical combine at Fier poured its first steel.",
            "Fier",
            "contradicted",
        ),
        (
            "In August 1991 the freighter Vlora arrived at Brindisi carrying 20,000 Albanians.",
            "Brindisi",
            "contradicted",
        ),
        (
            "On 8 August 1991 the freighter Vlora landed its passengers at Bari.",
            "Bari",
            "supported",
        ),
    ],
)
def test_an_event_named_by_a_name_of_its_own_is_held_to_its_place(
    text: str, quote: str, verdict: str
) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("In 1975 Albania stayed away from the Helsinki conference.", "stayed away"),
        ("In 1975 Albania kept away from the Helsinki conference.", "kept away"),
        ("Tirana chose to stay away from the Helsinki gathering of 1975.", "stay away"),
    ],
)
def test_staying_away_from_a_gathering_is_a_refusal(text: str, quote: str) -> None:
    assert_verdict(text, quote, "supported")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "In May 1944 the partisans' congress at Përmet appointed Enver Hoxha their"
            " commander in chief.",
            "supported",
        ),
        (
            "At Përmet in May 1944 Hoxha became commander-in-chief of the partisan army.",
            "supported",
        ),
        (
            "In May 1944 the Përmet congress named Hoxha commander in chief of its army.",
            "supported",
        ),
        # a command he took at no such time: the office, not any office of his, is judged
        ("In 1946 Hoxha became commander in chief of the army.", "unverifiable"),
    ],
)
def test_a_command_is_an_office_taken(text: str, verdict: str) -> None:
    assert_verdict(text, text[:20], verdict)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "In June 1960 Shehu led the Albanian delegation in Bucharest, and two months"
            " later, at a plenum, he claimed victory.",
            "Shehu led the Albanian delegation",
        ),
        (
            "Shehu headed the Albanian delegation to Bucharest in June 1960, and the next"
            " spring, at a rally, he argued for autarky.",
            "Shehu headed the Albanian delegation",
        ),
        (
            "In June 1960 Mehmet Shehu headed the delegation of Albania at Bucharest, and"
            " that autumn, at the United Nations, he argued for Peking.",
            "Mehmet Shehu headed the delegation",
        ),
    ],
)
def test_a_deed_joined_by_and_to_a_later_report_is_told_not_reported(text: str, quote: str) -> None:
    # the parser can take the first clause for what the later verb reports; the "and"
    # between them says the text tells it itself (the delegation was Kapo's)
    assert_verdict(text, quote, "contradicted")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Leonid Brezhnev, First Secretary of the Communist Party of the Soviet Union"
            " (CPSU) from 1964 to 1982 and head of state from 1960 to 1964, died in 1982.",
            "First Secretary of the Communist Party of the Soviet Union (CPSU) from 1964 to 1982",
        ),
        (
            "Ramiz Alia, leader of the Party of Labour of Albania (PLA) from 1985 to 1991 and"
            " chairman of the Presidium from 1982 to 1991, died in 2011.",
            "leader of the Party of Labour of Albania (PLA) from 1985 to 1991",
        ),
        (
            "Enver Hoxha, leader of the Party of Labour of Albania (PLA) from 1948 to 1985 and"
            " prime minister from 1944 to 1954, died in 1985.",
            "leader of the Party of Labour of Albania (PLA) from 1948 to 1985",
        ),
    ],
)
def test_an_acronym_after_a_name_does_not_part_it_from_its_time(text: str, quote: str) -> None:
    # the office, its body's acronym and its years are one claim, borne out together
    assert holding(text, quote) == ["supported"]


def holding(text: str, quote: str) -> list[str]:
    """The verdicts of the claims whose span holds the whole quote."""
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    start = text.index(quote)
    return [
        c["verdict"]
        for c in json.loads(result.stdout)["claims"]
        if c["claim_start"] <= start and start + len(quote) <= c["claim_end"]
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "VIENNA, Sept. 13, 1968 — Albania today quit the Warsaw Pact, the Soviet-led bloc"
            " it had joined in 1955, the state news agency (ATA) reported.",
            "Albania today quit the Warsaw Pact",
        ),
        (
            "PEKING, July 13, 1978 — China has halted all its aid to Albania, which it had"
            " backed since 1961, the official New China News Agency (NCNA) said today.",
            "China has halted all its aid to Albania",
        ),
        (
            "TIRANA, July 30, 1990 — Albania and the Soviet Union have agreed to restore"
            " diplomatic relations, which were broken off in 1961, the news agency (ATA)"
            " announced.",
            "have agreed to restore diplomatic relations",
        ),
    ],
)
def test_a_deed_told_before_the_word_that_reports_it_is_a_claim(text: str, quote: str) -> None:
    assert holding(text, quote) == ["supported"]


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # two sides parting, both named in the subject
        ("Albania and the Soviet Union split in 1961.", "split in 1961", "supported"),
        ("In 1961 Tirana and Moscow fell out for good.", "fell out", "supported"),
        ("The Albanian and Soviet parties parted in 1961.", "parted in 1961", "supported"),
        ("Albania and the Soviet Union split in 1971.", "split in 1971", "contradicted"),
        # or named before the noun of the parting
        (
            "After the Soviet-Albanian split of 1961, Albania turned to China.",
            "split of 1961",
            "supported",
        ),
        ("The Albanian–Soviet rupture of 1961 was never healed.", "rupture of 1961", "supported"),
        ("The Soviet–Albanian break of 1971 was final.", "break of 1971", "contradicted"),
        # a rupture that a restoration ended is no parting at that time
        (
            "In 1990 Moscow and Tirana restored relations, ending a long rupture.",
            "ending a long rupture",
            None,
        ),
    ],
)
def test_two_sides_parting_is_a_break(text: str, quote: str, verdict: str | None) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The rupture between Albania and the Soviet Union in 1961 was never healed.",
            "The rupture between Albania and the Soviet Union in 1961",
        ),
        (
            "The break of 1961 between Moscow and Tirana was not repaired until 1990.",
            "The break of 1961 between Moscow and Tirana",
        ),
        ("The Sino-Albanian split of 1978 was never mended.", "The Sino-Albanian split of 1978"),
    ],
)
def test_a_deed_not_undone_took_place(text: str, quote: str) -> None:
    # "was never healed" denies the healing, not the rupture
    assert_verdict(text, quote, "supported")


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        (
            "Albania was one of the countries that founded Comecon in 1949.",
            "that founded Comecon",
            "contradicted",
        ),
        (
            "Albania was one of the eight states that joined the Warsaw Pact in 1956.",
            "that joined the Warsaw Pact in 1956",
            "contradicted",
        ),
        (
            "Alone in Europe, Albania was the only country that boycotted the Helsinki"
            " conference in 1975.",
            "that boycotted the Helsinki conference",
            "supported",
        ),
        (
            "Albania was among the states that quit the Warsaw Pact in 1975.",
            "that quit the Warsaw Pact",
            "contradicted",
        ),
    ],
)
def test_what_a_kind_did_is_said_of_the_one_the_copula_names(
    text: str, quote: str, verdict: str
) -> None:
    # "Albania was one of the states that ...": the relative clause tells Albania's deed
    assert_verdict(text, quote, verdict)


HARBOUR = "Moscow kept a naval squadron at Vlorë, its one harbour on the Mediterranean. "
GRAIN = "Beijing sent engineers and grain to Tirana through the 1960s. "


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            HARBOUR + "When Zhou Enlai toured Albania in June 1966, escorted by Foreign"
            " Minister Chen Yi, the future of the aid was, by Hoxha's account, on the table.",
            "When Zhou Enlai toured Albania in June 1966",
        ),
        (
            GRAIN + "When Zhou Enlai toured Albania in June 1966, escorted by Foreign"
            " Minister Chen Yi, the future of the aid was, by Hoxha's account, on the table.",
            "When Zhou Enlai toured Albania in June 1966",
        ),
        (
            GRAIN + "When Zhou Enlai toured Albania in March 1965, flanked by Vice Premier Li"
            " Xiannian, the size of the credits was, by most accounts, under discussion.",
            "When Zhou Enlai toured Albania in March 1965",
        ),
    ],
)
def test_a_clause_of_time_taken_for_a_subject_is_a_claim(text: str, quote: str) -> None:
    # the parser may read "When ... toured ..." as the subject of the main verb
    assert holding(text, quote) == ["supported"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "As Mastny and Byrne observe in A Cardboard Castle? (2005), the Vlorë base was the"
            " only one of its kind.",
            "(2005)",
        ),
        ("Hoxha's memoir, The Khrushchevites (1980), tells of the quarrel.", "(1980)"),
        ("He described the purges in The Artful Albanian (1986) at length.", "(1986)"),
    ],
)
def test_the_year_of_a_title_is_no_time_of_the_sentence(text: str, year: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    # no claim is dated by the year the book came out
    assert not any(year.strip("()") in c["claim"] for c in claims)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # the event a deed is timed after came, on record, only later: not borne out
        (
            "In 1974, after the purge of Kadri Hazbiu, Shehu took the defence ministry.",
            "the purge of Kadri Hazbiu",
            "unverifiable",
        ),
        (
            "In 1950, after the execution of Teme Sejko, Hoxha tightened his grip.",
            "the execution of Teme Sejko",
            "unverifiable",
        ),
        (
            "In 1955, after the arrest of Liri Belishova, the party closed ranks.",
            "the arrest of Liri Belishova",
            "unverifiable",
        ),
        # one that came before it is borne out
        (
            "In 1974, after the purge of Beqir Balluku, Shehu took the defence ministry.",
            "the purge of Beqir Balluku",
            "supported",
        ),
    ],
)
def test_an_event_a_deed_comes_after_must_come_first(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)
    assert "supported" not in verdicts(text, quote) or verdict == "supported"


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        (
            "Khrushchev came to Albania in May 1959. He brought along Defence Minister Marshal"
            " Georgy Zhukov.",
            "Defence Minister Marshal Georgy Zhukov",
            "contradicted",
        ),
        (
            "Khrushchev came to Albania in May 1959. He was accompanied by Defence Minister"
            " Marshal Rodion Malinovsky.",
            "Defence Minister Marshal Rodion Malinovsky",
            "supported",
        ),
        (
            "Khrushchev toured Albania in May 1959. He took along Foreign Minister Vyacheslav"
            " Molotov.",
            "Foreign Minister Vyacheslav Molotov",
            "contradicted",
        ),
        (
            "In 1961 Defence Minister General Beqir Balluku flew to Moscow for the meeting.",
            "Defence Minister General Beqir Balluku",
            "supported",
        ),
    ],
)
def test_a_title_before_a_rank_and_a_name_is_the_office_held(
    text: str, quote: str, verdict: str
) -> None:
    # the rank between them is no office; one brought along holds it at the deed's time
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a numbered gathering dated as it met is borne out
        ("The Fifth Congress met in November 1966.", "The Fifth Congress", "supported"),
        (
            "The Fourth Congress of the Party of Labour met in Tirana in February 1961.",
            "The Fourth Congress",
            "supported",
        ),
        (
            "The Ninth Party Congress, in November 1986, changed little.",
            "The Ninth Party Congress",
            "supported",
        ),
        # dated otherwise, it is not
        ("The Fifth Congress met in November 1968.", "November 1968", "contradicted"),
        # nor is a part in it that a record denies
        (
            "A Chinese delegation attended the Sixth Congress in November 1971.",
            "A Chinese delegation",
            None,
        ),
    ],
)
def test_a_numbered_gathering_dated_as_it_met_is_borne_out(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)
    if verdict is None:
        assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # the date a sentence opens on times the clause past a phrase set between them
        (
            "In 1967, copying Mao's campaign, Albania proclaimed itself the world's first"
            " atheist state.",
            "Albania proclaimed itself",
            "supported",
        ),
        (
            "On 9 April 1949, ruling in its first contentious case, the International Court"
            " of Justice held Albania responsible for the Corfu Channel explosions.",
            "held Albania responsible",
            "supported",
        ),
        (
            "On 2 July 1990, defying the police, thousands of Albanians stormed foreign"
            " embassies in Tirana.",
            "stormed foreign embassies",
            "supported",
        ),
    ],
)
def test_a_date_the_sentence_opens_on_times_its_clause(
    text: str, quote: str, verdict: str | None
) -> None:
    assert_verdict(text, quote, verdict)
    if verdict is None:
        assert "supported" not in verdicts(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # a deed in the present that the parser takes for a plural noun after a name
        ("In 1966 Albania withdraws from the Warsaw Pact.", "1966", "contradicted"),
        (
            "In 1955 Albania withdraws from Comecon.",
            "Albania withdraws from Comecon",
            "contradicted",
        ),
        (
            "In September 1968 the People's Assembly votes to take Albania out of the Warsaw Pact.",
            "the People's Assembly votes",
            "supported",
        ),
    ],
)
def test_a_deed_told_in_the_present_is_read_as_a_deed(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a phrase of the telling after "in" or "at" is no place of the deed
        ("When the Soviet squadron left Vlorë, in the end Albania kept ten submarines.", "ten"),
        (
            "The Soviet flotilla sailed home in 1961; in practice Albania kept two submarines.",
            "two",
        ),
        (
            "After the Soviet sailors left Pashaliman in 1961, at first Albania kept seven"
            " submarines.",
            "seven",
        ),
    ],
)
def test_an_adverbial_after_in_is_no_place(text: str, quote: str) -> None:
    assert_verdict(text, quote, "contradicted")


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # an event joined to another's phrase: the time after it is its own, not the first's
        (
            "Moscow's reconciliation with Belgrade and its denunciation of Stalin in 1956"
            " unsettled the Albanian leaders.",
            "Moscow's reconciliation with Belgrade",
        ),
        (
            "Khrushchev's rapprochement with Tito and his condemnation of Stalin in February"
            " 1956 shook Tirana.",
            "Khrushchev's rapprochement with Tito",
        ),
        (
            "Hoxha's alliance with Mao and his break with Khrushchev in 1961 made Albania a"
            " pariah in the bloc.",
            "Hoxha's alliance with Mao",
        ),
    ],
)
def test_a_time_after_two_joined_events_is_the_second_ones(text: str, quote: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    start = text.index(quote)
    first = [
        c["verdict"]
        for c in json.loads(result.stdout)["claims"]
        if (c["claim_start"], c["claim_end"]) == (start, start + len(quote))
    ]
    assert first == ["supported"]


@pytest.mark.parametrize(
    ("text", "death"),
    [
        # no one acts after their own death: "his" is the one named before
        (
            "Hoxha ruled Albania for four decades. Ramiz Alia became first secretary after"
            " his death in 1985.",
            "his death in 1985",
        ),
        (
            "Stalin had ruled since the 1920s. Khrushchev denounced the purges after his"
            " death in 1953.",
            "his death in 1953",
        ),
        (
            "Mehmet Shehu was prime minister for 27 years. Adil Çarçani took over the"
            " government after his death in December 1981.",
            "his death in December 1981",
        ),
        (
            "Shehu was found dead in December 1981. Adil Çarçani was appointed prime"
            " minister after his death.",
            "his death",
        ),
    ],
)
def test_his_death_after_which_one_acts_is_anothers(text: str, death: str) -> None:
    assert "supported" in holding(text, death)
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


def test_a_deed_after_an_event_dated_before_is_after_that_date() -> None:
    text = (
        "Hoxha died on 11 April 1985. Ramiz Alia was elected first secretary two days"
        " after his death."
    )
    assert "supported" in holding(text, "Ramiz Alia was elected first secretary")


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # "she" and "her" stand for a woman, never for a man named nearer
        (
            "Enver Hoxha married Nexhmije Xhuglini in 1945. She died in Tirana in February 2020.",
            "She died in Tirana",
        ),
        (
            "Liri Gega was shot in December 1956. At the 1961 congress Khrushchev brought up"
            " her execution.",
            "her execution",
        ),
        (
            "Liri Gega was executed in 1956. In his speech of October 1961 Khrushchev"
            " condemned her execution.",
            "her execution",
        ),
    ],
)
def test_she_stands_for_a_woman(text: str, pronoun: str) -> None:
    assert "supported" in holding(text, pronoun)
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # "and for years one of ..." set after a name describes it; it names no one else
        "Liri Gega, the comrade of Koçi Xoxe, the interior minister who was shot in 1949,"
        " and for some years one of the leading women in his faction, was executed in 1956.",
        "Nexhmije Hoxha, the widow of Enver Hoxha, the dictator who died in 1985, and for half"
        " a century one of the guardians of his legacy, died in 2020.",
        "Nexhmije Hoxha, the wife of Enver Hoxha, who ruled Albania until 1985, and for thirty"
        " years one of the strongest figures in his party in her own right, died in Tirana in"
        " February 2020.",
    ],
)
def test_a_description_joined_to_a_subject_names_no_second_doer(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    found = {c["verdict"] for c in json.loads(result.stdout)["claims"]}
    assert "supported" in found
    assert not found & ERRORS


@pytest.mark.parametrize(
    "text",
    [
        # "instead of" names the one who stayed away, not one who went
        "In March 1961 Albania was represented in Moscow by Beqir Balluku instead of its"
        " party leader Enver Hoxha.",
        "At the Political Consultative Committee in Moscow in March 1961 Tirana was"
        " represented by Defence Minister Beqir Balluku instead of Enver Hoxha.",
        "When the Warsaw Pact's leaders met in Moscow on 28 March 1961, Albania was"
        " represented by Beqir Balluku instead of Hoxha.",
    ],
)
def test_the_one_instead_of_whom_another_went_is_not_said_to_go(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a date the parser cuts after its day is read whole, in its own clause
        (
            "When the ministers met in Moscow on 28 March 1961, Albania was represented by"
            " Beqir Balluku.",
            "met in Moscow on 28 March 1961",
        ),
        (
            "When the Pact's committee met in Moscow on 29 March 1961, Albania was"
            " represented by its defence minister.",
            "met in Moscow on 29 March 1961",
        ),
        (
            "When the delegates met in Moscow on 3 December 1961, Albania was represented by"
            " nobody.",
            "met in Moscow on 3 December 1961",
        ),
    ],
)
def test_a_date_is_not_cut_after_its_day(text: str, clause: str) -> None:
    assert holding(text, clause)


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        # "born in X and the holder of a post in Y": Y is the post's year, not the birth's
        (
            "Hysni Kapo, born in Tërbaç and a secretary of the Central Committee in 1956,"
            " died in 1979.",
            "born in Tërbaç",
        ),
        (
            "Ramiz Alia, born in Shkodër and a candidate member of the Politburo in 1956,"
            " became party leader in 1985.",
            "born in Shkodër",
        ),
        (
            "Enver Hoxha, born in Gjirokastër and the first secretary of the party in 1948,"
            " died in 1985.",
            "born in Gjirokastër",
        ),
    ],
)
def test_a_description_joined_to_a_birthplace_keeps_its_own_year(text: str, birth: str) -> None:
    assert "supported" in holding(text, birth)
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    assert not {c["verdict"] for c in json.loads(result.stdout)["claims"]} & ERRORS


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # "After the X, [an aside], did ...": X is the subject of the clause of time
        (
            "After the Albanian delegation, alone among the parties of Europe, backed Beijing"
            " at Bucharest in June 1960, Moscow cut its grain deliveries.",
            "backed Beijing at Bucharest in June 1960",
        ),
        (
            "Before the Soviet navy, after weeks of tension, sailed out of Vlorë in 1961,"
            " Albania seized four submarines.",
            "sailed out of Vlorë in 1961",
        ),
        (
            "After the Albanian delegation, unlike every other in Europe, refused to condemn"
            " China in 1960, Moscow cut its aid.",
            "refused to condemn China in 1960",
        ),
    ],
)
def test_the_subject_of_a_clause_of_time_is_its_own(text: str, clause: str) -> None:
    assert holding(text, clause)[0] == "supported"


@pytest.mark.parametrize(
    "text",
    [
        # "leaving four submarines": what forces leave behind is no count of those leaving
        "In June 1961 the Soviet squadron sailed home from Vlorë, leaving four submarines in"
        " Albanian hands.",
        "By June 1961 the Soviet navy had pulled its flotilla out of Vlorë, leaving four of"
        " them in Albanian hands.",
        "In 1961 the Soviet squadron left the bay of Vlorë, leaving four submarines with the"
        " Albanian navy.",
    ],
)
def test_forces_left_behind_are_not_counted_as_leaving(text: str) -> None:
    result = CliRunner().invoke(app, ["check", "--format", "json", "-"], input=text)
    claims = json.loads(result.stdout)["claims"]
    frames = [f for c in claims for f in c["frames"]]
    assert not any(f["type"] == "withdraw_forces" and f.get("quantity") for f in frames)
    assert not {c["verdict"] for c in claims} & ERRORS


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "X, for years Albania's N, ...": the office is X's, held against X's record
        (
            "Hysni Kapo, for many years Albania's prime minister, died in September 1979.",
            "contradicted",
        ),
        (
            "Ramiz Alia, for several years Albania's foreign minister, became party leader in"
            " 1985.",
            "contradicted",
        ),
        (
            "Beqir Balluku, for two decades Albania's foreign minister and a member of the"
            " Politburo, was arrested in 1974.",
            "contradicted",
        ),
        (
            "Mehmet Shehu, for nearly three decades Albania's prime minister, was found shot"
            " in December 1981.",
            "supported",
        ),
    ],
)
def test_an_office_held_for_a_stretch_after_a_name_is_the_names(text: str, verdict: str) -> None:
    assert_verdict(text, "Albania's", verdict)


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        # "his" in a phrase that opens the sentence stands for the subject named after it
        (
            "Hoxha distrusted the Soviet leader. During his only visit to Albania, in 1960,"
            " Khrushchev inspected the base at Vlorë.",
            "his only visit to Albania",
            "contradicted",
        ),
        (
            "Hoxha was wary of his guest. On his trip to Albania in 1957, Khrushchev toured the"
            " naval base.",
            "1957",
            "contradicted",
        ),
        (
            "Hoxha waited in Tirana. On his visit to Albania in May 1959, Khrushchev toured the"
            " base at Vlorë.",
            "his visit to Albania in May 1959",
            "supported",
        ),
    ],
)
def test_his_before_the_subject_is_the_subjects(text: str, quote: str, verdict: str) -> None:
    assert_verdict(text, quote, verdict)


@pytest.mark.parametrize(
    ("text", "title", "verdict"),
    [
        # "led by First Secretary X and Premier Y": each title is held against its holder
        (
            "In 1970 Albania, led by First Secretary Enver Hoxha and Premier Beqir Balluku,"
            " drew closer to China.",
            "Premier Beqir Balluku",
            "contradicted",
        ),
        (
            "In 1978 Albania, led by party chief Hoxha and Prime Minister Ramiz Alia, broke"
            " with China.",
            "Prime Minister Ramiz Alia",
            "contradicted",
        ),
        (
            "In 1968 Albania, led by First Secretary Enver Hoxha and Premier Mehmet Shehu,"
            " drew closer to China.",
            "Premier Mehmet Shehu",
            "supported",
        ),
    ],
)
def test_the_titles_of_those_a_state_is_led_by_are_read(
    text: str, title: str, verdict: str
) -> None:
    assert verdict in holding(text, title)
