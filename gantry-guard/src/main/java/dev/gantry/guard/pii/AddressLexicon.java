package dev.gantry.guard.pii;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * The words street addresses are built from, in the languages whose postal formats write "number street" or
 * "street number": street types as words ("Street", "rua", "ul."), street types that end a compound word
 * ("Kiannonkatu", "Brixtonlaan", "Villacherstrasse"), unit words ("Apt.", "Suite"), post-box words, and the
 * function words that never belong to a street name. All lookups take a lower-cased word without its final dot.
 */
final class AddressLexicon {
    /** Street types written as a word of their own, before or after the name. */
    private static final Set<String> STREET_TYPES = Set.of(
            // English (postal abbreviations included)
            "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "way", "drive", "dr", "court", "ct",
            "place", "pl", "boulevard", "blvd", "terrace", "ter", "crescent", "cres", "close", "square", "sq",
            "parkway", "pkwy", "highway", "hwy", "circle", "cir", "trail", "row", "walk", "grove", "gardens", "mews",
            "alley", "plaza", "loop", "path", "pike", "turnpike", "expressway", "freeway", "causeway", "crossing",
            "crossroad", "crossroads", "promenade", "esplanade", "hill", "heights", "park", "green", "greens",
            "gateway", "summit", "point", "flats", "fort", "estate", "estates", "club", "courts", "coves", "cove",
            "parks", "pass", "extension", "extensions", "streets", "ridge", "view", "vista", "glen", "meadow",
            "meadows", "harbor", "harbour", "haven", "landing", "junction", "manor", "mill", "orchard", "wharf",
            "quay", "wynd", "broadway", "centre", "center", "rise", "vale", "lodge", "creek", "lake", "river",
            "island", "islands", "forks", "rapids", "squares", "prairie", "points", "dale", "mall", "isle", "hills",
            "valley", "falls", "springs", "station", "parade", "cross", "bypass", "spur", "trace", "track",
            // French, Spanish, Portuguese, Italian, Catalan
            "rue", "chemin", "allée", "allee", "impasse", "quai", "cours", "route", "bd", "faubourg", "calle",
            "avenida", "avda", "paseo", "camino", "carrera", "carretera", "ronda", "travesía", "travesia", "vía",
            "plazuela", "rambla", "carrer", "passeig", "rua", "travessa", "largo", "praça", "praca", "estrada",
            "alameda", "rodovia", "via", "viale", "piazza", "piazzale", "corso", "vicolo", "strada", "contrada",
            "borgo", "lungomare", "salita",
            // German, Dutch, Nordic, Baltic (as separate words)
            "straße", "strasse", "str", "weg", "gasse", "platz", "allé", "markt", "ring", "damm", "ufer", "steig",
            "straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "baan", "hove", "vej", "gade", "gatan",
            "vägen", "gata", "gate", "veien", "vegen", "vegur", "katu", "tie", "kuja", "polku", "tee", "tänav",
            "põik", "pst", "puiestee", "maantee", "mnt", "iela", "gatvė",
            // Slavic, Hungarian, Romanian, Greek, Turkish, Cyrillic
            "ul", "ulica", "al", "aleja", "os", "osiedle", "nám", "náměstí", "třída", "ulice", "cesta", "trg",
            "utca", "u", "út", "útja", "tér", "körút", "krt", "köz", "sor", "rkp", "rakpart", "calea", "bulevardul",
            "bd-ul", "str-la",
            "οδός", "οδος", "λεωφόρος", "λεωφ", "λ", "sokak", "sok", "cadde", "caddesi", "cad", "bulvarı",
            "улица", "ул", "проспект", "пр", "пр-т", "переулок", "пер", "шоссе", "бульвар", "бул");

    /** Street types that end a compound name ("Søndergade", "Puruntie"); matched when the word is longer. */
    private static final List<String> STREET_SUFFIXES = List.of(
            "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ufer", "markt", "steig",
            "straat", "laan", "plein", "gracht", "kade", "singel", "dijk", "hove", "vej", "gade", "gatan", "vägen",
            "gränd", "torget", "veien", "vegen", "vegur", "gata", "katu", "tie", "kuja", "polku", "kaari",
            "raitti", "braut", "stræti", "stræde", "vænget", "krogen", "brücke", "tänav", "iela", "ulica", "utca",
            "street", "road", "avenue", "lane", "drive", "-daero", "-ro", "-gil");

    /**
     * Street types written before the name ("Rua Augusta 112", "ul. Miła 53", "26 rue des Lilas"). English types
     * come after it: "Street Fighter 6" is no street.
     */
    private static final Set<String> PREFIX_TYPES = Set.of(
            "rue", "avenue", "boulevard", "bd", "chemin", "allée", "allee", "impasse", "quai", "cours", "route",
            "place", "faubourg", "calle", "avenida", "avda", "av", "paseo", "camino", "carrera", "carretera", "ronda",
            "travesía", "travesia", "vía", "rambla", "carrer", "passeig", "plaza", "rua", "travessa", "largo",
            "praça", "praca", "estrada", "alameda", "rodovia", "via", "viale", "piazza", "piazzale", "corso",
            "vicolo", "strada", "contrada", "borgo", "lungomare", "salita", "ul", "ulica", "al", "aleja", "os",
            "osiedle", "nám", "náměstí", "calea", "bulevardul", "bd-ul", "str", "str-la", "οδός", "οδος",
            "λεωφόρος", "λεωφ", "λ", "улица", "ул", "проспект", "пр", "пр-т", "переулок", "пер", "шоссе", "бульвар",
            "бул");

    private static final Set<String> DIRECTIONS = Set.of(
            "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "nord", "sud", "est",
            "ouest", "oost", "zuid", "noord");

    /** Floor, door and building words in a European address line: "2. OG links", "3º izq.", "planta 7". */
    private static final Set<String> FLOOR_WORDS = Set.of(
            "og", "eg", "dg", "ug", "links", "rechts", "mitte", "tv", "th", "mf", "st", "izq", "izda", "dcha",
            "dcho", "der", "esq", "dto", "dt", "int", "m", "planta", "piso", "casa", "bajos", "bajo", "étage",
            "etage", "bureau", "bloco", "bloque", "escalera", "esc", "puerta", "pta", "lok", "mieszk", "byt",
            "door", "stock", "tür", "top", "stiege", "bus", "boîte", "bte", "º", "ª", "e", "er", "ème", "sal",
            "scala", "piano", "interno", "izquierda", "derecha", "daire", "kat", "andar", "apto", "sc", "et", "ap");



    /** Words written for a label before an address: "Address:", "Adresse de livraison :", "Ship to:". */
    private static final Set<String> LABELS = Set.of(
            "address", "addr", "adresse", "adres", "adress", "adressa", "anschrift", "dirección", "direccion",
            "direção", "endereço", "endereco", "indirizzo", "adresa", "osoite", "ship", "deliver", "delivery",
            "shipping", "billing", "mailing", "postal", "sender", "absender", "recipient", "empfänger",
            "expéditeur", "destinataire", "livraison", "from", "to", "office", "headquarters", "hq", "location");


    /** Prefix types that are everyday words in small letters: "via email", "en route", "of course". */
    private static final Set<String> COMMON_WORDS = Set.of("via", "route", "cours", "largo", "corso", "place");

    /** Small words inside a town's name besides the particles: "Freiburg im Breisgau", "Newcastle upon Tyne". */
    private static final Set<String> TOWN_WORDS = Set.of("im", "an", "upon", "on", "bei", "in");

    /** English street types: a number after them names a road ("Route 9"), not a house. */
    private static final Set<String> ENGLISH_ONLY_TYPES = Set.of(
            "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "court", "ct", "route",
            "highway", "hwy", "way", "boulevard", "blvd", "parkway", "pkwy", "freeway", "expressway", "turnpike",
            "pike", "trail", "circle", "terrace", "interstate", "motorway", "bypass");

    private static final Set<String> ENGLISH_AND_PREFIX =
            Set.of("avenue", "av", "boulevard", "bd", "place", "route", "plaza", "str");

    /** The last letters of the suffixes: most words end otherwise and need no suffix test. */
    private static final String SUFFIX_ENDS = lastLetters(STREET_SUFFIXES);

    private static String lastLetters(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) if (sb.indexOf(w.substring(w.length() - 1)) < 0) sb.append(w.charAt(w.length() - 1));
        return sb.toString();
    }

    /** Apartment, suite and floor words, followed by their number. */
    private static final Set<String> UNITS = Set.of(
            "apt", "apartment", "apartamento", "appt", "app", "appartement", "suite", "ste", "unit", "flat", "room",
            "rm", "floor", "fl", "level", "bldg", "building", "bâtiment", "bat", "dept", "wohnung", "whg", "lgh",
            "lok", "piso", "andar", "sala", "apto", "dpto", "depto", "blk", "block");

    /** Words that open a post-box address ("P.O. Box", "Postbox", "Postfach"), followed by its number. */
    private static final Set<String> BOXES = Set.of(
            "postbox", "postfach", "apartado", "postboks", "postbus", "packstation", "postfiliale");

    /** US military mail: the unit line ("PSC 1234, Box 5678") and the post-office line ("APO AE 09012"). */
    private static final Set<String> MILITARY_UNITS = Set.of("psc", "unit", "cmr");
    private static final Set<String> MILITARY_POST_OFFICES = Set.of("apo", "fpo", "dpo");
    private static final Set<String> MILITARY_AREAS = Set.of("aa", "ae", "ap");
    private static final Set<String> SHIP_PREFIXES = Set.of("usns", "usnv", "uss", "uscgc");

    /** Short words that may stand inside a street or town name ("Rua de Kairouan", "Jiřího z Poděbrad"). */
    private static final Set<String> PARTICLES = Set.of(
            "de", "da", "do", "dos", "das", "del", "della", "dei", "degli", "di", "du", "des", "la", "le", "les",
            "van", "von", "der", "den", "het", "e", "y", "z", "u", "na", "nad", "pod", "am", "of",
            "the", "el", "al", "dels", "sur", "lès", "aan", "op", "ter", "ten", "zum", "zur", "sankt", "st", "bis");

    /** Function words and verbs that end a street or town name in running text. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "at", "in", "on", "to", "is", "are", "was", "were", "be", "been", "my", "your",
            "our", "his", "her", "their", "its", "and", "or", "but", "for", "with", "from", "by", "it", "this",
            "that", "these", "those", "i", "we", "you", "he", "she", "they", "me", "us", "them", "as", "near",
            "after", "before", "since", "until", "between", "corner", "side", "if", "then", "so", "not",
            "please", "till", "here", "there", "when", "where", "what", "which", "who", "how", "why", "will", "would",
            "can", "could", "should", "do", "does", "did", "have", "has", "had", "about", "into", "over", "under",
            "up", "down", "out", "off", "per", "than", "also", "just", "only", "all", "any", "some", "every",
            "last", "next", "first", "version", "chapter", "page", "section", "figure", "table",
            "step", "level", "season", "episode", "part", "volume", "vol", "no", "number", "windows", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "office", "fax", "mobile", "tel", "phone", "desk", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "tomorrow");

    /** What a word is, as bits (see {@link #flags}): the grammar asks each token many times, the sets once. */
    static final int STREET_TYPE = 1 << 0;
    static final int COMPOUND = 1 << 1;
    static final int PREFIX_TYPE = 1 << 2;
    static final int ENGLISH_TYPE = 1 << 3;
    static final int COMMON_WORD = 1 << 4;
    static final int UNIT = 1 << 5;
    static final int BOX = 1 << 6;
    static final int MILITARY_UNIT = 1 << 7;
    static final int MILITARY_POST = 1 << 8;
    static final int MILITARY_AREA = 1 << 9;
    static final int SHIP = 1 << 10;
    static final int PARTICLE = 1 << 11;
    static final int TOWN_PARTICLE = 1 << 12;
    static final int STOP = 1 << 13;
    static final int DIRECTION = 1 << 14;
    static final int FLOOR = 1 << 15;
    static final int LABEL = 1 << 16;
    static final int ENGLISH_ONLY = 1 << 17;

    private AddressLexicon() {}

    /** All the lists {@code key} is in, as a bit set of the constants above: one map lookup. */
    static int flags(String key) {
        int flags = WORD_FLAGS.getOrDefault(key, 0);
        return endsWithStreetType(key) ? flags | COMPOUND : flags;
    }

    private static Map<String, Integer> wordFlags() {
        Map<String, Integer> map = new HashMap<>();
        add(map, STREET_TYPES, STREET_TYPE);
        add(map, PREFIX_TYPES, PREFIX_TYPE);
        add(map, ENGLISH_AND_PREFIX, ENGLISH_TYPE);
        add(map, UNITS, UNIT);
        add(map, BOXES, BOX);
        add(map, MILITARY_UNITS, MILITARY_UNIT);
        add(map, MILITARY_POST_OFFICES, MILITARY_POST);
        add(map, MILITARY_AREAS, MILITARY_AREA);
        add(map, SHIP_PREFIXES, SHIP);
        add(map, PARTICLES, PARTICLE | TOWN_PARTICLE);
        add(map, TOWN_WORDS, TOWN_PARTICLE);
        add(map, COMMON_WORDS, COMMON_WORD);
        add(map, STOP_WORDS, STOP);
        add(map, DIRECTIONS, DIRECTION);
        add(map, FLOOR_WORDS, FLOOR);
        add(map, LABELS, LABEL);
        add(map, ENGLISH_ONLY_TYPES, ENGLISH_ONLY);
        return Map.copyOf(map);
    }

    private static void add(Map<String, Integer> map, Set<String> words, int flag) {
        for (String word : words) map.merge(word, flag, (a, b) -> a | b);
    }

    static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 1 && lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }


    /** A compound ending in a street type, with at least three letters of name before it. */
    static boolean endsWithStreetType(String key) {
        if (key.length() < 5 || SUFFIX_ENDS.indexOf(key.charAt(key.length() - 1)) < 0) return false;
        for (String suffix : STREET_SUFFIXES) {
            if (key.length() >= suffix.length() + 3 && key.endsWith(suffix)) return true;
        }
        return false;
    }













    /** Last: built from the sets above. */
    private static final Map<String, Integer> WORD_FLAGS = wordFlags();
}
