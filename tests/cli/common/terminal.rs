//! The binary on a pseudo-terminal, for what only happens on one: prompts, spinners, and the
//! state the terminal is left in.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, ExitStatus};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The binary on a pseudo-terminal: what it writes is collected, keys are typed into it.
pub struct Terminal {
    keys: File,
    screen: Arc<Mutex<Vec<u8>>>,
    /// How much of the (escape-stripped) output earlier `expect`s consumed.
    seen: usize,
    child: Child,
    /// The terminal side, kept open to read its settings after the program exits.
    pts: pty_process::blocking::Pts,
}

impl Terminal {
    pub fn spawn(home: &Path, env: &[(&str, &str)], args: &[&str]) -> Terminal {
        let (pty, pts) = pty_process::blocking::open().expect("open a pty");
        pty.resize(pty_process::Size::new(40, 200)).expect("resize");
        let mut cmd = pty_process::blocking::Command::new(env!("CARGO_BIN_EXE_chatwoot-bridge"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("TERM", "xterm")
            .env("CHATWOOT_BRIDGE_CONFIG_DIR", home.join("config"))
            .env("CHATWOOT_BRIDGE_DATA_DIR", home.join("data"));
        for (k, v) in env {
            cmd = cmd.env(k, v);
        }
        let child = cmd.spawn_borrowed(&pts).expect("spawn on the pty");
        let keys = File::from(std::os::fd::OwnedFd::from(pty));
        let mut reader = keys.try_clone().expect("clone the pty");
        let screen = Arc::new(Mutex::new(Vec::new()));
        let sink = screen.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            // Reading fails (EIO) once the program has exited and closed its side.
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Terminal {
            keys,
            screen,
            seen: 0,
            child,
            pts,
        }
    }

    pub fn raw(&self) -> String {
        String::from_utf8_lossy(&self.screen.lock().unwrap()).into_owned()
    }

    /// Waits until `text` appears after what earlier calls consumed.
    pub fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + super::PATIENCE;
        loop {
            let plain = strip_escapes(&self.raw());
            if let Some(at) = plain[self.seen.min(plain.len())..].find(text) {
                self.seen += at + text.len();
                // Let the prompt reach its read before keys arrive.
                std::thread::sleep(Duration::from_millis(80));
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "waited {} s for {text:?}; the terminal shows:\n{plain}",
                    super::PATIENCE.as_secs()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.keys.write_all(keys.as_bytes()).expect("type");
        self.keys.flush().unwrap();
    }

    pub fn wait(&mut self) -> ExitStatus {
        let deadline = Instant::now() + super::PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                self.drain();
                return status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "the wizard did not exit; the terminal shows:\n{}",
                    strip_escapes(&self.raw())
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until the reader has everything the program wrote: a marker written on the
    /// terminal side after it exited comes out after its output.
    fn drain(&mut self) {
        const MARKER: &[u8] = b"<test: drained>";
        let fd = std::os::fd::AsFd::as_fd(&self.pts)
            .try_clone_to_owned()
            .expect("dup the pts");
        File::from(fd).write_all(MARKER).expect("write the marker");
        let deadline = Instant::now() + super::PATIENCE;
        loop {
            {
                let mut screen = self.screen.lock().unwrap();
                if let Some(at) = screen.windows(MARKER.len()).position(|w| w == MARKER) {
                    screen.drain(at..at + MARKER.len());
                    return;
                }
            }
            assert!(
                Instant::now() < deadline,
                "the terminal's output never drained"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal is as a shell expects it: the cursor shown again after any hide, and
    /// echo and line editing on.
    pub fn assert_clean(&self) {
        let raw = self.raw();
        if let Some(hidden) = raw.rfind("\x1b[?25l") {
            let shown = raw.rfind("\x1b[?25h");
            assert!(
                shown.is_some_and(|s| s > hidden),
                "the cursor was left hidden:\n{raw:?}"
            );
        }
        let settings = rustix::termios::tcgetattr(&self.pts).expect("terminal settings");
        let flags = settings.local_modes;
        assert!(
            flags.contains(rustix::termios::LocalModes::ECHO)
                && flags.contains(rustix::termios::LocalModes::ICANON),
            "the terminal was left without echo or line editing: {flags:?}"
        );
    }
}

/// The text a person reads: CSI and other escape sequences removed, `\r` dropped.
pub fn strip_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.peek() == Some(&'[') {
                    chars.next();
                    while let Some(&n) = chars.peek() {
                        chars.next();
                        if ('@'..='~').contains(&n) {
                            break;
                        }
                    }
                } else {
                    chars.next();
                }
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}
