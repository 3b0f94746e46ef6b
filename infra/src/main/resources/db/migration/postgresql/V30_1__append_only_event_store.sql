-- Stored events are history: nobody changes or removes them, not even the application's own role.
-- (Erasure of personal data deletes encryption keys, never events.) H2 has no PL/pgSQL triggers; the embedded
-- mode relies on the application never issuing such statements.
create function refuse_event_store_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the event store is append-only: % on % is not allowed', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger domain_event_entry_append_only
    before update or delete on domain_event_entry
    for each row execute function refuse_event_store_change();

create trigger domain_event_entry_no_truncate
    before truncate on domain_event_entry
    for each statement execute function refuse_event_store_change();
