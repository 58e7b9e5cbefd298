"""What writes to a corpus folder: ingest and review."""
