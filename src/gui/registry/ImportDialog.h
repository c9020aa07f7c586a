#pragma once

#include "gui/AppContext.h"
#include "storage/RegistryExchange.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sitegov {

// Import of units, persons, sites or assignments from CSV or XLSX: the file is read and every row
// checked (a dry run of the real import) on a worker thread, the preview lists each row's errors
// and warnings, then the import runs all-or-nothing, or for the good rows only if the user says so.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(AppContext& context, ExchangeKind kind, QWidget* parent);
    ~ImportDialog() override;

    // Starts with a file (tests, drag and drop).
    void setFile(const QString& path);
    const ImportReport& report() const { return m_report; }
    bool isRunning() const { return m_running; }
    bool imported() const { return m_report.committed; }

Q_SIGNALS:
    void previewReady();
    void importFinished(bool committed);

private:
    void chooseFile();
    void preview();
    void runImport(RegistryExchange::ImportMode mode);
    void start(RegistryExchange::ImportMode mode);
    void showReport(const ImportReport& report, bool final);
    void setRunning(bool running);

    AppContext& m_context;
    QComboBox* m_kind;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_summary;
    QTableWidget* m_issues;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_importAll;
    QPushButton* m_importGood;
    QPushButton* m_close;
    ImportReport m_report;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace sitegov
