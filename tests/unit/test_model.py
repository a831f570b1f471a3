"""Bad input for every field of the PP 46/2011 value objects raises a clear skpcalc error."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from helpers import YEAR_2019, activity, appraisal, behaviour

from skpcalc.errors import (
    FloatInputError,
    InconsistentInputError,
    InvalidInputError,
    InvalidTypeError,
    OutOfRangeError,
)
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.pp46_2011 import (
    Activity,
    AdditionalTask,
    Appraisal,
    Behaviour,
    CreativityItem,
    CreativityLevel,
    PositionKind,
    Realisation,
    Skp,
    StudyLeaveAppraisal,
    Target,
)

GOOD_TARGET: dict[str, Any] = {"quantity": 10, "quantity_unit": "laporan", "quality": 100, "time": 12, "cost": None}
GOOD_DONE: dict[str, Any] = {"quantity": 10, "quality": 90, "time": 12, "cost": None}
GOOD_BEHAVIOUR: dict[str, Any] = {
    "service_orientation": 80,
    "integrity": 80,
    "commitment": 78,
    "discipline": 85,
    "teamwork": 80,
}


@pytest.mark.parametrize(
    ("field", "value", "error", "allowed"),
    [
        ("quantity", 0, OutOfRangeError, "> 0"),
        ("quantity", -1, OutOfRangeError, "> 0"),
        ("quantity", "NaN", InvalidInputError, "a finite number"),
        ("quantity", 1.5, FloatInputError, "instead of float"),
        ("quantity", True, InvalidTypeError, "bool"),
        ("quantity", 10**20, OutOfRangeError, "at most"),
        ("quantity_unit", "", InvalidInputError, "non-empty string"),
        ("quantity_unit", " laporan", InvalidInputError, "leading or trailing"),
        ("quantity_unit", 5, InvalidTypeError, "non-empty string"),
        ("quality", 0, OutOfRangeError, "> 0 and <= 100"),
        ("quality", 101, OutOfRangeError, "> 0 and <= 100"),
        ("time", 0, OutOfRangeError, "> 0"),
        ("time", "-Infinity", InvalidInputError, "a finite number"),
        ("cost", -1, OutOfRangeError, ">= 0, or None"),
        ("cost", 0.5, FloatInputError, "instead of float"),
    ],
)
def test_target_fields(field: str, value: object, error: type[InvalidInputError], allowed: str) -> None:
    with pytest.raises(error) as caught:
        Target(**{**GOOD_TARGET, field: value})
    assert caught.value.field == f"Target.{field}"
    assert caught.value.value == value or caught.value.value is value
    assert allowed in caught.value.allowed


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("quantity", -1, ">= 0"),
        ("quality", -1, ">= 0 and <= 100"),
        ("quality", Decimal("100.01"), ">= 0 and <= 100"),
        ("time", -1, ">= 0"),
    ],
)
def test_realisation_fields(field: str, value: object, allowed: str) -> None:
    with pytest.raises(OutOfRangeError) as caught:
        Realisation(**{**GOOD_DONE, field: value})
    assert caught.value.field == f"Realisation.{field}"
    assert caught.value.allowed.startswith(allowed)


def test_missing_required_field_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="time"):
        Target(quantity=1, quantity_unit="x", quality=100)  # type: ignore[call-arg]


def test_cost_realisation_without_cost_target() -> None:
    with pytest.raises(InconsistentInputError, match=r"Activity\.realisation\.cost.*no cost"):
        activity(target=(10, 100, 12, None), done=(10, 100, 12, 5))


def test_cost_target_without_cost_realisation() -> None:
    with pytest.raises(InconsistentInputError, match=r"Activity\.realisation\.cost: got None"):
        activity(target=(10, 100, 12, 1000), done=(10, 100, 12, None))


@pytest.mark.parametrize(("index", "field"), [(1, "quality"), (2, "time"), (3, "cost")])
def test_not_done_activity_must_be_all_zero(index: int, field: str) -> None:
    done: list[int] = [0, 0, 0, 0]
    done[index] = 5
    with pytest.raises(InconsistentInputError) as caught:
        activity(target=(10, 100, 12, 1000), done=(done[0], done[1], done[2], done[3]))
    assert caught.value.field == f"Activity.realisation.{field}"
    assert "kegiatan tidak dilakukan" in caught.value.allowed


def test_done_activity_takes_time() -> None:
    with pytest.raises(InconsistentInputError, match=r"Activity\.realisation\.time: got Decimal\('0'\)"):
        activity(done=(10, 100, 0, None))


def test_not_done_activity_is_valid() -> None:
    assert activity(target=(10, 100, 12, 1000), done=(0, 0, 0, 0)).realisation.quantity == 0


@pytest.mark.parametrize(
    ("kwargs", "field", "error"),
    [
        ({"name": ""}, "Activity.name", InvalidInputError),
        ({"target": "10 laporan"}, "Activity.target", InvalidTypeError),
        ({"realisation": None}, "Activity.realisation", InvalidTypeError),
        ({"credit": -1}, "Activity.credit", OutOfRangeError),
    ],
)
def test_activity_fields(kwargs: dict[str, Any], field: str, error: type[InvalidInputError]) -> None:
    base = {"name": "Menyusun laporan", "target": Target(**GOOD_TARGET), "realisation": Realisation(**GOOD_DONE)}
    with pytest.raises(error) as caught:
        Activity(**{**base, **kwargs})
    assert caught.value.field == field


def test_skp_needs_activities() -> None:
    with pytest.raises(
        InvalidInputError, match=r"Skp\.activities: got \(\); allowed: a list or tuple of Activity with at"
    ):
        Skp(period=YEAR_2019, activities=[])
    with pytest.raises(InvalidTypeError, match=r"Skp\.activities: got 'kegiatan'"):
        Skp(period=YEAR_2019, activities="kegiatan")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Skp\.additional_tasks"):
        Skp(period=YEAR_2019, activities=[activity()], additional_tasks=["Plt."])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"Skp\.period"):
        Skp(period="2019", activities=[activity()])  # type: ignore[arg-type]


def test_tasks_and_creativity() -> None:
    with pytest.raises(InvalidInputError, match=r"AdditionalTask\.name"):
        AdditionalTask("")
    with pytest.raises(InvalidInputError) as caught:
        CreativityItem("aplikasi", "provinsi")
    assert caught.value.field == "CreativityItem.level"
    assert caught.value.allowed == "one of 'unit_kerja', 'organisasi', 'negara'"
    assert CreativityItem("aplikasi", "negara").level is CreativityLevel.STATE


@pytest.mark.parametrize("field", list(GOOD_BEHAVIOUR))
def test_behaviour_aspects_are_0_to_100(field: str) -> None:
    for bad in (-1, 101, "100.5"):
        with pytest.raises(OutOfRangeError) as caught:
            Behaviour(**{**GOOD_BEHAVIOUR, field: bad})
        assert caught.value.field == f"Behaviour.{field}"
    with pytest.raises(OutOfRangeError, match=r"Behaviour\.leadership"):
        Behaviour(**GOOD_BEHAVIOUR, leadership=120)


def test_behaviour_aspects_list() -> None:
    assert [name for name, _ in behaviour(1, 2, 3, 4, 5).aspects()] == [
        "service_orientation",
        "integrity",
        "commitment",
        "discipline",
        "teamwork",
    ]
    assert behaviour(1, 2, 3, 4, 5, 6).aspects()[-1] == ("leadership", Decimal(6))


def test_period() -> None:
    with pytest.raises(InconsistentInputError, match="end: got '2019-01-01'; allowed: a day on or after start"):
        AppraisalPeriod(date(2019, 12, 31), date(2019, 1, 1))
    with pytest.raises(InvalidTypeError, match="start"):
        AppraisalPeriod("2019-01-01", date(2019, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="not a datetime"):
        AppraisalPeriod(datetime(2019, 1, 1, 8), date(2019, 1, 2))  # noqa: DTZ001
    assert AppraisalPeriod(date(2019, 1, 1), date(2019, 5, 31)).whole_months() == 5
    assert AppraisalPeriod(date(2019, 1, 1), date(2019, 5, 30)).whole_months() is None
    assert AppraisalPeriod(date(2019, 1, 2), date(2019, 5, 31)).whole_months() is None
    assert str(YEAR_2019) == "2019-01-01 to 2019-12-31"


def test_appraisal_period_rules() -> None:
    across = AppraisalPeriod(date(2019, 7, 1), date(2020, 6, 30))
    with pytest.raises(InconsistentInputError, match="within one calendar year"):
        appraisal(period=across)
    with pytest.raises(InvalidInputError, match="one of 'struktural', 'fungsional_tertentu', 'fungsional_umum'"):
        appraisal(position="pelaksana")  # type: ignore[arg-type]
    first_half = AppraisalPeriod(date(2019, 1, 1), date(2019, 6, 30))
    outside = AppraisalPeriod(date(2018, 12, 1), date(2018, 12, 31))
    with pytest.raises(InconsistentInputError, match=r"Appraisal\.skps\[0\]\.period"):
        Appraisal(
            period=first_half,
            position=PositionKind.FUNCTIONAL_GENERAL,
            skps=[Skp(period=outside, activities=[activity()])],
            behaviour=behaviour(80, 80, 80, 80, 80),
        )
    overlapping = [
        Skp(period=AppraisalPeriod(date(2019, 1, 1), date(2019, 6, 30)), activities=[activity()]),
        Skp(period=AppraisalPeriod(date(2019, 6, 30), date(2019, 12, 31)), activities=[activity()]),
    ]
    with pytest.raises(InconsistentInputError, match=r"Appraisal\.skps\[1\]\.period.*previous SKP's end"):
        Appraisal(
            period=YEAR_2019,
            position=PositionKind.FUNCTIONAL_GENERAL,
            skps=overlapping,
            behaviour=behaviour(80, 80, 80, 80, 80),
        )
    with pytest.raises(InvalidInputError, match=r"Appraisal\.skps"):
        Appraisal(period=YEAR_2019, position="struktural", skps=[], behaviour=behaviour(80, 80, 80, 80, 80, 80))
    with pytest.raises(InvalidTypeError, match=r"Appraisal\.behaviour"):
        Appraisal(period=YEAR_2019, position="struktural", skps=[Skp(period=YEAR_2019, activities=[activity()])],
                  behaviour={"integrity": 80})  # type: ignore[arg-type]  # fmt: skip


def test_study_leave_fields() -> None:
    with pytest.raises(OutOfRangeError, match=r"StudyLeaveAppraisal\.academic_score: got Decimal\('101'\)"):
        StudyLeaveAppraisal(
            period=YEAR_2019, position="fungsional_umum", academic_score=101, behaviour=behaviour(80, 80, 80, 80, 80)
        )


def test_value_objects_are_frozen_and_compare_by_value() -> None:
    first, second = activity(), activity()
    assert first == second
    assert hash(first) == hash(second)
    with pytest.raises(AttributeError):
        first.name = "x"  # type: ignore[misc]


def test_datetime_subclasses_are_refused() -> None:
    class Timestamp(datetime):
        pass

    with pytest.raises(InvalidTypeError, match=r"AppraisalPeriod\.start"):
        AppraisalPeriod(Timestamp(2019, 1, 1), date(2019, 12, 31))
    assert AppraisalPeriod(date(2019, 12, 1), date.max).whole_months() is None
