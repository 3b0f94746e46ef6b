-- One row per change of one entity; an event that touches several entities writes one row for each.
create sequence history_entry_seq start with 1 increment by 50;

create table history_entry (
    id             bigint                   not null,
    position       bigint                   not null,
    occurred_at    timestamp with time zone not null,
    actor          varchar(255),
    on_behalf_of   varchar(255),
    channel        varchar(32),
    correlation_id varchar(255),
    entity_type    varchar(32)              not null,
    entity_id      varchar(64)              not null,
    event_type     varchar(100)             not null,
    summary        varchar(1000),
    constraint pk_history_entry primary key (id),
    -- replaying an event must not write its entry twice
    constraint uk_history_entry_event_entity unique (position, entity_type, entity_id)
);
create index ix_history_entry_entity on history_entry (entity_type, entity_id, position);

create table history_change (
    entry_id  bigint        not null,
    seq       integer       not null,
    field     varchar(100)  not null,
    old_value varchar(4000),
    new_value varchar(4000),
    constraint pk_history_change primary key (entry_id, seq),
    constraint fk_history_change_entry foreign key (entry_id) references history_entry (id)
);
