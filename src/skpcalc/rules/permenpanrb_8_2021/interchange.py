"""Plain-dict (JSON) form of PermenPANRB 8/2021 appraisals and results; see ``docs/interchange.md``.

Two kinds of appraisal: ``"skp"`` (July-December 2021) and ``"year_2021"`` (the split year, whose
``first_half`` is a PP 46/2011 appraisal in that rule set's form). Numbers are written as strings.
"""

from __future__ import annotations

from typing import Any

from skpcalc import _dicts as d
from skpcalc._validate import enum_member
from skpcalc.errors import FormatError, InvalidTypeError
from skpcalc.explain import Explanation
from skpcalc.rules.permenpanrb_8_2021.model import (
    BEHAVIOUR_ASPECTS,
    Appraisal,
    Aspect,
    Behaviour,
    Condition,
    Indicator,
    JptPeriodicAppraisal,
    Plan,
    Skp,
    SkpModel,
    Target,
    Year2021Appraisal,
)
from skpcalc.rules.permenpanrb_8_2021.policies import Policies
from skpcalc.rules.permenpanrb_8_2021.result import (
    BehaviourResult,
    IndicatorResult,
    PeriodicResult,
    PlanResult,
    Result,
    SkpResult,
    Year2021Result,
)
from skpcalc.rules.permenpanrb_8_2021.scoring import KEY, Category, Predikat
from skpcalc.rules.pp46_2011 import interchange as pp46

__all__ = ["appraisal_from_dict", "appraisal_to_dict", "policies_from_dict", "result_from_dict", "result_to_dict"]

_APPRAISAL_KEYS = ("kind", "period", "skp", "behaviour", "peer_and_subordinate_input", "innovation")
_BEHAVIOUR_KEYS = tuple(name for name in BEHAVIOUR_ASPECTS if name != "leadership")


# ------------------------------------------------------------------------------------ appraisal


def appraisal_from_dict(data: object, path: str = "appraisal") -> Appraisal | Year2021Appraisal | JptPeriodicAppraisal:
    """An appraisal from its plain-dict form.

    Kinds: ``"skp"`` (July-December 2021), ``"year_2021"`` (the split year) and ``"jpt_periodic"``.
    """
    optional = (*_APPRAISAL_KEYS[1:], "first_half", "second_half", "action_plans", "main_indicators")
    kind = d.obj(data, path, ("kind",), optional)["kind"]
    if kind == "jpt_periodic":
        fields = d.obj(data, path, ("kind", "period", "action_plans", "main_indicators"))
        lists = {
            name: [
                _indicator(item, f"{path}.{name}[{i}]") for i, item in enumerate(d.seq(fields[name], f"{path}.{name}"))
            ]
            for name in ("action_plans", "main_indicators")
        }
        return d.build(path, JptPeriodicAppraisal, period=d.period(fields["period"], f"{path}.period"), **lists)
    if kind == "year_2021":
        fields = d.obj(data, path, ("kind", "first_half", "second_half"))
        return d.build(
            path,
            Year2021Appraisal,
            first_half=pp46.appraisal_from_dict(fields["first_half"], f"{path}.first_half"),
            second_half=_appraisal(fields["second_half"], f"{path}.second_half"),
        )
    if kind != "skp":
        raise FormatError(f"{path}.kind", kind, "'skp', 'year_2021' or 'jpt_periodic'")
    return _appraisal(data, path)


def _appraisal(data: object, path: str) -> Appraisal:
    fields = d.obj(data, path, _APPRAISAL_KEYS)
    if fields["kind"] != "skp":
        raise FormatError(f"{path}.kind", fields["kind"], "'skp'")
    return d.build(
        path,
        Appraisal,
        period=d.period(fields["period"], f"{path}.period"),
        skp=_skp(fields["skp"], f"{path}.skp"),
        behaviour=d.build(
            f"{path}.behaviour",
            Behaviour,
            **d.obj(fields["behaviour"], f"{path}.behaviour", _BEHAVIOUR_KEYS, ("leadership",)),
        ),
        peer_and_subordinate_input=fields["peer_and_subordinate_input"],
        innovation=fields["innovation"],
    )


def _skp(data: object, path: str) -> Skp:
    fields = d.obj(data, path, ("model", "main"), ("additional",))
    main = [_plan(item, f"{path}.main[{i}]") for i, item in enumerate(d.seq(fields["main"], f"{path}.main"))]
    additional = [
        _plan(item, f"{path}.additional[{i}]")
        for i, item in enumerate(d.seq(fields.get("additional", []), f"{path}.additional"))
    ]
    return d.build(path, Skp, model=fields["model"], main=main, additional=additional)


def _plan(data: object, path: str) -> Plan:
    fields = d.obj(data, path, ("name", "indicators"), ("weight",))
    indicators = [
        _indicator(item, f"{path}.indicators[{i}]")
        for i, item in enumerate(d.seq(fields["indicators"], f"{path}.indicators"))
    ]
    return d.build(path, Plan, name=fields["name"], indicators=indicators, weight=fields.get("weight"))


def _indicator(data: object, path: str) -> Indicator:
    keys = ("name", "aspect", "condition", "target", "realisation")
    fields = d.obj(data, path, keys, ("target_is_maximum",))
    target = fields["target"]
    if isinstance(target, list | tuple | bool) or target is None:
        raise FormatError(f"{path}.target", target, 'a number, or {"low": number, "high": number} for a range')
    if isinstance(target, dict):
        bounds = d.obj(target, f"{path}.target", ("low", "high"))
        target = d.build(f"{path}.target", Target, low=bounds["low"], high=bounds["high"])
    return d.build(
        path,
        Indicator,
        name=fields["name"],
        aspect=fields["aspect"],
        condition=fields["condition"],
        target=target,
        realisation=fields["realisation"],
        target_is_maximum=fields.get("target_is_maximum", False),
    )


def appraisal_to_dict(appraisal: Appraisal | Year2021Appraisal | JptPeriodicAppraisal) -> dict[str, Any]:
    """The plain-dict form of an appraisal (inverse of :func:`appraisal_from_dict`)."""
    if isinstance(appraisal, JptPeriodicAppraisal):
        return {
            "kind": "jpt_periodic",
            "period": d.period_to_dict(appraisal.period),
            "action_plans": [_indicator_to_dict(item) for item in appraisal.action_plans],
            "main_indicators": [_indicator_to_dict(item) for item in appraisal.main_indicators],
        }
    if isinstance(appraisal, Year2021Appraisal):
        return {
            "kind": "year_2021",
            "first_half": pp46.appraisal_to_dict(appraisal.first_half),
            "second_half": _appraisal_to_dict(appraisal.second_half),
        }
    if not isinstance(appraisal, Appraisal):
        raise InvalidTypeError("appraisal", appraisal, "a permenpanrb_8_2021 appraisal")
    return _appraisal_to_dict(appraisal)


def _appraisal_to_dict(appraisal: Appraisal) -> dict[str, Any]:
    skp = appraisal.skp
    return {
        "kind": "skp",
        "period": d.period_to_dict(appraisal.period),
        "skp": {
            "model": skp.model.value,
            "main": [_plan_to_dict(plan) for plan in skp.main],
            "additional": [_plan_to_dict(plan) for plan in skp.additional],
        },
        "behaviour": {name: str(value) for name, value in appraisal.behaviour.aspects()},
        "peer_and_subordinate_input": appraisal.peer_and_subordinate_input,
        "innovation": appraisal.innovation,
    }


def _plan_to_dict(plan: Plan) -> dict[str, Any]:
    result: dict[str, Any] = {
        "name": plan.name,
        "indicators": [_indicator_to_dict(item) for item in plan.indicators],
    }
    if plan.weight is not None:
        result["weight"] = str(plan.weight)
    return result


def _indicator_to_dict(item: Indicator) -> dict[str, Any]:
    return {
        "name": item.name,
        "aspect": item.aspect.value,
        "condition": item.condition.value,
        "target": (
            {"low": str(item.target.low), "high": str(item.target.high)}
            if item.target.is_range
            else str(item.target.low)
        ),
        "realisation": str(item.realisation),
        "target_is_maximum": item.target_is_maximum,
    }


# ------------------------------------------------------------------------------------- policies


def policies_from_dict(data: object, path: str = "policies") -> Policies:
    """Policies from their plain-dict form; keys left out keep their defaults."""
    fields = d.obj(data, path, (), tuple(Policies().to_dict()))
    if "rounding" in fields:
        fields["rounding"] = d.rounding(fields["rounding"], f"{path}.rounding")
    return d.build(path, Policies, **fields)


# --------------------------------------------------------------------------------------- result


def result_to_dict(result: Result | Year2021Result | PeriodicResult) -> dict[str, Any]:
    """The plain-dict form of a result, every number as an exact string."""
    if isinstance(result, PeriodicResult):
        return {
            "kind": "jpt_periodic",
            "period": d.period_to_dict(result.period),
            "policies": result.policies.to_dict(),
            "action_plans": [_row_to_dict(row) for row in result.action_plans],
            "main_indicators": [_row_to_dict(row) for row in result.main_indicators],
            "value_1": str(result.value_1),
            "value_2": str(result.value_2),
            "value": str(result.value),
            "explanation": [d.step_to_dict(step) for step in result.explanation],
        }
    if isinstance(result, Year2021Result):
        return {
            "kind": "year_2021",
            "policies": result.policies.to_dict(),
            "first_half": pp46.result_to_dict(result.first_half),
            "second_half": _result_to_dict(result.second_half),
            "first_half_converted": str(result.first_half_converted),
            "value": str(result.value),
            "predikat": result.predikat.value,
            "explanation": [d.step_to_dict(step) for step in result.explanation],
        }
    if not isinstance(result, Result):
        raise InvalidTypeError("result", result, "a permenpanrb_8_2021 result")
    return _result_to_dict(result)


def _result_to_dict(result: Result) -> dict[str, Any]:
    skp = result.skp
    return {
        "kind": "skp",
        "period": d.period_to_dict(result.period),
        "policies": result.policies.to_dict(),
        "skp": {
            "model": skp.model.value,
            "main": [_plan_result_to_dict(plan) for plan in skp.main],
            "additional": [_plan_result_to_dict(plan) for plan in skp.additional],
            "main_value": str(skp.main_value),
            "additional_total": str(skp.additional_total),
            "additional_value": str(skp.additional_value),
            "value": str(skp.value),
        },
        "behaviour": {
            "aspects": [{"name": name, "value": str(value)} for name, value in result.behaviour.aspects],
            "value": str(result.behaviour.value),
        },
        "skp_weight": result.skp_weight,
        "behaviour_weight": result.behaviour_weight,
        "skp_part": str(result.skp_part),
        "behaviour_part": str(result.behaviour_part),
        "value": str(result.value),
        "innovation": result.innovation,
        "predikat": result.predikat.value,
        "explanation": [d.step_to_dict(step) for step in result.explanation],
    }


def _plan_result_to_dict(plan: PlanResult) -> dict[str, Any]:
    return {
        "name": plan.name,
        "indicators": [_row_to_dict(row) for row in plan.indicators],
        "value": str(plan.value),
        "weight": str(plan.weight),
        "weighted": str(plan.weighted),
    }


def _row_to_dict(row: IndicatorResult) -> dict[str, Any]:
    return {
        "name": row.name,
        "aspect": row.aspect.value,
        "condition": row.condition.value,
        "target": row.target,
        "realisation": str(row.realisation),
        "target_used": d.decimal_text(row.target_used),
        "capaian": str(row.capaian),
        "capaian_converted": str(row.capaian_converted),
        "category": row.category.value,
        "value": str(row.value),
    }


def result_from_dict(data: object, path: str = "result") -> Result | Year2021Result | PeriodicResult:
    """Rebuild a result from :func:`result_to_dict` output."""
    kind = d.obj(data, path, ("kind",), tuple(dict.fromkeys(_RESULT_KEYS[1:] + _YEAR_KEYS[1:] + _PERIODIC_KEYS[1:])))[
        "kind"
    ]
    if kind == "jpt_periodic":
        fields = d.obj(data, path, _PERIODIC_KEYS)
        return PeriodicResult(
            period=d.period(fields["period"], f"{path}.period"),
            policies=policies_from_dict(fields["policies"], f"{path}.policies"),
            action_plans=_rows(fields["action_plans"], f"{path}.action_plans"),
            main_indicators=_rows(fields["main_indicators"], f"{path}.main_indicators"),
            value_1=d.figure(fields["value_1"], f"{path}.value_1"),
            value_2=d.figure(fields["value_2"], f"{path}.value_2"),
            value=d.figure(fields["value"], f"{path}.value"),
            explanation=_explanation(fields["explanation"], f"{path}.explanation"),
        )
    if kind == "year_2021":
        fields = d.obj(data, path, _YEAR_KEYS)
        return Year2021Result(
            rule_set=KEY,
            policies=policies_from_dict(fields["policies"], f"{path}.policies"),
            first_half=pp46.result_from_dict(fields["first_half"], f"{path}.first_half"),
            second_half=_result(fields["second_half"], f"{path}.second_half"),
            first_half_converted=d.figure(fields["first_half_converted"], f"{path}.first_half_converted"),
            value=d.figure(fields["value"], f"{path}.value"),
            predikat=enum_member(Predikat, fields["predikat"], f"{path}.predikat"),
            explanation=_explanation(fields["explanation"], f"{path}.explanation"),
        )
    if kind != "skp":
        raise FormatError(f"{path}.kind", kind, "'skp', 'year_2021' or 'jpt_periodic'")
    return _result(data, path)


_RESULT_KEYS = (
    "kind", "period", "policies", "skp", "behaviour", "skp_weight", "behaviour_weight", "skp_part",
    "behaviour_part", "value", "innovation", "predikat", "explanation",
)  # fmt: skip
_YEAR_KEYS = (
    "kind", "policies", "first_half", "second_half", "first_half_converted", "value", "predikat", "explanation",
)  # fmt: skip
_PERIODIC_KEYS = (
    "kind", "period", "policies", "action_plans", "main_indicators", "value_1", "value_2", "value", "explanation",
)  # fmt: skip
_SKP_KEYS = ("model", "main", "additional", "main_value", "additional_total", "additional_value", "value")
_ROW_KEYS = (
    "name", "aspect", "condition", "target", "realisation", "target_used", "capaian", "capaian_converted",
    "category", "value",
)  # fmt: skip


def _explanation(data: object, path: str) -> Explanation:
    return Explanation(tuple(d.step(item, f"{path}[{i}]") for i, item in enumerate(d.seq(data, path))))


def _flag(data: object, path: str) -> bool:
    if not isinstance(data, bool):
        raise FormatError(path, data, "true or false")
    return data


def _result(data: object, path: str) -> Result:
    fields = d.obj(data, path, _RESULT_KEYS)
    if fields["kind"] != "skp":
        raise FormatError(f"{path}.kind", fields["kind"], "'skp'")
    skp = d.obj(fields["skp"], f"{path}.skp", _SKP_KEYS)
    behaviour = d.obj(fields["behaviour"], f"{path}.behaviour", ("aspects", "value"))
    aspects = []
    for i, item in enumerate(d.seq(behaviour["aspects"], f"{path}.behaviour.aspects")):
        at = f"{path}.behaviour.aspects[{i}]"
        aspect = d.obj(item, at, ("name", "value"))
        aspects.append((d.text(aspect["name"], f"{at}.name"), d.figure(aspect["value"], f"{at}.value")))
    at = f"{path}.skp"
    return Result(
        rule_set=KEY,
        period=d.period(fields["period"], f"{path}.period"),
        policies=policies_from_dict(fields["policies"], f"{path}.policies"),
        skp=SkpResult(
            model=enum_member(SkpModel, skp["model"], f"{at}.model"),
            main=tuple(
                _plan_result(item, f"{at}.main[{i}]") for i, item in enumerate(d.seq(skp["main"], f"{at}.main"))
            ),
            additional=tuple(
                _plan_result(item, f"{at}.additional[{i}]")
                for i, item in enumerate(d.seq(skp["additional"], f"{at}.additional"))
            ),
            main_value=d.figure(skp["main_value"], f"{at}.main_value"),
            additional_total=d.figure(skp["additional_total"], f"{at}.additional_total"),
            additional_value=d.figure(skp["additional_value"], f"{at}.additional_value"),
            value=d.figure(skp["value"], f"{at}.value"),
        ),
        behaviour=BehaviourResult(
            aspects=tuple(aspects), value=d.figure(behaviour["value"], f"{path}.behaviour.value")
        ),
        skp_weight=d.whole(fields["skp_weight"], f"{path}.skp_weight"),
        behaviour_weight=d.whole(fields["behaviour_weight"], f"{path}.behaviour_weight"),
        skp_part=d.figure(fields["skp_part"], f"{path}.skp_part"),
        behaviour_part=d.figure(fields["behaviour_part"], f"{path}.behaviour_part"),
        value=d.figure(fields["value"], f"{path}.value"),
        innovation=_flag(fields["innovation"], f"{path}.innovation"),
        predikat=enum_member(Predikat, fields["predikat"], f"{path}.predikat"),
        explanation=_explanation(fields["explanation"], f"{path}.explanation"),
    )


def _plan_result(data: object, path: str) -> PlanResult:
    fields = d.obj(data, path, ("name", "indicators", "value", "weight", "weighted"))
    return PlanResult(
        name=d.text(fields["name"], f"{path}.name"),
        indicators=_rows(fields["indicators"], f"{path}.indicators"),
        value=d.figure(fields["value"], f"{path}.value"),
        weight=d.figure(fields["weight"], f"{path}.weight"),
        weighted=d.figure(fields["weighted"], f"{path}.weighted"),
    )


def _rows(data: object, path: str) -> tuple[IndicatorResult, ...]:
    rows = []
    for i, item in enumerate(d.seq(data, path)):
        at = f"{path}[{i}]"
        row = d.obj(item, at, _ROW_KEYS)
        rows.append(
            IndicatorResult(
                name=d.text(row["name"], f"{at}.name"),
                aspect=enum_member(Aspect, row["aspect"], f"{at}.aspect"),
                condition=enum_member(Condition, row["condition"], f"{at}.condition"),
                target=d.text(row["target"], f"{at}.target"),
                realisation=d.figure(row["realisation"], f"{at}.realisation"),
                target_used=d.optional_figure(row["target_used"], f"{at}.target_used"),
                capaian=d.figure(row["capaian"], f"{at}.capaian"),
                capaian_converted=d.figure(row["capaian_converted"], f"{at}.capaian_converted"),
                category=enum_member(Category, row["category"], f"{at}.category"),
                value=d.figure(row["value"], f"{at}.value"),
            )
        )
    return tuple(rows)
