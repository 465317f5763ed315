"""Turkish cross-border operations in Iraqi Kurdistan, summer 2022: the Zakho (Parakh / Barakh resort) shelling of
20 July 2022, which Iraq and the Kurdistan Region blamed on Turkey and Turkey's ministries denied, blaming the PKK.

From a QA case of Iraqi (Arabic), KRG and Rudaw (Sorani, Kurmanji, English), Turkish (MFA, MoD), HPG and Reuters
claims:

- a resort struck in a place is named by its place, as a hospital is: "Barakh resort", "a resort in Zakho", Arabic
  مصيف برخ, Sorani هاوینەهەواری پەرەخ, Kurmanji havîngeha Perexê. Before, "resort", مصيف, هاوینەهەواری and
  havîngeha were words of the name ("'resort' and 'Barakh resort' are one name"; "'مصيف برخ' and 'Barakh resort'
  are different names", −4), and the Rudaw English report and the Security Media Cell's stood as events of their
  own;
- the Sorani units written before their names, قەزای (the district of), پارێزگای (the province of), ناحیەی (the
  sub-district of), گوندەکانی (the villages of), کەمپی (the camp of), were words of the name: "قەزای زاخۆ" was a
  place other than Zakho; so were the Arabic التابعة لقضاء (belonging to the district of) and the Turkish "Duhok
  iline bağlı Zaho ilçesi" (the district of Zakho, of Duhok province) and "Mahmur kampında" (in the Makhmour camp);
- a town the gazetteer lists in a province of another name ("Zakho", region Duhok) was no seat of the district
  named after it, so the Turkish foreign ministry's bare "Zaho" weighed −4 against "Barakh, Zakho district", where
  the same name without a gazetteer entry weighed +1;
- a denial that clears its own side ("the Turkish army did not shell the resort") beside a claim that names a third
  party ("the PKK did it") was an attribution conflict whose sentence read "… says Turkey did" of the denial.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from reconcile.errors import NormalizeError
from reconcile.load import load_case
from reconcile.match import MatchConfig, claim_features, score_pair
from reconcile.models import Claim, DateSpan, GazetteerEntry
from reconcile.normalize import parse_date
from reconcile.notes import case_notes
from reconcile.pipeline import reconcile
from reconcile.places import Gazetteer, mentions

DAY = dt.date(2022, 7, 20)
IRAQ = Gazetteer((
    GazetteerEntry(id="zakho", name="Zakho", variants=("زاخو", "زاخۆ", "Zaxo", "Zaho"), country="iraq",
                   region="Duhok", lat=37.1436, lon=42.6819),
    GazetteerEntry(id="duhok", name="Duhok", variants=("دهوك", "دهۆک", "Dihok"), country="iraq", region="Duhok",
                   lat=36.8669, lon=42.9503),
))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("a resort in Zakho, Kurdistan region", ["Zakho", "Kurdistan"]),
        ("Barakh resort, Zakho district", ["Barakh", "Zakho"]),
        ("a tourist resort near Zakho", ["Zakho"]),
        ("مصيف برخ في قضاء زاخو", ["برخ", "زاخو"]),
        ("مصيف سياحي في محافظة دهوك", ["دهوك"]),
        ("منتجع برخ السياحي", ["برخ"]),
        ("هاوینەهەواری پەرەخ، زاخۆ", ["پەرەخ", "زاخۆ"]),
        ("havîngeha Perexê, Zaxo", ["Perexê", "Zaxo"]),
        ("Zaho'daki turistik tesis", ["Zaho"]),
        ("پەرەخ، قەزای زاخۆ", ["پەرەخ", "زاخۆ"]),
        ("پارێزگای دهۆک", ["دهۆک"]),
        ("گوندەکانی ناحیەی کانی ماسێ، ئامێدی", ["کانی ماسێ", "ئامێدی"]),
        ("قهزای زاخۆ", ["زاخۆ"]),  # ە typed as ه
        # Arabic "belonging to" a unit, and the unit with "to" written onto it (التابعة لقضاء زاخو); before, one name
        ("ناحية دركار التابعة لقضاء زاخو", ["دركار", "زاخو"]),
        ("مخيم مخمور التابع لمحافظة نينوى", ["مخمور", "نينوى"]),
        # Turkish: the province of, belonging to (Duhok iline bağlı Zaho ilçesi: before, "Duhok iline bağlı Zaho"),
        # and the camp in its cases
        ("Duhok iline bağlı Zaho ilçesi", ["Zaho", "Duhok"]),
        ("Irak'ın Duhok iline bağlı Zaho ilçesinde", ["Zaho", "Irak", "Duhok"]),
        ("Zaho ilçesine bağlı Derkar beldesi", ["Derkar", "Zaho"]),
        ("Mahmur kampında", ["Mahmur"]),
        ("Mahmur Kampı", ["Mahmur"]),
        # Sorani: the camp of
        ("کەمپی مەخموور", ["مەخموور"]),
        # Kurmanji and Sorani "belonging to" (girêdayî, سەر بە): before, "girêdayî" a region of its own, "girêdayî
        # Zaxoyê" and "پەرەخی سەر بە زاخۆ" one name each
        ("gundê Kanî Masê yê girêdayî navçeya Amêdiyê", ["Kanî Masê", "Amêdiyê"]),
        ("havîngeha Perexê ya girêdayî Zaxoyê", ["Perexê", "Zaxoyê"]),
        ("گوندی کانی ماسێ سەر بە قەزای ئامێدی", ["کانی ماسێ", "ئامێدی"]),
        ("هاوینەهەواری پەرەخی سەر بە زاخۆ", ["پەرەخی", "زاخۆ"]),
    ],
)
def test_resorts_and_the_sorani_units_are_no_words_of_the_name(text: str, names: list[str]) -> None:
    assert [mention.name for mention in mentions(text)] == names


@pytest.mark.parametrize("name", ["Masyaf", "مصياف"])
def test_names_that_look_like_the_words_stay(name: str) -> None:
    """Masyaf (مصياف, a town of Syria) is no مصيف."""
    assert [mention.name for mention in mentions(name)] == [name]


def _claim(source: str, place: str) -> Claim:
    return Claim(source=source, id="c", stated=DAY, quote="q", date=DateSpan(DAY, DAY, "day"), place=place)


def _place(a: str, b: str, gazetteer: Gazetteer) -> tuple[float, str]:
    fa, fb = claim_features([_claim("s1", a), _claim("s2", b)], gazetteer=gazetteer)
    found = next(c for c in score_pair(fa, fb).contributions if c.feature == "place")
    return found.weight, found.detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Barakh resort", "a resort in Zakho"),  # before: "'Barakh resort' and 'resort' are one name"
    ],
)
def test_two_resorts_of_two_places_are_not_one_name(a: str, b: str) -> None:
    assert _place(a, b, IRAQ)[0] < MatchConfig().place_same_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("مصيف برخ", "Barakh resort"),  # before: different names, -4
        ("هاوینەهەواری پەرەخ", "Barakh resort"),
        ("havîngeha Perexê", "هاوینەهەواری پەرەخ"),
    ],
)
def test_one_resort_in_three_scripts_is_one_name(a: str, b: str) -> None:
    assert _place(a, b, IRAQ)[0] == _place(b, a, IRAQ)[0] == MatchConfig().place_same_name


@pytest.mark.parametrize(
    ("bare", "other", "gazetteer"),
    [
        *((bare, other, IRAQ) for bare in ("Zaho", "Zakho", "زاخو", "Zaxo")
          for other in ("Barakh resort, Zakho district", "مصيف برخ في قضاء زاخو")),
        # without a gazetteer, as before: the name as the district is written
        ("Zakho", "Barakh resort, Zakho district", Gazetteer(())),
        ("زاخو", "مصيف برخ في قضاء زاخو", Gazetteer(())),
    ],
)
def test_a_town_may_stand_for_the_district_named_after_it(bare: str, other: str, gazetteer: Gazetteer) -> None:
    """With the gazetteer's Zakho (region Duhok) as without it, the bare name may be Zakho district, which holds
    Barakh: one region, either way round (with the gazetteer it was -4, different names; without it, the name
    compares only as the district is spelled)."""
    weight = MatchConfig().place_same_region
    assert _place(bare, other, gazetteer)[0] == weight
    assert _place(other, bare, gazetteer)[0] == weight


@pytest.mark.parametrize("turkish", ["Irak'ın Duhok iline bağlı Zaho ilçesinde", "Duhok iline bağlı Zaho ilçesi"])
def test_the_turkish_district_of_its_province_is_the_district(turkish: str) -> None:
    """The foreign ministry's "Irak'ın Duhok iline bağlı Zaho ilçesinde" (in the district of Zakho, of Duhok province
    of Iraq) is Zakho district, as "Zaho ilçesinde" and "Zakho district, Duhok province" are, and meets Zakho as one
    gazetteer place (before, "Duhok iline bağlı Zaho" was one name, and the pair weighed one region, +1)."""
    assert _place(turkish, "Zakho", IRAQ)[0] == MatchConfig().place_same_entry
    assert _place(turkish, "Zakho district, Duhok province", IRAQ)[0] == MatchConfig().place_same_entry


def test_a_town_is_no_seat_of_a_district_named_otherwise() -> None:
    """Zakho is no seat of Amedi district: Barakh, Amedi district stays another place."""
    assert _place("Zakho", "Barakh resort, Amedi district", IRAQ)[0] < 0


CASE = """\
case: zakho-2022
title: Zakho resort shelling
parties:
  - {id: iraq, name: Iraq, aliases: [العراق]}
  - {id: turkey, name: Turkey, aliases: [Türkiye, تركيا]}
  - {id: pkk, name: PKK}
"""
GAZETTEER = """\
places:
  - {id: zakho, name: Zakho, variants: [زاخو, زاخۆ, Zaxo, Zaho], country: iraq, region: Duhok}
"""
RESORT = {
    "iq-mofa.yaml": """\
        source: {id: iq-mofa, name: Iraqi Ministry of Foreign Affairs, kind: belligerent, speaks_for: iraq}
        claims:
          - id: m1
            stated: 2022-07-20
            quote: القصف المدفعي التركي الذي استهدف مصيف برخ في قضاء زاخو
            date: ٢٠ تموز ٢٠٢٢
            place: مصيف برخ في قضاء زاخو
            event: قصف مدفعي
            initiator: تركيا
            casualties:
              - {party: iraq, category: civilians, killed: ٩, wounded: ٢٣}
        """,
    "rudaw.yaml": """\
        source: {id: rudaw, name: Rudaw, kind: media}
        claims:
          - id: en
            stated: 2022-07-20
            quote: Nine tourists were killed when Turkish artillery struck the Barakh resort
            date: 20 July 2022
            place: Barakh resort
            event: artillery shelling
            initiator: Turkey
            casualties:
              - {party: iraq, category: civilians, killed: nine, wounded: at least 23}
        """,
    "krg.yaml": """\
        source: {id: krg, name: Kurdistan Regional Government, kind: belligerent, speaks_for: iraq}
        claims:
          - id: k1
            stated: 2022-07-20
            quote: تۆپبارانی سەر هاوینەهەواری پەرەخ لە قەزای زاخۆ، کە بووە هۆی گیانلەدەستدانی ۹ گەشتیار
            date: ٢٠ی تەمموزی ٢٠٢٢
            place: هاوینەهەواری پەرەخ
            region: قەزای زاخۆ
            event: تۆپباران
            casualties:
              - {party: iraq, category: civilians, killed: ۹, wounded: ۲۳}
        """,
}
DENIALS = {
    "iq-pmo.yaml": """\
        source: {id: iq-pmo, name: Iraqi Prime Minister's Office, kind: belligerent, speaks_for: iraq}
        claims:
          - id: p1
            stated: 2022-07-21
            quote: الاعتداء التركي الغاشم على مصيف برخ في زاخو
            date: 20 تموز 2022
            place: زاخو
            initiator: تركيا
            casualties:
              - {party: iraq, category: civilians, killed: 9}
        """,
    "tr-mfa.yaml": """\
        source: {id: tr-mfa, name: Turkish Ministry of Foreign Affairs, kind: belligerent, speaks_for: turkey}
        claims:
          - id: t1
            stated: 2022-07-20
            quote: Bu tür saldırıların terör örgütü tarafından gerçekleştirildiği ortadadır.
            date: 20 Temmuz 2022
            place: Zaho
            initiator: pkk
        """,
    "tr-msb.yaml": """\
        source: {id: tr-msb, name: Turkish Ministry of National Defence, kind: belligerent, speaks_for: turkey}
        claims:
          - id: d1
            stated: 2022-07-21
            quote: Zaho'daki saldırıyla hiçbir ilgimiz yoktur.
            date: 20 Temmuz 2022
            place: Zaho'da
            stance: denies
            initiator: turkey
        """,
}


def _case(tmp_path: Path, sources: dict[str, str]) -> Path:
    for name, text in {"case.yaml": CASE, "gazetteer.yaml": GAZETTEER, **sources}.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def test_the_resort_in_three_languages_is_one_event(tmp_path: Path) -> None:
    """The Iraqi ministry's مصيف برخ, Rudaw's Barakh resort and the KRG's هاوینەهەواری پەرەخ: one incident (the
    ministry's and Rudaw's places were different names, -4, and Rudaw's report stood alone)."""
    rec = reconcile(load_case(_case(tmp_path, RESORT)))
    assert [sorted(event.claims) for event in rec.events] == [["iq-mofa/m1", "krg/k1", "rudaw/en"]]


def test_a_denial_clearing_its_side_agrees_with_a_claim_naming_another(tmp_path: Path) -> None:
    """The defence ministry clears Turkey, the foreign ministry names the PKK: no attribution conflict between them
    (before: "… says PKK started it; … says Turkey did", of the denial). The denial still disputes the claim that
    blames Turkey, and so does the foreign ministry's PKK."""
    (event,) = reconcile(load_case(_case(tmp_path, DENIALS))).events
    attribution = {conflict.claims: conflict for conflict in event.conflicts if conflict.kind == "attribution"}
    assert sorted(attribution) == [("iq-pmo/p1", "tr-mfa/t1"), ("iq-pmo/p1", "tr-msb/d1")]
    assert attribution[("iq-pmo/p1", "tr-msb/d1")].values == ("Turkey", "not Turkey")
    assert attribution[("iq-pmo/p1", "tr-mfa/t1")].values == ("Turkey", "PKK")
    assert attribution[("iq-pmo/p1", "tr-msb/d1")].summary == (
        "Iraqi Prime Minister's Office says Turkey started it; Turkish Ministry of National Defence denies that "
        "Turkey did.")


# --- dates as the Kurdish and Turkish statements wrote them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # Sorani: the day of the week before the date, after ڕۆژی (the day of) or not, spaced or joined, and typed
        # with ه for ە (refused before: "cannot read a date")
        ("ڕۆژی چوارشەممە ٢٠ی تەمموزی ٢٠٢٢", "2022-07-20", "2022-07-20"),
        ("چوارشەممە، ٢٠ی تەمموزی ٢٠٢٢", "2022-07-20", "2022-07-20"),
        ("چوار شەممە ٢٠ی تەمموزی ٢٠٢٢", "2022-07-20", "2022-07-20"),
        ("چوارشهممه ٢٠ی تهمموزی ٢٠٢٢", "2022-07-20", "2022-07-20"),
        ("هەینی ٢٢ی تەمموزی ٢٠٢٢", "2022-07-22", "2022-07-22"),
        ("ڕۆژی یەکشەممە ۲٤ی تەمموزی ۲۰۲۲", "2022-07-24", "2022-07-24"),
        # Sorani month spellings with a long vowel written out: تەممووز, تەمووز (July), شووبات (February)
        ("٢٠ی تەممووزی ٢٠٢٢", "2022-07-20", "2022-07-20"),
        ("٢٠ی تەمووزی ٢٠٢٢", "2022-07-20", "2022-07-20"),
        ("١٠ی شووباتی ٢٠٢٢", "2022-02-10", "2022-02-10"),
        # Sorani: the night of two days that follow each other (as the Kurmanji şeva, the Arabic ليلة)
        ("شەوی 16 بۆ 17ی ئابی 2022", "2022-08-16", "2022-08-17"),
        ("شەوی نێوان ١٦ و ١٧ی ئابی ٢٠٢٢", "2022-08-16", "2022-08-17"),
        ("شەوی 16ی ئابی 2022", None, None),  # which night?
        # Turkish: two days joined by ve (and), as 20-21 Temmuz and the Kurmanji 20 û 21ê Tîrmehê are read
        ("20 ve 21 Temmuz 2022", "2022-07-20", "2022-07-21"),
        ("Zaho'da 20 ve 21 Temmuz 2022", None, None),
    ],
)
def test_kurdish_and_turkish_dates(text: str, start: str | None, end: str | None) -> None:
    if start is None:
        with pytest.raises(NormalizeError):
            parse_date(text)
        return
    span = parse_date(text)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_a_sorani_day_of_the_week_is_checked() -> None:
    """Wednesday 20 July 2022 written as Tuesday: refused, naming the day it was."""
    with pytest.raises(NormalizeError, match="was a Wednesday, not a Tuesday"):
        parse_date("ڕۆژی سێشەممە ٢٠ی تەمموزی ٢٠٢٢")


def test_a_long_word_before_bagli_is_read() -> None:
    """The Turkish unit before bağlı is looked for from the start of each word, not from each letter (from each
    letter, a word of 20,000 letters before it took about two minutes: the speed is the benchmarks' to measure),
    and the unit still moves after such a word."""
    found = mentions("a" * 20_000 + ", Duhok iline bağlı Zaho ilçesi")
    assert [mention.name for mention in found][-2:] == ["Zaho", "Duhok"]


# --- an assertion and a denial in one statement -----------------------------------------------------------------

HPG = {
    "hpg.yaml": """\
        source: {id: hpg, name: HPG press centre, kind: belligerent, speaks_for: pkk}
        claims:
          - id: h1
            stated: 2022-07-21
            quote: Artêşa dagirker a tirk havîngeha Perexê ya li Zaxoyê bombebaran kir û bi kêmanî 9 sivîl qetil kirin.
            date: 20'ê Tîrmehê 2022
            place: havîngeha Perexê, Zaxo
            initiator: turkey
          - id: h2
            stated: 2022-07-21
            quote: Derewên dewleta tirk ên ku vê komkujiyê dixin stûyê gerîla ne rast in.
            date: 20'ê Tîrmehê 2022
            place: Perex, Zaxo
            stance: denies
            initiator: pkk
          - id: h3
            stated: 2022-07-21
            quote: Li herêma Zapê êrîşên artêşa tirk hatin pûçkirin.
            date: 20'ê Tîrmehê 2022
            place: herêma Zapê
            stance: denies
            initiator: pkk
        """,
}


def test_an_assertion_and_a_denial_of_one_statement_are_noted(tmp_path: Path) -> None:
    """The HPG's "the Turkish army shelled Parakh" and "the accusations against the guerrillas are lies", written as
    two claims of one statement, are two incidents that never share an event: the denial is noted, naming the
    assertion (no note before); its denial about another place is not."""
    _case(tmp_path, HPG)
    found = [note for note in case_notes(load_case(tmp_path)) if note.field == "stance"]
    assert [(note.claim, note.field) for note in found] == [("hpg/h2", "stance")]
    assert "h2 denies and h1 asserts, stated the same day, 2022-07-21" in found[0].message
    assert "write it as one claim, h1 with its initiator and figures" in found[0].message
