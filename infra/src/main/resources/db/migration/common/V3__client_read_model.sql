create table client_view (
    id                       varchar(36)              not null,
    code                     varchar(16)              not null,
    kind                     varchar(16)              not null,
    source                   varchar(24)              not null,
    last_name                varchar(200),
    first_name               varchar(200),
    middle_name              varchar(200),
    organization_name        varchar(200),
    display_name             varchar(700)             not null,
    search_name              varchar(700)             not null,
    birth_date               date,
    birth_mmdd               integer,
    gender                   varchar(8)               not null,
    external_id              varchar(1000),
    primary_phone            varchar(16),
    email                    varchar(200),
    address                  varchar(1000),
    postal_code              varchar(1000),
    website                  varchar(1000),
    code_word                varchar(1000),
    notes                    varchar(1000),
    document                 varchar(1000),
    inn                      varchar(1000),
    okpo                     varchar(1000),
    okpd                     varchar(1000),
    kpp                      varchar(1000),
    bank_account             varchar(1000),
    bik                      varchar(1000),
    occupation               varchar(1000),
    position                 varchar(1000),
    children_count           integer,
    parent_id                varchar(36),
    uses_own_account         boolean                  not null,
    consent_mailing          boolean                  not null,
    consent_sms              boolean                  not null,
    consent_advertising      boolean                  not null,
    consent_receipt_by_email boolean                  not null,
    email_confirmed          boolean                  not null,
    contact_channels         varchar(100),
    blocked                  boolean                  not null,
    block_reason             varchar(1000),
    deleted                  boolean                  not null,
    registered_at            timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    constraint pk_client_view primary key (id),
    constraint uk_client_view_code unique (code)
);
create index ix_client_view_display_name on client_view (display_name, id);
create index ix_client_view_registered_at on client_view (registered_at, id);
create index ix_client_view_birth_mmdd on client_view (birth_mmdd);
create index ix_client_view_parent on client_view (parent_id);

create table client_view_phone (
    client_id varchar(36) not null,
    position  integer     not null,
    e164      varchar(16) not null,
    digits    varchar(15) not null,
    constraint pk_client_view_phone primary key (client_id, position),
    constraint fk_client_view_phone_client foreign key (client_id) references client_view (id)
);
create index ix_client_view_phone_digits on client_view_phone (digits);

create table client_view_tag (
    client_id varchar(36)  not null,
    tag       varchar(200) not null,
    constraint pk_client_view_tag primary key (client_id, tag),
    constraint fk_client_view_tag_client foreign key (client_id) references client_view (id)
);
create index ix_client_view_tag on client_view_tag (tag);

create table client_view_special_date (
    client_id    varchar(36)   not null,
    position     integer       not null,
    special_date date          not null,
    description  varchar(1000),
    constraint pk_client_view_special_date primary key (client_id, position),
    constraint fk_client_view_special_date_client foreign key (client_id) references client_view (id)
);

create table client_view_attribute (
    client_id  varchar(36)   not null,
    attr_key   varchar(200)  not null,
    attr_value varchar(1000),
    constraint pk_client_view_attribute primary key (client_id, attr_key),
    constraint fk_client_view_attribute_client foreign key (client_id) references client_view (id)
);
