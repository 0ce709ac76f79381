package fr.galien.core.identity;

import fr.galien.core.error.ErrorCode;

/**
 * Error codes of the INS identity core: matricule checks, RNIV status rules, the outbound rule, the INSi search
 * strategy and the INS datamatrix ({@code INS-0001..0099}; the {@code ins} module owns {@code INS-0100} and above).
 * French texts: {@code i18n/identity.properties}. Arguments never carry more patient data than what the user typed or
 * scanned on their own screen. Append only; never renumber or reuse a code.
 */
public enum InsError implements ErrorCode {
    // --- a matricule typed by a user (Matricules, specs §2.2) ---
    /** Nothing typed. */
    INS_0001,
    /** Not 15 characters. Args: the length found. */
    INS_0002,
    /** 13 characters: the two-digit key is missing. */
    INS_0003,
    /** A character other than a digit (only 2A/2B at positions 6–7). Args: position (1-based). */
    INS_0004,
    /** First digit is neither 1 nor 2. Args: the digit. */
    INS_0005,
    /** First digit 7 or 8: a provisional Assurance Maladie number, not an INS matricule. */
    INS_0006,
    /** Month neither 01–12 nor a pseudo-month 20–42 / 50–99. Args: the two digits. */
    INS_0007,
    /** Department neither 01–95, 2A, 2B, 97x, 98x nor 99. Args: the two characters. */
    INS_0008,
    /** Commune (or country for 99) 000. */
    INS_0009,
    /** Order number 000. */
    INS_0010,
    /** The key does not verify. Args: the key it should be (two digits). */
    INS_0011,

    // --- identity statuses and attributes (IdentityService, specs §2.5) ---
    /** INSi traits differ from the local ones and the user did not choose to take INSi's. */
    INS_0020,
    /** A douteuse or fictive identity is never sent to INSi nor validated. Args: attribute label. */
    INS_0021,
    /** An INSi answer offered for an identity already qualified: use the verification. */
    INS_0022,
    /** Document check on an identity already validated or qualified. Args: status label. */
    INS_0023,
    /** Livret de famille for someone who is not a minor. */
    INS_0024,
    /** The ApCV is not a document to check by hand: it qualifies through the ApCV reading. */
    INS_0025,
    /** Attributes that may not be combined (only douteuse + homonyme). */
    INS_0026,
    /** A correction of the strict traits that changes none of them. */
    INS_0027,
    /** A verification recorded on an identity that holds no INS. Args: status label. */
    INS_0028,
    /** The identity of an archived patient does not change. */
    INS_0029,
    /** The INSi answer cannot be stored (malformed matricule, OID or traits). Args: what is wrong. */
    INS_0030,
    /** An identification method that is not an INSi call (saisie manuelle). Args: method label. */
    INS_0031,
    /** A registry edit tried to change the status, matricule, OID or attributes. */
    INS_0032,
    /** A registry edit tried to change a strict trait of a récupérée/qualifiée identity (REM 26). */
    INS_0033,

    // --- the outbound rule (InsExchange) ---
    /** The identity is not qualified: its matricule may not leave the practice. Args: status label. */
    INS_0040,
    /** The patient is archived: nothing leaves with its INS. */
    INS_0041,
    /** Marked douteuse or fictive: nothing leaves with an INS. Args: attribute label. */
    INS_0042,

    // --- the INSi search (InsiSearch, specs §2.1) ---
    /** INSi is not called for a douteuse or fictive identity. Args: attribute label. */
    INS_0050,
    /** Birth name missing or with characters INSi refuses. */
    INS_0051,
    /** First name missing or with characters INSi refuses. */
    INS_0052,
    /** INSi searches with sex M or F only. */
    INS_0053,
    /** Birth place not a five-character COG code. */
    INS_0054,

    // --- the INS datamatrix (InsDatamatrix, specs §2.6) ---
    /** Nothing scanned. */
    INS_0060,
    /** The scan is not an INS datamatrix (no IS01 header). */
    INS_0061,
    /** A field is missing. Args: field label. */
    INS_0062,
    /** A field is malformed. Args: field label. */
    INS_0063,
    /** An unknown or repeated field identifier. Args: the identifier. */
    INS_0064,
    /** A value cannot be written in the datamatrix (too long, sex I). Args: field label. */
    INS_0065;

    @Override
    public String bundle() {
        return "i18n.identity";
    }

    @Override
    public String code() {
        return name().replace('_', '-');
    }
}
