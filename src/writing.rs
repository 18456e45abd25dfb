//! Writing: outputs land whole or not at all, and never on top of an input.
//!
//! Each output is written to a temporary file in the destination directory and renamed into
//! place, so a reader (or a batch interrupted by Ctrl-C or `kill -9`) never sees half an
//! article: rename within one file system is atomic.
//!
//! Surviving a power cut also needs the data on disk before the rename. A single output is
//! synced (`fsync`) before it is renamed. A batch would spend a third of its time waiting on a
//! thousand such syncs, so it writes with [`Durability::Deferred`] and syncs its output file
//! system once at the end ([`sync_file_system`]); an article a power cut caught between the two
//! can be found empty or cut short, and the batch's resume checks for exactly that.

use std::io::Write;
use std::path::Path;

/// When an output's bytes must be on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Before it is renamed into place (`fsync`): one output.
    Synced,
    /// When the caller syncs the file system (see [`sync_file_system`]): a batch.
    Deferred,
}

/// Write `contents` to `path` atomically, synced before the rename.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, contents, Durability::Synced)
}

/// Write `contents` to `path` atomically. A path that exists and is not a regular file
/// (`/dev/stdout`, a named pipe) is written to directly: renaming over it would replace the
/// device or pipe instead of writing to it.
pub fn write_atomic_with(
    path: &Path,
    contents: &[u8],
    durability: Durability,
) -> std::io::Result<()> {
    // Looked up once for both questions: a batch writes a thousand outputs.
    write_atomic_over(path, contents, durability, std::fs::metadata(path).ok())
}

/// [`write_atomic_with`], given what a lookup of `path` said a moment ago (`None`: nothing
/// there): a batch that looked its output up, to know whether to rewrite it, need not ask
/// again.
pub fn write_atomic_over(
    path: &Path,
    contents: &[u8],
    durability: Durability,
    existing: Option<std::fs::Metadata>,
) -> std::io::Result<()> {
    if existing.as_ref().is_some_and(|m| !m.is_file()) {
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)?
            .write_all(contents);
    }
    let mut tmp = temporary_with(path, existing.map(|m| m.permissions()))?;
    tmp.write_all(contents)?;
    if durability == Durability::Synced {
        tmp.as_file().sync_all()?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A temporary file beside `path`, to be renamed onto it, with the mode the final file should
/// have: an existing file's own mode (renaming must not change who can read an article), or
/// what a plain `open` would give a new one, 0666 less the umask. tempfile's default, 0600,
/// would lock a site generator run as another user out of every article.
pub fn temporary_for(path: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    temporary_with(path, std::fs::metadata(path).ok().map(|m| m.permissions()))
}

/// [`temporary_for`], given the permissions of the file at `path` if there is one.
fn temporary_with(
    path: &Path,
    existing: Option<std::fs::Permissions>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(crate::temporaries::PREFIX)
        .suffix(crate::temporaries::SUFFIX);
    // The mode asked of a new file; the kernel takes the umask off.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    crate::temporaries::sweep_once(dir);
    let tmp = builder
        .tempfile_in(dir)
        .map_err(|error| in_folder(dir, error))?;
    // Held until renamed (a batch report: for the whole run), so that no other run's sweep
    // takes it for the orphan of a killed one.
    crate::temporaries::lock(tmp.as_file());
    if let Some(permissions) = existing {
        tmp.as_file().set_permissions(permissions)?;
    }
    Ok(tmp)
}

/// The error of a temporary file not made in `dir` (a folder missing, or not writable),
/// naming the folder: the temporary file's own name, which `tempfile` puts in its message,
/// says nothing to the user, who never asked for it (and `tempfile` keeps the system's own
/// error to itself, so a missing folder is told by looking).
fn in_folder(dir: &Path, error: std::io::Error) -> std::io::Error {
    let message = match dir.is_dir() {
        false => format!("no folder {}", dir.display()),
        true => format!("cannot write in {}: {}", dir.display(), error.kind()),
    };
    std::io::Error::new(error.kind(), message)
}

/// How a batch writes its articles: deferred where one call syncs a whole file system (Linux's
/// `syncfs`), each synced before its rename elsewhere.
pub const BATCH_DURABILITY: Durability = if cfg!(target_os = "linux") {
    Durability::Deferred
} else {
    Durability::Synced
};

/// Put everything written to the file system holding `folder` on disk, after a batch written
/// with [`BATCH_DURABILITY`]. Where that is `Synced`, every article is on disk already.
pub fn sync_file_system(folder: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    rustix::fs::syncfs(std::fs::File::open(folder)?)?;
    #[cfg(not(target_os = "linux"))]
    let _ = folder;
    Ok(())
}

/// `a` and `b` name the same file (same path once resolved, or the same inode). A missing `b`
/// is never the same file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::FileTypeExt;

    #[test]
    fn a_missing_folder_is_named_not_the_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        let error = write_atomic(&missing.join("a.md"), b"x").unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
        let message = error.to_string();
        assert!(
            message.contains(&missing.display().to_string()),
            "{message}"
        );
        assert!(message.starts_with("no folder"), "{message}");
        assert!(!message.contains(crate::temporaries::PREFIX), "{message}");
    }

    #[test]
    fn writes_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        write_atomic(&path, b"premier").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(same_file(&path, &dir.path().join("./a.md")));
        assert!(!same_file(&path, &dir.path().join("b.md")));
        write_atomic_with(&path, b"troisi\xc3\xa8me", Durability::Deferred).unwrap();
        sync_file_system(dir.path()).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "troisième");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        write_atomic(Path::new("/dev/null"), b"rien").unwrap();
        assert!(std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device());
    }

    /// The process umask, read without changing it for other threads (Linux's /proc).
    fn umask() -> u32 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let line = status.lines().find(|l| l.starts_with("Umask:")).unwrap();
        u32::from_str_radix(line["Umask:".len()..].trim(), 8).unwrap()
    }

    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_new_output_gets_0666_less_the_umask_and_an_overwritten_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        write_atomic(&path, b"un").unwrap();
        assert_eq!(mode(&path), 0o666 & !umask());
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic_with(&path, b"deux", Durability::Deferred).unwrap();
        assert_eq!(mode(&path), 0o640);
        assert_eq!(std::fs::read(&path).unwrap(), b"deux");
    }
}
