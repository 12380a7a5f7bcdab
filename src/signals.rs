//! The one owner of process signals.
//!
//! - Servers (`listen`, `sandbox`) stop on SIGINT or SIGTERM alike through [`shutdown`]: they
//!   drain, record what is unfinished, print their summary and exit as they do on SIGTERM.
//! - Every other command races [`interrupted`] and exits 130 on SIGINT.
//!
//! Both register their handlers when called (not when first polled), so a signal that
//! arrives while a server is still starting is not lost to the default action.

use std::future::Future;

/// Resolves on SIGINT or SIGTERM (on other platforms, Ctrl-C).
pub fn shutdown() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let interrupt = signal(SignalKind::interrupt()).ok();
        let terminate = signal(SignalKind::terminate()).ok();
        async move {
            tokio::select! {
                () = next(interrupt) => {}
                () = next(terminate) => {}
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// Resolves on SIGINT (Ctrl-C) only.
pub fn interrupted() -> impl Future<Output = ()> + Send + 'static {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        next(signal(SignalKind::interrupt()).ok())
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// The next delivery of a signal; never, if its handler could not be installed.
#[cfg(unix)]
async fn next(signal: Option<tokio::signal::unix::Signal>) {
    match signal {
        Some(mut s) => {
            s.recv().await;
        }
        None => std::future::pending().await,
    }
}
