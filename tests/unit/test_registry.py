"""The registry table, its aliases, look-up by date, and the README's table of rule sets."""

from __future__ import annotations

import pkgutil
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import skpcalc.rules
from skpcalc.errors import InvalidTypeError, UnknownRuleSetError
from skpcalc.registry import ALIASES, RULE_SETS, get_rule_set, list_rule_sets, rule_sets_in_force
from skpcalc.rules.base import RuleSet

README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_rule_module_is_registered_once() -> None:
    modules = sorted(
        info.name
        for info in pkgutil.iter_modules(skpcalc.rules.__path__)
        if info.name != "base" and not info.name.startswith("_")
    )
    assert modules == sorted(RULE_SETS)
    for key, rule_set in RULE_SETS.items():
        assert rule_set.key == key
        assert isinstance(rule_set, RuleSet)


def test_aliases_point_to_registered_keys() -> None:
    for alias, key in ALIASES.items():
        assert key in RULE_SETS
        assert get_rule_set(alias) is RULE_SETS[key]


def test_lookup_is_case_and_space_insensitive() -> None:
    assert get_rule_set(" PP46_2011 ") is RULE_SETS["pp46_2011"]


def test_unknown_key_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownRuleSetError) as caught:
        get_rule_set("pp46/2012")
    assert str(caught.value) == (
        "unknown rule set 'pp46/2012'; available: pp46_2011, permenpanrb_8_2021, permenpanrb_6_2022"
    )
    assert caught.value.available == ("pp46_2011", "permenpanrb_8_2021", "permenpanrb_6_2022")
    assert isinstance(caught.value, LookupError)
    with pytest.raises(InvalidTypeError):
        get_rule_set(46)  # type: ignore[arg-type]


def test_in_force_lookup_by_day() -> None:
    assert rule_sets_in_force(date(2013, 12, 31)) == ()
    assert [r.key for r in rule_sets_in_force(date(2014, 1, 1))] == ["pp46_2011"]
    assert [r.key for r in rule_sets_in_force(date(2021, 6, 30))] == ["pp46_2011"]
    with pytest.raises(InvalidTypeError):
        rule_sets_in_force("2019-01-01")  # type: ignore[arg-type]


#: Days no registered rule set governs yet: July-December 2021 belongs to PermenPANRB 8/2021,
#: which is not implemented (PP 46/2011 ends on 2021-06-30, PermenPANRB 6/2022 starts on 2022-01-01).
def test_every_day_from_2014_to_today_has_exactly_one_rule_set() -> None:
    # The effective-date table: PP 46/2011 to 2021-06-30, PermenPANRB 8/2021 for July-December 2021,
    # PermenPANRB 6/2022 from 2022-01-01. No day is uncovered and none has two rule sets.
    day, last = date(2014, 1, 1), datetime.now(tz=UTC).date()
    seen: list[tuple[str, date]] = []
    while day <= last:
        found = rule_sets_in_force(day)
        assert len(found) == 1, day
        if not seen or seen[-1][0] != found[0].key:
            seen.append((found[0].key, day))
        day += timedelta(days=1)
    assert seen == [
        ("pp46_2011", date(2014, 1, 1)),
        ("permenpanrb_8_2021", date(2021, 7, 1)),
        ("permenpanrb_6_2022", date(2022, 1, 1)),
    ]
    assert rule_sets_in_force(date(2013, 12, 31)) == ()


def test_readme_table_matches_registry() -> None:
    rows = re.findall(
        r"^\| `(\w+)` \|[^|]*\| (\d{4}-\d{2}-\d{2}) \| (\d{4}-\d{2}-\d{2}|-) \|$", README.read_text(), re.MULTILINE
    )
    expected = [
        (r.key, r.in_force.start.isoformat(), r.in_force.end.isoformat() if r.in_force.end else "-")
        for r in list_rule_sets()
    ]
    assert rows == expected
