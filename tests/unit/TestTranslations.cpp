// Fails when a .ts file has unfinished translations, when the sources hold strings missing from
// the .ts files (lupdate run over the sources finds new ones), or when a translation drops or
// invents a %1-style placeholder.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
    bool numerus = false;
};

QList<Entry> readTs(const QString& path, QString* error)
{
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Entry current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                current = Entry{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source" && inMessage) {
                current.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == u"unfinished";
                if (type == u"vanished" || type == u"obsolete")
                    current.unfinished = false;
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform" && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(%L?(\d))"));
    QSet<QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.insert(it.next().captured(1));
    if (text.contains(QLatin1String("%n")))
        out.insert(QStringLiteral("n"));
    return out;
}

const QString sourceDir = QStringLiteral(SITEGOV_SOURCE_DIR);

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete()
    {
        QString error;
        const auto entries = readTs(sourceDir + QStringLiteral("/translations/sitegov_zh_CN.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 100);
        QStringList problems;
        for (const Entry& e : entries) {
            if (e.unfinished || e.translations.isEmpty() || e.translations.contains(QString()))
                problems << QStringLiteral("%1: unfinished: %2").arg(e.context, e.source);
            for (const QString& t : e.translations) {
                if (placeholders(t) != placeholders(e.source))
                    problems << QStringLiteral("%1: placeholders differ: %2 -> %3").arg(e.context, e.source, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishPluralsAreComplete()
    {
        QString error;
        const auto entries = readTs(sourceDir + QStringLiteral("/translations/sitegov_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Entry& e : entries) {
            if (e.numerus && (e.unfinished || e.translations.size() < 2 || e.translations.contains(QString())))
                problems << QStringLiteral("%1: plural forms missing: %2").arg(e.context, e.source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void sourcesHaveNoMissingStrings()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(QStringLiteral("sitegov_zh_CN.ts"));
        QVERIFY(QFile::copy(sourceDir + QStringLiteral("/translations/sitegov_zh_CN.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SITEGOV_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"), QStringLiteral("-I"),
                sourceDir + QStringLiteral("/src"), sourceDir + QStringLiteral("/src"), sourceDir + QStringLiteral("/ui"),
                QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const auto entries = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const Entry& e : entries) {
            if (e.unfinished || e.translations.isEmpty() || e.translations.contains(QString()))
                missing << QStringLiteral("%1: %2").arg(e.context, e.source);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("strings in the sources without a Chinese translation (run the "
                                      "update_translations target and translate them):\n")
                + missing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
