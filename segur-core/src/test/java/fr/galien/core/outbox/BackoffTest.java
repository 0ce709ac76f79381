package fr.galien.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private final Backoff exact = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), 0);

    @ParameterizedTest
    @CsvSource({"1, 5", "2, 10", "3, 20", "4, 40", "8, 640", "9, 900", "10, 900", "1000, 900", "2147483647, 900"})
    void delayDoublesFromTheInitialDelayUpToTheCap(int attempts, long seconds) {
        assertThat(exact.delayAfter(attempts, 0.99)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void jitterOnlyShortensTheDelayByAtMostItsFraction() {
        Backoff jittered = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), 0.2);

        assertThat(jittered.delayAfter(3, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(jittered.delayAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(18));
        assertThat(jittered.delayAfter(3, 0.999_999)).isBetween(Duration.ofSeconds(16), Duration.ofSeconds(20));
    }

    @Test
    void defaultIsFiveSecondsToFifteenMinutes() {
        assertThat(Backoff.DEFAULT.initial()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Backoff.DEFAULT.max()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
