#pragma once

#include "TestSupport.h"

#include <QCoreApplication>
#include <QInputMethodEvent>

namespace sitegov::test {

// Types text the way a Chinese input method delivers it: one committed string. (QTest::keyClicks
// only handles Latin-1.)
inline void commitText(QObject* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace sitegov::test
