package fr.galien.core.outbox;

import java.util.Objects;

/** What an {@link OutboxHandler} reports after one attempt. */
public sealed interface Delivery {

    /** The service acknowledged the call: the row is never sent again. */
    record Sent(String receipt) implements Delivery {
    }

    /** Transient failure (service down, timeout, 5xx): try again after the backoff. */
    record RetryLater(String reason) implements Delivery {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Permanent refusal (invalid request, 4xx business error): never retried; the UI shows the reason. */
    record Rejected(String reason) implements Delivery {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
