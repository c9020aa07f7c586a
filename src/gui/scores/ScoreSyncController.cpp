#include "gui/scores/ScoreSyncController.h"

#include "core/OfficeClock.h"
#include "gui/AppContext.h"
#include "gui/common/Background.h"
#include "net/CancelToken.h"
#include "storage/ConsoleDatabase.h"

#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace sitegov {

ScoreSyncController::ScoreSyncController(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    reloadConfig();
    readState();
}

ScoreSyncController::~ScoreSyncController()
{
    // The worker ends at once (its socket is shut down); wait for it, so that nothing of a closed
    // window still runs (its result is dropped with the watcher).
    if (m_cancel)
        m_cancel->cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void ScoreSyncController::reloadConfig()
{
    if (m_context.database)
        m_config = BackendSettings::load(*m_context.database);
    Q_EMIT stateChanged();
}

void ScoreSyncController::readState()
{
    if (!m_context.database)
        return;
    const auto s = ScoreCache(m_context.database->connection()).state();
    if (s)
        m_state = *s;
}

bool ScoreSyncController::start()
{
    if (m_running)
        return true;
    if (!m_config.configured() || !m_context.database)
        return false;
    m_running = true;
    m_cancel = std::make_shared<net::CancelToken>();
    delete m_watcher;
    m_watcher = new QFutureWatcher<SyncResult>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
        [this](int value) { Q_EMIT progress(value, m_watcher->progressMaximum(), m_watcher->progressText()); });
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString& text) {
        Q_EMIT progress(m_watcher->progressValue(), m_watcher->progressMaximum(), text);
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScoreSyncController::onFinished);
    const QString path = m_context.database->path();
    const net::ClientOptions options = m_config.clientOptions();
    auto cancel = m_cancel;
    m_send = std::make_shared<std::optional<SendResult>>();
    auto send = m_send;
    m_watcher->setFuture(
        QtConcurrent::run(backgroundPool(), [path, options, cancel, send](QPromise<SyncResult>& promise) {
            auto db = ConsoleDatabase::open(path, Database::Mode::RequireCurrent);
            if (!db) {
                promise.addResult(SyncResult(db.error()));
                return;
            }
            if (!options.token.isEmpty()) {
                promise.setProgressValueAndText(0, tr("Sending the confirmed assessments to the backend…"));
                *send = net::AssessmentSender::run((*db)->connection(), options, cancel.get());
            }
            promise.addResult(net::ScoreSync::run(
                (*db)->connection(), options, cancel.get(), [&promise](const net::ScoreSync::Progress& p) {
                    promise.setProgressRange(0, p.total);
                    const QString text = p.period.isValid()
                        ? tr("Fetching the scores of %1 (%2 of %3 periods, %4 scores)…")
                              .arg(p.period.toString())
                              .arg(qMin(p.done + 1, p.total))
                              .arg(p.total)
                              .arg(QLocale().toString(p.rows))
                        : tr("Asking the backend which periods it has…");
                    promise.setProgressValueAndText(p.done, text);
                }));
        }));
    Q_EMIT started();
    Q_EMIT stateChanged();
    return true;
}

void ScoreSyncController::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void ScoreSyncController::onFinished()
{
    m_running = false;
    const SyncResult result = m_watcher->future().resultCount() > 0
        ? m_watcher->result()
        : SyncResult(Error{tr("The sync ended without a result."), {}});
    m_cancel.reset();
    if (m_send && m_send->has_value())
        m_lastSend = **m_send;
    const bool sendingMoved = m_send && m_send->has_value() && (**m_send).ok()
        && ((**m_send)->sent + (**m_send)->refused + (**m_send)->failed > 0);
    m_send.reset();
    readState();
    const bool changed = result.ok() && (result->changed > 0 || result->removed > 0);
    Q_EMIT finished(result.ok(), result.ok() ? Error{} : result.error());
    Q_EMIT stateChanged();
    if (changed)
        Q_EMIT cacheChanged();
    if (sendingMoved)
        Q_EMIT sendingChanged();
}

QString ScoreSyncController::timeText(const QDateTime& at)
{
    return QLocale().toString(OfficeClock::toOffice(at), tr("yyyy-MM-dd HH:mm", "date and time of a score sync"));
}

QString ScoreSyncController::lastSyncText() const
{
    if (!m_state.lastSuccessAt.isValid())
        return tr("never synced");
    return tr("last synced %1").arg(timeText(m_state.lastSuccessAt));
}

QString ScoreSyncController::statusText() const
{
    if (!m_config.configured())
        return tr("Backend: not configured");
    if (m_running)
        return tr("Backend: %1 · syncing…").arg(m_config.shortAddress());
    if (m_state.failedLast() && m_state.backendUrl == m_config.url)
        return tr("Backend: %1 · sync failed · %2").arg(m_config.shortAddress(), lastSyncText());
    return tr("Backend: %1 · %2").arg(m_config.shortAddress(), lastSyncText());
}

QString ScoreSyncController::statusToolTip() const
{
    if (!m_config.configured())
        return tr("No assessment backend is configured: set its address and token in Settings.");
    QString tip = tr("Assessment backend: %1").arg(m_config.url);
    if (m_state.lastSuccessAt.isValid())
        tip += u'\n' + tr("Last successful sync: %1").arg(timeText(m_state.lastSuccessAt));
    if (m_state.failedLast())
        tip += u'\n' + tr("Last sync failed at %1: %2").arg(timeText(m_state.lastFailureAt), m_state.lastError.message);
    return tip;
}

} // namespace sitegov
