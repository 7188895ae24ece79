package dev.gantry.guard.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers found by Google libphonenumber's {@code findNumbers} for a set of default regions (numbers written
 * with {@code +CC} are found whatever the region). Leniency is {@link Leniency#POSSIBLE}, chosen by measurement on the
 * Presidio-style development set: VALID found only 62 of 92 numbers with 11 regions (78 with 27 regions; the rest are
 * fictional ranges or local numbers without an area code) while POSSIBLE found all 92. POSSIBLE also fires on house
 * numbers, postcodes, dates and ids (over a thousand false hits there), so it is narrowed by the context rules below;
 * numbers that are also VALID for a region score higher.
 */
final class PhoneRecognizer implements Recognizer {
    static final List<String> DEFAULT_REGIONS =
            List.of("US", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "CA", "BR", "CH", "SE", "BE", "AT", "PL");
    private static final int MIN_DIGITS = 7;
    // Unformatted 7-digit runs in ordinary text are mostly codes and counts (measured on the benign prompts and
    // abstracts in shared/data); from 8 digits a valid number is kept even without a cue.
    private static final int MIN_BARE_DIGITS = 8;
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:phone|tel|telephone|call|calling|fax|mobile|cell|cellphone|contact|reach|dial|whatsapp|sms"
                    + "|text|hotline|helpline)\\b");
    private static final Pattern LABEL_AFTER =
            Pattern.compile("(?i)^\\W{0,3}(?:office|fax|mobile|home|work|cell|phone|tel)\\b");
    // Numbers introduced as some other identifier are not phones unless a phone cue says otherwise.
    private static final Pattern OTHER_ID_CUE = Pattern.compile("(?i)\\b(?:licen[cs]e|passport|account|acct|"
            + "invoice|order|tracking|policy|member(?:ship)?|customer|employee|ssn|social security|iban|card)\\b");
    private static final Pattern POSTAL_CUE = Pattern.compile("(?i)\\b(?:zip|postal|post ?code|postcode|plz|cep)\\b");
    // House number followed by a street name: "4021 Crown St", "12 Archwood Avenue".
    private static final Pattern STREET_AFTER = Pattern.compile("^[ \\t]+(?:[\\p{L}.'-]+[ \\t]+){0,3}"
            + "(?i:street|st|avenue|ave|road|rd|place|pl|drive|dr|lane|ln|sq|square|boulevard|blvd|way|court|ct"
            + "|terrace|parkway|highway|hwy|mews|close|crescent|rue|via|calle|rua|avenida|strasse|straße|gasse|weg|vej"
            + "|gatan|gata|plaza|plein|laan|chemin|allee|allée)\\b");
    private static final Pattern CAPITALISED_WORD_AFTER = Pattern.compile("^[ \\t]+\\p{Lu}\\p{Ll}");
    private static final Pattern TWO_PLAIN_GROUPS = Pattern.compile("\\d+[ -]\\d+");
    // Portuguese (4-3) and Brazilian (5-3) postcodes; phone numbers are rarely grouped this way.
    private static final Pattern POSTCODE_SHAPE = Pattern.compile("\\d{4,5}-\\d{3}");
    private static final Pattern SEPARATED = Pattern.compile("[^\\d]");
    // libphonenumber's POSSIBLE leniency accepts dates such as 1990-04-13 or 13.04.1990.
    private static final Pattern DATE = Pattern.compile(
            "(?:19|20)\\d\\d([-/.])(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])"
            + "|(?:0?[1-9]|[12]\\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\\2(?:19|20)\\d\\d"
            + "|(?:0?[1-9]|1[0-2])([-/.])(?:0?[1-9]|[12]\\d|3[01])\\3(?:19|20)\\d\\d");

    private static final Pattern RANGE = Pattern.compile("\\(?(\\d{1,9})[-\u2013](\\d{1,9})\\)?");
    // "2 901 019": a count with thousands separators.
    private static final Pattern THOUSANDS = Pattern.compile("[1-9](?: \\d{3}){2,}");

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<String> regions;

    PhoneRecognizer() {
        this(DEFAULT_REGIONS);
    }

    PhoneRecognizer(List<String> regions) {
        this.regions = List.copyOf(regions);
    }

    @Override
    public String type() {
        return PiiTypes.PHONE_NUMBER;
    }

    @Override
    public List<Finding> find(String text) {
        // libphonenumber is the costliest recognizer (one pass per region): skip texts that cannot hold a number.
        if (text.chars().filter(Character::isDigit).limit(MIN_DIGITS).count() < MIN_DIGITS) return List.of();
        List<Finding> candidates = new ArrayList<>();
        for (String region : regions) {
            for (PhoneNumberMatch match : util.findNumbers(text, region, Leniency.POSSIBLE, Long.MAX_VALUE)) {
                judge(text, match, region, candidates);
            }
        }
        return OverlapResolver.resolve(candidates);
    }

    private void judge(String text, PhoneNumberMatch match, String region, List<Finding> out) {
        String raw = match.rawString();
        if (raw.chars().filter(Character::isDigit).count() < MIN_DIGITS || notAPhoneShape(raw)) return;
        if (gluedToWord(text, match.start()) || looksLikeAddressOrPostcode(text, match.start(), match.end())) return;
        boolean valid = util.isValidNumber(match.number());
        boolean cued = Context.before(text, match.start(), 40, CUE)
                || LABEL_AFTER.matcher(Context.restOfLine(text, match.end(), 12)).find();
        if (!cued && (Context.before(text, match.start(), 40, OTHER_ID_CUE) || looksLikeRangeOrPostcode(raw))) return;
        // A bare digit run that is not near a phone cue needs to be valid and long enough to hold an area code.
        if (!cued && !SEPARATED.matcher(raw).find() && (!valid || raw.length() < MIN_BARE_DIGITS)) return;
        // At most 0.75: below checksum-validated types and the SSN shape, which may read as phone numbers too.
        double score = (valid ? 0.6 : 0.4) + (cued ? 0.15 : 0);
        String reason = (valid ? "valid phone number for region " + regionOf(match, region) : "possible phone number")
                + (cued ? " near a phone cue" : "");
        out.add(new Finding(type(), match.start(), match.end(), score, reason));
    }

    private String regionOf(PhoneNumberMatch match, String fallback) {
        String region = util.getRegionCodeForNumber(match.number());
        return region == null ? fallback : region;
    }

    /** Dates, unbalanced brackets ("(1977-2007", "608612).12") and decimals ("1.99-11.07") are never phones. */
    private static boolean notAPhoneShape(String raw) {
        boolean balanced = raw.chars().filter(c -> c == '(').count() == raw.chars().filter(c -> c == ')').count();
        boolean decimalRange = raw.contains(".") && (raw.contains("-") || raw.contains("\u2013"));
        return !balanced || decimalRange || DATE.matcher(raw).matches();
    }

    /** "1996-2000", "pp. 2784-2799": close ascending numbers are a range; 4-3 and 5-3 are postcodes. */
    private static boolean looksLikeRangeOrPostcode(String raw) {
        if (POSTCODE_SHAPE.matcher(raw).matches() || THOUSANDS.matcher(raw).matches()) return true;
        Matcher range = RANGE.matcher(raw);
        if (!range.matches() || range.group(1).length() != range.group(2).length()) return false;
        long from = Long.parseLong(range.group(1));
        long to = Long.parseLong(range.group(2));
        return to > from && to - from <= from / 10;
    }

    /** "F162823540116", "CK-0944636", "eLife.00422": ids with a prefix, not phone numbers that start after it. */
    private static boolean gluedToWord(String text, int start) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) return true;
        return start > 1 && ".-/_".indexOf(text.charAt(start - 1)) >= 0
                && Character.isLetterOrDigit(text.charAt(start - 2));
    }

    private static boolean looksLikeAddressOrPostcode(String text, int start, int end) {
        String rest = Context.restOfLine(text, end, 40);
        if (STREET_AFTER.matcher(rest).find()) return true;
        // "17151 2450 Crown St", "87317367 Albuquerque": house numbers or a postcode before a street or city name.
        // Only bare one- or two-group numbers are judged by the capital letter that follows; formatted numbers may
        // well be followed by a sentence.
        String candidate = text.substring(start, end);
        boolean bare = TWO_PLAIN_GROUPS.matcher(candidate).matches() || candidate.chars().allMatch(Character::isDigit);
        if (bare && CAPITALISED_WORD_AFTER.matcher(rest).find() && !LABEL_AFTER.matcher(rest).find()) return true;
        return Context.before(text, start, 25, POSTAL_CUE);
    }
}
