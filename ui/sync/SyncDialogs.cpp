#include "SyncDialogs.h"

#include "shell/ErrorReporting.h"

#include "sync/Connector.h"
#include "sync/ConnectorRegistry.h"
#include "sync/CredentialStore.h"
#include "sync/LocalRecords.h"
#include "sync/SyncService.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Sync;

namespace {

template<typename F>
bool syncGuarded(QWidget *parent, const QString &title, F &&work)
{
    try {
        work();
        return true;
    } catch (const Error &e) {
        showError(parent, title, e.message());
    } catch (const StorageError &e) {
        showError(parent, title, e.message());
    }
    return false;
}

QTableWidgetItem *plainItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

// --- ConnectionDialog ----------------------------------------------------------------------------

ConnectionDialog::ConnectionDialog(SyncService &service, qint64 connectionId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(connectionId)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(connectionId ? tr("Edit Connection") : tr("Add Connection"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"connectionName"_s);
    m_name->setAccessibleName(tr("Connection name"));
    m_name->setPlaceholderText(tr("e.g. HubSpot (sales team)"));
    form->addRow(tr("&Name:"), m_name);
    m_connector = new QComboBox(this);
    m_connector->setObjectName(u"connectionConnector"_s);
    m_connector->setAccessibleName(tr("CRM"));
    for (Connector *c : service.registry().connectors())
        m_connector->addItem(c->name(), c->id());
    form->addRow(tr("&CRM:"), m_connector);
    m_rule = new QComboBox(this);
    m_rule->setObjectName(u"connectionConflictRule"_s);
    m_rule->setAccessibleName(tr("When both sides changed a field"));
    for (ConflictRule r : {ConflictRule::Ask, ConflictRule::PreferLocal, ConflictRule::PreferRemote, ConflictRule::Newest})
        m_rule->addItem(conflictRuleLabel(r), conflictRuleKey(r));
    form->addRow(tr("When &both sides changed a field:"), m_rule);
    layout->addLayout(form);

    m_settingsBox = new QWidget(this);
    m_settingsForm = new QFormLayout(m_settingsBox);
    m_settingsForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_settingsBox);
    m_keychain = new QLabel(this);
    m_keychain->setTextFormat(Qt::PlainText);
    m_keychain->setWordWrap(true);
    m_keychain->setText(tr("Secrets are kept in your system keychain only, never in the workspace or the settings."));
    layout->addWidget(m_keychain);

    if (service.registry().connectors().isEmpty()) {
        auto *none = new QLabel(tr("No CRM connector plug-ins were found in %1.").arg(service.registry().folders().join(u", "_s)), this);
        none->setTextFormat(Qt::PlainText);
        none->setWordWrap(true);
        layout->addWidget(none);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"connectionOk"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (connectionId) {
        if (auto c = service.store().connection(connectionId)) {
            m_original = *c;
            m_name->setText(c->name);
            m_connector->setCurrentIndex(m_connector->findData(c->connector));
            m_connector->setEnabled(false); // mappings and links belong to the connector
            m_rule->setCurrentIndex(m_rule->findData(conflictRuleKey(c->conflictRule)));
        }
    }
    connect(m_connector, &QComboBox::currentIndexChanged, this, &ConnectionDialog::rebuildSettings);
    rebuildSettings();
    resize(560, sizeHint().height());
}

Connector *ConnectionDialog::connector() const
{
    return m_service.registry().connector(m_connector->currentData().toString());
}

void ConnectionDialog::rebuildSettings()
{
    while (m_settingsForm->rowCount() > 0)
        m_settingsForm->removeRow(0);
    m_fields.clear();
    Connector *c = connector();
    if (!c)
        return;
    for (const SettingSpec &spec : c->settings()) {
        auto *edit = new QLineEdit(m_settingsBox);
        edit->setObjectName(u"setting_"_s + spec.key);
        edit->setAccessibleName(spec.label);
        edit->setToolTip(spec.help);
        if (spec.secret) {
            edit->setEchoMode(QLineEdit::Password);
            if (m_id)
                edit->setPlaceholderText(tr("unchanged (kept in the keychain)"));
        } else {
            edit->setText(m_id ? m_original.settings.value(spec.key, spec.defaultValue).toString() : spec.defaultValue);
            if (!spec.help.isEmpty())
                edit->setPlaceholderText(spec.help);
        }
        m_settingsForm->addRow(spec.label + u':', edit);
        m_fields.insert(spec.key, edit);
    }
}

void ConnectionDialog::accept()
{
    Connector *c = connector();
    if (!c) {
        showError(this, windowTitle(), tr("Choose a CRM."));
        return;
    }
    Connection connection = m_original;
    connection.name = m_name->text().trimmed();
    connection.connector = c->id();
    connection.conflictRule = conflictRuleFromKey(m_rule->currentData().toString()).value_or(ConflictRule::Ask);
    connection.settings.clear();
    QVariantMap secrets;
    for (const SettingSpec &spec : c->settings()) {
        const QString value = m_fields.value(spec.key)->text().trimmed();
        if (spec.secret) {
            if (!value.isEmpty())
                secrets.insert(spec.key, value);
        } else if (!value.isEmpty()) {
            connection.settings.insert(spec.key, value);
        }
    }
    const bool ok = syncGuarded(this, windowTitle(), [&] {
        if (m_id)
            m_service.updateConnection(connection, secrets);
        else
            m_id = m_service.addConnection(connection, secrets);
    });
    if (ok)
        QDialog::accept();
}

// --- FieldMappingDialog --------------------------------------------------------------------------

namespace {
enum MappingColumn { LocalColumn, RemoteColumn, DirectionColumn, ClearColumn, ColumnCount };
}

FieldMappingDialog::FieldMappingDialog(SyncService &service, qint64 connectionId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(connectionId)
{
    setObjectName(u"fieldMappingDialog"_s);
    const std::optional<Connection> connection = service.store().connection(connectionId);
    setWindowTitle(tr("Field Mapping — %1").arg(connection ? connection->name : QString()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Which Leadbench field goes to which CRM field. \"Leadbench decides\" or \"CRM decides\" "
                                "makes one side the source of truth for the field; otherwise a field changed on both "
                                "sides is a conflict. An empty value never replaces a filled one unless you allow it."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    if (connection) {
        const Connector &connector = service.connectorOf(*connection);
        for (const EntitySpec &spec : connector.entities()) {
            auto *table = new QTableWidget(0, ColumnCount, this);
            table->setObjectName(u"mapping_"_s + entityKey(spec.entity));
            table->setAccessibleName(tr("%1 field mapping").arg(entityLabel(spec.entity)));
            table->setHorizontalHeaderLabels({tr("Leadbench field"), tr("%1 field").arg(connector.name()), tr("Source of truth"),
                                              tr("Empty may replace")});
            table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            table->verticalHeader()->hide();
            table->setSelectionBehavior(QAbstractItemView::SelectRows);
            table->setProperty("entity", int(spec.entity));
            m_tables.insert(int(spec.entity), table);
            auto *page = new QWidget(this);
            auto *pageLayout = new QVBoxLayout(page);
            pageLayout->addWidget(table);
            auto *rowButtons = new QHBoxLayout;
            auto *add = new QPushButton(tr("&Add Field"), page);
            add->setObjectName(u"mappingAdd_"_s + entityKey(spec.entity));
            auto *remove = new QPushButton(tr("&Remove Field"), page);
            remove->setObjectName(u"mappingRemove_"_s + entityKey(spec.entity));
            auto *reset = new QPushButton(tr("Restore &Defaults"), page);
            reset->setObjectName(u"mappingReset_"_s + entityKey(spec.entity));
            rowButtons->addWidget(add);
            rowButtons->addWidget(remove);
            rowButtons->addStretch(1);
            rowButtons->addWidget(reset);
            pageLayout->addLayout(rowButtons);
            m_tabs->addTab(page, tr("%1 ↔ %2").arg(entityLabel(spec.entity), spec.remoteLabel));
            const Entity entity = spec.entity;
            const QList<FieldMapping> defaults = spec.defaultMapping;
            connect(add, &QPushButton::clicked, this, [this, entity] { addRow(entity, FieldMapping()); });
            connect(remove, &QPushButton::clicked, this, [this, table] {
                const int row = table->currentRow();
                if (row >= 0)
                    table->removeRow(row);
            });
            connect(reset, &QPushButton::clicked, this, [this, entity, defaults] { fill(entity, defaults); });
            m_original.insert(int(entity), service.store().mapping(connectionId, entity));
            fill(entity, m_original.value(int(entity)));
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"mappingSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &FieldMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

void FieldMappingDialog::fill(Entity entity, const QList<FieldMapping> &mapping)
{
    QTableWidget *t = m_tables.value(int(entity));
    t->setRowCount(0);
    for (const FieldMapping &m : mapping)
        addRow(entity, m);
}

void FieldMappingDialog::addRow(Entity entity, const FieldMapping &m)
{
    QTableWidget *t = m_tables.value(int(entity));
    const std::optional<Connection> connection = m_service.store().connection(m_id);
    if (!t || !connection)
        return;
    const int row = t->rowCount();
    t->insertRow(row);
    auto *local = new QComboBox(t);
    local->setAccessibleName(tr("Leadbench field"));
    for (const LocalField &f : LocalRecords::fields(entity))
        local->addItem(f.label, f.key);
    local->setCurrentIndex(std::max(0, local->findData(m.localField)));
    t->setCellWidget(row, LocalColumn, local);
    auto *remote = new QComboBox(t);
    remote->setEditable(true); // custom CRM properties too
    remote->setAccessibleName(tr("CRM field"));
    for (const EntitySpec &spec : m_service.connectorOf(*connection).entities()) {
        if (spec.entity != entity)
            continue;
        for (const RemoteField &f : spec.fields)
            remote->addItem(f.readOnly ? tr("%1 (%2, read-only)").arg(f.label, f.name) : tr("%1 (%2)").arg(f.label, f.name), f.name);
    }
    const int known = remote->findData(m.remoteField);
    if (known >= 0)
        remote->setCurrentIndex(known);
    else
        remote->setEditText(m.remoteField);
    t->setCellWidget(row, RemoteColumn, remote);
    auto *direction = new QComboBox(t);
    direction->setAccessibleName(tr("Source of truth"));
    direction->addItem(tr("Both ways"), directionKey(Direction::Both));
    direction->addItem(tr("Leadbench decides"), directionKey(Direction::Push));
    direction->addItem(tr("CRM decides"), directionKey(Direction::Pull));
    direction->setCurrentIndex(direction->findData(directionKey(m.direction)));
    t->setCellWidget(row, DirectionColumn, direction);
    auto *clear = new QCheckBox(t);
    clear->setAccessibleName(tr("An empty value may replace a filled one"));
    clear->setChecked(m.clearAllowed);
    t->setCellWidget(row, ClearColumn, clear);
    t->setCurrentCell(row, 0);
}

QList<FieldMapping> FieldMappingDialog::read(Entity entity) const
{
    QList<FieldMapping> list;
    QTableWidget *t = m_tables.value(int(entity));
    for (int row = 0; row < t->rowCount(); ++row) {
        auto *local = qobject_cast<QComboBox *>(t->cellWidget(row, LocalColumn));
        auto *remote = qobject_cast<QComboBox *>(t->cellWidget(row, RemoteColumn));
        auto *direction = qobject_cast<QComboBox *>(t->cellWidget(row, DirectionColumn));
        auto *clear = qobject_cast<QCheckBox *>(t->cellWidget(row, ClearColumn));
        FieldMapping m;
        m.localField = local->currentData().toString();
        const int index = remote->findText(remote->currentText());
        m.remoteField = index >= 0 ? remote->itemData(index).toString() : remote->currentText().trimmed();
        m.direction = directionFromKey(direction->currentData().toString()).value_or(Direction::Both);
        m.clearAllowed = clear->isChecked();
        // Keep the value translation (stages) of a pair that stayed the same; defaults bring theirs.
        for (const FieldMapping &o : m_original.value(int(entity))) {
            if (o.localField == m.localField && o.remoteField == m.remoteField)
                m.valueMap = o.valueMap;
        }
        if (m.valueMap.isEmpty()) {
            const std::optional<Connection> connection = m_service.store().connection(m_id);
            for (const EntitySpec &spec : m_service.connectorOf(*connection).entities()) {
                for (const FieldMapping &d : spec.defaultMapping) {
                    if (spec.entity == entity && d.localField == m.localField && d.remoteField == m.remoteField)
                        m.valueMap = d.valueMap;
                }
            }
        }
        list.append(m);
    }
    return list;
}

void FieldMappingDialog::accept()
{
    const bool ok = syncGuarded(this, windowTitle(), [&] {
        for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it)
            m_service.store().setMapping(m_id, Entity(it.key()), read(Entity(it.key())));
    });
    if (ok)
        QDialog::accept();
}

// --- ConflictsDialog -----------------------------------------------------------------------------

namespace {
enum ConflictColumn { RecordColumn, FieldColumn, LocalValueColumn, RemoteValueColumn, ChoiceColumn, ConflictColumns };
}

ConflictsDialog::ConflictsDialog(SyncService &service, qint64 connectionId, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_id(connectionId)
{
    setObjectName(u"conflictsDialog"_s);
    setWindowTitle(tr("Conflicts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These fields changed both here and in the CRM since the last sync. Choose which value "
                                "to keep; the next sync sends it."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, ConflictColumns, this);
    m_table->setObjectName(u"conflictsTable"_s);
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Here"), tr("In the CRM"), tr("Keep")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *all = new QHBoxLayout;
    auto *allLocal = new QPushButton(tr("Keep &All of Leadbench's"), this);
    allLocal->setObjectName(u"conflictsAllLocal"_s);
    auto *allRemote = new QPushButton(tr("Take All of the &CRM's"), this);
    allRemote->setObjectName(u"conflictsAllRemote"_s);
    all->addWidget(allLocal);
    all->addWidget(allRemote);
    all->addStretch(1);
    layout->addLayout(all);
    auto setAll = [this](int index) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn)))
                c->setCurrentIndex(index);
        }
    };
    connect(allLocal, &QPushButton::clicked, this, [setAll] { setAll(1); });
    connect(allRemote, &QPushButton::clicked, this, [setAll] { setAll(2); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Apply)->setObjectName(u"conflictsApply"_s);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &ConflictsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
    resize(900, 480);
}

void ConflictsDialog::reload()
{
    m_table->setRowCount(0);
    m_ids.clear();
    LocalRecords records(m_service.workspace().db(), m_service.workspace().actor());
    for (const Conflict &c : m_service.store().conflicts(m_id)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_ids << c.id;
        m_table->setItem(row, RecordColumn, plainItem(records.displayName(c.entity, c.localId)));
        QString field = c.field;
        if (auto f = LocalRecords::field(c.entity, c.field))
            field = f->label;
        if (c.field.isEmpty()) {
            m_table->setItem(row, FieldColumn, plainItem(tr("(the whole record)")));
            m_table->setItem(row, LocalValueColumn, plainItem(tr("changed")));
            m_table->setItem(row, RemoteValueColumn, plainItem(tr("deleted")));
        } else {
            m_table->setItem(row, FieldColumn, plainItem(field));
            m_table->setItem(row, LocalValueColumn, plainItem(c.localValue.isEmpty() ? tr("(empty)") : c.localValue));
            m_table->setItem(row, RemoteValueColumn, plainItem(c.remoteValue.isEmpty() ? tr("(empty)") : c.remoteValue));
        }
        auto *choice = new QComboBox(m_table);
        choice->setAccessibleName(tr("Value to keep"));
        choice->addItem(tr("Decide later"));
        choice->addItem(c.field.isEmpty() ? tr("Keep it here (create it again in the CRM)") : tr("Leadbench's value"));
        choice->addItem(c.field.isEmpty() ? tr("Delete it here too") : tr("The CRM's value"));
        m_table->setCellWidget(row, ChoiceColumn, choice);
    }
}

void ConflictsDialog::accept()
{
    syncGuarded(this, windowTitle(), [&] {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
            if (!choice || choice->currentIndex() == 0)
                continue;
            m_service.resolveConflict(m_ids.at(row), choice->currentIndex() == 1 ? SyncService::Choice::KeepLocal
                                                                                 : SyncService::Choice::TakeRemote);
        }
    });
    reload();
    if (m_table->rowCount() == 0)
        QDialog::accept();
}

// --- DryRunDialog --------------------------------------------------------------------------------

DryRunDialog::DryRunDialog(const QString &connectionName, const SyncReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"dryRunDialog"_s);
    setWindowTitle(tr("Dry Run — %1").arg(connectionName));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setObjectName(u"dryRunSummary"_s);
    if (report.status != u"ok"_s && report.status != u"partial"_s)
        summary->setText(tr("The dry run stopped: %1").arg(report.message));
    else if (report.changes.isEmpty())
        summary->setText(tr("Nothing to do: both sides agree."));
    else
        summary->setText(tr("Nothing was written. A sync would make these changes (%L1 pulled, %L2 pushed, %L3 conflicts):")
                             .arg(report.pulled)
                             .arg(report.pushed)
                             .arg(report.conflicts));
    layout->addWidget(summary);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(u"dryRunTable"_s);
    m_table->setAccessibleName(tr("Planned changes"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Record"), tr("Action"), tr("Field"), tr("Now"), tr("Becomes")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setRowCount(int(report.changes.size()));
    int row = 0;
    for (const PlannedChange &c : report.changes) {
        const QString action = c.action == u"create"_s   ? tr("create")
                               : c.action == u"update"_s ? tr("update")
                               : c.action == u"delete"_s ? tr("delete")
                                                         : tr("conflict");
        m_table->setItem(row, 0, plainItem(c.side == PlannedChange::Side::Local ? tr("Leadbench") : connectionName));
        m_table->setItem(row, 1, plainItem(c.name));
        m_table->setItem(row, 2, plainItem(action));
        m_table->setItem(row, 3, plainItem(c.field));
        m_table->setItem(row, 4, plainItem(c.from));
        m_table->setItem(row, 5, plainItem(c.to));
        ++row;
    }
    layout->addWidget(m_table, 1);
    if (report.moreChanges > 0) {
        auto *more = new QLabel(tr("… and %n more change(s).", nullptr, int(report.moreChanges)), this);
        layout->addWidget(more);
    }
    auto *buttons = new QDialogButtonBox(this);
    auto *run = buttons->addButton(tr("&Sync Now"), QDialogButtonBox::AcceptRole);
    run->setObjectName(u"dryRunSyncNow"_s);
    run->setEnabled(report.status == u"ok"_s || report.status == u"partial"_s);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 560);
}
