//! The container model: boosted decision trees that score how well each candidate element of a
//! page would hold its article, from its [features](FEATURE_NAMES); the reader takes the best.
//! The trees are data, `data/container_model.txt`, written by the crate's trainer
//! (`examples/train_container_model.rs`, which reads a development set of pages with gold
//! article text at run time) and read here by a strict loader.
//!
//! The model is public so that the trainer reads exactly the features the reader computes.

use once_cell::sync::Lazy;

use crate::hints::Hints;

pub use crate::features::{FEATURES, FEATURE_NAMES};

/// The trained model, compiled into the binary.
const CONTAINER_MODEL: &str = include_str!("../data/container_model.txt");

/// The model the reader uses, loaded once.
pub(crate) static MODEL: Lazy<Model> = Lazy::new(|| {
    Model::parse(CONTAINER_MODEL, FEATURE_NAMES).unwrap_or_else(|err| panic!("data/container_model.txt: {err}"))
});

/// The candidate containers of a page, as the trainer sees them: each candidate's features and
/// the blocks the markup rules would keep with it as the article's element.
#[derive(Clone, Debug, Default)]
pub struct Candidates {
    features: Vec<[f32; FEATURES]>,
    ranges: Vec<core::ops::Range<usize>>,
    /// Each candidate's element, and each block's element.
    elements: Vec<u32>,
    block_elements: Vec<u32>,
    /// How many elements each element's subtree holds, itself included (elements come in
    /// document order, so a subtree is a run of ids).
    sizes: Vec<u32>,
    /// Each block's innermost furniture element (navigation, comments …), or `u32::MAX`.
    block_furniture: Vec<u32>,
    /// Each element's depth below the document.
    depths: Vec<u32>,
    /// Whether the rules keep a block whose container holds it with no furniture between.
    keepable: Vec<bool>,
}

impl Candidates {
    /// The candidate containers of `document`: the elements above its blocks of prose.
    #[must_use]
    pub fn of(document: &crate::Document) -> Candidates {
        let analysis = crate::content::analyse(document);
        let found = crate::features::candidates(document, &analysis);
        let nodes = &document.nodes;
        let mut sizes = vec![1u32; nodes.len()];
        let mut depths = vec![0u32; nodes.len()];
        let mut furniture = vec![u32::MAX; nodes.len()];
        for id in (1..nodes.len()).rev() {
            sizes[nodes[id].parent as usize] += sizes[id];
        }
        let furniture_hints = Hints::BOILERPLATE & !Hints::HEADER;
        for (id, node) in nodes.iter().enumerate() {
            let parent = node.parent as usize;
            if id > 0 {
                depths[id] = depths[parent] + 1;
                furniture[id] = furniture[parent];
            }
            if analysis.own[id].intersects(furniture_hints) {
                furniture[id] = id as u32;
            }
        }
        let blocks = &document.blocks;
        Candidates {
            features: found.features,
            ranges: found.ranges,
            elements: found.ids,
            block_elements: blocks.iter().map(|b| b.node).collect(),
            sizes,
            block_furniture: blocks.iter().map(|b| furniture[b.node as usize]).collect(),
            depths,
            keepable: blocks
                .iter()
                .map(|b| !crate::content::is_link_list(document, b) && crate::content::has_text(document, b))
                .collect(),
        }
    }

    /// How many candidates there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.features.len()
    }

    /// Whether there is none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// The features of candidate `i`, in the order of [`FEATURE_NAMES`].
    #[must_use]
    pub fn features(&self, i: usize) -> &[f32; FEATURES] {
        &self.features[i]
    }

    /// The blocks the markup rules keep when candidate `i` is the article's element: those it
    /// holds with no furniture element between it and them, that are not link-list items and
    /// have a letter or digit.
    pub fn kept(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let container = self.elements[i] as usize;
        let end = container + self.sizes[container] as usize;
        let depth = self.depths[container];
        self.ranges[i].clone().filter(move |&b| {
            let element = self.block_elements[b] as usize;
            let furniture = self.block_furniture[b];
            let below = furniture != u32::MAX && self.depths[furniture as usize] > depth;
            (container..end).contains(&element) && !below && self.keepable[b]
        })
    }
}

/// A node of a decision tree.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Node {
    /// Go to `left` when feature `feature` is at most `threshold`, else to `right`.
    Split { feature: u16, threshold: f32, left: u32, right: u32 },
    /// The tree's output.
    Leaf(f32),
}

/// Boosted decision trees over block features: the log-odds that a block is article text is
/// the base value plus the output of each tree.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    names: Vec<String>,
    base: f32,
    /// Every tree's nodes, one after the other; each tree starts at an index of `roots`.
    nodes: Vec<Node>,
    roots: Vec<u32>,
}

impl Model {
    /// Whether the model has no tree: it scores every candidate alike.
    #[must_use]
    pub fn is_trivial(&self) -> bool {
        self.roots.is_empty()
    }

    /// The model `newsclip-html` ships (`data/container_model.txt`).
    #[must_use]
    pub fn shipped() -> &'static Model {
        &MODEL
    }

    /// The model's score for these features, from 0 to 1.
    #[must_use]
    pub fn score(&self, features: &[f32]) -> f32 {
        let mut sum = self.base;
        for &root in &self.roots {
            let mut at = root as usize;
            loop {
                match self.nodes.get(at) {
                    Some(Node::Split { feature, threshold, left, right }) => {
                        let value = features.get(usize::from(*feature)).copied().unwrap_or(0.0);
                        at = if value <= *threshold { *left as usize } else { *right as usize };
                    }
                    Some(Node::Leaf(value)) => {
                        sum += value;
                        break;
                    }
                    None => break,
                }
            }
        }
        1.0 / (1.0 + (-sum).exp())
    }

    /// Reads a model in the format [`Model::write`] gives (see `data/container_model.txt`):
    /// the feature names in order, which must be `names`, the base value, then each tree's
    /// nodes. Anything else is an error, with its line number.
    ///
    /// # Errors
    ///
    /// A message naming the first line that does not fit the format.
    pub fn parse(text: &str, names: &[&str]) -> Result<Model, String> {
        let mut model = Model::default();
        // The current tree: where its nodes start and how many it declared.
        let mut tree: Option<(usize, usize)> = None;
        let mut base = None;
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |what: &str| format!("line {}: {what}: {line:?}", number + 1);
            let mut fields = line.split_ascii_whitespace();
            let keyword = fields.next().unwrap_or("");
            let values: Vec<&str> = fields.collect();
            match (keyword, values.as_slice()) {
                ("feature", [name]) if model.roots.is_empty() && base.is_none() => model.names.push(name.to_string()),
                ("base", [value]) if base.is_none() => {
                    if model.names != names {
                        return Err(err("the features differ from the expected ones"));
                    }
                    base = Some(value.parse::<f32>().map_err(|_| err("not a number"))?);
                }
                ("tree", [count]) if base.is_some() => {
                    Self::check_tree(&model, tree).map_err(|e| err(&e))?;
                    let count: usize = count.parse().map_err(|_| err("not a count"))?;
                    if count == 0 {
                        return Err(err("an empty tree"));
                    }
                    model.roots.push(u32::try_from(model.nodes.len()).map_err(|_| err("too many nodes"))?);
                    tree = Some((model.nodes.len(), count));
                }
                ("split", [feature, threshold, left, right]) => {
                    let (start, count) = tree.ok_or_else(|| err("a node outside a tree"))?;
                    let own = model.nodes.len() - start;
                    let feature: u16 = feature.parse().map_err(|_| err("not a feature index"))?;
                    let threshold: f32 = threshold.parse().map_err(|_| err("not a threshold"))?;
                    let left: usize = left.parse().map_err(|_| err("not a node index"))?;
                    let right: usize = right.parse().map_err(|_| err("not a node index"))?;
                    if usize::from(feature) >= names.len() || !threshold.is_finite() {
                        return Err(err("no such feature, or an infinite threshold"));
                    }
                    // Children come after their parent: every tree is finite and acyclic.
                    if left <= own || right <= own || left >= count || right >= count {
                        return Err(err("a child out of order"));
                    }
                    let index = |i: usize| u32::try_from(start + i).unwrap_or(u32::MAX);
                    model.nodes.push(Node::Split { feature, threshold, left: index(left), right: index(right) });
                }
                ("leaf", [value]) => {
                    tree.ok_or_else(|| err("a node outside a tree"))?;
                    let value: f32 = value.parse().map_err(|_| err("not a number"))?;
                    if !value.is_finite() {
                        return Err(err("an infinite value"));
                    }
                    model.nodes.push(Node::Leaf(value));
                }
                _ => return Err(err("unexpected line")),
            }
        }
        Self::check_tree(&model, tree)?;
        model.base = base.ok_or("no base value")?;
        Ok(model)
    }

    /// Checks that the tree starting at `tree` has as many nodes as it declared.
    fn check_tree(model: &Model, tree: Option<(usize, usize)>) -> Result<(), String> {
        match tree {
            Some((start, count)) if model.nodes.len() - start != count => {
                Err(format!("a tree declared {count} nodes and has {}", model.nodes.len() - start))
            }
            _ => Ok(()),
        }
    }

    /// Builds a model from its base value and trees, each a list of nodes where a split is
    /// `(feature, threshold, left, right)` with children after their parent, and a leaf
    /// `(value)`. The trainer builds its trees with this.
    ///
    /// # Errors
    ///
    /// As [`Model::parse`]: the model must be one it reads.
    pub fn from_trees(names: &[&str], base: f32, trees: &[Vec<TreeNode>]) -> Result<Model, String> {
        let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        Model::parse(&Self::text(&names, base, trees), &names.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// The model in its data format, with a header comment.
    #[must_use]
    pub fn write(&self, header: &str) -> String {
        let mut trees = Vec::with_capacity(self.roots.len());
        for (i, &root) in self.roots.iter().enumerate() {
            let end = self.roots.get(i + 1).map_or(self.nodes.len(), |&r| r as usize);
            let nodes = self.nodes[root as usize..end]
                .iter()
                .map(|node| match *node {
                    Node::Split { feature, threshold, left, right } => TreeNode::Split {
                        feature: usize::from(feature),
                        threshold,
                        left: (left - root) as usize,
                        right: (right - root) as usize,
                    },
                    Node::Leaf(value) => TreeNode::Leaf(value),
                })
                .collect();
            trees.push(nodes);
        }
        let mut text = String::new();
        for line in header.lines() {
            text.push_str("# ");
            text.push_str(line);
            text.push('\n');
        }
        text.push_str(&Self::text(&self.names, self.base, &trees));
        text
    }

    fn text(names: &[String], base: f32, trees: &[Vec<TreeNode>]) -> String {
        use std::fmt::Write;
        let mut text = String::new();
        for name in names {
            let _ = writeln!(text, "feature {name}");
        }
        let _ = writeln!(text, "base {base}");
        for tree in trees {
            let _ = writeln!(text, "tree {}", tree.len());
            for node in tree {
                let _ = match node {
                    TreeNode::Split { feature, threshold, left, right } => {
                        writeln!(text, "split {feature} {threshold} {left} {right}")
                    }
                    TreeNode::Leaf(value) => writeln!(text, "leaf {value}"),
                };
            }
        }
        text
    }
}

/// A node of a tree given to [`Model::from_trees`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TreeNode {
    /// Go to node `left` when feature `feature` is at most `threshold`, else to node `right`
    /// (indices within the tree, after this node's).
    Split {
        /// The index of the feature in [`FEATURE_NAMES`].
        feature: usize,
        /// The largest value that goes left.
        threshold: f32,
        /// The node for values up to the threshold.
        left: usize,
        /// The node for values above it.
        right: usize,
    },
    /// The tree's output, added to the log-odds.
    Leaf(f32),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> String {
        FEATURE_NAMES.iter().map(|n| format!("feature {n}\n")).collect()
    }

    #[test]
    fn the_shipped_model_loads() {
        let model = Model::parse(CONTAINER_MODEL, FEATURE_NAMES).expect("data/container_model.txt loads");
        assert!(!model.roots.is_empty());
    }

    #[test]
    fn trees_add_to_the_log_odds() {
        let text = format!("{}base 0.5\ntree 3\nsplit 0 1.5 1 2\nleaf -1\nleaf 2\ntree 1\nleaf 0.25\n", header());
        let model = Model::parse(&text, FEATURE_NAMES).expect("a valid model");
        let mut x = vec![0f32; FEATURES];
        let sigmoid = |v: f32| 1.0 / (1.0 + (-v).exp());
        assert!((model.score(&x) - sigmoid(-0.25)).abs() < 1e-6);
        x[0] = 2.0;
        assert!((model.score(&x) - sigmoid(2.75)).abs() < 1e-6);
        // Written and read again, it is the same model.
        assert_eq!(Model::parse(&model.write("a test"), FEATURE_NAMES).as_ref(), Ok(&model));
    }

    #[test]
    fn the_loader_is_strict() {
        let h = header();
        for bad in [
            format!("{h}tree 1\nleaf 1\n"),                                  // no base
            format!("{h}base 0\ntree 2\nleaf 1\n"),                          // too few nodes
            format!("{h}base 0\ntree 3\nsplit 0 1 0 2\nleaf 1\nleaf 2\n"),   // a cycle
            format!("{h}base 0\ntree 3\nsplit 999 1 1 2\nleaf 1\nleaf 2\n"), // no such feature
            format!("{h}base 0\ntree 1\nleaf inf\n"),
            format!("{h}base 0\nleaf 1\n"),       // outside a tree
            "feature words\nbase 0\n".to_owned(), // other features
            format!("{h}base 0\nsomething else\n"),
        ] {
            assert!(Model::parse(&bad, FEATURE_NAMES).is_err(), "{bad:?} is refused");
        }
    }
}
