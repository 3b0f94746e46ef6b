-- Client categories: the command side's table (unique names, account type for new clients) and the read model.
create table cmd_client_category (
    category_id     varchar(36)  not null,
    name_key        varchar(200) not null,
    account_type_id varchar(64),
    constraint pk_cmd_client_category primary key (category_id),
    constraint uk_cmd_client_category_name unique (name_key)
);

-- the category is set on the top of a client hierarchy; purchases look it up from any member
alter table cmd_client_registry add column category_id varchar(36);

create table client_category_view (
    id                    varchar(36)              not null,
    name                  varchar(200)             not null,
    discount_percent      numeric(5, 2),
    discount_step_percent numeric(5, 2),
    max_discount_percent  numeric(5, 2),
    step_amount           numeric(19, 2),
    bonus_percent         numeric(5, 2),
    bonus_step_percent    numeric(5, 2),
    max_bonus_percent     numeric(5, 2),
    account_type_id       varchar(64),
    shown_in_lists        boolean                  not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint pk_client_category_view primary key (id)
);

alter table client_view add column category_id varchar(36);
alter table client_view add column individual_discount_percent numeric(5, 2);
alter table client_view add column individual_bonus_percent numeric(5, 2);
create index ix_client_view_category on client_view (category_id);
