-- Axon's own tables, named in snake_case and typed for both PostgreSQL and H2 (which runs in PostgreSQL mode).
-- Serialized payloads, metadata, tokens and sagas are bytea, never oid large objects.

-- A dedicated sequence for the event stream's global index: no allocation blocks, so the only gaps are the
-- rare rolled-back appends, which the gap-aware tracking token handles.
create sequence domain_event_entry_seq start with 1 increment by 1;

create table domain_event_entry (
    global_index         bigint       default nextval('domain_event_entry_seq') not null,
    aggregate_identifier varchar(64)  not null,
    sequence_number      bigint       not null,
    type                 varchar(64),
    event_identifier     varchar(36)  not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(32),
    payload_type         varchar(255) not null,
    time_stamp           varchar(32)  not null,
    constraint pk_domain_event_entry primary key (global_index),
    -- loading an aggregate, and optimistic concurrency between two appends to one aggregate
    constraint uk_domain_event_aggregate_sequence unique (aggregate_identifier, sequence_number),
    constraint uk_domain_event_identifier unique (event_identifier)
);

create table snapshot_event_entry (
    aggregate_identifier varchar(64)  not null,
    sequence_number      bigint       not null,
    type                 varchar(64)  not null,
    event_identifier     varchar(36)  not null,
    meta_data            bytea,
    payload              bytea        not null,
    payload_revision     varchar(32),
    payload_type         varchar(255) not null,
    time_stamp           varchar(32)  not null,
    constraint pk_snapshot_event_entry primary key (aggregate_identifier, sequence_number),
    constraint uk_snapshot_event_identifier unique (event_identifier)
);

create table token_entry (
    processor_name varchar(255) not null,
    segment        integer      not null,
    token          bytea,
    token_type     varchar(255),
    time_stamp     varchar(255),
    owner          varchar(255),
    constraint pk_token_entry primary key (processor_name, segment)
);

create table saga_entry (
    saga_id         varchar(255) not null,
    revision        varchar(255),
    saga_type       varchar(255),
    serialized_saga bytea,
    constraint pk_saga_entry primary key (saga_id)
);

create sequence association_value_entry_seq start with 1 increment by 1;

create table association_value_entry (
    id                bigint       default nextval('association_value_entry_seq') not null,
    association_key   varchar(255) not null,
    association_value varchar(255),
    saga_id           varchar(255) not null,
    saga_type         varchar(255),
    constraint pk_association_value_entry primary key (id)
);
-- the two look-ups Axon's tuning notes name for sagas
create index ix_association_value_lookup on association_value_entry (saga_type, association_key, association_value);
create index ix_association_value_saga on association_value_entry (saga_id, saga_type);

create table dead_letter_entry (
    dead_letter_id       varchar(255)  not null,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  not null,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    constraint pk_dead_letter_entry primary key (dead_letter_id),
    constraint uk_dead_letter_sequence unique (processing_group, sequence_identifier, sequence_index)
);
create index ix_dead_letter_group on dead_letter_entry (processing_group);
create index ix_dead_letter_group_sequence on dead_letter_entry (processing_group, sequence_identifier);
