//! `scamwatch train`: fit the text model on labelled posts and moderator verdicts.
//!
//! 1. **Read**: posts in any input format replay reads (`--posts`, bad lines reported with
//!    their number and skipped), labels in the backtest's CSV (`--labels`), labelled JSON
//!    Lines (`--labelled`: `{"text", "label", "id"?, "account_id"?}`) and moderator verdicts
//!    (`--verdicts`, `docs/verdicts.md`). A verdict outranks every other label of its post;
//!    posts with no label at all only serve as the text a verdict refers to.
//! 2. **Deduplicate**: posts whose normalized text is the same once numbers, addresses and
//!    other long tokens are left out count once, so one campaign of a thousand copies cannot
//!    outvote everything else. A group whose members disagree is dropped, unless a moderator
//!    decided one of them.
//! 3. **Split by account**: each account's posts all go to one of `folds` folds (a hash of the
//!    account id and the seed), so no account is in both the training and the test part.
//! 4. **Cross-validate** ([`fit::fit`] on all folds but one, score the held-out one), then
//!    **calibrate** the out-of-fold margins ([`fit::platt`]): the model's number is a
//!    probability a moderator can read. Precision and recall per threshold and per source go
//!    into the manifest.
//! 5. **Fit** on everything, check the model's own examples, and write the weights and the
//!    manifest (each to a temporary file, then renamed: a reader never sees half a model).
//!
//! Given the same inputs, options and `SOURCE_DATE_EPOCH`, the files are byte-identical.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::detect::campaign::wording_hash;
use crate::detect::classifier::fit::{self, Dataset, FitParams, Linear};
use crate::detect::classifier::{
    self, Calibration, Classifier, CrossValidation, FeatureSpec, Manifest, ModelExample, Source,
    SourceFigures, ThresholdRow, Training, features,
};
use crate::detect::event::Input;
use crate::detect::hash::{FNV_OFFSET, fnv_step, fnv1a};
use crate::detect::normalize::normalize;
use crate::detect::toml_file::{self, FileError};
use crate::detect::verdict;
use crate::source::lines::{DEFAULT_MAX_LINE_LEN, LineReader};
use crate::tools::backtest::{Labels, LabelsError, PostLabel};

/// The manifest and weights file names `train` writes.
pub const MANIFEST_FILE: &str = "text-model.toml";
pub const WEIGHTS_FILE: &str = "text-model.bin";
/// Examples the written model must pass, read from the output directory when present.
pub const EXAMPLES_FILE: &str = "text-model-examples.toml";

/// Probabilities of the manifest's threshold table.
const TABLE: [f64; 9] = [0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99];

/// What to train on and how.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    pub posts: Vec<PathBuf>,
    pub labels: Vec<PathBuf>,
    pub labelled: Vec<PathBuf>,
    pub verdicts: Vec<PathBuf>,
    /// Where the manifest and the weights go (the models directory).
    pub out: PathBuf,
    pub seed: u64,
    pub folds: u32,
    pub l2: f64,
    pub features: FeatureSpec,
    /// A moderator's verdict counts as this many labelled posts.
    pub verdict_weight: f64,
    /// The model's examples (`[[example]]` with `text` and `label`); default
    /// `OUT/text-model-examples.toml` when it exists.
    pub examples: Option<PathBuf>,
    /// The review probability the per-source figures and the examples use.
    pub review_at: f64,
    pub max_line_bytes: usize,
    /// Write nothing: report the cross-validated figures only.
    pub dry_run: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            posts: Vec::new(),
            labels: Vec::new(),
            labelled: Vec::new(),
            verdicts: Vec::new(),
            out: PathBuf::from("models"),
            seed: 1,
            folds: 5,
            l2: DEFAULT_L2,
            features: FeatureSpec::default(),
            verdict_weight: 5.0,
            examples: None,
            review_at: 0.9,
            max_line_bytes: DEFAULT_MAX_LINE_LEN,
            dry_run: false,
        }
    }
}

/// The default L2 penalty (chosen by cross-validation on the shipped training data; see
/// `docs/model.md`).
pub const DEFAULT_L2: f64 = 3e-6;

/// Why training stopped.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(transparent)]
    Labels(#[from] LabelsError),
    #[error(transparent)]
    Examples(#[from] FileError),
    #[error("not enough to train on: {0}")]
    NoData(String),
    #[error("{0}")]
    Options(String),
    #[error("the trained model fails its own examples (nothing written):\n  {}", .0.join("\n  "))]
    ExamplesFail(Vec<String>),
}

/// What `train` reports while it works.
#[derive(Clone, Copy, Debug)]
pub enum Progress {
    /// Fit `fit` of `fits` (the folds, then the final fit) reached `iteration`.
    Fit { fit: u32, fits: u32, iteration: u32 },
}

/// What a run produced.
#[derive(Debug)]
pub struct TrainReport {
    pub manifest: Manifest,
    /// Files written (none on a dry run).
    pub written: Vec<PathBuf>,
    /// Input lines skipped (reported on `diag`).
    pub skipped_lines: u64,
}

impl TrainReport {
    /// The human summary.
    pub fn render(&self) -> String {
        let m = &self.manifest;
        let t = &m.training;
        let cv = &m.cross_validation;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "train: {} posts read, {} near-duplicates and {} conflicting groups dropped, {} verdicts applied ({} without their post), {} lines skipped",
            t.posts_read,
            t.duplicates_dropped,
            t.conflicts_dropped,
            t.verdicts_applied,
            t.verdicts_without_post,
            self.skipped_lines
        );
        let _ = writeln!(
            out,
            "train: {} examples ({} scam, {} benign), l2 {}, {} iterations",
            t.examples, t.scam, t.benign, t.l2, t.iterations
        );
        let _ = writeln!(
            out,
            "train: out of fold ({} folds by account): AUC {:.4}, log loss {:.4}",
            cv.folds, cv.auc, cv.log_loss
        );
        let _ = writeln!(out, "  p >=   precision  recall  benign flagged /10k");
        for r in &cv.thresholds {
            let _ = writeln!(
                out,
                "  {:<6} {:<10.3} {:<7.3} {:.1}",
                r.probability, r.precision, r.recall, r.false_positives_per_10k
            );
        }
        for s in &cv.sources {
            let _ = writeln!(
                out,
                "  {} at p >= {}: {} scam, {} benign: precision {:.3}, recall {:.3}, benign flagged {:.1}/10k",
                s.name,
                s.probability,
                s.scam,
                s.benign,
                s.precision,
                s.recall,
                s.false_positives_per_10k
            );
        }
        for p in &self.written {
            let _ = writeln!(out, "train: wrote {}", p.display());
        }
        out
    }
}

/// A labelled JSON Lines record (`--labelled`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelledLine {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    account_id: Option<String>,
    text: String,
    label: String,
}

/// A post read from the inputs.
struct Candidate {
    id: String,
    account: String,
    norm: String,
    source: usize,
    label: Option<bool>,
    verdict: Option<bool>,
}

/// Trains and (unless a dry run) writes the model. Bad input lines are reported on `diag`
/// with their file and line number and skipped.
///
/// # Errors
/// Unreadable inputs, a bad labels file (refused whole, as in backtests), no data of one of
/// the two classes, a model that fails its examples.
pub fn train(
    opts: &TrainOptions,
    diag: &mut dyn Write,
    progress: &mut dyn FnMut(Progress),
) -> Result<TrainReport, TrainError> {
    opts.features.validate().map_err(TrainError::Options)?;
    if opts.folds < 2 {
        return Err(TrainError::Options("--folds must be at least 2".into()));
    }
    if !(opts.l2 > 0.0 && opts.l2.is_finite()) {
        return Err(TrainError::Options("--l2 must be a positive number".into()));
    }
    let mut sources: Vec<String> = Vec::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut skipped = 0u64;

    let mut labels: HashMap<String, PostLabel> = HashMap::new();
    for p in &opts.labels {
        labels.extend(Labels::load(p)?.posts);
    }
    for path in &opts.posts {
        let f = open(path)?;
        let src = sources.len();
        sources.push(source_name(path));
        let mut reader = LineReader::with_max_line_len(BufReader::new(f), opts.max_line_bytes);
        while let Some(item) = reader.next_item() {
            let (line, result) = item.map_err(|source| TrainError::Io {
                path: path.clone(),
                source,
            })?;
            match result {
                Ok(Input::Post(p)) => candidates.push(Candidate {
                    label: labels.get(&p.id).map(|l| *l == PostLabel::Scam),
                    norm: normalize(&p.text).as_str().to_string(),
                    id: p.id.clone(),
                    account: p.author.id.clone(),
                    source: src,
                    verdict: None,
                }),
                Ok(Input::AccountEvent(_)) => {}
                Err(e) => {
                    skipped += 1;
                    let _ = writeln!(
                        diag,
                        "{}:{line}: skipped ({}): {e}",
                        path.display(),
                        e.reason()
                    );
                }
            }
        }
    }
    for path in &opts.labelled {
        let f = open(path)?;
        let src = sources.len();
        sources.push(source_name(path));
        for (i, line) in BufReader::new(f).lines().enumerate() {
            let line = line.map_err(|source| TrainError::Io {
                path: path.clone(),
                source,
            })?;
            if line.trim().is_empty() {
                continue;
            }
            let parsed = serde_json::from_str::<LabelledLine>(&line)
                .map_err(|e| e.to_string())
                .and_then(|l| match l.label.as_str() {
                    "scam" | "benign" => Ok(l),
                    other => Err(format!("label must be `scam` or `benign`, found `{other}`")),
                });
            match parsed {
                Ok(l) => {
                    let id =
                        l.id.unwrap_or_else(|| format!("{}:{}", sources[src], i + 1));
                    candidates.push(Candidate {
                        account: l.account_id.unwrap_or_else(|| id.clone()),
                        id,
                        norm: normalize(&l.text).as_str().to_string(),
                        source: src,
                        label: Some(l.label == "scam"),
                        verdict: None,
                    });
                }
                Err(e) => {
                    skipped += 1;
                    let _ = writeln!(diag, "{}:{}: skipped: {e}", path.display(), i + 1);
                }
            }
        }
    }
    let posts_read = candidates.len() as u64;

    // Verdicts outrank labels.
    let mut all_verdicts = Vec::new();
    for path in &opts.verdicts {
        let file = verdict::read_verdicts(BufReader::new(open(path)?)).map_err(|source| {
            TrainError::Io {
                path: path.clone(),
                source,
            }
        })?;
        for (line, e) in &file.errors {
            skipped += 1;
            let _ = writeln!(diag, "{}:{line}: skipped verdict: {e}", path.display());
        }
        all_verdicts.extend(file.verdicts);
    }
    let by_post = verdict::labels_by_post(&all_verdicts);
    let mut applied = 0u64;
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        index.entry(c.id.as_str()).or_default().push(i);
    }
    let mut with_post = 0u64;
    let mut hits: Vec<(usize, bool)> = Vec::new();
    for (post, label) in &by_post {
        if let Some(idx) = index.get(post.as_str()) {
            with_post += 1;
            hits.extend(idx.iter().map(|&i| (i, *label)));
        }
    }
    drop(index);
    for (i, label) in hits {
        candidates[i].verdict = Some(label);
        applied += 1;
    }
    let verdicts_without_post = by_post.len() as u64 - with_post;

    // Deduplicate, settle labels.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<u64, usize> = HashMap::new();
    for (i, c) in candidates.iter().enumerate() {
        if c.verdict.or(c.label).is_none() || c.norm.len() <= 1 {
            continue;
        }
        let g = *group_of.entry(dedupe_key(&c.norm)).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    let (mut duplicates, mut conflicts) = (0u64, 0u64);
    let mut chosen: Vec<(usize, bool, bool)> = Vec::new(); // (candidate, label, by verdict)
    for g in &groups {
        duplicates += g.len() as u64 - 1;
        if let Some(&i) = g.iter().rev().find(|&&i| candidates[i].verdict.is_some()) {
            chosen.push((i, candidates[i].verdict.unwrap_or_default(), true));
            continue;
        }
        let first = candidates[g[0]].label.unwrap_or_default();
        if g.iter().all(|&i| candidates[i].label == Some(first)) {
            chosen.push((g[0], first, false));
        } else {
            conflicts += 1;
            duplicates -= g.len() as u64 - 1;
        }
    }
    let n_scam = chosen.iter().filter(|c| c.1).count();
    let n_benign = chosen.len() - n_scam;
    if n_scam == 0 || n_benign == 0 {
        return Err(TrainError::NoData(format!(
            "{n_scam} scam and {n_benign} benign posts after deduplication; both classes are needed"
        )));
    }

    // Features, class balance, folds.
    let total = chosen.len() as f64;
    let (w_scam, w_benign) = (
        total / (2.0 * n_scam as f64),
        total / (2.0 * n_benign as f64),
    );
    let mut data = Dataset::new();
    let mut folds: Vec<u32> = Vec::with_capacity(chosen.len());
    let mut buf = Vec::new();
    let mut fingerprint = FNV_OFFSET;
    for &(i, label, by_verdict) in &chosen {
        let c = &candidates[i];
        buf.clear();
        features::buckets(&opts.features, &c.norm, &mut buf);
        let class = if label { w_scam } else { w_benign };
        let w = class * if by_verdict { opts.verdict_weight } else { 1.0 };
        data.push(&buf, label, w);
        folds.push(
            (fnv1a(&opts.seed.to_le_bytes(), c.account.as_bytes()) % u64::from(opts.folds)) as u32,
        );
        fingerprint = fnv_step(fingerprint, c.norm.as_bytes());
        fingerprint = fnv_step(fingerprint, if label { b"\x01" } else { b"\x00" });
    }

    let params = FitParams {
        l2: opts.l2,
        ..FitParams::default()
    };
    let dims = opts.features.dims();
    let fits = opts.folds + 1;
    let mut oof = vec![0.0; data.len()];
    for f in 0..opts.folds {
        let (train_idx, test_idx): (Vec<usize>, Vec<usize>) =
            (0..data.len()).partition(|&i| folds[i] != f);
        if test_idx.is_empty() || train_idx.is_empty() {
            continue;
        }
        let model = fit::fit(&data.subset(&train_idx), dims, params, &mut |it, _| {
            progress(Progress::Fit {
                fit: f + 1,
                fits,
                iteration: it,
            });
        });
        for &i in &test_idx {
            oof[i] = model.margin(&data, i);
        }
    }
    let (a, c) = fit::platt(&oof, &data.labels);
    let calibration = Calibration { a, c };
    let probs: Vec<f64> = oof.iter().map(|m| fit::sigmoid(a * m + c)).collect();
    let cross_validation = CrossValidation {
        folds: opts.folds,
        split: "account".into(),
        log_loss: round4(log_loss(&probs, &data.labels)),
        auc: round4(auc(&probs, &data.labels)),
        thresholds: TABLE
            .iter()
            .map(|&t| row(t, probs.iter().zip(&data.labels)))
            .collect(),
        sources: (0..sources.len())
            .filter_map(|s| {
                let rows: Vec<(&f64, &bool)> = chosen
                    .iter()
                    .zip(probs.iter().zip(&data.labels))
                    .filter(|((ci, _, _), _)| candidates[*ci].source == s)
                    .map(|(_, pl)| pl)
                    .collect();
                if rows.is_empty() {
                    return None;
                }
                let r = row(opts.review_at, rows.iter().copied());
                Some(SourceFigures {
                    name: sources[s].clone(),
                    probability: opts.review_at,
                    scam: rows.iter().filter(|(_, l)| **l).count() as u64,
                    benign: rows.iter().filter(|(_, l)| !**l).count() as u64,
                    precision: r.precision,
                    recall: r.recall,
                    false_positives_per_10k: r.false_positives_per_10k,
                })
            })
            .collect(),
    };

    let model: Linear = fit::fit(&data, dims, params, &mut |it, _| {
        progress(Progress::Fit {
            fit: fits,
            fits,
            iteration: it,
        });
    });
    let weights: Vec<f32> = model.weights.iter().map(|w| *w as f32).collect();
    let bytes = classifier::encode_weights(opts.features.hash_bits, &weights);
    let fingerprint = format!("{fingerprint:016x}");
    let source_counts = (0..sources.len())
        .map(|s| {
            let mine = chosen.iter().filter(|(i, _, _)| candidates[*i].source == s);
            let scam = mine.clone().filter(|c| c.1).count() as u64;
            Source {
                name: sources[s].clone(),
                scam,
                benign: mine.count() as u64 - scam,
            }
        })
        .collect();
    let manifest = Manifest {
        format: classifier::FORMAT.into(),
        version: classifier::VERSION,
        name: format!("text-{}", &fingerprint[..8]),
        weights: WEIGHTS_FILE.into(),
        weights_fnv1a: classifier::checksum(&bytes),
        bias: model.bias,
        calibration,
        features: opts.features.clone(),
        training: Training {
            trained_at: trained_at(),
            data_fingerprint: fingerprint,
            seed: opts.seed,
            l2: opts.l2,
            iterations: model.iterations,
            objective: round4(model.objective),
            posts_read,
            duplicates_dropped: duplicates,
            conflicts_dropped: conflicts,
            verdicts_applied: applied,
            verdicts_without_post,
            examples: chosen.len() as u64,
            scam: n_scam as u64,
            benign: n_benign as u64,
            sources: source_counts,
        },
        cross_validation,
        examples: read_examples(opts)?,
    };
    let path = opts.out.join(MANIFEST_FILE);
    let classifier = Classifier::from_parts(manifest.clone(), &bytes, &path)
        .map_err(|e| TrainError::Options(e.to_string()))?;
    let failures = classifier.failing_examples(opts.review_at);
    if !failures.is_empty() {
        return Err(TrainError::ExamplesFail(failures));
    }
    let mut written = Vec::new();
    if !opts.dry_run {
        let wpath = opts.out.join(WEIGHTS_FILE);
        write_atomic(&wpath, &bytes)?;
        written.push(wpath);
        let text = render_manifest(&manifest);
        write_atomic(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(TrainReport {
        manifest,
        written,
        skipped_lines: skipped,
    })
}

fn open(path: &Path) -> Result<std::fs::File, TrainError> {
    std::fs::File::open(path).map_err(|source| TrainError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// A source's name in the manifest: the file's directory and name (`dev/posts.jsonl`).
fn source_name(path: &Path) -> String {
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
    let dir = path
        .parent()
        .and_then(Path::file_name)
        .map(|d| d.to_string_lossy().into_owned());
    match (dir, file) {
        (Some(d), Some(f)) => format!("{d}/{f}"),
        (None, Some(f)) => f,
        _ => path.display().to_string(),
    }
}

/// Near-duplicates share a key: the campaign detector's wording hash (the normalized words
/// without numbers, addresses and other long tokens), or the whole text when it has no such
/// word.
fn dedupe_key(norm: &str) -> u64 {
    match wording_hash(norm) {
        (_, 0) => fnv_step(FNV_OFFSET, norm.as_bytes()),
        (h, _) => h,
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn row<'a>(t: f64, rows: impl Iterator<Item = (&'a f64, &'a bool)>) -> ThresholdRow {
    let (mut tp, mut fp, mut pos, mut neg) = (0u64, 0u64, 0u64, 0u64);
    for (p, l) in rows {
        let flagged = *p >= t;
        if *l {
            pos += 1;
            tp += u64::from(flagged);
        } else {
            neg += 1;
            fp += u64::from(flagged);
        }
    }
    let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    ThresholdRow {
        probability: t,
        precision: round4(if tp + fp == 0 {
            1.0
        } else {
            ratio(tp, tp + fp)
        }),
        recall: round4(ratio(tp, pos)),
        false_positives_per_10k: (ratio(fp, neg) * 100_000.0).round() / 10.0,
    }
}

fn log_loss(probs: &[f64], labels: &[bool]) -> f64 {
    let n = probs.len().max(1) as f64;
    probs
        .iter()
        .zip(labels)
        .map(|(p, l)| {
            let p = p.clamp(1e-15, 1.0 - 1e-15);
            if *l { -p.ln() } else { -(1.0 - p).ln() }
        })
        .sum::<f64>()
        / n
}

/// Area under the ROC curve (ties count half).
fn auc(probs: &[f64], labels: &[bool]) -> f64 {
    let mut idx: Vec<usize> = (0..probs.len()).collect();
    idx.sort_by(|&a, &b| probs[a].total_cmp(&probs[b]));
    let (mut rank_sum, mut pos) = (0.0, 0u64);
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && probs[idx[j + 1]] == probs[idx[i]] {
            j += 1;
        }
        let avg_rank = (i + j) as f64 / 2.0 + 1.0;
        for &k in &idx[i..=j] {
            if labels[k] {
                rank_sum += avg_rank;
                pos += 1;
            }
        }
        i = j + 1;
    }
    let neg = probs.len() as u64 - pos;
    if pos == 0 || neg == 0 {
        return 0.5;
    }
    let p = pos as f64;
    (rank_sum - p * (p + 1.0) / 2.0) / (p * neg as f64)
}

/// `SOURCE_DATE_EPOCH` (reproducible builds' convention) when set, else now.
fn trained_at() -> String {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or_else(chrono::Utc::now);
    now.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExamplesFile {
    #[serde(default, rename = "example")]
    examples: Vec<ModelExample>,
}

fn read_examples(opts: &TrainOptions) -> Result<Vec<ModelExample>, TrainError> {
    let path = match &opts.examples {
        Some(p) => p.clone(),
        None => {
            let p = opts.out.join(EXAMPLES_FILE);
            if !p.exists() {
                return Ok(Vec::new());
            }
            p
        }
    };
    let file: ExamplesFile = toml_file::load(&path)?;
    Ok(file.examples)
}

const HEADER: &str = "\
# scamwatch text model: the manifest of the weights in `weights`.
# Written by `scamwatch train` (docs/model.md): do not edit by hand, retrain. How it weighs in
# on a decision (mode, review_at, takedown_at) is set in model.toml's [classifier].
";

fn render_manifest(m: &Manifest) -> String {
    let body = toml::to_string(m).unwrap_or_default();
    format!("{HEADER}\n{body}")
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), TrainError> {
    let io_err = |source| TrainError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(io_err)?;
    }
    let tmp = path.with_extension("tmp");
    {
        let mut f = std::fs::File::create(&tmp).map_err(io_err)?;
        f.write_all(bytes).map_err(io_err)?;
        f.sync_all().map_err(io_err)?;
    }
    std::fs::rename(&tmp, path).map_err(io_err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auc_and_rows_on_a_known_ranking() {
        let probs = [0.1, 0.4, 0.35, 0.8];
        let labels = [false, false, true, true];
        assert!((auc(&probs, &labels) - 0.75).abs() < 1e-12);
        let r = row(0.3, probs.iter().zip(&labels));
        assert_eq!((r.precision, r.recall), (0.6667, 1.0));
        assert_eq!(r.false_positives_per_10k, 5000.0);
        assert_eq!(auc(&[0.5, 0.5], &[true, false]), 0.5);
    }

    #[test]
    fn near_duplicates_share_a_key() {
        let a = dedupe_key(" send 1 btc to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh get 2 back ");
        let b = dedupe_key(" send 5 btc to 1a1zp1ep5qgefi2dmptftl5slmv7divfna get 10 back ");
        assert_eq!(a, b);
        assert_ne!(a, dedupe_key(" send 1 eth to x get 2 back "));
        assert_ne!(dedupe_key(" 100 "), dedupe_key(" 200 "));
    }
}
