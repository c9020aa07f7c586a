#include "gui/registry/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace sitegov {

namespace {

const QColor kErrorText(0xc6, 0x28, 0x28);
const QColor kErrorCell(0xff, 0xeb, 0xee);
const QColor kChangedCell(0xff, 0xf3, 0xd6);
const QColor kGoodText(0x2e, 0x7d, 0x32);
const QColor kMuted(0x75, 0x75, 0x75);

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_table = {};
    m_rows.clear();
    endResetModel();
}

void ImportPreviewModel::setReport(const TableData& table, const ImportReport& report)
{
    beginResetModel();
    m_table = table;
    m_rows.clear();
    QHash<int, RowOutcome> outcomes;
    for (const RowOutcome& o : report.outcomes)
        outcomes.insert(o.line, o);
    QHash<int, QList<ImportIssue>> issues;
    for (const ImportIssue& i : report.issues)
        issues[i.line] << i;
    // The file's headers, to find the columns an update names.
    QHash<QString, int> headerColumn;
    for (int c = 0; c < table.header.size(); ++c) {
        QString h = table.header.at(c).trimmed();
        h.remove(QChar(0xfeff));
        headerColumn.insert(h, c);
    }
    m_rows.reserve(table.rows.size());
    for (const TableRow& r : table.rows) {
        Row row;
        row.line = r.line;
        row.cells = r.cells;
        for (const ImportIssue& i : issues.value(r.line)) {
            (i.error ? row.errors : row.warnings) << i.message;
            if (i.error && i.column >= 0)
                row.errorColumns << i.column;
        }
        if (!row.errors.isEmpty()) {
            row.result = Result::Error;
        } else if (const auto it = outcomes.constFind(r.line); it != outcomes.cend()) {
            switch (it->action) {
            case RowAction::Created:
                row.result = Result::Created;
                break;
            case RowAction::Updated:
                row.result = Result::Updated;
                break;
            case RowAction::Unchanged:
                row.result = Result::Unchanged;
                break;
            }
            row.changed = it->changed;
            for (const QString& h : it->changed) {
                if (headerColumn.contains(h))
                    row.changedColumns << headerColumn.value(h);
            }
        } else {
            row.result = Result::Added; // assignments are always added
        }
        m_rows << row;
    }
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFileColumn + int(m_table.header.size());
}

ImportPreviewModel::Result ImportPreviewModel::result(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).result : Result::Error;
}

QString ImportPreviewModel::resultName(Result result)
{
    switch (result) {
    case Result::Created:
        return tr("✚ new");
    case Result::Updated:
        return tr("✎ updated");
    case Result::Unchanged:
        return tr("= unchanged");
    case Result::Added:
        return tr("✚ added");
    case Result::Error:
        break;
    }
    return tr("✘ error");
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const int fileColumn = column - FirstFileColumn;
    if (role == ResultRole)
        return int(row.result);
    if (role == WarningRole)
        return !row.warnings.isEmpty();
    switch (column) {
    case LineColumn:
        if (role == Qt::DisplayRole)
            return row.line;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ResultColumn:
        if (role == Qt::DisplayRole)
            return resultName(row.result) + (row.warnings.isEmpty() ? QString() : QStringLiteral(" ⚠"));
        if (role == Qt::ForegroundRole) {
            if (row.result == Result::Error)
                return QBrush(kErrorText);
            if (row.result == Result::Unchanged)
                return QBrush(kMuted);
            return QBrush(kGoodText);
        }
        return {};
    case DetailColumn: {
        QStringList parts = row.errors;
        if (row.result == Result::Updated && !row.changed.isEmpty())
            parts << tr("Changes: %1").arg(row.changed.join(tr(", ")));
        parts << row.warnings;
        if (role == Qt::DisplayRole)
            return parts.join(QStringLiteral("  "));
        if (role == Qt::ToolTipRole)
            return parts.join(u'\n');
        if (role == Qt::ForegroundRole && row.result == Result::Error)
            return QBrush(kErrorText);
        return {};
    }
    default:
        break;
    }
    if (fileColumn < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return fileColumn < row.cells.size() ? row.cells.at(fileColumn) : QString();
    case Qt::BackgroundRole:
        if (row.errorColumns.contains(fileColumn))
            return QBrush(kErrorCell);
        if (row.changedColumns.contains(fileColumn))
            return QBrush(kChangedCell);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Changes or errors");
    default:
        break;
    }
    const int fileColumn = section - FirstFileColumn;
    if (fileColumn < 0 || fileColumn >= m_table.header.size())
        return {};
    QString h = m_table.header.at(fileColumn).trimmed();
    h.remove(QChar(0xfeff));
    return h;
}

} // namespace sitegov
