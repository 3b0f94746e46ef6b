-- Command side: facts about clients that other rules read, written in the transaction of the client's events.
create table cmd_client_registry (
    client_id varchar(36) not null,
    kind      varchar(16) not null,
    parent_id varchar(36),
    blocked   boolean     not null,
    deleted   boolean     not null,
    constraint pk_cmd_client_registry primary key (client_id)
);

-- Source of the short client codes; scrambled into base 32 by the application.
create sequence client_code_seq start with 1 increment by 1;
