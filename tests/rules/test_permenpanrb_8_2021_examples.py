"""Oracle tests: the PP 30/2019 and PermenPANRB 8/2021 worked examples from public sources.

The examples live in ``tests/data/permenpanrb_8_2021_examples.json`` (transcribed from public sources; see
its ``provenance``). Each one is reproduced through the pure formulas of
``skpcalc.rules.permenpanrb_8_2021.scoring`` and, where its inputs allow, through a whole appraisal scored by
``RULE_SET.score``. Every expected value comes from that file or from a hand derivation written next to the
assertion. The one published-inconsistent example is reproduced as the discrepancy it is.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

import pytest

from skpcalc.numeric import Rounding, RoundingPolicy, quantize
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.permenpanrb_8_2021 import (
    RULE_SET,
    Appraisal,
    Behaviour,
    Category,
    Indicator,
    IndicatorResult,
    Plan,
    Predikat,
    Result,
    Skp,
    Target,
)
from skpcalc.rules.permenpanrb_8_2021 import scoring as s

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "permenpanrb_8_2021_examples.json"


def _load_document() -> dict[str, Any]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle)
    return document


DOCUMENT: Final = _load_document()
EXAMPLES: Final[dict[str, dict[str, Any]]] = {example["id"]: example for example in DOCUMENT["examples"]}

SECOND_HALF_2021: Final = AppraisalPeriod(date(2021, 7, 1), date(2021, 12, 31))
TWO_PLACES: Final = RoundingPolicy(places=2, mode=Rounding.HALF_UP)
WHOLE_PERCENT: Final = RoundingPolicy(places=0, mode=Rounding.HALF_UP)


def frac(text: str) -> Fraction:
    """An exact value as the examples file writes it: an integer, a decimal or n/d."""
    return Fraction(text)


def dec(text: str) -> Decimal:
    return Decimal(text)


# ------------------------------------------------------------------------------------------------ builders


def iki(
    target: Target | int | str, realisation: int | str, condition: str = "normal", *, maximum: bool = False
) -> Indicator:
    return Indicator(
        name="Indikator kinerja individu",
        aspect="kuantitas",
        condition=condition,
        target=target,
        realisation=realisation,
        target_is_maximum=maximum,
    )


def target_of(inputs: dict[str, Any]) -> Target:
    target = inputs["target"]
    if isinstance(target, dict):
        return Target.range(target["low"], target["high"])
    return Target.single(target)


def appraisal(skp: Skp, behaviour: str = "100", *, peers: bool = False, innovation: bool = False) -> Appraisal:
    """A July-December 2021 appraisal whose four perilaku aspects all have the value ``behaviour``."""
    return Appraisal(
        period=SECOND_HALF_2021,
        skp=skp,
        behaviour=Behaviour(
            service_orientation=behaviour, commitment=behaviour, initiative=behaviour, teamwork=behaviour
        ),
        peer_and_subordinate_input=peers,
        innovation=innovation,
    )


def score_one(indicator: Indicator, **policies: str) -> tuple[IndicatorResult, Result]:
    """Score an appraisal whose SKP is this one IKI; the row of the IKI and the whole result."""
    skp = Skp(model="dasar", main=[Plan(name="Rencana kinerja", indicators=[indicator])])
    rule_set = RULE_SET.with_policies(**policies) if policies else RULE_SET
    result = rule_set.score(appraisal(skp))
    assert isinstance(result, Result)
    return result.skp.main[0].indicators[0], result


def score(subject: Appraisal) -> Result:
    result = RULE_SET.score(subject)
    assert isinstance(result, Result)
    return result


def jpt_skp(additional: tuple[Plan, ...] = ()) -> Skp:
    """Main plans that give the published nilai kinerja utama of p8-nilai-akhir-skp-jpt (59.2 + 43.6).

    The Lampiran prints only the components 59.2 (bobot 60) and 43.6 (bobot 40); their decomposition into
    IKI is constructed here. Plan A (bobot 60): two IKI of target 95, realisasi 93 (capaian 97.89 % printed
    98 %, nilai 88, p8-nilai-iki-cukup) and one IKI of 100 % of a maximum achievable target (nilai 120,
    p8-nilai-iki-max-target): nilai (88 + 88 + 120) / 3 = 296/3 = 98.67 printed. Plan B (bobot 40): one IKI
    of target 85, realisasi 85 (nilai 109, p8-nilai-iki-baik).
    """
    plan_a = Plan(
        name="Rencana kinerja A", weight=60, indicators=[iki(95, 93), iki(95, 93), iki(100, 100, maximum=True)]
    )
    plan_b = Plan(name="Rencana kinerja B", weight=40, indicators=[iki(85, 85)])
    return Skp(model="dasar", main=[plan_a, plan_b], additional=additional)


REPRODUCED: Final = (
    "p8-capaian-normal-range-below",
    "p8-capaian-normal-range-above",
    "p8-capaian-khusus-below-range",
    "p8-capaian-khusus-above-range",
    "p8-nilai-iki-baik",
    "p8-nilai-iki-cukup",
    "p8-nilai-iki-max-target",
    "p8-nilai-akhir-skp-jpt",
    "p8-konversi-bands-derived",
    "p8-konversi-sangat-baik-unverified",
    "p8-periodik-jpt",
    "p8-tambahan-cap",
    "pp30-pasal41-70-30-baik",
    "pp30-pasal41-60-40-baik",
    "pp30-pasal41-70-30-cukup",
    "pp30-pasal41-sangat-baik-innovation",
)


def test_every_example_is_reproduced_here() -> None:
    assert [example["id"] for example in DOCUMENT["examples"]] == list(REPRODUCED)
    for example in DOCUMENT["examples"]:
        assert example["status"] in {
            "published",
            "published-inconsistent",
            "derived-from-published-rule",
            "derived-UNVERIFIED-formula",
        }
        assert example["source"]
        assert (example["published_output"] is None) is example["status"].startswith("derived")


# ---------------------------------------------------------------------------------------------- capaian IKI

#: The capaian examples that agree with their formula, with the hand derivation of each.
CAPAIAN: Final = {
    # 70 < 80 = batas bawah, normal: 70 / 80 x 100 = 87.5 (= 175/2).
    "p8-capaian-normal-range-below": "batas bawah",
    # 6.5 < 7 = batas bawah, khusus: (1 + (1 - 6.5 / 7)) x 100 = (2 - 13/14) x 100 = 1500/14 = 750/7 = 107.142857...
    "p8-capaian-khusus-below-range": "batas bawah",
    # 9 > 8 = batas atas, khusus: (1 + (1 - 9 / 8)) x 100 = 7/8 x 100 = 87.5 (= 175/2).
    "p8-capaian-khusus-above-range": "batas atas",
}


@pytest.mark.parametrize("example_id", list(CAPAIAN))
def test_capaian_of_a_range_target_through_scoring(example_id: str) -> None:
    example = EXAMPLES[example_id]
    inputs, derived = example["inputs"], example["derived_output"]
    target = inputs["target"]
    value, used = s.capaian(frac(target["low"]), frac(target["high"]), frac(inputs["realisasi"]), inputs["kondisi"])
    assert value == frac(derived["capaian_exact"])
    assert used == frac(derived["target_used"])
    printed = dec(example["published_output"]["capaian_pct"])
    # The Lampiran prints 87.5 and 107: the exact value to as many places as the printed figure has.
    places = max(0, -printed.as_tuple().exponent)  # type: ignore[operator]
    assert quantize(value, RoundingPolicy(places=places, mode=Rounding.HALF_UP)) == printed
    assert quantize(value, TWO_PLACES) == dec(derived["capaian_2dp"])


@pytest.mark.parametrize("example_id", list(CAPAIAN))
def test_capaian_of_a_range_target_through_the_rule_set(example_id: str) -> None:
    example = EXAMPLES[example_id]
    inputs, derived = example["inputs"], example["derived_output"]
    row, result = score_one(iki(target_of(inputs), inputs["realisasi"], inputs["kondisi"]))
    assert row.target == f"{inputs['target']['low']}-{inputs['target']['high']}"
    assert row.target_used == dec(derived["target_used"])
    assert row.capaian == dec(derived["capaian_2dp"])
    step = result.explanation.step("skp.main[0].indicators[0].capaian")
    assert step.exact == frac(derived["capaian_exact"])
    assert f"against the {CAPAIAN[example_id]} {derived['target_used']}" in step.formula
    assert ("realisasi", inputs["realisasi"]) in step.inputs


def test_p8_capaian_khusus_below_range_prints_the_whole_percent() -> None:
    example = EXAMPLES["p8-capaian-khusus-below-range"]
    row, _ = score_one(iki(target_of(example["inputs"]), "6.5", "khusus"))
    # 750/7 = 107.14... is converted as the whole percent 107, the figure the Lampiran prints.
    assert row.capaian_converted == dec(example["derived_output"]["capaian_whole_percent"])
    assert row.capaian_converted == dec(example["published_output"]["capaian_pct"])
    # Sangat Baik (101-110 %): 110 + 10/9 x (107 - 101) = 110 + 60/9 = 350/3 = 116.666... -> 116.67.
    assert (row.category, row.value) == (Category.SANGAT_BAIK, dec("116.67"))


def test_p8_capaian_normal_range_above_is_published_inconsistent() -> None:
    example = EXAMPLES["p8-capaian-normal-range-above"]
    assert example["status"] == "published-inconsistent"
    printed = dec(example["published_output"]["capaian_pct"])
    assert printed == 113
    inputs, derived = example["inputs"], example["derived_output"]

    # The printed formula: 92 > 90 = batas atas, so 92 / 90 x 100 = 920/9 = 102.222...
    value, used = s.capaian(frac("80"), frac("90"), frac(inputs["realisasi"]), "normal")
    assert (value, used) == (Fraction(920, 9), Fraction(90))
    assert value == frac(derived["capaian_exact"])
    assert quantize(value, TWO_PLACES) == dec(derived["capaian_2dp"]) == dec("102.22")
    # ... which is NOT the printed 113 %, however it is rounded.
    assert value != printed
    assert quantize(value, WHOLE_PERCENT) == 102
    assert quantize(value, WHOLE_PERCENT) != printed
    # 113 % would need a realisasi of 113 / 100 x 90 = 101.7, not 92; against the batas bawah 80, 92 / 80 x 100
    # = 115 %. Neither reading of the range gives 113.
    assert s.capaian(80, 90, Decimal("101.7"), "normal")[0] == printed
    assert Fraction(92, 80) * 100 == 115

    # The library follows the formula.
    row, result = score_one(iki(target_of(inputs), inputs["realisasi"]))
    assert row.capaian == dec("102.22")
    assert row.capaian != printed
    assert row.target_used == 90
    assert result.explanation.step("skp.main[0].indicators[0].capaian").exact == Fraction(920, 9)
    # Whole percent 102, Sangat Baik: 110 + 10/9 x (102 - 101) = 1000/9 = 111.11 (113 % would have given
    # 110 + 10/9 x 12 > 120, i.e. the "> 110 %" row and 120).
    assert row.capaian_converted == 102
    assert (row.category, row.value) == (Category.SANGAT_BAIK, dec("111.11"))


# ------------------------------------------------------------------------------------------ nilai capaian IKI


def test_p8_nilai_iki_baik() -> None:
    example = EXAMPLES["p8-nilai-iki-baik"]
    inputs, published = example["inputs"], example["published_output"]
    value, used = s.capaian(frac(inputs["target"]), frac(inputs["target"]), frac(inputs["realisasi"]), "normal")
    # 85 / 85 x 100 = 100.
    assert value == frac(published["capaian_pct"])
    assert used == 85
    nilai, category, row = s.nilai_capaian(value, target_is_maximum=False, very_good="interpolate")
    assert (nilai, category.value, row) == (frac(published["nilai_capaian_iki"]), published["kategori"], s.Row.GOOD)

    result_row, result = score_one(iki(inputs["target"], inputs["realisasi"]))
    assert result_row.capaian == dec(published["capaian_pct"])
    assert result_row.category.value == published["kategori"]
    assert result_row.value == dec(published["nilai_capaian_iki"])
    step = result.explanation.step("skp.main[0].indicators[0].value")
    assert step.formula == "Baik: 100 % -> 109"
    assert step.source is s.SRC_GOOD


def test_p8_nilai_iki_cukup() -> None:
    example = EXAMPLES["p8-nilai-iki-cukup"]
    inputs, published, derived = example["inputs"], example["published_output"], example["derived_output"]
    value, _ = s.capaian(frac(inputs["target"]), frac(inputs["target"]), frac(inputs["realisasi"]), "normal")
    # 93 / 95 x 100 = 9300/95 = 1860/19 = 97.894736...
    assert value == frac(derived["capaian_exact"])
    assert quantize(value, TWO_PLACES) == dec(derived["capaian_2dp"])
    # Printed as the whole percent 98.
    whole = quantize(value, WHOLE_PERCENT)
    assert whole == dec(published["capaian_pct"])
    # Cukup: 70 + (89 - 70) / (99 - 80) x (98 - 80) = 70 + 18 = 88.
    nilai, category, _ = s.nilai_capaian(whole, target_is_maximum=False, very_good="interpolate")
    assert (nilai, category.value) == (frac(published["nilai_capaian_iki"]), published["kategori"])
    # From the exact capaian: 70 + (1860/19 - 80) = 70 + 340/19 = 1670/19 = 87.894736... -> 87.89.
    nilai_exact, _, _ = s.nilai_capaian(value, target_is_maximum=False, very_good="interpolate")
    assert nilai_exact == frac(derived["nilai_from_exact_capaian"])

    row, result = score_one(iki(inputs["target"], inputs["realisasi"]))
    assert row.capaian == dec(derived["capaian_2dp"])
    assert row.capaian_converted == dec(published["capaian_pct"])
    assert (row.category.value, row.value) == (published["kategori"], dec(published["nilai_capaian_iki"]))
    assert result.explanation.step("skp.main[0].indicators[0].capaian_rounded").value == dec("98.00")

    row, _ = score_one(iki(inputs["target"], inputs["realisasi"]), capaian="exact")
    assert row.capaian_converted == dec(derived["capaian_2dp"])
    assert row.value == dec(derived["nilai_from_exact_capaian_2dp"])


def test_p8_nilai_iki_max_target() -> None:
    example = EXAMPLES["p8-nilai-iki-max-target"]
    inputs, published = example["inputs"], example["published_output"]
    assert inputs["target_is_maximum"] is True
    value, _ = s.capaian(frac(inputs["target"]), frac(inputs["target"]), frac(inputs["realisasi"]), "normal")
    assert value == frac(example["derived_output"]["capaian_exact"])
    nilai, category, row = s.nilai_capaian(value, target_is_maximum=True, very_good="interpolate")
    assert (nilai, category.value, row) == (
        frac(published["nilai_capaian_iki"]),
        published["kategori"],
        s.Row.MAXIMUM_TARGET,
    )

    result_row, result = score_one(iki(inputs["target"], inputs["realisasi"], maximum=True))
    assert (result_row.category.value, result_row.value) == (published["kategori"], dec(published["nilai_capaian_iki"]))
    assert result.explanation.step("skp.main[0].indicators[0].value").source is s.SRC_MAXIMUM_TARGET
    # The same IKI without the mark is Baik, 109 (p8-nilai-iki-baik).
    assert score_one(iki(inputs["target"], inputs["realisasi"]))[0].value == dec("109.00")


# ------------------------------------------------------------------------------------------------ nilai SKP


def test_p8_nilai_akhir_skp_jpt_through_scoring() -> None:
    example = EXAMPLES["p8-nilai-akhir-skp-jpt"]
    inputs = example["inputs"]
    components = [frac(value) for value in inputs["nilai_tertimbang_kinerja_utama"]]
    # Nilai SKP = KU + KT = (59.2 + 43.6) + 0 = 102.8.
    assert sum(components) + frac(inputs["total_nilai_tertimbang_kinerja_tambahan"]) == frac(
        example["published_output"]["nilai_skp"]
    )
    # The components as bobot x nilai (the constructed decomposition of jpt_skp): plan A's printed nilai 98.67
    # x 60 % = 59.202 -> 59.20; plan B's 109 x 40 % = 43.6.
    assert quantize(Fraction(60, 100) * frac("98.67"), TWO_PLACES) == dec("59.20") == components[0]
    assert Fraction(40, 100) * 109 == components[1]
    assert s.mean([88, 88, 120]) == Fraction(296, 3)


def test_p8_nilai_akhir_skp_jpt_through_the_rule_set() -> None:
    example = EXAMPLES["p8-nilai-akhir-skp-jpt"]
    result = score(appraisal(jpt_skp(), "95"))
    plan_a, plan_b = result.skp.main
    # Plan A: (88 + 88 + 120) / 3 = 296/3 = 98.666... -> 98.67; 60 / 100 x 98.67 = 59.202 -> 59.20.
    assert [row.value for row in plan_a.indicators] == [dec("88.00"), dec("88.00"), dec("120.00")]
    assert (plan_a.value, plan_a.weight, plan_a.weighted) == (dec("98.67"), dec("60.00"), dec("59.20"))
    # Plan B: 109; 40 / 100 x 109 = 43.6 -> 43.60.
    assert (plan_b.value, plan_b.weight, plan_b.weighted) == (dec("109.00"), dec("40.00"), dec("43.60"))
    assert [plan_a.weighted, plan_b.weighted] == [dec(v) for v in example["inputs"]["nilai_tertimbang_kinerja_utama"]]
    # KU 59.20 + 43.60 = 102.80; no kinerja tambahan: KT 0; nilai SKP 102.80.
    assert result.skp.main_value == dec(example["derived_output"]["nilai_kinerja_utama"])
    assert result.skp.additional_value == dec(example["inputs"]["total_nilai_tertimbang_kinerja_tambahan"])
    assert result.skp.value == dec(example["published_output"]["nilai_skp"])
    assert str(result.skp.value) == example["derived_output"]["nilai_skp_2dp"]
    # The step of plan A's weighted value is computed from the printed 98.67 (form stage).
    step = result.explanation.step("skp.main[0].weighted")
    assert step.inputs == (("bobot", "60"), ("nilai", "98.67"))
    assert step.exact == Fraction(59202, 1000)


def test_p8_tambahan_cap() -> None:
    example = EXAMPLES["p8-tambahan-cap"]
    inputs, derived = example["inputs"], example["derived_output"]
    # The rule: KT = min(total, 10) = min(12.4, 10) = 10; nilai SKP = 102.8 + 10 = 112.8.
    total = frac(inputs["total_nilai_tertimbang_kinerja_tambahan"])
    assert min(total, s.ADDITIONAL_CAP) == frac(derived["nilai_kinerja_tambahan"])
    assert frac(inputs["nilai_kinerja_utama"]) + min(total, s.ADDITIONAL_CAP) == frac(derived["nilai_skp"])
    # A total of 12.4 from two rencana kinerja tambahan:
    #   T1, bobot lingkup penugasan 10, one IKI 111 / 100 -> capaian 111 % > 110 % -> 120, Sangat Baik (faktor 100):
    #       100 / 100 x 10 x 120 / 100 = 12;
    #   T2, bobot 2, one IKI 60 / 100 -> capaian 60 %, Kurang: 50 + 19/19 x 0 = 50 (faktor 40):
    #       40 / 100 x 2 x 50 / 100 = 0.4.
    assert s.additional_weighted(Category.SANGAT_BAIK, 10, 120) + s.additional_weighted("Kurang", 2, 50) == total
    t1 = Plan(name="Tugas tambahan 1", weight=10, indicators=[iki(100, 111)])
    t2 = Plan(name="Tugas tambahan 2", weight=2, indicators=[iki(100, 60)])
    result = score(appraisal(jpt_skp(additional=(t1, t2))))
    assert [plan.weighted for plan in result.skp.additional] == [dec("12.00"), dec("0.40")]
    assert result.skp.main_value == dec(inputs["nilai_kinerja_utama"])
    assert result.skp.additional_total == total
    assert result.skp.additional_value == dec(derived["nilai_kinerja_tambahan"])
    assert result.skp.value == dec(derived["nilai_skp"])
    assert "(total 12.40, capped at 10)" in result.render()


# ---------------------------------------------------------------------------------- the conversion table rows


def test_p8_konversi_bands_derived() -> None:
    example = EXAMPLES["p8-konversi-bands-derived"]
    derived = example["derived_output"]
    # Hand derivations, one per capaian:
    #   113 > 110                  -> 120
    #   60, Kurang:  50 + 19/19 x (60 - 60) = 50
    #   70, Kurang:  50 + 19/19 x (70 - 60) = 60
    #   79, Kurang:  50 + 19/19 x (79 - 60) = 69
    #   50, Sangat Kurang: 50 / 59 x 49 = 2450/59 = 41.5254... -> 41.53
    #   59, Sangat Kurang: 59 / 59 x 49 = 49
    cases = zip(
        example["inputs"]["capaian_pct"],
        derived["nilai_capaian_iki_exact"],
        derived["nilai_capaian_iki_2dp"],
        derived["kategori"],
        strict=True,
    )
    for capaian, exact, printed, category in cases:
        nilai, found, _ = s.nilai_capaian(frac(capaian), target_is_maximum=False, very_good="interpolate")
        assert (nilai, found.value) == (frac(exact), category), capaian
        assert quantize(nilai, TWO_PLACES) == dec(printed), capaian
        # The same capaian as an IKI of target 100 scored by the rule set.
        row, _ = score_one(iki(100, capaian))
        assert (row.capaian_converted, row.value, row.category.value) == (dec(capaian), dec(printed), category), capaian


def test_p8_konversi_sangat_baik_unverified() -> None:
    example = EXAMPLES["p8-konversi-sangat-baik-unverified"]
    assert example["status"] == "derived-UNVERIFIED-formula"
    derived = example["derived_output"]
    capaian = frac(example["inputs"]["capaian_pct"])
    # 110 + (120 - 110) / (110 - 101) x (105 - 101) = 110 + 10/9 x 4 = 110 + 40/9 = 1030/9 = 114.444... -> 114.44.
    nilai, category, row = s.nilai_capaian(capaian, target_is_maximum=False, very_good="interpolate")
    assert (nilai, category.value, row) == (
        frac(derived["nilai_capaian_iki_exact"]),
        derived["kategori"],
        s.Row.VERY_GOOD,
    )
    result_row, result = score_one(iki(100, 105))
    assert result_row.value == dec(derived["nilai_capaian_iki_2dp"])
    # The step says how firm the formula is: corroborated by implementations only.
    assert result.explanation.step("skp.main[0].indicators[0].value").source is s.SRC_VERY_GOOD
    assert s.SRC_VERY_GOOD.evidence.name == "CODE"


# --------------------------------------------------------------------------------------------- JPT periodik


def test_p8_periodik_jpt() -> None:
    example = EXAMPLES["p8-periodik-jpt"]
    inputs, derived = example["inputs"], example["derived_output"]
    # (110 + 100) / 2 = 105.
    assert s.mean([frac(inputs["nilai_1"]), frac(inputs["nilai_2"])]) == frac(derived["nilai_periodik"])
    # Nilai 1 = 110: one rencana aksi with capaian 101 / 100 = 101 %, Sangat Baik: 110 + 10/9 x 0 = 110.
    # Nilai 2 = 100: kinerja utama with capaian 111 % (> 110 % -> 120) and 90 % (Cukup: 70 + 10 = 80);
    #   (120 + 80) / 2 = 100.
    result = RULE_SET.periodic(SECOND_HALF_2021, [iki(100, 101)], [iki(100, 111), iki(100, 90)])
    assert [row.value for row in result.action_plans] == [dec("110.00")]
    assert [row.value for row in result.main_indicators] == [dec("120.00"), dec("80.00")]
    assert result.value_1 == dec(inputs["nilai_1"])
    assert result.value_2 == dec(inputs["nilai_2"])
    assert result.value == dec(derived["nilai_periodik"])
    assert result.explanation.step("value").inputs == (("Nilai 1", "110.00"), ("Nilai 2", "100.00"))
    assert result.explanation.step("value").source is s.SRC_PERIODIC


# -------------------------------------------------------------------------------- PP 30/2019 Pasal 41 weights


def test_pp30_pasal41_70_30_baik() -> None:
    example = EXAMPLES["pp30-pasal41-70-30-baik"]
    inputs, derived = example["inputs"], example["derived_output"]
    # 102.8 x 70 / 100 = 71.96; 95 x 30 / 100 = 28.5; 71.96 + 28.5 = 100.46; 90 <= 100.46 < 110: Baik.
    skp_part = frac(inputs["nilai_skp"]) * Fraction(70, 100)
    behaviour_part = frac(inputs["nilai_perilaku_kerja"]) * Fraction(30, 100)
    assert (skp_part, behaviour_part) == (frac(derived["skp_part"]), frac(derived["perilaku_part"]))
    assert skp_part + behaviour_part == frac(derived["nilai_kinerja"])
    assert s.predikat(skp_part + behaviour_part, innovation=False).value == derived["predikat"]

    result = score(appraisal(jpt_skp(), inputs["nilai_perilaku_kerja"]))
    assert (result.skp.value, result.behaviour.value) == (dec(inputs["nilai_skp"]), dec(inputs["nilai_perilaku_kerja"]))
    assert (result.skp_weight, result.behaviour_weight) == (70, 30)
    assert (result.skp_part, result.behaviour_part) == (dec(derived["skp_part"]), dec(derived["perilaku_part"]))
    assert result.value == dec(derived["nilai_kinerja"])
    assert result.predikat.value == derived["predikat"]


def test_pp30_pasal41_60_40_baik() -> None:
    example = EXAMPLES["pp30-pasal41-60-40-baik"]
    inputs, derived = example["inputs"], example["derived_output"]
    # 102.8 x 60 / 100 = 61.68; 95 x 40 / 100 = 38; 61.68 + 38 = 99.68; 90 <= 99.68 < 110: Baik.
    skp_part = frac(inputs["nilai_skp"]) * Fraction(60, 100)
    behaviour_part = frac(inputs["nilai_perilaku_kerja"]) * Fraction(40, 100)
    assert (skp_part, behaviour_part) == (frac(derived["skp_part"]), frac(derived["perilaku_part"]))
    assert skp_part + behaviour_part == frac(derived["nilai_kinerja"])
    assert s.predikat(skp_part + behaviour_part, innovation=False).value == derived["predikat"]

    result = score(appraisal(jpt_skp(), inputs["nilai_perilaku_kerja"], peers=True))
    assert (result.skp_weight, result.behaviour_weight) == (60, 40)
    assert (result.skp_part, result.behaviour_part) == (dec(derived["skp_part"]), dec(derived["perilaku_part"]))
    assert result.value == dec(derived["nilai_kinerja"])
    assert result.predikat.value == derived["predikat"]
    assert "with peer and subordinate input" in result.explanation.step("final.skp_part").formula


def test_pp30_pasal41_70_30_cukup() -> None:
    example = EXAMPLES["pp30-pasal41-70-30-cukup"]
    inputs, derived = example["inputs"], example["derived_output"]
    # 88 x 70 / 100 = 61.6; 92 x 30 / 100 = 27.6; 61.6 + 27.6 = 89.2; 70 <= 89.2 < 90: Cukup.
    value = frac(inputs["nilai_skp"]) * Fraction(70, 100) + frac(inputs["nilai_perilaku_kerja"]) * Fraction(30, 100)
    assert value == frac(derived["nilai_kinerja"])
    assert s.predikat(value, innovation=True).value == derived["predikat"]

    # Nilai SKP 88: one IKI 93 / 95 (p8-nilai-iki-cukup).
    skp = Skp(model="dasar", main=[Plan(name="Rencana kinerja", indicators=[iki(95, 93)])])
    result = score(appraisal(skp, inputs["nilai_perilaku_kerja"]))
    assert result.skp.value == dec(inputs["nilai_skp"])
    assert (result.skp_part, result.behaviour_part) == (dec(derived["skp_part"]), dec(derived["perilaku_part"]))
    assert str(result.value) == derived["nilai_kinerja_2dp"]
    assert result.predikat.value == derived["predikat"]


def test_pp30_pasal41_sangat_baik_needs_innovation() -> None:
    example = EXAMPLES["pp30-pasal41-sangat-baik-innovation"]
    inputs, derived = example["inputs"], example["derived_output"]
    # 115 x 70 / 100 = 80.5; 118 x 30 / 100 = 35.4; 80.5 + 35.4 = 115.9 >= 110.
    value = frac(inputs["nilai_skp"]) * Fraction(70, 100) + frac(inputs["nilai_perilaku_kerja"]) * Fraction(30, 100)
    assert value == frac(derived["nilai_kinerja"])
    assert s.predikat(value, innovation=True).value == derived["predikat_with_innovation"]
    assert s.predikat(value, innovation=False).value == derived["predikat_without_innovation"]

    # Nilai SKP 115: one plan with IKI of capaian 101 % (110 + 10/9 x 0 = 110) and 111 % (> 110 % -> 120):
    # (110 + 120) / 2 = 115.
    skp = Skp(model="dasar", main=[Plan(name="Rencana kinerja", indicators=[iki(100, 101), iki(100, 111)])])
    for innovation, key in ((True, "predikat_with_innovation"), (False, "predikat_without_innovation")):
        result = score(appraisal(skp, inputs["nilai_perilaku_kerja"], innovation=innovation))
        assert result.skp.value == dec(inputs["nilai_skp"])
        assert (result.skp_part, result.behaviour_part) == (dec(derived["skp_part"]), dec(derived["perilaku_part"]))
        assert result.value == dec(derived["nilai_kinerja"])
        assert result.predikat is Predikat(derived[key])
        step = result.explanation.step("final.predikat")
        assert ("innovation condition", "met" if innovation else "not met") in step.inputs
