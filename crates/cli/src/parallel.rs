//! Mapping a batch of inputs over worker threads, keeping input order.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Applies `f` to every item on up to `threads` threads and returns the
/// results in the order of `items`.
///
/// Threads take the next unprocessed item as they become free, so a few large
/// pages do not hold up a thread's share of small ones.
pub(crate) fn map_in_order<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            // A worker only panics if `f` does; re-raise it on this thread.
            let done = worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, result) in done {
                results[i] = Some(result);
            }
        }
    });
    results.into_iter().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_on_many_threads() {
        let items: Vec<u64> = (0..1000).collect();
        let out = map_in_order(&items, 4, |&x| x * 2);
        assert_eq!(out, items.iter().map(|x| x * 2).collect::<Vec<_>>());
    }

    #[test]
    fn empty_and_single_thread() {
        assert!(map_in_order(&[] as &[u8], 8, |&x| x).is_empty());
        assert_eq!(map_in_order(&[1, 2, 3], 1, |&x| x + 1), [2, 3, 4]);
    }
}
