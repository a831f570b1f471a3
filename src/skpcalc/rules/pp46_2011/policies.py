"""Policies of the PP 46/2011 rule set: the points the sources leave open, each a named choice.

One enum per open point; their values are what documents and the command line use.

Every field of :class:`Policies` has the default documented in ``docs/rules/pp46_2011.md``; change one
with :meth:`Policies.replace` or :meth:`~skpcalc.rules.pp46_2011.Pp46RuleSet.with_policies`. The policies
in effect are part of every result.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from skpcalc._validate import enum_member
from skpcalc.errors import InvalidTypeError
from skpcalc.numeric import Rounding, RoundingPolicy
from skpcalc.rules._policies import replace_policies
from skpcalc.rules._sheet import PredikatBasis, RoundingStage

__all__ = [
    "CreativityAggregation",
    "GapReading",
    "LeadershipRule",
    "MutasiAggregation",
    "NegativeScores",
    "Policies",
    "PredikatBasis",
    "RoundingStage",
    "ZeroCostTarget",
]


class NegativeScores(enum.StrEnum):
    """A waktu or biaya score below 0 (late beyond 1.76 x target, or cost overrun)."""

    KEEP = "keep"
    """Default. The Perka formula has no floor: 12 -> 24 months scores -24."""
    FLOOR_AT_ZERO = "floor_at_zero"
    """Scores below 0 count as 0."""


class ZeroCostTarget(enum.StrEnum):
    """A biaya target of 0 (instead of leaving the cost aspect out)."""

    REJECT = "reject"
    """Default. A cost target must be > 0; omit it for an activity without a cost aspect."""
    ABSENT = "absent"
    """A cost target of 0 means "no cost aspect": the activity is divided by 3."""


class GapReading(enum.StrEnum):
    """How values between the integer bands (e.g. 90.5) get a predikat."""

    LOWER_BOUND_INCLUSIVE = "lower_bound_inclusive"
    """Default. >= 91 Sangat Baik, >= 76 Baik, >= 61 Cukup, >= 51 Kurang, else Buruk (90.5 -> Baik)."""
    UPPER_BOUND_INCLUSIVE = "upper_bound_inclusive"
    """<= 50 Buruk, <= 60 Kurang, <= 75 Cukup, <= 90 Baik, else Sangat Baik (90.5 -> Sangat Baik)."""
    UPPER_BOUND_90_99 = "upper_bound_90_99"
    """As upper-bound inclusive, but Baik up to 90.99 (the "90.99" reading: 90.5 -> Baik, 90.995 -> Sangat Baik)."""


class CreativityAggregation(enum.StrEnum):
    """Several kreativitas items in one SKP."""

    SUM = "sum"
    """Default. The values of all items are added."""
    HIGHEST = "highest"
    """Only the highest-valued item counts."""


class LeadershipRule(enum.StrEnum):
    """Which positions are assessed on kepemimpinan."""

    STRUCTURAL_ONLY = "structural_only"
    """Default. Kepemimpinan is required for jabatan struktural (6 aspects) and refused otherwise (5)."""
    AS_ASSESSED = "as_assessed"
    """Kepemimpinan counts whenever it was assessed, for any position; the divisor is the aspects given."""


class MutasiAggregation(enum.StrEnum):
    """Combining the SKP values of two (or more) SKPs in one year."""

    SIMPLE_MEAN = "simple_mean"
    """Default. (SKP lama + SKP baru) / 2, as the BKN Kantor Regional XII FAQ states."""
    MONTH_WEIGHTED = "month_weighted"
    """Mean weighted by the whole calendar months each SKP covers."""


def _rounding(value: RoundingPolicy) -> RoundingPolicy:
    if not isinstance(value, RoundingPolicy):
        raise InvalidTypeError("Policies.rounding", value, "a RoundingPolicy")
    return value


def _negative(value: NegativeScores | str) -> NegativeScores:
    return enum_member(NegativeScores, value, "Policies.negative_scores")


def _zero_cost(value: ZeroCostTarget | str) -> ZeroCostTarget:
    return enum_member(ZeroCostTarget, value, "Policies.zero_cost_target")


def _stage(value: RoundingStage | str) -> RoundingStage:
    return enum_member(RoundingStage, value, "Policies.rounding_stage")


def _gap(value: GapReading | str) -> GapReading:
    return enum_member(GapReading, value, "Policies.predikat_gap")


def _basis(value: PredikatBasis | str) -> PredikatBasis:
    return enum_member(PredikatBasis, value, "Policies.predikat_basis")


def _creativity(value: CreativityAggregation | str) -> CreativityAggregation:
    return enum_member(CreativityAggregation, value, "Policies.creativity")


def _leadership(value: LeadershipRule | str) -> LeadershipRule:
    return enum_member(LeadershipRule, value, "Policies.leadership")


def _mutasi(value: MutasiAggregation | str) -> MutasiAggregation:
    return enum_member(MutasiAggregation, value, "Policies.mutasi")


#: Default rounding: 2 decimals, half-up, as the published forms print (85.50, 253.14).
FORM_ROUNDING = RoundingPolicy(places=2, mode=Rounding.HALF_UP)


@attrs.frozen(kw_only=True)
class Policies:
    """The policy choices of the PP 46/2011 rule set.

    Each default is the reading that ``docs/rules/pp46_2011.md`` defends.
    """

    negative_scores: NegativeScores = attrs.field(default=NegativeScores.KEEP, converter=_negative)
    zero_cost_target: ZeroCostTarget = attrs.field(default=ZeroCostTarget.REJECT, converter=_zero_cost)
    rounding: RoundingPolicy = attrs.field(default=FORM_ROUNDING, converter=_rounding)
    rounding_stage: RoundingStage = attrs.field(default=RoundingStage.FORM, converter=_stage)
    predikat_gap: GapReading = attrs.field(default=GapReading.LOWER_BOUND_INCLUSIVE, converter=_gap)
    predikat_basis: PredikatBasis = attrs.field(default=PredikatBasis.PRINTED, converter=_basis)
    creativity: CreativityAggregation = attrs.field(default=CreativityAggregation.SUM, converter=_creativity)
    leadership: LeadershipRule = attrs.field(default=LeadershipRule.STRUCTURAL_ONLY, converter=_leadership)
    mutasi: MutasiAggregation = attrs.field(default=MutasiAggregation.SIMPLE_MEAN, converter=_mutasi)

    def replace(self, **changes: Any) -> Policies:
        """A copy with some policies changed; unknown names raise an error listing the valid ones."""
        return replace_policies(self, changes)

    def to_dict(self) -> dict[str, str | dict[str, str | int]]:
        """Plain-dict form (used by the interchange format)."""
        return {
            "negative_scores": self.negative_scores.value,
            "zero_cost_target": self.zero_cost_target.value,
            "rounding": {"places": self.rounding.places, "mode": self.rounding.mode.value},
            "rounding_stage": self.rounding_stage.value,
            "predikat_gap": self.predikat_gap.value,
            "predikat_basis": self.predikat_basis.value,
            "creativity": self.creativity.value,
            "leadership": self.leadership.value,
            "mutasi": self.mutasi.value,
        }
