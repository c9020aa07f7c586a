#pragma once

#include "gui/common/Page.h"
#include "storage/AnnualReportService.h"

#include <QHash>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTextBrowser;

namespace sitegov {

class PageHeader;

// The annual reports of 国办函〔2018〕12号 (storage/AnnualReportService): the reports of the
// jurisdiction with their state (draft, signed, published); the chosen one previewed as it prints
// (report/AnnualReportDocument) and its fields to fill in, each with its error beside it; signing
// and publishing; XLSX and PDF. Writing reports is for accounts that write weekly reviews
// (WriteReview), signing and publishing for those that sign them (SignReview). The list is short (a
// report per office and site a year) and read at once.
class AnnualReportsPage final : public Page
{
    Q_OBJECT

public:
    AnnualReportsPage(AppContext& context, QWidget* parent);

    QString title() const override { return tr("Annual reports"); }
    void refresh() override;
    // "year": show that year's office report (starting nothing).
    void navigate(const QVariantMap& arguments) override;

    QTableWidget* list() const { return m_list; }
    QTextBrowser* preview() const { return m_preview; }
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QLabel* fieldError(const QString& key) const { return m_errors.value(key); }
    std::optional<AnnualReportRecord> current() const { return m_current; }

    // The actions of the buttons (tests call them too); false after a message when they fail.
    // A new draft (or the existing report) of `year`: the office's, or the site's of `siteCode`.
    bool startReport(int year, const QString& siteCode = {});
    bool selectReport(qint64 id);
    bool save();
    bool sign();
    bool publish();
    bool saveXlsx(const QString& path = {});
    bool savePdf(const QString& path = {});

private:
    void reload(qint64 selectId);
    void showCurrent();
    void buildFields();
    void updateButtons();
    qint64 officeId() const; // the government of the account's unit (the province for the system)
    QString askPath(const QString& title, const QString& filter, const QString& suffix);

    AnnualReportService m_service;
    PageHeader* m_header = nullptr;
    QComboBox* m_year;
    QLineEdit* m_site;
    QPushButton* m_start;
    QTableWidget* m_list;
    QLabel* m_state;
    QTabWidget* m_tabs;
    QTextBrowser* m_preview;
    QWidget* m_form = nullptr;
    QPushButton* m_save;
    QPushButton* m_sign;
    QPushButton* m_publish;
    QPushButton* m_xlsx;
    QPushButton* m_pdf;
    QList<AnnualReportRecord> m_reports;
    std::optional<AnnualReportRecord> m_current;
    std::optional<AnnualReportKind> m_formKind;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QLabel*> m_errors;
};

} // namespace sitegov
