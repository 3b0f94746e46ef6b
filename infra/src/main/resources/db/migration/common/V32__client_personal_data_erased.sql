alter table client_view add column personal_data_erased_at timestamp with time zone;
