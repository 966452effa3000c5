package org.openbudget.budget.resource;

import org.openbudget.budget.service.DomainException;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: comma-separated, double quotes around fields that hold commas, quotes or line breaks. */
final class Csv {

    private Csv() {
    }

    /**
     * The records of an uploaded file, refused as a 422 naming the body when it is not CSV or holds no record;
     * {@code expected} says what the first record should be.
     */
    static List<List<String>> uploaded(String body, String expected) {
        List<List<String>> records;
        try {
            records = parse(body == null ? "" : body);
        } catch (IllegalArgumentException e) {
            throw DomainException.unprocessable("body", e.getMessage());
        }
        if (records.isEmpty()) {
            throw DomainException.unprocessable("body", "empty file: expected " + expected);
        }
        return records;
    }

    /** Parses the text into records of fields; a leading UTF-8 BOM (as Excel writes) is dropped. */
    static List<List<String>> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field in record " + (records.size() + 1));
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
