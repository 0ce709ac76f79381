package fr.galien.sandbox.insi;

/** Namespaces and actions of the INSi contract (WSDL DESIR_ICIR_EXP_1.5.0, specs §2.1). */
final class InsiNames {

    static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSA = "http://www.w3.org/2005/08/addressing";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String CTXBAM = "urn:siram:bam:ctxbam";
    static final String CTXLPS = "urn:siram:lps:ctxlps";
    static final String SIRAM = "urn:siram";
    static final String RECSANS = "http://www.cnamts.fr/INSiRecSans";
    static final String RECVIT = "http://www.cnamts.fr/INSiRecVit";
    static final String RESULTAT = "http://www.cnamts.fr/INSiResultat";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /**
     * The {@code ValueType} of the PSC access token in {@code wsse:Security}: the sandbox contract for a call under
     * the professional's PSC session (ADR 0022), ours — the real « volet transport PSC » is unverified.
     */
    static final String PSC_TOKEN_TYPE = "urn:galien:sandbox:insi:psc-access-token";

    static final String ACTION_TRAITS = "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite";
    static final String ACTION_VITALE = "urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale";

    private InsiNames() {
    }
}
