//! Front matter dates (`date`, `expiryDate`) as Hugo and YAML write them, reduced to the calendar
//! day the author wrote: `2026-11-22`, `2026-11-22T09:30:00-05:00`, `2026-11-22 09:30:00`,
//! `2026-11-22t09:30:00.5Z`, `2026-11-22 09:30:00 -5`. The day is kept in the author's own
//! offset (the `YYYY-MM-DD` part, never converted to UTC), so a posting dated late in the evening
//! in Ottawa stays on that day.

use careers_core::date::IsoDate;

/// The calendar day of a front matter timestamp, `YYYY-MM-DD`, or why it is not one.
pub fn calendar_day(value: &str) -> Result<String, String> {
    let value = value.trim();
    // The day is ten ASCII characters; a cut inside a wider character leaves the whole text,
    // which is then not a day.
    let cut = if value.is_char_boundary(10) {
        10
    } else {
        value.len()
    };
    let (day, rest) = value.split_at(cut);
    let date = IsoDate::parse(day).map_err(|e| match e {
        careers_core::date::DateError::NotIsoDate => {
            "not a date (it should start with the day as YYYY-MM-DD)".to_string()
        }
        other => format!("not a real date: {other}"),
    })?;
    if rest.is_empty() {
        return Ok(date.to_string());
    }
    let time = rest
        .strip_prefix(['T', 't', ' ', '\t'])
        .map(str::trim_start)
        .ok_or_else(|| format!("not a date: `{rest}` after the day"))?;
    check_time(time).map_err(|why| format!("not a date and time: {why}"))?;
    Ok(date.to_string())
}

/// Checks `HH:MM[:SS[.fraction]]` then an optional offset (`Z`, `±HH:MM`, `±HHMM`, `±H`), which
/// may follow a space.
fn check_time(time: &str) -> Result<(), String> {
    let b = time.as_bytes();
    let two = |at: usize, max: u32, what: &str| -> Result<(), String> {
        let digits = b
            .get(at..at + 2)
            .filter(|d| d.iter().all(u8::is_ascii_digit));
        let n = digits
            .map(|d| u32::from(d[0] - b'0') * 10 + u32::from(d[1] - b'0'))
            .ok_or_else(|| format!("the {what} should be two digits"))?;
        if n > max {
            return Err(format!("there is no {what} {n}"));
        }
        Ok(())
    };
    two(0, 23, "hour")?;
    if b.get(2) != Some(&b':') {
        return Err("the time should be written HH:MM".into());
    }
    two(3, 59, "minute")?;
    let mut at = 5;
    if b.get(at) == Some(&b':') {
        two(at + 1, 60, "second")?;
        at += 3;
        if b.get(at) == Some(&b'.') {
            let digits = b[at + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits == 0 {
                return Err("a fraction of a second needs digits".into());
            }
            at += 1 + digits;
        }
    }
    let zone = time[at..].trim_start();
    check_offset(zone)
}

/// Checks a time zone offset: empty, `Z`, or a sign then hours (1 or 2 digits, at most 14) and
/// optional minutes (`:MM` or `MM`).
fn check_offset(zone: &str) -> Result<(), String> {
    if zone.is_empty() || zone == "Z" || zone == "z" {
        return Ok(());
    }
    let bad = || Err(format!("`{zone}` is not a time zone offset such as -05:00"));
    let Some(rest) = zone.strip_prefix(['+', '-']).filter(|r| r.is_ascii()) else {
        return bad();
    };
    let (hours, minutes) = match rest.split_once(':') {
        Some((h, m)) => (h, m),
        None if rest.len() == 4 => rest.split_at(2),
        None => (rest, "00"),
    };
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    if !digits(hours, 1..=2) || !digits(minutes, 2..=2) {
        return bad();
    }
    match (hours.parse::<u32>(), minutes.parse::<u32>()) {
        (Ok(h), Ok(m)) if h <= 14 && m <= 59 => Ok(()),
        _ => bad(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_day_the_author_wrote() {
        for value in [
            "2026-11-22",
            "2026-11-22T09:30:00-05:00",
            "2026-11-22T23:59:59-05:00",
            "2026-11-22 09:30:00",
            "2026-11-22 09:30",
            "2026-11-22t09:30:00.5Z",
            "2026-11-22T09:30:00.123456+01:00",
            "2026-11-22 09:30:00 -5",
            "2026-11-22T09:30:00+0530",
            "  2026-11-22  ",
        ] {
            assert_eq!(calendar_day(value).as_deref(), Ok("2026-11-22"), "{value}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_real_day_and_says_why() {
        let why = |v: &str| calendar_day(v).unwrap_err();
        assert!(
            why("2026-02-30").contains("has no day 30"),
            "{}",
            why("2026-02-30")
        );
        assert!(why("2026-13-01").contains("no month 13"));
        for value in [
            "",
            "22/11/2026",
            "November 22, 2026",
            "2026-11",
            "2026-11-2",
            "20261122",
            "tomorrow",
        ] {
            assert!(why(value).contains("YYYY-MM-DD"), "{value}: {}", why(value));
        }
        for value in [
            "2026-11-22T25:00:00",
            "2026-11-22T09:60",
            "2026-11-22T9:30",
            "2026-11-22T09:30:00 EST",
            "2026-11-22T09:30:00+25:00",
            "2026-11-22T09:30:00.",
            "2026-11-22 and more",
            "2026-11-22x",
            "2026-11-22T",
        ] {
            assert!(calendar_day(value).is_err(), "{value}");
        }
        assert!(why("2026-11-22T09:30:00 EST").contains("EST"));
    }

    #[test]
    fn never_panics_on_odd_text() {
        for value in [
            "2026-11-22T０９:30",
            "2026-11-22 é",
            "é",
            "2026-11-2é",
            "2026-11-22T09:30+aéb",
            "2026-11-22T09:30:0é",
            "2026-11-22T09:3",
            "2026-11-22+",
        ] {
            assert!(calendar_day(value).is_err(), "{value}");
        }
    }
}
