package org.openbudget.publication.render;

/** A rendering ready to store or serve: {@code fileName} is ASCII (safe in Content-Disposition). */
public record RenderedFile(String fileName, String mediaType, byte[] bytes) {
}
