package fr.galien.core.cda;

import java.util.Objects;

/**
 * The practice a document comes from: the author's organisation, the custodian (the CI-SIS puts the structure that
 * keeps the document there; we keep what we produce, specs §1.7) and the place of the encounter.
 *
 * @param nationalId    the structure's national id under {@code 1.2.250.1.71.4.2.2}: {@code 1} + FINESS, or
 *                      {@code 3} + SIRET (see {@link #nationalIdOf})
 * @param facilityType  JDV_J02 ({@link CdaCodes#FACILITY_CABINET}, {@link CdaCodes#FACILITY_OFFICINE})
 * @param practiceSetting JDV_J04 ({@link CdaCodes#SETTING_AMBULATORY})
 * @param address       may be null
 * @param phone         may be null (digits, e.g. {@code 0147150000})
 */
public record CdaOrganization(String nationalId, String name, CdaCode facilityType, CdaCode practiceSetting,
                              CdaAddress address, String phone) {

    public static final String STRUCTURE_ID_OID = "1.2.250.1.71.4.2.2";

    public CdaOrganization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(facilityType, "facilityType");
        Objects.requireNonNull(practiceSetting, "practiceSetting");
    }

    /**
     * The national structure id of a practice: {@code 1} + FINESS when it has one, else {@code 3} + SIRET (the ANS
     * « identifiant national de structure »), else null.
     */
    public static String nationalIdOf(String finess, String siret) {
        if (finess != null && !finess.isBlank()) {
            return "1" + finess.strip();
        }
        if (siret != null && !siret.isBlank()) {
            return "3" + siret.strip();
        }
        return null;
    }
}
