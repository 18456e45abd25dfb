//! Eight bytes of text read as one `u64` (little-endian: its first byte lowest) and tested
//! together, each byte's answer kept in its own byte: what several stages do to the bytes of
//! every line (a line's letters and capitals, the language's letters, graphemes, a
//! description piece's characters), where a test of each byte in turn was a load and a
//! branch a byte.

/// One bit in each byte.
pub const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte: none is set in ASCII.
pub const HIGH: u64 = 0x80 * ONES;

/// The high bit of each byte of `chunk` that lies within `first..=last`, for bytes below 0x80
/// (a byte's high bit must be cleared first, or the byte told apart after): adding to a byte
/// carries into its high bit from the range's first byte on but not from the byte after its
/// last, and a byte below 0x80 plus less than 0x80 never carries into the next byte.
#[inline(always)]
pub fn within(chunk: u64, first: u8, last: u8) -> u64 {
    let from_first = chunk + (0x80 - u64::from(first)) * ONES;
    let past_last = chunk + (0x7f - u64::from(last)) * ONES;
    from_first & !past_last & HIGH
}

/// How many bytes of `bits` (no bit set but bytes' high bits) have their high bit set: each
/// moved to its byte's low bit and all summed into the top byte by one multiplication, which
/// never carries out of it (eight at most).
#[inline(always)]
pub fn count_high(bits: u64) -> usize {
    ((bits >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// The high bit of each byte of `chunk` that is an ASCII letter: below 0x80 and, its 0x20 bit
/// set, within `a..=z`.
#[inline(always)]
pub fn ascii_letters(chunk: u64) -> u64 {
    within((chunk | (0x20 * ONES)) & !HIGH, b'a', b'z') & !chunk
}

/// The high bit of each byte of `chunk` that is an ASCII digit.
#[inline(always)]
pub fn ascii_digits(chunk: u64) -> u64 {
    within(chunk & !HIGH, b'0', b'9') & !chunk
}

/// The high bit of each byte of `chunk` that is `byte`, an ASCII byte.
#[inline(always)]
pub fn equal_to(chunk: u64, byte: u8) -> u64 {
    within(chunk & !HIGH, byte, byte) & !chunk
}

/// How many bytes of `bits` (no bit set but bytes' high bits), from the first (the lowest),
/// have their high bit set before the first that has not: 8 when all have.
#[inline(always)]
pub fn leading_set(bits: u64) -> usize {
    ((!bits & HIGH).trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The multiplication counts the high bits as a count of the bits does.
        #[test]
        fn high_bits_are_counted(word in proptest::prelude::any::<u64>()) {
            proptest::prop_assert_eq!(count_high(word & HIGH), (word & HIGH).count_ones() as usize);
        }

        /// Any eight bytes' ASCII letters, digits and hyphens are those `u8`'s tests find, and
        /// the leading ones are counted as one by one.
        #[test]
        fn ascii_letters_and_digits_are_those_of_each_byte(bytes in proptest::array::uniform8(proptest::prelude::any::<u8>())) {
            let bits = |test: fn(&u8) -> bool| bytes.iter().enumerate().fold(0u64, |bits, (i, b)| {
                bits | u64::from(test(b)) << (8 * i + 7)
            });
            let chunk = u64::from_le_bytes(bytes);
            proptest::prop_assert_eq!(ascii_letters(chunk), bits(u8::is_ascii_alphabetic));
            proptest::prop_assert_eq!(ascii_digits(chunk), bits(u8::is_ascii_digit));
            proptest::prop_assert_eq!(equal_to(chunk, b'-'), bits(|&b| b == b'-'));
            let alphanumeric = ascii_letters(chunk) | ascii_digits(chunk);
            let one_by_one = bytes.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(leading_set(alphanumeric), one_by_one);
        }

        /// Each byte below 0x80 is within a range as its own comparison says.
        #[test]
        fn bytes_within_a_range_are_those_compared(bytes in proptest::array::uniform8(0u8..0x80), first in 0u8..0x80, span in 0u8..0x80) {
            let last = first.saturating_add(span).min(0x7f);
            let one_by_one = bytes.iter().enumerate().fold(0u64, |bits, (i, b)| {
                bits | u64::from((first..=last).contains(b)) << (8 * i + 7)
            });
            proptest::prop_assert_eq!(within(u64::from_le_bytes(bytes), first, last), one_by_one);
        }
    }
}
