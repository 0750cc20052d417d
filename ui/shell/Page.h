#pragma once

#include <QIcon>
#include <QWidget>

class QUndoStack;
class Workspace;

// A screen of the main window's sidebar (Leads, and the features that come after it). The main window
// owns the workspace and the undo stack and hands them to every page.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // nullptr when no workspace is open.
    virtual void setWorkspace(Workspace *workspace, QUndoStack *undoStack) = 0;
    virtual void setReadOnly(bool readOnly) { Q_UNUSED(readOnly) }

signals:
    void statusMessage(const QString &text);
};
