package dev.gantry.tools.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code https://api.example.com/cities/{city}?days={days}}: each {name} replaced by that argument, URL-encoded. */
final class UrlTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private UrlTemplate() {
    }

    static Map<String, Object> arguments(String json) throws IOException {
        if (json == null || json.isBlank()) return new LinkedHashMap<>();
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** @throws IllegalArgumentException naming a placeholder the arguments lack */
    static URI expand(String template, Map<String, Object> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = args.get(m.group(1));
            if (v == null) throw new IllegalArgumentException("argument '" + m.group(1) + "' is required by the URL; pass it");
            // encoded, so an argument can never change the host or the path: "../" and "@" stay data
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        m.appendTail(out);
        return URI.create(out.toString());
    }

    /**
     * A template's scheme and host are fixed (placeholders only after them), and its host is allow-listed: the
     * arguments choose what to ask, never whom.
     */
    static void checkTemplate(String tool, String template, java.util.List<String> allowedHosts) {
        String prefix = "HTTP tool '" + tool + "': ";
        if (template == null || !(template.startsWith("http://") || template.startsWith("https://"))) {
            throw new IllegalArgumentException(prefix + "url must start with http:// or https://, got '" + template + "'");
        }
        int pathStart = template.indexOf('/', template.indexOf("://") + 3);
        String authority = pathStart < 0 ? template : template.substring(0, pathStart);
        if (authority.contains("{")) {
            throw new IllegalArgumentException(prefix + "url puts a placeholder in the host ('" + authority
                    + "'); placeholders may only follow the host, e.g. https://api.example.com/cities/{city}");
        }
        if (allowedHosts.isEmpty()) {
            throw new IllegalArgumentException(prefix + "allowed-hosts is empty; list the hosts it may call, e.g. [api.example.com]");
        }
        String host = URI.create(authority).getHost();
        if (host == null || new UrlGuard(allowedHosts, true, h -> new java.net.InetAddress[0]).refusal(URI.create(authority)) != null) {
            throw new IllegalArgumentException(prefix + "the url's host '" + host + "' is not in allowed-hosts " + allowedHosts);
        }
    }

    /** The placeholders of a template, for config checks. */
    static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
