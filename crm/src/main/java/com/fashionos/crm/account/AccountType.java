package com.fashionos.crm.account;

/** What an account is to the Maison. */
public enum AccountType {
    SPONSOR("Sponsor"),
    BUYER("Buyer"),
    MEDIA("Media"),
    VENDOR("Vendor");

    private final String label;

    AccountType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
