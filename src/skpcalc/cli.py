"""Command line: ``python -m skpcalc DOCUMENT.json`` scores an appraisal document or computes a follow-up.

This module is a thin adapter and the only code in skpcalc that reads files or writes to streams.
Exit status: 0 on success, 1 on bad input (one line on standard error), 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from skpcalc import __version__
from skpcalc.errors import FormatError, InvalidInputError, SkpCalcError
from skpcalc.followup import interchange as followup
from skpcalc.followup.interchange import FOLLOWUP_FORMAT
from skpcalc.interchange import dumps, loads, read_appraisal, result_document
from skpcalc.registry import list_rule_sets


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skpcalc",
        description="Score a civil-servant performance appraisal document and explain every figure.",
    )
    parser.add_argument("appraisal", nargs="?", help="appraisal document (JSON); '-' reads standard input")
    parser.add_argument("--json", action="store_true", help="print the result document as JSON")
    parser.add_argument(
        "--policy",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="change a policy of the rule set, e.g. rounding_stage=final or rounding.mode=up (repeatable)",
    )
    parser.add_argument(
        "--allow-outside-in-force",
        action="store_true",
        help="apply the rule set even to a period outside the period it is in force",
    )
    parser.add_argument("--list-rule-sets", action="store_true", help="list the rule sets and exit")
    parser.add_argument("--version", action="version", version=f"skpcalc {__version__}")
    return parser


def _policies(pairs: Sequence[str]) -> dict[str, Any]:
    policies: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise FormatError("--policy", pair, "NAME=VALUE, e.g. rounding_stage=final")
        if name.startswith("rounding."):
            rounding = policies.setdefault("rounding", {"places": 2, "mode": "half_up"})
            part = name.removeprefix("rounding.")
            if part == "places":
                if not (value.isascii() and value.isdigit()):
                    raise FormatError("--policy rounding.places", value, "a whole number of decimal places")
                rounding["places"] = int(value)
            else:
                rounding[part] = value
        else:
            policies[name] = value
    return policies


def _read(source: str, stdin: TextIO) -> str:
    if source == "-":
        return stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise FormatError("appraisal", source, f"a readable file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise FormatError("appraisal", source, "a UTF-8 text file") from None


def run(argv: Sequence[str], stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    """Run the command line with explicit streams; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.list_rule_sets:
        if args.appraisal is not None or args.json or args.policy or args.allow_outside_in_force:
            parser.error("--list-rule-sets takes no other argument")
        for rule_set in list_rule_sets():
            names = " + ".join(citation.short for citation in rule_set.citation)
            stdout.write(f"{rule_set.key}\t{names}\tin force {rule_set.in_force}\n")
        return 0
    if args.appraisal is None:
        parser.error("give an appraisal document (a path, or - for standard input)")
    try:
        document = loads(_read(args.appraisal, stdin))
        if isinstance(document, dict) and document.get("format") == FOLLOWUP_FORMAT:
            return _followup(document, args, stdout)
        rule_set, appraisal = read_appraisal(document)
        if args.policy:
            rule_set = rule_set.policies_from_dict(_policies(args.policy))
        try:
            result = rule_set.score(appraisal, allow_outside_in_force=args.allow_outside_in_force)
        except InvalidInputError as error:  # paths relative to the appraisal: place them in the document
            raise error.at("appraisal") from None
    except SkpCalcError as error:
        stderr.write(f"skpcalc: error: {error}\n")
        return 1
    stdout.write(dumps(result_document(rule_set, result)) if args.json else result.render() + "\n")
    return 0


def _followup(document: dict[str, Any], args: argparse.Namespace, stdout: TextIO) -> int:
    """A follow-up document (angka kredit, tunjangan kinerja, deadlines, sanctions); errors propagate."""
    options = {}
    for pair in args.policy:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise FormatError("--policy", pair, "NAME=VALUE, e.g. accumulation=exact")
        options[name] = value
    outcome = followup.evaluate(document, options=options, allow_outside_in_force=args.allow_outside_in_force)
    stdout.write(dumps(followup.result_document(outcome)) if args.json else outcome.render() + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m skpcalc`` and the ``skpcalc`` script."""
    return run(sys.argv[1:] if argv is None else argv, sys.stdin, sys.stdout, sys.stderr)
