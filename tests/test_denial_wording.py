"""The existence conflict of a denial that names an initiator says whom it blames or clears: "denies shooting down
the helicopter: the army did it" is a denial that puts the incident on someone else, and a reader must see that
from the sentence, not only from a separate attribution conflict (found on a DR Congo case)."""

from __future__ import annotations

import pytest

from .test_independence import claim, event_of


def _existence(*claims: object) -> list[str]:
    event = event_of(*claims)  # type: ignore[arg-type]
    return [c.summary for c in event.conflicts if c.kind == "existence"]


@pytest.mark.parametrize(("initiator", "ending"), [
    ("armenia", ", blaming Armenia."),
    ("azerbaijan", ", clearing Azerbaijan."),
    ("nkr", ", blaming Nagorno-Karabakh Republic."),
    ("unknown", "."),
    (None, "."),
])
def test_a_denial_says_whom_it_blames_or_clears(initiator: str | None, ending: str) -> None:
    (sentence,) = _existence(claim("am-mod/a", initiator="azerbaijan"),
                             claim("az-mod/b", stance="denies", initiator=initiator))
    assert sentence == ("Ministry of Defence of Armenia says the incident happened; Ministry of Defence of "
                        f"Azerbaijan denies it{ending}")


def test_an_ally_named_is_cleared() -> None:
    """NKR is aligned with Armenia: an Armenian denial naming NKR clears it."""
    (sentence,) = _existence(claim("az-mod/a", initiator="nkr"), claim("am-mod/b", stance="denies", initiator="nkr"))
    assert sentence.endswith("Ministry of Defence of Armenia denies it, clearing Nagorno-Karabakh Republic.")


def test_a_source_of_no_side_blames_whoever_it_names() -> None:
    (sentence,) = _existence(claim("am-mod/a"), claim("osce/b", stance="denies", initiator="azerbaijan"))
    assert sentence.endswith("OSCE monitors denies it, blaming Azerbaijan.")
