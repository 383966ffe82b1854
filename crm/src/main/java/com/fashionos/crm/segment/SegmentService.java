package com.fashionos.crm.segment;

import com.fashionos.crm.audit.AuditLog;
import com.fashionos.crm.common.CurrentActor;
import com.fashionos.crm.common.Json;
import com.fashionos.crm.common.SqlValues;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments of the current brand: saved contact filters listed with their counts (estimated where an exact count
 * would scan too much), user segments created, renamed and deleted, system segments created by the brand setup.
 */
@Service
@Transactional
public class SegmentService {

    private final JdbcClient jdbc;
    private final ContactService contacts;
    private final AuditLog audit;
    private final CurrentActor actor;

    SegmentService(JdbcClient jdbc, ContactService contacts, AuditLog audit, CurrentActor actor) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.audit = audit;
        this.actor = actor;
    }

    /** The segments the current user sees (shared ones and their own), system ones first, with counts. */
    @Transactional(readOnly = true)
    public List<SegmentCount> listWithCounts() {
        return list().stream()
                .map(s -> new SegmentCount(s, contacts.count(s.scope())))
                .toList();
    }

    /** The segments the current user sees, without counts. */
    @Transactional(readOnly = true)
    public List<Segment> list() {
        return jdbc.sql("""
                        SELECT id, name, description, filter::text AS filter, owner_id, system, position
                        FROM segments
                        WHERE owner_id IS NULL OR owner_id = :me
                        ORDER BY system DESC, position, lower(name)""")
                .param("me", actor.id())
                .query(SegmentService::segment)
                .list();
    }

    /** The contacts of a segment (its criteria or its hand-added members), to open it in the contact list. */
    @Transactional(readOnly = true)
    public ContactFilter filterOf(UUID segmentId) {
        return get(segmentId).scope();
    }

    /**
     * One segment the current user may see: shared, or their own (another user's private segment does not exist
     * for them; system work without a user sees every segment of the brand).
     */
    @Transactional(readOnly = true)
    public Segment get(UUID segmentId) {
        return jdbc.sql("""
                        SELECT id, name, description, filter::text AS filter, owner_id, system, position
                        FROM segments
                        WHERE id = :id
                          AND (owner_id IS NULL OR owner_id = cast(:me AS uuid) OR cast(:me AS uuid) IS NULL)""")
                .param("id", segmentId)
                .param("me", actor.id())
                .query(SegmentService::segment)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("Segment " + segmentId + " does not exist"));
    }

    /**
     * Saves a filter as a user segment.
     *
     * @param shared true: visible to the whole brand; false: only to the current user
     */
    public Segment create(String name, @Nullable String description, ContactFilter filter, boolean shared) {
        return insert(name, description, filter, shared ? null : actor.id(), false, 100);
    }

    /** Creates a brand-wide system segment (brand setup and demo data). */
    public Segment createSystem(String name, @Nullable String description, ContactFilter filter, int position) {
        return insert(name, description, filter, null, true, position);
    }

    /** Renames a user segment. */
    public Segment rename(UUID segmentId, String name) {
        var segment = get(segmentId);
        requireUserSegment(segment);
        String trimmed = requireName(name);
        try {
            jdbc.sql("UPDATE segments SET name = :name, version = version + 1 WHERE id = :id")
                    .param("name", trimmed)
                    .param("id", segmentId)
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate(trimmed);
        }
        audit.record(actor.id(), "RENAME", "segment", segmentId, Map.of("from", segment.name(), "to", trimmed));
        return get(segmentId);
    }

    /** Replaces the filter of a user segment. */
    public Segment updateFilter(UUID segmentId, ContactFilter filter) {
        requireUserSegment(get(segmentId));
        jdbc.sql("UPDATE segments SET filter = cast(:filter AS jsonb), version = version + 1 WHERE id = :id")
                .param("filter", Json.write(filter))
                .param("id", segmentId)
                .update();
        audit.record(actor.id(), "UPDATE", "segment", segmentId, Map.of());
        return get(segmentId);
    }

    /** Deletes a user segment (system segments stay). */
    public void delete(UUID segmentId) {
        var segment = get(segmentId);
        requireUserSegment(segment);
        jdbc.sql("DELETE FROM segments WHERE id = :id").param("id", segmentId).update();
        audit.record(actor.id(), "DELETE", "segment", segmentId, Map.of("name", segment.name()));
    }

    /**
     * Adds contacts to a segment by hand: they belong to it from now on whether or not they match its criteria.
     * Works on built-in segments too (their criteria stay fixed). Returns how many were not members yet.
     *
     * @throws NoSuchElementException for a segment that does not exist or is another user's private one
     */
    public int addMembers(UUID segmentId, Set<UUID> contactIds) {
        var segment = get(segmentId);
        UUID me = actor.id();
        if (segment.ownerId() != null && !segment.ownerId().equals(me)) {
            throw new NoSuchElementException("Segment " + segmentId + " does not exist");
        }
        int added = 0;
        for (List<UUID> chunk : SqlValues.chunks(contactIds, 1000)) {
            added += jdbc.sql("""
                            INSERT INTO segment_members (segment_id, contact_id, added_by)
                            SELECT :segment, c.id, :me FROM contacts c WHERE c.id IN (:ids) AND c.deleted_at IS NULL
                            ON CONFLICT DO NOTHING""")
                    .param("segment", segmentId)
                    .param("me", me)
                    .param("ids", chunk)
                    .update();
        }
        if (added > 0) {
            audit.record(me, "ADD_MEMBERS", "segment", segmentId, Map.of("count", added, "ids", contactIds));
        }
        return added;
    }

    /** Takes hand-added contacts out of a segment again; returns how many were members. */
    public int removeMembers(UUID segmentId, Set<UUID> contactIds) {
        get(segmentId);
        int removed = 0;
        for (List<UUID> chunk : SqlValues.chunks(contactIds, 1000)) {
            removed += jdbc.sql("DELETE FROM segment_members WHERE segment_id = :segment AND contact_id IN (:ids)")
                    .param("segment", segmentId)
                    .param("ids", chunk)
                    .update();
        }
        if (removed > 0) {
            audit.record(
                    actor.id(), "REMOVE_MEMBERS", "segment", segmentId, Map.of("count", removed, "ids", contactIds));
        }
        return removed;
    }

    private Segment insert(
            String name,
            @Nullable String description,
            ContactFilter filter,
            @Nullable UUID owner,
            boolean system,
            int position) {
        String trimmed = requireName(name);
        UUID id;
        try {
            id = jdbc.sql("""
                            INSERT INTO segments (name, description, filter, owner_id, system, position)
                            VALUES (:name, :description, cast(:filter AS jsonb), :owner, :system, :position)
                            RETURNING id""")
                    .param("name", trimmed)
                    .param("description", description)
                    .param("filter", Json.write(filter))
                    .param("owner", owner)
                    .param("system", system)
                    .param("position", position)
                    .query(UUID.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw duplicate(trimmed);
        }
        audit.record(actor.id(), "CREATE", "segment", id, Map.of("name", trimmed));
        return get(id);
    }

    private static String requireName(@Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "A segment needs a name");
        }
        return name.strip();
    }

    private static ValidationException duplicate(String name) {
        return new ValidationException("name", "A segment named \"" + name + "\" already exists");
    }

    private static void requireUserSegment(Segment segment) {
        if (segment.system()) {
            throw new ValidationException(
                    "name", "\"" + segment.name() + "\" is a built-in segment and cannot be changed");
        }
    }

    private static Segment segment(ResultSet rs, int row) throws SQLException {
        return new Segment(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                Json.read(rs.getString("filter"), ContactFilter.class),
                SqlValues.uuid(rs, "owner_id"),
                rs.getBoolean("system"),
                rs.getInt("position"));
    }
}
