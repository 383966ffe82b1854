package com.fashionos.activities.draft;

import com.fashionos.activities.ai.DraftJson;
import com.fashionos.activities.ai.ModelJudgement;
import com.fashionos.crm.conversation.Channel;
import com.fashionos.crm.playbook.DnaRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Guardian: checks a draft against the Maison DNA's rules — banned words (whole words, any case), the required
 * email sign-off, the WhatsApp opt-out line, the length limit per channel, and that at least one verbal pillar shows
 * — and scores it 0..100. A model judgement, when there is one, is merged in. Audit failures inform the approver;
 * they never block approval.
 */
@Component
public class GuardianAuditor {

    static final int BANNED_WORD_PENALTY = 25;
    static final int SIGN_OFF_PENALTY = 20;
    static final int OPT_OUT_PENALTY = 20;
    static final int LENGTH_PENALTY = 15;
    static final int PILLAR_PENALTY = 20;
    static final int ALIGNED_FROM = 70;

    /** The rule-based audit of {@code draft} (channel EMAIL or WHATSAPP). */
    public AuditReport audit(DraftJson draft, DnaRules rules) {
        Channel channel = Channel.valueOf(draft.channel());
        String text = (draft.subject() == null ? "" : draft.subject() + "\n") + draft.body();
        List<String> issues = new ArrayList<>();
        int score = 100;
        boolean bannedFound = false;
        for (String word : rules.bannedWords()) {
            if (containsWord(text, word)) {
                issues.add("Banned word “" + word + "”");
                score -= BANNED_WORD_PENALTY;
                bannedFound = true;
            }
        }
        if (channel == Channel.EMAIL
                && rules.requiredSignOff() != null
                && !normalise(draft.body()).contains(normalise(rules.requiredSignOff()))) {
            issues.add("Missing the required sign-off “" + rules.requiredSignOff() + "”");
            score -= SIGN_OFF_PENALTY;
        }
        if (channel == Channel.WHATSAPP
                && rules.whatsappOptOut() != null
                && !normalise(draft.body()).contains(normalise(rules.whatsappOptOut()))) {
            issues.add("Missing the opt-out line “" + rules.whatsappOptOut() + "” required for WhatsApp marketing");
            score -= OPT_OUT_PENALTY;
        }
        Integer limit = rules.maxLength(channel).orElse(null);
        if (limit != null && draft.body().length() > limit) {
            issues.add("Too long for " + channel + ": " + draft.body().length() + " characters (limit " + limit + ")");
            score -= LENGTH_PENALTY;
        }
        if (!rules.pillars().isEmpty()) {
            List<String> present = rules.pillars().stream()
                    .filter(p -> pillarShows(text, p))
                    .map(DnaRules.Pillar::name)
                    .toList();
            if (present.isEmpty()) {
                issues.add("No Maison DNA pillar shows (expected one of: "
                        + String.join(
                                ", ",
                                rules.pillars().stream()
                                        .map(DnaRules.Pillar::name)
                                        .toList()) + ")");
                score -= PILLAR_PENALTY;
            }
        }
        return new AuditReport(score, score >= ALIGNED_FROM && !bannedFound, issues);
    }

    /**
     * Merges a model's judgement into the rule-based audit: the score is the weighted mean (rules 60 %, model 40 %),
     * the model's concerns are added, and the draft is aligned only if both agree.
     */
    public AuditReport merge(AuditReport rules, @Nullable ModelJudgement judgement) {
        if (judgement == null) {
            return rules;
        }
        List<String> issues = new ArrayList<>(rules.issues());
        judgement.issues().forEach(i -> issues.add("Model (" + judgement.model() + "): " + i));
        int modelScore = Math.clamp(judgement.score(), 0, 100);
        int score = (int) Math.round(rules.score() * 0.6 + modelScore * 0.4);
        return new AuditReport(score, rules.aligned() && modelScore >= ALIGNED_FROM, issues);
    }

    static boolean containsWord(String text, String word) {
        if (word.isBlank()) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(word.strip()) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }

    private static boolean pillarShows(String text, DnaRules.Pillar pillar) {
        if (containsWord(text, pillar.name())) {
            return true;
        }
        return pillar.keywords().stream().anyMatch(k -> containsWord(text, k));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
