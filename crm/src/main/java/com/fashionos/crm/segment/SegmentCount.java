package com.fashionos.crm.segment;

import com.fashionos.crm.common.CountResult;

/** A segment with the number of contacts it matches now. */
public record SegmentCount(Segment segment, CountResult count) {}
