-- Contacts added to a segment by hand ("Add to segment" on a selection of the contact list). A segment is its saved
-- filter OR these members; a segment saved without criteria is a hand-picked list of members only.

ALTER TABLE segments ADD CONSTRAINT segments_brand_id_id_key UNIQUE (brand_id, id);

CREATE TABLE segment_members
(
    brand_id   uuid        NOT NULL DEFAULT app_brand_id() REFERENCES brands (id) ON DELETE CASCADE,
    segment_id uuid        NOT NULL,
    contact_id uuid        NOT NULL,
    added_by   uuid REFERENCES app_users (id),
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (segment_id, contact_id),
    FOREIGN KEY (brand_id, segment_id) REFERENCES segments (brand_id, id) ON DELETE CASCADE,
    FOREIGN KEY (brand_id, contact_id) REFERENCES contacts (brand_id, id) ON DELETE CASCADE
);
CREATE INDEX segment_members_contact_idx ON segment_members (contact_id);

ALTER TABLE segment_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE segment_members FORCE ROW LEVEL SECURITY;
CREATE POLICY segment_members_tenant ON segment_members
    USING (brand_id = app_brand_id())
    WITH CHECK (brand_id = app_brand_id());

GRANT SELECT, INSERT, DELETE ON segment_members TO ${appRole};
