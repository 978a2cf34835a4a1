"""Extract stage: mentions of agreements and events in one annotated document."""
