"""Chinese counts, dates, place texts and event words, as PLA, Foreign Ministry, Xinhua and Taiwanese sources write
them (simplified and traditional characters), and the Hindi words of the same statements."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile import places
from reconcile.errors import NormalizeError
from reconcile.match import event_type
from reconcile.normalize import parse_count, parse_date


@pytest.mark.parametrize(("text", "low", "high"), [
    ("四", 4, 4), ("四名", 4, 4), ("4名", 4, 4), ("二十", 20, 20), ("十五名", 15, 15), ("一百零五", 105, 105),
    ("三万五千", 35_000, 35_000), ("两", 2, 2), ("2万", 20_000, 20_000), ("1.5万", 15_000, 15_000),
    ("至少20人", 20, None), ("至少38名", 38, None), ("超过40人", 41, None), ("少于20", 0, 19), ("最多20", 0, 20),
    ("约35人", 28, 42), ("約35人", 28, 42), ("20人左右", 16, 24), ("约二十人", 16, 24), ("近40", 32, 40),
    ("近百", 80, 100), ("二十余", 21, 29), ("二十餘人", 21, 29), ("十余名", 11, 19), ("100多人", 101, 199),
    ("40多", 41, 49), ("十几", 11, 19), ("二十几", 21, 29), ("数十名", 30, 90), ("数百", 300, 900),
    ("两三名", 2, 3), ("二三十人", 20, 30), ("20至30人", 20, 30), ("二至三百", 200, 300),
    ("20至30万", 200_000, 300_000), ("九十至一百", 90, 100), ("人员伤亡", 1, None), ("無", 0, 0),
    ("多名", 2, None), ("20以上", 20, None),
])  # fmt: skip
def test_chinese_counts(text: str, low: int, high: int | None) -> None:
    count = parse_count(text)
    assert (count.low, count.high, count.text) == (low, high, text)


@pytest.mark.parametrize("text", ["五四", "十十", "一百五", "三万五", "35余"])
def test_chinese_numbers_that_make_no_number_are_refused(text: str) -> None:
    """Two digits in a row, units out of order, a figure shortened as speech shortens it, 余 after a number that
    does not end in 0: refused, not guessed."""
    with pytest.raises(NormalizeError, match="cannot read a count"):
        parse_count(text)


def test_a_chinese_count_with_a_noun_names_the_count_to_write() -> None:
    with pytest.raises(NormalizeError, match=r"'官兵' after the count is no part of it; write '三名'"):
        parse_count("三名官兵")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("2020年6月15日", "2020-06-15", "2020-06-15", "day"),
    ("2020年6月15日晚", "2020-06-15", "2020-06-15", "day"),
    ("２０２０年６月１５日", "2020-06-15", "2020-06-15", "day"),
    ("二〇二〇年六月十五日", "2020-06-15", "2020-06-15", "day"),
    ("2020年6月15日（星期一）", "2020-06-15", "2020-06-15", "day"),
    ("2020年6月", "2020-06-01", "2020-06-30", "month"),
    ("2020年", "2020-01-01", "2020-12-31", "year"),
    ("2021年8月上旬", "2021-08-01", "2021-08-10", "range"),
    ("2020年6月中旬", "2020-06-11", "2020-06-20", "range"),
    ("2020年6月下旬", "2020-06-21", "2020-06-30", "range"),
    ("2020年2月底", "2020-02-21", "2020-02-29", "range"),
    ("2020年6月15日至16日", "2020-06-15", "2020-06-16", "range"),
    ("2020年6月15日晚至16日凌晨", "2020-06-15", "2020-06-16", "range"),
    ("2020年6月15-16日", "2020-06-15", "2020-06-16", "range"),
    ("2020年4月至6月", "2020-04-01", "2020-06-30", "range"),
    ("2020年12月31日至2021年1月1日", "2020-12-31", "2021-01-01", "range"),
])  # fmt: skip
def test_chinese_dates(text: str, start: str, end: str, precision: str) -> None:
    span = parse_date(text)
    assert (span.start, span.end, span.precision) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end),
                                                      precision)


@pytest.mark.parametrize(("text", "message"), [
    ("6月15日晚", "it gives no year"),
    ("2020年6月15日(星期二)", "2020-06-15 was a Monday, not a Tuesday"),
    ("民國109年6月15日", r"Republic of China .*\(109 \+ 1911 = 2020\)"),
    ("2020年2月30日", "February 2020 has 29 days"),
    ("2020年6月15日至14日", "ends before it starts"),
])  # fmt: skip
def test_chinese_dates_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(NormalizeError, match=message):
        parse_date(text)


def test_chinese_place_words_are_set_apart_from_the_names() -> None:
    """Chinese writes no spaces: the valley, the area, near, the banks and in are told from the names."""
    assert places.similarity("加勒万河谷地区", "加勒萬河谷") == 1.0
    assert [m.name for m in places.mentions("班公湖南岸神炮山地域")] == ["班公湖", "神炮山"]
    assert [m.name for m in places.mentions("德普桑地区附近")] == ["德普桑"]
    assert [m.name for m in places.mentions("和田县")] == ["和田"]  # 和 begins the name, 县 (county) ends it


def test_a_foreign_name_in_chinese_characters_matches_its_latin_spelling() -> None:
    """Chinese transcribes a foreign name by sound: 加 is ga, 勒 an l, 德 a d, 普 a p."""
    assert places.same_place("加勒万河谷", "Galwan Valley")
    assert places.same_place("德普桑地区", "Depsang Plains")
    assert places.similarity("加勒万", "Galwan") > places.similarity("加勒万", "Karakash")
    assert places.similarity("北京", "Beijing") == 1.0  # the Mandarin reading stays the first


@pytest.mark.parametrize(("text", "kind"), [
    ("激烈肢体冲突", "clash"), ("衝突（肢體衝突、毆打）", "clash"), ("非法越线，鸣枪威胁", "incursion"),
    ("鸣枪威胁", "shooting"), ("炮击", "shelling"), ("自杀式袭击", "bombing"), ("袭击", "clash"), ("对峙", "unknown"),
    ("हिंसक झड़प", "clash"), ("गोलीबारी", "shooting"), ("घुसपैठ", "incursion"),
])  # fmt: skip
def test_chinese_and_hindi_event_words(text: str, kind: str) -> None:
    assert event_type(text) == kind
