#include "SettingsDialog.h"

#include "settings/Language.h"
#include "settings/Settings.h"
#include "shell/ErrorReporting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    m_userName = new QLineEdit(settings.userName(), general);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setAccessibleName(tr("Your name"));
    m_userName->setToolTip(tr("Recorded with every stage change, activity and merge you make."));
    generalForm->addRow(tr("Your &name:"), m_userName);
    m_openAtStart = new QComboBox(general);
    m_openAtStart->setObjectName(QStringLiteral("openAtStart"));
    m_openAtStart->setAccessibleName(tr("Workspace at start"));
    m_openAtStart->addItem(tr("The last workspace used"), QStringLiteral("last"));
    m_openAtStart->addItem(tr("The default workspace"), QStringLiteral("default"));
    m_openAtStart->setCurrentIndex(std::max(0, m_openAtStart->findData(settings.value(Settings::Key::OpenAtStart))));
    generalForm->addRow(tr("&Open at start:"), m_openAtStart);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    // What the system's language gives: itself when Leadbench speaks it, else English.
    const QLocale system = QLocale::system();
    const QString systemLanguage = Language::hasCatalogue(system) ? system.nativeLanguageName() : QStringLiteral("English");
    //: %1 is the name of the system's language in that language (Français, Ελληνικά ...)
    m_language->addItem(tr("System default (%1)").arg(systemLanguage), QString());
    for (const Language::Option &o : Language::available())
        m_language->addItem(o.nativeName, o.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(Settings::Key::Language).toString())));
    generalForm->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language applies when Leadbench starts again."), general);
    restartNote->setObjectName(QStringLiteral("languageNote"));
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);
    generalForm->addRow(QString(), restartNote);
    m_confirmDelete = new QCheckBox(tr("Ask before deleting several leads at once"), general);
    m_confirmDelete->setObjectName(QStringLiteral("confirmDeleteMany"));
    m_confirmDelete->setChecked(settings.value(Settings::Key::ConfirmDeleteMany).toBool());
    generalForm->addRow(m_confirmDelete);

    auto *backups = new QGroupBox(tr("Automatic backups"), this);
    auto *backupForm = new QFormLayout(backups);
    m_backupEnabled = new QCheckBox(tr("Back up the open workspace automatically"), backups);
    m_backupEnabled->setObjectName(QStringLiteral("backupEnabled"));
    m_backupEnabled->setChecked(settings.value(Settings::Key::BackupEnabled).toBool());
    backupForm->addRow(m_backupEnabled);
    m_backupInterval = new QSpinBox(backups);
    m_backupInterval->setObjectName(QStringLiteral("backupInterval"));
    m_backupInterval->setAccessibleName(tr("Hours between backups"));
    m_backupInterval->setRange(1, 24 * 30);
    m_backupInterval->setSuffix(tr(" h"));
    m_backupInterval->setValue(settings.value(Settings::Key::BackupIntervalHours).toInt());
    backupForm->addRow(tr("&Every:"), m_backupInterval);
    m_backupKeep = new QSpinBox(backups);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setAccessibleName(tr("Backups to keep"));
    m_backupKeep->setRange(1, 100);
    m_backupKeep->setValue(settings.value(Settings::Key::BackupKeep).toInt());
    backupForm->addRow(tr("&Keep the last:"), m_backupKeep);
    connect(m_backupEnabled, &QCheckBox::toggled, m_backupInterval, &QWidget::setEnabled);
    connect(m_backupEnabled, &QCheckBox::toggled, m_backupKeep, &QWidget::setEnabled);
    m_backupInterval->setEnabled(m_backupEnabled->isChecked());
    m_backupKeep->setEnabled(m_backupEnabled->isChecked());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(backups);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void SettingsDialog::accept()
{
    const QString name = m_userName->text().trimmed();
    if (name.isEmpty()) {
        showError(this, windowTitle(), tr("Your name cannot be empty: it is recorded in the histories."));
        m_userName->setFocus();
        return;
    }
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings.value(Settings::Key::Language).toString();
    m_settings.setValue(Settings::Key::UserName, name);
    m_settings.setValue(Settings::Key::Language, language);
    m_settings.setValue(Settings::Key::OpenAtStart, m_openAtStart->currentData());
    m_settings.setValue(Settings::Key::ConfirmDeleteMany, m_confirmDelete->isChecked());
    m_settings.setValue(Settings::Key::BackupEnabled, m_backupEnabled->isChecked());
    m_settings.setValue(Settings::Key::BackupIntervalHours, m_backupInterval->value());
    m_settings.setValue(Settings::Key::BackupKeep, m_backupKeep->value());
    if (languageChanged)
        inform(this, windowTitle(), tr("The language changes the next time Leadbench starts."));
    QDialog::accept();
}
