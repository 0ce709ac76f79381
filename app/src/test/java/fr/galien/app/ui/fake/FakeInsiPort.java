package fr.galien.app.ui.fake;

import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsText;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort;
import fr.galien.core.security.Caller;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link InsiPort} answering from a table keyed by "NAME|FIRST NAMES|PLACE" as INSi reads them (CR 01 for anything
 * else) and one answer for every Vitale search, recording every call. Can fail like the connector.
 */
public final class FakeInsiPort implements InsiPort {

    private final Map<String, InsiResult> answers = new HashMap<>();
    private final List<IdentityTraits> traitsCalls = new ArrayList<>();
    private final List<VitaleQuery> vitaleCalls = new ArrayList<>();
    private InsiResult vitaleAnswer = notFound();
    private RuntimeException failure;

    public FakeInsiPort found(String birthName, String firstNames, String place, InsIdentity identity) {
        answers.put(key(birthName, firstNames, place), new InsiResult(CodeCr.UNE_IDENTITE, "OK", Optional.of(identity)));
        return this;
    }

    public FakeInsiPort several(String birthName, String firstNames, String place) {
        answers.put(key(birthName, firstNames, place),
                new InsiResult(CodeCr.PLUSIEURS_IDENTITES, "Plusieurs identites trouvees", Optional.empty()));
        return this;
    }

    public FakeInsiPort vitaleFinds(InsIdentity identity) {
        vitaleAnswer = new InsiResult(CodeCr.UNE_IDENTITE, "OK", Optional.of(identity));
        return this;
    }

    /** Every later call fails like the connector when INSi is down or too slow. */
    public FakeInsiPort failing() {
        failure = new SegurException(FakeServiceError.TEST_0101);
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

    public List<IdentityTraits> traitsCalls() {
        return List.copyOf(traitsCalls);
    }

    public List<VitaleQuery> vitaleCalls() {
        return List.copyOf(vitaleCalls);
    }

    private static InsiResult notFound() {
        return new InsiResult(CodeCr.AUCUNE_IDENTITE, "Aucune identite trouvee", Optional.empty());
    }

    private static String key(String birthName, String firstNames, String place) {
        return InsText.normalize(birthName) + "|" + InsText.normalize(firstNames) + "|" + (place == null ? "" : place);
    }
}
