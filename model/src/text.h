// Text helpers of the loader: NFC normalisation, id syntax, quoted lists.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace privmap::text {

/// `text` in Unicode NFC (ICU); `text` itself when it is already normalised or not valid UTF-8.
std::string nfc(std::string_view text);

/// `text` in NFC as a view: `text` itself when it is ASCII (always in NFC, and most of a
/// model), else the normalised copy, kept in `storage`.
std::string_view nfc_view(std::string_view text, std::string& storage);

/// Whether `id` matches ^[a-z0-9][a-z0-9._-]{0,63}$.
bool is_valid_id(std::string_view id);

/// "a, b or c", each in backticks.
std::string quoted_list(std::span<const std::string_view> names);

/// Where a UTF-8 problem is: byte offset of the first invalid sequence or NUL byte, or npos.
std::size_t first_invalid_utf8(std::string_view bytes);

/// Number of code points in `utf8`.
std::size_t codepoints(std::string_view utf8);

} // namespace privmap::text
