-- Command side: facts about card groups and cards that rules and policies read, written in the transaction of
-- the events they follow (a subscribing processor), so they are never behind the event store.
create table cmd_card_group (
    card_group_id         varchar(36)  not null,
    card_type             varchar(16)  not null,
    default_multiplier    numeric(9,4) not null,
    bonus_account_type_id varchar(64),
    constraint pk_cmd_card_group primary key (card_group_id)
);

-- The set of card numbers in use. Issuing a card inserts its number here in the transaction that appends the
-- card's first event: a second issue of the number waits on the key, then fails, so it never makes a second card.
create table cmd_card_number (
    number  varchar(32) not null,
    card_id varchar(36) not null,
    constraint pk_cmd_card_number primary key (number)
);

create table cmd_card (
    card_id         varchar(36)  not null,
    number          varchar(32)  not null,
    group_id        varchar(36)  not null,
    owner_client_id varchar(36),
    status          varchar(16)  not null,
    valid_from      date,
    valid_to        date,
    home_store_code varchar(64),
    multiplier      numeric(9,4),
    multiplier_from date,
    multiplier_to   date,
    constraint pk_cmd_card primary key (card_id)
);
-- the cards of a client, for unlinking them when the client is deleted
create index ix_cmd_card_owner on cmd_card (owner_client_id);
