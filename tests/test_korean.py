"""Korean counts, dates, party names, place texts and event words, as the Joint Chiefs of Staff, the Ministry of
National Defense, Yonhap, KCNA and Rodong Sinmun write them, and Korean names in the Revised Romanization and in
McCune–Reischauer (with its breves and apostrophes, or without them as KCNA writes)."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile import places
from reconcile.errors import NormalizeError
from reconcile.match import EVENT_TYPES_HANGUL, event_type
from reconcile.models import Party
from reconcile.normalize import PartyResolver, parse_count, parse_date
from tests.test_match import claim
from tests.test_match_areas import EMPTY, place


@pytest.mark.parametrize(("text", "low", "high"), [
    ("2명", 2, 2), ("2 명", 2, 2), ("46명", 46, 46), ("0명", 0, 0), ("3인", 3, 3),
    ("두 명", 2, 2), ("한 명", 1, 1), ("스무 명", 20, 20), ("열한 명", 11, 11), ("스물두 명", 22, 22),
    ("이십 명", 20, 20), ("십오", 15, 15), ("백오", 105, 105), ("이천", 2000, 2000), ("2만 명", 20_000, 20_000),
    ("1만5천 명", 15_000, 15_000),
    ("최소 20명", 20, None), ("적어도 2명", 2, None), ("최소한 5명", 5, None), ("20명 이상", 20, None),
    ("20명 넘게", 21, None), ("20명 초과", 21, None), ("최대 20명", 0, 20), ("20명 이하", 0, 20),
    ("20명 미만", 0, 19), ("약 30명", 24, 36), ("30명 가량", 24, 36), ("30명 정도", 24, 36),
    ("약 20명 정도", 16, 24), ("거의 50명", 40, 50), ("50명 가까이", 40, 50), ("10명 남짓", 11, 12),
    ("20여 명", 21, 29), ("십여 명", 11, 19), ("3천여 명", 3001, 3999), ("십수 명", 11, 19),
    ("수십 명", 30, 90), ("수백 명", 300, 900), ("최소 수십 명", 30, None), ("수 명", 3, 9), ("몇 명", 3, 9),
    ("두세 명", 2, 3), ("서너 명", 3, 4), ("대여섯 명", 5, 6), ("이삼십 명", 20, 30),
    ("20~30명", 20, 30), ("20∼30명", 20, 30), ("2~3천 명", 2000, 3000), ("10명 또는 12명", 10, 12),
    ("없음", 0, 0), ("사상자 없음", 0, 0), ("사상자", 1, None), ("다수", 6, None),
])  # fmt: skip
def test_korean_counts(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high, count.text) == (low, high, text)


@pytest.mark.parametrize("text", ["35여 명", "이이", "십십", "백백"])
def test_korean_numbers_that_make_no_number_are_refused(text: str) -> None:
    """여 after a number that does not end in 0 (35여: more than 35, short of what?), digits or units doubled."""
    with pytest.raises(NormalizeError, match="cannot read a count"):
        parse_count(text)


def test_a_korean_count_with_a_noun_names_the_count_to_write() -> None:
    with pytest.raises(NormalizeError, match=r"'사망' after the count is no part of it; write '2명'"):
        parse_count("2명 사망")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("2010년 11월 23일", "2010-11-23", "2010-11-23", "day"),
    ("2010년11월23일", "2010-11-23", "2010-11-23", "day"),
    ("2010년 11월 23일 오후", "2010-11-23", "2010-11-23", "day"),
    ("2010년 3월 26일 밤", "2010-03-26", "2010-03-26", "day"),
    ("2015년 8월 4일께", "2015-08-04", "2015-08-04", "day"),
    ("2010년 11월 23일에", "2010-11-23", "2010-11-23", "day"),
    ("2010년 11월 23일(화)", "2010-11-23", "2010-11-23", "day"),
    ("2010년 11월 23일 화요일", "2010-11-23", "2010-11-23", "day"),
    ("2010년 11월", "2010-11-01", "2010-11-30", "month"),
    ("2015년 8월 중", "2015-08-01", "2015-08-31", "month"),  # during August, not mid-August (중순)
    ("2010년", "2010-01-01", "2010-12-31", "year"),
    ("2015년 8월 초", "2015-08-01", "2015-08-10", "range"),
    ("2015년 8월 초순", "2015-08-01", "2015-08-10", "range"),
    ("2015년 8월 중순", "2015-08-11", "2015-08-20", "range"),
    ("2022년 11월 하순", "2022-11-21", "2022-11-30", "range"),
    ("2022년 12월 말", "2022-12-21", "2022-12-31", "range"),
    ("2015년 8월 20~21일", "2015-08-20", "2015-08-21", "range"),
    ("2015년 8월 20일부터 22일까지", "2015-08-20", "2015-08-22", "range"),
    ("2010년 12월 31일~2011년 1월 1일", "2010-12-31", "2011-01-01", "range"),
    ("주체99(2010)년 11월 23일", "2010-11-23", "2010-11-23", "day"),
    ("November 23, Juche 99 (2010)", "2010-11-23", "2010-11-23", "day"),
    ("2010.11.23", "2010-11-23", "2010-11-23", "day"),
    ("2010. 11. 23.", "2010-11-23", "2010-11-23", "day"),
    ("2010/11/23", "2010-11-23", "2010-11-23", "day"),
])  # fmt: skip
def test_korean_dates(text: str, start: str, end: str, precision: str) -> None:
    span = parse_date(text)
    assert (span.start, span.end, span.precision) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end),
                                                      precision)


@pytest.mark.parametrize(("text", "message"), [
    ("8월 초", r"it gives no year; write the year the source means before it \(2010년 11월 23일\)"),
    ("12월 26일", "it gives no year"),
    ("2010년 11월 23일(수)", "2010-11-23 was a Tuesday, not a Wednesday"),
    ("2010년 2월 30일", "February 2010 has 28 days"),
    ("주체99년 11월 23일", r"Juche calendar; write the Gregorian year \(99 \+ 1911 = 2010\)"),
    ("주체99(2011)년 11월 23일", "Juche 99 is 2010, not 2011"),
    ("2014년 10월 10일 오후 3시 50분경", "a time of day is no part of the date; write the day alone "
                                    r"\('2014년 10월 10일'\)"),
    ("2010.23.11", "there is no month 23"),
])  # fmt: skip
def test_korean_dates_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=message):
        parse_date(text)


def test_a_party_name_with_a_korean_particle_is_the_party() -> None:
    """Korean writes the subject, topic, object and genitive particles onto the noun: 북한군이 is 북한군."""
    resolver = PartyResolver((Party("dprk", "North Korea", ("북한", "북한군", "조선인민군")),
                              Party("rok", "South Korea", ("한국", "국군", "남조선"))))
    for text, party in (("북한군이", "dprk"), ("북한은", "dprk"), ("조선인민군의", "dprk"), ("국군 측", "rok"),
                        ("남조선이", "rok"), ("한국", "rok")):
        assert resolver.resolve(text) == party
    with pytest.raises(NormalizeError, match="unknown party '북한당국이'"):
        resolver.resolve("북한당국이")


def test_hangul_is_read_in_the_revised_romanization_with_its_sound_changes() -> None:
    """anyascii reads each syllable alone (백령도 as Baeglyeongdo); Korean says and the Revised Romanization writes
    the stop before ㄹ as a nasal and the ㄹ as n (Baengnyeong), ㄴ and ㄹ as ll (Silla), a final stop as k."""
    assert places._hangul_word("백령도") == "baengnyeongdo"
    assert places._hangul_word("신라") == "silla"
    assert places._hangul_word("독도") == "dokdo"
    assert places._hangul_word("종로") == "jongno"
    assert places._hangul_word("백령도", mccune_reischauer=True) == "paengnyongdo"
    assert places._hangul_word("동두천", mccune_reischauer=True) == "tongduchon"
    assert places.similarity("백령도", "Baengnyeong-do") == 1.0
    assert places.similarity("판문점", "Panmunjeom") == 1.0


@pytest.mark.parametrize(("hangul", "latin"), [
    ("연평도", "Yeonpyeong-do"), ("연평도", "Yeonpyeong Island"), ("연평도", "Yŏnp'yŏng-do"),
    ("연평도", "Yonphyong Islet"), ("연평도", "Yonphyongdo"), ("백령도", "Paengnyŏng-do"),
    ("백령도 인근 해상", "off Paengnyŏng Island"), ("연천군", "Yŏnch'ŏn county"), ("연천", "Yonchon"),
    ("파주", "P'aju"), ("개성", "Kaesŏng"), ("독도", "Tokto"), ("대청도", "Taech'ŏngdo"), ("청진", "Chongjin"),
    ("연천군", "Yeoncheon-gun"), ("파주시", "Paju-si"), ("삼곶리", "Samgot-ri"),
])  # fmt: skip
def test_korean_names_match_in_both_romanizations(hangul: str, latin: str) -> None:
    """The Revised Romanization (Yeonpyeong, Baengnyeong, Gaeseong) and McCune–Reischauer, with its breves and
    apostrophes or without them as KCNA writes (Yŏnp'yŏng, Yonphyong; Kaesŏng): ŏ and ŭ for eo and eu, k, t, p,
    ch for g, d, b, j first in a word, the hyphen before a unit (Yeoncheon-gun)."""
    assert places.same_place(hangul, latin)


@pytest.mark.parametrize(("a", "b"), [("연평도", "백령도"), ("연천", "연평도"), ("부산", "부천"), ("대구", "대전")])
def test_different_korean_places_stay_apart(a: str, b: str) -> None:
    assert not places.same_place(a, b)


@pytest.mark.parametrize(("text", "names"), [
    ("연평도에서", ["연평"]), ("연평도 일대", ["연평"]), ("대연평도에", ["대연평"]), ("백령도 인근 해상", ["백령"]),
    ("연천군 인근에서", ["연천"]), ("파주시 인근", ["파주"]),
    ("김포, 파주, 강화도 일대", ["김포", "파주", "강화"]), ("대구", ["대구"]), ("독도", ["독도"]),
    ("세종로", ["세종로"]), ("Yeoncheon-gun", ["Yeoncheon"]), ("Samgot-ri, Jung-myeon", ["Samgot", "Jung"]),
])  # fmt: skip
def test_korean_particles_and_units_are_set_apart_from_the_names(text: str, names: list[str]) -> None:
    """The particles written onto a word (에서, 에, 의) and the units (도, 군, 시, 리, and 면 after one syllable) come
    off where two syllables of the name stay; near (인근), the area (일대) and the sea off (해상) are words of
    context. One-syllable names that end in a unit's syllable (대구, Daegu; 독도, Dokdo) and the roads in 로 keep
    them."""
    assert [m.name for m in places.mentions(text)] == names


@pytest.mark.parametrize(("text", "places_read"), [
    ("경기도 연천군", [("연천", "region", True), ("경기", "region", False)]),
    ("연천군 중면 일대", [("중", "region", True), ("연천", "region", False)]),
    ("연천군 중면 삼곶리", [("삼곶", "settlement", False), ("중", "region", False), ("연천", "region", False)]),
])  # fmt: skip
def test_a_korean_address_is_read_smallest_first(text: str, places_read: list[tuple[str, str, bool]]) -> None:
    """Korean writes an address from the largest unit to the smallest, with spaces and no commas: read as the
    English address it is (Jung-myeon area, Yeoncheon County): the smallest unit is the area the text is about, the
    province (경기도) a region that contains it, no place of its own."""
    assert [(m.name, m.kind, m.area) for m in places.mentions(text)] == places_read


def test_a_county_in_mccune_reischauer_is_one_region_with_its_other_spellings() -> None:
    """The apostrophe of an aspirated consonant (Yŏnch'ŏn) is within the word: the region is Yonchon, not Yŏnch and
    ŏn."""
    weight, detail = place(claim("a/a", 0, "Yŏnch'ŏn county"), claim("b/b", 0, "Samgot village, Yonchon county"),
                           EMPTY)
    assert weight > 0
    assert "both lie in one region" in detail


@pytest.mark.parametrize(("text", "kind"), [
    ("포격 도발", "shelling"), ("포사격", "shelling"), ("해안포 사격", "shelling"), ("포격전", "clash"),
    ("교전", "clash"), ("총격전이 벌어졌다", "clash"), ("고사총 사격", "shooting"), ("총격", "shooting"),
    ("지뢰 폭발", "mine"), ("목함지뢰 도발", "mine"), ("무인기 침범", "incursion"), ("정찰 무인기 침투", "incursion"),
    ("폭발", "bombing"), ("납치", "abduction"), ("사고", "noncombat"), ("도발", "unknown"), ("천안함 침몰", "unknown"),
])  # fmt: skip
def test_korean_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind


@pytest.mark.parametrize(("stem", "kind"), sorted((stem, kind) for kind, stems in EVENT_TYPES_HANGUL.items()
                                                  for stem in stems))
def test_each_korean_stem_alone_gives_its_type(stem: str, kind: str) -> None:
    assert event_type(stem) == kind
    assert event_type(stem + "이") == kind  # with the particle written onto it
