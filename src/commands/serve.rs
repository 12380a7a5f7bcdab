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

/// Resolves on SIGINT or SIGTERM (see [`crate::signals`]).
pub fn shutdown_signal() -> impl std::future::Future<Output = ()> + Send + 'static {
    crate::signals::shutdown()
}
