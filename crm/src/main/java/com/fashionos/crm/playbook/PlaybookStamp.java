package com.fashionos.crm.playbook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What identifies the indexed state of one playbook, without its text: a cache of its sections stays valid while its
 * stamp is unchanged (re-indexing sets {@code indexedAt}, every edit bumps {@code version}).
 *
 * @param id the playbook
 * @param active whether its sections are retrieved
 * @param indexedAt when its sections were last stored, null if never
 * @param version its optimistic-lock version, bumped on every change
 */
public record PlaybookStamp(
        UUID id, boolean active, @Nullable Instant indexedAt, int version) {}
