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
class QSortFilterProxyModel;
class QTableView;

namespace sitegov {

class ImportPreviewModel;

// Import of units, persons, sites or assignments from CSV or XLSX: the file is read and every row
// checked (a dry run of the real import) on a worker thread; the preview shows every row under the
// file's own headers with what the import does with it (new, updated with the columns that change,
// unchanged, or the error, the cell it is about marked), then the import runs all-or-nothing, or for
// the good rows only if the user says so. A file is checked before anything opens it (storage's
// UserFile: never the database or one of its files).
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(AppContext& context, ExchangeKind kind, QWidget* parent);
    ~ImportDialog() override;

    // Starts with a file (tests, drag and drop); a path the checks refuse is said so and not read.
    void setFile(const QString& path);
    ImportPreviewModel* preview() const { return m_rows; }
    const ImportReport& report() const { return m_report; }
    bool isRunning() const { return m_running; }
    bool imported() const { return m_report.committed; }

Q_SIGNALS:
    void previewReady();
    void importFinished(bool committed);

private:
    void chooseFile();
    void startPreview();
    void applyShowFilter();
    void runImport(RegistryExchange::ImportMode mode);
    void start(RegistryExchange::ImportMode mode);
    void showReport(const ImportReport& report, bool final);
    void setRunning(bool running);

    AppContext& m_context;
    QComboBox* m_kind;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_summary;
    QLabel* m_fileIssues;
    QComboBox* m_show;
    ImportPreviewModel* m_rows;
    QSortFilterProxyModel* m_shown;
    QTableView* m_table;
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
