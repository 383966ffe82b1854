-- Indexes found missing by the 1M-contact benchmark (bench/README.md; numbers in the bench issue note).
--
-- The contacts grid filtered by owner ("my contacts") and sorted by name or last activity walked the brand-wide sort
-- index and discarded 7 rows in 8 (p95 0.1 to 1.3 s at 1M contacts with 8 owners, worse with more filters). With the
-- owner in front the first page is read in order from the owner's own rows. They replace contacts_brand_owner_idx,
-- whose (brand_id, owner_id) prefix they share.
CREATE INDEX contacts_brand_owner_name_idx ON contacts (brand_id, owner_id, lower(name), id) WHERE deleted_at IS NULL;
CREATE INDEX contacts_brand_owner_activity_idx ON contacts (brand_id, owner_id, last_activity_at DESC NULLS LAST, id)
    WHERE deleted_at IS NULL;
DROP INDEX contacts_brand_owner_idx;

-- Kanban column totals (count and value per stage and currency of the open deals) read every open deal's row
-- (~120k at 1M contacts, 0.9 s). This covering index lets them be an index-only scan once the service stops joining
-- accounts when no account-type filter is set (see the bench note).
CREATE INDEX deals_brand_totals_idx ON deals (brand_id, outcome, stage_index, currency) INCLUDE (value_forecast)
    WHERE deleted_at IS NULL;
