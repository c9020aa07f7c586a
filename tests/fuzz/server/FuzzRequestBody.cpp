// libFuzzer target (SITEGOV_FUZZ=ON, clang): see RequestBodyTarget.h and README.md here.
#include "RequestBodyTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return sitegovFuzzRequestBody(data, size);
}
