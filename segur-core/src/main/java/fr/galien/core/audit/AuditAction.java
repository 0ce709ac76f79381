package fr.galien.core.audit;

/** What an audit row records. Append new actions at the end; the name is stored. */
public enum AuditAction {
    READ, CREATE, UPDATE, ARCHIVE, EXPORT, IMPORT, LOGIN, LOGOUT, LOGIN_FAILED, LOCK, UNLOCK, ROLE_CHANGE,
    BACKUP, RESTORE
}
