-- The drafts and outbox lists page in SQL, newest first: partial indexes keep the first page cheap at any size.
CREATE INDEX messages_pending_drafts_idx ON messages (brand_id, created_at DESC)
    WHERE direction = 'OUTBOUND' AND status = 'DRAFT';
CREATE INDEX messages_outbox_idx ON messages (brand_id, created_at DESC)
    WHERE direction = 'OUTBOUND' AND status NOT IN ('DRAFT', 'REJECTED', 'EXPIRED');
