/** Deals through Lead, Pitch, Contract and ROI: stage gates, stage changes with their activity, audit and event, the kanban and the deal list. */
@NullMarked
package com.fashionos.crm.deal;

import org.jspecify.annotations.NullMarked;
