//! Mapping a batch over worker threads that live only for the call.
//!
//! Why not rayon: its global pool is created once and lives on, and a Python
//! process that forks after using it (Spark's Python workers, `multiprocessing`
//! with the fork start method) inherits a pool whose threads do not exist, and
//! hangs. Scoped threads cost a spawn per batch (microseconds, against
//! milliseconds per page) and leave nothing behind.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Applies `f` to every item on up to `threads` threads, results in the
/// order of `items`. Threads take the next item when free, so one long page
/// does not hold up the ones behind it.
pub(crate) fn map_ordered<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    // One uncontended lock per item: each slot is written once, by one thread.
    let slots: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let (Some(item), Some(slot)) = (items.get(i), slots.get(i)) else { break };
                let result = f(item);
                if let Ok(mut slot) = slot.lock() {
                    *slot = Some(result);
                }
            });
        }
    });
    slots.into_iter().filter_map(|slot| slot.into_inner().ok().flatten()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_input_order() {
        let items: Vec<u32> = (0..500).collect();
        for threads in [1, 2, 7] {
            assert_eq!(map_ordered(&items, threads, |x| x * 3), items.iter().map(|x| x * 3).collect::<Vec<_>>());
        }
        assert!(map_ordered(&[] as &[u32], 4, |x| *x).is_empty());
    }
}
