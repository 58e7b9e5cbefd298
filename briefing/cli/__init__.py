"""The command line: ``briefing`` (the app), ``check``, ``summary``, ``serve``, ``ingest``,
``mark`` and ``review``.

``parser`` holds the arguments, one module per command group runs them (``check``,
``summary``, ``serve``, ``ingest``, ``edits`` for mark and review, ``app``),
``dispatch.main`` goes from arguments to an exit status, and ``process.run`` (the console
command) is the only code that chooses process-wide state. Only the app path imports
Textual; ``check`` and ``summary`` stay on the light path (a test looks at
``sys.modules`` to keep it that way).
"""

from briefing.cli.dispatch import main
from briefing.cli.process import run

__all__ = ["main", "run"]
