"""Oracle tests: the PP 46/2011 worked examples from public sources, reproduced to the digit.

The examples live in ``tests/data/pp46_2011_examples.json`` (copied from public sources; see its
``provenance``). Every expected number below comes from that file or from a hand derivation written next to
the assertion. Where a printed number depends on rounding, the test names the rounding policy that
reproduces it, and checks that the other policies do not.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Final

import pytest

from skpcalc.errors import InconsistentInputError
from skpcalc.numeric import Rounding, RoundingPolicy, quantize
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.pp46_2011 import (
    Activity,
    ActivityResult,
    AdditionalTask,
    Appraisal,
    Behaviour,
    CreativityAggregation,
    CreativityItem,
    CreativityLevel,
    GapReading,
    LeadershipRule,
    MutasiAggregation,
    PositionKind,
    Pp46RuleSet,
    Predikat,
    Realisation,
    Result,
    RoundingStage,
    Skp,
    StudyLeaveAppraisal,
    Target,
    scoring,
)

DATA_FILE: Final = Path(__file__).resolve().parent.parent / "data" / "pp46_2011_examples.json"


def _load_document() -> dict[str, Any]:
    with DATA_FILE.open(encoding="utf-8") as handle:
        document: dict[str, Any] = json.load(handle, parse_float=Decimal)
    return document


DOCUMENT: Final = _load_document()
EXAMPLES: Final[dict[str, dict[str, Any]]] = {example["id"]: example for example in DOCUMENT["examples"]}

#: The rule set under the default policies (2 decimals half-up, form-faithful rounding stage).
DEFAULT: Final = Pp46RuleSet()
#: Excel ROUNDUP to 2 decimals: what the SKP guru guide's lookup table prints.
ROUND_UP: Final = DEFAULT.with_policies(rounding=RoundingPolicy(places=2, mode=Rounding.UP))
#: Truncation to 2 decimals: what the SKP guru guide's prose prints.
ROUND_DOWN: Final = DEFAULT.with_policies(rounding=RoundingPolicy(places=2, mode=Rounding.DOWN))
#: Later figures computed from exact values: the derived fractions of the examples are computed this way.
EXACT_STAGE: Final = DEFAULT.with_policies(rounding_stage=RoundingStage.FINAL)
#: The examples file's ``dec6``: 6 decimals, half-up.
DEC6: Final = RoundingPolicy(places=6, mode=Rounding.HALF_UP)

YEAR: Final = AppraisalPeriod(date(2019, 1, 1), date(2019, 12, 31))
#: Key prefix of the only activity of the only SKP in the explanation.
ACTIVITY: Final = "skps[0].activities[0]"

#: Names of the examples file's figures -> ActivityResult attribute, which is also the explanation step suffix.
FIGURES: Final = {
    "kuantitas": "quantity",
    "kualitas": "quality",
    "waktu": "time",
    "biaya": "cost",
    "penghitungan": "total",
    "capaian": "value",
}
#: Perilaku aspect names of the examples file -> Behaviour field.
ASPECTS: Final = {
    "orientasi_pelayanan": "service_orientation",
    "integritas": "integrity",
    "komitmen": "commitment",
    "disiplin": "discipline",
    "kerja_sama": "teamwork",
    "kepemimpinan": "leadership",
}


# ----------------------------------------------------------------------------------------------- helpers


def printed(text: object) -> Decimal:
    """A number as a source prints it ("91,34", "92", "85.50") as a Decimal."""
    return Decimal(str(text).replace(",", "."))


def exact(text: object) -> Fraction:
    """An exact value of the examples file ("171/2", "-50/3", "9.12", 76) as a Fraction."""
    return Fraction(str(text))


def example(example_id: str) -> dict[str, Any]:
    return EXAMPLES[example_id]


def params(examples: Iterable[dict[str, Any]]) -> list[Any]:
    return [pytest.param(item, id=item["id"]) for item in examples]


def make_activity(target: Sequence[Any], done: Sequence[Any], name: str = "Kegiatan") -> Activity:
    """An activity from [kuantitas, kualitas, waktu, biaya] of the target and the realisation."""
    return Activity(
        name=name,
        target=Target(quantity=target[0], quantity_unit="laporan", quality=target[1], time=target[2], cost=target[3]),
        realisation=Realisation(quantity=done[0], quality=done[1], time=done[2], cost=done[3]),
    )


def kegiatan_inputs(inputs: Mapping[str, Any]) -> tuple[list[Any], list[Any]]:
    """[kuantitas, kualitas, waktu, biaya] of target and realisation, from either layout of the file."""
    target, done = inputs["target"], inputs["realisasi"]
    if isinstance(target, list):
        return target, done
    keys = ("kuantitas", "kualitas", "waktu_bulan", "biaya_rp")
    return [target.get(key) for key in keys], [done.get(key) for key in keys]


def behaviour_from(inputs: Mapping[str, Any]) -> Behaviour:
    return Behaviour(**{field: inputs[name] for name, field in ASPECTS.items()})


#: Five aspects, no kepemimpinan (pp46-d-perilaku-nonstruktural: 80, 80, 78, 85, 80).
FIVE_ASPECTS: Final = behaviour_from(example("pp46-d-perilaku-nonstruktural")["inputs"])
#: The rakor activity of pp46-xls-rakor-4aspek (capaian 171/2) and the guru activity of pp46-guru-3aspek-text
#: (capaian 266/3): the two kegiatan the derived SKP examples combine.
RAKOR: Final = make_activity(*kegiatan_inputs(example("pp46-xls-rakor-4aspek")["inputs"]), name="Rakor")
GURU: Final = make_activity(*kegiatan_inputs(example("pp46-guru-3aspek-text")["inputs"]), name="Guru")
#: An on-time activity without biaya, capaian (100 + 100 + 76) / 3 = 92 (pp46-d-kegiatan-ontime-nobiaya).
ON_TIME: Final = make_activity(*kegiatan_inputs(example("pp46-d-kegiatan-ontime-nobiaya")["inputs"]))


def make_appraisal(
    *activities: Activity,
    additional_tasks: int = 0,
    creativity: Sequence[CreativityLevel] = (),
    position: PositionKind = PositionKind.FUNCTIONAL_GENERAL,
    behaviour: Behaviour = FIVE_ASPECTS,
) -> Appraisal:
    """A 2019 appraisal (inside 2014-01-01..2021-06-30) with one SKP holding the activities."""
    skp = Skp(
        period=YEAR,
        activities=activities,
        additional_tasks=[AdditionalTask(f"Tugas tambahan {n + 1}") for n in range(additional_tasks)],
        creativity=[CreativityItem(f"Kreativitas {n + 1}", level) for n, level in enumerate(creativity)],
    )
    return Appraisal(period=YEAR, position=position, skps=[skp], behaviour=behaviour)


def score_activity(rule_set: Pp46RuleSet, activity: Activity) -> tuple[ActivityResult, Result]:
    result = rule_set.score(make_appraisal(activity))
    return result.skps[0].activities[0], result


def step_exact(result: Result, key: str) -> Fraction:
    return result.explanation.exact(key)


# ------------------------------------------------------------------------------------- the data file


#: Every example whose status starts with "published" and that has a legible number is tested below.
TESTED_PUBLISHED: Final = {
    "pp46-xls-rakor-4aspek",
    "pp46-guru-3aspek-text",
    "pp46-guru-lookup-table",
    "pp46-nt-176-derivation",
    "pp46-tugas-tambahan-bins",
    "pp46-kreativitas-levels",
    "pp46-tugas-belajar-ahmad-anis",
    "pp46-predikat-boundaries",
    "pp46-realform-2018-k1",
    "pp46-realform-2018-k2",
    "pp46-realform-2018-k3",
    "pp46-waktu-5hari-4hari",
    "pp46-kopertis-kuantitas",
}


def test_every_published_example_is_tested() -> None:
    published = {
        key for key, item in EXAMPLES.items() if item["status"].startswith("published") and item.get("testable", True)
    }
    assert published == TESTED_PUBLISHED
    assert example("pp46-realform-2018-k4")["testable"] is False  # "24…": truncated in the source


# ----------------------------------------------------------------------------- per-kegiatan examples


def test_xls_rakor_published_form() -> None:
    """pp46-xls-rakor-4aspek: every printed figure of the rumus SKP sheet, under the default policies."""
    data = example("pp46-xls-rakor-4aspek")
    published = data["published_output"]
    row, result = score_activity(DEFAULT, RAKOR)
    assert row.quantity == printed(published["kuantitas"])
    assert row.quality == printed(published["kualitas"])
    assert row.time_efficiency == printed(published["efisiensi_waktu_pct"])
    assert row.time == printed(published["waktu"])
    assert row.cost_efficiency == printed(published["efisiensi_biaya_pct"])
    assert row.cost == printed(published["biaya"])
    assert str(row.value) == published["nilai_capaian_skp"] == "85.50"
    # The sheet's intermediates: (1.76 x 12 - 12) = 9.12, 9.12 / 12 x 100 = 76; 1.76 x TB - RB = 129,500,200.
    assert Fraction("9.12") == scoring.NT * 12 - 12
    assert Fraction("9.12") / 12 * 100 == 76
    assert scoring.NT * 170395000 - 170395000 == 129500200
    assert step_exact(result, f"{ACTIVITY}.time") == 76
    assert step_exact(result, f"{ACTIVITY}.cost") == 76


PER_KEGIATAN: Final = [item for item in EXAMPLES.values() if "capaian" in item.get("derived_output", {})]


def test_per_kegiatan_examples_are_found() -> None:
    assert {item["id"] for item in PER_KEGIATAN} == {
        "pp46-xls-rakor-4aspek",
        "pp46-guru-3aspek-text",
        "pp46-d-kegiatan-ontime-nobiaya",
        "pp46-d-kegiatan-biaya-overrun",
        "pp46-d-kegiatan-biaya-saved",
        "pp46-d-kegiatan-overachieve",
        "pp46-d-kegiatan-tidak-dilakukan",
    }


@pytest.mark.parametrize("data", params(PER_KEGIATAN))
def test_per_kegiatan_derived_values(data: dict[str, Any]) -> None:
    """Each aspect, penghitungan and capaian: the exact fraction and its 2-decimal half-up value."""
    derived = data["derived_output"]
    row, result = score_activity(DEFAULT, make_activity(*kegiatan_inputs(data["inputs"])))
    assert row.divisor == derived["aspek"]
    for name, attribute in FIGURES.items():
        expected = derived[name]
        if expected is None:  # no biaya target: the form prints "-" and divides by 3
            assert getattr(row, attribute) is None
            assert row.cost_efficiency is None
            with pytest.raises(KeyError):
                result.explanation.step(f"{ACTIVITY}.{attribute}")
            continue
        assert step_exact(result, f"{ACTIVITY}.{attribute}") == exact(expected["exact"])
        assert quantize(exact(expected["exact"]), DEC6) == printed(expected["dec6"])
        assert str(getattr(row, attribute)) == expected["half_up_2dp"]


def test_guru_text_prints_truncation() -> None:
    """pp46-guru-3aspek-text prints 88,66 for 266/3: that is Rounding.DOWN (truncation), not half-up.

    Status published-rounding-differs: the same document's table prints 88,67 for the same 266.
    """
    data = example("pp46-guru-3aspek-text")
    published, derived = data["published_output"], data["derived_output"]
    # The guide's waktu steps: 1,76 x 12 = 21,12; 21,12 - 12 = 9,12; 9,12 : 12 = 0,76; 0,76 x 100 = 76.
    assert Fraction("21.12") == scoring.NT * 12
    assert Fraction("21.12") - 12 == Fraction("9.12")
    assert Fraction("9.12") / 12 == Fraction("0.76")

    down, down_result = score_activity(ROUND_DOWN, GURU)
    assert down.quantity == printed(published["kuantitas"])
    assert down.quality == printed(published["kualitas"])
    assert down.time == 76
    assert down.total == printed(published["perhitungan"])
    assert step_exact(down_result, f"{ACTIVITY}.value") == Fraction(266, 3)
    assert down.value == printed(published["nilai_capaian_skp"]) == printed(derived["truncated_2dp"])
    assert str(down.value) == "88.66"

    half_up, _ = score_activity(DEFAULT, GURU)
    assert half_up.value == printed(derived["capaian"]["half_up_2dp"]) == Decimal("88.67")
    assert half_up.value != printed(published["nilai_capaian_skp"])  # documented discrepancy, not a match

    up, _ = score_activity(ROUND_UP, GURU)
    assert up.value == printed(derived["ceiling_2dp"]) == Decimal("88.67")


GURU_TABLE: Final = example("pp46-guru-lookup-table")


def guru_table_activity(row: Mapping[str, Any]) -> Activity:
    """Kuantitas 100 (2 of 2, as in the guide's text example), kualitas RK of 100, waktu 76 (12 of 12)."""
    return make_activity([2, 100, 12, None], [2, row["realisasi_kualitas"], 12, None], name="Guru")


def guru_row_id(row: Mapping[str, Any]) -> str:
    return f"perhitungan-{row['perhitungan']}"


GURU_ROWS: Final = [pytest.param(row, id=guru_row_id(row)) for row in GURU_TABLE["rows"]]


@pytest.mark.parametrize("row", GURU_ROWS)
def test_guru_table_is_rounding_up(row: dict[str, Any]) -> None:
    """All 20 rows of pp46-guru-lookup-table are reproduced by RoundingPolicy(places=2, mode=Rounding.UP)."""
    result, explained = score_activity(ROUND_UP, guru_table_activity(row))
    assert step_exact(explained, f"{ACTIVITY}.quantity") == GURU_TABLE["inputs"]["kuantitas"]
    assert step_exact(explained, f"{ACTIVITY}.time") == GURU_TABLE["inputs"]["waktu"]
    assert result.divisor == GURU_TABLE["inputs"]["aspek"]
    assert result.total == row["perhitungan"]
    assert step_exact(explained, f"{ACTIVITY}.value") == exact(row["exact"])
    assert result.value == printed(row["published"])
    assert result.value == printed(row["ceiling"])
    assert row["matches_ceiling"] is True


@pytest.mark.parametrize("row", GURU_ROWS)
def test_guru_table_under_half_up(row: dict[str, Any]) -> None:
    """Under the default half-up policy only the rows flagged matches_half_up reproduce the table."""
    result, _ = score_activity(DEFAULT, guru_table_activity(row))
    assert result.value == printed(row["half_up"])
    if row["matches_half_up"]:
        assert result.value == printed(row["published"])
    else:  # documented discrepancy: the table rounds x,333… up to x,34
        assert result.value != printed(row["published"])
        assert printed(row["published"]) - result.value == Decimal("0.01")


@pytest.mark.parametrize("row", GURU_ROWS)
def test_guru_table_under_truncation(row: dict[str, Any]) -> None:
    result, _ = score_activity(ROUND_DOWN, guru_table_activity(row))
    assert result.value == printed(row["truncated"])


def test_guru_table_has_six_half_up_discrepancies() -> None:
    differing = [row["published"] for row in GURU_TABLE["rows"] if not row["matches_half_up"]]
    assert differing == ["91,34", "90,34", "89,34", "88,34", "87,34", "86,34"]
    assert len(GURU_TABLE["rows"]) == 20


REALFORM: Final = [example(f"pp46-realform-2018-k{index}") for index in (1, 2, 3)]


@pytest.mark.parametrize("data", params(REALFORM))
def test_realform_2018_penghitungan(data: dict[str, Any]) -> None:
    """The filled 2018 form prints penghitungan 253.14, 250.00, 256.00 (biaya "-", divided by 3)."""
    activity = make_activity(*kegiatan_inputs(data["inputs"]))
    derived = data["derived_output"]
    row, result = score_activity(DEFAULT, activity)
    assert str(row.total) == data["published_output"]["penghitungan"]
    assert row.cost is None
    assert row.divisor == derived["aspek"]
    assert str(row.quantity) == derived["kuantitas"]["half_up_2dp"]
    assert step_exact(result, f"{ACTIVITY}.quantity") == exact(derived["kuantitas"]["exact"])
    # Default form stage: penghitungan is the sum of the printed aspects (K1: 97.14 + 80 + 76 = 253.14).
    assert step_exact(result, f"{ACTIVITY}.total") == printed(data["published_output"]["penghitungan"])
    # Exact stage: the unrounded penghitungan (K1: 170/175 x 100 + 80 + 76 = 1772/7 = 253.142857…).
    exact_row, exact_result = score_activity(EXACT_STAGE, activity)
    assert step_exact(exact_result, f"{ACTIVITY}.total") == exact(derived["penghitungan"]["exact"])
    assert quantize(exact(derived["penghitungan"]["exact"]), DEC6) == printed(derived["penghitungan"]["dec6"])
    assert str(exact_row.total) == data["published_output"]["penghitungan"]


def test_kopertis_kuantitas() -> None:
    """pp46-kopertis-kuantitas: 40 of 50 konsep PAK, aspek kuantitas = 40/50 x 100 = 80."""
    data = example("pp46-kopertis-kuantitas")
    inputs = data["inputs"]
    assert scoring.quantity_score(exact(inputs["target"]), exact(inputs["realisasi"])) == exact(
        data["published_output"]["kuantitas"]
    )
    row, result = score_activity(
        DEFAULT, make_activity([inputs["target"], 100, 12, None], [inputs["realisasi"], 100, 12, None])
    )
    assert step_exact(result, f"{ACTIVITY}.quantity") == 80
    assert row.quantity == printed(data["published_output"]["kuantitas"])


# ------------------------------------------------------------------------------ waktu / biaya alone


def test_nt_176_derivation() -> None:
    """pp46-nt-176-derivation: RW 9,12 of TW 12 and RB 3.800.000 of TB 5.000.000 score 100; RW = TW scores 76."""
    data = example("pp46-nt-176-derivation")
    time, cost = data["inputs"]["waktu"], data["inputs"]["biaya"]
    derived = data["derived_output"]
    time_target, time_done = exact(time["target"]), exact(time["realisasi"])
    assert scoring.efficiency(time_target, time_done) == exact(derived["efisiensi_waktu"])
    assert scoring.time_or_cost_score(time_target, time_done) == (exact(derived["waktu"]), "efficiency <= 24 %")
    assert scoring.time_or_cost_score(exact(cost["target"]), exact(cost["realisasi"]))[0] == exact(derived["biaya"])
    assert scoring.time_or_cost_score(time_target, time_target)[0] == exact(derived["on_time"])
    assert Fraction(data["published_output"]["NT"].replace(",", ".")) == scoring.NT
    # The same through the rule set: one activity with this waktu and biaya.
    activity = make_activity([1, 100, time["target"], cost["target"]], [1, 100, time["realisasi"], cost["realisasi"]])
    row, result = score_activity(DEFAULT, activity)
    assert step_exact(result, f"{ACTIVITY}.time") == 100
    assert step_exact(result, f"{ACTIVITY}.cost") == 100
    assert (row.time, row.cost, row.time_efficiency, row.cost_efficiency) == (
        Decimal("100.00"),
        Decimal("100.00"),
        Decimal("24.00"),
        Decimal("24.00"),
    )


def test_waktu_5_hari_4_hari() -> None:
    """pp46-waktu-5hari-4hari: efisiensi 20 %, aspek waktu (1,76 x 5 - 4) / 5 x 100 = 96, Sangat Baik."""
    data = example("pp46-waktu-5hari-4hari")
    target, done = exact(data["inputs"]["target"]), exact(data["inputs"]["realisasi"])
    published = data["published_output"]
    assert scoring.efficiency(target, done) == exact(published["efisiensi_pct"])
    assert scoring.time_or_cost_score(target, done) == (exact(published["nilai"]), "efficiency <= 24 %")
    for gap in GapReading:
        assert scoring.predikat(exact(published["nilai"]), gap).value == published["predikat"]


SINGLE_ASPECT: Final = [item for item in EXAMPLES.values() if item["id"].startswith(("pp46-d-waktu-", "pp46-d-biaya-"))]


def test_single_aspect_examples_are_found() -> None:
    assert len(SINGLE_ASPECT) == 10


@pytest.mark.parametrize("data", params(SINGLE_ASPECT))
def test_single_aspect_formula(data: dict[str, Any]) -> None:
    """Efisiensi and the waktu/biaya score of each derived single-aspect example, exactly."""
    target, done = exact(data["inputs"]["target"]), exact(data["inputs"]["realisasi"])
    derived = data["derived_output"]
    efficiency = scoring.efficiency(target, done)
    value, variant = scoring.time_or_cost_score(target, done)
    assert efficiency == exact(derived["efisiensi_pct"])
    assert value == exact(derived["nilai"])
    assert quantize(value, DEC6) == printed(derived["nilai_dec"])
    # The Perka's branch rule: efisiensi <= 24 % (inclusive, and late delivery) vs > 24 %.
    assert variant == ("efficiency > 24 %" if efficiency > 24 else "efficiency <= 24 %")


@pytest.mark.parametrize("data", params(SINGLE_ASPECT))
def test_single_aspect_through_rule_set(data: dict[str, Any]) -> None:
    """The same example as the waktu (or, for the biaya examples, the biaya) aspect of an activity."""
    target, done = data["inputs"]["target"], data["inputs"]["realisasi"]
    derived = data["derived_output"]
    if data["id"].startswith("pp46-d-biaya-"):
        aspect, activity = "cost", make_activity([1, 100, 12, target], [1, 100, 12, done])
    else:
        aspect, activity = "time", make_activity([1, 100, target, None], [1, 100, done, None])
    row, result = score_activity(DEFAULT, activity)
    assert step_exact(result, f"{ACTIVITY}.{aspect}_efficiency") == exact(derived["efisiensi_pct"])
    assert step_exact(result, f"{ACTIVITY}.{aspect}") == exact(derived["nilai"])
    assert getattr(row, aspect) == quantize(exact(derived["nilai"]), RoundingPolicy(places=2, mode=Rounding.HALF_UP))


def test_discontinuity_just_below_24_percent() -> None:
    """Compiled note on PP 46/2011, aspek waktu (the discontinuity): 12 -> 9,11 months is efisiensi 24,083…% > 24 %, so 100 x 9,11 / 12 = 75,91666… (75,92)."""
    value, variant = scoring.time_or_cost_score(Fraction(12), Fraction("9.11"))
    assert (value, variant) == (Fraction(911, 12), "efficiency > 24 %")
    assert quantize(value, RoundingPolicy(places=2, mode=Rounding.HALF_UP)) == Decimal("75.92")


def boundary_pairs() -> list[tuple[Decimal, Decimal]]:
    """Every (target, realisation) with target 0.01..20.00 (2 decimals) and 0.76 x target of at most 2 decimals."""
    pairs = []
    for cents in range(1, 2001):
        target = Decimal(cents).scaleb(-2)
        done = Decimal("0.76") * target
        if done == done.quantize(Decimal("0.01")):
            pairs.append((target, done))
    return pairs


def test_boundary_pairs_score_exactly_100() -> None:
    """Survey of peer implementations, float artefacts: efisiensi exactly 24 % must score 100 (float code gets 76 or > 100).

    Hand count: with target = c / 100 (c = 1..2000), realisation = 76 c / 10000 has at most 2 decimals iff
    76 c / 100 is an integer, i.e. 100 | 76 c. As 76 = 4 x 19 and 100 = 4 x 25, that is 25 | 19 c, and as
    gcd(19, 25) = 1, 25 | c: c = 25, 50, ..., 2000, so 2000 / 25 = 80 pairs (targets 0.25, 0.50, ..., 20.00).
    """
    pairs = boundary_pairs()
    assert len(pairs) == 80
    assert [target for target, _ in pairs] == [Decimal(25 * k).scaleb(-2) for k in range(1, 81)]
    assert (Decimal(3), Decimal("2.28")) in pairs
    assert (Decimal(10), Decimal("7.6")) in pairs
    for target, done in pairs:
        assert scoring.efficiency(Fraction(target), Fraction(done)) == 24
        assert scoring.time_or_cost_score(Fraction(target), Fraction(done)) == (Fraction(100), "efficiency <= 24 %")
    # Through the rule set, from Decimal inputs: one SKP with one activity per pair, waktu target -> realisation.
    activities = [
        make_activity([1, 100, target, None], [1, 100, done, None], name=f"{target}") for target, done in pairs
    ]
    result = DEFAULT.score(make_appraisal(*activities))
    assert len(result.skps[0].activities) == 80
    for index, row in enumerate(result.skps[0].activities):
        assert result.explanation.step(f"skps[0].activities[{index}].time").exact == 100
        assert (row.time, row.time_efficiency) == (Decimal("100.00"), Decimal("24.00"))


def test_boundary_pairs_contain_the_23_float_artefacts() -> None:
    """The 80 pairs contain the 23 that IEEE doubles get wrong (survey of peer implementations, float artefacts).

    A pair is an artefact when, in doubles, 100 - R/T x 100 != 24 or ((1.76 T - R) / T) x 100 > 100;
    the survey of peer implementations counts 23 such pairs, among them (0.75, 0.57), (3, 2.28) and (10, 7.6).
    """
    artefacts = [
        (target, done)
        for target, done in boundary_pairs()
        if 100 - float(done) / float(target) * 100 != 24
        or ((1.76 * float(target) - float(done)) / float(target)) * 100 > 100
    ]
    assert len(artefacts) == 23
    for pair in [("0.75", "0.57"), ("1.5", "1.14"), ("3", "2.28"), ("10", "7.6"), ("6", "4.56"), ("11", "8.36")]:
        assert (Decimal(pair[0]), Decimal(pair[1])) in artefacts


# ------------------------------------------------------------------------- tugas tambahan, kreativitas


TASK_BINS: Final = example("pp46-tugas-tambahan-bins")


@pytest.mark.parametrize("count", TASK_BINS["inputs"]["counts"])
def test_tugas_tambahan_bins(count: int) -> None:
    expected = TASK_BINS["derived_output"][str(count)]
    assert scoring.additional_task_value(count) == expected
    skp = DEFAULT.score(make_appraisal(ON_TIME, additional_tasks=count)).skps[0]
    assert (skp.additional_task_count, skp.additional_task_value) == (count, expected)
    assert skp.value == 92 + expected  # capaian of the on-time activity is (100 + 100 + 76) / 3 = 92


def test_tugas_tambahan_published_bins() -> None:
    """The published criteria: 1-3 tasks -> 1, 4-6 -> 2, 7 or more -> 3 (checked up to 20 tasks)."""
    bins = TASK_BINS["published_output"]
    for count in range(1, 21):
        label = "1-3" if count <= 3 else "4-6" if count <= 6 else ">=7"
        assert scoring.additional_task_value(count) == bins[label]


#: The examples file names each level by who certifies it, e.g. "organisasi (surat keterangan PPK)".
LEVELS_BY_NAME: Final = {
    "unit kerja": CreativityLevel.WORK_UNIT,
    "organisasi": CreativityLevel.ORGANISATION,
    "negara": CreativityLevel.STATE,
}


@pytest.mark.parametrize("criterion", list(example("pp46-kreativitas-levels")["published_output"]))
def test_kreativitas_levels(criterion: str) -> None:
    expected = example("pp46-kreativitas-levels")["published_output"][criterion]
    level = LEVELS_BY_NAME[criterion.split(" (", maxsplit=1)[0]]
    assert scoring.CREATIVITY_VALUES[level] == expected
    for aggregation in CreativityAggregation:
        assert scoring.creativity_value([level], aggregation) == expected
    skp = DEFAULT.score(make_appraisal(ON_TIME, creativity=[level])).skps[0]
    assert skp.creativity_value == expected
    assert skp.value == 92 + expected


def test_kreativitas_several_items_sum_or_highest() -> None:
    """Unit kerja (3) + organisasi (6) + negara (12): sum 21 by default, 12 under creativity='highest'."""
    levels = [CreativityLevel.WORK_UNIT, CreativityLevel.ORGANISATION, CreativityLevel.STATE]
    assert scoring.creativity_value(levels, CreativityAggregation.SUM) == 21
    assert scoring.creativity_value(levels, CreativityAggregation.HIGHEST) == 12
    summed = DEFAULT.score(make_appraisal(ON_TIME, creativity=levels)).skps[0]
    highest = DEFAULT.with_policies(creativity=CreativityAggregation.HIGHEST).score(
        make_appraisal(ON_TIME, creativity=levels)
    )
    assert (summed.creativity_value, summed.value) == (21, Decimal("113.00"))  # 92 + 21
    assert (highest.skps[0].creativity_value, highest.skps[0].value) == (12, Decimal("104.00"))  # 92 + 12


def test_nilai_skp_with_tugas_tambahan_and_kreativitas() -> None:
    """pp46-d-nilai-skp-with-tt-kreativitas: mean(171/2, 266/3) + 2 (5 tasks) + 3 (unit kerja) = 1105/12."""
    data = example("pp46-d-nilai-skp-with-tt-kreativitas")
    inputs, derived = data["inputs"], data["derived_output"]
    appraisal = make_appraisal(
        RAKOR, GURU, additional_tasks=inputs["tugas_tambahan_count"], creativity=[CreativityLevel.WORK_UNIT]
    )
    result = EXACT_STAGE.score(appraisal)
    skp = result.skps[0]
    for index, capaian in enumerate(inputs["kegiatan_capaian"]):
        assert step_exact(result, f"skps[0].activities[{index}].value") == exact(capaian)
    assert step_exact(result, "skps[0].activities_mean") == exact(derived["mean"])
    assert quantize(exact(derived["mean"]), DEC6) == printed(derived["mean_dec"])
    assert (skp.additional_task_value, skp.creativity_value) == (derived["tugas_tambahan"], derived["kreativitas"])
    assert step_exact(result, "skps[0].value") == exact(derived["nilai_skp"])
    assert quantize(exact(derived["nilai_skp"]), DEC6) == printed(derived["nilai_skp_dec"])
    assert skp.value == Decimal("92.08")  # 1105/12 = 92.0833… -> 92.08
    # Default (form-faithful) stage: the mean is taken of the printed 85.50 and 88.67, (85.50 + 88.67) / 2 =
    # 87.085 -> 87.09 half-up, and the SKP value is 87.09 + 2 + 3 = 92.09.
    form = DEFAULT.score(appraisal)
    assert step_exact(form, "skps[0].activities_mean") == Fraction("87.085")
    assert (form.skps[0].activities_mean, form.skps[0].value) == (Decimal("87.09"), Decimal("92.09"))


# ------------------------------------------------------------------------------------------ perilaku


def test_perilaku_struktural_six_aspects() -> None:
    """pp46-d-perilaku-struktural: jabatan struktural with kepemimpinan, 479 / 6 = 79.8333… -> 79.83."""
    data = example("pp46-d-perilaku-struktural")
    derived = data["derived_output"]
    result = DEFAULT.score(
        make_appraisal(ON_TIME, position=PositionKind.STRUCTURAL, behaviour=behaviour_from(data["inputs"]))
    )
    assert result.behaviour.divisor == 6
    assert result.behaviour.total == derived["jumlah"]
    assert step_exact(result, "behaviour.value") == exact(derived["rata_rata"])
    assert quantize(exact(derived["rata_rata"]), DEC6) == printed(derived["rata_rata_dec"])
    assert result.behaviour.value == Decimal("79.83")


def test_perilaku_non_struktural_five_aspects() -> None:
    """pp46-d-perilaku-nonstruktural: 403 / 5 = 80.6, not 403 / 6 = 67.1666… ."""
    data = example("pp46-d-perilaku-nonstruktural")
    derived = data["derived_output"]
    result = DEFAULT.score(make_appraisal(ON_TIME, behaviour=behaviour_from(data["inputs"])))
    assert result.behaviour.divisor == 5
    assert result.behaviour.total == derived["jumlah"]
    assert step_exact(result, "behaviour.value") == exact(derived["rata_rata"])
    assert quantize(exact(derived["rata_rata"]), DEC6) == printed(derived["rata_rata_dec"])
    assert result.behaviour.value == Decimal("80.60")
    assert quantize(step_exact(result, "behaviour.value"), DEC6) != printed(derived["wrong_if_divided_by_6"])


def test_perilaku_leadership_as_assessed() -> None:
    """Policy leadership='as_assessed': the divisor is the number of aspects given, whatever the position."""
    six = behaviour_from(example("pp46-d-perilaku-struktural")["inputs"])
    with pytest.raises(InconsistentInputError):  # default: kepemimpinan only for jabatan struktural
        DEFAULT.score(make_appraisal(ON_TIME, behaviour=six))
    as_assessed = DEFAULT.with_policies(leadership=LeadershipRule.AS_ASSESSED)
    general = as_assessed.score(make_appraisal(ON_TIME, behaviour=six))
    assert (general.behaviour.divisor, step_exact(general, "behaviour.value")) == (6, Fraction(479, 6))
    structural = as_assessed.score(make_appraisal(ON_TIME, position=PositionKind.STRUCTURAL))
    assert (structural.behaviour.divisor, step_exact(structural, "behaviour.value")) == (5, Fraction(403, 5))


# ---------------------------------------------------------------------------- prestasi, special cases


def test_prestasi_60_40() -> None:
    """pp46-d-prestasi: 85.50 x 60 % = 51.30, 80.60 x 40 % = 32.24, 51.30 + 32.24 = 83.54 (4177/50), Baik."""
    data = example("pp46-d-prestasi")
    inputs, derived = data["inputs"], data["derived_output"]
    result = DEFAULT.score(make_appraisal(RAKOR))
    assert result.skp_value == printed(inputs["nilai_skp"])
    assert step_exact(result, "behaviour.value") == exact(inputs["nilai_perilaku"])
    assert str(result.skp_part) == derived["skp_x60"]
    assert str(result.behaviour_part) == derived["perilaku_x40"]
    assert step_exact(result, "final.value") == exact(derived["nilai_prestasi"])
    assert quantize(exact(derived["nilai_prestasi"]), DEC6) == printed(derived["nilai_prestasi_dec"])
    assert result.final_value == Decimal("83.54")
    assert result.final_predikat.value == derived["predikat"]


MUTASI: Final = example("pp46-d-mutasi-two-skp")


def mutasi_appraisal() -> Appraisal:
    """SKP lama January-May (5 months, the rakor activity: 171/2), SKP baru June-December (7 months, guru: 266/3)."""
    assert (MUTASI["inputs"]["months_lama"], MUTASI["inputs"]["months_baru"]) == (5, 7)
    old = Skp(period=AppraisalPeriod(date(2019, 1, 1), date(2019, 5, 31)), activities=[RAKOR])
    new = Skp(period=AppraisalPeriod(date(2019, 6, 1), date(2019, 12, 31)), activities=[GURU])
    return Appraisal(period=YEAR, position=PositionKind.FUNCTIONAL_GENERAL, skps=[old, new], behaviour=FIVE_ASPECTS)


def test_mutasi_simple_mean() -> None:
    """Default mutasi: (SKP lama + SKP baru) / 2 = (171/2 + 266/3) / 2 = 1045/12, then x 60 % = 52.25."""
    derived = MUTASI["derived_output"]
    result = EXACT_STAGE.score(mutasi_appraisal())
    assert step_exact(result, "skps[0].value") == exact(MUTASI["inputs"]["skp_lama"])
    assert step_exact(result, "skps[1].value") == exact(MUTASI["inputs"]["skp_baru"])
    assert step_exact(result, "skp.value") == exact(derived["simple_average"])
    assert quantize(step_exact(result, "skp.value"), DEC6) == printed(derived["simple_average_dec"])
    assert quantize(step_exact(result, "final.skp_part"), DEC6) == printed(derived["x60"])
    assert result.skp_value == Decimal("87.08")  # 87.0833… -> 87.08
    # Default form-faithful stage: the mean of the printed 85.50 and 88.67 is 87.085 -> 87.09.
    form = DEFAULT.score(mutasi_appraisal())
    assert step_exact(form, "skp.value") == Fraction("87.085")
    assert form.skp_value == Decimal("87.09")


def test_mutasi_month_weighted() -> None:
    """Policy mutasi='month_weighted': (5 x 171/2 + 7 x 266/3) / 12 = 6289/72 = 87.347222…"""
    derived = MUTASI["derived_output"]
    weighted = EXACT_STAGE.with_policies(mutasi=MutasiAggregation.MONTH_WEIGHTED).score(mutasi_appraisal())
    assert step_exact(weighted, "skp.value") == Fraction(6289, 72)
    assert quantize(step_exact(weighted, "skp.value"), DEC6) == printed(derived["month_weighted_for_comparison"])
    assert weighted.skp_value == Decimal("87.35")
    # Form-faithful stage: (5 x 85.50 + 7 x 88.67) / 12 = 1048.19 / 12 = 87.349166… -> 87.35.
    form = DEFAULT.with_policies(mutasi=MutasiAggregation.MONTH_WEIGHTED).score(mutasi_appraisal())
    assert step_exact(form, "skp.value") == Fraction("1048.19") / 12
    assert form.skp_value == Decimal("87.35")


def test_tugas_belajar_ahmad_anis() -> None:
    """pp46-tugas-belajar-ahmad-anis: nilai akademik 85 (Baik) stands for the SKP; 85 x 60 % = 51.00."""
    data = example("pp46-tugas-belajar-ahmad-anis")
    score, label = data["published_output"]["nilai_akademik"].split(" (")
    appraisal = StudyLeaveAppraisal(
        period=YEAR,
        position=PositionKind.FUNCTIONAL_GENERAL,
        academic_score=data["inputs"]["nilai_akademik"],
        behaviour=FIVE_ASPECTS,
    )
    result = DEFAULT.score(appraisal)
    assert result.skps == ()
    assert result.academic_score == printed(score) == data["derived_output"]["skp_component"]
    assert result.skp_value == printed(score)
    assert result.skp_predikat.value == label.rstrip(")")
    assert str(result.skp_part) == data["derived_output"]["skp_x60"]
    # With the perilaku of pp46-d-perilaku-nonstruktural: 80.60 x 40 % = 32.24, 51.00 + 32.24 = 83.24.
    assert (result.behaviour_part, result.final_value) == (Decimal("32.24"), Decimal("83.24"))


# ------------------------------------------------------------------------------------------ predikat


PREDIKAT_ROWS: Final = [pytest.param(row, id=row["nilai"]) for row in example("pp46-predikat-boundaries")["rows"]]


@pytest.mark.parametrize("row", PREDIKAT_ROWS)
def test_predikat_boundaries(row: dict[str, Any]) -> None:
    value = exact(row["nilai"])
    lower = scoring.predikat(value, GapReading.LOWER_BOUND_INCLUSIVE)
    upper = scoring.predikat(value, GapReading.UPPER_BOUND_INCLUSIVE)
    assert lower.value == row["policy_ge_lower_bound"]
    assert upper.value == row["policy_le_upper_bound"]
    if row["literal_text"] is not None:  # an integer named by the regulation's table: both readings agree
        assert lower.value == upper.value == row["literal_text"]
    assert "Sedang" not in {lower.value, upper.value}


def test_predikat_labels_are_pp46() -> None:
    """PP 46/2011 names the 51-60 band Kurang (never the DP3 label Sedang)."""
    assert [label.value for label in Predikat] == ["Sangat Baik", "Baik", "Cukup", "Kurang", "Buruk"]
