#pragma once

#include "core/Result.h"

#include <QString>

class QWidget;

namespace sitegov {

class MainWindow;

// Waits until the window's pages have finished loading (or `timeoutMs` passed), then renders the
// window into an image file (PNG, JPEG, by extension).
Status captureWindow(MainWindow* window, const QString& file, int timeoutMs = 15000);

// Processes events until the window's pages are no longer busy (or `timeoutMs` passed).
void waitUntilLoaded(MainWindow* window, int timeoutMs = 15000);

} // namespace sitegov
