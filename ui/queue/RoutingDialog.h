#pragma once

#include "distribution/Router.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class Workspace;

// The sales team and how leads reach it: reps (expertise, seniority, regions, capacity, absences),
// ordered assignment rules, a preview of the rules being edited, and the BANT rule for SQL.
class RoutingDialog : public QDialog
{
    Q_OBJECT
public:
    RoutingDialog(Workspace &workspace, QWidget *parent = nullptr);

    RoutingConfig editedConfig();
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void addRep();
    void saveRep();
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void addCondition();
    void removeCondition();
    void preview();
    void accept() override;

private:
    QWidget *buildTeamTab();
    QWidget *buildRulesTab();
    QWidget *buildPreviewTab();
    QWidget *buildQualificationTab();
    void showRep(int row);
    void reloadReps(qint64 select = 0);
    void showRule(int row);
    void storeRule(); // the editor's values into m_config.rules[m_ruleRow]
    QString repName(qint64 id) const;

    Workspace &m_workspace;
    RoutingConfig m_config;
    QList<Rep> m_reps;
    QTabWidget *m_tabs = nullptr;
    // Team
    QListWidget *m_repList = nullptr;
    QLineEdit *m_repName = nullptr;
    QLineEdit *m_repEmail = nullptr;
    QComboBox *m_repTeam = nullptr;
    QComboBox *m_repSeniority = nullptr;
    QSpinBox *m_repCapacity = nullptr;
    QCheckBox *m_repAway = nullptr;
    QDateTimeEdit *m_awayFrom = nullptr;
    QDateTimeEdit *m_awayTo = nullptr;
    QLineEdit *m_repIndustries = nullptr;
    QLineEdit *m_repProducts = nullptr;
    QLineEdit *m_repRegions = nullptr;
    QCheckBox *m_repActive = nullptr;
    // Rules
    QListWidget *m_ruleList = nullptr;
    int m_ruleRow = -1;
    QLineEdit *m_ruleName = nullptr;
    QCheckBox *m_ruleActive = nullptr;
    QTableWidget *m_conditions = nullptr;
    QRadioButton *m_toRep = nullptr;
    QRadioButton *m_toTeam = nullptr;
    QComboBox *m_ruleRep = nullptr;
    QComboBox *m_ruleTeam = nullptr;
    QCheckBox *m_ruleWeighted = nullptr;
    QCheckBox *m_fallbackWeighted = nullptr;
    QCheckBox *m_autoRoute = nullptr;
    // Preview
    QTableWidget *m_previewLeads = nullptr;
    QTableWidget *m_previewLoad = nullptr;
    // Qualification
    QSpinBox *m_bantMinimum = nullptr;
    QList<QCheckBox *> m_bantRequired;
    QSpinBox *m_notNowDays = nullptr;
};
