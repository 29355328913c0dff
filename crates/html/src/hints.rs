//! [`Hints`]: what the markup around a block says about it.

use core::fmt;
use core::ops::{BitAnd, BitOr, BitOrAssign, Not};

/// A set of markup hints: what an element's tag, `role`, `itemprop`, `hidden` state and class or
/// id words say it holds. A block's hints are those of its element and all its ancestors.
///
/// ```
/// use newsclip_html::Hints;
///
/// let hints = Hints::ARTICLE | Hints::SHARE;
/// assert!(hints.contains(Hints::SHARE) && !hints.contains(Hints::COMMENTS));
/// assert!(hints.intersects(Hints::BOILERPLATE));
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Hints(u32);

macro_rules! hints {
    ($($(#[$doc:meta])* $name:ident = $bit:literal, $kind:literal;)*) => {
        impl Hints {
            $($(#[$doc])* pub const $name: Hints = Hints(1 << $bit);)*

            /// The hint of a kind of `data/class_words.txt` (`"share"`), if there is one.
            pub(crate) fn from_kind_name(name: &str) -> Option<Hints> {
                match name {
                    $($kind => Some(Hints::$name),)*
                    _ => None,
                }
            }

            /// The names of the hints in the set, in declaration order.
            pub fn names(self) -> impl Iterator<Item = &'static str> {
                [$((Hints::$name, $kind),)*].into_iter().filter(move |(h, _)| self.contains(*h)).map(|(_, n)| n)
            }
        }
    };
}

hints! {
    /// Class or id words of article text (`article-body`, `entry-content`, `story`).
    CONTENT = 0, "content";
    /// `<nav>`, `role=navigation`, menus, breadcrumbs, pagination.
    NAVIGATION = 1, "navigation";
    /// `<header>`, `role=banner`, a masthead.
    HEADER = 2, "header";
    /// `<footer>`, `role=contentinfo`, copyright lines.
    FOOTER = 3, "footer";
    /// `<aside>`, `role=complementary`, sidebars and widgets.
    SIDEBAR = 4, "sidebar";
    /// Reader comments.
    COMMENTS = 5, "comments";
    /// Share, follow and print buttons.
    SHARE = 6, "share";
    /// Related, recommended and popular stories.
    RELATED = 7, "related";
    /// Advertisements and sponsored content.
    ADVERTISEMENT = 8, "advertisement";
    /// Cookie and consent banners.
    COOKIE = 9, "cookie";
    /// Newsletter, subscription and paywall prompts, pop-ups.
    PROMO = 10, "promo";
    /// `<figcaption>`, photo captions and credits.
    CAPTION = 11, "caption";
    /// The author's byline or author box.
    BYLINE = 12, "byline";
    /// A date or timestamp.
    DATE = 13, "date";
    /// Tag and topic lists.
    TAGS = 14, "tags";
    /// A headline or title.
    HEADLINE = 15, "headline";
    /// Article metadata lines (`entry-meta`).
    META = 16, "meta";
    /// Not shown: `hidden`, `aria-hidden=true`, `display:none`, a hiding class.
    HIDDEN = 17, "hidden";
    /// `<article>`, `itemprop=articleBody`, an `Article` item.
    ARTICLE = 18, "article";
    /// `<main>`, `role=main`.
    MAIN = 19, "main";
    /// `<form>` and form controls.
    FORM = 20, "form";
    /// `<figure>`.
    FIGURE = 21, "figure";
    /// `<table>`.
    TABLE = 22, "table";
    /// `<dialog>`, `role=dialog` or `alertdialog`.
    DIALOG = 23, "dialog";
}

impl Hints {
    /// No hint.
    pub const NONE: Hints = Hints(0);

    /// Hints of page furniture: navigation, header, footer, sidebar, comments, share, related,
    /// advertisement, cookie, promo, caption, tags, hidden, form and dialog.
    pub const BOILERPLATE: Hints = Hints(
        Hints::NAVIGATION.0
            | Hints::HEADER.0
            | Hints::FOOTER.0
            | Hints::SIDEBAR.0
            | Hints::COMMENTS.0
            | Hints::SHARE.0
            | Hints::RELATED.0
            | Hints::ADVERTISEMENT.0
            | Hints::COOKIE.0
            | Hints::PROMO.0
            | Hints::CAPTION.0
            | Hints::TAGS.0
            | Hints::HIDDEN.0
            | Hints::FORM.0
            | Hints::DIALOG.0,
    );

    /// Whether every hint of `other` is in the set.
    #[must_use]
    pub const fn contains(self, other: Hints) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether the sets share a hint.
    #[must_use]
    pub const fn intersects(self, other: Hints) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether the set is empty.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl BitOr for Hints {
    type Output = Hints;
    fn bitor(self, rhs: Hints) -> Hints {
        Hints(self.0 | rhs.0)
    }
}

impl BitOrAssign for Hints {
    fn bitor_assign(&mut self, rhs: Hints) {
        self.0 |= rhs.0;
    }
}

impl BitAnd for Hints {
    type Output = Hints;
    fn bitand(self, rhs: Hints) -> Hints {
        Hints(self.0 & rhs.0)
    }
}

impl Not for Hints {
    type Output = Hints;
    fn not(self) -> Hints {
        Hints(!self.0)
    }
}

impl fmt::Debug for Hints {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Hints {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.names())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for name in (Hints::CONTENT | Hints::DIALOG | Hints::HIDDEN).names() {
            assert!(Hints::from_kind_name(name).is_some());
        }
        assert_eq!(format!("{:?}", Hints::SHARE | Hints::ARTICLE), "{\"share\", \"article\"}");
    }
}
