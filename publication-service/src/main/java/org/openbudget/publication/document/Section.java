package org.openbudget.publication.document;

import java.util.List;

/**
 * A heading with its content and sub-sections. {@code id} is stable across versions (the 更正说明 diff pairs blocks
 * by it); {@code level} 1 is a 部分, 2 a numbered explanation, 3 below.
 */
public record Section(String id, int level, String heading, List<Block> blocks, List<Section> children) {

    public Section {
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    <T extends Block> void collect(Class<T> type, List<T> into) {
        for (Block block : blocks) {
            if (type.isInstance(block)) {
                into.add(type.cast(block));
            }
        }
        for (Section child : children) {
            child.collect(type, into);
        }
    }
}
