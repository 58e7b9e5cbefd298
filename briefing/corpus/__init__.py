"""A corpus folder read into a Corpus, and its compiled cache."""
