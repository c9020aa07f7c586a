#include "core/Language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace sitegov {

const QString Language::Chinese = QStringLiteral("zh_CN");
const QString Language::English = QStringLiteral("en");

namespace {
std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString& currentCode()
{
    static QString code;
    return code;
}
} // namespace

QStringList Language::available()
{
    return {Chinese, English};
}

QString Language::displayName(const QString& code)
{
    if (code == Chinese)
        return QStringLiteral("简体中文");
    if (code == English)
        return QStringLiteral("English");
    return code;
}

QString Language::normalise(const QString& code)
{
    const QString c = code.trimmed().toLower().replace(u'-', u'_');
    if (c == u"zh" || c.startsWith(QLatin1String("zh_cn")) || c.startsWith(QLatin1String("zh_hans"))
        || c == u"chinese")
        return Chinese;
    if (c == u"en" || c.startsWith(QLatin1String("en_")) || c == u"english" || c == u"c" || c == u"posix")
        return English;
    return {};
}

QString Language::systemDefault()
{
    return QLocale::system().language() == QLocale::Chinese ? Chinese : English;
}

bool Language::install(const QString& requested)
{
    const QString code = normalise(requested);
    if (code.isEmpty())
        return false;
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    bool ok = true;
    const QStringList files = code == Chinese
        ? QStringList{QStringLiteral(":/i18n/sitegov_zh_CN.qm"), QStringLiteral(":/i18n/qtbase_zh_CN.qm")}
        : QStringList{QStringLiteral(":/i18n/sitegov_en.qm")};
    for (const QString& file : files) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file)) {
            QCoreApplication::installTranslator(translator.get());
            installed().push_back(std::move(translator));
        } else if (file.contains(QLatin1String("sitegov_"))) {
            ok = false;
        }
    }
    QLocale::setDefault(code == Chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    currentCode() = code;
    return ok;
}

QString Language::current()
{
    return currentCode().isEmpty() ? English : currentCode();
}

} // namespace sitegov
