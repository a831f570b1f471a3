"""The PermenPANRB 8/2021 rule set: boundaries, policies, bad input, the JPT periodic value, the 2021 split year,
interchange and rendering.

Every expected number is either a worked example of the Lampiran PermenPANRB 8/2021 (see
``tests/data/permenpanrb_8_2021_examples.json``) or derived by hand in a comment next to its assertion, from the
rules of PP 30/2019 and the Lampiran as the compiled public sources state them, or from a policy's documented reading.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final

import pytest

from skpcalc.errors import (
    FloatInputError,
    FormatError,
    InconsistentInputError,
    InvalidInputError,
    InvalidTypeError,
    NotInForceError,
    OutOfRangeError,
    UnknownRuleSetError,
)
from skpcalc.interchange import appraisal_document, dumps, loads, read_appraisal, read_result, result_document
from skpcalc.numeric import Rounding, RoundingPolicy
from skpcalc.period import AppraisalPeriod
from skpcalc.registry import get_rule_set, rule_sets_in_force
from skpcalc.rules import pp46_2011 as pp46
from skpcalc.rules.base import Evidence
from skpcalc.rules.permenpanrb_8_2021 import (
    FIRST_HALF_2021,
    IN_FORCE,
    KEY,
    RULE_SET,
    Appraisal,
    Aspect,
    Behaviour,
    CapaianRounding,
    Category,
    Condition,
    Conversion2021,
    Indicator,
    IndicatorResult,
    JptPeriodicAppraisal,
    Over120,
    PeriodicResult,
    Permenpanrb8RuleSet,
    Plan,
    Policies,
    Predikat,
    Result,
    Skp,
    SkpModel,
    Target,
    VeryGoodFormula,
    Year2021Appraisal,
    Year2021Result,
)
from skpcalc.rules.permenpanrb_8_2021 import scoring as s
from skpcalc.rules.permenpanrb_8_2021.scoring import Row

SECOND_HALF: Final = AppraisalPeriod(date(2021, 7, 1), date(2021, 12, 31))
FIRST_HALF: Final = AppraisalPeriod(date(2021, 1, 1), date(2021, 6, 30))
IKI_KEY: Final = "skp.main[0].indicators[0]"

SB, B, C, K, SK = (
    Category.SANGAT_BAIK,
    Category.BAIK,
    Category.CUKUP,
    Category.KURANG,
    Category.SANGAT_KURANG,
)


def dec(text: str) -> Decimal:
    return Decimal(text)


# ------------------------------------------------------------------------------------------------ builders


def iki(
    target: Target | int | str | tuple[Any, ...] | list[Any] = 100,
    realisation: int | str = 100,
    condition: str = "normal",
    *,
    maximum: bool = False,
    name: str = "Jumlah laporan",
) -> Indicator:
    return Indicator(
        name=name,
        aspect="kuantitas",
        condition=condition,
        target=target,
        realisation=realisation,
        target_is_maximum=maximum,
    )


def plan(*indicators: Indicator, weight: int | str | None = None, name: str = "Tersusunnya laporan") -> Plan:
    return Plan(name=name, indicators=list(indicators) or [iki()], weight=weight)


def skp(*main: Plan, additional: tuple[Plan, ...] = ()) -> Skp:
    return Skp(model="dasar", main=list(main) or [plan()], additional=additional)


def behaviour(value: str | int = 100, leadership: str | int | None = None) -> Behaviour:
    return Behaviour(
        service_orientation=value, commitment=value, initiative=value, teamwork=value, leadership=leadership
    )


def appraisal(
    subject: Skp | None = None,
    aspects: Behaviour | None = None,
    *,
    peers: bool = False,
    innovation: bool = False,
    period: AppraisalPeriod = SECOND_HALF,
) -> Appraisal:
    return Appraisal(
        period=period,
        skp=subject if subject is not None else skp(),
        behaviour=aspects if aspects is not None else behaviour(),
        peer_and_subordinate_input=peers,
        innovation=innovation,
    )


def scored(subject: Appraisal, rule_set: Permenpanrb8RuleSet = RULE_SET, **options: bool) -> Result:
    result = rule_set.score(subject, **options)
    assert isinstance(result, Result)
    return result


def row_of(indicator: Indicator, rule_set: Permenpanrb8RuleSet = RULE_SET) -> tuple[IndicatorResult, Result]:
    """Score an appraisal whose SKP is the one IKI ``indicator``."""
    result = scored(appraisal(skp(plan(indicator))), rule_set)
    return result.skp.main[0].indicators[0], result


def first_half_appraisal(quantity: int = 10, aspects: int | None = None, period: AppraisalPeriod = FIRST_HALF) -> Any:
    """A PP 46/2011 appraisal with one kegiatan: target 10 laporan, kualitas 100, 6 bulan; realised on time.

    With ``quantity`` 10 and perilaku 80, 80, 78, 85, 80 (the default): kuantitas 10 / 10 x 100 = 100, kualitas
    100, waktu on time (efisiensi 0 % <= 24 %): (1.76 x 6 - 6) / 6 x 100 = 76; nilai SKP (100 + 100 + 76) / 3 =
    92; perilaku (80 + 80 + 78 + 85 + 80) / 5 = 80.60; nilai prestasi kerja 92 x 60 % + 80.60 x 40 % = 55.20 +
    32.24 = 87.44. With ``quantity`` 20 and perilaku all 100: kuantitas 200, nilai SKP 376 / 3 = 125.33,
    125.33 x 60 % = 75.198 -> 75.20, + 40.00 = 115.20.
    """
    values = (80, 80, 78, 85, 80) if aspects is None else (aspects,) * 5
    activity = pp46.Activity(
        name="Menyusun laporan",
        target=pp46.Target(quantity=10, quantity_unit="laporan", quality=100, time=6),
        realisation=pp46.Realisation(quantity=quantity, quality=100, time=6),
    )
    return pp46.Appraisal(
        period=period,
        position="fungsional_umum",
        skps=[pp46.Skp(period=period, activities=[activity])],
        behaviour=pp46.Behaviour(
            service_orientation=values[0],
            integrity=values[1],
            commitment=values[2],
            discipline=values[3],
            teamwork=values[4],
        ),
    )


def second_half_appraisal(*, innovation: bool = False, period: AppraisalPeriod = SECOND_HALF) -> Appraisal:
    """Nilai SKP 109 (one IKI 85 / 85, Baik) and perilaku 95: 109 x 70 % + 95 x 30 % = 76.30 + 28.50 = 104.80."""
    return appraisal(skp(plan(iki(85, 85))), behaviour(95), innovation=innovation, period=period)


def raises(error: type[Exception], build: Callable[[], object]) -> Any:
    """The error ``build`` raises, which must be exactly of type ``error``."""
    with pytest.raises(error) as caught:
        build()
    assert type(caught.value) is error
    return caught.value


# ----------------------------------------------------------------------------- conversion table boundaries

#: (capaian %, target_is_maximum, exact nilai capaian IKI, printed, kategori, row), each derived by hand.
BOUNDARIES: Final = [
    ("0", False, Fraction(0), "0.00", SK, Row.VERY_POOR),  # 0 / 59 x 49 = 0
    ("50", False, Fraction(2450, 59), "41.53", SK, Row.VERY_POOR),  # 50 / 59 x 49 = 2450/59 = 41.525...
    ("59", False, Fraction(49), "49.00", SK, Row.VERY_POOR),  # 59 / 59 x 49 = 49
    ("60", False, Fraction(50), "50.00", K, Row.POOR),  # 50 + 19/19 x (60 - 60) = 50
    ("79", False, Fraction(69), "69.00", K, Row.POOR),  # 50 + 19/19 x (79 - 60) = 69
    ("80", False, Fraction(70), "70.00", C, Row.FAIR),  # 70 + 19/19 x (80 - 80) = 70
    ("99", False, Fraction(89), "89.00", C, Row.FAIR),  # 70 + 19/19 x (99 - 80) = 89
    ("100", False, Fraction(109), "109.00", B, Row.GOOD),  # Baik: 100 % -> 109
    ("100", True, Fraction(120), "120.00", SB, Row.MAXIMUM_TARGET),  # maximum achievable target -> 120
    ("99", True, Fraction(89), "89.00", C, Row.FAIR),  # the mark changes only the 100 % row
    ("101", False, Fraction(110), "110.00", SB, Row.VERY_GOOD),  # 110 + 10/9 x (101 - 101) = 110
    ("105", False, Fraction(1030, 9), "114.44", SB, Row.VERY_GOOD),  # 110 + 10/9 x 4 = 1030/9 = 114.444...
    ("110", False, Fraction(120), "120.00", SB, Row.VERY_GOOD),  # 110 + 10/9 x 9 = 120
    ("111", False, Fraction(120), "120.00", SB, Row.ABOVE_110),  # > 110 % -> 120
    ("250", False, Fraction(120), "120.00", SB, Row.ABOVE_110),  # > 110 % -> 120
]


@pytest.mark.parametrize(("capaian", "maximum", "exact", "printed", "category", "row"), BOUNDARIES)
def test_conversion_table_boundaries(
    capaian: str, maximum: bool, exact: Fraction, printed: str, category: Category, row: Row
) -> None:
    assert s.nilai_capaian(Fraction(capaian), target_is_maximum=maximum, very_good="interpolate") == (
        exact,
        category,
        row,
    )
    # The same capaian as an IKI of target 100 (realisasi = capaian) scored by the rule set.
    found, result = row_of(iki(100, capaian, maximum=maximum))
    assert (found.capaian, found.capaian_converted) == (dec(capaian), dec(capaian))
    assert (found.value, found.category) == (dec(printed), category)
    assert result.explanation.step(f"{IKI_KEY}.category").value == category.value
    assert result.explanation.exact(f"{IKI_KEY}.value") == exact


def test_negative_capaian_of_kondisi_khusus_scores_zero() -> None:
    # Khusus, target 10, realisasi 25 (more than twice the target): (1 + (1 - 25 / 10)) x 100 = -50 %.
    assert s.capaian(10, 10, 25, "khusus") == (Fraction(-50), Fraction(10))
    assert s.nilai_capaian(-50, target_is_maximum=False, very_good="interpolate") == (Fraction(0), SK, Row.NEGATIVE)
    found, result = row_of(iki(10, 25, "khusus"))
    assert (found.capaian, found.capaian_converted, found.value, found.category) == (
        dec("-50.00"),
        dec("-50.00"),
        dec("0.00"),
        SK,
    )
    assert result.explanation.step(f"{IKI_KEY}.value").source is s.SRC_NEGATIVE
    assert result.skp.value == 0
    # Realisasi exactly twice the target: (1 + (1 - 20 / 10)) x 100 = 0 %, the 0-59 % row: 0 / 59 x 49 = 0.
    found, result = row_of(iki(10, 20, "khusus"))
    assert (found.capaian, found.value) == (dec("0.00"), dec("0.00"))
    assert result.explanation.step(f"{IKI_KEY}.value").source is s.SRC_VERY_POOR
    # Realisasi 20.2: (2 - 2.02) x 100 = -2 %; scores 0 like any capaian below 0 %.
    assert row_of(iki(10, "20.2", "khusus"))[0].value == 0


#: Capaian between two rows of the table, reachable only with capaian=exact: (target 200, realisasi, capaian,
#: nilai from the exact capaian, printed; nilai from the whole percent under the default, printed).
BETWEEN_ROWS: Final = [
    # 119 / 200 = 59.5 %: 59.5 / 59 x 49 = 5831/118 = 49.415... -> 49.42; whole percent 60 (half-up) -> 50.
    ("119", "59.50", Fraction(5831, 118), "49.42", "50.00"),
    # 79.5 %: 50 + 19/19 x 19.5 = 69.5; whole percent 80 -> 70.
    ("159", "79.50", Fraction(139, 2), "69.50", "70.00"),
    # 99.5 %: 70 + 19/19 x 19.5 = 89.5; whole percent 100 -> 109.
    ("199", "99.50", Fraction(179, 2), "89.50", "109.00"),
    # 100.5 %: at least 100 and below 101, the Baik row: 109; whole percent 101 -> 110.
    ("201", "100.50", Fraction(109), "109.00", "110.00"),
    # 110.5 % > 110 % -> 120; whole percent 111 -> 120.
    ("221", "110.50", Fraction(120), "120.00", "120.00"),
]


@pytest.mark.parametrize(("realisation", "capaian", "exact", "printed", "whole"), BETWEEN_ROWS)
def test_capaian_between_rows_belongs_to_the_row_whose_lower_bound_it_reached(
    realisation: str, capaian: str, exact: Fraction, printed: str, whole: str
) -> None:
    found, result = row_of(iki(200, realisation), RULE_SET.with_policies(capaian="exact"))
    assert (found.capaian, found.capaian_converted, found.value) == (dec(capaian), dec(capaian), dec(printed))
    assert result.explanation.exact(f"{IKI_KEY}.value") == exact
    assert s.nilai_capaian(Fraction(capaian), target_is_maximum=False, very_good="interpolate")[0] == exact
    found, _ = row_of(iki(200, realisation))
    assert (found.capaian, found.value) == (dec(capaian), dec(whole))


def test_whole_percent_and_exact_capaian() -> None:
    # p8-nilai-iki-cukup: 93 / 95 x 100 = 1860/19 = 97.894... (printed 97.89).
    default, result = row_of(iki(95, 93))
    assert RULE_SET.policies.capaian is CapaianRounding.WHOLE_PERCENT
    # Whole percent 98 -> 70 + 19/19 x (98 - 80) = 88.
    assert (default.capaian, default.capaian_converted, default.value) == (dec("97.89"), dec("98.00"), dec("88.00"))
    step = result.explanation.step(f"{IKI_KEY}.capaian_rounded")
    assert (step.exact, step.inputs) == (Fraction(98), (("capaian (exact)", "1860/19"),))
    assert step.source is s.SRC_CAPAIAN_ROUNDING
    # Exact: 70 + (1860/19 - 80) = 1670/19 = 87.894... -> 87.89; no rounding step.
    exact, result = row_of(iki(95, 93), RULE_SET.with_policies(capaian=CapaianRounding.EXACT))
    assert (exact.capaian, exact.capaian_converted, exact.value) == (dec("97.89"), dec("97.89"), dec("87.89"))
    assert result.explanation.exact(f"{IKI_KEY}.value") == Fraction(1670, 19)
    with pytest.raises(KeyError):
        result.explanation.step(f"{IKI_KEY}.capaian_rounded")


def test_whole_percent_rounds_half_up() -> None:
    # 173 / 200 x 100 = 86.5 %: half-up gives the whole percent 87 (half-to-even would give 86);
    # Cukup: 70 + 19/19 x (87 - 80) = 77.
    found, _ = row_of(iki(200, 173))
    assert (found.capaian, found.capaian_converted, found.value) == (dec("86.50"), dec("87.00"), dec("77.00"))


# ------------------------------------------------------------------------------------ policy very_good


@pytest.mark.parametrize(
    ("capaian", "interpolate", "floor"),
    [
        ("100", Fraction(109), Fraction(109)),  # the Baik row is not affected
        ("101", Fraction(110), Fraction(110)),
        ("105", Fraction(1030, 9), Fraction(110)),  # 110 + 10/9 x 4 = 1030/9; floor_110: 110
        ("110", Fraction(120), Fraction(110)),  # 110 + 10/9 x 9 = 120; floor_110: 110
        ("111", Fraction(120), Fraction(120)),  # > 110 % -> 120 under both
    ],
)
def test_very_good_floor_110(capaian: str, interpolate: Fraction, floor: Fraction) -> None:
    value = Fraction(capaian)
    assert s.nilai_capaian(value, target_is_maximum=False, very_good=VeryGoodFormula.INTERPOLATE)[0] == interpolate
    assert s.nilai_capaian(value, target_is_maximum=False, very_good="floor_110")[0] == floor
    found, result = row_of(iki(100, capaian), RULE_SET.with_policies(very_good="floor_110"))
    assert result.explanation.exact(f"{IKI_KEY}.value") == floor
    assert found.category is (B if capaian == "100" else SB)


def test_very_good_floor_110_explains_itself() -> None:
    _, result = row_of(iki(100, 105), RULE_SET.with_policies(very_good="floor_110"))
    step = result.explanation.step(f"{IKI_KEY}.value")
    assert step.value == dec("110.00")
    assert step.formula == "Sangat Baik: 110 (policy very_good=floor_110)"
    assert step.source is s.SRC_VERY_GOOD_FLOOR
    assert step.source.evidence is Evidence.UNVERIFIED


# --------------------------------------------------------------------------------------------- predikat


@pytest.mark.parametrize(
    ("value", "without", "with_innovation"),
    [
        ("-1", Predikat.SANGAT_KURANG, Predikat.SANGAT_KURANG),
        ("0", Predikat.SANGAT_KURANG, Predikat.SANGAT_KURANG),
        ("49.99", Predikat.SANGAT_KURANG, Predikat.SANGAT_KURANG),  # x < 50
        ("50", Predikat.KURANG, Predikat.KURANG),  # 50 <= x < 70
        ("69.99", Predikat.KURANG, Predikat.KURANG),
        ("70", Predikat.CUKUP, Predikat.CUKUP),  # 70 <= x < 90
        ("89.99", Predikat.CUKUP, Predikat.CUKUP),
        ("90", Predikat.BAIK, Predikat.BAIK),  # 90 <= x <= 120
        ("109.99", Predikat.BAIK, Predikat.BAIK),  # below 110 innovation does not matter
        ("110", Predikat.BAIK, Predikat.SANGAT_BAIK),  # 110 <= x <= 120 and innovation
        ("120", Predikat.BAIK, Predikat.SANGAT_BAIK),
        ("127", Predikat.BAIK, Predikat.SANGAT_BAIK),  # only under over_120=keep: read as the top bands
    ],
)
def test_predikat_bands(value: str, without: Predikat, with_innovation: Predikat) -> None:
    assert s.predikat(Fraction(value), innovation=False) is without
    assert s.predikat(Decimal(value), innovation=True) is with_innovation


@pytest.mark.parametrize(("innovation", "expected"), [(False, Predikat.BAIK), (True, Predikat.SANGAT_BAIK)])
def test_predikat_110_through_the_rule_set(innovation: bool, expected: Predikat) -> None:
    # Nilai SKP 110 (capaian 101 %: 110 + 10/9 x 0) and perilaku 110: 110 x 70 % + 110 x 30 % = 77 + 33 = 110.
    result = scored(appraisal(skp(plan(iki(100, 101))), behaviour(110), innovation=innovation))
    assert (result.skp_part, result.behaviour_part, result.value) == (dec("77.00"), dec("33.00"), dec("110.00"))
    assert result.predikat is expected
    assert result.innovation is innovation


def test_predikat_basis_and_rounding_stage_at_the_90_boundary() -> None:
    # Nilai SKP 88 (one IKI 93 / 95) and perilaku 94.65: 88 x 70 % = 61.6; 94.65 x 30 % = 28.395.
    subject = appraisal(skp(plan(iki(95, 93))), behaviour("94.65"))
    # Form stage (default): 28.395 prints 28.40 and the value is 61.60 + 28.40 = 90.00: Baik.
    result = scored(subject)
    assert (result.skp_part, result.behaviour_part, result.value) == (dec("61.60"), dec("28.40"), dec("90.00"))
    assert result.predikat is Predikat.BAIK
    # Final stage: the exact value 61.6 + 28.395 = 89.995 prints 90.00 as well ...
    final = RULE_SET.with_policies(rounding_stage="final")
    result = scored(subject, final)
    assert result.explanation.exact("final.value") == Fraction(17999, 200)
    assert (result.value, result.predikat) == (dec("90.00"), Predikat.BAIK)
    # ... and read on the exact value it is below 90: Cukup.
    result = scored(subject, final.with_policies(predikat_basis="exact"))
    assert (result.value, result.predikat) == (dec("90.00"), Predikat.CUKUP)
    assert result.explanation.step("final.predikat").inputs[0] == ("nilai kinerja", "89.995")
    # Rounding down: 28.395 -> 28.39; 61.60 + 28.39 = 89.99: Cukup.
    down = RULE_SET.with_policies(rounding=RoundingPolicy(places=2, mode=Rounding.DOWN))
    result = scored(subject, down)
    assert (result.behaviour_part, result.value, result.predikat) == (dec("28.39"), dec("89.99"), Predikat.CUKUP)


# ------------------------------------------------------------------------------------------- range targets

#: (condition, realisasi, exact capaian, target used, printed capaian, whole percent, nilai, kategori) for the
#: ranges of the Lampiran's worked examples (normal 80-90, khusus 7-8), derived by hand.
RANGES: Final = [
    # Below: 70 / 80 x 100 = 87.5 -> 88 (half-up); Cukup 70 + (88 - 80) = 78.
    ("normal", "70", Fraction(175, 2), "80", "87.50", "88.00", "78.00", C),
    # The batas bawah itself, inside and the batas atas itself: the target is met, 100 %, Baik 109.
    ("normal", "80", Fraction(100), None, "100.00", "100.00", "109.00", B),
    ("normal", "85", Fraction(100), None, "100.00", "100.00", "109.00", B),
    ("normal", "90", Fraction(100), None, "100.00", "100.00", "109.00", B),
    # Above: 92 / 90 x 100 = 920/9 = 102.22... -> 102; Sangat Baik 110 + 10/9 x 1 = 1000/9 = 111.11.
    ("normal", "92", Fraction(920, 9), "90", "102.22", "102.00", "111.11", SB),
    # Khusus below: (1 + (1 - 6.5 / 7)) x 100 = 750/7 = 107.14... -> 107; 110 + 10/9 x 6 = 350/3 = 116.67.
    ("khusus", "6.5", Fraction(750, 7), "7", "107.14", "107.00", "116.67", SB),
    ("khusus", "7", Fraction(100), None, "100.00", "100.00", "109.00", B),
    ("khusus", "7.5", Fraction(100), None, "100.00", "100.00", "109.00", B),
    ("khusus", "8", Fraction(100), None, "100.00", "100.00", "109.00", B),
    # Khusus above: (1 + (1 - 9 / 8)) x 100 = 87.5 -> 88; Cukup 78.
    ("khusus", "9", Fraction(175, 2), "8", "87.50", "88.00", "78.00", C),
]


@pytest.mark.parametrize(("condition", "realisation", "exact", "used", "capaian", "whole", "nilai", "category"), RANGES)
def test_range_targets(
    condition: str,
    realisation: str,
    exact: Fraction,
    used: str | None,
    capaian: str,
    whole: str,
    nilai: str,
    category: Category,
) -> None:
    low, high = ("80", "90") if condition == "normal" else ("7", "8")
    assert s.capaian(Fraction(low), Fraction(high), Fraction(realisation), condition) == (
        exact,
        None if used is None else Fraction(used),
    )
    found, result = row_of(iki((low, high), realisation, condition))
    assert found.target == f"{low}-{high}"
    assert found.target_used == (None if used is None else dec(used))
    assert (found.capaian, found.capaian_converted, found.value, found.category) == (
        dec(capaian),
        dec(whole),
        dec(nilai),
        category,
    )
    step = result.explanation.step(f"{IKI_KEY}.capaian")
    assert step.inputs == (("target", f"{low}-{high}"), ("realisasi", realisation))
    if used is None:
        assert step.formula == "realisasi inside the range: target met, 100"
        assert step.source is s.SRC_RANGE_INSIDE
    else:
        bound = "batas bawah" if used == low else "batas atas"
        assert step.formula.endswith(f", against the {bound} {used}")
        assert s.SRC_RANGE.reference in step.source.reference


def test_single_target_is_met_or_not_without_a_range() -> None:
    # Single target 85: realisasi 85 -> (100, 85); 85 / 85 x 100 = 100 measured against the target itself.
    assert s.capaian(85, 85, 85, "normal") == (Fraction(100), Fraction(85))
    found, result = row_of(iki(85, 85))
    assert (found.target, found.target_used) == ("85", dec("85"))
    assert result.explanation.step(f"{IKI_KEY}.capaian").formula == "realisasi / target x 100 (kondisi normal)"
    # Khusus, 9 / 10: (1 + (1 - 0.9)) x 100 = 110 %: 110 + 10/9 x 9 = 120.
    found, result = row_of(iki(10, 9, "khusus"))
    assert (found.capaian, found.value) == (dec("110.00"), dec("120.00"))
    step = result.explanation.step(f"{IKI_KEY}.capaian")
    assert (step.formula, step.source) == (
        "(1 + (1 - realisasi / target)) x 100 (kondisi khusus)",
        s.SRC_CAPAIAN_SPECIAL,
    )


def test_capaian_refuses_a_bad_target() -> None:
    error = raises(OutOfRangeError, lambda: s.capaian(0, 0, 5, "normal"))
    assert (error.field, error.value) == ("target", "0-0")
    assert raises(OutOfRangeError, lambda: s.capaian(90, 80, 85, "normal")).value == "90-80"


# ------------------------------------------------------------------------------------- target_is_maximum


def test_target_is_maximum_with_capaian_above_100_is_refused() -> None:
    # 106 / 100 x 100 = 106 % of a target said to be the maximum achievable.
    error = raises(InconsistentInputError, lambda: row_of(iki(100, 106, maximum=True)))
    assert (error.field, error.value) == (f"{IKI_KEY}.target_is_maximum", True)
    assert "a capaian of 106.00 % exceeds a target said to be the maximum achievable" in error.allowed
    # Khusus, 9 / 10: 110 % of a maximum target.
    assert raises(InconsistentInputError, lambda: row_of(iki(10, 9, "khusus", maximum=True))).field == (
        f"{IKI_KEY}.target_is_maximum"
    )


def test_target_is_maximum_is_checked_on_the_exact_capaian() -> None:
    # 1004 / 1000 x 100 = 100.4 % exceeds a maximum achievable target, whatever it rounds to.
    for rule_set in (RULE_SET, RULE_SET.with_policies(capaian="exact")):
        with pytest.raises(InconsistentInputError, match=r"a capaian of 100\.40 %"):
            row_of(iki(1000, 1004, maximum=True), rule_set)


def test_a_maximum_target_not_quite_reached_is_not_120() -> None:
    # 995 / 1000 x 100 = 99.5 % rounds half-up to the whole percent 100, but the maximum was not reached, so the
    # maximum-target rule (120) does not apply: the rounded 100 % converts as Baik, 109.
    found, _ = row_of(iki(1000, 995, maximum=True))
    assert (found.capaian, found.capaian_converted, found.value, found.category) == (
        dec("99.50"),
        dec("100.00"),
        dec("109.00"),
        B,
    )
    # Reached exactly: 120, Sangat Baik.
    reached, _ = row_of(iki(1000, 1000, maximum=True))
    assert (reached.value, reached.category) == (dec("120.00"), SB)


def test_target_is_maximum_below_100_converts_as_usual() -> None:
    # Khusus, 11 / 10: (1 + (1 - 1.1)) x 100 = 90 %, Cukup: 70 + (90 - 80) = 80.
    found, _ = row_of(iki(10, 11, "khusus", maximum=True))
    assert (found.capaian, found.value, found.category) == (dec("90.00"), dec("80.00"), C)


# ------------------------------------------------------------------------------------------ bobot and SKP


def test_main_bobot_all_or_none() -> None:
    error = raises(InconsistentInputError, lambda: skp(plan(weight=60), plan()))
    assert (error.field, error.value) == ("Skp.main[1].weight", None)
    assert "all or none" in error.allowed
    assert raises(InconsistentInputError, lambda: skp(plan(), plan(weight=60))).field == "Skp.main[0].weight"


@pytest.mark.parametrize(
    ("weights", "shown"),
    [((60, 30), "60 + 30 = 90"), ((60, "40.01"), "60 + 40.01 = 100.01"), ((50, 50, 1), "50 + 50 + 1 = 101")],
)
def test_main_bobot_must_add_up_to_100(weights: tuple[int | str, ...], shown: str) -> None:
    error = raises(InconsistentInputError, lambda: skp(*(plan(weight=weight) for weight in weights)))
    assert (error.field, error.value, error.allowed) == ("Skp.main", f"bobot {shown}", "bobot adding up to 100")


def test_main_bobot_adding_up_to_100_in_decimals() -> None:
    # 33.33 + 33.33 + 33.34 = 100.
    assert len(skp(plan(weight="33.33"), plan(weight="33.33"), plan(weight="33.34")).main) == 3


@pytest.mark.parametrize("weight", [0, -5, 101, "100.000000000001"])
def test_bobot_out_of_range(weight: int | str) -> None:
    error = raises(OutOfRangeError, lambda: plan(weight=weight))
    assert (error.field, error.allowed) == ("Plan.weight", "> 0 and <= 100, or None")


def test_equal_bobot_when_none_are_set() -> None:
    # Three plans without bobot: 100 / 3 % each. Nilai 109 (85 / 85), 88 (93 / 95), 120 (111 / 100):
    # 109 / 3 = 36.333... -> 36.33; 88 / 3 = 29.333... -> 29.33; 120 / 3 = 40.
    subject = appraisal(skp(plan(iki(85, 85)), plan(iki(95, 93)), plan(iki(100, 111))))
    result = scored(subject)
    assert [item.weight for item in result.skp.main] == [dec("33.33")] * 3
    assert [item.weighted for item in result.skp.main] == [dec("36.33"), dec("29.33"), dec("40.00")]
    # Form stage: 36.33 + 29.33 + 40.00 = 105.66.
    assert result.skp.main_value == dec("105.66")
    assert result.explanation.step("skp.main[0].weighted").inputs == (("bobot", "100/3"), ("nilai", "109.00"))
    # Final stage: (109 + 88 + 120) / 3 = 317/3 = 105.666... -> 105.67.
    final = scored(subject, RULE_SET.with_policies(rounding_stage="final"))
    assert final.explanation.exact("skp.main_value") == Fraction(317, 3)
    assert final.skp.main_value == dec("105.67")


def test_plan_value_is_the_mean_of_its_iki() -> None:
    # (109 + 88) / 2 = 98.5, bobot 100 (the only plan): 98.5.
    result = scored(appraisal(skp(plan(iki(85, 85), iki(95, 93)))))
    assert (result.skp.main[0].value, result.skp.value) == (dec("98.50"), dec("98.50"))
    assert result.explanation.step("skp.main[0].value").formula == "sum of the 2 values / 2"
    assert result.explanation.step("skp.main[0].value").source is s.SRC_PLAN_MEAN


def test_additional_plan_needs_its_bobot_lingkup_penugasan() -> None:
    error = raises(InconsistentInputError, lambda: skp(plan(), additional=(plan(weight=5), plan())))
    assert (error.field, error.value) == ("Skp.additional[1].weight", None)
    assert "bobot lingkup penugasan" in error.allowed


@pytest.mark.parametrize(
    ("category", "weighted"),
    # faktor / 100 x 10 x 100 / 100: 10, 8, 6, 4, 2.
    [("Sangat Baik", 10), ("Baik", 8), ("Cukup", 6), ("Kurang", 4), ("Sangat Kurang", 2)],
)
def test_additional_weighted_factors(category: str, weighted: int) -> None:
    assert s.additional_weighted(category, 10, 100) == weighted
    assert s.ADDITIONAL_FACTORS[Category(category)] == weighted * 10


def test_additional_plan_weighted_is_the_mean_over_its_iki() -> None:
    # Tambahan, bobot 10: IKI 111 / 100 -> 120, Sangat Baik: 100 / 100 x 10 x 120 / 100 = 12;
    # IKI 90 / 100 -> Cukup 70 + 10 = 80: 60 / 100 x 10 x 80 / 100 = 4.8. Mean (12 + 4.8) / 2 = 8.4.
    extra = plan(iki(100, 111), iki(100, 90), weight=10, name="Narasumber")
    result = scored(appraisal(skp(plan(iki(85, 85)), additional=(extra,))))
    step = result.explanation.step("skp.additional[0].indicators[0].weighted")
    assert (step.value, step.formula) == (
        dec("12.00"),
        "100 / 100 x bobot lingkup penugasan x nilai / 100 (Sangat Baik)",
    )
    assert result.explanation.step("skp.additional[0].indicators[1].weighted").value == dec("4.80")
    item = result.skp.additional[0]
    assert (item.value, item.weight, item.weighted) == (dec("100.00"), dec("10.00"), dec("8.40"))
    # KU 109 + KT 8.4 = 117.4.
    assert (result.skp.additional_total, result.skp.additional_value, result.skp.value) == (
        dec("8.40"),
        dec("8.40"),
        dec("117.40"),
    )


@pytest.mark.parametrize(
    ("weights", "total", "value"),
    [
        # Sangat Baik 120, bobot 8: 100 / 100 x 8 x 120 / 100 = 9.6 -> KT 9.6.
        (("8",), "9.60", "9.60"),
        # Bobot 5 at 120: 6; bobot 20 at Kurang 50 (60 / 100): 40 / 100 x 20 x 50 / 100 = 4; total 10 -> KT 10.
        (("5", "20"), "10.00", "10.00"),
        # Bobot 10 at 120: 12 -> KT 10.
        (("10",), "12.00", "10.00"),
    ],
)
def test_additional_total_is_capped_at_10(weights: tuple[str, ...], total: str, value: str) -> None:
    plans = [
        plan(iki(100, 111 if index == 0 else 60), weight=weight, name=f"Tugas tambahan {index + 1}")
        for index, weight in enumerate(weights)
    ]
    result = scored(appraisal(skp(plan(iki(85, 85)), additional=tuple(plans))))
    assert (result.skp.additional_total, result.skp.additional_value) == (dec(total), dec(value))
    # KU 109 + KT.
    assert result.skp.value == dec("109") + dec(value)
    step = result.explanation.step("skp.additional_value")
    assert (step.formula, step.source) == ("the total, at most 10", s.SRC_ADDITIONAL_CAP)
    assert ("capped at 10" in result.render()) is (dec(total) > 10)


def test_no_additional_plans() -> None:
    result = scored(appraisal())
    assert result.skp.additional == ()
    assert result.explanation.step("skp.additional_total").formula == "no rencana kinerja tambahan"
    assert "Rencana kinerja tambahan" not in result.render()


# ----------------------------------------------------------------------------------------- policy over_120


def over_120_appraisal() -> Appraisal:
    """KU 120 (one IKI 111 % -> 120) and KT 10 (tambahan bobot 10 at 120: 12, capped): KU + KT = 130."""
    extra = plan(iki(100, 111), weight=10, name="Tugas tambahan")
    return appraisal(skp(plan(iki(100, 111)), additional=(extra,)), behaviour(120), innovation=True)


def test_over_120_cap_skp() -> None:
    result = scored(over_120_appraisal())
    assert RULE_SET.policies.over_120 is Over120.CAP_SKP
    assert (result.skp.main_value, result.skp.additional_value, result.skp.value) == (
        dec("120.00"),
        dec("10.00"),
        dec("120.00"),
    )
    step = result.explanation.step("skp.value")
    assert (step.formula, step.source, step.exact) == (
        "min(120, KU + KT) (policy over_120=cap_skp)",
        s.SRC_SKP_CAP,
        Fraction(120),
    )
    # 120 x 70 % + 120 x 30 % = 84 + 36 = 120: Sangat Baik (innovation).
    assert (result.value, result.predikat) == (dec("120.00"), Predikat.SANGAT_BAIK)


def test_over_120_keep() -> None:
    result = scored(over_120_appraisal(), RULE_SET.with_policies(over_120="keep"))
    # 120 + 10 = 130; 130 x 70 % + 120 x 30 % = 91 + 36 = 127.
    assert result.skp.value == dec("130.00")
    step = result.explanation.step("skp.value")
    assert (step.formula, step.source) == ("KU + KT", s.SRC_SKP_VALUE)
    assert (result.skp_part, result.value, result.predikat) == (dec("91.00"), dec("127.00"), Predikat.SANGAT_BAIK)


def test_exactly_120_is_not_capped() -> None:
    # KU 120 and no tambahan: KU + KT = 120, not above 120.
    result = scored(appraisal(skp(plan(iki(100, 111)))))
    assert result.skp.value == dec("120.00")
    assert result.explanation.step("skp.value").formula == "KU + KT"


# ------------------------------------------------------------------------------ weights 70/30 and 60/40


@pytest.mark.parametrize(
    ("peers", "weights", "parts", "value"),
    [
        # Nilai SKP 109 (85 / 85) and perilaku 100: 109 x 70 % = 76.3, 100 x 30 % = 30; 106.3.
        (False, (70, 30), ("76.30", "30.00"), "106.30"),
        # 109 x 60 % = 65.4, 100 x 40 % = 40; 105.4.
        (True, (60, 40), ("65.40", "40.00"), "105.40"),
    ],
)
def test_weights_70_30_and_60_40(peers: bool, weights: tuple[int, int], parts: tuple[str, str], value: str) -> None:
    result = scored(appraisal(skp(plan(iki(85, 85))), peers=peers))
    assert (result.skp_weight, result.behaviour_weight) == weights
    assert (result.skp_part, result.behaviour_part, result.value) == (dec(parts[0]), dec(parts[1]), dec(value))
    step = result.explanation.step("final.skp_part")
    reason = "with" if peers else "without"
    assert (
        step.formula == f"nilai SKP x {weights[0]} / 100 (agency {reason} peer and subordinate input on perilaku kerja)"
    )
    assert step.source is s.SRC_WEIGHTS
    assert result.explanation.step("final.value").formula == f"SKP x {weights[0]} % + perilaku kerja x {weights[1]} %"


# ------------------------------------------------------------------------------------------------ perilaku


def test_behaviour_mean_without_kepemimpinan() -> None:
    aspects = Behaviour(service_orientation=100, commitment=100, initiative=95, teamwork=100)
    assert aspects.leadership is None
    assert [name for name, _ in aspects.aspects()] == ["service_orientation", "commitment", "initiative", "teamwork"]
    # (100 + 100 + 95 + 100) / 4 = 395/4 = 98.75.
    result = scored(appraisal(aspects=aspects))
    assert result.behaviour.value == dec("98.75")
    step = result.explanation.step("behaviour.value")
    assert step.formula == "sum of the 4 aspects assessed / 4"
    assert step.inputs[2] == ("inisiatif kerja", "95")


def test_behaviour_mean_with_kepemimpinan() -> None:
    aspects = Behaviour(service_orientation=100, commitment=100, initiative=95, teamwork=100, leadership=90)
    # (100 + 100 + 95 + 100 + 90) / 5 = 485/5 = 97.
    result = scored(appraisal(aspects=aspects))
    assert result.behaviour.value == dec("97.00")
    assert result.behaviour.aspects[-1] == ("leadership", dec("90"))
    step = result.explanation.step("behaviour.value")
    assert step.formula == "sum of the 5 aspects assessed / 5"
    assert step.inputs[-1] == ("kepemimpinan", "90")


@pytest.mark.parametrize(("field", "value"), [("service_orientation", 121), ("teamwork", -1), ("leadership", "120.01")])
def test_behaviour_aspects_are_on_the_0_120_scale(field: str, value: int | str) -> None:
    fields: dict[str, Any] = {"service_orientation": 100, "commitment": 100, "initiative": 100, "teamwork": 100}
    error = raises(OutOfRangeError, lambda: Behaviour(**{**fields, field: value}))
    assert error.field == f"Behaviour.{field}"
    assert error.allowed.startswith(">= 0 and <= 120")


# -------------------------------------------------------------------------------------- floats and enums

FLOATS: Final[list[tuple[str, Callable[[], object], str]]] = [
    ("Indicator.realisation", lambda: iki(100, 99.5), "Indicator.realisation"),  # type: ignore[arg-type]
    ("Indicator.target", lambda: iki(99.5, 100), "Indicator.target"),  # type: ignore[arg-type]
    ("Indicator.target (pair)", lambda: iki((80, 90.5), 85), "Indicator.target.high"),
    ("Target.single", lambda: Target.single(99.5), "Target.low"),  # type: ignore[arg-type]
    ("Target.range", lambda: Target.range(80, 90.5), "Target.high"),  # type: ignore[arg-type]
    ("Plan.weight", lambda: plan(weight=50.5), "Plan.weight"),  # type: ignore[arg-type]
    ("Behaviour", lambda: behaviour(95.5), "Behaviour.service_orientation"),  # type: ignore[arg-type]
    ("Behaviour.leadership", lambda: behaviour(95, 95.5), "Behaviour.leadership"),  # type: ignore[arg-type]
    ("capaian", lambda: s.capaian(80, 90, 70.0, "normal"), "realisation"),  # type: ignore[arg-type]
    ("capaian low", lambda: s.capaian(80.0, 90, 70, "normal"), "low"),  # type: ignore[arg-type]
    ("capaian high", lambda: s.capaian(80, 90.0, 70, "normal"), "high"),  # type: ignore[arg-type]
    (
        "nilai_capaian",
        lambda: s.nilai_capaian(98.0, target_is_maximum=False, very_good="interpolate"),  # type: ignore[arg-type]
        "capaian",
    ),
    ("convert_2021", lambda: s.convert_2021(85.0, "band_linear"), "value"),  # type: ignore[arg-type]
    ("predikat", lambda: s.predikat(90.0, innovation=False), "value"),  # type: ignore[arg-type]
    ("additional_weighted weight", lambda: s.additional_weighted("Baik", 10.0, 109), "weight"),  # type: ignore[arg-type]
    ("additional_weighted value", lambda: s.additional_weighted("Baik", 10, 109.0), "value"),  # type: ignore[arg-type]
    ("mean", lambda: s.mean([Fraction(1), 1.0]), "values"),  # type: ignore[list-item]
]


@pytest.mark.parametrize(("build", "field"), [pytest.param(build, field, id=name) for name, build, field in FLOATS])
def test_float_inputs_are_refused(build: Callable[[], object], field: str) -> None:
    error = raises(FloatInputError, build)
    assert error.field == field
    assert isinstance(error.value, float)


ENUMS: Final[list[tuple[str, Callable[[], object], str, str]]] = [
    ("aspect", lambda: Indicator(name="x", aspect="jumlah", condition="normal", target=1, realisation=1), "Indicator.aspect", "'kuantitas', 'kualitas', 'waktu', 'biaya'"),
    ("condition", lambda: iki(100, 100, "biasa"), "Indicator.condition", "'normal', 'khusus'"),
    ("model", lambda: Skp(model="lanjutan", main=[plan()]), "Skp.model", "'dasar', 'pengembangan'"),
    ("capaian", lambda: Policies(capaian="round"), "Policies.capaian", "'whole_percent', 'exact'"),
    ("very_good", lambda: Policies(very_good="linear"), "Policies.very_good", "'interpolate', 'floor_110'"),
    ("over_120", lambda: Policies(over_120="cap"), "Policies.over_120", "'cap_skp', 'keep'"),
    ("rounding_stage", lambda: Policies(rounding_stage="late"), "Policies.rounding_stage", "'form', 'final'"),
    ("predikat_basis", lambda: Policies(predikat_basis="rounded"), "Policies.predikat_basis", "'printed', 'exact'"),
    ("conversion_2021", lambda: Policies(conversion_2021="linear"), "Policies.conversion_2021", "'band_linear', 'proportional', 'none'"),
    ("with_policies", lambda: RULE_SET.with_policies(capaian="whole"), "Policies.capaian", "'whole_percent'"),
    ("scoring condition", lambda: s.capaian(80, 90, 70, "biasa"), "condition", "'normal', 'khusus'"),
    ("scoring very_good", lambda: s.nilai_capaian(98, target_is_maximum=False, very_good="floor"), "very_good", "'interpolate', 'floor_110'"),
    ("scoring conversion", lambda: s.convert_2021(85, "linear"), "conversion", "'band_linear', 'proportional', 'none'"),
    ("scoring category", lambda: s.additional_weighted("Bagus", 10, 109), "category", "'Sangat Baik', 'Baik', 'Cukup', 'Kurang', 'Sangat Kurang'"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("build", "field", "allowed"),
    [pytest.param(build, field, allowed, id=name) for name, build, field, allowed in ENUMS],
)
def test_bad_enum_strings_name_the_field(build: Callable[[], object], field: str, allowed: str) -> None:
    error = raises(InvalidInputError, build)
    assert error.field == field
    assert error.allowed.startswith("one of ")
    assert allowed in error.allowed


def test_enum_strings_are_read_in_any_case() -> None:
    indicator = Indicator(name="x", aspect=" Waktu ", condition="KHUSUS", target=7, realisation=6)
    assert (indicator.aspect, indicator.condition) == (Aspect.TIME, Condition.SPECIAL)
    assert Skp(model="Pengembangan", main=[plan()]).model is SkpModel.DEVELOPMENT
    assert Policies(very_good="FLOOR_110").very_good is VeryGoodFormula.FLOOR_110


# ------------------------------------------------------------------------------------------- other inputs

MODEL_ERRORS: Final[list[tuple[str, Callable[[], object], type[Exception], str, str]]] = [
    ("target 0", lambda: iki(0, 1), OutOfRangeError, "Indicator.target", "> 0"),
    ("target negative", lambda: Target.single("-5"), OutOfRangeError, "Target.low", "> 0"),
    ("range low 0", lambda: iki((0, 90), 1), OutOfRangeError, "Indicator.target.low", "> 0"),
    ("range reversed", lambda: iki((90, 80), 85), InconsistentInputError, "Indicator.target.high", "a batas atas >= the batas bawah (90)"),
    ("Target.range reversed", lambda: Target.range(90, 80), InconsistentInputError, "Target.high", "a batas atas >= the batas bawah (90)"),
    ("target triple", lambda: iki((80, 85, 90), 85), InvalidInputError, "Indicator.target", "a (low, high) pair for a range"),
    ("target text", lambda: iki("85 %", 85), InvalidInputError, "Indicator.target", "no separators"),
    ("target bool", lambda: iki(True, 85), InvalidTypeError, "Indicator.target", "a bool is not a number"),
    ("realisation negative", lambda: iki(100, -1), OutOfRangeError, "Indicator.realisation", ">= 0"),
    ("target_is_maximum", lambda: Indicator(name="x", aspect="waktu", condition="normal", target=1, realisation=1, target_is_maximum="yes"), InvalidTypeError, "Indicator.target_is_maximum", "True or False"),  # type: ignore[arg-type]
    ("name", lambda: iki(name=" Jumlah"), InvalidInputError, "Indicator.name", "without leading or trailing spaces"),
    ("no indicators", lambda: Plan(name="x", indicators=[]), InvalidInputError, "Plan.indicators", "at least one item"),
    ("indicator not in a list", lambda: Plan(name="x", indicators=iki()), InvalidTypeError, "Plan.indicators", "a list or tuple of Indicator"),  # type: ignore[arg-type]
    ("no main plans", lambda: Skp(model="dasar", main=[]), InvalidInputError, "Skp.main", "at least one item"),
    ("innovation", lambda: Appraisal(period=SECOND_HALF, skp=skp(), behaviour=behaviour(), peer_and_subordinate_input=False, innovation="no"), InvalidTypeError, "Appraisal.innovation", "True or False"),  # type: ignore[arg-type]
    ("peers", lambda: Appraisal(period=SECOND_HALF, skp=skp(), behaviour=behaviour(), peer_and_subordinate_input=1, innovation=False), InvalidTypeError, "Appraisal.peer_and_subordinate_input", "True or False"),  # type: ignore[arg-type]
    ("skp", lambda: Appraisal(period=SECOND_HALF, skp=None, behaviour=behaviour(), peer_and_subordinate_input=False, innovation=False), InvalidTypeError, "Appraisal.skp", "a Skp"),  # type: ignore[arg-type]
    ("rounding", lambda: Policies(rounding="2dp"), InvalidTypeError, "Policies.rounding", "a RoundingPolicy"),  # type: ignore[arg-type]
    ("unknown policy", lambda: RULE_SET.with_policies(cap=True), InvalidInputError, "Policies", "a policy name, one of capaian, very_good"),
    ("rule set policies", lambda: Permenpanrb8RuleSet("cap_skp"), InvalidTypeError, "Permenpanrb8RuleSet.policies", "a Policies"),  # type: ignore[arg-type]
]  # fmt: skip


@pytest.mark.parametrize(
    ("build", "error", "field", "allowed"),
    [pytest.param(build, error, field, allowed, id=name) for name, build, error, field, allowed in MODEL_ERRORS],
)
def test_bad_input(build: Callable[[], object], error: type[Exception], field: str, allowed: str) -> None:
    caught = raises(error, build)
    assert caught.field == field
    assert allowed in caught.allowed


def test_targets() -> None:
    assert Target.single("85") == Target(Decimal(85), Decimal(85))
    assert (str(Target.single(85)), Target.single(85).is_range) == ("85", False)
    assert (str(Target.range("7", "8")), Target.range(7, 8).is_range) == ("7-8", True)
    # A list pair, a Target and a number are all accepted by an IKI.
    assert iki([80, 90], 85).target == iki(Target.range(80, 90), 85).target == Target.range(80, 90)
    assert iki("85", 85).target == Target.single(85)


def test_score_refuses_other_appraisals() -> None:
    error = raises(InvalidTypeError, lambda: RULE_SET.score(first_half_appraisal()))
    assert (error.field, error.allowed) == (
        "appraisal",
        "a permenpanrb_8_2021 Appraisal, Year2021Appraisal or JptPeriodicAppraisal",
    )


# --------------------------------------------------------------------------------------------- in force


def test_rule_set_identity() -> None:
    assert RULE_SET.key == KEY == "permenpanrb_8_2021"
    assert get_rule_set("permenpanrb_8_2021") is RULE_SET
    assert get_rule_set("permenpanrb8") is RULE_SET
    with pytest.raises(UnknownRuleSetError):  # PP 30/2019 underlies 6/2022 too: no alias names it
        get_rule_set("pp30_2019")
    assert [citation.short for citation in RULE_SET.citation] == [
        "PermenPANRB 8/2021",
        "PP 30/2019",
        "SE MenPANRB 3/2021",
    ]
    assert RULE_SET.in_force is IN_FORCE
    assert (IN_FORCE.start, IN_FORCE.end) == (date(2021, 7, 1), date(2021, 12, 31))
    assert [item.key for item in rule_sets_in_force(date(2021, 12, 31))] == [KEY]
    assert RULE_SET not in rule_sets_in_force(date(2021, 6, 30))
    assert RULE_SET not in rule_sets_in_force(date(2022, 1, 1))
    assert FIRST_HALF_2021 == FIRST_HALF


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2021, 6, 30), date(2021, 7, 31)),  # starts a day early
        (date(2021, 12, 1), date(2022, 1, 1)),  # ends a day late
        (date(2022, 1, 1), date(2022, 6, 30)),  # PermenPANRB 6/2022
        (date(2020, 1, 1), date(2020, 12, 31)),  # PP 46/2011
    ],
)
def test_not_in_force_outside_july_december_2021(start: date, end: date) -> None:
    subject = appraisal(period=AppraisalPeriod(start, end))
    error = raises(NotInForceError, lambda: RULE_SET.score(subject))
    assert (error.rule_set, error.start, error.end) == (KEY, start, end)
    assert "allow_outside_in_force=True" in str(error)
    # On request the rule set applies anyway; the figures do not depend on the period (109 x 70 % + 100 x 30 %).
    assert scored(subject, allow_outside_in_force=True).value == dec("106.30")


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2021, 7, 1), date(2021, 12, 31)),
        (date(2021, 7, 1), date(2021, 7, 1)),
        (date(2021, 12, 31), date(2021, 12, 31)),
        (date(2021, 10, 1), date(2021, 12, 31)),
    ],
)
def test_in_force_within_july_december_2021(start: date, end: date) -> None:
    assert scored(appraisal(period=AppraisalPeriod(start, end))).period == AppraisalPeriod(start, end)


# ----------------------------------------------------------------------------------------- JPT periodic


def test_periodic_value_of_a_jpt() -> None:
    # (Nilai 1 + Nilai 2) / 2 as in p8-periodik-jpt (reproduced in the examples test). Nilai 1: rencana aksi of
    # capaian 101 % (110) and 111 % (120): (110 + 120) / 2 = 115; Nilai 2: 85 / 85 -> 109; (115 + 109) / 2 = 112.
    result = RULE_SET.periodic(SECOND_HALF, [iki(100, 101), iki(100, 111)], (iki(85, 85),))
    assert isinstance(result, PeriodicResult)
    assert (result.value_1, result.value_2, result.value) == (dec("115.00"), dec("109.00"), dec("112.00"))
    assert [row.value for row in result.action_plans] == [dec("110.00"), dec("120.00")]
    assert (result.period, result.policies) == (SECOND_HALF, RULE_SET.policies)
    keys = [step.key for step in result.explanation]
    assert keys[0] == "action_plans[0].capaian"
    assert keys[-3:] == ["value_1", "value_2", "value"]
    assert result.explanation.step("value_2").formula == "the only one"
    assert result.explanation.step("value_1").formula == "sum of the 2 values / 2"
    # With the capaian 105 % instead of 101 %: under floor_110 105 % -> 110, (110 + 120) / 2 = 115; under the
    # default 105 % -> 1030/9, printed and carried 114.44, (114.44 + 120) / 2 = 117.22.
    floor = RULE_SET.with_policies(very_good="floor_110").periodic(SECOND_HALF, [iki(100, 105), iki(100, 111)], [iki()])
    default = RULE_SET.periodic(SECOND_HALF, [iki(100, 105), iki(100, 111)], [iki()])
    assert (floor.value_1, default.value_1) == (dec("115.00"), dec("117.22"))


@pytest.mark.parametrize(
    ("arguments", "field", "error"),
    [
        (("2021", [iki()], [iki()]), "period", InvalidTypeError),
        ((SECOND_HALF, [], [iki()]), "action_plans", InvalidInputError),
        ((SECOND_HALF, [iki()], ()), "main_indicators", InvalidInputError),
        ((SECOND_HALF, [iki()], ["Jumlah laporan"]), "main_indicators", InvalidTypeError),
        ((SECOND_HALF, iki(), [iki()]), "action_plans", InvalidTypeError),
        ((SECOND_HALF, [iki()], [iki(100, 106, maximum=True)]), "main_indicators[0].target_is_maximum", InconsistentInputError),
    ],
)  # fmt: skip
def test_periodic_errors(arguments: tuple[Any, Any, Any], field: str, error: type[Exception]) -> None:
    caught = raises(error, lambda: RULE_SET.periodic(*arguments))
    assert caught.field == field


def test_periodic_refuses_a_generator() -> None:
    caught = raises(InvalidTypeError, lambda: RULE_SET.periodic(SECOND_HALF, (i for i in [iki()]), [iki()]))  # type: ignore[arg-type]
    assert (caught.field, caught.allowed) == ("action_plans", "a list or tuple of Indicator with at least one item")


def test_periodic_outside_in_force() -> None:
    year_2022 = AppraisalPeriod(date(2022, 1, 1), date(2022, 3, 31))
    with pytest.raises(NotInForceError):
        RULE_SET.periodic(year_2022, [iki()], [iki()])
    # 100 % -> 109 for both: (109 + 109) / 2 = 109.
    assert RULE_SET.periodic(year_2022, [iki()], [iki()], allow_outside_in_force=True).value == dec("109.00")


# ------------------------------------------------------------------------------------ conversion 2021


@pytest.mark.parametrize(
    ("value", "band_linear"),
    [
        ("-3", Fraction(0)),  # below 0: max(x, 0) / 50 x 49 = 0
        ("0", Fraction(0)),
        ("25", Fraction(49, 2)),  # 25 / 50 x 49 = 24.5
        ("50", Fraction(49)),  # 50 / 50 x 49 = 49
        ("50.5", Fraction(4949, 100)),  # 50.5 / 50 x 49 = 49.49
        ("51", Fraction(50)),  # 51-60 -> 50-69: 50 + 19/9 x 0
        ("60", Fraction(69)),  # 50 + 19/9 x 9 = 69
        ("60.5", Fraction(69)),  # 50 + 19/9 x 9.5 = 70.05..., held to the band's top 69
        ("61", Fraction(70)),  # 61-75 -> 70-89
        ("75", Fraction(89)),  # 70 + 19/14 x 14 = 89
        ("76", Fraction(90)),  # 76-90 -> 90-109
        ("85", Fraction(1431, 14)),  # 90 + 19/14 x 9 = 90 + 171/14 = 1431/14
        ("87.44", Fraction(18467, 175)),  # 90 + 19/14 x 11.44 = 90 + 217.36/14 = 18467/175 = 105.5257...
        ("90", Fraction(109)),  # 90 + 19/14 x 14 = 109
        ("90.5", Fraction(109)),  # 90 + 19/14 x 14.5 = 109.67..., held to 109
        ("91", Fraction(110)),  # 91-99 -> 110-120
        ("95", Fraction(115)),  # 110 + 10/8 x 4 = 115
        ("99", Fraction(120)),  # 110 + 10/8 x 8 = 120
        ("99.5", Fraction(120)),  # 110 + 10/8 x 8.5 = 120.625, held to 120
        ("110", Fraction(120)),  # above 99 -> 120
    ],
)
def test_convert_2021_band_linear(value: str, band_linear: Fraction) -> None:
    assert s.convert_2021(Fraction(value), Conversion2021.BAND_LINEAR) == band_linear
    assert s.convert_2021(Decimal(value), "band_linear") == band_linear


def test_convert_2021_proportional_and_none() -> None:
    # 85 x 120 / 100 = 102; 87.44 x 1.2 = 104.928.
    assert s.convert_2021(85, "proportional") == 102
    assert s.convert_2021(Decimal("87.44"), "proportional") == Fraction(104928, 1000)
    assert s.convert_2021(Decimal("87.44"), "none") == Fraction(8744, 100)
    # Both are kept within 0-120: 100 x 1.2 = 120; 115.2 x 1.2 = 138.24 -> 120; 130 -> 120; -3 -> 0.
    assert s.convert_2021(100, "proportional") == 120
    assert s.convert_2021(Decimal("115.2"), "proportional") == 120
    assert s.convert_2021(130, "none") == 120
    assert s.convert_2021(-3, "proportional") == s.convert_2021(-3, "none") == 0


@pytest.mark.parametrize(
    ("conversion", "converted", "value"),
    [
        # First half 87.44 (see first_half_appraisal); second half 104.80 (see second_half_appraisal).
        # band_linear: 18467/175 = 105.5257... -> 105.53; (105.53 + 104.80) / 2 = 210.33 / 2 = 105.165 -> 105.17.
        ("band_linear", "105.53", "105.17"),
        # proportional: 87.44 x 1.2 = 104.928 -> 104.93; (104.93 + 104.80) / 2 = 104.865 -> 104.87.
        ("proportional", "104.93", "104.87"),
        # none: 87.44; (87.44 + 104.80) / 2 = 96.12.
        ("none", "87.44", "96.12"),
    ],
)
def test_integrate_under_each_conversion(conversion: str, converted: str, value: str) -> None:
    first = pp46.RULE_SET.score(first_half_appraisal())
    second = scored(second_half_appraisal())
    assert (first.final_value, second.value) == (dec("87.44"), dec("104.80"))
    rule_set = RULE_SET.with_policies(conversion_2021=conversion)
    result = rule_set.integrate(first, second)
    assert (result.first_half_converted, result.value, result.predikat) == (dec(converted), dec(value), Predikat.BAIK)
    assert (result.first_half, result.second_half, result.policies) == (first, second, rule_set.policies)
    assert result.period == AppraisalPeriod(date(2021, 1, 1), date(2021, 12, 31))
    step = result.explanation.step("year_2021.value")
    assert step.inputs[0] == ("January-June (converted)", converted)
    assert (step.inputs[1][0], Fraction(step.inputs[1][1])) == ("July-December", Fraction("104.80"))
    assert step.exact == (Fraction(converted) + Fraction("104.80")) / 2
    assert step.source is s.SRC_INTEGRATION
    # The same through score() of the split year, which scores the second half under the same policies.
    whole = rule_set.score(Year2021Appraisal(first_half=first_half_appraisal(), second_half=second_half_appraisal()))
    assert whole == rule_set.integrate(first, scored(second_half_appraisal(), rule_set))
    assert isinstance(whole, Year2021Result)
    assert (whole.value, whole.second_half.policies) == (dec(value), rule_set.policies)


@pytest.mark.parametrize(
    ("conversion", "converted", "value"),
    [
        # First half 115.20 (see first_half_appraisal), second half 104.80.
        # band_linear: >= 99 -> 120; (120 + 104.80) / 2 = 112.40.
        ("band_linear", "120.00", "112.40"),
        # proportional: 115.2 x 1.2 = 138.24, kept within 0-120: 120; 112.40.
        ("proportional", "120.00", "112.40"),
        # none: 115.20; (115.20 + 104.80) / 2 = 110.
        ("none", "115.20", "110.00"),
    ],
)
def test_integrate_a_first_half_above_100(conversion: str, converted: str, value: str) -> None:
    first = pp46.RULE_SET.score(first_half_appraisal(quantity=20, aspects=100))
    assert first.final_value == dec("115.20")
    result = RULE_SET.with_policies(conversion_2021=conversion).integrate(first, scored(second_half_appraisal()))
    assert (result.first_half_converted, result.value) == (dec(converted), dec(value))
    assert 0 <= result.value <= 120


def test_integrate_reads_the_halves_as_printed_or_exact() -> None:
    first = pp46.RULE_SET.score(first_half_appraisal())
    # Second half scored under rounding_stage=final: nilai SKP 88 (93 / 95) and perilaku 94.65:
    # exact 88 x 70 % + 94.65 x 30 % = 61.6 + 28.395 = 89.995 = 17999/200, printed 90.00.
    second = scored(
        appraisal(skp(plan(iki(95, 93))), behaviour("94.65")), RULE_SET.with_policies(rounding_stage="final")
    )
    assert (second.value, second.explanation.exact("final.value")) == (dec("90.00"), Fraction(17999, 200))
    # Form stage: the printed halves: first half 87.44 -> 105.53 (printed); (105.53 + 90.00) / 2 = 97.765 -> 97.77.
    result = RULE_SET.integrate(first, second)
    assert (result.first_half_converted, result.value) == (dec("105.53"), dec("97.77"))
    assert result.explanation.exact("year_2021.value") == Fraction(97765, 1000)
    # Final stage: the exact halves: 87.44 -> 18467/175 (exact); (18467/175 + 17999/200) / 2
    # = ((18467 x 8 + 17999 x 7) / 1400) / 2 = (147736 + 125993) / 2800 = 273729/2800 = 97.7603... -> 97.76.
    result = RULE_SET.with_policies(rounding_stage="final").integrate(first, second)
    assert (result.first_half_converted, result.value) == (dec("105.53"), dec("97.76"))
    assert result.explanation.exact("year_2021.value") == Fraction(273729, 2800)


def test_split_year_errors_name_the_half() -> None:
    # A second half whose maximum target is exceeded (106 %), found while scoring the split year.
    second = second_half_appraisal()
    second = Appraisal(
        period=second.period,
        skp=skp(plan(iki(100, 106, maximum=True))),
        behaviour=second.behaviour,
        peer_and_subordinate_input=False,
        innovation=False,
    )
    error = raises(
        InconsistentInputError,
        lambda: RULE_SET.score(Year2021Appraisal(first_half=first_half_appraisal(), second_half=second)),
    )
    assert error.field == f"second_half.{IKI_KEY}.target_is_maximum"


def test_split_year_errors_of_the_first_half_name_it() -> None:
    # Kepemimpinan for a fungsional umum is refused when PP 46/2011 scores the first half (its default policy).
    first = first_half_appraisal()
    first = pp46.Appraisal(
        period=first.period,
        position=first.position,
        skps=first.skps,
        behaviour=pp46.Behaviour(
            service_orientation=80, integrity=80, commitment=80, discipline=80, teamwork=80, leadership=80
        ),
    )
    subject = Year2021Appraisal(first_half=first, second_half=second_half_appraisal())
    error = raises(InconsistentInputError, lambda: RULE_SET.score(subject))
    assert error.field == "first_half.behaviour.leadership"


@pytest.mark.parametrize(("innovation", "expected"), [(True, Predikat.SANGAT_BAIK), (False, Predikat.BAIK)])
def test_integrated_predikat_uses_the_second_halfs_innovation(innovation: bool, expected: Predikat) -> None:
    # First half 115.20 (see first_half_appraisal), >= 99: 120; (120 + 104.80) / 2 = 112.40 >= 110.
    subject = Year2021Appraisal(
        first_half=first_half_appraisal(quantity=20, aspects=100),
        second_half=second_half_appraisal(innovation=innovation),
    )
    result = RULE_SET.score(subject)
    assert isinstance(result, Year2021Result)
    assert (result.first_half.final_value, result.first_half_converted, result.value) == (
        dec("115.20"),
        dec("120.00"),
        dec("112.40"),
    )
    assert result.predikat is expected
    assert result.explanation.step("year_2021.predikat").value == expected.value


def test_integrate_refuses_wrong_types() -> None:
    first = pp46.RULE_SET.score(first_half_appraisal())
    second = scored(second_half_appraisal())
    error = raises(InvalidTypeError, lambda: RULE_SET.integrate(second, second))  # type: ignore[arg-type]
    assert (error.field, error.allowed) == ("first_half", "a pp46_2011 Result")
    error = raises(InvalidTypeError, lambda: RULE_SET.integrate(first, first))  # type: ignore[arg-type]
    assert (error.field, error.allowed) == ("second_half", "a permenpanrb_8_2021 Result")


def test_integrate_refuses_halves_in_the_wrong_periods() -> None:
    first = pp46.RULE_SET.score(first_half_appraisal())
    second = scored(second_half_appraisal())
    year_2020 = AppraisalPeriod(date(2020, 1, 1), date(2020, 12, 31))
    wrong_first = pp46.RULE_SET.score(first_half_appraisal(period=year_2020))
    error = raises(InconsistentInputError, lambda: RULE_SET.integrate(wrong_first, second))
    assert (error.field, error.value) == ("first_half.period", "2020-01-01 to 2020-12-31")
    assert error.allowed == "a period within 2021-01-01 to 2021-06-30"
    # A PP 46/2011 result of July-September 2021 (scored outside that rule set's period on request).
    july = AppraisalPeriod(date(2021, 7, 1), date(2021, 9, 30))
    late_first = pp46.RULE_SET.score(first_half_appraisal(period=july), allow_outside_in_force=True)
    assert raises(InconsistentInputError, lambda: RULE_SET.integrate(late_first, second)).field == "first_half.period"
    # A second half in 2022 (scored outside this rule set's period on request), or in the first half of 2021.
    for period in (AppraisalPeriod(date(2022, 1, 1), date(2022, 6, 30)), FIRST_HALF):
        wrong_second = scored(second_half_appraisal(period=period), allow_outside_in_force=True)
        error = raises(InconsistentInputError, lambda: RULE_SET.integrate(first, wrong_second))  # noqa: B023
        assert (error.field, error.allowed) == ("second_half.period", "a period within 2021-07-01 to 2021-12-31")


@pytest.mark.parametrize(
    ("first", "second", "error", "field", "allowed"),
    [
        (second_half_appraisal, second_half_appraisal, InvalidTypeError, "Year2021Appraisal.first_half", "a pp46_2011 Appraisal or StudyLeaveAppraisal"),
        (first_half_appraisal, first_half_appraisal, InvalidTypeError, "Year2021Appraisal.second_half", "a permenpanrb_8_2021 Appraisal"),
        (lambda: first_half_appraisal(period=AppraisalPeriod(date(2021, 6, 1), date(2021, 7, 31))), second_half_appraisal, InconsistentInputError, "Year2021Appraisal.first_half.period", "a period within 2021-01-01 to 2021-06-30"),
        (first_half_appraisal, lambda: second_half_appraisal(period=AppraisalPeriod(date(2021, 6, 30), date(2021, 12, 31))), InconsistentInputError, "Year2021Appraisal.second_half.period", "a period within 2021-07-01 to 2021-12-31"),
    ],
)  # fmt: skip
def test_year_2021_appraisal_checks_its_halves(
    first: Callable[[], Any], second: Callable[[], Any], error: type[Exception], field: str, allowed: str
) -> None:
    caught = raises(error, lambda: Year2021Appraisal(first_half=first(), second_half=second()))
    assert (caught.field, caught.allowed) == (field, allowed)


def test_year_2021_render() -> None:
    result = RULE_SET.score(Year2021Appraisal(first_half=first_half_appraisal(), second_half=second_half_appraisal()))
    assert isinstance(result, Year2021Result)
    text = result.render()
    assert "2021 split year" in text
    assert "PP 46/2011" in text
    assert "PermenPANRB 8/2021" in text
    # Both halves are rendered in full, then the integration.
    assert result.first_half.render() in text
    assert result.second_half.render() in text
    some_line(text, "January-June", "87.44", "105.53", "band_linear")
    some_line(text, "July-December", "104.80")
    some_line(text, "2021", "105.17", "Baik")
    assert "[year_2021.first_half_converted]" in text


# --------------------------------------------------------------------------------------------- rendering


def some_line(text: str, *parts: str) -> str:
    """The first line of ``text`` that contains every one of ``parts``."""
    for line in text.splitlines():
        if all(part in line for part in parts):
            return line
    raise AssertionError(parts)


def test_render_shows_the_key_figures() -> None:
    # p8-nilai-akhir-skp-jpt with the tambahan of p8-tambahan-cap and perilaku 95 (see the examples test): plan A
    # 98.67 x 60 % = 59.20, plan B 109 x 40 % = 43.60, KU 102.80, KT 12.40 capped at 10, nilai SKP 112.80;
    # 112.80 x 70 % = 78.96, 95 x 30 % = 28.50, nilai kinerja 107.46, Baik.
    plan_a = plan(iki(95, 93), iki(95, 93), iki(100, 100, maximum=True), weight=60, name="Rencana kinerja A")
    plan_b = plan(iki(85, 85), weight=40, name="Rencana kinerja B")
    extras = (plan(iki(100, 111), weight=10, name="Tambahan 1"), plan(iki(100, 60), weight=2, name="Tambahan 2"))
    result = scored(appraisal(skp(plan_a, plan_b, additional=extras), behaviour(95)))
    text = result.render()
    assert text.splitlines()[0] == "PermenPANRB 8/2021 appraisal, period 2021-07-01 to 2021-12-31"
    assert "SKP model dasar" in text
    assert text.index("Rencana kinerja utama") < text.index("Rencana kinerja tambahan")
    some_line(text, "Rencana kinerja A", "98.67", "60.00", "59.20")
    some_line(text, "Rencana kinerja B", "109.00", "40.00", "43.60")
    some_line(text, "Tambahan 1", "120.00", "10.00", "12.00")
    some_line(text, "Tambahan 2", "50.00", "2.00", "0.40")
    some_line(text, "target", "95", "realisasi", "93", "98.00", "Cukup", "88.00")
    some_line(text, "102.80", "10.00", "12.40", "capped at 10")
    some_line(text, "Nilai SKP", "112.80", "70 %", "78.96")
    some_line(text, "Nilai perilaku kerja", "95.00", "30 %", "28.50")
    some_line(text, "Nilai kinerja", "107.46", "Baik", "not met")
    some_line(
        text,
        "Policies:",
        "capaian=whole_percent",
        "very_good=interpolate",
        "over_120=cap_skp",
        "conversion_2021=band_linear",
    )
    assert "[skp.main[0].indicators[0].capaian]" in text
    assert "(exact 1860/19)" in text
    # With innovation and a value of 110 or more the predikat line says so.
    top = scored(appraisal(skp(plan(iki(100, 111))), behaviour(120), innovation=True)).render()
    some_line(top, "Nilai kinerja", "120.00", "Sangat Baik", "met")


# ---------------------------------------------------------------------------------------------- policies


def test_policies() -> None:
    default = Policies()
    assert default.to_dict() == {
        "capaian": "whole_percent",
        "very_good": "interpolate",
        "over_120": "cap_skp",
        "rounding": {"places": 2, "mode": "half_up"},
        "rounding_stage": "form",
        "predikat_basis": "printed",
        "conversion_2021": "band_linear",
    }
    changed = default.replace(capaian="exact", over_120="keep")
    assert (changed.capaian, changed.over_120) == (CapaianRounding.EXACT, Over120.KEEP)
    rule_set = RULE_SET.policies_from_dict({"conversion_2021": "none", "rounding": {"places": 0, "mode": "down"}})
    assert rule_set.policies == Policies(conversion_2021="none", rounding=RoundingPolicy(places=0, mode="down"))
    assert rule_set == RULE_SET.with_policies(
        conversion_2021=Conversion2021.NONE, rounding=RoundingPolicy(places=0, mode=Rounding.DOWN)
    )
    assert RULE_SET.policies_from_dict({}) == RULE_SET


@pytest.mark.parametrize(
    ("data", "error", "field"),
    [
        ({"capaian": "round"}, InvalidInputError, "policies.capaian"),
        ({"cap": "keep"}, FormatError, "policies.cap"),
        ({"rounding": {"places": "2", "mode": "half_up"}}, FormatError, "policies.rounding.places"),
        ({"rounding": {"places": 2}}, FormatError, "policies.rounding.mode"),
        ({"rounding": {"places": 2, "mode": "half_even"}}, InvalidInputError, "policies.rounding.mode"),
        ({"rounding": {"places": 13, "mode": "up"}}, OutOfRangeError, "policies.rounding.places"),
        ([], FormatError, "policies"),
    ],
)
def test_policies_from_dict_errors(data: object, error: type[Exception], field: str) -> None:
    assert raises(error, lambda: RULE_SET.policies_from_dict(data)).field == field


# -------------------------------------------------------------------------------------------- interchange


def rich_appraisal() -> Appraisal:
    """Range and single targets, both conditions, a maximum target, bobot, a tambahan plan and kepemimpinan."""
    return appraisal(
        skp(
            plan(iki((80, 90), 92), iki(("7", "8"), "6.5", "khusus"), weight="60.5", name="Rencana kinerja A"),
            plan(iki(100, 100, maximum=True), iki("1.5E+3", 1400), weight="39.5", name="Rencana kinerja B"),
            additional=(plan(iki(2, 3), weight=5, name="Narasumber"),),
        ),
        behaviour("110.5", leadership=100),
        peers=True,
        innovation=True,
    )


def year_2021() -> Year2021Appraisal:
    return Year2021Appraisal(first_half=first_half_appraisal(), second_half=rich_appraisal())


@pytest.mark.parametrize("subject", [rich_appraisal(), appraisal(), year_2021()], ids=["skp", "minimal", "year_2021"])
def test_appraisal_documents_round_trip(subject: Appraisal | Year2021Appraisal) -> None:
    text = dumps(appraisal_document(RULE_SET, subject))
    document = loads(text)
    assert document["rule_set"] == KEY
    assert document["appraisal"]["kind"] == ("year_2021" if isinstance(subject, Year2021Appraisal) else "skp")
    assert read_appraisal(document) == (RULE_SET, subject)
    assert dumps(appraisal_document(*read_appraisal(loads(text)))) == text


def test_appraisal_document_writes_exact_strings() -> None:
    document = appraisal_document(RULE_SET, rich_appraisal())["appraisal"]
    first, second = document["skp"]["main"]
    assert first["weight"] == "60.5"
    assert first["indicators"][0]["target"] == {"low": "80", "high": "90"}
    assert first["indicators"][1]["realisation"] == "6.5"
    assert second["indicators"][0] == {
        "name": "Jumlah laporan",
        "aspect": "kuantitas",
        "condition": "normal",
        "target": "100",
        "realisation": "100",
        "target_is_maximum": True,
    }
    assert second["indicators"][1]["target"] == "1.5E+3"
    assert document["behaviour"] == {
        "service_orientation": "110.5",
        "commitment": "110.5",
        "initiative": "110.5",
        "teamwork": "110.5",
        "leadership": "100",
    }
    # Without bobot the key is left out; without kepemimpinan too.
    minimal = appraisal_document(RULE_SET, appraisal())["appraisal"]
    assert "weight" not in minimal["skp"]["main"][0]
    assert "leadership" not in minimal["behaviour"]


def test_appraisal_document_refuses_a_list_target_and_reads_json_numbers() -> None:
    # A document writes a range as {"low", "high"}; a list is not one of its forms (the Python API takes pairs).
    document = appraisal_document(RULE_SET, rich_appraisal())
    document["appraisal"]["skp"]["main"][0]["indicators"][0]["target"] = ["80", "90"]
    error = raises(FormatError, lambda: read_appraisal(document))
    assert error.allowed == 'a number, or {"low": number, "high": number} for a range'
    text = dumps(appraisal_document(RULE_SET, appraisal())).replace('"realisation": "100"', '"realisation": 99.5')
    subject = read_appraisal(loads(text))[1]
    assert subject.skp.main[0].indicators[0].realisation == Decimal("99.5")


@pytest.mark.parametrize("subject", [rich_appraisal(), year_2021()], ids=["skp", "year_2021"])
def test_result_documents_round_trip(subject: Appraisal | Year2021Appraisal) -> None:
    result = RULE_SET.score(subject)
    document = loads(dumps(result_document(RULE_SET, result)))
    assert read_result(document) == (RULE_SET, result)
    assert document["result"]["value"] == str(result.value)
    assert document["result"]["policies"] == RULE_SET.policies.to_dict()


def test_result_document_figures() -> None:
    # rich_appraisal: plan A (bobot 60.5): IKI 92 of 80-90: 102.22 % -> 102 -> 1000/9 = 111.11; IKI 6.5 of 7-8
    # khusus: 107.14 % -> 107 -> 116.67; nilai (111.11 + 116.67) / 2 = 113.89; 60.5 % x 113.89 = 68.90345 -> 68.90.
    # Plan B (bobot 39.5): 100 % of a maximum target -> 120; 1400 / 1500 = 93.33 % -> 93 -> 70 + 13 = 83;
    # nilai (120 + 83) / 2 = 101.5; 39.5 % x 101.5 = 40.0925 -> 40.09. KU 68.90 + 40.09 = 108.99.
    # Tambahan (bobot 5): 3 / 2 = 150 % -> 120, Sangat Baik: 5 x 120 / 100 = 6. Nilai SKP 108.99 + 6 = 114.99.
    # Perilaku (4 x 110.5 + 100) / 5 = 542 / 5 = 108.40. 60/40: 114.99 x 60 % = 68.994 -> 68.99;
    # 108.40 x 40 % = 43.36; nilai kinerja 112.35, Sangat Baik (innovation).
    result = scored(rich_appraisal())
    body = result_document(RULE_SET, result)["result"]
    main = body["skp"]["main"]
    assert [row["value"] for row in main[0]["indicators"]] == ["111.11", "116.67"]
    assert [row["target_used"] for row in main[0]["indicators"]] == ["90", "7"]
    assert [(plan["value"], plan["weighted"]) for plan in main] == [("113.89", "68.90"), ("101.50", "40.09")]
    assert body["skp"]["additional"][0]["weighted"] == "6.00"
    assert [body["skp"][key] for key in ("main_value", "additional_value", "value")] == ["108.99", "6.00", "114.99"]
    assert body["behaviour"]["value"] == "108.40"
    assert (body["skp_weight"], body["behaviour_weight"]) == (60, 40)
    assert (body["skp_part"], body["behaviour_part"], body["value"], body["predikat"]) == (
        "68.99",
        "43.36",
        "112.35",
        "Sangat Baik",
    )
    assert body["explanation"][0]["exact"] == "920/9"


def _broken(document: Any, path: list[str | int], value: object) -> Any:
    broken = copy.deepcopy(document)
    node = broken
    for part in path[:-1]:
        node = node[part]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return broken


IKI_PATH: Final[list[str | int]] = ["appraisal", "skp", "main", 0, "indicators", 0]
IKI_FIELD: Final = "appraisal.skp.main[0].indicators[0]"


@pytest.mark.parametrize(
    ("path", "value", "error", "field", "allowed"),
    [
        (["appraisal", "kind"], "dp3", FormatError, "appraisal.kind", "'skp', 'year_2021' or 'jpt_periodic'"),
        (["appraisal", "extra"], 1, FormatError, "appraisal.extra", "no such key"),
        (["appraisal", "behaviour"], KeyError, FormatError, "appraisal.behaviour", "is required"),
        (["appraisal", "behaviour", "teamwork"], KeyError, FormatError, "appraisal.behaviour.teamwork", "is required"),
        (["appraisal", "behaviour", "leadership"], "121", OutOfRangeError, "appraisal.behaviour.leadership", "<= 120"),
        (["appraisal", "period", "start"], "2021-02-30", FormatError, "appraisal.period.start", "existing calendar day"),
        (["appraisal", "innovation"], "no", InvalidTypeError, "appraisal.innovation", "True or False"),
        (["appraisal", "skp", "model"], "lanjutan", InvalidInputError, "appraisal.skp.model", "one of 'dasar'"),
        (["appraisal", "skp", "main"], {}, FormatError, "appraisal.skp.main", "a list"),
        (["appraisal", "skp", "main"], [], InvalidInputError, "appraisal.skp.main", "at least one item"),
        (["appraisal", "skp", "main", 0, "weight"], "50", InconsistentInputError, "appraisal.skp.main", "bobot adding up to 100"),
        (["appraisal", "skp", "main", 0, "weight"], KeyError, InconsistentInputError, "appraisal.skp.main[0].weight", "all or none"),
        (["appraisal", "skp", "additional", 0, "weight"], KeyError, InconsistentInputError, "appraisal.skp.additional[0].weight", "bobot lingkup penugasan"),
        (["appraisal", "skp", "additional"], "none", FormatError, "appraisal.skp.additional", "a list"),
        ([*IKI_PATH, "target"], {"low": "80"}, FormatError, f"{IKI_FIELD}.target.high", "is required"),
        ([*IKI_PATH, "target"], {"low": "90", "high": "80"}, InconsistentInputError, f"{IKI_FIELD}.target.high", "batas atas"),
        ([*IKI_PATH, "target"], ["80", "90", "100"], FormatError, f"{IKI_FIELD}.target", '{"low": number'),
        ([*IKI_PATH, "realisation"], 92.5, FloatInputError, f"{IKI_FIELD}.realisation", "pass str or Decimal"),
        ([*IKI_PATH, "realisation"], "-1", OutOfRangeError, f"{IKI_FIELD}.realisation", ">= 0"),
        ([*IKI_PATH, "condition"], "biasa", InvalidInputError, f"{IKI_FIELD}.condition", "'normal', 'khusus'"),
        ([*IKI_PATH, "target_is_maximum"], "yes", InvalidTypeError, f"{IKI_FIELD}.target_is_maximum", "True or False"),
        ([*IKI_PATH, "aspect"], KeyError, FormatError, f"{IKI_FIELD}.aspect", "is required"),
        (["appraisal", "skp", "main", 0, "indicators"], [], InvalidInputError, "appraisal.skp.main[0].indicators", "at least one item"),
        (["appraisal"], [], FormatError, "appraisal", "an object with the keys kind"),
    ],
)  # fmt: skip
def test_bad_appraisal_document(
    path: list[str | int], value: object, error: type[Exception], field: str, allowed: str
) -> None:
    document = _broken(appraisal_document(RULE_SET, rich_appraisal()), path, value)
    caught = raises(error, lambda: read_appraisal(document))
    assert caught.field == field
    assert allowed in caught.allowed


@pytest.mark.parametrize(
    ("path", "value", "error", "field", "allowed"),
    [
        (["appraisal", "first_half"], KeyError, FormatError, "appraisal.first_half", "is required"),
        (["appraisal", "second_half", "kind"], "year_2021", FormatError, "appraisal.second_half.kind", "'skp'"),
        (["appraisal", "second_half", "period", "start"], "2021-06-30", InconsistentInputError, "appraisal.second_half.period", "a period within 2021-07-01 to 2021-12-31"),
        (["appraisal", "first_half", "period", "end"], "2021-07-31", InconsistentInputError, "appraisal.first_half.period", "a period within 2021-01-01 to 2021-06-30"),
        (["appraisal", "first_half", "position"], "eselon", InvalidInputError, "appraisal.first_half.position", "one of"),
        (["appraisal", "skp"], {}, FormatError, "appraisal.skp", "no such key"),
    ],
)  # fmt: skip
def test_bad_year_2021_document(
    path: list[str | int], value: object, error: type[Exception], field: str, allowed: str
) -> None:
    document = _broken(appraisal_document(RULE_SET, year_2021()), path, value)
    caught = raises(error, lambda: read_appraisal(document))
    assert caught.field == field
    assert allowed in caught.allowed


ROW_PATH: Final[list[str | int]] = ["result", "skp", "main", 0, "indicators", 0]
ROW_FIELD: Final = "result.skp.main[0].indicators[0]"


@pytest.mark.parametrize(
    ("path", "value", "error", "field", "allowed"),
    [
        (["result", "kind"], "dp3", FormatError, "result.kind", "'skp', 'year_2021' or 'jpt_periodic'"),
        (["result", "period"], KeyError, FormatError, "result.period", "is required"),
        (["result", "innovation"], "no", FormatError, "result.innovation", "true or false"),
        (["result", "skp_weight"], "70", FormatError, "result.skp_weight", "an integer"),
        (["result", "predikat"], "Istimewa", InvalidInputError, "result.predikat", "'Sangat Baik'"),
        (["result", "value"], "1O5", InvalidInputError, "result.value", "digits"),
        (["result", "skp", "model"], "lanjutan", InvalidInputError, "result.skp.model", "'dasar'"),
        (["result", "skp", "extra"], 1, FormatError, "result.skp.extra", "no such key"),
        (["result", "skp", "additional"], {}, FormatError, "result.skp.additional", "a list"),
        (["result", "skp", "main", 0, "weighted"], KeyError, FormatError, "result.skp.main[0].weighted", "is required"),
        ([*ROW_PATH, "category"], "Bagus", InvalidInputError, f"{ROW_FIELD}.category", "'Sangat Baik'"),
        ([*ROW_PATH, "aspect"], "jumlah", InvalidInputError, f"{ROW_FIELD}.aspect", "'kuantitas'"),
        ([*ROW_PATH, "condition"], "biasa", InvalidInputError, f"{ROW_FIELD}.condition", "'normal'"),
        ([*ROW_PATH, "target"], 80, FormatError, f"{ROW_FIELD}.target", "a string"),
        ([*ROW_PATH, "target_used"], "x", InvalidInputError, f"{ROW_FIELD}.target_used", "digits"),
        (["result", "behaviour", "aspects", 0, "name"], 5, FormatError, "result.behaviour.aspects[0].name", "a string"),
        (["result", "behaviour", "aspects"], {}, FormatError, "result.behaviour.aspects", "a list"),
        (["result", "explanation", 0, "exact"], "x/y", FormatError, "result.explanation[0].exact", "n/d"),
        (["result", "explanation"], {}, FormatError, "result.explanation", "a list"),
        (["result", "policies", "rounding", "places"], "2", FormatError, "result.policies.rounding.places", "an integer"),
        (["result", "policies", "capaian"], "round", InvalidInputError, "result.policies.capaian", "'whole_percent'"),
    ],
)  # fmt: skip
def test_bad_result_document(
    path: list[str | int], value: object, error: type[Exception], field: str, allowed: str
) -> None:
    document = _broken(result_document(RULE_SET, scored(rich_appraisal())), path, value)
    caught = raises(error, lambda: read_result(document))
    assert caught.field == field
    assert allowed in caught.allowed


@pytest.mark.parametrize(
    ("path", "value", "error", "field", "allowed"),
    [
        (["result", "second_half", "kind"], "year_2021", FormatError, "result.second_half.kind", "'skp'"),
        (["result", "first_half_converted"], KeyError, FormatError, "result.first_half_converted", "is required"),
        (["result", "predikat"], "Istimewa", InvalidInputError, "result.predikat", "'Sangat Baik'"),
        (["result", "first_half", "final_value"], KeyError, FormatError, "result.first_half.final_value", "is required"),
        (["result", "explanation", 0, "value"], [], FormatError, "result.explanation[0].value", "a string"),
    ],
)  # fmt: skip
def test_bad_year_2021_result_document(
    path: list[str | int], value: object, error: type[Exception], field: str, allowed: str
) -> None:
    result = RULE_SET.score(year_2021())
    document = _broken(result_document(RULE_SET, result), path, value)
    caught = raises(error, lambda: read_result(document))
    assert caught.field == field
    assert allowed in caught.allowed


def test_result_from_dict_refuses_junk() -> None:
    assert raises(FormatError, lambda: RULE_SET.result_from_dict([])).field == "result"
    assert raises(FormatError, lambda: RULE_SET.appraisal_from_dict("skp")).field == "appraisal"
    assert RULE_SET.appraisal_from_dict(RULE_SET.appraisal_to_dict(rich_appraisal())) == rich_appraisal()
    result = scored(appraisal())
    assert RULE_SET.result_from_dict(RULE_SET.result_to_dict(result)) == result


def test_year_2021_accepts_a_study_leave_first_half() -> None:
    # Tugas belajar January-June: academic 85 (already on 0-100) and perilaku 80.60 as in first_half_appraisal:
    # 85 x 60 % = 51.00, 80.60 x 40 % = 32.24, nilai prestasi kerja 83.24. band_linear (76-90 -> 90-109):
    # 90 + 19 / 14 x 7.24 = 90 + 137.56 / 14 = 99.8257... -> 99.83. Second half 104.80 (see second_half_appraisal):
    # (99.83 + 104.80) / 2 = 102.315 -> 102.32, Baik.
    study_leave = pp46.StudyLeaveAppraisal(
        period=FIRST_HALF,
        position="fungsional_umum",
        academic_score=85,
        behaviour=pp46.Behaviour(service_orientation=80, integrity=80, commitment=78, discipline=85, teamwork=80),
    )
    result = RULE_SET.score(Year2021Appraisal(first_half=study_leave, second_half=second_half_appraisal()))
    assert isinstance(result, Year2021Result)
    assert (result.first_half.final_value, result.first_half_converted) == (Decimal("83.24"), Decimal("99.83"))
    assert (result.value, result.predikat) == (Decimal("102.32"), s.Predikat.BAIK)


def test_a_maximum_target_cannot_be_exceeded_in_the_formula_either() -> None:
    error = raises(OutOfRangeError, lambda: s.nilai_capaian(101, target_is_maximum=True, very_good="interpolate"))
    assert error.field == "capaian"
    assert s.nilai_capaian(100, target_is_maximum=True, very_good="interpolate")[0] == 120


# ------------------------------------------------------------------------------------------ review fixes


def test_nilai_skp_between_120_and_130_is_capped_at_120() -> None:
    # KU: one IKI at 115 % (> 110 %) -> 120, bobot 100 -> 120. KT: one IKI at 150 % -> 120, Sangat Baik, bobot
    # lingkup penugasan 5: 100 / 100 x 5 x 120 / 100 = 6. KU + KT = 126: capped to 120 (cap_skp), 126 under keep.
    extra = plan(iki(2, 3), weight=5, name="Narasumber")
    subject = appraisal(skp(plan(iki(100, 115)), additional=(extra,)))
    capped, kept = scored(subject), scored(subject, RULE_SET.with_policies(over_120="keep"))
    assert (capped.skp.main_value, capped.skp.additional_value, capped.skp.value) == (
        dec("120.00"),
        dec("6.00"),
        dec("120.00"),
    )
    assert kept.skp.value == dec("126.00")
    assert capped.explanation.step("skp.value").formula.startswith("min(120, KU + KT)")
    assert kept.explanation.step("skp.value").formula == "KU + KT"


def test_low_predikat_cites_the_secondary_bands() -> None:
    # One IKI 50 / 100 = 50 % -> 50 / 59 x 49 = 41.53; perilaku 40: 41.53 x 70 % = 29.071 -> 29.07, 40 x 30 % =
    # 12.00, nilai kinerja 41.07 -> Sangat Kurang (huruf e, secondary sources).
    low = scored(appraisal(skp(plan(iki(100, 50))), behaviour(40)))
    assert (low.value, low.predikat) == (dec("41.07"), s.Predikat.SANGAT_KURANG)
    assert low.explanation.step("final.predikat").source == s.SRC_PREDIKAT_LOW
    assert scored(appraisal()).explanation.step("final.predikat").source == s.SRC_PREDIKAT


def test_equal_bobot_cite_their_own_reading() -> None:
    equal = scored(appraisal(skp(plan(), plan())))
    assert equal.explanation.step("skp.main[0].weighted").source == s.SRC_EQUAL_WEIGHTS
    given = scored(appraisal(skp(plan(weight=50), plan(weight=50))))
    assert given.explanation.step("skp.main[0].weighted").source == s.SRC_MAIN_WEIGHTED


@pytest.mark.parametrize("flag", ["no", 0, None])
def test_flags_must_be_booleans(flag: Any) -> None:
    error = raises(InvalidTypeError, lambda: RULE_SET.score(appraisal(), allow_outside_in_force=flag))
    assert error.field == "allow_outside_in_force"
    error = raises(InvalidTypeError, lambda: pp46.RULE_SET.score(first_half_appraisal(), allow_outside_in_force=flag))
    assert error.field == "allow_outside_in_force"
    assert raises(InvalidTypeError, lambda: s.predikat(120, innovation=flag)).field == "innovation"
    error = raises(InvalidTypeError, lambda: s.nilai_capaian(100, target_is_maximum=flag, very_good="interpolate"))
    assert error.field == "target_is_maximum"


def test_mean_of_nothing_is_an_input_error() -> None:
    assert raises(InvalidInputError, lambda: s.mean([])).field == "values"


def test_to_dict_refuses_other_objects() -> None:
    assert raises(InvalidTypeError, lambda: RULE_SET.appraisal_to_dict(None)).field == "appraisal"  # type: ignore[arg-type]
    assert raises(InvalidTypeError, lambda: RULE_SET.result_to_dict(None)).field == "result"  # type: ignore[arg-type]


def jpt_periodic() -> JptPeriodicAppraisal:
    # Rencana aksi: 105 % -> 1030/9 (114.44) and 100 / 100 of a maximum target -> 120: Nilai 1 (114.44 + 120) / 2 =
    # 117.22. Kinerja utama: 85 / 85 -> 109: Nilai 2 109. Nilai periodik (117.22 + 109) / 2 = 113.11.
    return JptPeriodicAppraisal(
        period=AppraisalPeriod(date(2021, 7, 1), date(2021, 9, 30)),
        action_plans=[iki(100, 105, name="Rencana aksi 1"), iki(100, 100, maximum=True, name="Rencana aksi 2")],
        main_indicators=[iki(85, 85, name="IKU")],
    )


def test_jpt_periodic_through_score_json_and_render() -> None:
    result = RULE_SET.score(jpt_periodic())
    assert isinstance(result, PeriodicResult)
    assert (result.value_1, result.value_2, result.value) == (dec("117.22"), dec("109.00"), dec("113.11"))
    document = loads(dumps(appraisal_document(RULE_SET, jpt_periodic())))
    assert document["appraisal"]["kind"] == "jpt_periodic"
    assert read_appraisal(document) == (RULE_SET, jpt_periodic())
    written = loads(dumps(result_document(RULE_SET, result)))
    assert read_result(written) == (RULE_SET, result)
    text = result.render()
    assert "Nilai 1 117.22, Nilai 2 109.00: nilai periodik SKP (N1 + N2) / 2 = 113.11" in text
    assert "Rencana aksi 2" in text


def test_jpt_periodic_outside_in_force_through_score() -> None:
    outside = JptPeriodicAppraisal(
        period=AppraisalPeriod(date(2022, 1, 1), date(2022, 3, 31)), action_plans=[iki()], main_indicators=[iki()]
    )
    with pytest.raises(NotInForceError):
        RULE_SET.score(outside)
    assert isinstance(RULE_SET.score(outside, allow_outside_in_force=True), PeriodicResult)


def test_render_marks_a_cut_name() -> None:
    long_name = "Persentase pengelolaan keuangan yang bebas dari temuan material"
    text = scored(appraisal(skp(plan(iki(name=long_name))))).render()
    assert long_name[:39] + "…" in text  # 40 columns: 39 characters and the ellipsis
    assert long_name not in text.split("How each figure")[0]
