-- One row that every change able to take the ADMIN role away from someone locks first (select ... for update),
-- so that such changes run one at a time and each counts the enabled admins after the previous one committed:
-- two concurrent demotions of the last two admins cannot both pass the "not the last admin" check.
create table app_user_guard (
    id integer not null,
    constraint pk_app_user_guard primary key (id)
);
insert into app_user_guard (id) values (1);
