package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * Update {@code improve}: redraft the current version following the instructions.
 *
 * @param instructions what to change ("shorter, mention the Milan show"); not blank
 * @param userId who asked
 */
public record ImproveRequest(String instructions, UUID userId) {}
