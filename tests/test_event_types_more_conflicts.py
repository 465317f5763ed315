"""Event types of conflicts beyond the first case's: suicide and kamikaze attacks, explosions, abductions, the words
of several languages that bulletins from the Sahel, Lake Chad, Somalia, Syria and Iraq, Yemen, Afghanistan, Ukraine,
Colombia, DR Congo and Sudan use, and the words that start with a stem but name no event ("mine-resistant").
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import (
    EVENT_FAMILIES,
    EVENT_TYPE_EXCEPTIONS,
    EVENT_TYPES,
    EVENT_TYPES_OTHER_LANGUAGES,
    MatchConfig,
    event_type,
)
from tests import test_match as m

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize(("text", "kind"), [
    # Suicide and martyrdom attacks, in the words of the groups and of those who report them.
    ("attaque kamikaze", "bombing"), ("attentat kamikaze contre une patrouille", "bombing"),
    ("عملية استشهادية", "bombing"), ("عملية انغماسية", "bombing"), ("انغماسي", "bombing"),
    ("الانغماسيون", "bombing"), ("harin kunar bakin wake", "bombing"), ("ataque suicida", "bombing"),
    ("weerar is-miidaamin", "bombing"), ("حمله انتحاری", "bombing"), ("PBIED", "bombing"),
    ("vehicle-borne IED", "bombing"), ("person-borne IED attack", "bombing"), ("حزام ناسف", "bombing"),
    ("اغتيال بعبوة لاصقة", "bombing"), ("explosive-laden vehicle", "bombing"), ("booby-trapped car", "bombing"),
    # An explosion of unnamed cause.
    ("explosion", "bombing"), ("blast", "bombing"), ("twin blasts at a market", "bombing"),
    ("detonation", "bombing"), ("explosion at a checkpoint", "bombing"), ("взорвали автомобиль", "bombing"),
    ("qarax", "bombing"), ("چاودنه", "bombing"),
    # Abductions and hostage-taking.
    ("kidnapping", "abduction"), ("abduction of 20 students", "abduction"), ("hostage-taking", "abduction"),
    ("mass abduction", "abduction"), ("gunmen abducted 30 villagers", "abduction"), ("enlèvement", "abduction"),
    ("prise d'otages", "abduction"), ("civils enlevés", "abduction"), ("secuestro", "abduction"),
    ("toma de rehenes", "abduction"), ("sequestro", "abduction"), ("raptados", "abduction"),
    ("اختطاف مدنيين", "abduction"), ("والمختطفين", "abduction"), ("احتجاز رهائن", "abduction"),
    ("похищение", "abduction"), ("захват заложников", "abduction"), ("викрадення", "abduction"),
    ("garkuwa da mutane", "abduction"), ("afduub", "abduction"), ("forced disappearance", "abduction"),
    ("raid and abduction of 30 villagers", "abduction"),
    # Ambushes and attacks.
    ("kwanton bauna", "clash"), ("hari", "clash"), ("harin Boko Haram", "clash"), ("weerar", "clash"),
    ("dagaal culus", "clash"), ("insurgentes atacaram a aldeia", "clash"), ("напали на блокпост", "clash"),
    ("هجمات", "clash"), ("قتال عنيف", "clash"), ("контратака", "clash"), ("бой", "clash"), ("asonada", "clash"),
    # Fire from afar.
    ("артобстріл", "shelling"), ("прилёт по городу", "shelling"), ("удар КАБ", "shelling"),
    ("ضربة جوية", "shelling"), ("طائرات مسيّرة", "shelling"), ("helicopter gunship fire", "shelling"),
    ("fighter jets bombed the market", "shelling"), ("loitering munition", "shelling"),
    ("kamikaze drone", "shelling"), ("дрон-камикадзе", "shelling"), ("explosive-laden drone", "shelling"),
    # Mines and remnants of war.
    ("UXO", "mine"), ("ERW", "mine"), ("munición sin explotar", "mine"), ("engin non explosé", "mine"),
    ("EEI", "mine"), ("مخلفات الحرب", "mine"), ("deminer killed", "mine"), ("неразорвавшийся снаряд", "mine"),
    # Other kinds and tolls.
    ("invasion", "incursion"), ("counteroffensive", "incursion"), ("контрнаступ", "incursion"),
    ("захват села", "incursion"), ("нарушение перемирия", "shooting"), ("hit by a stray bullet", "shooting"),
    ("caught in crossfire", "shooting"), ("heart attack", "noncombat"), ("drowning", "noncombat"),
    ("حادث سير", "noncombat"), ("summary executions", "execution"), ("assassination", "casualty"),
    ("اغتيال", "casualty"), ("убийство", "casualty"), ("mass grave", "casualty"), ("falsos positivos", "casualty"),
    ("decapitação de civis", "casualty"),
])
def test_conflict_events_have_their_type(text: str, kind: str) -> None:
    assert event_type(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("ambush on mine-resistant vehicle", "clash"), ("attack on mine-protected vehicle", "clash"),
    ("mine protection vehicle hit", "unknown"), ("read in the bulletin", "unknown"), ("a tiny mine", "mine"),
    ("MRAP: mine-resistant ambush-protected vehicle hit by an IED", "mine"), ("clash at the mine site", "clash"),
    ("attack on a gold mine", "clash"), ("gunmen attacked miners", "clash"), ("clashes near mineral deposits", "clash"),
    ("attack on jade mine workers", "clash"), ("gunmen attack", "clash"), ("gunman opened fire", "shooting"),
    ("hunger strike", "unknown"), ("general strike", "unknown"), ("firefighters killed", "casualty"),
    ("clash with internal troops", "clash"), ("internally displaced", "unknown"), ("sexual assault", "unknown"),
    ("mine explosion at the mine site", "mine"), ("internal disagreement", "noncombat"),
])
def test_words_that_name_no_event(text: str, kind: str) -> None:
    """A mine that is dug or a vehicle built against mines is no mine incident; gunmen are no shooting, a hunger
    strike no strike; the rest of the text keeps its type."""
    assert event_type(text) == kind


WORDS = sorted(stem for stems in EVENT_TYPES.values() for stem in stems if " " not in stem)


@given(st.sampled_from(WORDS), st.sampled_from(EVENT_TYPE_EXCEPTIONS), st.booleans(), st.booleans())
@example("ambush", "mine resistant", True, False)
@example("attack", "gold mine", False, True)
def test_an_exception_leaves_the_type_of_the_rest(word: str, exception: str, hyphen: bool, before: bool) -> None:
    """Whatever word of a type stands beside an exception, written with hyphens or not, before or after it, the
    text is of that word's type: the exception adds nothing."""
    written = exception.replace(" ", "-") if hyphen else exception
    text = f"{written} near {word}" if before else f"{word} near the {written}"
    assert event_type(text) == event_type(word)


@pytest.mark.parametrize("exception", EVENT_TYPE_EXCEPTIONS)
def test_an_exception_alone_is_no_event(exception: str) -> None:
    assert event_type(exception) == event_type(exception.replace(" ", "-")) == "unknown"


def test_every_one_word_stem_has_three_letters() -> None:
    """Words are compared only with the stems that start with their first three letters."""
    stems = [stem.removesuffix("=") for stems in (*EVENT_TYPES.values(), *EVENT_TYPES_OTHER_LANGUAGES.values())
             for stem in stems if " " not in stem]
    assert [stem for stem in [*stems, *EVENT_TYPE_EXCEPTIONS] if " " not in stem and len(stem) < 3] == []


@given(st.sampled_from(WORDS), st.text("abcdefghijklmnopqrstuvwxyz", max_size=4))
@example("mine", "ral")
@example("fight", "er")
def test_a_word_is_read_by_the_longest_stem_it_starts_with(stem: str, suffix: str) -> None:
    """The reading of a word equals that of the longest stem (or exception) it starts with, read alone."""
    word = stem.removesuffix("=") + ("" if stem.endswith("=") else suffix)
    candidates = [s for s in [*WORDS, *(e for e in EVENT_TYPE_EXCEPTIONS if " " not in e)]
                  if (word == s[:-1] if s.endswith("=") else word.startswith(s))]
    longest = max(candidates, key=len)
    assert event_type(word) == (event_type(longest) if longest in WORDS else "unknown") or any(
        len(s) == len(longest) and s != longest for s in candidates)


# --------------------------------------------------------------------------------------------------------------
# In matching
# --------------------------------------------------------------------------------------------------------------


def test_a_kamikaze_attack_and_ied_explosions_do_not_count_against_a_match() -> None:
    pair = m.score(m.claim("am/a", 0, event="attaque kamikaze"), m.claim("az/b", 0, event="IED explosions"))
    assert m.weight(pair, "event") == 0.0


def test_an_ambush_on_a_mine_resistant_vehicle_is_an_ambush() -> None:
    pair = m.score(m.claim("am/a", 0, event="ambush on mine-resistant vehicle"), m.claim("az/b", 0, event="ambush"))
    assert m.weight(pair, "event") == MatchConfig().event_same


@pytest.mark.parametrize(("other", "weight"), [
    ("enlèvement de civils", MatchConfig().event_same), ("attack on the village", 0.0),
    ("landmine", MatchConfig().event_incompatible), ("road accident", MatchConfig().event_incompatible),
])
def test_an_abduction_is_of_the_combat_family(other: str, weight: float) -> None:
    """Two accounts of one abduction are the same kind of event; an attack may be its other account; a mine or an
    accident is another incident. (It is also of the captive family, with executions: docs/matching.md.)"""
    assert EVENT_FAMILIES["abduction"] == ("combat", "captive")
    pair = m.score(m.claim("am/a", 0, event="mass abduction"), m.claim("az/b", 0, event=other))
    assert m.weight(pair, "event") == weight


def test_documented_exceptions_are_the_code() -> None:
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    paragraph = " ".join(text.split("**Words that name no event.**", 1)[1].split("\n\n", 1)[0].split())
    assert tuple(re.findall(r"`([^`]+)`", paragraph.split("They are:", 1)[1])) == EVENT_TYPE_EXCEPTIONS
