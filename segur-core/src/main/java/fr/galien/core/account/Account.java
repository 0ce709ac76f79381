package fr.galien.core.account;

import fr.galien.core.security.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A local account as services show it. The password hash never leaves the repository, so this record can be
 * printed, listed and logged.
 *
 * @param pscNationalId the linked Pro Santé Connect identity ({@code SubjectNameID}), empty for staff
 * @param lockedUntil       end of the current lock after repeated failures, empty when not locked
 * @param passwordChangedAt when the current password was set (renewal counts from it)
 * @param lastLoginAt       last successful login, empty before the first one
 */
public record Account(UUID id, String login, String displayName, Role role, Optional<String> pscNationalId,
                      boolean disabled, int failedAttempts, Optional<Instant> lockedUntil, Instant createdAt,
                      long version, Instant passwordChangedAt, Optional<Instant> lastLoginAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        pscNationalId = pscNationalId == null ? Optional.empty() : pscNationalId;
        lockedUntil = lockedUntil == null ? Optional.empty() : lockedUntil;
        passwordChangedAt = passwordChangedAt == null ? createdAt : passwordChangedAt;
        lastLoginAt = lastLoginAt == null ? Optional.empty() : lastLoginAt;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
