#pragma once

#include "storage/RegistryExchange.h"
#include "storage/TableData.h"

#include <QAbstractTableModel>
#include <QHash>

namespace sitegov {

// The rows of an import file as the import dialog shows them: the line, what the import does (or,
// for a preview, would do) with the row, why (the columns an update changes, what is wrong), and
// then the row's cells under the file's own headers, as the user's spreadsheet has them. Cells an
// update changes are marked amber, a cell an error is about red.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ResultColumn, DetailColumn, FirstFileColumn };
    // What became of a row.
    enum class Result { Created, Updated, Unchanged, Added, Error };
    static constexpr int ResultRole = Qt::UserRole + 1; // int(Result)
    static constexpr int WarningRole = Qt::UserRole + 2; // bool: the row has a warning

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setReport(const TableData& table, const ImportReport& report);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Result result(int row) const;
    static QString resultName(Result result);

private:
    struct Row
    {
        int line = 0;
        QStringList cells;
        Result result = Result::Created;
        QStringList errors;
        QStringList warnings;
        QStringList changed; // headers
        QList<int> errorColumns;
        QList<int> changedColumns;
    };

    TableData m_table;
    QList<Row> m_rows;
};

} // namespace sitegov
