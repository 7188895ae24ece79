package dev.gantry.guard.pii.entities;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Slot values for the synthetic entity sentences, drawn from Datafaker in one locale per sentence. Entity slots
 * (labelled): P full name, F first name, L last name, PM name with a middle initial, PF first + middle + last,
 * C city, CO country, S state or region, SA state abbreviation, LOC any place, O company, O1 one-word company,
 * U university. Plain slots (not labelled, so the
 * model learns that capitalised words are not always names): T title, E e-mail, PH phone, D weekday, M month,
 * PR product, J job title, ST street address, N number, APP app name, Q an ordinary sentence ({@link Quotes}).
 */
final class EntityValues {
    private static final List<String> TITLES = List.of("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Dr", "Miss");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    private final Faker faker;
    private final Random random;

    EntityValues(String locale, Random random) {
        this.faker = new Faker(Locale.forLanguageTag(locale), random);
        this.random = random;
    }

    /** The value for {@code slot}, or null when the slot is unknown. */
    String value(String slot) {
        return switch (slot) {
            case "P" -> faker.name().firstName() + " " + faker.name().lastName();
            case "F" -> faker.name().firstName();
            case "L" -> faker.name().lastName();
            case "PM" -> faker.name().firstName() + " " + initial() + ". " + faker.name().lastName();
            case "PF" -> faker.name().firstName() + " " + faker.name().firstName() + " " + faker.name().lastName();
            case "C" -> faker.address().city();
            case "CO" -> faker.address().country();
            case "S" -> faker.address().state();
            case "LOC" -> value(List.of("C", "C", "CO", "S").get(random.nextInt(4)));
            case "SA" -> faker.address().stateAbbr();
            case "O1" -> oneWord(faker.company().name());
            case "O" -> faker.company().name();
            case "U" -> faker.university().name();
            case "T" -> TITLES.get(random.nextInt(TITLES.size()));
            case "E" -> faker.internet().emailAddress();
            case "PH" -> faker.phoneNumber().phoneNumber();
            case "D" -> DAYS.get(random.nextInt(DAYS.size()));
            case "M" -> MONTHS.get(random.nextInt(MONTHS.size()));
            case "PR" -> faker.commerce().productName();
            case "J" -> faker.job().title();
            case "ST" -> faker.address().streetAddress();
            case "N" -> Integer.toString(1 + random.nextInt(5000));
            case "APP" -> faker.app().name();
            case "Q" -> Quotes.ALL.get(random.nextInt(Quotes.ALL.size()));
            default -> null;
        };
    }

    /** The entity type of a labelled slot, or null for plain slots. */
    static String typeOf(String slot) {
        return switch (slot) {
            case "P", "F", "L", "PM", "PF" -> "PERSON";
            case "C", "CO", "S", "LOC", "SA" -> "LOCATION";
            case "O", "U", "O1" -> "ORGANIZATION";
            default -> null;
        };
    }

    /** The longest word of a company name ("Schmidt-Weber GmbH" gives "Schmidt-Weber"), for one-word names. */
    private static String oneWord(String name) {
        String best = "";
        for (String word : name.split("[\\s,]+")) if (word.length() > best.length()) best = word;
        return best;
    }

    private char initial() {
        return (char) ('A' + random.nextInt(26));
    }
}
