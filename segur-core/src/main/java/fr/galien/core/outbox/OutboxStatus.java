package fr.galien.core.outbox;

/** Life of an outbox row. The lower-case {@link #dbValue()} is stored. */
public enum OutboxStatus {
    /** Waiting for its (next) attempt. */
    PENDING("pending"),
    /** Acknowledged by the service: never sent again. */
    SENT("sent"),
    /** Refused permanently by the service: never retried. */
    REJECTED("rejected");

    private final String dbValue;

    OutboxStatus(String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }

    public static OutboxStatus fromDb(String value) {
        for (OutboxStatus status : values()) {
            if (status.dbValue.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown outbox status: " + value);
    }
}
