package fr.galien.sandbox.insi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the answers with a real XML writer (never by concatenation): {@code RESULTAT} exactly per
 * {@code INSi_RESULTAT_INS.xsd} (CR, then INDIVIDU with INSACTIF, INSHISTO*, TIQ) and SOAP 1.2 faults shaped like
 * the real ones (specs §2.1). No SOAP header in answers, as in the real service's answers.
 */
final class SoapWriter {

    static final String OID_NIR = "1.2.250.1.213.1.4.8";
    static final String OID_NIA = "1.2.250.1.213.1.4.9";
    static final String OID_NIR_TEST = "1.2.250.1.213.1.4.10";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private SoapWriter() {
    }

    /**
     * The RESULTAT for these matches: CR 00 with the identity when there is one, 01 for none, 02 for several (no
     * INDIVIDU: INSi never says whom). {@code testOid} answers NIRs with the test OID .4.10 instead of .4.8.
     */
    static byte[] resultat(List<TestIdentity> matches, boolean testOid) {
        return write(out -> {
            out.writeStartElement("RESULTAT");
            out.writeDefaultNamespace(InsiNames.RESULTAT);
            out.writeStartElement("CR");
            CodeCr cr = CodeCr.of(matches.size());
            text(out, "CodeCR", cr.code);
            text(out, "LibelleCR", cr.label);
            out.writeEndElement();
            if (cr == CodeCr.FOUND) {
                individu(out, matches.get(0), testOid);
            }
            out.writeEndElement();
        });
    }

    static byte[] fault(InsiFault fault, String detail, String messageId) {
        return write(out -> {
            out.writeStartElement("soap", "Fault", InsiNames.SOAP12);
            out.writeStartElement("soap", "Code", InsiNames.SOAP12);
            soapValue(out, fault.code.qname);
            if (fault.subcode != null) {
                out.writeStartElement("soap", "Subcode", InsiNames.SOAP12);
                soapValue(out, "soap:" + fault.subcode);
                out.writeEndElement();
            }
            out.writeEndElement();
            out.writeStartElement("soap", "Reason", InsiNames.SOAP12);
            out.writeStartElement("soap", "Text", InsiNames.SOAP12);
            out.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "fr");
            out.writeCharacters(fault.reason);
            out.writeEndElement();
            out.writeEndElement();
            if (fault.errorCode != null) {
                out.writeStartElement("soap", "Detail", InsiNames.SOAP12);
                out.writeStartElement("siram", "Erreur", InsiNames.SIRAM);
                out.writeNamespace("siram", InsiNames.SIRAM);
                out.writeAttribute("code", fault.errorCode);
                out.writeAttribute("severite", fault.severity);
                if (messageId != null) {
                    out.writeAttribute("messageID", messageId);
                }
                out.writeCharacters(detail);
                out.writeEndElement();
                out.writeEndElement();
            }
            out.writeEndElement();
        });
    }

    private static void individu(XMLStreamWriter out, TestIdentity identity, boolean testOid)
            throws XMLStreamException {
        out.writeStartElement("INDIVIDU");
        ins(out, "INSACTIF", identity.matricule(), identity.key(), oid(identity.nia(), testOid), null, null);
        for (HistoricIns former : identity.history()) {
            ins(out, "INSHISTO", former.matricule(), former.key(), oid(former.nia(), testOid), former.startDate(),
                    former.endDate());
        }
        // TIQ as the real service fills it (fixtures): ListePrenom but no Prenom, although the XSD allows one.
        out.writeStartElement("TIQ");
        text(out, "NomNaissance", identity.birthName());
        text(out, "ListePrenom", identity.firstNamesList());
        text(out, "Sexe", identity.sex());
        text(out, "DateNaissance", identity.birthDate());
        text(out, "LieuNaissance", identity.birthPlace());
        out.writeEndElement();
        out.writeEndElement();
    }

    private static void ins(XMLStreamWriter out, String element, String matricule, String key, String oid,
            String start, String end) throws XMLStreamException {
        out.writeStartElement(element);
        out.writeStartElement("IdIndividu");
        text(out, "NumIdentifiant", matricule);
        text(out, "Cle", key);
        out.writeEndElement();
        text(out, "OID", oid);
        if (start != null) {
            text(out, "DateDeb", start);
        }
        if (end != null) {
            text(out, "DateFin", end);
        }
        out.writeEndElement();
    }

    private static String oid(boolean nia, boolean testOid) {
        if (nia) {
            return OID_NIA;
        }
        return testOid ? OID_NIR_TEST : OID_NIR;
    }

    /** An element of RESULTAT: unprefixed, in the default namespace declared on RESULTAT. */
    private static void text(XMLStreamWriter out, String element, String value) throws XMLStreamException {
        out.writeStartElement(element);
        out.writeCharacters(value);
        out.writeEndElement();
    }

    private static void soapValue(XMLStreamWriter out, String value) throws XMLStreamException {
        out.writeStartElement("soap", "Value", InsiNames.SOAP12);
        out.writeCharacters(value);
        out.writeEndElement();
    }

    private interface BodyContent {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    private static byte[] write(BodyContent content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            XMLStreamWriter out = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement("soap", "Envelope", InsiNames.SOAP12);
            out.writeNamespace("soap", InsiNames.SOAP12);
            out.writeStartElement("soap", "Body", InsiNames.SOAP12);
            content.write(out);
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the INSi answer could not be written", e);
        }
        return bytes.toByteArray();
    }

    /** CodeCR and LibelleCR (specs §2.1 table; 01 as in fixture REP_CR01). */
    enum CodeCr {
        FOUND("00", "OK"), NONE("01", "Aucune identite trouvee"), SEVERAL("02", "Plusieurs identites trouvees");

        final String code;
        final String label;

        CodeCr(String code, String label) {
            this.code = code;
            this.label = label;
        }

        static CodeCr of(int matches) {
            return matches == 0 ? NONE : matches == 1 ? FOUND : SEVERAL;
        }
    }

    static String utf8(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
