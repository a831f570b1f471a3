"""Throughput of the PermenPANRB 8/2021 rule set: July-December 2021 appraisals and 2021 split years.

Run: ``python benchmarks/bench_permenpanrb_8_2021.py [--count N]``. Appraisals are generated from a fixed
seed (3 main plans of 1-3 IKI, one additional plan); prints appraisals per second for scoring (with the full
explanation), for the split year (both halves and the integration) and for writing result JSON.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date
from pathlib import Path

from skpcalc.interchange import dumps, loads, read_appraisal, result_document
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.permenpanrb_8_2021 import (
    RULE_SET,
    Appraisal,
    Behaviour,
    Indicator,
    Plan,
    Skp,
    Year2021Appraisal,
)

SECOND_HALF = AppraisalPeriod(date(2021, 7, 1), date(2021, 12, 31))
YEAR_EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "permenpanrb_8_2021_year_2021.json"


def make_indicator(rng: random.Random, index: int) -> Indicator:
    target = rng.randint(2, 200)
    khusus = rng.random() < 0.3  # share of lower-is-better indicators
    return Indicator(
        name=f"IKI {index}",
        aspect="waktu" if khusus else "kuantitas",
        condition="khusus" if khusus else "normal",
        target=target,
        realisation=rng.randint(target * 6 // 10, target * 12 // 10),
    )


def make_appraisal(rng: random.Random) -> Appraisal:
    main = [
        Plan(name=f"RK {i}", indicators=[make_indicator(rng, j) for j in range(rng.randint(1, 3))], weight=weight)
        for i, weight in enumerate((50, 30, 20))
    ]
    additional = [Plan(name="Tambahan", indicators=[make_indicator(rng, 0)], weight=rng.randint(1, 10))]
    return Appraisal(
        period=SECOND_HALF,
        skp=Skp(model="dasar", main=main, additional=additional),
        behaviour=Behaviour(
            service_orientation=rng.randint(80, 120),
            commitment=rng.randint(80, 120),
            initiative=rng.randint(80, 120),
            teamwork=rng.randint(80, 120),
        ),
        peer_and_subordinate_input=rng.random() < 0.5,
        innovation=rng.random() < 0.1,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    rng = random.Random(8_2021)
    appraisals = [make_appraisal(rng) for _ in range(args.count)]
    start = time.perf_counter()
    results = [RULE_SET.score(appraisal) for appraisal in appraisals]
    elapsed = time.perf_counter() - start
    print(
        f"{args.count} appraisals: {args.count / elapsed:.0f} appraisals/s ({elapsed / args.count * 1000:.2f} ms each)"
    )
    example = read_appraisal(loads(YEAR_EXAMPLE.read_text(encoding="utf-8")))[1]
    if not isinstance(example, Year2021Appraisal):
        msg = f"{YEAR_EXAMPLE.name} is not a 2021 split year"
        raise TypeError(msg)
    years = [Year2021Appraisal(first_half=example.first_half, second_half=item) for item in appraisals]
    start = time.perf_counter()
    for year in years:
        RULE_SET.score(year)
    elapsed = time.perf_counter() - start
    print(f"2021 split years: {args.count / elapsed:.0f} years/s")
    start = time.perf_counter()
    for result in results:
        dumps(result_document(RULE_SET, result))
    elapsed = time.perf_counter() - start
    print(f"write result JSON: {args.count / elapsed:.0f} appraisals/s")


if __name__ == "__main__":
    main()
