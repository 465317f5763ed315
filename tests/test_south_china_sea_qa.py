"""QA of a case of the China–Philippines incidents in the South China Sea, 2023–2024 (Second Thomas Shoal, Scarborough
Shoal, Sabina Shoal), with the China Coast Guard and the foreign ministry in Chinese, the Philippine Coast Guard and
the armed forces in English and Filipino, and the press relaying them.

- The China Coast Guard writes the sea around a feature after its name (仁爱礁附近海域, 黄岩岛邻近海域, 仙宾礁海域), the
  country and the archipelago before it (中国南沙群岛仁爱礁, 中国黄岩岛): each was read as part of the name, so half
  its statements stayed apart from the Philippine reports of the same incident, even with every name of the feature
  in the case's gazetteer, and the attribution dispute (who rammed whom) was never flagged.
- "13.5 nautical miles east-northeast of Ayungin Shoal" read "east-northeast" as a place, and the Filipino "mga 75
  milya mula sa Palawan" (some 75 miles from Palawan) read "milya" as one.
- The side that concedes "several" wounded (3 to 9) beside the enemy's none had its range closed at 3 (3, 3, 3):
  the enemy's none, below the admission, was taken as its ceiling.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import load_case, reconcile
from reconcile.merge import _credible_range
from reconcile.models import Count
from reconcile.normalize import NormalizeError, parse_date
from reconcile.notes import case_notes
from reconcile.places import mentions, offset


def _names(text: str) -> list[str]:
    return [mention.name for mention in mentions(text)]


@pytest.mark.parametrize(("text", "names"), [
    ("仁爱礁附近海域", ["仁爱礁"]),
    ("黄岩岛邻近海域", ["黄岩岛"]),
    ("仙宾礁海域", ["仙宾礁"]),
    ("仙宾礁附近水域", ["仙宾礁"]),
    ("黄岩岛鄰近海域", ["黄岩岛"]),
    ("中国黄岩岛", ["黄岩岛"]),
    ("在中国黄岩岛海域", ["黄岩岛"]),
    ("中国的黄岩岛", ["黄岩岛"]),
    ("中國黃岩島", ["黃岩島"]),
])
def test_the_sea_around_a_feature_and_its_country_are_no_part_of_its_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_an_archipelago_written_before_the_feature_is_a_region_of_its_own() -> None:
    found = mentions("中国南沙群岛仁爱礁附近海域")
    assert [(m.name, m.kind) for m in found] == [("南沙", "region"), ("仁爱礁", None)]
    assert [(m.name, m.kind, m.area) for m in mentions("南沙群岛")] == [("南沙", "region", True)]


@pytest.mark.parametrize(("text", "names"), [
    ("中国", ["中国"]),              # the country alone is the place named
    ("中国和菲律宾", ["中国", "菲律宾"]),
    ("越南", ["越南"]),
    ("中国海域", ["中国"]),          # Chinese waters
    ("中国境内", ["中国"]),
    ("印度尼西亚", ["印度尼西亚"]),  # Indonesia begins with India
    ("印度洋海域", ["印度洋"]),
    ("拉达克地区加勒万", ["拉达克", "加勒万"]),  # as before
])
def test_a_country_alone_or_in_a_list_stays_a_place(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "bearing"), [
    ("13.5 nautical miles east-northeast of Ayungin Shoal", 67.5),
    ("20 km north-northwest of Ayungin Shoal", 337.5),
    ("20 km west-southwest of Ayungin Shoal", 247.5),
    ("20 km south-southeast of Ayungin Shoal", 157.5),
    ("20 km north northwest of Ayungin Shoal", 337.5),
])
def test_the_sixteen_points_spelled_out_are_a_direction(text: str, bearing: float) -> None:
    found = mentions(text)
    assert [(m.name, m.reference) for m in found] == [("Ayungin Shoal", True)]
    measured = offset(text)
    assert measured is not None
    assert measured[1] == bearing


def test_a_name_of_compass_words_stays_a_name() -> None:
    assert _names("North-Northwest Frontier") == ["North-Northwest"]
    assert _names("East-Northeast") == ["East-Northeast"]


@pytest.mark.parametrize("text", [
    "mga 75 milya mula sa Palawan",
    "halos 105 milya mula sa Palawan",
    "75 milya kanluran ng Palawan",
    "105 milya hilagang-kanluran ng Palawan",
    "75 kilometro mula sa Palawan",
])
def test_a_filipino_distance_is_measured_from_its_place(text: str) -> None:
    assert [(m.name, m.reference) for m in mentions(text)] == [("Palawan", True)]


def test_filipino_place_words_still_read_as_before() -> None:
    assert _names("Bahura ng Ayungin") == ["Ayungin"]
    assert _names("Timog Leyte") == ["Timog Leyte"]
    assert _names("Mga Palawan") == ["Mga Palawan"]


def test_an_enemys_none_below_an_admission_of_several_leaves_its_upper_end() -> None:
    """The armed forces concede "several" wounded (3 to 9); the enemy's coast guard says none: 3, 3, 9, as the
    admission alone gives, not 3, 3, 3."""
    several, none = Count(3, 9, "several"), Count(0, 0, "无")
    assert _credible_range([("own", several)]) == (3, 3, 9)
    assert _credible_range([("own", several), ("enemy", none)]) == (3, 3, 9)
    assert _credible_range([("own", several), ("own", Count(1, 1)), ("enemy", none)]) == (3, 3, 9)
    # A ceiling within the admission still bounds it; one above it is the high, as before.
    assert _credible_range([("own", several), ("enemy", Count(4, 4))]) == (3, 3, 4)
    assert _credible_range([("own", Count(3, 3)), ("enemy", Count(20, 20))]) == (3, 3, 20)
    assert _credible_range([("own", Count(5, 5)), ("monitor", Count(3, 3))]) == (5, 5, 5)


CASE = """\
case: scs
title: South China Sea
regional_gazetteer: none
parties:
  - {id: china, name: China, aliases: [中国, 中方]}
  - {id: philippines, name: Philippines, aliases: [菲律宾, 菲方, Pilipinas]}
"""
GAZETTEER = """\
places:
  - id: second-thomas-shoal
    name: Second Thomas Shoal
    variants: [Ayungin Shoal, Ren'ai Reef, 仁爱礁, bãi Cỏ Mây]
  - id: scarborough-shoal
    name: Scarborough Shoal
    variants: [Bajo de Masinloc, Huangyan Island, 黄岩岛]
"""


def _source(source: str, speaks_for: str, claims: list[tuple[str, str, str, str]]) -> str:
    lines = [f"source: {{id: {source}, name: {source}, kind: belligerent, speaks_for: {speaks_for}}}", "claims:"]
    for claim_id, day, place, initiator in claims:
        lines += [f"  - id: {claim_id}", f"    stated: {day}", "    quote: q", f"    date: {day}",
                  f"    place: {place}", f"    initiator: {initiator}"]
    return "\n".join(lines) + "\n"


def test_the_coast_guards_chinese_places_meet_the_philippine_names(tmp_path: Path) -> None:
    """Each China Coast Guard statement is put in one event with the Philippine Coast Guard's of the same day, and
    the two blame each other."""
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    (tmp_path / "gazetteer.yaml").write_text(GAZETTEER, encoding="utf-8")
    (tmp_path / "ccg.yaml").write_text(_source("ccg", "china", [
        ("c1", "2023-08-05", "南沙群岛仁爱礁附近海域", "菲律宾"),
        ("c2", "2023-12-09", "黄岩岛邻近海域", "菲方"),
        ("c3", "2023-12-10", "中国南沙群岛仁爱礁邻近海域", "菲方"),
        ("c4", "2024-04-30", "中国黄岩岛海域", "菲方"),
    ]), encoding="utf-8")
    (tmp_path / "pcg.yaml").write_text(_source("pcg", "philippines", [
        ("p1", "2023-08-05", "Ayungin Shoal", "china"),
        ("p2", "2023-12-09", "Bajo de Masinloc", "china"),
        ("p3", "2023-12-10", "approximately 105 nautical miles west of Palawan, near Ayungin Shoal", "china"),
        ("p4", "2024-04-30", "Bajo de Masinloc, mga 35 milya mula sa Zambales", "china"),
    ]), encoding="utf-8")
    events = reconcile(load_case(tmp_path)).events
    assert sorted(sorted(event.claims) for event in events) == [
        ["ccg/c1", "pcg/p1"], ["ccg/c2", "pcg/p2"], ["ccg/c3", "pcg/p3"], ["ccg/c4", "pcg/p4"]]
    assert all(any(c.kind == "attribution" for c in event.conflicts) for event in events)


@pytest.mark.parametrize(("text", "write"), [
    ("2024年8月19日凌晨3时24分", "'2024年8月19日凌晨' (2024-08-19)"),
    ("2024年8月19日3时24分许", "'2024年8月19日' (2024-08-19)"),
    ("2024年6月17日上午10点", "'2024年6月17日上午' (2024-06-17)"),
    ("2024年6月17日十时", "'2024年6月17日' (2024-06-17)"),
    ("ngày 19 tháng 8 năm 2024 lúc 3h24", "'ngày 19 tháng 8 năm 2024' (2024-08-19)"),
    ("ngày 19/8/2024, lúc 3 giờ 24 phút", "'ngày 19/8/2024' (2024-08-19)"),
    ("Hunyo 17, 2024 bandang alas-5 ng umaga", "'Hunyo 17, 2024' (2024-06-17)"),
    ("Agosto 19, 2024 alas-singko ng umaga", "'Agosto 19, 2024' (2024-08-19)"),
])
def test_a_date_with_the_hour_is_refused_with_the_date_to_write(text: str, write: str) -> None:
    with pytest.raises(NormalizeError) as caught:
        parse_date(text)
    assert str(caught.value) == (f"cannot read a date from {text!r}: a time of day is not read; write the date "
                                 f"alone, {write}, and keep the hour in the quote")


def test_a_statement_and_its_release_in_another_language_get_a_note_after_a_run(tmp_path: Path) -> None:
    """The coast guard's English and Filipino words of one day, with no url, at 'Sabina Shoal' and 'Escoda Shoal':
    two events, as one statement lists separate incidents; after a run, the two places are one gazetteer place and
    the second claim gets the note of one incident twice in one statement (before, only one place text did)."""
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    (tmp_path / "gazetteer.yaml").write_text(
        GAZETTEER + "  - id: sabina-shoal\n    name: Sabina Shoal\n    variants: [Escoda Shoal, 仙宾礁]\n",
        encoding="utf-8")
    (tmp_path / "pcg.yaml").write_text(_source("pcg", "philippines", [
        ("en", "2024-08-31", "Sabina Shoal", "china"),
        ("tl", "2024-08-31", "Escoda Shoal", "china"),
        ("other", "2024-08-31", "Ayungin Shoal", "china"),
    ]), encoding="utf-8")
    case = load_case(tmp_path)
    events = reconcile(case).events
    assert len(events) == 3
    assert not [note for note in case_notes(case) if note.field == "stated"]
    (note,) = [note for note in case_notes(case, events) if note.field == "stated"]
    assert note.claim == "pcg/tl"
    assert note.message.startswith(
        "tl and en are stated the same day, 2024-08-31, with no url, about 2024-08-31 at 'Escoda Shoal' and 'Sabina "
        "Shoal', which the gazetteer reads as one place, Sabina Shoal: ")
    assert "write supersedes: en" in note.message


@pytest.mark.parametrize(("text", "names"), [
    ("Escoda (Sabina) Shoal", ["Escoda Shoal", "Sabina Shoal"]),
    ("Ayungin (Second Thomas) Shoal", ["Ayungin Shoal", "Second Thomas Shoal"]),
    ("Pag-asa (Thitu) Island", ["Pag-asa Island", "Thitu Island"]),
    ("Escoda (Sabina) Shoal, 75 nautical miles west of Palawan", ["Escoda Shoal", "Sabina Shoal", "Palawan"]),
    ("Bajo de Masinloc (Scarborough Shoal)", ["Bajo de Masinloc", "Scarborough Shoal"]),  # as before
    ("Kidal (Mali) region", ["Kidal", "Mali"]),  # as before: no feature at sea
])
def test_a_features_other_name_in_brackets_takes_the_feature_word(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_and_before_one_character_and_a_unit_is_part_of_the_name() -> None:
    """新疆和田县: 和田 is Hotan, not "Xinjiang and 田"."""
    assert [(m.name, m.kind) for m in mentions("新疆和田县")] == [("新疆和田", "region")]
    assert _names("德普桑和加勒万") == ["德普桑", "加勒万"]
    assert _names("拉达克和加勒万县") == ["拉达克", "加勒万"]


def test_a_claim_gets_one_note_of_its_statement(tmp_path: Path) -> None:
    """Three claims of one statement at one place, written 'Escoda Shoal', 'Sabina Shoal', 'Escoda Shoal': the third
    is noted once (for the same text as the first), not again for the second's other spelling."""
    (tmp_path / "case.yaml").write_text(CASE, encoding="utf-8")
    (tmp_path / "gazetteer.yaml").write_text(
        GAZETTEER + "  - id: sabina-shoal\n    name: Sabina Shoal\n    variants: [Escoda Shoal]\n", encoding="utf-8")
    (tmp_path / "pcg.yaml").write_text(_source("pcg", "philippines", [
        ("a", "2024-08-31", "Escoda Shoal", "china"),
        ("b", "2024-08-31", "Sabina Shoal", "china"),
        ("c", "2024-08-31", "Escoda Shoal", "china"),
    ]), encoding="utf-8")
    case = load_case(tmp_path)
    notes = [note for note in case_notes(case, reconcile(case).events) if note.field == "stated"]
    assert sorted(note.claim for note in notes) == ["pcg/b", "pcg/c"]
