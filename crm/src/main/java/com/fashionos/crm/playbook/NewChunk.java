package com.fashionos.crm.playbook;

/** One section of a playbook to store, with its embedding. */
public record NewChunk(String heading, String content, float[] embedding) {}
