#pragma once

#include "core/Result.h"

#include <QString>
#include <functional>

class QDialog;
class QFormLayout;
class QLabel;
class QWidget;

namespace sitegov {

// The frame the small form dialogs share: an optional line of introduction, the form, a red line for
// what went wrong under it, and OK and Cancel calling the dialog's own accept() and reject().
class FormDialog final
{
public:
    // The red, word-wrapped message line, hidden until show() puts a message on it.
    static QLabel* messageLine(QWidget* parent);
    static void show(QLabel* messageLine, const QString& message);
    // Lays `dialog` out: `intro` (when not empty), `form`, `messageLine`, then OK and Cancel.
    static void layOut(QDialog* dialog, QFormLayout* form, QLabel* messageLine, const QString& intro = {});
    // Saves what a form holds: a new record (`id` 0) through `create`, which gives its number, or the
    // record `id` through `update`. The saved record's number; 0, after showing why on `messageLine`,
    // when it could not be saved.
    static qint64 save(QLabel* messageLine, qint64 id, const std::function<Result<qint64>()>& create,
        const std::function<Status()>& update);
};

} // namespace sitegov
