//! Command-line definitions (clap). Parsing only: `main` maps each command to the library.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Real-time detector of crypto-giveaway scams.
#[derive(Debug, Parser)]
#[command(name = "scamwatch", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the detector over a file of posts: alerts as JSON Lines on stdout, a summary on stderr.
    Replay(ReplayArgs),
    /// Compile the rule files and report every error as file:line:col.
    CheckRules(RulesArgs),
    /// The main job on an embedded default: the built-in firehose plays a July 2020-style
    /// takeover into the live service; alerts print as they happen.
    Demo(DemoArgs),
    /// Run the live service: websocket ingest, HTTP metrics and alert stream, hot reload.
    Serve(ServeArgs),
    /// Cluster mode: publish posts to the partitioned NATS JetStream stream (docs/cluster.md).
    Ingest(IngestArgs),
    /// Cluster mode: decide partitions of the stream, with the shared state in Redis
    /// (docs/cluster.md).
    Worker(ClusterArgs),
    /// Cluster mode: deliver the records the workers stored to the webhooks (through their
    /// durable outboxes) and the JSONL file (docs/cluster.md#delivery).
    Deliver(ClusterArgs),
    /// Cluster mode on one machine: start nats-server and redis-server, an ingest, workers and
    /// a deliver role on the bundled sample (or a firehose stream), wait until every post is
    /// decided, print a summary, stop everything (docs/cluster.md#cluster-demo).
    ClusterDemo(ClusterDemoArgs),
    /// Cluster mode: print every record the workers stored, as JSON Lines.
    ClusterRecords(ClusterArgs),
    /// Run every rule's examples and every whole-post `[[example]]` through the detector.
    TestRules(TestRulesArgs),
    /// Replay one input through two rule sets and show the posts whose action changes.
    DiffRules(DiffRulesArgs),
    /// Serve a realistic, seeded stream of posts with scheduled incidents over websocket (or
    /// write it as JSON Lines with --stdout).
    Firehose(FirehoseArgs),
    /// Train the text model on labelled posts and moderator verdicts; write it into the models
    /// directory with its manifest (docs/model.md).
    Train(TrainArgs),
    /// Read a password on stdin and print its Argon2id PHC string for a `[[console.user]]`
    /// `password_hash` (docs/console.md).
    ConsoleHashPassword,
    /// Look into and repair the durable webhooks: each hook's status, dead letters back into
    /// the outbox (docs/delivery.md#operating-the-outboxes).
    #[command(subcommand)]
    Webhooks(WebhooksCommand),
}

#[derive(Debug, Subcommand)]
pub enum WebhooksCommand {
    /// Per hook: records pending, in flight, delivered, dead letters, the oldest pending
    /// record's age.
    Status {
        #[command(flatten)]
        target: WebhooksTarget,
        /// Print JSON (`{"hooks":[…]}`) instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Move dead letters back into the outbox (once the receiver is fixed): every hook's, one
    /// hook's (--hook), or one record's (--id).
    Requeue {
        #[command(flatten)]
        target: WebhooksTarget,
        /// Only this hook's dead letters (its `name`).
        #[arg(long)]
        hook: Option<String>,
        /// Only the dead letters with this id (an alert id: the `id` of a dead-letter line).
        #[arg(long)]
        id: Option<String>,
    },
}

/// Which service, or which data directory, the webhook commands work on.
#[derive(Debug, clap::Args)]
pub struct WebhooksTarget {
    /// The running service's base URL (its HTTP listener). The work is done by the service,
    /// which owns the outboxes.
    #[arg(
        long,
        default_value = "http://127.0.0.1:8080",
        conflicts_with = "data_dir"
    )]
    pub url: String,
    /// The environment variable holding the service's API token.
    #[arg(long, default_value = "SCAMWATCH_HTTP_TOKEN")]
    pub token_env: String,
    /// A file holding the API token instead (one line).
    #[arg(long)]
    pub token_file: Option<PathBuf>,
    /// A PEM CA bundle to trust for an https:// URL (a service with a private certificate).
    #[arg(long, value_name = "FILE")]
    pub cacert: Option<PathBuf>,
    /// Work offline on a stopped service's data directory instead (refused while a service
    /// holds the outboxes; what is requeued is delivered when it next starts).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct TrainArgs {
    /// A labelled set: DIR/posts.jsonl and DIR/labels.csv (the `replay --labels` layout).
    #[arg(long, value_name = "DIR")]
    pub set: Vec<PathBuf>,
    /// Posts in any input format (labelled by --labels or --verdicts; others are ignored).
    #[arg(long, value_name = "FILE")]
    pub posts: Vec<PathBuf>,
    /// Labels CSV (`kind,id,label`, as `replay --labels`).
    #[arg(long, value_name = "FILE")]
    pub labels: Vec<PathBuf>,
    /// Labelled JSON Lines: `{"text": ..., "label": "scam"|"benign", "id"?, "account_id"?}`.
    #[arg(long, value_name = "FILE")]
    pub labelled: Vec<PathBuf>,
    /// Moderator verdicts (JSON Lines, docs/verdicts.md); they outrank every other label.
    #[arg(long, value_name = "FILE")]
    pub verdicts: Vec<PathBuf>,
    /// The models directory to write text-model.toml and text-model.bin into.
    #[arg(long, default_value = "models")]
    pub out: PathBuf,
    /// Seed of the split into folds.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Cross-validation folds (posts split by account).
    #[arg(long, default_value_t = 5)]
    pub folds: u32,
    /// L2 penalty.
    #[arg(long, default_value_t = scamwatch_default_l2())]
    pub l2: f64,
    /// The model has 2^BITS weights.
    #[arg(long, default_value_t = 17)]
    pub hash_bits: u8,
    /// Word n-grams: 0, 1 (words) or 2 (words and pairs).
    #[arg(long, default_value_t = 2)]
    pub word_ngrams: u8,
    /// Byte n-gram lengths, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "4")]
    pub byte_ngrams: Vec<u8>,
    /// A verdict counts as this many labelled posts.
    #[arg(long, default_value_t = 5.0)]
    pub verdict_weight: f64,
    /// Examples the model must pass (`[[example]]` text, label); default
    /// OUT/text-model-examples.toml when it exists.
    #[arg(long)]
    pub examples: Option<PathBuf>,
    /// Report the cross-validated figures, write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

fn scamwatch_default_l2() -> f64 {
    crate::tools::train::DEFAULT_L2
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Configuration file (TOML; see docs/scamwatch.example.toml). Flags override it.
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Upstream websocket to read posts from (ws:// or wss://).
    #[arg(long, value_name = "URL")]
    pub source: Option<String>,
    /// HTTP listen address (metrics, health, /alerts, /ingest, reload, /feedback); port 0 picks
    /// one.
    #[arg(long, value_name = "ADDR")]
    pub http: Option<std::net::SocketAddr>,
    /// Directory of rule files.
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// Directory holding model.toml.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Where the state store and the moderator verdicts (verdicts.jsonl) live.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Log format.
    #[arg(long, value_enum)]
    pub log_format: Option<crate::service::config::LogFormat>,
    /// Do not reload on file changes (SIGHUP and POST /rules/reload still work).
    #[arg(long)]
    pub no_watch: bool,
}

#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Configuration file with a `[cluster]` section (the one file of every role).
    #[arg(long)]
    pub config: PathBuf,
    /// Input: JSON Lines of posts and account events (`-` for stdin). Without it, the upstream
    /// of the file's `[source]` (as `serve` reads it), until SIGTERM or Ctrl-C.
    #[arg(value_name = "FILE|-")]
    pub input: Option<PathBuf>,
    /// The upstream websocket instead of `[source] url` (`ws://…`, `jetstream:wss://…`,
    /// `mastodon:wss://…`, as `serve --source`).
    #[arg(long, conflicts_with = "input")]
    pub source: Option<String>,
    /// Publish at most this many lines a second (an upstream's pace, for benchmarks; FILE|-
    /// only).
    #[arg(long)]
    pub rate: Option<f64>,
}

#[derive(Debug, clap::Args)]
pub struct ClusterArgs {
    /// Configuration file with a `[cluster]` section (the one file of every role).
    #[arg(long)]
    pub config: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ClusterDemoArgs {
    /// Workers to start.
    #[arg(long, default_value_t = 3)]
    pub workers: usize,
    /// Partitions of the stream.
    #[arg(long, default_value_t = 6)]
    pub partitions: u32,
    /// A seeded firehose takeover stream of this many lines instead of the bundled July 2020
    /// sample.
    #[arg(long, value_name = "LINES")]
    pub firehose: Option<u64>,
    /// Seed of the firehose stream.
    #[arg(long, default_value_t = 20_200_715)]
    pub seed: u64,
    /// Directory of rule files.
    #[arg(long, default_value = "rules")]
    pub rules: PathBuf,
    /// Directory holding model.toml; the built-in model when absent.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Give up when the posts are not all decided after this many seconds.
    #[arg(long, default_value_t = 300)]
    pub timeout: u64,
    /// Keep the scratch directory (configuration, logs, the servers' data, records.jsonl).
    #[arg(long)]
    pub keep: bool,
}

#[derive(Debug, clap::Args)]
pub struct TestRulesArgs {
    /// Directory of rule files.
    #[arg(long, default_value = "rules")]
    pub rules: PathBuf,
    /// Directory holding model.toml; the built-in model when absent.
    #[arg(long)]
    pub models: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct DiffRulesArgs {
    /// The rule directory in production.
    pub old: PathBuf,
    /// The changed rule directory.
    pub new: PathBuf,
    /// Input: JSON Lines of posts and account events.
    pub input: PathBuf,
    /// Directory holding model.toml (used for both sides); the built-in model when absent.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Machine output: one JSON document on stdout.
    #[arg(long)]
    pub json: bool,
    /// Show at most this many posts per group (all are counted).
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
}

#[derive(Debug, clap::Args)]
pub struct FirehoseArgs {
    /// Address to listen on (port 0 picks a free port; the bound address is printed).
    #[arg(long, default_value = "127.0.0.1:8765", conflicts_with = "stdout")]
    pub listen: String,
    /// Write JSON Lines to stdout instead of serving (needs --count).
    #[arg(long, requires = "count")]
    pub stdout: bool,
    /// With --stdout: also write the stream's ground truth to FILE, in the labels format of
    /// `replay --labels` and `train --labels`.
    #[arg(long, value_name = "FILE", requires = "stdout")]
    pub labels: Option<PathBuf>,
    /// Messages per second, per client (also the event-time pace of the stream).
    #[arg(long, default_value_t = 1000.0)]
    pub rate: f64,
    /// Seed of the stream: the same seed gives the same messages.
    #[arg(long, default_value_t = 20_200_715)]
    pub seed: u64,
    /// Messages per client (then the connection is closed); endless when absent.
    #[arg(long)]
    pub count: Option<u64>,
    /// Most messages per websocket frame, newline-separated (0: about 1,000 frames/s).
    #[arg(long, default_value_t = 0)]
    pub batch: usize,
    /// Incidents to schedule: default, takeover, scam-accounts, quiet.
    #[arg(long, default_value = "default")]
    pub scenario: crate::synth::generator::Scenario,
    /// Ordinary accounts in the population.
    #[arg(long, default_value_t = 10_000)]
    pub accounts: usize,
    /// The network the stream speaks: twitter (API v2 / v1.1, account events), bluesky
    /// (Jetstream events), mastodon (streaming `update` frames). Same seed, same scenario.
    #[arg(long, value_enum, default_value_t = PlatformArg::Twitter)]
    pub platform: PlatformArg,
    /// With --platform bluesky: also answer `app.bsky.actor.getProfile` for the stream's
    /// accounts on ADDR (port 0 picks one; the bound address is printed), for hydration.
    #[arg(long, value_name = "ADDR", conflicts_with = "stdout")]
    pub profiles: Option<String>,
}

/// A network whose wire forms the firehose speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PlatformArg {
    // No doc comments here: `--help` keeps the one-line list of values.
    Twitter,
    Bluesky,
    Mastodon,
}

impl From<PlatformArg> for crate::detect::event::Platform {
    fn from(p: PlatformArg) -> Self {
        match p {
            PlatformArg::Twitter => crate::detect::event::Platform::Twitter,
            PlatformArg::Bluesky => crate::detect::event::Platform::Bluesky,
            PlatformArg::Mastodon => crate::detect::event::Platform::Mastodon,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Directory of rule files.
    #[arg(long, default_value = "rules")]
    pub rules: PathBuf,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("truth").args(["labels", "verdicts"]).multiple(true)))]
pub struct ReplayArgs {
    /// Input: JSON Lines of posts and account events (`-` for stdin).
    #[arg(value_name = "FILE|-", required_unless_present = "sample")]
    pub input: Option<PathBuf>,
    /// Replay the bundled July 2020 sample stream instead of FILE.
    #[arg(long, conflicts_with = "input")]
    pub sample: bool,
    /// Directory of rule files.
    #[arg(long, default_value = "rules")]
    pub rules: PathBuf,
    /// Directory holding model.toml (weights and thresholds); the built-in model when absent.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Write the records to FILE (the JSONL sink: rotation by size, fsync per batch) instead
    /// of stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// With --out: rotate FILE when it would grow past this many bytes (0: never).
    #[arg(long, value_name = "BYTES", requires = "out")]
    pub out_max_bytes: Option<u64>,
    /// Lines longer than this many bytes are skipped and counted.
    #[arg(long, default_value_t = 1 << 20)]
    pub max_line_bytes: usize,
    /// Print a line per skipped input line for at most this many lines (all are counted).
    #[arg(long, default_value_t = 100)]
    pub max_errors_shown: u64,
    /// Ground truth (`kind,id,label` CSV, docs/backtest.md): print precision, recall, false
    /// actions, the worst misses and time-to-lock on stderr after the summary.
    #[arg(long, value_name = "LABELS")]
    pub labels: Option<PathBuf>,
    /// Moderator verdicts (JSON Lines, docs/verdicts.md) as ground truth: a verdict outranks
    /// LABELS for its post (confirmed: scam, dismissed: benign, escalated: LABELS' label
    /// stays); without --labels, the verdicts are the labels. Bad lines are reported and
    /// skipped.
    #[arg(long, value_name = "VERDICTS")]
    pub verdicts: Option<PathBuf>,
    /// With --labels or --verdicts: also write a self-contained HTML report with charts.
    #[arg(long, value_name = "FILE.html", requires = "truth")]
    pub report: Option<PathBuf>,
    /// With --labels or --verdicts: how many worst false positives / negatives to show.
    #[arg(long, default_value_t = 10)]
    pub worst: usize,
}

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Where the service listens (metrics, alert stream); port 0 picks a free one.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub http: std::net::SocketAddr,
    /// Posts per second from the built-in firehose.
    #[arg(long, default_value_t = 50.0)]
    pub rate: f64,
    /// Seed of the stream.
    #[arg(long, default_value_t = 20_200_715)]
    pub seed: u64,
    /// Directory of rule files.
    #[arg(long, default_value = "rules")]
    pub rules: PathBuf,
    /// Directory holding model.toml; the built-in model when absent.
    #[arg(long)]
    pub models: Option<PathBuf>,
    /// Stop after this many seconds (default: run until Ctrl-C).
    #[arg(long)]
    pub duration: Option<u64>,
    /// Colours: auto (when stdout is a terminal), always, never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// The network the takeover plays on: twitter, bluesky (the service reads Jetstream
    /// events and hydrates accounts from the firehose's profile directory), mastodon.
    #[arg(long, value_enum, default_value_t = PlatformArg::Twitter)]
    pub platform: PlatformArg,
}

/// When to print ANSI colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Color {
    // No doc comments here: `--help` keeps the one-line list of values.
    Auto,
    Always,
    Never,
}

impl Color {
    /// Whether to colour, given whether the output is a terminal.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            Color::Auto => is_terminal,
            Color::Always => true,
            Color::Never => false,
        }
    }
}
