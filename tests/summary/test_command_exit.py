"""The installed command ends as soon as its output is out, with the status ``main`` gives."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

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
