package fr.galien.app.ui.documents;

import fr.galien.core.cda.CdaFiling;
import fr.galien.core.cda.CdaReader;
import fr.galien.core.cda.ReceivedCda;
import fr.galien.core.error.SegurException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The human-readable part of a CDA: a level-1 document's embedded PDF rendered as pages, otherwise the title, who
 * wrote it and when, then each section's title and narrative as plain text. Read by the core's {@link CdaReader}
 * (ADR 0028: no DOCTYPE, no entity, no external resource, size, depth and count limits): nothing in the document is
 * resolved, fetched or executed.
 */
public final class CdaPreview {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private CdaPreview() {
    }

    public static DocumentPreview of(byte[] cda) {
        ReceivedCda read;
        try {
            read = CdaReader.read(cda);
        } catch (SegurException e) {
            return new DocumentPreview.Unreadable(e.code() + " : " + e.userMessage());
        }
        if (read.pdf().isPresent()) {
            return DocumentPreviews.pdf(read.pdf().get());
        }
        StringBuilder text = new StringBuilder();
        if (!read.author().name().isBlank()) {
            text.append("Auteur : ").append(read.author().name());
            if (!read.author().specialty().isBlank()) {
                text.append(" (").append(read.author().specialty()).append(')');
            }
            read.effectiveTime().ifPresent(when -> text.append(", le ").append(DATE.format(when)));
            text.append("\n\n");
        }
        text.append(CdaFiling.plainText(read.sections()));
        return new DocumentPreview.Text(read.title().isBlank() ? null : read.title(), text.toString().strip());
    }
}
