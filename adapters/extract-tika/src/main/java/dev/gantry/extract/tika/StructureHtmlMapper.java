package dev.gantry.extract.tika;

import java.util.Locale;
import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's default HTML mapping plus the elements it drops that carry structure: {@code div} and its HTML5 kin
 * (else two divisions run together as one paragraph), {@code code} (else inline code loses its backticks) and
 * {@code br}. Everything it discards (script, style...) stays discarded.
 */
final class StructureHtmlMapper extends DefaultHtmlMapper {
    static final StructureHtmlMapper INSTANCE = new StructureHtmlMapper();

    @Override
    public String mapSafeElement(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption" -> "div";
            case "code", "kbd", "samp", "tt" -> "code";
            case "br" -> "br";
            default -> super.mapSafeElement(name);
        };
    }
}
