//! Calendar dates written the ISO 8601 way, `YYYY-MM-DD`: the day a posting went up and the day
//! it closes. Only real dates are accepted (no 2026-02-30), years 0001 to 9999.

use std::fmt;

/// A real calendar date. Ordered by time; written `YYYY-MM-DD` by [`fmt::Display`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: i32,
    month: u32,
    day: u32,
}

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not four digits, a hyphen, two digits, a hyphen, two digits (or the year 0000).
    NotIsoDate,
    /// A month other than 01 to 12.
    NoSuchMonth(u32),
    /// A day that the month does not have (`2026-02-30`, `2026-04-31`, day `00`).
    NoSuchDay { year: i32, month: u32, day: u32 },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateError::NotIsoDate => write!(f, "not a date written YYYY-MM-DD"),
            DateError::NoSuchMonth(month) => write!(f, "there is no month {month}"),
            DateError::NoSuchDay { year, month, day } => write!(
                f,
                "{year:04}-{month:02} has no day {day} (it has {})",
                days_in_month(year, month)
            ),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` has a 29 February (Gregorian rule).
pub fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The number of days of `month` (1 to 12) in `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl IsoDate {
    /// The date `year`-`month`-`day`, if it exists (years 1 to 9999).
    pub fn new(year: i32, month: u32, day: u32) -> Result<IsoDate, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::NotIsoDate);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::NoSuchMonth(month));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay { year, month, day });
        }
        Ok(IsoDate { year, month, day })
    }

    /// Reads exactly `YYYY-MM-DD` (ASCII digits, nothing before or after).
    pub fn parse(text: &str) -> Result<IsoDate, DateError> {
        let b = text.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && [0, 1, 2, 3, 5, 6, 8, 9]
                .iter()
                .all(|&i| b[i].is_ascii_digit());
        if !shaped {
            return Err(DateError::NotIsoDate);
        }
        let number = |from: usize, to: usize| {
            b[from..to]
                .iter()
                .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
        };
        let year = i32::try_from(number(0, 4)).map_err(|_| DateError::NotIsoDate)?;
        IsoDate::new(year, number(5, 7), number(8, 10))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1 to 12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// 1 to 31.
    pub fn day(self) -> u32 {
        self.day
    }

    /// (year, month, day).
    pub fn parts(self) -> (i32, u32, u32) {
        (self.year, self.month, self.day)
    }
}

impl std::str::FromStr for IsoDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<IsoDate, DateError> {
        IsoDate::parse(text)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_real_dates_and_writes_them_back() {
        for text in [
            "2026-11-22",
            "2026-12-01",
            "2024-02-29",
            "2000-02-29",
            "0001-01-01",
        ] {
            let date = IsoDate::parse(text).unwrap();
            assert_eq!(date.to_string(), text);
        }
        assert_eq!(IsoDate::parse("2026-12-03").unwrap().parts(), (2026, 12, 3));
        let date: IsoDate = "9999-12-31".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (9999, 12, 31));
    }

    #[test]
    fn refuses_days_a_month_does_not_have() {
        for (text, (year, month, day)) in [
            ("2026-02-30", (2026, 2, 30)),
            ("2026-02-29", (2026, 2, 29)),
            ("1900-02-29", (1900, 2, 29)),
            ("2026-04-31", (2026, 4, 31)),
            ("2026-01-00", (2026, 1, 0)),
            ("2026-01-32", (2026, 1, 32)),
        ] {
            assert_eq!(
                IsoDate::parse(text),
                Err(DateError::NoSuchDay { year, month, day }),
                "{text}"
            );
        }
        assert_eq!(
            IsoDate::parse("2026-13-01"),
            Err(DateError::NoSuchMonth(13))
        );
        assert_eq!(IsoDate::parse("2026-00-10"), Err(DateError::NoSuchMonth(0)));
        assert_eq!(
            IsoDate::parse("2026-02-30").unwrap_err().to_string(),
            "2026-02 has no day 30 (it has 28)"
        );
    }

    #[test]
    fn refuses_anything_but_the_exact_shape() {
        for text in [
            "",
            "2026-1-05",
            "26-11-22",
            "2026/11/22",
            "2026-11-22T09:30:00",
            " 2026-11-22",
            "2026-11-2a",
            "+026-11-22",
            "0000-01-01",
            "２０２６-11-22",
            "November 22, 2026",
        ] {
            assert_eq!(IsoDate::parse(text), Err(DateError::NotIsoDate), "{text:?}");
        }
    }

    #[test]
    fn dates_order_by_time_as_their_text_does() {
        let texts = [
            "2025-12-31",
            "2026-01-01",
            "2026-02-28",
            "2026-10-09",
            "2026-11-22",
        ];
        let dates: Vec<IsoDate> = texts.iter().map(|t| t.parse().unwrap()).collect();
        assert!(dates.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn leap_years_follow_the_gregorian_rule() {
        assert!(is_leap_year(2024) && is_leap_year(2000));
        assert!(!is_leap_year(2026) && !is_leap_year(1900));
        assert_eq!(days_in_month(2026, 13), 0);
    }
}
