"""Inputs of a PP 46/2011 appraisal (penilaian prestasi kerja PNS), as frozen value objects.

Numbers are accepted as ``int``, ``str`` or ``Decimal`` and stored as ``Decimal``; a ``float``
is refused (see :mod:`skpcalc.numeric`). Every invalid value raises an
:class:`~skpcalc.errors.InvalidInputError` naming ``Class.field``, the value and what is allowed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import Decimal
from types import MappingProxyType
from typing import Final

import attrs

from skpcalc._validate import as_tuple, enum_member, field_name, instance_of, number, text, tuple_of
from skpcalc.errors import InconsistentInputError
from skpcalc.numeric import to_decimal
from skpcalc.period import AppraisalPeriod

__all__ = [
    "BEHAVIOUR_ASPECTS",
    "Activity",
    "AdditionalTask",
    "Appraisal",
    "Behaviour",
    "CreativityItem",
    "CreativityLevel",
    "PositionKind",
    "Realisation",
    "Skp",
    "StudyLeaveAppraisal",
    "Target",
]


class PositionKind(enum.StrEnum):
    """Kind of position (jenis jabatan) held at the end of the period; decides kepemimpinan."""

    STRUCTURAL = "struktural"
    """Jabatan struktural: perilaku includes kepemimpinan (PP 46/2011; Lampiran Perka BKN 1/2013)."""
    FUNCTIONAL_SPECIFIC = "fungsional_tertentu"
    """Jabatan fungsional tertentu (may record angka kredit per activity)."""
    FUNCTIONAL_GENERAL = "fungsional_umum"
    """Jabatan fungsional umum (pelaksana)."""


class CreativityLevel(enum.StrEnum):
    """Level of benefit of a kreativitas item, by who certifies it (Lampiran Perka BKN 1/2013)."""

    WORK_UNIT = "unit_kerja"
    """Useful to the work unit; certified by the head of the unit at eselon II level (value 3)."""
    ORGANISATION = "organisasi"
    """Useful to the organisation; certified by the PPK (value 6)."""
    STATE = "negara"
    """Useful to the state; an award given by the President (value 12)."""


def _to_position(value: PositionKind | str) -> PositionKind:
    return enum_member(PositionKind, value, "Appraisal.position")


def _to_study_leave_position(value: PositionKind | str) -> PositionKind:
    return enum_member(PositionKind, value, "StudyLeaveAppraisal.position")


def _to_level(value: CreativityLevel | str) -> CreativityLevel:
    return enum_member(CreativityLevel, value, "CreativityItem.level")


def _to_optional_decimal(value: Decimal | int | str | None) -> Decimal | None:
    return None if value is None else to_decimal(value)


@attrs.frozen(kw_only=True)
class Target:
    """Target (target) of one activity: kuantitas with its unit, kualitas, waktu and optional biaya.

    Lampiran Perka BKN 1/2013: a target covers at least kuantitas, kualitas and waktu; biaya is added
    when the activity is funded. The kualitas target is normally 100 (the best quality, "Sangat Baik").
    """

    quantity: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, low_open=True))
    """Kuantitas / output (TO), in :attr:`quantity_unit`; must be > 0."""
    quantity_unit: str = attrs.field(validator=text)
    """Unit of kuantitas (satuan), e.g. ``"laporan"``."""
    quality: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100, low_open=True))
    """Kualitas / mutu (TK) on the 0-100 quality scale; must be > 0 and <= 100."""
    time: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, low_open=True))
    """Waktu (TW) in months; must be > 0."""
    cost: Decimal | None = attrs.field(
        default=None, converter=_to_optional_decimal, validator=number(low=0, optional=True)
    )
    """Biaya (TB) in rupiah, or ``None`` when the activity has no cost aspect ("-" on the form)."""


@attrs.frozen(kw_only=True)
class Realisation:
    """Realisation (realisasi) of one activity, in the units of its target."""

    quantity: Decimal = attrs.field(converter=to_decimal, validator=number(low=0))
    """Kuantitas realised (RO); 0 means the activity was not carried out."""
    quality: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100))
    """Kualitas realised (RK) on the 0-100 quality scale."""
    time: Decimal = attrs.field(converter=to_decimal, validator=number(low=0))
    """Waktu used (RW) in months."""
    cost: Decimal | None = attrs.field(
        default=None, converter=_to_optional_decimal, validator=number(low=0, optional=True)
    )
    """Biaya spent (RB) in rupiah, or ``None`` when the activity has no cost aspect."""


@attrs.frozen(kw_only=True)
class Activity:
    """One activity of the position (kegiatan tugas jabatan) with its target and realisation.

    Consistency rules (each raises :class:`~skpcalc.errors.InconsistentInputError`):

    * a cost realisation is given exactly when the target has a positive cost;
    * an activity not carried out (realised kuantitas 0, "kegiatan tidak dilakukan") has realised
      kualitas, waktu and biaya 0 as well, since the Perka scores all of them 0;
    * an activity that was carried out (realised kuantitas > 0) took time (realised waktu > 0).
    """

    name: str = attrs.field(validator=text)
    """Name of the activity as written in the SKP."""
    target: Target = attrs.field(validator=instance_of(Target))
    realisation: Realisation = attrs.field(validator=instance_of(Realisation))
    credit: Decimal | None = attrs.field(
        default=None, converter=_to_optional_decimal, validator=number(low=0, optional=True)
    )
    """Angka kredit (AK) of the activity for jabatan fungsional tertentu; recorded, never scored."""

    def __attrs_post_init__(self) -> None:
        target, done = self.target, self.realisation
        if target.cost is None and done.cost is not None:
            raise InconsistentInputError(
                "Activity.realisation.cost", done.cost, "None, because the target has no cost (biaya) aspect"
            )
        if target.cost is not None and target.cost > 0 and done.cost is None:
            raise InconsistentInputError(
                "Activity.realisation.cost", None, "a number >= 0, because the target has a cost (biaya) aspect"
            )
        if done.quantity == 0:
            for name in ("quality", "time", "cost"):
                value = getattr(done, name)
                if value:
                    raise InconsistentInputError(
                        f"Activity.realisation.{name}",
                        value,
                        "0, because realised quantity 0 means the activity was not carried out "
                        "(kegiatan tidak dilakukan), which scores every aspect 0",
                    )
        elif done.time == 0:
            raise InconsistentInputError(
                "Activity.realisation.time", done.time, "> 0, because the activity was carried out (quantity > 0)"
            )


@attrs.frozen
class AdditionalTask:
    """One additional task (tugas tambahan) done during the period, e.g. duties as Plt."""

    name: str = attrs.field(validator=text)


@attrs.frozen
class CreativityItem:
    """One creativity item (kreativitas) with the level of benefit certified for it."""

    name: str = attrs.field(validator=text)
    level: CreativityLevel = attrs.field(converter=_to_level)


def _activities(value: Iterable[Activity]) -> tuple[Activity, ...]:
    return as_tuple(value)


def _tasks(value: Iterable[AdditionalTask]) -> tuple[AdditionalTask, ...]:
    return as_tuple(value)


def _creativity(value: Iterable[CreativityItem]) -> tuple[CreativityItem, ...]:
    return as_tuple(value)


def _skps(value: Iterable[Skp]) -> tuple[Skp, ...]:
    return as_tuple(value)


@attrs.frozen(kw_only=True)
class Skp:
    """One SKP (sasaran kerja pegawai) with its realisation, for the months it covered.

    A PNS who moved to another position during the year has one SKP per position (Lampiran Perka
    BKN 1/2013, pindah jabatan); each is scored on its own and the values are then combined.
    """

    period: AppraisalPeriod = attrs.field(validator=instance_of(AppraisalPeriod))
    activities: tuple[Activity, ...] = attrs.field(converter=_activities, validator=tuple_of(Activity, non_empty=True))
    additional_tasks: tuple[AdditionalTask, ...] = attrs.field(
        default=(), converter=_tasks, validator=tuple_of(AdditionalTask, non_empty=False)
    )
    creativity: tuple[CreativityItem, ...] = attrs.field(
        default=(), converter=_creativity, validator=tuple_of(CreativityItem, non_empty=False)
    )


def _check_year(instance: object, attribute: attrs.Attribute[AppraisalPeriod], value: AppraisalPeriod) -> None:
    instance_of(AppraisalPeriod)(instance, attribute, value)
    if value.start.year != value.end.year:
        raise InconsistentInputError(
            field_name(instance, attribute),
            str(value),
            "a period within one calendar year (PP 46/2011: prestasi kerja is appraised once a year)",
        )


#: Perilaku kerja aspects (PP 46/2011 Pasal 12 ayat (1)) by field name, in the order of the form.
BEHAVIOUR_ASPECTS: Final = MappingProxyType(
    {
        "service_orientation": "orientasi pelayanan",
        "integrity": "integritas",
        "commitment": "komitmen",
        "discipline": "disiplin",
        "teamwork": "kerja sama",
        "leadership": "kepemimpinan",
    }
)


@attrs.frozen(kw_only=True)
class Behaviour:
    """Work behaviour (perilaku kerja): the aspects of PP 46/2011 Pasal 12 ayat (1), each 0-100.

    Each aspect is assessed "paling tinggi 100" (Lampiran Perka BKN 1/2013, Anak Lampiran I-f).

    ``leadership`` (kepemimpinan) is assessed only for jabatan struktural; leave it ``None`` otherwise.
    """

    service_orientation: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100))
    """Orientasi pelayanan."""
    integrity: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100))
    """Integritas."""
    commitment: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100))
    """Komitmen."""
    discipline: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100))
    """Disiplin."""
    teamwork: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100))
    """Kerja sama."""
    leadership: Decimal | None = attrs.field(
        default=None, converter=_to_optional_decimal, validator=number(low=0, high=100, optional=True)
    )
    """Kepemimpinan, or ``None`` when not assessed."""

    def aspects(self) -> tuple[tuple[str, Decimal], ...]:
        """The assessed aspects as ``(field name, value)`` pairs, in the order of the form."""
        pairs = ((name, getattr(self, name)) for name in BEHAVIOUR_ASPECTS)
        return tuple((name, value) for name, value in pairs if value is not None)


@attrs.frozen(kw_only=True)
class Appraisal:
    """A year's (or, in 2021, a half-year's) appraisal: one or more SKPs and the perilaku kerja.

    SKP periods must lie within ``period``, in order and without overlap.
    """

    period: AppraisalPeriod = attrs.field(validator=_check_year)
    position: PositionKind = attrs.field(converter=_to_position)
    skps: tuple[Skp, ...] = attrs.field(converter=_skps, validator=tuple_of(Skp, non_empty=True))
    behaviour: Behaviour = attrs.field(validator=instance_of(Behaviour))

    def __attrs_post_init__(self) -> None:
        previous: Skp | None = None
        for index, skp in enumerate(self.skps):
            if not self.period.contains(skp.period):
                raise InconsistentInputError(
                    f"Appraisal.skps[{index}].period", str(skp.period), f"a period within {self.period}"
                )
            if previous is not None and skp.period.start <= previous.period.end:
                raise InconsistentInputError(
                    f"Appraisal.skps[{index}].period",
                    str(skp.period),
                    f"a period starting after the previous SKP's end ({previous.period.end.isoformat()})",
                )
            previous = skp


@attrs.frozen(kw_only=True)
class StudyLeaveAppraisal:
    """Appraisal of a PNS on study leave (tugas belajar), who draws up no SKP.

    The SKP element (60 %) is the academic result converted to the 0-100 scale, and perilaku kerja
    (40 %) is as assessed from the university's report (BKN FAQ; Lampiran Perka BKN 1/2013, example
    of Ahmad Anis, S.H.). No source gives the IPK-to-0-100 conversion, so ``academic_score`` is the
    already converted value.
    """

    period: AppraisalPeriod = attrs.field(validator=_check_year)
    position: PositionKind = attrs.field(converter=_to_study_leave_position)
    academic_score: Decimal = attrs.field(converter=to_decimal, validator=number(low=0, high=100))
    """Nilai akademik on the 0-100 scale."""
    behaviour: Behaviour = attrs.field(validator=instance_of(Behaviour))
