//! The bot's own command under `test --sandbox -- CMD...`: started in its own process group
//! with the sandbox's settings in its environment, its output on our stderr (stdout is the
//! report's), and stopped with SIGTERM (then SIGKILL) at the end, on Ctrl-C or on drop.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::error::{Error, Result};

/// How long the bot gets to exit after SIGTERM before it is killed.
const GRACE: Duration = Duration::from_secs(5);

pub struct BotProcess {
    child: Child,
    program: String,
    stopped: bool,
}

impl BotProcess {
    pub fn spawn(command: &[String], env: &[(&'static str, String)]) -> Result<BotProcess> {
        let (program, rest) = command
            .split_first()
            .ok_or_else(|| Error::usage("no command after `--`"))?;
        let mut cmd = Command::new(program);
        cmd.args(rest)
            .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
            .stdin(Stdio::null())
            .stdout(stderr_handle()?);
        #[cfg(unix)]
        {
            use std::os::unix::process::CommandExt;
            // Its own group: the whole tree (a shell, a reloader) gets the stop signal.
            cmd.process_group(0);
        }
        let child = cmd.spawn().map_err(|e| {
            Error::other(format!(
                "cannot start the bot command {program:?}: {e}\n  hint: the words after `--` are the command and its arguments, run from the current directory"
            ))
        })?;
        Ok(BotProcess {
            child,
            program: program.clone(),
            stopped: false,
        })
    }

    pub fn id(&self) -> u32 {
        self.child.id()
    }

    /// The exit status, if the command already ended.
    fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// Stops the command; returns a note when it had already ended on its own, or had to
    /// be killed.
    pub async fn stop(mut self) -> Option<String> {
        self.stopped = true;
        if let Some(status) = self.exited() {
            return Some(format!(
                "note: the bot command {:?} had already exited ({status})",
                self.program
            ));
        }
        self.signal(false);
        let deadline = Instant::now() + GRACE;
        while Instant::now() < deadline {
            if self.exited().is_some() {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.signal(true);
        let _ = self.child.wait();
        Some(format!(
            "note: the bot command {:?} ignored SIGTERM for {} s and was killed",
            self.program,
            GRACE.as_secs()
        ))
    }

    #[cfg(unix)]
    fn signal(&mut self, kill: bool) {
        use rustix::process::{kill_process_group, Pid, Signal};
        let signal = if kill { Signal::KILL } else { Signal::TERM };
        if let Some(pid) = Pid::from_raw(self.child.id() as i32) {
            let _ = kill_process_group(pid, signal);
        }
    }

    #[cfg(not(unix))]
    fn signal(&mut self, _kill: bool) {
        let _ = self.child.kill();
    }
}

impl Drop for BotProcess {
    fn drop(&mut self) {
        if !self.stopped && self.exited().is_none() {
            self.signal(false);
        }
    }
}

fn stderr_handle() -> Result<Stdio> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = std::io::stderr()
            .as_fd()
            .try_clone_to_owned()
            .map_err(|e| Error::io("duplicating stderr for the bot command", e))?;
        Ok(Stdio::from(fd))
    }
    #[cfg(not(unix))]
    {
        Ok(Stdio::inherit())
    }
}

/// Waits until something accepts connections at the bot's URL; fails early when the bot
/// command exits first.
pub async fn wait_until_answering(
    target: &url::Url,
    limit: Duration,
    mut child: Option<&mut BotProcess>,
) -> Result<()> {
    let host = target.host_str().unwrap_or("127.0.0.1").to_string();
    let port = target.port_or_known_default().unwrap_or(80);
    let deadline = Instant::now() + limit;
    loop {
        let attempt = tokio::time::timeout(
            Duration::from_secs(1),
            tokio::net::TcpStream::connect((host.as_str(), port)),
        )
        .await;
        if let Ok(Ok(_)) = attempt {
            return Ok(());
        }
        if let Some(child) = child.as_deref_mut() {
            if let Some(status) = child.exited() {
                return Err(Error::other(format!(
                    "the bot command {:?} exited ({status}) before {target} answered",
                    child.program
                )));
            }
        }
        if Instant::now() >= deadline {
            return Err(Error::other(format!(
                "nothing answered at {target} within {} s: is the bot listening on {host}:{port}? (--bot-startup sets how long to wait)",
                limit.as_secs()
            )));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
