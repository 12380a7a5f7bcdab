//! The inspector's store reads run on its own [`THREADS`] threads, which on Linux run at a
//! lower CPU priority (nice [`NICE`], as does the inspector's server thread): a search
//! scanning stored bodies then takes the cores the listener leaves idle, instead of sharing
//! them evenly with ingest.

use std::sync::mpsc;
use std::sync::{Arc, Mutex};

/// Reader threads per inspector: one long search leaves one for everything else.
pub const THREADS: usize = 2;
/// Their nice value on Linux (per thread there; elsewhere it would apply to the process).
pub const NICE: i32 = 10;

type Job = Box<dyn FnOnce() + Send>;

/// Lowers the calling thread's CPU priority to [`NICE`] (Linux; elsewhere nothing). Best
/// effort: without it the inspector still works, at the normal priority.
pub fn lower_priority() {
    // On Linux a "process" priority with no pid is the calling thread's.
    #[cfg(target_os = "linux")]
    let _ = rustix::process::setpriority_process(None, NICE);
}

/// A handle on the reader threads; they stop when the last handle is dropped.
#[derive(Clone)]
pub struct Readers {
    /// `None` when no thread could start: reads then run on tokio's blocking threads.
    jobs: Option<mpsc::Sender<Job>>,
}

impl Readers {
    pub fn start() -> Readers {
        let (jobs, rx) = mpsc::channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        let mut started = 0;
        for i in 0..THREADS {
            let rx = rx.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("inspect-read-{i}"))
                .spawn(move || {
                    lower_priority();
                    loop {
                        let job = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                        match job {
                            // A panicking read fails its request, not the thread.
                            Ok(job) => {
                                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                            }
                            Err(_) => return,
                        }
                    }
                });
            started += usize::from(spawned.is_ok());
        }
        Readers {
            jobs: (started > 0).then_some(jobs),
        }
    }

    /// Runs `f` on a reader thread; `None` if it panicked.
    pub async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Option<T> {
        let Some(jobs) = &self.jobs else {
            return tokio::task::spawn_blocking(f).await.ok();
        };
        let (tx, rx) = tokio::sync::oneshot::channel();
        jobs.send(Box::new(move || {
            let _ = tx.send(f());
        }))
        .ok()?;
        rx.await.ok()
    }
}
