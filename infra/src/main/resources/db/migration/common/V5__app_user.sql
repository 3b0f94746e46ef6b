-- People and scripts that may call the API. Passwords are BCrypt hashes.
create table app_user (
    username      varchar(100)             not null,
    password_hash varchar(100)             not null,
    roles         varchar(255)             not null,
    enabled       boolean                  not null,
    created_at    timestamp with time zone not null,
    constraint pk_app_user primary key (username)
);
