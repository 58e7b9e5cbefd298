"""The briefing on stdout: renderables and exports. Never imports Textual."""
