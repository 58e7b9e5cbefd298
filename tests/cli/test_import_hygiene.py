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
        if name.split(".")[0] in ("textual", "pydantic", "platformdirs", "rich")
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
    if argv == ["check"]:  # a check always validates: the probe sees what the command loaded
        assert "pydantic" in roots(report["heavy"])


def test_a_warm_summary_imports_neither_pydantic_nor_a_toml_parser(
    fixture_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    body = f"""
        import sys
        from briefing.cli import main
        with contextlib.redirect_stdout(io.StringIO()) as out:
            status = main(["summary", "--corpus", {str(fixture_corpus)!r}, "--as-of", "2025-03-15"])
        parsers = sorted(m for m in sys.modules if m.split(".")[0] in ("tomllib", "tomli"))
        result = [status, out.getvalue(), parsers]
        """
    cold = probe(body)
    assert "pydantic" in roots(cold["heavy"])  # the first start reads and validates the TOML
    warm = probe(body)
    status, printed, parsers = warm["result"]
    assert status == 0
    assert printed == cold["result"][1]
    assert "pydantic" not in roots(warm["heavy"])
    assert "textual" not in roots(warm["heavy"])
    assert parsers == []


@pytest.mark.parametrize("argv", [["--format", "text"], []])
def test_a_warm_plain_text_summary_imports_no_rich(
    argv: list[str], fixture_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    # [] is the default format off a terminal (stdout is a StringIO here): plain text
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    body = f"""
        from briefing.cli import main
        argv = ["summary", "--corpus", {str(fixture_corpus)!r}, "--as-of", "2025-03-15"]
        with contextlib.redirect_stdout(io.StringIO()) as out:
            status = main(argv + {argv!r})
        result = [status, out.getvalue()]
        """
    probe(body)  # the first start compiles the corpus cache
    warm = probe(body)
    status, printed = warm["result"]
    assert status == 0
    assert printed.startswith("Briefing: ")
    assert "\x1b" not in printed
    assert roots(warm["heavy"]) & {"rich", "textual", "pydantic"} == set()


def test_a_rich_summary_does_import_rich(fixture_corpus: Path):
    """The probe above can see Rich when a summary does load it."""
    report = probe(
        f"""
        from briefing.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            result = main(["summary", "--corpus", {str(fixture_corpus)!r}, "--format", "rich"])
        """
    )
    assert report["result"] == 0
    assert "rich" in roots(report["heavy"])


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
