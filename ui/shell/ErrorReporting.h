#pragma once

#include "storage/StorageError.h"

#include <QMessageBox>
#include <QString>
#include <QWidget>

// Core throws StorageError; no exception may cross Qt's event loop. GUI actions run their core calls
// through guarded(), which shows what went wrong, in the words core chose, and returns false.
void showError(QWidget *parent, const QString &title, const QString &message);
// Message boxes that never interpret their text as markup (it often holds lead text or paths).
bool askYesNo(QWidget *parent, const QString &title, const QString &question,
              QMessageBox::StandardButton defaultButton = QMessageBox::Yes);
void inform(QWidget *parent, const QString &title, const QString &message);

// For reads that fill a view: a failure is logged, not shown in a dialog of its own (a damaged file would
// otherwise raise one box per widget; the workspace check reports it once, clearly).
template<typename F>
bool quietly(F &&work)
{
    try {
        work();
        return true;
    } catch (const StorageError &e) {
        qWarning("%s", qPrintable(e.message()));
    }
    return false;
}

template<typename F>
bool guarded(QWidget *parent, const QString &title, F &&work)
{
    try {
        work();
        return true;
    } catch (const StorageError &e) {
        showError(parent, title, e.message());
    } catch (const std::exception &e) {
        showError(parent, title, QString::fromLocal8Bit(e.what()));
    }
    return false;
}
