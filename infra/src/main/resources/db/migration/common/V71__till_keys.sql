-- API keys of tills (POS systems): each bound to one store; only an HMAC-SHA256 of the key under a key derived
-- from the master key is kept, so a copy of this table does not let anyone in. Revoked keys stay, for the record.
create table till_key (
    till_id    varchar(36)              not null,
    name       varchar(100)             not null,
    store_code varchar(64)              not null,
    key_hash   varchar(64)              not null,
    created_at timestamp with time zone not null,
    created_by varchar(100)             not null,
    revoked_at timestamp with time zone,
    revoked_by varchar(100),
    constraint pk_till_key primary key (till_id),
    constraint uk_till_key_name unique (name),
    constraint uk_till_key_hash unique (key_hash)
);

-- Stores a CASHIER may sell in, comma-separated; null: any store.
alter table app_user add column store_codes varchar(1000);
