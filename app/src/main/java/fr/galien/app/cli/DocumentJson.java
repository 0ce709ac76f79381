package fr.galien.app.cli;

import fr.galien.core.document.DocumentSharing;
import fr.galien.core.document.PatientDocument;
import java.util.List;

/** The {@code --json} shape of a patient document (docs/cli.md). */
record DocumentJson(String id, String patientId, String uniqueId, String setId, int version, String type,
                    String typeLabel, String title, String mimeType, String documentDate, String author,
                    String origin, String addedAt, long size, String sha256, List<Sharing> sharing) {

    record Sharing(String channel, String state, String detail, String updatedAt) {
    }

    static DocumentJson of(PatientDocument document, List<DocumentSharing> sharing) {
        return new DocumentJson(document.id().toString(), document.patientId().toString(), document.uniqueId(),
                document.setId(), document.version(), document.type().code(), document.type().display(),
                document.title(), document.mimeType(), document.documentDate().toString(), document.author(),
                document.origin().name().toLowerCase(java.util.Locale.ROOT), document.addedAt().toString(),
                document.size(), document.sha256(),
                sharing.stream().map(state -> new Sharing(state.channel().name().toLowerCase(java.util.Locale.ROOT),
                        state.state().name().toLowerCase(java.util.Locale.ROOT), state.detail(),
                        state.updatedAt().toString())).toList());
    }
}
