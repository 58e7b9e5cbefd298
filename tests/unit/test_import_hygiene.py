"""`check` and `summary` stay on the light path: Textual is only for the app."""

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
    {body}
    heavy = sorted(
        name for name in sys.modules
        if name.split(".")[0] in ("textual", "pydantic", "platformdirs")
    )
    print(json.dumps({{"result": result, "heavy": heavy}}))
    """
)


def probe(body: str) -> dict:
    """Run ``body`` in a fresh interpreter; report its ``result`` and heavy modules loaded."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(body=textwrap.dedent(body))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def roots(modules: list[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", "--format", "json"],
        ["check"],
    ],
)
def test_cli_commands_do_not_import_textual(argv: list[str]):
    report = probe(
        f"""
        from briefing.cli import main
        with contextlib.redirect_stdout(io.StringIO()) as out:
            result = [main({argv!r}), len(out.getvalue())]
        """
    )
    status, printed = report["result"]
    assert status == 0
    assert printed > 0
    assert "textual" not in roots(report["heavy"])
    assert "pydantic" in roots(report["heavy"])  # the probe sees what the command loaded


def test_check_on_a_fixture_corpus_does_not_import_textual(fixture_corpus: Path):
    report = probe(
        f"""
        from briefing.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            result = main(["check", "--corpus", {str(fixture_corpus)!r}])
        """
    )
    assert report["result"] == 0
    assert "textual" not in roots(report["heavy"])


def test_import_briefing_is_light():
    report = probe(
        """
        import briefing
        result = briefing.__version__
        """
    )
    assert report["result"]
    assert report["heavy"] == []
