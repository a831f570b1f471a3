"""Throughput of the follow-up computations: angka kredit of monthly periods, and tunjangan kinerja.

Run: ``python benchmarks/bench_followup.py [--employees N]``. Each employee has twelve monthly periods of
2024 with predikat drawn from a fixed seed; prints employees per second for angka kredit (with the full
explanation) and allowance computations per second.
"""

from __future__ import annotations

import argparse
import random
import time
from calendar import monthrange
from datetime import date

from skpcalc.followup import CLASS_ORDER, PERMENLHK_6_2024, CreditPeriod, Level, credit
from skpcalc.period import AppraisalPeriod

MONTHS = [AppraisalPeriod(date(2024, m, 1), date(2024, m, monthrange(2024, m)[1])) for m in range(1, 13)]
YEAR = AppraisalPeriod(date(2024, 1, 1), date(2024, 12, 31))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(1_2023)
    levels = list(Level)
    people = [
        [CreditPeriod(month, rng.choice(CLASS_ORDER), level) for month in MONTHS]
        for level in (rng.choice(levels) for _ in range(args.employees))
    ]
    start = time.perf_counter()
    for periods in people:
        credit(periods)
    elapsed = time.perf_counter() - start
    print(f"angka kredit, 12 monthly periods: {args.employees / elapsed:.0f} employees/s")
    start = time.perf_counter()
    for periods in people:
        PERMENLHK_6_2024.payable(periods[-1].predikat, 7_500_000, YEAR)
    elapsed = time.perf_counter() - start
    print(f"tunjangan kinerja: {args.employees / elapsed:.0f} computations/s")


if __name__ == "__main__":
    main()
