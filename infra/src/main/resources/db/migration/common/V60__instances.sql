-- The running instances of the application that share this database, each with its heartbeat. Streaming
-- processors share their segments fairly among the instances whose heartbeat is recent (see "Scaling out").
create table ledger_instance (
    instance_id varchar(200)             not null,
    started_at  timestamp with time zone not null,
    last_seen   timestamp with time zone not null,
    constraint pk_ledger_instance primary key (instance_id)
);
