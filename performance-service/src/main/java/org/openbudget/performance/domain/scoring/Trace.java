package org.openbudget.performance.domain.scoring;

import java.util.List;
import java.util.Map;

/** How a score came about: its inputs, the formula applied, the result, and notes on any choice made on the way. */
public record Trace(Map<String, String> inputs, String formula, String result, List<String> notes) {
}
