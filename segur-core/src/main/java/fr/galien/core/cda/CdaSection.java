package fr.galien.core.cda;

import java.util.List;

/**
 * The human-readable part of a section, as plain structured text: what a reader shows and what the PDF renders. A
 * table (columns and rows of cells), paragraphs, and sub-sections — never markup, never anything to execute.
 */
public record CdaSection(String title, List<String> columns, List<List<String>> rows, List<String> paragraphs,
                         List<CdaSection> sections) {

    public CdaSection {
        title = title == null ? "" : title;
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        paragraphs = List.copyOf(paragraphs);
        sections = List.copyOf(sections);
    }

    public static CdaSection table(String title, List<String> columns, List<List<String>> rows) {
        return new CdaSection(title, columns, rows, List.of(), List.of());
    }

    public static CdaSection text(String title, List<String> paragraphs) {
        return new CdaSection(title, List.of(), List.of(), paragraphs, List.of());
    }

    public static CdaSection group(String title, List<CdaSection> sections) {
        return new CdaSection(title, List.of(), List.of(), List.of(), sections);
    }
}
