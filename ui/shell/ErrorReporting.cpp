#include "ErrorReporting.h"

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setTextFormat(Qt::PlainText); // paths and lead text are never markup
    box.exec();
}

bool askYesNo(QWidget *parent, const QString &title, const QString &question, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("questionMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    return box.exec() == QMessageBox::Yes;
}

void inform(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Information, title, message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("informationMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}
