"""Records and values: findings, sources, metrics, periods, text folding, number wording."""
