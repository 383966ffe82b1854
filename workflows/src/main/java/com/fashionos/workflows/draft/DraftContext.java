package com.fashionos.workflows.draft;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the Content agent knows when it drafts: the recipient, their account, the deal, recent history and the
 * Maison DNA. Read by {@link DraftActivities#gatherContext}.
 *
 * @param contactName recipient's name
 * @param contactRole recipient's role, if known
 * @param contactEmail recipient's email address, if any
 * @param contactWhatsapp recipient's WhatsApp number in E.164, if any
 * @param language the contact's language code (e.g. {@code en}, {@code fr})
 * @param accountName the contact's account, if any
 * @param accountType SPONSOR, BUYER, MEDIA or VENDOR, if there is an account
 * @param accountWebsite the account's website, if known
 * @param websiteText text fetched from the website (or the stored website summary), if available
 * @param dealTitle the deal's title, if the draft is about a deal
 * @param dealStage LEAD, PITCH, CONTRACT or ROI, if there is a deal
 * @param dealValue the deal's forecast value, if any
 * @param dealCurrency ISO currency of the value, if any
 * @param recentActivities one line per recent timeline entry, newest first
 * @param maisonDnaSummary the DNA pillars and rules the draft must follow
 * @param whatsappWindowOpen true when a free-form WhatsApp message is allowed (24 h after the last inbound message)
 * @param whatsappTemplates the brand's approved templates, for when the window is closed
 * @param inProcessModel true when drafts are written and judged by the in-process local model (milliseconds, no
 *     cost), so the workflow may run compose and audit as local activities; false for a remote model (Gemini) and in
 *     contexts recorded before this field existed
 */
public record DraftContext(
        String contactName,
        @Nullable String contactRole,
        @Nullable String contactEmail,
        @Nullable String contactWhatsapp,
        String language,
        @Nullable String accountName,
        @Nullable String accountType,
        @Nullable String accountWebsite,
        @Nullable String websiteText,
        @Nullable String dealTitle,
        @Nullable String dealStage,
        @Nullable BigDecimal dealValue,
        @Nullable String dealCurrency,
        List<String> recentActivities,
        String maisonDnaSummary,
        boolean whatsappWindowOpen,
        List<WhatsAppTemplate> whatsappTemplates,
        boolean inProcessModel) {

    public DraftContext {
        recentActivities = recentActivities == null ? List.of() : List.copyOf(recentActivities);
        whatsappTemplates = whatsappTemplates == null ? List.of() : List.copyOf(whatsappTemplates);
    }

    /**
     * Whether the account's website should be read: it has one, its text is not stored, and the drafting model is a
     * remote one that uses it (the in-process model drafts from templates, DNA and playbooks, not from the website).
     */
    public boolean needsWebsiteText() {
        return !inProcessModel && websiteText == null && accountWebsite != null && !accountWebsite.isBlank();
    }

    /** This context with the account's website text. */
    public DraftContext withWebsiteText(@Nullable String text) {
        return new DraftContext(
                contactName,
                contactRole,
                contactEmail,
                contactWhatsapp,
                language,
                accountName,
                accountType,
                accountWebsite,
                text,
                dealTitle,
                dealStage,
                dealValue,
                dealCurrency,
                recentActivities,
                maisonDnaSummary,
                whatsappWindowOpen,
                whatsappTemplates,
                inProcessModel);
    }
}
