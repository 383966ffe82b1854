/** Demo data: a fictional Maison with contacts, accounts, deals, activities, segments and playbooks, seeded once into an empty database. */
@NullMarked
package com.fashionos.crm.demo;

import org.jspecify.annotations.NullMarked;
