//! Input: the bytes of a file or of standard input, read no further than the size limit.
//!
//! The limit is enforced while reading, not after: `/dev/zero`, an endless pipe or a file that
//! grows while it is read costs at most the limit plus one byte of memory. Special files
//! (FIFOs, devices, sockets) are refused when named as files, before they are opened (opening a
//! FIFO blocks until a writer comes): someone who means to read one gives it as standard input
//! (`-`), where the limit still applies. A batch's inputs, which the walk of their folder found
//! to be regular files, are opened without waiting and refused after if they were replaced
//! ([`read_found`]).

use crate::error::InputError;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;
use thiserror::Error;

/// Why an input could not be read.
#[derive(Debug, Error)]
pub enum ReadError {
    /// The input itself is refused (too large, not a regular file): exit status 2.
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("{}", io_reason(.0))]
    Io(#[from] std::io::Error),
}

/// Read the regular file at `path`, refusing special files and stopping past `max_bytes`.
/// Special files are refused before they are opened (opening a named pipe waits for a
/// writer).
pub fn read_file(path: &Path, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    refuse_special(&std::fs::metadata(path)?)?;
    read_opened(File::open(path)?, max_bytes)
}

/// [`read_file`] for a path that a walk of its folder found to be a regular file (a batch's
/// inputs), without looking it up again first: opened without waiting (`O_NONBLOCK`), so that
/// a named pipe put in its place since cannot hold the run, then refused if it is not a
/// regular file after all. The lookup before the open was one of four an article, and
/// `statx` the costliest system call of a batch on tmpfs (stop 76).
pub fn read_found(path: &Path, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let nonblocking = rustix::fs::OFlags::NONBLOCK.bits() as i32;
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(nonblocking)
            .open(path)?;
        read_opened(file, max_bytes)
    }
    #[cfg(not(target_os = "linux"))]
    read_file(path, max_bytes)
}

/// Read an opened file, refusing it unless it is a regular file no larger than `max_bytes`.
fn read_opened(file: File, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    // Looked up on what was opened: the path may have been replaced since it was looked at.
    let metadata = file.metadata()?;
    refuse_special(&metadata)?;
    if metadata.len() > max_bytes as u64 {
        let bytes = usize::try_from(metadata.len()).unwrap_or(usize::MAX);
        return Err(InputError::TooLarge {
            bytes,
            limit: max_bytes,
        }
        .into());
    }
    // The file's size as the first capacity: a huge input is held once, not in a buffer grown
    // by doubling to nearly twice its size.
    let expected = usize::try_from(metadata.len()).unwrap_or(0);
    read_into(Vec::with_capacity(expected), file, max_bytes)
}

/// Read `reader` to its end, or fail as soon as it gives more than `max_bytes`.
pub fn read_stream(reader: impl Read, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    read_into(Vec::new(), reader, max_bytes)
}

fn read_into(
    mut bytes: Vec<u8>,
    reader: impl Read,
    max_bytes: usize,
) -> Result<Vec<u8>, ReadError> {
    let limit = u64::try_from(max_bytes)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    reader.take(limit).read_to_end(&mut bytes)?;
    if bytes.len() > max_bytes {
        return Err(InputError::OverLimit { limit: max_bytes }.into());
    }
    Ok(bytes)
}

fn refuse_special(metadata: &Metadata) -> Result<(), InputError> {
    if metadata.is_file() {
        return Ok(());
    }
    Err(InputError::NotAFile {
        kind: file_kind(metadata),
    })
}

/// What a path that is not a regular file is, in words.
fn file_kind(metadata: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = metadata.file_type();
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if metadata.is_dir() {
        "a directory"
    } else {
        "not a regular file"
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_stream_stops_one_byte_past_the_limit() {
        let err = read_stream(std::io::repeat(b'a'), 1000).unwrap_err();
        assert!(matches!(
            err,
            ReadError::Input(InputError::OverLimit { limit: 1000 })
        ));
        assert_eq!(read_stream(&b"abc"[..], 3).unwrap(), b"abc");
    }

    /// A named pipe at `path`, readable and writable by its owner.
    #[cfg(target_os = "linux")]
    fn make_fifo(path: &Path) {
        let mode = rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR;
        rustix::fs::mknodat(rustix::fs::CWD, path, rustix::fs::FileType::Fifo, mode, 0).unwrap();
    }

    #[test]
    fn devices_fifos_and_folders_are_refused_unopened() {
        for path in ["/dev/zero", "/dev/null", "/"] {
            let err = read_file(Path::new(path), 1000).unwrap_err();
            assert!(
                matches!(err, ReadError::Input(InputError::NotAFile { .. })),
                "{path}: {err}"
            );
        }
        #[cfg(target_os = "linux")]
        {
            let dir = tempfile::tempdir().unwrap();
            let fifo = dir.path().join("fifo");
            make_fifo(&fifo);
            let err = read_file(&fifo, 1000).unwrap_err();
            assert_eq!(err.to_string(), "the input is a named pipe, not a regular file; give it as standard input (`-`) to read it");
        }
    }

    /// A batch's input replaced by a named pipe after the walk saw a file: refused at once,
    /// where a plain open waits for a writer (asked on a thread of its own, which a waiting
    /// open would leave behind).
    #[cfg(target_os = "linux")]
    #[test]
    fn a_found_input_replaced_by_a_fifo_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("article.txt");
        make_fifo(&fifo);
        let (sender, answer) = std::sync::mpsc::channel();
        let pipe = fifo.clone();
        std::thread::spawn(move || sender.send(read_found(&pipe, 1000)));
        let err = answer
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the named pipe was opened without waiting")
            .unwrap_err();
        assert!(matches!(
            err,
            ReadError::Input(InputError::NotAFile {
                kind: "a named pipe"
            })
        ));
        assert!(matches!(
            read_found(dir.path(), 1000).unwrap_err(),
            ReadError::Input(InputError::NotAFile { .. })
        ));
        let file = dir.path().join("b.txt");
        std::fs::write(&file, "Poutine à Minsk.").unwrap();
        assert_eq!(
            read_found(&file, 100).unwrap(),
            "Poutine à Minsk.".as_bytes()
        );
        assert!(matches!(
            read_found(&file, 5).unwrap_err(),
            ReadError::Input(InputError::TooLarge {
                bytes: 17,
                limit: 5
            })
        ));
    }

    #[test]
    fn a_file_over_the_limit_is_refused_and_one_under_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Poutine à Minsk.").unwrap();
        assert!(read_file(&path, 5).is_err());
        assert_eq!(
            read_file(&path, 100).unwrap(),
            "Poutine à Minsk.".as_bytes()
        );
        let missing = read_file(&dir.path().join("b.txt"), 100).unwrap_err();
        assert_eq!(missing.to_string(), "no such file");
    }
}
