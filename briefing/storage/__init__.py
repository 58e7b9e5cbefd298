"""Files in and out: TOML with line numbers, atomic writes, validation, settings, marks."""
