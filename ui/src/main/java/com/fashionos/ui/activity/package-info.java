/**
 * Activity UI shared by the detail views: the timeline, tasks with due dates, the log-an-activity dialog, the recent
 * activity feed of the sidebar (live through server push) and how dates and amounts are written for the user.
 */
@NullMarked
package com.fashionos.ui.activity;

import org.jspecify.annotations.NullMarked;
