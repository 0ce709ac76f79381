package fr.galien.core.drug;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the drug catalogue (BDPM import, bundled catalogue, look-ups). French texts:
 * {@code i18n/drug.properties}, key = code. Append new codes at the end; never renumber or reuse one.
 */
public enum DrugError implements ErrorCode {
    /** The BDPM directory does not exist or is not a directory. */
    DRG_0001,
    /** A required BDPM file is missing from the directory. */
    DRG_0002,
    /** A line of a BDPM file cannot be read (file, line number, reason): nothing imported. */
    DRG_0003,
    /** Reading a BDPM file failed (I/O). */
    DRG_0004,
    /** A BDPM file is larger than the import limit. */
    DRG_0005,
    /** The medicines file (CIS_bdpm) holds no medicine. */
    DRG_0006,
    /** The catalogue bundled with Galien is missing or unreadable (a broken installation). */
    DRG_0007,
    /** No medicine has this code (show / look-up). */
    DRG_0008,
    /** The text given is not a CIS, CIP13 or CIP7 code. */
    DRG_0009,
    /** Writing the compact catalogue file failed. */
    DRG_0010,
    /** The catalogue is still being loaded (first start). */
    DRG_0011;

    @Override
    public String bundle() {
        return "i18n.drug";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
