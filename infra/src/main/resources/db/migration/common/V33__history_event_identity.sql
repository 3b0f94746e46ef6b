-- A tracking token's position is not always an event's own place in the stream: an event whose transaction
-- committed after later events' (a gap being filled) carries the position the processor had already reached,
-- and so may share it with other events. Entries are therefore told apart by the event's identifier and
-- ordered by the time of their event.
alter table history_entry add column event_id varchar(36);
alter table history_entry drop constraint uk_history_entry_event_entity;
alter table history_entry add constraint uk_history_entry_event_entity unique (event_id, entity_type, entity_id);

drop index ix_history_entry_entity;
create index ix_history_entry_entity on history_entry (entity_type, entity_id, occurred_at, id);
drop index ix_history_entry_occurred_at;
create index ix_history_entry_occurred_at on history_entry (occurred_at, id);
drop index ix_history_entry_actor;
create index ix_history_entry_actor on history_entry (actor, occurred_at, id);
drop index ix_history_entry_event_type;
create index ix_history_entry_event_type on history_entry (event_type, occurred_at, id);
