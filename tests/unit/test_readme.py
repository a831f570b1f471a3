"""The README's Python quick start runs and prints what it says."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_quick_start_runs_and_prints_the_documented_figures() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    quick_start = next(block for block in blocks if "get_rule_set" in block)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(quick_start, str(README), "exec"), {})  # noqa: S102 - the README's own example
    expected = re.search(r"^# (\d.*)$", quick_start, re.MULTILINE)
    assert expected is not None
    assert printed.getvalue().splitlines()[0] == expected[1]
    assert "Nilai prestasi kerja 83.54 (Baik)" in printed.getvalue()
