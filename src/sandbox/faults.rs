//! Faults for people testing their clients: added latency, a share of 500s and
//! rack-attack's per-IP throttle. They apply to the account, platform and public APIs
//! only (never to attachment downloads or to webhook deliveries).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::extract::{ConnectInfo, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use super::error::ApiError;
use super::Sandbox;

pub(crate) struct Faults {
    rng: Mutex<StdRng>,
    /// rack-attack's fixed-window counters: key -> (window, count).
    windows: Mutex<HashMap<String, (u64, u32)>>,
    /// `(method, path)` pairs answered with a 500 until cleared ([`Sandbox::fail_route`]).
    routes: Mutex<Vec<(String, String)>>,
}

impl Faults {
    /// With a seed the sequence of failing requests is reproducible.
    pub(crate) fn new(seed: Option<u64>) -> Faults {
        Faults {
            rng: Mutex::new(seed.map_or_else(StdRng::from_os_rng, StdRng::seed_from_u64)),
            windows: Mutex::new(HashMap::new()),
            routes: Mutex::new(Vec::new()),
        }
    }

    fn roll(&self, rate: f64) -> bool {
        if rate.is_nan() || rate <= 0.0 {
            return false;
        }
        let mut rng = self.rng.lock().unwrap_or_else(PoisonError::into_inner);
        rng.random_bool(rate.min(1.0))
    }

    /// `throttle('req/ip', limit:, period: 1.minute)`: counts in the current minute
    /// window; over the limit is throttled.
    fn throttled(&self, key: String, limit: u32) -> bool {
        let window = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 60);
        let mut windows = self.windows.lock().unwrap_or_else(PoisonError::into_inner);
        windows.retain(|_, (w, _)| *w == window);
        let entry = windows.entry(key).or_insert((window, 0));
        entry.1 = entry.1.saturating_add(1);
        entry.1 > limit
    }
}

impl Faults {
    fn route_fails(&self, method: &str, path: &str) -> bool {
        let routes = self.routes.lock().unwrap_or_else(PoisonError::into_inner);
        routes.iter().any(|(m, p)| m == method && p == path)
    }
}

impl Sandbox {
    /// Answers every `method path` request with a 500 from now on (`path` exactly as
    /// sent, without the query), or, with `fail = false`, stops doing so. For tests of
    /// clients that must survive a failure midway.
    pub fn fail_route(&self, method: &str, path: &str, fail: bool) {
        let mut routes = self
            .inner
            .faults
            .routes
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        routes.retain(|(m, p)| !(m == method && p == path));
        if fail {
            routes.push((method.to_string(), path.to_string()));
        }
    }
}

fn is_api(path: &str) -> bool {
    ["/api/", "/platform/", "/public/"]
        .iter()
        .any(|p| path.starts_with(p))
}

pub(crate) async fn middleware(State(sb): State<Sandbox>, req: Request, next: Next) -> Response {
    if !is_api(req.uri().path()) {
        return next.run(req).await;
    }
    let config = sb.config();
    let faults = &sb.inner.faults;
    let resp = if config.rate_limit_per_minute.is_some_and(|limit| {
        let ip = req
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |c| c.0.ip().to_string());
        faults.throttled(ip, limit)
    }) {
        ApiError::Throttled.into_response()
    } else if faults.route_fails(req.method().as_str(), req.uri().path())
        || faults.roll(config.fail_rate)
    {
        ApiError::Internal.into_response()
    } else {
        next.run(req).await
    };
    if !config.latency.is_zero() {
        tokio::time::sleep(config.latency).await;
    }
    resp
}
