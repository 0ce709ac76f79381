package fr.galien.sandbox.insi;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Sample INSi requests shaped like the real ones (specs §2.1 « SOAP headers », padoa fixtures), with switches to
 * break one thing at a time. Test side only: the real client lives in the ins module.
 */
final class InsiRequests {

    static final String IDAM = "SANDBOX-IDAM-01";

    private String action = InsiNames.ACTION_TRAITS;
    private String messageId = "uuid:" + UUID.randomUUID();
    private String idam = IDAM;
    private boolean contexteBam = true;
    private boolean contexteLps = true;
    private boolean software = true;
    private String security;
    private final List<String> extraHeaders = new ArrayList<>();
    private String body;
    private String envelopeNamespace = InsiNames.SOAP12;

    static InsiRequests traits(String birthName, List<String> firstNames, String sex, String birthDate,
            String birthPlace) {
        StringBuilder body = new StringBuilder("<RECSANSVITALE xmlns=\"" + InsiNames.RECSANS + "\">");
        element(body, "NomNaissance", birthName);
        firstNames.forEach(name -> element(body, "Prenom", name));
        element(body, "Sexe", sex);
        element(body, "DateNaissance", birthDate);
        if (birthPlace != null) {
            element(body, "LieuNaissance", birthPlace);
        }
        body.append("</RECSANSVITALE>");
        return new InsiRequests().body(body.toString());
    }

    static InsiRequests traits(String birthName, String firstName, String sex, String birthDate) {
        return traits(birthName, List.of(firstName), sex, birthDate, null);
    }

    static InsiRequests traits(TestIdentity identity) {
        return traits(identity.birthName(), List.of(identity.firstName()), identity.sex(), identity.birthDate(),
                null);
    }

    /** RECVITALE; a null matricule leaves its element out. */
    static InsiRequests vitale(String individual15, String openingRights15, String birthName, String birthDate,
            String rank) {
        StringBuilder body = new StringBuilder("<ins:RECVITALE xmlns:ins=\"" + InsiNames.RECVIT + "\">");
        matricule(body, "MatriculeIndividu", individual15);
        matricule(body, "MatriculeOD", openingRights15);
        if (birthName != null) {
            element(body, "ins:NomNaissance", birthName);
        }
        element(body, "ins:DateNaissance", birthDate);
        if (rank != null) {
            element(body, "ins:RangNaissance", rank);
        }
        body.append("</ins:RECVITALE>");
        return new InsiRequests().action(InsiNames.ACTION_VITALE).body(body.toString());
    }

    InsiRequests action(String value) {
        action = value;
        return this;
    }

    InsiRequests messageId(String value) {
        messageId = value;
        return this;
    }

    InsiRequests idam(String value) {
        idam = value;
        return this;
    }

    InsiRequests withoutContexteBam() {
        contexteBam = false;
        return this;
    }

    InsiRequests withoutContexteLps() {
        contexteLps = false;
        return this;
    }

    InsiRequests withoutSoftware() {
        software = false;
        return this;
    }

    InsiRequests security(String xml) {
        security = xml;
        return this;
    }

    InsiRequests extraHeader(String xml) {
        extraHeaders.add(xml);
        return this;
    }

    InsiRequests body(String xml) {
        body = xml;
        return this;
    }

    InsiRequests envelopeNamespace(String ns) {
        envelopeNamespace = ns;
        return this;
    }

    String messageId() {
        return messageId;
    }

    /** The header blocks alone (for schema checks). */
    String contexteBamXml() {
        return "<ctxbam:ContexteBAM xmlns:ctxbam=\"urn:siram:bam:ctxbam\" Version=\"01_02\">"
                + "<ctxbam:Id>" + UUID.randomUUID() + "</ctxbam:Id>"
                + "<ctxbam:Temps>2024-03-01T10:29:58.604Z</ctxbam:Temps>"
                + "<ctxbam:Emetteur>pharmacien@bac-a-sable.test</ctxbam:Emetteur>"
                + "<ctxbam:COUVERTURE></ctxbam:COUVERTURE>"
                + "</ctxbam:ContexteBAM>";
    }

    String contexteLpsXml() {
        String lps = software
                ? "<ctxlps:LPS><ctxlps:IDAM R=\"4\">" + idam + "</ctxlps:IDAM><ctxlps:Version>0.1.0</ctxlps:Version>"
                        + "<ctxlps:Instance>8f1c2a6e-3b1d-4c55-9a55-6a3e6f0f8b21</ctxlps:Instance>"
                        + "<ctxlps:Nom>urn:lps:galien:0.1.0</ctxlps:Nom></ctxlps:LPS>"
                : "";
        return "<ctxlps:ContexteLPS xmlns:ctxlps=\"urn:siram:lps:ctxlps\" Nature=\"CTXLPS\" Version=\"01_00\">"
                + "<ctxlps:Id>" + UUID.randomUUID() + "</ctxlps:Id>"
                + "<ctxlps:Temps>2024-03-01T10:29:58.604Z</ctxlps:Temps>"
                + "<ctxlps:Emetteur>pharmacien@bac-a-sable.test</ctxlps:Emetteur>"
                + lps + "</ctxlps:ContexteLPS>";
    }

    String bodyXml() {
        return body;
    }

    String xml() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml.append("<soap:Envelope xmlns:soap=\"").append(envelopeNamespace).append("\"><soap:Header>");
        if (contexteBam) {
            xml.append(contexteBamXml());
        }
        if (contexteLps) {
            xml.append(contexteLpsXml());
        }
        if (action != null) {
            xml.append("<wsa:Action xmlns:wsa=\"").append(InsiNames.WSA).append("\">").append(action)
                    .append("</wsa:Action>");
        }
        if (messageId != null) {
            xml.append("<wsa:MessageID xmlns:wsa=\"").append(InsiNames.WSA).append("\">").append(messageId)
                    .append("</wsa:MessageID>");
        }
        if (security != null) {
            xml.append(security);
        }
        extraHeaders.forEach(xml::append);
        xml.append("</soap:Header><soap:Body>").append(body).append("</soap:Body></soap:Envelope>");
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<').append(name).append('>').append(escape(value)).append("</").append(name).append('>');
    }

    private static void matricule(StringBuilder xml, String element, String matricule15) {
        if (matricule15 == null) {
            return;
        }
        xml.append("<ins:").append(element).append('>');
        element(xml, "ins:NumIdentifiant", matricule15.substring(0, 13));
        element(xml, "ins:Cle", matricule15.substring(13));
        xml.append("</ins:").append(element).append('>');
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
