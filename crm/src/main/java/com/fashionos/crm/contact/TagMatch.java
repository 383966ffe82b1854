package com.fashionos.crm.contact;

/** Whether a tag filter needs all of its tags on a contact or any one of them. */
public enum TagMatch {
    ALL,
    ANY
}
