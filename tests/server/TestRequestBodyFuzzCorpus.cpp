// Replays the committed fuzz corpus (tests/fuzz/server/corpus/request_body) through the fuzz entry point,
// so that every regular build keeps what fuzzing found from coming back.
#include "RequestBodyTarget.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestRequestBodyFuzzCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay()
    {
        const QDir corpus(QStringLiteral(SITEGOV_SOURCE_DIR "/tests/fuzz/server/corpus/request_body"));
        const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 20, "the corpus is missing");
        qint64 bytes = 0;
        for (const QString& name : files) {
            QFile f(corpus.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            bytes += data.size();
            QCOMPARE(sitegovFuzzRequestBody(
                         reinterpret_cast<const std::uint8_t*>(data.constData()), std::size_t(data.size())),
                0);
        }
        qInfo("replayed %lld inputs, %lld bytes", qint64(files.size()), bytes);
    }
};

QTEST_GUILESS_MAIN(TestRequestBodyFuzzCorpus)
#include "TestRequestBodyFuzzCorpus.moc"
