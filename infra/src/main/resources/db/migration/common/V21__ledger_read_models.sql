-- Read models of the ledger. Amounts are minor units of the row's asset.
create table account_type_view (
    account_type_id     varchar(64)              not null,
    name                varchar(200)             not null,
    asset               varchar(16)              not null,
    kind                varchar(16)              not null,
    minimum_balance     bigint                   not null,
    daily_spend_limit   bigint,
    allow_below_minimum boolean                  not null,
    created_at          timestamp with time zone not null,
    constraint pk_account_type_view primary key (account_type_id)
);

create table account_view (
    account_id      varchar(64)              not null,
    number          varchar(64)              not null,
    name            varchar(200),
    account_type_id varchar(64)              not null,
    asset           varchar(16)              not null,
    kind            varchar(16)              not null,
    owner_type      varchar(16)              not null,
    owner_id        varchar(64),
    balance         bigint                   not null,
    held            bigint                   not null,
    available       bigint                   not null,
    blocked         boolean                  not null,
    closed          boolean                  not null,
    opened_at       timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint pk_account_view primary key (account_id)
);
create index ix_account_view_owner on account_view (owner_type, owner_id);
create index ix_account_view_number on account_view (number);

create table account_hold_view (
    hold_id    varchar(100)             not null,
    account_id varchar(64)              not null,
    amount     bigint                   not null,
    expires_at timestamp with time zone not null,
    reason     varchar(500),
    placed_at  timestamp with time zone not null,
    constraint pk_account_hold_view primary key (hold_id)
);
create index ix_account_hold_view_account on account_hold_view (account_id);

create table transfer_view (
    transfer_id       varchar(100)             not null,
    source_account_id varchar(64)              not null,
    target_account_id varchar(64)              not null,
    amount            bigint                   not null,
    asset             varchar(16)              not null,
    state             varchar(16)              not null,
    failure_code      varchar(64),
    started_at        timestamp with time zone not null,
    finished_at       timestamp with time zone,
    constraint pk_transfer_view primary key (transfer_id)
);

-- The double-entry journal: two lines per posting (the account's and its counter account's).
create sequence journal_line_seq start with 1 increment by 1;
create table journal_line (
    line_id         bigint                   default nextval('journal_line_seq') not null,
    event_id        varchar(36)              not null,
    side            smallint                 not null,
    position        bigint                   not null,
    occurred_at     timestamp with time zone not null,
    business_day    date                     not null,
    transaction_id  varchar(100)             not null,
    account_id      varchar(64)              not null,
    system_account  boolean                  not null,
    direction       varchar(8)               not null,
    amount          bigint                   not null,
    asset           varchar(16)              not null,
    kind            varchar(24)              not null,
    counter_account varchar(64)              not null,
    reason          varchar(500),
    source          varchar(16),
    store_code      varchar(64),
    actor           varchar(255),
    reversal_of     varchar(100),
    constraint pk_journal_line primary key (line_id),
    -- replaying a posting must not write its lines twice
    constraint uk_journal_line_event_side unique (event_id, side)
);
create index ix_journal_line_account_time on journal_line (account_id, occurred_at);
create index ix_journal_line_time on journal_line (occurred_at);
create index ix_journal_line_transaction on journal_line (transaction_id);
