"""Consolidate stage: the only reduce. Mentions from all documents -> one record per
instrument, event and entity, blocked by the parties' countries."""
from accords.consolidate.agreements import consolidate_agreements
from accords.consolidate.events import consolidate_events
from accords.consolidate.people import PeopleIndex

__all__ = ["PeopleIndex", "consolidate_agreements", "consolidate_events"]
