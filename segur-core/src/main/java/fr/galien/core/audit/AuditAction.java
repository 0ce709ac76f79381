package fr.galien.core.audit;

/** What an audit row records. Append new actions at the end; the name is stored. */
public enum AuditAction {
    READ, CREATE, UPDATE, ARCHIVE, EXPORT, IMPORT, LOGIN, LOGOUT, LOGIN_FAILED, LOCK, UNLOCK, ROLE_CHANGE,
    BACKUP, RESTORE,
    // Local accounts (issue 3): LOCK/UNLOCK stay for the workstation lock screen.
    ACCOUNT_CREATE, ACCOUNT_DISABLE, PASSWORD_RESET, ACCOUNT_LOCK, PSC_LINK,
    // INS identity (issue 4): every INSi call with its CR (REM 37), every identity change with method/document.
    INSI_CALL, IDENTITY_INSI_ACCEPT, IDENTITY_DOCUMENT_VALIDATE, IDENTITY_ATTRIBUTES, IDENTITY_TRAITS_CORRECT,
    IDENTITY_VERIFY,
    // Duplicates (issue 4 §7): one row per patient concerned, the detail names the merge id.
    MERGE, UNMERGE, DUPLICATE_DISMISS,
    // Appli carte Vitale and Vitale card readings (issue 8: the UI goes through the core, never a port).
    APCV_READ,
    // Security (issue 14): a user changing their own password (SSI/IAM.91).
    PASSWORD_CHANGE,
    // Patient documents (issue 12 §1): the detail names the document id and type code, never its content.
    DOCUMENT_ADD, DOCUMENT_OPEN, DOCUMENT_REPLACE,
    // E-prescription (issue 11): every national call (op=register/fetch/cancel/modify/dispense, the identifier,
    // never a drug or a name), and each local record (paper prescription, dispensation saved at the counter).
    EPRESCRIPTION_CALL, EPRESCRIPTION_RECORD
}
