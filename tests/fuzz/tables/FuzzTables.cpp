// libFuzzer target over TableReader::readBytes: CSV decoding and parsing (SITEGOV_FUZZ_CSV) or the
// XLSX package and its XML (SITEGOV_FUZZ_XLSX). See FuzzInput.h for the input format.
#include "FuzzInput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
#ifdef SITEGOV_FUZZ_CSV
    sitegov::fuzz::runOne(sitegov::fuzz::Target::Csv, input);
#else
    sitegov::fuzz::runOne(sitegov::fuzz::Target::Xlsx, input);
#endif
    return 0;
}
