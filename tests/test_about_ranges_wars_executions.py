"""Three reading gaps QA found on real cases: "about" before a range (docs/normalization.md, "Bounds"), a war named as
the event (docs/matching.md, "Wars") and executions of captives (docs/matching.md, "Event types"). Each test failed
before the change: "about 150-200" was refused in every language, "killed in the war" was `unknown` or `casualty`
and met the incidents of its days, and an execution was a `casualty`, compatible with the shelling of its day."""

from __future__ import annotations

import pytest

from reconcile.block import is_candidate
from reconcile.errors import NormalizeError
from reconcile.match import EVENT_FAMILIES, MatchConfig, event_type
from reconcile.normalize import parse_count
from reconcile.pipeline import reconcile

from .test_match import case_of, claim, features, score, weight

CONFIG = MatchConfig()

# ---------------------------------------------------------------------------------------------------------------
# 1. About before a range
# ---------------------------------------------------------------------------------------------------------------

ABOUT_RANGES = [
    "about 150-200", "around 150 to 200", "approximately 150–200", "some 150-200", "roughly 150 to 200",
    "circa 150-200", "~150-200", "an estimated 150-200", "about between 150 and 200", "approx. 150 or 200",
    "около 150-200", "порядка 150–200", "примерно 150-200", "примерно от 150 до 200", "близько 150-200",
    "приблизно від 150 до 200", "დაახლოებით 150-200", "დაახლოებით 150-დან 200-მდე", "environ 150 à 200",
    "environ 150-200", "unos 150 a 200", "alrededor de 150-200", "cerca de 150 a 200", "نحو 150-200",
    "حوالي 150 إلى 200", "մոտ 150-200", "təxminən 150-200", "təxminən 150-dən 200-ə qədər", "yaklaşık 150-200",
    "yaklaşık 150 ile 200 arasında", "150-200 or so", "150–200 approx.", "150-200 (approx.)",
]


@pytest.mark.parametrize("text", ABOUT_RANGES)
def test_about_before_a_range_is_the_range(text: str) -> None:
    """The hedge word adds nothing a range does not say: the range, not widened."""
    count = parse_count(text)
    assert (count.low, count.high, count.text) == (150, 200, text)


def test_about_a_single_figure_still_widens_it() -> None:
    """About N stays N ± 20%: a single figure says nothing of its uncertainty, a range says it."""
    readings = {text: (parse_count(text).low, parse_count(text).high)
                for text in ("about 150", "около 150", "environ 150", "حوالي 150", "about 150-200", "около 150-200")}
    assert readings == {"about 150": (120, 180), "около 150": (120, 180), "environ 150": (120, 180),
                        "حوالي 150": (120, 180), "about 150-200": (150, 200), "около 150-200": (150, 200)}


def test_about_before_number_words_of_a_range() -> None:
    assert (parse_count("около десяти-пятнадцати").low, parse_count("около десяти-пятнадцати").high) == (10, 15)
    assert (parse_count("about two to three hundred").low, parse_count("about two to three hundred").high) == (200, 300)


def test_about_before_a_range_that_runs_backwards_is_an_error() -> None:
    with pytest.raises(NormalizeError, match=r"^range 'about 200-150' runs backwards"):
        parse_count("about 200-150")


def test_only_about_joins_a_range() -> None:
    """"more than 150-200", "nearly 150-200", "up to 150-200" say two things, which reconcile does not guess
    between; "about 150-200" says one."""
    def reading(text: str) -> tuple[int, int | None] | str:
        try:
            count = parse_count(text)
        except NormalizeError:
            return "refused"
        return count.low, count.high

    texts = ("nearly 150-200", "more than 150-200", "up to 150-200", "about 150-200")
    assert {text: reading(text) for text in texts} == {
        "nearly 150-200": "refused", "more than 150-200": "refused", "up to 150-200": "refused",
        "about 150-200": (150, 200)}


# ---------------------------------------------------------------------------------------------------------------
# 2. A war named as the event is a period total
# ---------------------------------------------------------------------------------------------------------------

WARS = [
    "war", "169 Georgian soldiers were killed in the war", "killed during the war", "losses in the 44-day war",
    "Russo-Georgian War", "wars", "в ходе войны", "за время войны", "погибли в войне", "война", "під час війни",
    "загинули у війні", "ომში დაიღუპა", "ომის დროს", "ომი", "պատերազմի ընթացքում", "պատերազմ", "44 günlük müharibədə",
    "müharibə", "savaşta hayatını kaybetti", "savaş", "pendant la guerre", "guerre", "durante la guerra",
    "mortos na guerra", "خلال الحرب", "قتلى الحرب", "حرب",
]


@pytest.mark.parametrize("text", WARS)
def test_a_war_is_a_period_total(text: str) -> None:
    assert event_type(text) == "total"


#: Words of war that name no war's toll, or words that start as one does, and incidents of a war: their types.
NO_WAR_TOLL = {
    # another word of war, or a word that starts as one
    "war crimes in Bucha": "unknown", "war crime": "unknown", "prisoners of war exchanged": "unknown",
    "war-torn": "unknown", "warplane": "shelling", "war plane": "shelling", "военный самолёт": "unknown",
    "военные преступления": "unknown", "savaş uçağı": "shelling", "savaşçı": "unknown",
    "avion de guerre": "shelling", "aviones de guerra": "shelling", "crimes de guerre": "unknown",
    "طائرة حربية": "unknown", "جرائم الحرب": "unknown", "warning shots": "shooting", "Warsaw": "unknown",
    "guerrilla attack": "clash", "պատերազմական հանցագործություն": "unknown",
    # an incident of the war, named
    "shelling during the war": "shelling", "attack during the war": "clash", "обстрел в ходе войны": "shelling",
    "mass grave from the war": "casualty", "executed during the war": "execution",
}


def test_a_war_word_that_names_no_war_toll() -> None:
    """A war crime, a war plane, a prisoner of war name no war's toll; an incident named in a war is that
    incident."""
    assert {text: event_type(text) for text in NO_WAR_TOLL} == NO_WAR_TOLL


def test_a_war_total_meets_other_totals_and_not_the_incidents_of_its_days() -> None:
    """"killed in the war" over 7–12 August meets the other total of the war, never one incident of those days."""
    war = claim("am/t", (0, 5), "Armenia", event="killed in the war", killed={"armenia": 169})
    other = claim("az/t", (0, 5), "Armenia", event="война", killed={"armenia": 170})
    incident = claim("osce/i", 2, "Armenia", event="killed", killed={"armenia": 3})
    feats = features(war, other, incident)
    assert is_candidate(feats[0], feats[1], CONFIG)
    assert score(war, other).total >= CONFIG.match_threshold
    assert not is_candidate(feats[0], feats[2], CONFIG)
    assert not is_candidate(feats[1], feats[2], CONFIG)
    assert [group.claims for group in reconcile(case_of(war, other, incident)).events] == [
        ("am/t", "az/t"), ("osce/i",)]


def test_war_as_the_event_of_one_day_is_no_total() -> None:
    """A coder who writes "war" as the event of each incident has named no war's toll: a claim of one day with a war's
    words is no period total and meets the incidents of its day, as a claim of no type does; over several days it is
    a total."""
    one_day = claim("am/w", 2, "Berdavan", event="war", killed={"armenia": 3})
    incident = claim("osce/i", 2, "Berdavan", event="shelling", killed={"armenia": 3})
    longer = claim("az/t", (0, 5), "Berdavan", event="war", killed={"armenia": 3})
    feats = {f.claim.global_id: f for f in features(one_day, incident, longer)}
    assert not feats["am/w"].period
    assert feats["az/t"].period
    assert is_candidate(feats["am/w"], feats["osce/i"], CONFIG)
    assert score(one_day, incident).total >= CONFIG.match_threshold
    assert event_type("war") == "total"


# ---------------------------------------------------------------------------------------------------------------
# 3. Executions
# ---------------------------------------------------------------------------------------------------------------

EXECUTIONS = [
    "execution", "summary execution", "extrajudicial killing", "extra-judicial killings", "executed",
    "prisoners executed", "killing of prisoners", "murder of captives", "firing squad", "расстрел пленных", "казнь",
    "казнены", "գնդակահարություն", "güllələnmə", "edam", "idam edildi", "yargısız infaz", "إعدام", "إعدام ميداني",
    "أعدموا الأسرى", "exécution sommaire", "exécutés", "ejecución extrajudicial", "fusilamiento", "execução sumária",
    "розстріл", "страта полонених", "დახვრეტა", "eksekusi",
]


@pytest.mark.parametrize("text", EXECUTIONS)
def test_an_execution_is_its_own_type(text: str) -> None:
    assert event_type(text) == "execution"


def test_words_that_start_as_an_execution_does() -> None:
    """Not the treasury, a strategy, an executive order or the Indonesian idaman; a fusillade is gunfire, a murder
    a non-combat death, a beheading a casualty, and "расстрел" no longer a shooting."""
    kinds = {"executive order": "unknown", "казна": "unknown", "стратегія": "unknown", "rumah idaman": "unknown",
             "fusillade": "shooting", "murder": "noncombat", "beheading": "casualty", "killed": "casualty",
             "расстрел": "execution"}
    assert {text: event_type(text) for text in kinds} == kinds


def test_an_execution_against_other_types() -> None:
    """The same type counts for; the captive family (a shooting, an abduction) and a casualty are compatible; a
    shelling, a clash, an accident or a mine is another incident."""
    expected = {
        "exécution sommaire de prisonniers": CONFIG.event_same,
        "prisoners shot dead": 0.0,  # an execution by shooting: the captive family
        "hostages taken": 0.0,  # the captives taken, then killed
        "killed": 0.0,
        "artillery shelling": CONFIG.event_incompatible,
        "armed clash": CONFIG.event_incompatible,
        "road accident": CONFIG.event_incompatible,
        "landmine": CONFIG.event_incompatible,
    }
    execution = claim("am/a", 0, event="summary execution of prisoners")
    assert {other: weight(score(execution, claim("az/b", 0, event=other)), "event") for other in expected} == expected


def test_the_captive_family() -> None:
    assert EVENT_FAMILIES["execution"] == ("captive",)
    assert "captive" in EVENT_FAMILIES["abduction"]
    assert "captive" in EVENT_FAMILIES["shooting"]
