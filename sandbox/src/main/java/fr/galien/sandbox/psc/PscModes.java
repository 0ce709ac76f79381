package fr.galien.sandbox.psc;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Error modes and e-CPS behaviour switched at run time, from tests (this object, via
 * {@link PscSimulator#modes()}) or from outside through {@code POST <base>/_control/mode}. Thread-safe: request
 * threads read it while a test flips it.
 */
public final class PscModes {

    private final Duration defaultApprovalDelay;
    private boolean wrongSigningKey;
    private boolean expiredTokens;
    private boolean providerDown;
    private Duration slowDelay = Duration.ZERO;
    private Duration approvalDelay;
    private boolean autoApprove = true;
    private String browserAutoLogin;
    private final Set<String> deniedNationalIds = new TreeSet<>();

    PscModes(Duration defaultApprovalDelay) {
        this.defaultApprovalDelay = defaultApprovalDelay;
        this.approvalDelay = defaultApprovalDelay;
    }

    /** Back to a healthy provider: every error mode off, approval delay as configured, nobody denying. */
    public synchronized void reset() {
        wrongSigningKey = false;
        expiredTokens = false;
        providerDown = false;
        slowDelay = Duration.ZERO;
        approvalDelay = defaultApprovalDelay;
        autoApprove = true;
        browserAutoLogin = null;
        deniedNationalIds.clear();
    }

    /** Tokens are signed with a key absent from the JWKS (same kid): clients must reject them. */
    public synchronized void setWrongSigningKey(boolean on) {
        wrongSigningKey = on;
    }

    public synchronized boolean wrongSigningKey() {
        return wrongSigningKey;
    }

    /** Access and ID tokens are issued already expired (exp 10 min in the past, beyond any clock skew). */
    public synchronized void setExpiredTokens(boolean on) {
        expiredTokens = on;
    }

    public synchronized boolean expiredTokens() {
        return expiredTokens;
    }

    /** Every protocol endpoint answers 503 (the control endpoint keeps working). */
    public synchronized void setProviderDown(boolean on) {
        providerDown = on;
    }

    public synchronized boolean providerDown() {
        return providerDown;
    }

    /** Each protocol request waits this long before being handled; zero for none. */
    public synchronized void setSlowDelay(Duration delay) {
        slowDelay = nonNegative(delay);
    }

    public synchronized Duration slowDelay() {
        return slowDelay;
    }

    /** How long the simulated professional takes to approve on the phone (CIBA), read when a request starts. */
    public synchronized void setApprovalDelay(Duration delay) {
        approvalDelay = nonNegative(delay);
    }

    public synchronized Duration approvalDelay() {
        return approvalDelay;
    }

    /** When off, CIBA requests stay pending until {@link PscSimulator#answerOnPhone} (or they expire). */
    public synchronized void setAutoApprove(boolean on) {
        autoApprove = on;
    }

    public synchronized boolean autoApprove() {
        return autoApprove;
    }

    /**
     * Code flow without a person at the browser (demo, client tests): {@code /auth} logs this national id in at
     * once, as if chosen on the page (a {@code login_hint} in the request wins). {@code null} shows the page.
     */
    public synchronized void setBrowserAutoLogin(String nationalId) {
        browserAutoLogin = nationalId;
    }

    public synchronized String browserAutoLogin() {
        return browserAutoLogin;
    }

    /** The professional with this national id refuses on the phone, in CIBA and in the browser flow. */
    public synchronized void deny(String nationalId) {
        deniedNationalIds.add(nationalId);
    }

    public synchronized void allow(String nationalId) {
        deniedNationalIds.remove(nationalId);
    }

    public synchronized Set<String> deniedNationalIds() {
        return Set.copyOf(deniedNationalIds);
    }

    synchronized boolean denies(String nationalId) {
        return deniedNationalIds.contains(nationalId);
    }

    private static Duration nonNegative(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + delay);
        }
        return delay;
    }
}
