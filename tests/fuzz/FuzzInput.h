#pragma once
// Splits a fuzzer's bytes into a few choices (one byte each) and the payload that follows,
// so one input selects, say, the HTTP status and the answer body together.
//   FuzzInput in(data, size);
//   int status = in.pick(std::array{200, 400, 500});
//   QByteArray body = in.rest();

#include <QByteArray>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pb::fuzz {

// A promise the code under test broke: reported, then abort() so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

class FuzzInput
{
public:
    FuzzInput(const uint8_t* data, size_t size) : m_data(data), m_size(size) {}

    uint8_t byte()
    {
        if (m_pos >= m_size)
            return 0;
        return m_data[m_pos++];
    }

    template <typename T, size_t N>
    T pick(const std::array<T, N>& choices)
    {
        return choices[byte() % N];
    }

    QByteArray rest() const
    {
        return QByteArray(reinterpret_cast<const char*>(m_data + m_pos), qsizetype(m_size - m_pos));
    }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace pb::fuzz
