-- The audit trail is filtered by time, actor and event type across all entities.
create index ix_history_entry_occurred_at on history_entry (occurred_at, position);
create index ix_history_entry_actor on history_entry (actor, position);
create index ix_history_entry_event_type on history_entry (event_type, position);
