"""Defects found in the QA of a case of the October 2019 Turkish offensive in north-east Syria (Ras al-Ain /
Serêkaniyê / Resulayn, Tell Abyad / Girê Spî, Akçakale, Nusaybin; Turkish, Kurmanji, Arabic, Russian and English
sources).

1. Turkish ranges of figures, as the Ministry of National Defence and the Turkish press write them (`10'dan 12'ye
   kadar`, `3'ten 5'e kadar`, `10 ile 12 arasında`, `10 ila 12`), were refused, where the Azerbaijani ones
   (`10-dan 12-yə qədər`, `10 ilə 12 arasında`) read; so were the vague `çok sayıda` (a large number), `birçok`,
   `pek çok` (many), `bazı` (some), `iki düzine` and the zero of `kimse`, `can kaybı yok` (nobody, no loss of
   life).
2. A night as Turkish dates it, the word of the night after its days (`9-10 Ekim 2019 gecesi`) or the night that
   joins one day to the next (`9 Ekim'i 10 Ekim'e bağlayan gece`), was refused, where the Azerbaijani and Armenian
   nights read.
3. Turkish place words in the cases and the plural the press writes them in (`Akçakale ilçesinde`, `Nusaybin
   ilçesine`, `Akçakale ve Ceylanpınar ilçeleri`, `Resulayn şehrinde`, `Nusaybin kentinde`, `Şanlıurfa ilinde`,
   `Ceylanpınar ilçe merkezine`) stayed in the name ("Akçakale ilçesinde", 0.85 from Akçakale) or made a place of
   their own ("merkezine"); and the Turkish "south of" written after the name (`Tel Abyad'ın güneyi`, `Fırat'ın
   doğusu`, `Resulayn'ın 10 km doğusunda`) stayed in the name, or made a place of its own ("güneyinde").
4. A road named by its number with a road word (`the M4 highway`, `rêya navneteweyî M4`, `طريق M4`, `M4
   karayolu`) was a name of its own with the road word in it (0.32 between "M4 highway" and "rêya navneteweyî
   M4"), so that the killing of Hevrin Khalaf on the M4 made two events; `трасса М-4` and `M-4 highway` were a road
   between two towns, "М" and "4"; and an Arabic compass word after a road's number (`طريق M4 جنوب تل أبيض`, the M4
   south of Tal Abyad) stayed in the name.
5. The Arabic "and" written onto a name that begins with a head word (`رأس العين وتل أبيض`, `الرقة ودير الزور`),
   not the article, was not taken off: the text was one place "رأس العين وتل أبيض"; nor was "and their
   countryside" (`وريفيهما`, `وريفها`), which stayed in the name.
6. A unit listed beside a town with "and" (`Akçakale ilçesi ve Ceylanpınar`, "Akcakale district and Ceylanpinar",
   "Akcakale and Ceylanpinar districts") was the region the town lay in, not a place of the incident: the
   ministry's mortar fire on Akçakale and Ceylanpınar was "Ceylanpınar, in Akçakale", 99 km from Reuters'
   "Akcakale", and the two accounts were kept apart without a place in common.
7. A Turkish genitive before a name (`Şanlıurfa'nın Akçakale ilçesi`, the Akçakale district of Şanlıurfa; `Mardin'in
   Nusaybin ilçesinde`) was read into one name, "Şanlıurfa Akçakale", "Mardin'in Nusaybin".
8. A Turkish day of the week, before the date or after it as the Turkish press writes it (`9 Ekim 2019
   Çarşamba`, `Çarşamba günü 9 Ekim 2019`), was refused; so were `13 Ekim 2019 tarihinde` (on the date) and `13
   Ekim 2019 günü` (on the day).
9. A running total dated "since" a day in Turkish (`9 Ekim'den bu yana`, `9 Ekim 2019'dan beri`, `Ekim ayından
   bu yana`), Arabic (`منذ 9 تشرين الأول`) or Kurmanji (`ji 9ê Cotmehê ve`, `ji destpêka êrişê ve`) was no period
   total, as "since 9 October" is: the ministry's running count of "neutralised" fighters was compared with single
   incidents.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.models import GazetteerEntry
from reconcile.normalize import parse_count, parse_date
from reconcile.pipeline import reconcile
from reconcile.places import mentions, place_lookups, similarity, split_places
from tests.readings import assert_forms_read, documented_forms
from tests.test_match import case_of, claim

# --- 1. Turkish ranges of figures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "low", "high"), [
    ("10'dan 12'ye kadar", 10, 12),
    ("10’dan 12’ye kadar", 10, 12),  # a typographic apostrophe
    ("3'ten 5'e kadar", 3, 5),
    ("40'tan 50'ye kadar", 40, 50),
    ("20'den 30'a kadar", 20, 30),
    ("10-dan 12-ye kadar", 10, 12),  # after a hyphen
    ("10 ile 12 arasında", 10, 12),
    ("10 ila 12 arasında", 10, 12),
    ("10 ila 12", 10, 12),
    ("on ile on iki arasında", 10, 12),  # number words
    ("10 ile 15 arası", 10, 15),
    ("çok sayıda", 6, None),
    ("birçok", 6, None),
    ("pek çok", 6, None),
    ("bazı", 1, None),
    ("iki düzine", 19, 29),
    ("kimse", 0, 0),
    ("hiç kimse", 0, 0),
    ("can kaybı yok", 0, 0),
])
def test_turkish_ranges_and_vague_counts_read(text: str, low: int, high: int) -> None:
    count = parse_count(text)
    assert (count.low, count.high) == (low, high)
    assert count.text == text


def test_turkish_range_backwards_is_refused() -> None:
    with pytest.raises(NormalizeError, match="runs backwards"):
        parse_count("12'den 10'a kadar")


def test_turkish_bounds_after_the_number_still_read() -> None:
    """The ranges leave the bounds written with one case ending as they were: up to, more than."""
    assert (parse_count("20'ye kadar").low, parse_count("20'ye kadar").high) == (0, 20)
    assert (parse_count("20'den fazla").low, parse_count("20'den fazla").high) == (21, None)


def test_azerbaijani_and_georgian_ranges_unchanged() -> None:
    assert (parse_count("10-dan 12-yə qədər").low, parse_count("10-dan 12-yə qədər").high) == (10, 12)
    assert (parse_count("10 ilə 12 arasında").low, parse_count("10 ilə 12 arasında").high) == (10, 12)
    assert (parse_count("10-დან 15-მდე").low, parse_count("10-დან 15-მდე").high) == (10, 15)


# --- 2. Turkish nights ------------------------------------------------------------------------------------------------

NIGHT = (dt.date(2019, 10, 9), dt.date(2019, 10, 10))


@pytest.mark.parametrize("text", [
    "9-10 Ekim 2019 gecesi",
    "9-10 Ekim gecesi, 2019",
    "9-10 Ekim gecesi 2019",
    "2019 yılı 9-10 Ekim gecesi",
    "9 Ekim'i 10 Ekim'e bağlayan gece, 2019",
    "2019 yılında 9 Ekim'i 10 Ekim'e bağlayan gece",
    "9 Ekim 2019'u 10 Ekim'e bağlayan gece",
    "9'u 10 Ekim 2019'a bağlayan gece",
    "9’u 10 Ekim 2019’a bağlayan gece",
    "9 Ekimi 10 Ekime bağlayan gece 2019",
])
def test_turkish_nights_read(text: str) -> None:
    span = parse_date(text)
    assert (span.start, span.end, span.precision) == (*NIGHT, "range")


def test_turkish_night_across_months_and_years() -> None:
    span = parse_date("30 Eylül'ü 1 Ekim 2019'a bağlayan gece")
    assert (span.start, span.end) == (dt.date(2019, 9, 30), dt.date(2019, 10, 1))
    span = parse_date("31 Aralık 2019'u 1 Ocak 2020'ye bağlayan gece")
    assert (span.start, span.end) == (dt.date(2019, 12, 31), dt.date(2020, 1, 1))


def test_turkish_night_needs_its_year_and_its_order() -> None:
    """A night without a year is refused, as every date without one is; one that runs backwards is refused."""
    with pytest.raises(NormalizeError):
        parse_date("9-10 Ekim gecesi")
    with pytest.raises(NormalizeError, match="ends before it starts"):
        parse_date("10-9 Ekim 2019 gecesi")


def test_turkish_days_and_ranges_unchanged() -> None:
    assert parse_date("9 Ekim 2019").precision == "day"
    assert (parse_date("9-10 Ekim 2019").start, parse_date("9-10 Ekim 2019").end) == NIGHT
    assert parse_date("2019 Ekim sonunda").start == dt.date(2019, 10, 21)


# --- 3. Turkish place words in their cases, and "south of" after the name ---------------------------------------------


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Akçakale ilçesinde", "Akçakale", "region"),
    ("Nusaybin ilçesine", "Nusaybin", "region"),
    ("Suruç ilçesindeki", "Suruç", "region"),
    ("Şanlıurfa ilinde", "Şanlıurfa", "region"),
    ("Tel Abyad bölgesindeki", "Tel Abyad", "region"),
    ("Resulayn şehri", "Resulayn", "settlement"),
    ("Resulayn şehrinde", "Resulayn", "settlement"),
    ("Nusaybin kentinde", "Nusaybin", "settlement"),
    ("Mürşitpınar köyüne", "Mürşitpınar", "settlement"),
    ("Yabanlı köylerinde", "Yabanlı", "settlement"),
    ("Tel Abyad şehir merkezi", "Tel Abyad", "settlement"),
])
def test_turkish_place_words_in_their_cases(text: str, name: str, kind: str) -> None:
    (found,) = mentions(text)
    assert (found.name, found.kind) == (name, kind)


def test_turkish_centre_in_the_dative_is_no_place() -> None:
    assert split_places("Ceylanpınar ilçe merkezine") == ("Ceylanpınar",)


def test_turkish_plural_unit_word_after_a_list() -> None:
    assert [m.name for m in mentions("Akçakale ve Ceylanpınar ilçeleri")] == ["Akçakale", "Ceylanpınar"]
    assert [m.name for m in mentions("Akçakale ve Ceylanpınar ilçelerine")] == ["Akçakale", "Ceylanpınar"]


@pytest.mark.parametrize(("text", "names"), [
    ("Tel Abyad'ın güneyi", ("Tel Abyad",)),
    ("Tel Abyad güneyinde", ("Tel Abyad",)),
    ("Resulayn'ın doğusunda", ("Resulayn",)),
    ("Resulayn'ın 10 km kuzeydoğusunda", ("Resulayn",)),
    ("Tel Abyad'ın 10 km güneyinde", ("Tel Abyad",)),
    ("Tel Abyad'ın batısındaki köyler", ("Tel Abyad",)),
])
def test_turkish_compass_after_the_name_is_context(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


@pytest.mark.parametrize("name", ["Güneysu", "Kuzey Kıbrıs", "Doğubayazıt"])
def test_turkish_bare_compass_words_stay_in_names(name: str) -> None:
    assert split_places(name) == (name,)


def test_turkish_city_word_is_spelled() -> None:
    """Kent is a name (the English county): only kenti, as Turkish spells it after a name, is the word."""
    assert split_places("Kent") == ("Kent",)
    assert split_places("Nusaybin kenti") == ("Nusaybin",)


def test_akcakale_in_the_turkish_ministry_words_meets_the_english_spelling() -> None:
    """The Turkish ministry's "Akçakale ilçesinde" and Reuters' "Akcakale", the same day with one figure: one event
    through the gazetteer place."""
    akcakale = GazetteerEntry(id="akcakale", name="Akçakale", variants=("Akcakale",), lat=36.71, lon=38.95)
    ministry = claim("msb/a", 0, "Akçakale ilçesinde", killed={"turkey": 2})
    agency = claim("reuters/b", 0, "Akcakale", killed={"turkey": 2})
    assert place_lookups("Akçakale ilçesinde", None) == (("Akçakale", None),)
    assert len(reconcile(case_of(ministry, agency, gazetteer=[akcakale])).events) == 1


# --- 4. roads named by their number ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "M4", "the M4 highway", "M4 highway", "the M4 road", "the international M4 road", "rêya navneteweyî M4",
    "li ser rêya M4", "M4 karayolu", "M4 karayolunda", "طريق M4", "الطريق الدولي M4", "أوتوستراد M4",
])
def test_a_numbered_road_is_its_number(text: str) -> None:
    assert split_places(text) == ("M4",)


@pytest.mark.parametrize("text", ["трасса М-4", "M-4 highway"])
def test_a_road_number_with_a_hyphen_is_no_road_between_two_towns(text: str) -> None:
    (found,) = mentions(text)
    assert not found.reference
    assert similarity(found.name, "M4") == 1.0


@pytest.mark.parametrize(("text", "reference"), [
    ("M4 highway south of Tal Abyad", "Tal Abyad"),
    ("li ser rêya navneteweyî M4, başûrê Girê Spî", "Girê Spî"),
    ("طريق M4 جنوب تل أبيض", "تل أبيض"),
    ("على طريق M4 شرق عين عيسى", "عين عيسى"),
])
def test_a_direction_after_a_numbered_road_names_its_town(text: str, reference: str) -> None:
    found = mentions(text)
    assert [(m.name, m.reference) for m in found] == [("M4", False), (reference, True)]


@pytest.mark.parametrize(("text", "names"), [
    ("Djakovica-Decane road", ("Djakovica", "Decane")),
    ("the Gao–Ansongo road", ("Gao", "Ansongo")),
    ("Route 7", ("Route 7",)),
    ("Abbey Road", ("Abbey Road",)),
    ("جنوب تل أبيض", ("جنوب تل أبيض",)),
    ("شمال دارفور", ("شمال دارفور",)),
])
def test_roads_between_towns_and_arabic_compass_names_unchanged(text: str, names: tuple[str, ...]) -> None:
    assert tuple(place for place, _region in place_lookups(text, None)) == names


def test_three_accounts_of_one_killing_on_the_m4_make_one_event() -> None:
    """The killing of Hevrin Khalaf on the M4 as the SDF (Kurmanji), SOHR (Arabic) and Reuters (English) place it."""
    sdf = claim("sdf/a", 0, "li ser rêya navneteweyî M4, başûrê Girê Spî", killed={"sdf": 2})
    sohr = claim("sohr/b", 0, "طريق M4 جنوب تل أبيض", killed={"sdf": 9})
    reuters = claim("reuters/c", 0, "M4 highway south of Tal Abyad", stance="denies")
    assert len(reconcile(case_of(sdf, sohr, reuters)).events) == 1


# --- 5. the Arabic "and" before a head word, and "and their countryside" ---------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("رأس العين وتل أبيض", ("رأس العين", "تل أبيض")),
    ("تل أبيض ورأس العين", ("تل أبيض", "رأس العين")),
    ("رأس العين وعين عيسى", ("رأس العين", "عين عيسى")),
    ("الرقة ودير الزور", ("الرقة", "دير الزور")),
    ("خان شيخون وكفر نبل", ("خان شيخون", "كفر نبل")),
    ("مدينة رأس العين وقرية تل حلف", ("رأس العين", "تل حلف")),
    ("رأس العين وتل أبيض وريفيهما", ("رأس العين", "تل أبيض")),
    ("الرقة وريفها", ("الرقة",)),
])
def test_arabic_and_before_a_head_word(text: str, names: tuple[str, ...]) -> None:
    assert split_places(text) == names


@pytest.mark.parametrize("name", ["وادي خالد", "وتل أبيض"])
def test_a_name_that_begins_with_waw_keeps_it(name: str) -> None:
    """Only after another word: a text's first word keeps its و (Wadi Khalid)."""
    assert split_places(name) == (name,)


def test_every_documented_azerbaijani_and_turkish_form_reads() -> None:
    """Every form with a figure or a day in the Azerbaijani and Turkish tables of docs/normalization.md reads."""
    assert_forms_read(documented_forms("### Azerbaijani and Turkish"))


# --- 6. a unit listed beside a town -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("Akçakale ilçesi ve Ceylanpınar", [("Akçakale", None), ("Ceylanpınar", None)]),
    ("Akcakale district and Ceylanpinar", [("Akcakale", None), ("Ceylanpinar", None)]),
    ("Akcakale and Ceylanpinar districts", [("Akcakale", None), ("Ceylanpinar", None)]),
    ("Spin Boldak district and Kandahar city", [("Spin Boldak", None), ("Kandahar", None)]),
    ("Akçakale ilçesi ve Ceylanpınar ilçesi", [("Akçakale", None), ("Ceylanpınar", None)]),
])
def test_a_unit_listed_beside_a_town_is_no_region_of_it(text: str, names: list[tuple[str, None]]) -> None:
    assert list(place_lookups(text, None)) == names
    assert all(m.area for m in mentions(text) if m.kind == "region")


@pytest.mark.parametrize(("text", "names"), [
    ("Selydove and Kurakhove, Pokrovsk district", [("Selydove", "Pokrovsk"), ("Kurakhove", "Pokrovsk"),
                                                   ("Pokrovsk", None)]),
    ("Ağdam kəndi, Tovuz rayonu", [("Ağdam", "Tovuz"), ("Tovuz", None)]),
    # the seed: a unit beside a piece of several names stays a region
    ("the section of the Armenia-Azerbaijan border that runs between Tavush Province and Qazakh Rayon",
     [("Armenia-Azerbaijan", "Tavush"), ("that runs", "Tavush"), ("Tavush", None), ("Qazakh", None)]),
])
def test_a_unit_after_a_comma_stays_the_region(text: str, names: list[tuple[str, str | None]]) -> None:
    assert list(place_lookups(text, None)) == names


def test_the_ministry_fire_on_akcakale_and_ceylanpinar_meets_reuters_akcakale() -> None:
    entries = [GazetteerEntry(id="akcakale", name="Akçakale", variants=("Akcakale",), lat=36.71, lon=38.95),
               GazetteerEntry(id="ceylanpinar", name="Ceylanpınar", variants=("Ceylanpinar",), lat=36.85, lon=40.05)]
    ministry = claim("msb/a", 0, "Akçakale ilçesi ve Ceylanpınar", killed={"turkey": 2})
    agency = claim("reuters/b", 0, "Akcakale", killed={"turkey": 2})
    assert len(reconcile(case_of(ministry, agency, gazetteer=entries)).events) == 1


# --- 7. the Turkish genitive before a name -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "names"), [
    ("Şanlıurfa'nın Akçakale ilçesi", [("Akçakale", "Şanlıurfa"), ("Şanlıurfa", None)]),
    ("Şanlıurfa’nın Akçakale ilçesinde", [("Akçakale", "Şanlıurfa"), ("Şanlıurfa", None)]),
    ("Mardin'in Nusaybin ilçesinde", [("Nusaybin", "Mardin"), ("Mardin", None)]),
    ("Tel Abyad'ın Süluk beldesi", [("Süluk", "Tel Abyad"), ("Tel Abyad", None)]),
    ("Akçakale'nin Yabanlı köyünde", [("Yabanlı", "Akçakale"), ("Akçakale", None)]),
])
def test_a_turkish_genitive_names_the_unit_of_the_name_after_it(text: str,
                                                                names: list[tuple[str, str | None]]) -> None:
    assert list(place_lookups(text, None)) == names


@pytest.mark.parametrize(("text", "names"), [
    ("Tel Abyad'ın merkezi", [("Tel Abyad", None)]),  # before a noun: whose centre
    ("Nerk'in Getashen", [("Nerk'in Getashen", None)]),  # an Armenian aspirate, no Turkish letter
    ("Jaba'in Gharbi", [("Jaba'in Gharbi", None)]),
])
def test_other_apostrophes_before_a_name_unchanged(text: str, names: list[tuple[str, None]]) -> None:
    assert list(place_lookups(text, None)) == names


# --- 8. Turkish days of the week -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Çarşamba, 9 Ekim 2019", "Çarşamba günü 9 Ekim 2019", "9 Ekim 2019 Çarşamba", "9 Ekim 2019, Çarşamba",
    "9 Ekim 2019 Çarşamba günü", "9 Ekim 2019 carsamba",
])
def test_turkish_day_of_the_week_reads(text: str) -> None:
    span = parse_date(text)
    assert (span.start, span.end, span.precision) == (dt.date(2019, 10, 9), dt.date(2019, 10, 9), "day")


@pytest.mark.parametrize("text", ["13 Ekim 2019 tarihinde", "13 Ekim 2019 günü", "13 Ekim günü, 2019"])
def test_turkish_on_the_date_reads(text: str) -> None:
    """tarihinde (on the date) and günü (on the day) after a date, as Turkish statements write them."""
    span = parse_date(text)
    assert (span.start, span.precision) == (dt.date(2019, 10, 13), "day")


def test_turkish_day_of_the_week_is_checked() -> None:
    with pytest.raises(NormalizeError, match="2019-10-09 was a Wednesday, not a Thursday"):
        parse_date("9 Ekim 2019 Perşembe")
    with pytest.raises(NormalizeError, match="only before one day"):
        parse_date("9-10 Ekim 2019 Çarşamba")
    assert parse_date("13 Ekim 2019 Pazar").start == dt.date(2019, 10, 13)


# --- 9. "since" a day in Turkish, Arabic and Kurmanji ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "9 Ekim'den bu yana etkisiz hâle getirilen teröristler", "harekâtın başladığı 9 Ekim’den bu yana",
    "9 Ekim 2019'dan beri", "Ekim'den bu yana", "Ekim ayından bu yana", "9 Ekim tarihinden itibaren",
    "2019 yılından beri", "منذ 9 تشرين الأول", "منذ ٩ أكتوبر", "ji 9ê Cotmehê ve", "ji 9ê Cotmeha 2019an ve",
    "ji destpêka êrişê ve",
])
def test_since_a_day_is_a_period_total(text: str) -> None:
    assert event_type(text) == "total"


@pytest.mark.parametrize(("text", "kind"), [
    ("sabahtan beri çatışma", "clash"),  # since the morning: one incident's start
    ("dünden beri çatışma", "clash"),
    ("ji êvarê ve şer", "clash"),
    ("منذ الصباح", "unknown"),
])
def test_since_a_time_of_day_is_no_total(text: str, kind: str) -> None:
    assert event_type(text) == kind
