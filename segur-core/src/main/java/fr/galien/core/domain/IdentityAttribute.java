package fr.galien.core.domain;

import java.util.Optional;

/**
 * RNIV attributes of an identity (specs §2.5). A {@link #DOUTEUSE} or {@link #FICTIVE} identity stays provisional and
 * is never sent to INSi; only {@link #DOUTEUSE} and {@link #HOMONYME} may be combined. Database and JSON carry
 * {@link #code()}, FHIR the fr-core code.
 */
public enum IdentityAttribute {
    DOUTEUSE("douteuse", "Identité douteuse", "DOUT"),
    FICTIVE("fictive", "Identité fictive", "FICT"),
    HOMONYME("homonyme", "Homonyme", "HOMA");

    private final String code;
    private final String label;
    private final String frCoreCode;

    IdentityAttribute(String code, String label, String frCoreCode) {
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

    public static Optional<IdentityAttribute> fromCode(String code) {
        for (IdentityAttribute attribute : values()) {
            if (attribute.code.equals(code) || attribute.frCoreCode.equals(code)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }
}
