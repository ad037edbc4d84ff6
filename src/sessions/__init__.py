"""sessions: a scheduler for hybrid meetings."""

__version__ = "0.1.0"
