"""Plain-dict (JSON) form of PP 46/2011 appraisals and results; see ``docs/interchange.md``.

Numbers are written as strings (``"85.50"``) so that no reader turns them into floats; numbers are
read from ints, Decimals or numeric strings. Unknown or missing keys raise
:class:`~skpcalc.errors.FormatError` naming the path, e.g. ``skps[0].activities[1].target.time``.
"""

from __future__ import annotations

from typing import Any

from skpcalc import _dicts as d
from skpcalc._validate import enum_member
from skpcalc.errors import FormatError
from skpcalc.explain import Explanation
from skpcalc.rules.pp46_2011.model import (
    BEHAVIOUR_ASPECTS,
    Activity,
    AdditionalTask,
    Appraisal,
    Behaviour,
    CreativityItem,
    PositionKind,
    Realisation,
    Skp,
    StudyLeaveAppraisal,
    Target,
)
from skpcalc.rules.pp46_2011.policies import Policies
from skpcalc.rules.pp46_2011.result import ActivityResult, AspectResult, BehaviourResult, Result, SkpResult
from skpcalc.rules.pp46_2011.scoring import KEY, Predikat

__all__ = ["appraisal_from_dict", "appraisal_to_dict", "policies_from_dict", "result_from_dict", "result_to_dict"]

_BEHAVIOUR_KEYS = tuple(name for name in BEHAVIOUR_ASPECTS if name != "leadership")
_TARGET_KEYS = ("quantity", "quantity_unit", "quality", "time")
_REALISATION_KEYS = ("quantity", "quality", "time")


# ------------------------------------------------------------------------------------ appraisal


def appraisal_from_dict(data: object, path: str = "appraisal") -> Appraisal | StudyLeaveAppraisal:
    """Build an appraisal from its plain-dict form."""
    kind = d.obj(data, path, ("kind",), ("period", "position", "skps", "behaviour", "academic_score"))["kind"]
    if kind == "study_leave":
        fields = d.obj(data, path, ("kind", "period", "position", "academic_score", "behaviour"))
        return d.build(
            path,
            StudyLeaveAppraisal,
            period=d.period(fields["period"], f"{path}.period"),
            position=fields["position"],
            academic_score=fields["academic_score"],
            behaviour=_behaviour(fields["behaviour"], f"{path}.behaviour"),
        )
    if kind != "skp":
        raise FormatError(f"{path}.kind", kind, "'skp' or 'study_leave'")
    fields = d.obj(data, path, ("kind", "period", "position", "skps", "behaviour"))
    skps = [_skp(item, f"{path}.skps[{i}]") for i, item in enumerate(d.seq(fields["skps"], f"{path}.skps"))]
    return d.build(
        path,
        Appraisal,
        period=d.period(fields["period"], f"{path}.period"),
        position=fields["position"],
        skps=skps,
        behaviour=_behaviour(fields["behaviour"], f"{path}.behaviour"),
    )


def _skp(data: object, path: str) -> Skp:
    fields = d.obj(data, path, ("period", "activities"), ("additional_tasks", "creativity"))
    activities = [
        _activity(item, f"{path}.activities[{i}]")
        for i, item in enumerate(d.seq(fields["activities"], f"{path}.activities"))
    ]
    tasks = [
        d.build(f"{path}.additional_tasks[{i}]", AdditionalTask, name=d.text(name, f"{path}.additional_tasks[{i}]"))
        for i, name in enumerate(d.seq(fields.get("additional_tasks", []), f"{path}.additional_tasks"))
    ]
    creativity = []
    for i, item in enumerate(d.seq(fields.get("creativity", []), f"{path}.creativity")):
        at = f"{path}.creativity[{i}]"
        parts = d.obj(item, at, ("name", "level"))
        creativity.append(d.build(at, CreativityItem, name=parts["name"], level=parts["level"]))
    return d.build(
        path,
        Skp,
        period=d.period(fields["period"], f"{path}.period"),
        activities=activities,
        additional_tasks=tasks,
        creativity=creativity,
    )


def _activity(data: object, path: str) -> Activity:
    fields = d.obj(data, path, ("name", "target", "realisation"), ("credit",))
    target = d.obj(fields["target"], f"{path}.target", _TARGET_KEYS, ("cost",))
    done = d.obj(fields["realisation"], f"{path}.realisation", _REALISATION_KEYS, ("cost",))
    return d.build(
        path,
        Activity,
        name=fields["name"],
        target=d.build(f"{path}.target", Target, **target),
        realisation=d.build(f"{path}.realisation", Realisation, **done),
        credit=fields.get("credit"),
    )


def _behaviour(data: object, path: str) -> Behaviour:
    return d.build(path, Behaviour, **d.obj(data, path, _BEHAVIOUR_KEYS, ("leadership",)))


def appraisal_to_dict(appraisal: Appraisal | StudyLeaveAppraisal) -> dict[str, Any]:
    """The plain-dict form of an appraisal (inverse of :func:`appraisal_from_dict`)."""
    common = {"period": d.period_to_dict(appraisal.period), "position": appraisal.position.value}
    behaviour = {name: str(value) for name, value in appraisal.behaviour.aspects()}
    if isinstance(appraisal, StudyLeaveAppraisal):
        return {
            "kind": "study_leave",
            **common,
            "academic_score": str(appraisal.academic_score),
            "behaviour": behaviour,
        }
    return {"kind": "skp", **common, "skps": [_skp_to_dict(skp) for skp in appraisal.skps], "behaviour": behaviour}


def _skp_to_dict(skp: Skp) -> dict[str, Any]:
    return {
        "period": d.period_to_dict(skp.period),
        "activities": [_activity_to_dict(activity) for activity in skp.activities],
        "additional_tasks": [task.name for task in skp.additional_tasks],
        "creativity": [{"name": item.name, "level": item.level.value} for item in skp.creativity],
    }


def _activity_to_dict(activity: Activity) -> dict[str, Any]:
    target, done = activity.target, activity.realisation
    result: dict[str, Any] = {
        "name": activity.name,
        "target": {
            "quantity": str(target.quantity),
            "quantity_unit": target.quantity_unit,
            "quality": str(target.quality),
            "time": str(target.time),
        },
        "realisation": {"quantity": str(done.quantity), "quality": str(done.quality), "time": str(done.time)},
    }
    if target.cost is not None:
        result["target"]["cost"] = str(target.cost)
    if done.cost is not None:
        result["realisation"]["cost"] = str(done.cost)
    if activity.credit is not None:
        result["credit"] = str(activity.credit)
    return result


# ------------------------------------------------------------------------------------- policies


def policies_from_dict(data: object, path: str = "policies") -> Policies:
    """Policies from their plain-dict form; keys left out keep their defaults."""
    names = tuple(Policies().to_dict())
    fields = d.obj(data, path, (), names)
    if "rounding" in fields:
        fields["rounding"] = d.rounding(fields["rounding"], f"{path}.rounding")
    return d.build(path, Policies, **fields)


# --------------------------------------------------------------------------------------- result


def result_to_dict(result: Result) -> dict[str, Any]:
    """The plain-dict form of a result, every number as an exact string."""
    t = d.decimal_text
    return {
        "period": d.period_to_dict(result.period),
        "position": result.position.value,
        "policies": result.policies.to_dict(),
        "skps": [
            {
                "period": d.period_to_dict(skp.period),
                "activities": [
                    {
                        "name": row.name,
                        "quantity": t(row.quantity),
                        "quality": t(row.quality),
                        "time_efficiency": t(row.time_efficiency),
                        "time": t(row.time),
                        "cost_efficiency": t(row.cost_efficiency),
                        "cost": t(row.cost),
                        "total": t(row.total),
                        "divisor": row.divisor,
                        "value": t(row.value),
                    }
                    for row in skp.activities
                ],
                "activities_mean": t(skp.activities_mean),
                "additional_task_count": skp.additional_task_count,
                "additional_task_value": skp.additional_task_value,
                "creativity_value": skp.creativity_value,
                "value": t(skp.value),
                "predikat": skp.predikat.value,
            }
            for skp in result.skps
        ],
        "academic_score": t(result.academic_score),
        "skp_value": t(result.skp_value),
        "skp_predikat": result.skp_predikat.value,
        "behaviour": {
            "aspects": [
                {"name": aspect.name, "value": t(aspect.value), "predikat": aspect.predikat.value}
                for aspect in result.behaviour.aspects
            ],
            "total": t(result.behaviour.total),
            "divisor": result.behaviour.divisor,
            "value": t(result.behaviour.value),
            "predikat": result.behaviour.predikat.value,
        },
        "skp_part": t(result.skp_part),
        "behaviour_part": t(result.behaviour_part),
        "final_value": t(result.final_value),
        "final_predikat": result.final_predikat.value,
        "explanation": [d.step_to_dict(step) for step in result.explanation],
    }


_RESULT_KEYS = (
    "period", "position", "policies", "skps", "academic_score", "skp_value", "skp_predikat", "behaviour",
    "skp_part", "behaviour_part", "final_value", "final_predikat", "explanation",
)  # fmt: skip


def result_from_dict(data: object, path: str = "result") -> Result:
    """Rebuild a result from :func:`result_to_dict` output."""
    fields = d.obj(data, path, _RESULT_KEYS)
    behaviour = d.obj(fields["behaviour"], f"{path}.behaviour", ("aspects", "total", "divisor", "value", "predikat"))
    return Result(
        rule_set=KEY,
        period=d.period(fields["period"], f"{path}.period"),
        position=enum_member(PositionKind, fields["position"], f"{path}.position"),
        policies=policies_from_dict(fields["policies"], f"{path}.policies"),
        skps=tuple(
            _skp_result(item, f"{path}.skps[{i}]") for i, item in enumerate(d.seq(fields["skps"], f"{path}.skps"))
        ),
        academic_score=d.optional_figure(fields["academic_score"], f"{path}.academic_score"),
        skp_value=d.figure(fields["skp_value"], f"{path}.skp_value"),
        skp_predikat=_predikat(fields["skp_predikat"], f"{path}.skp_predikat"),
        behaviour=BehaviourResult(
            aspects=tuple(
                _aspect(item, f"{path}.behaviour.aspects[{i}]")
                for i, item in enumerate(d.seq(behaviour["aspects"], f"{path}.behaviour.aspects"))
            ),
            total=d.figure(behaviour["total"], f"{path}.behaviour.total"),
            divisor=d.whole(behaviour["divisor"], f"{path}.behaviour.divisor"),
            value=d.figure(behaviour["value"], f"{path}.behaviour.value"),
            predikat=_predikat(behaviour["predikat"], f"{path}.behaviour.predikat"),
        ),
        skp_part=d.figure(fields["skp_part"], f"{path}.skp_part"),
        behaviour_part=d.figure(fields["behaviour_part"], f"{path}.behaviour_part"),
        final_value=d.figure(fields["final_value"], f"{path}.final_value"),
        final_predikat=_predikat(fields["final_predikat"], f"{path}.final_predikat"),
        explanation=Explanation(
            tuple(
                d.step(item, f"{path}.explanation[{i}]")
                for i, item in enumerate(d.seq(fields["explanation"], f"{path}.explanation"))
            )
        ),
    )


def _predikat(data: object, path: str) -> Predikat:
    return enum_member(Predikat, data, path)


def _aspect(data: object, path: str) -> AspectResult:
    fields = d.obj(data, path, ("name", "value", "predikat"))
    return AspectResult(
        name=d.text(fields["name"], f"{path}.name"),
        value=d.figure(fields["value"], f"{path}.value"),
        predikat=_predikat(fields["predikat"], f"{path}.predikat"),
    )


_ROW_KEYS = (
    "name", "quantity", "quality", "time_efficiency", "time", "cost_efficiency", "cost", "total", "divisor", "value",
)  # fmt: skip


def _skp_result(data: object, path: str) -> SkpResult:
    keys = ("period", "activities", "activities_mean", "additional_task_count", "additional_task_value")
    fields = d.obj(data, path, (*keys, "creativity_value", "value", "predikat"))
    rows = []
    for i, item in enumerate(d.seq(fields["activities"], f"{path}.activities")):
        at = f"{path}.activities[{i}]"
        row = d.obj(item, at, _ROW_KEYS)
        rows.append(
            ActivityResult(
                name=d.text(row["name"], f"{at}.name"),
                quantity=d.figure(row["quantity"], f"{at}.quantity"),
                quality=d.figure(row["quality"], f"{at}.quality"),
                time_efficiency=d.optional_figure(row["time_efficiency"], f"{at}.time_efficiency"),
                time=d.figure(row["time"], f"{at}.time"),
                cost_efficiency=d.optional_figure(row["cost_efficiency"], f"{at}.cost_efficiency"),
                cost=d.optional_figure(row["cost"], f"{at}.cost"),
                total=d.figure(row["total"], f"{at}.total"),
                divisor=d.whole(row["divisor"], f"{at}.divisor"),
                value=d.figure(row["value"], f"{at}.value"),
            )
        )
    return SkpResult(
        period=d.period(fields["period"], f"{path}.period"),
        activities=tuple(rows),
        activities_mean=d.figure(fields["activities_mean"], f"{path}.activities_mean"),
        additional_task_count=d.whole(fields["additional_task_count"], f"{path}.additional_task_count"),
        additional_task_value=d.whole(fields["additional_task_value"], f"{path}.additional_task_value"),
        creativity_value=d.whole(fields["creativity_value"], f"{path}.creativity_value"),
        value=d.figure(fields["value"], f"{path}.value"),
        predikat=_predikat(fields["predikat"], f"{path}.predikat"),
    )
