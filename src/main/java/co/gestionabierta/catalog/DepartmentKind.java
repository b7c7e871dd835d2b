package co.gestionabierta.catalog;

/** The legal form of a department; the screens name each one from the message bundle. */
public enum DepartmentKind {
    SECRETARIAT,
    ADMINISTRATIVE_DEPARTMENT,
    SCHOOL,
    ENTITY,
    DECENTRALIZED_ENTITY,
    INSTITUTE,
    PUBLIC_ESTABLISHMENT,
    PROGRAM,
    ADVISORY_OFFICE,
    MANAGEMENT_OFFICE,
    UNIT,
    OFFICE
}
