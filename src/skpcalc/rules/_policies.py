"""What the policy objects of all rule sets share."""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

from skpcalc.errors import InvalidInputError

P = TypeVar("P", bound=attrs.AttrsInstance)


def replace_policies(policies: P, changes: dict[str, Any]) -> P:
    """A copy of a frozen policies object with some fields changed; unknown names raise an error."""
    names = [field.name for field in attrs.fields(type(policies))]
    for name in changes:
        if name not in names:
            raise InvalidInputError("Policies", name, f"a policy name, one of {', '.join(names)}")
    return attrs.evolve(policies, **changes)  # type: ignore[misc]  # mypy cannot see the bound is attrs


def flat_policies(policies: dict[str, Any]) -> list[tuple[str, str]]:
    """``(name, value)`` pairs of a policies plain dict, a rounding policy written as ``2dp half_up``."""
    pairs = []
    for name, value in policies.items():
        if isinstance(value, dict):
            pairs.append((name, f"{value['places']}dp {value['mode']}"))
        else:
            pairs.append((name, str(value)))
    return pairs
