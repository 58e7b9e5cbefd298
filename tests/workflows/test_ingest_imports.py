"""`briefing ingest` stays off the TUI path, and trafilatura loads only for HTML."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_ingest_of_text_imports_neither_textual_nor_trafilatura(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The province has issued 12,000 chip ID cards in 2024 to its residents.\n")
    code = (
        "import json, sys\n"
        "from briefing.cli import main\n"
        f"status = main(['ingest', '--corpus', {str(tmp_path / 'c')!r}, {str(article)!r}])\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'trafilatura'})\n"
        "print(json.dumps([status, loaded]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    status, loaded = json.loads(done.stdout.splitlines()[-1])
    assert status == 0 and loaded == []
