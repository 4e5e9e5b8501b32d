//! The learned text signal: a logistic regression over hashed n-grams of the normalized text.
//!
//! Rules catch what someone thought of; this model catches what the labelled posts and the
//! moderators' verdicts taught it (`scamwatch train`, `docs/model.md`). It is one more piece of
//! evidence, weighed by the detector's policy ([`crate::detect::model::ClassifierPolicy`]): it
//! may lift a post to `review` on its own and to `takedown` only with another signal, and it
//! never locks an account by itself.
//!
//! A model is two files in the models directory: a TOML manifest (`text-model.toml`: features,
//! calibration, where the weights are and their checksum, how it was trained and how well it
//! did out of fold, and examples it must get right) and the weights (`text-model.bin`). Both
//! are validated when loaded, the examples run, and a model that fails any check never
//! replaces a working one.

pub mod features;
pub mod fit;

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::detect::hash::{FNV_OFFSET, fnv_step};
use crate::detect::normalize::{Text, normalize};
use crate::detect::toml_file::{self, FileError};

pub use features::FeatureSpec;

/// The `format` of a manifest.
pub const FORMAT: &str = "scamwatch-text-model";
/// The manifest version this scamwatch reads and writes.
pub const VERSION: u32 = 1;
/// Magic bytes opening a weights file.
pub const WEIGHTS_MAGIC: &[u8; 4] = b"SWTM";

/// The manifest of a text model (`text-model.toml`). Written by `scamwatch train`; documented
/// field by field in `docs/model.md`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    /// A name for reasons and metrics (`text-<data fingerprint>`).
    pub name: String,
    /// The weights file, relative to the manifest's directory.
    pub weights: String,
    /// FNV-1a 64 of the weights file, hex.
    pub weights_fnv1a: String,
    /// The intercept of the linear model.
    pub bias: f64,
    pub calibration: Calibration,
    pub features: FeatureSpec,
    pub training: Training,
    pub cross_validation: CrossValidation,
    /// Posts the model must get right: a scam at or above the review probability, a benign
    /// post below it. Run at every load and by `test-rules`.
    #[serde(default, rename = "example")]
    pub examples: Vec<ModelExample>,
}

/// `p = sigmoid(a · margin + c)`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calibration {
    pub a: f64,
    pub c: f64,
}

/// How the model was trained (for the operator reading the manifest; not used to score).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Training {
    /// RFC 3339; `SOURCE_DATE_EPOCH` when set, so a rebuild gives the same file.
    pub trained_at: String,
    /// FNV-1a 64 over the training examples (normalized text and label, in order).
    pub data_fingerprint: String,
    pub seed: u64,
    pub l2: f64,
    pub iterations: u32,
    pub objective: f64,
    /// Posts read, after dropping near-duplicates, and how labels were settled.
    pub posts_read: u64,
    pub duplicates_dropped: u64,
    pub conflicts_dropped: u64,
    pub verdicts_applied: u64,
    pub verdicts_without_post: u64,
    pub examples: u64,
    pub scam: u64,
    pub benign: u64,
    pub sources: Vec<Source>,
}

/// One training input.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    pub scam: u64,
    pub benign: u64,
}

/// Out-of-fold figures: each post scored by a model that never saw its account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrossValidation {
    pub folds: u32,
    /// How posts were split into folds (`account`: all of an account's posts in one fold).
    pub split: String,
    pub log_loss: f64,
    /// Area under the ROC curve.
    pub auc: f64,
    pub thresholds: Vec<ThresholdRow>,
    /// Per training source, at the shipped review probability.
    pub sources: Vec<SourceFigures>,
}

/// Out-of-fold precision and recall when posts at or above `probability` are flagged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdRow {
    pub probability: f64,
    pub precision: f64,
    pub recall: f64,
    /// Benign posts flagged, per 10,000 benign posts.
    pub false_positives_per_10k: f64,
}

/// Out-of-fold figures of one source at `probability`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFigures {
    pub name: String,
    pub probability: f64,
    pub scam: u64,
    pub benign: u64,
    pub precision: f64,
    pub recall: f64,
    pub false_positives_per_10k: f64,
}

/// A post the model must classify right.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelExample {
    pub text: String,
    /// `scam` or `benign`.
    pub label: String,
}

/// Why a text model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ClassifierError {
    /// The manifest could not be read or does not fit the schema (located).
    #[error(transparent)]
    Manifest(#[from] FileError),
    /// The weights file could not be read.
    #[error("{path}: {source}")]
    WeightsIo {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The manifest or the weights are inconsistent (wrong format, checksum, size, values).
    #[error("{path}: invalid text model: {message}")]
    Invalid { path: PathBuf, message: String },
    /// The model's own examples fail.
    #[error("{path}: text model examples fail:\n  {}", .failures.join("\n  "))]
    Examples {
        path: PathBuf,
        failures: Vec<String>,
    },
}

/// A loaded text model.
#[derive(Clone)]
pub struct Classifier {
    manifest: Manifest,
    weights: Box<[f32]>,
}

impl std::fmt::Debug for Classifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Classifier")
            .field("name", &self.manifest.name)
            .field("dims", &self.weights.len())
            .finish()
    }
}

/// One n-gram's share of a post's score, for the alert.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contribution {
    /// The n-gram as the model saw it (normalized).
    pub ngram: String,
    /// Its share of the margin (log-odds before calibration).
    pub weight: f64,
    /// Byte offsets into the post's text, and the original text there.
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// FNV-1a 64 of a byte string, as the manifest writes it.
pub fn checksum(bytes: &[u8]) -> String {
    format!("{:016x}", fnv_step(FNV_OFFSET, bytes))
}

/// Encodes weights as a weights file: `SWTM`, the version and `hash_bits` (u32 LE each), then
/// `2^hash_bits` f32 LE.
pub fn encode_weights(hash_bits: u8, weights: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(12 + 4 * weights.len());
    out.extend_from_slice(WEIGHTS_MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&u32::from(hash_bits).to_le_bytes());
    for w in weights {
        out.extend_from_slice(&w.to_le_bytes());
    }
    out
}

impl Classifier {
    /// Loads the manifest at `path` and the weights file it names, and validates both.
    ///
    /// # Errors
    /// Unreadable files, a manifest with a located schema error, an inconsistent model.
    pub fn load(path: &Path) -> Result<Classifier, ClassifierError> {
        let manifest: Manifest = toml_file::load(path)?;
        let wpath = path
            .parent()
            .unwrap_or(Path::new("."))
            .join(&manifest.weights);
        let bytes = std::fs::read(&wpath).map_err(|source| ClassifierError::WeightsIo {
            path: wpath.clone(),
            source,
        })?;
        Classifier::from_parts(manifest, &bytes, path)
    }

    /// Parses manifest source and weights bytes; `path` names the manifest in messages.
    ///
    /// # Errors
    /// As [`Classifier::load`].
    pub fn parse(src: &str, weights: &[u8], path: &Path) -> Result<Classifier, ClassifierError> {
        let manifest: Manifest = toml_file::parse(src, path)?;
        Classifier::from_parts(manifest, weights, path)
    }

    /// A model from a manifest and its weights file's bytes, validated.
    ///
    /// # Errors
    /// [`ClassifierError::Invalid`] naming what is wrong.
    pub fn from_parts(
        manifest: Manifest,
        bytes: &[u8],
        path: &Path,
    ) -> Result<Classifier, ClassifierError> {
        let invalid = |message: String| ClassifierError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        if manifest.format != FORMAT {
            return Err(invalid(format!(
                "format is `{}`, expected `{FORMAT}`",
                manifest.format
            )));
        }
        if manifest.version != VERSION {
            return Err(invalid(format!(
                "version {} is not supported (this scamwatch reads version {VERSION})",
                manifest.version
            )));
        }
        manifest.features.validate().map_err(invalid)?;
        let sum = checksum(bytes);
        if sum != manifest.weights_fnv1a {
            return Err(invalid(format!(
                "{}: checksum {sum} does not match weights_fnv1a {} (a truncated or replaced file)",
                manifest.weights, manifest.weights_fnv1a
            )));
        }
        let dims = manifest.features.dims();
        if bytes.len() != 12 + 4 * dims || &bytes[..4] != WEIGHTS_MAGIC {
            return Err(invalid(format!(
                "{}: not a weights file for 2^{} weights ({} bytes)",
                manifest.weights,
                manifest.features.hash_bits,
                bytes.len()
            )));
        }
        let head = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        if head(4) != VERSION || head(8) != u32::from(manifest.features.hash_bits) {
            return Err(invalid(format!(
                "{}: header says version {} and 2^{} weights, the manifest version {VERSION} and 2^{}",
                manifest.weights,
                head(4),
                head(8),
                manifest.features.hash_bits
            )));
        }
        let weights: Box<[f32]> = bytes[12..]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if weights.iter().any(|w| !w.is_finite()) {
            return Err(invalid("weights: a weight is not a finite number".into()));
        }
        let numbers = [
            ("bias", manifest.bias),
            ("calibration.a", manifest.calibration.a),
            ("calibration.c", manifest.calibration.c),
        ];
        if let Some((name, _)) = numbers.iter().find(|(_, v)| !v.is_finite()) {
            return Err(invalid(format!("{name} is not a finite number")));
        }
        if manifest.calibration.a <= 0.0 {
            return Err(invalid(
                "calibration.a must be positive (a higher margin must mean more likely a scam)"
                    .into(),
            ));
        }
        if let Some(e) = manifest
            .examples
            .iter()
            .find(|e| e.label != "scam" && e.label != "benign")
        {
            return Err(invalid(format!(
                "example label must be `scam` or `benign`, found `{}`",
                e.label
            )));
        }
        Ok(Classifier { manifest, weights })
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    pub fn name(&self) -> &str {
        &self.manifest.name
    }

    /// The margin (log-odds before calibration) of a normalized text.
    pub fn margin(&self, norm: &str) -> f64 {
        let mut sum = 0.0f32;
        let n = features::visit(&self.manifest.features, norm, |b, _, _| {
            sum += self.weights[b as usize];
        });
        self.manifest.bias + fit::scale(n as usize) * f64::from(sum)
    }

    /// The calibrated probability that a normalized text is a scam.
    pub fn probability(&self, norm: &str) -> f64 {
        self.calibrate(self.margin(norm))
    }

    /// The probability of a margin.
    pub fn calibrate(&self, margin: f64) -> f64 {
        let c = self.manifest.calibration;
        fit::sigmoid(c.a * margin + c.c)
    }

    /// The `top` words and word pairs that pushed `text` most towards scam, with the original
    /// spans they came from. A word's share is its unigram and the byte n-grams starting in it;
    /// a pair's share is its bigram.
    pub fn explain(&self, text: &Text, original: &str, top: usize) -> Vec<Contribution> {
        let norm = text.as_str();
        let tokens: Vec<Range<usize>> = text.tokens().collect();
        if tokens.is_empty() {
            return Vec::new();
        }
        // Per token: (unigram + byte grams, bigram ending at it).
        let mut word = vec![0.0f64; tokens.len()];
        let mut pair = vec![0.0f64; tokens.len()];
        let token_at = |pos: usize| {
            tokens
                .partition_point(|t| t.end <= pos)
                .min(tokens.len() - 1)
        };
        let n = features::visit(&self.manifest.features, norm, |b, kind, r| {
            let w = f64::from(self.weights[b as usize]);
            match kind {
                features::Kind::Word | features::Kind::Bytes => word[token_at(r.start)] += w,
                features::Kind::Bigram => pair[token_at(r.end - 1)] += w,
            }
        });
        let sc = fit::scale(n as usize);
        let mut items: Vec<(f64, Range<usize>)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            items.push((word[i] * sc, t.clone()));
            if i > 0 {
                items.push((pair[i] * sc, tokens[i - 1].start..t.end));
            }
        }
        items.retain(|(w, _)| *w > 0.0);
        items.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.start.cmp(&b.1.start)));
        items.truncate(top);
        items
            .into_iter()
            .map(|(w, r)| {
                let orig = text.original_range(r.clone());
                Contribution {
                    ngram: norm[r].to_string(),
                    weight: (w * 1000.0).round() / 1000.0,
                    start: orig.start,
                    end: orig.end,
                    text: original.get(orig).unwrap_or("").to_string(),
                }
            })
            .collect()
    }

    /// The examples that fail at review probability `review_at`, one line each.
    pub fn failing_examples(&self, review_at: f64) -> Vec<String> {
        self.manifest
            .examples
            .iter()
            .filter_map(|e| {
                let p = self.probability(normalize(&e.text).as_str());
                let scam = e.label == "scam";
                (scam != (p >= review_at)).then(|| {
                    format!(
                        "{} example scores {p:.3} ({} the review probability {review_at}): {:?}",
                        e.label,
                        if scam { "below" } else { "at or above" },
                        e.text
                    )
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny(examples: Vec<ModelExample>) -> (Manifest, Vec<u8>) {
        let features = FeatureSpec {
            hash_bits: 10,
            word_ngrams: 1,
            byte_ngrams: vec![],
            ..FeatureSpec::default()
        };
        let mut w = vec![0.0f32; features.dims()];
        // "double" strongly scam, "news" strongly benign.
        features::visit(&features, " double ", |b, _, _| w[b as usize] = 4.0);
        features::visit(&features, " news ", |b, _, _| w[b as usize] = -4.0);
        let bytes = encode_weights(10, &w);
        let m = Manifest {
            format: FORMAT.into(),
            version: VERSION,
            name: "text-test".into(),
            weights: "text-model.bin".into(),
            weights_fnv1a: checksum(&bytes),
            bias: 0.0,
            calibration: Calibration { a: 1.0, c: 0.0 },
            features,
            training: Training::default(),
            cross_validation: CrossValidation::default(),
            examples,
        };
        (m, bytes)
    }

    #[test]
    fn scores_explains_and_maps_back_to_the_original() {
        let (m, bytes) = tiny(vec![]);
        let c = Classifier::from_parts(m, &bytes, Path::new("t.toml")).unwrap();
        let t = normalize("I will D O U B L E it");
        let p = c.probability(t.as_str());
        // Four tokens (`i will double it`), one of weight 4: margin 4/sqrt(4).
        assert!((p - fit::sigmoid(2.0)).abs() < 1e-9, "{p}");
        let why = c.explain(&t, "I will D O U B L E it", 3);
        assert_eq!(why.len(), 1);
        assert_eq!(
            (why[0].ngram.as_str(), why[0].text.as_str()),
            ("double", "D O U B L E")
        );
        assert!(c.probability(normalize("news").as_str()) < 0.05);
    }

    #[test]
    fn a_broken_model_is_refused_with_the_reason() {
        let (m, bytes) = tiny(vec![]);
        let path = Path::new("models/text-model.toml");
        let cases: Vec<(Manifest, Vec<u8>, &str)> = vec![
            (m.clone(), bytes[..bytes.len() - 4].to_vec(), "checksum"),
            (
                Manifest {
                    format: "x".into(),
                    ..m.clone()
                },
                bytes.clone(),
                "format",
            ),
            (
                Manifest {
                    version: 9,
                    ..m.clone()
                },
                bytes.clone(),
                "version 9",
            ),
            (
                Manifest {
                    calibration: Calibration { a: -1.0, c: 0.0 },
                    ..m.clone()
                },
                bytes.clone(),
                "calibration.a",
            ),
            (
                Manifest {
                    bias: f64::NAN,
                    ..m.clone()
                },
                bytes.clone(),
                "bias",
            ),
            (
                Manifest {
                    examples: vec![ModelExample {
                        text: "x".into(),
                        label: "spam".into(),
                    }],
                    ..m.clone()
                },
                bytes.clone(),
                "`spam`",
            ),
        ];
        for (man, b, needle) in cases {
            let e = Classifier::from_parts(man, &b, path)
                .unwrap_err()
                .to_string();
            assert!(
                e.contains(needle) && e.starts_with("models/text-model.toml"),
                "{e}"
            );
        }
        // A right-sized file whose checksum matches but whose header lies.
        let mut lying = bytes.clone();
        lying[8] = 11;
        let man = Manifest {
            weights_fnv1a: checksum(&lying),
            ..m.clone()
        };
        let e = Classifier::from_parts(man, &lying, path)
            .unwrap_err()
            .to_string();
        assert!(e.contains("header"), "{e}");
        // A TOML error is located.
        let e = Classifier::parse("format = \n", &bytes, path)
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("models/text-model.toml:1:"), "{e}");
    }

    #[test]
    fn examples_say_which_side_of_the_threshold_they_fell() {
        let ex = |t: &str, l: &str| ModelExample {
            text: t.into(),
            label: l.into(),
        };
        let (m, bytes) = tiny(vec![
            ex("double", "scam"),
            ex("news", "benign"),
            ex("news", "scam"),
            ex("double", "benign"),
        ]);
        let c = Classifier::from_parts(m, &bytes, Path::new("t.toml")).unwrap();
        let f = c.failing_examples(0.5);
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(
            f[0].starts_with("scam example scores 0.018 (below"),
            "{}",
            f[0]
        );
        assert!(
            f[1].starts_with("benign example scores 0.982 (at or above"),
            "{}",
            f[1]
        );
    }
}
