/**
 * Agent runs: the audit trail of every AI proposal (which agent, what it saw, what it proposed with which sources,
 * which model and how many tokens, and who decided what and when).
 */
@NullMarked
package com.fashionos.crm.airun;

import org.jspecify.annotations.NullMarked;
