/** Activities: the relationship timeline (emails, calls, notes, meetings, WhatsApp, stage changes) and tasks with due dates. */
@NullMarked
package com.fashionos.crm.activity;

import org.jspecify.annotations.NullMarked;
