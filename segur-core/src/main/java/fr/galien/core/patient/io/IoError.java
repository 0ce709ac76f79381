package fr.galien.core.patient.io;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of patient import and export (CSV, FHIR). French texts: {@code i18n/io.properties}, key = code.
 * Append new codes at the end; never renumber or reuse one.
 */
public enum IoError implements ErrorCode {
    /** CSV header names a column Galien does not know. */
    IO_0001,
    /** CSV header lacks a required column. */
    IO_0002,
    /** CSV header names the same column twice. */
    IO_0003,
    /** CSV file is empty: not even a header. */
    IO_0004,
    /** Reading the import file failed. */
    IO_0005,
    /** Writing the export failed. */
    IO_0006,
    /** FHIR import is not valid JSON / not a FHIR resource. */
    IO_0007,
    /** FHIR import is a resource of the wrong type (a Bundle of Patient is expected). */
    IO_0008,
    /** A Patient of a FHIR import carries a value Galien cannot read (id, birth date, status). */
    IO_0009,
    /** The import file is not in the declared encoding (UTF-8 by default): line, guessed encoding, how to convert. */
    IO_0010,
    /** Patients of the import already exist here (how many, where): skip or update must be chosen. */
    IO_0011,
    /** The import file is larger than the import limit. */
    IO_0012,
    /** The import file exceeds a parsing limit (nesting, number, text length, cells…) at a named place. */
    IO_0013;

    @Override
    public String bundle() {
        return "i18n.io";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
