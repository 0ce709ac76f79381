package fr.galien.core.document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The sharing state of one document on one channel.
 *
 * @param detail why (a refusal's code and reason), or null — never patient data
 */
public record DocumentSharing(UUID documentId, SharingChannel channel, SharingState state, String detail,
                              Instant updatedAt) {

    public DocumentSharing {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
