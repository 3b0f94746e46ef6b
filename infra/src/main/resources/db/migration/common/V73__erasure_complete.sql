-- Whose accounts are whose, for erasure: a client's personal data lives under its own key and under the keys of
-- its accounts and cards (names and reasons about it); erasing the client deletes them all. Written on the
-- command side in the transaction of the account's first event.
create table personal_data_subject_owner (
    subject_id varchar(64) not null,
    owner_type varchar(16) not null,
    owner_id   varchar(64) not null,
    constraint pk_personal_data_subject_owner primary key (subject_id)
);
create index ix_personal_data_subject_owner on personal_data_subject_owner (owner_type, owner_id);
insert into personal_data_subject_owner (subject_id, owner_type, owner_id)
    select account_id, owner_type, owner_id from account_view where owner_type in ('CLIENT', 'CARD');

-- When an erasure last asked for the tables it scrubbed to be vacuumed, and when that was last done.
create table erasure_vacuum (
    id           integer not null,
    requested_at timestamp with time zone,
    done_at      timestamp with time zone,
    constraint pk_erasure_vacuum primary key (id)
);
insert into erasure_vacuum (id) values (1);
