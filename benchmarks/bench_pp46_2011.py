"""Throughput of the PP 46/2011 rule set: scoring, rendering and JSON round trips.

Run: ``python benchmarks/bench_pp46_2011.py [--appraisals N]``. Appraisals are generated from a
fixed seed, so runs are comparable. Prints appraisals per second for each operation.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from skpcalc.interchange import appraisal_document, dumps, loads, read_appraisal, result_document
from skpcalc.period import AppraisalPeriod
from skpcalc.rules.pp46_2011 import RULE_SET, Activity, Appraisal, Behaviour, Realisation, Skp, Target


def make_appraisal(rng: random.Random) -> Appraisal:
    year = AppraisalPeriod(date(2019, 1, 1), date(2019, 12, 31))
    activities = []
    for index in range(rng.randint(3, 8)):
        has_cost = rng.random() < 0.3
        target_quantity = rng.randint(1, 200)
        activities.append(
            Activity(
                name=f"Kegiatan {index + 1}",
                target=Target(
                    quantity=target_quantity,
                    quantity_unit="dokumen",
                    quality=100,
                    time=12,
                    cost=rng.randint(1_000_000, 500_000_000) if has_cost else None,
                ),
                realisation=Realisation(
                    quantity=rng.randint(1, target_quantity + 20),
                    quality=rng.randint(60, 100),
                    time=Decimal(rng.randint(800, 1400)).scaleb(-2),
                    cost=rng.randint(500_000, 600_000_000) if has_cost else None,
                ),
            )
        )
    aspects = [rng.randint(60, 100) for _ in range(5)]
    return Appraisal(
        period=year,
        position="fungsional_umum",
        skps=[Skp(period=year, activities=activities)],
        behaviour=Behaviour(
            service_orientation=aspects[0],
            integrity=aspects[1],
            commitment=aspects[2],
            discipline=aspects[3],
            teamwork=aspects[4],
        ),
    )


def measure(label: str, count: int, action: Callable[[], object]) -> None:
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    print(f"{label:<38} {count / elapsed:>10.0f} appraisals/s  ({elapsed * 1000 / count:.3f} ms each)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--appraisals", type=int, default=2000)
    count = parser.parse_args().appraisals
    rng = random.Random(46_2011)
    rule_set = RULE_SET
    subjects = [make_appraisal(rng) for _ in range(count)]
    activities = sum(len(subject.skps[0].activities) for subject in subjects)
    print(f"{count} appraisals, {activities} activities in all")
    results = [rule_set.score(subject) for subject in subjects]
    measure("score", count, lambda: [rule_set.score(subject) for subject in subjects])
    measure(
        "score, rounding_stage=final",
        count,
        lambda: [rule_set.with_policies(rounding_stage="final").score(s) for s in subjects],
    )
    measure("render explanation text", count, lambda: [result.render() for result in results])
    texts = [dumps(appraisal_document(rule_set, subject)) for subject in subjects]
    measure("read appraisal JSON", count, lambda: [read_appraisal(loads(text)) for text in texts])
    measure("write result JSON", count, lambda: [dumps(result_document(rule_set, r)) for r in results])


if __name__ == "__main__":
    main()
