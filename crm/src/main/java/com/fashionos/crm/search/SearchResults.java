package com.fashionos.crm.search;

import java.util.List;

/** Global search results, grouped. */
public record SearchResults(List<SearchHit> contacts, List<SearchHit> accounts, List<SearchHit> deals) {

    public SearchResults {
        contacts = List.copyOf(contacts);
        accounts = List.copyOf(accounts);
        deals = List.copyOf(deals);
    }

    public static SearchResults empty() {
        return new SearchResults(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return contacts.isEmpty() && accounts.isEmpty() && deals.isEmpty();
    }

    /** All hits in group order (contacts, accounts, deals), for keyboard navigation. */
    public List<SearchHit> all() {
        var all = new java.util.ArrayList<SearchHit>(contacts);
        all.addAll(accounts);
        all.addAll(deals);
        return all;
    }
}
