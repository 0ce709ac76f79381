package fr.galien.core.document;

import java.util.Locale;
import java.util.Set;

/**
 * The content types a patient document may have. Anything else is refused ({@code DOC-0005}): the file view must be
 * able to show what it stores, and never hands content to an outside program.
 */
public final class DocumentFormats {

    public static final String PDF = "application/pdf";
    /** A CDA R2 document (DMP, MSSanté). */
    public static final String CDA = "text/xml";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String TEXT = "text/plain";

    private static final Set<String> ACCEPTED = Set.of(PDF, CDA, PNG, JPEG, TEXT);

    private DocumentFormats() {
    }

    public static boolean accepted(String mimeType) {
        return ACCEPTED.contains(mimeType);
    }

    /** The type of a file from its name, or null when we do not keep such files. */
    public static String ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".xml")) {
            return CDA;
        }
        if (name.endsWith(".png")) {
            return PNG;
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return JPEG;
        }
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        return null;
    }
}
