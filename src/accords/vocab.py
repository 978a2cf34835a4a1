"""Controlled vocabularies of the accords/1 record (see spec/record.md).

Enums, so that a misspelt kind or status fails loudly instead of slipping
through as a free string.
"""
from __future__ import annotations

from enum import Enum


class Kind(str, Enum):
    TREATY = "treaty"
    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    PROTOCOL = "protocol"
    ROADMAP = "roadmap"
    ACTION_PLAN = "action_plan"
    PROGRAMME = "programme"
    ARRANGEMENT = "arrangement"
    DECLARATION = "declaration"
    CONTRACT = "contract"
    OTHER = "other"


class Status(str, Enum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    FINALIZED = "finalized"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"
    IMPLEMENTED = "implemented"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"
    REJECTED = "rejected"

    @property
    def rank(self) -> int:
        return LIFECYCLE.index(self)


LIFECYCLE: list[Status] = list(Status)


class EventKind(str, Enum):
    VISIT = "visit"
    MEETING = "meeting"
    TALKS = "talks"
    SUMMIT = "summit"
    CALL = "call"
    CEREMONY = "ceremony"
    CONFERENCE = "conference"


class EventStatus(str, Enum):
    """Whether an event happened: a visit announced for next week is planned; one called off
    is cancelled. A later report that it was held outranks both."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class PartyType(str, Enum):
    STATE = "state"
    GOVERNMENT_BODY = "government_body"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    ORGANIZATION = "organization"
    COMPANY = "company"


class EntityType(str, Enum):
    PERSON = "person"
    STATE = "state"
    GOVERNMENT_BODY = "government_body"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    ORGANIZATION = "organization"
    COMPANY = "company"
    PLACE = "place"


TOPICS: tuple[str, ...] = (
    "comprehensive_cooperation", "diplomatic_relations", "alliance", "peace_security",
    "extradition", "legal_assistance", "readmission", "labour_migration", "visa",
    "law_enforcement", "police_training", "counter_terrorism", "counter_narcotics",
    "border_security", "cybersecurity", "defence", "military_technical", "trade",
    "investment", "economic_cooperation", "sme", "finance", "development_aid", "customs",
    "taxation", "transport", "aviation", "maritime", "infrastructure", "energy",
    "agriculture", "industry", "environment", "health", "education", "science_technology",
    "space", "telecommunications", "postal", "culture", "tourism", "media", "sports", "other",
)

# Kinds the referee treats as one family; consolidation may merge across a family.
KIND_FAMILIES: tuple[frozenset[Kind], ...] = (
    frozenset({Kind.TREATY, Kind.AGREEMENT}),
    frozenset({Kind.ROADMAP, Kind.PROGRAMME, Kind.ACTION_PLAN}),
)


def same_kind_family(a: Kind, b: Kind) -> bool:
    return a == b or any(a in fam and b in fam for fam in KIND_FAMILIES)
