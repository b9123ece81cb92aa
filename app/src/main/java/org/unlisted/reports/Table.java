package org.unlisted.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.unlisted.letters.PdfFonts.Style;
import org.unlisted.letters.PdfPages;

/**
 * A table flowing down the pages: cells wrap inside their column, a row is never split across
 * pages, and the heading row is repeated at the top of each new page.
 */
final class Table {
    static final float PADDING = 3f;

    /** A column's heading and its share of the width between the margins. */
    record Column(String heading, float share) {
    }

    private final PdfPages pages;
    private final List<Column> columns;
    private final float size;
    private final float leading;

    Table(PdfPages pages, List<Column> columns, float size) {
        this.pages = pages;
        this.columns = List.copyOf(columns);
        this.size = size;
        this.leading = size * 1.25f;
    }

    /** The heading row, on a new page if it and one more row do not fit here. */
    void start() throws IOException {
        pages.ensure(3 * leading + 4 * PADDING);
        heading();
    }

    void row(List<String> cells) throws IOException {
        row(cells, Style.REGULAR);
    }

    void row(List<String> cells, Style style) throws IOException {
        List<List<String>> wrapped = wrap(cells, style);
        float height = height(wrapped);
        if (pages.ensure(height)) {
            heading();
        }
        draw(wrapped, style);
        pages.rule(pages.left(), pages.right(), pages.y(), 0.3f, 0.75f);
    }

    private void heading() throws IOException {
        List<String> headings = columns.stream().map(Column::heading).toList();
        draw(wrap(headings, Style.BOLD), Style.BOLD);
        pages.rule(pages.left(), pages.right(), pages.y(), 0.8f, 0f);
    }

    private List<List<String>> wrap(List<String> cells, Style style) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            wrapped.add(pages.fonts().wrap(cell, style, size, width(i) - 2 * PADDING));
        }
        return wrapped;
    }

    private float height(List<List<String>> wrapped) {
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
        return lines * leading + 2 * PADDING;
    }

    private void draw(List<List<String>> wrapped, Style style) throws IOException {
        float height = height(wrapped);
        float top = pages.y() - PADDING;
        float x = pages.left();
        for (int i = 0; i < columns.size(); i++) {
            List<String> lines = wrapped.get(i);
            for (int j = 0; j < lines.size(); j++) {
                float baseline = top - j * leading - size;
                pages.text(lines.get(j), style, size, x + PADDING, baseline);
            }
            x += width(i);
        }
        pages.skip(height);
    }

    private float width(int column) {
        float total = 0;
        for (Column c : columns) {
            total += c.share();
        }
        return pages.width() * columns.get(column).share() / total;
    }
}
