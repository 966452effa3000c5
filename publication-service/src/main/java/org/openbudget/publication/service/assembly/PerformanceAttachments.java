package org.openbudget.publication.service.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Paragraph;

import java.util.List;
import java.util.Optional;

/**
 * The 附件 of performance-service: 绩效目标申报表 (what = goals) for a 预算, 绩效自评表 (what = self-evaluations) for
 * a 决算, read from performance-service at the revision its last event named.
 */
final class PerformanceAttachments {

    private PerformanceAttachments() {
    }

    static List<Block> blocks(String what, Inputs in) {
        Optional<JsonNode> performance = in.performance();
        if (performance.isEmpty()) {
            return List.of(Paragraph.of("performance-" + what + "-none",
                    "goals".equals(what) ? "本部门尚未报送绩效目标。" : "本部门尚未报送绩效自评结果。"));
        }
        return List.of(Paragraph.of("performance-" + what, performance.get().toString()));
    }
}
