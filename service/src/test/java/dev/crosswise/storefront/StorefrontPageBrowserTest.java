package dev.crosswise.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.graph.EmbeddedNeo4j;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example storefront page in a real browser (headless Chromium), against the README's demo: the service on its
 * embedded default with the demo seed and generated keys, plus a customer-token secret. The page finds the storefront
 * key and a demo customer's token by itself; the test reads what it recorded straight from Neo4j over Bolt: a card
 * counts as shown once it is scrolled into view, not when drawn, once per decision however often it is drawn, and
 * an anonymous visitor's impressions follow it to the customer at login.
 */
class StorefrontPageBrowserTest {

    private static final String SECRET = "browser-test-storefront-secret-0123456789-abcdef";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    @TempDir
    Path browserProfile;

    private static ConfigurableApplicationContext app;
    private static Driver neo4j;
    private ChromeDriver browser;

    @BeforeAll
    static void startTheDemo() {
        app = new SpringApplication(CrosswiseApplication.class).run(
                "--server.port=0",
                "--crosswise.api-keys=",
                "--crosswise.storefront-jwt-secret=" + SECRET,
                "--crosswise.neo4j.data-dir=" + dataDir,
                "--crosswise.neo4j.bolt-port=0",
                "--crosswise.neo4j.page-cache=64m",
                "--crosswise.demo.activity.enabled=false",
                "--crosswise.rules.watch=false",
                "--crosswise.rules.compiler-warm-up=false");
        neo4j = GraphDatabase.driver(app.getBean(EmbeddedNeo4j.class).boltUri(), AuthTokens.none());
    }

    @AfterAll
    static void stopTheDemo() {
        if (neo4j != null) {
            neo4j.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void openABrowser() {
        browser = HeadlessChromium.start(browserProfile);
    }

    @AfterEach
    void closeTheBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnonymousVisitorsCardsShowRealProductsAndCountForItsSessionWhichFollowsItAtLogin() {
        open("");
        String visitor = browser.findElement(By.tagName("body")).getDomAttribute("data-visitor");
        assertThat(visitor).startsWith("visitor:");

        List<WebElement> cards = cards("product-cards");
        assertThat(cards).isNotEmpty().allSatisfy(this::assertThatCardShowsItsProduct);
        WebElement cartCard = cards("cart-cards").getFirst();
        assertThatCardShowsItsProduct(cartCard);
        String decision = cartCard.getDomAttribute("data-decision");
        assertThat(count("MATCH (d:Decision {id: $id})-[:FOR]->(:Customer:Visitor {id: $visitor}) RETURN count(d) AS n",
                Map.of("id", decision, "visitor", visitor))).as("decided for the anonymous session").isEqualTo(1);
        waitFor(() -> "recorded".equals(cards.getFirst().getDomAttribute("data-shown")));
        assertThat(responses(cartCard, "SHOWN")).as("below the window: not seen yet").isZero();

        scrollTo(cartCard);
        waitFor(() -> "recorded".equals(cartCard.getDomAttribute("data-shown")));
        assertThat(responses(cartCard, "SHOWN")).isEqualTo(1);

        // logging in (the demo's stand-in for the shop's backend links the session): the impression is Ada's now
        new Select(browser.findElement(By.id("visitor"))).selectByValue("C-ADA");
        waitFor(() -> "C-ADA".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-visitor"))
                && "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-rendered")));
        assertThat(count("MATCH (d:Decision {id: $id})-[:FOR]->(:Customer {id: 'C-ADA'}) RETURN count(d) AS n",
                Map.of("id", decision))).isEqualTo(1);
        assertThat(count("MATCH (v:Customer {id: $visitor}) RETURN count(v) AS n", Map.of("visitor", visitor))).isZero();
    }

    @Test
    void aLoggedInCustomersCardCountsAsShownWhenScrolledIntoViewOnceAndAsClickedWhenClicked() {
        open("?customer=C-ADA");

        // the product's cards are in the window: each is reported SHOWN once its observer sees it
        WebElement productCard = cards("product-cards").getFirst();
        waitFor(() -> "recorded".equals(productCard.getDomAttribute("data-shown")));
        assertThat(responses(productCard, "SHOWN")).isEqualTo(1);

        // the cart's cards are drawn below the window: drawn is not shown
        WebElement cartCard = cards("cart-cards").getFirst();
        assertThatCardShowsItsProduct(cartCard);
        String decision = cartCard.getDomAttribute("data-decision");
        assertThat(count("MATCH (d:Decision {id: $id})-[:FOR]->(:Customer {id: 'C-ADA'}) RETURN count(d) AS n",
                Map.of("id", decision))).as("decide recorded the cart's decision for Ada").isEqualTo(1);
        assertThat(cartCard.getDomAttribute("data-shown")).isNull();
        assertThat(responses(cartCard, "SHOWN")).as("not seen yet").isZero();

        scrollTo(cartCard);
        waitFor(() -> "recorded".equals(cartCard.getDomAttribute("data-shown")));
        assertThat(responses(cartCard, "SHOWN")).isEqualTo(1);

        // a re-render asks decide again with the same request id: the same decision, no new impression
        long decisionsForAda = count("MATCH (d:Decision)-[:FOR]->(:Customer {id: 'C-ADA'}) RETURN count(d) AS n", Map.of());
        browser.findElement(By.id("render-again")).click();
        waitFor(() -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-rendered"))
                && !cards("cart-cards").isEmpty());
        WebElement redrawn = cards("cart-cards").getFirst();
        assertThat(redrawn.getDomAttribute("data-decision")).isEqualTo(decision);
        scrollTo(redrawn);
        waitFor(() -> "recorded".equals(redrawn.getDomAttribute("data-shown")));
        assertThat(count("MATCH (d:Decision)-[:FOR]->(:Customer {id: 'C-ADA'}) RETURN count(d) AS n", Map.of()))
                .isEqualTo(decisionsForAda);
        assertThat(responses(redrawn, "SHOWN")).isEqualTo(1);

        redrawn.click();
        waitFor(() -> "recorded".equals(redrawn.getDomAttribute("data-clicked")));
        assertThat(responses(redrawn, "CLICKED")).isEqualTo(1);
        assertThat(browser.findElement(By.id("toast")).getText()).contains(redrawn.getDomAttribute("data-sku"));
    }

    private void open(String query) {
        browser.get("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort()
                + "/examples/storefront/" + query);
        waitFor(() -> {
            String rendered = browser.findElement(By.tagName("body")).getDomAttribute("data-rendered");
            if ("failed".equals(rendered)) {
                throw new AssertionError("The page could not draw its cards: " + browser.findElement(By.id("status")).getText());
            }
            return "true".equals(rendered);
        });
    }

    private List<WebElement> cards(String container) {
        return browser.findElements(By.cssSelector("#" + container + " .card"));
    }

    /** A card drawn from a product of the graph: its name, price and currency, picture and page. */
    private void assertThatCardShowsItsProduct(WebElement card) {
        String sku = card.getDomAttribute("data-sku");
        var product = neo4j.executableQuery("MATCH (p:Product {sku: $sku}) RETURN p.name AS name, p.price AS price")
                .withParameters(Map.of("sku", sku)).execute().records();
        assertThat(product).as("card %s is a product of the graph", sku).hasSize(1);
        assertThat(card.findElement(By.className("name")).getText()).isEqualTo(product.getFirst().get("name").asString());
        assertThat(card.findElement(By.className("headline")).getText()).isNotBlank();
        assertThat(card.findElement(By.className("card-price")).getText()).contains("€")
                .contains(String.valueOf((long) product.getFirst().get("price").asDouble()));
        assertThat(card.findElement(By.tagName("img")).getDomProperty("naturalWidth")).as("the picture loaded").isNotEqualTo("0");
        assertThat(card.getDomAttribute("href")).isEqualTo("/products/" + sku);
    }

    /** Responses of {@code type} recorded for the card's product and decision. */
    private long responses(WebElement card, String type) {
        return count("""
                MATCH (r:Response {type: $type, sku: $sku})-[:RESPONDS_TO]->(:Decision {id: $decision})
                RETURN count(r) AS n""",
                Map.of("type", type, "sku", card.getDomAttribute("data-sku"), "decision", card.getDomAttribute("data-decision")));
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return neo4j.executableQuery(cypher).withParameters(parameters).execute().records().getFirst().get("n").asLong();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, WAIT).until(driver -> condition.getAsBoolean());
    }
}
