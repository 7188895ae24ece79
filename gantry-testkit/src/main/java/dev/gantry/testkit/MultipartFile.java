package dev.gantry.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Finds the file part of a multipart/form-data body: what {@code POST /v1/files} was sent. */
final class MultipartFile {
    private MultipartFile() {
    }

    static byte[] content(String contentType, byte[] body) {
        int at = contentType == null ? -1 : contentType.indexOf("boundary=");
        if (at < 0) throw new IllegalArgumentException("POST /v1/files needs a multipart/form-data body with a boundary");
        String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").strip();
        String text = new String(body, StandardCharsets.ISO_8859_1); // byte-for-byte, whatever the encoding
        int part = text.indexOf("filename=");
        if (part < 0) throw new IllegalArgumentException("the multipart body has no file part");
        if (!text.substring(0, part).contains("name=\"purpose\"") || !text.contains("\r\n\r\nbatch\r\n")) {
            throw new IllegalArgumentException("purpose must be batch");
        }
        int start = text.indexOf("\r\n\r\n", part) + 4;
        int end = text.indexOf("\r\n" + boundary, start);
        if (start < 4 || end < 0) throw new IllegalArgumentException("the file part of the multipart body is cut short");
        return Arrays.copyOfRange(body, start, end);
    }
}
