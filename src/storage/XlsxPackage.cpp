#include "storage/XlsxPackage.h"

#include <Poco/Exception.h>
#include <Poco/Zip/ParseCallback.h>
#include <Poco/Zip/SkipCallback.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipLocalFileHeader.h>
#include <Poco/Zip/ZipStream.h>

#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace sitegov {

namespace {

// A read-only, seekable std::streambuf over a QIODevice, for Poco.
class DeviceStreamBuf final : public std::streambuf
{
public:
    explicit DeviceStreamBuf(QIODevice* device)
        : m_device(device)
    {
        setg(m_buffer, m_buffer, m_buffer);
    }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        m_start = m_device->pos();
        const qint64 got = m_device->read(m_buffer, sizeof m_buffer);
        if (got <= 0) {
            setg(m_buffer, m_buffer, m_buffer);
            return traits_type::eof();
        }
        setg(m_buffer, m_buffer, m_buffer + got);
        return traits_type::to_int_type(*gptr());
    }

    pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode which) override
    {
        if (!(which & std::ios_base::in))
            return pos_type(off_type(-1));
        const qint64 current = m_start + (gptr() - eback());
        qint64 target = 0;
        if (dir == std::ios_base::beg)
            target = off;
        else if (dir == std::ios_base::cur)
            target = current + off;
        else
            target = m_device->size() + off;
        if (target < 0 || target > m_device->size())
            return pos_type(off_type(-1));
        if (target >= m_start && target <= m_start + (egptr() - eback())) {
            setg(eback(), eback() + (target - m_start), egptr());
            return pos_type(target);
        }
        if (!m_device->seek(target))
            return pos_type(off_type(-1));
        m_start = target;
        setg(m_buffer, m_buffer, m_buffer);
        return pos_type(target);
    }

    pos_type seekpos(pos_type pos, std::ios_base::openmode which) override
    {
        return seekoff(off_type(pos), std::ios_base::beg, which);
    }

    int_type pbackfail(int_type c) override
    {
        const qint64 current = m_start + (gptr() - eback());
        if (current <= 0 || seekoff(-1, std::ios_base::cur, std::ios_base::in) == pos_type(off_type(-1)))
            return traits_type::eof();
        if (gptr() == egptr() && underflow() == traits_type::eof())
            return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            *gptr() = traits_type::to_char_type(c);
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice* m_device;
    qint64 m_start = 0; // device position of m_buffer[0]
    char m_buffer[64 * 1024];
};

struct TooManyEntries
{
};

// Poco's own skipping, plus a count of the entries (a hostile archive can hold millions).
class CountingCallback final : public Poco::Zip::ParseCallback
{
public:
    explicit CountingCallback(int max)
        : m_max(max)
    {
    }
    bool handleZipEntry(std::istream& zipStream, const Poco::Zip::ZipLocalFileHeader& hdr) override
    {
        if (++m_count > m_max)
            throw TooManyEntries{};
        return m_skip.handleZipEntry(zipStream, hdr);
    }

private:
    Poco::Zip::SkipCallback m_skip;
    int m_max;
    int m_count = 0;
};

enum class Failure { None, Damaged, TooLarge, TooLong, Nested, Dtd };

// Watches an XML part as it streams into QXmlStreamReader, which keeps every token whole in memory
// (a text, a tag with its attributes, a comment, a CDATA section) and every open element on a
// stack: no token may be longer than `maxToken` bytes and elements may not nest deeper than
// `maxDepth`. A document type declaration is refused (XLSX parts have none, and it could declare
// entities). Works on bytes: in UTF-8 the markup characters never occur inside a multi-byte one.
class TokenBound final
{
public:
    TokenBound(qint64 maxToken, int maxDepth)
        : m_maxToken(maxToken)
        , m_maxDepth(maxDepth)
    {
    }

    Failure feed(const char* data, qint64 size)
    {
        for (qint64 i = 0; i < size; ++i) {
            const char c = data[i];
            if (++m_run > m_maxToken)
                return Failure::TooLong;
            switch (m_state) {
            case State::Text:
                if (c == '<')
                    enter(State::Open);
                break;
            case State::Open:
                if (c == '!') {
                    m_state = State::Bang;
                } else if (c == '?') {
                    m_state = State::Pi;
                } else {
                    m_state = State::Tag;
                    m_closing = c == '/';
                    m_quote = 0;
                }
                break;
            case State::Bang:
                if (c == '-')
                    m_state = State::Comment;
                else if (c == '[')
                    m_state = State::CData;
                else
                    return Failure::Dtd;
                break;
            case State::Comment:
                if (c == '>' && m_last == '-' && m_beforeLast == '-')
                    enter(State::Text);
                break;
            case State::CData:
                if (c == '>' && m_last == ']' && m_beforeLast == ']')
                    enter(State::Text);
                break;
            case State::Pi:
                if (c == '>' && m_last == '?')
                    enter(State::Text);
                break;
            case State::Tag:
                if (m_quote != 0) {
                    if (c == m_quote)
                        m_quote = 0;
                } else if (c == '"' || c == '\'') {
                    m_quote = c;
                } else if (c == '>') {
                    if (m_closing)
                        --m_depth;
                    else if (m_last != '/' && ++m_depth > m_maxDepth)
                        return Failure::Nested;
                    enter(State::Text);
                }
                break;
            }
            m_beforeLast = m_last;
            m_last = c;
        }
        return Failure::None;
    }

private:
    enum class State { Text, Open, Bang, Comment, CData, Pi, Tag };

    void enter(State state)
    {
        m_state = state;
        m_run = 0;
    }

    qint64 m_maxToken;
    int m_maxDepth;
    State m_state = State::Text;
    qint64 m_run = 0;
    int m_depth = 0;
    bool m_closing = false;
    char m_quote = 0;
    char m_last = 0;
    char m_beforeLast = 0;
};

// One entry, unpacked as it is read. Counts every byte against the shared budget.
class EntryDevice final : public QIODevice
{
public:
    EntryDevice(std::istream& archive, const Poco::Zip::ZipLocalFileHeader& header, qint64* budget, qint64 maxToken)
        : m_stream(archive, header, true)
        , m_budget(budget)
        , m_bound(maxToken, kMaxDepth)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    Failure failure() const { return m_failure; }
    const QString& detail() const { return m_detail; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_failure != Failure::None)
            return -1;
        qint64 got = 0;
        try {
            m_stream.read(data, std::streamsize(maxSize));
            got = qint64(m_stream.gcount());
            if (m_stream.bad()) {
                m_failure = Failure::Damaged;
                m_detail = QStringLiteral("the compressed data is corrupt (or its CRC is wrong)");
                return -1;
            }
        } catch (const Poco::Exception& e) {
            return fail(QString::fromStdString(e.displayText()));
        } catch (const std::exception& e) {
            return fail(QString::fromLocal8Bit(e.what()));
        }
        *m_budget -= got;
        if (*m_budget < 0) {
            m_failure = Failure::TooLarge;
            return -1;
        }
        if (const Failure f = m_bound.feed(data, got); f != Failure::None) {
            m_failure = f;
            return -1;
        }
        return got;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& detail)
    {
        m_failure = Failure::Damaged;
        m_detail = detail;
        return -1;
    }

    // The parts of a workbook nest a few elements deep; 256 leaves room for anything real.
    static constexpr int kMaxDepth = 256;

    Poco::Zip::ZipInputStream m_stream;
    qint64* m_budget;
    TokenBound m_bound;
    Failure m_failure = Failure::None;
    QString m_detail;
};

} // namespace

struct XlsxPackage::Impl
{
    explicit Impl(QIODevice* device)
        : buffer(device)
        , stream(&buffer)
    {
    }
    DeviceStreamBuf buffer;
    std::istream stream;
    std::unique_ptr<Poco::Zip::ZipArchive> archive;
    QHash<QString, std::string> names; // lower-case part name -> entry name
    qint64 budget = 0;
    qint64 limit = 0;
    qint64 maxToken = 0;
    int maxFieldChars = 0;
};

XlsxPackage::XlsxPackage(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

XlsxPackage::~XlsxPackage() = default;

Error XlsxPackage::tooLarge(const QString& part) const
{
    return Error{tr("The XLSX file unpacks to more than %1 MiB, the most that can be read.").arg(m_impl->limit >> 20),
        part};
}

Error XlsxPackage::damaged(const QString& detail)
{
    return Error{tr("The XLSX file is damaged and cannot be read."), detail};
}

Result<std::unique_ptr<XlsxPackage>> XlsxPackage::open(QIODevice* device, const TableReadOptions& options)
{
    auto impl = std::make_unique<Impl>(device);
    impl->budget = impl->limit = options.maxUncompressedBytes;
    impl->maxFieldChars = options.maxFieldChars;
    // A cell of maxFieldChars characters, each up to 6 bytes as XML (an escaped "&amp;"), is one token.
    impl->maxToken = std::max<qint64>(qint64(options.maxFieldChars) * 6, 64 * 1024);
    try {
        CountingCallback counter(options.maxZipEntries);
        impl->archive = std::make_unique<Poco::Zip::ZipArchive>(impl->stream, counter);
    } catch (const TooManyEntries&) {
        return Error{tr("The XLSX file holds more than %1 parts, the most that can be read.").arg(options.maxZipEntries),
            {}};
    } catch (const Poco::Exception& e) {
        return damaged(QStringLiteral("ZIP: ") + QString::fromStdString(e.displayText()));
    } catch (const std::exception& e) {
        return damaged(QStringLiteral("ZIP: ") + QString::fromLocal8Bit(e.what()));
    }
    for (auto it = impl->archive->headerBegin(); it != impl->archive->headerEnd(); ++it) {
        // Not ZipLocalFileHeader::isDirectory(): it reads before the start of an empty name.
        if (it->first.empty() || it->first.back() == '/')
            continue;
        impl->names.insert(QString::fromUtf8(it->first.data(), qsizetype(it->first.size())).toLower(), it->first);
    }
    return std::unique_ptr<XlsxPackage>(new XlsxPackage(std::move(impl)));
}

bool XlsxPackage::contains(const QString& part) const
{
    return m_impl->names.contains(part.toLower());
}

Status XlsxPackage::parseXml(const QString& part, const std::function<Status(QXmlStreamReader&)>& parse)
{
    const auto name = m_impl->names.constFind(part.toLower());
    if (name == m_impl->names.cend())
        return damaged(QStringLiteral("%1 is missing").arg(part));
    const auto header = m_impl->archive->findHeader(*name);
    if (header == m_impl->archive->headerEnd())
        return damaged(QStringLiteral("%1 is missing").arg(part));
    if (header->second.isEncrypted())
        return Error{tr("The XLSX file is encrypted. Save it without a password and try again."), part};
    // Refused before anything is unpacked when the archive itself says the part is too large (the
    // count while unpacking still holds for an archive that understates it).
    Poco::UInt64 declared = header->second.getUncompressedSize();
    for (auto it = m_impl->archive->fileInfoBegin(); it != m_impl->archive->fileInfoEnd(); ++it) {
        if (it->first == *name)
            declared = std::max(declared, it->second.getUncompressedSize());
    }
    if (declared > Poco::UInt64(std::max<qint64>(m_impl->budget, 0)))
        return tooLarge(part);
    m_impl->stream.clear();
    std::unique_ptr<EntryDevice> entry;
    try {
        entry = std::make_unique<EntryDevice>(m_impl->stream, header->second, &m_impl->budget, m_impl->maxToken);
    } catch (const Poco::Exception& e) {
        return damaged(part + QStringLiteral(": ") + QString::fromStdString(e.displayText()));
    } catch (const std::exception& e) {
        return damaged(part + QStringLiteral(": ") + QString::fromLocal8Bit(e.what()));
    }
    QXmlStreamReader xml(entry.get());
    const Status parsed = parse(xml);
    if (entry->failure() == Failure::TooLarge)
        return tooLarge(part);
    if (entry->failure() == Failure::TooLong)
        return Error{tr("The XLSX file holds a cell or an element longer than the most that can be read (%1 "
                        "characters).")
                         .arg(m_impl->maxFieldChars),
            part};
    if (entry->failure() == Failure::Nested)
        return damaged(part + QStringLiteral(": elements nested more than 256 deep"));
    if (entry->failure() == Failure::Dtd)
        return damaged(part + QStringLiteral(": a document type declaration (DTD), which XLSX does not use"));
    if (entry->failure() == Failure::Damaged)
        return damaged(part + QStringLiteral(": ") + entry->detail());
    if (xml.hasError() && xml.error() != QXmlStreamReader::CustomError)
        return damaged(QStringLiteral("%1, line %2, column %3: %4")
                           .arg(part)
                           .arg(xml.lineNumber())
                           .arg(xml.columnNumber())
                           .arg(xml.errorString()));
    return parsed;
}

} // namespace sitegov
