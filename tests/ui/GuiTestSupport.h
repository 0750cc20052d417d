#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace GuiTest {

// Answers the next modal dialog (a QDialog or QMessageBox run with exec()) from the event loop,
// as a person would: `answer` gets the dialog and clicks or types in it.
inline void onNextModal(std::function<void(QWidget *)> answer, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, answer, timeoutMs] {
        *elapsed += 20;
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
            return;
        }
        if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            qWarning("no modal dialog appeared");
        }
    });
    timer->start();
}

// Closes the next message box, keeping its text for the test to check.
inline void captureNextMessage(QString *text, QMessageBox::StandardButton button = QMessageBox::Ok)
{
    onNextModal([text, button](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box) {
            qWarning("expected a message box, got %s", w->metaObject()->className());
            w->close();
            return;
        }
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        QAbstractButton *b = box->button(button);
        if (b)
            QTest::mouseClick(b, Qt::LeftButton);
        else
            box->close();
    });
}

// Types text key by key like QTest::keyClicks, including letters outside ASCII (é, ç, Greek), which
// QTest::keyClicks cannot map to keys.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

} // namespace GuiTest
