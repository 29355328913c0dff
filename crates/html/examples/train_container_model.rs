//! Trains the container model of `newsclip-html` (`data/container_model.txt`) on pages with
//! gold article text, given as JSON Lines records `{"id", "html", "url", "gold_body"}` (the
//! development set's `html_dev.jsonl`, gunzipped; read at run time, never copied).
//!
//! ```text
//! cargo run --release -p newsclip-html --example train_container_model -- \
//!     html_dev.jsonl crates/html/data/container_model.txt [--hold-out 4] [--fold K] \
//!     [--trees 100] [--depth 3] [--rate 0.1] [--min-hessian 20] [--temperature 0.02] \
//!     [--per-page FILE] [--explain LINE]
//! ```
//!
//! Every candidate container of every page ([`Candidates`]) is a training example: its
//! features as the reader computes them, and as its target the word F1 (the benchmark's
//! measure) between the blocks the markup rules keep with it as the article's element and the
//! page's gold text. The reader takes the candidate the model scores best, so the model learns
//! to rank a page's candidates: its loss is the cross-entropy between the softmax of the scores
//! of a page's candidates and the softmax of their F1 over `--temperature` (a listwise loss:
//! the target puts nearly all its weight on the best candidates). Each page weighs the same.
//!
//! `--hold-out N` leaves out every N-th page (`--fold K` picks which of each N, the last by
//! default) and reports the mean word F1 of the chosen containers on them next to that of the
//! rules' containers and of the best candidates; `--per-page` writes those three per held-out
//! page, and `--explain LINE` prints the best-scored candidates of one held-out page (its line
//! in the input, from 0) with their features. `--hold-out 0` trains on every page.
//!
//! The model is gradient-boosted decision trees fitted by Newton steps (as in XGBoost): each
//! feature's values are cut at up to 63 quantiles, and each tree grows to `--depth` levels by
//! the split that lowers the loss most, keeping at least `--min-hessian` of curvature on each
//! side. Training is deterministic: the same pages give the same file.

use std::io::BufRead;
use std::process::ExitCode;

use newsclip_html::model::{Candidates, Model, TreeNode, FEATURES, FEATURE_NAMES};
use newsclip_html::Reader;

/// The options of a training run.
struct Options {
    input: String,
    output: String,
    hold_out: usize,
    /// Which page of each `hold_out` is held out (0 for the first, `hold_out - 1` by default).
    fold: usize,
    trees: usize,
    depth: usize,
    rate: f32,
    /// Where to write each held-out page's line and F1s (chosen, rules', best).
    per_page: Option<String>,
    /// A held-out page (its line, from 0) whose best-scored candidates to print.
    explain: Option<usize>,
    /// How sharply the target prefers the best candidates: the softmax of F1 / temperature.
    temperature: f32,
    lambda: f32,
    min_hessian: f32,
}

impl Options {
    fn parse() -> Result<Options, String> {
        let args: Vec<String> = std::env::args().skip(1).collect();
        // Arguments that are neither options nor their values.
        let mut positional = args
            .iter()
            .enumerate()
            .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || !args[i - 1].starts_with("--")))
            .map(|(_, a)| a);
        let (Some(input), Some(output)) = (positional.next(), positional.next()) else {
            return Err("usage: train_container_model PAGES.jsonl MODEL.txt [--hold-out N] [--fold K] \
                        [--trees N] [--depth N] [--rate X] [--min-hessian X] [--temperature X] \
                        [--per-page FILE] [--explain LINE]"
                .to_owned());
        };
        let value = |name: &str, default: f32| -> Result<f32, String> {
            match args.iter().position(|a| a == name) {
                Some(i) => args.get(i + 1).and_then(|v| v.parse().ok()).ok_or(format!("{name} needs a number")),
                None => Ok(default),
            }
        };
        Ok(Options {
            input: input.clone(),
            output: output.clone(),
            hold_out: value("--hold-out", 4.0)? as usize,
            fold: value("--fold", -1.0).map(|f| if f < 0.0 { usize::MAX } else { f as usize })?,
            trees: value("--trees", 100.0)? as usize,
            depth: value("--depth", 3.0)? as usize,
            rate: value("--rate", 0.1)?,
            temperature: value("--temperature", 0.02)?,
            per_page: args.iter().position(|a| a == "--per-page").and_then(|i| args.get(i + 1)).cloned(),
            explain: args
                .iter()
                .position(|a| a == "--explain")
                .and_then(|i| args.get(i + 1))
                .and_then(|v| v.parse().ok()),
            lambda: value("--lambda", 1.0)?,
            min_hessian: value("--min-hessian", 20.0)?,
        })
    }
}

/// Lower-cased word tokens, as the benchmark's scorer splits text (`\w+`).
fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The word F1 of `kept` blocks against the gold words, as the benchmark counts it.
fn f1(kept: &[&Vec<String>], gold: &std::collections::HashMap<&str, usize>, gold_len: usize) -> f32 {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let (mut overlap, mut predicted) = (0usize, 0usize);
    for block in kept {
        for word in block.iter() {
            predicted += 1;
            let count = seen.entry(word.as_str()).or_insert(0);
            if *count < gold.get(word.as_str()).copied().unwrap_or(0) {
                overlap += 1;
            }
            *count += 1;
        }
    }
    if predicted == 0 && gold_len == 0 {
        return 1.0;
    }
    if overlap == 0 {
        return 0.0;
    }
    let (p, r) = (overlap as f32 / predicted as f32, overlap as f32 / gold_len as f32);
    2.0 * p * r / (p + r)
}

/// One page's examples.
struct Page {
    /// The page's line in the input.
    line: usize,
    features: Vec<[f32; FEATURES]>,
    /// The word F1 of each candidate.
    labels: Vec<f32>,
    /// Each candidate's kept blocks, for `--explain`.
    kept: Vec<String>,
}

fn read_pages(options: &Options) -> Result<(Vec<Page>, Vec<Page>), String> {
    let file = std::fs::File::open(&options.input).map_err(|e| format!("{}: {e}", options.input))?;
    let reader = Reader::new();
    let (mut train, mut test) = (Vec::new(), Vec::new());
    for (index, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| e.to_string())?;
        let record: serde_json::Value = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", index + 1))?;
        let html = record.get("html").and_then(|h| h.as_str()).unwrap_or("");
        let url = record.get("url").and_then(|u| u.as_str());
        let gold_words = tokens(record.get("gold_body").and_then(|g| g.as_str()).unwrap_or(""));
        let mut gold: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for word in &gold_words {
            *gold.entry(word.as_str()).or_insert(0) += 1;
        }
        let document = reader.read(html.as_bytes(), url);
        let blocks: Vec<Vec<String>> = document.blocks.iter().map(|b| tokens(document.block_text(b))).collect();
        let candidates = Candidates::of(&document);
        let labels: Vec<f32> = (0..candidates.len())
            .map(|i| {
                let kept: Vec<&Vec<String>> = candidates.kept(i).map(|b| &blocks[b]).collect();
                f1(&kept, &gold, gold_words.len())
            })
            .collect();
        let kept_text = (0..candidates.len())
            .map(|i| {
                let kept: Vec<usize> = candidates.kept(i).collect();
                let first = kept.first().map(|&b| document.block_text(&document.blocks[b])).unwrap_or("");
                let first: String = first.chars().take(70).collect();
                format!("keeps {} blocks from block {}: {first:?}", kept.len(), kept.first().copied().unwrap_or(0))
            })
            .collect();
        let page = Page {
            kept: kept_text,
            line: index,
            features: (0..candidates.len()).map(|i| *candidates.features(i)).collect(),
            labels,
        };
        let fold = options.fold.min(options.hold_out.saturating_sub(1));
        if options.hold_out > 0 && index % options.hold_out == fold {
            test.push(page);
        } else {
            train.push(page);
        }
    }
    Ok((train, test))
}

/// Training examples with each feature cut into bins.
struct Binned {
    /// `bins[f][i]`: the bin of feature `f` of example `i`.
    bins: Vec<Vec<u8>>,
    /// `cuts[f][b]`: the largest value of bin `b` of feature `f`.
    cuts: Vec<Vec<f32>>,
    labels: Vec<f32>,
    /// Each page's examples.
    pages: Vec<core::ops::Range<usize>>,
}

/// Most bins a feature is cut into.
const MAX_BINS: usize = 64;

impl Binned {
    fn of(pages: &[Page]) -> Binned {
        let rows: Vec<&[f32; FEATURES]> = pages.iter().flat_map(|p| &p.features).collect();
        let labels: Vec<f32> = pages.iter().flat_map(|p| &p.labels).copied().collect();
        let mut ranges = Vec::with_capacity(pages.len());
        for page in pages {
            let start = ranges.last().map_or(0, |r: &core::ops::Range<usize>| r.end);
            ranges.push(start..start + page.labels.len());
        }
        let mut bins = Vec::with_capacity(FEATURES);
        let mut cuts = Vec::with_capacity(FEATURES);
        for f in 0..FEATURES {
            let mut values: Vec<f32> = rows.iter().map(|r| r[f]).collect();
            values.sort_by(f32::total_cmp);
            let mut feature_cuts: Vec<f32> = Vec::new();
            for b in 1..MAX_BINS {
                let v = values[(values.len() - 1) * b / MAX_BINS];
                if feature_cuts.last() != Some(&v) {
                    feature_cuts.push(v);
                }
            }
            if feature_cuts.last() == values.last() {
                feature_cuts.pop();
            }
            bins.push(rows.iter().map(|r| feature_cuts.partition_point(|&c| c < r[f]) as u8).collect());
            cuts.push(feature_cuts);
        }
        Binned { bins, cuts, labels, pages: ranges }
    }
}

/// A split found for a node.
struct Split {
    gain: f32,
    feature: usize,
    bin: usize,
}

/// Grows trees by Newton boosting.
struct Trainer<'a> {
    data: &'a Binned,
    options: &'a Options,
    gradients: Vec<f32>,
    hessians: Vec<f32>,
}

impl Trainer<'_> {
    /// The best split of the examples `rows`, if any lowers the loss.
    fn best_split(&self, rows: &[u32]) -> Option<Split> {
        let (g_total, h_total) = rows
            .iter()
            .fold((0f32, 0f32), |(g, h), &r| (g + self.gradients[r as usize], h + self.hessians[r as usize]));
        let lambda = self.options.lambda;
        let parent = g_total * g_total / (h_total + lambda);
        let mut best: Option<Split> = None;
        let mut histogram = [(0f32, 0f32); MAX_BINS];
        for f in 0..FEATURES {
            let cuts = self.data.cuts[f].len();
            if cuts == 0 {
                continue;
            }
            histogram.iter_mut().for_each(|slot| *slot = (0.0, 0.0));
            let bins = &self.data.bins[f];
            for &r in rows {
                let slot = &mut histogram[bins[r as usize] as usize];
                slot.0 += self.gradients[r as usize];
                slot.1 += self.hessians[r as usize];
            }
            let (mut g_left, mut h_left) = (0f32, 0f32);
            for (bin, &(g, h)) in histogram.iter().enumerate().take(cuts) {
                g_left += g;
                h_left += h;
                let (g_right, h_right) = (g_total - g_left, h_total - h_left);
                if h_left < self.options.min_hessian || h_right < self.options.min_hessian {
                    continue;
                }
                let gain = g_left * g_left / (h_left + lambda) + g_right * g_right / (h_right + lambda) - parent;
                if gain > 1e-6 && best.as_ref().is_none_or(|b| gain > b.gain) {
                    best = Some(Split { gain, feature: f, bin });
                }
            }
        }
        best
    }

    /// Grows a tree over `rows` into `nodes`; returns the index of its root.
    fn grow(&self, rows: &mut [u32], depth: usize, nodes: &mut Vec<TreeNode>) -> usize {
        let index = nodes.len();
        let split = if depth < self.options.depth { self.best_split(rows) } else { None };
        let Some(split) = split else {
            let (g, h) = rows
                .iter()
                .fold((0f32, 0f32), |(g, h), &r| (g + self.gradients[r as usize], h + self.hessians[r as usize]));
            nodes.push(TreeNode::Leaf(-g / (h + self.options.lambda) * self.options.rate));
            return index;
        };
        nodes.push(TreeNode::Leaf(0.0));
        let bins = &self.data.bins[split.feature];
        let mut cut = 0;
        for i in 0..rows.len() {
            if (bins[rows[i] as usize] as usize) <= split.bin {
                rows.swap(i, cut);
                cut += 1;
            }
        }
        let (left_rows, right_rows) = rows.split_at_mut(cut);
        let left = self.grow(left_rows, depth + 1, nodes);
        let right = self.grow(right_rows, depth + 1, nodes);
        nodes[index] = TreeNode::Split {
            feature: split.feature,
            threshold: self.data.cuts[split.feature][split.bin],
            left,
            right,
        };
        index
    }
}

/// The log-odds `model` gives the training examples, tree by tree, without the features: each
/// tree's leaf for an example follows its bins.
fn leaf_value(tree: &[TreeNode], data: &Binned, row: usize) -> f32 {
    let mut at = 0;
    loop {
        match tree[at] {
            TreeNode::Split { feature, threshold, left, right } => {
                let bin = data.bins[feature][row] as usize;
                let goes_left = data.cuts[feature].get(bin).is_some_and(|&c| c <= threshold);
                at = if goes_left { left } else { right };
            }
            TreeNode::Leaf(value) => return value,
        }
    }
}

/// Trains the model on `train`.
fn train(options: &Options, train: &[Page]) -> Result<Model, String> {
    let data = Binned::of(train);
    let n = data.labels.len();
    let mut margins = vec![0f32; n];
    let mut trees = Vec::with_capacity(options.trees);
    let mut trainer = Trainer { data: &data, options, gradients: vec![0.0; n], hessians: vec![0.0; n] };
    // Each page's gradients sum to about this much hessian, whatever its number of candidates.
    let scale = n as f32 / data.pages.len().max(1) as f32;
    for round in 0..options.trees {
        let mut loss = 0.0;
        for page in &data.pages {
            let (p, q) =
                (softmax(&margins[page.clone()], 1.0), softmax(&data.labels[page.clone()], options.temperature));
            for (k, i) in page.clone().enumerate() {
                trainer.gradients[i] = scale * (p[k] - q[k]);
                trainer.hessians[i] = scale * (p[k] * (1.0 - p[k])).max(1e-6);
                loss -= q[k] * p[k].max(1e-9).ln();
            }
        }
        let mut rows: Vec<u32> = (0..n as u32).collect();
        let mut tree = Vec::new();
        trainer.grow(&mut rows, 0, &mut tree);
        for (i, margin) in margins.iter_mut().enumerate() {
            *margin += leaf_value(&tree, &data, i);
        }
        trees.push(tree);
        if round % 20 == 19 {
            eprintln!("tree {}: training loss {:.4}", round + 1, loss / data.pages.len().max(1) as f32);
        }
    }
    Model::from_trees(FEATURE_NAMES, 0.0, &trees)
}

/// The softmax of `values / temperature`.
fn softmax(values: &[f32], temperature: f32) -> Vec<f32> {
    let max = values.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = values.iter().map(|v| ((v - max) / temperature).exp()).collect();
    let sum: f32 = exp.iter().sum();
    exp.iter().map(|e| e / sum.max(1e-30)).collect()
}

/// The mean word F1 of the candidates the model chooses, of the rules' containers and of the
/// best candidates.
fn report(model: &Model, pages: &[Page], what: &str, per_page: Option<&str>, explain: Option<usize>) {
    let mut lines = String::new();
    let rule = FEATURE_NAMES.iter().position(|n| *n == "rule_container").unwrap_or(0);
    let (mut chosen, mut rules, mut best) = (0f32, 0f32, 0f32);
    for page in pages {
        let pick = page
            .features
            .iter()
            .map(|f| model.score(f))
            .enumerate()
            .fold(None, |best: Option<(usize, f32)>, (i, s)| match best {
                Some((_, b)) if b >= s => best,
                _ => Some((i, s)),
            })
            .map(|(i, _)| i);
        let page_chosen = pick.map_or(0.0, |i| page.labels[i]);
        let page_rules = page.features.iter().position(|f| f[rule] > 0.5).map_or(0.0, |i| page.labels[i]);
        let page_best = page.labels.iter().copied().fold(0.0, f32::max);
        lines.push_str(&format!("{} {page_chosen} {page_rules} {page_best}\n", page.line));
        chosen += page_chosen;
        rules += page_rules;
        best += page_best;
    }
    if let Some(line) = explain {
        for page in pages.iter().filter(|p| p.line == line) {
            let mut order: Vec<usize> = (0..page.labels.len()).collect();
            order.sort_by(|&a, &b| model.score(&page.features[b]).total_cmp(&model.score(&page.features[a])));
            let best = (0..page.labels.len()).max_by(|&a, &b| page.labels[a].total_cmp(&page.labels[b]));
            for (rank, &i) in order.iter().enumerate() {
                if rank < 6 || Some(i) == best || page.features[i][rule] > 0.5 {
                    let f = &page.features[i];
                    let named: Vec<String> = FEATURE_NAMES
                        .iter()
                        .zip(f.iter())
                        .filter(|(_, v)| **v != 0.0)
                        .map(|(n, v)| format!("{n}={v:.2}"))
                        .collect();
                    eprintln!(
                        "#{rank} score {:.3} F1 {:.3} {}\n     {}",
                        model.score(f),
                        page.labels[i],
                        page.kept[i],
                        named.join(" ")
                    );
                }
            }
        }
    }
    if let Some(path) = per_page {
        let _ = std::fs::write(path, lines);
    }
    let n = pages.len().max(1) as f32;
    eprintln!(
        "{what}: {} pages, word F1 of the chosen containers {:.4} (the rules' {:.4}, the best {:.4})",
        pages.len(),
        chosen / n,
        rules / n,
        best / n
    );
}

fn main() -> ExitCode {
    let options = match Options::parse() {
        Ok(options) => options,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    let (train_pages, test_pages) = match read_pages(&options) {
        Ok(pages) => pages,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    let model = match train(&options, &train_pages) {
        Ok(model) => model,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::FAILURE;
        }
    };
    report(&model, &train_pages, "trained on", None, None);
    if !test_pages.is_empty() {
        report(&model, &test_pages, "held out", options.per_page.as_deref(), options.explain);
    }
    let held = match options.hold_out {
        0 => "no page held out".to_owned(),
        n => format!("every {n}th page from line {} held out", options.fold.min(n - 1) + 1),
    };
    let header = format!(
        "The container model of newsclip-html: boosted decision trees over the candidate features of\n\
         src/features.rs, written by examples/train_container_model.rs from {} pages ({held}) with\n\
         --trees {} --depth {} --rate {} --min-hessian {} --temperature {} --lambda {}.\n\
         Regenerate it with that example; do not edit it by hand.",
        train_pages.len(),
        options.trees,
        options.depth,
        options.rate,
        options.min_hessian,
        options.temperature,
        options.lambda,
    );
    if let Err(err) = std::fs::write(&options.output, model.write(&header)) {
        eprintln!("{}: {err}", options.output);
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
