"""Every registered rule set keeps the common contract."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from skpcalc.errors import NotInForceError, SkpCalcError
from skpcalc.interchange import appraisal_document, loads, read_appraisal
from skpcalc.registry import RULE_SETS
from skpcalc.rules.base import RuleSet

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
RULE_SET_PARAMS = pytest.mark.parametrize("rule_set", list(RULE_SETS.values()), ids=list(RULE_SETS))


@RULE_SET_PARAMS
def test_has_citation_and_period(rule_set: RuleSet) -> None:
    assert isinstance(rule_set, RuleSet)
    assert rule_set.citation
    assert all(citation.short and citation.title for citation in rule_set.citation)
    assert rule_set.in_force.source.reference


@RULE_SET_PARAMS
@pytest.mark.parametrize("junk", [None, 1, 1.5, "appraisal", {"kind": "skp"}, []])
def test_junk_raises_only_skpcalc_errors(rule_set: RuleSet, junk: Any) -> None:
    with pytest.raises(SkpCalcError):
        rule_set.score(junk)
    with pytest.raises(SkpCalcError):
        rule_set.appraisal_from_dict(junk)
    with pytest.raises(SkpCalcError):
        rule_set.result_from_dict(junk)


def _example_text(key: str) -> str:
    return (EXAMPLES / f"{key}_appraisal.json").read_text(encoding="utf-8")


@RULE_SET_PARAMS
def test_refuses_days_outside_in_force(rule_set: RuleSet) -> None:
    text = _example_text(rule_set.key)
    year = re.search(r'"start": "(\d{4})-', text)
    assert year is not None
    before = rule_set.in_force.start.year - 1  # the whole example moved to a year before the rule set
    shifted = read_appraisal(loads(text.replace(f'"{year[1]}-', f'"{before}-')))[1]
    with pytest.raises(NotInForceError):
        rule_set.score(shifted)
    assert rule_set.score(shifted, allow_outside_in_force=True) is not None


@RULE_SET_PARAMS
def test_bundled_example_round_trips(rule_set: RuleSet) -> None:
    example = read_appraisal(loads(_example_text(rule_set.key)))[1]
    assert read_appraisal(appraisal_document(rule_set, example)) == (rule_set, example)
