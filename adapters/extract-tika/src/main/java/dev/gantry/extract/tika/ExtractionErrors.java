package dev.gantry.extract.tika;

import dev.gantry.core.error.ErrorKind;
import dev.gantry.core.error.GantryException;
import java.util.Locale;

/**
 * The client-facing errors of extraction: each names the file, what is wrong with it and what to do. Parser
 * details never appear here (they are logged); the parameter at fault is the uploaded {@code file}.
 */
final class ExtractionErrors {
    private static final String PARAM = "file";

    private ExtractionErrors() {
    }

    static GantryException unsupported(String file, String type) {
        return invalid(file + " is of type " + type + ", which cannot be indexed; supported are "
                + SupportedTypes.DESCRIPTION);
    }

    static GantryException corrupt(String file, String type, Throwable cause) {
        return new GantryException(ErrorKind.INVALID_REQUEST, file + " could not be read as " + type
                + ": the file is damaged, truncated or not what its name says; open and save it again, or export"
                + " it anew", PARAM, null, cause);
    }

    static GantryException encrypted(String file, Throwable cause) {
        return new GantryException(ErrorKind.INVALID_REQUEST, file + " is encrypted (password-protected); remove"
                + " the protection and upload it again", PARAM, null, cause);
    }

    static GantryException empty(String file) {
        return invalid(file + " is an empty document: it contains no text (a scanned document needs OCR before"
                + " it can be indexed)");
    }

    static GantryException tooLarge(String file, long maxBytes) {
        return new GantryException(ErrorKind.PAYLOAD_TOO_LARGE, file + " is larger than " + size(maxBytes)
                + ", the limit for one file; split it into smaller files", PARAM, null, null);
    }

    static GantryException tooMuchText(String file, int maxChars) {
        return new GantryException(ErrorKind.PAYLOAD_TOO_LARGE, file + " has more than " + String.format(Locale.ROOT, "%,d",
                maxChars) + " characters of text, the limit for one document; split it into smaller files",
                PARAM, null, null);
    }

    static GantryException unreadable(String file, Throwable cause) {
        return new GantryException(ErrorKind.INVALID_REQUEST, file + " could not be read to its end; send it"
                + " again", PARAM, null, cause);
    }

    private static GantryException invalid(String message) {
        return GantryException.invalid(PARAM, message);
    }

    private static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
