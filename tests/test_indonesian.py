"""Gaps found coding the Papua conflict (Intan Jaya, Nduga, Puncak, Yahukimo, Pegunungan Bintang, 2021-2024) from
the TNI, the police task force Damai Cartenz, the TPNPB spokesman, Komnas HAM, Amnesty International Indonesia,
Kompas, Jubi, Antara and the Malaysian press: Indonesian and Malay counts, number words, classifiers and dates, their
days of the week, event words, words for civilians and soldiers written as a party, and the units and village words
of Indonesian place text (Kampung Bilogai, Distrik Sugapa, Kabupaten Intan Jaya)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPES_OTHER_LANGUAGES, event_type
from reconcile.models import Count, Party
from reconcile.normalize import PartyResolver, parse_count, parse_date
from reconcile.places import mentions, similarity, split_places

from .readings import DOCS, assert_forms_read, count_of, documented_forms, span_of

D = dt.date

_span, _count = span_of, count_of


# ---------------------------------------------------------------------------------------------------------------
# 1. Counts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high"), [
    ("sedikitnya 5 orang", 5, None),          # at least 5 persons
    ("sedikitnya 5", 5, None),
    ("setidaknya 3", 3, None),
    ("sekurang-kurangnya 6", 6, None),        # Malay (and formal Indonesian): at least
    ("paling sedikit 4", 4, None),
    ("minimal 5", 5, None),
    ("tidak kurang dari 20", 20, None),
    ("20 atau lebih", 20, None),              # 20 or more
    ("lebih dari 10", 11, None),              # more than
    ("lebih daripada 10", 11, None),          # Malay
    ("Lebih dari sepuluh orang", 11, None),
    ("20 orang lebih", 21, None),             # twenty-odd: more than 20
    ("20 lebih", 21, None),
    ("hingga 20", 0, 20),                     # up to
    ("sampai 20 orang", 0, 20),
    ("paling banyak 6", 0, 6),                # at most
    ("tidak lebih dari 6", 0, 6),
    ("kurang dari 5", 0, 4),                  # fewer than
    ("kurang daripada 5", 0, 4),
    ("sekitar 20", 16, 24),                   # about
    ("kira-kira 10", 8, 12),
    ("kurang lebih 10", 8, 12),               # more or less
    ("lebih kurang 10", 8, 12),               # Malay: more or less (not "more than")
    ("hampir 100", 80, 100),                  # nearly
    ("5 hingga 10", 5, 10),                   # from 5 to 10
    ("5 sampai 10", 5, 10),
    ("5 sampai dengan 10", 5, 10),
    ("dari 5 hingga 10", 5, 10),
    ("antara 5 dan 10", 5, 10),               # between 5 and 10
    ("antara lima dan sepuluh orang", 5, 10),
    ("5-10 orang", 5, 10),
    ("5 atau 6 orang", 5, 6),                 # or
    ("sebanyak 12 orang", 12, 12),            # "as many as": the plain figure
    ("beberapa", 3, 9),                       # several
    ("beberapa orang", 3, 9),
    ("belasan", 11, 19),                      # in the teens
    ("puluhan", 20, None),                    # tens
    ("ratusan", 200, None),                   # hundreds
    ("ribuan", 2000, None),                   # thousands
    ("puluhan ribu", 20_000, None),
    ("beberapa ratus", 300, 900),             # several hundred
    ("banyak", 6, None),                      # many
    ("sejumlah", 2, None),                    # a number of
    ("nihil", 0, 0),                          # nil, as the police write it
    ("tidak ada", 0, 0),
    ("tiada", 0, 0),                          # Malay: none
    ("tidak ada korban", 0, 0),
    ("tiga orang", 3, 3),                     # three persons
    ("seorang", 1, 1),                        # a person
    ("satu", 1, 1),
    ("dua puluh lima", 25, 25),
    ("seratus", 100, 100),
    ("sebelas", 11, 11),
    ("dua belas", 12, 12),
    ("lapan", 8, 8),                          # Malay 8
    ("20 jiwa", 20, 20),                      # souls
    ("sejuta", 1_000_000, 1_000_000),
])
def test_indonesian_and_malay_counts(text: str, low: int, high: int | None) -> None:
    assert _count(text) == (low, high)


_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def _below_thousand(number: int, *, malay: bool, plain: bool) -> str:
    """``number`` (1-999) in Indonesian words; ``malay``: 8 as lapan; ``plain``: satu ratus, satu puluh, not the
    se- forms."""
    units = (*_UNITS[:8], "lapan" if malay else "delapan", "sembilan")
    hundreds, small = divmod(number, 100)
    words = [] if not hundreds else [("satu ratus" if plain else "seratus") if hundreds == 1
                                     else f"{units[hundreds]} ratus"]
    tens, unit = divmod(small, 10)
    if small == 10:
        words.append("satu puluh" if plain else "sepuluh")
    elif small == 11:
        words.append("satu belas" if plain else "sebelas")
    elif 12 <= small <= 19:
        words.append(f"{units[unit]} belas")
    elif small:
        words.append(" ".join(word for word in (f"{units[tens]} puluh" if tens else "", units[unit]) if word))
    return " ".join(words)


def _indonesian(number: int, *, malay: bool = False, plain: bool = False) -> str:
    """``number`` (1-999,999) in Indonesian (or Malay) words: ``dua ribu lima ratus``, ``seribu``."""
    thousands, rest = divmod(number, 1000)
    words = []
    if thousands == 1:
        words.append("satu ribu" if plain else "seribu")
    elif thousands:
        words.append(f"{_below_thousand(thousands, malay=malay, plain=plain)} ribu")
    if rest:
        words.append(_below_thousand(rest, malay=malay, plain=plain))
    return " ".join(words)


@given(st.integers(min_value=1, max_value=999_999), st.booleans(), st.booleans(),
       st.sampled_from(["", "lebih dari ", "sedikitnya ", "sekurang-kurangnya ", "hingga ", "sekitar "]))
@example(25, False, False, "")                    # dua puluh lima
@example(1_000, False, False, "")                 # seribu
@example(100_000, False, True, "")                # satu ratus ribu
@example(2_500, False, False, "lebih dari ")      # lebih dari dua ribu lima ratus
@example(888, True, False, "sekurang-kurangnya ")  # lapan ratus lapan puluh lapan
@example(11, False, False, "hingga ")             # hingga sebelas
@example(833_334, False, False, "sekitar ")       # about 833,334 reaches 1,000,001: above MAX_COUNT, as in English
def test_any_indonesian_number_reads_as_itself(number: int, malay: bool, plain: bool, bound: str) -> None:
    """Every number to 999,999 in Indonesian or Malay words reads as itself, with the se- forms or without them,
    alone, with its classifier, and after each kind of bound; "about" a number whose upper end (+20%) passes
    `MAX_COUNT` is refused, as `about 833334` is."""
    words = _indonesian(number, malay=malay, plain=plain)
    expected = {"": (number, number), "lebih dari ": (number + 1, None), "sedikitnya ": (number, None),
                "sekurang-kurangnya ": (number, None), "hingga ": (0, number)}
    for text in (f"{bound}{words}", f"{bound}{words} orang"):
        if bound == "sekitar " and parse_count_or_none(f"about {number}") is None:
            with pytest.raises(NormalizeError, match="at most"):
                _count(text)
            continue
        low, high = _count(text)
        if bound == "sekitar ":
            assert low <= number <= (high or 0)
        else:
            assert (low, high) == expected[bound]


def parse_count_or_none(text: str) -> Count | None:
    """The count English reads from ``text``, or ``None`` where it refuses it."""
    try:
        return parse_count(text)
    except NormalizeError:
        return None


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=5), st.booleans())
@example(2, 1, False)                          # 20-an: in the twenties
@example(1, 2, True)                           # 100-an orang
@example(5, 3, False)                          # 5000-an
def test_a_round_figure_with_an_after_it_is_that_figure_and_some(digit: int, zeros: int, classifier: bool) -> None:
    """``N-an`` (``20-an``: the twenties) for N a digit and zeros is N up to the next step of that digit, as English
    ``N-odd`` (``20-an`` 20 to 29, ``300-an`` 300 to 399), with its classifier or without; before, ``20-an`` was
    refused as a range from 20 to "an", one."""
    number, step = digit * 10**zeros, 10**zeros
    text = f"{number}-an" + (" orang" if classifier else "")
    assert _count(text) == (number, number + step - 1)


@given(st.integers(min_value=2, max_value=9), st.sampled_from([("puluhan", 10), ("ratusan", 100), ("ribuan", 1000)]),
       st.booleans())
@example(2, ("puluhan", 10), False)            # dua puluhan: twenty-some
@example(8, ("ratusan", 100), True)            # lapan ratusan (Malay)
def test_a_unit_before_puluhan_ratusan_or_ribuan_is_its_tens_hundreds_or_thousands_and_some(
        unit: int, plural: tuple[str, int], malay: bool) -> None:
    """``dua puluhan`` (twenty-some) is 20 to 29, ``tiga ratusan`` 300 to 399, ``dua ribuan`` 2,000 to 2,999: the
    plural words (``puluhan``, tens) after a unit count it and some more, as ``20-an`` does."""
    word, size = plural
    units = (*_UNITS[:8], "lapan" if malay else "delapan", "sembilan")
    assert _count(f"{units[unit]} {word}") == (unit * size, (unit + 1) * size - 1)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("20-an", 20, 29), ("20–an", 20, 29), ("20-an orang", 20, 29), ("300-an", 300, 399), ("seratusan", 100, 199),
    ("seribuan", 1000, 1999), ("belasan", 11, 19), ("puluhan", 20, None), ("ratusan", 200, None),
])
def test_the_indonesian_words_of_some_tens_and_hundreds(text: str, low: int, high: int | None) -> None:
    """The twenties, the hundreds and some: ``20-an``, ``seratusan`` (a hundred and some); ``belasan``, ``puluhan``,
    ``ratusan`` alone, as before (the teens; tens and hundreds, open)."""
    assert _count(text) == (low, high)


@pytest.mark.parametrize(("text", "message"), [
    ("orang", "cannot read a count"),             # the classifier alone
    ("lebih dari", "cannot read a count"),
    ("puluh", "cannot read a count"),             # "ten" as a multiplier, alone
    ("ratus", "cannot read a count"),
    ("lima dua puluh", "cannot read a count"),    # no number
    ("10 hingga 5", "backwards"),
    ("dua juta", "at most 1,000,000"),            # two million: above the largest figure
    ("25-an", "cannot read a count"),             # a figure that is not round says nothing -an adds
    ("20-b", "cannot read a count"),              # not a range from 20 to "b", one ("20-a" is the Azerbaijani
                                                  # dative of a figure, 20: `normalize._AZ_FIGURE_ENDING`)
])
def test_indonesian_counts_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(message)):
        parse_count(text)


@pytest.mark.parametrize(("text", "hint"), [
    ("sedikitnya 5 prajurit", "write 'sedikitnya 5'"),   # at least 5 soldiers
    ("lebih dari 10 anggota TNI", "write 'lebih dari 10'"),
    ("korban 5 orang", "write '5 orang'"),               # victims: 5 persons
])
def test_a_noun_with_the_figure_gets_the_count_to_write(text: str, hint: str) -> None:
    with pytest.raises(NormalizeError, match=rf"^cannot read a count from {text!r}: a figure is read without the "
                                             rf"words (after|around) it \(.*\); {hint} and keep the source's words"):
        parse_count(text)


# ---------------------------------------------------------------------------------------------------------------
# 2. Dates and days of the week
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("12 Februari 2024", D(2024, 2, 12), D(2024, 2, 12), "day"),
    ("Senin, 12 Februari 2024", D(2024, 2, 12), D(2024, 2, 12), "day"),
    ("pada hari Senin, 12 Februari 2024", D(2024, 2, 12), D(2024, 2, 12), "day"),
    ("Isnin, 12 Februari 2024", D(2024, 2, 12), D(2024, 2, 12), "day"),     # Malay Monday
    ("tanggal 12 Februari 2024", D(2024, 2, 12), D(2024, 2, 12), "day"),
    ("12 Feb 2024", D(2024, 2, 12), D(2024, 2, 12), "day"),
    ("12 Pebruari 2024", D(2024, 2, 12), D(2024, 2, 12), "day"),
    ("12 Mac 2024", D(2024, 3, 12), D(2024, 3, 12), "day"),                 # Malay March
    ("5 Agustus 2024", D(2024, 8, 5), D(2024, 8, 5), "day"),
    ("5 Agt 2024", D(2024, 8, 5), D(2024, 8, 5), "day"),
    ("Isnin, 5 Ogos 2024", D(2024, 8, 5), D(2024, 8, 5), "day"),            # Malay August
    ("14 Julai 2024", D(2024, 7, 14), D(2024, 7, 14), "day"),               # Malay July
    ("1 Disember 2024", D(2024, 12, 1), D(2024, 12, 1), "day"),             # Malay December
    ("Februari 2024", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("bulan Maret tahun 2023", D(2023, 3, 1), D(2023, 3, 31), "month"),
    ("awal Maret 2023", D(2023, 3, 1), D(2023, 3, 10), "range"),            # early
    ("pertengahan April 2023", D(2023, 4, 11), D(2023, 4, 20), "range"),     # mid
    ("akhir Desember 2023", D(2023, 12, 21), D(2023, 12, 31), "range"),      # late
    ("pada 3-4 Mei 2024", D(2024, 5, 3), D(2024, 5, 4), "range"),
    ("3 hingga 4 Mei 2024", D(2024, 5, 3), D(2024, 5, 4), "range"),
    ("3 sampai dengan 5 Mei 2024", D(2024, 5, 3), D(2024, 5, 5), "range"),
    ("3 s.d. 5 Mei 2024", D(2024, 5, 3), D(2024, 5, 5), "range"),
    ("antara 3 dan 5 Mei 2024", D(2024, 5, 3), D(2024, 5, 5), "range"),
    ("malam 3 ke 4 Mei 2024", D(2024, 5, 3), D(2024, 5, 4), "range"),       # the night of the 3rd into the 4th
    ("malam tanggal 3 ke 4 Mei 2024", D(2024, 5, 3), D(2024, 5, 4), "range"),
    ("31 Desember 2023 hingga 2 Januari 2024", D(2023, 12, 31), D(2024, 1, 2), "range"),
    ("Juli 2012", D(2012, 7, 1), D(2012, 7, 31), "month"),                  # Indonesian July: read in any language
    ("11. juli 1995.", D(1995, 7, 11), D(1995, 7, 11), "day"),              # so the Bosnian July is read too
])
def test_indonesian_and_malay_dates(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    assert _span(text) == (start, end, precision)


@pytest.mark.parametrize(("text", "message"), [
    ("12 Februari", "cannot read a date"),                              # no year
    ("malam 3 Mei 2024", "cannot read a date"),                         # which night?
    ("31 Juni 2024", "June 2024 has 30 days"),
    ("Selasa, 12 Februari 2024", "2024-02-12 was a Monday, not a Tuesday"),
    ("Senin Februari 2024", "a day of the week is read only before one day"),
    ("Maart 2012", "cannot read a date"),                               # Dutch months are not read
    ("12/02/2024", "write 2024-02-12"),
])
def test_indonesian_dates_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(message)):
        parse_date(text)


#: Monday first; several forms of a day joined by |: Indonesian, Malay, with the apostrophe.
_WEEKDAYS = ("Senin|Isnin", "Selasa", "Rabu", "Kamis|Khamis", "Jumat|Jum'at|Jumaat", "Sabtu", "Minggu|Ahad")
_MONTHS = ("Januari", "Februari", "Maret|Mac", "April", "Mei", "Juni|Jun", "Juli|Julai", "Agustus|Ogos",
           "September", "Oktober", "November", "Desember|Disember")


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)), st.integers(0, 5), st.booleans(),
       st.sampled_from(["", "hari ", "pada hari ", "pada "]))
@example(D(2024, 2, 12), 0, False, "")        # Senin, 12 Februari 2024
@example(D(2024, 8, 5), 1, False, "pada ")   # pada Isnin 5 Ogos 2024
@example(D(2024, 2, 29), 2, True, "hari ")   # a leap day, the wrong day of the week
def test_an_indonesian_weekday_before_its_date(day: dt.date, form: int, wrong: bool, lead: str) -> None:
    """Any day, in Indonesian or Malay, with its day of the week before it, reads as the day; with another day of
    the week it is refused, naming the day it was."""
    months = _MONTHS[day.month - 1].split("|")
    weekdays = _WEEKDAYS[(day.weekday() + wrong) % 7].split("|")
    written = f"{lead}{weekdays[form % len(weekdays)]}{',' if form % 2 else ''} {day.day} " \
              f"{months[form % len(months)]} {day.year}"
    if wrong:
        with pytest.raises(NormalizeError, match=f"{day.isoformat()} was a"):
            parse_date(written)
    else:
        assert _span(written) == (day, day, "day")


def test_the_docs_list_the_indonesian_forms() -> None:
    """Every form with a figure or a day in the Indonesian and Malay table of docs/normalization.md reads."""
    forms = documented_forms("### Indonesian and Malay")
    assert len(forms) > 25
    assert_forms_read(forms)


# ---------------------------------------------------------------------------------------------------------------
# 3. Event words
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("kontak tembak", "clash"), ("baku tembak", "clash"), ("tembak-menembak", "clash"), ("kontak senjata", "clash"),
    ("bentrokan", "clash"), ("pertempuran", "clash"), ("serangan", "clash"), ("penyerangan", "clash"),
    ("penyerangan terhadap tenaga kesehatan", "clash"), ("penghadangan", "clash"), ("serangan hendap", "clash"),
    ("penembakan", "shooting"), ("ditembak mati", "shooting"), ("gencatan senjata", "shooting"),
    ("penembakan dan pembakaran", "shooting"),
    ("serangan udara", "shelling"), ("serangan mortir", "shelling"), ("pesawat tempur", "shelling"),
    ("bom", "bombing"), ("ledakan", "bombing"), ("letupan", "bombing"), ("bom bunuh diri", "bombing"),
    ("serangan bom", "bombing"),
    ("ranjau darat", "mine"), ("bom rakitan", "mine"), ("bahan peledak", "mine"),
    ("penyanderaan", "abduction"), ("penculikan", "abduction"), ("pilot disandera", "abduction"),
    ("penyusupan", "incursion"), ("penyerbuan markas", "incursion"), ("penggerebekan", "incursion"),
    ("korban tewas", "casualty"), ("prajurit gugur", "casualty"), ("pembunuhan", "casualty"),
    ("investigasi Komnas HAM", "monitoring"), ("kecelakaan", "noncombat"), ("bunuh diri", "noncombat"),
    ("sepanjang tahun 2023", "total"),
    ("pembakaran", "unknown"),   # arson: no type, as the English "arson" has none
    ("perangkat", "unknown"),    # a device: not perang, war
])
def test_indonesian_and_malay_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("harin kunar bakin wake", "bombing"), ("hari", "clash"),   # Hausa, as before
    ("carro bomba", "bombing"), ("ataque", "clash"),             # Portuguese, as before
    ("mapigano", "clash"), ("mabomu ya ardhini", "mine"),        # Swahili, as before
])
def test_the_words_other_languages_share_keep_their_types(text: str, kind: str) -> None:
    assert event_type(text) == kind


def test_the_indonesian_stems_are_in_the_docs_table() -> None:
    text = (DOCS / "matching.md").read_text(encoding="utf-8")
    for stem in ("kontak tembak", "penembak", "serangan udara", "bom=", "ranjau", "sandera", "tewas", "investigasi"):
        assert any(stem in stems for stems in EVENT_TYPES_OTHER_LANGUAGES.values())
        assert stem in text


# ---------------------------------------------------------------------------------------------------------------
# 4. Parties and places
# ---------------------------------------------------------------------------------------------------------------

_PARTIES = PartyResolver((Party("tni-polri", "TNI-Polri", aliases=("TNI", "Polri")),
                          Party("tpnpb", "TPNPB-OPM", aliases=("OPM", "KKB", "KST"))))


@pytest.mark.parametrize(("text", "category"), [
    ("warga sipil", "civilians"), ("Sipil", "civilians"), ("penduduk", "civilians"), ("orang awam", "civilians"),
    ("prajurit", "soldiers"), ("tentara", "soldiers"), ("askar", "soldiers"), ("tentera", "soldiers"),
])
def test_a_word_for_civilians_or_soldiers_as_a_party_says_it_is_a_category(text: str, category: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(f"({text!r} is a word for {category}, who they were")):
        _PARTIES.resolve(text)


def test_party_names_as_indonesian_sources_write_them() -> None:
    """The TNI-Polri, TNI/Polri and TPNPB OPM name their parties."""
    assert _PARTIES.resolve("TNI/Polri") == "tni-polri"
    assert _PARTIES.resolve("tpnpb opm") == "tpnpb"


@pytest.mark.parametrize(("text", "party"), [
    ("pihak TNI", "tni-polri"), ("Pihak TNI-Polri", "tni-polri"), ("pihak KKB", "tpnpb"), ("pihak  OPM", "tpnpb"),
])
def test_pihak_before_a_name_is_that_party_s_side(text: str, party: str) -> None:
    """``pihak`` (side) before a party's name, as Indonesian and Malay name a party (pihak TNI: the TNI side), names
    that party; before, ``pihak KKB`` was refused as a name among other words."""
    assert _PARTIES.resolve(text) == party


@pytest.mark.parametrize(("text", "message"), [
    ("pihak", "unknown party 'pihak'"),                                # the word alone names no side
    ("pihak warga", "is a word for civilians"),                        # the residents' side: a category
    ("pihak TNI dan KKB", "it names 2 parties, tni-polri, tpnpb"),     # two sides
])
def test_pihak_before_no_one_party_is_refused(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=re.escape(message)):
        _PARTIES.resolve(text)


@pytest.mark.parametrize(("text", "names"), [
    ("Kampung Bilogai, Distrik Sugapa, Kabupaten Intan Jaya", ("Bilogai", "Sugapa", "Intan Jaya")),
    ("Distrik Ilaga, Kabupaten Puncak, Provinsi Papua Tengah", ("Ilaga", "Puncak", "Papua Tengah")),
    ("Desa Mugi, Kec. Mugi", ("Mugi", "Mugi")),
    ("Kab. Nduga", ("Nduga",)),
    ("di kota Dekai", ("Dekai",)),              # the town, in lower case
    ("Kota Kinabalu", ("Kota Kinabalu",)),      # capitalised, kota begins names
    ("di dekat Kiwirok", ("Kiwirok",)),         # near
    ("perbatasan Kiwirok", ("Kiwirok",)),       # the border
    ("Negeri Sembilan", ("Negeri Sembilan",)),  # a Malaysian state's name
    ("di negeri Perak", ("Perak",)),            # the state of Perak
    ("daerah Mimika", ("Mimika",)),
    ("Dusun Wandai", ("Wandai",)),              # the hamlet
    ("Dessa", ("Dessa",)),                      # a village of Tillabéri (Niger): desa is read by its spelling
    ("Deqat", ("Deqat",)),                      # and so is dekat
])
def test_indonesian_place_words_are_no_part_of_the_name(text: str, names: tuple[str, ...]) -> None:
    assert tuple(mention.name for mention in mentions(text)) == names


def test_indonesian_units_say_what_a_name_is() -> None:
    """A regency, a district and a province are regions; a kampung and a desa are settlements: Distrik Sugapa,
    Kabupaten Intan Jaya names Sugapa in Intan Jaya, as Sugapa district, Intan Jaya regency does."""
    text = "Kampung Bilogai, Distrik Sugapa, Kabupaten Intan Jaya"
    kinds = [(mention.name, mention.kind) for mention in mentions(text)]
    assert kinds == [("Bilogai", "settlement"), ("Sugapa", "region"), ("Intan Jaya", "region")]
    english = [(mention.name, mention.kind) for mention in mentions("Sugapa district, Intan Jaya regency")]
    assert english == [("Sugapa", "region"), ("Intan Jaya", "region")]


@pytest.mark.parametrize(("left", "right"), [
    ("Distrik Sugapa", "Sugapa"), ("Kampung Bilogai", "Bilogai"), ("Kab. Nduga", "Nduga"),
    ("Distrik Mugi, Kabupaten Nduga", "Mugi, Nduga"),
    ("Distrik Sugapa, Kabupaten Intan Jaya", "Sugapa district, Intan Jaya"),
])
def test_a_place_with_its_indonesian_unit_is_the_place(left: str, right: str) -> None:
    assert similarity(left, right) == 1.0


@pytest.mark.parametrize(("text", "names"), [
    ("Kampung Bilogai dan Kampung Eknemba", ("Bilogai", "Eknemba")),   # and
    ("Sugapa atau Hitadipa", ("Sugapa", "Hitadipa")),                 # or
    ("Tel Dan", ("Tel Dan",)),                                        # capitalised, Dan is a name
])
def test_dan_and_atau_part_two_places(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names
