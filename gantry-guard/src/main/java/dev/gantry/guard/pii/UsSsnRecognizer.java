package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US social security numbers. AAA-GG-SSSS (dashes or spaces) on its own; nine plain digits only with an SSN cue
 * before them. Numbers the SSA never issues are rejected: area 000, 666 or 9xx, group 00, serial 0000.
 */
final class UsSsnRecognizer implements SingleTypeRecognizer {
    private static final String BEFORE = "(?<![\\p{Alnum}_.-])";
    private static final String AFTER = "(?![\\p{Alnum}_]|[-.]\\d)";
    static final Pattern GROUPED = Pattern.compile(BEFORE + "(\\d{3})([- ])(\\d{2})\\2(\\d{4})" + AFTER);
    static final Pattern PLAIN = Pattern.compile(BEFORE + "(\\d{3})(\\d{2})(\\d{4})" + AFTER);
    private static final Pattern CUE =
            Pattern.compile("(?i)\\b(?:ssn|ssns|social security|social sec|ss#|ss no|tax ?payer id|itin)\\b");
    private static final int CUE_WINDOW = 40;

    @Override
    public String type() {
        return PiiTypes.US_SSN;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        Starts.forEach(GROUPED, text, Starts.DIGIT_RUN,
                m -> add(found, text, m, m.group(1), m.group(3), m.group(4), true));
        Starts.forEach(PLAIN, text, Starts.DIGIT_RUN,
                m -> add(found, text, m, m.group(1), m.group(2), m.group(3), false));
        found.sort(Comparator.comparingInt(Finding::start));
        return found;
    }

    private void add(List<Finding> found, String text, Matcher m, String area, String group, String serial,
                     boolean grouped) {
        if (!issuable(area, group, serial)) return;
        boolean cued = Context.before(text, m.start(), CUE_WINDOW, CUE);
        if (!grouped && !cued) return;
        double score = cued ? 0.9 : 0.8;
        String shape = grouped ? "AAA-GG-SSSS" : "nine-digit";
        found.add(new Finding(type(), m.start(), m.end(), score,
                shape + " SSN with an issuable area, group and serial" + (cued ? ", after an SSN cue" : "")));
    }

    static boolean issuable(String area, String group, String serial) {
        return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9'
                && !group.equals("00") && !serial.equals("0000");
    }
}
