package dev.gantry.guard.pii;

import dev.gantry.guard.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys, tokens and private keys: vendor formats with a fixed prefix, JWTs, PEM private key blocks, and a generic
 * rule for a random-looking token right after a word such as "password" or "api_key".
 */
final class SecretRecognizer implements SingleTypeRecognizer {
    static final List<SecretRule> KNOWN = List.of(
            SecretRule.of("Anthropic API key", "sk-ant-[A-Za-z0-9_-]{20,}", "sk-ant-"),
            SecretRule.of("OpenAI project key", "sk-proj-[A-Za-z0-9_-]{20,}", "sk-proj-"),
            SecretRule.of("OpenAI-style secret key", "sk-(?=[A-Za-z0-9_-]*\\d)[A-Za-z0-9_-]{20,}", "sk-"),
            SecretRule.of("GitHub token", "gh[pousr]_[A-Za-z0-9]{36,255}", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            SecretRule.of("GitHub fine-grained token", "github_pat_[A-Za-z0-9_]{22,255}", "github_pat_"),
            SecretRule.of("Slack token", "xox[abposr]-[A-Za-z0-9-]{10,}", "xox"),
            SecretRule.of("AWS access key id", "(?:AKIA|ASIA)[A-Z0-9]{16}", "AKIA", "ASIA"),
            SecretRule.of("Google API key", "AIza[0-9A-Za-z_-]{35}", "AIza"),
            SecretRule.of("GitLab token", "glpat-[A-Za-z0-9_-]{20,}", "glpat-"));
    private static final Pattern JWT =
            Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{10,}");
    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----(?:.{0,20000}?-----END \\1PRIVATE KEY-----|[A-Za-z0-9+/=\\s]*)",
            Pattern.DOTALL);
    // Every keyword of CUED_TOKEN holds one of these (its (?i) folds ASCII only; containsIgnoreCase folds more).
    static final String[] CUE_WORDS = {"key", "secret", "token", "bearer", "pass", "pwd"};
    private static final Pattern CUED_TOKEN = Pattern.compile("(?i)\\b(?:api[_-]?key|apikey|access[_-]?key"
            + "|secret(?:[_-]?key)?|client[_-]?secret|(?:access|auth|bearer|refresh)?[_-]?token|bearer|password|passwd"
            + "|pwd|pass|key)\\b[\"']?\\s*(?:[:=]|=>|is|was)?\\s*[\"']?([A-Za-z0-9+/_.~!@#$%^&*=-]{16,200})");
    /**
     * Measured on random tokens: base62 of 16 chars has entropy above 3.3 bits/char in 99% of draws, hex of 16
     * chars above 2.86 in 95% (longer tokens score higher). Entropy alone cannot tell "verylongpassword123" (3.9)
     * from a hex key, which is why the rule also needs the keyword before it and a mix of letters and digits.
     */
    static final double MIN_ENTROPY = 3.0;

    @Override
    public String type() {
        return PiiTypes.SECRET;
    }

    @Override
    public List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        // Each pattern runs only over texts that hold a literal it needs: most texts hold none.
        for (SecretRule rule : KNOWN) {
            if (!rule.mayOccurIn(text)) continue;
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) found.add(new Finding(type(), m.start(), m.end(), 0.95, rule.name() + " format"));
        }
        if (text.contains("eyJ")) findJwts(text, found);
        if (text.contains("-----BEGIN ")) {
            Matcher pem = PEM_BLOCK.matcher(text);
            while (pem.find()) found.add(new Finding(type(), pem.start(), pem.end(), 0.99, "PEM private key block"));
        }
        if (Starts.containsIgnoreCase(text, CUE_WORDS)) findCuedTokens(text, found);
        return OverlapResolver.resolve(found);
    }

    private void findJwts(String text, List<Finding> found) {
        Matcher m = JWT.matcher(text);
        while (m.find()) {
            boolean header = decodesToJsonWithAlg(m.group().substring(0, m.group().indexOf('.')));
            found.add(new Finding(type(), m.start(), m.end(), header ? 0.95 : 0.8,
                    header ? "JWT with a decodable header" : "JWT-shaped token"));
        }
    }

    private static boolean decodesToJsonWithAlg(String segment) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
            return json.startsWith("{") && json.contains("\"alg\"");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private void findCuedTokens(String text, List<Finding> found) {
        Matcher m = CUED_TOKEN.matcher(text);
        while (m.find()) {
            String token = trimTrailingPunctuation(m.group(1));
            if (looksRandom(token)) {
                found.add(new Finding(type(), m.start(1), m.start(1) + token.length(), 0.75,
                        "high-entropy " + token.length() + "-character token after a credential keyword"));
            }
        }
    }

    private static String trimTrailingPunctuation(String token) {
        int end = token.length();
        while (end > 0 && ".,;!".indexOf(token.charAt(end - 1)) >= 0) end--;
        return token.substring(0, end);
    }

    static boolean looksRandom(String token) {
        boolean letters = token.chars().anyMatch(Character::isLetter);
        boolean digits = token.chars().anyMatch(Character::isDigit);
        return token.length() >= 16 && letters && digits && Entropy.shannon(token) >= MIN_ENTROPY;
    }
}
