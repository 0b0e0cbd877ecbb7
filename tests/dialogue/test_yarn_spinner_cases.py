"""Yarn Spinner's own test cases in our language pass unmodified, when a
local copy of its `Tests/TestCases` folder is named by YARN_SPINNER_CASES
(they are not part of this project; see dialogue/README.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.tools.yarn_cases import case_registry, run_case

IN_OUR_LANGUAGE = [
    "ShortcutOptions",
    "DecimalNumbers",
    "Types",
    "InlineExpressions",
    "Indentation",
    "Functions",
    "IfStatements",
    "Lines",
    "Smileys",
    "VisitCount",
    "Visited",
    "VariableStorage",
    "ShadowLines",
    "Detours",
]
FOLDER = os.environ.get("YARN_SPINNER_CASES", "")


@pytest.mark.skipif(not FOLDER, reason="YARN_SPINNER_CASES names no folder")
@pytest.mark.parametrize("name", IN_OUR_LANGUAGE)
def test_yarn_spinners_case_passes(name):
    assert run_case(Path(FOLDER), name, case_registry()) == ""
