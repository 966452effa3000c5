package org.openbudget.performance.resource;

import org.openbudget.performance.service.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An uploaded XLSX is a ZIP of XML parts: before a parser sees it, every part is inflated once with a cap, so a
 * zip bomb (a few kilobytes that inflate to gigabytes) is refused in milliseconds, and a part declaring a DOCTYPE
 * (the door to XML external entities) is refused outright — a workbook never needs one.
 */
public final class SafeWorkbook {

    /** A goal set inflates to well under a megabyte; the cap is the ledger import's. */
    static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    static final long MAX_RATIO = 200;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private SafeWorkbook() {
    }

    /** The workbook's bytes, checked; 422 naming {@code body} when it is not a safe XLSX. */
    public static InputStream checked(InputStream upload) {
        byte[] bytes;
        try {
            bytes = upload.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long inflated = 0;
        int parts = 0;
        java.nio.file.Path file = null;
        // the central directory (ZipFile), not the local headers: writers may leave sizes to a trailing descriptor
        try {
            file = java.nio.file.Files.createTempFile("upload", ".xlsx");
            java.nio.file.Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                byte[] buffer = new byte[64 * 1024];
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    parts++;
                    byte[] head = new byte[0];
                    try (InputStream part = zip.getInputStream(entry)) {
                        for (int n = part.read(buffer); n > 0; n = part.read(buffer)) {
                            if (head.length == 0) {
                                head = java.util.Arrays.copyOf(buffer, Math.min(4096, n));
                            }
                            inflated += n;
                            if (inflated > MAX_INFLATED_BYTES || inflated > Math.max(1024 * 1024, bytes.length * MAX_RATIO)) {
                                throw DomainException.unprocessable("body", "the workbook inflates beyond "
                                        + MAX_INFLATED_BYTES / 1024 / 1024 + " MB or " + MAX_RATIO + " times its size: refused");
                            }
                        }
                    }
                    if (entry.getName().endsWith(".xml") && indexOf(head, DOCTYPE) >= 0) {
                        throw DomainException.unprocessable("body", entry.getName() + " declares a DOCTYPE: refused");
                    }
                }
            }
        } catch (IOException e) {
            throw DomainException.unprocessable("body", "not an XLSX workbook (ZIP): " + e.getMessage());
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
        if (parts == 0) {
            throw DomainException.unprocessable("body", "not an XLSX workbook (empty or not a ZIP)");
        }
        return new ByteArrayInputStream(bytes);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
