"""The Textual app. Only ``briefing`` with no command imports this package."""
