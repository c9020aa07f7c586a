#include "gui/common/ListPane.h"

#include "gui/common/QueryTableModel.h"
#include "gui/common/StateView.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sitegov {

ListPane::ListPane(QAbstractItemModel* model, const Options& options, QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_layout(new QVBoxLayout(this))
    , m_filters(new QHBoxLayout)
    , m_footer(new QHBoxLayout)
{
    m_search->setObjectName(options.searchName);
    m_search->setPlaceholderText(options.searchPlaceholder);
    m_search->setAccessibleName(options.searchAccessibleName);
    m_search->setClearButtonEnabled(true);
    m_table->setModel(model);
    m_list = ListTable::attach(m_table, options.table);

    m_layout->addLayout(m_filters);
    m_layout->addLayout(m_footer);

    // Enter (or Down) in the search box: on to the rows it found, the first of them chosen when none is.
    connect(m_search, &QLineEdit::returnPressed, this, &ListPane::focusList);
    m_search->installEventFilter(this);
}

void ListPane::followLoads(QueryTableModel* model, std::function<void()> retry, std::function<void()> whenEmpty,
    std::function<void()> whenShown)
{
    connect(model, &QueryTableModel::loadFailed, this,
        [this, retry = std::move(retry)](const Error& e) { m_state->showError(e, retry); });
    connect(model, &QueryTableModel::firstRowsLoaded, this,
        [this, model, whenEmpty = std::move(whenEmpty), whenShown = std::move(whenShown)] {
            if (model->rowCount() == 0) {
                whenEmpty();
                return;
            }
            m_state->showContent();
            fitColumns();
            if (whenShown)
                whenShown();
        });
}

void ListPane::addSearch(int stretch)
{
    m_filters->addWidget(m_search, stretch);
}

void ListPane::addHeader(QWidget* header)
{
    m_layout->insertWidget(0, header);
}

void ListPane::addAboveList(QWidget* widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_footer) - (m_state ? 1 : 0), widget);
    m_aboveList << widget;
}

void ListPane::setContent(QWidget* content)
{
    Q_ASSERT(!m_state);
    m_state = new StateView(content, this);
    m_state->setObjectName(m_table->objectName() + QStringLiteral("State"));
    m_layout->insertWidget(m_layout->indexOf(m_footer), m_state, 1);
    orderTabs();
}

void ListPane::orderTabs()
{
    // The Tab key goes as the eye does: along the filters, through what is above the list, into the
    // table; whatever order the page made them in.
    QList<QWidget*> order;
    const auto take = [&order](QWidget* w) {
        if (w->focusPolicy() != Qt::NoFocus)
            order << w;
    };
    for (int i = 0; i < m_filters->count(); ++i) {
        if (QWidget* w = m_filters->itemAt(i)->widget())
            take(w);
    }
    for (QWidget* above : std::as_const(m_aboveList)) {
        take(above);
        for (QWidget* w : above->findChildren<QWidget*>())
            take(w);
    }
    order << m_table;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QLabel* ListPane::count()
{
    if (!m_count) {
        m_count = new QLabel(this);
        m_footer->insertWidget(0, m_count);
    }
    return m_count;
}

QLabel* ListPane::takeCount()
{
    QLabel* label = count();
    m_footer->removeWidget(label);
    return label;
}

QSplitter* ListPane::setContentBeside(QWidget* detail, int detailStretch)
{
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, detailStretch);
    splitter->setChildrenCollapsible(false);
    setContent(splitter);
    return splitter;
}

void ListPane::fillParent()
{
    auto* layout = new QVBoxLayout(parentWidget());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(this);
}

void ListPane::focusList()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_table->model() && m_table->model()->rowCount() > 0)
        m_list->selectOnly(0);
}

bool ListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down
        && static_cast<QKeyEvent*>(event)->modifiers() == Qt::NoModifier) {
        focusList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace sitegov
