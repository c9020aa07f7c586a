// Replays the committed fuzz corpus (tests/fuzz/tables/corpus/{csv,xlsx}) through
// TableReader::readBytes, exactly as the libFuzzer targets feed it: each file must give a table or
// an error, never a crash. Built with gcc in every configuration; the fuzzers themselves need clang.
#include "fuzz/tables/FuzzInput.h"

#include <QDir>
#include <QFile>
#include <QTest>

using sitegov::fuzz::Target;

class TestTableFuzzCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("target");
        const QString root = QStringLiteral(SITEGOV_SOURCE_DIR "/tests/fuzz/tables/corpus/");
        int count = 0;
        for (const auto& [folder, target] : {std::pair{QStringLiteral("csv"), Target::Csv}, std::pair{QStringLiteral("xlsx"), Target::Xlsx}}) {
            const QDir dir(root + folder);
            const QStringList files = dir.entryList(QDir::Files, QDir::Name);
            for (const QString& f : files) {
                QTest::newRow(qPrintable(folder + u'/' + f)) << dir.filePath(f) << int(target);
                ++count;
            }
        }
        QVERIFY2(count >= 10, "the corpus is missing");
    }

    void replay()
    {
        QFETCH(QString, path);
        QFETCH(int, target);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(sitegov::fuzz::runOne(Target(target), f.readAll()));
    }
};

QTEST_GUILESS_MAIN(TestTableFuzzCorpus)
#include "TestTableFuzzCorpus.moc"
