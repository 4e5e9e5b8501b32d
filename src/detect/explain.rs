//! Explanations: the alert a moderator reads, built from the detector's decision.
//!
//! The stages return plain values (findings, scored addresses, account features, caps); this
//! module turns them into the [`Reason`]s and the [`PostAlert`] of the record envelope, so no
//! stage depends on the output format and every reason comes from a value the decision holds.

use crate::detect::decide::severity;
use crate::detect::detector::{Decision, alert_id};
use crate::detect::event::Post;
use crate::detect::model::{ClassifierMode, Model};
use crate::detect::record::{Action, MatchedSpan, PostAlert, Reason};
use crate::detect::rules::{Hit, RuleSet, SpanSource};
use crate::detect::score::{AccountEvidence, Content, WalletEvidence, round};

/// The alert for a post decided with `action`: every reason, in order (rules, categories,
/// combos, addresses, campaign, account features, caps), and the scores. `c_all` is the content
/// counted for review (`act` and `alert` rules), whose categories and combos are explained.
pub fn alert(
    rules: &RuleSet,
    model: &Model,
    post: &Post,
    decision: &Decision,
    c_all: &Content,
    action: Action,
) -> PostAlert {
    let mut reasons = rule_reasons(rules, post, &decision.findings.hits, c_all);
    reasons.extend(wallet_reasons(&decision.wallet));
    if let Some(m) = &decision.campaign {
        reasons.push(Reason::Campaign {
            campaign_id: m.campaign_id.clone(),
            accounts: m.size,
            contribution: round(model.campaign.bonus),
        });
    }
    if let Some((target, bonus)) = &decision.amplifies {
        reasons.push(Reason::Amplifies {
            target: target.clone(),
            contribution: round(*bonus),
        });
    }
    if let Some(f) = &decision.follow_up {
        reasons.push(Reason::FollowUp {
            target: f.target.clone(),
            carries: f.carries,
            contribution: round(f.bonus),
        });
    }
    reasons.extend(account_reasons(&decision.account));
    reasons.extend(decision.caps.iter().map(Reason::from));
    if let Some(h) = &post.hydration {
        reasons.push(Reason::Hydration {
            status: h.status,
            detail: h.detail.clone(),
        });
    }
    if let (Some(t), Some(policy), Some(c)) =
        (&decision.text, &model.classifier, &model.text_classifier)
    {
        reasons.push(Reason::Model {
            model: c.name().to_string(),
            probability: (t.probability * 1000.0).round() / 1000.0,
            mode: t.mode.as_str(),
            review_at: policy.review_at,
            takedown_at: policy.takedown_at,
            // In shadow mode the lift is only reported, on a `shadow` record.
            lifted_to: t.lift.filter(|_| t.mode == ClassifierMode::Live),
            ngrams: c.explain(&decision.findings.text, &post.text, policy.explain_top),
        });
    }
    let account_score = decision.account.score();
    PostAlert {
        alert_id: alert_id(&post.id),
        tweet_id: post.id.clone(),
        platform: post.platform,
        post_id: post.id.clone(),
        post_url: post
            .permalink
            .clone()
            .or_else(|| post.platform.post_url(&post.id)),
        account_id: post.author.id.clone(),
        username: post.author.username.clone(),
        action,
        severity: severity(action, post.author.followers, post.author.verified),
        score: round(decision.content_score + account_score),
        content_score: round(decision.content_score),
        account_score: round(account_score),
        event_time: post.created_at,
        campaign_id: decision.campaign.as_ref().map(|m| m.campaign_id.clone()),
        lock_ref: decision.lock_ref.clone(),
        followers: post.author.followers,
        verified: post.author.verified,
        retweet_of: post.retweet_of.as_ref().map(|r| r.id.clone()),
        quote_of: post.quote_of.as_ref().map(|r| r.id.clone()),
        text: post.text.clone(),
        reasons,
    }
}

/// One reason per valid address (payable or not: a testnet or allowlisted address is shown
/// with a zero contribution).
pub fn wallet_reasons(wallet: &WalletEvidence) -> impl Iterator<Item = Reason> + '_ {
    wallet.addresses.iter().map(|s| Reason::Wallet {
        chain: s.address.chain,
        network: s.address.network,
        address: s.address.text.clone(),
        checksummed: s.address.checksummed,
        known_scam: s.known_scam,
        allowlisted: s.allowlisted,
        start: s.address.range.start,
        end: s.address.range.end,
        contribution: round(s.contribution),
    })
}

/// One reason per account feature that fired.
pub fn account_reasons(account: &AccountEvidence) -> impl Iterator<Item = Reason> + '_ {
    account.features.iter().map(|f| Reason::Feature {
        name: f.name,
        group: f.story.as_str(),
        detail: f.detail.clone(),
        contribution: round(f.contribution),
    })
}

/// Reasons for every rule hit (all modes; the mode is in the reason) and category.
pub fn rule_reasons(rules: &RuleSet, post: &Post, hits: &[Hit], c: &Content) -> Vec<Reason> {
    let mut out = Vec::with_capacity(hits.len() + c.categories.len());
    for hit in hits {
        let info = &rules.rules()[hit.rule];
        let spans = hit
            .spans
            .iter()
            .map(|s| {
                let (field, index, src) = match s.source {
                    SpanSource::Text => ("text", None, post.text.as_str()),
                    SpanSource::Url(i) => {
                        ("url", Some(i), post.urls.get(i).map_or("", |u| u.as_str()))
                    }
                };
                MatchedSpan {
                    field,
                    index,
                    start: s.range.start,
                    end: s.range.end,
                    text: src.get(s.range.clone()).unwrap_or_default().to_string(),
                    concept: s
                        .concept
                        .and_then(|c| rules.concepts().get(c as usize).cloned()),
                }
            })
            .collect();
        out.push(Reason::Rule {
            rule: info.id.clone(),
            category: info.category.clone(),
            mode: info.mode,
            weight: info.weight,
            spans,
        });
    }
    for (cat, v) in &c.categories {
        out.push(Reason::Category {
            category: cat.to_string(),
            contribution: round(*v),
        });
    }
    for (all, bonus) in &c.combos {
        out.push(Reason::Combo {
            all: all.clone(),
            contribution: round(*bonus),
        });
    }
    out
}
