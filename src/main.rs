//! The `scamwatch` binary: parse arguments, call the library, decide exit codes.
//!
//! Exit codes: 0 success; 1 the command ran and found problems (`check-rules` with errors, or
//! warnings under `--deny-warnings`; `test-rules` with failing examples);
//! 2 the command could not run (unreadable input, rules or model that do not compile).

use std::io::{self, BufReader, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};

use scamwatch::cli::{
    Cli, ClusterArgs, ClusterDemoArgs, Command, DemoArgs, DiffRulesArgs, FirehoseArgs, IngestArgs,
    ReplayArgs, RulesArgs, ServeArgs, TestRulesArgs, TrainArgs,
};
use scamwatch::detect::detector::Detector;
use scamwatch::detect::model::Model;
use scamwatch::detect::rules::{self, RuleSet};
use scamwatch::service::cluster::ClusterConfig;
use scamwatch::service::config::{LogFormat, ServeConfig};
use scamwatch::service::shutdown;
use scamwatch::sink::{JsonlConfig, JsonlSink};
use scamwatch::tools::backtest::{self, Backtest, Labels};
use scamwatch::tools::replay::{self, ReplayOptions};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Replay(args) => run_replay(args),
        Command::CheckRules(args) => check_rules(args),
        Command::Demo(args) => demo(args),
        Command::Serve(args) => serve(args),
        Command::Ingest(args) => cluster_ingest(args),
        Command::Worker(args) => cluster_worker(args),
        Command::Deliver(args) => cluster_deliver(args),
        Command::ClusterDemo(args) => cluster_demo(args),
        Command::ClusterRecords(args) => cluster_records(args),
        Command::TestRules(args) => test_rules(args),
        Command::DiffRules(args) => diff_rules(args),
        Command::Firehose(args) => run_firehose(args),
        Command::Train(args) => run_train(args),
        Command::ConsoleHashPassword => console_hash_password(),
        Command::Webhooks(cmd) => webhooks(cmd),
    };
    match result {
        Ok(code) => code,
        // A closed stdout (`| head`) ends any command quietly.
        Err(e)
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("scamwatch: error: {}", render_error(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, `: `-separated like `{:#}`, leaving out a cause whose text the
/// message holds already: many errors print their source in their own message (and
/// `rules or model do not load` lists every diagnostic of its source).
fn render_error(e: &anyhow::Error) -> String {
    let mut s = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !s.contains(&c) {
            s.push_str(": ");
            s.push_str(&c);
        }
    }
    s
}

fn load_rules(dir: &std::path::Path) -> anyhow::Result<RuleSet> {
    rules::compile_dir(dir).map_err(|diags| {
        let mut msg = format!("rules in {} do not compile:", dir.display());
        for d in &diags {
            msg.push_str(&format!("\n  {d}"));
        }
        anyhow::anyhow!(msg)
    })
}

fn check_rules(args: RulesArgs) -> anyhow::Result<ExitCode> {
    match rules::compile_dir(&args.rules) {
        Ok(set) => {
            for w in set.warnings() {
                println!("{w:#}");
            }
            println!(
                "ok: {} rules in {}, {} warning(s)",
                set.rules().len(),
                args.rules.display(),
                set.warnings().len()
            );
            if args.deny_warnings && !set.warnings().is_empty() {
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => {
            let mut out = io::stdout().lock();
            for d in &diags {
                writeln!(out, "{d:#}")?;
            }
            eprintln!("check-rules: {} error(s)", diags.len());
            Ok(ExitCode::from(1))
        }
    }
}

fn load_model(dir: Option<&std::path::Path>) -> anyhow::Result<Model> {
    Ok(match dir {
        Some(dir) => Model::load_dir(dir)?,
        None => Model::builtin(),
    })
}

fn test_rules(args: TestRulesArgs) -> anyhow::Result<ExitCode> {
    let rules = Arc::new(load_rules(&args.rules)?);
    let model = Arc::new(load_model(args.models.as_deref())?);
    let report = scamwatch::detect::load::test_rules(&rules, &model);
    let mut out = io::stdout().lock();
    for d in &report.rule_failures {
        writeln!(out, "{d:#}")?;
    }
    let mut failing = report.post_failures.iter();
    for o in &report.posts {
        let ex = &rules.post_examples()[o.example];
        if !o.passed(ex.action) {
            if let Some(d) = failing.next() {
                writeln!(out, "{d:#}")?;
            }
            write!(out, "{}", scamwatch::detect::load::render_diff(ex, o))?;
        }
    }
    for f in &report.model_failures {
        writeln!(out, "text model: {f}")?;
    }
    writeln!(
        out,
        "test-rules: {} rule examples, {} post examples, {} text model examples, {} failed",
        report.rule_examples,
        report.posts.len(),
        report.model_examples,
        report.failed()
    )?;
    Ok(if report.failed() == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn diff_rules(args: DiffRulesArgs) -> anyhow::Result<ExitCode> {
    let old = Arc::new(load_rules(&args.old)?);
    let new = Arc::new(load_rules(&args.new)?);
    let model = Arc::new(load_model(args.models.as_deref())?);
    let path = &args.input;
    let open = || std::fs::File::open(path).map(|f| BufReader::with_capacity(1 << 16, f));
    let report = scamwatch::tools::diff::diff(open, &old, &new, &model)
        .with_context(|| format!("cannot replay {}", path.display()))?;
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.render(args.limit))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn run_replay(args: ReplayArgs) -> anyhow::Result<ExitCode> {
    let rules = load_rules(&args.rules)?;
    let model = load_model(args.models.as_deref())?;
    // Labels first: a bad labels file must fail before a long replay, not after it.
    let mut labels = match &args.labels {
        Some(p) => Some(Labels::load(p)?),
        None => None,
    };
    let verdicts = match &args.verdicts {
        Some(p) => {
            let by_post = backtest::load_verdicts(p, &mut io::stderr(), args.max_errors_shown)?;
            Some(labels.get_or_insert_default().apply_verdicts(&by_post))
        }
        None => None,
    };
    let mut detector = Detector::new(Arc::new(rules), Arc::new(model));
    let mut backtest = labels.map(|l| {
        let b = Backtest::new(l, &detector);
        match verdicts {
            Some(v) => b.with_verdicts(v),
            None => b,
        }
    });
    let opts = ReplayOptions {
        max_line_bytes: args.max_line_bytes,
        max_errors_shown: args.max_errors_shown,
    };
    let mut diag = io::stderr().lock();
    let (reader, progress): (Box<dyn io::Read>, _) = match (&args.input, args.sample) {
        (_, true) => (
            Box::new(scamwatch::synth::SAMPLE),
            progress_bar(Some(scamwatch::synth::SAMPLE.len() as u64)),
        ),
        (Some(p), false) if p.as_os_str() == "-" => {
            (Box::new(io::stdin().lock()), progress_bar(None))
        }
        (Some(p), false) => {
            let f =
                std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
            let len = f.metadata().ok().map(|m| m.len());
            (Box::new(f), progress_bar(len))
        }
        (None, false) => unreachable!("clap requires FILE or --sample"),
    };
    let input = BufReader::with_capacity(1 << 16, progress.wrap_read(reader));
    let mut observe = |post: &scamwatch::detect::event::Post,
                       decision: &scamwatch::detect::detector::Decision,
                       records: &[scamwatch::detect::record::Record]| {
        if let Some(b) = backtest.as_mut() {
            b.observe(post, decision, records);
        }
    };
    let summary = match &args.out {
        // The file sink: rotation by size, fsync per batch.
        Some(path) => {
            let mut cfg = JsonlConfig::new(path);
            if let Some(m) = args.out_max_bytes {
                cfg.max_bytes = m;
            }
            let mut sink = JsonlSink::open(cfg)?;
            replay::run_with(
                input,
                &mut detector,
                &mut |records| sink.write_batch(records).map_err(io::Error::other),
                &mut observe,
                &mut diag,
                &opts,
            )
        }
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
            replay::run_observed(
                input,
                &mut detector,
                &mut out,
                &mut diag,
                &opts,
                &mut observe,
            )
        }
    };
    progress.finish_and_clear();
    let summary = match summary {
        Ok(s) => s,
        // A closed stdout (`| head`) ends the run quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e).context("replay failed"),
    };
    eprint!("{}", summary.render());
    if let Some(b) = backtest {
        let report = b.finish(detector.model(), args.worst);
        eprint!("{}", report.render());
        if let Some(path) = &args.report {
            let html = scamwatch::tools::report::html(&report, detector.rules(), &summary);
            std::fs::write(path, html)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("backtest: report written to {}", path.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let mut cfg = match &args.config {
        Some(p) => ServeConfig::load(p)?,
        None => ServeConfig::default(),
    };
    if let Some(s) = args.source {
        cfg.source.url = Some(s);
    }
    if let Some(a) = args.http {
        cfg.http.listen = a;
    }
    if let Some(r) = args.rules {
        cfg.detector.rules = r;
    }
    if let Some(m) = args.models {
        cfg.detector.models = Some(m);
    }
    if let Some(d) = args.data_dir {
        cfg.state.data_dir = d;
    }
    if let Some(f) = args.log_format {
        cfg.log.format = f;
    }
    if args.no_watch {
        cfg.reload.watch = false;
    }
    cfg.validate()?;
    init_tracing(cfg.log.format, "info");
    let rt = runtime()?;
    rt.block_on(async move {
        let shutdown = shutdown::on_signals().context("cannot install signal handlers")?;
        let (bound_tx, bound_rx) = tokio::sync::oneshot::channel::<scamwatch::service::Bound>();
        tokio::spawn(async move {
            if let Ok(b) = bound_rx.await {
                // Scripts and tests read the addresses from here (useful with port 0); the
                // metrics line comes first, so whoever waits for "listening on" has both.
                if let Some(m) = b.metrics {
                    println!("metrics on {}://{m}", b.scheme());
                }
                println!("listening on {}://{}", b.scheme(), b.http);
            }
        });
        scamwatch::service::run(cfg, shutdown, Some(bound_tx)).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

/// A firehose rate (posts per second) must be a positive number.
fn check_rate(rate: f64) -> Result<(), scamwatch::synth::firehose::FirehoseError> {
    if rate.is_finite() && rate > 0.0 {
        Ok(())
    } else {
        Err(scamwatch::synth::firehose::FirehoseError::BadRate(rate))
    }
}

/// The configuration of a cluster role: the file must have a `[cluster]` section.
fn cluster_config(path: &std::path::Path) -> anyhow::Result<(ServeConfig, ClusterConfig)> {
    let cfg = ServeConfig::load(path)?;
    cfg.validate()?;
    let cluster = cfg
        .cluster
        .clone()
        .with_context(|| format!("{}: no [cluster] section (docs/cluster.md)", path.display()))?;
    Ok((cfg, cluster))
}

fn cluster_ingest(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let (mut cfg, cluster) = cluster_config(&args.config)?;
    init_tracing(cfg.log.format, "info");
    let Some(path) = args.input else {
        // The upstream of `[source]`, as `serve` reads it.
        if let Some(s) = args.source {
            cfg.source.url = Some(s);
            cfg.validate()?;
        }
        let summary = runtime()?.block_on(async {
            let stop = shutdown::on_signals().context("cannot install signal handlers")?;
            let summary = scamwatch::service::cluster::ingest::run_source(
                &cluster,
                &cfg.source,
                cfg.limits.max_frame_bytes,
                stop,
            )
            .await?;
            anyhow::Ok(summary)
        })?;
        eprintln!(
            "ingest: {} messages, {} published, {} already in the stream, resumed from cursor {}",
            summary.lines, summary.published, summary.duplicates, summary.resumed_from_us
        );
        return Ok(ExitCode::SUCCESS);
    };
    let input: Box<dyn io::BufRead + Send> = if path.as_os_str() == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        let f = std::fs::File::open(&path)
            .with_context(|| format!("cannot open {}", path.display()))?;
        Box::new(io::BufReader::with_capacity(1 << 16, f))
    };
    let summary = runtime()?.block_on(scamwatch::service::cluster::ingest::run(
        &cluster, input, args.rate,
    ))?;
    let skipped: u64 = summary.skipped.values().sum();
    eprintln!(
        "ingest: {} lines, {} published, {} already in the stream, {} skipped, resumed after line {}",
        summary.lines, summary.published, summary.duplicates, skipped, summary.resumed_after
    );
    Ok(ExitCode::SUCCESS)
}

fn cluster_worker(args: ClusterArgs) -> anyhow::Result<ExitCode> {
    let (cfg, _) = cluster_config(&args.config)?;
    init_tracing(cfg.log.format, "info");
    runtime()?.block_on(async move {
        let shutdown = shutdown::on_signals().context("cannot install signal handlers")?;
        scamwatch::service::cluster::worker::run(cfg, shutdown).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn cluster_deliver(args: ClusterArgs) -> anyhow::Result<ExitCode> {
    let (cfg, _) = cluster_config(&args.config)?;
    init_tracing(cfg.log.format, "info");
    runtime()?.block_on(async move {
        let shutdown = shutdown::on_signals().context("cannot install signal handlers")?;
        scamwatch::service::cluster::deliver::run(cfg, shutdown).await?;
        anyhow::Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}

fn cluster_demo(args: ClusterDemoArgs) -> anyhow::Result<ExitCode> {
    use scamwatch::tools::cluster_demo::{self, ClusterDemoOptions};
    init_tracing(LogFormat::Human, "warn");
    if args.workers == 0 {
        anyhow::bail!("--workers must be at least 1");
    }
    let opts = ClusterDemoOptions {
        exe: std::env::current_exe().context("cannot find this program's path")?,
        rules: args.rules,
        models: args.models,
        workers: args.workers,
        partitions: args.partitions,
        firehose: args.firehose,
        seed: args.seed,
        timeout: std::time::Duration::from_secs(args.timeout),
        keep: args.keep,
    };
    let summary = runtime()?.block_on(cluster_demo::run(opts, &mut io::stderr()))?;
    print!("{summary}");
    Ok(ExitCode::SUCCESS)
}

fn cluster_records(args: ClusterArgs) -> anyhow::Result<ExitCode> {
    let (_, cluster) = cluster_config(&args.config)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    runtime()?.block_on(scamwatch::service::cluster::records::dump(
        &cluster, &mut out,
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// The multi-threaded runtime of the long-running commands.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// Logs on stderr, filtered by `SCAMWATCH_LOG` (else `default_level`).
fn init_tracing(format: LogFormat, default_level: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SCAMWATCH_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(io::IsTerminal::is_terminal(&io::stderr()))
        .with_writer(io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}

/// A progress bar on stderr, only when stderr is a terminal (so logs and pipes stay clean).
/// `len` is the input size in bytes when known.
fn run_train(args: TrainArgs) -> anyhow::Result<ExitCode> {
    use scamwatch::tools::train::{self, Progress, TrainOptions};
    let mut opts = TrainOptions {
        labelled: args.labelled,
        verdicts: args.verdicts,
        out: args.out,
        seed: args.seed,
        folds: args.folds,
        l2: args.l2,
        features: scamwatch::detect::classifier::FeatureSpec {
            hash_bits: args.hash_bits,
            word_ngrams: args.word_ngrams,
            byte_ngrams: args.byte_ngrams,
            ..Default::default()
        },
        verdict_weight: args.verdict_weight,
        examples: args.examples,
        dry_run: args.dry_run,
        ..TrainOptions::default()
    };
    for dir in &args.set {
        opts.posts.push(dir.join("posts.jsonl"));
        opts.labels.push(dir.join("labels.csv"));
    }
    opts.posts.extend(args.posts);
    opts.labels.extend(args.labels);
    // The review probability the figures are reported at: the one the model will run with.
    let model_toml = opts.out.join(scamwatch::detect::model::MODEL_FILE);
    if let Ok(src) = std::fs::read_to_string(&model_toml)
        && let Some(c) = Model::parse(&src, &model_toml)?.classifier
    {
        opts.review_at = c.review_at;
    }
    let bar = if io::stderr().is_terminal() {
        ProgressBar::new(u64::from(opts.folds) + 1).with_style(
            ProgressStyle::with_template("train {bar:30} fit {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )
    } else {
        ProgressBar::hidden()
    };
    let mut diag = io::stderr();
    let report = train::train(&opts, &mut diag, &mut |p| match p {
        Progress::Fit { fit, iteration, .. } => {
            bar.set_position(u64::from(fit));
            bar.set_message(format!("iteration {iteration}"));
        }
    });
    bar.finish_and_clear();
    let report = report?;
    eprint!("{}", report.render());
    Ok(ExitCode::SUCCESS)
}

fn progress_bar(len: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template(
                "replay {bar:40} {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, eta {eta})",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::no_length().with_style(
            ProgressStyle::with_template("replay {binary_bytes} read ({binary_bytes_per_sec})")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    }
}

fn run_firehose(args: FirehoseArgs) -> anyhow::Result<ExitCode> {
    use scamwatch::synth::firehose;
    use scamwatch::synth::generator as synth;
    let synth = synth::Config {
        seed: args.seed,
        accounts: args.accounts,
        rate: args.rate,
        scenario: args.scenario,
        platform: args.platform.into(),
        ..synth::Config::default()
    };
    check_rate(args.rate)?;
    if args.profiles.is_some() && args.platform != scamwatch::cli::PlatformArg::Bluesky {
        anyhow::bail!("--profiles needs --platform bluesky");
    }
    if args.stdout {
        let count = args.count.context("--stdout needs --count")?;
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut labels = match &args.labels {
            Some(p) => Some(io::BufWriter::new(
                std::fs::File::create(p)
                    .with_context(|| format!("cannot create {}", p.display()))?,
            )),
            None => None,
        };
        let labels = labels.as_mut().map(|l| l as &mut dyn Write);
        return match firehose::write_labelled(&synth, count, &mut out, labels) {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
            Err(e) => Err(e).context("writing the stream"),
        };
    }
    let opts = firehose::Options {
        synth,
        rate: args.rate,
        count: args.count,
        batch: args.batch,
        profiles: args
            .profiles
            .as_ref()
            .map(|_| firehose::Profiles::default()),
    };
    let rt = runtime()?;
    rt.block_on(async move {
        let shutdown = shutdown::on_signals().context("cannot install signal handlers")?;
        let listener = firehose::bind(&args.listen).await?;
        let addr = listener.local_addr()?;
        if let (Some(at), Some(dir)) = (&args.profiles, &opts.profiles) {
            let profiles = firehose::bind(at).await?;
            // Read by scripts and tests, as the line below.
            println!("profiles on http://{}/", profiles.local_addr()?);
            tokio::spawn(firehose::serve_profiles(profiles, dir.clone()));
        }
        // Scripts and tests read this line to learn the port (with --listen 127.0.0.1:0).
        println!("listening on {}", firehose::url(addr));
        io::stdout().flush()?;
        tokio::select! {
            r = firehose::serve(listener, opts) => r?,
            () = shutdown.cancelled() => {}
        }
        anyhow::Ok(ExitCode::SUCCESS)
    })
}

fn demo(args: DemoArgs) -> anyhow::Result<ExitCode> {
    // The service's own logs stay quiet unless something goes wrong: the alerts are the show.
    init_tracing(LogFormat::Human, "warn");
    check_rate(args.rate)?;
    // A fresh state store per run: the demo starts from nothing and leaves nothing behind.
    let data_dir = std::env::temp_dir().join(format!("scamwatch-demo-{}", std::process::id()));
    let opts = scamwatch::tools::demo::DemoOptions {
        http: args.http,
        rate: args.rate,
        seed: args.seed,
        rules: args.rules,
        models: args.models,
        data_dir: data_dir.clone(),
        duration: args.duration.map(std::time::Duration::from_secs),
        color: args.color.enabled(io::stdout().is_terminal()),
        console_token: scamwatch::service::console::auth::random_id(),
        platform: args.platform.into(),
    };
    let rt = runtime()?;
    let result = rt.block_on(async move {
        let shutdown = shutdown::on_signals().context("cannot install signal handlers")?;
        let mut out = io::stdout();
        scamwatch::tools::demo::run(opts, shutdown, &mut out).await?;
        anyhow::Ok(())
    });
    let _ = std::fs::remove_dir_all(&data_dir);
    result?;
    Ok(ExitCode::SUCCESS)
}

fn webhooks(cmd: scamwatch::cli::WebhooksCommand) -> anyhow::Result<ExitCode> {
    use scamwatch::cli::{WebhooksCommand, WebhooksTarget};
    use scamwatch::tools::webhooks::{self, Target, WebhooksError};
    let target = |t: WebhooksTarget| -> Result<Target, WebhooksError> {
        if let Some(dir) = t.data_dir {
            return Ok(Target::DataDir(dir));
        }
        let token = match &t.token_file {
            Some(f) => scamwatch::service::access::read_secret("--token-file", None, Some(f))?,
            None => std::env::var(&t.token_env)
                .ok()
                .map(|v| v.trim_end().to_string())
                .filter(|v| !v.is_empty()),
        };
        Ok(Target::Service {
            url: t.url,
            token: token.ok_or(WebhooksError::NoToken)?,
            ca: t.cacert,
        })
    };
    let rt = runtime()?;
    match cmd {
        WebhooksCommand::Status { target: t, json } => {
            let t = target(t)?;
            let hooks = rt.block_on(webhooks::status(&t))?;
            if json {
                println!("{}", serde_json::json!({ "hooks": hooks }));
            } else {
                print!("{}", webhooks::render_status(&hooks));
            }
            Ok(ExitCode::SUCCESS)
        }
        WebhooksCommand::Requeue {
            target: t,
            hook,
            id,
        } => {
            let t = target(t)?;
            let offline = matches!(t, Target::DataDir(_));
            let done = rt.block_on(webhooks::requeue(&t, hook.as_deref(), id.as_deref()))?;
            for (name, n) in &done.per_hook {
                println!("{name}: {n} requeued");
            }
            let when = if offline {
                "delivered when serve next starts"
            } else {
                "being delivered"
            };
            println!("total: {} requeued ({when})", done.total());
            if done.total() == 0
                && let Some(id) = &id
            {
                eprintln!("scamwatch: no dead letter with id {id}");
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Reads one password from stdin (its line ending dropped) and prints its PHC string.
fn console_hash_password() -> anyhow::Result<ExitCode> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .context("cannot read the password from stdin")?;
    let password = line.strip_suffix('\n').unwrap_or(&line);
    let password = password.strip_suffix('\r').unwrap_or(password);
    let phc = scamwatch::service::console::auth::hash_password(password)?;
    println!("{phc}");
    Ok(ExitCode::SUCCESS)
}
