//! Temporaries: the `.redac-*.tmp` files an atomic write renames into place.
//!
//! A run killed between creating one and renaming it (`kill -9`, a crash, a power cut) leaves it
//! behind. Each temporary is locked (`flock`) by the process writing it, and the lock dies with
//! the process; so the first write of a later run into a folder removes the temporaries there
//! that nobody holds. A temporary younger than a few seconds is left alone: its writer may not
//! have locked it yet.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

pub const PREFIX: &str = ".redac-";
pub const SUFFIX: &str = ".tmp";
/// How old an unlocked temporary must be to be removed.
const GRACE: Duration = Duration::from_secs(5);

/// Folders swept by this process: once each, so a batch does not list its output folder for
/// every article.
static SWEPT: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Hold `file`, a temporary being written, until it is renamed or the process dies.
pub fn lock(file: &File) {
    #[cfg(target_os = "linux")]
    let _ = rustix::fs::flock(file, rustix::fs::FlockOperation::NonBlockingLockExclusive);
    #[cfg(not(target_os = "linux"))]
    let _ = file;
}

/// Remove the temporaries of dead runs from `folder`, the first time this process writes there.
pub fn sweep_once(folder: &Path) {
    {
        let mut swept = SWEPT.lock().unwrap_or_else(|e| e.into_inner());
        if swept.iter().any(|f| f == folder) {
            return;
        }
        swept.push(folder.to_path_buf());
    }
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(PREFIX) && name.ends_with(SUFFIX) && is_orphan(&entry.path()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// A regular file older than the grace period that no process holds locked.
fn is_orphan(path: &Path) -> bool {
    let Ok(metadata) = std::fs::symlink_metadata(path) else {
        return false;
    };
    let old = metadata
        .modified()
        .ok()
        .and_then(|m| m.elapsed().ok())
        .is_some_and(|age| age > GRACE);
    old && metadata.is_file() && !is_locked(path)
}

#[cfg(target_os = "linux")]
fn is_locked(path: &Path) -> bool {
    use rustix::fs::{flock, FlockOperation};
    let Ok(file) = File::open(path) else {
        return true;
    };
    flock(&file, FlockOperation::NonBlockingLockExclusive).is_err()
}

#[cfg(not(target_os = "linux"))]
fn is_locked(_: &Path) -> bool {
    // Without a lock to ask, only the age says the writer is gone.
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::SystemTime;

    fn temporary(folder: &Path, name: &str, age: Duration) -> (PathBuf, File) {
        let path = folder.join(name);
        let file = File::create(&path).unwrap();
        file.set_modified(SystemTime::now() - age).unwrap();
        (path, file)
    }

    #[test]
    fn orphans_are_removed_and_live_or_young_temporaries_kept() {
        let dir = tempfile::tempdir().unwrap();
        let hour = Duration::from_secs(3600);
        let (orphan, _) = temporary(dir.path(), ".redac-dead.tmp", hour);
        let (live, held) = temporary(dir.path(), ".redac-live.tmp", hour);
        lock(&held);
        let (young, _) = temporary(dir.path(), ".redac-young.tmp", Duration::ZERO);
        let (other, _) = temporary(dir.path(), "notes.tmp", hour);
        sweep_once(dir.path());
        assert!(!orphan.exists());
        assert!(young.exists() && other.exists());
        #[cfg(target_os = "linux")]
        assert!(live.exists());
        let _ = live;
    }
}
