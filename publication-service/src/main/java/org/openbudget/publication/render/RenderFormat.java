package org.openbudget.publication.render;

/** The formats a document is published in, with the media type and file extension each is served with. */
public enum RenderFormat {
    HTML("text/html; charset=UTF-8", "html"),
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    OPEN_DATA("application/zip", "zip");

    public final String mediaType;
    public final String extension;

    RenderFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }
}
