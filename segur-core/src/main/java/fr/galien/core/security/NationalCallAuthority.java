package fr.galien.core.security;

import java.util.Objects;

/**
 * The people behind one national call (ADR 0009): who prepared it and whose Pro Santé Connect session it goes out
 * under. They are the same person unless a préparateur prepared it at a pharmacist's counter session.
 *
 * @param preparedBy   the caller who asked for the call (audited as the row's user)
 * @param sessionOwner the PSC-authenticated professional whose access token is sent
 */
public record NationalCallAuthority(Caller preparedBy, Caller sessionOwner) {

    public NationalCallAuthority {
        Objects.requireNonNull(preparedBy, "preparedBy");
        Objects.requireNonNull(sessionOwner, "sessionOwner");
    }

    public boolean delegated() {
        return !preparedBy.userId().equals(sessionOwner.userId());
    }

    /** For the audit row's detail: ids and roles only. */
    public String auditDetail() {
        return "prepared-by=" + preparedBy.userId() + " (" + preparedBy.role().name() + "); psc-session="
                + sessionOwner.userId() + " (" + sessionOwner.role().name() + ")";
    }
}
