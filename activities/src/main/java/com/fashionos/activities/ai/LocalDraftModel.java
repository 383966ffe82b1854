package com.fashionos.activities.ai;

import com.fashionos.crm.conversation.Channel;
import com.fashionos.crm.playbook.DnaRules;
import com.fashionos.workflows.draft.ComposeRequest;
import com.fashionos.workflows.draft.DraftContext;
import com.fashionos.workflows.draft.SourceSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The model used when no Gemini key is set: a deterministic writer that builds the message from the Maison DNA
 * (pillars, sign-off, opt-out, length), the retrieved SOP sections it cites, and the CRM context (contact, account,
 * deal, history). Same input, same text. It states facts only from the CRM and never from the web.
 */
public class LocalDraftModel implements DraftModel {

    public static final String PROVIDER = "local";
    public static final String MODEL = "local-template-v1";
    private static final int MAX_SOURCES = 3;
    private static final Pattern MENTION = Pattern.compile("(?i)\\bmention(?:ing)?\\s+(?:the\\s+)?([^,.;\\n]+)");
    private static final Pattern SHORTER = Pattern.compile("(?i)\\b(shorter|brief|concise|short)\\b");

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public ModelDraft compose(ComposeRequest request) {
        DraftContext ctx = request.context();
        MaisonDna dna = MaisonDna.parse(ctx.maisonDnaSummary());
        List<SourceSection> used = request.sources().stream().limit(MAX_SOURCES).toList();
        boolean shorter = request.instructions() != null
                && SHORTER.matcher(request.instructions()).find();
        String mention = mentionOf(request.instructions());
        DraftJson draft = request.channel() == com.fashionos.workflows.draft.Channel.EMAIL
                ? email(ctx, dna, used, shorter, mention)
                : whatsapp(ctx, dna, used, mention);
        // The local model answers in the same JSON the schema demands, and is held to it like any model.
        DraftJson validated = DraftSchema.parse(DraftSchema.toJson(draft));
        return new ModelDraft(validated, PROVIDER, MODEL, 0, 0);
    }

    @Override
    public Optional<ModelJudgement> judge(String dnaSummary, DraftJson draft) {
        return Optional.empty();
    }

    private DraftJson email(
            DraftContext ctx, MaisonDna dna, List<SourceSection> used, boolean shorter, @Nullable String mention) {
        String brand = dna.brandName();
        String first = firstName(ctx.contactName());
        String topic = topic(ctx, dna);
        String account = ctx.accountName();
        String subject = account == null ? brand + " — " + topic : brand + " × " + account + " — " + topic;

        List<String> paragraphs = new ArrayList<>();
        String opening = ctx.recentActivities().isEmpty()
                ? "I hope this finds you well. I am writing on behalf of " + brand + " about " + topic + "."
                : "Thank you for our recent exchange. I am writing on behalf of " + brand + " to follow up about "
                        + topic + ".";
        paragraphs.add(opening);
        String pillars = pillarSentence(dna.rules(), account);
        String offer = offerSentence(ctx, topic);
        if (shorter) {
            paragraphs.add(pillars + (mention == null ? "" : " " + mentionSentence(mention)));
        } else {
            paragraphs.add(pillars);
            paragraphs.add(offer + (mention == null ? "" : " " + mentionSentence(mention)));
        }
        paragraphs.add(
                shorter
                        ? "Would you have twenty minutes for a call in the coming days?"
                        : "Would you have twenty minutes for a call in the coming days? I would be glad to send a short "
                                + "selection of visuals beforehand so that the conversation can start from the work itself.");
        String signOff =
                dna.rules().requiredSignOff() != null ? dna.rules().requiredSignOff() : "Warm regards,\n" + brand;

        String body = assemble("Dear " + first + ",", paragraphs, signOff);
        int limit = dna.rules().maxLength(Channel.EMAIL).orElse(Integer.MAX_VALUE);
        while (body.length() > limit && paragraphs.size() > 2) {
            paragraphs.remove(paragraphs.size() - 2);
            body = assemble("Dear " + first + ",", paragraphs, signOff);
        }
        return new DraftJson(
                "EMAIL",
                subject,
                body,
                "en",
                rationale(dna, used, shorter, mention, ctx.language()),
                used.stream().map(SourceSection::citation).toList());
    }

    private DraftJson whatsapp(DraftContext ctx, MaisonDna dna, List<SourceSection> used, @Nullable String mention) {
        String first = firstName(ctx.contactName());
        String topic = topic(ctx, dna);
        var text = new StringBuilder();
        text.append("Hello ")
                .append(first)
                .append(", this is ")
                .append(dna.brandName())
                .append(". ");
        DnaRules.Pillar pillar =
                dna.rules().pillars().isEmpty() ? null : dna.rules().pillars().getFirst();
        text.append("We would love to share ").append(topic);
        if (ctx.accountName() != null) {
            text.append(" with ").append(ctx.accountName());
        }
        text.append(pillar == null ? "." : ", in the spirit of " + pillar.name().toLowerCase(Locale.ROOT) + ".");
        if (mention != null) {
            text.append(' ').append(mentionSentence(mention));
        }
        text.append(" Would a short call this week suit you?");
        if (dna.rules().whatsappOptOut() != null) {
            text.append("\n\n").append(dna.rules().whatsappOptOut());
        }
        return new DraftJson(
                "WHATSAPP",
                null,
                text.toString(),
                "en",
                rationale(dna, used, false, mention, ctx.language()),
                used.stream().map(SourceSection::citation).toList());
    }

    private static String assemble(String greeting, List<String> paragraphs, String signOff) {
        return greeting + "\n\n" + String.join("\n\n", paragraphs) + "\n\n" + signOff;
    }

    private static String pillarSentence(DnaRules rules, @Nullable String account) {
        List<String> names = rules.pillars().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT))
                .limit(3)
                .toList();
        String partner = account == null ? "you" : account;
        if (names.isEmpty()) {
            return "We believe there is a natural affinity between our house and " + partner + ".";
        }
        return "Our house is guided by " + joinAnd(names) + ", and we see the same care in " + partner
                + "; that shared sensibility is why we are reaching out.";
    }

    private static String offerSentence(DraftContext ctx, String topic) {
        var s = new StringBuilder("We would like to explore ").append(topic).append(" together");
        if (ctx.accountType() != null) {
            s.append(
                    switch (ctx.accountType()) {
                        case "SPONSOR" ->
                            ", as a partnership built around the collection rather than a simple placement";
                        case "MEDIA" -> ", with early access to the collection and the people behind it";
                        case "BUYER" -> ", with a preview of the pieces we believe suit your clients";
                        default -> "";
                    });
        }
        return s.append(".").toString();
    }

    private static String mentionSentence(String mention) {
        return "I would also love to talk about the " + mention + ".";
    }

    private static String topic(DraftContext ctx, MaisonDna dna) {
        if (ctx.dealTitle() != null && !ctx.dealTitle().isBlank()) {
            return ctx.dealTitle();
        }
        return dna.campaign() != null ? "our " + dna.campaign() + " collection" : "a collaboration";
    }

    private static String rationale(
            MaisonDna dna, List<SourceSection> used, boolean shorter, @Nullable String mention, String language) {
        var s = new StringBuilder("Local model (no Gemini key): built from the Maison DNA v").append(dna.version());
        if (!dna.rules().pillars().isEmpty()) {
            s.append(" pillars (")
                    .append(String.join(
                            ", ",
                            dna.rules().pillars().stream()
                                    .map(DnaRules.Pillar::name)
                                    .toList()))
                    .append(")");
        }
        if (!used.isEmpty()) {
            s.append(", following ")
                    .append(String.join(
                            "; ", used.stream().map(SourceSection::citation).toList()));
        }
        s.append(", and the CRM record only — no web facts.");
        if (shorter) {
            s.append(" Shortened as asked.");
        }
        if (mention != null) {
            s.append(" Mentions the ").append(mention).append(" as asked.");
        }
        if (!"en".equalsIgnoreCase(language)) {
            s.append(" Written in English: the local model does not translate (contact language: ")
                    .append(language)
                    .append(").");
        }
        return s.toString();
    }

    private static @Nullable String mentionOf(@Nullable String instructions) {
        if (instructions == null) {
            return null;
        }
        Matcher m = MENTION.matcher(instructions);
        return m.find() ? m.group(1).strip() : null;
    }

    static String firstName(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return space > 0 ? n.substring(0, space) : n;
    }

    private static String joinAnd(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }
}
