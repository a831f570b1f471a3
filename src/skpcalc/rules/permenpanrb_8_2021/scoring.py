"""The formulas of PP 30/2019 and Lampiran PermenPANRB 8/2021, on exact rationals.

Each function computes one figure from exact inputs (``Fraction``, ``int`` or ``Decimal``; never a
float) and returns an exact value; rounding is applied by the rule set, never here. Each rule's source
is the ``Source`` constant next to it; the evidence tag says how firm it is (see
:class:`~skpcalc.rules.base.Evidence`).

Capaian IKI and its conversion to nilai capaian IKI (Lampiran PermenPANRB 8/2021):

>>> capaian(Fraction(80), Fraction(90), Fraction(70), Condition.NORMAL)    # range, below: R / batas bawah
(Fraction(175, 2), Fraction(80, 1))
>>> capaian(Fraction(7), Fraction(8), Fraction(9), Condition.SPECIAL)     # khusus, above: 2 - R / batas atas
(Fraction(175, 2), Fraction(8, 1))
>>> nilai_capaian(Fraction(98), target_is_maximum=False, very_good=VeryGoodFormula.INTERPOLATE)[:2]
(Fraction(88, 1), <Category.CUKUP: 'Cukup'>)
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Final

from skpcalc._validate import enum_member, flag
from skpcalc.errors import InvalidInputError, OutOfRangeError
from skpcalc.numeric import exact
from skpcalc.rules.base import Citation, Evidence, Source
from skpcalc.rules.permenpanrb_8_2021.model import Condition
from skpcalc.rules.permenpanrb_8_2021.policies import Conversion2021, VeryGoodFormula

__all__ = [
    "ADDITIONAL_CAP",
    "ADDITIONAL_FACTORS",
    "KEY",
    "PERMENPANRB_8_2021",
    "PP_30_2019",
    "SE_MENPANRB_3_2021",
    "Category",
    "Predikat",
    "Row",
    "additional_weighted",
    "capaian",
    "convert_2021",
    "mean",
    "nilai_capaian",
    "predikat",
]

#: Registry key of the rule set.
KEY: Final = "permenpanrb_8_2021"

PP_30_2019: Final = Citation(
    short="PP 30/2019",
    title="Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil",
)
PERMENPANRB_8_2021: Final = Citation(
    short="PermenPANRB 8/2021",
    title=(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 8 Tahun 2021 "
        "tentang Sistem Manajemen Kinerja Pegawai Negeri Sipil"
    ),
)
SE_MENPANRB_3_2021: Final = Citation(
    short="SE MenPANRB 3/2021",
    title=(
        "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2021 tentang "
        "Penyusunan Sasaran Kinerja Pegawai dan Penilaian Kinerja Pegawai Negeri Sipil Tahun 2021"
    ),
)

_LAMPIRAN = "Lampiran PermenPANRB 8/2021"

SRC_IN_FORCE: Final = Source(
    "SE MenPANRB 3/2021: SKP and penilaian kinerja 2021 in two periods, January-June under Perka BKN 1/2013 and "
    "July-December under PP 30/2019 (implemented by PermenPANRB 8/2021); PermenPANRB 6/2022 from the 2022 "
    "appraisal year",
    Evidence.SECONDARY,
)
SRC_CAPAIAN_NORMAL: Final = Source(
    f"{_LAMPIRAN}, capaian IKI kondisi normal: realisasi / target x 100 %", Evidence.PRIMARY
)
SRC_CAPAIAN_SPECIAL: Final = Source(
    f"{_LAMPIRAN}, capaian IKI kondisi khusus: (1 + (1 - realisasi / target)) x 100 %", Evidence.PRIMARY
)
SRC_RANGE: Final = Source(
    f"{_LAMPIRAN}, target in the form of a range: batas atas when realisasi is above it, batas bawah when below",
    Evidence.PRIMARY,
)
SRC_RANGE_INSIDE: Final = Source(
    "realisasi inside a range target: capaian 100 % (the Lampiran is silent; the reading that the target is met)",
    Evidence.UNVERIFIED,
)
SRC_CAPAIAN_ROUNDING: Final = Source(
    f"{_LAMPIRAN}, worked example (target 95, realisasi 93: capaian printed 98 %, nilai 88): capaian rounded "
    "half-up to a whole percent before conversion, the reading that reproduces the example (policy capaian)",
    Evidence.DERIVED,
)
SRC_ABOVE_110: Final = Source(
    f"{_LAMPIRAN}: 'Apabila capaian IKI lebih besar dari 110%, maka nilai Capaian IKI dikonversi menjadi 120'",
    Evidence.PRIMARY,
)
SRC_VERY_GOOD: Final = Source(
    "Sangat Baik, capaian 101-110 %: 110 + (120 - 110) / (110 % - 101 %) x (capaian - 101 %); the Lampiran page "
    "with this row could not be read, the formula is corroborated by public implementations only "
    "(policy very_good)",
    Evidence.CODE,
)
SRC_VERY_GOOD_FLOOR: Final = Source(
    "policy very_good=floor_110: capaian 101-110 % scores 110, the lowest value of the Sangat Baik band; only the "
    "'> 110 % -> 120' rule of the Lampiran raises it",
    Evidence.UNVERIFIED,
)
SRC_MAXIMUM_TARGET: Final = Source(
    f"{_LAMPIRAN}: capaian 100 % on a target that is 'target maksimal yang dapat dicapai' is converted to 120 "
    "(example: Persentase Pengelolaan Keuangan yang Bebas dari Temuan Material)",
    Evidence.PRIMARY,
)
SRC_GOOD: Final = Source(
    f"{_LAMPIRAN}, worked example (target 85, realisasi 85: capaian 100 %, Baik, nilai 109): Baik = 100 % -> 109",
    Evidence.PRIMARY,
)
SRC_FAIR: Final = Source(
    f"{_LAMPIRAN}, Cukup (80-99 %): 70 + (89 - 70) / (99 % - 80 %) x (capaian - 80 %)", Evidence.PRIMARY
)
SRC_POOR: Final = Source(
    f"{_LAMPIRAN}, Kurang (60-79 %): 50 + (69 - 50) / (79 % - 60 %) x (capaian - 60 %)", Evidence.PRIMARY
)
SRC_VERY_POOR: Final = Source(f"{_LAMPIRAN}, Sangat Kurang (0-59 %): capaian / 59 % x 49", Evidence.PRIMARY)
SRC_NEGATIVE: Final = Source(
    "capaian below 0 % (kondisi khusus, realisasi above twice the target): nilai 0, the lowest value of the "
    "0-59 % row, so that nilai capaian IKI stays on the 0-120 scale",
    Evidence.UNVERIFIED,
)
SRC_BANDS: Final = Source(
    "category boundaries 101 / 100 / 80 / 60 % as in the Lampiran table; a capaian between two rows (only "
    "possible with capaian=exact) belongs to the row whose lower bound it has reached",
    Evidence.CODE,
)
SRC_PLAN_MEAN: Final = Source(
    "rencana kinerja with several IKI: the mean of their nilai capaian IKI (the Lampiran's rule for combining "
    "the IKI of one rencana kinerja could not be read)",
    Evidence.UNVERIFIED,
)
SRC_MAIN_WEIGHTED: Final = Source(
    f"{_LAMPIRAN}, nilai tertimbang capaian rencana kinerja utama = bobot x nilai (worked example: 59,2 + 43,6), "
    "with the bobot the agency sets",
    Evidence.PRIMARY,
)
SRC_EQUAL_WEIGHTS: Final = Source(
    "rencana kinerja utama without bobot: equal bobot, 100 / the number of rencana kinerja utama (no source "
    "gives the bobot when the agency sets none)",
    Evidence.UNVERIFIED,
)
SRC_ADDITIONAL: Final = Source(
    f"{_LAMPIRAN}, nilai tertimbang rencana kinerja tambahan = faktor / 100 x bobot lingkup penugasan x "
    "nilai / 100, faktor 100 / 80 / 60 / 40 / 20 by the kategori of the capaian IKI",
    Evidence.PRIMARY,
)
SRC_ADDITIONAL_CAP: Final = Source(
    f"{_LAMPIRAN}: 'Apabila total nilai tertimbang rencana kinerja tambahan melebihi 10, maka dikonversi menjadi 10'",
    Evidence.PRIMARY,
)
SRC_SKP_VALUE: Final = Source(f"{_LAMPIRAN}: Nilai SKP = Nilai KU + Nilai KT", Evidence.PRIMARY)
SRC_SKP_CAP: Final = Source(
    "policy over_120=cap_skp: PP 30/2019 Pasal 41 ayat (5) states the value on a scale up to 120; a nilai SKP "
    "above 120 (kinerja utama 120 plus tambahan) is counted as 120",
    Evidence.UNVERIFIED,
)
SRC_BEHAVIOUR: Final = Source(
    "PermenPANRB 8/2021: perilaku kerja = orientasi pelayanan, komitmen, inisiatif kerja, kerja sama, "
    "kepemimpinan; each aspect given as a number on the 0-120 scale and averaged over the aspects assessed "
    "(the Lampiran's level-to-number rule could not be read)",
    Evidence.UNVERIFIED,
)
SRC_WEIGHTS: Final = Source(
    "PP 30/2019 Pasal 41 ayat (2)-(4): SKP 70 % and perilaku kerja 30 % for an agency that does not take the "
    "opinion of rekan kerja setingkat and bawahan langsung on perilaku kerja; 60 % and 40 % for one that does",
    Evidence.PRIMARY,
)
SRC_PREDIKAT: Final = Source(
    "PP 30/2019 Pasal 41 ayat (5) huruf a-c: Sangat Baik 110 <= x <= 120 and 'menciptakan ide baru dan/atau cara "
    "baru dalam peningkatan kinerja'; Baik 90 <= x <= 120; Cukup 70 <= x < 90",
    Evidence.PRIMARY,
)
SRC_PREDIKAT_LOW: Final = Source(
    "PP 30/2019 Pasal 41 ayat (5) huruf d-e, as secondary sources reproduce them: Kurang 50 <= x < 70, Sangat "
    "Kurang x < 50",
    Evidence.SECONDARY,
)
SRC_PERIODIC: Final = Source(
    f"{_LAMPIRAN}, nilai periodik SKP of a JPT = (Nilai 1 + Nilai 2) / 2; Nilai 1 the mean nilai of the rencana "
    "aksi / inisiatif strategis, Nilai 2 the mean nilai of the kinerja utama measured in the period",
    Evidence.PRIMARY,
)
SRC_INTEGRATION: Final = Source(
    "SE MenPANRB 3/2021 as applied by agencies: the January-June and July-December 2021 values 'digabungkan "
    "(integrasi) dengan bobot masing-masing 50%'",
    Evidence.SECONDARY,
)
SRC_CONVERSION_BANDS: Final = Source(
    "conversion 2021 (policy conversion_2021=band_linear): the January-June nilai prestasi kerja read on the "
    "PP 46/2011 bands and mapped linearly onto the PP 30/2019 bands: 91-99 -> 110-120, 76-90 -> 90-109, "
    "61-75 -> 70-89, 51-60 -> 50-69, below 51 -> x / 50 x 49, above 99 -> 120 (two independent public "
    "implementations; the SE's conversion annex could not be read)",
    Evidence.CODE,
)
SRC_CONVERSION_PROPORTIONAL: Final = Source(
    "policy conversion_2021=proportional: the January-June value scaled from 0-100 to 0-120 (x 1.2)",
    Evidence.UNVERIFIED,
)
SRC_CONVERSION_NONE: Final = Source(
    "policy conversion_2021=none: the January-June value taken unconverted (as one public listing does)",
    Evidence.CODE,
)


class Category(enum.StrEnum):
    """Kategori of a capaian IKI (Lampiran PermenPANRB 8/2021)."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    CUKUP = "Cukup"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


class Predikat(enum.StrEnum):
    """Predikat kinerja of PP 30/2019 Pasal 41 ayat (5)."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    CUKUP = "Cukup"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


class Row(enum.StrEnum):
    """The row of the conversion table applied to a capaian IKI."""

    ABOVE_110 = "capaian > 110 % -> 120"
    VERY_GOOD = "Sangat Baik, 101-110 %"
    MAXIMUM_TARGET = "100 % of a maximum achievable target -> 120"
    GOOD = "Baik, 100 % -> 109"
    FAIR = "Cukup, 80-99 %"
    POOR = "Kurang, 60-79 %"
    VERY_POOR = "Sangat Kurang, 0-59 %"
    NEGATIVE = "capaian below 0 % -> 0"


# The formulas take exact numbers (Fraction, int or Decimal) and refuse floats; see skpcalc.numeric.exact.
Number = Fraction | int | Decimal

#: Factor of the nilai tertimbang of a rencana kinerja tambahan, by the kategori of its capaian IKI.
ADDITIONAL_FACTORS: Final = {
    Category.SANGAT_BAIK: 100,
    Category.BAIK: 80,
    Category.CUKUP: 60,
    Category.KURANG: 40,
    Category.SANGAT_KURANG: 20,
}
#: Most the kinerja tambahan adds to the nilai SKP.
ADDITIONAL_CAP: Final = Fraction(10)


def capaian(
    low: Number, high: Number, realisation: Number, condition: Condition | str
) -> tuple[Fraction, Fraction | None]:
    """Capaian IKI in percent, and the target it was measured against (``None`` inside a range).

    A single target has ``low == high``. For a range the batas atas is used when the realisation is
    above it and the batas bawah when below it; a realisation inside the range has met the target
    (100 %). Kondisi normal: ``R / T x 100``; kondisi khusus (lower is better): ``(1 + (1 - R / T)) x 100``.

    >>> capaian(95, 95, 93, "normal")
    (Fraction(1860, 19), Fraction(95, 1))
    >>> capaian(80, 90, 85, "normal")
    (Fraction(100, 1), None)
    """
    lo, hi, r = exact(low, "low"), exact(high, "high"), exact(realisation, "realisation")
    if lo <= 0 or hi < lo:
        raise OutOfRangeError("target", f"{lo}-{hi}", "a target > 0, and for a range batas atas >= batas bawah")
    if r > hi:
        target = hi
    elif r < lo:
        target = lo
    else:
        return Fraction(100), (None if lo != hi else lo)
    ratio = r / target
    if enum_member(Condition, condition, "condition") is Condition.NORMAL:
        return ratio * 100, target
    return (1 + (1 - ratio)) * 100, target


def nilai_capaian(  # noqa: PLR0911 (one return per row of the Lampiran's conversion table)
    value: Number, *, target_is_maximum: bool, very_good: VeryGoodFormula | str
) -> tuple[Fraction, Category, Row]:
    """Nilai capaian IKI (0-120), kategori and table row of a capaian IKI in percent.

    Rows by lower bound: above 110 -> 120; 101 and above, Sangat Baik; 100 and above, Baik (109, or
    120 for a maximum achievable target); 80, Cukup; 60, Kurang; else Sangat Kurang.

    >>> [nilai_capaian(c, target_is_maximum=False, very_good="interpolate")[0] for c in (59, 60, 79, 80, 99)]
    [Fraction(49, 1), Fraction(50, 1), Fraction(69, 1), Fraction(70, 1), Fraction(89, 1)]
    >>> nilai_capaian(100, target_is_maximum=True, very_good="interpolate")[:2]
    (Fraction(120, 1), <Category.SANGAT_BAIK: 'Sangat Baik'>)
    """
    c = exact(value, "capaian")
    formula = enum_member(VeryGoodFormula, very_good, "very_good")
    flag(target_is_maximum, "target_is_maximum")
    if target_is_maximum and c > 100:
        raise OutOfRangeError("capaian", c, "<= 100 for a target that is the maximum achievable")
    if c > 110:  # table bounds, see SRC_ABOVE_110
        return Fraction(120), Category.SANGAT_BAIK, Row.ABOVE_110
    if c >= 101:
        if formula is VeryGoodFormula.FLOOR_110:
            return Fraction(110), Category.SANGAT_BAIK, Row.VERY_GOOD
        return 110 + Fraction(120 - 110, 110 - 101) * (c - 101), Category.SANGAT_BAIK, Row.VERY_GOOD
    if c >= 100:
        if target_is_maximum:
            return Fraction(120), Category.SANGAT_BAIK, Row.MAXIMUM_TARGET
        return Fraction(109), Category.BAIK, Row.GOOD
    if c >= 80:
        return 70 + Fraction(89 - 70, 99 - 80) * (c - 80), Category.CUKUP, Row.FAIR
    if c >= 60:
        return 50 + Fraction(69 - 50, 79 - 60) * (c - 60), Category.KURANG, Row.POOR
    if c >= 0:
        return c / 59 * 49, Category.SANGAT_KURANG, Row.VERY_POOR
    return Fraction(0), Category.SANGAT_KURANG, Row.NEGATIVE


def additional_weighted(category: Category | str, weight: Number, value: Number) -> Fraction:
    """Nilai tertimbang of a rencana kinerja tambahan: faktor / 100 x bobot lingkup penugasan x nilai / 100.

    >>> additional_weighted("Baik", 10, 109)
    Fraction(218, 25)
    """
    factor = ADDITIONAL_FACTORS[enum_member(Category, category, "category")]
    return Fraction(factor, 100) * exact(weight, "weight") * exact(value, "value") / 100


def mean(values: Sequence[Number]) -> Fraction:
    """Arithmetic mean of a non-empty sequence of exact numbers."""
    if not isinstance(values, list | tuple) or not values:
        raise InvalidInputError("values", values, "a non-empty list of exact numbers")
    return sum((exact(value, "values") for value in values), Fraction(0)) / len(values)


def predikat(value: Number, *, innovation: bool) -> Predikat:
    """Predikat kinerja of PP 30/2019 Pasal 41 ayat (5).

    Sangat Baik needs 110 or more *and* the innovation condition; without it such a value is Baik.
    Values above 120 (possible only under the policy ``over_120=keep``) read as the top bands.

    >>> predikat(Fraction("115.9"), innovation=True), predikat(Fraction("115.9"), innovation=False)
    (<Predikat.SANGAT_BAIK: 'Sangat Baik'>, <Predikat.BAIK: 'Baik'>)
    >>> predikat(Fraction("89.99"), innovation=True)
    <Predikat.CUKUP: 'Cukup'>
    """
    x = exact(value, "value")
    flag(innovation, "innovation")
    if x >= 110 and innovation:  # Pasal 41 ayat (5) huruf a
        return Predikat.SANGAT_BAIK
    if x >= 90:  # huruf b
        return Predikat.BAIK
    if x >= 70:  # huruf c
        return Predikat.CUKUP
    if x >= 50:  # huruf d
        return Predikat.KURANG
    return Predikat.SANGAT_KURANG


# PP 46/2011 bands (lowest value of the band, highest integer of the band) and the PP 30/2019 bands they map
# onto (lowest nilai, highest nilai), best first; below 51 the value is scaled by 49 / 50.
_CONVERSION_BANDS: Final = (
    (91, 99, 110, 120),
    (76, 90, 90, 109),
    (61, 75, 70, 89),
    (51, 60, 50, 69),
)


def convert_2021(value: Number, conversion: Conversion2021 | str) -> Fraction:
    """The January-June 2021 nilai prestasi kerja (PP 46/2011, 0-100) on the 0-120 scale of PP 30/2019.

    ``band_linear`` maps each PP 46/2011 band linearly onto the PP 30/2019 band of the same rank; a
    value between two integer bands (e.g. 90.5) belongs to the band below it and is held to that band's
    highest nilai, so the conversion never decreases. ``proportional`` (x 1.2) and ``none`` are kept
    within 0-120, the scale of PP 30/2019 (a PP 46/2011 value can exceed 100).

    >>> [convert_2021(x, "band_linear") for x in (50, 51, 60, 61, 76, 85, 91, 99, 100)]
    [Fraction(49, 1), Fraction(50, 1), Fraction(69, 1), Fraction(70, 1), Fraction(90, 1), Fraction(1431, 14), \
Fraction(110, 1), Fraction(120, 1), Fraction(120, 1)]
    >>> convert_2021(Fraction("90.5"), "band_linear"), convert_2021(85, "proportional")
    (Fraction(109, 1), Fraction(102, 1))
    >>> convert_2021(Fraction("115.2"), "proportional"), convert_2021(-3, "none")
    (Fraction(120, 1), Fraction(0, 1))
    """
    x = exact(value, "value")
    rule = enum_member(Conversion2021, conversion, "conversion")
    if rule is not Conversion2021.BAND_LINEAR:  # kept on the 0-120 scale of PP 30/2019 Pasal 41 ayat (5)
        scaled = x * Fraction(120, 100) if rule is Conversion2021.PROPORTIONAL else x
        return min(max(scaled, Fraction(0)), Fraction(120))
    for lowest, highest, nilai_low, nilai_high in _CONVERSION_BANDS:
        if x >= lowest:
            converted = nilai_low + Fraction(nilai_high - nilai_low, highest - lowest) * (x - lowest)
            return min(converted, Fraction(nilai_high))
    return max(x, Fraction(0)) / 50 * 49
