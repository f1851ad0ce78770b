//! What the tests of servers under an open-file limit share (sync.rs, workshop.rs): counting a
//! process's descriptors, sampling their peak while it is attacked, and raising this test
//! process's own limit so it can hold the attack's sockets.

#![allow(dead_code)] // each test crate uses its own part of it

use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Open descriptors of process `pid`, and how many of them are sockets (a process gone counts
/// none; one closed since the listing is not counted).
pub fn descriptors(pid: u32) -> (usize, usize) {
    let (mut all, mut sockets) = (0, 0);
    for fd in std::fs::read_dir(format!("/proc/{pid}/fd")).into_iter().flatten().flatten() {
        let Ok(link) = std::fs::read_link(fd.path()) else { continue };
        all += 1;
        sockets += usize::from(link.to_string_lossy().starts_with("socket:"));
    }
    (all, sockets)
}

/// This test process's soft open-file limit raised to its hard one, and the hard one first to
/// unlimited where it may be (as root): it holds a thousand sockets itself.
pub fn raise_own_limit() {
    let me = std::process::id().to_string();
    let _ = Command::new("prlimit").args(["--pid", &me, "--nofile=unlimited:"]).status();
    let hard = Command::new("sh").args(["-c", "ulimit -Hn"]).output().unwrap();
    let hard = String::from_utf8_lossy(&hard.stdout).trim().to_string();
    let _ = Command::new("prlimit").args(["--pid", &me, &format!("--nofile={hard}:{hard}")]).status();
}

/// The peak of a process's descriptors (all, sockets), sampled every 2 ms until `stop`.
pub struct Peak {
    sampling: Arc<AtomicBool>,
    thread: std::thread::JoinHandle<(usize, usize)>,
}

impl Peak {
    pub fn of(pid: u32) -> Peak {
        let sampling = Arc::new(AtomicBool::new(true));
        let on = sampling.clone();
        let thread = std::thread::spawn(move || {
            let mut peak = (0, 0);
            while on.load(Ordering::SeqCst) {
                let (all, sockets) = descriptors(pid);
                peak = (peak.0.max(all), peak.1.max(sockets));
                std::thread::sleep(Duration::from_millis(2));
            }
            peak
        });
        Peak { sampling, thread }
    }

    pub fn stop(self) -> (usize, usize) {
        self.sampling.store(false, Ordering::SeqCst);
        self.thread.join().unwrap()
    }
}
