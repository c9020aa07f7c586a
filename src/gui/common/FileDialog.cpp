#include "gui/common/FileDialog.h"

#include "gui/common/MessageBox.h"
#include "gui/common/NextAnswers.h"
#include "db/DatabaseFiles.h"

#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QIcon>
#include <QMimeDatabase>


namespace sitegov {

namespace {

NextAnswers<QString, FileDialog::Request>& answers()
{
    static NextAnswers<QString, FileDialog::Request> queue;
    return queue;
}

QString& databasePath()
{
    static QString path;
    return path;
}

// Icons and type names from the file's name alone. Qt's default provider asks the platform and the
// MIME database about each file, which read a file whose name says nothing certain (a -wal, a -shm,
// a .db). The generic icons are the style's.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    NameOnlyIconProvider() { setOptions(DontUseCustomDirectoryIcons); }

    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isDir())
            return icon(Folder);
        const QIcon themed = QIcon::fromTheme(byName(info).iconName());
        return themed.isNull() ? icon(File) : themed;
    }

    QString type(const QFileInfo& info) const override
    {
        // The base class reads only a regular file; folders, links and devices it names itself.
        if (!info.isFile())
            return QFileIconProvider::type(info);
        const QMimeType mime = byName(info);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeType byName(const QFileInfo& info) const
    {
        return m_mime.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }

    QMimeDatabase m_mime;
};

} // namespace

void FileDialog::setDatabase(const QString& path)
{
    databasePath() = path;
}

bool FileDialog::isDatabaseFile(const QString& path)
{
    return !DatabaseFiles::refuse(path, databasePath());
}

QString FileDialog::ask(QWidget* parent, const Request& request, QString* selectedFilter)
{
    if (const auto answer = answers().take(request))
        return *answer;
    if (const auto answer = answers().answerUnanswered(request))
        return *answer;

    static NameOnlyIconProvider provider;
    QFileDialog dialog(parent, request.title, request.directory, request.filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog.setIconProvider(&provider);
    switch (request.mode) {
    case Mode::Open:
        dialog.setFileMode(QFileDialog::ExistingFile);
        break;
    case Mode::Save:
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        break;
    case Mode::Directory:
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

QString FileDialog::checked(QWidget* parent, const Request& request, const QString& path)
{
    if (path.isEmpty())
        return path;
    const Status refused = DatabaseFiles::refuse(path, databasePath());
    if (refused)
        return path;
    MessageBox::warning(parent, request.title, refused.error().message, refused.error().detail);
    return {};
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& title, const QString& directory,
    const QString& filter, QString* selectedFilter)
{
    const Request request{Mode::Open, title, directory, filter};
    return checked(parent, request, ask(parent, request, selectedFilter));
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& title, const QString& directory,
    const QString& filter, QString* selectedFilter)
{
    const Request request{Mode::Save, title, directory, filter};
    return checked(parent, request, ask(parent, request, selectedFilter));
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& title, const QString& directory)
{
    return ask(parent, {Mode::Directory, title, directory, {}}, nullptr);
}

QString FileDialog::getDatabaseFileName(QWidget* parent, const QString& title, const QString& directory,
    const QString& filter, bool create)
{
    return ask(parent, {create ? Mode::Save : Mode::Open, title, directory, filter}, nullptr);
}

void FileDialog::setNextFileName(const QString& path, std::function<void(const Request&)> seen)
{
    answers().push(path, std::move(seen));
}

int FileDialog::pendingAnswers()
{
    return answers().pending();
}

void FileDialog::clearNextAnswers()
{
    answers().clear();
}

void FileDialog::setUnansweredHandler(std::function<QString(const Request&)> handler)
{
    answers().setUnanswered(std::move(handler));
}

} // namespace sitegov
