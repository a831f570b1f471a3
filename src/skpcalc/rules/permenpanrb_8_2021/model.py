"""Inputs of a PermenPANRB 8/2021 appraisal (penilaian kinerja PNS, July-December 2021).

Numbers are accepted as ``int``, ``str`` or ``Decimal`` and stored as ``Decimal``; a ``float`` is
refused (see :mod:`skpcalc.numeric`). Every invalid value raises an
:class:`~skpcalc.errors.InvalidInputError` naming ``Class.field``, the value and what is allowed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Final

import attrs

from skpcalc._validate import as_tuple, enum_member, field_name, instance_of, number, text, tuple_of
from skpcalc.errors import InconsistentInputError, InvalidInputError, InvalidTypeError, OutOfRangeError
from skpcalc.numeric import check_converted, to_decimal
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.pp46_2011.model import Appraisal as Pp46Appraisal
from skpcalc.rules.pp46_2011.model import StudyLeaveAppraisal as Pp46StudyLeave

__all__ = [
    "BEHAVIOUR_ASPECTS",
    "Appraisal",
    "Aspect",
    "Behaviour",
    "Condition",
    "Indicator",
    "JptPeriodicAppraisal",
    "Plan",
    "Skp",
    "SkpModel",
    "Target",
    "Year2021Appraisal",
]


class Aspect(enum.StrEnum):
    """Aspek of an indikator kinerja individu."""

    QUANTITY = "kuantitas"
    QUALITY = "kualitas"
    TIME = "waktu"
    COST = "biaya"


class Condition(enum.StrEnum):
    """Kondisi of a capaian IKI (Lampiran PermenPANRB 8/2021)."""

    NORMAL = "normal"
    """Kondisi normal: a realisation above the target exceeds it (higher is better)."""
    SPECIAL = "khusus"
    """Kondisi khusus: a realisation below the target exceeds it (lower is better, e.g. time or cost)."""


class SkpModel(enum.StrEnum):
    """The two SKP models of PermenPANRB 8/2021 (both with a quantitative approach)."""

    BASIC = "dasar"
    """Model dasar."""
    DEVELOPMENT = "pengembangan"
    """Model pengembangan (standar kinerja in 3, 4 or 5 levels; the target is the "baik" level)."""


def _target_number(value: Decimal, field: str) -> None:
    check_converted(field, value)
    if value <= 0:
        raise OutOfRangeError(field, value, "> 0")


@attrs.frozen
class Target:
    """Target of an IKI: a single value (``low == high``) or a range from ``low`` to ``high``.

    >>> Target.single(85), Target.range(80, 90)
    (Target(low=Decimal('85'), high=Decimal('85')), Target(low=Decimal('80'), high=Decimal('90')))
    """

    low: Decimal = attrs.field(converter=to_decimal)
    """The target, or the batas bawah of a range; > 0."""
    high: Decimal = attrs.field(converter=to_decimal)
    """The target again, or the batas atas of a range; >= ``low``."""

    def __attrs_post_init__(self) -> None:
        _target_number(self.low, "Target.low")
        _target_number(self.high, "Target.high")
        if self.high < self.low:
            raise InconsistentInputError("Target.high", self.high, f"a batas atas >= the batas bawah ({self.low})")

    @classmethod
    def single(cls, value: Decimal | int | str) -> Target:
        """A single-value target."""
        return cls(value, value)

    @classmethod
    def range(cls, low: Decimal | int | str, high: Decimal | int | str) -> Target:
        """A range target from ``low`` (batas bawah) to ``high`` (batas atas)."""
        return cls(low, high)

    @property
    def is_range(self) -> bool:
        """Whether the target is a range."""
        return self.low != self.high

    def __str__(self) -> str:
        return f"{self.low}-{self.high}" if self.is_range else str(self.low)


def _to_target(value: Target | Decimal | int | str | list[Any] | tuple[Any, ...]) -> Target:
    """A Target, a number (single target) or a ``(low, high)`` pair (range)."""
    if isinstance(value, Target):
        return value
    if isinstance(value, list | tuple) and len(value) == 2:  # a pair
        return Target.range(value[0], value[1])
    if isinstance(value, list | tuple):
        raise InvalidInputError("Indicator.target", value, "a number, a Target, or a (low, high) pair for a range")
    return Target.single(value)


def _check_bool(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError(field_name(instance, attribute), value, "True or False")


def _to_aspect(value: Aspect | str) -> Aspect:
    return enum_member(Aspect, value, "Indicator.aspect")


def _to_condition(value: Condition | str) -> Condition:
    return enum_member(Condition, value, "Indicator.condition")


def _to_model(value: SkpModel | str) -> SkpModel:
    return enum_member(SkpModel, value, "Skp.model")


def _target_field(value: Target | Decimal | int | str | list[Any] | tuple[Any, ...]) -> Target:
    try:
        return _to_target(value)
    except InvalidInputError as error:
        pair = isinstance(value, list | tuple)
        field = error.field.replace("Target.", "Indicator.target.") if pair else "Indicator.target"
        raise type(error)(field, error.value, error.allowed) from None


def _optional_decimal(value: Decimal | int | str | None) -> Decimal | None:
    return None if value is None else to_decimal(value)


@attrs.frozen(kw_only=True)
class Indicator:
    """An indikator kinerja individu (IKI) with its target and realisation.

    ``target`` takes a :class:`Target`, a number, or a ``(low, high)`` pair for a range.
    ``target_is_maximum`` marks a target that is the maximum achievable for the indicator
    ("target maksimal yang dapat dicapai"): a capaian of 100 % then converts to 120.
    """

    name: str = attrs.field(validator=text)
    aspect: Aspect = attrs.field(converter=_to_aspect)
    condition: Condition = attrs.field(converter=_to_condition)
    target: Target = attrs.field(converter=_target_field)
    realisation: Decimal = attrs.field(converter=to_decimal, validator=number(low=0))
    """Realisasi, in the unit of the target; >= 0."""
    target_is_maximum: bool = attrs.field(default=False, validator=_check_bool)


def _indicators(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return as_tuple(value)


@attrs.frozen(kw_only=True)
class Plan:
    """A rencana kinerja (utama or tambahan) with one or more IKI.

    ``weight`` is a bobot in percent: for a rencana kinerja utama the bobot the agency sets (all
    or none of the main plans have one, and they add up to 100); for a rencana kinerja tambahan
    the bobot lingkup penugasan, which is required.
    """

    name: str = attrs.field(validator=text)
    indicators: tuple[Indicator, ...] = attrs.field(
        converter=_indicators, validator=tuple_of(Indicator, non_empty=True)
    )
    weight: Decimal | None = attrs.field(
        default=None,
        converter=_optional_decimal,
        validator=number(low=0, high=100, low_open=True, optional=True),
    )


def _plans(value: Iterable[Plan]) -> tuple[Plan, ...]:
    return as_tuple(value)


@attrs.frozen(kw_only=True)
class Skp:
    """The SKP of the period: rencana kinerja utama (at least one) and tambahan (optional)."""

    model: SkpModel = attrs.field(converter=_to_model)
    main: tuple[Plan, ...] = attrs.field(converter=_plans, validator=tuple_of(Plan, non_empty=True))
    additional: tuple[Plan, ...] = attrs.field(
        factory=tuple, converter=_plans, validator=tuple_of(Plan, non_empty=False)
    )

    def __attrs_post_init__(self) -> None:
        weighted = [plan.weight is not None for plan in self.main]
        if any(weighted) and not all(weighted):
            index = weighted.index(False)
            raise InconsistentInputError(
                f"Skp.main[{index}].weight", None, "a bobot, because other rencana kinerja utama have one (all or none)"
            )
        if all(weighted):
            total = sum((plan.weight or Decimal(0) for plan in self.main), Decimal(0))
            if total != 100:  # percent
                weights = " + ".join(str(plan.weight) for plan in self.main)
                raise InconsistentInputError("Skp.main", f"bobot {weights} = {total}", "bobot adding up to 100")
        for index, plan in enumerate(self.additional):
            if plan.weight is None:
                raise InconsistentInputError(
                    f"Skp.additional[{index}].weight",
                    None,
                    "the bobot lingkup penugasan in percent (> 0 and <= 100), set by the agency",
                )


#: Perilaku kerja aspects of PermenPANRB 8/2021 (field name -> Indonesian name), in the order of the form.
BEHAVIOUR_ASPECTS: Final = MappingProxyType(
    {
        "service_orientation": "orientasi pelayanan",
        "commitment": "komitmen",
        "initiative": "inisiatif kerja",
        "teamwork": "kerja sama",
        "leadership": "kepemimpinan",
    }
)


@attrs.frozen(kw_only=True)
class Behaviour:
    """Perilaku kerja: the five aspects of PermenPANRB 8/2021, each a number on the 0-120 scale.

    ``leadership`` (kepemimpinan) may be left ``None`` when it was not assessed.
    """

    service_orientation: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=120))
    """Orientasi pelayanan."""
    commitment: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=120))
    """Komitmen."""
    initiative: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=120))
    """Inisiatif kerja."""
    teamwork: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=120))
    """Kerja sama."""
    leadership: Decimal | None = attrs.field(
        default=None,
        converter=_optional_decimal,
        validator=number(low=0, high=120, optional=True),
    )
    """Kepemimpinan, or ``None`` when not assessed."""

    def aspects(self) -> tuple[tuple[str, Decimal], ...]:
        """The assessed aspects as ``(field name, value)`` pairs, in the order of the form."""
        pairs = ((name, getattr(self, name)) for name in BEHAVIOUR_ASPECTS)
        return tuple((name, value) for name, value in pairs if value is not None)


@attrs.frozen(kw_only=True)
class Appraisal:
    """An appraisal under PermenPANRB 8/2021: the SKP, perilaku kerja and two facts about the appraisal.

    ``peer_and_subordinate_input``: whether the agency takes the opinion of rekan kerja setingkat and
    bawahan langsung on perilaku kerja (PP 30/2019 Pasal 41 ayat (3)-(4): 60/40 if so, else 70/30).
    ``innovation``: whether the PNS "menciptakan ide baru dan/atau cara baru dalam peningkatan kinerja
    yang memberi manfaat bagi organisasi atau negara", the second condition of Sangat Baik.
    """

    period: AppraisalPeriod = attrs.field(validator=instance_of(AppraisalPeriod))
    skp: Skp = attrs.field(validator=instance_of(Skp))
    behaviour: Behaviour = attrs.field(validator=instance_of(Behaviour))
    peer_and_subordinate_input: bool = attrs.field(validator=_check_bool)
    innovation: bool = attrs.field(validator=_check_bool)


@attrs.frozen(kw_only=True)
class JptPeriodicAppraisal:
    """A periodic measurement of a JPT's SKP (Lampiran PermenPANRB 8/2021, nilai periodik SKP).

    The rencana aksi / inisiatif strategis and the kinerja utama measurable in the period, each an IKI.
    """

    period: AppraisalPeriod = attrs.field(validator=instance_of(AppraisalPeriod))
    action_plans: tuple[Indicator, ...] = attrs.field(
        converter=_indicators, validator=tuple_of(Indicator, non_empty=True)
    )
    """Rencana aksi / inisiatif strategis of the period."""
    main_indicators: tuple[Indicator, ...] = attrs.field(
        converter=_indicators, validator=tuple_of(Indicator, non_empty=True)
    )
    """IKI of the kinerja utama measurable in the period."""


_FIRST_HALF: Final = AppraisalPeriod(date(2021, 1, 1), date(2021, 6, 30))
_SECOND_HALF: Final = AppraisalPeriod(date(2021, 7, 1), date(2021, 12, 31))


def _within(bounds: AppraisalPeriod) -> Any:
    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        name = field_name(instance, attribute)
        first = bounds is _FIRST_HALF
        kinds: tuple[type, ...] = (Pp46Appraisal, Pp46StudyLeave) if first else (Appraisal,)
        if not isinstance(value, Pp46Appraisal | Pp46StudyLeave | Appraisal) or not isinstance(value, kinds):
            allowed = "a pp46_2011 Appraisal or StudyLeaveAppraisal" if first else "a permenpanrb_8_2021 Appraisal"
            raise InvalidTypeError(name, value, allowed)
        if not bounds.contains(value.period):
            raise InconsistentInputError(f"{name}.period", str(value.period), f"a period within {bounds}")

    return validate


@attrs.frozen(kw_only=True)
class Year2021Appraisal:
    """The 2021 split year: January-June under PP 46/2011, July-December under PermenPANRB 8/2021."""

    first_half: Pp46Appraisal | Pp46StudyLeave = attrs.field(validator=_within(_FIRST_HALF))
    """The PP 46/2011 appraisal (or study-leave appraisal) of (part of) January-June 2021."""
    second_half: Appraisal = attrs.field(validator=_within(_SECOND_HALF))
    """The PermenPANRB 8/2021 appraisal of (part of) July-December 2021."""
