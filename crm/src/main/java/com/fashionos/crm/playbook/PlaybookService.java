package com.fashionos.crm.playbook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Playbooks of the current brand: the Maison DNA and its rules, the SOPs, their indexed sections and the WhatsApp
 * templates. Saving a playbook publishes {@link PlaybookSaved} so the retriever re-indexes it.
 */
@Service
public class PlaybookService {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PlaybookService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Creates a playbook. */
    @Transactional
    public Playbook create(NewPlaybook playbook) {
        Playbook saved = jdbc.sql("""
                        INSERT INTO playbooks (kind, title, doc_version, content_md, rules, created_by)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?) RETURNING *""")
                .params(
                        playbook.kind().name(),
                        playbook.title(),
                        playbook.docVersion(),
                        playbook.contentMd(),
                        playbook.rulesJson(),
                        playbook.createdBy())
                .query(PlaybookService::playbook)
                .single();
        events.publishEvent(new PlaybookSaved(saved.brandId(), saved.id()));
        return saved;
    }

    /** Replaces title, version, text and rules of a playbook; its sections must then be re-indexed. */
    @Transactional
    public Playbook update(UUID id, String title, String docVersion, String contentMd, String rulesJson) {
        Playbook saved = jdbc.sql("""
                        UPDATE playbooks SET title = ?, doc_version = ?, content_md = ?, rules = ?::jsonb,
                                             indexed_at = NULL, version = version + 1
                        WHERE id = ? RETURNING *""")
                .params(title, docVersion, contentMd, rulesJson, id)
                .query(PlaybookService::playbook)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No playbook " + id));
        events.publishEvent(new PlaybookSaved(saved.brandId(), saved.id()));
        return saved;
    }

    /** Switches a playbook on or off for drafting and retrieval. */
    @Transactional
    public void setActive(UUID id, boolean active) {
        jdbc.sql("UPDATE playbooks SET active = ? WHERE id = ?")
                .params(active, id)
                .update();
    }

    /** Deletes a playbook and its sections. */
    @Transactional
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM playbooks WHERE id = ?").param(id).update();
    }

    /** A playbook by id. */
    @Transactional(readOnly = true)
    public Optional<Playbook> find(UUID id) {
        return jdbc.sql("SELECT * FROM playbooks WHERE id = ?")
                .param(id)
                .query(PlaybookService::playbook)
                .optional();
    }

    /** All playbooks of the brand, DNA first, then by title. */
    @Transactional(readOnly = true)
    public List<Playbook> list() {
        return jdbc.sql("SELECT * FROM playbooks ORDER BY kind = 'DNA' DESC, title")
                .query(PlaybookService::playbook)
                .list();
    }

    /** The stamps of all the brand's playbooks, by id: a cheap check whether cached sections are still current. */
    @Transactional(readOnly = true)
    public List<PlaybookStamp> stamps() {
        return jdbc.sql("SELECT id, active, indexed_at, version FROM playbooks ORDER BY id")
                .query((rs, n) -> {
                    Timestamp indexed = rs.getTimestamp("indexed_at");
                    return new PlaybookStamp(
                            rs.getObject("id", UUID.class),
                            rs.getBoolean("active"),
                            indexed == null ? null : indexed.toInstant(),
                            rs.getInt("version"));
                })
                .list();
    }

    /** The active Maison DNA document (the most recently updated one if there are several). */
    @Transactional(readOnly = true)
    public Optional<Playbook> activeDna() {
        return jdbc.sql("SELECT * FROM playbooks WHERE kind = 'DNA' AND active ORDER BY updated_at DESC LIMIT 1")
                .query(PlaybookService::playbook)
                .optional();
    }

    /** The Guardian's rules from the active DNA document ({@link DnaRules#none()} without one). */
    @Transactional(readOnly = true)
    public DnaRules dnaRules() {
        return activeDna().map(p -> DnaRules.fromJson(p.rulesJson())).orElseGet(DnaRules::none);
    }

    /** Replaces the stored sections of a playbook and marks it indexed. */
    @Transactional
    public int replaceChunks(UUID playbookId, List<NewChunk> chunks) {
        jdbc.sql("DELETE FROM playbook_chunks WHERE playbook_id = ?")
                .param(playbookId)
                .update();
        int ordinal = 0;
        for (NewChunk chunk : chunks) {
            jdbc.sql("""
                            INSERT INTO playbook_chunks (playbook_id, ordinal, heading, content, embedding)
                            VALUES (?, ?, ?, ?, ?::real[])""")
                    .params(playbookId, ordinal++, chunk.heading(), chunk.content(), realArray(chunk.embedding()))
                    .update();
        }
        jdbc.sql("UPDATE playbooks SET indexed_at = now() WHERE id = ?")
                .param(playbookId)
                .update();
        return chunks.size();
    }

    /** Every section of the brand's active playbooks, with embeddings. Playbooks are small: ranking is in Java. */
    @Transactional(readOnly = true)
    public List<StoredChunk> activeChunks() {
        return jdbc.sql("""
                        SELECT c.id, c.playbook_id, p.title, p.kind, c.ordinal, c.heading, c.content, c.embedding
                        FROM playbook_chunks c JOIN playbooks p ON p.id = c.playbook_id
                        WHERE p.active ORDER BY p.title, c.ordinal""").query(PlaybookService::chunk).list();
    }

    /** The sections of one playbook in order. */
    @Transactional(readOnly = true)
    public List<StoredChunk> chunks(UUID playbookId) {
        return jdbc.sql("""
                        SELECT c.id, c.playbook_id, p.title, p.kind, c.ordinal, c.heading, c.content, c.embedding
                        FROM playbook_chunks c JOIN playbooks p ON p.id = c.playbook_id
                        WHERE c.playbook_id = ? ORDER BY c.ordinal""").param(playbookId).query(PlaybookService::chunk).list();
    }

    /**
     * PostgreSQL full-text rank ({@code ts_rank} of the section's {@code tsv} against {@code websearch_to_tsquery}) of
     * every active section matching {@code query}, by section id.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Double> textRanks(String query) {
        Map<UUID, Double> ranks = new HashMap<>();
        jdbc.sql("""
                        SELECT c.id, ts_rank(c.tsv, q) AS rank
                        FROM playbook_chunks c JOIN playbooks p ON p.id = c.playbook_id,
                             websearch_to_tsquery('english', ?) q
                        WHERE p.active AND c.tsv @@ q""").param(query).query(rs -> {
            ranks.put(rs.getObject("id", UUID.class), rs.getDouble("rank"));
        });
        return ranks;
    }

    /** The brand's WhatsApp templates by name, whatever their review status ({@link WhatsAppTemplate#approved()}). */
    @Transactional(readOnly = true)
    public List<WhatsAppTemplate> whatsappTemplates() {
        return jdbc.sql("SELECT * FROM whatsapp_templates ORDER BY name")
                .query(PlaybookService::template)
                .list();
    }

    /** Stores (or replaces, by name) a WhatsApp-approved template. */
    @Transactional
    public WhatsAppTemplate saveTemplate(
            String name, String contentSid, String language, String body, List<String> variables) {
        return saveTemplate(name, contentSid, language, body, variables, WhatsAppTemplate.APPROVED);
    }

    /**
     * Stores (or replaces, by name) a template with WhatsApp's review status (APPROVED, PENDING, REJECTED, PAUSED,
     * DISABLED); only an approved one may be sent.
     */
    @Transactional
    public WhatsAppTemplate saveTemplate(
            String name, String contentSid, String language, String body, List<String> variables, String status) {
        return jdbc.sql("""
                        INSERT INTO whatsapp_templates (name, content_sid, language, body, variables, status)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?)
                        ON CONFLICT (brand_id, name) DO UPDATE SET content_sid = excluded.content_sid,
                            language = excluded.language, body = excluded.body, variables = excluded.variables,
                            status = excluded.status
                        RETURNING *""")
                .params(name, contentSid, language, body, JsonMapper.shared().writeValueAsString(variables), status)
                .query(PlaybookService::template)
                .single();
    }

    private static String realArray(float[] vector) {
        var joiner = new StringJoiner(",", "{", "}");
        for (float v : vector) {
            joiner.add(Float.toString(v));
        }
        return joiner.toString();
    }

    static Playbook playbook(ResultSet rs, int row) throws SQLException {
        Timestamp indexed = rs.getTimestamp("indexed_at");
        return new Playbook(
                rs.getObject("id", UUID.class),
                rs.getObject("brand_id", UUID.class),
                PlaybookKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("doc_version"),
                rs.getString("content_md"),
                rs.getString("rules"),
                rs.getBoolean("active"),
                indexed == null ? null : indexed.toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    static StoredChunk chunk(ResultSet rs, int row) throws SQLException {
        java.sql.Array array = rs.getArray("embedding");
        float[] embedding = new float[0];
        if (array != null) {
            Object[] values = (Object[]) array.getArray();
            embedding = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                embedding[i] = ((Number) Objects.requireNonNull(values[i])).floatValue();
            }
        }
        return new StoredChunk(
                rs.getObject("id", UUID.class),
                rs.getObject("playbook_id", UUID.class),
                rs.getString("title"),
                PlaybookKind.valueOf(rs.getString("kind")),
                rs.getInt("ordinal"),
                rs.getString("heading"),
                rs.getString("content"),
                embedding);
    }

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

    static WhatsAppTemplate template(ResultSet rs, int row) throws SQLException {
        return new WhatsAppTemplate(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("content_sid"),
                rs.getString("language"),
                rs.getString("body"),
                JsonMapper.shared().readValue(rs.getString("variables"), STRING_LIST),
                rs.getString("status"));
    }
}
