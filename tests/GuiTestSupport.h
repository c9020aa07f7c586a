#pragma once

#include "TestSupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QInputMethodEvent>
#include <QTimer>

#include <functional>

namespace sitegov::test {

// Types text the way a Chinese input method delivers it: one committed string. (QTest::keyClicks
// only handles Latin-1.)
inline void commitText(QObject* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

// Answers the next modal dialog once it is shown (the seam for exec()'d dialogs).
inline void answerNextDialog(std::function<void(QDialog*)> answer, int timeoutMs = 10000)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer), elapsed, timeoutMs] {
        *elapsed += 20;
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        } else if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Answers the next modal dialog of type T (a QFileDialog or QMessageBox opened from inside another
// dialog), waiting while another modal widget is still the active one.
template<typename T>
void answerNext(std::function<void(T*)> answer, int timeoutMs = 10000)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer), elapsed, timeoutMs] {
        *elapsed += 20;
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        } else if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace sitegov::test
