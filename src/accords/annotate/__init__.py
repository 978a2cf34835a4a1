"""Annotate stage: dates and entities on one cleaned document."""
