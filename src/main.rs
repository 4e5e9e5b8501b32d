//! The `scamwatch` binary: parse arguments, call the library, decide exit codes.
//!
//! Exit codes: 0 success; 1 the command ran and found problems (`check-rules` with errors);
//! 2 the command could not run (unreadable input, rules or model that do not compile).

use std::io::{self, BufReader, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;

use scamwatch::cli::{Cli, Command, FirehoseArgs, ReplayArgs, RulesArgs};
use scamwatch::model::Model;
use scamwatch::pipeline::Detector;
use scamwatch::replay::{self, ReplayOptions};
use scamwatch::rules::{self, RuleSet};

/// The bundled sample stream: the July 2020 takeover with the accounts' history around it.
const SAMPLE: &[u8] = include_bytes!("../tests/data/july2020.jsonl");

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Replay(args) => run_replay(args),
        Command::CheckRules(args) => check_rules(args),
        Command::Firehose(args) => run_firehose(args),
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
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut diag = io::stderr().lock();
    let summary = match (&args.input, args.sample) {
        (_, true) => replay::run(SAMPLE, &mut detector, &mut out, &mut diag, &opts),
        (Some(p), false) if p.as_os_str() == "-" => replay::run(
            BufReader::with_capacity(1 << 16, io::stdin().lock()),
            &mut detector,
            &mut out,
            &mut diag,
            &opts,
        ),
        (Some(p), false) => {
            let f =
                std::fs::File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
            replay::run(
                BufReader::with_capacity(1 << 16, f),
                &mut detector,
                &mut out,
                &mut diag,
                &opts,
            )
        }
        (None, false) => unreachable!("clap requires FILE or --sample"),
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

fn run_firehose(args: FirehoseArgs) -> anyhow::Result<ExitCode> {
    use scamwatch::firehose;
    use scamwatch::synth;
    let synth = synth::Config {
        seed: args.seed,
        accounts: args.accounts,
        rate: args.rate,
        scenario: args.scenario,
        ..synth::Config::default()
    };
    if !(args.rate.is_finite() && args.rate > 0.0) {
        return Err(firehose::FirehoseError::BadRate(args.rate).into());
    }
    if args.stdout {
        let count = args.count.context("--stdout needs --count")?;
        let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
        return match firehose::write_lines(&synth, count, &mut out) {
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
    };
    let rt = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    rt.block_on(async move {
        let listener = firehose::bind(&args.listen).await?;
        let addr = listener.local_addr()?;
        // Scripts and tests read this line to learn the port (with --listen 127.0.0.1:0).
        println!("listening on {}", firehose::url(addr));
        io::stdout().flush()?;
        tokio::select! {
            r = firehose::serve(listener, opts) => r?,
            r = tokio::signal::ctrl_c() => r.context("waiting for Ctrl-C")?,
        }
        anyhow::Ok(ExitCode::SUCCESS)
    })
}
