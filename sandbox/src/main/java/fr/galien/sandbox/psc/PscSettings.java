package fr.galien.sandbox.psc;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Fixed behaviour of a simulator instance, chosen before it starts. What tests switch at run time is in
 * {@link PscModes}.
 *
 * @param clock                 time source for every lifetime (tests pass a clock they move)
 * @param accessTokenLifetime   exp − iat of access and ID tokens: 60 s like the real PSC (specs §5.4)
 * @param refreshTokenLifetime  validity of a refresh token from its issue (rotating)
 * @param ssoSessionMax         no refresh beyond this age of the login
 * @param codeLifetime          authorization codes are usable this long, once
 * @param cibaExpiresIn         CIBA expires_in: after it, polls get expired_token
 * @param cibaInterval          CIBA interval: minimum delay between polls (whole seconds on the wire)
 * @param slowDownIncrement     added to the interval at each slow_down (5 s in CIBA Core §11 / RFC 8628)
 * @param approvalDelay         initial value of {@link PscModes#approvalDelay()}
 */
public record PscSettings(
        Clock clock,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        Duration ssoSessionMax,
        Duration codeLifetime,
        Duration cibaExpiresIn,
        Duration cibaInterval,
        Duration slowDownIncrement,
        Duration approvalDelay) {

    public PscSettings {
        Objects.requireNonNull(clock, "clock");
        positive(accessTokenLifetime, "accessTokenLifetime");
        positive(refreshTokenLifetime, "refreshTokenLifetime");
        positive(ssoSessionMax, "ssoSessionMax");
        positive(codeLifetime, "codeLifetime");
        positive(cibaExpiresIn, "cibaExpiresIn");
        if (cibaInterval.isNegative() || cibaInterval.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("cibaInterval must be a whole number of seconds: " + cibaInterval);
        }
        if (slowDownIncrement.isNegative() || slowDownIncrement.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("slowDownIncrement must be whole seconds: " + slowDownIncrement);
        }
        if (approvalDelay.isNegative()) {
            throw new IllegalArgumentException("approvalDelay must not be negative");
        }
    }

    /** Real-PSC-like lifetimes: access 60 s, refresh 30 min, SSO 12 h, CIBA 120 s / 1 s, approval after 1.5 s. */
    public static PscSettings defaults() {
        return new PscSettings(Clock.systemUTC(), Duration.ofSeconds(60), Duration.ofMinutes(30), Duration.ofHours(12),
                Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofMillis(1500));
    }

    public PscSettings withClock(Clock value) {
        return new PscSettings(value, accessTokenLifetime, refreshTokenLifetime, ssoSessionMax, codeLifetime,
                cibaExpiresIn, cibaInterval, slowDownIncrement, approvalDelay);
    }

    public PscSettings withAccessTokenLifetime(Duration value) {
        return new PscSettings(clock, value, refreshTokenLifetime, ssoSessionMax, codeLifetime, cibaExpiresIn,
                cibaInterval, slowDownIncrement, approvalDelay);
    }

    public PscSettings withRefreshTokenLifetime(Duration value) {
        return new PscSettings(clock, accessTokenLifetime, value, ssoSessionMax, codeLifetime, cibaExpiresIn,
                cibaInterval, slowDownIncrement, approvalDelay);
    }

    public PscSettings withCiba(Duration expiresIn, Duration interval, Duration slowDownStep) {
        return new PscSettings(clock, accessTokenLifetime, refreshTokenLifetime, ssoSessionMax, codeLifetime,
                expiresIn, interval, slowDownStep, approvalDelay);
    }

    public PscSettings withApprovalDelay(Duration value) {
        return new PscSettings(clock, accessTokenLifetime, refreshTokenLifetime, ssoSessionMax, codeLifetime,
                cibaExpiresIn, cibaInterval, slowDownIncrement, value);
    }

    private static void positive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
