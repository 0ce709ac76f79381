package fr.galien.app.ui.fake;

import fr.galien.app.ui.identity.DatamatrixProposal;
import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.app.ui.identity.IdentityDialogs;
import fr.galien.app.ui.identity.IdentityProposal;
import fr.galien.app.ui.identity.ProposalDecision;
import fr.galien.core.domain.Patient;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Records what each identity dialog was shown and answers with what the test decided. */
public final class FakeIdentityDialogs implements IdentityDialogs {

    public final List<IdentityProposal> proposals = new ArrayList<>();
    public final List<List<IdentityDocument>> documentsOffered = new ArrayList<>();
    public final List<DatamatrixProposal> datamatrixProposals = new ArrayList<>();
    public final List<List<Patient>> candidatesShown = new ArrayList<>();
    public int birthPlaceAsked;

    public ProposalDecision decision = ProposalDecision.ACCEPT;
    public Optional<String> birthPlace = Optional.empty();
    public Optional<IdentityDocument> document = Optional.empty();
    public Optional<IdentityTraits> correction = Optional.empty();
    public Optional<String> apCvCode = Optional.of("APCV1:TEST");
    public Optional<DatamatrixInput> datamatrix = Optional.empty();
    public boolean searchDatamatrix = true;
    public Function<List<Patient>, LocalPatientChoice> localChoice = candidates -> LocalPatientChoice.create();

    @Override
    public Optional<String> askBirthPlace(String patientSummary) {
        birthPlaceAsked++;
        return birthPlace;
    }

    @Override
    public ProposalDecision compare(IdentityProposal proposal) {
        proposals.add(proposal);
        return decision;
    }

    @Override
    public Optional<IdentityDocument> chooseDocument(String patientSummary, List<IdentityDocument> offered) {
        documentsOffered.add(List.copyOf(offered));
        return document;
    }

    @Override
    public Optional<IdentityTraits> correctTraits(String patientSummary, IdentityTraits current) {
        return correction;
    }

    @Override
    public Optional<String> askApCvCode(List<IdentityContext.SandboxCode> sandboxCodes,
                                        Optional<String> sandboxPage) {
        return apCvCode;
    }

    @Override
    public Optional<DatamatrixInput> askDatamatrix() {
        return datamatrix;
    }

    @Override
    public boolean proposeDatamatrix(DatamatrixProposal proposal) {
        datamatrixProposals.add(proposal);
        return searchDatamatrix;
    }

    @Override
    public LocalPatientChoice chooseLocalPatient(InsIdentity found, IdentificationMethod method,
                                                 List<Patient> candidates) {
        candidatesShown.add(List.copyOf(candidates));
        return localChoice.apply(candidates);
    }

    public IdentityProposal lastProposal() {
        return proposals.get(proposals.size() - 1);
    }
}
