#pragma once

#include "core/Period.h"
#include "gui/AppContext.h"
#include "report/BulletinDocument.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTextBrowser;

namespace sitegov {

// The quarterly spot-check bulletin of an office (report/BulletinDocument): the quarter, the document
// number and the report-back day, a preview of the document as it will be issued, and "Save as PDF"
// and "Save as ODF text" (the editable document the office adds its own words to).
class BulletinDialog final : public QDialog
{
    Q_OBJECT

public:
    BulletinDialog(AppContext& context, qint64 officeId, const Period& quarter, QWidget* parent);

    QTextBrowser* preview() const { return m_preview; }
    QComboBox* quarterBox() const { return m_quarter; }
    const std::optional<BulletinFigures>& figures() const { return m_figures; }

    // Writes the document; with an empty path, asks where. False (after a message) when it fails.
    bool savePdf(const QString& path = {});
    bool saveOdt(const QString& path = {});

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void reload();
    BulletinOptions options() const;
    QString askPath(const QString& title, const QString& filter, const QString& suffix);

    AppContext& m_context;
    qint64 m_officeId;
    std::optional<BulletinFigures> m_figures;
    QComboBox* m_quarter;
    QLineEdit* m_number;
    QDateEdit* m_reportBy;
    QLabel* m_state;
    QTextBrowser* m_preview;
};

} // namespace sitegov
