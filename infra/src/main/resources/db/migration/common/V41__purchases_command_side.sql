-- What a purchase needs to know, kept on the command side in the transaction of the events it follows.

-- a category's terms, read by every purchase of its clients
alter table cmd_client_category add column discount_percent numeric(5, 2);
alter table cmd_client_category add column discount_step_percent numeric(5, 2);
alter table cmd_client_category add column max_discount_percent numeric(5, 2);
alter table cmd_client_category add column step_amount numeric(19, 2);
alter table cmd_client_category add column bonus_percent numeric(5, 2);
alter table cmd_client_category add column bonus_step_percent numeric(5, 2);
alter table cmd_client_category add column max_bonus_percent numeric(5, 2);
alter table cmd_client_category add column shown_in_lists boolean default true not null;

-- the till names the card by its number
create unique index ux_cmd_card_number on cmd_card (number);
