"""`briefing serve`: the app in a browser tab."""
