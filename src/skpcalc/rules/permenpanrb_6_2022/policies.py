"""Policies of the PermenPANRB 6/2022 rule set: the points the sources leave open, each a named choice."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from skpcalc._validate import enum_member
from skpcalc.rules._policies import replace_policies

__all__ = [
    "AnnualPredikat",
    "HeadCountRounding",
    "LeaderRating",
    "MajorityReading",
    "Policies",
    "RatingDerivation",
]


class RatingDerivation(enum.StrEnum):
    """How a rating is formed from per-result (RHK) or per-core-value ratings, when not given directly."""

    MOST_ABOVE_NONE_MAIN_BELOW = "most_above_none_main_below"
    """Default. Di Atas when more than half of the items are above expectation and no main item is below;
    Di Bawah when more than half of the main items are below; otherwise Sesuai. For perilaku, every core
    value counts as a main item."""
    ALL_ABOVE_ANY_BELOW = "all_above_any_below"
    """Stricter: Di Atas only when every item is above; Di Bawah when any main item is below; else Sesuai."""
    ANY_BELOW_FOUR_ABOVE = "any_below_four_above"
    """The heuristic of a public implementation for the seven core values: Di Bawah when any item is below;
    Di Atas when at least four items are above; else Sesuai."""


class AnnualPredikat(enum.StrEnum):
    """How the annual predikat relates to the periodic ones."""

    LAST_PERIOD = "last_period"
    """Default. The predikat of the year's last periodic evaluation, whose form doubles as the annual one
    ("Triwulan IV-Akhir")."""
    YEAR_END_EVALUATION = "year_end_evaluation"
    """An annual evaluation of its own; the periodic ones inform it but do not decide it."""


class LeaderRating(enum.StrEnum):
    """How the five-level predikat kinerja organisasi becomes the leader's three-level rating hasil kerja."""

    STRICT = "strict"
    """Default. Istimewa -> Di Atas; Baik -> Sesuai; Butuh Perbaikan, Kurang, Sangat Kurang -> Di Bawah."""
    LENIENT = "lenient"
    """Istimewa -> Di Atas; Baik and Butuh Perbaikan -> Sesuai; Kurang, Sangat Kurang -> Di Bawah."""


class HeadCountRounding(enum.StrEnum):
    """How a percentage of the unit's head-count becomes a whole number of employees."""

    CONSERVATIVE = "conservative"
    """Default. Maxima rounded down, minima rounded up; "harus ada" means at least 1."""
    HALF_UP = "half_up"
    """Maxima and minima rounded half-up (N = 7: 70 % = 4.9 -> 5); "harus ada" still means at least 1."""


class MajorityReading(enum.StrEnum):
    """Whether "sebagian besar (maksimal 70%)" also requires more than half."""

    MAXIMUM_ONLY = "maximum_only"
    """Default. Only the stated maximum of 70 % is checked."""
    MORE_THAN_HALF = "more_than_half"
    """"Sebagian besar" is also read as more than 50 % of the unit."""


def _derivation(value: RatingDerivation | str) -> RatingDerivation:
    return enum_member(RatingDerivation, value, "Policies.rating_derivation")


def _annual(value: AnnualPredikat | str) -> AnnualPredikat:
    return enum_member(AnnualPredikat, value, "Policies.annual")


def _leader(value: LeaderRating | str) -> LeaderRating:
    return enum_member(LeaderRating, value, "Policies.leader_rating")


def _rounding(value: HeadCountRounding | str) -> HeadCountRounding:
    return enum_member(HeadCountRounding, value, "Policies.head_count_rounding")


def _majority(value: MajorityReading | str) -> MajorityReading:
    return enum_member(MajorityReading, value, "Policies.majority")


@attrs.frozen(kw_only=True)
class Policies:
    """The policy choices of the PermenPANRB 6/2022 rule set.

    Each default is the reading that ``docs/rules/permenpanrb_6_2022.md`` defends.
    """

    rating_derivation: RatingDerivation = attrs.field(
        default=RatingDerivation.MOST_ABOVE_NONE_MAIN_BELOW, converter=_derivation
    )
    annual: AnnualPredikat = attrs.field(default=AnnualPredikat.LAST_PERIOD, converter=_annual)
    leader_rating: LeaderRating = attrs.field(default=LeaderRating.STRICT, converter=_leader)
    head_count_rounding: HeadCountRounding = attrs.field(default=HeadCountRounding.CONSERVATIVE, converter=_rounding)
    majority: MajorityReading = attrs.field(default=MajorityReading.MAXIMUM_ONLY, converter=_majority)

    def replace(self, **changes: Any) -> Policies:
        """A copy with some policies changed; unknown names raise an error listing the valid ones."""
        return replace_policies(self, changes)

    def to_dict(self) -> dict[str, str]:
        """Plain-dict form (used by the interchange format)."""
        return {field.name: str(getattr(self, field.name).value) for field in attrs.fields(Policies)}
