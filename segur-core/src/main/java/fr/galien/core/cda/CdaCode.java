package fr.galien.core.cda;

import java.util.Objects;

/** A coded value as CDA carries it ({@code code}, {@code codeSystem} OID, {@code displayName}). */
public record CdaCode(String code, String system, String display) {

    public CdaCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(display, "display");
    }
}
