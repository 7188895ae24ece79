package dev.gantry.guard.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
final class PhoneRecognizer implements SingleTypeRecognizer {
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
        return judgeAll(text, Window.around(text));
    }

    /**
     * The same findings as {@link #find}, from {@code findNumbers} over the whole text: the reference that the windowed
     * scan must reproduce (tests only).
     */
    List<Finding> findScanningWholeText(String text) {
        if (Window.digits(text, 0, text.length()) < MIN_DIGITS) return List.of();
        return judgeAll(text, List.of(new Window(0, text.length())));
    }

    /**
     * libphonenumber is the costliest recognizer (one pass per region), so it only sees the windows that can hold a
     * number. Region-major order as over the whole text: among equally good readings of one span, the first region's
     * reason is kept. A window repeated word for word (a signature, a quoted number) is parsed once per region; its
     * matches are still judged in each place, in their own context.
     */
    private List<Finding> judgeAll(String text, List<Window> windows) {
        if (windows.isEmpty()) return List.of();
        List<String> slices = windows.stream().map(w -> text.substring(w.start(), w.end())).toList();
        Judge judge = new Judge(text);
        Map<String, List<PhoneNumberMatch>> parsed = new HashMap<>();
        for (String region : regions) {
            parsed.clear();
            for (int i = 0; i < windows.size(); i++) {
                int offset = windows.get(i).start();
                List<PhoneNumberMatch> matches = parsed.computeIfAbsent(slices.get(i), slice -> {
                    List<PhoneNumberMatch> all = new ArrayList<>(1);
                    util.findNumbers(slice, region, Leniency.POSSIBLE, Long.MAX_VALUE).forEach(all::add);
                    return all;
                });
                for (PhoneNumberMatch match : matches) {
                    judge.accept(offset + match.start(), offset + match.end(), match, region);
                }
            }
        }
        return OverlapResolver.resolve(judge.candidates);
    }

    /**
     * Judges the matches of one text. Regions mostly agree on a span, so what depends only on the span (its shape and
     * context) is worked out once per span, and validity once per parsed number.
     */
    private final class Judge {
        private final String text;
        private final List<Finding> candidates = new ArrayList<>();
        private final Map<Long, SpanVerdict> spans = new HashMap<>();
        private final Map<PhoneNumber, Optional<String>> validRegions = new HashMap<>();

        Judge(String text) {
            this.text = text;
        }

        void accept(int start, int end, PhoneNumberMatch match, String region) {
            SpanVerdict span = spans.computeIfAbsent(((long) start << 32) | end,
                    key -> SpanVerdict.of(text, start, end, match.rawString()));
            if (!span.plausible()) return;
            // The region the number is valid for (or the default region when libphonenumber names none).
            Optional<String> validFor = validRegions.computeIfAbsent(match.number(), number -> util.isValidNumber(number)
                    ? Optional.of(Objects.requireNonNullElse(util.getRegionCodeForNumber(number), "")) : Optional.empty());
            boolean valid = validFor.isPresent();
            boolean cued = span.cued();
            // A bare digit run that is not near a phone cue needs to be valid and long enough to hold an area code.
            if (!cued && !span.separated() && (!valid || span.rawLength() < MIN_BARE_DIGITS)) return;
            // At most 0.75: below checksum-validated types and the SSN shape, which may read as phone numbers too.
            double score = (valid ? 0.6 : 0.4) + (cued ? 0.15 : 0);
            String reason = (valid ? "valid phone number for region "
                    + (validFor.get().isEmpty() ? region : validFor.get()) : "possible phone number")
                    + (cued ? " near a phone cue" : "");
            candidates.add(new Finding(type(), start, end, score, reason));
        }
    }

    /** What a span's shape and context say, whatever region it was read for. */
    private record SpanVerdict(boolean plausible, boolean cued, boolean separated, int rawLength) {
        static SpanVerdict of(String text, int start, int end, String raw) {
            if (raw.chars().filter(Character::isDigit).count() < MIN_DIGITS || notAPhoneShape(raw)
                    || gluedToWord(text, start) || looksLikeAddressOrPostcode(text, start, end)) {
                return new SpanVerdict(false, false, false, 0);
            }
            boolean cued = Context.before(text, start, 40, CUE)
                    || LABEL_AFTER.matcher(Context.restOfLine(text, end, 12)).find();
            boolean otherId = !cued
                    && (Context.before(text, start, 40, OTHER_ID_CUE) || looksLikeRangeOrPostcode(raw));
            return new SpanVerdict(!otherId, cued, SEPARATED.matcher(raw).find(), raw.length());
        }
    }

    /**
     * A stretch of text that libphonenumber's matcher cannot see across, holding enough digits for a phone number.
     *
     * <p>The candidate pattern of {@code findNumbers} (libphonenumber 9.x {@code PhoneNumberMatcher.PATTERN}) is built
     * from digits, its punctuation set ({@code - x . / ~ ( ) [ ]}, spaces and Unicode dashes and brackets), leading
     * plus signs and brackets, and extension marks ({@code ;ext=}, {@code ext}, {@code extension}, {@code anexo},
     * {@code int}, {@code x}, {@code #}, {@code ~} and a few non-Latin ones, after spaces, tabs or commas). It has no
     * lookaround, so no candidate contains an ASCII letter outside {@code aeinostx} (in either case), a line break or
     * punctuation such as {@code ! ? " @};
     * and with {@link Leniency#POSSIBLE} the only text the matcher reads beyond a candidate is a time-stamp suffix
     * {@code :MM}, which cannot start with such a character either. Cutting the text at these characters therefore
     * changes no match: {@code findNumbers} over each window finds exactly the whole-text matches that lie in it,
     * with offsets shifted by the window start. Windows with fewer than {@link #MIN_DIGITS} digits are dropped,
     * since {@link SpanVerdict} rejects any match with fewer. Checked against the whole-text scan by the tests (on
     * generated text and the PII development set), which would catch a libphonenumber upgrade that widens the pattern.
     */
    record Window(int start, int end) {
        private static final boolean[] BREAKS = new boolean[128];

        static {
            for (char c = 'a'; c <= 'z'; c++) BREAKS[c] = BREAKS[Character.toUpperCase(c)] = "aeinostx".indexOf(c) < 0;
            for (char c : "\n\r!?\"'@_|&*<>$%{}^`\\".toCharArray()) BREAKS[c] = true;
        }

        /** Whether no libphonenumber candidate can contain {@code c}. */
        static boolean breaks(char c) {
            return c < 128 && BREAKS[c];
        }

        /** The windows of {@code text} that may hold a phone number, in text order. */
        static List<Window> around(String text) {
            List<Window> windows = new ArrayList<>(2);
            int start = 0;
            int digits = 0;
            for (int i = 0, n = text.length(); i <= n; i++) {
                if (i == n || breaks(text.charAt(i))) {
                    if (digits >= MIN_DIGITS) windows.add(new Window(start, i));
                    start = i + 1;
                    digits = 0;
                } else if (Character.isDigit(text.charAt(i))) {
                    digits++;
                }
            }
            return windows;
        }

        static int digits(String text, int from, int to) {
            int digits = 0;
            for (int i = from; i < to; i++) if (Character.isDigit(text.charAt(i))) digits++;
            return digits;
        }
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
