create table card_group_view (
    id                    varchar(36)              not null,
    name                  varchar(200)             not null,
    card_type             varchar(16)              not null,
    default_multiplier    numeric(9,4)             not null,
    bonus_account_type_id varchar(64),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint pk_card_group_view primary key (id)
);
create index ix_card_group_view_name on card_group_view (name, id);

create table card_view (
    id               varchar(36)              not null,
    number           varchar(32)              not null,
    group_id         varchar(36)              not null,
    status           varchar(16)              not null,
    status_reason    varchar(1000),
    valid_from       date,
    valid_to         date,
    home_store_code  varchar(64),
    multiplier       numeric(9,4),
    multiplier_from  date,
    multiplier_to    date,
    owner_id         varchar(36),
    pin_set          boolean                  not null,
    issued_at        timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint pk_card_view primary key (id),
    constraint uk_card_view_number unique (number)
);
-- the filters of the card list, each in the list's order (number)
create index ix_card_view_owner on card_view (owner_id, number);
create index ix_card_view_group on card_view (group_id, number);
create index ix_card_view_status on card_view (status, number);
