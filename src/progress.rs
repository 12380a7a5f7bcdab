//! Spinners for waits people would otherwise stare at. Only on a terminal (stderr), never
//! with NO_COLOR, `-q`, or `-v` (whose trace owns stderr). A spinner appears only once the
//! wait passes a second, and clears its line when it ends: done, failed, or interrupted
//! (Ctrl-C drops the command's future, and with it the spinner).
//!
//! Everything else the tool writes to the terminal while a spinner may be on screen (notes,
//! stdout) goes through [`clear_line`] first, so the two never share a line.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const DELAY: Duration = Duration::from_secs(1);
const TICK: Duration = Duration::from_millis(100);
const FRAMES: [char; 10] = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/// Back to the line's start and erase it.
const CLEAR: &str = "\r\x1b[2K";

/// Whether a spinner is on screen now; held while drawing or printing around one.
static ON_SCREEN: Mutex<bool> = Mutex::new(false);

fn on_screen() -> MutexGuard<'static, bool> {
    ON_SCREEN.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Whether progress may be drawn, from the global flags and the environment.
pub fn enabled(quiet: bool, verbose: bool) -> bool {
    allowed(
        std::io::stderr().is_terminal(),
        // NO_COLOR, CLICOLOR=0 and TERM=dumb: no escape sequences on stderr.
        !crate::output::color_stderr(),
        quiet,
        verbose,
    )
}

/// The contract: spinners only on a terminal, never with NO_COLOR; nor with `-q` (nothing
/// but ids) or `-v` (the trace would be cut up).
fn allowed(terminal: bool, no_color: bool, quiet: bool, verbose: bool) -> bool {
    terminal && !no_color && !quiet && !verbose
}

/// Erases a spinner's line if one is drawn, and keeps it away while `f` writes.
pub fn clear_line<T>(f: impl FnOnce() -> T) -> T {
    let mut drawn = on_screen();
    if *drawn {
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(CLEAR.as_bytes());
        let _ = err.flush();
        *drawn = false;
    }
    f()
}

/// A spinner on stderr with a message and the seconds waited, until dropped.
pub struct Spinner {
    running: Option<Running>,
}

struct Running {
    stop: Arc<AtomicBool>,
    message: Arc<Mutex<String>>,
    thread: JoinHandle<()>,
}

impl Spinner {
    /// Starts one when `enabled` (see [`enabled`]); otherwise a spinner that shows nothing.
    pub fn start(enabled: bool, message: impl Into<String>) -> Spinner {
        if !enabled {
            return Spinner { running: None };
        }
        let stop = Arc::new(AtomicBool::new(false));
        let message = Arc::new(Mutex::new(message.into()));
        let thread = {
            let (stop, message) = (stop.clone(), message.clone());
            std::thread::spawn(move || spin(&stop, &message))
        };
        Spinner {
            running: Some(Running {
                stop,
                message,
                thread,
            }),
        }
    }

    /// Changes the message (a counter, a stage).
    pub fn set_message(&self, message: impl Into<String>) {
        if let Some(r) = &self.running {
            *r.message.lock().unwrap_or_else(PoisonError::into_inner) = message.into();
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        if let Some(r) = self.running.take() {
            r.stop.store(true, Ordering::SeqCst);
            r.thread.thread().unpark();
            let _ = r.thread.join();
        }
    }
}

fn spin(stop: &AtomicBool, message: &Mutex<String>) {
    let started = Instant::now();
    // Waits shorter than DELAY show nothing at all.
    while !stop.load(Ordering::SeqCst) {
        let Some(left) = DELAY.checked_sub(started.elapsed()) else {
            break;
        };
        std::thread::park_timeout(left);
    }
    let mut frame = 0;
    while !stop.load(Ordering::SeqCst) {
        {
            let mut drawn = on_screen();
            let text = message
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone();
            let mut err = std::io::stderr().lock();
            let _ = write!(
                err,
                "{CLEAR}{} {text} ({}s)",
                FRAMES[frame % FRAMES.len()],
                started.elapsed().as_secs()
            );
            let _ = err.flush();
            *drawn = true;
        }
        frame += 1;
        std::thread::park_timeout(TICK);
    }
    clear_line(|| ());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spinners_only_on_a_terminal_without_no_color_quiet_or_verbose() {
        assert!(allowed(true, false, false, false));
        assert!(!allowed(false, false, false, false), "not a terminal");
        assert!(!allowed(true, true, false, false), "NO_COLOR");
        assert!(!allowed(true, false, true, false), "-q");
        assert!(!allowed(true, false, false, true), "-v");
    }

    #[test]
    fn a_disabled_spinner_starts_no_thread() {
        let s = Spinner::start(false, "waiting");
        assert!(s.running.is_none());
        s.set_message("still waiting");
    }
}
