package fr.galien.core.domain;

import java.util.Optional;

/**
 * RNIV identity status (specs §2.5). JSON and database carry {@link #code()}, the screen {@link #label()},
 * FHIR exports the fr-core code {@link #frCoreCode()}.
 */
public enum IdentityStatus {
    PROVISOIRE("provisoire", "Identité provisoire", "PROV"),
    RECUPEREE("recuperee", "Identité récupérée", "RECUP"),
    VALIDEE("validee", "Identité validée", "VALI"),
    QUALIFIEE("qualifiee", "Identité qualifiée", "QUAL");

    private final String code;
    private final String label;
    private final String frCoreCode;

    IdentityStatus(String code, String label, String frCoreCode) {
        this.code = code;
        this.label = label;
        this.frCoreCode = frCoreCode;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public String frCoreCode() {
        return frCoreCode;
    }

    public static Optional<IdentityStatus> fromCode(String code) {
        for (IdentityStatus status : values()) {
            if (status.code.equals(code) || status.frCoreCode.equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
