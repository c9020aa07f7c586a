#pragma once

#include "core/Result.h"
#include "storage/TableReader.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QXmlStreamReader;

namespace sitegov {

// The ZIP container of an XLSX file, read with Poco::Zip straight from a seekable device (nothing is
// unpacked to disk, nothing is held whole). Every part is streamed into a QXmlStreamReader; all parts
// together may unpack to at most TableReadOptions::maxUncompressedBytes (a part the archive declares
// larger than what is left is refused before it is unpacked), and the archive may hold at most
// maxZipEntries entries. No single XML token (a text, a tag, a comment) may be longer than a cell of
// maxFieldChars characters, elements may not nest more than 256 deep and a DTD is refused: the
// XML reader then never holds more than a few MiB. Poco's exceptions end here and come out as errors.
class XlsxPackage final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    // `device` must be open, seekable and outlive the package.
    static Result<std::unique_ptr<XlsxPackage>> open(QIODevice* device, const TableReadOptions& options);

    // Part names are compared without regard to case, as OPC requires; no leading slash.
    bool contains(const QString& part) const;

    // Streams `part` through `parse`. The result is the first of: the archive's own failure (damaged
    // data, unpacked size over the limit), the XML's syntax error, then what `parse` returned.
    Status parseXml(const QString& part, const std::function<Status(QXmlStreamReader&)>& parse);

    static Error damaged(const QString& detail);

private:
    Error tooLarge(const QString& part) const;

    struct Impl;
    explicit XlsxPackage(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace sitegov
