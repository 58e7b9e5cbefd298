"""The installed command ends as soon as its output is out, with the status ``main`` gives."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing.cli import main
from tests.summary.conftest import AS_OF


def _command(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, check=False, env=env
    )


def test_the_command_writes_all_that_main_writes(summary: Callable[..., str], fixture_corpus: Path):
    for fmt in ("json", "text"):
        done = _command(
            "summary", "--corpus", str(fixture_corpus), "--as-of", AS_OF, "--format", fmt
        )
        assert (done.returncode, done.stderr) == (0, b"")
        assert done.stdout.decode("utf-8") == summary("--format", fmt)


def test_the_command_keeps_mains_exit_status(fixture_corpus: Path, tmp_path: Path):
    usage = _command("summary", "--corpus", str(fixture_corpus), "--kind", "rumour")
    assert usage.returncode == 2 and usage.stdout == b""
    assert usage.stderr.decode().count("\n") == 1 and b"rumour" in usage.stderr
    broken = tmp_path / "broken"
    (broken / "data").mkdir(parents=True)
    problems = _command("summary", "--corpus", str(broken), "--format", "json")
    assert problems.returncode == 1 and problems.stdout == b""
    assert b"Traceback" not in problems.stderr


def test_a_reader_closing_the_pipe_early_is_no_error(bundled: Path):
    # The bundled corpus's JSON is more than a pipe holds: the writer meets the close.
    command = [sys.executable, "-m", "briefing", "summary", "--corpus", str(bundled)]
    with subprocess.Popen(
        [*command, "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(10) == b'{\n  "as_of'
        process.stdout.close()
        err = process.stderr.read()
        assert process.wait() == 0
    assert b"Traceback" not in err and b"Exception ignored" not in err


@pytest.mark.parametrize(
    "command", [["summary", "--as-of", AS_OF], ["check"]], ids=["summary", "check"]
)
@pytest.mark.parametrize("enabled", [True, False], ids=["collecting", "not-collecting"])
def test_main_leaves_garbage_collection_as_it_found_it(
    fixture_corpus: Path, command: list[str], enabled: bool, capsys: pytest.CaptureFixture[str]
):
    # main() is the in-process entry point: the console command alone chooses GC policy.
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert main([*command, "--corpus", str(fixture_corpus)]) == 0
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert capsys.readouterr().out
