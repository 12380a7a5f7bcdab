//! Dates and times, the one owner: parsed and formatted with jiff. People see local time with
//! a date; JSON and the sandbox keep ISO 8601 UTC.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

/// Seconds since the epoch, now.
pub fn now_unix() -> i64 {
    Timestamp::now().as_second()
}

pub fn now_ms() -> i64 {
    Timestamp::now().as_millisecond()
}

fn at_ms(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH)
}

/// `2026-06-20T10:00:00.123Z` (jiff's RFC 3339 printer: the inspector formats one per
/// delivery, and it is several times faster than a strftime pattern).
pub fn iso_ms(ms: i64) -> String {
    format!("{:.3}", at_ms(ms))
}

/// `2026-06-20 10:00:00` (UTC): Rails' `to_formatted_s(:db)`.
pub fn db_format(ms: i64) -> String {
    at_ms(ms).strftime("%Y-%m-%d %H:%M:%S").to_string()
}

/// `2026-06-20 12:00:00` in the local time zone (`TZ`, else the system's), for people.
pub fn local(ms: i64) -> String {
    at_ms(ms)
        .to_zoned(TimeZone::system())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// As [`local`], with the zone's abbreviation: `2026-06-20 12:00:00 CEST`.
pub fn local_with_zone(ms: i64) -> String {
    at_ms(ms)
        .to_zoned(TimeZone::system())
        .strftime("%Y-%m-%d %H:%M:%S %Z")
        .to_string()
}

/// How long ago (or from now) for people: `5 min ago`, `in 2 h`.
pub fn relative(ms: i64, now_ms: i64) -> String {
    let secs = (ms - now_ms) / 1000;
    let n = secs.unsigned_abs();
    let amount = match n {
        0..=59 => format!("{n} s"),
        60..=3599 => format!("{} min", n / 60),
        3600..=86_399 => format!("{} h", n / 3600),
        _ => format!("{} d", n / 86_400),
    };
    if secs < 0 {
        format!("{amount} ago")
    } else {
        format!("in {amount}")
    }
}

/// A time as typed: RFC 3339 (`2026-12-01T09:00:00Z`, `…+02:00`), or a date and time
/// without an offset, read as local time (`2026-12-01 09:00`). A day or second that does not
/// exist is an error that says so.
pub fn parse_time(s: &str) -> Result<Timestamp, String> {
    let s = s.trim();
    let with_offset = s.parse::<Timestamp>();
    if let Ok(t) = with_offset {
        return Ok(t);
    }
    match s.parse::<DateTime>() {
        Ok(civil) => civil
            .to_zoned(TimeZone::system())
            .map(|z| z.timestamp())
            .map_err(|e| format!("'{s}' is not a valid local time: {e}")),
        Err(civil_err) => {
            // Name what was wrong: the offset form's error when an offset was given.
            let err = with_offset.err().map_or(civil_err.to_string(), |e| {
                if has_offset(s) {
                    e.to_string()
                } else {
                    civil_err.to_string()
                }
            });
            Err(format!("'{s}' is not a valid time ({err})"))
        }
    }
}

fn has_offset(s: &str) -> bool {
    let time = s.split_once(['T', 't', ' ']).map_or("", |(_, t)| t);
    time.ends_with(['Z', 'z']) || time.contains(['+', '-'])
}

/// RFC 3339 to unix seconds.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    parse_time(s).ok().map(|t| t.as_second())
}

/// `--since`: a duration ago (`10m`, `2h`) or a time, as unix milliseconds.
pub fn since_ms(raw: &str) -> Result<i64, String> {
    if let Ok(d) = crate::duration::parse_duration(raw) {
        return Ok(now_ms() - d.as_millis() as i64);
    }
    parse_time(raw).map(|t| t.as_millisecond()).map_err(|e| {
        format!("{e}: give a duration like 10m or 2h, or a time like 2026-12-01T09:00:00Z")
    })
}

/// Rails' datetime cast of parsed fields (`Time.utc(y, mon, d, h, min, s)`), which rolls an
/// out-of-range day or second over (31 February is 3 March) rather than refusing it; `None`
/// outside 1..=12, 1..=31, 0..=23, 0..=59, 0..=60 as Ruby refuses.
#[allow(clippy::too_many_arguments)]
pub fn rails_utc_ms(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    millis: i64,
    offset_secs: i64,
) -> Option<i64> {
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let first =
        jiff::civil::Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, 1).ok()?;
    let midnight = first.to_zoned(TimeZone::UTC).ok()?.timestamp();
    let within = SignedDuration::from_secs(
        (day - 1) * 86_400 + hour * 3600 + minute * 60 + second - offset_secs,
    ) + SignedDuration::from_millis(millis);
    Some(midnight.checked_add(within).ok()?.as_millisecond())
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
        assert_eq!(iso_ms(0), "1970-01-01T00:00:00.000Z");
        assert!(parse_rfc3339("yesterday").is_none());
    }

    #[test]
    fn days_and_seconds_that_do_not_exist_are_refused_with_the_reason() {
        let err = parse_time("2027-02-31T10:00:00Z").unwrap_err();
        assert!(err.contains("2027-02-31T10:00:00Z"), "{err}");
        assert!(err.contains("day"), "{err}");
        assert!(parse_time("2026-06-20T10:00:61Z").is_err());
        assert!(since_ms("2026-06-20T10:00:61Z").is_err());
        assert!(parse_time("2026-13-01T10:00:00Z").is_err());
    }

    #[test]
    fn relative_times_read_as_people_say_them() {
        assert_eq!(relative(0, 300_000), "5 min ago");
        assert_eq!(relative(7_200_000, 0), "in 2 h");
        assert_eq!(relative(0, 30_000), "30 s ago");
    }

    #[test]
    fn the_rails_cast_rolls_over_as_ruby_does() {
        assert_eq!(
            rails_utc_ms(2027, 2, 31, 10, 0, 0, 0, 0).map(iso_ms),
            Some("2027-03-03T10:00:00.000Z".into())
        );
        assert_eq!(
            rails_utc_ms(2026, 6, 20, 12, 0, 0, 5, 7200).map(iso_ms),
            Some("2026-06-20T10:00:00.005Z".into())
        );
        assert_eq!(rails_utc_ms(2026, 13, 1, 0, 0, 0, 0, 0), None);
    }
}
