package fr.galien.ins;

import static fr.galien.ins.InsiWire.CTXBAM;
import static fr.galien.ins.InsiWire.CTXLPS;
import static fr.galien.ins.InsiWire.SOAP12;
import static fr.galien.ins.InsiWire.WSA;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.VitaleQuery;
import fr.galien.ins.InsiWire.Operation;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the SOAP 1.2 request of each INSi operation with a StAX writer (escaping is the XML stack's job, never
 * string concatenation — issue 4). Header order as published clients send it (specs §2.1): {@code ContexteBAM},
 * {@code ContexteLPS}, {@code wsa:Action}, {@code wsa:MessageID}. Under the organisation certificate (INSI-AUTO /
 * INSI-MANU, TLS level) no {@code wsse:Security} is written. Under the professional's PSC session (ADR 0022) a
 * {@code wsse:Security} carries the access token in one {@code wsse:BinarySecurityToken} of the configured
 * {@code ValueType}: this is the <b>sandbox contract</b> for the CI-SIS « volet transport PSC », whose exact form
 * is unverified (docs/ins.md); the SAML assertion signed with a CPS is never written.
 *
 * <p>Bodies follow {@code INSi_RECSANS_INS.xsd} and {@code INSi_RECVITALE_INS.xsd}; the tests validate them there.
 */
final class InsiRequestWriter {

    private static final DateTimeFormatter TEMPS = DateTimeFormatter.ISO_INSTANT;

    byte[] traitsRequest(RequestHeader header, IdentityTraits traits) {
        String ns = Operation.TRAITS.bodyNamespace();
        return write(Operation.TRAITS, header, writer -> {
            optional(writer, ns, "NomNaissance", traits.birthName());
            for (String firstName : traits.firstNames()) {
                optional(writer, ns, "Prenom", firstName);
            }
            optional(writer, ns, "Sexe", traits.sex() == null ? null : traits.sex().name());
            optional(writer, ns, "DateNaissance", traits.birthDate() == null ? null : traits.birthDate().toIso());
            optional(writer, ns, "LieuNaissance", traits.birthPlaceCode());
        });
    }

    byte[] vitaleRequest(RequestHeader header, VitaleQuery query) {
        String ns = Operation.VITALE.bodyNamespace();
        return write(Operation.VITALE, header, writer -> {
            matricule(writer, ns, "MatriculeIndividu", query.matriculeIndividu());
            matricule(writer, ns, "MatriculeOD", query.matriculeOuvrantDroit());
            optional(writer, ns, "NomNaissance", query.birthName());
            optional(writer, ns, "DateNaissance", query.birthDate().toIso());
            optional(writer, ns, "RangNaissance", query.rangNaissance());
        });
    }

    @FunctionalInterface
    private interface BodyContent {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static byte[] write(Operation operation, RequestHeader header, BodyContent body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try {
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setPrefix("soap", SOAP12);
            writer.writeStartElement(SOAP12, "Envelope");
            writer.writeNamespace("soap", SOAP12);
            writer.writeStartElement(SOAP12, "Header");
            contexteBam(writer, header);
            contexteLps(writer, header);
            addressing(writer, "Action", operation.action());
            addressing(writer, "MessageID", header.messageId());
            if (header.pscToken().isPresent()) {
                security(writer, header.pscToken().get());
            }
            writer.writeEndElement();
            writer.writeStartElement(SOAP12, "Body");
            writer.writeStartElement("", operation.bodyElement(), operation.bodyNamespace());
            writer.writeDefaultNamespace(operation.bodyNamespace());
            writer.setDefaultNamespace(operation.bodyNamespace());
            body.write(writer);
            writer.writeEndElement();
            writer.writeEndElement();
            writer.writeEndElement();
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new SegurException(InsiError.INS_0114, e, "écriture XML impossible");
        }
        return out.toByteArray();
    }

    private static void contexteBam(XMLStreamWriter writer, RequestHeader header) throws XMLStreamException {
        writer.setPrefix("ctxbam", CTXBAM);
        writer.writeStartElement(CTXBAM, "ContexteBAM");
        writer.writeNamespace("ctxbam", CTXBAM);
        writer.writeAttribute("Version", InsiWire.CTXBAM_VERSION);
        leaf(writer, CTXBAM, "Id", header.id().toString());
        leaf(writer, CTXBAM, "Temps", temps(header));
        leaf(writer, CTXBAM, "Emetteur", header.emetteur());
        // Required by the XSD, empty as published clients send it: the coverage is the Vitale data's business.
        writer.writeEmptyElement(CTXBAM, "COUVERTURE");
        writer.writeEndElement();
    }

    private static void contexteLps(XMLStreamWriter writer, RequestHeader header) throws XMLStreamException {
        RequestHeader.LpsIdentity lps = header.lps();
        writer.setPrefix("ctxlps", CTXLPS);
        writer.writeStartElement(CTXLPS, "ContexteLPS");
        writer.writeNamespace("ctxlps", CTXLPS);
        writer.writeAttribute("Nature", "CTXLPS");
        writer.writeAttribute("Version", InsiWire.CTXLPS_VERSION);
        leaf(writer, CTXLPS, "Id", header.id().toString());
        leaf(writer, CTXLPS, "Temps", temps(header));
        leaf(writer, CTXLPS, "Emetteur", header.emetteur());
        writer.writeStartElement(CTXLPS, "LPS");
        writer.writeStartElement(CTXLPS, "IDAM");
        writer.writeAttribute("R", checked(lps.idamR()));
        writer.writeCharacters(checked(lps.idam()));
        writer.writeEndElement();
        leaf(writer, CTXLPS, "Version", lps.version());
        leaf(writer, CTXLPS, "Instance", lps.instance());
        leaf(writer, CTXLPS, "Nom", lps.name());
        writer.writeEndElement();
        writer.writeEndElement();
    }

    private static void security(XMLStreamWriter writer, RequestHeader.PscToken token) throws XMLStreamException {
        writer.setPrefix("wsse", InsiWire.WSSE);
        writer.writeStartElement(InsiWire.WSSE, "Security");
        writer.writeNamespace("wsse", InsiWire.WSSE);
        writer.writeStartElement(InsiWire.WSSE, "BinarySecurityToken");
        writer.writeAttribute("ValueType", checked(token.valueType()));
        writer.writeCharacters(checked(token.value()));
        writer.writeEndElement();
        writer.writeEndElement();
    }

    private static void addressing(XMLStreamWriter writer, String name, String value) throws XMLStreamException {
        writer.setPrefix("wsa", WSA);
        writer.writeStartElement(WSA, name);
        writer.writeNamespace("wsa", WSA);
        writer.writeCharacters(checked(value));
        writer.writeEndElement();
    }

    /** {@code NumIdentifiant} (13) + {@code Cle} (2) from a 15-character matricule; nothing when absent. */
    private static void matricule(XMLStreamWriter writer, String ns, String name, String matricule)
            throws XMLStreamException {
        if (matricule == null || matricule.isBlank()) {
            return;
        }
        String value = matricule.strip();
        if (value.length() != 15) {
            throw new SegurException(InsiError.INS_0114, name + " doit compter 15 caractères");
        }
        writer.writeStartElement(ns, name);
        optional(writer, ns, "NumIdentifiant", value.substring(0, 13));
        optional(writer, ns, "Cle", value.substring(13));
        writer.writeEndElement();
    }

    private static void optional(XMLStreamWriter writer, String ns, String name, String value)
            throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        writer.writeStartElement(ns, name);
        writer.writeCharacters(checked(value));
        writer.writeEndElement();
    }

    private static void leaf(XMLStreamWriter writer, String namespace, String name, String value)
            throws XMLStreamException {
        writer.writeStartElement(namespace, name);
        writer.writeCharacters(checked(value));
        writer.writeEndElement();
    }

    private static String temps(RequestHeader header) {
        return TEMPS.format(header.time().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * The StAX writer escapes markup but writes control characters as they are, which would make the request
     * ill-formed: refuse them here (the counter's lexical checks should have caught them already).
     */
    private static String checked(String value) {
        if (!value.codePoints().allMatch(InsiRequestWriter::isXmlChar)) {
            throw new SegurException(InsiError.INS_0114, "caractère que XML ne peut pas transporter");
        }
        return value;
    }

    /** XML 1.0 {@code Char} production; a lone surrogate comes out of {@code codePoints()} as itself and fails. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
