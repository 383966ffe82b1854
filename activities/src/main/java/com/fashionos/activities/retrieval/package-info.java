/**
 * The Retriever: Markdown playbooks cut into sections, embedded with a local model (bge-small, offline from its jar),
 * ranked by cosine similarity combined with PostgreSQL full-text rank.
 */
@NullMarked
package com.fashionos.activities.retrieval;

import org.jspecify.annotations.NullMarked;
