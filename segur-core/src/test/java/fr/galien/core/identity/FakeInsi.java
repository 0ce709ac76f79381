package fr.galien.core.identity;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort;
import fr.galien.core.security.Caller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link InsiPort} answering from a table keyed by "NAME|FIRST NAMES|PLACE" (CR 01 for anything else), recording
 * every call. Can be told to fail like the connector does.
 */
final class FakeInsi implements InsiPort {

    private final Map<String, InsiResult> answers = new HashMap<>();
    private final List<IdentityTraits> traitsCalls = new ArrayList<>();
    private final List<VitaleQuery> vitaleCalls = new ArrayList<>();
    private InsiResult vitaleAnswer = notFound();
    private SegurException failure;
    private final List<CallIdentity> identities = new ArrayList<>();
    private boolean pscEndpoint;

    /** Says it has a CPS/e-CPS endpoint, as the connector does when {@code ins.psc.endpoint} is set. */
    FakeInsi withPscEndpoint() {
        pscEndpoint = true;
        return this;
    }

    @Override
    public boolean acceptsProfessionalSession() {
        return pscEndpoint;
    }

    @Override
    public InsiResult searchByTraits(Caller caller, CallIdentity identity, IdentityTraits traits) {
        identities.add(identity);
        return searchByTraits(caller, traits);
    }

    @Override
    public InsiResult searchWithVitale(Caller caller, CallIdentity identity, VitaleQuery query) {
        identities.add(identity);
        return searchWithVitale(caller, query);
    }

    /** The identity of every call, in order. */
    List<CallIdentity> identities() {
        return List.copyOf(identities);
    }

    FakeInsi found(String birthName, String firstNames, String place, InsIdentity identity) {
        answers.put(key(birthName, firstNames, place), new InsiResult(CodeCr.UNE_IDENTITE, "OK", Optional.of(identity)));
        return this;
    }

    FakeInsi several(String birthName, String firstNames, String place) {
        answers.put(key(birthName, firstNames, place),
                new InsiResult(CodeCr.PLUSIEURS_IDENTITES, "Plusieurs identites trouvees", Optional.empty()));
        return this;
    }

    FakeInsi vitale(InsiResult answer) {
        vitaleAnswer = answer;
        return this;
    }

    FakeInsi failing(SegurException error) {
        failure = error;
        return this;
    }

    @Override
    public InsiResult searchByTraits(Caller caller, IdentityTraits traits) {
        traitsCalls.add(traits);
        if (failure != null) {
            throw failure;
        }
        return answers.getOrDefault(key(traits.birthName(), String.join(" ", traits.firstNames()),
                traits.birthPlaceCode()), notFound());
    }

    @Override
    public InsiResult searchWithVitale(Caller caller, VitaleQuery query) {
        vitaleCalls.add(query);
        if (failure != null) {
            throw failure;
        }
        return vitaleAnswer;
    }

    List<IdentityTraits> traitsCalls() {
        return List.copyOf(traitsCalls);
    }

    List<VitaleQuery> vitaleCalls() {
        return List.copyOf(vitaleCalls);
    }

    private static InsiResult notFound() {
        return new InsiResult(CodeCr.AUCUNE_IDENTITE, "Aucune identite trouvee", Optional.empty());
    }

    private static String key(String birthName, String firstNames, String place) {
        return birthName + "|" + firstNames + "|" + (place == null ? "" : place);
    }
}
