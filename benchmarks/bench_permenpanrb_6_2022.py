"""Throughput of the PermenPANRB 6/2022 rule set: unit evaluations (matrix, distribution check, ranking).

Run: ``python benchmarks/bench_permenpanrb_6_2022.py [--units N] [--size M]``. Units are generated from a
fixed seed; prints units and employees per second.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date
from decimal import Decimal

from skpcalc.interchange import dumps, result_document
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.permenpanrb_6_2022 import RULE_SET, EmployeeEvaluation, Rating, UnitEvaluation

QUARTER = AppraisalPeriod(date(2024, 10, 1), date(2024, 12, 31))


def make_unit(rng: random.Random, size: int) -> UnitEvaluation:
    ratings = list(Rating)
    return UnitEvaluation(
        unit="Unit",
        organisation_predikat=rng.choice(["Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"]),
        employees=[
            EmployeeEvaluation(
                employee=f"pegawai {index}",
                period=QUARTER,
                period_kind="triwulanan",
                work_rating=rng.choice(ratings),
                behaviour_rating=rng.choice(ratings),
                ranking_value=Decimal(rng.randint(600, 1200)).scaleb(-1),
            )
            for index in range(size)
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--size", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(6_2022)
    units = [make_unit(rng, args.size) for _ in range(args.units)]
    start = time.perf_counter()
    results = [RULE_SET.evaluate_unit(unit) for unit in units]
    elapsed = time.perf_counter() - start
    employees = args.units * args.size
    print(
        f"{args.units} units of {args.size}: {args.units / elapsed:.0f} units/s, {employees / elapsed:.0f} employees/s"
    )
    start = time.perf_counter()
    for result in results:
        dumps(result_document(RULE_SET, result))
    elapsed = time.perf_counter() - start
    print(f"write result JSON: {args.units / elapsed:.0f} units/s")


if __name__ == "__main__":
    main()
