package org.openbudget.publication.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rendering adds around the document itself: banners printed above the table of contents, e.g. the 更正说明
 * of a corrected version or a notice that the page is a draft or is blocked from publication. The document's own
 * figures never come from here.
 */
public record RenderOptions(List<Banner> banners) {

    public static final RenderOptions NONE = new RenderOptions(List.of());

    public RenderOptions {
        banners = List.copyOf(banners);
    }

    public RenderOptions with(Banner banner) {
        List<Banner> more = new ArrayList<>(banners);
        more.add(banner);
        return new RenderOptions(more);
    }

    /** True when a banner says the page is not the published version (the PDF then marks every page). */
    public boolean isProvisional() {
        return banners.stream().anyMatch(b -> b.kind() != BannerKind.CORRECTION);
    }

    /**
     * @param heading e.g. "更正说明" or "草稿：尚未发布"
     * @param lines   one printed paragraph each (plain text, escaped when printed)
     */
    public record Banner(BannerKind kind, String heading, List<String> lines) {
        public Banner {
            lines = List.copyOf(lines);
        }

        public static Banner correction(List<String> lines) {
            return new Banner(BannerKind.CORRECTION, "更正说明", lines);
        }

        public static Banner draft(List<String> lines) {
            return new Banner(BannerKind.DRAFT, "草稿：尚未发布", lines);
        }

        public static Banner blocked(List<String> lines) {
            return new Banner(BannerKind.BLOCKED, "暂不能发布", lines);
        }
    }

    public enum BannerKind {
        /** 更正说明 of a published correction: part of the public document. */
        CORRECTION,
        /** A preview that is not yet published. */
        DRAFT,
        /** A preview that cannot be published yet (placeholders left, validation errors). */
        BLOCKED
    }
}
