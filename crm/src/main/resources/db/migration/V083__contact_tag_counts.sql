-- The brand's tag vocabulary with how many live contacts carry each tag, kept by a trigger on contacts, so the
-- contact list's tag filter does not unnest every contact's tags (a full scan at 1M contacts) each time it opens.

CREATE TABLE contact_tags
(
    brand_id uuid    NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    tag      text    NOT NULL,
    contacts integer NOT NULL CHECK (contacts >= 0),
    PRIMARY KEY (brand_id, tag)
);

ALTER TABLE contact_tags ENABLE ROW LEVEL SECURITY;
ALTER TABLE contact_tags FORCE ROW LEVEL SECURITY;
CREATE POLICY contact_tags_tenant ON contact_tags
    USING (brand_id = app_brand_id())
    WITH CHECK (brand_id = app_brand_id());

GRANT SELECT, INSERT, UPDATE, DELETE ON contact_tags TO ${appRole};

-- A live contact (deleted_at IS NULL) counts once per distinct tag. Runs as the writing role, so the tenant policy
-- applies to the counts as to the contact row itself.
CREATE FUNCTION contacts_tag_counts() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    old_tags text[] := '{}';
    new_tags text[] := '{}';
    brand    uuid;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
        old_tags := coalesce(OLD.tags, '{}');
        brand := OLD.brand_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
        new_tags := coalesce(NEW.tags, '{}');
        brand := NEW.brand_id;
    END IF;
    IF old_tags @> new_tags AND new_tags @> old_tags THEN
        RETURN NULL;
    END IF;
    -- Count down, then drop what reached zero: correct also when two transactions remove the last two carriers at
    -- once (the second waits for the first's row lock and then sees its count).
    UPDATE contact_tags SET contacts = contacts - 1
     WHERE brand_id = brand
       AND tag IN (SELECT unnest(old_tags) EXCEPT SELECT unnest(new_tags));
    DELETE FROM contact_tags
     WHERE brand_id = brand
       AND tag IN (SELECT unnest(old_tags) EXCEPT SELECT unnest(new_tags))
       AND contacts <= 0;
    INSERT INTO contact_tags (brand_id, tag, contacts)
    SELECT brand, t, 1 FROM (SELECT unnest(new_tags) EXCEPT SELECT unnest(old_tags)) added(t)
    ON CONFLICT (brand_id, tag) DO UPDATE SET contacts = contact_tags.contacts + 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER contacts_tag_counts
    AFTER INSERT OR DELETE OR UPDATE OF tags, deleted_at ON contacts
    FOR EACH ROW EXECUTE FUNCTION contacts_tag_counts();

-- Backfill (see V080 for why FORCE is lifted for the owner meanwhile).
ALTER TABLE contacts NO FORCE ROW LEVEL SECURITY;
ALTER TABLE contact_tags NO FORCE ROW LEVEL SECURITY;
INSERT INTO contact_tags (brand_id, tag, contacts)
SELECT c.brand_id, t, count(DISTINCT c.id)
  FROM contacts c, unnest(c.tags) t
 WHERE c.deleted_at IS NULL
 GROUP BY c.brand_id, t;
ALTER TABLE contacts FORCE ROW LEVEL SECURITY;
ALTER TABLE contact_tags FORCE ROW LEVEL SECURITY;
