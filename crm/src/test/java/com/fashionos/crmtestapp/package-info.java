/** Test application for the CRM module's Spring tests. */
@NullMarked
package com.fashionos.crmtestapp;

import org.jspecify.annotations.NullMarked;
