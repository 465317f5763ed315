"""QA of a Galwan Valley (June 2020) case: the messages for a count a user copies with the words after it, and the
night of a Hindi release.

Indian agencies reported "43 casualties including dead and seriously injured" on the Chinese side, and the Indian
Army "an officer and two soldiers" killed. Typed into `killed`, such a text was refused with the hint to write the
first figure alone ('43', 'an'): a user who follows it records 43 killed (the casualties were the killed and the
wounded together) or 1 killed (for 3). The hint now says why neither is the figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.normalize import NormalizeError, parse_count, parse_date

from .readings import assert_forms_read, documented_forms


def _message(text: str) -> str:
    with pytest.raises(NormalizeError) as caught:
        parse_count(text)
    return str(caught.value)


@pytest.mark.parametrize(("text", "head"), [
    ("43 casualties", "43"),
    ("43 casualties including dead and seriously injured", "43"),
    ("more than 40 casualties", "more than 40"),
    ("43 dead and injured", "43"),
    ("43 killed or wounded", "43"),
    ("43 हताहत", "43"),
    ("43人伤亡", "43人"),
    ("43名死伤", "43名"),
    ("43名死伤人员", "43名"),
    ("43명 사상자", "43명"),
])
def test_a_count_of_the_killed_and_wounded_together_is_not_offered_as_a_figure(text: str, head: str) -> None:
    message = _message(text)
    assert "counts the killed and the wounded together" in message
    assert f"write {head!r}" not in message
    assert "mapping form" in message


def test_the_mapping_form_offered_keeps_the_count_as_a_ceiling() -> None:
    assert "low: 0, high: 43}" in _message("43 casualties")
    assert "high:" not in _message("more than 40 casualties").split("expected")[0]


@pytest.mark.parametrize("text", ["an officer and two soldiers", "one officer and two soldiers",
                                  "a colonel and nineteen soldiers"])
def test_a_count_followed_by_another_figure_is_not_offered_alone(text: str) -> None:
    message = _message(text)
    head = text.split()[0]
    assert f"write {head!r}" not in message
    assert "give another figure" in message
    # A count with a noun after it, an article among the words ("a civilian") included, is still told the count.
    for other, count in (("20 soldiers", "20"), ("a dozen soldiers", "a dozen"), ("20 जवान", "20"),
                         ("4名官兵", "4名"), ("two soldiers and a civilian", "two")):
        assert f"write {count!r}" in _message(other)


@pytest.mark.parametrize("text", ["15/16 जून 2020 की रात", "15/16 जून 2020 की दरमियानी रात को", "15-16 जून 2020 की रात",
                                  "15/16 जून 2020 की रात में"])
def test_a_hindi_night_is_its_two_days(text: str) -> None:
    """The Indian Army's Hindi releases date the Galwan clash as English ones do, the night after its days:
    "15/16 जून 2020 की रात" (the night of 15/16 June 2020) was refused with the general message."""
    span = parse_date(text)
    assert (span.start, span.end, span.precision) == (dt.date(2020, 6, 15), dt.date(2020, 6, 16), "range")
    # As in English (`night of 4 June 2012`: which night?), a night is two days that follow each other.
    for other in ("15 जून 2020 की रात", "15/17 जून 2020 की रात"):
        with pytest.raises(NormalizeError):
            parse_date(other)



def test_every_form_of_the_urdu_and_hindi_table_reads() -> None:
    """The table of docs/normalization.md, its Hindi nights among them."""
    forms = documented_forms("### Urdu and Hindi")
    assert "4/5 जून 2019 की दरमियानी रात को" in forms
    assert_forms_read(forms)
