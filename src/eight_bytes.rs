//! Eight bytes of text read as one `u64` (little-endian: its first byte lowest) and tested
//! together, each byte's answer kept in its own byte: what several stages do to the bytes of
//! every line (a line's letters and capitals, the language's letters, graphemes, a
//! description piece's characters), where a test of each byte in turn was a load and a
//! branch a byte.

/// One bit in each byte.
pub const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte: none is set in ASCII.
pub const HIGH: u64 = 0x80 * ONES;

/// How many bytes of `bits` (no bit set but bytes' high bits) have their high bit set: each
/// moved to its byte's low bit and all summed into the top byte by one multiplication, which
/// never carries out of it (eight at most).
#[inline(always)]
pub fn count_high(bits: u64) -> usize {
    ((bits >> 7).wrapping_mul(ONES) >> 56) as usize
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
    }
}
