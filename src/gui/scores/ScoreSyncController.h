#pragma once

#include "core/Result.h"
#include "gui/scores/BackendSettings.h"
#include "net/AssessmentSender.h"
#include "net/ScoreSync.h"
#include "storage/ScoreCache.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace sitegov {

struct AppContext;

namespace net {
class CancelToken;
}

// Runs score syncs for the window (one at a time) on a worker thread with progress and cancel,
// and tells everybody who shows backend data: the status bar, the Scores page, the dashboard. A sync
// first sends the confirmed assessments waiting in the outbox (net/AssessmentSender), so that the
// scores it then fetches hold them.
class ScoreSyncController final : public QObject
{
    Q_OBJECT

public:
    using SyncResult = Result<net::ScoreSync::Outcome>;
    using SendResult = Result<net::AssessmentSender::Outcome>;

    ScoreSyncController(AppContext& context, QObject* parent);
    ~ScoreSyncController() override;

    const BackendConfig& config() const { return m_config; }
    // Reads the backend settings again (after Settings saved them).
    void reloadConfig();
    bool isConfigured() const { return m_config.configured(); }
    bool isRunning() const { return m_running; }
    const ScoreSyncState& state() const { return m_state; }
    // What the last sync's sending did (empty before the first).
    const std::optional<SendResult>& lastSend() const { return m_lastSend; }

    // Starts a sync unless one runs or no backend is configured; true when one runs afterwards.
    bool start();
    void cancel();

    // "Backend: 127.0.0.1:8750 · synced 2026-11-28 14:03", "Backend: sync failed", ...
    QString statusText() const;
    QString statusToolTip() const;
    // "Last synced 2026年11月28日 14:03" or "Never synced".
    QString lastSyncText() const;
    // A sync's time as the office reads it: "2026年11月28日 14:03" / "2026-11-28 14:03".
    static QString timeText(const QDateTime& at);

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString& text);
    void finished(bool ok, const sitegov::Error& error);
    void stateChanged();
    void cacheChanged(); // a sync stored new rows
    void sendingChanged(); // assessments were sent, refused or tried

private:
    void readState();
    void onFinished();

    AppContext& m_context;
    BackendConfig m_config;
    ScoreSyncState m_state;
    bool m_running = false;
    std::shared_ptr<net::CancelToken> m_cancel;
    std::shared_ptr<std::optional<SendResult>> m_send; // filled by the worker
    std::optional<SendResult> m_lastSend;
    QFutureWatcher<SyncResult>* m_watcher = nullptr;
};

} // namespace sitegov
