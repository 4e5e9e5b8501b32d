//! The `scamwatch` binary: parse arguments, call the library, decide exit codes.
//!
//! Exit codes: 0 success; 1 the command ran and found problems (`check-rules` with errors);
//! 2 the command could not run (unreadable input, rules or model that do not compile).

use std::io::{self, BufReader, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;

use scamwatch::cli::{Cli, Command, ReplayArgs, RulesArgs, ServeArgs};
use scamwatch::config::{LogFormat, ServeConfig};
use scamwatch::model::Model;
use scamwatch::pipeline::Detector;
use scamwatch::replay::{self, ReplayOptions};
use scamwatch::rules::{self, RuleSet};
use scamwatch::sink::{JsonlConfig, JsonlSink};

/// The bundled sample stream: the July 2020 takeover with the accounts' history around it.
const SAMPLE: &[u8] = include_bytes!("../tests/data/july2020.jsonl");

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Replay(args) => run_replay(args),
        Command::CheckRules(args) => check_rules(args),
        Command::Serve(args) => serve(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("scamwatch: error: {e:#}");
            ExitCode::from(2)
        }
    }
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
            println!(
                "ok: {} rules in {}",
                set.rules().len(),
                args.rules.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => {
            let mut out = io::stdout().lock();
            for d in &diags {
                writeln!(out, "{d}")?;
            }
            eprintln!("check-rules: {} error(s)", diags.len());
            Ok(ExitCode::from(1))
        }
    }
}

fn run_replay(args: ReplayArgs) -> anyhow::Result<ExitCode> {
    let rules = load_rules(&args.rules)?;
    let model = match &args.models {
        Some(dir) => Model::load_dir(dir)?,
        None => Model::builtin(),
    };
    let mut detector = Detector::new(Arc::new(rules), Arc::new(model));
    let opts = ReplayOptions {
        max_line_bytes: args.max_line_bytes,
        max_errors_shown: args.max_errors_shown,
    };
    let input: Box<dyn io::BufRead> = match (&args.input, args.sample) {
        (_, true) => Box::new(SAMPLE),
        (Some(p), false) if p.as_os_str() == "-" => {
            Box::new(BufReader::with_capacity(1 << 16, io::stdin().lock()))
        }
        (Some(p), false) => {
            let f =
                std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
            Box::new(BufReader::with_capacity(1 << 16, f))
        }
        (None, false) => unreachable!("clap requires FILE or --sample"),
    };
    let mut diag = io::stderr().lock();
    let summary = match &args.out {
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
                &mut diag,
                &opts,
            )
        }
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
            replay::run(input, &mut detector, &mut out, &mut diag, &opts)
        }
    };
    let summary = match summary {
        Ok(s) => s,
        // A closed stdout (`| head`) ends the run quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e).context("replay failed"),
    };
    eprint!("{}", summary.render());
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
    init_tracing(cfg.log.format);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    rt.block_on(async move {
        let shutdown = tokio_util::sync::CancellationToken::new();
        let (bound_tx, bound_rx) = tokio::sync::oneshot::channel();
        let signals = {
            let shutdown = shutdown.clone();
            async move {
                use tokio::signal::unix::{SignalKind, signal};
                let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
                let mut int = signal(SignalKind::interrupt()).expect("SIGINT handler");
                tokio::select! {
                    _ = term.recv() => {}
                    _ = int.recv() => {}
                }
                shutdown.cancel();
            }
        };
        tokio::spawn(signals);
        tokio::spawn(async move {
            if let Ok(addr) = bound_rx.await {
                // Scripts and tests read the address from here (useful with port 0).
                println!("listening on http://{addr}");
            }
        });
        scamwatch::serve::run(cfg, shutdown, Some(bound_tx)).await
    })?;
    Ok(ExitCode::SUCCESS)
}

fn init_tracing(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SCAMWATCH_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(io::IsTerminal::is_terminal(&io::stderr()))
        .with_writer(io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().init(),
    }
}
