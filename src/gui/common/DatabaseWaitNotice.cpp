#include "gui/common/DatabaseWaitNotice.h"

#include "db/DatabaseWait.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace sitegov {

namespace {

constexpr int kShownMs = 3000;

QWidget* targetWindow()
{
    if (QWidget* active = QApplication::activeWindow())
        return active;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && qobject_cast<QMainWindow*>(w))
            return w;
    }
    return nullptr;
}

} // namespace

DatabaseWaitNotice::DatabaseWaitNotice(QObject* parent)
    : QObject(parent)
{
    const QPointer<DatabaseWaitNotice> self(this);
    DatabaseWait::setObserver([self](const DatabaseWait::Progress& progress) {
        const QString text = DatabaseWait::waitingText(progress);
        if (!self)
            return;
        if (QThread::currentThread() == self->thread())
            self->show(text);
        else
            QMetaObject::invokeMethod(self.data(), [self, text] {
                if (self)
                    self->show(text);
            }, Qt::QueuedConnection);
    });
}

DatabaseWaitNotice::~DatabaseWaitNotice()
{
    DatabaseWait::setObserver({});
}

void DatabaseWaitNotice::show(const QString& text)
{
    QWidget* window = targetWindow();
    if (!window)
        return;
    if (auto* main = qobject_cast<QMainWindow*>(window)) {
        main->statusBar()->showMessage(text, kShownMs);
        main->statusBar()->repaint();
        return;
    }
    auto* note = window->findChild<QLabel*>(QStringLiteral("databaseWaitNote"), Qt::FindDirectChildrenOnly);
    if (!note) {
        note = new QLabel(window);
        note->setObjectName(QStringLiteral("databaseWaitNote"));
        note->setAutoFillBackground(true);
        note->setBackgroundRole(QPalette::ToolTipBase);
        note->setForegroundRole(QPalette::ToolTipText);
        note->setMargin(4);
        note->setWordWrap(true);
        auto* timer = new QTimer(note);
        timer->setObjectName(QStringLiteral("databaseWaitTimer"));
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, note, &QLabel::hide);
    }
    note->setText(text);
    const int height = note->heightForWidth(window->width()) > 0 ? note->heightForWidth(window->width())
                                                                  : note->sizeHint().height();
    note->setGeometry(0, window->height() - height, window->width(), height);
    note->show();
    note->raise();
    note->repaint();
    note->findChild<QTimer*>(QStringLiteral("databaseWaitTimer"))->start(kShownMs);
}

} // namespace sitegov
