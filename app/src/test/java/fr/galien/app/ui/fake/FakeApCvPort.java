package fr.galien.app.ui.fake;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.ApCvPort;
import fr.galien.core.port.InsiPort.InsIdentity;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.security.Caller;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An {@link ApCvPort} whose readings go through the statuses the test scripted (then stay on the last one), with one
 * beneficiary for the ApCV and the card; no wait between polls. Records the QR contents sent and the polls.
 */
public final class FakeApCvPort implements ApCvPort {

    private final Deque<ApCvStatus> statuses = new ArrayDeque<>();
    private final List<String> scanned = new ArrayList<>();
    private VitaleReading beneficiary;
    private ApCvStatus last = ApCvStatus.EN_ATTENTE;
    private int polls;
    private boolean failing;

    /** The beneficiary of the app and the card: {@code identity}'s traits and matricule. */
    public FakeApCvPort beneficiary(InsIdentity identity) {
        IdentityTraits traits = identity.traits();
        String nir = identity.active().matricule();
        beneficiary = new VitaleReading(nir, nir, traits.birthName(), null, traits.firstNames().subList(0, 1),
                traits.sex(), traits.birthDate(), traits.birthPlaceCode(), "1");
        return this;
    }

    /** The statuses the next polls return, in order; the last one repeats. */
    public FakeApCvPort answers(ApCvStatus... answers) {
        statuses.clear();
        statuses.addAll(List.of(answers));
        return this;
    }

    public FakeApCvPort failing() {
        failing = true;
        return this;
    }

    @Override
    public ApCvSession startApCv(Caller caller, String qrContent) {
        scanned.add(qrContent);
        if (failing) {
            throw new SegurException(FakeServiceError.TEST_0101);
        }
        return new ApCvSession("lecture-" + scanned.size(), Duration.ZERO);
    }

    @Override
    public ApCvPoll poll(Caller caller, ApCvSession session) {
        polls++;
        if (!statuses.isEmpty()) {
            last = statuses.poll();
        }
        return new ApCvPoll(last, last == ApCvStatus.APPROUVEE ? beneficiary : null);
    }

    @Override
    public VitaleReading readCard(Caller caller) {
        if (failing) {
            throw new SegurException(FakeServiceError.TEST_0101);
        }
        return beneficiary;
    }

    public List<String> scanned() {
        return List.copyOf(scanned);
    }

    public int polls() {
        return polls;
    }
}
