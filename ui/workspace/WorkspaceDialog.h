#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

// The workspace picker: recent workspaces, another file, a new one, or the default. A person can keep
// several workspaces (a trade show, a region, a test copy) and switch between them.
class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    WorkspaceDialog(const QStringList &recent, const QString &current, QWidget *parent = nullptr);

    QString chosenPath() const { return m_path; }
    bool createRequested() const { return m_create; }
    QListWidget *list() const { return m_list; }

public slots:
    void openSelected();
    void browse();
    void createNew();
    void openDefault();

signals:
    void forgetRequested(const QString &path);

private:
    void choose(const QString &path, bool create);

    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_forget;
    QString m_path;
    bool m_create = false;
};
