package fr.galien.sandbox.dmp;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Patch;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/** The HAPI resource providers of the simulated DMP: thin, the rules are {@link DmpRecords}'. */
final class DmpProviders {

    static final String PROFESSIONAL = "galien.dmp.professional";

    private DmpProviders() {
    }

    /** TD0.2. */
    static final class Patients implements IResourceProvider {
        private final DmpRecords records;

        Patients(DmpRecords records) {
            this.records = records;
        }

        @Override
        public Class<? extends IBaseResource> getResourceType() {
            return Patient.class;
        }

        @Search
        public List<Patient> search(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
            return records.patients(identifier.getSystem(), identifier.getValue());
        }
    }

    /** ITI-67, read, TD3.3 PATCH. */
    static final class DocumentReferences implements IResourceProvider {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final DmpRecords records;

        DocumentReferences(DmpRecords records) {
            this.records = records;
        }

        @Override
        public Class<? extends IBaseResource> getResourceType() {
            return DocumentReference.class;
        }

        @Search
        public List<DocumentReference> search(
                @RequiredParam(name = DocumentReference.SP_PATIENT, chainWhitelist = {"identifier"})
                ReferenceParam patient,
                @OptionalParam(name = DocumentReference.SP_STATUS) TokenParam status,
                @OptionalParam(name = DocumentReference.SP_TYPE) TokenOrListParam type,
                @OptionalParam(name = DocumentReference.SP_DATE) DateRangeParam date,
                @OptionalParam(name = DocumentReference.SP_AUTHOR, chainWhitelist = {"identifier"})
                ReferenceParam author,
                @OptionalParam(name = DocumentReference.SP_IDENTIFIER) TokenParam identifier) {
            String[] ins = systemAndValue(patient.getValue());
            List<String> types = new ArrayList<>();
            if (type != null) {
                type.getValuesAsQueryTokens().forEach(token -> types.add(token.getValue()));
            }
            Instant from = date == null || date.getLowerBoundAsInstant() == null ? null
                    : date.getLowerBoundAsInstant().toInstant();
            Instant to = date == null || date.getUpperBoundAsInstant() == null ? null
                    : date.getUpperBoundAsInstant().toInstant();
            String authorId = author == null ? null : systemAndValue(author.getValue())[1];
            String uniqueId = identifier == null ? null : DmpRecords.bare(identifier.getValue());
            return records.search(ins[0], ins[1], Optional.ofNullable(status).map(TokenParam::getValue), types,
                    from, to, authorId, uniqueId);
        }

        @Read
        public DocumentReference read(@IdParam IdType id) {
            return records.read(id.getIdPart());
        }

        @Patch
        public MethodOutcome patch(@IdParam IdType id, PatchTypeEnum type, @ResourceParam String body,
                                   ServletRequestDetails request) {
            if (type != PatchTypeEnum.JSON_PATCH) {
                throw new InvalidRequestException("Seul le JSON Patch est accepté.");
            }
            String newStatus = null;
            try {
                for (JsonNode operation : JSON.readTree(body)) {
                    if (!"/status".equals(operation.path("path").asText())) {
                        throw new ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException(
                                "PATCH autorisé seulement sur status, securityLabel et isArchived.");
                    }
                    newStatus = operation.path("value").asText();
                }
            } catch (IOException e) {
                throw new InvalidRequestException("JSON Patch illisible.");
            }
            records.withdraw(id.getIdPart(), newStatus, (String) request.getServletRequest().getAttribute(PROFESSIONAL));
            return new MethodOutcome(id);
        }

        private static String[] systemAndValue(String token) {
            int bar = token == null ? -1 : token.indexOf('|');
            if (bar < 0) {
                throw new InvalidRequestException("Identifiant attendu sous la forme système|valeur.");
            }
            return new String[] {token.substring(0, bar), token.substring(bar + 1)};
        }
    }

    /** ITI-68: HAPI streams the raw document when the Accept header names no FHIR format. */
    static final class Binaries implements IResourceProvider {
        private final DmpRecords records;

        Binaries(DmpRecords records) {
            this.records = records;
        }

        @Override
        public Class<? extends IBaseResource> getResourceType() {
            return Binary.class;
        }

        @Read
        public Binary read(@IdParam IdType id) {
            return records.binary(id.getIdPart());
        }
    }

    /** ITI-65. */
    static final class Transactions {
        private final DmpRecords records;

        Transactions(DmpRecords records) {
            this.records = records;
        }

        @Transaction
        public Bundle transaction(@TransactionParam Bundle bundle, ServletRequestDetails request) {
            return records.submit(bundle, (String) request.getServletRequest().getAttribute(PROFESSIONAL));
        }
    }
}
