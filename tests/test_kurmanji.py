"""Gaps found coding Turkish drone strikes and SNA/SDF clashes in north-east Syria (2019-2025) from the SDF, ANF and
Hawar in Kurmanji Kurdish beside the Turkish ministry, the SNA and SOHR: Kurmanji number words, bounds, ranges and
vague words; dates with the endings written onto days and years, the three month systems, parts of a month, days of
the week; event words; place words, the construct compass words and the dam; and the letters that show a text is
not Serbian (şêst, sixty, was read as šest, six)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_count, parse_date
from reconcile.places import SAME_PLACE_THRESHOLD, mentions, similarity, split_places

from .readings import assert_forms_read, count_of, documented_forms, span_of

D = dt.date

_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. Counts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("herî kêm 20", 20, None),                 # at least
    ("herî kêm sê", 3, None),
    ("bi kêmanî 20", 20, None),
    ("20 û zêdetir", 20, None),                # 20 and more
    ("20 an zêdetir", 20, None),
    ("zêdetir ji 20", 21, None),               # more than
    ("zêdetir ji bîst û pênc", 26, None),
    ("bêtir ji 20", 21, None),
    ("zêdeyî 20", 21, None),
    ("ji 20 zêdetir", 21, None),               # than 20 more
    ("ji bîst bêtir", 21, None),
    ("heta 20", 0, 20),                        # up to
    ("herî zêde 20", 0, 20),                   # at most
    ("kêmtir ji 5", 0, 4),                     # fewer than
    ("ji 5 kêmtir", 0, 4),
    ("nêzî deh", 8, 12),                       # about
    ("nêzîkî 30", 24, 36),
    ("li dora 100", 80, 120),
    ("10 heta 15", 10, 15),                    # ranges
    ("ji 10 heta 15", 10, 15),
    ("ji deh ta panzdeh", 10, 15),
    ("di navbera 10 û 15 de", 10, 15),
    ("di navbera bîst û pênc û sî de", 25, 30),
    ("10 an 12", 10, 12),                      # or
    ("çend", 3, 9),                            # several
    ("çend sed", 300, 900),
    ("bi dehan", 20, None),                    # tens
    ("bi sedan", 200, None),                   # hundreds
    ("bi hezaran", 2000, None),                # thousands
    ("tu kes", 0, 0),                          # nobody
    ("HERÎ KÊM 20", 20, None),
    ("heri kem 20", 20, None),                 # without the Kurdish letters' marks
])
def test_kurmanji_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


@pytest.mark.parametrize(("text", "number"), [
    ("yek", 1), ("du", 2), ("dudu", 2), ("sê", 3), ("sisê", 3), ("çar", 4), ("pênc", 5), ("şeş", 6), ("heft", 7),
    ("heşt", 8), ("hest", 8), ("neh", 9), ("deh", 10), ("yazdeh", 11), ("dazdeh", 12), ("sêzdeh", 13),
    ("çardeh", 14), ("pazdeh", 15), ("panzdeh", 15), ("şazdeh", 16), ("hevdeh", 17), ("hejdeh", 18),
    ("nozdeh", 19), ("bîst", 20), ("bîst û pênc", 25), ("sî", 30), ("sî û du", 32), ("çil", 40), ("pêncî", 50),
    ("şêst û pênc", 65), ("heftê", 70), ("heştê", 80), ("nod", 90), ("nod û neh", 99), ("sed", 100),
    ("du sed", 200), ("sed û bîst û pênc", 125), ("hezar", 1000), ("du hezar", 2000), ("hezar û pênc sed", 1500),
    ("sifir", 0),
])
def test_kurmanji_number_words(text: str, number: int) -> None:
    assert _count(text) == (number, number)


_UNITS = ("", "yek", "du", "sê", "çar", "pênc", "şeş", "heft", "heşt", "neh")
_TEENS = ("deh", "yazdeh", "dazdeh", "sêzdeh", "çardeh", "pazdeh", "şazdeh", "hevdeh", "hejdeh", "nozdeh")
_TENS = ("", "", "bîst", "sî", "çil", "pêncî", "şêst", "heftê", "heştê", "nod")


def _below_hundred(number: int) -> str:
    """1-99 in Kurmanji words: the ten, û, the unit (``bîst û pênc``)."""
    tens, unit = divmod(number, 10)
    if tens == 1:
        return _TEENS[unit]
    if not tens:
        return _UNITS[unit]
    return _TENS[tens] if not unit else f"{_TENS[tens]} û {_UNITS[unit]}"


def _kurmanji(number: int) -> str:
    """``number`` (1 to 9,999) in Kurmanji words: ``hezar`` and ``sed`` after the number that counts them (none for
    one), the parts joined by û."""
    thousands, rest = divmod(number, 1000)
    hundreds, small = divmod(rest, 100)
    parts = []
    if thousands:
        parts.append("hezar" if thousands == 1 else f"{_UNITS[thousands]} hezar")
    if hundreds:
        parts.append("sed" if hundreds == 1 else f"{_UNITS[hundreds]} sed")
    if small:
        parts.append(_below_hundred(small))
    return " û ".join(parts)


@given(st.integers(min_value=1, max_value=9999).filter(lambda number: number % 100 != 60),
       st.sampled_from(["", "herî kêm ", "zêdetir ji ", "heta ", "nêzî "]))
@example(25, "")                   # bîst û pênc
@example(125, "")                  # sed û bîst û pênc
@example(1500, "")                 # hezar û pênc sed
@example(25, "zêdetir ji ")
@example(65, "")                   # şêst û pênc: sixty is read before a unit
def test_any_kurmanji_number_reads_as_itself(number: int, bound: str) -> None:
    """Every number to 9,999 in Kurmanji words reads as itself, alone and after each kind of bound; but for a
    bare sixty at its end (below)."""
    low, high = _count(f"{bound}{_kurmanji(number)}")
    expected = {"": (number, number), "herî kêm ": (number, None), "zêdetir ji ": (number + 1, None),
                "heta ": (0, number)}
    if bound == "nêzî ":
        assert low <= number <= (high or 0)
    else:
        assert (low, high) == expected[bound]


def test_sixty_alone_is_refused_not_read_as_serbian_six() -> None:
    """şêst (60) is spelled as the Serbian šest (6) once its marks are gone: it was read as 6; a text with a cedilla or
    a circumflex is no Serbian, and it is refused; Serbian šest and šest typed without its caron stay 6."""
    with pytest.raises(NormalizeError, match=r"Kurmanji Kurdish forms are listed in docs/normalization\.md"):
        parse_count("şêst")
    assert _count("šest") == (6, 6)
    assert _count("sest") == (6, 6)
    assert _count("dvadeset šest") == (26, 26)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("7 u 8", 7, 8),                 # Spanish u (or) is not the Kurmanji û (and)
    ("yirmiden fazla", 21, None),    # Turkish
    ("dvadeset pet", 25, 25),        # BCS still read
])
def test_shared_spellings_keep_their_reading(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


@pytest.mark.parametrize("text", ["20 kes", "bi dehen", "şêst kes", "bîst û"])
def test_kurmanji_counts_refused(text: str) -> None:
    """A noun of people, a misspelt vague word, a number with no end: refused, not guessed."""
    with pytest.raises(NormalizeError):
        parse_count(text)


# ---------------------------------------------------------------------------------------------------------------
# 2. Dates
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("23ê Tebaxa 2024an", D(2024, 8, 23), D(2024, 8, 23), "day"),
    ("23'ê Tebaxê 2024", D(2024, 8, 23), D(2024, 8, 23), "day"),
    ("23’ê Tebaxê 2024’an", D(2024, 8, 23), D(2024, 8, 23), "day"),
    ("di 23'ê Tebaxê 2024'an de", D(2024, 8, 23), D(2024, 8, 23), "day"),
    ("23 Tebax 2024", D(2024, 8, 23), D(2024, 8, 23), "day"),
    ("2yê Îlonê 2024", D(2024, 9, 2), D(2024, 9, 2), "day"),
    ("18ê Tîrmehê 2022", D(2022, 7, 18), D(2022, 7, 18), "day"),
    ("15ê Kanûna Paşîn 2024", D(2024, 1, 15), D(2024, 1, 15), "day"),     # the later Kanûn: January
    ("2ê Kanûna 2024an", D(2024, 12, 2), D(2024, 12, 2), "day"),          # Kanûn alone: December
    ("1ê Berfanbarê 2024", D(2024, 12, 1), D(2024, 12, 1), "day"),
    ("12ê Gelawêja 2024an", D(2024, 8, 12), D(2024, 8, 12), "day"),
    ("Tebaxa 2024an", D(2024, 8, 1), D(2024, 8, 31), "month"),
    ("meha Tebaxê 2024", D(2024, 8, 1), D(2024, 8, 31), "month"),
    ("sala 2024an", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("destpêka Çiriya Pêşîn 2023", D(2023, 10, 1), D(2023, 10, 10), "range"),
    ("nîveka Kanûna Pêşîn 2024", D(2024, 12, 11), D(2024, 12, 20), "range"),
    ("nîveka Gulana 2025an", D(2025, 5, 11), D(2025, 5, 20), "range"),
    ("dawiya meha Sibatê 2024", D(2024, 2, 21), D(2024, 2, 29), "range"),
    ("di dawiya Tebaxa 2024an de", D(2024, 8, 21), D(2024, 8, 31), "range"),
    ("ji 12 heta 14ê Kanûnê 2024", D(2024, 12, 12), D(2024, 12, 14), "range"),
    ("9 heta 13ê Çiriya Pêşîn 2019", D(2019, 10, 9), D(2019, 10, 13), "range"),
    ("23-25ê Tebaxê 2024", D(2024, 8, 23), D(2024, 8, 25), "range"),
    ("23ê Tebaxê heta 2yê Îlonê 2024", D(2024, 8, 23), D(2024, 9, 2), "range"),
    ("23 û 24ê Tebaxê 2024", D(2024, 8, 23), D(2024, 8, 24), "range"),
    ("şeva di navbera 23 û 24ê Tebaxê 2024 de", D(2024, 8, 23), D(2024, 8, 24), "range"),
    ("roja Înê 23'ê Tebaxê 2024", D(2024, 8, 23), D(2024, 8, 23), "day"),
    ("roja Pêncşemê, 5ê Cotmeha 2023an", D(2023, 10, 5), D(2023, 10, 5), "day"),
    ("Sêşem 20ê Hezîranê 2023", D(2023, 6, 20), D(2023, 6, 20), "day"),
])
def test_kurmanji_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


#: The three month systems, January first: ANF and the press in Turkey; the Syriac names of Syria; the Kurdish names of
#: the administration of north-east Syria.
_SYSTEMS = (
    ("Çile", "Sibat", "Adar", "Nîsan", "Gulan", "Hezîran", "Tîrmeh", "Tebax", "Îlon", "Cotmeh", "Mijdar", "Kanûn"),
    ("Kanûna Paşîn", "Sibat", "Adar", "Nîsan", "Gulan", "Hezîran", "Tîrmeh", "Tebax", "Îlon", "Çiriya Pêşîn",
     "Çiriya Paşîn", "Kanûna Pêşîn"),
    ("Rêbendan", "Reşemî", "Adar", "Avrêl", "Gulan", "Pûşper", "Tîrmeh", "Gelawêj", "Rezber", "Kewçêr", "Sermawez",
     "Berfanbar"),
)


def _oblique(name: str) -> str:
    """A month in the oblique, as a day's month is written (``Tebaxê``, ``Çileyê``, ``Kanûna Pêşînê``)."""
    return f"{name}{'y' if name[-1] in 'aeêiîouû' else ''}ê"


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.integers(0, 2), st.integers(0, 3))
@example(D(2024, 1, 15), 1, 0)     # 15ê Kanûna Paşînê 2024: January, not December
@example(D(2024, 12, 15), 1, 1)    # 15'ê Kanûna Pêşînê 2024'an
@example(D(2024, 2, 29), 2, 2)     # a leap day, Reşemiyê
def test_any_day_in_any_month_system_reads_as_itself(day: dt.date, system: int, form: int) -> None:
    """Every day, named in each of the three month systems and in each written form, reads as that day."""
    month = _SYSTEMS[system][day.month - 1]
    written = (f"{day.day}ê {_oblique(month)} {day.year}", f"{day.day}'ê {_oblique(month)} {day.year}'an",
               f"{day.day} {month} {day.year}", f"roja {day.day}ê {_oblique(month)} {day.year}an")[form]
    assert _span(written) == (day, day, "day")


def test_a_weekday_that_does_not_fit_is_refused_naming_the_day() -> None:
    with pytest.raises(NormalizeError, match="2024-08-23 was a Friday, not a Monday"):
        parse_date("roja Duşemê 23ê Tebaxê 2024")


@pytest.mark.parametrize("text", ["in June 2012", "on 4 June 2012", "3 Nisan 2024"])
def test_words_kurmanji_shares_keep_their_reading(text: str) -> None:
    """"in" is no Friday (În is, with its î), and the Turkish Nisan is April in both."""
    assert _span(text)[0] in (D(2012, 6, 1), D(2012, 6, 4), D(2024, 4, 3))


def test_the_docs_list_the_kurmanji_forms() -> None:
    """Every form with a figure or a day in the Kurmanji table of docs/normalization.md reads."""
    forms = documented_forms("### Kurmanji Kurdish")
    assert len(forms) > 40
    assert_forms_read(forms)


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("pevçûn", "clash"), ("pevçûnên giran", "clash"), ("pevcun", "clash"), ("êrîş", "clash"), ("şer", "clash"),
    ("êrîşa SÎHA", "shelling"), ("lêdana SÎHA'yê", "shelling"), ("êrîşa dronan", "shelling"),
    ("topbaran", "shelling"), ("topbaran û êrîşa dronan", "shelling"), ("êrîşa hewayî", "shelling"),
    ("bombebaran", "shelling"),                      # bombardment, before the English "bomb"
    ("teqîn", "bombing"), ("teqîna wesayîteke bombebarkirî", "bombing"), ("êrîşa xwekujî", "bombing"),
    ("xwekuştin", "noncombat"),                      # suicide, not a suicide attack
    ("mayîn", "mine"), ("gulebaran", "shooting"), ("revandin", "abduction"), ("êrîşa bejahî", "incursion"),
    ("hatin kuştin", "casualty"), ("komkujî", "casualty"), ("hava harekâtı", "shelling"),
    ("revîn", "unknown"),                            # fleeing
    ("dewleta Tirk a dagirker", "unknown"),          # the occupying Turkish state: no event
])
def test_kurmanji_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


# ---------------------------------------------------------------------------------------------------------------
# 4. Places
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "found"), [
    ("başûrê Minbicê", [("Minbicê", None, True)]),                         # south of Manbij
    ("li bakurê rojhilatê Reqayê", [("Reqayê", None, True)]),
    ("Bendava Tişrînê, başûrê Minbicê", [("Bendava Tişrînê", None, False), ("Minbicê", None, True)]),
    ("li Rojavayê", [("Rojavayê", None, False)]),                          # capitalised: Rojava
    ("li gundê Helîlê yê navçeya Qamişlo", [("Helîlê", "settlement", False), ("Qamişlo", "region", False)]),
    ("gundê Qere Qozax ê ser bi Kobanê ve", [("Qere Qozax", "settlement", False), ("Kobanê", None, False)]),
    ("gundewarê Qamişlo", [("Qamişlo", "region", False)]),
    ("kampa Holê", [("Holê", "settlement", False)]),
    ("li derdora Bendava Tişrînê", [("Bendava Tişrînê", None, False)]),
])
def test_kurmanji_place_text(text: str, found: list[tuple[str, str | None, bool]]) -> None:
    assert [(m.name, m.kind, m.reference) for m in mentions(text)] == found


def test_the_plural_en_still_heads_en_isa() -> None:
    assert split_places("Ên Îsa") == ("Ên Îsa",)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Bendava Tişrînê", "Tishreen Dam", True),
    ("Tişrin Barajı", "Tishreen Dam", True),
    ("Bendava Tişrînê", "Bendava Tebqayê", False),
    ("Tishreen Dam", "Tabqa Dam", False),
])
def test_a_dam_in_any_language_is_one_qualifier(a: str, b: str, same: bool) -> None:
    assert (similarity(a, b) >= SAME_PLACE_THRESHOLD) is same


# ---------------------------------------------------------------------------------------------------------------
# 5. A case
# ---------------------------------------------------------------------------------------------------------------

_CASE = """\
case: tishreen
title: Tishreen Dam, December 2024
regional_gazetteer: none
parties:
  - {id: sdf, name: Syrian Democratic Forces, aliases: [SDF, QSD, HSD]}
  - {id: sna, name: Syrian National Army, aliases: [SNA, SMO]}
"""

_SOURCES = {
    "sdf.yaml": """\
source: {id: sdf-media, name: SDF Media Centre, kind: belligerent, speaks_for: sdf}
claims:
  - id: sdf-1
    stated: 2024-12-15
    quote: Di pevçûnên li derdora Bendava Tişrînê de zêdetir ji bîst û pênc çete hatin kuştin.
    date: ji 12 heta 14ê Kanûnê 2024
    place: Bendava Tişrînê
    region: başûrê Minbicê
    event: pevçûn
    initiator: SMO
    casualties:
      - {party: sna, killed: zêdetir ji bîst û pênc}
      - {party: sdf, killed: çar}
""",
    "anf.yaml": """\
source: {id: anf, name: ANF, kind: media}
claims:
  - id: anf-1
    stated: 2024-12-16
    quote: Li derdora Bendava Tişrînê bi dehan çete hatin kuştin.
    date: nîveka Kanûna Pêşîn 2024
    place: li derdora Bendava Tişrînê
    event: pevçûnên giran
    initiator: SMO
    casualties:
      - {party: sna, killed: bi dehan}
""",
    "sohr.yaml": """\
source: {id: sohr, name: Syrian Observatory for Human Rights, kind: monitor}
claims:
  - id: sohr-1
    stated: 2024-12-14
    quote: 27 SNA fighters and 6 SDF fighters killed in clashes near Tishreen Dam, east of Manbij
    date: 12-14 December 2024
    place: Tishreen Dam
    region: east of Manbij
    event: clashes
    initiator: sna
    casualties:
      - {party: sna, killed: 27}
      - {party: sdf, killed: 6}
""",
}


def test_a_clash_told_in_kurmanji_and_english_is_one_event(tmp_path: Path) -> None:
    """The SDF's and ANF's Kurmanji accounts of the Tishreen Dam clashes and SOHR's English one are one event (before,
    the case did not load: five of its values were refused)."""
    import reconcile

    (tmp_path / "case.yaml").write_text(_CASE, encoding="utf-8")
    for name, text in _SOURCES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = reconcile.reconcile(reconcile.load_case(tmp_path))
    assert [sorted(event.claims) for event in result.events] == [["anf/anf-1", "sdf-media/sdf-1", "sohr/sohr-1"]]
