"""Period totals named in other languages ("с начала года", "depuis le début du mois", "acumulados", "منذ بداية
الحرب", "toplam"): a cumulative toll is compared only with other period totals, never joined to one clash, in
whatever language the bulletin is written. A toll word ("bilan", "حصيلة") or a bare "since" of the same day is not
a period."""

from __future__ import annotations

import pytest

from reconcile.match import event_type


@pytest.mark.parametrize("text", [
    "потери с начала года", "с начала войны погибли 40 военнослужащих", "в общей сложности 40 погибших",
    "загинули з початку року", "втрати від початку війни", "depuis le début du mois, 40 morts",
    "depuis début juin", "bilan cumulé", "desde el inicio del conflicto", "muertos desde principios de año",
    "en lo que va del año", "desde o início da ofensiva", "mortos acumulados", "الحصيلة الإجمالية",
    "قتلى منذ بداية الحرب", "yılın başından beri şehit", "toplam 40 şehit", "ümumilikdə 40 şəhid",
    "պատերազմի սկզբից ի վեր",
])
def test_a_period_named_in_another_language_is_a_total(text: str) -> None:
    assert event_type(text) == "total"


@pytest.mark.parametrize(("text", "kind"), [
    ("bilan de l'attaque", "clash"),  # a toll of one incident
    ("حصيلة القصف", "shelling"),
    ("всего 3 погибших", "casualty"),  # "всего" is also "only"
    ("начала обстрел", "shelling"),  # "began shelling": no period
    ("обстрел с утра", "shelling"),
    ("depuis ce matin, tirs", "shooting"),  # a bare "since" of the same day
    ("зіткнення від початку дня", "clash"),
    ("en lo que va del día, enfrentamientos", "clash"),
    ("toplama kampı yakınında çatışma", "clash"),  # "toplama" (gathering) is no "toplam"
])
def test_a_toll_or_a_same_day_since_is_no_period(text: str, kind: str) -> None:
    assert event_type(text) == kind
