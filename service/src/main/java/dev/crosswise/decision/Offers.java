package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.messages.MessageTemplates;
import dev.crosswise.promotion.Money;
import dev.crosswise.promotion.Offer;
import dev.crosswise.promotion.OfferKind;
import dev.crosswise.promotion.Promotion;
import dev.crosswise.rules.facts.Incentive;
import dev.crosswise.rules.facts.IncentiveRefused;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the incentive the rules attached to an action into its {@link Offer}: of several, the one that saves most that
 * no guardrail refused. The message says the saving plainly, and the promotion's real end.
 */
final class Offers {

    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private Offers() {
    }

    /** The incentive to show: the largest saving not refused; null when there is none. */
    static Incentive best(List<Incentive> incentives, Map<Incentive, List<IncentiveRefused>> refusals) {
        Incentive best = null;
        for (Incentive incentive : incentives) {
            if (refusals.containsKey(incentive)) {
                continue;
            }
            if (best == null || incentive.getSaving() > best.getSaving()
                    || incentive.getSaving() == best.getSaving()
                    && Objects.toString(incentive.getPromotionId(), "").compareTo(Objects.toString(best.getPromotionId(), "")) < 0) {
                best = incentive;
            }
        }
        return best;
    }

    /**
     * The offer, its message worded in English by {@code texts} ({@code offer.<KIND>.message}); said again in the
     * language asked for when the answer is written ({@link #message(Offer, MessageTemplates, String)}).
     */
    static Offer offer(Incentive incentive, Map<String, Product> products, Map<String, Promotion> promotions,
                       MessageTemplates texts) {
        OfferKind kind = OfferKind.valueOf(incentive.getKind());
        Promotion promotion = incentive.getPromotionId() == null ? null : promotions.get(incentive.getPromotionId());
        OffsetDateTime expiresAt = promotion == null ? null : promotion.endsAt().withOffsetSameInstant(ZoneOffset.UTC);
        if (kind == OfferKind.EARLY_ACCESS) {
            // early access ends when everyone may buy it: the launch
            Product product = products.get(incentive.getCandidate().getSku());
            expiresAt = product == null || product.launchedAt() == null ? null
                    : product.launchedAt().withOffsetSameInstant(ZoneOffset.UTC);
        }
        List<Product> offered = incentive.getSkus().stream().map(products::get).filter(Objects::nonNull).toList();
        Double gap = kind == OfferKind.FREE_SHIPPING ? round(incentive.getGap()) : null;
        Offer unworded = new Offer(kind, round(incentive.getPrice()), round(incentive.getSaving()), expiresAt, promotion,
                offered, null, gap);
        String worded = message(unworded, texts, MessageTemplates.ENGLISH);
        return new Offer(kind, unworded.price(), unworded.saving(), expiresAt, promotion, offered,
                worded != null ? worded : englishMessage(incentive, offered, expiresAt), gap);
    }

    /**
     * An offer's message in {@code language}, as the message templates word it ({@code offer.<KIND>.message}); null
     * when it cannot be said (a product deleted since, no template that does without what the offer lacks).
     */
    static String message(Offer offer, MessageTemplates texts, String language) {
        List<String> names = offer.products().stream().map(p -> p.name() == null ? p.sku() : p.name()).toList();
        if (names.isEmpty() || offer.kind() == OfferKind.GIFT && names.size() < 2) {
            return null;
        }
        return texts.offerMessage(offer.kind().name(), in -> {
            Map<String, String> values = new HashMap<>();
            values.put("product", names.getFirst());
            values.put("products", texts.listOf(names, in));
            values.put("gift", names.size() > 1 ? names.get(1) : null);
            values.put("price", Money.euros(offer.price()));
            values.put("listPrice", Money.euros(offer.price() + offer.saving()));
            values.put("saving", Money.euros(offer.saving()));
            values.put("gap", offer.gap() == null ? null : Money.euros(offer.gap()));
            values.put("promotion", offer.promotion() == null ? null : offer.promotion().name());
            values.put("until", offer.expiresAt() == null ? null : endIn(in).format(offer.expiresAt()));
            return values;
        }, language);
    }

    /** How a language writes an offer's end: "31 December 2026, 23:00 UTC", "31. Dezember 2026, 23:00 UTC". */
    private static DateTimeFormatter endIn(String language) {
        return MessageTemplates.ENGLISH.equals(language) ? END
                : DateTimeFormatter.ofPattern(("de".equals(language) ? "d. " : "d ") + "MMMM yyyy, HH:mm 'UTC'",
                        Locale.forLanguageTag(language));
    }

    /**
     * The last resort, when no template can say the offer (the shipped English always can, unless the products are
     * missing): the English the templates word by default.
     */
    static String englishMessage(Incentive incentive, List<Product> offered, OffsetDateTime expiresAt) {
        return switch (OfferKind.valueOf(incentive.getKind())) {
            case BUNDLE -> bundleMessage(incentive, offered, expiresAt);
            case GIFT -> giftMessage(incentive, expiresAt);
            case EARLY_ACCESS -> "Early access: " + incentive.getCandidate().getName() + " ("
                    + Money.euros(incentive.getPrice()) + ") is yours before everyone"
                    + (expiresAt == null ? "." : ": it launches on " + END.format(expiresAt) + ".");
            default -> message(incentive, expiresAt);
        };
    }

    /** "Complete the Office look bundle: Oxford shoes and Silk tie for €171.00 instead of €190.00 (save €19.00), until …." */
    static String bundleMessage(Incentive incentive, List<Product> rest, OffsetDateTime expiresAt) {
        List<String> names = rest.stream().map(p -> p.name() == null ? p.sku() : p.name()).toList();
        String together = names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        String text = "Complete the " + incentive.getPromotionName() + " bundle: " + together + " for "
                + Money.euros(incentive.getPrice()) + " instead of " + Money.euros(incentive.getPromotion().getListPrice())
                + " (save " + Money.euros(incentive.getSaving()) + ")";
        return expiresAt == null ? text + "." : text + ", until " + END.format(expiresAt) + ".";
    }

    /**
     * "Get Silk knit tie free (worth €35.00) when you buy Wool overcoat (€259.00), with Overcoat gift, until
     * 31 December 2026, 23:00 UTC."
     */
    static String giftMessage(Incentive incentive, OffsetDateTime expiresAt) {
        String text = "Get " + incentive.getPromotion().getGiftName() + " free (worth " + Money.euros(incentive.getSaving())
                + ") when you buy " + incentive.getCandidate().getName() + " (" + Money.euros(incentive.getPrice())
                + "), with " + incentive.getPromotionName();
        return expiresAt == null ? text + "." : text + ", until " + END.format(expiresAt) + ".";
    }

    /** "Save €7.00 on Silk knit tie: €28.00 instead of €35.00 with Winter accessories week, until 31 December 2026, 23:59 UTC." */
    static String message(Incentive incentive, OffsetDateTime expiresAt) {
        String name = incentive.getCandidate().getName();
        if ("FREE_SHIPPING".equals(incentive.getKind())) {
            return "Add " + Money.euros(incentive.getGap()) + " to ship free: " + name + " ("
                    + Money.euros(incentive.getPrice()) + ") takes your cart there.";
        }
        String text = "Save " + Money.euros(incentive.getSaving()) + " on " + name + ": " + Money.euros(incentive.getPrice())
                + " instead of " + Money.euros(incentive.getPromotion().getListPrice());
        if (incentive.getPromotionName() != null) {
            text += " with " + incentive.getPromotionName();
        }
        return expiresAt == null ? text + "." : text + ", until " + END.format(expiresAt) + ".";
    }

    /**
     * The action's INCENTIVE reason: what the rule said, which promotion, and the margin left after the discount (or
     * after the gift's cost).
     */
    static String reason(Incentive incentive) {
        StringBuilder text = new StringBuilder(incentive.getText());
        if (incentive.isGift()) {
            text.append("; promotion ").append(incentive.getPromotionId()).append(" (").append(incentive.getPromotionName())
                    .append("): ").append(incentive.getPromotion().getGiftName()).append(" free (worth ")
                    .append(Money.euros(incentive.getSaving())).append(") at ").append(Money.euros(incentive.getPrice()));
        } else if (incentive.getPromotion() != null) {
            text.append("; promotion ").append(incentive.getPromotionId()).append(" (").append(incentive.getPromotionName())
                    .append("): ").append(Money.euros(incentive.getPrice())).append(" instead of ")
                    .append(Money.euros(incentive.getPromotion().getListPrice()));
        }
        text.append(incentive.isMarginKnown()
                ? "; margin after it " + Math.round(incentive.getMarginAfter() * 100) + " %"
                : "; margin unknown");
        return text.toString();
    }

    private static double round(double amount) {
        return Math.round(amount * 100.0) / 100.0;
    }
}
