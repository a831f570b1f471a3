"""Follow-up documents: ``skpcalc/followup`` in, ``skpcalc/followup-result`` out (pure functions, no I/O).

A follow-up document::

    {"format": "skpcalc/followup", "version": 1, "followup": {"kind": "angka_kredit", ...}}

with ``kind`` one of ``angka_kredit``, ``tunjangan_kinerja``, ``keberatan``, ``jadwal_penilaian`` and
``sanksi`` (see ``docs/followup/index.md``). Numbers are strings or ints; dates ``YYYY-MM-DD``. Errors name
the path of the offending value.

>>> document = {"format": "skpcalc/followup", "version": 1, "followup": {"kind": "keberatan", "received": "2025-01-20"}}
>>> outcome = evaluate(document)
>>> outcome.last_day
datetime.date(2025, 2, 3)
>>> result_document(outcome)["result"]["last_day"]
'2025-02-03'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

from skpcalc import _dicts as d
from skpcalc._validate import enum_member
from skpcalc.errors import FormatError, InvalidInputError
from skpcalc.followup.allowance import AllowanceResult, PredikatTableRule, ScoreBandRule, get_allowance_rule
from skpcalc.followup.credits import CreditPeriod, CreditPolicies, CreditResult, credit
from skpcalc.followup.deadlines import (
    AssessmentWindow,
    DayCounting,
    ObjectionWindow,
    assessment_window,
    objection_window,
)
from skpcalc.followup.sanctions import PredikatRecord, SanctionAssessment, sanction_path
from skpcalc.numeric import Rounding
from skpcalc.rules.base import Evidence, Source

__all__ = ["FOLLOWUP_FORMAT", "RESULT_FORMAT", "Outcome", "evaluate", "result_document"]

FOLLOWUP_FORMAT: Final = "skpcalc/followup"
RESULT_FORMAT: Final = "skpcalc/followup-result"
VERSION: Final = 1

T = TypeVar("T")

Outcome = CreditResult | AllowanceResult | ObjectionWindow | AssessmentWindow | SanctionAssessment

_KINDS: Final = ("angka_kredit", "tunjangan_kinerja", "keberatan", "jadwal_penilaian", "sanksi")


def evaluate(
    data: object, *, options: Mapping[str, str] | None = None, allow_outside_in_force: bool = False
) -> Outcome:
    """Compute the follow-up a document asks for.

    ``options`` override the document's choices by name (the command line's ``--policy``): for
    ``angka_kredit`` the policies ``part_months`` and ``accumulation``, for ``tunjangan_kinerja``
    ``rupiah_rounding``, for ``keberatan`` ``counting``.
    """
    body, path = _body(data)
    kind = body["kind"]
    extra = dict(options or {})
    try:
        if kind == "angka_kredit":
            return _credit(body, path, extra, allow_outside_in_force)
        if kind == "tunjangan_kinerja":
            return _allowance(body, path, extra)
        if kind == "keberatan":
            return _objection(body, path, extra)
        if kind == "jadwal_penilaian":
            _no_options(extra, kind)
            return assessment_window(d.whole(d.obj(body, path, ("kind", "year"))["year"], f"{path}.year"))
        _no_options(extra, kind)
        return _sanctions(body, path)
    except InvalidInputError as error:
        if error.field.startswith(("followup", "--policy")):
            raise
        raise error.at(path) from None


def _body(data: object) -> tuple[Mapping[str, Any], str]:
    """The follow-up object of a document, after checking the header and the kind."""
    fields = d.obj(data, "", ("format", "version", "followup"))
    if fields["format"] != FOLLOWUP_FORMAT:
        raise FormatError("format", fields["format"], repr(FOLLOWUP_FORMAT))
    if type(fields["version"]) is not int or fields["version"] != VERSION:
        raise FormatError("version", fields["version"], f"{VERSION} (the only version this release reads)")
    body, path = fields["followup"], "followup"
    kinds = ", ".join(repr(k) for k in _KINDS)
    if not isinstance(body, Mapping) or "kind" not in body:
        raise FormatError(path, body, f"an object with a 'kind': {kinds}")
    if body["kind"] not in _KINDS:
        raise FormatError(f"{path}.kind", body["kind"], f"one of {kinds}")
    return body, path


def _option(options: Mapping[str, str], name: str, parse: Callable[[str], T]) -> T:
    """The value of ``--policy name=...`` read by ``parse``; an error names the option, not the document."""
    try:
        return parse(options[name])
    except InvalidInputError as error:
        raise FormatError(f"--policy {name}", options[name], error.allowed) from None


def _no_options(options: Mapping[str, str], kind: str) -> None:
    if options:
        name = next(iter(options))
        raise FormatError(f"--policy {name}", options[name], f"no policy: a {kind} document has none")


def _take(options: dict[str, str], allowed: tuple[str, ...], kind: str) -> dict[str, str]:
    for name, value in options.items():
        if name not in allowed:
            raise FormatError(f"--policy {name}", value, f"a policy of {kind}: {', '.join(allowed)}")
    return options


def _credit(body: object, path: str, options: dict[str, str], allow: bool) -> CreditResult:
    fields = d.obj(body, path, ("kind", "periods"), ("initial", "policies"))
    periods = []
    for i, item in enumerate(d.seq(fields["periods"], f"{path}.periods")):
        at = f"{path}.periods[{i}]"
        parts = d.obj(item, at, ("period", "predikat", "level"))
        periods.append(
            d.build(
                at,
                CreditPeriod,
                period=d.period(parts["period"], f"{at}.period"),
                predikat=parts["predikat"],
                level=parts["level"],
            )
        )
    chosen = dict(
        d.obj(fields.get("policies", {}), f"{path}.policies", (), ("part_months", "accumulation", "rounding"))
    )
    _take(options, ("part_months", "accumulation"), "angka_kredit")
    if "rounding" in chosen:
        chosen["rounding"] = d.rounding(chosen["rounding"], f"{path}.policies.rounding")
    policies = d.build(f"{path}.policies", CreditPolicies, **chosen)
    for name, value in options.items():
        try:
            policies = policies.replace(**{name: value})
        except InvalidInputError as error:
            raise FormatError(f"--policy {name}", value, error.allowed) from None
    try:
        return credit(periods, initial=fields.get("initial", 0), policies=policies, allow_outside_in_force=allow)
    except InvalidInputError as error:
        raise error.at(path) from None


def _allowance(body: object, path: str, options: dict[str, str]) -> AllowanceResult:
    fields = d.obj(body, path, ("kind", "rule", "assessment", "base", "period"), ("rupiah_rounding",))
    rule = _rule(fields["rule"], f"{path}.rule")
    _take(options, ("rupiah_rounding",), "tunjangan_kinerja")
    mode = enum_member(Rounding, fields.get("rupiah_rounding", Rounding.DOWN.value), f"{path}.rupiah_rounding")
    if options:
        mode = _option(options, "rupiah_rounding", lambda value: enum_member(Rounding, value, "rupiah_rounding"))
    period = d.period(fields["period"], f"{path}.period")
    try:
        return rule.payable(fields["assessment"], fields["base"], period, rupiah_rounding=mode)
    except InvalidInputError as error:
        raise error.at(path) from None


def _rule(data: object, path: str) -> PredikatTableRule | ScoreBandRule:
    """A shipped rule by key, or an agency's own rule written out."""
    if isinstance(data, str):
        try:
            return get_allowance_rule(data)
        except InvalidInputError as error:
            raise FormatError(path, data, error.allowed) from None
    fields = d.obj(data, path, ("type", "key", "name", "source", "timing"), ("percentages", "bands", "below"))
    source_fields = d.obj(fields["source"], f"{path}.source", ("reference", "evidence"))
    source = Source(
        reference=d.text(source_fields["reference"], f"{path}.source.reference"),
        evidence=enum_member(Evidence, source_fields["evidence"], f"{path}.source.evidence"),
    )
    common = {"key": fields["key"], "name": fields["name"], "source": source, "timing": fields["timing"]}
    if fields["type"] == "predikat_table":
        d.obj(data, path, ("type", "key", "name", "source", "timing", "percentages"))
        table = d.obj(fields["percentages"], f"{path}.percentages", (), tuple(_LABELS))
        return d.build(path, PredikatTableRule, **common, percentages=table)
    if fields["type"] != "score_bands":
        raise FormatError(f"{path}.type", fields["type"], "'predikat_table' or 'score_bands'")
    d.obj(data, path, ("type", "key", "name", "source", "timing", "bands", "below"))
    bands = [tuple(d.seq(pair, f"{path}.bands[{i}]")) for i, pair in enumerate(d.seq(fields["bands"], f"{path}.bands"))]
    return d.build(path, ScoreBandRule, **common, bands=bands, below=fields["below"])


_LABELS: Final = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Cukup", "Kurang", "Kurang/Misconduct", "Sangat Kurang")


def _objection(body: object, path: str, options: dict[str, str]) -> ObjectionWindow:
    fields = d.obj(body, path, ("kind", "received"), ("counting", "holidays"))
    _take(options, ("counting",), "keberatan")
    counting = enum_member(DayCounting, fields.get("counting", "calendar"), f"{path}.counting")
    if options:
        counting = _option(options, "counting", lambda value: enum_member(DayCounting, value, "counting"))
    holidays = [
        d.day(item, f"{path}.holidays[{i}]")
        for i, item in enumerate(d.seq(fields.get("holidays", []), f"{path}.holidays"))
    ]
    return objection_window(d.day(fields["received"], f"{path}.received"), counting=counting, holidays=holidays)


def _sanctions(body: object, path: str) -> SanctionAssessment:
    fields = d.obj(body, path, ("kind", "position", "history"), ("competency_test_taken",))
    history = []
    for i, item in enumerate(d.seq(fields["history"], f"{path}.history")):
        at = f"{path}.history[{i}]"
        parts = d.obj(item, at, ("period", "predikat"))
        history.append(
            d.build(at, PredikatRecord, period=d.period(parts["period"], f"{at}.period"), predikat=parts["predikat"])
        )
    taken = fields.get("competency_test_taken", False)
    if not isinstance(taken, bool):
        raise FormatError(f"{path}.competency_test_taken", taken, "true or false")
    return sanction_path(history, fields["position"], competency_test_taken=taken)


# ---------------------------------------------------------------------------------------------- results


def result_document(outcome: Outcome) -> dict[str, Any]:
    """The ``skpcalc/followup-result`` document of an outcome (every number an exact string)."""
    return {"format": RESULT_FORMAT, "version": VERSION, "result": _result(outcome)}


def _result(outcome: Outcome) -> dict[str, Any]:
    if isinstance(outcome, CreditResult):
        return {
            "kind": "angka_kredit",
            "rows": [
                {
                    "period": d.period_to_dict(row.period),
                    "predikat": row.predikat.value,
                    "level": row.level.value,
                    "months": f"{row.months.numerator}/{row.months.denominator}",
                    "percentage": row.percentage,
                    "coefficient": str(row.coefficient),
                    "value": str(row.value),
                }
                for row in outcome.rows
            ],
            "initial": str(outcome.initial),
            "total": str(outcome.total),
            "level": outcome.level.value,
            "rank_threshold": str(outcome.rank_threshold),
            "rank_reached": outcome.rank_reached,
            "level_threshold": d.decimal_text(outcome.level_threshold),
            "level_reached": outcome.level_reached,
            "policies": outcome.policies.to_dict(),
            "explanation": [d.step_to_dict(step) for step in outcome.explanation],
        }
    if isinstance(outcome, AllowanceResult):
        return {
            "kind": "tunjangan_kinerja",
            "rule": outcome.rule,
            "basis": outcome.basis,
            "base": str(outcome.base),
            "percentage": str(outcome.percentage),
            "payable": str(outcome.payable),
            "cut": str(outcome.cut),
            "applies_to": d.period_to_dict(outcome.applies_to),
            "explanation": [d.step_to_dict(step) for step in outcome.explanation],
        }
    if isinstance(outcome, ObjectionWindow):
        return {
            "kind": "keberatan",
            "received": outcome.received.isoformat(),
            "first_day": outcome.first_day.isoformat(),
            "last_day": outcome.last_day.isoformat(),
            "counting": outcome.counting.value,
            "source": _source(outcome.source),
        }
    if isinstance(outcome, AssessmentWindow):
        return {
            "kind": "jadwal_penilaian",
            "year": outcome.year,
            "period": d.period_to_dict(outcome.period),
            "due": outcome.due.isoformat(),
            "latest": outcome.latest.isoformat(),
            "source": _source(outcome.source),
        }
    return {
        "kind": "sanksi",
        "step": outcome.step.value,
        "position": outcome.position.value,
        "trigger": None
        if outcome.trigger is None
        else {"period": d.period_to_dict(outcome.trigger.period), "predikat": outcome.trigger.predikat.value},
        "improvement_ends": None if outcome.improvement_ends is None else outcome.improvement_ends.isoformat(),
        "reasons": list(outcome.reasons),
        "decisions": list(outcome.decisions),
        "source": _source(outcome.source),
    }


def _source(source: Source) -> dict[str, str]:
    return {"reference": source.reference, "evidence": source.evidence.value}
