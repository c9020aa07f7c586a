#include "gui/common/FormDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace sitegov {

QLabel* FormDialog::messageLine(QWidget* parent)
{
    auto* line = new QLabel(parent);
    line->setWordWrap(true);
    line->setStyleSheet(QStringLiteral("color: #c62828"));
    line->setVisible(false);
    return line;
}

void FormDialog::show(QLabel* messageLine, const QString& message)
{
    messageLine->setText(message);
    messageLine->setVisible(true);
}

void FormDialog::layOut(QDialog* dialog, QFormLayout* form, QLabel* messageLine, const QString& intro)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    if (!intro.isEmpty()) {
        auto* introLabel = new QLabel(intro, dialog);
        introLabel->setWordWrap(true);
        layout->addWidget(introLabel);
    }
    layout->addLayout(form);
    layout->addWidget(messageLine);
    layout->addWidget(buttons);
}

qint64 FormDialog::save(QLabel* messageLine, qint64 id, const std::function<Result<qint64>()>& create,
    const std::function<Status()>& update)
{
    if (id == 0) {
        const auto created = create();
        if (!created) {
            show(messageLine, created.error().message);
            return 0;
        }
        return *created;
    }
    if (const Status s = update(); !s) {
        show(messageLine, s.error().message);
        return 0;
    }
    return id;
}

} // namespace sitegov
