"""Extraction of findings from news articles: plain data in, plain data out.

reading → cleaning → metadata → sentences → classify/figures/dates → pipeline.
Nothing here imports Textual or touches a corpus folder; ``briefing.workflows.ingest`` does that.
"""
