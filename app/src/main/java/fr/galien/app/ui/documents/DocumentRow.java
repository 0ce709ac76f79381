package fr.galien.app.ui.documents;

import fr.galien.core.document.DocumentSharing;
import fr.galien.core.document.PatientDocument;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** One line of the documents table, texts ready for the screen. */
public record DocumentRow(PatientDocument document, String date, String type, String title, String origin,
                          String sharing) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static DocumentRow of(PatientDocument document, List<DocumentSharing> sharing, ZoneId zone) {
        String title = document.version() > 1
                ? document.title() + " (" + DocumentsText.VERSION.text(document.version()) + ")"
                : document.title();
        String shared = sharing.isEmpty() ? DocumentsText.VIEWER_NOT_SHARED.text()
                : sharing.stream().map(DocumentRow::sharingText).collect(Collectors.joining(", "));
        return new DocumentRow(document, DATE.format(document.documentDate().atZone(zone)),
                document.type().display(), title, document.origin().label(), shared);
    }

    private static String sharingText(DocumentSharing sharing) {
        String channel = switch (sharing.channel()) {
            case DMP -> "DMP";
            case MSSANTE -> "MSSanté";
            case EPRESCRIPTION -> "e-prescription";
        };
        return channel + " : " + sharing.state().label().toLowerCase(java.util.Locale.FRENCH);
    }
}
