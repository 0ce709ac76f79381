package fr.galien.core.mssante;

import java.util.List;
import java.util.Optional;

/**
 * What Galien reads from the header of a received (or packaged) CDA R2 document (specs §1.7): the XDS metadata
 * (unique id, type, title, date) and the patient's identity from {@code recordTarget} — INS and the strict traits.
 *
 * @param uniqueId     {@code id/@root} (with {@code ^extension} when present)
 * @param effectiveTime the raw HL7 TS ({@code 20210401134745+0100})
 * @param patientIds   every {@code patientRole/id} as {@code root} and {@code extension}
 * @param birthTime    the raw HL7 date ({@code 19790328})
 */
public record CdaHeader(String uniqueId, String typeCode, String typeCodeSystem, String typeDisplay, String title,
                        String effectiveTime, String confidentialityCode, List<PatientId> patientIds,
                        String birthName, List<String> firstNames, String sex, String birthTime,
                        String birthPlaceCode, String author, String mediaType) {

    public CdaHeader {
        patientIds = List.copyOf(patientIds);
        firstNames = List.copyOf(firstNames);
    }

    public record PatientId(String root, String extension) {
    }

    /** The INS of the document: an id whose root is one of the INS OIDs (NIR, NIA, test, demo). */
    public Optional<PatientId> ins() {
        return patientIds.stream().filter(id -> id.root() != null && id.root().startsWith("1.2.250.1.213.1.4.")
                && id.extension() != null && !id.extension().isBlank()).findFirst();
    }
}
