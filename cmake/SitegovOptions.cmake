# One INTERFACE target carrying the warnings and defines every SiteGov target builds with.
add_library(sitegov_options INTERFACE)
add_library(SiteGov::options ALIAS sitegov_options)

target_compile_definitions(sitegov_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

target_compile_options(sitegov_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wno-missing-field-initializers)

if(SITEGOV_WERROR)
    target_compile_options(sitegov_options INTERFACE -Werror)
endif()

if(SITEGOV_ASSERTIONS)
    target_compile_definitions(sitegov_options INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
endif()

if(SITEGOV_SANITIZE)
    target_compile_options(sitegov_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(sitegov_options INTERFACE -fsanitize=address,undefined)
endif()
