package fr.galien.ins;

/**
 * Names on the INSi wire (specs §2.1; WSDL {@code DESIR_ICIR_EXP_1.5.0.wsdl} and its XSDs), in one place for the
 * request writer, the answer parser and the tests.
 */
final class InsiWire {

    static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String WSA = "http://www.w3.org/2005/08/addressing";
    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String CTXBAM = "urn:siram:bam:ctxbam";
    static final String CTXLPS = "urn:siram:lps:ctxlps";
    static final String SIRAM = "urn:siram";
    static final String RECSANS = "http://www.cnamts.fr/INSiRecSans";
    static final String RECVIT = "http://www.cnamts.fr/INSiRecVit";
    static final String RESULTAT = "http://www.cnamts.fr/INSiResultat";

    /** Schema versions of the two context headers (the {@code Version} attribute the XSDs require). */
    static final String CTXBAM_VERSION = "01_02";
    static final String CTXLPS_VERSION = "01_00";

    private InsiWire() {
    }

    /** The WSDL's two operations, with their {@code wsa:Action} (also the {@code action} media-type parameter). */
    enum Operation {
        TRAITS("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecTraitsIdentite", RECSANS, "RECSANSVITALE"),
        VITALE("urn:ServiceIdentiteCertifiee:1.0.0:rechercherInsAvecCarteVitale", RECVIT, "RECVITALE");

        private final String action;
        private final String bodyNamespace;
        private final String bodyElement;

        Operation(String action, String bodyNamespace, String bodyElement) {
            this.action = action;
            this.bodyNamespace = bodyNamespace;
            this.bodyElement = bodyElement;
        }

        String action() {
            return action;
        }

        String bodyNamespace() {
            return bodyNamespace;
        }

        String bodyElement() {
            return bodyElement;
        }

        /** The WSDL operation name, for logs. */
        String operationName() {
            return action.substring(action.lastIndexOf(':') + 1);
        }
    }
}
