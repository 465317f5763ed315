"""An event's title, the ``places`` column of events.csv and the changes name a resolved place by another name
than the gazetteer's where more of its sources wrote that name: GeoNames calls Stepanakert *Khankendi*, and a
Karabakh event that every source placed in Stepanakert (Ստեփանակերտ, Степанакерт) was titled "Khankendi". A
spelling of the gazetteer's own name (Asagi Askipara, Moses) counts for it. The gazetteer's id and name stay in
reconciliation.json and in the report's places table."""

from __future__ import annotations

import csv
import itertools
import json
from pathlib import Path

from reconcile.cli import main
from reconcile.merge import place_names
from reconcile.models import PlaceMention

from .conftest import SEED, MakeCase

STEPANAKERT = "geonames:146970"


def mention(claim: str, text: str, resolved: str | None = STEPANAKERT, name: str | None = "Khankendi") -> PlaceMention:
    source = claim.partition("/")[0]
    return PlaceMention(claim, source, text, resolved, name if resolved is not None else None)


def test_the_name_most_sources_wrote_titles_a_resolved_place() -> None:
    """Two sources wrote Stepanakert, one Ստեփանակերտ, none Khankendi: the place is Stepanakert."""
    places = (mention("bbc/b1", "Stepanakert"), mention("hetq/h1", "Ստեփանակերտ"), mention("reuters/r1", "Stepanakert"))
    assert place_names(places) == ("Stepanakert",)


def test_a_source_counts_once_however_many_claims_wrote_a_name() -> None:
    """Three claims of one ministry writing Xankəndi weigh as one source against two outlets' Stepanakert."""
    places = (mention("az-mod/a", "Xankəndi"), mention("az-mod/b", "Xankəndi"), mention("az-mod/c", "Xankəndi"),
              mention("bbc/b1", "Stepanakert"), mention("tass/t1", "Stepanakert"))
    assert place_names(places) == ("Stepanakert",)


def test_a_tie_goes_to_the_gazetteers_name_where_a_source_wrote_it() -> None:
    """Stepanakert and Khankendi, one source each: the gazetteer's name, which a source wrote too."""
    places = (mention("bbc/b1", "Stepanakert"), mention("az-mod/a", "Khankendi"))
    assert place_names(places) == ("Khankendi",)


def test_one_name_in_several_scripts_counts_as_one_and_shows_its_first_spelling() -> None:
    """Степанакерт (Cyrillic) and Ստեփանակերտ (Armenian), one source each, are one name of two sources against
    the gazetteer's none; of its spellings as many wrote, the first in Unicode order shows."""
    places = (mention("hetq/h1", "Ստեփանակերտ"), mention("tass/t1", "Степанакерт"))
    assert place_names(places) == ("Степанакерт",)


def test_a_spelling_of_the_gazetteers_name_counts_for_it() -> None:
    """Xankəndi and Chankendi (two sources) write the gazetteer's Khankendi: it stands against one Stepanakert; the
    OSCE's misspelt Moses of the seed's Movses, its only spelling, is still titled Movses."""
    places = (mention("az/a", "Xankəndi"), mention("ru/r", "Chankendi"), mention("bbc/b1", "Stepanakert"))
    assert place_names(places) == ("Khankendi",)
    assert place_names((mention("osce/o", "Moses", "movses", "Movses"),)) == ("Movses",)
    assert place_names((mention("az-mod/a", "Asagi Askipara", "e", "Aşağı Əskipara"),)) == ("Aşağı Əskipara",)


def test_the_choice_depends_on_no_order_of_the_mentions() -> None:
    """Every order of the mentions gives the same names (the order of first appearance aside, one place here)."""
    places = (mention("hetq/h1", "Ստեփանակերտ"), mention("tass/t1", "Степанакерт"), mention("az/a", "Xankəndi"),
              mention("bbc/b1", "Stepanakert"))
    assert {place_names(order) for order in itertools.permutations(places)} == {("Stepanakert",)}


def test_unresolved_places_stay_as_written_and_each_name_is_listed_once() -> None:
    """A name the gazetteer does not know is listed as written, beside the resolved one, each once."""
    places = (mention("bbc/b1", "Stepanakert"), mention("bbc/b1", "Shushi road", resolved=None),
              mention("tass/t1", "Stepanakert"))
    assert place_names(places) == ("Stepanakert", "Shushi road")


CASE = """\
case: karabakh-titles
title: Shelling of Stepanakert
parties:
  - id: nkr
    name: Nagorno-Karabakh Republic
    aliases: [Artsakh, Nagorno-Karabakh]
  - id: azerbaijan
    name: Azerbaijan
"""


def source(source_id: str, name: str, place: str, quote: str) -> str:
    return f"""\
source:
  id: {source_id}
  name: {name}
  kind: media
claims:
  - id: c1
    stated: 2020-10-04
    quote: {quote}
    date: 2020-10-04
    place: {place}
    event: shelling
    initiator: azerbaijan
    casualties:
      - party: nkr
        category: civilians
        killed: 2
"""


def test_outputs_title_the_event_by_its_sources_names_and_keep_the_gazetteers(make_case: MakeCase,
                                                                              tmp_path: Path) -> None:
    """The shipped gazetteer resolves every spelling to GeoNames' Khankendi: the report's heading and events.csv say
    Stepanakert; reconciliation.json and the report's places table keep the resolved id and the gazetteer's name."""
    folder = make_case({
        "case.yaml": CASE,
        "hetq.yaml": source("hetq", "Hetq", "Ստեփանակերտ", "Ստեփանակերտը ռմբակոծվել է"),
        "tass.yaml": source("tass", "TASS", "Степанакерт", "Степанакерт подвергся обстрелу"),
        "bbc.yaml": source("bbc", "BBC", "Stepanakert", "Stepanakert shelled"),
        "reuters.yaml": source("reuters", "Reuters", "Stepanakert", "Stepanakert came under shelling"),
    })
    out = tmp_path / "out"
    assert main(["run", "-q", "--no-previous", "--timestamp", "2026-01-01T00:00:00Z", "--out", str(out),
                 str(folder)]) == 0
    (row,) = csv.DictReader((out / "events.csv").read_text(encoding="utf-8").splitlines())
    assert (row["places"], row["gazetteer_ids"]) == ("Stepanakert", STEPANAKERT)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "4 October 2020 — Stepanakert" in html
    assert "— Khankendi" not in html
    assert "Khankendi" in html  # the places table: each spelling → the place it resolved to
    (event,) = json.loads((out / "reconciliation.json").read_text(encoding="utf-8"))["events"]
    assert {(p["text"], p["resolved"], p["name"]) for p in event["places"]} == {
        ("Ստեփանակերտ", STEPANAKERT, "Khankendi"), ("Степанакерт", STEPANAKERT, "Khankendi"),
        ("Stepanakert", STEPANAKERT, "Khankendi")}


def test_a_resolved_region_keeps_its_generic_words_as_written(tmp_path: Path) -> None:
    """The seed's 5 June event: Aşağı Əskipara, the case gazetteer's name, which the Azerbaijani ministry wrote
    Asagi Askipara, and Qazakh Rayon with its generic word, as an unresolved region is listed."""
    out = tmp_path / "out"
    assert main(["run", "-q", "--no-previous", "--timestamp", "2026-01-01T00:00:00Z", "--out", str(out),
                 str(SEED)]) == 0
    text = (out / "events.csv").read_text(encoding="utf-8")
    rows = {row["event_id"]: row for row in csv.DictReader(text.splitlines())}
    assert rows["ev-2012-06-05-adaee9"]["places"] == "Voskepar; Aşağı Əskipara; Qazakh Rayon"
    assert rows["ev-2012-04-25-32ac3a"]["places"] == "Tavush; Qazakh Rayon"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "5 June 2012 — Voskepar, Aşağı Əskipara, Qazakh Rayon" in html
