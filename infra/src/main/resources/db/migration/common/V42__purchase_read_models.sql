-- Purchase statistics of each client, for the client card and the list's filters.
alter table client_view add column receipt_count bigint default 0 not null;
alter table client_view add column purchases_total numeric(19, 2) default 0 not null;
alter table client_view add column lines_total bigint default 0 not null;
alter table client_view add column first_purchase_at timestamp with time zone;
alter table client_view add column last_purchase_at timestamp with time zone;
alter table client_view add column accumulated_total numeric(19, 2) default 0 not null;
create index ix_client_view_last_purchase on client_view (last_purchase_at);
create index ix_client_view_accumulated on client_view (accumulated_total);

-- Receipts and their lines, with what was refunded of them.
create table purchase_view (
    receipt_key      varchar(36)              not null,
    store_code       varchar(64)              not null,
    receipt_id       varchar(64)              not null,
    cashier          varchar(200),
    purchased_at     timestamp with time zone not null,
    client_id        varchar(36)              not null,
    card_id          varchar(36),
    account_id       varchar(64)              not null,
    total            numeric(19, 2)           not null,
    discount_percent numeric(5, 2)            not null,
    discount_amount  numeric(19, 2)           not null,
    bonus_spent      numeric(19, 4)           not null,
    amount_paid      numeric(19, 2)           not null,
    bonus_earned     numeric(19, 4)           not null,
    refunded_amount  numeric(19, 2)           not null,
    bonus_returned   numeric(19, 4)           not null,
    bonus_taken_back numeric(19, 4)           not null,
    constraint pk_purchase_view primary key (receipt_key),
    constraint uk_purchase_view_receipt unique (store_code, receipt_id)
);
create index ix_purchase_view_client on purchase_view (client_id, purchased_at);

create table purchase_line_view (
    receipt_key varchar(36)    not null,
    line_number integer        not null,
    item_code   varchar(200),
    name        varchar(200),
    quantity    numeric(19, 3) not null,
    price       numeric(19, 2),
    amount      numeric(19, 2) not null,
    item_group  varchar(200),
    refunded    boolean        not null,
    constraint pk_purchase_line_view primary key (receipt_key, line_number)
);

-- which refunds the purchase list has counted already, so a replayed refund is not counted twice
create table purchase_refund_view (
    receipt_key varchar(36) not null,
    refund_id   varchar(64) not null,
    constraint pk_purchase_refund_view primary key (receipt_key, refund_id)
);
