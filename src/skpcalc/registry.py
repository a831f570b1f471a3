"""The registry of rule sets: one literal table, looked up by key or by date.

There is no default rule set: callers name one, or ask which are in force on a day.

>>> get_rule_set("pp46_2011").key
'pp46_2011'
>>> [rule_set.key for rule_set in rule_sets_in_force(date(2019, 7, 1))]
['pp46_2011']
>>> [rule_set.key for rule_set in rule_sets_in_force(date(2021, 7, 1))]
['permenpanrb_8_2021']
"""

from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import Final

from skpcalc.errors import InvalidTypeError, UnknownRuleSetError
from skpcalc.rules import permenpanrb_6_2022, permenpanrb_8_2021, pp46_2011
from skpcalc.rules.base import RuleSet

__all__ = ["ALIASES", "RULE_SETS", "get_rule_set", "list_rule_sets", "rule_sets_in_force"]

#: Every rule set, by key. A test checks that each rule module has exactly one entry.
RULE_SETS: Final[MappingProxyType[str, RuleSet]] = MappingProxyType(
    {
        rule_set.key: rule_set
        for rule_set in (pp46_2011.RULE_SET, permenpanrb_8_2021.RULE_SET, permenpanrb_6_2022.RULE_SET)
    }
)

#: Other spellings of the keys.
ALIASES: Final[MappingProxyType[str, str]] = MappingProxyType(
    {
        "pp46": "pp46_2011",
        "pp_46_2011": "pp46_2011",
        "pp-46-2011": "pp46_2011",
        "perka_bkn_1_2013": "pp46_2011",
        "permenpanrb8": "permenpanrb_8_2021",
        "permenpanrb-8-2021": "permenpanrb_8_2021",
        "permenpanrb6": "permenpanrb_6_2022",
        "permenpanrb-6-2022": "permenpanrb_6_2022",
        "se_menpanrb_3_2023": "permenpanrb_6_2022",
    }
)


def get_rule_set(key: str) -> RuleSet:
    """The rule set registered under ``key`` (or an alias of it), case-insensitively.

    Raises:
        UnknownRuleSetError: no such key; the error lists the valid ones.
    """
    if not isinstance(key, str):
        raise InvalidTypeError("key", key, f"a rule-set key, one of {', '.join(RULE_SETS)}")
    normalised = key.strip().lower()
    normalised = ALIASES.get(normalised, normalised)
    try:
        return RULE_SETS[normalised]
    except KeyError:
        raise UnknownRuleSetError(key, RULE_SETS) from None


def list_rule_sets() -> tuple[RuleSet, ...]:
    """All registered rule sets, oldest first."""
    return tuple(sorted(RULE_SETS.values(), key=lambda rule_set: rule_set.in_force.start))


def rule_sets_in_force(day: date) -> tuple[RuleSet, ...]:
    """The rule sets in force on ``day``: none, one, or (in a transition) several, oldest first."""
    if not isinstance(day, date):
        raise InvalidTypeError("day", day, "a datetime.date")
    return tuple(rule_set for rule_set in list_rule_sets() if rule_set.in_force.contains(day))
