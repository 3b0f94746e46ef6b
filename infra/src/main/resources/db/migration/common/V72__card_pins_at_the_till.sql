-- Spending bonus with a card that has a PIN needs the PIN when the card's group says so (on unless turned off).
alter table cmd_card_group add column pin_required_to_spend boolean default true not null;
alter table card_group_view add column pin_required_to_spend boolean default true not null;
-- whether a card has a PIN, for the purchase's one read of the card's facts
alter table cmd_card add column pin_set boolean default false not null;
-- the card list shows until when wrong PINs locked spending
alter table card_view add column pin_locked_until timestamp with time zone;
