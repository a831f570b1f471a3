"""What every rule set has: its citation, the period it is in force, and the scoring contract."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any, Protocol, runtime_checkable

import attrs

__all__ = ["Citation", "Evidence", "InForce", "RuleSet", "Source"]


@attrs.frozen
class Citation:
    """A legal instrument: short name (``"PP 46/2011"``) and full title."""

    short: str
    title: str

    def __str__(self) -> str:
        return self.short


class Evidence(enum.StrEnum):
    """How firmly a rule is established by what the project could read of its source."""

    PRIMARY = "P"
    """The regulation text or its lampiran was seen."""
    SECONDARY = "S"
    """An official-looking secondary source (BKN office FAQ, training material, agency guideline)."""
    CODE = "C"
    """Only corroborated by public implementations."""
    UNVERIFIED = "M"
    """A reasonable reading that no retrieved source confirms."""
    DERIVED = "D"
    """Follows arithmetically from a rule of one of the other kinds."""


@attrs.frozen
class Source:
    """Where a single rule comes from, and how firm that is."""

    reference: str
    evidence: Evidence

    def __str__(self) -> str:
        return f"{self.reference} [{self.evidence.value}]"


@attrs.frozen
class InForce:
    """The days a rule set governs: ``start`` and ``end`` inclusive; ``end=None`` means not repealed."""

    start: date
    end: date | None
    source: Source

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            msg = f"InForce end {self.end} is before start {self.start}"
            raise ValueError(msg)

    def contains(self, day: date) -> bool:
        """Whether ``day`` is governed by the rule set."""
        return self.start <= day and (self.end is None or day <= self.end)

    def covers(self, start: date, end: date) -> bool:
        """Whether every day from ``start`` to ``end`` is governed by the rule set."""
        return self.contains(start) and self.contains(end)

    def __str__(self) -> str:
        until = "until repealed" if self.end is None else f"to {self.end.isoformat()}"
        return f"from {self.start.isoformat()} {until}"


@runtime_checkable
class RuleSet(Protocol):
    """The contract every rule set satisfies.

    A rule set is one regulation (with its implementing rules) for the period it is in force,
    under a fixed set of policies for the points the sources leave open.
    """

    @property
    def key(self) -> str:
        """Registry key, the regulation's citation in identifier form (``"pp46_2011"``)."""
        ...

    @property
    def citation(self) -> tuple[Citation, ...]:
        """The instruments the rule set implements, the main one first."""
        ...

    @property
    def in_force(self) -> InForce:
        """The period the rule set governs."""
        ...

    @property
    def policies(self) -> Any:
        """The policy choices in effect (a frozen object particular to the rule set)."""
        ...

    def with_policies(self, **changes: Any) -> RuleSet:
        """The same rule set with some policies changed; unknown names or values raise an error."""
        ...

    def score(self, appraisal: Any, /, *, allow_outside_in_force: bool = False) -> Any:
        """Score an appraisal; raises ``NotInForceError`` outside :attr:`in_force` unless allowed."""
        ...

    def appraisal_from_dict(self, data: Any, /) -> Any:
        """Build an appraisal of this rule set from its interchange form (see ``skpcalc.interchange``)."""
        ...

    def appraisal_to_dict(self, appraisal: Any, /) -> dict[str, Any]:
        """The interchange form of an appraisal of this rule set."""
        ...

    def result_to_dict(self, result: Any, /) -> dict[str, Any]:
        """The interchange form of a result of this rule set."""
        ...

    def result_from_dict(self, data: Any, /) -> Any:
        """Rebuild a result from its interchange form."""
        ...

    def policies_from_dict(self, data: Any, /) -> RuleSet:
        """The same rule set with policies given in interchange form."""
        ...
