package dev.gantry.guard.pii;

import static dev.gantry.guard.pii.FindingAssertions.assertReasonsHideValues;
import static dev.gantry.guard.pii.FindingAssertions.values;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.guard.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressRecognizerTest {
    private final StreetAddressRecognizer recognizer = new StreetAddressRecognizer();

    private List<String> found(String text) {
        List<Finding> findings = recognizer.find(text);
        assertReasonsHideValues(text, findings);
        return values(text, findings);
    }

    @Test
    void aFullAddressInASentenceIsOneFindingFromNumberToPostcode() {
        assertThat(found("Can you send the part to 2187 Larkspur Lane, Boise, ID 83705? It cracked."))
                .containsExactly("2187 Larkspur Lane, Boise, ID 83705");
        assertThat(found("Our office: Hauptstraße 12, 10115 Berlin")).containsExactly("Hauptstraße 12, 10115 Berlin");
        assertThat(found("nous habitons au 8 rue des Lilas, 69003 Lyon depuis mai"))
                .containsExactly("8 rue des Lilas, 69003 Lyon");
        assertThat(found("We're moving from 34 Pell St, Apt 5, New York, NY 10013 to Madison"))
                .containsExactly("34 Pell St, Apt 5, New York, NY 10013");
    }

    @Test
    void anAddressAcrossLinesInASentenceEndsWhereTheTextGoesOn() {
        String text = "I'll meet you at 25615 Tawastintie 72 Apt. 004\nKNIVSTA, nan 18237 after the concert.";
        assertThat(found(text)).containsExactly("25615 Tawastintie 72 Apt. 004\nKNIVSTA, nan 18237");
        assertThat(found("Address:\nBrucker Bundesstrasse 31\n Suite 245\n FÜRLING\n Austria 25173."))
                .containsExactly("Brucker Bundesstrasse 31\n Suite 245\n FÜRLING\n Austria 25173");
    }

    @Test
    void streetsAreReadInTheWordOrderOfTheirLanguage() {
        assertThat(found("Meet me at Via dei Fiorentini 17")).containsExactly("Via dei Fiorentini 17");
        assertThat(found("The shop is on ul. Słowicza 10")).containsExactly("ul. Słowicza 10");
        assertThat(found("It's on Kiannonkatu 98")).containsExactly("Kiannonkatu 98");
        assertThat(found("Send it to 815 S 7th Street")).containsExactly("815 S 7th Street");
        assertThat(found("Envíalo a Calle 60 No. 491 por favor")).containsExactly("Calle 60 No. 491");
        assertThat(found("Please forward my mail to 2-14-5 Jingumae, Shibuya-ku, Tokyo 150-0001."))
                .containsExactly("2-14-5 Jingumae, Shibuya-ku, Tokyo 150-0001");
    }

    @Test
    void inABlockUnderANameEachLinePartIsItsOwnFindingAndTownsAreLeftToTheEntityModel() {
        String text = "Lara Pottinger\n\n3247 Rua Igreja 25\n Apt. 236\n Ribeirão\n Portugal 64677";
        assertThat(found(text)).containsExactly("3247", "Rua Igreja 25", "Apt. 236", "64677");
    }

    @Test
    void militaryAndPostBoxAddressesAreFound() {
        assertThat(found("Dreux Joly\nPaxata\nPSC 3294, Box 9168\nAPO AA 61487\n416 60 039 office"))
                .containsExactly("PSC 3294, Box 9168\nAPO AA 61487");
        assertThat(found("USNS Saibara\nFPO AP 12428")).containsExactly("USNS Saibara\nFPO AP 12428");
        assertThat(found("Ship to PO Box 4471, Anchorage, AK 99509-4471, USA, thanks"))
                .containsExactly("PO Box 4471, Anchorage, AK 99509-4471, USA");
        assertThat(found("Skicka fakturan till Box 7083, 402 32 Göteborg.")).containsExactly("Box 7083, 402 32 Göteborg");
    }

    @Test
    void aStreetWithoutANumberCountsWhereSomeoneLivesOrWithAPostcode() {
        assertThat(found("I live on Elm Street, right by the old mill")).containsExactly("Elm Street");
        assertThat(found("She Lives On Elm Street now")).containsExactly("Elm Street");
        assertThat(found("Send it to Ballyvaughan Road, Kinvara, H91 K7P2, thanks"))
                .containsExactly("Ballyvaughan Road, Kinvara, H91 K7P2");
        assertThat(found("Wall Street rallied today")).isEmpty();
        assertThat(found("I love walking down Oxford Street, London")).isEmpty();
    }

    @Test
    void aNameAndNumberWithoutAStreetWordCountsWithAPostcodeAndTownAfterIt() {
        assertThat(found("Adressen er Vesterbrogade 14, 3. sal, 1620 København V, ring på"))
                .containsExactly("Vesterbrogade 14, 3. sal, 1620 København V");
        assertThat(found("Sender:\nNikos Papadopoulos\nTsimiski 45\n546 23 Thessaloniki\nGreece"))
                .containsExactly("Tsimiski 45\n546 23 Thessaloniki\nGreece");
        assertThat(found("Oi! Meu endereço é Rua Augusta, 1508 - apto 45, São Paulo - SP, 01310-100. Valeu!"))
                .singleElement().asString().startsWith("Rua Augusta, 1508");
        assertThat(found("Could the engineer come to Rosebank Cottage, Mill Lane, Cambridge CB22 5EW? Thanks"))
                .containsExactly("Rosebank Cottage, Mill Lane, Cambridge CB22 5EW");
        assertThat(found("Health Interview Surveys 1997, 2001 and 2005 were pooled")).isEmpty();
        assertThat(found("Issue 2, 2007 of the journal")).isEmpty();
    }

    @Test
    void aBlockAfterABlankLineReportsItsPostcodeLines() {
        assertThat(found("send it home instead?\n\n17 Acacia Avenue\nWoking\nGU22 7AB\n\nThanks, Jess"))
                .containsExactly("17 Acacia Avenue", "GU22 7AB");
        assertThat(found("the NDA to our office?\n\n1675 Larimer St\nDenver, CO 80202\n\nThanks"))
                .containsExactly("1675 Larimer St", "Denver, CO 80202");
    }

    @Test
    void aFlatLineAboveTheStreetBelongsToTheAddress() {
        assertThat(found("DELIVER TO\nPriya Raman\nApt 9C\n301 E 64th St\nNew York, NY 10065\nDoorman building, ring"))
                .containsExactly("Apt 9C\n301 E 64th St\nNew York, NY 10065");
    }

    @Test
    void aSignatureLinesFieldsAreSeparatedByDotsOrBars() {
        assertThat(found("Greenleaf Dental · 411 Maple Ave, Suite 3 · Westfield, NJ 07090 · (908) 555-0112"))
                .containsExactly("411 Maple Ave, Suite 3 · Westfield, NJ 07090");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Street Fighter 6 comes out in June", "Route 66 was built in 1926", "Windows 11 Home", "Apollo 13 Mission",
        "Chapter 12 Main Ideas", "We upgraded to Windows 11 last week", "2 Broke Girls is a sitcom",
        "Suite 16 by Bach", "Room 101 in Orwell's novel", "Meeting on April 11 at 3 pm",
        "Um 14 Uhr im Raum 3 treffen wir uns", "2.1 +/- 0.9 GBq 131I was given",
        "runs on Windows XP and Mac OS X 10.4", "signals via Toll-like receptor 4 (TLR4)",
        "Box 3 of 12 arrived damaged", "Boeing 737 MAX 9 grounded", "Road Trip Day 3", "Version 2 Park release notes",
        "tracking number 1Z999AA10123456784", "Gate B12 closes 20 minutes before departure",
        "I bought an iPhone 15 Pro Max 256 GB", "Take State Route 9 north", "Get the 7-day JR Pass first"})
    void lookAlikesAreNoAddresses(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void oddAndHugeInputNeitherFailsNorTakesLong() {
        assertThat(found("")).isEmpty();
        assertThat(found("\uD800 ::: 12 ,,, \n\n\n 3 . . Apt")).isNotNull();
        String many = "Meet me at 12 Main Street, Springfield, IL 62701 Apt 4 ".repeat(4_000);
        assertThat(found(many)).hasSizeGreaterThan(1_000);
        String longLine = "1 Main St " + "Aa Bb 12 ".repeat(20_000);
        assertThat(found(longLine)).isNotNull();
    }
}
