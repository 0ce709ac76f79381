package fr.galien.core.cda;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Helpers the level-3 bodies share: section headers, narrative tables (the human-readable part, with the
 * {@code ID}s entries point at), ids.
 */
final class CdaBodyWriter {

    static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One cell of a narrative table; {@code id} (may be null) is the anchor an entry's reference points at. */
    record Cell(String text, String id) {
        static Cell of(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        static Cell ref(String text, String id) {
            return new Cell(text == null ? "" : text, id);
        }
    }

    private CdaBodyWriter() {
    }

    /** Opens {@code component/section} with its templateIds, an id, its code and title. */
    static void openSection(CdaXml x, String[] templates, CdaCode code, String title) {
        x.start("component").start("section");
        for (String template : templates) {
            x.templateId(template);
        }
        x.empty("id", "root", uuid());
        x.start("code").attr("code", code.code()).attr("displayName", code.display()).attr("codeSystem", code.system())
                .attr("codeSystemName", CdaCodes.LOINC.equals(code.system()) ? "LOINC" : null).end();
        x.element("title", title);
    }

    static void closeSection(CdaXml x) {
        x.end().end();
    }

    /** {@code <text><table>…</table></text>}: the narrative the section shows. */
    static void table(CdaXml x, List<String> columns, List<List<Cell>> rows) {
        x.start("text");
        tableOnly(x, columns, rows);
        x.end();
    }

    static void tableOnly(CdaXml x, List<String> columns, List<List<Cell>> rows) {
        x.start("table").attr("border", "0");
        if (!columns.isEmpty()) {
            x.start("thead").start("tr");
            for (String column : columns) {
                x.element("th", column);
            }
            x.end().end();
        }
        x.start("tbody");
        for (List<Cell> row : rows) {
            x.start("tr");
            for (Cell cell : row) {
                x.start("td");
                if (cell.id() != null) {
                    x.start("content").attr("ID", cell.id()).text(cell.text()).end();
                } else {
                    x.text(cell.text());
                }
                x.end();
            }
            x.end();
        }
        x.end().end();
    }

    /** {@code <text><paragraph>…</paragraph></text>}. */
    static void paragraphs(CdaXml x, List<String> paragraphs) {
        x.start("text");
        for (String paragraph : paragraphs) {
            x.element("paragraph", paragraph);
        }
        x.end();
    }

    /** The plain-text twin of a narrative table, for {@link CdaSection} (the PDF and the reader's view). */
    static CdaSection plain(String title, List<String> columns, List<List<Cell>> rows) {
        List<List<String>> texts = new ArrayList<>();
        for (List<Cell> row : rows) {
            texts.add(row.stream().map(Cell::text).toList());
        }
        return CdaSection.table(title, columns, texts);
    }

    static void reference(CdaXml x, String id) {
        x.start("text").empty("reference", "value", "#" + id).end();
    }

    static void originalText(CdaXml x, String id) {
        x.start("originalText").empty("reference", "value", "#" + id).end();
    }

    static String uuid() {
        return UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }

    static String french(LocalDate date) {
        return date == null ? "" : FRENCH_DAY.format(date);
    }
}
