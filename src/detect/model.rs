//! The scoring model: every weight and threshold the scorer and the policy use.
//!
//! Weights live in `models/model.toml`, not in code, so a trust-and-safety team can retune them
//! (and replay history against the change) without a rebuild. The file is validated when it is
//! loaded: unknown keys, non-finite numbers and thresholds out of order are errors, reported with
//! their position, and a bad file never replaces a working model.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use std::sync::{Arc, OnceLock};

use serde::Deserialize;

use crate::detect::classifier::{Classifier, ClassifierError};
use crate::detect::toml_file::{self, FileError};

/// The file name looked up inside a models directory.
pub const MODEL_FILE: &str = "model.toml";

/// The scoring model. See `docs/scoring.md` for what each number means.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub text: TextModel,
    pub wallet: WalletModel,
    pub hijack: HijackModel,
    pub scam_account: ScamAccountModel,
    pub campaign: CampaignModel,
    /// Replies and quotes that vouch for a post just taken down; absent: not scored.
    #[serde(default)]
    pub amplification: Option<AmplificationModel>,
    pub thresholds: Thresholds,
    pub policy: Policy,
    /// How the learned text signal weighs in; absent: no text model.
    #[serde(default)]
    pub classifier: Option<ClassifierPolicy>,
    /// The text model `classifier.manifest` names, loaded and checked with the model.
    #[serde(skip)]
    pub text_classifier: Option<Arc<Classifier>>,
}

/// How the learned text signal ([`crate::detect::classifier`]) weighs in on a decision.
///
/// It can lift a post to `review` on its own (probability ≥ `review_at`) and to `takedown`
/// only together with another signal (a payable address, a link, a frame rule, a campaign) at
/// probability ≥ `takedown_at`, for a post the rules graded or scored at least
/// `takedown_rules_score`; it never locks an account by itself (see
/// [`crate::detect::decide::text_lift`]). In `shadow` mode it changes
/// nothing and a `shadow` record says what it would have done.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassifierPolicy {
    /// The manifest in the models directory (`text-model.toml`).
    pub manifest: String,
    pub mode: ClassifierMode,
    pub review_at: f64,
    pub takedown_at: f64,
    /// The rules' content score from which the model may also lift a post the rules left
    /// below review to `takedown` (with the same support and probability). The rules' partial
    /// evidence and the model's confidence are then the two opinions. Absent: only posts the
    /// rules graded.
    #[serde(default)]
    pub takedown_rules_score: Option<f64>,
    /// `takedown_at` for an account whose own history says it was taken over (the lift then
    /// locks): the hijack evidence is a third opinion. Absent: `takedown_at`.
    #[serde(default)]
    pub hijacked_takedown_at: Option<f64>,
    /// The alert names this many n-grams that pushed the post most towards scam.
    pub explain_top: usize,
}

/// Whether the text model acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClassifierMode {
    /// Its lifts apply.
    Live,
    /// Its lifts are only reported, as `shadow` records.
    Shadow,
}

impl ClassifierMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ClassifierMode::Live => "live",
            ClassifierMode::Shadow => "shadow",
        }
    }
}

/// How rule hits become the text part of the content score.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextModel {
    /// Per category: the sum of the weights of the rules that fired in it is clamped to
    /// `[-cap, cap]`, so many synonyms of one idea do not pile up. Categories absent here use
    /// `default_cap`.
    pub caps: BTreeMap<String, f64>,
    pub default_cap: f64,
    /// Bonuses for evidence that co-occurs: a promise to multiply is ordinary banter; a promise
    /// to multiply next to a payable address is the scam.
    #[serde(default)]
    pub combo: Vec<Combo>,
    /// Categories that make a post "crypto content" for the history features.
    pub crypto_categories: Vec<String>,
}

/// A bonus granted when every listed piece of evidence is present. Evidence names are rule
/// categories plus `wallet` (a payable, validated address) and `known_scam_address`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Combo {
    pub all: Vec<String>,
    pub bonus: f64,
    /// Only when no category scored negative (no warning, news or price talk read in the
    /// post): for evidence a report of a scam carries as often as the scam does, such as a link.
    #[serde(default)]
    pub undisputed: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WalletModel {
    /// A payable mainnet address whose checksum passed.
    pub checksummed: f64,
    /// A payable address without a checksum to check (SOL, all-lowercase ETH).
    pub unchecksummed: f64,
    /// The address is on a known-scam list.
    pub known_scam: f64,
    /// Addresses beyond the first add nothing more than this in total.
    pub cap: f64,
}

/// Sudden departures from the account's own history: the signature of a hijacked account.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HijackModel {
    /// History features need at least this many earlier posts from the account.
    pub min_history_posts: u32,
    pub first_crypto_post: f64,
    pub first_wallet_post: f64,
    pub new_client: f64,
    pub unusual_hour: f64,
    pub new_language: f64,
    /// A security event (password reset, email change, new-device login, MFA disabled) shortly
    /// before the post.
    pub security_event: f64,
    pub security_event_window_hours: f64,
    /// The account, with history of its own, posts the same address or text as other
    /// accounts: a campaign run through taken-over accounts.
    pub campaign_member: f64,
    /// Extra weight when the account is old and large: hijackers want reach.
    pub established_account: f64,
    pub established_min_followers: u64,
    pub established_min_age_days: f64,
    /// At or above this, a scam post locks the account as hijacked.
    pub lock_threshold: f64,
    /// On top of `first_crypto_post`, when that first crypto post is itself a scam frame (a
    /// transfer-and-return promise, a claim link): what the post *is*, not which phrase
    /// matched, against years of history.
    #[serde(default)]
    pub first_crypto_post_is_scam: f64,
    /// The account talks crypto but never posted a scam frame before, and this post is one
    /// with somewhere to send or go (a payable address or a link): a crypto account's first
    /// "send and get double back" (absent: 0, off).
    #[serde(default)]
    pub first_scam_frame: f64,
    /// A scam frame that links a host the account never linked before (absent: 0, off).
    #[serde(default)]
    pub new_link_host: f64,
    /// An account whose first crypto post came at most this many hours before the post is
    /// still new to crypto: a takeover is an episode, and its first post may have been only a
    /// review (absent: 0, only the very first crypto post counts).
    #[serde(default)]
    pub first_crypto_episode_hours: f64,
    /// Categories whose frames count as a scam frame for `first_crypto_post_is_scam`.
    #[serde(default)]
    pub scam_frame_categories: Vec<String>,
}

/// New, tiny accounts made to post scams.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScamAccountModel {
    pub new_account: f64,
    pub new_account_max_age_days: f64,
    pub few_followers: f64,
    pub few_followers_max: u64,
    /// Earlier posts of this account already alerted as scams.
    pub repeat_offender: f64,
    /// At or above this, a scam post locks the account as a dedicated scam account.
    pub lock_threshold: f64,
}

/// One address or one text from many accounts.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignModel {
    pub window_minutes: f64,
    /// Distinct accounts needed to call it a campaign.
    pub min_accounts: usize,
    /// Added to the content score of every member post once the campaign is formed.
    pub bonus: f64,
    /// A post joins campaign groups only when at least one of these categories fired with a
    /// positive contribution: an address or a text repeated by researchers and news is not a
    /// campaign, an address repeated with a promise to multiply is.
    pub require_any: Vec<String>,
}

/// The scam's chorus: a reply to an account, or a quote of a post, that the detector took down
/// or locked within the window, which vouches for it ("can confirm, sent 0.5 got 1 back"). The
/// giveaway's own bots and accomplices write them; a warning, a question or a report about the
/// same post carries negative evidence and never qualifies.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmplificationModel {
    pub window_minutes: f64,
    /// Added to the content score of a qualifying reply or quote.
    pub bonus: f64,
    /// The reply or quote qualifies only when one of these categories fired with a positive
    /// contribution (the vouching words) and no category is negative.
    pub require_any: Vec<String>,
    /// Added to the content score of a post whose own account was taken down or locked within
    /// the window and which gives a payable address or a link again, with no negative evidence
    /// (the scam's next post). Off when absent.
    #[serde(default)]
    pub follow_up_bonus: Option<f64>,
}

/// Content-score thresholds for the actions.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub review: f64,
    pub takedown: f64,
}

/// The mass-action brake and deduplication.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub budget_window_minutes: f64,
    /// Locks allowed per budget window; past it, locks become reviews and a circuit-breaker
    /// record is emitted.
    pub max_locks: u32,
    pub max_takedowns: u32,
    /// One lock per account per this many hours; later scam posts reference it.
    pub lock_dedupe_hours: f64,
    /// A post whose id was processed within this many seconds of event time is a duplicate
    /// (an upstream resuming from a cursor re-sends a few) and is dropped.
    pub duplicate_window_seconds: f64,
}

/// Why a model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The file could not be read, or does not fit the schema (located).
    #[error(transparent)]
    File(#[from] FileError),
    /// The file parsed but a value is out of range or thresholds are out of order.
    #[error("{path}: invalid model: {message}")]
    Invalid { path: PathBuf, message: String },
    /// The text model the model names does not load, or fails its examples.
    #[error(transparent)]
    Classifier(#[from] ClassifierError),
}

impl Model {
    /// Loads and validates `DIR/model.toml`.
    ///
    /// # Errors
    /// I/O, TOML syntax or schema errors (with `file:line:col`), or a failed validation.
    pub fn load_dir(dir: &Path) -> Result<Model, ModelError> {
        let path = dir.join(MODEL_FILE);
        let model: Model = toml_file::load(&path)?;
        let mut model = model.validated(&path)?;
        if let Some(policy) = &model.classifier {
            let manifest = dir.join(&policy.manifest);
            let c = Classifier::load(&manifest)?;
            model.text_classifier = Some(Arc::new(checked(c, policy, &manifest)?));
        }
        Ok(model)
    }

    /// Parses and validates model source; `path` is only used in messages.
    ///
    /// # Errors
    /// As [`Model::load_dir`].
    pub fn parse(src: &str, path: &Path) -> Result<Model, ModelError> {
        let model: Model = toml_file::parse(src, path)?;
        model.validated(path)
    }

    /// The model, when [`Model::validate`] accepts it.
    fn validated(self, path: &Path) -> Result<Model, ModelError> {
        self.validate().map_err(|message| ModelError::Invalid {
            path: path.to_path_buf(),
            message,
        })?;
        Ok(self)
    }

    /// The built-in default model (the repository's `models/model.toml`, compiled in), so the
    /// binary runs with no files around it.
    pub fn builtin() -> Model {
        let mut model = Self::parse(BUILTIN, Path::new("<builtin>/model.toml"))
            .expect("the built-in model is validated by the test suite");
        model.text_classifier = model.classifier.as_ref().map(|_| builtin_classifier());
        model
    }

    fn validate(&self) -> Result<(), String> {
        let mut numbers: Vec<(&str, f64)> = vec![
            ("text.default_cap", self.text.default_cap),
            ("wallet.checksummed", self.wallet.checksummed),
            ("wallet.unchecksummed", self.wallet.unchecksummed),
            ("wallet.known_scam", self.wallet.known_scam),
            ("wallet.cap", self.wallet.cap),
            ("hijack.first_crypto_post", self.hijack.first_crypto_post),
            ("hijack.first_wallet_post", self.hijack.first_wallet_post),
            ("hijack.new_client", self.hijack.new_client),
            ("hijack.unusual_hour", self.hijack.unusual_hour),
            ("hijack.new_language", self.hijack.new_language),
            ("hijack.security_event", self.hijack.security_event),
            ("hijack.campaign_member", self.hijack.campaign_member),
            ("hijack.new_link_host", self.hijack.new_link_host),
            (
                "hijack.first_crypto_episode_hours",
                self.hijack.first_crypto_episode_hours,
            ),
            (
                "hijack.security_event_window_hours",
                self.hijack.security_event_window_hours,
            ),
            (
                "hijack.established_account",
                self.hijack.established_account,
            ),
            (
                "hijack.established_min_age_days",
                self.hijack.established_min_age_days,
            ),
            ("hijack.lock_threshold", self.hijack.lock_threshold),
            ("scam_account.new_account", self.scam_account.new_account),
            (
                "scam_account.new_account_max_age_days",
                self.scam_account.new_account_max_age_days,
            ),
            (
                "scam_account.few_followers",
                self.scam_account.few_followers,
            ),
            (
                "scam_account.repeat_offender",
                self.scam_account.repeat_offender,
            ),
            (
                "scam_account.lock_threshold",
                self.scam_account.lock_threshold,
            ),
            ("campaign.window_minutes", self.campaign.window_minutes),
            ("campaign.bonus", self.campaign.bonus),
            (
                "amplification.window_minutes",
                self.amplification
                    .as_ref()
                    .map_or(0.0, |a| a.window_minutes),
            ),
            (
                "amplification.bonus",
                self.amplification.as_ref().map_or(0.0, |a| a.bonus),
            ),
            (
                "amplification.follow_up_bonus",
                self.amplification
                    .as_ref()
                    .and_then(|a| a.follow_up_bonus)
                    .unwrap_or(0.0),
            ),
            ("thresholds.review", self.thresholds.review),
            ("thresholds.takedown", self.thresholds.takedown),
            (
                "policy.budget_window_minutes",
                self.policy.budget_window_minutes,
            ),
            ("policy.lock_dedupe_hours", self.policy.lock_dedupe_hours),
            (
                "policy.duplicate_window_seconds",
                self.policy.duplicate_window_seconds,
            ),
        ];
        for (k, v) in &self.text.caps {
            numbers.push((k.as_str(), *v));
        }
        for c in &self.text.combo {
            numbers.push(("text.combo.bonus", c.bonus));
        }
        for (name, v) in &numbers {
            if !v.is_finite() {
                return Err(format!("{name} must be a finite number"));
            }
            if *v < 0.0 {
                return Err(format!("{name} must not be negative (got {v})"));
            }
        }
        if self.thresholds.review <= 0.0 {
            return Err("thresholds.review must be greater than 0".into());
        }
        if self.thresholds.takedown < self.thresholds.review {
            return Err(format!(
                "thresholds.takedown ({}) must not be below thresholds.review ({})",
                self.thresholds.takedown, self.thresholds.review
            ));
        }
        if self.campaign.min_accounts < 2 {
            return Err("campaign.min_accounts must be at least 2".into());
        }
        for (name, v) in [
            ("campaign.window_minutes", self.campaign.window_minutes),
            (
                "policy.budget_window_minutes",
                self.policy.budget_window_minutes,
            ),
            ("hijack.lock_threshold", self.hijack.lock_threshold),
            (
                "scam_account.lock_threshold",
                self.scam_account.lock_threshold,
            ),
        ] {
            if v <= 0.0 {
                return Err(format!("{name} must be greater than 0"));
            }
        }
        for c in &self.text.combo {
            if c.all.is_empty() {
                return Err("text.combo.all must name at least one piece of evidence".into());
            }
        }
        if let Some(c) = &self.classifier {
            for (name, v) in [
                ("classifier.review_at", c.review_at),
                ("classifier.takedown_at", c.takedown_at),
                (
                    "classifier.hijacked_takedown_at",
                    c.hijacked_takedown_at.unwrap_or(c.takedown_at),
                ),
            ] {
                if !(v > 0.0 && v < 1.0) {
                    return Err(format!("{name} must be a probability in (0, 1), found {v}"));
                }
            }
            if let Some(s) = c.takedown_rules_score
                && !(s > 0.0 && s <= self.thresholds.review)
            {
                return Err(format!(
                    "classifier.takedown_rules_score must be greater than 0 and at most thresholds.review ({}), found {s}",
                    self.thresholds.review
                ));
            }
            if c.manifest.trim().is_empty() {
                return Err("classifier.manifest must name the text model's manifest".into());
            }
        }
        Ok(())
    }

    /// The clamp for a category's summed rule weights.
    pub fn cap(&self, category: &str) -> f64 {
        self.text
            .caps
            .get(category)
            .copied()
            .unwrap_or(self.text.default_cap)
    }
}

const BUILTIN: &str = include_str!("../../models/model.toml");
const BUILTIN_MANIFEST: &str = include_str!("../../models/text-model.toml");
const BUILTIN_WEIGHTS: &[u8] = include_bytes!("../../models/text-model.bin");

/// The repository's text model, compiled in (parsed once per process).
fn builtin_classifier() -> Arc<Classifier> {
    static CELL: OnceLock<Arc<Classifier>> = OnceLock::new();
    CELL.get_or_init(|| {
        let path = Path::new("<builtin>/text-model.toml");
        let c = Classifier::parse(BUILTIN_MANIFEST, BUILTIN_WEIGHTS, path)
            .expect("the built-in text model is validated by the test suite");
        Arc::new(c)
    })
    .clone()
}

/// The classifier, when its own examples pass at the policy's review probability.
fn checked(
    c: Classifier,
    policy: &ClassifierPolicy,
    path: &Path,
) -> Result<Classifier, ClassifierError> {
    let failures = c.failing_examples(policy.review_at);
    if failures.is_empty() {
        Ok(c)
    } else {
        Err(ClassifierError::Examples {
            path: path.to_path_buf(),
            failures,
        })
    }
}

impl fmt::Display for Combo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.all.join("+"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_model_is_valid() {
        let m = Model::builtin();
        assert!(m.thresholds.takedown >= m.thresholds.review);
    }

    #[test]
    fn unknown_key_is_located() {
        let src = BUILTIN.replacen("[thresholds]", "[thresholds]\nreveiw = 1.0", 1);
        let err = Model::parse(&src, Path::new("m.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("m.toml:"), "{msg}");
        assert!(msg.contains("reveiw"), "{msg}");
        let line = src.lines().position(|l| l.starts_with("reveiw")).unwrap() + 1;
        assert!(msg.starts_with(&format!("m.toml:{line}:1:")), "{msg}");
    }

    #[test]
    fn thresholds_out_of_order_are_rejected() {
        let src = BUILTIN.replace("takedown = 6.0", "takedown = 1.0");
        let err = Model::parse(&src, Path::new("m.toml")).unwrap_err();
        assert!(err.to_string().contains("thresholds.takedown"), "{err}");
    }

    #[test]
    fn classifier_settings_out_of_range_are_rejected() {
        // (replace, with, the error names)
        let table = [
            (
                "takedown_rules_score = 2.0",
                "takedown_rules_score = 3.5",
                "classifier.takedown_rules_score",
            ),
            (
                "takedown_rules_score = 2.0",
                "takedown_rules_score = 0.0",
                "classifier.takedown_rules_score",
            ),
            (
                "hijacked_takedown_at = 0.9",
                "hijacked_takedown_at = 1.0",
                "classifier.hijacked_takedown_at",
            ),
            (
                "takedown_at = 0.98",
                "takedown_at = 0",
                "classifier.takedown_at",
            ),
        ];
        for (from, to, names) in table {
            assert!(BUILTIN.contains(from), "{from}");
            let src = BUILTIN.replace(from, to);
            let err = Model::parse(&src, Path::new("m.toml")).unwrap_err();
            assert!(err.to_string().contains(names), "{to}: {err}");
        }
        let m = Model::builtin();
        let c = m
            .classifier
            .as_ref()
            .expect("the shipped model has a classifier");
        assert_eq!(c.takedown_rules_score, Some(2.0));
        assert_eq!(c.hijacked_takedown_at, Some(0.9));
    }
}
