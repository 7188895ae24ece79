package dev.gantry.extract.tika;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one table as Markdown lines: {@code | a | b |}, with a separator line after the first row (the
 * header for Markdown readers). Cells are flattened to one line; a pipe inside a cell is escaped.
 */
final class TableRows {
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private boolean inCell;
    private int rowsWritten;

    void startRow() {
        cells.clear();
        inCell = false;
    }

    void startCell() {
        cell.setLength(0);
        inCell = true;
    }

    boolean inCell() {
        return inCell;
    }

    /** The open cell's text so far: block boundaries inside a cell arrive here as a space. */
    StringBuilder cellText() {
        return cell;
    }

    int pendingLength() {
        return cell.length() + cells.stream().mapToInt(String::length).sum();
    }

    void endCell() {
        if (!inCell) return;
        cells.add(Whitespace.normalize(cell).replace("|", "\\|"));
        inCell = false;
    }

    /** @return the lines this row adds (none for a row without any text) */
    List<String> endRow() {
        endCell();
        if (cells.stream().allMatch(String::isEmpty)) return List.of();
        String row = "| " + String.join(" | ", cells) + " |";
        if (rowsWritten++ > 0) return List.of(row);
        return List.of(row, "|" + " --- |".repeat(cells.size()));
    }
}
