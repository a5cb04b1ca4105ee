package dev.crosswise.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Prometheus server's key: optional, long enough, and its own. */
class ScrapeKeyTest {

    private static final ApiKeys API_KEYS = ApiKeys.parse("an-admin-key-0123456789:admin");

    @Test
    void noKeyConfiguredMatchesNothing() {
        ScrapeKey none = ScrapeKey.parse("  ", API_KEYS);

        assertThat(none.configured()).isFalse();
        assertThat(none.matches("")).isFalse();
        assertThat(none.matches(null)).isFalse();
    }

    @Test
    void aConfiguredKeyMatchesItselfOnly() {
        ScrapeKey key = ScrapeKey.parse("a-scrape-key-0123456789", API_KEYS);

        assertThat(key.matches("a-scrape-key-0123456789")).isTrue();
        assertThat(key.matches("a-scrape-key-012345678")).isFalse();
        assertThat(key.matches("an-admin-key-0123456789")).isFalse();
    }

    @Test
    void aShortKeyOrOneOfTheApiKeysStopsTheStart() {
        assertThatThrownBy(() -> ScrapeKey.parse("short", API_KEYS)).isInstanceOf(SecretConfigurationException.class)
                .hasMessage("it has 5 characters; use at least 16 random characters");
        assertThatThrownBy(() -> ScrapeKey.parse("an-admin-key-0123456789", API_KEYS))
                .hasMessageContaining("is also one of CROSSWISE_API_KEYS");
    }
}
