"""The command line: output, JSON, policies, and one-line errors with exit status 1."""

from __future__ import annotations

import io
import runpy
import sys
from pathlib import Path

import pytest

from skpcalc.cli import main, run
from skpcalc.interchange import loads, read_result

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "pp46_2011_appraisal.json"


def call(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = run(list(argv), io.StringIO(stdin), out, err)
    return status, out.getvalue(), err.getvalue()


def test_prints_explained_breakdown() -> None:
    status, out, err = call(str(EXAMPLE))
    assert (status, err) == (0, "")
    assert "Nilai prestasi kerja 86.17 (Baik)" in out
    assert "How each figure was obtained:" in out
    assert "[skps[0].activities[1].time]" in out


def test_json_output_is_a_result_document() -> None:
    status, out, _ = call(str(EXAMPLE), "--json")
    assert status == 0
    rule_set, result = read_result(loads(out))
    assert rule_set.key == "pp46_2011"
    assert str(result.final_value) == "86.17"


def test_reads_standard_input() -> None:
    status, out, _ = call("-", stdin=EXAMPLE.read_text(encoding="utf-8"))
    assert status == 0
    assert "86.17" in out


def test_policy_flags() -> None:
    status, out, _ = call(str(EXAMPLE), "--policy", "rounding.mode=up", "--policy", "rounding.places=1", "--json")
    assert status == 0
    policies = loads(out)["result"]["policies"]
    assert policies["rounding"] == {"places": 1, "mode": "up"}
    status, out, _ = call(str(EXAMPLE), "--policy", "rounding_stage=final", "--json")
    assert loads(out)["result"]["policies"]["rounding_stage"] == "final"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--policy", "mutasi"], "skpcalc: error: --policy: got 'mutasi'; allowed: NAME=VALUE"),
        (["--policy", "mutasi=weighted"], "skpcalc: error: policies.mutasi: got 'weighted'"),
        (["--policy", "rounding.places=two"], "skpcalc: error: --policy rounding.places: got 'two'"),
        (["--policy", "rounding.mode=even"], "skpcalc: error: policies.rounding.mode: got 'even'"),
    ],
)
def test_bad_policy_is_one_line_and_status_1(argv: list[str], message: str) -> None:
    status, out, err = call(str(EXAMPLE), *argv)
    assert (status, out) == (1, "")
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_bad_documents(tmp_path: Path) -> None:
    status, _, err = call(str(tmp_path / "missing.json"))
    assert status == 1
    assert err.startswith("skpcalc: error: appraisal: got '") and "a readable file" in err
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    assert call(str(binary))[2].endswith("allowed: a UTF-8 text file\n")
    status, _, err = call("-", stdin='{"format": "skpcalc/appraisal"}')
    assert status == 1
    assert err == "skpcalc: error: version: got None; allowed: a value: the key 'version' is required\n"
    bad_time = EXAMPLE.read_text(encoding="utf-8").replace('"time": "9.12"', '"time": -1')
    status, _, err = call("-", stdin=bad_time)
    assert status == 1
    assert err.startswith("skpcalc: error: appraisal.skps[0].activities[1].realisation.time: got Decimal('-1')")


def test_outside_in_force() -> None:
    shifted = EXAMPLE.read_text(encoding="utf-8").replace('"2019-', '"2023-')
    status, _, err = call("-", stdin=shifted)
    assert status == 1
    assert "is in force from 2014-01-01 to 2021-06-30" in err
    status, out, _ = call("-", "--allow-outside-in-force", stdin=shifted)
    assert status == 0
    assert "86.17" in out


def test_list_rule_sets() -> None:
    status, out, _ = call("--list-rule-sets")
    assert status == 0
    assert out == (
        "pp46_2011\tPP 46/2011 + Perka BKN 1/2013\tin force from 2014-01-01 to 2021-06-30\n"
        "permenpanrb_8_2021\tPermenPANRB 8/2021 + PP 30/2019 + SE MenPANRB 3/2021\t"
        "in force from 2021-07-01 to 2021-12-31\n"
        "permenpanrb_6_2022\tPermenPANRB 6/2022 + SE MenPANRB 3/2023\tin force from 2022-01-01 until repealed\n"
    )


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        call()
    assert caught.value.code == 2
    assert "give an appraisal document" in capsys.readouterr().err


def test_main_and_module_entry(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-rule-sets"]) == 0
    monkeypatch.setattr(sys, "argv", ["skpcalc", "--list-rule-sets"])
    assert main() == 0
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("skpcalc", run_name="__main__")
    assert caught.value.code == 0
    assert "pp46_2011" in capsys.readouterr().out


def test_scoring_errors_name_the_document_path() -> None:
    document = EXAMPLE.read_text(encoding="utf-8").replace('"leadership": 76', '"leadership": null')
    status, _, err = call("-", stdin=document)
    assert status == 1
    assert err.startswith("skpcalc: error: appraisal.behaviour.leadership: got None")


def test_list_rule_sets_takes_no_other_argument(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        call("--list-rule-sets", str(EXAMPLE))
    assert caught.value.code == 2
    assert "--list-rule-sets takes no other argument" in capsys.readouterr().err


def test_reads_a_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes())
    assert call(str(with_bom))[0] == 0


def test_policy_places_must_be_ascii_digits() -> None:
    status, _, err = call(str(EXAMPLE), "--policy", "rounding.places=²")
    assert status == 1
    assert "--policy rounding.places: got '²'" in err


def test_the_bundled_2021_examples() -> None:
    examples = EXAMPLE.parent
    # July-December: KU 60.69 + 44.69 = 105.38, KT 6.00, nilai SKP 111.38; 111.38 x 70 % = 77.97, perilaku
    # (110 + 105 + 100 + 110) / 4 = 106.25 x 30 % = 31.88; nilai kinerja 109.85, Baik (below 110).
    status, out, _ = call(str(examples / "permenpanrb_8_2021_appraisal.json"))
    assert status == 0
    assert "Nilai kinerja        109.85 (Baik; innovation condition not met)" in out
    # The split year: January-June 87.40 -> 90 + 19/14 x 11.40 = 105.47; (105.47 + 109.85) / 2 = 107.66, Baik.
    status, out, _ = call(str(examples / "permenpanrb_8_2021_year_2021.json"))
    assert status == 0
    assert "Nilai prestasi kerja January-June 87.40 -> 105.47 on the 0-120 scale (band_linear)" in out
    assert "Nilai kinerja 2021 107.66 (Baik)" in out
