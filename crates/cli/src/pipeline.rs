//! reader -> workers -> writer, in input order, in bounded memory.
//!
//! One reader thread turns inputs into numbered tasks; `threads` workers
//! process them as they come; the writer (the calling thread) puts results
//! back in input order and writes each line as soon as every line before it
//! is written. A [`Gate`] bounds what is in flight between reading and
//! writing, in records (the reorder window) and in input bytes (so a few
//! huge records cannot take all memory at once, whatever `-j` is).
//!
//! Plain threads and crossbeam channels rather than rayon: the work is a
//! stream of unknown length that must come out in order record by record as
//! it arrives (on standard input, one line at a time), which is a pipeline,
//! not a data-parallel loop; and the reader must be able to block on input
//! while the writer stops cleanly on a signal, which rayon's scoped pools do
//! not allow.

use std::collections::BTreeMap;
use std::io;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use crossbeam_channel::{bounded, unbounded, Receiver, RecvTimeoutError, Sender, TryRecvError};

use crate::output::Output;
use crate::process::{Outcome, Processor, Task};
use crate::report::Report;
use crate::signals::Signals;
use crate::source::Sink;

/// How often the writer looks at signals and the progress line while idle.
const IDLE_TICK: Duration = Duration::from_millis(50);

/// Limits on what is between the reader and the writer.
#[derive(Debug)]
pub(crate) struct Gate {
    state: Mutex<GateState>,
    freed: Condvar,
    window: usize,
    budget: u64,
}

#[derive(Debug, Default)]
struct GateState {
    records: usize,
    bytes: u64,
    issued: u64,
    closed: bool,
}

impl Gate {
    pub(crate) fn new(window: usize, budget: u64) -> Gate {
        Gate { state: Mutex::new(GateState::default()), freed: Condvar::new(), window: window.max(1), budget }
    }

    /// Waits for room for a task of `cost` bytes and numbers it; `None` once
    /// the gate is closed. A task larger than the whole budget waits until
    /// nothing else is in flight.
    fn acquire(&self, cost: u64) -> Option<u64> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if state.closed {
                return None;
            }
            let fits = state.records == 0 || (state.records < self.window && state.bytes + cost <= self.budget);
            if fits {
                state.records += 1;
                state.bytes += cost;
                state.issued += 1;
                return Some(state.issued - 1);
            }
            state = self.freed.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn release(&self, cost: u64) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.records -= 1;
        state.bytes -= cost;
        self.freed.notify_all();
    }

    /// Stops numbering tasks; returns how many were numbered.
    pub(crate) fn close(&self) -> u64 {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.closed = true;
        self.freed.notify_all();
        state.issued
    }
}

/// A numbered task and its cost, on its way to a worker.
type Job = (u64, Task, u64);
/// A numbered result and the cost of its task, on its way to the writer.
type Done = (u64, Outcome, u64);

/// The reader's end: numbers tasks and hands them to the workers.
struct Dispatch {
    gate: Arc<Gate>,
    jobs: Sender<Job>,
}

impl Sink for Dispatch {
    fn send(&mut self, task: Task) -> bool {
        let cost = task.cost();
        match self.gate.acquire(cost) {
            Some(seq) => self.jobs.send((seq, task, cost)).is_ok(),
            None => false,
        }
    }
}

/// How the pipeline ended.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum End {
    /// Every input was read and every line written.
    Finished,
    /// A signal arrived: reading stopped, the lines in flight were written.
    Interrupted(i32),
}

/// Runs `read` on a reader thread (it feeds a [`Sink`] and returns when the
/// inputs end or the sink says stop), processes its tasks on `threads`
/// workers, and writes the results in order to `out`.
///
/// # Errors
///
/// When the output cannot be written; the reader is then told to stop.
pub(crate) fn run(
    read: impl FnOnce(&mut dyn Sink) + Send + 'static,
    processor: Arc<Processor>,
    threads: usize,
    gate: Arc<Gate>,
    report: &Report,
    signals: &Signals,
    out: &mut Output,
) -> io::Result<End> {
    let (jobs, job_queue) = bounded::<Job>(threads * 2);
    let (done, results) = unbounded::<Done>();
    for _ in 0..threads {
        let (job_queue, done, processor) = (job_queue.clone(), done.clone(), Arc::clone(&processor));
        thread::spawn(move || work(&job_queue, &done, &processor));
    }
    drop((job_queue, done));
    let mut dispatch = Dispatch { gate: Arc::clone(&gate), jobs };
    // Not joined when interrupted: it may be blocked reading standard input.
    thread::spawn(move || read(&mut dispatch));
    let written = write_in_order(&results, &gate, report, signals, out);
    if written.is_err() {
        gate.close();
    }
    written
}

fn work(job_queue: &Receiver<Job>, done: &Sender<Done>, processor: &Processor) {
    for (seq, task, cost) in job_queue {
        // The stages promise not to panic; if one does, the record is an error
        // line instead of a lost line and a dead worker.
        let outcome = catch_unwind(AssertUnwindSafe(|| processor.process(task))).unwrap_or_else(|_| Outcome {
            line: r#"{"id":null,"error":"internal error: extraction panicked on this record"}"#.to_owned(),
            is_error: true,
        });
        if done.send((seq, outcome, cost)).is_err() {
            return;
        }
    }
}

fn write_in_order(
    results: &Receiver<Done>,
    gate: &Gate,
    report: &Report,
    signals: &Signals,
    out: &mut Output,
) -> io::Result<End> {
    let mut waiting: BTreeMap<u64, (Outcome, u64)> = BTreeMap::new();
    let mut next = 0;
    let mut stop_at: Option<(u64, i32)> = None;
    loop {
        if stop_at.is_none() {
            if let Some(signal) = signals.received() {
                stop_at = Some((gate.close(), signal));
            }
        }
        if let Some((issued, signal)) = stop_at {
            if next >= issued {
                return Ok(End::Interrupted(signal));
            }
        }
        let (seq, outcome, cost) = match results.try_recv() {
            Ok(done) => done,
            Err(TryRecvError::Empty) => {
                out.flush_if_interactive()?;
                report.tick();
                match results.recv_timeout(IDLE_TICK) {
                    Ok(done) => done,
                    Err(RecvTimeoutError::Timeout) => continue,
                    Err(RecvTimeoutError::Disconnected) => return Ok(End::Finished),
                }
            }
            Err(TryRecvError::Disconnected) => return Ok(End::Finished),
        };
        waiting.insert(seq, (outcome, cost));
        while let Some((outcome, cost)) = waiting.remove(&next) {
            out.write_line(&outcome.line)?;
            report.wrote(outcome.is_error);
            gate.release(cost);
            next += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gate_bounds_records_and_bytes() {
        let gate = Gate::new(2, 100);
        assert_eq!(gate.acquire(60), Some(0));
        assert_eq!(gate.acquire(30), Some(1));
        // A third would exceed the window; a big one alone may pass once all is free.
        gate.release(60);
        gate.release(30);
        assert_eq!(gate.acquire(500), Some(2), "larger than the budget, alone");
        gate.release(500);
        assert_eq!(gate.close(), 3);
        assert_eq!(gate.acquire(1), None);
    }

    #[test]
    fn a_full_gate_waits_for_the_writer() {
        let gate = Arc::new(Gate::new(1, 10));
        assert_eq!(gate.acquire(5), Some(0));
        let waiting = {
            let gate = Arc::clone(&gate);
            thread::spawn(move || gate.acquire(5))
        };
        thread::sleep(Duration::from_millis(20));
        assert!(!waiting.is_finished(), "the window is full");
        gate.release(5);
        assert_eq!(waiting.join().ok().flatten(), Some(1));
    }
}
