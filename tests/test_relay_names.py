"""Which source of the case a ``relays`` value names (found in a QA round on an Israel–Lebanon case: AFP's
``relays: الوكالة الوطنية للإعلام``, the first words of the source "الوكالة الوطنية للإعلام - NNA", was not linked to
it, so AFP's relay counted as an independent origin beside NNA's own report, without a note).

A relay written as another form of a source's name (its id or name in another letter case or spacing, a part of
the name, an acronym, its initials, a party word for the party in the name) is that source's word; one that may
name two sources, or one only in part, is left a speaker outside the case with a note naming the candidates; one
that holds a word no source's name has is never linked; an outside name's spellings are one origin."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.errors import CaseError
from reconcile.independence import Alignment, RelayedSource, relayed_key
from reconcile.load import load_case
from reconcile.models import Case, Party, Source
from reconcile.notes import case_notes
from reconcile.pipeline import reconcile

CASE = """\
case: relay-names
title: Relay names
parties:
  - id: israel
    name: Israel
    aliases: [Israeli, IDF]
  - id: lebanon
    name: Lebanon
    aliases: [Lebanese, Hezbollah]
  - id: armenia
    name: Armenia
    aliases: [Armenian]
  - id: azerbaijan
    name: Azerbaijan
    aliases: [Azerbaijani]
  - id: ukraine
    name: Ukraine
    aliases: [Ukrainian]
"""

#: id -> (name, kind, speaks_for, aligned_with)
SOURCES: dict[str, tuple[str, str, str | None, str | None]] = {
    "lb-nna": ("الوكالة الوطنية للإعلام - NNA", "media", None, "lebanon"),
    "fr-afp": ("Agence France-Presse", "media", None, None),
    "il-idf": ("Israel Defense Forces", "belligerent", "israel", None),
    "am-mod": ("Ministry of Defence of Armenia", "belligerent", "armenia", None),
    "az-mod": ("Ministry of Defence of Azerbaijan", "belligerent", "azerbaijan", None),
    "armenpress": ("Armenpress", "media", None, "armenia"),
    "osce": ("OSCE Special Monitoring Mission to Ukraine", "monitor", None, None),
    "ua-gs": ("Генштаб ЗСУ / General Staff of the Armed Forces of Ukraine", "belligerent", "ukraine", None),
    "ukrinform": ("Ukrinform", "media", None, "ukraine"),
}

CLAIM = """\
  - id: {id}
    stated: 2024-10-0{day}
    quote: {quote}
    date: 2024-10-01
    place: Khiam
{relays}    casualties:
      - party: lebanon
        category: civilians
        killed: 3
"""


def _case(folder: Path, claims: dict[str, list[tuple[str, str | None]]], *, sources: tuple[str, ...] = ()) -> Path:
    """A case of the sources named in ``claims`` (source -> its claims' (id, relays)) and ``sources``."""
    folder.mkdir(exist_ok=True)
    (folder / "case.yaml").write_text(CASE, encoding="utf-8")
    for source in dict.fromkeys((*claims, *sources)):
        name, kind, speaks_for, aligned = SOURCES[source]
        head = (f"source:\n  id: {source}\n  name: {name}\n  kind: {kind}\n"
                + (f"  speaks_for: {speaks_for}\n" if speaks_for else "")
                + (f"  aligned_with: [{aligned}]\n" if aligned else "") + "claims:\n")
        body = "".join(CLAIM.format(id=claim_id, day=k + 1, quote=f"{source} {claim_id} said so",
                                    relays=f"    relays: {relays}\n" if relays else "")
                       for k, (claim_id, relays) in enumerate(claims.get(source, ())))
        (folder / f"{source}.yaml").write_text(head + (body or "  []\n"), encoding="utf-8")
    return folder


def _relays(case: Case) -> dict[str, str | None]:
    return {claim.global_id: claim.relays for claim in case.claims}


# --- the QA case -------------------------------------------------------------------------------------------------


def test_the_first_words_of_a_name_in_two_forms_are_that_source(tmp_path: Path) -> None:
    """AFP passing on NNA's report, named by the Arabic part of NNA's name, is NNA's word: one independent origin,
    not two, and no note."""
    case = load_case(_case(tmp_path, {"lb-nna": [("n1", None)], "fr-afp": [("a1", "الوكالة الوطنية للإعلام")]}))
    assert _relays(case)["fr-afp/a1"] == "lb-nna"
    [event] = reconcile(case).events
    assert [group.origins for group in event.origins] == [("lb-nna",)]
    assert case_notes(case) == ()


@pytest.mark.parametrize("written", [
    "NNA", " nna ", "lb nna",                            # the acronym the name gives, the id spaced otherwise
    "الوكالة  الوطنية للإعلام",                           # the Arabic part, spaced otherwise
    "National News Agency",                              # the words whose initials the name gives
    "N.N.A.",
])
def test_forms_of_the_name_of_a_source_name_it(tmp_path: Path, written: str) -> None:
    case = load_case(_case(tmp_path, {"lb-nna": [("n1", None)], "fr-afp": [("a1", written)]}))
    assert _relays(case)["fr-afp/a1"] == "lb-nna"


@pytest.mark.parametrize(("written", "meant"), [
    ("ministry of defence  of ARMENIA", "am-mod"),
    ("Armenian MoD", "am-mod"),                            # a party word for the party in the name, and an acronym
    ("Azerbaijani Defence Ministry", "az-mod"),            # in another order
    ("AM MOD", "am-mod"),                                  # the id spaced otherwise
    ("IDF", "il-idf"),                                     # an acronym of the whole name (also a party's alias)
    ("OSCE SMM", "osce"),                                  # a word and an acronym
    ("AFP", "fr-afp"),                                     # initials of a name with a hyphen
])
def test_acronyms_parts_and_party_words_name_the_source(tmp_path: Path, written: str, meant: str) -> None:
    case = load_case(_case(tmp_path, {"armenpress": [("p1", written)]},
                           sources=("am-mod", "az-mod", "il-idf", "osce", "fr-afp")))
    assert _relays(case)["armenpress/p1"] == meant


# --- never the wrong source --------------------------------------------------------------------------------------


@pytest.mark.parametrize("written", [
    "Ministry of Defence of Armenia",    # the words "Ministry of Defence" match; "Armenia" is no word of its name
    "Armenian MoD",
])
def test_a_name_with_a_word_the_source_lacks_names_no_source(tmp_path: Path, written: str) -> None:
    """The Armenian ministry's word, in a case with only the Azerbaijani ministry, is not the Azerbaijani
    ministry's, while the Azerbaijani ministry named the same way is."""
    azerbaijani = written.replace("Armenian", "Azerbaijani").replace("Armenia", "Azerbaijan").replace(" of ", "  of ")
    case = load_case(_case(tmp_path, {"fr-afp": [("a1", written), ("a2", azerbaijani)]}, sources=("az-mod",)))
    assert _relays(case)["fr-afp/a1"] == written
    assert _relays(case)["fr-afp/a2"] == "az-mod"
    assert case_notes(case) == ()


def test_a_name_two_sources_hold_names_neither_and_gets_a_note(tmp_path: Path) -> None:
    """"MoD" beside both ministries is neither: read as a speaker outside the case, with a note naming both."""
    case = load_case(_case(tmp_path, {"fr-afp": [("a1", "MoD")], "armenpress": [("p1", "Ministry of Defence")]},
                           sources=("am-mod", "az-mod")))
    assert _relays(case) == {"fr-afp/a1": "MoD", "armenpress/p1": "Ministry of Defence"}
    notes = case_notes(case)
    assert [(note.claim, note.field) for note in notes] == [("armenpress/p1", "relays"), ("fr-afp/a1", "relays")]
    assert notes[1].message == (
        "'MoD' is no source of the case as written, but may name any of 2 sources of the case: am-mod (Ministry "
        "of Defence of Armenia) and az-mod (Ministry of Defence of Azerbaijan): it is read as a speaker outside the "
        "case, an origin of its own that may count as one more independent witness; write the id of the source "
        "whose word it is (relays: am-mod or relays: az-mod), or, where it is a speaker outside the case, its name "
        "in full (docs/independence.md, \"Whose word is a claim?\")")


def test_a_name_that_leaves_out_whose_it_is_names_the_source_only_on_its_side(tmp_path: Path) -> None:
    """With one ministry in the case, "MoD" passed on by Armenian media is the Armenian ministry's word; passed
    on by AFP it may be any ministry: a note, not a guess."""
    case = load_case(_case(tmp_path, {"armenpress": [("p1", "MoD")], "fr-afp": [("a1", "MoD")]},
                           sources=("am-mod",)))
    assert _relays(case) == {"armenpress/p1": "am-mod", "fr-afp/a1": "MoD"}
    [note] = case_notes(case)
    assert (note.claim, note.field) == ("fr-afp/a1", "relays")
    assert "may name am-mod (Ministry of Defence of Armenia), whose name also says 'armenia'" in note.message


def test_a_part_of_a_name_says_whose_it_is_where_the_part_does(tmp_path: Path) -> None:
    """The Ukrainian part of the General Staff's name names it whoever passes it on; the English words without
    "of Ukraine" name it passed on by Ukrainian media, and are a candidate passed on by AFP."""
    case = load_case(_case(tmp_path, {"fr-afp": [("a1", "Генштаб  ЗСУ"), ("a2", "General Staff")],
                                      "ukrinform": [("u1", "General Staff"), ("u2", "Ukrainian General Staff")]},
                           sources=("ua-gs",)))
    assert _relays(case) == {"fr-afp/a1": "ua-gs", "fr-afp/a2": "General Staff", "ukrinform/u1": "ua-gs",
                             "ukrinform/u2": "ua-gs"}
    [note] = case_notes(case)
    assert note.claim == "fr-afp/a2"
    assert "whose name also says 'armed forces ukraine'" in note.message


def test_one_word_of_a_name_is_a_candidate_not_the_source(tmp_path: Path) -> None:
    """"the mission" may be the OSCE's, or any other mission: a note, not a link."""
    case = load_case(_case(tmp_path, {"fr-afp": [("a1", "the mission")]}, sources=("osce",)))
    assert _relays(case)["fr-afp/a1"] == "the mission"
    [note] = case_notes(case)
    assert ("may name osce (OSCE Special Monitoring Mission to Ukraine), whose name also says 'osce special "
            "monitoring ukraine'") in note.message


def test_a_relay_of_the_claims_own_source_by_another_form_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CaseError) as caught:
        load_case(_case(tmp_path, {"lb-nna": [("n1", "National News Agency")]}))
    assert "names the claim's own source ('lb-nna'" in str(caught.value)


# --- names outside the case --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [
    ("INTERFAX", "Interfax."),
    ("Al-Jazeera", "al jazeera"),
    ("Agência Lusa", "Agencia  Lusa"),
    ("A.F.P. Moscow", "AFP Moscow"),
    ("the Associated Press", "Associated Press"),
])
def test_spellings_of_one_outside_name_are_one_origin(tmp_path: Path, first: str, second: str) -> None:
    """Two sources relaying one speaker outside the case, spelled two ways, pass on one word: one origin."""
    case = load_case(_case(tmp_path, {"fr-afp": [("a1", first)], "osce": [("o1", second)]}))
    assert _relays(case) == {"fr-afp/a1": first, "osce/o1": second}
    [event] = reconcile(case).events
    assert len(event.origins) == 1
    assert relayed_key(first) == relayed_key(second)


def test_different_outside_names_stay_apart() -> None:
    assert relayed_key("Interfax") != relayed_key("Interfax Ukraine")
    assert relayed_key("Генпрокуратура Азербайджана") == "генпрокуратура азербайджана"  # its letters kept


def test_relayed_source_on_hand_built_sources() -> None:
    """`Alignment.relayed_source` works on any parties and sources, as the loader and the notes use it."""
    alignment = Alignment([Party("armenia", "Armenia", ("Armenian",)), Party("azerbaijan", "Azerbaijan")],
                          [Source("am-mod", "Ministry of Defence of Armenia", "belligerent", "armenia"),
                           Source("az-mod", "Ministry of Defence of Azerbaijan", "belligerent", "azerbaijan")])
    assert alignment.relayed_source("Armenian MoD").source == "am-mod"
    assert alignment.relayed_source("MoD").candidates == ("am-mod", "az-mod")
    assert alignment.relayed_source("Interfax") == RelayedSource(None)
    assert alignment.relayed_source("Armenia") == RelayedSource(None)  # a party's word is that party's
    assert alignment.relayed_source("Armenian MoD spokesman") == RelayedSource(None)  # "spokesman" is no word of it


WORDS = st.sampled_from(("ministry", "defence", "national", "news", "agency", "office", "army", "council",
                         "observatory", "mission", "press", "staff", "general", "of", "the", "for"))


@given(st.lists(st.lists(WORDS, min_size=1, max_size=6), min_size=1, max_size=6), st.data())
def test_a_relay_with_a_word_no_name_has_names_no_source(names: list[list[str]], data: st.DataObject) -> None:
    """Whatever the sources' names share with it, a relay that holds a word none of them has is linked to none and
    names no candidate: it is a speaker outside the case."""
    alignment = Alignment([Party("armenia", "Armenia")],
                          [Source(f"s{k}", " ".join(words), "media") for k, words in enumerate(names)])
    taken = data.draw(st.lists(st.sampled_from([w for words in names for w in words]), max_size=4))
    relay = " ".join([*taken, "Zqvorth"])
    assert alignment.relayed_source(relay, "s0") == RelayedSource(None)
