"""Every summary format stays on the light path: no Textual in sys.modules."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent(
    """
    import contextlib, io, json, sys
    from briefing.cli import main
    with contextlib.redirect_stdout(io.StringIO()) as out:
        status = main(["summary", "--format", {fmt!r}, "--corpus", {corpus!r},
                       "--as-of", "2025-03-15"])
    textual = sorted(name for name in sys.modules if name.split(".")[0] == "textual")
    print(json.dumps({{"status": status, "printed": len(out.getvalue()), "textual": textual}}))
    """
)


@pytest.mark.parametrize("fmt", ["rich", "text", "markdown", "json", "html"])
def test_summary_does_not_import_textual(fixture_corpus: Path, fmt: str):
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(fmt=fmt, corpus=str(fixture_corpus))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["status"] == 0
    assert report["printed"] > 0
    assert report["textual"] == []
