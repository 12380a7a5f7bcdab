//! What the commands that run a server share (`sandbox`, `listen`): binding the socket and
//! the shutdown signal.

use crate::error::{Error, Result};

/// Binds a server's socket, with the fix in the error (`sandbox`, `listen`).
pub async fn bind(addr: &str, port: u16) -> Result<tokio::net::TcpListener> {
    tokio::net::TcpListener::bind((addr, port)).await.map_err(|e| {
        Error::other(format!(
            "cannot listen on {addr}:{port}: {e}\n  hint: choose another --port (0 picks a free one)"
        ))
    })
}

/// Resolves on SIGINT or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
