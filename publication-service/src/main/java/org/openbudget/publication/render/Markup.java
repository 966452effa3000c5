package org.openbudget.publication.render;

/**
 * Escaping for the markup the renderers write (HTML that is also well-formed XML, because the PDF renderer parses
 * the same page as XHTML, and SVG). Department names and editorial text come from users: everything printed goes
 * through {@link #text}, every attribute through {@link #attr}.
 */
public final class Markup {

    private Markup() {
    }

    /**
     * Escapes text content and attribute values alike ({@code & < > " '}); characters XML cannot carry (C0 controls
     * other than tab/newline/return, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD so that a stray control
     * character in an editor's text cannot break the PDF.
     */
    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < raw.length()
                            && Character.isLowSurrogate(raw.charAt(i + 1))) {
                        out.append(c).append(raw.charAt(++i));
                    } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                            || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    static String attr(String raw) {
        return text(raw);
    }

    /**
     * A fragment identifier made from a model id: letters, digits and '-' stay, every other character (including
     * '_', the escape) becomes "_" + hex code point + "_", so distinct ids stay distinct and a hostile id cannot
     * leave the attribute or the URL fragment.
     */
    static String anchor(String prefix, String id) {
        StringBuilder out = new StringBuilder(prefix);
        String raw = id == null ? "" : id;
        raw.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '-') {
                out.appendCodePoint(cp);
            } else {
                out.append('_').append(Integer.toHexString(cp)).append('_');
            }
        });
        return out.toString();
    }
}
