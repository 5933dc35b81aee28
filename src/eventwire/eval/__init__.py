"""Scorers behind ``eventwire eval …``: each reads a gold set and reports P/R/F1."""
