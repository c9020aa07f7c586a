#pragma once

#include "core/Inspection.h"
#include "gui/AppContext.h"
#include "storage/WeeklyReviewService.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace sitegov {

// One unit's weekly review beside the list: the week's figures as recorded in the review (read
// only), the reviewer's highlights, problems and instructions, and the actions the account may take:
// write the review (a draft pre-filled with the figures), save the draft (Ctrl+S), take the figures
// again, sign it (asks first; locked from then on), print it (Ctrl+P) and export it to PDF.
class WeeklyReviewEditor final : public QWidget
{
    Q_OBJECT

public:
    WeeklyReviewEditor(AppContext& context, QWidget* parent);

    // The unit's review of the week, or the offer to write it when there is none.
    void showUnitWeek(qint64 unitId, const QString& unitName, const IsoWeek& week, qint64 reviewId);
    void clear();
    qint64 reviewId() const { return m_review.id; }
    qint64 unitId() const { return m_unitId; }
    IsoWeek week() const { return m_week; }
    const WeeklyReview& review() const { return m_review; }
    bool isModified() const;

    // The actions, also reachable from tests.
    bool startReview();
    bool save();
    bool refreshFigures();
    bool sign(); // asks for confirmation
    bool exportPdf(const QString& path = {}); // without a path, asks where to save
    // A print preview of the review shown (File > Print, Ctrl+P); false when none is shown.
    bool print();
    // Saves unsaved text as a draft before the list moves on (drafts are never lost).
    void saveIfModified();

    QPlainTextEdit* highlightsEdit() const { return m_highlights; }
    QPlainTextEdit* problemsEdit() const { return m_problems; }
    QPlainTextEdit* instructionsEdit() const { return m_instructions; }
    QTableWidget* failuresTable() const { return m_failures; }
    QTableWidget* worstSitesTable() const { return m_worst; }

Q_SIGNALS:
    void changed(qint64 reviewId); // created, saved or signed from here
    void statusMessage(const QString& text);

protected:
    // A read-only text edit still takes an input method's committed text: refuse it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void showFacts(const WeeklySummary& facts);
    void updateActions();
    ReviewText text() const;
    void setText(const WeeklyReview& review);
    void warn(const QString& title, const Error& error);

    AppContext& m_context;
    qint64 m_unitId = 0;
    QString m_unitName;
    IsoWeek m_week;
    WeeklyReview m_review;
    bool m_mayWrite = false;
    bool m_maySign = false;

    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_notice;
    QPushButton* m_start;
    QWidget* m_body;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_coverage;
    QLabel* m_failed;
    QLabel* m_rectification;
    QLabel* m_overdue;
    QLabel* m_asOf;
    QLabel* m_noFailures = nullptr;
    QTableWidget* m_failures;
    QTableWidget* m_worst;
    QPlainTextEdit* m_highlights;
    QPlainTextEdit* m_problems;
    QPlainTextEdit* m_instructions;
    QPushButton* m_save;
    QPushButton* m_refresh;
    QPushButton* m_sign;
    QPushButton* m_pdf;
};

} // namespace sitegov
