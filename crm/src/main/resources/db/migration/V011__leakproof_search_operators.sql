-- Row-level security and indexes: PostgreSQL evaluates the forced tenant policy before any user qual whose
-- function is not LEAKPROOF, and such a qual can then not be an index condition. Without this migration the
-- contact filters (ILIKE on the trigram indexes, tags @> / && on the GIN tag index, numeric ranges) and the
-- typo-tolerant search (%, <%) run as sequential scans over every brand's rows.
--
-- These operator functions reveal nothing about their arguments beyond their boolean result (errors depend only
-- on the pattern or constant side, which the application supplies), so declaring them LEAKPROOF keeps the
-- tenant policy airtight. Only a superuser may do this; on a database where Flyway is not one, a warning
-- says what to run and everything still works, only slower.
DO $$
DECLARE
    f text;
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE WARNING 'FashionOS: not a superuser, cannot mark search operators LEAKPROOF; filters and search will '
            'not use their indexes under row-level security. Run V011 as a superuser to fix.';
        RETURN;
    END IF;
    FOREACH f IN ARRAY ARRAY[
        'texticlike(text, text)', 'textlike(text, text)',
        'arraycontains(anyarray, anyarray)', 'arrayoverlap(anyarray, anyarray)',
        'similarity_op(text, text)', 'word_similarity_op(text, text)', 'word_similarity_commutator_op(text, text)',
        'numeric_eq(numeric, numeric)', 'numeric_lt(numeric, numeric)', 'numeric_le(numeric, numeric)',
        'numeric_gt(numeric, numeric)', 'numeric_ge(numeric, numeric)']
    LOOP
        EXECUTE format('ALTER FUNCTION %s LEAKPROOF', f);
    END LOOP;
END
$$;
