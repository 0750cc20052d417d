#pragma once

#include "sync/SyncEngine.h"
#include "sync/SyncStore.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTabWidget;

namespace Sync {
class Connector;
class SyncService;
} // namespace Sync

// Adds or edits a connection: name, connector, the connector's settings (secrets in password fields,
// stored in the keychain only; left empty when editing, they stay as they are), the conflict rule.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(Sync::SyncService &service, qint64 connectionId, QWidget *parent = nullptr);
    qint64 connectionId() const { return m_id; }

    void accept() override;

private:
    void rebuildSettings();
    Sync::Connector *connector() const;

    Sync::SyncService &m_service;
    qint64 m_id;
    Sync::Connection m_original;
    QLineEdit *m_name;
    QComboBox *m_connector;
    QComboBox *m_rule;
    QWidget *m_settingsBox;
    QFormLayout *m_settingsForm;
    QLabel *m_keychain;
    QHash<QString, QLineEdit *> m_fields;
};

// The field mapping of a connection, one tab per record type: which Leadbench field goes to which
// CRM field, which side is the source of truth, whether an empty value may replace a filled one.
class FieldMappingDialog : public QDialog
{
    Q_OBJECT
public:
    FieldMappingDialog(Sync::SyncService &service, qint64 connectionId, QWidget *parent = nullptr);
    QTableWidget *table(Sync::Entity entity) const { return m_tables.value(int(entity)); }

    void accept() override;

private:
    void fill(Sync::Entity entity, const QList<Sync::FieldMapping> &mapping);
    void addRow(Sync::Entity entity, const Sync::FieldMapping &mapping);
    QList<Sync::FieldMapping> read(Sync::Entity entity) const;

    Sync::SyncService &m_service;
    qint64 m_id;
    QTabWidget *m_tabs;
    QHash<int, QTableWidget *> m_tables;
    QHash<int, QList<Sync::FieldMapping>> m_original; // value maps survive edits of other columns
};

// Fields changed on both sides since the last sync: the person picks a side per field (or for all).
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictsDialog(Sync::SyncService &service, qint64 connectionId, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    void accept() override;

private:
    void reload();

    Sync::SyncService &m_service;
    qint64 m_id;
    QTableWidget *m_table;
    QList<qint64> m_ids;
};

// What a dry run found: every change, field by field, on each side; "Sync now" runs it for real.
class DryRunDialog : public QDialog
{
    Q_OBJECT
public:
    DryRunDialog(const QString &connectionName, const Sync::SyncReport &report, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};
