// The compiled catalogues (.qm) are this library's resources, under :/i18n.
