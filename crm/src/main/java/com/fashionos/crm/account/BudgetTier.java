package com.fashionos.crm.account;

/** How much an account can spend with or for the Maison, smallest first. */
public enum BudgetTier {
    EMERGING("Emerging"),
    CORE("Core"),
    PREMIUM("Premium"),
    FLAGSHIP("Flagship");

    private final String label;

    BudgetTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
