package com.fashionos.crm.demo;

import java.util.List;
import java.util.Map;

/** The demo Maison's playbooks: its DNA (with the Guardian's machine-readable rules) and two outreach SOPs. */
final class DemoTexts {

    private DemoTexts() {}

    static final String SIGN_OFF = "With warm regards, Maison Aurelle";
    static final String WHATSAPP_OPT_OUT = "Reply STOP to opt out.";

    static final Map<String, Object> DNA_RULES = Map.of(
            "pillars", List.of("Quiet Confidence", "Desert Light", "Craft over Noise"),
            "bannedWords",
                    List.of(
                            "cheap",
                            "discount",
                            "deal of the year",
                            "hype",
                            "viral",
                            "game-changer",
                            "synergy",
                            "guys",
                            "ASAP",
                            "limited time"),
            "requiredSignOff", SIGN_OFF,
            "whatsappOptOut", WHATSAPP_OPT_OUT,
            "maxLength", Map.of("EMAIL", 1200, "WHATSAPP", 600));

    static final String DNA = """
            # Maison DNA v2.1

            Maison Aurelle speaks the way it cuts cloth: precisely, warmly, without raising its voice.
            This document is the reference for every message that leaves the house, written by a person or drafted
            by an agent. The Guardian checks drafts against it before anyone approves them.

            ## Verbal DNA pillars

            ### Quiet Confidence
            We never shout, chase or beg. We state what we offer and why it matters to the reader, then stop.
            One clear invitation per message. No exclamation marks in a first contact.

            ### Desert Light
            Desert Noir SS25 is about warm light on dark sand: ochre, umber, midnight. Imagery is sensory and
            specific (hand-dyed sand palette, raw silk catching late sun), never generic ("stunning", "iconic").

            ### Craft over Noise
            Lead with the hands that make the work: the Milan silk mill, the Paris atelier, the embroidery hours.
            Numbers are welcome when they are true (hours, metres, artisans); superlatives are not.

            ## Tone rules
            - Address people by name; use their title only in the first message to an editor.
            - Short paragraphs, at most three per email. WhatsApp: two or three sentences.
            - Speak as "we" for the Maison, "you" for the reader. No slang, no emoji in emails.
            - Offer, don't pressure: no deadlines unless a real one exists (show dates, press days).

            ## Banned words
            cheap, discount, deal of the year, hype, viral, game-changer, synergy, guys, ASAP, limited time.

            ## Required elements
            - Every email ends with the sign-off: "With warm regards, Maison Aurelle".
            - Every WhatsApp message ends with the opt-out line: "Reply STOP to opt out."
            - Mention the campaign by its name, Desert Noir SS25, at most once.

            ## Length limits
            | Channel | Maximum characters |
            | --- | --- |
            | Email | 1200 |
            | WhatsApp | 600 |
            """;

    static final String SPONSOR_SOP = """
            # Sponsor Outreach SOP

            How Maison Aurelle approaches a brand partner for Desert Noir SS25, from first note to signed contract.

            ## Qualify the sponsor
            Only approach partners whose product sits comfortably beside the collection: skincare, fragrance,
            fine watches, craft beverages. Check recent collaborations and tone on their website; avoid partners
            whose last campaign relied on discounting or celebrity hype.

            ## First message
            Email the partnerships lead by name. Open with one sentence on why their product belongs in the
            Desert Noir world (light, skin, craft), then one concrete idea: a backstage ritual, a gift for the front
            row, a co-signed object. Offer a call; do not attach a deck to a first message.

            ## Follow-up cadence
            One follow-up after five working days, by email. A second, by WhatsApp only if they have written to us
            on WhatsApp before. Never more than two follow-ups without a reply.

            ## Proposal and pricing
            Move the deal to Pitch once a call is booked. Share the partnership tiers (Emerging, Core, Premium,
            Flagship) only after the call. Contract needs a value forecast and an expected close date.

            ## After the show
            Within ten days send the partner an ROI note: placements, EMV estimate, images credited to them.
            """;

    static final String PRESS_SOP = """
            # Press & Editor Outreach SOP

            How we invite editors, stylists and writers to see Desert Noir SS25.

            ## Who we invite
            Editors-in-chief and fashion editors of titles whose readers buy or influence luxury ready-to-wear;
            stylists who have pulled from the Maison before; features writers working on craft stories.

            ## The invitation
            Email first, by name, with the show date, the venue in one line and one sentence on what they will
            see that nobody else shows this season. Offer a private preview at the atelier as an alternative.

            ## Samples and credits
            Sample requests get an answer within one working day. Every loan needs a return date and the credit
            line "Maison Aurelle, Desert Noir SS25".

            ## WhatsApp etiquette
            Only for editors who gave us their number for show logistics. Two or three sentences, the opt-out line
            at the end, never after 20:00 in their time zone.

            ## After publication
            Thank the editor within two days, share the piece internally and log it on the deal's timeline.
            """;
}
