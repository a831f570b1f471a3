"""Plain-dict (JSON) form of PermenPANRB 6/2022 evaluations and results; see ``docs/interchange.md``."""

from __future__ import annotations

from typing import Any

from skpcalc import _dicts as d
from skpcalc._validate import enum_member
from skpcalc.errors import FormatError
from skpcalc.explain import Explanation
from skpcalc.rules.permenpanrb_6_2022.model import (
    BehaviourValue,
    EmployeeEvaluation,
    EvaluationPeriod,
    Indicator,
    OrganisationPredikat,
    Rating,
    Skp,
    UnitEvaluation,
    WorkResult,
)
from skpcalc.rules.permenpanrb_6_2022.policies import Policies
from skpcalc.rules.permenpanrb_6_2022.result import (
    DistributionCheck,
    DistributionReport,
    EmployeeResult,
    RankEntry,
    RatingBasis,
    UnitResult,
)
from skpcalc.rules.permenpanrb_6_2022.scoring import Bound, Predikat

__all__ = ["evaluation_from_dict", "evaluation_to_dict", "policies_from_dict", "result_from_dict", "result_to_dict"]

_EMPLOYEE_KEYS = ("employee", "period", "period_kind")
_EMPLOYEE_OPTIONAL = ("work_rating", "behaviour_rating", "skp", "ranking_value")


def evaluation_from_dict(data: object, path: str = "appraisal") -> EmployeeEvaluation | UnitEvaluation:
    """An employee (``"kind": "employee"``) or unit (``"kind": "unit"``) evaluation from its plain-dict form."""
    kind = d.obj(
        data,
        path,
        ("kind",),
        (*_EMPLOYEE_KEYS, *_EMPLOYEE_OPTIONAL, "unit", "organisation_predikat", "employees", "leader"),
    )["kind"]
    if kind == "employee":
        fields = d.obj(data, path, ("kind", *_EMPLOYEE_KEYS), _EMPLOYEE_OPTIONAL)
        del fields["kind"]
        return _employee(fields, path)
    if kind != "unit":
        raise FormatError(f"{path}.kind", kind, "'employee' or 'unit'")
    fields = d.obj(data, path, ("kind", "unit", "organisation_predikat", "employees"), ("leader",))
    employees = [
        _employee(d.obj(item, f"{path}.employees[{i}]", _EMPLOYEE_KEYS, _EMPLOYEE_OPTIONAL), f"{path}.employees[{i}]")
        for i, item in enumerate(d.seq(fields["employees"], f"{path}.employees"))
    ]
    return d.build(
        path,
        UnitEvaluation,
        unit=fields["unit"],
        organisation_predikat=fields["organisation_predikat"],
        employees=employees,
        leader=fields.get("leader"),
    )


def _employee(fields: dict[str, Any], path: str) -> EmployeeEvaluation:
    skp = fields.get("skp")
    return d.build(
        path,
        EmployeeEvaluation,
        employee=fields["employee"],
        period=d.period(fields["period"], f"{path}.period"),
        period_kind=fields["period_kind"],
        work_rating=fields.get("work_rating"),
        behaviour_rating=fields.get("behaviour_rating"),
        skp=None if skp is None else _skp(skp, f"{path}.skp"),
        ranking_value=fields.get("ranking_value"),
    )


def _skp(data: object, path: str) -> Skp:
    fields = d.obj(data, path, ("approach", "work_results", "behaviours"))
    results = []
    for i, item in enumerate(d.seq(fields["work_results"], f"{path}.work_results")):
        at = f"{path}.work_results[{i}]"
        parts = d.obj(item, at, ("name", "kind", "indicators"), ("intervened_leader_result", "rating"))
        indicators = [
            d.build(
                f"{at}.indicators[{j}]",
                Indicator,
                **d.obj(iki, f"{at}.indicators[{j}]", ("name", "aspect", "target"), ("realisation",)),
            )
            for j, iki in enumerate(d.seq(parts["indicators"], f"{at}.indicators"))
        ]
        results.append(d.build(at, WorkResult, **{**parts, "indicators": indicators}))
    behaviours = []
    for i, item in enumerate(d.seq(fields["behaviours"], f"{path}.behaviours")):
        at = f"{path}.behaviours[{i}]"
        parts = d.obj(item, at, ("value",), ("guides", "leader_expectation", "rating"))
        if "guides" in parts:
            parts["guides"] = [
                d.text(g, f"{at}.guides[{j}]") for j, g in enumerate(d.seq(parts["guides"], f"{at}.guides"))
            ]
        behaviours.append(d.build(at, BehaviourValue, **parts))
    return d.build(path, Skp, approach=fields["approach"], work_results=results, behaviours=behaviours)


def evaluation_to_dict(evaluation: EmployeeEvaluation | UnitEvaluation) -> dict[str, Any]:
    """The plain-dict form of an evaluation (inverse of :func:`evaluation_from_dict`)."""
    if isinstance(evaluation, UnitEvaluation):
        result: dict[str, Any] = {
            "kind": "unit",
            "unit": evaluation.unit,
            "organisation_predikat": evaluation.organisation_predikat.value,
            "employees": [_employee_to_dict(item) for item in evaluation.employees],
        }
        if evaluation.leader is not None:
            result["leader"] = evaluation.leader
        return result
    return {"kind": "employee", **_employee_to_dict(evaluation)}


def _employee_to_dict(item: EmployeeEvaluation) -> dict[str, Any]:
    result: dict[str, Any] = {
        "employee": item.employee,
        "period": d.period_to_dict(item.period),
        "period_kind": item.period_kind.value,
    }
    if item.work_rating is not None:
        result["work_rating"] = item.work_rating.value
    if item.behaviour_rating is not None:
        result["behaviour_rating"] = item.behaviour_rating.value
    if item.skp is not None:
        result["skp"] = _skp_to_dict(item.skp)
    if item.ranking_value is not None:
        result["ranking_value"] = str(item.ranking_value)
    return result


def _skp_to_dict(skp: Skp) -> dict[str, Any]:
    def optional(pairs: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in pairs.items() if value is not None}

    return {
        "approach": skp.approach.value,
        "work_results": [
            optional(
                {
                    "name": item.name,
                    "kind": item.kind.value,
                    "indicators": [
                        optional(
                            {
                                "name": iki.name,
                                "aspect": iki.aspect.value,
                                "target": iki.target,
                                "realisation": iki.realisation,
                            }
                        )
                        for iki in item.indicators
                    ],
                    "intervened_leader_result": item.intervened_leader_result,
                    "rating": None if item.rating is None else item.rating.value,
                }
            )
            for item in skp.work_results
        ],
        "behaviours": [
            optional(
                {
                    "value": item.value.value,
                    "guides": list(item.guides),
                    "leader_expectation": item.leader_expectation,
                    "rating": None if item.rating is None else item.rating.value,
                }
            )
            for item in skp.behaviours
        ],
    }


def policies_from_dict(data: object, path: str = "policies") -> Policies:
    """Policies from their plain-dict form; keys left out keep their defaults."""
    names = tuple(Policies().to_dict())
    return d.build(path, Policies, **d.obj(data, path, (), names))


# --------------------------------------------------------------------------------------------- results


def result_to_dict(result: EmployeeResult | UnitResult) -> dict[str, Any]:
    """The plain-dict form of an employee or unit result."""
    if isinstance(result, EmployeeResult):
        return {"kind": "employee", **_employee_result(result)}
    report = result.distribution
    return {
        "kind": "unit",
        "unit": result.unit,
        "organisation_predikat": result.organisation_predikat.value,
        "period": d.period_to_dict(result.period),
        "period_kind": result.period_kind.value,
        "policies": result.policies.to_dict(),
        "employees": [_employee_result(item) for item in result.employees],
        "distribution": {
            "organisation_predikat": report.organisation_predikat.value,
            "employees": report.employees,
            "counts": [[label.value, count] for label, count in report.counts],
            "checks": [
                {
                    "rule": check.rule,
                    "classes": [label.value for label in check.classes],
                    "bound": check.bound.value,
                    "percent": str(check.percent),
                    "limit": check.limit,
                    "count": check.count,
                    "satisfied": check.satisfied,
                }
                for check in report.checks
            ],
        },
        "ranking": [
            {
                "rank": entry.rank,
                "employee": entry.employee,
                "predikat": entry.predikat.value,
                "ranking_value": d.decimal_text(entry.ranking_value),
                "tied": entry.tied,
            }
            for entry in result.ranking
        ],
        "explanation": [d.step_to_dict(step) for step in result.explanation],
    }


def _employee_result(item: EmployeeResult) -> dict[str, Any]:
    return {
        "employee": item.employee,
        "period": d.period_to_dict(item.period),
        "period_kind": item.period_kind.value,
        "work_rating": item.work_rating.value,
        "work_rating_basis": item.work_rating_basis.value,
        "behaviour_rating": item.behaviour_rating.value,
        "behaviour_rating_basis": item.behaviour_rating_basis.value,
        "predikat": item.predikat.value,
        "explanation": [d.step_to_dict(step) for step in item.explanation],
    }


_EMPLOYEE_RESULT_KEYS = (
    "employee",
    "period",
    "period_kind",
    "work_rating",
    "work_rating_basis",
    "behaviour_rating",
    "behaviour_rating_basis",
    "predikat",
    "explanation",
)


def _explanation(data: object, path: str) -> Explanation:
    return Explanation(tuple(d.step(item, f"{path}[{i}]") for i, item in enumerate(d.seq(data, path))))


def _employee_result_from(data: object, path: str) -> EmployeeResult:
    fields = d.obj(data, path, _EMPLOYEE_RESULT_KEYS)
    return EmployeeResult(
        employee=d.text(fields["employee"], f"{path}.employee"),
        period=d.period(fields["period"], f"{path}.period"),
        period_kind=enum_member(EvaluationPeriod, fields["period_kind"], f"{path}.period_kind"),
        work_rating=enum_member(Rating, fields["work_rating"], f"{path}.work_rating"),
        work_rating_basis=enum_member(RatingBasis, fields["work_rating_basis"], f"{path}.work_rating_basis"),
        behaviour_rating=enum_member(Rating, fields["behaviour_rating"], f"{path}.behaviour_rating"),
        behaviour_rating_basis=enum_member(
            RatingBasis, fields["behaviour_rating_basis"], f"{path}.behaviour_rating_basis"
        ),
        predikat=enum_member(Predikat, fields["predikat"], f"{path}.predikat"),
        explanation=_explanation(fields["explanation"], f"{path}.explanation"),
    )


def result_from_dict(data: object, path: str = "result") -> EmployeeResult | UnitResult:
    """Rebuild a result from :func:`result_to_dict` output."""
    kind = d.obj(
        data,
        path,
        ("kind",),
        (*_EMPLOYEE_RESULT_KEYS, "unit", "organisation_predikat", "policies", "employees", "distribution", "ranking"),
    )["kind"]
    if kind == "employee":
        fields = d.obj(data, path, ("kind", *_EMPLOYEE_RESULT_KEYS))
        del fields["kind"]
        return _employee_result_from(fields, path)
    if kind != "unit":
        raise FormatError(f"{path}.kind", kind, "'employee' or 'unit'")
    keys = ("kind", "unit", "organisation_predikat", "period", "period_kind", "policies", "employees")
    fields = d.obj(data, path, (*keys, "distribution", "ranking", "explanation"))
    at = f"{path}.distribution"
    report = d.obj(fields["distribution"], at, ("organisation_predikat", "employees", "counts", "checks"))
    counts = []
    for i, pair in enumerate(d.seq(report["counts"], f"{at}.counts")):
        items = d.seq(pair, f"{at}.counts[{i}]")
        if len(items) != 2:
            raise FormatError(f"{at}.counts[{i}]", pair, "a [predikat, count] pair")
        counts.append(
            (enum_member(Predikat, items[0], f"{at}.counts[{i}][0]"), d.whole(items[1], f"{at}.counts[{i}][1]"))
        )
    checks = []
    for i, item in enumerate(d.seq(report["checks"], f"{at}.checks")):
        c = f"{at}.checks[{i}]"
        check = d.obj(item, c, ("rule", "classes", "bound", "percent", "limit", "count", "satisfied"))
        satisfied = check["satisfied"]
        if not isinstance(satisfied, bool):
            raise FormatError(f"{c}.satisfied", satisfied, "true or false")
        checks.append(
            DistributionCheck(
                rule=d.text(check["rule"], f"{c}.rule"),
                classes=tuple(
                    enum_member(Predikat, label, f"{c}.classes[{j}]")
                    for j, label in enumerate(d.seq(check["classes"], f"{c}.classes"))
                ),
                bound=enum_member(Bound, check["bound"], f"{c}.bound"),
                percent=d.figure(check["percent"], f"{c}.percent"),
                limit=d.whole(check["limit"], f"{c}.limit"),
                count=d.whole(check["count"], f"{c}.count"),
                satisfied=satisfied,
            )
        )
    ranking = []
    for i, item in enumerate(d.seq(fields["ranking"], f"{path}.ranking")):
        r = f"{path}.ranking[{i}]"
        entry = d.obj(item, r, ("rank", "employee", "predikat", "ranking_value", "tied"))
        tied = entry["tied"]
        if not isinstance(tied, bool):
            raise FormatError(f"{r}.tied", tied, "true or false")
        ranking.append(
            RankEntry(
                rank=d.whole(entry["rank"], f"{r}.rank"),
                employee=d.text(entry["employee"], f"{r}.employee"),
                predikat=enum_member(Predikat, entry["predikat"], f"{r}.predikat"),
                ranking_value=d.optional_figure(entry["ranking_value"], f"{r}.ranking_value"),
                tied=tied,
            )
        )
    return UnitResult(
        unit=d.text(fields["unit"], f"{path}.unit"),
        organisation_predikat=enum_member(
            OrganisationPredikat, fields["organisation_predikat"], f"{path}.organisation_predikat"
        ),
        period=d.period(fields["period"], f"{path}.period"),
        period_kind=enum_member(EvaluationPeriod, fields["period_kind"], f"{path}.period_kind"),
        policies=policies_from_dict(fields["policies"], f"{path}.policies"),
        employees=tuple(
            _employee_result_from(item, f"{path}.employees[{i}]")
            for i, item in enumerate(d.seq(fields["employees"], f"{path}.employees"))
        ),
        distribution=DistributionReport(
            organisation_predikat=enum_member(
                OrganisationPredikat, report["organisation_predikat"], f"{at}.organisation_predikat"
            ),
            employees=d.whole(report["employees"], f"{at}.employees"),
            counts=tuple(counts),
            checks=tuple(checks),
        ),
        ranking=tuple(ranking),
        explanation=_explanation(fields["explanation"], f"{path}.explanation"),
    )
