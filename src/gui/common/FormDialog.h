#pragma once

#include <QString>

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
};

} // namespace sitegov
