#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Workspace;

// Campaigns and what they cost: name, channel (a lead source, inbound or outbound), cost, visitors,
// dates, and cost entries per day (events, ads and e-mailings alike). Every change goes through
// CampaignRepository; the dashboard follows.
class CampaignsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CampaignsDialog(Workspace *workspace, QWidget *parent = nullptr);

    void selectCampaign(qint64 id);

private:
    void reload(qint64 select);
    void showCampaign();
    bool saveCampaign();
    void addCampaign();
    void removeCampaign();
    void addCost();
    void removeCost();
    qint64 currentId() const;

    Workspace *m_workspace;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_channel;
    QDoubleSpinBox *m_cost;
    QSpinBox *m_visitors;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QLabel *m_costNote;
    QPushButton *m_save;
    QTableWidget *m_costs;
    QDateEdit *m_costDay;
    QDoubleSpinBox *m_costAmount;
    QSpinBox *m_costVisitors;
};
