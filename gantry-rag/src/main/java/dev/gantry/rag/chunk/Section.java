package dev.gantry.rag.chunk;

import dev.gantry.rag.chunk.Block.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks under one heading path: a heading starts a new section, so no chunk mixes two of them. A heading
 * with nothing under it but a deeper heading ("# Guide" then "## Install") joins the section below instead of
 * becoming a chunk of its own, and that section keeps its deeper path.
 */
record Section(List<String> headingPath, List<Block> blocks) {
    Section {
        headingPath = List.copyOf(headingPath);
        blocks = List.copyOf(blocks);
    }

    static List<Section> of(List<Block> blocks) {
        List<List<Block>> split = splitAtHeadings(blocks);
        List<Section> sections = new ArrayList<>();
        List<Block> pending = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            List<Block> current = split.get(i);
            pending.addAll(current);
            if (i + 1 < split.size() && isBareHeading(current) && deeper(split.get(i + 1), current)) continue;
            sections.add(new Section(current.get(0).headingPath(), pending));
            pending = new ArrayList<>();
        }
        return sections;
    }

    private static List<List<Block>> splitAtHeadings(List<Block> blocks) {
        List<List<Block>> split = new ArrayList<>();
        for (Block block : blocks) {
            if (split.isEmpty() || block.kind() == Kind.HEADING) split.add(new ArrayList<>());
            split.get(split.size() - 1).add(block);
        }
        return split;
    }

    private static boolean isBareHeading(List<Block> section) {
        return section.size() == 1 && section.get(0).kind() == Kind.HEADING;
    }

    private static boolean deeper(List<Block> next, List<Block> current) {
        return next.get(0).level() > current.get(0).level();
    }
}
