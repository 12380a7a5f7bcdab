//! Unix times as people read and write them (UTC, RFC 3339), without a date crate.

/// Seconds since the epoch, now.
pub fn now_unix() -> i64 {
    now_ms() / 1000
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// `2026-06-20T10:00:00.123Z`
pub fn iso_ms(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (y, m, d) = civil_from_days(secs.div_euclid(86400));
    let rem = secs.rem_euclid(86400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        ms.rem_euclid(1000)
    )
}

/// `2026-06-20 10:00:00` (UTC): Rails' `to_formatted_s(:db)`.
pub fn db_format(ms: i64) -> String {
    let iso = iso_ms(ms);
    format!("{} {}", &iso[..10], &iso[11..19])
}

/// `HH:MM:SS` (UTC), for one-line views.
pub fn clock(ms: i64) -> String {
    let rem = ms.div_euclid(1000).rem_euclid(86400);
    format!("{:02}:{:02}:{:02}", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// RFC 3339 to unix seconds (`2026-12-01T09:00:00Z`, `…+02:00`, fractions ignored).
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let s = s.trim();
    let (date, rest) = s.split_once(['T', 't', ' '])?;
    let mut d = date.split('-');
    let (y, mo, da): (i64, i64, i64) = (
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
    );
    let (time, offset) = if let Some(t) = rest.strip_suffix(['Z', 'z']) {
        (t, 0)
    } else {
        let idx = rest.rfind(['+', '-'])?;
        let (t, off) = rest.split_at(idx);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let (oh, om) = off[1..].split_once(':')?;
        (
            t,
            sign * (oh.parse::<i64>().ok()? * 3600 + om.parse::<i64>().ok()? * 60),
        )
    };
    let mut t = time.split(':');
    let (h, mi): (i64, i64) = (t.next()?.parse().ok()?, t.next()?.parse().ok()?);
    let sec: f64 = t.next().unwrap_or("0").parse().ok()?;
    if !(1..=12).contains(&mo) || !(1..=31).contains(&da) || h > 23 || mi > 59 {
        return None;
    }
    Some(days_from_civil(y, mo, da) * 86400 + h * 3600 + mi * 60 + sec as i64 - offset)
}

/// `--since`: a duration ago (`10m`, `2h`) or an RFC 3339 time, as unix milliseconds.
pub fn since_ms(raw: &str) -> Result<i64, String> {
    if let Ok(d) = crate::duration::parse_duration(raw) {
        return Ok(now_ms() - d.as_millis() as i64);
    }
    parse_rfc3339(raw).map(|s| s * 1000).ok_or_else(|| {
        format!("'{raw}': give a duration like 10m or 2h, or a time like 2026-12-01T09:00:00Z")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_round_trip() {
        assert_eq!(iso_ms(1_781_949_600_123), "2026-06-20T10:00:00.123Z");
        assert_eq!(db_format(1_781_949_600_123), "2026-06-20 10:00:00");
        assert_eq!(parse_rfc3339("2026-06-20T10:00:00Z"), Some(1_781_949_600));
        assert_eq!(
            parse_rfc3339("2026-06-20T12:00:00+02:00"),
            Some(1_781_949_600)
        );
        assert_eq!(clock(1_781_949_600_000 + 3_723_000), "11:02:03");
        assert_eq!(iso_ms(0), "1970-01-01T00:00:00.000Z");
        assert!(parse_rfc3339("yesterday").is_none());
    }
}
