-- WhatsApp reviews every template: only an APPROVED one may be sent outside the 24-hour window. Templates stored
-- before this column existed were the approved ones, hence the default.
ALTER TABLE whatsapp_templates
    ADD COLUMN status text NOT NULL DEFAULT 'APPROVED'
        CHECK (status IN ('APPROVED', 'PENDING', 'REJECTED', 'PAUSED', 'DISABLED'));
