package dev.crosswise.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Analysts' message templates: every shipped file reads, a language falls back to English, a typo never serves. */
class MessageTemplatesTest {

    private static final Wording WELCOME_BACK = new Wording(Moment.SECOND_VISIT, Strategy.UPSELL, List.of(),
            Map.of("product", "Cashmere blazer", "anchor", "Navy wool blazer"));

    @Test
    void everyTemplateFileOfTheRulesFolderReads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules/messages"))) {
            for (Path file : files.toList()) {
                var parsed = MessageTemplateFile.parse(file.toString(), Files.readString(file));
                assertThat(parsed.problems()).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void aLanguageSaysWhatItsFileSaysAndEnglishTheRest(@TempDir Path rules) throws IOException {
        write(rules, "fr", """
                SECOND_VISIT.message = Bon retour ! {offer}
                UPSELL.message = Faites-vous plaisir : {product}
                """);
        MessageTemplates texts = MessageTemplatesFolder.readOnce(rules).current();

        assertThat(texts.message(WELCOME_BACK, "fr")).isEqualTo("Bon retour ! Faites-vous plaisir : Cashmere blazer");
        assertThat(texts.headline(WELCOME_BACK, "fr")).isEqualTo("Welcome back");
        assertThat(texts.message(WELCOME_BACK, "de"))
                .isEqualTo("Welcome back! Treat yourself: Cashmere blazer, a step up from the Navy wool blazer");
    }

    @Test
    void aTextIsNeverHalfInOneLanguage(@TempDir Path rules) throws IOException {
        write(rules, "fr", "SECOND_VISIT.message = Bon retour ! {offer}\n");

        // {offer} is said in the same language: without the strategy's French text, the whole message is English
        assertThat(MessageTemplatesFolder.readOnce(rules).current().message(WELCOME_BACK, "fr"))
                .isEqualTo("Welcome back! Treat yourself: Cashmere blazer, a step up from the Navy wool blazer");
    }

    @Test
    void aTextWhosePlaceholderHasNoValueGivesWayToAMoreGeneralOne() {
        Wording noAnchor = new Wording(Moment.POST_PURCHASE, Strategy.POPULAR, List.of("trending"),
                Map.of("product", "Luma bridge"));

        assertThat(MessageTemplates.shipped().message(noAnchor, "en")).isEqualTo("Trending now: Luma bridge");
        assertThat(MessageTemplates.shipped().headline(noAnchor, "en")).isEqualTo("Trending now");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"fr, fr", "fr-CA, fr", "FR_fr, fr", "null, en", "'', en", "'<script>', null"})
    void aLocaleReadsAsItsLanguage(String locale, String language) {
        assertThat(MessageTemplates.language(locale)).isEqualTo(language);
    }

    @Test
    void mistakesAreReportedWithTheirLine() {
        var parsed = MessageTemplateFile.parse("messages/messages_fr.properties", """
                # a comment
                POST_PURCHSE.message = Merci !
                SECOND_VISIT.message = Bon retour, {prodcut}
                UPSELL.message = {offer} et plus
                COMPLETION.headline = Complétez {via
                a line without an equals sign
                SEASONAL.message = Prêt ? {offer}
                """);

        assertThat(parsed.problems()).extracting(RuleProblem::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(parsed.problems().get(0).message()).contains("'POST_PURCHSE' is not a moment, strategy or variant");
        assertThat(parsed.problems().get(1).message()).contains("unknown placeholder {prodcut}");
        assertThat(parsed.problems().get(2).message()).contains("has no moment");
        assertThat(parsed.texts()).containsOnlyKeys("SEASONAL.message");
    }

    @Test
    void aBrokenFileKeepsThePreviousTextsUntilItIsFixed(@TempDir Path rules) throws IOException {
        write(rules, "fr", "headline = Choisi pour vous\n");
        MessageTemplatesFolder folder = MessageTemplatesFolder.readOnce(rules);
        Wording anything = Wording.ofProduct(Strategy.ECOSYSTEM, null, "Luma bridge");
        assertThat(folder.current().headline(anything, "fr")).isEqualTo("Choisi pour vous");

        write(rules, "fr", "headline = Pour {vous}\n");
        folder.reloadIfChanged();

        assertThat(folder.current().headline(anything, "fr")).isEqualTo("Choisi pour vous");
        assertThat(folder.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/messages_fr.properties");
            assertThat(problem.line()).isOne();
        });

        write(rules, "fr", "headline = Rien que pour vous\n");
        folder.reloadIfChanged();

        assertThat(folder.current().headline(anything, "fr")).isEqualTo("Rien que pour vous");
        assertThat(folder.problems()).isEmpty();
    }

    @Test
    void aLanguageBrokenFromTheStartSpeaksEnglish(@TempDir Path rules) throws IOException {
        write(rules, "de", "SECOND_VISIT.message = Willkommen {zurück}\n");

        MessageTemplatesFolder folder = MessageTemplatesFolder.readOnce(rules);

        assertThat(folder.current().speaks("de")).isFalse();
        assertThat(folder.current().message(WELCOME_BACK, "de"))
                .isEqualTo("Welcome back! Treat yourself: Cashmere blazer, a step up from the Navy wool blazer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DISCOUNT      | {gift}     | {listPrice} {price} {product} {promotion} {saving} {until}
            BUNDLE        | {product}  | {listPrice} {price} {products} {promotion} {saving} {until}
            GIFT          | {gap}      | {gift} {price} {product} {promotion} {saving} {until}
            FREE_SHIPPING | {until}    | {gap} {price} {product} {saving}
            EARLY_ACCESS  | {saving}   | {price} {product} {until}
            """)
    void anOfferMessagesPlaceholderOfAnotherKindIsAProblemNamingThoseOfItsKind(String kind, String wrong, String known) {
        var parsed = MessageTemplateFile.parse("messages/messages_de.properties",
                "# offers\noffer." + kind + ".message = {product} " + wrong + "\n");

        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("messages/messages_de.properties");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).isEqualTo("unknown placeholder " + wrong + "; offer." + kind
                    + ".message knows: " + known);
        });
    }

    @Test
    void anOfferMessagesVariantDoesWithoutWhatItsNameSays() {
        var parsed = MessageTemplateFile.parse("messages/messages_fr.properties", """
                offer.DISCOUNT.open.message = Économisez {saving} jusqu'au {until}.
                offer.BUNDLE.unnamed.message = Complétez l'ensemble {promotion}.
                offer.FREE_SHIPPING.open.message = Plus que {gap}.
                offer.GIFT.late.message = {gift} offert.
                offer.EARLY_ACCESS.open.message = Accès anticipé : {product}.
                offer.and = et
                """);

        assertThat(parsed.problems()).extracting(RuleProblem::line).containsExactly(1, 2, 3, 4);
        assertThat(parsed.problems().get(0).message()).isEqualTo("unknown placeholder {until}; "
                + "offer.DISCOUNT.open.message knows: {listPrice} {price} {product} {promotion} {saving}");
        assertThat(parsed.problems().get(1).message()).startsWith("unknown placeholder {promotion}; ");
        assertThat(parsed.problems().get(2).message()).isEqualTo(
                "'offer.FREE_SHIPPING.open.message': a FREE_SHIPPING offer has no {until} to do without");
        assertThat(parsed.problems().get(3).message()).contains("expected offer.<one of BUNDLE, DISCOUNT, EARLY_ACCESS, "
                + "FREE_SHIPPING, GIFT>[.<one of open, unnamed, plain>].message");
        assertThat(parsed.texts()).containsOnlyKeys("offer.EARLY_ACCESS.open.message", "offer.and");
    }

    @Test
    void anOfferWithoutAValueIsSaidByTheVariantThatDoesWithoutIt() {
        MessageTemplates texts = MessageTemplates.shipped();
        Map<String, String> launching = new java.util.HashMap<>(Map.of("product", "Trail runner X", "price", "€149.00",
                "until", "1 December 2026, 00:00 UTC"));

        assertThat(texts.offerMessage("EARLY_ACCESS", in -> launching, "en")).isEqualTo(
                "Early access: Trail runner X (€149.00) is yours before everyone: it launches on 1 December 2026, 00:00 UTC.");
        launching.put("until", null);
        assertThat(texts.offerMessage("EARLY_ACCESS", in -> launching, "en"))
                .isEqualTo("Early access: Trail runner X (€149.00) is yours before everyone.");
        Map<String, String> discount = new java.util.HashMap<>(Map.of("product", "Silk knit tie", "price", "€28.00",
                "listPrice", "€35.00", "saving", "€7.00"));
        assertThat(texts.offerMessage("DISCOUNT", in -> discount, "en"))
                .isEqualTo("Save €7.00 on Silk knit tie: €28.00 instead of €35.00.");
        discount.put("until", "31 December 2026, 23:59 UTC");
        assertThat(texts.offerMessage("DISCOUNT", in -> discount, "en"))
                .isEqualTo("Save €7.00 on Silk knit tie: €28.00 instead of €35.00, until 31 December 2026, 23:59 UTC.");
    }

    @Test
    void aListOfProductsIsJoinedByTheLanguagesWord(@TempDir Path rules) throws IOException {
        write(rules, "de", "offer.and = und\n");
        MessageTemplates texts = MessageTemplatesFolder.readOnce(rules).current();

        assertThat(texts.listOf(List.of("A", "B", "C"), "de")).isEqualTo("A, B und C");
        assertThat(texts.listOf(List.of("A", "B"), "en")).isEqualTo("A and B");
        assertThat(texts.listOf(List.of("A"), "de")).isEqualTo("A");
    }

    private static void write(Path rules, String language, String content) throws IOException {
        Files.createDirectories(rules.resolve("messages"));
        Files.writeString(rules.resolve("messages/messages_" + language + ".properties"), content, StandardCharsets.UTF_8);
    }
}
