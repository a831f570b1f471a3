"""Versioned plain-dict / JSON documents for appraisals and results (pure functions, no I/O).

An appraisal document::

    {"format": "skpcalc/appraisal", "version": 1, "rule_set": "pp46_2011", "appraisal": {...}}

and a result document::

    {"format": "skpcalc/result", "version": 1, "rule_set": "pp46_2011", "result": {...}}

The inner objects are defined per rule set (``docs/interchange.md``). Numbers are written as strings
and read from ints, decimal strings or ``Decimal``; :func:`loads` parses JSON numbers as ``Decimal``
so that they never pass through ``float``.

>>> document = loads('{"format": "skpcalc/appraisal", "version": 1, "rule_set": "pp46", "appraisal": 1}')
>>> read_appraisal(document)
Traceback (most recent call last):
...
skpcalc.errors.FormatError: appraisal: got 1; allowed: an object with the keys kind, ...
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Final

from skpcalc import _dicts as d
from skpcalc.errors import FormatError
from skpcalc.registry import get_rule_set
from skpcalc.rules.base import RuleSet

__all__ = [
    "APPRAISAL_FORMAT",
    "RESULT_FORMAT",
    "VERSION",
    "appraisal_document",
    "dumps",
    "loads",
    "read_appraisal",
    "read_result",
    "result_document",
]

APPRAISAL_FORMAT: Final = "skpcalc/appraisal"
RESULT_FORMAT: Final = "skpcalc/result"
#: Version of both document formats; a reader refuses any other.
VERSION: Final = 1


def _reject_constant(name: str) -> Any:
    raise FormatError("document", name, "finite JSON numbers (NaN and Infinity are not JSON)")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise FormatError("document", key, "each key at most once in an object (this key is repeated)")
        result[key] = value
    return result


def loads(text: str) -> Any:
    """Parse JSON text, reading every number exactly (``Decimal`` or ``int``); repeated keys are refused."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except FormatError:
        raise
    except json.JSONDecodeError as error:
        raise FormatError(
            "document",
            error.doc[max(0, error.pos - 20) : error.pos + 20],
            f"valid JSON ({error.msg}, line {error.lineno} column {error.colno})",
        ) from None
    except (ValueError, RecursionError) as error:  # an integer too long, or nesting too deep
        raise FormatError("document", f"<{type(error).__name__}>", "JSON of reasonable size and depth") from None


def dumps(document: Any) -> str:
    """JSON text of a document (numbers in documents are already strings)."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _header(data: object, expected_format: str, body: str) -> tuple[RuleSet, Any]:
    fields = d.obj(data, "", ("format", "version", "rule_set", body))
    if fields["format"] != expected_format:
        raise FormatError("format", fields["format"], repr(expected_format))
    if type(fields["version"]) is not int or fields["version"] != VERSION:
        raise FormatError("version", fields["version"], f"{VERSION} (the only version this release reads)")
    key = d.text(fields["rule_set"], "rule_set")
    return get_rule_set(key), fields[body]


def read_appraisal(data: object) -> tuple[RuleSet, Any]:
    """The rule set named by an appraisal document, and the appraisal built from it."""
    rule_set, body = _header(data, APPRAISAL_FORMAT, "appraisal")
    return rule_set, rule_set.appraisal_from_dict(body)


def appraisal_document(rule_set: RuleSet, appraisal: Any) -> dict[str, Any]:
    """The document of an appraisal under ``rule_set`` (inverse of :func:`read_appraisal`)."""
    return {
        "format": APPRAISAL_FORMAT,
        "version": VERSION,
        "rule_set": rule_set.key,
        "appraisal": rule_set.appraisal_to_dict(appraisal),
    }


def result_document(rule_set: RuleSet, result: Any) -> dict[str, Any]:
    """The document of a result of ``rule_set``."""
    return {
        "format": RESULT_FORMAT,
        "version": VERSION,
        "rule_set": rule_set.key,
        "result": rule_set.result_to_dict(result),
    }


def read_result(data: object) -> tuple[RuleSet, Any]:
    """The rule set named by a result document, and the result rebuilt from it."""
    rule_set, body = _header(data, RESULT_FORMAT, "result")
    return rule_set, rule_set.result_from_dict(body)
