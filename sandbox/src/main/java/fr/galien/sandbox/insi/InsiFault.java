package fr.galien.sandbox.insi;

/**
 * The SOAP 1.2 faults the simulator answers. Where the real code is known (padoa/tlsi-ins fixtures, specs §2.1) it
 * is used as is; the others are our own choice, numbered 9x so they cannot be mistaken for a real code, and marked
 * so in docs/sandbox.md. The subcode is written {@code soap:siram_NN} — in the envelope namespace — because that is
 * what the real service sends (fixture siram_100-desir_500-fake-idam), so clients should read its local part.
 */
enum InsiFault {

    /** Real: unknown software authorisation number (fixture siram_100 / desir_550). */
    IDAM_INCONNU(Code.SENDER, "siram_100", "desir_550", "erreur",
            "L'accès par ce progiciel au service n'est pas autorisé. Contactez l'éditeur du progiciel ou votre "
                    + "responsable informatique.", true),
    /** Real: the service is down behind its front (fixture siram_40 / insi_102, severity sent as « fatal »). */
    SERVICE_INDISPONIBLE(Code.RECEIVER, "siram_40", "insi_102", "fatal",
            "Le service est temporairement inaccessible. Veuillez renouveler votre demande ultérieurement. Si le "
                    + "problème persiste, contactez l'éditeur du progiciel ou votre responsable informatique.", true),
    /** Ours: not XML, DOCTYPE, too deep, too big, not a SOAP 1.2 envelope. */
    MESSAGE_ILLISIBLE(Code.SENDER, "siram_90", "desir_590", "erreur",
            "Le message reçu n'est pas un message SOAP 1.2 lisible.", false),
    /** Ours: missing or unknown wsa:Action, or a body that does not belong to the action. */
    OPERATION_INCONNUE(Code.SENDER, "siram_91", "desir_591", "erreur",
            "L'opération demandée n'existe pas dans ce service.", false),
    /** Ours: ContexteBAM, ContexteLPS, wsa:MessageID or wsse:Security missing or not as the contract says. */
    CONTEXTE_INVALIDE(Code.SENDER, "siram_92", "desir_592", "erreur",
            "Les en-têtes de contexte du message sont absents ou invalides.", false),
    /**
     * Ours: a call on the CPS/e-CPS endpoint without a PSC access token, or with one that is malformed, names no
     * professional or has expired (ADR 0022; the real code is unknown).
     */
    JETON_PSC_INVALIDE(Code.SENDER, "siram_94", "desir_594", "erreur",
            "L'authentification du professionnel a échoué : jeton Pro Santé Connect absent, invalide ou expiré.",
            false),
    /** Ours: the RECSANSVITALE or RECVITALE body breaks the schema or the service's rules. */
    REQUETE_NON_CONFORME(Code.SENDER, "siram_93", "insi_190", "erreur",
            "Les données de la requête ne sont pas conformes.", false),
    /** SOAP 1.2 §5.4.8: a SOAP 1.1 (or other) envelope. */
    VERSION_SOAP(Code.VERSION_MISMATCH, null, null, null,
            "Seul SOAP 1.2 est accepté (espace de noms http://www.w3.org/2003/05/soap-envelope).", false),
    /** SOAP 1.2 §5.4.8: a header block with mustUnderstand="true" that the service does not know. */
    EN_TETE_INCOMPRIS(Code.MUST_UNDERSTAND, null, null, null,
            "Un en-tête marqué mustUnderstand n'est pas compris par le service.", false);

    enum Code {
        SENDER("soap:Sender"), RECEIVER("soap:Receiver"), VERSION_MISMATCH("soap:VersionMismatch"),
        MUST_UNDERSTAND("soap:MustUnderstand");

        final String qname;

        Code(String qname) {
            this.qname = qname;
        }
    }

    final Code code;
    /** Local part of the Subcode value, null for the plain SOAP faults. */
    final String subcode;
    /** {@code siram:Erreur/@code}, null when there is no Detail. */
    final String errorCode;
    final String severity;
    final String reason;
    /** Whether the codes come from real INSi answers rather than our choice. */
    final boolean real;

    InsiFault(Code code, String subcode, String errorCode, String severity, String reason, boolean real) {
        this.code = code;
        this.subcode = subcode;
        this.errorCode = errorCode;
        this.severity = severity;
        this.reason = reason;
        this.real = real;
    }

    InsiFaultException raise(String detail) {
        return new InsiFaultException(this, detail, 500);
    }

    InsiFaultException raise(String detail, int httpStatus) {
        return new InsiFaultException(this, detail, httpStatus);
    }
}
