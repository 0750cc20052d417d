#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class Settings;

// Preferences: who you are (recorded in histories), what opens at start, the language (applied at the
// next start), automatic backups.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    Settings &m_settings;
    QLineEdit *m_userName;
    QComboBox *m_openAtStart;
    QComboBox *m_language;
    QCheckBox *m_backupEnabled;
    QSpinBox *m_backupInterval;
    QSpinBox *m_backupKeep;
    QCheckBox *m_confirmDelete;
};
