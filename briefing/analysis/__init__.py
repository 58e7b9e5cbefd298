"""Headless views over a corpus: repeats, figures over time, the overview, queries, what is new."""
