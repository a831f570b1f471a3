"""Policies of the PermenPANRB 8/2021 rule set: the points the sources leave open, each a named choice.

Every field of :class:`Policies` has the default documented in ``docs/rules/permenpanrb_8_2021.md``;
change one with :meth:`Policies.replace` or
:meth:`~skpcalc.rules.permenpanrb_8_2021.Permenpanrb8RuleSet.with_policies`. The policies in effect are
part of every result.
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
    "CapaianRounding",
    "Conversion2021",
    "Over120",
    "Policies",
    "PredikatBasis",
    "RoundingStage",
    "VeryGoodFormula",
]


class CapaianRounding(enum.StrEnum):
    """Which capaian IKI is converted to nilai capaian IKI."""

    WHOLE_PERCENT = "whole_percent"
    """Default. Capaian rounded half-up to a whole percent first, as the Lampiran's worked example shows
    (93 / 95 = 97.89 % is printed 98 % and converted to 88)."""
    EXACT = "exact"
    """The exact capaian (93 / 95 converts to 87.89...)."""


class VeryGoodFormula(enum.StrEnum):
    """Nilai capaian IKI for a capaian of 101-110 % (kategori Sangat Baik)."""

    INTERPOLATE = "interpolate"
    """Default. 110 + (120 - 110) / (110 % - 101 %) x (capaian - 101 %), the formula public implementations
    agree on (the Lampiran page with this row could not be read)."""
    FLOOR_110 = "floor_110"
    """110, the lowest value of the Sangat Baik band, for the whole row; only > 110 % gives 120."""


class Over120(enum.StrEnum):
    """A nilai SKP above 120 (kinerja utama up to 120 plus kinerja tambahan up to 10)."""

    CAP_SKP = "cap_skp"
    """Default. The nilai SKP is counted as 120, the top of the scale of PP 30/2019 Pasal 41 ayat (5)."""
    KEEP = "keep"
    """No cap: the nilai SKP and nilai kinerja may exceed 120 (read as the top predikat bands)."""


class Conversion2021(enum.StrEnum):
    """How the January-June 2021 value (PP 46/2011, 0-100) is put on the 0-120 scale before integration."""

    BAND_LINEAR = "band_linear"
    """Default. Each PP 46/2011 band mapped linearly onto the PP 30/2019 band of the same rank (91-99 ->
    110-120, 76-90 -> 90-109, 61-75 -> 70-89, 51-60 -> 50-69, below 51 x 49 / 50, above 99 -> 120)."""
    PROPORTIONAL = "proportional"
    """The value times 1.2."""
    NONE = "none"
    """The value as it is (no conversion)."""


def _rounding(value: RoundingPolicy) -> RoundingPolicy:
    if not isinstance(value, RoundingPolicy):
        raise InvalidTypeError("Policies.rounding", value, "a RoundingPolicy")
    return value


def _stage(value: RoundingStage | str) -> RoundingStage:
    return enum_member(RoundingStage, value, "Policies.rounding_stage")


def _basis(value: PredikatBasis | str) -> PredikatBasis:
    return enum_member(PredikatBasis, value, "Policies.predikat_basis")


def _capaian(value: CapaianRounding | str) -> CapaianRounding:
    return enum_member(CapaianRounding, value, "Policies.capaian")


def _very_good(value: VeryGoodFormula | str) -> VeryGoodFormula:
    return enum_member(VeryGoodFormula, value, "Policies.very_good")


def _over_120(value: Over120 | str) -> Over120:
    return enum_member(Over120, value, "Policies.over_120")


def _conversion(value: Conversion2021 | str) -> Conversion2021:
    return enum_member(Conversion2021, value, "Policies.conversion_2021")


#: Default rounding of printed figures: 2 decimals, half-up (the Lampiran prints 59,2 and 102,8).
FORM_ROUNDING = RoundingPolicy(places=2, mode=Rounding.HALF_UP)


@attrs.frozen(kw_only=True)
class Policies:
    """The policy choices of the PermenPANRB 8/2021 rule set.

    Each default is the reading that ``docs/rules/permenpanrb_8_2021.md`` defends.
    """

    capaian: CapaianRounding = attrs.field(default=CapaianRounding.WHOLE_PERCENT, converter=_capaian)
    very_good: VeryGoodFormula = attrs.field(default=VeryGoodFormula.INTERPOLATE, converter=_very_good)
    over_120: Over120 = attrs.field(default=Over120.CAP_SKP, converter=_over_120)
    rounding: RoundingPolicy = attrs.field(default=FORM_ROUNDING, converter=_rounding)
    rounding_stage: RoundingStage = attrs.field(default=RoundingStage.FORM, converter=_stage)
    predikat_basis: PredikatBasis = attrs.field(default=PredikatBasis.PRINTED, converter=_basis)
    conversion_2021: Conversion2021 = attrs.field(default=Conversion2021.BAND_LINEAR, converter=_conversion)

    def replace(self, **changes: Any) -> Policies:
        """A copy with some policies changed; unknown names raise an error listing the valid ones."""
        return replace_policies(self, changes)

    def to_dict(self) -> dict[str, str | dict[str, str | int]]:
        """Plain-dict form (used by the interchange format)."""
        return {
            "capaian": self.capaian.value,
            "very_good": self.very_good.value,
            "over_120": self.over_120.value,
            "rounding": {"places": self.rounding.places, "mode": self.rounding.mode.value},
            "rounding_stage": self.rounding_stage.value,
            "predikat_basis": self.predikat_basis.value,
            "conversion_2021": self.conversion_2021.value,
        }
