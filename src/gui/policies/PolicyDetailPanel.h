#pragma once

#include "gui/AppContext.h"
#include "storage/PolicyService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sitegov {

// One key policy item beside the list: where it was published, and each obliged portal of the
// account's jurisdiction with its state (within 8 hours, late by how much, not yet), when and where
// the repost was found and how (the probe's line, or the account that recorded it). The account
// may record a repost by hand and close the item.
class PolicyDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    PolicyDetailPanel(AppContext& context, QWidget* parent);

    void showItem(qint64 id);
    qint64 itemId() const { return m_item.id; }

    QTableWidget* portals() const { return m_portals; }
    QPushButton* repostButton() const { return m_repost; }
    QPushButton* closeButton() const { return m_close; }

    void recordRepost();
    void closeItem();

Q_SIGNALS:
    void changed(qint64 id);
    void statusMessage(const QString& text);

private:
    QLabel* value(const char* name);

    AppContext& m_context;
    PolicyItemRecord m_item;
    QLabel* m_title;
    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_issuer;
    QLabel* m_published;
    QLabel* m_source;
    QLabel* m_summary;
    QTableWidget* m_portals;
    QPushButton* m_repost;
    QPushButton* m_close;
};

} // namespace sitegov
