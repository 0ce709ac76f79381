package fr.galien.app.ui.documents;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * What the viewer shows of a document, computed off the FX thread: rendered pages (PDF, images), plain text (text,
 * the human-readable part of a CDA), or why it cannot be shown. Nothing in a document is ever executed: a PDF is
 * rasterised, a CDA's narrative read as text, markup never interpreted.
 */
public sealed interface DocumentPreview {

    record Pages(List<BufferedImage> pages, int totalPages) implements DocumentPreview {
        public Pages {
            pages = List.copyOf(pages);
        }
    }

    /** @param heading a line above the text (a CDA's type, author and date), or null */
    record Text(String heading, String text) implements DocumentPreview {
    }

    /** @param reason French, shown in the viewer */
    record Unreadable(String reason) implements DocumentPreview {
    }
}
