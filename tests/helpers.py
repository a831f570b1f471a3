"""Small builders for PP 46/2011 inputs used across the tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from skpcalc.period import AppraisalPeriod
from skpcalc.rules.pp46_2011 import (
    Activity,
    Appraisal,
    Behaviour,
    PositionKind,
    Realisation,
    Skp,
    Target,
)

YEAR_2019 = AppraisalPeriod(date(2019, 1, 1), date(2019, 12, 31))

Number = Decimal | int | str


def activity(
    target: tuple[Number, Number, Number, Number | None] = (10, 100, 12, None),
    done: tuple[Number, Number, Number, Number | None] = (10, 100, 12, None),
    name: str = "Menyusun laporan",
) -> Activity:
    """An activity from (kuantitas, kualitas, waktu, biaya) of target and realisation."""
    return Activity(
        name=name,
        target=Target(quantity=target[0], quantity_unit="laporan", quality=target[1], time=target[2], cost=target[3]),
        realisation=Realisation(quantity=done[0], quality=done[1], time=done[2], cost=done[3]),
    )


def behaviour(*values: Number) -> Behaviour:
    """Behaviour from 5 aspect values, or 6 with kepemimpinan last."""
    leadership = values[5] if len(values) == 6 else None
    return Behaviour(
        service_orientation=values[0],
        integrity=values[1],
        commitment=values[2],
        discipline=values[3],
        teamwork=values[4],
        leadership=leadership,
    )


def appraisal(
    *activities: Activity,
    position: PositionKind = PositionKind.FUNCTIONAL_GENERAL,
    aspects: tuple[Number, ...] = (80, 80, 78, 85, 80),
    period: AppraisalPeriod = YEAR_2019,
) -> Appraisal:
    """A one-SKP appraisal of ``period`` with the given activities (a default one if none)."""
    return Appraisal(
        period=period,
        position=position,
        skps=[Skp(period=period, activities=list(activities) or [activity()])],
        behaviour=behaviour(*aspects),
    )
