"""The README's Python quick start runs and prints what it says."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_quick_start_runs_and_prints_the_documented_figures() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    namespace: dict[str, object] = {}
    checked = 0
    for block in blocks:  # run in order, sharing one namespace, as a reader would
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block, str(README), "exec"), namespace)  # noqa: S102 - the README's own example
        expected = re.search(r"^# ([\d\[].*)$", block, re.MULTILINE)
        if expected is not None:  # the first line printed is shown in the block as a comment
            assert printed.getvalue().splitlines()[0] == expected[1]
            checked += 1
    assert checked == 4
    assert "Nilai prestasi kerja 83.54 (Baik)" in str(namespace["result"].render())  # type: ignore[attr-defined]
