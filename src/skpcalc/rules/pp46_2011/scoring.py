"""The formulas of PP 46/2011 and Lampiran Perka BKN 1/2013, on exact rationals.

Each function computes one figure of the appraisal form from exact inputs (``Fraction``) and returns
an exact value; rounding is applied by the rule set, never here. Each rule's source is the ``Source``
constant next to it; the evidence tag says how firm it is (see :class:`~skpcalc.rules.base.Evidence`).

Waktu and biaya use the Perka's formula with the weight 1.76 (nilai tertimbang), written exactly:

>>> time_or_cost_score(Fraction(3), Fraction("2.28"))     # efficiency exactly 24 %
(Fraction(100, 1), <Variant.UP_TO_24: 'efficiency <= 24 %'>)
>>> time_or_cost_score(12, 12)                             # on time
(Fraction(76, 1), <Variant.UP_TO_24: 'efficiency <= 24 %'>)
>>> time_or_cost_score(12, 9)                              # efficiency 25 %
(Fraction(75, 1), <Variant.OVER_24: 'efficiency > 24 %'>)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

from skpcalc._validate import enum_member
from skpcalc.errors import OutOfRangeError
from skpcalc.numeric import exact
from skpcalc.rules.base import Citation, Evidence, Source
from skpcalc.rules.pp46_2011.model import CreativityLevel
from skpcalc.rules.pp46_2011.policies import CreativityAggregation, GapReading

__all__ = [
    "CREATIVITY_VALUES",
    "EFFICIENCY_LIMIT",
    "KEY",
    "NT",
    "PERKA_BKN_1_2013",
    "PP_46_2011",
    "SRC_ADDITIONAL_TASKS",
    "SRC_BEHAVIOUR",
    "SRC_BEHAVIOUR_MEAN",
    "SRC_CREATIVITY",
    "SRC_CREATIVITY_SUM",
    "SRC_DIVISOR",
    "SRC_EFFICIENCY",
    "SRC_FLOOR",
    "SRC_IN_FORCE",
    "SRC_MUTASI",
    "SRC_MUTASI_WEIGHTED",
    "SRC_NOT_DONE",
    "SRC_PREDIKAT",
    "SRC_QUALITY",
    "SRC_QUANTITY",
    "SRC_SKP_VALUE",
    "SRC_STUDY_LEAVE",
    "SRC_TIME_COST",
    "SRC_TOTAL",
    "SRC_WEIGHTS",
    "Predikat",
    "Variant",
    "additional_task_value",
    "creativity_value",
    "efficiency",
    "mean",
    "predikat",
    "quality_score",
    "quantity_score",
    "time_or_cost_score",
]

#: Registry key of the rule set.
KEY: Final = "pp46_2011"

PP_46_2011: Final = Citation(
    short="PP 46/2011",
    title="Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil",
)
PERKA_BKN_1_2013: Final = Citation(
    short="Perka BKN 1/2013",
    title=(
        "Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 tentang Ketentuan Pelaksanaan "
        "Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil"
    ),
)

_LAMPIRAN = "Lampiran Perka BKN 1/2013, penilaian capaian SKP"

SRC_QUANTITY: Final = Source(f"{_LAMPIRAN}, aspek kuantitas: RO / TO x 100 (no cap)", Evidence.SECONDARY)
SRC_QUALITY: Final = Source(f"{_LAMPIRAN}, aspek kualitas: RK / TK x 100", Evidence.SECONDARY)
SRC_EFFICIENCY: Final = Source(
    f"{_LAMPIRAN}, persentase efisiensi: 100 % - RW / TW x 100 % (same for biaya)", Evidence.SECONDARY
)
SRC_TIME_COST: Final = Source(
    f"{_LAMPIRAN}, aspek waktu and aspek biaya with nilai tertimbang 1,76: (1,76 x T - R) / T x 100 when "
    "efisiensi <= 24 %; 76 - (((1,76 x T - R) / T x 100) - 100) when efisiensi > 24 %",
    Evidence.SECONDARY,
)
SRC_NOT_DONE: Final = Source(
    f"{_LAMPIRAN}, aspek waktu and aspek biaya when 'kegiatan tidak dilakukan': ((1,76 x T - R) / T) x 0 x 100",
    Evidence.SECONDARY,
)
SRC_FLOOR: Final = Source("policy negative_scores=floor_at_zero (no source sets a floor)", Evidence.UNVERIFIED)
SRC_TOTAL: Final = Source(f"{_LAMPIRAN}, penghitungan: sum of the aspects assessed", Evidence.SECONDARY)
SRC_DIVISOR: Final = Source(
    f"{_LAMPIRAN}, nilai capaian SKP per kegiatan: penghitungan / 4 with biaya, / 3 without", Evidence.SECONDARY
)
SRC_SKP_VALUE: Final = Source(
    "Lampiran Perka BKN 1/2013, form Penilaian Capaian SKP: mean over kegiatan tugas jabatan + "
    "tugas tambahan + kreativitas (arithmetic as in the forms and four implementations)",
    Evidence.CODE,
)
SRC_ADDITIONAL_TASKS: Final = Source(
    "Lampiran Perka BKN 1/2013, penilaian tugas tambahan: 1-3 kegiatan -> 1, 4-6 -> 2, 7 or more -> 3; none -> 0",
    Evidence.CODE,
)
SRC_CREATIVITY: Final = Source(
    "Lampiran Perka BKN 1/2013, penilaian kreativitas: unit kerja 3, organisasi 6, negara 12",
    Evidence.CODE,
)
SRC_CREATIVITY_SUM: Final = Source(
    "policy creativity (several items: sum by default; no source settles it)", Evidence.UNVERIFIED
)
SRC_MUTASI: Final = Source(
    "BKN Kantor Regional XII FAQ, PNS with two positions in one year: (SKP lama + SKP baru) / 2; "
    "Lampiran Perka BKN 1/2013 (pindah jabatan: one SKP per position)",
    Evidence.SECONDARY,
)
SRC_MUTASI_WEIGHTED: Final = Source("policy mutasi=month_weighted (weighted by months served)", Evidence.UNVERIFIED)
SRC_BEHAVIOUR: Final = Source(
    "PP 46/2011 Pasal 12 ayat (1) (the aspects); PP 46/2011 and Lampiran Perka BKN 1/2013 (kepemimpinan only "
    "for jabatan struktural; Anak Lampiran I-f: each aspect assessed 0-100, 'paling tinggi 100')",
    Evidence.SECONDARY,
)
SRC_BEHAVIOUR_MEAN: Final = Source(
    "Lampiran Perka BKN 1/2013, form Penilaian Prestasi Kerja: jumlah and nilai rata-rata = jumlah / number of "
    "aspects assessed (5, or 6 with kepemimpinan); the divisor as in public implementations",
    Evidence.CODE,
)
SRC_WEIGHTS: Final = Source(
    "PP 46/2011 and Lampiran Perka BKN 1/2013: nilai prestasi kerja = SKP x 60 % + perilaku kerja x 40 %",
    Evidence.SECONDARY,
)
SRC_PREDIKAT: Final = Source(
    "PP 46/2011 and Lampiran Perka BKN 1/2013: 91 ke atas Sangat Baik, 76-90 Baik, 61-75 Cukup, "
    "51-60 Kurang, 50 ke bawah Buruk (gaps between the integer bands: policy predikat_gap)",
    Evidence.SECONDARY,
)
SRC_STUDY_LEAVE: Final = Source(
    "BKN Kantor Regional Pekanbaru FAQ and Lampiran Perka BKN 1/2013 (tugas belajar): the academic result "
    "converted to 0-100 stands for the SKP (60 %)",
    Evidence.SECONDARY,
)
SRC_IN_FORCE: Final = Source(
    "SE MenPAN-RB 02/2013: PP 46/2011 and Perka BKN 1/2013 apply from 1 January 2014; 2021 split: "
    "January-June under Perka BKN 1/2013, July-December under PermenPANRB 8/2021",
    Evidence.SECONDARY,
)

#: Nilai tertimbang (weight) 1,76, chosen so that a realisation of 76 % of the target scores 100.
NT: Final = Fraction(176, 100)
#: Efficiency (percent) up to which the "good to very good" formula applies; inclusive ("<= 24 %").
EFFICIENCY_LIMIT: Final = Fraction(24)

#: Value of one kreativitas item by level (Lampiran Perka BKN 1/2013, penilaian kreativitas).
CREATIVITY_VALUES: Final = {
    CreativityLevel.WORK_UNIT: 3,
    CreativityLevel.ORGANISATION: 6,
    CreativityLevel.STATE: 12,
}


# The formulas take exact numbers (Fraction, int or Decimal) and refuse floats; see skpcalc.numeric.exact.
Number = Fraction | int | Decimal


def _ratio(target: Number, realisation: Number) -> Fraction:
    """R / T for a positive target."""
    t, r = exact(target, "target"), exact(realisation, "realisation")
    if t <= 0:
        raise OutOfRangeError("target", target, "> 0")
    return r / t


def quantity_score(target: Number, realisation: Number) -> Fraction:
    """Aspek kuantitas: RO / TO x 100, not capped ("Penilaian SKP dapat lebih dari 100").

    >>> quantity_score(50, 40)
    Fraction(80, 1)
    """
    return _ratio(target, realisation) * 100


def quality_score(target: Number, realisation: Number) -> Fraction:
    """Aspek kualitas: RK / TK x 100."""
    return _ratio(target, realisation) * 100


def efficiency(target: Number, realisation: Number) -> Fraction:
    """Persentase efisiensi waktu (or biaya): 100 - R / T x 100, in percent.

    >>> efficiency(5, 4)
    Fraction(20, 1)
    """
    return 100 - _ratio(target, realisation) * 100


class Variant(enum.StrEnum):
    """The variant of the waktu / biaya formula applied (Lampiran Perka BKN 1/2013)."""

    NOT_DONE = "not done"
    """Kegiatan tidak dilakukan: the formula times 0."""
    UP_TO_24 = "efficiency <= 24 %"
    """Efficiency up to 24 % inclusive (also late or over budget): (1.76 T - R) / T x 100."""
    OVER_24 = "efficiency > 24 %"
    """Efficiency over 24 %: 76 - (((1.76 T - R) / T x 100) - 100)."""


def time_or_cost_score(target: Number, realisation: Number, *, carried_out: bool = True) -> tuple[Fraction, Variant]:
    """Aspek waktu or biaya, and the name of the Perka variant applied.

    * activity not carried out (kegiatan tidak dilakukan): ``((1.76 T - R) / T) x 0 x 100 = 0``;
    * efficiency <= 24 % (including late or over budget): ``(1.76 T - R) / T x 100``;
    * efficiency > 24 %: ``76 - (((1.76 T - R) / T x 100) - 100)``.

    With exact arithmetic the 24 % boundary holds exactly: T 3, R 2.28 scores 100. An activity carried
    out at no cost (R 0) has efficiency 100 % and takes the "> 24 %" variant, which also gives 0.
    """
    weighted = (NT - _ratio(target, realisation)) * 100  # ((1.76 T - R) / T) x 100
    if not carried_out:
        return weighted * 0, Variant.NOT_DONE
    if efficiency(target, realisation) <= EFFICIENCY_LIMIT:
        return weighted, Variant.UP_TO_24
    return 76 - (weighted - 100), Variant.OVER_24


def additional_task_value(count: int) -> int:
    """Nilai tugas tambahan from the number of additional tasks in the period.

    >>> [additional_task_value(n) for n in range(9)]
    [0, 1, 1, 1, 2, 2, 2, 3, 3]
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise OutOfRangeError("count", count, "a whole number of additional tasks, >= 0")
    if count == 0:
        return 0  # nothing to add [D]
    if count <= 3:  # "1 (satu) sampai 3 (tiga) kegiatan"
        return 1
    if count <= 6:  # "4 (empat) sampai 6 (enam) kegiatan"
        return 2
    return 3  # "7 (tujuh) kegiatan atau lebih"


def creativity_value(levels: Iterable[CreativityLevel | str], aggregation: CreativityAggregation | str) -> int:
    """Nilai kreativitas of the items' levels: their sum, or the highest, by policy.

    >>> creativity_value([CreativityLevel.WORK_UNIT, CreativityLevel.ORGANISATION], CreativityAggregation.SUM)
    9
    """
    values = [CREATIVITY_VALUES[enum_member(CreativityLevel, level, "levels")] for level in levels]
    if not values:
        return 0
    if enum_member(CreativityAggregation, aggregation, "aggregation") is CreativityAggregation.HIGHEST:
        return max(values)
    return sum(values)


def mean(values: Sequence[Number]) -> Fraction:
    """Arithmetic mean of a non-empty sequence of exact numbers."""
    return sum((exact(value, "values") for value in values), Fraction(0)) / len(values)


class Predikat(enum.StrEnum):
    """Sebutan / predikat of PP 46/2011 (the DP3 label "Sedang" is never used)."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    CUKUP = "Cukup"
    KURANG = "Kurang"
    BURUK = "Buruk"


# (lowest integer of the band, predikat), best band first: 91 ke atas, 76-90, 61-75, 51-60, 50 ke bawah.
_BANDS: Final = (
    (91, Predikat.SANGAT_BAIK),
    (76, Predikat.BAIK),
    (61, Predikat.CUKUP),
    (51, Predikat.KURANG),
)


def predikat(value: Number, gap: GapReading | str) -> Predikat:
    """Predikat of a value under a reading of the gaps between the integer bands.

    >>> predikat(Fraction("90.5"), GapReading.LOWER_BOUND_INCLUSIVE)
    <Predikat.BAIK: 'Baik'>
    >>> predikat(Fraction("90.5"), GapReading.UPPER_BOUND_INCLUSIVE)
    <Predikat.SANGAT_BAIK: 'Sangat Baik'>
    """
    number = exact(value, "value")
    gap = enum_member(GapReading, gap, "gap")
    for lowest, label in _BANDS:
        if gap is GapReading.LOWER_BOUND_INCLUSIVE:
            reached = number >= lowest
        elif gap is GapReading.UPPER_BOUND_90_99 and lowest == 91:
            reached = number > Fraction("90.99")
        else:  # upper bound of the band below is inclusive
            reached = number > lowest - 1
        if reached:
            return label
    return Predikat.BURUK
