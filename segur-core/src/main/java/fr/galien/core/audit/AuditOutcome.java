package fr.galien.core.audit;

public enum AuditOutcome { SUCCESS, REFUSED, FAILED }
