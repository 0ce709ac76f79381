package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.core.domain.Patient;
import java.util.List;

/**
 * A patient as scripts see it (docs/cli.md): camelCase keys in this order, ISO birth date ({@code 00} kept for an
 * unknown day or month), identity status code, INS fields null until INSi fills them.
 */
@JsonPropertyOrder({"id", "birthName", "usedName", "firstNames", "sex", "birthDate", "birthPlace", "identityStatus",
        "matricule", "oid"})
@JsonInclude(JsonInclude.Include.ALWAYS)
record PatientJson(String id, String birthName, String usedName, List<String> firstNames, String sex,
                   String birthDate, String birthPlace, String identityStatus, String matricule, String oid) {

    static PatientJson of(Patient patient) {
        return new PatientJson(patient.id().toString(), patient.birthName(), patient.usedName(),
                patient.firstNames(), patient.sex() == null ? null : patient.sex().name(),
                patient.birthDate() == null ? null : patient.birthDate().toIso(), patient.birthPlaceCode(),
                patient.identityStatus().code(), patient.matricule(), patient.oid());
    }

    static List<PatientJson> of(List<Patient> patients) {
        return patients.stream().map(PatientJson::of).toList();
    }
}
