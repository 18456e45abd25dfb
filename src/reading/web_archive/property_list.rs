//! The part of Apple's binary property list (`bplist00`) a Safari web archive is read with: a
//! dictionary's value by its key, a string, bytes.
//!
//! A web archive holds its page three levels down (the root's `WebMainResource`, its
//! `WebResourceData`), beside the encoding's name. The `plist` crate reads the whole format
//! (dates, reals, sets, XML plists) with quick-xml and time, six crates more, and its versions
//! since 1.9 need a newer Rust than redac's; this reader follows one path of keys through the
//! objects' table and reads nothing else. Every offset, length and reference is checked
//! against the input, and no object is read by recursion: a crafted file (a dictionary that
//! holds itself, a length of 2⁶⁴) gives `None`, never a panic or a loop.

/// An object of the list, by its index in the objects' table.
type Index = usize;

/// The object kinds read here, by their marker's high four bits.
const DATA: u8 = 0x4;
const ASCII: u8 = 0x5;
const UTF16: u8 = 0x6;
const DICTIONARY: u8 = 0xD;
const INTEGER: u8 = 0x1;

/// A binary property list, its trailer read.
pub struct PropertyList<'a> {
    bytes: &'a [u8],
    /// The table of the objects' offsets.
    offsets: &'a [u8],
    offset_size: usize,
    reference_size: usize,
    objects: usize,
    root: Index,
}

impl<'a> PropertyList<'a> {
    /// The list in `bytes`, when they open on `bplist00` and their trailer's sizes and table
    /// fit in them.
    pub fn parse(bytes: &'a [u8]) -> Option<PropertyList<'a>> {
        if !bytes.starts_with(b"bplist00") || bytes.len() < 8 + 32 {
            return None;
        }
        let trailer = &bytes[bytes.len() - 32..];
        let offset_size = usize::from(trailer[6]);
        let reference_size = usize::from(trailer[7]);
        let objects = usize::try_from(be(&trailer[8..16])?).ok()?;
        let root = usize::try_from(be(&trailer[16..24])?).ok()?;
        let table = usize::try_from(be(&trailer[24..32])?).ok()?;
        if !(1..=8).contains(&offset_size) || !(1..=8).contains(&reference_size) || root >= objects
        {
            return None;
        }
        let offsets = bytes.get(table..table.checked_add(objects.checked_mul(offset_size)?)?)?;
        Some(PropertyList {
            bytes,
            offsets,
            offset_size,
            reference_size,
            objects,
            root,
        })
    }

    /// The root object.
    pub fn root(&self) -> Index {
        self.root
    }

    /// The value of `key` in the dictionary `dictionary`.
    pub fn value(&self, dictionary: Index, key: &str) -> Option<Index> {
        let (kind, length, start) = self.object(dictionary)?;
        if kind != DICTIONARY {
            return None;
        }
        let references = self
            .bytes
            .get(start..start.checked_add(length.checked_mul(2 * self.reference_size)?)?)?;
        let (keys, values) = references.split_at(length * self.reference_size);
        let at = keys
            .chunks_exact(self.reference_size)
            .position(|k| self.reference(k).and_then(|k| self.string(k)).as_deref() == Some(key))?;
        self.reference(&values[at * self.reference_size..(at + 1) * self.reference_size])
    }

    /// The bytes of a data object.
    pub fn data(&self, index: Index) -> Option<&'a [u8]> {
        let (kind, length, start) = self.object(index)?;
        (kind == DATA).then(|| self.bytes.get(start..start.checked_add(length)?))?
    }

    /// The text of a string object, ASCII or UTF-16.
    pub fn string(&self, index: Index) -> Option<String> {
        let (kind, length, start) = self.object(index)?;
        match kind {
            ASCII => {
                let bytes = self.bytes.get(start..start.checked_add(length)?)?;
                bytes
                    .is_ascii()
                    .then(|| String::from_utf8_lossy(bytes).into_owned())
            }
            UTF16 => {
                let bytes = self
                    .bytes
                    .get(start..start.checked_add(length.checked_mul(2)?)?)?;
                let units = bytes
                    .chunks_exact(2)
                    .map(|u| u16::from_be_bytes([u[0], u[1]]));
                Some(
                    char::decode_utf16(units)
                        .map(|c| c.unwrap_or('\u{fffd}'))
                        .collect(),
                )
            }
            _ => None,
        }
    }

    /// An object's kind, its length (bytes, characters or entries) and where its content
    /// starts.
    fn object(&self, index: Index) -> Option<(u8, usize, usize)> {
        if index >= self.objects {
            return None;
        }
        let entry = &self.offsets[index * self.offset_size..(index + 1) * self.offset_size];
        let offset = usize::try_from(be(entry)?).ok()?;
        let marker = *self.bytes.get(offset)?;
        let (kind, info) = (marker >> 4, marker & 0x0F);
        if info != 0x0F {
            return Some((kind, usize::from(info), offset + 1));
        }
        // A length of 15 or more follows as an integer object: 0x1N, then 2^N bytes.
        let size_marker = *self.bytes.get(offset + 1)?;
        if size_marker >> 4 != INTEGER || size_marker & 0x0F > 3 {
            return None;
        }
        let size = 1usize << (size_marker & 0x0F);
        let length = usize::try_from(be(self.bytes.get(offset + 2..offset + 2 + size)?)?).ok()?;
        Some((kind, length, offset + 2 + size))
    }

    /// The object a reference names, when it is in the table.
    fn reference(&self, bytes: &[u8]) -> Option<Index> {
        usize::try_from(be(bytes)?)
            .ok()
            .filter(|&i| i < self.objects)
    }
}

/// A big-endian unsigned integer of one to eight bytes.
fn be(bytes: &[u8]) -> Option<u64> {
    (!bytes.is_empty() && bytes.len() <= 8)
        .then(|| bytes.iter().fold(0u64, |n, &b| n << 8 | u64::from(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `{"a": b"page", "k": {"t": "UTF-8", "u": "été"}}` as Python's plistlib writes it
    /// (`plistlib.dumps(…, fmt=plistlib.FMT_BINARY)`).
    const NESTED: &[u8] = b"bplist00\xd2\x01\x02\x03\x04QaQkDpage\xd2\x05\x06\x07\x08QtQuUUTF-8c\x00\xe9\x00t\x00\xe9\x08\x0d\x0f\x11\x16\x1b\x1d\x1f%\x00\x00\x00\x00\x00\x00\x01\x01\x00\x00\x00\x00\x00\x00\x00\x09\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00,";

    #[test]
    fn a_path_of_keys_leads_to_data_and_strings() {
        let list = PropertyList::parse(NESTED).expect("a property list");
        let a = list.value(list.root(), "a").expect("a");
        assert_eq!(list.data(a), Some(&b"page"[..]));
        let k = list.value(list.root(), "k").expect("k");
        assert_eq!(
            list.value(k, "t").and_then(|t| list.string(t)).as_deref(),
            Some("UTF-8")
        );
        assert_eq!(
            list.value(k, "u").and_then(|u| list.string(u)).as_deref(),
            Some("été")
        );
        assert_eq!(list.value(list.root(), "z"), None);
        assert_eq!(list.string(a), None);
        assert_eq!(list.data(k), None);
    }

    #[test]
    fn a_damaged_list_gives_nothing_and_never_panics() {
        assert!(PropertyList::parse(b"bplist00").is_none());
        assert!(PropertyList::parse(b"<?xml version=\"1.0\"?><plist/>").is_none());
        for cut in 0..NESTED.len() {
            if let Some(list) = PropertyList::parse(&NESTED[..cut]) {
                let _ = list.value(list.root(), "a").and_then(|a| list.data(a));
            }
        }
        for at in 8..NESTED.len() {
            for byte in [0x00, 0x0F, 0x4F, 0xDF, 0xFF] {
                let mut bytes = NESTED.to_vec();
                bytes[at] = byte;
                if let Some(list) = PropertyList::parse(&bytes) {
                    let k = list.value(list.root(), "k");
                    let _ = k
                        .and_then(|k| list.value(k, "u"))
                        .and_then(|u| list.string(u));
                }
            }
        }
    }
}
