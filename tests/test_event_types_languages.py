"""Event types read from the event texts of other languages: the same types, by the same rules, as English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.match import EVENT_TYPES, EVENT_TYPES_OTHER_LANGUAGES, event_type

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_documented_table_is_the_vocabulary() -> None:
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    section = text.split("**Other languages.**", 1)[1].split("\n### ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \|$", section, flags=re.MULTILINE)
    assert {kind: tuple(stems.split(", ")) for kind, stems in rows} == dict(EVENT_TYPES_OTHER_LANGUAGES)


@pytest.mark.parametrize(("text", "kind"), [
    ("обстрел позиций", "shelling"), ("подрыв на мине", "mine"), ("нарушение режима прекращения огня", "shooting"),
    ("боестолкновение", "clash"), ("диверсионная группа", "incursion"), ("обстріл з мінометів", "shelling"),
    ("атака БПЛА", "shelling"), ("embuscade", "clash"), ("tirs d'artillerie", "shelling"),
    ("attentat à la voiture piégée", "bombing"), ("hostigamiento", "shooting"), ("emboscada", "clash"),
    ("mina antipersonal", "mine"), ("ataque aéreo", "shelling"), ("combate", "clash"), ("bombardeio", "shelling"),
    ("قصف مدفعي", "shelling"), ("والقصف المدفعي", "shelling"), ("بالقصف", "shelling"), ("مسيرات", "shelling"),
    ("اشتباكات", "clash"), ("انفجار عبوة ناسفة", "mine"), ("إطلاق نار", "shooting"), ("مجزرة", "casualty"),
    ("հրետակոծություն", "shelling"), ("դիվերսիա", "incursion"), ("təxribat", "incursion"),
    ("atəşkəsin pozulması", "shooting"), ("SİHA saldırısı", "shelling"), ("hava saldırısı", "shelling"),
    ("çatışma", "clash"), ("trafik kazası", "noncombat"),
    ("포격 도발", "shelling"), ("교전", "clash"), ("지뢰 폭발", "mine"), ("무인기 침범", "incursion"),
    ("mapigano", "clash"), ("mashambulizi ya anga", "shelling"), ("mabomu ya ardhini", "mine"), ("imirwano", "clash"),
    ("kontak tembak", "clash"), ("serangan udara", "shelling"), ("bom rakitan", "mine"), ("penyanderaan", "abduction"),
    ("pevçûn", "clash"), ("êrîşa SÎHA", "shelling"), ("bombebaran", "shelling"), ("teqîn", "bombing"),
    ("revandin", "abduction"), ("hava harekâtı", "shelling"),
])
def test_other_languages(text: str, kind: str) -> None:
    assert event_type(text) == kind


def test_the_persian_inside_is_no_drone() -> None:
    """Persian درون (inside, within) is no event word: the Arabic drone is written with its aircraft or article
    (طائرة درون, الدرون). Before, "درگیری درون مرز" was no clash but a shelling by its second word alone."""
    assert event_type("درون شهر") == "unknown"
    assert event_type("طائرة درون") == "shelling"
    assert event_type("الدرون") == "shelling"


@pytest.mark.parametrize(("text", "kind"), [
    ("shelling near the minaret", "shelling"), ("he was tired of the firing", "shooting"), ("Havana", "unknown"),
    ("Kazan clashes", "clash"), ("the minister's visit", "unknown"),
])
def test_whole_word_stems_do_not_start_other_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


ENGLISH = sorted((stem, kind) for kind, stems in EVENT_TYPES.items() for stem in stems)


@given(st.sampled_from(ENGLISH))
@example(("mine", "mine"))
def test_english_stems_keep_their_type(pair: tuple[str, str]) -> None:
    """No stem of another language takes an English stem's word from it."""
    stem, kind = pair
    assert event_type(stem) == kind


OTHER = sorted((stem.removesuffix("="), kind) for kind, stems in EVENT_TYPES_OTHER_LANGUAGES.items()
               for stem in stems)


@given(st.sampled_from(OTHER))
@example(("ական", "mine"))
def test_each_stem_alone_gives_its_type(pair: tuple[str, str]) -> None:
    stem, kind = pair
    assert event_type(stem) == kind
