package fr.galien.mssante;

import fr.galien.core.error.ErrorCode;

/** Error codes of the Annuaire Santé client ({@code ANN-0001..}). French texts: {@code i18n/mssante-client.properties}. */
public enum AnnuaireError implements ErrorCode {
    /** {@code mss.annuaire.endpoint} is empty. */
    ANN_0001,
    /** The Annuaire Santé is unavailable (connection, timeout, 5xx). */
    ANN_0002,
    /** The answer is not a FHIR searchset Bundle (status, JSON). */
    ANN_0003,
    /** A search text too short or too long. */
    ANN_0004;

    @Override
    public String bundle() {
        return "i18n.mssante-client";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
