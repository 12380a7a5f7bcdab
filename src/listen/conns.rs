//! Who may hold a connection: at most `max_connections` in all and
//! `max_connections_per_address` from one address. When a limit is reached, a newcomer that
//! has already sent a whole request head takes the place of the connection that has sent
//! least for its age (which is closed), never of one younger than [`YOUNG`] or whose
//! delivery is being stored and answered; other newcomers are held until there is room, for
//! at most the header timeout. So slow or idle connections cannot keep deliveries out, and a
//! tunnel that makes every sender one address still serves its busy connections.

use std::collections::HashMap;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::Notify;

/// A connection this young is never closed to make room: it has not had the time to send
/// its request yet.
const YOUNG: Duration = Duration::from_millis(250);

/// How often a waiting connection looks again (connections age out of [`YOUNG`]).
const RECHECK: Duration = Duration::from_millis(50);

/// Connections from one address that may wait for a place at once; more are closed.
const MAX_WAITING_PER_ADDRESS: usize = 4096;

struct Entry {
    ip: IpAddr,
    opened: Instant,
    received: Arc<AtomicU64>,
    committing: Arc<AtomicBool>,
    close: Arc<Notify>,
}

#[derive(Default)]
struct Inner {
    next: u64,
    conns: HashMap<u64, Entry>,
    per_address: HashMap<IpAddr, usize>,
    /// Connections waiting for a place, by address.
    waiting: HashMap<IpAddr, usize>,
}

impl Inner {
    fn remove(&mut self, id: u64) -> Option<Entry> {
        let entry = self.conns.remove(&id)?;
        if let Some(n) = self.per_address.get_mut(&entry.ip) {
            *n -= 1;
            if *n == 0 {
                self.per_address.remove(&entry.ip);
            }
        }
        Some(entry)
    }

    /// The connection to close for room: among those not committing and older than
    /// [`YOUNG`] (and from `ip` only, when given), the one that sent the fewest bytes per
    /// second of its age, the oldest first.
    fn victim(&self, ip: Option<IpAddr>, now: Instant) -> Option<u64> {
        let mut best: Option<(f64, Instant, u64)> = None;
        for (id, entry) in &self.conns {
            let age = now.saturating_duration_since(entry.opened);
            if ip.is_some_and(|ip| ip != entry.ip)
                || age < YOUNG
                || entry.committing.load(Ordering::Relaxed)
            {
                continue;
            }
            let rate = entry.received.load(Ordering::Relaxed) as f64 / age.as_secs_f64();
            let better = match &best {
                None => true,
                Some((r, opened, _)) => (rate, entry.opened) < (*r, *opened),
            };
            if better {
                best = Some((rate, entry.opened, *id));
            }
        }
        best.map(|b| b.2)
    }
}

pub(super) struct Registry {
    inner: Mutex<Inner>,
    freed: Notify,
    max_total: usize,
    max_per_address: usize,
}

/// A connection's place; gives it back when dropped.
pub(super) struct Admitted {
    id: u64,
    registry: Arc<Registry>,
    /// Bytes read from the client so far.
    pub received: Arc<AtomicU64>,
    /// Set while a request whose body has arrived is stored and answered.
    pub committing: Arc<AtomicBool>,
    /// Notified when the connection must close to make room.
    pub close: Arc<Notify>,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let removed = self.registry.lock().remove(self.id).is_some();
        if removed {
            self.registry.freed.notify_one();
        }
    }
}

impl Registry {
    pub(super) fn new(max_total: usize, max_per_address: usize) -> Arc<Registry> {
        Arc::new(Registry {
            inner: Mutex::new(Inner::default()),
            freed: Notify::new(),
            max_total: max_total.max(1),
            max_per_address: max_per_address.max(1),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Makes room for `stream`, from `ip`. Under the limits it gets a place at once. At a
    /// limit, only a connection that has sent a whole request head may close another to take
    /// its place; others wait for room (held, not closed, so a slow client does not come back
    /// at once) for at most `patience`. `None`: close it (it waited too long, or too many from
    /// `ip` already wait).
    pub(super) async fn admit(
        self: &Arc<Self>,
        ip: IpAddr,
        stream: &TcpStream,
        patience: Duration,
    ) -> Option<Admitted> {
        let deadline = Instant::now() + patience;
        let mut waiting = false;
        let mut peeked = vec![0u8; 4096];
        loop {
            let freed = self.freed.notified();
            let ready = head_arrived(stream, &mut peeked);
            {
                let mut inner = self.lock();
                let from_ip = inner.per_address.get(&ip).copied().unwrap_or(0);
                let now = Instant::now();
                let room = if from_ip >= self.max_per_address {
                    inner.victim(Some(ip), now).filter(|_| ready)
                } else if inner.conns.len() >= self.max_total {
                    inner.victim(None, now).filter(|_| ready)
                } else {
                    // Room: no connection to close (no id is this high).
                    Some(u64::MAX)
                };
                if room.is_some() || now >= deadline {
                    if waiting {
                        if let Some(n) = inner.waiting.get_mut(&ip) {
                            *n -= 1;
                            if *n == 0 {
                                inner.waiting.remove(&ip);
                            }
                        }
                    }
                    return room.map(|victim| self.place(&mut inner, ip, victim, now));
                }
                if !waiting {
                    let queued = inner.waiting.entry(ip).or_insert(0);
                    if *queued >= MAX_WAITING_PER_ADDRESS {
                        return None;
                    }
                    *queued += 1;
                    waiting = true;
                }
            }
            let _ = tokio::time::timeout(RECHECK, freed).await;
        }
    }

    /// Gives `ip` a place, closing `victim` (if it is a connection) for it.
    fn place(
        self: &Arc<Self>,
        inner: &mut Inner,
        ip: IpAddr,
        victim: u64,
        now: Instant,
    ) -> Admitted {
        if let Some(entry) = inner.remove(victim) {
            entry.close.notify_one();
        }
        let id = inner.next;
        inner.next += 1;
        let entry = Entry {
            ip,
            opened: now,
            received: Arc::new(AtomicU64::new(0)),
            committing: Arc::new(AtomicBool::new(false)),
            close: Arc::new(Notify::new()),
        };
        let admitted = Admitted {
            id,
            registry: self.clone(),
            received: entry.received.clone(),
            committing: entry.committing.clone(),
            close: entry.close.clone(),
        };
        inner.conns.insert(id, entry);
        *inner.per_address.entry(ip).or_insert(0) += 1;
        admitted
    }
}

/// Whether the client has already sent a whole request head (looked at, not consumed).
fn head_arrived(stream: &TcpStream, buf: &mut [u8]) -> bool {
    let mut cx = Context::from_waker(std::task::Waker::noop());
    let mut peeked = ReadBuf::new(buf);
    match stream.poll_peek(&mut cx, &mut peeked) {
        Poll::Ready(Ok(_)) => peeked.filled().windows(4).any(|w| w == b"\r\n\r\n"),
        _ => false,
    }
}

/// Marks the request's connection as committing (set by the handler once the body is in).
#[derive(Clone)]
pub(super) struct Committing(pub Arc<AtomicBool>);

impl Committing {
    pub(super) fn set(&self, on: bool) {
        self.0.store(on, Ordering::Relaxed);
    }
}

/// A TCP stream that counts the bytes it reads.
pub(super) struct Counted {
    stream: TcpStream,
    received: Arc<AtomicU64>,
}

impl Counted {
    pub(super) fn new(stream: TcpStream, received: Arc<AtomicU64>) -> Counted {
        Counted { stream, received }
    }
}

impl AsyncRead for Counted {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = polled {
            let n = (buf.filled().len() - before) as u64;
            self.received.fetch_add(n, Ordering::Relaxed);
        }
        polled
    }
}

impl AsyncWrite for Counted {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}
