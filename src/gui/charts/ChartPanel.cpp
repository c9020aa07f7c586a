#include "gui/charts/ChartPanel.h"

#include "core/OfficeClock.h"
#include "gui/common/ConsoleStyle.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "storage/UserFile.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>

namespace sitegov {

namespace {

const char* const kGuideProperty = "sitegovGuide";

bool isGuide(const QObject* series)
{
    return series->property(kGuideProperty).toBool();
}

QString fileSafe(QString text)
{
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : text) {
        if (bad.contains(c) || c.isSpace())
            c = u'_';
    }
    return text.left(60);
}

} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_export(new QToolButton(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    QChart* c = m_view->chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 20, 4, 4)); // room for the Export button above the title
    QFont titleFont = c->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    c->setTitleFont(titleFont);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Copy this chart as a picture (Ctrl+C), or save it as a PNG picture or a PDF page"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setAutoRaise(true);
    m_export->setObjectName(QStringLiteral("chartExport"));
    auto* menu = new QMenu(m_export);
    // Ctrl+C on the chart puts it on the clipboard as a picture, to paste into a WPS or Word report.
    auto* copy = new QAction(tr("&Copy as picture"), this);
    copy->setObjectName(QStringLiteral("chartCopy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, [this] { copyToClipboard(); });
    addAction(copy);
    menu->addAction(copy);
    menu->addAction(tr("Save as PNG…"), this, [this] { exportInteractively(false); });
    menu->addAction(tr("Save as PDF…"), this, [this] { exportInteractively(true); });
    m_export->setMenu(menu);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2); // room for the focus frame
    layout->addWidget(m_stack);
    m_export->raise();
    setFocusPolicy(Qt::StrongFocus);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setTitle(const QString& title)
{
    m_view->chart()->setTitle(title);
    m_view->setAccessibleName(title);
    m_empty->setAccessibleName(title);
}

QString ChartPanel::title() const
{
    return m_view->chart()->title();
}

void ChartPanel::setUnitName(const QString& unit)
{
    m_unit = unit;
}

void ChartPanel::buildIfDirty()
{
    if (m_dirty)
        buildNow();
}

void ChartPanel::showEmpty(const QString& text)
{
    m_dirty = false;
    m_empty->setText(QStringLiteral("<b>%1</b><br>%2").arg(title().toHtmlEscaped(), text.toHtmlEscaped()));
    m_emptyPlain = text;
    m_stack->setCurrentWidget(m_empty);
    m_export->setEnabled(false);
}

bool ChartPanel::isShowingEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ChartPanel::emptyText() const
{
    return isShowingEmpty() ? m_emptyPlain : QString();
}

QStringList ChartPanel::plottedSeriesNames() const
{
    const_cast<ChartPanel*>(this)->buildIfDirty();
    QStringList names;
    for (QAbstractSeries* s : m_view->chart()->series()) {
        if (isGuide(s))
            continue;
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets())
                names << set->label();
        } else {
            names << s->name();
        }
    }
    return names;
}

QList<QList<double>> ChartPanel::plottedValues() const
{
    const_cast<ChartPanel*>(this)->buildIfDirty();
    QList<QList<double>> values;
    for (QAbstractSeries* s : m_view->chart()->series()) {
        if (isGuide(s))
            continue;
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets()) {
                QList<double> v;
                for (int i = 0; i < set->count(); ++i)
                    v << set->at(i);
                if (m_reversed)
                    std::reverse(v.begin(), v.end());
                values << v;
            }
        } else if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            QList<double> v;
            for (const QPointF& p : xy->points())
                v << p.y();
            values << v;
        }
    }
    return values;
}

QStringList ChartPanel::plottedCategories() const
{
    const_cast<ChartPanel*>(this)->buildIfDirty();
    for (QAbstractAxis* axis : m_view->chart()->axes()) {
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
            QStringList out = categories->categories();
            if (m_reversed)
                std::reverse(out.begin(), out.end());
            return out;
        }
    }
    return {};
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::resetChart()
{
    QChart* c = m_view->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_stack->setCurrentWidget(m_view);
    m_export->setEnabled(true);
    m_emptyPlain.clear();
}

void ChartPanel::showToolTip(const QString& text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartPanel::markAsGuide(QObject* series)
{
    series->setProperty(kGuideProperty, true);
}

void ChartPanel::buildNow()
{
    m_dirty = false;
    rebuild();
}

void ChartPanel::scheduleRebuild()
{
    if (isVisible()) {
        buildNow();
    } else {
        m_dirty = true;
        m_stack->setCurrentWidget(m_view);
        m_export->setEnabled(true);
    }
}

void ChartPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // After the show has been processed (polish, fonts, layout), not inside it.
    if (m_dirty) {
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                buildNow();
        });
    }
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_export->adjustSize();
    m_export->move(width() - m_export->width() - 4, 4);
}

void ChartPanel::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    // In the two pixels the layout leaves around the chart.
    if (hasFocus()) {
        QPainter painter(this);
        ConsoleStyle::drawFocusFrame(&painter, rect(), palette());
    }
}

void ChartPanel::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void ChartPanel::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event)
{
    if (isShowingEmpty())
        return;
    m_export->menu()->exec(event->globalPos());
}

void ChartPanel::exportInteractively(bool pdf)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(fileSafe(title()) + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png")));
    const QString file = FileDialog::getSaveFileName(this, pdf ? tr("Save the chart as PDF") : tr("Save the chart as PNG"),
        suggested, pdf ? tr("PDF documents (*.pdf)") : tr("PNG pictures (*.png)"));
    if (file.isEmpty())
        return;
    const Status s = pdf ? savePdf(file) : savePng(file);
    if (!s)
        MessageBox::warning(this, tr("Export the chart"), s.error().fullText());
}

void ChartPanel::renderForPrint(QPainter& painter, const QRectF& target) const
{
    QChart* c = m_view->chart();
    // Rendered at the target's own size, so that text stays sharp and in proportion.
    const QSizeF old = c->size();
    const bool hadBackground = c->isBackgroundVisible();
    const QRectF sceneRect = m_view->scene()->sceneRect();
    c->resize(target.size());
    m_view->scene()->setSceneRect(QRectF(QPointF(0, 0), target.size()));
    c->setBackgroundVisible(true);
    m_view->scene()->render(&painter, target, QRectF(QPointF(0, 0), target.size()));
    c->setBackgroundVisible(hadBackground);
    c->resize(old);
    m_view->scene()->setSceneRect(sceneRect);
}

QImage ChartPanel::toImage(const QSize& size) const
{
    const_cast<ChartPanel*>(this)->buildIfDirty();
    if (isShowingEmpty())
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderForPrint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool ChartPanel::copyToClipboard() const
{
    const QImage image = toImage();
    if (image.isNull())
        return false;
    QGuiApplication::clipboard()->setImage(image);
    return true;
}

Status ChartPanel::savePng(const QString& path, const QSize& size) const
{
    const_cast<ChartPanel*>(this)->buildIfDirty();
    if (isShowingEmpty())
        return Error{tr("The chart \"%1\" has no data to export.").arg(title()), {}};
    if (const Status s = UserFile::checkWritable(path); !s)
        return s;
    const QImage image = toImage(size);
    if (!image.save(path, "PNG"))
        return Error{tr("The picture could not be written to %1.").arg(QDir::toNativeSeparators(path)), {}};
    return {};
}

QList<const ChartPanel*> ChartPanel::withData(const QList<const ChartPanel*>& charts)
{
    QList<const ChartPanel*> printable;
    for (const ChartPanel* c : charts) {
        const_cast<ChartPanel*>(c)->buildIfDirty();
        if (!c->isShowingEmpty())
            printable << c;
    }
    return printable;
}

Status ChartPanel::savePdf(const QString& path) const
{
    return savePdf(path, {this}, m_unit);
}

Status ChartPanel::savePdf(const QString& path, const QList<const ChartPanel*>& charts, const QString& unit)
{
    const QList<const ChartPanel*> printable = withData(charts);
    if (printable.isEmpty())
        return Error{tr("There is no chart with data to export."), {}};
    if (const Status s = UserFile::checkWritable(path); !s)
        return s;
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
        QPageLayout::Millimeter));
    writer.setResolution(150);
    writer.setTitle(printable.constFirst()->title());
    writer.setCreator(QStringLiteral("SiteGov"));
    if (!paintPages(writer, writer.resolution(), printable, unit))
        return Error{tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)), {}};
    return {};
}

bool ChartPanel::printPreview(QWidget* parent, const QList<const ChartPanel*>& charts, const QString& unit)
{
    const QList<const ChartPanel*> printable = withData(charts);
    if (printable.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
        QPageLayout::Millimeter));
    printer.setDocName(printable.constFirst()->title());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(printable.constFirst()->title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&printable, &unit](QPrinter* target) {
        (void)paintPages(*target, target->resolution(), printable, unit);
    });
    return dialog.exec() == QDialog::Accepted;
}

bool ChartPanel::paintPages(QPagedPaintDevice& device, int resolution, const QList<const ChartPanel*>& printable,
    const QString& unit)
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const QRectF page = device.pageLayout().paintRectPixels(resolution);
    const QRectF area(0, 0, page.width(), page.height());
    QFont headFont(QStringLiteral("Noto Sans CJK SC"));
    headFont.setPointSizeF(11);
    QFont footFont = headFont;
    footFont.setPointSizeF(8);
    const QString printed = tr("Printed %1").arg(QLocale().toString(OfficeClock::today(), QLocale::LongFormat));
    for (int i = 0; i < printable.size(); ++i) {
        if (i > 0)
            device.newPage();
        painter.setFont(headFont);
        const QFontMetricsF head(headFont, &device);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), head.height() * 1.4), Qt::AlignLeft | Qt::AlignTop,
            unit);
        painter.setFont(footFont);
        const QFontMetricsF foot(footFont, &device);
        const QRectF footer(area.left(), area.bottom() - foot.height() * 1.4, area.width(), foot.height() * 1.4);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, printed);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
            tr("Page %1 of %2").arg(i + 1).arg(printable.size()));
        const QRectF chartArea(area.left(), area.top() + head.height() * 1.6, area.width(),
            footer.top() - area.top() - head.height() * 1.8);
        // Drawn at screen-like pixel size and scaled onto the page, so that the fonts keep their
        // proportion to the plot.
        const qreal scale = resolution / 96.0;
        painter.save();
        painter.translate(chartArea.topLeft());
        painter.scale(scale, scale);
        printable.at(i)->renderForPrint(painter, QRectF(QPointF(0, 0), chartArea.size() / scale));
        painter.restore();
    }
    return painter.end();
}

} // namespace sitegov
