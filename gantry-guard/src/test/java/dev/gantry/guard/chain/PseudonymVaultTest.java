package dev.gantry.guard.chain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudonymVaultTest {
    @Test
    void numbersPlaceholdersPerTypeAndReusesThemForTheSameValue() {
        PseudonymVault vault = new PseudonymVault();

        assertThat(vault.placeholderFor("EMAIL_ADDRESS", "a@x.io")).isEqualTo("<EMAIL_ADDRESS_1>");
        assertThat(vault.placeholderFor("PHONE_NUMBER", "+44 20 7946 0958")).isEqualTo("<PHONE_NUMBER_1>");
        assertThat(vault.placeholderFor("EMAIL_ADDRESS", "b@x.io")).isEqualTo("<EMAIL_ADDRESS_2>");
        assertThat(vault.placeholderFor("EMAIL_ADDRESS", "a@x.io")).isEqualTo("<EMAIL_ADDRESS_1>");
        assertThat(vault.size()).isEqualTo(3);
        assertThat(vault.maxPlaceholderLength()).isEqualTo("<EMAIL_ADDRESS_1>".length());
    }

    @Test
    void typesBecomePlaceholderSafeLabels() {
        PseudonymVault vault = new PseudonymVault();

        assertThat(vault.placeholderFor("ip-address", "10.0.0.1")).isEqualTo("<IP_ADDRESS_1>");
        assertThat(vault.placeholderFor("", "x")).isEqualTo("<VALUE_1>");
    }

    @Test
    void restoresOnlyItsOwnPlaceholders() {
        PseudonymVault vault = new PseudonymVault();
        vault.placeholderFor("EMAIL_ADDRESS", "a@x.io");

        assertThat(vault.restore("to <EMAIL_ADDRESS_1>, not <EMAIL_ADDRESS_2> or <b>")).isEqualTo("to a@x.io, not <EMAIL_ADDRESS_2> or <b>");
        assertThat(vault.valueOf("<EMAIL_ADDRESS_1>")).contains("a@x.io");
        assertThat(vault.toString()).doesNotContain("a@x.io");
    }
}
