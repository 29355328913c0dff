//! What a run tells its user on standard error: progress, problems, summary.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Counters shared by the reader, the workers and the writer, and the
/// progress line when standard error is a terminal.
#[derive(Debug)]
pub(crate) struct Report {
    input_bytes: AtomicU64,
    records: AtomicU64,
    errors: AtomicU64,
    skipped: Mutex<BTreeMap<&'static str, u64>>,
    input_failed: AtomicBool,
    bar: Option<ProgressBar>,
    start: Instant,
    last_tick: Mutex<Instant>,
}

impl Report {
    pub(crate) fn new(progress: bool) -> Report {
        let bar = progress.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(10));
            let style = ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        });
        let now = Instant::now();
        Report {
            input_bytes: AtomicU64::new(0),
            records: AtomicU64::new(0),
            errors: AtomicU64::new(0),
            skipped: Mutex::new(BTreeMap::new()),
            input_failed: AtomicBool::new(false),
            bar,
            start: now,
            last_tick: Mutex::new(now),
        }
    }

    pub(crate) fn add_input_bytes(&self, n: u64) {
        self.input_bytes.fetch_add(n, Ordering::Relaxed);
    }

    /// A line was written.
    pub(crate) fn wrote(&self, is_error: bool) {
        self.records.fetch_add(1, Ordering::Relaxed);
        if is_error {
            self.errors.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// A WARC record that is not a page was passed over.
    pub(crate) fn skipped(&self, reason: &'static str) {
        if let Ok(mut skipped) = self.skipped.lock() {
            *skipped.entry(reason).or_default() += 1;
        }
    }

    /// An input could not be read (or decompressed, or was not UTF-8 text).
    pub(crate) fn input_failed(&self, name: &str, message: &str) {
        self.input_failed.store(true, Ordering::Relaxed);
        if name.is_empty() {
            self.message(&format!("newsclip: {message}"));
        } else {
            self.message(&format!("newsclip: {name}: {message}"));
        }
    }

    pub(crate) fn any_input_failed(&self) -> bool {
        self.input_failed.load(Ordering::Relaxed)
    }

    pub(crate) fn records(&self) -> u64 {
        self.records.load(Ordering::Relaxed)
    }

    pub(crate) fn errors(&self) -> u64 {
        self.errors.load(Ordering::Relaxed)
    }

    /// Prints a line on standard error without tearing the progress line.
    pub(crate) fn message(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Refreshes the progress line (at most ten times a second).
    pub(crate) fn tick(&self) {
        let Some(bar) = &self.bar else { return };
        let Ok(mut last) = self.last_tick.lock() else { return };
        if last.elapsed() < Duration::from_millis(100) {
            return;
        }
        *last = Instant::now();
        let seconds = self.start.elapsed().as_secs_f64().max(1e-3);
        let records = self.records();
        bar.set_message(format!(
            "{records} records, {:.1} MB read, {:.0} records/s, {} errors",
            self.megabytes(),
            records as f64 / seconds,
            self.errors()
        ));
    }

    fn megabytes(&self) -> f64 {
        self.input_bytes.load(Ordering::Relaxed) as f64 / 1e6
    }

    /// Removes the progress line.
    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    /// `records 10, errors 1, skipped 20 (request 10, metadata 10), 3.2 MB in 0.5 s (6.4 MB/s)`.
    pub(crate) fn summary(&self) -> String {
        let seconds = self.start.elapsed().as_secs_f64();
        let mut line = format!("newsclip: records {}, errors {}", self.records(), self.errors());
        let skipped = self.skipped.lock().map(|s| s.clone()).unwrap_or_default();
        let total: u64 = skipped.values().sum();
        let _ = write!(line, ", skipped {total}");
        if total > 0 {
            let parts: Vec<String> = skipped.iter().map(|(reason, n)| format!("{reason} {n}")).collect();
            let _ = write!(line, " ({})", parts.join(", "));
        }
        let megabytes = self.megabytes();
        let _ = write!(line, ", {megabytes:.1} MB in {seconds:.1} s ({:.1} MB/s)", megabytes / seconds.max(1e-3));
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_everything() {
        let report = Report::new(false);
        report.wrote(false);
        report.wrote(true);
        report.skipped("request");
        report.skipped("request");
        report.skipped("metadata");
        report.add_input_bytes(2_000_000);
        let summary = report.summary();
        assert!(
            summary.starts_with("newsclip: records 2, errors 1, skipped 3 (metadata 1, request 2), 2.0 MB"),
            "{summary}"
        );
    }
}
