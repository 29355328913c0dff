//! Who a speaker mention stands for, in order: the institution a spokesperson
//! speaks for (`a spokeswoman for the ministry`, `an FCA spokesman`,
//! `officials at the port`), a known entity's name (a [`Hint`] on the
//! mention), then the document's own names and descriptions
//! ([`Registry::resolve`]: surnames, pronouns, role and institution
//! descriptions, each checked for compatibility).

use newsclip_text::{Rule, Span};

use crate::lexicon::is_demonym;
use crate::mentions::{Mention, MentionKind};
use crate::resolve::{Registry, Resolved};
use crate::{rules, Hint, SpeakerKind};

/// Who `mention` stands for and the rule that decided it.
pub(crate) fn resolve_mention(mention: &Mention, registry: &Registry<'_>, hints: &[&Hint]) -> Option<(Resolved, Rule)> {
    if let Some(affiliation) = &mention.affiliation {
        if let Some(institution) = speaking_for(affiliation, registry, hints) {
            return Some((institution, rules::SPEAKER_SPOKESPERSON));
        }
    }
    // A person named as a modifier of a description is not the speaker: `a Clinton veteran`.
    let described = matches!(mention.kind, MentionKind::Nominal { .. });
    let hint = hint_for(hints, mention.span)
        .filter(|h| mention.affiliation.is_none() && !(described && h.kind == SpeakerKind::Person));
    hint.map(|h| (Resolved { names: vec![h.name.clone()], kind: h.kind }, rules::SPEAKER_ENTITY))
        .or_else(|| registry.resolve(mention))
}

/// The institution a spokesperson's affiliation names: the entity a hint
/// knows it as (`FCA` is the Financial Conduct Authority), the institution a
/// description points to (`the ministry`), or the name as written; a
/// demonym (`a Russian spokesman`) names none.
fn speaking_for(affiliation: &Mention, registry: &Registry<'_>, hints: &[&Hint]) -> Option<Resolved> {
    if let Some(hint) = hint_for(hints, affiliation.span) {
        return Some(Resolved { names: vec![hint.name.clone()], kind: hint.kind });
    }
    match &affiliation.kind {
        MentionKind::Name { name, kind, .. } => {
            if is_demonym(name) {
                return None;
            }
            // A capitalized word before `spokesman` is an organization, whatever it looks like.
            let kind = if *kind == SpeakerKind::Country { SpeakerKind::Country } else { SpeakerKind::Institution };
            Some(Resolved { names: vec![name.clone()], kind })
        }
        MentionKind::Nominal { kind: SpeakerKind::Institution, text, .. } => registry
            .resolve(affiliation)
            .map(|(resolved, _)| resolved)
            .filter(|r| r.kind != SpeakerKind::Person)
            .or_else(|| Some(Resolved { names: vec![text.clone()], kind: SpeakerKind::Institution })),
        _ => None,
    }
}

/// The hint overlapping `span`, if any (`hints` sorted by start).
pub(crate) fn hint_for<'h>(hints: &[&'h Hint], span: Span) -> Option<&'h Hint> {
    let from = hints.partition_point(|h| h.span.end <= span.start);
    hints[from..].iter().take_while(|h| h.span.start < span.end).find(|h| h.span.overlaps(span)).copied()
}

/// The words a speaker's mention covers: the description and the
/// institution it speaks for (`a spokeswoman for the ministry`).
pub(crate) fn mention_span(mention: &Mention) -> Span {
    mention.affiliation.as_ref().map_or(mention.span, |a| mention.span.cover(a.span))
}
