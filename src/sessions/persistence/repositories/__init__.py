"""Repositories: all SQL lives here; each takes and returns domain values."""
