//! The match stage: normalize a post's text, run the rules over it, extract wallet addresses.
//!
//! Pure and stateless: the same post and rule set always give the same findings, so this stage
//! can run on any thread; everything that depends on history happens later, in order, in
//! [`crate::detect::score`] and [`crate::detect::decide`].

use crate::detect::event::Post;
use crate::detect::links::{self, TextLink};
use crate::detect::normalize::{Text, normalize, normalize_into};
use crate::detect::rules::{Carries, Hit, RuleSet};
use crate::detect::wallet::{self, Address};

/// Everything the matchers found in one post.
#[derive(Clone, Debug, Default)]
pub struct Findings {
    pub text: Text,
    pub hits: Vec<Hit>,
    /// Valid addresses in the original text (any network).
    pub addresses: Vec<Address>,
    /// Links written in the text and offered to the reader (the post's URL entities are in
    /// the post). Links with the reports' `hxxps://` scheme are left out: mentioned, not
    /// offered, so no rule, frame, campaign or link history sees them.
    pub links: Vec<TextLink>,
    /// The post offers a link: a URL entity or one of `links`.
    pub offers_link: bool,
    /// The post gives somewhere private to write to ([`links::has_contact`]); only looked for
    /// when a rule fired (nothing else can use it).
    pub offers_contact: bool,
}

/// Runs normalization, the rule scanner and the wallet extractor over `post`; frames that
/// need an address or a link the post does not have are dropped.
pub fn analyze(post: &Post, rules: &RuleSet) -> Findings {
    analyze_reusing(post, rules, None)
}

/// [`analyze`], normalizing into `spare` (the text of an earlier post's findings) when given:
/// the detector hands back each decided post's text this way, so a stream of posts reuses
/// one set of normalization buffers instead of allocating four per post
/// ([`crate::detect::detector::Detector::recycle`]).
pub fn analyze_reusing(post: &Post, rules: &RuleSet, spare: Option<Text>) -> Findings {
    let text = match spare {
        Some(mut text) => {
            normalize_into(&mut text, &post.text);
            text
        }
        None => normalize(&post.text),
    };
    let mut links = links::in_text(&post.text);
    links::keep_offered(&mut links);
    let mut hits = rules.scan(&post.text, &text, &post.urls, &links);
    let addresses = wallet::extract(&post.text);
    let mut offers_contact = false;
    if !hits.is_empty() {
        let carries = Carries::of(&post.text, &post.urls, &links, !addresses.is_empty());
        offers_contact = carries.contact;
        rules.retain_satisfied(&mut hits, carries);
    }
    let offers_link = !post.urls.is_empty() || !links.is_empty();
    Findings {
        text,
        hits,
        addresses,
        links,
        offers_link,
        offers_contact,
    }
}
