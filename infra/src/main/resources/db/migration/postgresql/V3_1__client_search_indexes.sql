-- Trigram indexes serve the client list's "any part of the name" search and phone prefix/suffix matches
-- (LIKE '%x%', 'x%' and '%x'), which plain b-trees cannot. pg_trgm is a trusted extension: the database
-- owner may create it. It lives in public so that every schema (tests use one per run) shares one copy.
create extension if not exists pg_trgm schema public;

create index ix_client_view_search_name_trgm on client_view using gin (search_name public.gin_trgm_ops);
create index ix_client_view_phone_digits_trgm on client_view_phone using gin (digits public.gin_trgm_ops);
