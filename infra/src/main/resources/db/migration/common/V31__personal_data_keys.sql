-- One AES key per client, wrapped by the master key. Deleting the row erases the client's personal data from
-- every stored event at once (crypto-shredding); the events themselves never change.
create table personal_data_key (
    subject_id  varchar(64)              not null,
    wrapped_key bytea                    not null,
    created_at  timestamp with time zone not null,
    constraint pk_personal_data_key primary key (subject_id)
);
