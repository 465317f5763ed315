"""The existence conflict of a denial that names an initiator says whom it blames: "denies shooting down the
helicopter: the army did it" is a denial that puts the incident on someone else, and a reader must see that from the
sentence, not only from a separate attribution conflict (found on a DR Congo case). A denial that names its own side
(or an ally), the party it clears, denies who did it, not the incident: it raises no existence conflict (it read
"…, clearing Azerbaijan." before), only the attribution conflict with the claim that blames its side."""

from __future__ import annotations

import pytest

from .test_independence import claim, event_of


def _existence(*claims: object) -> list[str]:
    return _summaries("existence", *claims)


def _summaries(kind: str, *claims: object) -> list[str]:
    event = event_of(*claims)  # type: ignore[arg-type]
    return [c.summary for c in event.conflicts if c.kind == kind]


@pytest.mark.parametrize(("initiator", "ending"), [
    ("armenia", ", blaming Armenia."),
    ("nkr", ", blaming Nagorno-Karabakh Republic."),
    ("unknown", "."),
    (None, "."),
])
def test_a_denial_says_whom_it_blames(initiator: str | None, ending: str) -> None:
    (sentence,) = _existence(claim("am-mod/a", initiator="azerbaijan"),
                             claim("az-mod/b", stance="denies", initiator=initiator))
    assert sentence == ("Ministry of Defence of Armenia says the incident happened; Ministry of Defence of "
                        f"Azerbaijan denies it{ending}")


@pytest.mark.parametrize(("accuser", "denier", "party", "sentence"), [
    # its own side
    ("am-mod/a", "az-mod/b", "azerbaijan", "Ministry of Defence of Armenia says Azerbaijan started it; Ministry of "
     "Defence of Azerbaijan denies that Azerbaijan did."),
    # NKR is aligned with Armenia: an Armenian denial naming NKR clears it
    ("az-mod/a", "am-mod/b", "nkr", "Ministry of Defence of Armenia denies that Nagorno-Karabakh Republic started it; "
     "Ministry of Defence of Azerbaijan says Nagorno-Karabakh Republic did."),
])
def test_a_denial_that_clears_its_side_disputes_who_did_it(accuser: str, denier: str, party: str,
                                                           sentence: str) -> None:
    """Before, each also read "… says the incident happened; … denies it, clearing …" as an existence conflict."""
    claims = (claim(accuser, initiator=party), claim(denier, stance="denies", initiator=party))
    assert _existence(*claims) == []
    assert _summaries("attribution", *claims) == [sentence]


def test_a_source_of_no_side_blames_whoever_it_names() -> None:
    (sentence,) = _existence(claim("am-mod/a"), claim("osce/b", stance="denies", initiator="azerbaijan"))
    assert sentence.endswith("OSCE monitors denies it, blaming Azerbaijan.")
