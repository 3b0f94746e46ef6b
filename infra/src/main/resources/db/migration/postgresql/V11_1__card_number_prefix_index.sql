-- Number prefix search (LIKE '4600%') can use a b-tree only with pattern operators when the database's collation
-- is not C; the unique index on number serves equality only.
create index ix_card_view_number_prefix on card_view (number varchar_pattern_ops);
