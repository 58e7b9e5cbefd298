"""briefing: a terminal briefing on Vietnam's digital transformation, every claim cited.

Nothing heavy is imported here, so ``briefing summary`` stays fast.
"""

__version__ = "0.1.0"
