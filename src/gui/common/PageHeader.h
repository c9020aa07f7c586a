#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace sitegov {

// The top of every page: its title, its scope (unit, period) and room for its main action.
class PageHeader final : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(const QString& title, QWidget* parent = nullptr);

    void setScope(const QString& scope);
    void addAction(QWidget* button); // right-aligned, in order

private:
    QLabel* m_title;
    QLabel* m_scope;
    QHBoxLayout* m_actions;
};

} // namespace sitegov
