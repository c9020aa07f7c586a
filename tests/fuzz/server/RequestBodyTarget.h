#pragma once

#include <cstddef>
#include <cstdint>

// The fuzz entry point over everything the server parses from a request: the JSON bodies of
// POST /api/v1/assessments and PUT /api/v1/sites/{code} (parsing, checking against the scoring
// rules, scoring, the stored-inputs round trip), the query string and periods. Shared by the
// libFuzzer target (SITEGOV_FUZZ=ON) and TestRequestBodyFuzzCorpus, which replays the corpus in every build.
// Aborts when an invariant breaks; returns 0.
int sitegovFuzzRequestBody(const std::uint8_t* data, std::size_t size);
