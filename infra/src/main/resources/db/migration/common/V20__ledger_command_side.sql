-- Command side of the ledger: tables written in the transaction that appends the events they follow.

-- Account types' current rules, read by every posting (kept by the subscribing "command-registry" processor).
create table cmd_account_type (
    account_type_id     varchar(64)  not null,
    asset               varchar(16)  not null,
    scale               integer      not null,
    kind                varchar(16)  not null,
    name                varchar(200) not null,
    minimum_balance     bigint       not null,
    daily_spend_limit   bigint,
    allow_below_minimum boolean      not null,
    constraint pk_cmd_account_type primary key (account_type_id)
);

-- Accounts: unique numbers, and the asset a transfer's target keeps.
create table cmd_account (
    account_id varchar(64) not null,
    number     varchar(64) not null,
    asset      varchar(16) not null,
    constraint pk_cmd_account primary key (account_id),
    constraint uk_cmd_account_number unique (number)
);

-- Every transaction id the ledger has used: claimed first (idempotency), then what the operation did (the
-- answer to repeats, and the posting a reversal needs), and which posting reversed it.
create table ledger_transaction (
    transaction_id  varchar(100)             not null,
    request_hash    varchar(64)              not null,
    operation       varchar(24)              not null,
    created_at      timestamp with time zone not null,
    account_id      varchar(64),
    posted          boolean,
    kind            varchar(24),
    direction       varchar(8),
    amount          bigint,
    asset           varchar(16),
    counter_account varchar(24),
    balance_after   bigint,
    available_after bigint,
    expires_at      timestamp with time zone,
    reference       varchar(100),
    reversed_by     varchar(100),
    constraint pk_ledger_transaction primary key (transaction_id)
);

-- db-scheduler's table: persistent deadlines (hold expiry) on the application's own database.
create table scheduled_tasks (
    task_name            varchar(100)             not null,
    task_instance        varchar(200)             not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            varchar(200),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    constraint pk_scheduled_tasks primary key (task_name, task_instance)
);
create index ix_scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index ix_scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
