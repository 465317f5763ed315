"""The shortcuts that make gazetteer scoring fast give exactly what the plain computation gives.

Each test pins one shortcut of `reconcile.places` against a reference written here the plain way (as the module
computed it before the shortcut), comparing floats with ``==``:

- one alignment table of two stems answers for every pair of their forms (`places._alignment`), instead of one
  edit distance per pair;
- the gazetteer scores each way its names read once, for every entry that has a name read so (`Gazetteer._score`),
  instead of every name of every entry;
- the tables of many pairs of stems are filled together, one anti-diagonal at a time (`places._alignments`), and
  a batch of readings is scored from them (`places._batch_stems_similarity`), instead of one pair at a time.
"""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from reconcile import places
from reconcile.models import GazetteerEntry
from reconcile.places import Gazetteer, PlaceName, parse

from .conftest import SEED

# --------------------------------------------------------------------------------------------------------------
# References: the plain computations
# --------------------------------------------------------------------------------------------------------------


def reference_distance(a: str, b: str) -> float:
    """The weighted edit distance, one pair at a time (the textbook optimal string alignment, row by row)."""
    if a == b:
        return 0.0
    ca = [places._INDEX.get(ch, places._OTHER) for ch in a]
    cb = [places._INDEX.get(ch, places._OTHER) for ch in b]
    ins = [places._INDEL_COST[j] for j in cb]
    if ins:
        ins[0] *= places._ONSET_WEIGHT
    prev2: list[float] = []
    prev = [0.0]
    for cost in ins:
        prev.append(prev[-1] + cost)
    for n, i in enumerate(ca):
        onset = n == 0
        sub_i = places._SUB[i]
        del_i = places._INDEL_COST[i] * places._ONSET_WEIGHT if onset else places._INDEL_COST[i]
        row = [prev[0] + del_i]
        for k, j in enumerate(cb):
            best = prev[k] + (sub_i[j] * places._ONSET_WEIGHT if onset or not k else sub_i[j])
            best = min(best, prev[k + 1] + del_i, row[k] + ins[k])
            if n and k and i != j and i == cb[k - 1] and ca[n - 1] == j:
                best = min(best, prev2[k - 1] + places._TRANSPOSITION)
            row.append(best)
        prev2, prev = prev, row
    return prev[-1]


def reference_pair_similarity(a: str, b: str) -> float:
    """`places._pair_similarity` with its own edit distance."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    sa, sb = places._suffix(a), places._suffix(b)
    factor, discount = 1.0, 0.0
    if sa is not None and sb is not None:
        if sa[0] != sb[0]:
            factor = places._SUFFIX_CONFLICT
        else:
            discount = (1.0 - places._FORMANT_WEIGHT) * min(sa[1], sb[1])
    x, y = sorted((a, b))
    return factor * max(0.0, 1.0 - reference_distance(x, y) / (places._LENGTH_UNIT * (max(len(a), len(b)) - discount)))


def reference_stems_similarity(a: str, b: str) -> float:
    """`places._stems_similarity`: every pair of forms scored on its own."""
    best = reference_pair_similarity(a, b)
    for sa, fa in places._forms(a):
        for sb, fb in places._forms(b):
            if fa * fb > best and (sa, sb) != (a, b):
                best = max(best, fa * fb * reference_pair_similarity(*sorted((sa, sb))))
    return best


def _phonetic(stem: str) -> str:
    return re.sub(r"(.)\1+", r"\1", stem.translate(places._PHONETIC))


@functools.cache
def reference_index(entries: tuple[GazetteerEntry, ...]) -> tuple[dict[str, dict[str, list[PlaceName]]],
                                                                    dict[str, set[str]]]:
    """Every parsed name by stem and entry, and the stems by phonetic key, in the order the entries list them."""
    by_stem: dict[str, dict[str, list[PlaceName]]] = {}
    by_phonetic: dict[str, set[str]] = {}
    for entry in entries:
        for name in dict.fromkeys((entry.name, *entry.variants)):
            parsed = parse(name)
            if parsed.stem:
                by_stem.setdefault(parsed.stem, {}).setdefault(entry.id, []).append(parsed)
                by_phonetic.setdefault(_phonetic(parsed.stem), set()).add(parsed.stem)
    return by_stem, by_phonetic


def reference_scores(gazetteer: Gazetteer, query: PlaceName) -> dict[str, float]:
    """The best `similarity` of the query to every name of every shortlisted entry, name by name."""
    by_stem, by_phonetic = reference_index(tuple(gazetteer))
    stems = {query.stem, *by_phonetic.get(_phonetic(query.stem), ())}
    stems.update(stem for stem, _score, _i in process.extract(
        query.stem, list(by_stem), scorer=fuzz.ratio, limit=places._SHORTLIST, score_cutoff=40))
    scores: dict[str, float] = {}
    for stem in stems:
        for entry_id, names in by_stem.get(stem, {}).items():
            best = max(places._name_similarity(query, name) for name in names)
            if best > scores.get(entry_id, -1.0):
                scores[entry_id] = best
    return scores


# --------------------------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------------------------

# Stems over the sound symbols, often with an ending `_forms` leaves out or a place-name word of `SUFFIXES`, so
# that the forms and the suffix rules come into play.
ENDINGS = ("", "", "li", "luk", "i", "a", "om", "oy", "skaya", "ski", "ovo", "ka", "as", "um", "iʦ", "dan", "nin",
           "ya", "avan", "kend", "ʃen", "aʃen", "dzor", "ʣor", "aberd")
stems = st.builds(lambda body, end: body + end, st.text(alphabet=places._SYMBOLS, max_size=9),
                  st.sampled_from(ENDINGS))


@functools.cache
def default_names() -> list[str]:
    return sorted({name for entry in Gazetteer.default() for name in (entry.name, *entry.variants)})


QUALIFIED = ("", "", "", "Nerkin ", "Verin ", "Nor ", "Aşağı ", "Нижний ", "Mets ")
EDIT_LETTERS = "abdegiklmnoprstuvxyzhqcjşçğəüö"


@st.composite
def queries(draw: st.DrawFn, pool: list[str] | None = None) -> str:
    """A gazetteer name (or a pool's) misspelt, qualified, with a word more or two words swapped, or random."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(alphabet=EDIT_LETTERS + " -", min_size=1, max_size=16))
    names = pool if pool is not None else default_names()
    name = list(draw(st.sampled_from(names)))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(name)))
        letter = draw(st.sampled_from(EDIT_LETTERS))
        match draw(st.integers(0, 2)):
            case 0:
                name.insert(at, letter)
            case 1:
                name[at : at + 1] = []
            case _:
                name[at : at + 1] = [letter]
    text = "".join(name)
    match draw(st.integers(0, 5)):
        case 0:
            text = f"{text} {draw(st.sampled_from(('Tuf', 'Kala', 'Bash', 'Nor')))}"
        case 1:
            text = " ".join(reversed(text.split(" ", 1)))
        case _:
            pass
    return draw(st.sampled_from(QUALIFIED)) + text


# --------------------------------------------------------------------------------------------------------------
# One alignment for every pair of forms
# --------------------------------------------------------------------------------------------------------------


@given(stems, stems)
@example("ab", "ba")  # a transposition
@example("", "kala")
@example("tavuʃi", "tavuʃ")
def test_alignment_holds_the_distance_of_every_pair_of_prefixes(a: str, b: str) -> None:
    """Cell (n, k) of the table is the distance of ``a[:n]`` and ``b[:k]`` worked out alone, in either order."""
    table = places._alignment(a, b)
    assert len(table) == len(a) + 1
    for n in range(len(a) + 1):
        assert len(table[n]) == len(b) + 1
        for k in range(len(b) + 1):
            assert table[n][k] == reference_distance(a[:n], b[:k]) == reference_distance(b[:k], a[:n]), (n, k)
    assert places._distance.__wrapped__(a, b) == reference_distance(a, b)


@given(stems, stems)
@example("berdavan", "berdavanum")
@example("ʧinarli", "ʧinar")
@example("xoʤalinskaya", "xoʤalin")
@example("kalininkend", "leninkend")
def test_stems_similarity_equals_form_by_form(a: str, b: str) -> None:
    """Scoring every pair of forms from one table gives what scoring each pair alone gives."""
    a, b = sorted((a, b))
    assert places._stems_similarity.__wrapped__(a, b) == reference_stems_similarity(a, b)


# Stems for the batch: of the alphabet with its endings, empty, or with a character outside the alphabet.
batch_stems = st.one_of(stems, st.just(""), st.text(alphabet=places._SYMBOLS[:6] + "Q", max_size=12))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(batch_stems, batch_stems), min_size=1, max_size=12))
@example([("ab", "ba"), ("", ""), ("abab", "baba")])  # transpositions, and a table of one cell
@example([("tavuʃi", "tavuʃ"), ("", "kala"), ("xoʤalinskaya", "xoʤalin")])  # padded to the longest
def test_alignments_of_many_pairs_equal_one_pair_at_a_time(pairs: list[tuple[str, str]]) -> None:
    """Every cell of every pair's table, filled together with the others, equals `_alignment`'s to the last bit."""
    table = places._alignments(pairs)
    for p, (a, b) in enumerate(pairs):
        one = places._alignment(a, b)
        assert [[float(table[n + k, n, p]) for k in range(len(b) + 1)] for n in range(len(a) + 1)] == one


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(batch_stems, batch_stems), min_size=1, max_size=30), st.integers(1, 2000))
@example([("berdavan", "berdavanum"), ("ʧinar", "ʧinarli"), ("kalininkend", "leninkend")], 1)
def test_batch_similarity_equals_one_pair_at_a_time(pairs: list[tuple[str, str]], cells: int) -> None:
    """`_batch_stems_similarity`, in blocks of any size, gives each pair's `_stems_similarity`."""
    ordered = [(a, b) if a <= b else (b, a) for a, b in pairs]
    with mock.patch.object(places, "_BATCH_CELLS", cells):
        found = places._batch_stems_similarity(ordered)
    assert found == {pair: places._stems_similarity.__wrapped__(*pair) for pair in ordered}
    assert all(type(score) is float for score in found.values())


@settings(max_examples=40, deadline=None)
@given(st.lists(queries(), min_size=1, max_size=12))
@example(["Karmiraghbyur", "Nerkin Karmir Aghbyur", "Kala Machtagi", "Artik tuf", "Qazax"])
def test_gazetteer_scores_equal_name_by_name_in_a_batch(names: list[str]) -> None:
    """Readings scored together, their stems' pairs worked out in one batch (the extra and swapped words' too),
    score as each name of each shortlisted entry scored alone."""
    gazetteer = Gazetteer(list(Gazetteer.default()))  # empty caches: every reading is scored in the batch
    readings = [query for query in map(parse, names) if query.stem]
    with mock.patch.object(places, "_BATCH_MIN", 1), mock.patch.object(places, "_BATCH_MIN_UNLOADED", 1):
        scores = gazetteer.score_readings(readings)
    assert not places._BATCH_SCORES  # let go once scored
    assert scores == [reference_scores(gazetteer, query) for query in readings]


def test_a_small_case_is_reconciled_without_numpy() -> None:
    """Below `_BATCH_MIN_UNLOADED` pairs, a process that has not loaded numpy scores the pairs one by one rather
    than load it (the seed case: ~500 pairs, ~0.1 s to load numpy)."""
    code = (
        "import sys\n"
        "from reconcile.load import load_case\n"
        "from reconcile.pipeline import reconcile\n"
        f"events = reconcile(load_case({str(SEED)!r})).events\n"
        "print(len(events) > 1, 'numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False"]


# --------------------------------------------------------------------------------------------------------------
# Readings scored once
# --------------------------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(queries())
@example("Karmiraghbyur")
@example("Agarak")
@example("Nerkin Karmir Aghbyur")
def test_gazetteer_scores_equal_name_by_name(name: str) -> None:
    """The shipped gazetteer's scores of a query equal scoring every name of every shortlisted entry."""
    query = parse(name)
    if query.stem:
        gazetteer = Gazetteer.default()
        assert gazetteer.score_readings([query])[0] == reference_scores(gazetteer, query)


# Names that read alike or almost (same stem with other qualifiers or words, spellings of one name), for small
# gazetteers where entries share readings and an entry has several names read alike.
POOL = ["Karmiraghbyur", "Karmir Aghbyur", "Nerkin Karmiraghbyur", "Verin Karmiraghbyur", "Կարմիրաղբյուր",
        "Agarak", "Агарак", "Nor Agarak", "Berdavan", "Бердаван", "Berdashen", "Chinari", "Çinarlı", "Чинари",
        "Kala Machtagi", "Machtagi Kala", "Artik", "Artik tuf", "Dvin", "Nizhniy Dvin", "Aşağı Əskipara"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(POOL), min_size=1, max_size=4), min_size=1, max_size=6),
       queries(POOL))
@example([["Karmiraghbyur"], ["Nerkin Karmiraghbyur", "Karmir Aghbyur"]], "Nerkin Karmiraghbyur")  # tags differ
@example([["Artik"], ["Artik tuf", "Artik"]], "Artik tuf")  # words differ
def test_small_gazetteer_scores_equal_name_by_name(names: list[list[str]], name: str) -> None:
    """In a gazetteer whose entries share names, and list names that read alike, the scores of a query equal
    scoring every name of every shortlisted entry."""
    entries = [GazetteerEntry(f"e{i}", spellings[0], tuple(spellings[1:]), "armenia", None, None, None)
               for i, spellings in enumerate(names)]
    gazetteer = Gazetteer(entries)
    query = parse(name)
    if query.stem:
        assert gazetteer.score_readings([query])[0] == reference_scores(gazetteer, query)

