package fr.galien.core.dmp;

import fr.galien.core.cda.CdaCode;
import fr.galien.core.cda.CdaCodes;
import fr.galien.core.cda.CdaDocument;
import fr.galien.core.cda.CdaHeader;
import fr.galien.core.cda.CdaOrganization;
import fr.galien.core.cda.CdaProfessional;
import fr.galien.core.cda.CdaVersion;
import fr.galien.core.cda.ClinicalDocuments;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.domain.Practice;
import fr.galien.core.domain.PracticeProfile;
import fr.galien.core.port.DmpPort.DmpAuthor;
import fr.galien.core.port.QualifiedIns;
import fr.galien.core.security.Caller;

/**
 * A PDF of the file wrapped as CDA level 1 by the core's builders ({@link ClinicalDocuments#pdf}, specs §1.7), with
 * the professional who sends it as author and the practice as custodian. Its header carries the qualified INS
 * ({@link fr.galien.core.cda.CdaInsRules}: a real practice may not send a test OID).
 */
public final class CdaPdfWrapping implements PdfWrapping {

    @Override
    public WrappedCda wrap(Caller caller, Practice practice, QualifiedIns ins, PatientDocument document, byte[] pdf,
                           String uniqueId) {
        DmpAuthor author = DmpMetadata.author(caller);
        CdaProfessional professional = new CdaProfessional(author.nationalId(), author.givenName(),
                author.familyName() == null ? "" : author.familyName(),
                CdaCodes.authorSpecialty(author.professionCode(), null, null), null);
        CdaOrganization organisation = new CdaOrganization(DmpMetadata.structureId(practice), practice.name(),
                practice.profile() == PracticeProfile.OFFICINE ? CdaCodes.FACILITY_OFFICINE : CdaCodes.FACILITY_CABINET,
                CdaCodes.SETTING_AMBULATORY, null, null);
        CdaHeader header = new CdaHeader(ins, null, null, document.patientId().toString(), professional, organisation,
                document.documentDate(), document.documentDate(), practice.mode(),
                new CdaVersion(uniqueId, uniqueId, 1, null));
        String system = document.type().system();
        CdaCode type = new CdaCode(document.type().code(), system.startsWith("urn:") ? CdaCodes.LOINC : system,
                document.type().display());
        CdaDocument cda = ClinicalDocuments.pdf(header, type, document.title(), pdf);
        return new WrappedCda(uniqueId, cda.xml());
    }
}
